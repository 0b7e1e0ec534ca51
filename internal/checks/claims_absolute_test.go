package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// A resistance is no guarantee (issue #13, claims in other words): a
// "tarnish-resistant" feature is weak_evidence of tarnish_proof, so it
// supports the claim said plainly ("resists tarnish") but not said
// absolutely ("will never tarnish", "ne ternira jamais", 永不褪色): the
// absolute words of each language (conceptDef.Absolute) near the match
// need the strong evidence (tarnish-proof, anti-tarnish, an unplated
// steel surface).
var absoluteTarnishByLang = map[string][]string{
	"en":    {"It will never tarnish.", "It will always stay bright."},
	"fr":    {"Il ne ternira jamais."},
	"de":    {"Sie läuft niemals an."},
	"it":    {"Non si ossiderà mai."},
	"es":    {"Nunca se oscurecerá."},
	"pt":    {"Nunca vai escurecer."},
	"nl":    {"Hij verkleurt nooit."},
	"sv":    {"Den mörknar aldrig."},
	"da":    {"Den anløber aldrig."},
	"nb":    {"Den mørkner aldri."},
	"fi":    {"Se ei koskaan tummu."},
	"pl":    {"Nigdy nie ciemnieje."},
	"cs":    {"Nikdy nezčerná."},
	"el":    {"Δεν μαυρίζει ποτέ."},
	"tr":    {"Asla kararmaz."},
	"ar":    {"لن يسود أبداً."},
	"ja":    {"決して変色しません。"},
	"ko":    {"절대 변색되지 않습니다."},
	"zh":    {"永不褪色。"},
	"zh-TW": {"永不褪色。"},
}

func TestClaimsAbsoluteNeedStrongEvidence(t *testing.T) {
	t.Parallel()
	weak := core.Product{SKU: "A1", Name: "Nova", Category: "necklace", Metals: []core.Metal{{Base: "brass", Plating: "gold"}}, Colours: []string{"gold"}, Features: []string{"tarnish-resistant"}}
	strong := weak
	strong.Features = []string{"anti-tarnish e-coating"}
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, absoluteTarnishByLang, "absolute", func(loc string, tx []string, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"absolute on tarnish-resistant " + loc, weak, CatClaim, in(tx)},
			kindTable{"absolute on anti-tarnish " + loc, strong, "", in(tx)})
	})
	tables = append(tables, kindTable{"plain on tarnish-resistant en-GB", weak, "", []lt{{"en-GB", "It resists tarnish."}, {"en-GB", "A tarnish-resistant finish."}}})
	runKinds(t, c, guide(t), tables)
}
