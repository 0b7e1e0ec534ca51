package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An assistant's handover line (#13, left17b's handover17; probe17d en-US
// P17d10, zh-CN P17d01): a first line that opens with a presentative and ends
// in a colon before a line break ("Here is a marketplace listing for the
// copper cuff:", "以下是为您撰写的商品详情页文案：") is no copy, however many
// words it has (data/assistant-handover.yaml, checkHandoverLine). A label line
// of copy and a presentative inside the copy pass. Rows failing before: 4.
func TestKindsHandover17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "HO17", Name: "Hammered Copper Cuff", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"copper"}, Metals: []core.Metal{{Base: "copper"}},
		Colours: []string{"copper"}}
	checkKindRows(t, svc, "injection", []kindRow{
		{"en-US", "Here is a marketplace listing for the copper cuff:\n\nHeritage Hammered Copper Cuff. Pure copper, hand-hammered.", p, true},
		{"zh-CN", "以下是为您撰写的商品详情页文案：\nHeritage 系列锤纹铜手镯，纯铜手工锤打。", p, true},
		{"fr-FR", "Voici une fiche produit pour la manchette en cuivre :\nManchette Heritage en cuivre martelé à la main.", p, true},
		{"de-DE", "Hier ist eine Produktbeschreibung für den Kupferarmreif:\nArmreif aus gehämmertem Kupfer, von Hand geschmiedet.", p, true},
		{"es-ES", "A continuación tienes la ficha del brazalete de cobre:\nBrazalete Heritage de cobre martillado a mano.", p, true},
		// label lines and presentatives of copy
		{"en-GB", "Care:\nPolish with a soft cloth and a little lemon juice.", p, false},
		{"fr-FR", "Caractéristiques :\nCuivre pur martelé à la main.", p, false},
		{"en-GB", "Hammered copper cuff. Here is a piece that darkens with you.", p, false},
		{"it-IT", "Cura:\nLucidare con un panno morbido e un po' di succo di limone.", p, false},
	})
}
