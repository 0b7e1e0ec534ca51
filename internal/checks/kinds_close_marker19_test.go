package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A close language's marker that is also a word of the locale's own
// language (#13, close_marker19, dev-probe19b da-DK): "… ved hver
// manchet" (Danish manchet, a shirt cuff) read as Norwegian Bokmål by its
// ending -het. The marker lists of da, nb, sv, de, nl, it, fr, es, cs and
// en-GB were checked against the locale's own dictionary (hunspell's
// lists, then DDO, Bokmålsordboka, SAOL, Duden, Van Dale, Treccani,
// Larousse, RAE, SSJČ): words of both languages left the lists (Danish
// gjort, slik, vært, laget, nydelig; Bokmål særlig, været, fødselsdag,
// laga; Swedish klut, brukar; Italian però, vai, combina, momento;
// French moi, joies; German nie, wann; Czech také, byť; Dutch nicht,
// halssnoer; English it'll), and own words an ending marks are listed as
// shared (Danish manchet, German Bescheid). Rows: one sentence of the
// locale's own words each that blocked before; sentences of the close
// language still block.
func TestKindsCloseMarker19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "CM19", Name: "Orbit Chain", Category: "necklace", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	checkKindRows(t, svc, "locale", []kindRow{
		{"da-DK", "Ingen sten er ens: bånd i beige, sand og dyb brun tegner et lille ørkenlandskab ved hver manchet.", p, false},
		{"da-DK", "Den er nydelig til både hverdag og fest.", p, false},
		{"nb-NO", "Den er særlig fin til hverdags og fest.", p, false},
		{"nb-NO", "Været kan skifte, men sølvet holder glansen.", p, false},
		{"nb-NO", "En fin gave til fødselsdag eller jul.", p, false},
		{"nb-NO", "Den er laga for hånd i Bergen av norsk sølv.", p, false},
		{"it-IT", "Vai sul sicuro: si combina con tutto.", p, false},
		{"da-DK", "Søde farver som slik.", p, false},
		{"cs-CZ", "Je také krásný, byť drobný.", p, false},
		// sentences of the close language still block
		{"da-DK", "Den er laget av sølv og er veldig lett å bruke hver dag.", p, true},
		{"nb-NO", "Den er lavet af sølv og er meget nem at bruge hver dag.", p, true},
		{"sv-SE", "Den er laget av sølv og er veldig lett å bruke.", p, true},
		{"it-IT", "También es muy bonito y se puede usar todos los días.", p, true},
		{"de-DE", "Deze ketting is niet alleen mooi maar ook heel sterk.", p, true},
		{"cs-CZ", "Neobsahuje nikel, je hypoalergénny a odolný voči černaniu.", p, true},
	})
}
