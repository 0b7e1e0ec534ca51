package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// tarn11Titanium is a titanium ring: its metal does not tarnish, which
// licenses a plain tarnish claim, not an absolute one.
var tarn11Titanium = core.Product{SKU: "T11", Name: "Atlas", Category: "ring", Materials: []string{"titanium"},
	Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"}}

// withTarnishProof is p with the tarnish-proof feature, which licenses
// the tarnish claim said absolutely too: the earlier sessions' tables of
// licensed tarnish claims on steel ("a shine that never fades") use it
// since the steel surface licenses only the plain claim.
func withTarnishProof(p core.Product) core.Product {
	p.Features = append(append([]string(nil), p.Features...), "tarnish-proof")
	return p
}

// tarn11Lang is one language's tarnish claim said plainly and said
// absolutely (never, forever, for ever).
type tarn11Lang struct{ plain, absolute []string }

var tarn11Texts = map[string]tarn11Lang{
	"en":    {plain: []string{"It does not tarnish."}, absolute: []string{"It will never lose its shine."}},
	"fr":    {plain: []string{"Ne perd pas son lustre."}, absolute: []string{"Il ne perd jamais son éclat."}},
	"de":    {plain: []string{"Verliert seinen Glanz nicht."}, absolute: []string{"Er verliert niemals seinen Glanz."}},
	"it":    {plain: []string{"Non perde la sua lucentezza."}, absolute: []string{"Non perde mai la sua lucentezza."}},
	"es":    {plain: []string{"No pierde su brillo."}, absolute: []string{"Nunca se oscurece."}},
	"pt":    {plain: []string{"Não perde o brilho."}, absolute: []string{"Nunca perde o brilho."}},
	"nl":    {plain: []string{"Verliest zijn glans niet."}, absolute: []string{"Verliest nooit zijn glans."}},
	"sv":    {plain: []string{"Ingen missfärgning."}, absolute: []string{"Tappar aldrig sin lyster."}},
	"da":    {plain: []string{"Mister ikke sin glans."}, absolute: []string{"Mister aldrig sin glans."}},
	"nb":    {plain: []string{"Mister ikke glansen."}, absolute: []string{"Mister aldri glansen."}},
	"fi":    {plain: []string{"Ei menetä kiiltoaan."}, absolute: []string{"Ei koskaan menetä kiiltoaan."}},
	"pl":    {plain: []string{"Nie traci połysku."}, absolute: []string{"Nigdy nie traci połysku."}},
	"cs":    {plain: []string{"Neztrácí lesk."}, absolute: []string{"Nikdy neztrácí lesk."}},
	"tr":    {plain: []string{"Kararmaz."}, absolute: []string{"Asla kararmaz."}},
	"el":    {plain: []string{"Δεν χάνει τη λάμψη του."}, absolute: []string{"Δεν χάνει ποτέ τη λάμψη του."}},
	"ar":    {plain: []string{"لا يفقد بريقه."}, absolute: []string{"لا يفقد بريقه أبداً."}},
	"ja":    {plain: []string{"変色しません。"}, absolute: []string{"永遠に変色しません。"}},
	"ko":    {plain: []string{"변색이 없습니다."}, absolute: []string{"영원히 변색이 없습니다."}},
	"zh-CN": {plain: []string{"不会褪色。"}, absolute: []string{"永不褪色。"}},
	"zh-TW": {plain: []string{"不會褪色。"}, absolute: []string{"永不褪色。"}},
}

// TestKindsTarnishSurface11: a metal that does not tarnish (stainless
// steel, titanium, platinum) licenses the tarnish claim said plainly, as a
// tarnish-resistant feature does (weak_evidence), but not said absolutely
// ("never loses its shine", "永不褪色"): platinum wears to a patina and
// polished titanium and steel scratch, so a lasting-lustre promise needs
// the product's own feature (tarnish-proof, anti-tarnish) as any other
// claim does (#13, claim_tarnish; the ninth blind set's "nikdy neztratí
// svůj lesk" on platinum, "sin oscurecerse jamás" on titanium; German
// "verliert niemals seinen Glanz", the negation inside the claim, failing
// on every product before). The plain forms avoid the example guide's
// own tarnish-proof claim words ("ne ternit pas", "läuft nicht an"),
// which require a feature whatever the metal. Every
// plain form blocks on a sterling silver cuff, so the pass rows are
// matched claims, not unmatched words.
func TestKindsTarnishSurface11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var plain, absolute []lt
	perLocale(t, tarn11Texts, "tarnish11", func(loc string, x tarn11Lang, in func([]string) []lt) {
		plain = append(plain, in(x.plain)...)
		absolute = append(absolute, in(x.absolute)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"plain tarnish claim on titanium", tarn11Titanium, "", plain},
		{"absolute tarnish claim on titanium", tarn11Titanium, CatClaim, absolute},
		{"plain tarnish claim on sterling silver", plainCuff, CatClaim, plain},
	})
}
