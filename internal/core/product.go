package core

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Stone origins. Market rules differ by origin: a lab-grown stone must be
// named with a qualifier (US: 16 CFR 23.23-23.25; France: décret
// n°2002-65, "synthétique"), a simulant must not be presented as the gem.
const (
	OriginNatural  = "natural"
	OriginLabGrown = "lab_grown"
	OriginSimulant = "simulant"
)

// Metal is one metal of a product as a jewellery PIM records it.
//
//	{"base": "brass", "plating": "gold", "fineness": "14k", "plating_microns": 0.5}
//	{"base": "silver", "fineness": "925"}
//	{"base": "white gold", "fineness": "750"}
//
// Base is the metal the piece is made of; Plating, when set, is the metal
// of its surface. Fineness is a karat (8k to 24k), a millesimal fineness
// (300 to 999) or a gold-filled mark ("12/20", "1/20 14k": ParseFineness).
// A karat fineness on a gold plating over a metal that is
// not gold describes the plating ("14k gold-plated sterling silver");
// otherwise fineness describes the base. PlatingMicrons is the plating's
// thickness in micrometres, where known.
type Metal struct {
	Base           string  `json:"base" validate:"required,max=100"`
	Plating        string  `json:"plating,omitempty" validate:"max=100"`
	Fineness       string  `json:"fineness,omitempty" validate:"omitempty,fineness"`
	PlatingMicrons float64 `json:"plating_microns,omitempty" validate:"gte=0,lte=100,excluded_without=Plating"`
}

// Measurement is one named size of a product: {"name": "chain length",
// "value": 45, "unit": "cm"}. Units: mm, cm, in (inches), ct (carats).
type Measurement struct {
	Name  string  `json:"name" validate:"required,max=100"`
	Value float64 `json:"value" validate:"gt=0,lte=100000"`
	Unit  string  `json:"unit" validate:"required,oneof=mm cm in ct"`
}

// Fineness is a parsed metal fineness.
type Fineness struct {
	Karat      int // 8 to 24; 0 when given as millesimal and not a gold standard
	Millesimal int // parts per thousand
	// Marked is true when the fineness was written as a karat ("18k") or a
	// gold-filled mark ("12/20"): it then names the karat of the gold, which
	// on a gold plating over another metal is the plating's, and is not a
	// millesimal of the base.
	Marked bool
	// Filled is the denominator of a gold-filled or rolled-gold-plate mark:
	// 20 for "12/20" or "1/20 12k", a layer of 12-karat gold that is at least
	// one twentieth of the metal's weight (FTC Jewelry Guides, 16 CFR 23.5);
	// 0 for any other fineness.
	Filled int
}

// karatMillesimal maps the usual gold standards both ways.
var karatMillesimal = map[int]int{9: 375, 10: 417, 14: 585, 18: 750, 22: 916, 24: 999}

// ParseFineness reads a karat ("14k", "14K", "14kt", "14ct", "18 karat"),
// a millesimal ("585", "925") or a gold-filled mark as the US trade writes
// it, karat over the layer's share of the weight ("12/20", "14/20") or the
// share and the karat ("1/20 14k", "14k 1/20"; 16 CFR 23.5: a layer of at
// least 10-karat gold, at least 1/20 of the metal's weight for "gold
// filled", less for "rolled gold plate", so shares from 1/10 to 1/40 are
// read). It reports false for anything else.
func ParseFineness(s string) (Fineness, bool) {
	low := strings.ToLower(strings.TrimSpace(s))
	if m := filledPattern.FindStringSubmatch(low); m != nil {
		return filledFineness(m[1], m[2])
	}
	if m := filledSharePattern.FindStringSubmatch(low); m != nil {
		if m[1] != "" {
			return filledFineness(m[2], m[1])
		}
		return filledFineness(m[3], m[4])
	}
	m := finenessPattern.FindStringSubmatch(low)
	if m == nil {
		return Fineness{}, false
	}
	n, _ := strconv.Atoi(m[1])
	if m[2] != "" {
		if n < 8 || n > 24 {
			return Fineness{}, false
		}
		return Fineness{Karat: n, Millesimal: karatOrComputed(n), Marked: true}, true
	}
	if n < 300 || n > 999 {
		return Fineness{}, false
	}
	f := Fineness{Millesimal: n}
	for k, v := range karatMillesimal {
		if v == n {
			f.Karat = k
		}
	}
	return f, true
}

var (
	finenessPattern = regexp.MustCompile(`^(\d{1,3})\s*(k|kt|ct|karat|carat)?$`)
	// "12/20": karat over the share's denominator.
	filledPattern = regexp.MustCompile(`^(\d{1,2})\s*/\s*(\d{2})$`)
	// "1/20 14k" or "14k 1/20".
	filledSharePattern = regexp.MustCompile(`^(?:1\s*/\s*(\d{2})\s+(\d{1,2})\s*(?:k|kt|ct|karat)|(\d{1,2})\s*(?:k|kt|ct|karat)\s+1\s*/\s*(\d{2}))$`)
)

// filledFineness is the fineness of a gold-filled mark: the layer's karat
// (10 to 24, the least karat 16 CFR 23.5 allows the name for) and its
// share's denominator (10 to 40).
func filledFineness(karat, share string) (Fineness, bool) {
	k, _ := strconv.Atoi(karat)
	d, _ := strconv.Atoi(share)
	if k < 10 || k > 24 || d < 10 || d > 40 {
		return Fineness{}, false
	}
	return Fineness{Karat: k, Millesimal: karatOrComputed(k), Marked: true, Filled: d}, true
}

