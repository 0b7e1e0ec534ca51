package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A care warning that something can fade is the opposite of a claim that
// it will not (#13, left17a; probe17b fi-FI P17b02): "suojaa sitä
// hajusteilta, sillä väri voi haalistua" (keep it from perfume, as the
// colour can fade) blocked claim.tarnish_proof as protection from fading.
// The fading said possible (can, may) after a care instruction warns; a
// protection or a denial of fading still claims.
func TestKindsCareFade17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	how := core.Product{SKU: "C17", Name: "Howlite Bead Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"howlite", "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "howlite", Colour: "turquoise blue", Count: 21, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"turquoise blue", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"fi-FI", "Riisu se ennen suihkua ja suojaa sitä hajusteilta, sillä väri voi haalistua ajan myötä.", how, false},
		{"en-GB", "Take it off before showering and protect it from perfume, as the colour can fade over time.", how, false},
		{"de-DE", "Vor dem Duschen abnehmen und vor Parfüm schützen, da die Farbe mit der Zeit verblassen kann.", how, false},
		{"fr-FR", "Retirez-le avant la douche et protégez-le du parfum, car la couleur peut s'estomper avec le temps.", how, false},
		{"es-ES", "Quítatela antes de ducharte y protégela del perfume, ya que el color puede desvanecerse con el tiempo.", how, false},
		{"it-IT", "Toglilo prima della doccia e proteggilo dal profumo, perché il colore può sbiadire col tempo.", how, false},
		{"nl-NL", "Doe hem af voor het douchen en bescherm hem tegen parfum, want de kleur kan vervagen.", how, false},
		{"sv-SE", "Ta av det före duschen och skydda det mot parfym, eftersom färgen kan blekna med tiden.", how, false},
		{"pt-BR", "Retire antes do banho e proteja do perfume, pois a cor pode desbotar com o tempo.", how, false},
		{"pl-PL", "Zdejmij przed prysznicem i chroń przed perfumami, ponieważ kolor może z czasem blaknąć.", how, false},
		{"fr-FR", "Protégez-le du parfum, parce que la couleur peut ternir avec le temps.", how, false},
		{"el-GR", "Προστατέψτε το από το άρωμα, γιατί το χρώμα μπορεί να ξεθωριάσει.", how, false},
		// still claims
		{"fi-FI", "Pinnoite suojaa sitä haalistumiselta, joten väri ei haalistu koskaan.", how, true},
		{"en-GB", "The coating protects it from fading, so the colour will never fade.", how, true},
		{"de-DE", "Die Beschichtung schützt vor dem Verblassen: die Farbe verblasst nie.", how, true},
		{"fi-FI", "Suojaa sitä hajusteilta, sillä väri ei koskaan haalistu.", how, true},
		{"it-IT", "Il trattamento protegge dall'ossidazione e dallo sbiadimento.", how, true},
		{"es-ES", "Protégela del perfume, ya que nunca se oscurece.", how, true},
	})
}
