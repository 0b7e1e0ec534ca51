package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// nickelFreeStuds are earrings whose only skin-related feature is
// nickel-free: that licenses the words "nickel-free" and nothing wider.
var nickelFreeStuds = core.Product{SKU: "N1", Name: "Pebble", Category: "earrings", Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "14k"}},
	Colours: []string{"gold"}, Features: []string{"nickel-free"}}

// skinEvidenceTexts are one language's sentences for the skin evidence
// rule: nickel says only that the piece has no nickel (licensed by a
// nickel-free feature), skin promises it suits sensitive skin or causes no
// allergy (licensed by a hypoallergenic feature only).
type skinEvidenceTexts struct{ nickel, skin []string }

var skinEvidenceByLang = map[string]skinEvidenceTexts{
	"en":    {[]string{"Nickel-free, like every piece we make.", "Made without nickel."}, []string{"Kind to sensitive skin all day.", "They won't cause any irritation."}},
	"fr":    {[]string{"Sans nickel, comme toutes nos créations."}, []string{"Idéales pour les peaux sensibles.", "Elles ne provoquent aucune irritation."}},
	"de":    {[]string{"Nickelfrei, wie alle unsere Stücke."}, []string{"Ideal für empfindliche Haut.", "Sie verursachen keine Hautreizungen."}},
	"it":    {[]string{"Senza nichel, come tutti i nostri gioielli."}, []string{"Perfetti per le pelli sensibili.", "Non provocano irritazioni."}},
	"es":    {[]string{"Sin níquel, como todas nuestras piezas."}, []string{"Perfectos para pieles sensibles.", "No provocan alergias."}},
	"pt":    {[]string{"Sem níquel, como todas as nossas peças."}, []string{"Perfeitos para peles sensíveis.", "Não causam alergias."}},
	"nl":    {[]string{"Nikkelvrij, zoals al onze sieraden."}, []string{"Perfect voor een gevoelige huid.", "Ze veroorzaken geen allergische reacties."}},
	"da":    {[]string{"Nikkelfri, som alle vores smykker."}, []string{"Perfekte til sensitiv hud.", "De giver ingen allergiske reaktioner."}},
	"nb":    {[]string{"Nikkelfrie, som alle smykkene våre."}, []string{"Perfekte for sensitiv hud.", "De gir ingen allergiske reaksjoner."}},
	"sv":    {[]string{"Nickelfria, som alla våra smycken."}, []string{"Perfekta för känslig hud.", "De ger inga allergiska reaktioner."}},
	"fi":    {[]string{"Nikkelittömät, kuten kaikki korumme."}, []string{"Sopivat herkälle iholle.", "Eivät aiheuta allergiaa."}},
	"pl":    {[]string{"Bez niklu, jak cała nasza biżuteria."}, []string{"Idealne dla wrażliwej skóry.", "Nie powodują alergii."}},
	"cs":    {[]string{"Bez niklu, jako všechny naše šperky."}, []string{"Ideální pro citlivou pokožku.", "Nezpůsobují alergie."}},
	"tr":    {[]string{"Tüm takılarımız gibi nikelsiz."}, []string{"Hassas ciltler için idealdir.", "Alerji yapmaz."}},
	"el":    {[]string{"Χωρίς νικέλιο, όπως όλα μας τα κοσμήματα."}, []string{"Ιδανικά για ευαίσθητη επιδερμίδα.", "Δεν προκαλούν αλλεργίες."}},
	"ar":    {[]string{"خالية من النيكل مثل جميع قطعنا."}, []string{"مثالية للبشرة الحساسة.", "لا تسبب الحساسية."}},
	"ja":    {[]string{"ニッケルフリーの素材を使用しています。"}, []string{"敏感肌の方にも安心です。", "かぶれにくい素材です。"}},
	"ko":    {[]string{"니켈 프리 소재로 만들었습니다."}, []string{"민감한 피부에도 좋습니다.", "피부 트러블 걱정이 없습니다."}},
	"zh":    {[]string{"采用不含镍的材质。"}, []string{"敏感肌也能佩戴。", "不会过敏。"}},
	"zh-TW": {[]string{"採用不含鎳的材質。"}, []string{"敏感肌也能佩戴。", "不會過敏。"}},
}

// TestNickelFreeIsNotSkinSafety: in every locale a nickel-free feature
// licenses "nickel-free" and no general skin-safety promise, which blocks
// as claim.hypoallergenic; "nickel-free" without the feature blocks as
// claim.nickel_free. The rule and its source are in data/README.md.
func TestNickelFreeIsNotSkinSafety(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	rules := func(p core.Product, loc, text string) (string, bool) {
		var out []string
		for _, f := range c.Check(core.CheckInput{Product: p, Locale: loc, Channel: "social", Text: text, Guide: g}) {
			if f.Severity == core.SeverityBlock {
				out = append(out, f.Rule)
			}
		}
		return strings.Join(out, " "), len(out) > 0
	}
	for _, loc := range packLocales(t) {
		tx, ok := skinEvidenceByLang[loc]
		if !ok {
			tx, ok = skinEvidenceByLang[langOf(loc)]
		}
		if !ok {
			t.Errorf("%s: no skin evidence texts for its language", loc)
			continue
		}
		for _, s := range tx.nickel {
			if r, blocked := rules(nickelFreeStuds, loc, s); blocked {
				t.Errorf("%s %q on a nickel-free product: blocked by %s", loc, s, r)
			}
			if r, _ := rules(plainCuff, loc, s); !strings.Contains(r, "claim.nickel_free") {
				t.Errorf("%s %q without a nickel-free feature: want claim.nickel_free, got %q", loc, s, r)
			}
		}
		for _, s := range tx.skin {
			if r, _ := rules(nickelFreeStuds, loc, s); !strings.Contains(r, "claim.hypoallergenic") {
				t.Errorf("%s %q on a nickel-free product: want claim.hypoallergenic, got %q", loc, s, r)
			}
			if r, blocked := rules(steelBand, loc, s); blocked {
				t.Errorf("%s %q on a hypoallergenic product: blocked by %s", loc, s, r)
			}
		}
	}
}
