package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsCloseLanguage10 (issue #13: locale, a close language): Dutch
// and Afrikaans sentences inside English copy block; Danish copy in nb-NO
// whose Danish shows in one word or one spelling ("nogle", "efter",
// "hvad", "-hed") blocks and its Bokmål twin passes; Swedish inside
// nb-NO and da-DK blocks.
func TestKindsCloseLanguage10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	host := "The pendant is made of sterling silver and catches the light."
	var close, own []lt
	for _, loc := range []string{"en-AU", "en-GB", "en-US"} {
		close = append(close,
			lt{loc, host + " Deze hanger past bij elke outfit en is perfect voor elke dag."},
			lt{loc, host + " Hierdie hanger pas by enige uitrusting en is perfek vir elke dag."})
		own = append(own, lt{loc, host + " It goes with every outfit and is perfect for every day."})
	}
	close = append(close,
		lt{"nb-NO", "Nogle smykker passer til alt, og dette er et af dem."},
		lt{"nb-NO", "Du kan bære det hver dag, også efter en lang dag på kontoret."},
		lt{"nb-NO", "Hvad du enn har på, passer det til det."},
		lt{"nb-NO", "En liten detalj med stor skønhed."},
		lt{"nb-NO", "Bær den også efter jobben."},
		lt{"nb-NO", "Anhenget er laget av sølv. Hänget passar till allt och är vackert."},
		lt{"da-DK", "Vedhænget er lavet af sølv. Hänget passar till allt och är vackert."},
	)
	own = append(own,
		lt{"nb-NO", "Noen smykker passer til alt, og dette er ett av dem."},
		lt{"nb-NO", "Du kan bære det hver dag, også etter en lang dag på kontoret."},
		lt{"nb-NO", "Hva du enn har på, passer det til det."},
		lt{"nb-NO", "En liten detalj med stor skjønnhet."},
		lt{"nb-NO", "Bær den også etter jobben."},
		lt{"da-DK", "Nogle smykker passer til alt, og dette er et af dem."},
		lt{"da-DK", "Du kan bære det hver dag efter arbejde."},
	)
	runKinds(t, c, guide(t), []kindTable{
		{"a close language's sentence", c9SilverPendant, CatLocale, close},
		{"the locale's own language", c9SilverPendant, "", own},
	})
}
