package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A number word as a copula's predicate is no count (#13, probe17b,
// unique17): French "unique" and Spanish "único/única" are both "one" and
// "one of a kind", and "chaque pierre est unique", "cada pieza es única"
// (each stone, each piece is one of a kind, as natural stones are) blocked
// grounding.count as one stone per part in fr-CA and es-MX. A number word
// right after a copula (one word may stand between: "est vraiment unique")
// that counts no stone after it is the predicate; a number counting the
// stones after it ("ce sont deux pierres") and numbers before their stones
// still block.
func TestKindsUnique17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "U17", Name: "Cuff", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"brass", "amethyst"}, Metals: []core.Metal{{Base: "brass"}},
		Stones:  []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"gold", "purple"}}
	three := p
	three.Stones = []core.Stone{{Type: "amethyst", Colour: "purple", Count: 3, Origin: core.OriginNatural, Treatment: "none"}}
	rows := []kindRow{
		{"en-GB", "A natural amethyst sits on the brass cuff, and each stone is one of a kind.", p, false},
		{"en-US", "A natural amethyst sits on the brass cuff; every stone is unique.", p, false},
		{"en-AU", "A natural amethyst sits on the brass cuff, so each one is unique.", p, false},
		{"fr-FR", "Une améthyste naturelle orne la manchette en laiton, et chaque pierre est unique.", p, false},
		{"fr-CA", "Une améthyste naturelle orne le jonc en laiton ; chaque améthyste est vraiment unique.", p, false},
		{"de-DE", "Ein natürlicher Amethyst schmückt den Armreif aus Messing, und jeder Stein ist einzigartig.", p, false},
		{"it-IT", "Un'ametista naturale orna il bracciale in ottone, e ogni pietra è unica.", p, false},
		{"es-ES", "Una amatista natural adorna el brazalete de latón, por lo que cada piedra es única.", p, false},
		{"es-MX", "Una amatista natural adorna el brazalete de latón; cada amatista es realmente única.", p, false},
		{"pt-PT", "Uma ametista natural enfeita a pulseira de latão, e cada pedra é única.", p, false},
		{"pt-BR", "Uma ametista natural enfeita o bracelete de latão, e cada pedra é única.", p, false},
		{"nl-NL", "Een natuurlijke amethist siert de armband van messing, en elke steen is uniek.", p, false},
		{"sv-SE", "En naturlig ametist pryder armbandet i mässing, och varje sten är unik.", p, false},
		{"da-DK", "En naturlig ametyst pryder armbåndet i messing, og hver sten er unik.", p, false},
		{"nb-NO", "En naturlig ametyst pryder armbåndet i messing, og hver stein er unik.", p, false},
		{"fi-FI", "Luonnon ametisti koristaa messinkistä rannekorua, ja jokainen kivi on ainutlaatuinen.", p, false},
		{"pl-PL", "Naturalny ametyst zdobi bransoletę z mosiądzu, a każdy kamień jest jedyny w swoim rodzaju.", p, false},
		{"cs-CZ", "Přírodní ametyst zdobí náramek z mosazi a každý kámen je jedinečný.", p, false},
		{"el-GR", "Ένας φυσικός αμέθυστος κοσμεί το βραχιόλι από ορείχαλκο και κάθε πέτρα είναι μοναδική.", p, false},
		{"tr-TR", "Doğal bir ametist pirinç bilekliği süslüyor ve her taş tektir.", p, false},
		{"ja-JP", "天然アメジストが真鍮のバングルを彩り、ひとつとして同じ石はありません。", p, false},
		{"ko-KR", "천연 자수정이 황동 뱅글을 장식하며, 각 스톤은 세상에 하나뿐입니다.", p, false},
		{"zh-CN", "天然紫水晶点缀黄铜手镯，每颗宝石都独一无二。", p, false},
		{"zh-TW", "天然紫水晶點綴黃銅手鐲，每顆寶石都獨一無二。", p, false},
		{"ar-AE", "حجر جمشت طبيعي يزين السوار النحاسي، وكل حجر فريد من نوعه.", p, false},
		// numbers counting the stones still block
		{"fr-FR", "Ce sont deux améthystes naturelles.", p, true},
		{"fr-CA", "Le jonc est serti d'une seule améthyste.", three, true},
		{"es-ES", "El brazalete tiene una única amatista.", three, true},
		{"es-MX", "Son cinco amatistas naturales.", p, true},
		{"fr-FR", "Chaque pierre est unique : deux améthystes naturelles ornent la manchette.", p, true},
		{"en-GB", "Each one is set with two amethysts.", p, true},
	}
	checkKindRows(t, svc, "", rows)
}
