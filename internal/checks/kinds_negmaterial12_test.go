package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// negmat12Palladium is a 950 palladium ring: a white metal that needs no
// rhodium plating, and has none.
var negmat12Palladium = core.Product{SKU: "N12", Name: "Vega", Category: "ring", Materials: []string{"950 palladium"},
	Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"silver"}}

// negmat12Lang is one language's material named as not needed (need: a
// verb of need negated, as the language writes it: "nepotřebuje",
// "gerektirmez", "が不要", "不需要"), named in a contrast ("unlike white
// gold"), and claimed (plated: the ring said to be rhodium-plated).
type negmat12Lang struct{ need, unlike, plated string }

var negmat12Texts = map[string]negmat12Lang{
	"en":    {"Rhodium plating is not needed on palladium.", "Unlike white gold, palladium never needs rhodium plating.", "The ring is rhodium-plated."},
	"de":    {"Palladium braucht keine Rhodinierung.", "Anders als Weißgold muss Palladium nie rhodiniert werden.", "Der Ring ist rhodiniert."},
	"fr":    {"Le palladium n'a pas besoin de rhodiage.", "Contrairement à l'or blanc, le palladium se passe de rhodiage.", "La bague est rhodiée."},
	"it":    {"Il palladio non richiede la placcatura in rodio.", "A differenza dell'oro bianco, il palladio non va mai rodiato.", "L'anello è rodiato."},
	"es":    {"El paladio no necesita baño de rodio.", "A diferencia del oro blanco, el paladio nunca necesita baño de rodio.", "Anillo con baño de rodio."},
	"pt":    {"O paládio não precisa de banho de ródio.", "Ao contrário do ouro branco, o paládio dispensa o banho de ródio.", "Anel com banho de ródio."},
	"nl":    {"Palladium hoeft niet gerhodineerd te worden.", "Anders dan witgoud hoeft palladium nooit gerhodineerd te worden.", "De ring is gerhodineerd."},
	"da":    {"Palladium behøver ikke rhodinering.", "I modsætning til hvidguld skal palladium aldrig rhodineres.", "Ringen er rhodineret."},
	"nb":    {"Palladium trenger ikke rhodinering.", "I motsetning til hvitt gull trenger palladium aldri rhodinering.", "Ringen er rhodinert."},
	"sv":    {"Palladium behöver ingen rodinering.", "Till skillnad från vitguld behöver palladium aldrig rodineras.", "Ringen är rodinerad."},
	"fi":    {"Palladium ei tarvitse rodinointia.", "Toisin kuin valkokulta, palladium ei koskaan tarvitse rodinointia.", "Sormus on rodinoitu."},
	"pl":    {"Pallad nie wymaga rodowania.", "W przeciwieństwie do białego złota pallad nigdy nie wymaga rodowania.", "Pierścionek jest rodowany."},
	"cs":    {"Palladium nevyžaduje rhodiování.", "Na rozdíl od bílého zlata palladium rhodiování nepotřebuje.", "Prsten je rhodiovaný."},
	"tr":    {"Paladyum rodyum kaplama gerektirmez.", "Beyaz altının aksine paladyum rodyum kaplamaya ihtiyaç duymaz.", "Yüzük rodyum kaplamalıdır."},
	"el":    {"Το παλλάδιο δεν χρειάζεται επιρρόδιωση.", "Σε αντίθεση με τον λευκό χρυσό, το παλλάδιο δεν χρειάζεται ποτέ επιρρόδιωση.", "Το δαχτυλίδι είναι επιροδιωμένο."},
	"ar":    {"البلاديوم لا يحتاج إلى طلاء بالروديوم.", "على عكس الذهب الأبيض، لا يحتاج البلاديوم إلى طلاء بالروديوم.", "الخاتم مطلي بالروديوم."},
	"ja":    {"パラジウムはロジウムメッキが不要です。", "ホワイトゴールドとは違い、パラジウムはロジウムメッキを必要としません。", "ロジウムメッキ仕上げのリングです。"},
	"ko":    {"팔라듐은 로듐 도금이 필요 없습니다.", "화이트 골드와 달리 팔라듐은 로듐 도금이 필요하지 않습니다.", "로듐 도금 반지입니다."},
	"zh-CN": {"钯金天然呈白色，不需要镀铑。", "不同于白金，钯金无需镀铑。", "这枚戒指镀铑。"},
	"zh-TW": {"鈀金天然呈白色，不需要鍍銠。", "不同於白金，鈀金無需鍍銠。", "這枚戒指鍍銠。"},
}

// TestKindsNegatedMaterial12: a material named as not needed or in a
// contrast is no material of the product (#13, released 12: Czech
// "Palladium je přirozeně bílý kov, který nepotřebuje rhodiování" on a
// 950 palladium ring blocked grounding.material). The verbs of need
// negated ("nepotřebuje", "nevyžaduje", "non richiede", "não precisa de",
// "gerektirmez", "が不要", "不需要") and the contrasts ("unlike", "anders
// als", "contrairement à", "na rozdíl od", "とは違い", "와 달리",
// "不同于") are negators of the locale packs (negators, negators_after);
// the ring said to be rhodium-plated still blocks.
func TestKindsNegatedMaterial12(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var pass, plated []lt
	perLocale(t, negmat12Texts, "negmat12", func(loc string, x negmat12Lang, in func([]string) []lt) {
		pass = append(pass, in([]string{x.need, x.unlike})...)
		plated = append(plated, in([]string{x.plated})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a material not needed or in a contrast", negmat12Palladium, "", pass},
		{"rhodium claimed on palladium", negmat12Palladium, wantAnyBlock, plated},
	})
}