func karatOrComputed(k int) int {
	if m, ok := karatMillesimal[k]; ok {
		return m
	}
	return k * 1000 / 24
}

func isGold(s string) bool { return strings.Contains(strings.ToLower(s), "gold") }

// String renders the metal as the plain material string that the checks,
// prompts and writers read: "14k gold-plated sterling silver",
// "silver-plated brass", "18k white gold", "sterling silver".
func (m Metal) String() string {
	base := strings.TrimSpace(m.Base)
	plating := strings.TrimSpace(m.Plating)
	f, ok := ParseFineness(m.Fineness)
	onPlating := ok && f.Karat > 0 && plating != "" && isGold(plating) && !isGold(base)
	low := strings.ToLower(base)
	if ok && !onPlating {
		switch {
		case isGold(base) && f.Karat > 0 && !strings.Contains(low, "k "):
			base = fmt.Sprintf("%dk %s", f.Karat, base)
		case (low == "silver" || low == "argent") && f.Millesimal == 925:
			base = "sterling silver"
		case !strings.Contains(low, strconv.Itoa(f.Millesimal)) && !strings.Contains(low, "sterling"):
			base = fmt.Sprintf("%d %s", f.Millesimal, base)
		}
	}
	if plating == "" {
		return base
	}
	if onPlating && f.Filled > 0 && !bondedLayer(plating) {
		// a gold plating recorded with a gold-filled mark is a bonded
		// layer named by its share (16 CFR 23.5): gold-filled from 1/20
		// of the metal's weight, rolled gold plate below
		if f.Filled <= 20 {
			plating += "-filled"
		} else {
			plating = "rolled " + plating + " plate"
		}
	}
	if onPlating && !strings.Contains(strings.ToLower(plating), fmt.Sprintf("%dk", f.Karat)) {
		plating = fmt.Sprintf("%dk %s", f.Karat, plating)
	}
	if bondedLayer(plating) {
		// a bonded layer, not a plating (16 CFR 23.5): "12k gold-filled
		// over sterling silver"
		return plating + " over " + base
	}
	return plating + "-plated " + base
}

// bondedLayer reports whether a plating names a gold-filled or rolled gold
// layer, bonded to its base rather than plated (16 CFR 23.5).
func bondedLayer(plating string) bool {
	l := strings.ToLower(plating)
	return strings.Contains(l, "fill") || strings.Contains(l, "rolled")
}

// Bonded reports whether the metal's surface is a gold-filled or rolled
// gold layer: named so in its plating, or a gold plating recorded with a
// gold-filled mark as its fineness ("1/20 14k"). Such a layer is no
// plating in the FTC's sense, nor vermeil (16 CFR 23.5).
func (m Metal) Bonded() bool {
	if bondedLayer(m.Plating) {
		return true
	}
	f, ok := ParseFineness(m.Fineness)
	return ok && f.Filled > 0 && isGold(m.Plating)
}

// QualifiedType is the stone's type with its origin made explicit, so
// that code reading plain types sees the origin: a lab_grown "sapphire" is
// "lab-grown sapphire", a simulant "diamond" is "simulated diamond". A type
// that already says its origin is left alone.
func (s Stone) QualifiedType() string {
	t := strings.TrimSpace(s.Type)
	low := strings.ToLower(t)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	switch s.Origin {
	case OriginLabGrown:
		if !has("lab", "synthetic", "created", "cultured", "grown") {
			return "lab-grown " + t
		}
	case OriginSimulant:
		if !has("simulat", "imitation", "zirconia", "crystal", "glass", "moissanite", "faux") {
			return "simulated " + t
		}
	}
	return t
}

// Resolved returns the product with its structured facts folded into the
// plain fields that older readers use: every metal appended to Materials
// as its String, every stone's Type qualified by its Origin, every
// measurement added to Attributes ("chain length": "45 cm") unless the
// name is taken. The receiver is not changed.
func (p Product) Resolved() Product {
	if len(p.Metals) == 0 && len(p.Measurements) == 0 && !anyOrigin(p.Stones) {
		return p
	}
	out := p
	if len(p.Metals) > 0 {
		out.Materials = append(append([]string(nil), p.Materials...), make([]string, 0, len(p.Metals))...)
		for _, m := range p.Metals {
			if s := m.String(); s != "" {
				out.Materials = append(out.Materials, s)
			}
		}
	}
	if anyOrigin(p.Stones) {
		out.Stones = make([]Stone, len(p.Stones))
		for i, s := range p.Stones {
			s.Type = s.QualifiedType()
			out.Stones[i] = s
		}
	}
	if len(p.Measurements) > 0 {
		out.Attributes = make(map[string]string, len(p.Attributes)+len(p.Measurements))
		for k, v := range p.Attributes {
			out.Attributes[k] = v
		}
		for _, m := range p.Measurements {
			if _, taken := out.Attributes[m.Name]; !taken {
				out.Attributes[m.Name] = m.String()
			}
		}
	}
	return out
}

func anyOrigin(ss []Stone) bool {
	for _, s := range ss {
		if s.Origin != "" {
			return true
		}
	}
	return false
}

// String renders "45 cm", "0.5 ct", "7.5 in".
func (m Measurement) String() string {
	return strconv.FormatFloat(m.Value, 'f', -1, 64) + " " + m.Unit
}
