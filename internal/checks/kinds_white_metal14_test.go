package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// White as the colour of a white metal (#13, the fourteenth session's
// whitemetal14, released 14b): nb "Palladium er naturlig hvitt" and "en
// forlovelsesring i hvitt metall" on a palladium band whose colours are
// [silver] were blocked as a colour the product lacks. Platinum,
// palladium, white gold, silver, rhodium, titanium and steel are white
// metals; white said of the piece's white metal, or "white metal", is true
// of them. White on a yellow-gold piece, and another colour on the white
// one, still block.
func TestKindsWhiteMetal14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	band := core.Product{SKU: "H14W", Name: "Milgrain Band", Category: "ring", Collection: "Heritage",
		Materials: []string{"950 palladium"}, Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"silver"}}
	gold := core.Product{SKU: "H14Y", Name: "Court Band", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"yellow gold"}}
	for _, r := range []struct {
		p            core.Product
		locale, text string
		block        bool
	}{
		{band, "nb-NO", "En giftering i 950 palladium. Palladium er naturlig hvitt og lett på fingeren.", false},
		{band, "nb-NO", "En giftering i 950 palladium som passer fint sammen med en forlovelsesring i hvitt metall.", false},
		{band, "en-US", "A 950 palladium wedding band. Palladium is naturally white and light on the finger.", false},
		{band, "en-GB", "A palladium wedding band that pairs well with an engagement ring in a white metal.", false},
		{band, "da-DK", "En vielsesring i palladium. Palladium er naturligt hvidt og let på fingeren.", false},
		{band, "sv-SE", "En vigselring i palladium. Palladium är naturligt vitt och lätt på fingret.", false},
		{band, "de-DE", "Ein Ehering aus Palladium. Palladium ist von Natur aus weiß und leicht am Finger.", false},
		{band, "fr-FR", "Une alliance en palladium. Le palladium est naturellement blanc et léger au doigt.", false},
		{band, "es-ES", "Una alianza de paladio, que combina con un anillo de compromiso de metal blanco.", false},
		{band, "it-IT", "Una fede in palladio. Il palladio è naturalmente bianco e leggero al dito.", false},
		{band, "nl-NL", "Een trouwring van palladium. Palladium is van nature wit en licht aan de vinger.", false},
		{band, "pl-PL", "Obrączka z palladu, który jest naturalnie biały i lekki.", false},
		{band, "ja-JP", "パラジウムの結婚指輪です。パラジウムは白い金属で、軽い着け心地です。", false},
		{band, "zh-CN", "钯金婚戒，钯金天然呈白色，佩戴轻盈。", false},
		{band, "ko-KR", "팔라듐 웨딩 밴드입니다. 팔라듐은 흰색 금속으로 가볍습니다.", false},
		// white on a yellow-gold piece, another colour on the white one
		{gold, "en-US", "A white ring in 18k gold.", true},
		{gold, "nb-NO", "En hvit ring i 18 karat gull.", true},
		{gold, "de-DE", "Ein weißer Ring aus 18 Karat Gold.", true},
		{band, "nb-NO", "En gul giftering i palladium.", true},
		{band, "en-US", "A yellow palladium band.", true},
	} {
		blocked, fs := blockedIn(t, svc, "", r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}
