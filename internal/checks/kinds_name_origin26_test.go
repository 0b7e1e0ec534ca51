package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A sentence on where a stone's name comes from says what the stone is
// (#13, probe26k: "Der Name Aventurin stammt vom italienischen avventura",
// "De naam aventurijn komt van", "Nimi aventuriini tulee" on goldstone,
// aventurine glass, blocked grounding.stone and regulatory.imitation_named
// in de, nl, fi). Name nouns join stone_nature_words in the 19 packs and
// goldstone's family holds aventurine (canon stone_families: aventurine
// quartz was named after the glass; GIA). Controls: aventurine set in the
// piece still blocks.
func TestKindsNameOrigin26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	gold := core.Product{SKU: "K26O", Name: "Spark Beads", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"goldstone", "sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "goldstone", Colour: "reddish brown", Count: 12, Origin: "simulant"}},
		Colours:   []string{"brown", "silver"}}
	p := func(loc, text string) kindRow { return kindRow{loc, text, gold, false} }
	b := func(loc, text string) kindRow { return kindRow{loc, text, gold, true} }
	checkKindRows(t, svc, "", []kindRow{
		p("de-DE", "Der Name Aventurin geht auf das italienische Wort für Zufall zurück."),
		b("de-DE", "Das Armband ist mit Aventurin besetzt."),
		p("nl-NL", "De naam aventurijn gaat terug op het Italiaanse woord voor toeval."),
		b("nl-NL", "De armband is bezet met aventurijn."),
		p("fi-FI", "Nimi aventuriini juontuu italian sanasta, joka tarkoittaa sattumaa."),
		b("fi-FI", "Rannekorussa on aventuriinia."),
		p("en-GB", "The name aventurine goes back to the Italian word for chance."),
		b("en-GB", "The bracelet is set with aventurine."),
		p("fr-FR", "Le nom aventurine vient du mot italien qui signifie hasard."),
		b("fr-FR", "Le bracelet est orné d'aventurine."),
		p("es-ES", "El nombre aventurina procede de la palabra italiana para azar."),
		b("es-ES", "La pulsera lleva aventurina."),
		p("it-IT", "Il nome avventurina deriva dalla parola italiana per caso."),
		b("it-IT", "Il bracciale è impreziosito da avventurina."),
		p("sv-SE", "Namnet aventurin kommer från det italienska ordet för slump."),
		b("sv-SE", "Armbandet har pärlor av aventurin."),
		p("da-DK", "Navnet aventurin kommer af det italienske ord for tilfælde."),
		b("da-DK", "Armbåndet har kugler af aventurin."),
		p("pl-PL", "Nazwa awenturyn pochodzi od włoskiego słowa oznaczającego przypadek."),
		b("pl-PL", "Bransoletka ma koraliki z awenturynu."),
	})
}
