package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Verb-second denial (#13, probe26k: de "Gold enthält es trotz seines
// Namens nicht" on goldstone blocked grounding.material): in German, Dutch
// and the Scandinavian languages a fronted object or predicate is denied by
// a negator that closes the clause. A fact opening its clause, followed by
// a verb of containing, having or being and closed by the clause-final
// negator, is denied. Controls: the negator elsewhere ("Gold enthält es,
// nicht Silber") or another verb ("Gold verliert seinen Glanz nicht")
// still state gold on a silver piece.
func TestKindsFrontedNegation26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := core.Product{SKU: "K26V", Name: "Spark Beads", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "goldstone"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "goldstone", Colour: "reddish brown", Count: 12, Origin: "simulant"}},
		Colours:   []string{"brown", "silver"}}
	p := func(loc, text string) kindRow { return kindRow{loc, text, silver, false} }
	b := func(loc, text string) kindRow { return kindRow{loc, text, silver, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		p("de-DE", "Gold enthält es trotz seines Namens nicht."),
		b("de-DE", "Gold enthält es, nicht Silber."),
		b("de-DE", "Gold verliert seinen Glanz nicht."),
		p("de-DE", "Gold ist es trotz des Namens nicht."),
		b("de-DE", "Gold ist es, und zwar massiv."),
		p("nl-NL", "Goud bevat het ondanks de naam niet."),
		b("nl-NL", "Goud bevat het, geen zilver."),
		p("sv-SE", "Guld innehåller den trots namnet inte."),
		b("sv-SE", "Guld innehåller den, inte silver."),
		p("da-DK", "Guld indeholder den trods navnet ikke."),
		b("da-DK", "Guld indeholder den, ikke sølv."),
		p("nb-NO", "Gull inneholder den tross navnet ikke."),
		b("nb-NO", "Gull inneholder den, ikke sølv."),
	})
}
