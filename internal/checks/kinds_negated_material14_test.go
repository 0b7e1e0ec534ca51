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
	"ja": {not: []string{"金や宝石ではなく、ゴールドトーンの真鍮とガラスのクリスタルです。", "クリスタルはガラスで、宝石ではありません。", "素材は金ではありません。", "クリスタルはガラスで、宝石じゃありません。", "素材は金ではございません。"},
		block: []string{"金メッキだけではなく、純金です。", "宝石をちりばめた金のイヤリングです。"}},
	"ko": {not: []string{"금이나 보석이 아닌 골드톤 황동과 유리 소재입니다.", "크리스털은 유리이며 보석이 아닙니다.", "금이 아니라 골드톤 황동입니다.", "금이 아니고 골드톤 황동입니다.", "크리스털은 유리라서 보석이 아니에요."},
		block: []string{"금도금일 뿐 아니라 순금입니다.", "보석이 박힌 금 귀걸이입니다."}},
	"zh-CN": {not: []string{"不是黄金，也不是宝石，而是金色调黄铜和玻璃水晶。", "水晶是玻璃，并非宝石。", "非黄金材质。"},
		block: []string{"不只是镀金，而是纯金。", "镶嵌宝石的黄金耳环。"}},
	"zh-TW": {not: []string{"不是黃金，也不是寶石，而是金色調黃銅和玻璃水晶。", "水晶是玻璃，並非寶石。", "非黃金材質。"},
		block: []string{"不只是鍍金，而是純金。", "鑲嵌寶石的黃金耳環。"}},
}

// negmat14Studs are rhodium-plated brass studs with cubic zirconia: no
// silver, no diamond.
var negmat14Studs = core.Product{SKU: "N14Z", Name: "Nova Studs", Category: "earrings", Collection: "Lumière",
	Materials: []string{"rhodium-plated brass", "cubic zirconia"}, Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}}, Colours: []string{"silver"},
	Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 2, Origin: "simulant"}}}

// negmat14Simulant is one language's disclosure that the studs are not
// silver and their stones no diamonds (not), that the gold-tone earrings
// are not solid gold (solid), and the claims that must still block
// (block: a real diamond after a negated imitation, solid silver after a
// negated plating).
type negmat14Simulant struct{ not, solid, block []string }

