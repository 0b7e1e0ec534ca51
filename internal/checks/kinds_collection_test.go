package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsCollectionWrong (#13, collection_wrong): another collection of
// the brand named in the copy blocks as grounding in every locale, as
// written, glued into a compound ("Heritagekollektion", "Heritagemallisto"),
// spelt in katakana, Hangul, Greek or Arabic beside the word for a
// collection, and in a sentence whose cross-selling word is an attribute
// of the product's own category ("our stacking ring, part of the ...
// collection"). The product's own collection passes.
func TestKindsCollectionWrong(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "CL1", Name: "Ember Ring", Category: "ring", Collection: "Reflexions", Metals: []core.Metal{{Base: "sterling silver"}}, Colours: []string{"silver"}}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"another collection", p, CatGrounding, []lt{
			{"en-GB", "Our stacking ring, part of the Heritage collection, is polished by hand."},
			{"en-US", "This layering ring from the Heritage collection is polished by hand."},
			{"en-AU", "A stacking ring from our Heritage collection, polished by hand."},
			{"fr-FR", "Cette bague de la collection Heritage est polie à la main."},
			{"fr-CA", "Cette bague fait partie de la collection Heritage."},
			{"de-DE", "Der Ring aus der Heritagekollektion ist von Hand poliert."},
			{"it-IT", "Questo anello della collezione Heritage è lucidato a mano."},
			{"es-ES", "Este anillo de la colección Heritage está pulido a mano."},
			{"es-MX", "Este anillo forma parte de la colección Heritage."},
			{"pt-BR", "Este anel da coleção Heritage é polido à mão."},
			{"pt-PT", "Este anel faz parte da coleção Heritage."},
			{"nl-NL", "Deze ring uit de Heritagecollectie is met de hand gepolijst."},
			{"da-DK", "Ringen fra Heritagekollektionen er poleret i hånden."},
			{"nb-NO", "Ringen fra Heritagekolleksjonen er polert for hånd."},
			{"sv-SE", "Ringen ur Heritagekollektionen är handpolerad."},
			{"fi-FI", "Heritagemallistoon kuuluva sormus on kiillotettu käsin."},
			{"pl-PL", "Ten pierścionek z kolekcji Heritage jest polerowany ręcznie."},
			{"cs-CZ", "Tento prsten z kolekce Heritage je ručně leštěný."},
			{"el-GR", "Το δαχτυλίδι της συλλογής Χέριτατζ είναι γυαλισμένο στο χέρι."},
			{"tr-TR", "Heritage koleksiyonundaki bu yüzük elde parlatılmıştır."},
			{"ar-AE", "هذا الخاتم من مجموعة هيريتيج مصقول يدوياً."},
			{"ja-JP", "ヘリテージコレクションのリングは手作業で磨かれています。"},
			{"ko-KR", "헤리티지 컬렉션의 반지로, 손으로 연마했습니다."},
			{"zh-CN", "这枚戒指来自Heritage系列，经手工抛光。"},
			{"zh-TW", "這枚戒指來自Heritage系列，經手工拋光。"},
		}},
		{"own collection", p, "", []lt{
			{"en-GB", "Our stacking ring, part of the Reflexions collection, is polished by hand."},
			{"de-DE", "Der Ring aus der Reflexions-Kollektion ist von Hand poliert."},
			{"ja-JP", "Reflexionsコレクションのリングは手作業で磨かれています。"},
			{"ko-KR", "Reflexions 컬렉션의 반지로, 손으로 연마했습니다."},
			{"ar-AE", "هذا الخاتم من مجموعة Reflexions مصقول يدوياً."},
		}},
	})
}
