package grounding

import (
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// The FTC's floor for vermeil (16 CFR 23.5(b); 23.4(b) since the 2018
// revision): sterling silver coated or plated on all significant surfaces
// with gold or a gold alloy of at least 10 karat, at least 2.5 microns
// (1/10,000 of an inch) thick.
const (
	vermeilMinKarat   = 10
	vermeilMinMicrons = 2.5
)

// platingKarat reads a product's plating field ("18k gold", "9ct yellow
// gold", "gold flash"): the karat it states (0 when none) and whether it
// names gold as the layer's metal, with no word of canon
// gold_layer_finishes that makes it a colour or a coating ("gold tone",
// "gold-coloured PVD", "gold flash").
func platingKarat(cn *canon, plating string) (karat int, named bool) {
	named = true
	for _, w := range strings.FieldsFunc(strings.ToLower(plating), func(r rune) bool {
		return r == ' ' || r == '-' || r == '/' || r == ',' || r == '(' || r == ')'
	}) {
		if fn, ok := core.ParseFineness(w); ok && fn.Marked && fn.Filled == 0 {
			karat = fn.Karat
		}
		if contains(cn.GoldLayerFinishes, w) {
			named = false
		}
	}
	return karat, named
}

// vermeilLayer adds vermeil ("gold vermeil", "rose gold vermeil" for a
// rose gold layer) to the materials of a product whose metals record a
// gold plating over sterling silver that meets the FTC's floor for it
// (vermeilMinKarat, vermeilMinMicrons): {"base": "sterling silver",
// "plating": "gold", "fineness": "18k", "plating_microns": 3}. The
// plating's karat is the metal's fineness where that is a karat (over
// silver a karat fineness is the plating's: core.Metal), or a karat of the
// product's materials ("18k gold plating"), or one the plating field
// states ("9k gold"). A plating that names gold as its metal with no
// karat ({"base": "sterling silver", "fineness": "925", "plating":
// "gold", "plating_microns": 2.5}) is gold plate, which the FTC Guides
// allow only for a layer of gold or gold alloy of at least 10 karat (16
// CFR 23.4(c)(3)-(4); 23.3(c) since the 2018 revision), so it meets the
// floor; a plating that is a colour or a coating (canon
// gold_layer_finishes: "gold tone", "gold-coloured PVD", "gold flash") or
// states a karat below 10 does not (#13, vermeil62: released 62 en-GB,
// de-DE, it-IT, nl-NL, es-ES, tr-TR, ar-AE, ja-JP). Copy may call such a piece
// vermeil in every language (ゴールドヴェルメイユ, "vermeil", 버메일; #13,
// treat54: released 54B ja-JP 54B04-2). A thinner layer, one of unknown
// karat or thickness, gold over brass, or a gold-filled layer is no
// vermeil, and the word still blocks there.
func (f *facts) vermeilLayer(en *lexicon, cn *canon, metals []core.Metal) {
	for _, mt := range metals {
		if mt.PlatingMicrons < vermeilMinMicrons || mt.Bonded() {
			continue // a bonded gold-filled or rolled gold layer is no vermeil
		}
		fine, fineOK := core.ParseFineness(mt.Fineness)
		var base []string
		for _, v := range scanValues(en, mt.Base) {
			base = cn.closure(base, v)
		}
		sterling := contains(base, "sterling silver") || contains(base, "silver") && fineOK && fine.Karat == 0 && fine.Millesimal >= 925
		if !sterling {
			continue
		}
		var plating []string
		for _, v := range scanValues(en, mt.Plating) {
			plating = cn.closure(plating, v)
		}
		if !contains(plating, "gold") {
			continue
		}
		karat := 0
		if fineOK {
			karat = fine.Karat
		}
		for _, k := range f.karats {
			if n, err := strconv.Atoi(k); err == nil && n > karat {
				karat = n
			}
		}
		stated, named := platingKarat(cn, mt.Plating)
		if stated > 0 {
			karat = stated
		} else if karat == 0 && named {
			// a layer recorded as gold is gold plate, which is at least
			// 10 karat (16 CFR 23.4(c)(3)-(4))
			karat = vermeilMinKarat
		}
		if karat < vermeilMinKarat {
			continue
		}
		v := "gold vermeil"
		if contains(plating, "rose gold") {
			v = "rose gold vermeil"
		}
		f.materials = cn.closure(f.materials, v)
	}
}
