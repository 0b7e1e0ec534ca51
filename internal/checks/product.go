package checks

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// containsFold reports whether s contains sub, ignoring case.
func containsFold(s, sub string) bool {
	if len(sub) > len(s) {
		return false
	}
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

func anyContainsFold(list []string, sub string) bool {
	for _, s := range list {
		if containsFold(s, sub) {
			return true
		}
	}
	return false
}

// evidenceKey folds a product value or an evidence word for comparison:
// lower case, with hyphens, underscores and spaces as one space, so that
// "Water_Resistant", "water-resistant" and "water resistant" agree.
func evidenceKey(s string) string {
	s = strings.ToLower(s)
	s = evidenceSeparators.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// evidenceSeparators are the characters evidenceKey reads as a space; one
// Replacer for the process (building one is most of a call's cost, and a
// check calls it hundreds of times).
var evidenceSeparators = strings.NewReplacer("-", " ", "_", " ", "\u2010", " ", "\u2011", " ")

// evidenceIn reports whether the evidence value v stands in s from the
// start of a word (its last word may be inflected: "e-coated") and not
// denied by the word before it: "e-coat" is not in "rhodium
// plate coating" ("plat-e coat-ing"), nor "tarnish-resistant" in "not
// tarnish-resistant" (#13: a licence read inside another word licensed
// claims the product's data does not support).
func evidenceIn(s, v string) bool {
	k := paddedEvidenceKey(s)
	w := paddedEvidenceKey(v)
	w = w[:len(w)-1]
	for i := 0; ; {
		j := strings.Index(k[i:], w)
		if j < 0 {
			return false
		}
		j += i
		// w starts at a word; its last word may be inflected ("e-coated").
		if !deniedBefore(k[:j]) {
			return true
		}
		i = j + 1
	}
}

// evidenceKeys caches paddedEvidenceKey by its argument: hasEvidence reads
// the same product fields and evidence values for every concept a check
// matches (4 allocations a call, 4% of a check's). Bounded in entries
// (product fields come from requests); past the bound keys are made
// without being kept, so a worker's memory stays flat.
var (
	evidenceKeys     sync.Map // string -> string
	evidenceKeyCount atomic.Int64
)

// maxEvidenceKeys bounds evidenceKeys (fields of about 50 bytes: ~2 MB).
const maxEvidenceKeys = 20000

// paddedEvidenceKey is " "+evidenceKey(s)+" ".
func paddedEvidenceKey(s string) string {
	if k, ok := evidenceKeys.Load(s); ok {
		return k.(string)
	}
	k := " " + evidenceKey(s) + " "
	if evidenceKeyCount.Load() < maxEvidenceKeys {
		if _, loaded := evidenceKeys.LoadOrStore(strings.Clone(s), k); !loaded {
			evidenceKeyCount.Add(1)
		}
	}
	return k
}

// deniedBefore reports whether the text before an evidence match ends in
// a denial ("not", "no", "non").
func deniedBefore(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "not", "no", "non":
		return true
	}
	return false
}

func anyEvidenceIn(list []string, v string) bool {
	for _, s := range list {
		if evidenceIn(s, v) {
			return true
		}
	}
	return false
}

// platingMarks end the plating part of a material ("platinum-plated
// brass", "PVD-coated steel", "gold tone alloy").
var platingMarks = []string{" plated ", " coated ", " filled ", " tone ", " finished "}

// materialBase is a material without its plating: the metal a claim of
// the material is about. Platinum or titanium as a plating licenses
// nothing: the tarnish claim a platinum piece may make is not one a
// platinum-plated brass hoop may make (#13).
func materialBase(m string) string {
	k := " " + evidenceKey(m) + " "
	for _, mark := range platingMarks {
		if i := strings.LastIndex(k, mark); i >= 0 {
			k = k[i+len(mark)-1:]
		}
	}
	return strings.TrimSpace(k)
}

// attributeNo reports an attribute value that denies its key
// ({"nickel_free": "no"}).
func attributeNo(a string) bool {
	switch evidenceKey(a) {
	case "no", "false", "0", "none", "n/a", "na", "nein", "non":
		return true
	}
	return false
}

// hasEvidence reports whether the product supports a claim: any listed
// value found in its field (OR over fields and values). A feature may
// stand in the product's attributes too, as a value ({"coating":
// "anti-tarnish e-coat"}) or as a key that is not denied
// ({"nickel_free": "yes"}): a PIM keeps it in either place (#13). A
// material is also a metal's base ({"base": "titanium"} with no
// materials list); its plating is not (platinum-plated brass is brass).
// A surface value is a material the piece shows, unplated: what a claim
// about its finish (tarnish, shine, colour) needs. A plating value is the
// piece's plating, which only a hedged claim may rest on
// (conceptDef.HedgeEvidence).
func hasEvidence(p *core.Product, requires map[string][]string) bool {
	for field, values := range requires {
		for _, v := range values {
			switch field {
			case "features":
				if anyEvidenceIn(p.Features, v) {
					return true
				}
				for k, a := range p.Attributes {
					if evidenceIn(a, v) || (evidenceIn(k, v) && !attributeNo(a)) {
						return true
					}
				}
			case "materials":
				// A component's material ("stainless steel posts") is
				// the part's, not the piece's: it licenses nothing about
				// the piece (grounding.ComponentMaterial, #13).
				for _, m := range p.Materials {
					if evidenceIn(materialBase(m), v) && !grounding.ComponentMaterial(m) && !componentMetalString(p, m) {
						return true
					}
				}
				for _, m := range p.Metals {
					if evidenceIn(m.Base, v) && !componentMetal(p, m) {
						return true
					}
				}
			case "surface":
				// The metal the piece shows: an unplated body metal. A
				// plating covers its base, so gold-plated stainless steel
				// licenses no promise about the gold's shine, and the
				// plating itself licenses nothing (#13).
				for _, m := range p.Materials {
					if !isPlatingMaterial(m) && evidenceIn(materialBase(m), v) && !grounding.ComponentMaterial(m) && !componentMetalString(p, m) && !platedMetalString(p, m) {
						return true
					}
				}
				for _, m := range p.Metals {
					if m.Plating == "" && evidenceIn(m.Base, v) && !componentMetal(p, m) {
						return true
					}
				}
			case "plating":
				// The piece's own plating or coating: a metal's plating
				// ("rhodium") or the plating part of a material
				// ("rhodium-plated sterling silver"), not its base, and not
				// a component's (conceptDef.HedgeEvidence; #13, tarnish54).
				for _, m := range p.Metals {
					if evidenceIn(m.Plating, v) && !componentMetal(p, m) {
						return true
					}
				}
				for _, m := range p.Materials {
					if isPlatingMaterial(m) && evidenceIn(m, v) && !evidenceIn(materialBase(m), v) && !grounding.ComponentMaterial(m) && !componentMetalString(p, m) {
						return true
					}
				}
			case "colours":
				if anyContainsFold(p.Colours, v) {
					return true
				}
			case "keywords":
				if anyContainsFold(p.Keywords, v) {
					return true
				}
			case "occasions":
				if anyContainsFold(p.Occasions, v) {
					return true
				}
			case "stones":
				for _, s := range p.Stones {
					if containsFold(s.Type, v) {
						return true
					}
				}
			case "category":
				if containsFold(p.Category, v) {
					return true
				}
			case "collection":
				if containsFold(p.Collection, v) {
					return true
				}
			case "name":
				if containsFold(p.Name, v) {
					return true
				}
			case "attributes":
				for k, a := range p.Attributes {
					if evidenceIn(k, v) || evidenceIn(a, v) {
						return true
					}
				}
			}
		}
	}
	return false
}

// componentMetal reports a metal of the product that is a component's:
// unplated, named by a component material ("stainless steel posts"), on a
// product with another metal (gold-plated brass hoops on stainless steel
// posts list the posts' steel as a metal of its own). A product's only
// metal, or a plated one, is the piece's.
func componentMetal(p *core.Product, m core.Metal) bool {
	if m.Plating != "" || len(p.Metals) < 2 {
		return false
	}
	for _, mat := range p.Materials {
		if evidenceIn(mat, m.Base) && grounding.ComponentMaterial(mat) {
			return true
		}
	}
	return false
}

// platedMetalString reports a material that is the written form of a
// plated metal ("gold-plated stainless steel", from Product.Resolved).
func platedMetalString(p *core.Product, mat string) bool {
	for _, m := range p.Metals {
		if m.Plating != "" && m.String() == mat {
			return true
		}
	}
	return false
}

// componentMetalString reports a material that is the written form of a
// component's metal (Product.Resolved appends every metal to Materials).
func componentMetalString(p *core.Product, mat string) bool {
	for _, m := range p.Metals {
		if m.String() == mat && componentMetal(p, m) {
			return true
		}
	}
	return false
}

func isPlatingMaterial(m string) bool {
	// "stone" holds "tone": a stone's name ("goldstone", "sunstone",
	// "rhinestone") is no gold tone (#13, stonename26).
	m = strings.ReplaceAll(strings.ToLower(m), "stone", " ")
	// Rolled gold plate is a gold-filled layer of less than 1/20 (16 CFR
	// 23.5): a plating of the piece as gold-filled is (#13, tone62).
	for _, w := range []string{"plated", "plating", "vermeil", "gold-filled", "gold filled", "rolled gold", "tone", "plaqué", "vergoldet", "placcato", "chapado", "bañado"} {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// solidKaratGoldOnly reports a product whose every metal is unplated
// karat gold of 14k (585) or finer, and no material a plating: its colour
// is the alloy's through and through, no layer that wears off (#13,
// claims40; tarnish_proof's coating words). Rhodium-plated white gold,
// vermeil, gold-filled and 9k or 10k gold are not.
func solidKaratGoldOnly(p *core.Product) bool {
	if len(p.Metals) == 0 {
		return false
	}
	for _, m := range p.Metals {
		f, ok := core.ParseFineness(m.Fineness)
		if !containsFold(m.Base, "gold") || isPlatingMaterial(m.Base) || strings.TrimSpace(m.Plating) != "" || !ok || f.Karat < 14 {
			return false
		}
	}
	for _, m := range p.Materials {
		if isPlatingMaterial(m) {
			return false
		}
	}
	return true
}

// whitePlatinumGroupOnly reports a product whose every metal is unplated
// platinum or palladium, and no material a plating: a white metal through
// and through that needs no rhodium layer to be white, so a coating word
// beside its colour kept ("naturally white, so it needs no rhodium plating
// to keep its colour") explains that colour as the alloy's own, as on
// solid karat gold (#13, care43: released 43B en-AU 43B104). White gold,
// whose rhodium wears to the yellow beneath, and silver, which tarnishes,
// are not.
func whitePlatinumGroupOnly(p *core.Product) bool {
	if len(p.Metals) == 0 {
		return false
	}
	for _, m := range p.Metals {
		b := strings.ToLower(m.Base)
		if !strings.Contains(b, "palladium") && !strings.Contains(b, "platinum") || isPlatingMaterial(m.Base) || strings.TrimSpace(m.Plating) != "" {
			return false
		}
	}
	for _, m := range p.Materials {
		if isPlatingMaterial(m) {
			return false
		}
	}
	return true
}

// heavyGoldMicrons is the least thickness of heavy gold electroplate, in
// microns (FTC 16 CFR 23.4: 100 millionths of an inch, 2.54).
const heavyGoldMicrons = 2.5

// thickGoldLayer: the product's gold is a bonded karat gold layer of a
// gold-filled or rolled gold piece (FTC 16 CFR 23.5: at least 1/20 of the
// metal's weight), in its materials or a metal's base or plating, or the
// layer of vermeil: gold over sterling silver at least 2.5 microns thick
// (FTC 16 CFR 23.5(b)), named so in its materials or given as a gold
// plating of that thickness over silver. Set against an ordinary plating
// such a layer keeps its colour longer: the trade's account, not a promise
// (#13, claims41; vermeil claims49: released 49A zh-TW 49A104
// "這層金比一般電鍍厚得多，因此色澤更持久"). A gold plating at least 2.5
// microns thick over any base is heavy gold electroplate (FTC 16 CFR
// 23.4, 100 millionths of an inch), set against flash plating the same way (#13, rel59: probe
// 59D zh-CN 59D04 3 microns of 14k gold on bronze, 颜色更持久).
func thickGoldLayer(p *core.Product) bool {
	if bondedGold(p) {
		return true
	}
	for _, m := range p.Materials {
		if containsFold(m, "vermeil") {
			return true
		}
	}
	for _, m := range p.Metals {
		if containsFold(m.Base, "vermeil") || containsFold(m.Plating, "vermeil") {
			return true
		}
		if containsFold(m.Plating, "gold") && !containsFold(m.Plating, "tone") && m.PlatingMicrons >= heavyGoldMicrons {
			return true
		}
	}
	return false
}

// treatedStone: some stone of the product has a treatment given (heated,
// stabilised, oiled, dyed ...), not "none" or "untreated".
func treatedStone(p *core.Product) bool {
	for _, st := range p.Stones {
		t := strings.ToLower(strings.TrimSpace(st.Treatment))
		if t != "" && t != "none" && !strings.Contains(t, "untreated") && !strings.HasPrefix(t, "no ") {
			return true
		}
	}
	return false
}

// layeredFinish: the product's colour or finish is a layer over another
// metal: a plating other than rhodium's flash (over white gold or
// silver, whose own colour it matches) on a metal or in its materials
// (a two-tone alloy is none),
// or a gold-filled or rolled gold layer (thickGoldLayer). A finish
// compared with another metal on such a piece is the layer's, a claim
// its features must license (#13, claims47).
func layeredFinish(p *core.Product) bool {
	if thickGoldLayer(p) {
		return true
	}
	for _, m := range p.Metals {
		if pl := strings.TrimSpace(m.Plating); pl != "" && !containsFold(pl, "rhodium") {
			return true
		}
	}
	for _, m := range p.Materials {
		if containsFold(m, "rhodium") {
			continue
		}
		for _, w := range []string{"plated", "plating", "vermeil", "ion plat"} {
			if containsFold(m, w) {
				return true
			}
		}
	}
	return false
}

// goldIsPlated: the product's gold is a plating or a colour, not the metal.
func goldIsPlated(p *core.Product) bool {
	plated := false
	for _, m := range p.Materials {
		if isPlatingMaterial(m) && (containsFold(m, "gold") || containsFold(m, "vermeil")) && !goldUnderPlating(m) {
			plated = true
		}
	}
	return plated && !solidGold(p)
}

// solidGold: some material is gold and not a plating, or gold is the base
// under a plating of another metal ("rhodium-plated 14k white gold": the
// gold is solid, the rhodium a flash over it).
func solidGold(p *core.Product) bool {
	for _, m := range p.Metals {
		if containsFold(m.Base, "gold") && !isPlatingMaterial(m.Base) && m.Plating != "" && !containsFold(m.Plating, "gold") {
			return true
		}
	}
	for _, m := range p.Materials {
		if containsFold(m, "gold") && (!isPlatingMaterial(m) || goldUnderPlating(m)) {
			return true
		}
	}
	return false
}

// goldUnderPlating reports a material string whose gold is the base under
// a plating of another metal, written "<metal>-plated <gold>" as
// Product.Resolved writes a metal ("rhodium-plated 14k white gold",
// "ruthenium plated 18k yellow gold"): no gold before the plating word,
// and the word after it names the base, not the plating ("plated with 18k
// gold", "plated in gold" name the plating). The FTC Jewelry Guides' duty
// to disclose a plating (16 CFR 23.4) is a gold plating's over a base of
// another metal; a rhodium, ruthenium or platinum flash over solid karat
// gold leaves the gold what it is (#13, rhodiumovergold38). Shape: a
// material string in, bool out.
func goldUnderPlating(m string) bool {
	low := strings.ToLower(m)
	i := strings.Index(low, "plated")
	if i < 0 {
		return false
	}
	before, after := low[:i], strings.TrimSpace(low[i+len("plated"):])
	if before == "" || strings.Contains(before, "gold") || strings.Contains(before, "vermeil") || !strings.Contains(after, "gold") {
		return false
	}
	for _, w := range []string{"with ", "in ", "by ", "over "} {
		if strings.HasPrefix(after, w) {
			return false
		}
	}
	return !isPlatingMaterial(after)
}

var labStoneMarks = []string{"lab", "created", "synthetic", "cultured", "grown"}
var simulantMarks = []string{"zirconia", "simulated", "imitation", "crystal", "glass", "moissanite", "simulant", "cz"}

// gemWords name coloured gemstones in en, fr, de, it and es, so that a
// lab-grown one named without its qualifier is caught as diamonds are.
var gemWords = map[string]wordSet{
	"sapphire":    newWordSet([]string{"sapphire", "sapphires", "saphir", "saphirs", "saphire", "saphiren", "zaffiro", "zaffiri", "zafiro", "zafiros"}),
	"ruby":        newWordSet([]string{"ruby", "rubies", "rubis", "rubin", "rubine", "rubinen", "rubino", "rubini", "rubí", "rubíes"}),
	"emerald":     newWordSet([]string{"emerald", "emeralds", "émeraude", "émeraudes", "smaragd", "smaragde", "smaragden", "smeraldo", "smeraldi", "esmeralda", "esmeraldas"}),
	"opal":        newWordSet([]string{"opal", "opals", "opale", "opales", "opalen", "opali", "ópalo", "ópalos"}),
	"spinel":      newWordSet([]string{"spinel", "spinels", "spinelle", "spinelles", "spinell", "spinelle", "spinello", "spinelli", "espinela", "espinelas"}),
	"alexandrite": newWordSet([]string{"alexandrite", "alexandrites", "alexandrit", "alexandrite", "alessandrite", "alejandrita", "alejandritas"}),
}

// labGems returns the word sets of the product's lab-grown coloured
// gemstones (diamonds and cultured pearls have rules of their own).
func labGems(p *core.Product) []wordSet {
	var out []wordSet
	for _, s := range p.Stones {
		if !isLabStone(s.Type) || containsFold(s.Type, "diamond") || containsFold(s.Type, "pearl") {
			continue
		}
		for gem, words := range gemWords {
			if containsFold(s.Type, gem) {
				out = append(out, words)
			}
		}
	}
	return out
}

func isLabStone(t string) bool {
	for _, w := range labStoneMarks {
		if containsFold(t, w) {
			return true
		}
	}
	return false
}

func isSimulant(t string) bool {
	for _, w := range simulantMarks {
		if containsFold(t, w) {
			return true
		}
	}
	return false
}

// naturalDiamond: a stone that is a diamond and neither lab-made nor a simulant.
func naturalDiamond(p *core.Product) bool {
	for _, s := range p.Stones {
		if containsFold(s.Type, "diamond") && !isLabStone(s.Type) && !isSimulant(s.Type) {
			return true
		}
	}
	return false
}

// diamondLike: a lab-grown diamond or a diamond simulant, which must be
// named with its qualifier.
func diamondLike(p *core.Product) (lab, simulant bool) {
	for _, s := range p.Stones {
		switch {
		case containsFold(s.Type, "diamond") && isLabStone(s.Type):
			lab = true
		case isSimulant(s.Type):
			simulant = true
		}
	}
	return lab, simulant
}

// silverWords name silver as a metal ("argenté", "versilbert" are other words).
var silverWords = newWordSet([]string{"silver", "argent", "silber", "argento", "plata", "zilver", "prata"})

// silverNotSolid: the product shows silver only as a plating or a colour:
// some material is silver-plated or silver-tone (or the product is
// silver-coloured base metal) and no material is solid silver.
func silverNotSolid(p *core.Product) bool {
	if len(p.Materials) == 0 {
		return false
	}
	shows := false
	for _, m := range p.Materials {
		low := strings.ToLower(m)
		if strings.Contains(low, "silver") || strings.Contains(low, "925") {
			if !isPlatingMaterial(m) || strings.Contains(low, "sterling") || strings.Contains(low, "925") {
				return false // solid silver, possibly plated over
			}
			shows = true
		}
		if strings.Contains(low, "rhodium") {
			shows = true
		}
	}
	if !shows {
		for _, c := range p.Colours {
			if strings.Contains(strings.ToLower(c), "silver") {
				shows = true
			}
		}
	}
	return shows
}

// weakEvidence reports whether the product's weak evidence supports the
// claim matched at s..e. A surface metal's evidence (an unplated stainless
// steel or titanium) is the metal's own: where the claim names which of
// the product's metals it is about, in its match ("protects the silver
// pendant from tarnish", "schützt den Silberanhänger vor dem Anlaufen") or
// as its clause's subject before it with no metal of the evidence there
// ("The silver pendant resists tarnish"), a metal of the product without
// the evidence is no licensed subject (#13, open44a; adv41's steel
// chain on a silver pendant). Features and the other fields license the
// whole product as before.
func (r *run) weakEvidence(p *core.Product, requires map[string][]string, s, e int) bool {
	rest := map[string][]string{}
	for field, vs := range requires {
		if field != "surface" {
			rest[field] = vs
		}
	}
	if hasEvidence(p, rest) {
		return true
	}
	surface := requires["surface"]
	if len(surface) == 0 || !hasEvidence(p, map[string][]string{"surface": surface}) {
		return false
	}
	if len(p.Metals) < 2 {
		return true
	}
	// kinds of the named values: a metal of the product with the surface
	// evidence, one without it
	kinds := func(text string) (with, without bool) {
		for _, v := range grounding.MaterialsNamed(r.in.Locale, text) {
			for _, m := range p.Metals {
				if !sameMetal(m.Base, v) {
					continue
				}
				if m.Plating == "" && !componentMetal(p, m) && hasEvidence(&core.Product{Metals: []core.Metal{m}}, map[string][]string{"surface": surface}) {
					with = true
				} else {
					without = true
				}
			}
		}
		return with, without
	}
	if w, wo := kinds(r.d.orig(s, e)); wo && !w {
		return false
	} else if w {
		return true
	}
	d := r.d
	ts := d.sents[d.toks[s].sent].ts
	k := s
	for k > ts && !strings.ContainsAny(d.gap(k-1), clauseMarks+listSeparators) {
		k--
	}
	if k == s {
		return true
	}
	w, wo := kinds(d.orig(k, s))
	return !wo || w
}

// sameMetal reports whether a metal value read in copy names the product
// metal base: the same metal noun, its last word ("solid silver" and
// "sterling silver", "steel" and "stainless steel").
func sameMetal(base, v string) bool {
	last := func(s string) string {
		f := strings.Fields(strings.ToLower(s))
		if len(f) == 0 {
			return ""
		}
		return f[len(f)-1]
	}
	return last(base) != "" && last(base) == last(v)
}

// partlyPlated reports a piece plated only in part: a metal whose plating
// is marked partial ("18k gold vermeil (partial)"), or a two-tone or
// bicolour piece by its name, features or keywords.
func partlyPlated(p *core.Product) bool {
	for _, m := range p.Metals {
		if m.Plating != "" && containsFold(m.Plating, "partial") {
			return true
		}
	}
	for _, v := range append(append([]string{p.Name}, p.Features...), p.Keywords...) {
		if containsFold(v, "two-tone") || containsFold(v, "two tone") || containsFold(v, "bicolo") {
			return true
		}
	}
	return false
}

// bareMetalPart reports whether the match s..e is followed right away by
// a word naming the base metal of a plated metal of a partly plated piece
// (partlyPlated), that word ending its clause: "the outer ridge is coated
// with 18k gold vermeil while the inner band stays bright silver" says
// which part keeps the silver's own colour, no promise that the finish
// will not tarnish (#13, claims50: probe 50C en-GB 50C101). A duration or
// an absolute word after the metal ("stays bright silver for years")
// leaves the clause open and keeps the claim.
func (r *run) bareMetalPart(s, e int) bool {
	p := &r.in.Product
	if !partlyPlated(p) {
		return false
	}
	d := r.d
	sn := d.sents[d.toks[s].sent]
	if e >= sn.te {
		return false
	}
	named := false
	for _, v := range grounding.MaterialsNamed(r.in.Locale, d.orig(e, e+1)) {
		for _, m := range p.Metals {
			if m.Plating != "" && sameMetal(m.Base, v) {
				named = true
			}
		}
	}
	return named && (e+1 >= sn.te || strings.ContainsAny(d.gap(e), clauseMarks+listSeparators+".!?。！？"))
}

// darkenedFinish reports a product whose finish is darkened by design: an
// oxidised (oxidized), blackened, patinated or antiqued finish named in its
// features or materials, or a metal worked for its patina (shakudo,
// shibuichi). Its dark colour is the finish itself, so that colour said to
// stay is the design, not the metal kept from tarnishing (conceptDef.
// DarkFinish; #13, care67). A black plating (ruthenium, black rhodium) is
// a layer, not a patina, and is not such a finish.
func darkenedFinish(p *core.Product) bool {
	words := []string{"oxidised", "oxidized", "oxidation finish", "blackened", "patina", "antiqued", "darkened", "shakudo", "shibuichi"}
	has := func(v string) bool {
		for _, w := range words {
			if containsFold(v, w) && !containsFold(v, "anti-oxid") && !containsFold(v, "non-oxid") {
				return true
			}
		}
		return false
	}
	for _, list := range [][]string{p.Features, p.Materials} {
		for _, v := range list {
			if has(v) {
				return true
			}
		}
	}
	for _, m := range p.Metals {
		if has(m.Base) {
			return true
		}
	}
	return false
}
