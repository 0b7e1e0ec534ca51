package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Relatives of the product's stone in a sentence of its nature, in the
// forms gemfamily25 did not read (#13, probe26k; the rare-material probe
// 26's aquamarine and nephrite blocked grounding.colour and
// grounding.stone in fr, es, da, pl, ar):
//   - a relative's colour variety: the colour in a clause that names a
//     relative (and not the piece's stone) is the relative's ("dont
//     l'émeraude est la variété verte", "la esmeralda es su variedad
//     verde", "smaragd er den grønne");
//   - a sentence joined by a semicolon is one sentence for the family rule
//     ("...minerales que llamamos jade; el otro es la jadeíta");
//   - the stone classed among minerals beside its relative, after the
//     stone and with no piece named ("La néphrite est l'un des deux
//     minéraux appelés jade, l'autre étant la jadéite").
//
// Controls: the colour said of the piece's own stone, and the piece said
// to be the relative, still block. (Seen, left: "set with jadeite" on a
// nephrite bangle passes before and after this kind.)
func TestKindsRelative26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	aqua := core.Product{SKU: "K26A", Name: "Sea Drop", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "aquamarine", Colour: "pale blue", Count: 1, Origin: "natural"}},
		Colours:   []string{"blue", "silver"}}
	neph := core.Product{SKU: "K26N", Name: "Spinach Bangle", Category: "bangle", Collection: "Heritage",
		Materials: []string{"nephrite jade"},
		Stones:    []core.Stone{{Type: "nephrite jade", Colour: "spinach green", Count: 1, Origin: "natural"}},
		Colours:   []string{"green"}}
	a := func(loc, text string) kindRow { return kindRow{loc, text, aqua, false} }
	ac := func(loc, text string) kindRow { return kindRow{loc, text, aqua, true} }
	n := func(loc, text string) kindRow { return kindRow{loc, text, neph, false} }
	nc := func(loc, text string) kindRow { return kindRow{loc, text, neph, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		a("en-GB", "Aquamarine is the blue variety of beryl; emerald is the green one."),
		ac("en-GB", "Aquamarine is the green variety of beryl."),
		a("fr-FR", "L'aigue-marine est la variété bleue du béryl, dont l'émeraude est la variété verte."),
		ac("fr-FR", "L'aigue-marine est la variété verte du béryl."),
		a("es-ES", "La aguamarina es la variedad azul del berilo; la esmeralda es su variedad verde."),
		ac("es-ES", "La aguamarina es la variedad verde del berilo."),
		a("it-IT", "L'acquamarina è la varietà azzurra del berillo, mentre lo smeraldo è la varietà verde."),
		ac("it-IT", "L'acquamarina è la varietà verde del berillo."),
		a("pt-BR", "A água-marinha é a variedade azul do berilo; a esmeralda é a variedade verde."),
		ac("pt-BR", "A água-marinha deste pingente é verde, a variedade verde do berilo."),
		a("de-DE", "Aquamarin ist die blaue Varietät des Berylls; der Smaragd ist die grüne."),
		ac("de-DE", "Aquamarin ist die grüne Varietät des Berylls."),
		a("nl-NL", "Aquamarijn is de blauwe variëteit van beril; smaragd is de groene."),
		ac("nl-NL", "Aquamarijn is de groene variëteit van beril."),
		a("da-DK", "Akvamarin er den blå varietet af beryl; smaragd er den grønne."),
		ac("da-DK", "Akvamarin er den grønne varietet af beryl."),
		a("sv-SE", "Akvamarin är den blå varieteten av beryll; smaragd är den gröna."),
		ac("sv-SE", "Akvamarin är den gröna varieteten av beryll."),
		a("pl-PL", "Akwamaryn to niebieska odmiana berylu; zieloną odmianą jest szmaragd."),
		ac("pl-PL", "Akwamaryn to zielona odmiana berylu."),
		a("cs-CZ", "Akvamarín je modrá odrůda berylu; zelenou odrůdou je smaragd."),
		ac("cs-CZ", "Akvamarín je zelená odrůda berylu."),
		a("ar-AE", "الأكوامارين هو الصنف الأزرق من البيريل، أما الزمرد فهو صنفه الأخضر."),
		ac("ar-AE", "الأكوامارين هو الصنف الأخضر من البيريل."),
		// jadeite beside nephrite
		n("fr-FR", "La néphrite est l'un des deux minéraux appelés jade, l'autre étant la jadéite."),
		nc("fr-FR", "Le jonc est en jadéite, un minéral rare."),
		n("es-ES", "La nefrita es uno de los dos minerales que llamamos jade; el otro es la jadeíta."),
		nc("es-ES", "La pulsera es de jadeíta, un mineral raro."),
		n("da-DK", "Nefrit er det ene af de to mineraler, vi kalder jade; det andet er jadeit."),
		nc("da-DK", "Armringen er af jadeit, et sjældent mineral."),
		n("pl-PL", "Nefryt to jeden z dwóch minerałów nazywanych jadeitem lub nefrytem; drugim jest jadeit."),
		nc("pl-PL", "Bransoleta jest z jadeitu, rzadkiego minerału."),
		n("en-GB", "Nephrite is one of the two minerals sold as jade; the other is jadeite."),
		nc("en-GB", "The bangle is jadeite, a rare mineral."),
		n("de-DE", "Nephrit ist eines der zwei Minerale, die man Jade nennt; das andere ist Jadeit."),
		nc("de-DE", "Der Armreif ist aus Jadeit, einem seltenen Mineral."),
		n("it-IT", "La nefrite è uno dei due minerali chiamati giada; l'altro è la giadeite."),
		nc("it-IT", "Il bracciale è in giadeite, un minerale raro."),
		n("nl-NL", "Nefriet is een van de twee mineralen die jade heten; het andere is jadeïet."),
		nc("nl-NL", "De armband is van jadeïet, een zeldzaam mineraal."),
	})
}
