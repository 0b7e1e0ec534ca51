package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Care advice that keeps the piece from water is the opposite of a water
// claim (#13, probe19a zh-TW P19a04): "蛋白石怕水，請避免碰水" (opal dislikes
// water, please avoid touching water) blocked claim.waterproof on 碰水. The
// verbs of avoiding and refraining excuse the water forms in the clause
// (data/{zh,ja,ko,nl}/concepts-wateravoid19.yaml): zh 避免, 勿, 請勿, 切勿,
// 不宜, 遠離, 以免, 怕水; ja 避け, 控え; ko 피하다, 삼가다; nl "liever niet".
// The other languages' "avoid contact with water" already passed and are kept
// as rows. Waved away ("无需避免碰水") or negated ("不怕水") it still claims.
func TestKindsCareAvoid19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	opal := core.Product{SKU: "W19", Name: "Welo Opal Ring", Category: "ring", Collection: "Lumière",
		Materials: []string{"14k yellow gold", "Ethiopian opal"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:   []core.Stone{{Type: "opal", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Colours:  []string{"gold", "white", "multicolour"},
		Features: []string{"four-claw setting", "hallmarked"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"zh-TW", "蛋白石怕水，請避免碰水。", opal, false},
		{"zh-TW", "請避免碰水。", opal, false},
		{"zh-TW", "蛋白石怕水，請勿碰水。", opal, false},
		{"zh-TW", "佩戴時應避免遇水。", opal, false},
		{"zh-TW", "蛋白石不宜碰水。", opal, false},
		{"zh-TW", "請遠離水，避免泡澡。", opal, false},
		{"zh-CN", "蛋白石怕水，请避免碰水。", opal, false},
		{"zh-CN", "请勿碰水。", opal, false},
		{"zh-CN", "佩戴时应避免遇水。", opal, false},
		{"zh-CN", "欧泊不宜碰水，洗澡前请摘下。", opal, false},
		{"zh-CN", "请尽量避免接触水。", opal, false},
		{"zh-CN", "日常佩戴注意防水，避免碰水。", opal, false},
		{"ja-JP", "オパールは水に弱いので、水に触れないようにしてください。", opal, false},
		{"ja-JP", "水濡れは避けてください。", opal, false},
		{"ja-JP", "水との接触を避けてください。", opal, false},
		{"ja-JP", "入浴や水仕事の際は外してください。", opal, false},
		{"ko-KR", "오팔은 물에 약하니 물에 닿지 않도록 해 주세요.", opal, false},
		{"ko-KR", "물과의 접촉을 피해 주세요.", opal, false},
		{"ko-KR", "물에 젖지 않도록 주의하세요.", opal, false},
		{"en-GB", "Opal dislikes water, so please avoid contact with water.", opal, false},
		{"en-GB", "Keep it away from water.", opal, false},
		{"fr-FR", "L'opale craint l'eau : évitez tout contact avec l'eau.", opal, false},
		{"fr-FR", "Évitez l'eau.", opal, false},
		{"de-DE", "Opal ist wasserempfindlich, bitte vermeiden Sie den Kontakt mit Wasser.", opal, false},
		{"it-IT", "L'opale teme l'acqua: evita il contatto con l'acqua.", opal, false},
		{"es-ES", "El ópalo es sensible al agua: evita el contacto con el agua.", opal, false},
		{"pt-BR", "A opala é sensível à água: evite o contato com a água.", opal, false},
		{"pt-PT", "A opala não gosta de água: evite o contacto com a água.", opal, false},
		{"nl-NL", "Opaal is gevoelig voor water: vermijd contact met water.", opal, false},
		{"sv-SE", "Opal tål inte vatten, undvik kontakt med vatten.", opal, false},
		{"da-DK", "Opal tåler ikke vand, så undgå kontakt med vand.", opal, false},
		{"nb-NO", "Opal tåler ikke vann, så unngå kontakt med vann.", opal, false},
		{"fi-FI", "Opaali ei kestä vettä, joten vältä kosketusta veteen.", opal, false},
		{"pl-PL", "Opal nie lubi wody, unikaj kontaktu z wodą.", opal, false},
		{"cs-CZ", "Opál nemá rád vodu, vyhýbejte se kontaktu s vodou.", opal, false},
		{"el-GR", "Το οπάλιο δεν αντέχει το νερό, αποφύγετε την επαφή με νερό.", opal, false},
		{"tr-TR", "Opal suya duyarlıdır, suyla temasından kaçının.", opal, false},
		{"ar-AE", "الأوبال حساس للماء، لذا تجنب ملامسته للماء.", opal, false},
		{"es-MX", "Evita que el ópalo entre en contacto con el agua.", opal, false},
		{"fr-CA", "Évitez de mouiller l'opale.", opal, false},
		{"zh-CN", "请勿戴着洗澡或游泳。", opal, false},
		{"zh-TW", "避免戴著游泳或泡澡。", opal, false},
		{"zh-CN", "避免戴着洗澡。", opal, false},
		{"ja-JP", "着けたままの水仕事は避けてください。", opal, false},
		{"ja-JP", "防水ではないため、水に濡らさないでください。", opal, false},
		{"ko-KR", "착용한 채 수영하는 것은 피해 주세요.", opal, false},
		{"ko-KR", "방수 제품이 아니므로 물에 닿지 않게 보관하세요.", opal, false},
		{"en-GB", "Avoid wearing it in the shower or the pool.", opal, false},
		{"en-US", "Avoid swimming or bathing while wearing it.", opal, false},
		{"fr-FR", "Évitez de la porter sous la douche ou à la piscine.", opal, false},
		{"de-DE", "Vermeiden Sie es, den Ring beim Duschen oder Schwimmen zu tragen.", opal, false},
		{"es-ES", "Evita llevarlo en la ducha o en la piscina.", opal, false},
		{"it-IT", "Evita di indossarlo sotto la doccia o in piscina.", opal, false},
		{"pt-BR", "Evite usá-lo no banho ou na piscina.", opal, false},
		{"nl-NL", "Draag hem liever niet onder de douche of in het zwembad.", opal, false},
		{"sv-SE", "Undvik att bära den i duschen eller i poolen.", opal, false},
		{"da-DK", "Undgå at bære den i bad eller i poolen.", opal, false},
		{"nb-NO", "Unngå å bruke den i dusjen eller i bassenget.", opal, false},
		{"fi-FI", "Vältä sen käyttämistä suihkussa tai uidessa.", opal, false},
		{"pl-PL", "Unikaj noszenia go pod prysznicem i na basenie.", opal, false},
		{"cs-CZ", "Vyhněte se nošení prstenu ve sprše nebo v bazénu.", opal, false},
		{"el-GR", "Αποφύγετε να το φοράτε στο ντους ή στην πισίνα.", opal, false},
		{"tr-TR", "Duşta veya havuzda takmaktan kaçının.", opal, false},
		{"ar-AE", "تجنب ارتداءه أثناء الاستحمام أو السباحة.", opal, false},
		// still claims
		{"zh-TW", "這枚戒指可以碰水，洗澡也不用摘下。", opal, true},
		{"zh-CN", "不怕碰水，游泳时也能戴。", opal, true},
		{"zh-CN", "可以碰水。", opal, true},
		{"zh-TW", "遇水也不怕。", opal, true},
		{"ko-KR", "물에 닿아도 괜찮습니다.", opal, true},
		{"zh-CN", "无需避免碰水，洗澡时也能戴。", opal, true},
		{"zh-TW", "蛋白石不怕水，可以碰水。", opal, true},
		{"ja-JP", "着けたままお風呂でも楽しめます。", opal, true},
		{"ko-KR", "샤워할 때도 착용한 채로 괜찮아요.", opal, true},
		{"nl-NL", "Draag hem gerust onder de douche.", opal, true},
		{"en-GB", "It is waterproof, so no need to avoid water.", opal, true},
		{"fr-FR", "Inutile d'éviter l'eau : la bague est étanche.", opal, true},
	})
}
