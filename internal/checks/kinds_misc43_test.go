package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	misc43Spinel24 = core.Product{SKU: "MI43S", Name: "Tennis Bracelet", Category: "bracelet", Collection: "Timeless", Materials: []string{"sterling silver", "black spinel"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "black spinel", Colour: "black", Count: 24, Origin: core.OriginNatural}}, Colours: []string{"black", "silver"}}
	misc43Spinel36 = core.Product{SKU: "MI43T", Name: "Tennis Bracelet", Category: "bracelet", Collection: "Timeless", Materials: []string{"sterling silver", "black spinel"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "black spinel", Colour: "black", Count: 36, Origin: core.OriginNatural}}, Colours: []string{"black", "silver"}}
)

// TestKindsMisc43Dozen (#13, dozen43): a counting noun multiplied by a
// number word ("two dozen black spinels", "deux douzaines", "dva tucty")
// is the product, 24, not the dozen alone (numbers.go times/multiply);
// "dozens of" is no count; "a dozen" on 24 stones and "two dozen" on 36
// still block.
func TestKindsMisc43Dozen(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	type dz struct{ locale, two, one string }
	for _, d := range []dz{
		{"en-GB", "The bracelet lines up two dozen black spinels, twelve along each half.", "The bracelet lines up a dozen black spinels."},
		{"en-US", "The bracelet lines up two dozen black spinels in sterling silver.", "The bracelet lines up a dozen black spinels."},
		{"de-DE", "Das Armband reiht zwei Dutzend schwarze Spinelle aneinander.", "Das Armband reiht ein Dutzend schwarze Spinelle aneinander."},
		{"fr-FR", "Le bracelet aligne deux douzaines de spinelles noirs.", "Le bracelet aligne une douzaine de spinelles noirs."},
		{"fr-CA", "Le bracelet aligne deux douzaines de spinelles noirs.", "Le bracelet aligne une douzaine de spinelles noirs."},
		{"es-ES", "La pulsera alinea dos docenas de espinelas negras.", "La pulsera alinea una docena de espinelas negras."},
		{"es-MX", "La pulsera alinea dos docenas de espinelas negras.", "La pulsera alinea una docena de espinelas negras."},
		{"it-IT", "Il bracciale allinea due dozzine di spinelli neri.", "Il bracciale allinea una dozzina di spinelli neri."},
		{"pt-BR", "A pulseira alinha duas dúzias de espinélios negros.", "A pulseira alinha uma dúzia de espinélios negros."},
		{"pt-PT", "A pulseira alinha duas dúzias de espinelas negras.", "A pulseira alinha uma dúzia de espinelas negras."},
		{"sv-SE", "Armbandet har två dussin svarta spineller i rad.", ""},
		{"da-DK", "Armbåndet har to dusin sorte spineller på række.", ""},
		{"nb-NO", "Armbåndet har to dusin svarte spineller på rad.", ""},
		{"fi-FI", "Rannekorussa on kaksi tusinaa mustaa spinelliä rivissä.", ""},
		{"pl-PL", "Bransoletka ma dwa tuziny czarnych spineli w rzędzie.", "Bransoletka ma tuzin czarnych spineli w rzędzie."},
		{"cs-CZ", "Náramek nese dva tucty černých spinelů v řadě.", "Náramek nese tucet černých spinelů v řadě."},
		{"tr-TR", "Bileklikte iki düzine siyah spinel sıralanır.", ""},
		{"el-GR", "Το βραχιόλι έχει δύο ντουζίνες μαύρα σπινέλια στη σειρά.", ""},
		{"nl-NL", "De armband telt twee dozijn zwarte spinellen op een rij.", ""},
	} {
		rows := []kindRow{{d.locale, d.two, misc43Spinel24, false}, {d.locale, d.two, misc43Spinel36, true}}
		if d.one != "" {
			rows = append(rows, kindRow{d.locale, d.one, misc43Spinel24, true})
		}
		checkKindRows(t, svc, "grounding", rows)
	}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The bracelet is set with dozens of tiny black spinels.", misc43Spinel24, false},
		{"fr-FR", "Le bracelet est serti de dizaines de minuscules spinelles noirs.", misc43Spinel24, false},
		{"en-GB", "The bracelet lines up three dozen black spinels.", misc43Spinel24, true},
	})
}

var (
	misc43SilverGarnet = core.Product{SKU: "MI43G", Name: "Rose Cut Studs", Category: "earrings", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "garnet", Colour: "red", Count: 2, Origin: core.OriginNatural}}, Colours: []string{"red", "silver"}}
	misc43SteelBangle = core.Product{SKU: "MI43B", Name: "Open Bangle", Category: "bangle", Collection: "Signature", Materials: []string{"PVD gold-coated stainless steel"},
		Metals: []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}}, Colours: []string{"gold"}}
)

// TestKindsMisc43OtherProduct (#13, othertr43): another piece offered
// beside this one where the language lists its modifiers before its noun
// with a comma between and marks the noun's case ("Aynı koleksiyondaki
// 14 ayar altın, inci detaylı bilezikle birlikte takabilirsiniz": scope.go
// listedBeforeOther), and a piece added to this one ("أضيفي إليه قلادة …
// من الفضة الإسترلينية": ar-AE category_cross_sell). The same facts said
// of the piece itself still block.
func TestKindsMisc43OtherProduct(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"tr-TR", "Aynı koleksiyondaki 14 ayar altın, inci detaylı bilezikle birlikte takabilirsiniz.", misc43SilverGarnet, false},
		{"tr-TR", "Aynı koleksiyondaki 14 ayar altın, inci detaylı bilezikle kombinleyin.", misc43SilverGarnet, false},
		{"tr-TR", "Küpeler 14 ayar altın, inci detaylı bilezikle birlikte takılabilir.", misc43SilverGarnet, true},
		{"tr-TR", "14 ayar altındır, inci detaylı bilezikle birlikte takabilirsiniz.", misc43SilverGarnet, true},
		{"tr-TR", "Aynı koleksiyondaki 14 ayar altın, inci detaylı küpeler çok şık.", misc43SilverGarnet, true},
		{"ar-AE", "ولإطلالة متناسقة، أضيفي إليه قلادة Signature من الفضة الإسترلينية.", misc43SteelBangle, false},
		{"ar-AE", "أضيفي إليها قلادة من الفضة الإسترلينية.", misc43SteelBangle, false},
		{"ar-AE", "هذا السوار من الفضة الإسترلينية، أضيفي إليه قلادة.", misc43SteelBangle, true},
		{"ar-AE", "أضيفي إليه لمسة من الفضة الإسترلينية.", misc43SteelBangle, true},
		{"en-GB", "For a matching look, add our Signature necklace in sterling silver.", misc43SteelBangle, false},
		{"en-GB", "The bangle is sterling silver; add our Signature necklace.", misc43SteelBangle, true},
	})
}
