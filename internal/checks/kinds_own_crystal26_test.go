package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The crystals of a stone in the forms mineral_crystal25 did not read
// (#13, probe26k; the rare-material probe 26 blocked grounding.stone on
// them in 9 languages):
//   - the crystal in a story of its cooling ("As the crystal cooled",
//     "Beim Abkühlen des Kristalls", "Raffreddandosi, il cristallo", "Při
//     chladnutí krystalu"): cooling words join crystal_growth_words;
//   - the crystal's habit (fibrous, hexagonal, prismatic, cubic,
//     needle-like: Mindat "Crystal habit"; "de sekskantede krystaller",
//     "De fibrøse krystaller") joins own_crystal_words;
//   - an own word as its predicate ("each crystal is natural", "ogni
//     cristallo è naturale"); "this crystal" alone stays glass until the
//     copy has named the stone's crystal (TestKindsMineralCrystal25);
//   - crystals of a metal grown in a glass ("crystals of metallic copper",
//     "Kristalle aus metallischem Kupfer", goldstone), on any piece.
//
// sv kristall, nb krystall, fi kide, ar بلورة, ja 結晶, ko 결정 and zh 晶体
// name mineral crystals only and were never read as glass crystal, so
// they have no rows here (the cooling and habit words are in their packs
// for the family and growth rules all the same).
//
// Controls: glass crystals said of the piece ("set with sparkling crystals
// that form a halo") still block on each product, and so does the same
// sentence on a piece with no natural crystalline stone.
func TestKindsOwnCrystal26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	moon := core.Product{SKU: "K26L", Name: "Blue Flash Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"9k yellow gold"},
		Metals:    []core.Metal{{Base: "gold", Fineness: "9k"}},
		Stones:    []core.Stone{{Type: "labradorite", Colour: "grey with blue flash", Count: 1, Origin: "natural"}},
		Colours:   []string{"grey", "blue", "gold"}}
	beryl := core.Product{SKU: "K26B", Name: "Sea Drop", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "aquamarine", Colour: "pale blue", Count: 1, Origin: "natural"}},
		Colours:   []string{"blue", "silver"}}
	gold := core.Product{SKU: "K26G", Name: "Spark Beads", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"goldstone", "sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "goldstone", Colour: "reddish brown", Count: 12, Origin: "simulant"}},
		Colours:   []string{"brown", "copper"}}
	cz := core.Product{SKU: "K26Z", Name: "Clear Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1, Origin: "simulant"}},
		Colours:   []string{"clear", "silver"}}
	m := func(loc, text string) kindRow { return kindRow{loc, text, moon, false} }
	b := func(loc, text string) kindRow { return kindRow{loc, text, beryl, false} }
	g := func(loc, text string) kindRow { return kindRow{loc, text, gold, false} }
	rows := []kindRow{
		// cooling
		m("en-GB", "As the crystal slowly cooled, thin layers formed inside it."),
		m("en-US", "Thin layers appeared in the crystal as it was cooling deep underground."),
		m("de-DE", "Beim langsamen Abkühlen des Kristalls entstanden feine Schichten."),
		m("fr-FR", "En refroidissant, le cristal a formé de fines lamelles."),
		m("es-ES", "Al enfriarse, el cristal formó finas láminas."),
		m("it-IT", "Raffreddandosi lentamente, il cristallo ha formato lamelle sottili."),
		m("pt-BR", "Ao esfriar, o cristal formou lâminas finas."),
		m("nl-NL", "Tijdens het afkoelen vormde het kristal dunne laagjes."),
		m("pl-PL", "Podczas stygnięcia kryształu powstały cienkie warstwy."),
		m("cs-CZ", "Při chladnutí krystalu vznikly tenké vrstvy."),
		m("tr-TR", "Kristal soğurken içinde ince katmanlar oluştu."),
		m("el-GR", "Κατά την ψύξη του κρυστάλλου σχηματίστηκαν λεπτά στρώματα."),
		// habit
		b("en-GB", "In granite pegmatites its hexagonal crystals can reach a great size."),
		b("de-DE", "Seine sechseckigen Kristalle werden in Pegmatiten sehr groß."),
		b("fr-FR", "Dans les pegmatites, ses cristaux hexagonaux deviennent très grands."),
		b("es-MX", "En las pegmatitas, sus cristales hexagonales llegan a ser enormes."),
		b("it-IT", "Nelle pegmatiti i cristalli esagonali diventano molto grandi."),
		b("pt-PT", "Nos pegmatitos, os cristais hexagonais chegam a ser enormes."),
		b("nl-NL", "In pegmatieten worden de zeshoekige kristallen heel groot."),
		b("da-DK", "I pegmatitter bliver de sekskantede krystaller meget store."),
		b("pl-PL", "W pegmatytach sześciokątne kryształy bywają ogromne."),
		b("cs-CZ", "V pegmatitech bývají šestiboké krystaly obrovské."),
		b("tr-TR", "Pegmatitlerde altıgen kristaller çok büyük olabilir."),
		b("el-GR", "Στους πηγματίτες οι εξαγωνικοί κρύσταλλοι γίνονται πολύ μεγάλοι."),
		// predicate
		b("en-AU", "Each crystal is natural, so its colour varies a little."),
		b("it-IT", "Poiché ogni cristallo è naturale, la sfumatura varia leggermente."),
		b("es-ES", "Cada cristal es natural, así que su tono varía un poco."),
		b("fr-CA", "Chaque cristal est naturel : sa teinte varie légèrement."),
		// crystals of a metal
		g("en-GB", "As the glass cools, tiny crystals of metallic copper form inside it."),
		g("de-DE", "Beim Abkühlen bilden sich winzige Kristalle aus metallischem Kupfer."),
		g("es-MX", "Al enfriarse se forman diminutos cristales de cobre metálico."),
		g("pt-PT", "Ao arrefecer formam-se minúsculos cristais de cobre metálico."),
		g("nl-NL", "Bij het afkoelen ontstaan piepkleine kristallen van metallisch koper."),
		g("fr-FR", "En refroidissant, de minuscules cristaux de cuivre métallique se forment."),
		g("it-IT", "Raffreddandosi, si formano minuscoli cristalli di rame metallico."),
		g("sv-SE", "När glaset svalnar bildas små kristaller av metalliskt koppar."),
	}
	control := func(r kindRow) (core.Product, bool) {
		if r.p.SKU == "K26G" {
			return core.Product{}, false
		}
		return cz, true
	}
	checkOwnAndControl(t, svc, "grounding", rows, control)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The ring is set with sparkling crystals that form a halo.", moon, true},
		{"en-GB", "The pendant is set with sparkling crystals that form a halo.", beryl, true},
		{"de-DE", "Der Anhänger ist mit funkelnden Kristallen besetzt.", beryl, true},
		{"en-GB", "As the glass cools, tiny crystals of gold form inside it.", gold, true},
		{"es-MX", "Al enfriarse se forman diminutos cristales de oro.", gold, true},
		{"en-GB", "The bracelet is set with sparkling crystals in silver.", gold, true},
	})
}
