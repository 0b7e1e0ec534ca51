package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Baby claims (#13, the sixteenth released set: claim_health, claim_skin):
// on an engravable baby bangle, fr-CA "Il aide aussi à apaiser bébé pendant
// les poussées dentaires" (it helps soothe baby while teething) passed, and
// da "Sølvet er skånsomt mod selv den mest sensitive babyhud" (gentle on
// even the most sensitive baby skin) passed: teething was no word of the
// health concept in any language, and the skin forms knew neither a baby's
// skin as one compound word nor four words between "gentle on" and skin. A
// jewel that eases teething or soothes a baby is a claim of a health
// benefit (EU UCPD 2005/29/EC Annex I no. 17; FTC Act section 5; the US FDA
// warns against teething jewellery, 2018), and one gentle on a baby's skin
// the hypoallergenic claim, licensed by the product's features only (EU
// Directive 2005/29/EC art. 6 and 12, UK CAP Code 3.7). A teething safety
// warning (negated), a christening gift and a soft design still pass.
func TestKindsBaby17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "B17", Name: "Engravable Baby Bangle", Category: "bangle", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}, Features: []string{"engravable", "rounded edges", "polished"},
		Occasions: []string{"christening", "new baby"}, Keywords: []string{"baby bangle", "christening gift"}}
	checkKindRows(t, svc, "claim", []kindRow{
		// teething eased or a baby soothed
		{"en-GB", "It also helps with teething, a comfort for little ones.", p, true},
		{"en-US", "A silver bangle that soothes your baby during teething.", p, true},
		{"en-AU", "Perfect for teething bubs, it eases sore gums.", p, true},
		{"fr-CA", "Il soulage bébé lors des poussées dentaires.", p, true},
		{"fr-FR", "Un jonc qui accompagne la dentition de bébé en douceur.", p, true},
		{"de-DE", "Der Armreif hilft beim Zahnen und beruhigt das Baby.", p, true},
		{"it-IT", "Un aiuto prezioso durante la dentizione del bambino.", p, true},
		{"es-ES", "Alivia las molestias de la dentición del bebé.", p, true},
		{"es-MX", "Ayuda a calmar al bebé durante la salida de los dientes.", p, true},
		{"pt-BR", "Ajuda a acalmar o bebê durante a dentição.", p, true},
		{"pt-PT", "Alivia o desconforto do nascimento dos dentes.", p, true},
		{"nl-NL", "Helpt je baby bij het doorkomen van de tandjes.", p, true},
		{"sv-SE", "Lindrar obehaget vid tandsprickning.", p, true},
		{"da-DK", "Lindrer ubehaget ved tandfrembrud.", p, true},
		{"nb-NO", "Lindrer ubehaget ved tannfrembrudd.", p, true},
		{"fi-FI", "Helpottaa vauvan oloa hampaiden puhkeamisen aikana.", p, true},
		{"pl-PL", "Łagodzi dolegliwości związane z ząbkowaniem.", p, true},
		{"cs-CZ", "Ulevuje miminku při prořezávání zoubků.", p, true},
		{"el-GR", "Ανακουφίζει το μωρό στην οδοντοφυΐα.", p, true},
		{"tr-TR", "Bebeğinizi diş çıkarma döneminde rahatlatır.", p, true},
		{"ar-AE", "يخفف انزعاج الطفل أثناء التسنين.", p, true},
		{"ja-JP", "赤ちゃんの歯ぐずりをやわらげます。", p, true},
		{"ko-KR", "아기의 이앓이를 완화해 줍니다.", p, true},
		{"zh-CN", "帮助缓解宝宝出牙期的不适。", p, true},
		{"zh-TW", "幫助緩解寶寶長牙期的不適。", p, true},
		// gentle on a baby's skin
		{"da-DK", "Sølvet er skånsomt mod selv den mest sensitive babyhud.", p, true},
		{"nb-NO", "Sølvet er skånsomt mot selv den mest sensitive babyhuden.", p, true},
		{"sv-SE", "Silvret är skonsamt mot även den känsligaste babyhuden.", p, true},
		{"de-DE", "Das Silber ist sanft zu zarter Babyhaut.", p, true},
		{"nl-NL", "Het zilver is zacht voor de gevoelige babyhuid.", p, true},
		{"en-GB", "The silver is gentle on even the most delicate baby skin.", p, true},
		{"fr-FR", "L'argent est doux pour la peau délicate de bébé.", p, true},
		{"fr-CA", "L'argent est doux pour la peau de bébé.", p, true},
		{"it-IT", "L'argento è delicato sulla pelle del bebè.", p, true},
		{"es-ES", "La plata es suave con la piel del bebé.", p, true},
		{"pt-BR", "A prata é suave para a pele do bebê.", p, true},
		{"fi-FI", "Hopea on hellävarainen vauvan herkälle iholle.", p, true},
		{"pl-PL", "Srebro jest delikatne dla skóry niemowlęcia.", p, true},
		{"cs-CZ", "Stříbro je šetrné k citlivé dětské pokožce.", p, true},
		{"el-GR", "Το ασήμι είναι απαλό για το ευαίσθητο δέρμα του μωρού.", p, true},
		{"tr-TR", "Gümüş, bebeğin hassas cildine karşı naziktir.", p, true},
		{"ar-AE", "الفضة لطيفة على بشرة الطفل الحساسة.", p, true},
		{"ja-JP", "シルバーは赤ちゃんの肌にやさしい素材です。", p, true},
		{"ko-KR", "실버는 아기 피부에 순합니다.", p, true},
		{"zh-CN", "纯银对宝宝娇嫩的肌肤温和。", p, true},
		// still pass
		{"en-GB", "Not a teething toy: keep out of reach of small children.", p, false},
		{"fr-FR", "Ce jonc n'est pas un anneau de dentition.", p, false},
		{"de-DE", "Kein Beißring: außerhalb der Reichweite von Kleinkindern aufbewahren.", p, false},
		{"en-US", "A christening gift for baby, with smooth rounded edges.", p, false},
		{"da-DK", "En glat armring med afrundede kanter, en dåbsgave til babyen.", p, false},
		{"fr-CA", "Un cadeau de naissance qui apaise les cœurs des grands-parents.", p, false},
		{"ja-JP", "赤ちゃんの誕生を祝う、やさしい丸みのバングル。", p, false},
	})
}
