package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Vitreous enamel is glass (#13, the eighteenth blind set's released half):
// a cloisonné bangle of vitreous enamel on copper described in Turkish as
// "cam gibi derinliği olan alanlar" (fields with a glass-like depth)
// blocked grounding.material, "cam" (glass) not being among the product's
// materials. Vitreous enamel is powdered glass fused to metal in a kiln
// (Encyclopaedia Britannica, "enamelwork"): vocab/canon.yaml makes it
// enamel and glass, and the English vocabulary reads "vitreous", "kiln-fired",
// "glass" and "grand feu" enamel as it. Every language's word for glass
// passes on it; glass on a product of bare enamel (which may be a cold,
// resin enamel) or without enamel still blocks.
func TestKindsVitreousEnamel17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	vit := core.Product{SKU: "E17", Name: "Lotus Bangle", Category: "bangle", Collection: "Timeless",
		Materials: []string{"copper", "vitreous enamel"}, Metals: []core.Metal{{Base: "copper"}},
		Colours:  []string{"cobalt blue", "turquoise", "white", "red"},
		Features: []string{"handmade", "kiln-fired enamel", "slip-on"}}
	fired := vit
	fired.Materials = []string{"copper", "enamel"}
	fired.Features = []string{"kiln-fired enamel"}
	bare := vit
	bare.Materials = []string{"copper", "enamel"}
	bare.Features = []string{"slip-on"}
	plain := vit
	plain.Materials = []string{"copper"}
	plain.Features = []string{"slip-on"}
	checkKindRows(t, svc, "", []kindRow{
		{"tr-TR", "Bakır bir gövde üzerinde, cam gibi derinliği olan mine alanlar çıkar.", vit, false},
		{"tr-TR", "Hücreler, fırında bakıra kaynaşan camla doldurulur.", vit, false},
		{"en-GB", "Each cell is filled with coloured glass, fired onto copper.", vit, false},
		{"en-US", "The enamel is glass fused to copper in a kiln.", vit, false},
		{"en-AU", "Cells of glass enamel on a copper bangle.", vit, false},
		{"fr-FR", "Chaque cellule est remplie de verre coloré, fondu sur le cuivre.", vit, false},
		{"fr-CA", "L'émail est un verre fondu sur le cuivre.", vit, false},
		{"de-DE", "Jede Zelle ist mit farbigem Glas gefüllt, das auf Kupfer geschmolzen wird.", vit, false},
		{"it-IT", "Ogni cella è riempita di vetro colorato, fuso sul rame.", vit, false},
		{"es-ES", "Cada celda se rellena de vidrio de color, fundido sobre el cobre.", vit, false},
		{"es-MX", "El esmalte es vidrio fundido sobre cobre.", vit, false},
		{"pt-PT", "Cada célula é preenchida com vidro colorido, fundido sobre o cobre.", vit, false},
		{"pt-BR", "O esmalte é vidro fundido sobre o cobre.", vit, false},
		{"nl-NL", "Elke cel is gevuld met gekleurd glas, op het koper gesmolten.", vit, false},
		{"sv-SE", "Varje cell fylls med färgat glas som smälts fast på kopparn.", vit, false},
		{"da-DK", "Hver celle fyldes med farvet glas, smeltet fast på kobberet.", vit, false},
		{"nb-NO", "Hver celle fylles med farget glass, smeltet fast på kobberet.", vit, false},
		{"fi-FI", "Jokainen kenno täytetään värillisellä lasilla, joka sulatetaan kupariin.", vit, false},
		{"pl-PL", "Każda komórka jest wypełniona kolorowym szkłem, stopionym na miedzi.", vit, false},
		{"cs-CZ", "Každá buňka je vyplněna barevným sklem nataveným na měď.", vit, false},
		{"el-GR", "Κάθε κελί γεμίζει με χρωματιστό γυαλί, λιωμένο πάνω στον χαλκό.", vit, false},
		{"ja-JP", "銅の上に色ガラスを焼き付けた七宝のバングルです。", vit, false},
		{"ko-KR", "구리 위에 색유리를 녹여 붙인 칠보 뱅글입니다.", vit, false},
		{"zh-CN", "每个格子都填满彩色玻璃，在铜上烧制而成。", vit, false},
		{"zh-TW", "每個格子都填滿彩色玻璃，在銅上燒製而成。", vit, false},
		{"ar-AE", "كل خلية مملوءة بزجاج ملون مصهور على النحاس.", vit, false},
		// the feature "kiln-fired enamel" says the enamel is vitreous
		{"en-GB", "Each cell is filled with coloured glass, fired onto copper.", fired, false},
		{"tr-TR", "Bakır bir gövde üzerinde, cam gibi derinliği olan mine alanlar çıkar.", fired, false},
		// glass on bare enamel or on no enamel still blocks
		{"en-GB", "Each cell is filled with coloured glass on copper.", bare, true},
		{"tr-TR", "Bakır bir gövde üzerinde cam alanlar çıkar.", bare, true},
		{"de-DE", "Ein Armreif aus Kupfer mit farbigem Glas.", plain, true},
		{"fr-FR", "Un jonc en cuivre serti de verre coloré.", plain, true},
	})
}
