package checks

import "testing"

// The one crystal a bicoloured stone's colours share is the stone's own
// (#13, probe20a: "el azul verdoso y el amarillo conviven dentro de un mismo
// cristal", "jossa sinivihreä ja keltainen kohtaavat samassa kiteessä" on a
// parti sapphire were read as a glass crystal the ring does not have). A
// parti sapphire, a watermelon tourmaline or an ametrine shows two colours
// in a single crystal (GIA gem encyclopedia). A word of sameness before the
// crystal word joins own_crystal_words in every pack; glass crystals on a
// natural stone's piece still block.
func TestKindsOwnCrystal19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := partiRing19()
	checkKindRows(t, svc, "grounding", []kindRow{
		{"es-MX", "Un óvalo en el que el azul verdoso y el amarillo conviven dentro de un mismo cristal.", ring, false},
		{"fi-FI", "Soikio, jossa sinivihreä ja keltainen kohtaavat samassa kiteessä.", ring, false},
		{"en-GB", "Blue-green and yellow meet in the same crystal.", ring, false},
		{"fr-FR", "Le bleu-vert et le jaune se rencontrent dans un même cristal.", ring, false},
		{"it-IT", "Il blu-verde e il giallo convivono nello stesso cristallo.", ring, false},
		{"pt-BR", "O azul-esverdeado e o amarelo convivem no mesmo cristal.", ring, false},
		{"de-DE", "Blaugrün und Gelb treffen sich im selben Kristall.", ring, false},
		{"nl-NL", "Blauwgroen en geel komen samen in hetzelfde kristal.", ring, false},
		{"sv-SE", "Blågrönt och gult möts i samma kristall.", ring, false},
		{"da-DK", "Blågrøn og gul mødes i den samme krystal.", ring, false},
		{"nb-NO", "Blågrønt og gult møtes i samme krystall.", ring, false},
		{"tr-TR", "Mavi-yeşil ve sarı aynı kristalde buluşuyor.", ring, false},
		// a glass crystal on the piece still blocks
		{"es-MX", "El anillo lleva un cristal brillante en el centro.", ring, true},
		{"en-GB", "The ring is set with sparkling crystals.", ring, true},
		{"de-DE", "Der Ring ist mit funkelnden Kristallen besetzt.", ring, true},
	})
}
