package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The fifty-fourth session's hall60 kind (issue #13, category
// regulatory), what plate60 left: a gold hallmark fineness ("hallmarked
// 750", "Au750") said of a gold-plated piece claims solid gold (a
// hallmark states the fineness of the metal through the piece: 16 CFR
// 23.4; Vienna Convention Annex I), while a 925 hallmark on the sterling
// silver base is true; the Czech participles of a metal coating
// (pokovený, pokoven, potažený zlatem) disclose a plating as pozlacený
// does; Swedish "utan" is "but" only after "inte".

var hl60Gold18 = core.Product{SKU: "HL60G", Name: "Sol", Category: "ring", Collection: "Essence", Materials: []string{"18k yellow gold"},
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}

// hl60Rows failed on main: each wants the block (or the pass) its
// hall60 kind says.
func hl60Rows() []kindRow {
	var r []kindRow
	add := func(rows []kindRow) { r = append(r, rows...) }
	S, B, V := pl60Silver, pl60Brass, pl60Vermeil
	// 1. a gold hallmark fineness on a plated piece
	add(pl60Set(true, S, "en-GB", "The Aurea ring is hallmarked 750.", "The Aurea ring is stamped Au750.", "The Aurea ring carries the Au750 hallmark."))
	add(pl60Set(true, B, "en-US", "The Luna earrings are stamped 585."))
	add(pl60Set(true, V, "en-AU", "The Halo necklace is hallmarked 750."))
	add(pl60Set(true, S, "de-DE", "Der Ring Aurea ist gestempelt 750.", "Der Ring Aurea trägt den Stempel 750."))
	add(pl60Set(true, S, "fr-FR", "La bague Aurea est poinçonnée 750."))
	add(pl60Set(true, S, "es-ES", "El anillo Aurea está contrastado 750."))
	add(pl60Set(true, S, "it-IT", "L'anello Aurea è punzonato 750."))
	// 2. Czech metal-coating participles
	add(pl60Set(false, S, "cs-CZ", "Prsten Aurea je ze stříbra, pokoven 18karátovým zlatem."))
	add(pl60Set(true, S, "de-DE", "Der Ring Aurea ist innen mit Au585 gestempelt."))
	add(pl60Set(true, S, "pt-BR", "O anel Aurea tem o contraste Au750."))
	add(pl60Set(true, B, "nl-NL", "De oorbellen Luna zijn gestempeld met Au585."))
	// 3. sv "utan" as "but" after "inte"
	add(pl60Set(true, S, "sv-SE", "Ringen Aurea är inte förgylld utan av guld."))
	return r
}

// hl60Bad were right on main and stay so.
func hl60Bad() []kindRow {
	var r []kindRow
	add := func(rows []kindRow) { r = append(r, rows...) }
	S, V := pl60Silver, pl60Vermeil
	add(pl60Set(false, S, "en-GB", "The Aurea ring is hallmarked 925.", "The sterling silver of the Aurea ring is stamped 925."))
	add(pl60Set(false, V, "en-AU", "The Halo necklace is hallmarked 925."))
	add(pl60Set(false, S, "de-DE", "Der Ring Aurea ist gestempelt 925."))
	add(pl60Set(false, S, "fr-FR", "La bague Aurea est poinçonnée 925."))
	add(pl60Set(false, S, "es-ES", "El anillo Aurea está contrastado 925."))
	add(pl60Set(false, hl60Gold18, "en-GB", "The Sol ring is hallmarked 750.", "The Sol ring is stamped Au750."))
	add(pl60Set(false, hl60Gold18, "de-DE", "Der Ring Sol ist gestempelt 750."))
	add(pl60Set(false, hl60Gold18, "fr-FR", "La bague Sol est poinçonnée 750."))
	add(pl60Set(false, hl60Gold18, "es-ES", "El anillo Sol está contrastado 750."))
	add(pl60Set(false, S, "cs-CZ", "Prsten Aurea je ze stříbra, pozlacený 18karátovým zlatem.", "Prsten Aurea je ze stříbra pokoveného zlatem.", "Prsten Aurea je ze stříbra, potažen 18karátovým zlatem."))
	add(pl60Set(true, S, "nl-NL", "De ring Aurea is gestempeld 750."))
	add(pl60Set(true, S, "sv-SE", "Ringen Aurea är stämplad 750."))
	add(pl60Set(true, S, "cs-CZ", "Prsten Aurea je puncovaný 750."))
	add(pl60Set(true, S, "pl-PL", "Pierścionek Aurea ma cechę 750."))
	add(pl60Set(true, S, "cs-CZ", "Prsten Aurea je z pravého zlata."))
	add(pl60Set(false, S, "sv-SE", "Ringen Aurea är i sterlingsilver, förgylld med 18 karat guld.", "Ringen Aurea är inte av massivt guld utan av förgyllt sterlingsilver.", "Ringen Aurea är inte av guld utan förgylld."))
	add(pl60Set(true, S, "sv-SE", "Ringen Aurea är i 18 karat guld."))
	return r
}

// TestKindsHall60 (issue #13, hall60): a gold hallmark fineness on a
// plated piece blocks as regulatory in every locale; cs pokoven zlatem
// discloses the plating; sv "inte förgylld utan av guld" blocks.
func TestKindsHall60(t *testing.T) {
	t.Parallel()
	checkPl60(t, hl60Rows())
}

// TestKindsHall60Bad (issue #13, hall60): a 925 hallmark on the silver
// base of a plated piece and a 750 hallmark on solid 18k gold pass.
func TestKindsHall60Bad(t *testing.T) {
	t.Parallel()
	checkPl60(t, hl60Bad())
}
