package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// negmat14Earrings are gold-tone brass chandelier earrings with glass
// crystals (the fourteenth session's probe, H14b10): no gold, no gem.
var negmat14Earrings = core.Product{SKU: "N14", Name: "Cascade Chandelier Earrings", Category: "earrings", Collection: "Lumière",
	Materials: []string{"gold-tone brass", "glass crystal"}, Metals: []core.Metal{{Base: "brass"}}, Colours: []string{"gold"},
	Stones:   []core.Stone{{Type: "glass crystal", Colour: "clear", Count: 24, Origin: "simulant"}},
	Features: []string{"gold-tone finish", "post back"}}

// negmat14Lang is one language's disclosure that the piece is not gold and
// its stones no gems (not: the negation before or after the word, a
// neither/nor pair, without), and the claims that must still block (block:
// solid gold said after a negation of its own phrase, a gem or gold said
// plainly).
type negmat14Lang struct{ not, block []string }

var negmat14Texts = map[string]negmat14Lang{
	"en": {not: []string{"They are not made of gold, and the crystals are glass, not gemstones.", "Neither gold nor precious stones: brass and glass.", "Made without gold or gemstones.", "These are not gold earrings."},
		block: []string{"Not just gold-plated but solid gold.", "Not plated: solid gold.", "Never fades: solid gold.", "Not silver but gold earrings.", "Gold earrings set with gemstones."}},
	"fr": {not: []string{"Elles ne sont pas en or, et les cristaux sont en verre, pas des pierres précieuses.", "Ni or ni pierres précieuses : du laiton et du verre.", "Sans or et sans pierres précieuses."},
		block: []string{"Pas seulement plaquées or, mais en or massif.", "Jamais ternies : de l'or massif.", "Des boucles en or serties de pierres précieuses."}},
	"de": {not: []string{"Kein Gold und keine Edelsteine, sondern Glas, das im Kerzenlicht funkelt.", "Sie sind nicht aus Gold, und die Kristalle sind aus Glas, nicht Edelsteine.", "Weder Gold noch Edelsteine: Messing und Glas."},
		block: []string{"Nicht nur vergoldet, sondern aus massivem Gold.", "Läuft nie an: massives Gold.", "Ohrringe aus Gold mit Edelsteinen."}},
	"it": {not: []string{"Non sono in oro e i cristalli sono di vetro, non pietre preziose.", "Né oro né pietre preziose: ottone e vetro.", "Senza oro e senza pietre preziose."},
		block: []string{"Non solo placcati oro, ma in oro massiccio.", "Non si ossidano mai: oro massiccio.", "Orecchini in oro con pietre preziose."}},
	"es": {not: []string{"No son de oro y los cristales son de vidrio, no piedras preciosas.", "Ni oro ni piedras preciosas: latón y vidrio.", "Sin oro y sin piedras preciosas."},
		block: []string{"No solo bañados en oro, sino de oro macizo.", "Nunca pierden el brillo: oro macizo.", "Pendientes de oro con piedras preciosas."}},
	"pt": {not: []string{"Não são de ouro nem de pedras preciosas: o brilho vem dos cristais de vidro.", "Os cristais são de vidro, não são pedras preciosas.", "Sem ouro e sem pedras preciosas."},
		block: []string{"Não apenas banhados a ouro, mas de ouro maciço.", "Nunca perdem o brilho: ouro maciço.", "Brincos de ouro com pedras preciosas."}},
	"nl": {not: []string{"Geen goud en geen edelstenen, wel veel glans voor een feest.", "Ze zijn niet van goud en de kristallen zijn van glas, geen edelstenen.", "Zonder goud en zonder edelstenen."},
		block: []string{"Niet alleen verguld, maar van massief goud.", "Verkleurt nooit: massief goud.", "Oorbellen van goud met edelstenen."}},
	"sv": {not: []string{"De är inte av guld, och kristallerna är av glas, inte ädelstenar.", "Varken guld eller ädelstenar: mässing och glas.", "Inget guld och inga ädelstenar."},
		block: []string{"Inte bara förgyllda, utan av massivt guld.", "Mattas aldrig: massivt guld.", "Örhängen av guld med ädelstenar."}},
	"da": {not: []string{"De er ikke af guld, og krystallerne er af glas, ikke ædelsten.", "Hverken guld eller ædelsten: messing og glas.", "Uden guld og uden ædelsten."},
		block: []string{"Ikke kun forgyldte, men af massivt guld.", "Mister aldrig glansen: massivt guld.", "Øreringe af guld med ædelsten."}},
	"nb": {not: []string{"De er ikke av gull, og krystallene er av glass, ikke edelsteiner.", "Verken gull eller edelsteiner: messing og glass.", "Uten gull og uten edelsteiner."},
		block: []string{"Ikke bare forgylt, men av massivt gull.", "Mister aldri glansen: massivt gull.", "Øredobber av gull med edelsteiner."}},
	"fi": {not: []string{"Korvakorut eivät ole kultaa, ja kristallit ovat lasia, eivät jalokiviä.", "Ei kultaa eikä jalokiviä: messinkiä ja lasia.", "Ilman kultaa ja ilman jalokiviä."},
		block: []string{"Ei vain kullattu, vaan täyttä kultaa.", "Korvakorut kultaa ja jalokiviä."}},
	"pl": {not: []string{"Nie są ze złota, a kryształy są ze szkła, nie są to kamienie szlachetne.", "Ani złoto, ani kamienie szlachetne: mosiądz i szkło.", "Bez złota i bez kamieni szlachetnych."},
		block: []string{"Nie tylko pozłacane, ale z litego złota.", "Kolczyki ze złota z kamieniami szlachetnymi."}},
	"cs": {not: []string{"Nejsou ze zlata a krystaly jsou ze skla, nejsou to drahokamy.", "Ani zlato, ani drahokamy: mosaz a sklo.", "Bez zlata a bez drahých kamenů."},
		block: []string{"Nejen pozlacené, ale z masivního zlata.", "Náušnice ze zlata s drahokamy."}},
	"tr": {not: []string{"Küpeler altın değildir, kristaller camdır, değerli taş değildir.", "Ne altın ne de değerli taş kullanıldı: küpeler pirinç ve camdan yapılmıştır.", "Değerli taşlar yerine cam kristaller kullanıldı."},
		block: []string{"Sadece altın kaplama değil, som altın.", "Değerli taşlarla süslü altın küpeler."}},
	"el": {not: []string{"Δεν είναι από χρυσό και οι κρύσταλλοι είναι γυάλινοι, όχι πολύτιμοι λίθοι.", "Ούτε χρυσός ούτε πολύτιμοι λίθοι: ορείχαλκος και γυαλί.", "Χωρίς χρυσό και χωρίς πολύτιμους λίθους."},
		block: []string{"Όχι απλώς επίχρυσα, αλλά από συμπαγή χρυσό.", "Σκουλαρίκια από χρυσό με πολύτιμους λίθους."}},
	"ar": {not: []string{"ليست من الذهب ولا من الأحجار الكريمة، لكنها تلمع بأناقة.", "الكريستال من الزجاج، وليس من الأحجار الكريمة.", "بدون ذهب وبدون أحجار كريمة."},
		block: []string{"ليست مطلية فقط، بل من الذهب الخالص.", "أقراط من الذهب مع أحجار كريمة."}},
	"ja": {not: []string{"金や宝石ではなく、ゴールドトーンの真鍮とガラスのクリスタルです。", "クリスタルはガラスで、宝石ではありません。", "素材は金ではありません。"},
		block: []string{"金メッキだけではなく、純金です。", "宝石をちりばめた金のイヤリングです。"}},
	"ko": {not: []string{"금이나 보석이 아닌 골드톤 황동과 유리 소재입니다.", "크리스털은 유리이며 보석이 아닙니다.", "금이 아니라 골드톤 황동입니다."},
		block: []string{"금도금일 뿐 아니라 순금입니다.", "보석이 박힌 금 귀걸이입니다."}},
	"zh-CN": {not: []string{"不是黄金，也不是宝石，而是金色调黄铜和玻璃水晶。", "水晶是玻璃，并非宝石。", "非黄金材质。"},
		block: []string{"不只是镀金，而是纯金。", "镶嵌宝石的黄金耳环。"}},
	"zh-TW": {not: []string{"不是黃金，也不是寶石，而是金色調黃銅和玻璃水晶。", "水晶是玻璃，並非寶石。", "非黃金材質。"},
		block: []string{"不只是鍍金，而是純金。", "鑲嵌寶石的黃金耳環。"}},
}

// TestKindsNegatedMaterial14: a disclosure that the piece is not gold and
// its stones no gems is no claim of either (#13, the fourteenth session's
// probe: en "They are not made of gold, and the crystals are glass, not
// gemstones", nl "Geen goud en geen edelstenen", ko "금이나 보석이 아닌" on
// gold-tone brass with glass crystals blocked regulatory.plating and
// regulatory.simulant_gem). The FTC Jewelry Guides ask for exactly this
// disclosure (16 CFR 23.1, 23.25). A negation scopes over its own phrase
// only: solid gold after it ("not just gold-plated but solid gold", "not
// plated: solid gold"), and gold or gems said plainly, still block.
func TestKindsNegatedMaterial14(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var not, block []lt
	perLocale(t, negmat14Texts, "negmat14", func(loc string, x negmat14Lang, in func([]string) []lt) {
		not = append(not, in(x.not)...)
		block = append(block, in(x.block)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"gold and gems negated", negmat14Earrings, "", not},
		{"gold or gems claimed", negmat14Earrings, wantAnyBlock, block},
	})
}
