package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsSameCollection38 (#13, samecollection38): on a product of a
// do-not-translate collection ("Moments"), copy that names no collection
// but points back to the product's own with "the same" ("our matching
// silver toe ring from the same collection", "onze bijpassende zilveren
// teenring uit dezelfde collectie", 同系列另售的四葉草純銀耳環) has not
// translated the collection's name: the word for "same" before the
// collection noun (or after it: Arabic "المجموعة نفسها") refers to a
// collection known from elsewhere (collection_same in
// data/<lang>/glossary.yaml). Probe 38c's nl-NL and zh-TW 38C102-2 were
// blocked glossary.do_not_translate. The twins still block: the name
// translated beside a collection noun ("la collezione Momenti"), also
// after "the same" ("dalla stessa collezione Momenti").
func TestKindsSameCollection38(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{
		SKU: "K38SC1", Name: "Clover Charm", Category: "charm", Collection: "Moments",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours:   []string{"silver"},
	}
	var rows []kindRow
	pass := func(loc, s string) { rows = append(rows, kindRow{loc, s, p, false}) }
	block := func(loc, s string) { rows = append(rows, kindRow{loc, s, p, true}) }

	pass("en-GB", "Pair it with our matching silver earrings from the same collection, sold separately.")
	pass("en-US", "Wear it with the matching bracelet from the same collection.")
	pass("en-AU", "Team it with the silver studs from the same collection.")
	pass("de-DE", "Kombinieren Sie ihn mit den passenden Ohrringen aus derselben Kollektion, separat erhältlich.")
	pass("fr-FR", "Associez-le aux boucles d'oreilles assorties de la même collection, vendues séparément.")
	pass("fr-CA", "Portez-le avec le bracelet assorti de la même collection.")
	pass("es-ES", "Combínalo con los pendientes a juego de la misma colección, que se venden por separado.")
	pass("es-MX", "Combínalo con la pulsera de la misma colección.")
	pass("it-IT", "Lo abbini agli orecchini coordinati della stessa collezione, venduti separatamente.")
	pass("pt-PT", "Combine-o com os brincos a condizer da mesma coleção, vendidos em separado.")
	pass("pt-BR", "Combine com a pulseira da mesma coleção, vendida separadamente.")
	pass("nl-NL", "Combineer het gerust met onze bijpassende zilveren teenring uit dezelfde collectie, los verkrijgbaar.")
	pass("sv-SE", "Kombinera den med de matchande örhängena ur samma kollektion, som säljs separat.")
	pass("da-DK", "Kombiner den med de matchende øreringe fra samme kollektion, som sælges separat.")
	pass("nb-NO", "Kombiner det med de matchende øredobbene fra samme kolleksjon, som selges separat.")
	pass("fi-FI", "Yhdistä se samasta mallistosta löytyviin korvakoruihin, joita myydään erikseen.")
	pass("pl-PL", "Połącz go z pasującymi kolczykami z tej samej kolekcji, sprzedawanymi osobno.")
	pass("cs-CZ", "Kombinujte ho s náušnicemi ze stejné kolekce, které se prodávají samostatně.")
	pass("tr-TR", "Aynı koleksiyonda yer alan küpelerle birlikte takabilirsiniz; küpeler ayrıca satılır.")
	pass("el-GR", "Συνδυάστε το με τα ασορτί σκουλαρίκια από την ίδια συλλογή, που πωλούνται χωριστά.")
	pass("ar-AE", "نسّقيها مع الأقراط المطابقة من نفس المجموعة، وتباع بشكل منفصل.")
	pass("ar-AE", "نسّقيها مع الأقراط المطابقة من المجموعة نفسها، وتباع بشكل منفصل.")
	pass("ja-JP", "同じコレクションのピアスと合わせて着けるのもおすすめです（別売り）。")
	pass("ko-KR", "같은 컬렉션의 귀걸이와 함께 착용해 보세요(별도 판매).")
	pass("zh-CN", "也可与同系列另售的四叶草纯银耳环成套佩戴。")
	pass("zh-TW", "也可與同系列另售的四葉草純銀耳環成套配戴。")
	pass("zh-TW", "也可搭配同一系列的純銀手鍊。")

	// The name translated beside a collection noun still blocks, also
	// after "the same".
	block("it-IT", "Questo charm della collezione Momenti si aggancia a ogni bracciale.")
	block("it-IT", "Lo abbini agli orecchini della stessa collezione Momenti.")
	block("fr-FR", "Ce charm de la collection Instants s'accroche à tous les bracelets.")
	block("es-ES", "Este charm de la colección Momentos encaja en cualquier pulsera.")
	block("nl-NL", "Combineer het met de teenring uit dezelfde collectie Momenten.")
	block("nl-NL", "Deze bedel uit de collectie Momenten past aan elke armband.")
	block("pt-PT", "Este pendente da coleção Momentos combina com tudo.")
	block("pl-PL", "Ta zawieszka z kolekcji Chwile pasuje do każdej bransoletki.")
	block("el-GR", "Το charm της συλλογής Στιγμές ταιριάζει σε κάθε βραχιόλι.")
	block("zh-TW", "這款時刻系列的墜飾適合日常配戴。")
	checkKindRows(t, svc, CatGlossary, rows)
}
