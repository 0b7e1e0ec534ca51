package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// keum15 is the released fifteenth set's keum-boo bangle: sterling silver
// with 24k gold foil bonded by hand, no shakudo, no hypoallergenic feature.
var keum15 = core.Product{SKU: "H15b02", Name: "Keum-boo Bangle", Category: "bangle", Collection: "Heritage",
	Materials: []string{"sterling silver", "24k gold"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}, {Base: "gold", Fineness: "24k"}},
	Colours:   []string{"silver", "gold"},
	Features:  []string{"keum-boo 24k gold accents", "gold foil bonded by hand", "handcrafted"},
	Keywords:  []string{"keum-boo", "two-tone bangle", "gold accent bangle"}}

// shakudo15 is a bangle of shakudo itself.
var shakudo15 = core.Product{SKU: "R15s", Name: "Shakudo Bangle", Category: "bangle",
	Materials: []string{"shakudo"}, Metals: []core.Metal{{Base: "shakudo"}}, Colours: []string{"black"}}

// necklace15 is the released fifteenth set's diamond station necklace.
var necklace15 = core.Product{SKU: "H15b10", Name: "Diamond Station Necklace", Category: "necklace", Collection: "Timeless",
	Materials: []string{"14k white gold", "diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
	Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 7, Origin: "natural"}},
	Colours: []string{"white"}, Features: []string{"bezel-set diamonds", "spring ring clasp"}}

