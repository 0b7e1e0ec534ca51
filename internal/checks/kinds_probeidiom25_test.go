package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Idioms of the rare-material probe read as claims, counts or assistant
// text (#13, stonefamily25; dev-probe25b), each fixed by its kind:
//   - a duration of a process in the material's history (sea glass tumbled
//     for years) is no durability promise: fr "éclats de verre, roulés
//     pendant des années" was blocked tarnish_proof (concepts-history25.yaml,
//     15 languages);
//   - a natural crystal or mineral is another subject than the metal: es "un
//     cristal de cuprita, sin pulir" (unpolished) was blocked tarnish_proof
//     (concepts-stone12.yaml, 19 languages);
//   - a count of sides or edges counts no stones: el "δύο πλευρές της
//     κεντρικής πέτρας" (two sides of the centre stone) was blocked
//     grounding.count; pl and cs read the same genitive (count_stops);
//   - a product-feature verb is no assistant lead-in: ar "لا يمكن تعديل مقاس
//     خاتم" (the ring cannot be resized) was blocked injection.assistant, the
//     stem of the head يمكنني (I can) reaching the impersonal يمكن and يمكنك.
//
// Each pass row has a control row that still blocks.
func TestKindsProbeIdiom25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	glass := core.Product{SKU: "K25I1", Name: "Sea Glass Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "sea glass"}, Metals: silver}
	cup := core.Product{SKU: "K25I2", Name: "Octahedron Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: silver,
		Stones: []core.Stone{{Type: "cuprite", Colour: "deep red", Count: 1, Origin: "natural"}}}
	hess := core.Product{SKU: "K25I3", Name: "Cinnamon Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "hessonite garnet", Colour: "orange", Count: 1, Origin: "natural"},
			{Type: "diamond", Colour: "clear", Count: 6, Origin: "natural"}}}
	band := core.Product{SKU: "K25I4", Name: "Koa Band", Category: "ring", Collection: "Heritage",
		Materials: []string{"tungsten carbide", "koa wood"}}
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "", []kindRow{
		pass(glass, "fr-FR", "Le verre de mer naît de simples éclats de verre, roulés pendant des années par les vagues et le sable."),
		block(glass, "fr-FR", "Le verre de mer garde son éclat pendant des années."),
		pass(cup, "es-ES", "Este colgante sostiene un cristal de cuprita de Namibia, sin pulir, con su forma octaédrica."),
		block(cup, "es-ES", "La plata brilla siempre sin pulir."),
		pass(hess, "el-GR", "Έξι διαμάντια στους ώμους φωτίζουν τις δύο πλευρές της κεντρικής πέτρας."),
		block(hess, "el-GR", "Έξι διαμάντια στους ώμους φωτίζουν τις δύο κεντρικές πέτρες."),
		pass(hess, "pl-PL", "Sześć diamentów rozświetla dwie strony środkowego kamienia."),
		block(hess, "pl-PL", "Sześć diamentów otacza dwa środkowe kamienie."),
		pass(hess, "cs-CZ", "Šest diamantů rozjasňuje dvě strany středového kamene."),
		block(hess, "cs-CZ", "Šest diamantů obklopuje dva středové kameny."),
		pass(band, "ar-AE", "لا يمكن تعديل مقاس خاتم من كربيد التنغستن، لذا يُنصح بالتأكد من المقاس."),
		pass(band, "ar-AE", "يمكنك تعديل طريقة ارتدائه كل يوم."),
		block(band, "ar-AE", "يمكنني تعديل النبرة إذا أردت."),
		block(band, "ar-AE", "يمكنني تعديل الوصف ليصبح أقصر."),
	})
}
