package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A cut named after a stone names the cut (#13, probe17c: a green
// tourmaline in an emerald cut, zh-TW 祖母綠切割, blocked as the stone
// emerald). The emerald cut is a step cut (GIA, "Emerald cut"); it is said
// of any stone, so the cut's phrase in each language (emerald cut, corte
// esmeralda, Smaragd-Schliff, smaragd-slijpvorm, κοπή σμαραγδιού, 에메랄드
// 컷, 祖母绿切割, بقطع الزمرد) is no mention of emerald. An emerald named
// as a stone still blocks.
func TestKindsStoneCut17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	tour := core.Product{SKU: "T17", Name: "Green Tourmaline Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"14k yellow gold", "green tourmaline"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "tourmaline", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"green", "yellow gold"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"zh-TW", "祖母綠切割碧璽，尺寸8 x 6 mm。", tour, false},
		{"zh-CN", "祖母绿切割的碧玺。", tour, false},
		{"zh-CN", "祖母绿形绿色碧玺。", tour, false},
		{"de-DE", "Ein grüner Turmalin mit Smaragd-Schliff.", tour, false},
		{"es-MX", "Una turmalina verde en corte esmeralda.", tour, false},
		{"pt-BR", "Uma turmalina verde com corte esmeralda.", tour, false},
		{"nl-NL", "Een groene toermalijn in smaragd-slijpvorm.", tour, false},
		{"el-GR", "Πράσινη τουρμαλίνη σε κοπή σμαραγδιού.", tour, false},
		{"ko-KR", "에메랄드 컷 그린 투르말린.", tour, false},
		{"ar-AE", "تورمالين أخضر بقطع الزمرد.", tour, false},
		{"en-GB", "An emerald-shaped green tourmaline.", tour, false},
		// already passing, kept so
		{"en-GB", "An emerald-cut green tourmaline of 1.3 ct.", tour, false},
		{"fr-FR", "Une tourmaline verte taille émeraude.", tour, false},
		{"es-ES", "Una turmalina verde de talla esmeralda.", tour, false},
		{"sv-SE", "En smaragdslipad grön turmalin.", tour, false},
		{"ja-JP", "エメラルドカットのグリーントルマリン。", tour, false},
		// the stone emerald still blocks
		{"en-GB", "A green emerald set in yellow gold.", tour, true},
		{"zh-TW", "一顆祖母綠戒指。", tour, true},
		{"zh-CN", "镶嵌一颗祖母绿。", tour, true},
		{"es-MX", "Una esmeralda verde.", tour, true},
		{"de-DE", "Ein Smaragd in Gelbgold.", tour, true},
		{"ko-KR", "에메랄드 반지입니다.", tour, true},
		{"ar-AE", "خاتم من الزمرد.", tour, true},
		{"el-GR", "Ένα σμαράγδι σε χρυσό.", tour, true},
	})
}