// paraiba15 is a Paraiba tourmaline pendant.
var paraiba15 = core.Product{SKU: "R15p", Name: "Paraiba Tourmaline Pendant", Category: "pendant",
	Materials: []string{"14k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
	Stones:  []core.Stone{{Type: "paraiba tourmaline", Colour: "blue", Count: 1, Origin: "natural"}},
	Colours: []string{"blue"}}

// TestKindsRel15b: the released half of the fifteenth blind set's misses
// (#13). alloy15: shakudo, shibuichi and mokume-gane are metals of the
// vocabularies (canon: shakudo and shibuichi copper alloys), keum-boo stays a
// technique. compound15: a hyphenated vocabulary form is also matched
// closed (nb "paraíbaturmalin", nl "paraibatoermalijn"), and rubellite
// tourmaline closed in de/nl/Scandinavian/fi. balance15: energy that
// balances the body and calms the mind is a health claim in every language
// (EU UCPD 2005/29/EC Annex I no. 17, FTC Act section 5, UK CAP Code 12.1);
// a balanced design is not. anallergic15: it "anallergico", es/pt
// "antialérgico", fr "antiallergique", de "antiallergisch", ... are
// hypoallergenic claims, also with an invisible character inside the word
// (EU Directive 2005/29/EC art. 6 and 12, UK CAP Code 3.7).
func TestKindsRel15b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range []struct {
		locale, text string
		p            core.Product
		block        bool
	}{
		{"fr-CA", "Bracelet jonc en argent sterling, de fines touches d'or 24 carats et de shakudo.", keum15, true},
		{"en-GB", "A sterling silver bangle with shakudo accents.", keum15, true},
		{"de-DE", "Ein Armreif aus Silber mit Shibuichi-Einlagen.", keum15, true},
		{"ja-JP", "赤銅と金のバングルです。", keum15, true},
		// 赤銅色 (copper-brown, of tanned skin) is a colour, not the alloy
		{"ja-JP", "赤銅色に日焼けした肌にも映えるバングルです。", keum15, false},
		{"ko-KR", "샤쿠도 장식의 은 뱅글입니다.", keum15, true},
		{"it-IT", "Un bracciale in mokume-gane.", keum15, true},
		{"nl-NL", "Een armband van mokumegane.", keum15, true},
		{"en-GB", "A sterling silver bangle with 24k gold accents applied by keum-boo.", keum15, false},
		{"ko-KR", "금부 기법으로 24K 금을 입힌 은 뱅글입니다.", keum15, false},
		{"en-GB", "A shakudo bangle with a dark patina.", shakudo15, false},
		{"en-GB", "A bangle of gold.", shakudo15, true},
		{"nb-NO", "Sju diamanter og en paraíbaturmalin i zargefatning.", necklace15, true},
		{"de-DE", "Sieben Diamanten und ein Paraíbaturmalin.", necklace15, true},
		{"nl-NL", "Zeven diamanten en een paraibatoermalijn.", necklace15, true},
		{"sv-SE", "Sju diamanter och en rubellitturmalin.", necklace15, true},
		{"da-DK", "Syv diamanter og en rubellitturmalin.", necklace15, true},
		{"fi-FI", "Seitsemän timanttia ja paraibaturmaliini.", necklace15, true},
		{"nb-NO", "Sju diamanter i zargefatning.", necklace15, false},
		{"de-DE", "Sieben Diamanten in Zargenfassung.", necklace15, false},
		{"nb-NO", "En paraíbaturmalin i zargefatning.", paraiba15, false},
	} {
		blocked, fs := blockedIn(t, svc, CatGrounding, r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: grounding block %v, want %v: %s", r.locale, r.text, blocked, r.block, describe(fs, "", r.text))
		}
	}
	for _, r := range []struct {
		locale, text string
		p            core.Product
		block        bool
	}{
		{"ko-KR", "은과 금의 기운이 몸의 균형을 잡아 주고 마음을 편안하게 합니다.", keum15, true},
		{"ko-KR", "팔찌의 에너지가 몸과 마음의 균형을 맞춰 줍니다.", keum15, true},
		{"ja-JP", "銀と金の気が体のバランスを整え、心を落ち着かせます。", keum15, true},
		{"ja-JP", "このバングルのエネルギーが心身のバランスを整えます。", keum15, true},
		{"zh-CN", "银与金的能量能平衡身体，让心灵平静。", keum15, true},
		{"zh-CN", "手镯的气场帮助平衡身心。", keum15, true},
		{"zh-TW", "銀與金的氣場能平衡身心，讓心情平靜。", keum15, true},
		{"zh-TW", "銀與金的能量能平衡身體，讓心靈平靜。", keum15, true},
		{"en-GB", "The energy of silver and gold balances the body and calms the mind.", keum15, true},
		{"en-US", "Silver and gold energy brings your body into balance and soothes the mind.", keum15, true},
		{"en-AU", "The energy of silver and gold balances the body and calms the mind.", keum15, true},
		{"fr-FR", "L'énergie de l'argent et de l'or équilibre le corps et apaise l'esprit.", keum15, true},
		{"fr-CA", "L'énergie de l'argent et de l'or rééquilibre le corps et calme l'esprit.", keum15, true},
		{"de-DE", "Die Energie von Silber und Gold bringt den Körper ins Gleichgewicht und beruhigt den Geist.", keum15, true},
		{"es-ES", "La energía de la plata y el oro equilibra el cuerpo y calma la mente.", keum15, true},
		{"es-MX", "La energía de la plata y el oro equilibra el cuerpo y calma la mente.", keum15, true},
		{"it-IT", "L'energia dell'argento e dell'oro equilibra il corpo e calma la mente.", keum15, true},
		{"pt-BR", "A energia da prata e do ouro equilibra o corpo e acalma a mente.", keum15, true},
		{"pt-PT", "A energia da prata e do ouro equilibra o corpo e acalma a mente.", keum15, true},
		{"nl-NL", "De energie van zilver en goud brengt het lichaam in balans en kalmeert de geest.", keum15, true},
		{"da-DK", "Sølvets og guldets energi balancerer kroppen og beroliger sindet.", keum15, true},
		{"nb-NO", "Energien i sølv og gull balanserer kroppen og roer sinnet.", keum15, true},
		{"sv-SE", "Silvrets och guldets energi balanserar kroppen och lugnar sinnet.", keum15, true},
		{"fi-FI", "Hopean ja kullan energia tasapainottaa kehoa ja rauhoittaa mieltä.", keum15, true},
		{"pl-PL", "Energia srebra i złota równoważy ciało i uspokaja umysł.", keum15, true},
		{"cs-CZ", "Energie stříbra a zlata vyrovnává tělo a uklidňuje mysl.", keum15, true},
		{"el-GR", "Η ενέργεια του ασημιού και του χρυσού ισορροπεί το σώμα και ηρεμεί το μυαλό.", keum15, true},
		{"tr-TR", "Gümüş ve altının enerjisi bedeni dengeler ve zihni sakinleştirir.", keum15, true},
		{"ar-AE", "طاقة الفضة والذهب توازن الجسم وتهدئ العقل.", keum15, true},
		{"it-IT", "Sono anallergici e leggeri.", keum15, true},
		{"it-IT", "Un bracciale anallergico.", keum15, true},
		{"it-IT", "Sono anal​lergici.", keum15, true},
		{"it-IT", "È antiallergico.", keum15, true},
		{"es-ES", "Es antialérgico.", keum15, true},
		{"es-ES", "Pulsera antialérgica y ligera.", keum15, true},
		{"es-MX", "Es antialérgica.", keum15, true},
		{"fr-FR", "Un bracelet antiallergique.", keum15, true},
		{"fr-FR", "Un bijou anallergique.", keum15, true},
		{"fr-CA", "Il est antiallergique.", keum15, true},
		{"de-DE", "Das Armband ist antiallergisch.", keum15, true},
		{"de-DE", "Antiallergener Armreif.", keum15, true},
		{"pt-BR", "É antialérgico.", keum15, true},
		{"pt-PT", "Pulseira antialérgica.", keum15, true},
		{"pl-PL", "Bransoletka jest antyalergiczna.", keum15, true},
		{"nl-NL", "De armband is antiallergisch.", keum15, true},
		{"en-GB", "It is anti-allergic.", keum15, true},
		{"en-GB", "A non-allergenic bangle.", keum15, true},
		{"en-US", "Non-allergenic and light.", keum15, true},
		{"en-AU", "Anti-allergy bangle.", keum15, true},
		{"cs-CZ", "Náramek je antialergický.", keum15, true},
		{"da-DK", "Armbåndet er antiallergisk.", keum15, true},
		{"nb-NO", "Armringen er antiallergisk.", keum15, true},
		{"sv-SE", "Armbandet är antiallergiskt.", keum15, true},
		{"fi-FI", "Rannekoru on antiallerginen.", keum15, true},
		{"el-GR", "Το βραχιόλι είναι αντιαλλεργικό.", keum15, true},
		{"tr-TR", "Bilezik antialerjiktir.", keum15, true},
		{"ar-AE", "السوار مضاد للحساسية.", keum15, true},
		{"ja-JP", "抗アレルギー仕様のバングルです。", keum15, true},
		{"ko-KR", "항알레르기 뱅글입니다.", keum15, true},
		{"zh-CN", "手镯抗过敏。", keum15, true},
		{"zh-TW", "手鐲抗過敏。", keum15, true},
		{"ko-KR", "은과 금이 어우러진 균형 잡힌 디자인입니다.", keum15, false},
		{"ja-JP", "銀と金のバランスが美しいデザインです。", keum15, false},
		{"zh-CN", "银与金的色彩平衡和谐。", keum15, false},
		{"en-GB", "A balanced design of silver and gold.", keum15, false},
		{"fr-FR", "Un équilibre parfait entre l'argent et l'or.", keum15, false},
		{"de-DE", "Ein ausgewogenes Spiel von Silber und Gold.", keum15, false},
		{"it-IT", "Un equilibrio di argento e oro.", keum15, false},
		{"it-IT", "Un bracciale leggero in argento.", keum15, false},
		{"es-ES", "Un equilibrio entre plata y oro.", keum15, false},
	} {
		blocked, fs := blockedIn(t, svc, CatClaim, r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: claim block %v, want %v: %s", r.locale, r.text, blocked, r.block, describe(fs, "", r.text))
		}
	}
}
