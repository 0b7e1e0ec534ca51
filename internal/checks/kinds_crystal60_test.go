package checks

import "testing"

// crystal60Pendant is a natural mineral on silver: its own crystals, said
// to come from a place or to be found there, are the mineral's growth
// form, not glass crystal (#13, crystal60: released 60A fr-CA and it-IT
// 60A04 on jeremejevite, 60B el-GR 60B04 on enstatite).
var crystal60Pendant = misses49Product(`{"sku": "C60-1", "name": "Namib Pendant", "category": "necklace", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "jeremejevite", "colour": "pale blue", "count": 1, "origin": "natural"}], "colours": ["silver", "blue"]}`)

// crystal60Enstatite is released 60B el-GR 60B04's earrings.
var crystal60Enstatite = misses49Product(`{"sku": "C60-2", "name": "Elia", "category": "earrings", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "enstatite", "colour": "green", "count": 2, "origin": "natural"}], "colours": ["silver", "green"]}`)

// TestKindsCrystal60: the mineral named, then its crystals said to come
// from, be found or be mined in a place, or "almost all" of them, in the
// locales whose packs hold those words (crystal_rarity_words,
// crystal_origin_words, generic_quantifiers). fr, it and el blocked on
// main as grounding.stone; en and es already passed and guard the lists.
func TestKindsCrystal60(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", append(pairRows(crystal60Pendant, false, [][2]string{
		{"fr-FR", "Le pendentif Namib porte une jérémejévite bleu pâle sur argent 925. La jérémejévite est un borate très rare, nommé en l'honneur de Pavel Ieremeïev. Aujourd'hui, presque tous les cristaux assez limpides pour être taillés proviennent de Namibie."},
		{"it-IT", "Il ciondolo Namib porta una jeremejevite azzurro pallido su argento 925. La jeremejevite è un borato molto raro, che porta il nome di Pavel Eremeev. Oggi quasi tutti i cristalli abbastanza limpidi da essere tagliati provengono dalla Namibia."},
		{"en-GB", "The Namib Pendant holds a pale blue jeremejevite in sterling silver. Jeremejevite is a rare borate, named after Pavel Jeremejev. Almost all the crystals clean enough to cut come from Namibia."},
		{"es-ES", "El colgante Namib lleva una jeremejevita azul pálido en plata de ley. La jeremejevita es un borato muy raro, llamado así por Pável Jeremejev. Hoy casi todos los cristales lo bastante limpios para tallarse proceden de Namibia."},
	}), pairRows(crystal60Enstatite, false, [][2]string{
		{"el-GR", "Τα σκουλαρίκια Ελιά έχουν έναν πράσινο ενστατίτη σε ασήμι 925. Ο ενστατίτης είναι ορυκτό της οικογένειας των πυροξενών. Τα ωραιότερα κρύσταλλα βρίσκονται στην Τανζανία, και οι κομμένες πέτρες είναι σπάνιες."},
		{"de-DE", "Die Ohrringe Elia tragen je einen grünen Enstatit in Sterlingsilber. Enstatit ist ein Mineral der Pyroxen-Gruppe. Fast alle Kristalle in Edelsteinqualität stammen aus Tansania."},
		{"en-GB", "The Elia earrings hold a green enstatite in sterling silver. Enstatite is a pyroxene mineral. The finest crystals are found in Tanzania and Sri Lanka."},
	})...))
}

// TestKindsCrystal60Bad: crystals that are the piece's (set, added, glass)
// still block on a piece without crystal.
func TestKindsCrystal60Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(crystal60Pendant, true, [][2]string{
		{"en-GB", "The Namib Pendant holds a pale blue jeremejevite in sterling silver. Jeremejevite is a rare borate. Almost all the crystals on this pendant come from Austria."},
		{"fr-FR", "Le pendentif Namib porte une jérémejévite bleu pâle sur argent 925. Des cristaux autrichiens proviennent de notre atelier et entourent la pierre."},
		{"en-GB", "The Namib Pendant holds a pale blue jeremejevite framed by crystals that come from Austria."},
	}))
}
