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

// read60bSilver is held-out 60A nb-NO 60A03's pendant: a natural mineral
// on sterling silver, which tarnishes.
var read60bSilver = misses49Product(`{"sku": "R60B-3", "name": "Anheng med brasilianitt", "category": "necklace", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "brazilianite", "colour": "yellow-green", "count": 1, "origin": "natural"}], "colours": ["silver", "green"]}`)

// TestKindsRead60bCarefree: the maintenance-free claim of tarnish_proof
// in a subordinate clause, where the Scandinavian negation stands before
// its verb ("sølvet, som … aldri trenger pussing", "som aldrig behöver
// putsas", "der aldrig behøver pudses"): carefree35 held the main-clause
// order only (verb then negation). nb blocked on main as nothing.
func TestKindsRead60bCarefree(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", pairRows(read60bSilver, true, [][2]string{
		{"nb-NO", "Fargen minner om friskt vårløv og står fint mot sølvet, som holder seg blankt i årevis og aldri trenger pussing."},
		{"da-DK", "Farven står smukt mod sølvet, som holder sig blankt i årevis og aldrig behøver pudsning."},
		{"sv-SE", "Färgen står fint mot silvret, som håller sig blankt i åratal och aldrig behöver putsas."},
		{"nb-NO", "Anhenget er laget av sølv som ikke krever noe vedlikehold."},
	}))
}

// TestKindsRead60bCarefreeBad: care advice with the need affirmed stays
// advice.
func TestKindsRead60bCarefreeBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", pairRows(read60bSilver, false, [][2]string{
		{"nb-NO", "Sølv mørkner med tiden og trenger pussing av og til med en myk klut."},
		{"sv-SE", "Silver mörknar med tiden och behöver putsas då och då med en mjuk duk."},
	}))
}
