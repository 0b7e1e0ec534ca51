package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A gold colour compound is a colour (#13, the seventeenth blind set's
// released half): "die goldbraunen Steine" and "de goudbruine stenen" on a
// tiger's eye bracelet of stainless steel blocked grounding.material and
// regulatory.plating in de-DE and nl-NL, because any word starting with
// gold was read as the metal. Gold-brown, golden-yellow, gold-flecked and
// the like are the stone's colour (GIA, "Tiger's eye": golden yellow to
// golden brown chatoyant quartz), in the Germanic compounds and in the
// Romance phrases ("marrone dorato", "brun doré"); gold named as the
// piece's metal on steel still blocks (FTC 16 CFR 23.4).
func TestKindsGoldColour18(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	tiger := core.Product{SKU: "G18", Name: "Tiger's Eye Bead Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"tiger's eye", "stainless steel", "elastic cord"}, Metals: []core.Metal{{Base: "stainless steel"}},
		Stones:  []core.Stone{{Type: "tiger's eye", Colour: "golden brown", Count: 21, Origin: core.OriginNatural}},
		Colours: []string{"golden brown", "silver-tone"}}
	pieter := core.Product{SKU: "G18P", Name: "Pietersite Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "pietersite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "pietersite", Colour: "blue-grey and golden brown", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue-grey", "golden brown", "dark silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"de-DE", "Pietersit: blaugraue Wolken, durchzogen von goldbraunen Blitzen, in Sterlingsilber.", pieter, false},
		// hawk's eye named on pietersite is another stone: once caught only by the gold of "goldbraunen"
		{"de-DE", "Falkenauge: blaugraue Wolken, durchzogen von goldbraunen Blitzen, in Sterlingsilber.", pieter, true},
		{"en-GB", "Hawk's eye with gold-brown flashes, set in sterling silver.", pieter, true},
		{"de-DE", "Die goldbraunen Steine zeigen einen seidigen Lichtstreifen.", tiger, false},
		{"de-DE", "Die goldgelben und goldbraunen Bänder schimmern seidig.", tiger, false},
		{"de-DE", "Steine mit goldbraunen Blitzen und goldgesprenkelten Streifen.", tiger, false},
		{"nl-NL", "De goudbruine stenen tonen een zijdeachtige lichtband.", tiger, false},
		{"nl-NL", "Goudgele en goudbruine banden in elke kraal.", tiger, false},
		{"sv-SE", "De guldbruna stenarna har ett sidenlent ljusband.", tiger, false},
		{"da-DK", "De gyldenbrune sten har et silkeagtigt lysbånd.", tiger, false},
		{"da-DK", "De guldbrune sten har et silkeagtigt lysbånd.", tiger, false},
		{"nb-NO", "De gullbrune steinene har et silkeaktig lysbånd.", tiger, false},
		{"en-GB", "The gold-brown stones show a silky band of light.", tiger, false},
		{"en-GB", "The golden-brown stones show a silky band of light.", tiger, false},
		{"it-IT", "Le pietre marrone dorato mostrano una banda di luce setosa.", tiger, false},
		{"fr-FR", "Les pierres brun doré révèlent un reflet soyeux.", tiger, false},
		{"es-ES", "Las piedras marrón dorado muestran una banda de luz sedosa.", tiger, false},
		{"pt-BR", "As pedras castanho-douradas mostram uma faixa de luz sedosa.", tiger, false},
		{"fi-FI", "Kullanruskeat kivet näyttävät silkkisen valojuovan.", tiger, false},
		{"pl-PL", "Złotobrązowe kamienie mają jedwabisty pas światła.", tiger, false},
		{"cs-CZ", "Zlatohnědé kameny mají hedvábný světelný pruh.", tiger, false},
		{"el-GR", "Οι χρυσοκαφέ πέτρες δείχνουν μια μεταξένια λωρίδα φωτός.", tiger, false},
		{"tr-TR", "Altın kahverengi taşlar ipeksi bir ışık bandı gösterir.", tiger, false},
		{"tr-TR", "Altın sarısı ve kahverengi bantlar ipeksi parlar.", tiger, false},
		{"it-IT", "Bande giallo oro e marrone dorato in ogni perla.", tiger, false},
		{"fr-FR", "Des bandes jaune or et brun doré dans chaque perle.", tiger, false},
		{"es-ES", "Bandas amarillo oro y marrón dorado en cada cuenta.", tiger, false},
		{"pt-BR", "Faixas amarelo-ouro e castanho-dourado em cada conta.", tiger, false},
		// gold as the metal still blocks
		{"de-DE", "Die Perlen sind auf Gold gefädelt, mit einer Zwischenperle aus Gold.", tiger, true},
		{"nl-NL", "Een armband van goud met tijgeroogkralen.", tiger, true},
		{"sv-SE", "Ett armband i guld med tigeröga.", tiger, true},
		{"de-DE", "Ein Armband aus Goldbraun-Tigerauge und Gelbgold.", tiger, true},
		{"tr-TR", "Altın bir bileklik, kaplan gözü boncuklarla.", tiger, true},
		{"en-GB", "A gold bracelet strung with gold-brown tiger's eye.", tiger, true},
	})
}
