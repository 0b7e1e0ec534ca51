package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// neg13Stud is a steel nose stud whose features say nothing of water.
var neg13Stud = core.Product{SKU: "N13", Name: "Crystal Nose Stud", Category: "nose stud", Materials: []string{"316L surgical steel", "crystal"},
	Metals: []core.Metal{{Base: "316L surgical steel"}}, Colours: []string{"silver"},
	Stones:   []core.Stone{{Type: "crystal", Colour: "clear", Count: 1, Origin: "simulant"}},
	Features: []string{"L-shaped post"}}

// neg13Lang is one language's water claim negated as the language writes
// it (negated: contracted "isn't", a clitic or particle, a negation after
// the claim, with care advice after a clause mark) and the claim said
// (claim), also where a negation-looking word means "not only".
type neg13Lang struct{ negated, claim []string }

var neg13Texts = map[string]neg13Lang{
	"en": {negated: []string{"It isn't waterproof, so take it out before swimming.", "The stud isn’t water-resistant.", "These studs aren't waterproof.", "It won't stay waterproof, so remove it before swimming.", "It cannot be called waterproof."},
		claim: []string{"It is waterproof.", "Fully waterproof for swimming.", "Don't worry: it's waterproof."}},
	"fr": {negated: []string{"Il n'est pas étanche.", "Ce clou n'est pas étanche : retirez-le avant de nager."},
		claim: []string{"Il est étanche.", "Résistant à l'eau."}},
	"it": {negated: []string{"Non è impermeabile.", "Il piercing non è impermeabile: toglilo prima di nuotare."},
		claim: []string{"È impermeabile.", "Resistente all'acqua."}},
	"es": {negated: []string{"No es resistente al agua.", "No es impermeable: quítalo antes de nadar.", "No es a prueba de agua."},
		claim: []string{"Es resistente al agua.", "Es a prueba de agua."}},
	"pt": {negated: []string{"Não é à prova d'água.", "Não é resistente à água: retire antes de nadar."},
		claim: []string{"É à prova d'água.", "É impermeável."}},
	"de": {negated: []string{"Er ist nicht wasserdicht.", "Der Stecker ist nicht wasserfest, nimm ihn vor dem Schwimmen ab."},
		claim: []string{"Er ist wasserdicht."}},
	"nl": {negated: []string{"Hij is niet waterdicht.", "Hij is niet waterbestendig, doe hem af voor het zwemmen."},
		claim: []string{"Hij is waterdicht."}},
	"sv": {negated: []string{"Den är inte vattentät.", "Den är inte vattenbeständig, ta av den innan du badar."},
		claim: []string{"Den är vattentät."}},
	"da": {negated: []string{"Den er ikke vandtæt.", "Den er ikke vandafvisende, så tag den af før du svømmer."},
		claim: []string{"Den er vandtæt."}},
	"nb": {negated: []string{"Den er ikke vanntett."},
		claim: []string{"Den er vanntett."}},
	"pl": {negated: []string{"Nie jest wodoodporny.", "Kolczyk nie jest wodoodporny, zdejmij go przed pływaniem."},
		claim: []string{"Jest wodoodporny."}},
	"cs": {negated: []string{"Není voděodolný.", "Piercing není vodotěsný, před plaváním ho vyjměte."},
		claim: []string{"Je voděodolný."}},
	"tr": {negated: []string{"Su geçirmez değil.", "Suya dayanıklı değildir.", "Su geçirmez değildir, yüzmeden önce çıkarın."},
		claim: []string{"Su geçirmezdir.", "Sadece su geçirmez değil, aynı zamanda çok hafif."}},
	"el": {negated: []string{"Δεν είναι αδιάβροχο.", "Δεν είναι ανθεκτικό στο νερό, βγάλτε το πριν κολυμπήσετε."},
		claim: []string{"Είναι αδιάβροχο."}},
	"fi": {negated: []string{"Se ei ole vedenkestävä.", "Koru ei ole vedenpitävä, joten ota se pois ennen uintia."},
		claim: []string{"Se on vedenkestävä."}},
	"ar": {negated: []string{"ليس مقاوماً للماء.", "هذا القرط ليس مقاوما للماء، لذا انزعه قبل السباحة."},
		claim: []string{"مقاوم للماء."}},
	"ja": {negated: []string{"防水ではありません。", "防水仕様ではないので、泳ぐ前に外してください。", "耐水性はありません。"},
		claim: []string{"防水仕様です。", "防水だけではなく、軽さも魅力です。"}},
	"ko": {negated: []string{"방수가 아닙니다.", "방수 제품이 아니므로 수영 전에 빼 주세요.", "이 제품은 방수 제품이 아닌 일상용입니다."},
		claim: []string{"방수 제품입니다.", "방수일 뿐 아니라 가볍습니다."}},
	"zh-CN": {negated: []string{"不防水。", "并非防水款，游泳前请取下。", "这款不是防水的。"},
		claim: []string{"防水设计。"}},
	"zh-TW": {negated: []string{"不防水。", "並非防水款，游泳前請取下。", "這款不是防水的。"},
		claim: []string{"防水設計。"}},
}

// TestKindsNegatedClaim13: a water claim negated is no claim, however the
// language negates it (#13, thirteenth blind set: en-AU "It isn't
// waterproof, so take it out before swimming" blocked as
// claim.waterproof). English n't contractions and "cannot" (the copy's
// tokens "isn" "t"), the Chinese 不是/并不 the segmenter keeps whole, and
// the negated copulas after the claim of Turkish (değil), Japanese
// (ではない, ではありません; はありません after 性, 機能, 加工) and Korean
// (아니, 아닌) negate it; care
// advice after a clause mark is no longer read as negated by the
// negation before the mark ("non è impermeabile: toglilo prima di
// nuotare"). The claim itself still blocks, and so does "not only"
// (Turkish "sadece ... değil", Japanese だけではなく, Korean 뿐 아니라).
func TestKindsNegatedClaim13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var negated, claim []lt
	perLocale(t, neg13Texts, "negclaim13", func(loc string, x neg13Lang, in func([]string) []lt) {
		negated = append(negated, in(x.negated)...)
		claim = append(claim, in(x.claim)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a water claim negated", neg13Stud, "", negated},
		{"a water claim said", neg13Stud, CatClaim, claim},
	})
}
