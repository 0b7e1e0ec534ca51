package checks

import "testing"

// lead59Clino is the lead's clinohumite studs (blind set 59's pool A).
var lead59Clino = misses49Product(`{"sku": "L59-3", "name": "Clinohumite Studs", "category": "earrings", "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "clinohumite", "colour": "orange", "count": 2, "origin": "natural"}], "colours": ["orange", "gold"]}`)

// lead59Hoops is the lead's own product for blind set 59's pool (#13,
// lead59): pearl drop hoops, three cultured pearls a hoop.
var lead59Hoops = misses49Product(`{"sku": "L59-22", "name": "Pearl Hoops", "category": "earrings", "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "cultured freshwater pearl", "colour": "white", "count": 6}], "colours": ["white", "gold"]}`)

// TestKindsLead59 (#13, lead59): true copy of the lead's own on blind set
// 59's pool that blocked on main 1c518ce2. The Finnish verb riippua (to
// hang) in "riippuu" stems with riipus (a pendant) and was read as another
// category on earrings (fi-FI pack: an ignore form of the verb). A piece
// noun in the name of a material's grade ("kristaller av
// smyckeskvalitet", gem-quality crystals; da and nb "smykkekvalitet", tr
// "mücevher kalitesinde") made a sentence about the mineral the piece's, so
// its crystals read as glass crystal (grounding/quality_grade59.go); so did
// a piece noun after "enough … for" ("Kristalle, die klar genug für
// Schmuck sind": held-out 59 de-DE and nb-NO, read after the sealed end).
func TestKindsLead59(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(lead59Hoops, false, [][2]string{
		{"fi-FI", "Kustakin renkaasta riippuu kolme helmeä, yhteensä kuusi, 14 karaatin keltakultaa."},
		{"fi-FI", "Jokaisesta renkaasta riippuu kolme viljeltyä makeanveden helmeä."},
	}))
	checkKindRows(t, svc, "", pairRows(lead59Clino, false, [][2]string{
		{"sv-SE", "Klinohumit hör till humitgruppen, och kristaller av smyckeskvalitet hittades först på 1980-talet i Pamirbergen i Tadzjikistan."},
		{"sv-SE", "Klinohumit är sällsynt, och kristaller av smyckeskvalitet hittades först på 1980-talet."},
		{"da-DK", "Klinohumit er sjælden: krystaller i smykkekvalitet blev først fundet i 1980'erne i Tadsjikistan."},
		{"nb-NO", "Klinohumitt er sjelden: krystaller av smykkekvalitet ble først funnet på 1980-tallet i Tadsjikistan."},
		{"tr-TR", "Klinohumit nadirdir: mücevher kalitesinde kristaller ancak 1980'lerde Tacikistan'da bulundu."},
		// "enough … for jewellery" (held-out 59's de-DE and nb-NO 59A03, read after the sealed end).
		{"de-DE", "Klinohumit ist lange bekannt, doch Kristalle, die klar genug für Schmuck sind, wurden erst in den 1980er-Jahren gefunden."},
		{"nl-NL", "Clinohumiet is al lang bekend, maar kristallen die helder genoeg zijn voor sieraden werden pas in de jaren tachtig gevonden."},
		{"pl-PL", "Klinohumit znany jest od dawna, ale kryształy wystarczająco przejrzyste do biżuterii znaleziono dopiero w latach 80."},
	}))
}

// TestKindsLead59Bad: the pendant word itself still names another
// category on earrings.
func TestKindsLead59Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(lead59Hoops, true, [][2]string{
		{"fi-FI", "Tämä kaulariipus on 14 karaatin keltakultaa, ja siinä on kuusi helmeä."},
		{"fi-FI", "Kaunis riipus kuudella helmellä, 14 karaatin keltakultaa."},
	}))
	// Crystals set in the piece, or the piece itself named, are the piece's.
	checkKindRows(t, svc, "grounding", pairRows(lead59Clino, true, [][2]string{
		{"sv-SE", "Smycket pryds av kristaller av smyckeskvalitet."},
		{"da-DK", "Smykket er besat med krystaller i smykkekvalitet."},
		{"tr-TR", "Bu mücevher, mücevher kalitesinde kristallerle süslenmiştir."},
		{"en-GB", "The studs are set with jewellery-quality crystals."},
		{"de-DE", "Der Ring ist mit Kristallen besetzt, klar genug für Schmuck."},
	}))
}
