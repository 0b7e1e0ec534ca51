package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// czPendant is a silver pendant with four clear cubic zirconia, the stones
// the example guide's forbidden terms misname (zircon, rhinestone).
var czPendant = core.Product{SKU: "G1", Name: "Lune", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "white"},
	Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 4, Origin: core.OriginSimulant}}}

// glossaryTexts are one language's sentences about czPendant: zircon names
// the stones with the language's word for zircon, inflected (the guide
// forbids "zircon" at level block and translates it for four locales
// only); rhinestone with its word for rhinestone (forbidden at block); ok
// with the language's word for cubic zirconia, which must not block.
type glossaryTexts struct{ zircon, rhinestone, ok string }

var glossaryByLang = map[string]glossaryTexts{
	"en":    {"Four clear zircons frame the pendant.", "Rhinestones frame the pendant.", "Four clear cubic zirconia stones frame the pendant."},
	"fr":    {"Quatre zircons transparents encadrent le pendentif.", "Des strass encadrent le pendentif.", "Quatre oxydes de zirconium transparents encadrent le pendentif."},
	"de":    {"Vier klare Zirkone umrahmen den Anhänger.", "Strasssteine umrahmen den Anhänger.", "Vier klare Zirkonia umrahmen den Anhänger."},
	"it":    {"Quattro zirconi trasparenti incorniciano il ciondolo.", "Piccoli strass incorniciano il ciondolo.", "Quattro pietre di zirconia cubica trasparente incorniciano il ciondolo."},
	"es":    {"Cuatro zircones transparentes enmarcan el colgante.", "Unos estrases enmarcan el colgante.", "Cuatro circonitas transparentes enmarcan el colgante."},
	"pt":    {"Quatro zircões transparentes emolduram o pingente.", "Pequenos strass emolduram o pingente.", "Quatro zircónias transparentes emolduram o pingente."},
	"nl":    {"Vier heldere zirkonen omlijsten de hanger.", "Strasssteentjes omlijsten de hanger.", "Vier heldere zirkonia's omlijsten de hanger."},
	"da":    {"Fire klare zirkoner indrammer vedhænget.", "Rhinsten indrammer vedhænget.", "Fire klare zirkoniaer indrammer vedhænget."},
	"sv":    {"Fyra klara zirkoner ramar in hänget.", "Strasstenar ramar in hänget.", "Fyra klara zirkonior ramar in hänget."},
	"nb":    {"Fire klare zirkoner rammer inn anhenget.", "Strass rammer inn anhenget.", "Fire klare zirkoniaer rammer inn anhenget."},
	"fi":    {"Riipusta kehystävät kirkkaat zirkonit.", "Riipusta kehystävät strassikivet.", "Riipusta kehystävät kirkkaat zirkoniat."},
	"pl":    {"Cztery przejrzyste cyrkony otaczają zawieszkę.", "Strassy otaczają zawieszkę.", "Cztery przejrzyste cyrkonie otaczają zawieszkę."},
	"cs":    {"Čtyři čiré zirkony obklopují přívěsek.", "Štrasové kamínky obklopují přívěsek.", "Čtyři čiré kubické zirkonie obklopují přívěsek."},
	"tr":    {"Dört şeffaf zirkon taşı kolye ucunu çevreliyor.", "Strass taşlar kolye ucunu çevreliyor.", "Dört şeffaf kübik zirkonya kolye ucunu çevreliyor."},
	"el":    {"Τέσσερα διάφανα ζιργκόν πλαισιώνουν το μενταγιόν.", "Στρας πλαισιώνουν το μενταγιόν.", "Τέσσερις διάφανες κυβικές ζιρκόνιες πλαισιώνουν το μενταγιόν."},
	"ar":    {"أربعة أحجار زركون شفافة تحيط بالقلادة.", "أحجار الراين تحيط بالقلادة.", "أربعة أحجار زركونيا شفافة تحيط بالقلادة."},
	"ja":    {"4つの透明なジルコンがペンダントを縁取ります。", "ラインストーンがペンダントを縁取ります。", "4つの透明なキュービックジルコニアがペンダントを縁取ります。"},
	"ko":    {"네 개의 투명한 지르콘이 펜던트를 감쌉니다.", "라인스톤이 펜던트를 감쌉니다.", "네 개의 투명한 큐빅 지르코니아가 펜던트를 감쌉니다."},
	"zh-CN": {"四颗透明锆石环绕吊坠。", "水钻环绕吊坠。", "四颗透明立方氧化锆环绕吊坠。"},
	"zh-TW": {"四顆透明鋯石環繞墜飾。", "水鑽環繞墜飾。", "四顆透明立方氧化鋯環繞墜飾。"},
}

// TestKindsGlossaryFormsEveryLocale: a forbidden glossary term at level
// block blocks in every supported locale, in the language's own words for
// it and their inflections (data/<lang>/glossary.yaml), not only in the
// locales the guide translates it for; the right word passes.
func TestKindsGlossaryFormsEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	for _, loc := range packLocales(t) {
		gt, ok := glossaryByLang[loc]
		if !ok {
			gt, ok = glossaryByLang[langOf(loc)]
		}
		if !ok {
			t.Errorf("%s: no glossary texts for its language", loc)
			continue
		}
		tables = append(tables,
			kindTable{"forbidden zircon " + loc, czPendant, CatGlossary, []lt{{loc, gt.zircon}}},
			kindTable{"forbidden rhinestone " + loc, czPendant, CatGlossary, []lt{{loc, gt.rhinestone}}},
			kindTable{"cubic zirconia named right " + loc, czPendant, "", []lt{{loc, gt.ok}}},
		)
	}
	// Chinese names cubic zirconia with a compound that ends in the word
	// for zircon: 方晶锆石, 立方鋯石 (data right_after).
	tables = append(tables, kindTable{"cubic zircon compound", czPendant, "", []lt{
		{"zh-CN", "四颗透明方晶锆石环绕吊坠。"}, {"zh-TW", "四顆透明方晶鋯石環繞墜飾。"}, {"zh-TW", "四顆透明立方鋯石環繞墜飾。"}}})
	runKinds(t, c, guide(t), tables)
}

// TestGlossaryFormsCompile: every data/<lang>/glossary.yaml parses, knows
// only its fields, and each form has a word.
func TestGlossaryFormsCompile(t *testing.T) {
	t.Parallel()
	forms, _, err := loadGlossaryForms()
	if err != nil {
		t.Fatal(err)
	}
	if len(forms["zircon"]) == 0 {
		t.Error("no forms of zircon")
	}
}
