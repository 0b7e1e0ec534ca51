package checks

import "testing"

// read60bJeremejevite is held-out 60A nl-NL 60A03's ring: a natural
// mineral on Argentium silver, with no crystal on the piece.
var read60bJeremejevite = misses49Product(`{"sku": "R60B-1", "name": "Ring Jeremejeviet", "category": "ring", "metals": [{"base": "Argentium silver", "fineness": "935"}], "stones": [{"type": "jeremejevite", "colour": "pale blue", "count": 1, "origin": "natural"}], "colours": ["silver", "blue"]}`)

// read60bHauyne is held-out 60B tr-TR 60B03's pendant.
var read60bHauyne = misses49Product(`{"sku": "R60B-2", "name": "Mavi Göl", "category": "pendant", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "haüyne", "colour": "blue", "count": 1, "origin": "natural"}], "colours": ["silver", "blue"]}`)

// TestKindsRead60b: a natural mineral's own crystals whose scarcity is
// said in the next clause of their sentence: after a relative clause
// closed by a comma (nl "Kristallen die helder genoeg zijn om te slijpen,
// zijn schaars") or in a clause of consequence (tr "Kristalleri …
// geçmez, bu yüzden kesilmiş her taş bir nadirliktir"). nl and tr blocked
// on main as grounding.stone.
func TestKindsRead60b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", append(pairRows(read60bJeremejevite, false, [][2]string{
		{"nl-NL", "De Ring Jeremejeviet draagt een lichtblauwe jeremejeviet van 5 mm op een smalle band in Argentium-zilver 935. Jeremejeviet is een zeldzaam boraatmineraal. Kristallen die helder genoeg zijn om te slijpen, zijn schaars; de meeste komen uit Namibië."},
		{"de-DE", "Der Ring trägt einen hellblauen Jeremejevit auf Argentium-Silber 935. Jeremejevit ist ein seltenes Boratmineral. Kristalle, die klar genug zum Schleifen sind, sind selten."},
	}), pairRows(read60bHauyne, false, [][2]string{
		{"tr-TR", "Mavi Göl kolye, 925 ayar gümüş bir çerçevede 4 mm'lik mavi bir haüyn taşı taşıyor. Haüyn, sodalit grubunun bir üyesidir. Kristalleri çoğunlukla birkaç milimetreyi geçmez, bu yüzden kesilmiş her taş bir nadirliktir."},
	})...))
}

// TestKindsRead60bBad: crystals of the piece, whose next clause speaks of
// scarcity, still block on a piece without crystal.
func TestKindsRead60bBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(read60bJeremejevite, true, [][2]string{
		{"nl-NL", "De Ring Jeremejeviet draagt een lichtblauwe jeremejeviet. Kristallen die de ring omlijsten, maken hem zeldzaam."},
		{"en-GB", "The ring holds a pale blue jeremejevite. Crystals that frame the ring, set by hand, make it rare."},
		{"en-GB", "The ring holds a pale blue jeremejevite. Crystals surround the stone on this ring, which is rare."},
		{"en-GB", "The ring holds a pale blue jeremejevite. Clear crystals sparkle all around, and the ring is rare."},
		{"nl-NL", "De Ring Jeremejeviet draagt een lichtblauwe jeremejeviet. Kristallen die fonkelen, maken deze ring zeldzaam."},
	}))
}
