package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Protecting the stone is care, not a claim (#13, the seventeenth blind
// set's released half): "Zargen skyddar stenens kant" (the bezel protects
// the stone's edge) on a moss agate ring blocked claim.health in sv-SE. A
// setting, a finish or a case that protects the piece, the stone or a
// surface is construction or care; protection of the wearer from harm,
// bad luck or the evil eye is still a claim (FTC Act section 5; EU UCPD
// 2005/29/EC Annex I no. 17; UK CAP Code 12.1).
func TestKindsProtectStone18(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	moss := core.Product{SKU: "P18", Name: "Oval Moss Agate Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"9ct yellow gold", "moss agate"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9ct"}},
		Stones:  []core.Stone{{Type: "moss agate", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"green", "gold"}, Features: []string{"bezel set"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"sv-SE", "Zargen skyddar stenens kant, och skenan är bekväm att bära.", moss, false},
		{"sv-SE", "Infattningen skyddar stenen mot stötar.", moss, false},
		{"da-DK", "Zargen beskytter stenens kant, og skinnen er behagelig at bære.", moss, false},
		{"nb-NO", "Zargen beskytter steinens kant mot støt.", moss, false},
		{"de-DE", "Die Zarge schützt die Kante des Steins vor Stößen.", moss, false},
		{"nl-NL", "De zetting beschermt de rand van de steen.", moss, false},
		{"en-GB", "The bezel protects the stone's edge from knocks.", moss, false},
		{"fr-FR", "Le serti clos protège le bord de la pierre.", moss, false},
		{"es-ES", "El engaste en bisel protege el borde de la piedra.", moss, false},
		{"it-IT", "La castonatura protegge il bordo della pietra.", moss, false},
		{"pt-BR", "O engaste protege a borda da pedra.", moss, false},
		{"pl-PL", "Oprawa chroni krawędź kamienia przed uderzeniami.", moss, false},
		{"fi-FI", "Kehysistutus suojaa kiven reunaa iskuilta.", moss, false},
		{"cs-CZ", "Obruba chrání hranu kamene před nárazy.", moss, false},
		{"en-GB", "A bezel setting protects stones from knocks.", moss, false},
		{"nb-NO", "Innfatningen beskytter steinen mot riper.", moss, false},
		{"sv-SE", "Förvara ringen i en påse som skyddar ytan mot repor.", moss, false},
		// protection of the wearer is still a claim
		{"sv-SE", "Mossagat skyddar dig mot olyckor och otur.", moss, true},
		{"sv-SE", "Stenen skyddar bäraren mot negativ energi.", moss, true},
		{"de-DE", "Der Stein schützt seine Trägerin vor negativer Energie.", moss, true},
		{"en-GB", "Moss agate protects the wearer from negative energy.", moss, true},
		{"sv-SE", "Mossagat är en skyddande sten för resenärer.", moss, true},
		{"nb-NO", "Moseagat er en beskyttende stein.", moss, true},
		{"en-GB", "Moss agate is a protective stone.", moss, true},
		{"en-GB", "Moss agate, a protection stone of old.", moss, true},
		{"sv-SE", "Mossagat sägs ha skyddande energi.", moss, true},
	})
}