var negmat14SimulantTexts = map[string]negmat14Simulant{
	"en": {not: []string{"They are not sterling silver, and the stones are cubic zirconia, not diamonds.", "Neither silver nor diamonds: rhodium-plated brass and cubic zirconia.", "These are not real diamonds."},
		solid: []string{"They are not solid gold.", "This is not real gold."},
		block: []string{"Not cubic zirconia but real diamonds.", "Not just silver-plated: solid sterling silver.", "No ordinary glass: real diamonds."}},
	"fr": {not: []string{"Ni argent ni diamants : du laiton rhodié et de l'oxyde de zirconium.", "Ce ne sont pas des diamants."}, solid: []string{"Elles ne sont pas en or massif."},
		block: []string{"Pas de l'oxyde de zirconium, mais de vrais diamants."}},
	"de": {not: []string{"Sie sind nicht aus Sterlingsilber, und die Steine sind Zirkonia, keine Diamanten.", "Weder Silber noch Diamanten: rhodiniertes Messing und Zirkonia."},
		solid: []string{"Sie sind nicht aus massivem Gold.", "Kein massives Gold, sondern Messing."},
		block: []string{"Keine Zirkonia, sondern echte Diamanten."}},
	"it": {not: []string{"Né argento né diamanti: ottone rodiato e zirconia cubica.", "Non sono diamanti."}, solid: []string{"Non sono in oro massiccio."},
		block: []string{"Non zirconia cubica, ma veri diamanti."}},
	"es": {not: []string{"No son de plata y las piedras son circonitas, no diamantes.", "Ni plata ni diamantes: latón rodiado y circonitas."}, solid: []string{"No son de oro macizo."},
		block: []string{"No son circonitas, sino diamantes auténticos."}},
	"pt": {not: []string{"Não são de prata e as pedras são zircônias, não diamantes.", "Nem prata nem diamantes: latão ródio e zircônias."}, solid: []string{"Não são de ouro maciço."},
		block: []string{"Não são zircônias, mas diamantes verdadeiros."}},
	"nl": {not: []string{"Ze zijn niet van zilver en de stenen zijn zirkonia, geen diamanten.", "Geen zilver en geen diamanten: gerhodineerd messing en zirkonia."}, solid: []string{"Ze zijn niet van massief goud."},
		block: []string{"Geen zirkonia, maar echte diamanten."}},
	"sv": {not: []string{"De är inte av silver, och stenarna är cubic zirconia, inte diamanter.", "Varken silver eller diamanter: rodinerad mässing och cubic zirconia."}, solid: []string{"De är inte av massivt guld."},
		block: []string{"Inte cubic zirconia, men äkta diamanter."}},
	"da": {not: []string{"De er ikke af sølv, og stenene er cubic zirconia, ikke diamanter.", "Hverken sølv eller diamanter: rhodineret messing og cubic zirconia."}, solid: []string{"De er ikke af massivt guld."},
		block: []string{"Ikke cubic zirconia, men ægte diamanter."}},
	"nb": {not: []string{"De er ikke av sølv, og steinene er cubic zirconia, ikke diamanter.", "Verken sølv eller diamanter: rhodinert messing og cubic zirconia."}, solid: []string{"De er ikke av massivt gull."},
		block: []string{"Ikke cubic zirconia, men ekte diamanter."}},
	"fi": {not: []string{"Korvakorut eivät ole hopeaa, ja kivet ovat zirkonioita, eivät timantteja.", "Ei hopeaa eikä timantteja: rodinoitua messinkiä ja zirkonioita."}, solid: []string{"Ne eivät ole täyttä kultaa."},
		block: []string{"Ei zirkonioita, vaan aitoja timantteja."}},
	"pl": {not: []string{"Nie są ze srebra, a kamienie to cyrkonie, nie diamenty.", "Ani srebro, ani diamenty: rodowany mosiądz i cyrkonie."}, solid: []string{"Nie są z litego złota."},
		block: []string{"Nie cyrkonie, ale prawdziwe diamenty."}},
	"cs": {not: []string{"Nejsou ze stříbra a kameny nejsou diamanty.", "Ani stříbro, ani diamanty: rhodiovaná mosaz."}, solid: []string{"Nejsou z masivního zlata."},
		block: []string{"Ne sklo, ale pravé diamanty."}},
	"tr": {not: []string{"Küpeler gümüş değildir, taşlar elmas değil zirkondur.", "Ne gümüş ne de elmas kullanıldı: küpeler rodyum kaplama pirinç ve zirkondur.", "Taşlar gerçek elmas değildir."},
		solid: []string{"Küpeler som altın değildir.", "Küpeler som altından değildir."},
		block: []string{"Zirkon değil, gerçek elmas."}},
	"el": {not: []string{"Δεν είναι από ασήμι και οι πέτρες δεν είναι διαμάντια.", "Ούτε ασήμι ούτε διαμάντια: επιροδιωμένος ορείχαλκος."}, solid: []string{"Δεν είναι από συμπαγή χρυσό."},
		block: []string{"Όχι γυαλί, αλλά αληθινά διαμάντια."}},
	"ar": {not: []string{"ليست من الفضة، والأحجار من الزركونيا وليست من الألماس.", "بدون فضة وبدون ألماس."}, solid: []string{"ليست من الذهب الخالص."},
		block: []string{"ليست زركونيا، بل ألماس حقيقي."}},
	"ja": {not: []string{"シルバーではなく、石もダイヤモンドではありません。", "ダイヤモンドではなく、キュービックジルコニアです。", "本物のダイヤモンドではありません。"},
		solid: []string{"純金ではありません。", "素材は純金ではなく真鍮です。"},
		block: []string{"ジルコニアではなく、本物のダイヤモンドです。"}},
	"ko": {not: []string{"실버가 아니며 다이아몬드도 아닙니다.", "다이아몬드가 아닌 큐빅 지르코니아입니다.", "진짜 다이아몬드가 아닙니다."},
		solid: []string{"순금이 아닙니다.", "순금이 아닌 황동입니다."},
		block: []string{"큐빅이 아니라 진짜 다이아몬드입니다."}},
	"zh-CN": {not: []string{"不是纯银，也不是钻石，而是镀铑黄铜和立方氧化锆。", "并非钻石。"}, solid: []string{"不是纯金。", "并非纯金，而是黄铜。"},
		block: []string{"不是锆石，而是真钻石。"}},
	"zh-TW": {not: []string{"不是純銀，也不是鑽石，而是鍍銠黃銅和立方氧化鋯。", "並非鑽石。"}, solid: []string{"不是純金。", "並非純金，而是黃銅。"},
		block: []string{"不是鋯石，而是真鑽石。"}},
}

// TestKindsNegatedMaterial14: a disclosure that the piece is not gold and
// its stones no gems is no claim of either (#13, the fourteenth session's
// probe: en "They are not made of gold, and the crystals are glass, not
// gemstones", nl "Geen goud en geen edelstenen", ko "금이나 보석이 아닌" on
// gold-tone brass with glass crystals blocked regulatory.plating and
// regulatory.simulant_gem). The FTC Jewelry Guides ask for exactly this
// disclosure (16 CFR 23.1, 23.25). A negation scopes over its own phrase
// only: solid gold after it ("not just gold-plated but solid gold", "not
// plated: solid gold"), and gold or gems said plainly, still block. The
// same holds of silver and diamonds on rhodium-plated brass with cubic
// zirconia ("Varken silver eller diamanter", "다이아몬드도 아닙니다") and of
// solid gold denied ("Kein massives Gold", "純金ではありません"), while
// "Not cubic zirconia but real diamonds" still blocks.
func TestKindsNegatedMaterial14(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var not, block, simNot, solidNot, simBlock []lt
	perLocale(t, negmat14Texts, "negmat14", func(loc string, x negmat14Lang, in func([]string) []lt) {
		not = append(not, in(x.not)...)
		block = append(block, in(x.block)...)
	})
	perLocale(t, negmat14SimulantTexts, "negmat14 simulant", func(loc string, x negmat14Simulant, in func([]string) []lt) {
		simNot = append(simNot, in(x.not)...)
		solidNot = append(solidNot, in(x.solid)...)
		simBlock = append(simBlock, in(x.block)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"gold and gems negated", negmat14Earrings, "", not},
		{"gold or gems claimed", negmat14Earrings, wantAnyBlock, block},
		{"silver and diamonds negated", negmat14Studs, "", simNot},
		{"solid gold negated", negmat14Earrings, "", solidNot},
		{"a diamond or solid silver claimed", negmat14Studs, wantAnyBlock, simBlock},
	})
}
