package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A composite stone's components (#13, composite19; probe19b P19b08):
// tiger iron is banded tiger's eye, red jasper and hematite; anyolite (ruby
// in zoisite) is green zoisite with ruby crystals; ruby in fuchsite ruby in
// green chromian mica; azurite-malachite both copper carbonates grown
// together (Mindat.org; GIA Gem Encyclopedia). Copy that names a component
// of the product's own composite stone ("the golden bands are tiger's eye",
// タイガーアイ, "rubis sur zoïsite") is true of it. Modelled as data:
// vocab/canon.yaml implies each component of the composite, never the
// reverse, so a tiger iron on a tiger's eye, or a ruby on a stone that
// holds none, still blocks.
func TestKindsComposite19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bead := func(stone, colour string, colours ...string) core.Product {
		return core.Product{SKU: "P19c", Name: "Bead Bracelet", Category: "bracelet", Collection: "Moments",
			Materials: []string{stone, "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones:  []core.Stone{{Type: stone, Colour: colour, Count: 21, Origin: core.OriginNatural}},
			Colours: append([]string{colour, "silver"}, colours...)}
	}
	ti := bead("tiger iron", "brown", "gold", "red", "black")
	an := bead("ruby in zoisite", "green", "red", "pink")
	rf := bead("ruby in fuchsite", "green", "red")
	am := bead("azurite-malachite", "blue", "green")
	te := bead("tiger's eye", "brown", "gold")
	he := bead("hematite", "grey")
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// failed before: a component of the product's own composite named
		{"en-GB", "Tiger iron layers golden tiger's eye, red jasper and silvery hematite in every bead.", ti, false},
		{"de-DE", "Tigereisen vereint goldenes Tigerauge, roten Jaspis und silbrigen Hämatit in jeder Perle.", ti, false},
		{"it-IT", "Il ferro tigrato unisce occhio di tigre dorato, diaspro rosso ed ematite argentata in ogni perla.", ti, false},
		{"nl-NL", "Tijgerijzer combineert goudkleurig tijgeroog, rode jaspis en zilverachtig hematiet in elke kraal.", ti, false},
		{"pl-PL", "Tygrysie żelazo łączy złociste tygrysie oko, czerwony jaspis i srebrzysty hematyt w każdym koraliku.", ti, false},
		{"ja-JP", "タイガーアイとレッドジャスパー、ヘマタイトが層をなすタイガーアイアンのビーズです。", ti, false},
		{"zh-CN", "每颗铁虎眼珠子都由虎眼石、红碧玉和赤铁矿层层交织而成。", ti, false},
		{"en-GB", "Ruby in zoisite sets pink ruby in green zoisite.", an, false},
		{"fr-FR", "Le rubis sur zoïsite mêle le rubis rouge à la zoïsite verte.", an, false},
		{"de-DE", "Rubin in Fuchsit zeigt roten Rubin in grünem Fuchsit.", rf, false},
		{"en-GB", "Azurite-malachite beads swirl deep blue azurite with green malachite.", am, false},
		{"es-ES", "Las cuentas de azurita-malaquita mezclan azurita azul y malaquita verde.", am, false},
		// passed before too (the composite's name unknown), must still pass
		{"fr-FR", "Le fer tigré associe œil de tigre doré, jaspe rouge et hématite argentée dans chaque perle.", ti, false},
		{"es-ES", "El hierro tigre combina ojo de tigre dorado, jaspe rojo y hematita plateada en cada cuenta.", ti, false},
		// still blocks: the composite on one of its parts, or a stone it lacks
		// (タイガーアイアン on tiger's eye passed before, unknown)
		{"en-GB", "Beads of tiger iron, banded with red jasper and hematite.", te, true},
		{"en-GB", "Tiger's eye beads with a warm golden shimmer.", he, true},
		{"ja-JP", "タイガーアイアンのビーズです。", te, true},
		{"en-GB", "Beads of ruby in zoisite, deep red ruby in green zoisite.", ti, true},
		{"en-GB", "Each bead is a polished ruby.", am, true},
	})
}
