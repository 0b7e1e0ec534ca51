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
// of its surface. Fineness is a karat (8k to 24k) or a millesimal fineness
// (300 to 999). A karat fineness on a gold plating over a metal that is
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
}

// karatMillesimal maps the usual gold standards both ways.
var karatMillesimal = map[int]int{9: 375, 10: 417, 14: 585, 18: 750, 22: 916, 24: 999}

// ParseFineness reads "14k", "14K", "14kt", "14ct", "18 karat", "585" or
// "925". It reports false for anything else.
func ParseFineness(s string) (Fineness, bool) {
	m := finenessPattern.FindStringSubmatch(strings.ToLower(strings.TrimSpace(s)))
	if m == nil {
		return Fineness{}, false
	}
	n, _ := strconv.Atoi(m[1])
	if m[2] != "" {
		if n < 8 || n > 24 {
			return Fineness{}, false
		}
		return Fineness{Karat: n, Millesimal: karatOrComputed(n)}, true
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

var finenessPattern = regexp.MustCompile(`^(\d{1,3})\s*(k|kt|ct|karat|carat)?$`)

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
	if onPlating {
		plating = fmt.Sprintf("%dk %s", f.Karat, plating)
	}
	return plating + "-plated " + base
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
