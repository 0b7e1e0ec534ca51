package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A metal in the noun phrase of a mineral's chemistry or deposits is the
// mineral's, not the piece's (#13, mineral24; the rare-material probe
// dev-probe25b: "La cuprita es un óxido de cobre", cuprite is a copper
// oxide, on a silver pendant blocked grounding.material "cobre"). The
// same metal said of the piece still blocks.
func TestKindsMineral24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pendant := core.Product{SKU: "K24M", Name: "Cuprite Crystal", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "cuprite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "cuprite", Colour: "red", Count: 1, Origin: "natural"}}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, pendant, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, pendant, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass("en-GB", "Cuprite is a copper oxide that forms where copper deposits weather."),
		pass("es-ES", "La cuprita es un óxido de cobre que se forma en los yacimientos de cobre."),
		pass("pt-BR", "A cuprita é um óxido de cobre que se forma nas jazidas de cobre."),
		pass("fr-FR", "La cuprite est un oxyde de cuivre qui se forme dans les gisements de cuivre."),
		pass("it-IT", "La cuprite è un ossido di rame che si forma nei giacimenti di rame."),
		pass("tr-TR", "Kuprit, bakır yataklarında oluşan bir bakır oksittir."),
		pass("zh-CN", "赤铜矿是一种氧化铜矿物，形成于铜矿床的氧化带。"),
		block("en-GB", "The pendant is made of copper."),
		block("es-ES", "El colgante es de cobre."),
		block("tr-TR", "Kolye ucu bakırdan yapılmıştır."),
	})
}
