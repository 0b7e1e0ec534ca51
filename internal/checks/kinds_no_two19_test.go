package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// "No two stones are alike" counts no stone (#13, probe20a fi-FI: "Kaksi
// tällaista kiveä ei koskaan jakaudu väreiltään samalla tavalla", no two
// such stones ever share their colours alike, read as a count of 2 on a
// ring of 1 sapphire and 6 diamonds). The idiom says every stone is unique;
// its numeral (two) is in the scope of a negation that may stand before it
// ("no two", "ei ole kahta", "non esistono due") or after it, as Finnish,
// Turkish, Japanese and Korean put the negative verb at the clause's end. A
// plain count of two still blocks.
func TestKindsNoTwo19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := partiRing19()
	checkKindRows(t, svc, "grounding", []kindRow{
		{"fi-FI", "Kaksi tällaista kiveä ei koskaan jakaudu väreiltään samalla tavalla.", ring, false},
		{"fi-FI", "Kahta samanlaista kiveä ei ole.", ring, false},
		{"en-GB", "No two stones are quite alike.", ring, false},
		{"en-US", "Two stones are never quite alike.", ring, false},
		{"fr-FR", "Il n'y a pas deux pierres identiques.", ring, false},
		{"fr-CA", "Jamais deux pierres ne sont pareilles.", ring, false},
		{"de-DE", "Keine zwei Steine sind gleich.", ring, false},
		{"es-ES", "No hay dos piedras iguales.", ring, false},
		{"es-MX", "Nunca hay dos piedras iguales.", ring, false},
		{"it-IT", "Non esistono due pietre uguali.", ring, false},
		{"pt-PT", "Não há duas pedras iguais.", ring, false},
		{"pt-BR", "Nunca duas pedras são iguais.", ring, false},
		{"nl-NL", "Geen twee stenen zijn hetzelfde.", ring, false},
		{"sv-SE", "Inga två stenar är likadana.", ring, false},
		{"da-DK", "Ingen to sten er ens.", ring, false},
		{"nb-NO", "Ingen to steiner er like.", ring, false},
		{"pl-PL", "Nie ma dwóch takich samych kamieni.", ring, false},
		{"cs-CZ", "Žádné dva kameny nejsou stejné.", ring, false},
		{"tr-TR", "İki taş asla aynı olmaz.", ring, false},
		{"el-GR", "Δεν υπάρχουν δύο ίδιες πέτρες.", ring, false},
		{"ja-JP", "同じ石は二つとありません。", ring, false},
		{"zh-CN", "没有两颗完全相同的宝石。", ring, false},
		{"zh-TW", "沒有兩顆完全相同的寶石。", ring, false},
		{"ko-KR", "똑같은 원석은 두 개가 없습니다.", ring, false},
		// a count still blocks
		{"fi-FI", "Sormuksessa on kaksi safiiria.", ring, true},
		{"en-GB", "The ring is set with two sapphires.", ring, true},
		{"tr-TR", "Yüzükte iki safir var.", ring, true},
		{"de-DE", "Zwei Saphire schmücken den Ring.", ring, true},
	})
}

// partiRing19 is the probe20a ring: one natural parti sapphire (blue-green
// and yellow) and six diamonds in 14k white gold.
func partiRing19() core.Product {
	return core.Product{SKU: "N19", Name: "Parti Sapphire Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"14k white gold", "sapphire", "diamond"},
		Metals:    []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue-green and yellow", Count: 1, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 6, Origin: core.OriginNatural}},
		Colours: []string{"blue-green", "yellow", "white"}}
}
