package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A rare gem species named on another stone (#13, unknown_vocab, the
// seventeenth blind set's released half): "un cristallo di danburite
// naturale" on Herkimer quartz earrings passed, no pack knowing danburite
// (its own species, a calcium borosilicate; GIA Gem Encyclopedia), so the
// word was read as nothing. Danburite, andalusite and azurite join the
// reference list (grounding/testdata/gems17.yaml) and every pack: named on
// a quartz they block, named on their own product they pass.
func TestKindsDanburite17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	qz := core.Product{SKU: "Q17", Name: "Herkimer Quartz Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"Herkimer quartz", "14/20 gold-filled"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "quartz", Colour: "clear", Count: 2, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"clear", "gold"}}
	dan := qz
	dan.Name, dan.Materials = "Danburite Earrings", []string{"danburite", "14/20 gold-filled"}
	dan.Stones = []core.Stone{{Type: "danburite", Colour: "clear", Count: 2, Origin: core.OriginNatural, Treatment: "none"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"it-IT", "Ogni gancio sospende un cristallo di danburite naturale biterminato.", qz, true},
		{"en-GB", "Each hook holds a natural danburite crystal.", qz, true},
		{"de-DE", "An jedem Haken hängt ein natürlicher Danburit.", qz, true},
		{"es-MX", "Cada gancho sostiene una danburita natural.", qz, true},
		{"pl-PL", "Na każdym haczyku wisi naturalny danburyt.", qz, true},
		{"fr-FR", "Chaque crochet porte une andalousite naturelle.", qz, true},
		{"en-US", "Each hook holds a polished azurite bead.", qz, true},
		{"ja-JP", "フックに天然のダンビュライトが揺れます。", qz, true},
		{"zh-CN", "每个耳钩垂挂一颗天然赛黄晶。", qz, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"it-IT", "Ogni gancio sospende una danburite naturale biterminata.", dan, false},
		{"en-GB", "Each hook holds a natural, uncut danburite.", dan, false},
		{"de-DE", "An jedem Haken hängt ein natürlicher Danburit.", dan, false},
	})
}
