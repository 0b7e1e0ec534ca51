package checks

import "testing"

// Kinds of released 60's and probe 60's leftovers (#13, rel60b), each in
// the languages where it can occur:
//
//  1. A meteorite a stone occurs in ("Υπάρχει ακόμη και σε μετεωρίτες",
//     "it even occurs in meteorites"): the stone's occurrence, no
//     material of the piece (vocab formation_events found).
//  2. A ring of stones round the centre after a verb of surrounding
//     ("omkranset av en ring med små demantoider"): a halo, the piece's
//     own stones, not another ring's (grounding circle_sense.go
//     surroundingCircle; piece_verbs omkranset, omkransad).
//  3. A piece of the product's category worn with it, with an indefinite
//     article ("worn with a thin band in yellow gold" on a white gold
//     ring): another piece's metal. The article "a" was read as the
//     Czech and Polish conjunction of the shared list, ending the object
//     (grounding goes_with.go objectConjAt).

var (
	rel60bEnstatite = misses49Product(`{"sku": "B60B-elGR-04", "name": "Ελιά", "category": "earrings", "collection": "Moments", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "enstatite", "colour": "green", "count": 2, "origin": "natural"}], "colours": ["silver", "green"]}`)
	rel60bMusgrav   = misses49Product(`{"sku": "B60C-nbNO-03", "name": "Øredobber Skumring", "category": "earrings", "collection": "Reflexions", "metals": [{"base": "white gold", "fineness": "18k"}], "stones": [{"type": "musgravite", "colour": "violet", "count": 2, "origin": "natural"}], "colours": ["violet", "white"]}`)
	rel60bPhenakite = misses49Product(`{"sku": "B60A-csCZ-04", "name": "Phenakite Ring", "category": "ring", "collection": "Lumière", "metals": [{"base": "white gold", "fineness": "14k"}], "stones": [{"type": "phenakite", "colour": "colourless", "count": 1, "origin": "natural"}], "colours": ["silver"]}`)
)

// TestKindsRel60b: rows that failed on main (publishable copy blocked,
// untrue copy passed).
func TestKindsRel60b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(rel60bEnstatite, false, [][2]string{
		{"el-GR", "Υπάρχει ακόμη και σε μετεωρίτες και στον μανδύα της Γης."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60bMusgrav, true, [][2]string{
		{"nb-NO", "Øredobber Skumring fra Reflexions-kolleksjonen har to runde musgravitter på 4 mm, hver omkranset av en ring med små demantoider i 18 karat hvitt gull."},
		{"nb-NO", "Hver musgravitt er omkranset av en ring med små demantoider."},
		{"sv-SE", "Varje musgravit är omgiven av en ring av små demantoider."},
		{"da-DK", "Hver musgravit er omkranset af en ring af små demantoider."},
		{"de-DE", "Jeder Musgravit ist umgeben von einem Ring aus kleinen Demantoiden."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60bPhenakite, false, [][2]string{
		{"en-GB", "It is lovely worn with a thin band in yellow gold, if you like two tones together."},
	}))
}

// TestKindsRel60bBad: the real kinds beside them keep blocking, and the
// plain true forms keep passing.
func TestKindsRel60bBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(rel60bEnstatite, false, [][2]string{
		{"en-GB", "Enstatite even occurs in meteorites and in the Earth's mantle."},
		{"de-DE", "Enstatit kommt sogar in Meteoriten vor."},
		{"fr-FR", "L'enstatite existe même dans des météorites."},
		{"es-ES", "La enstatita existe incluso en meteoritos."},
		{"sv-SE", "Enstatit förekommer till och med i meteoriter."},
		{"it-IT", "L'enstatite è presente perfino nei meteoriti."},
		{"pt-BR", "A enstatita ocorre até em meteoritos."},
		{"nl-NL", "Enstatiet komt zelfs in meteorieten voor."},
		{"pl-PL", "Enstatyt występuje nawet w meteorytach."},
		{"tr-TR", "Enstatit meteoritlerde bile bulunur."},
		{"ja-JP", "エンスタタイトは隕石の中にも存在します。"},
		{"zh-CN", "顽火辉石甚至存在于陨石中。"},
		{"ar-AE", "يوجد الإنستاتيت حتى في النيازك."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60bEnstatite, true, [][2]string{
		{"en-GB", "The earrings are set with meteorite."},
		{"en-GB", "The earrings are inlaid with Gibeon meteorite found in Namibia."},
		{"el-GR", "Τα σκουλαρίκια είναι από μετεωρίτη."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60bMusgrav, true, [][2]string{
		{"en-GB", "Each musgravite is surrounded by a ring of small demantoids."},
		{"en-GB", "Each musgravite is surrounded by small sapphires."},
		{"nb-NO", "Hver musgravitt er omkranset av små safirer."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60bMusgrav, false, [][2]string{
		{"nb-NO", "Hver musgravitt er omkranset av en ring med små musgravitter."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60bPhenakite, false, [][2]string{
		{"en-GB", "Wear it with a slim yellow gold band for a two-tone look."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60bPhenakite, true, [][2]string{
		{"en-GB", "The ring is a thin band in yellow gold."},
		{"en-GB", "A thin band in yellow gold holds the phenakite."},
	}))
}
