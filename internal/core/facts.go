package core

import (
	"sort"
	"strconv"
	"strings"
)

// Fact is one of a product's facts in words, as a reviewer reads it.
type Fact struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// ProductFacts lists a product's facts in a fixed order, empty ones left
// out: the structured metals, stones (with origin and treatment) and
// measurements written out, and the free attributes last by key.
func ProductFacts(p Product) []Fact {
	var out []Fact
	add := func(name string, values ...string) {
		var kept []string
		for _, v := range values {
			if v = strings.TrimSpace(v); v != "" {
				kept = append(kept, v)
			}
		}
		if len(kept) > 0 {
			out = append(out, Fact{name, strings.Join(kept, ", ")})
		}
	}
	add("Name", p.Name)
	add("Category", p.Category)
	add("Collection", p.Collection)
	add("Variant group", p.VariantGroup)
	add("Materials", p.Materials...)
	var metals []string
	for _, m := range p.Metals {
		s := m.String()
		if m.PlatingMicrons > 0 {
			s += " (" + strconv.FormatFloat(m.PlatingMicrons, 'f', -1, 64) + " µm plating)"
		}
		metals = append(metals, s)
	}
	add("Metals", metals...)
	var stones []string
	for _, st := range p.Stones {
		s := st.QualifiedType()
		if st.Colour != "" {
			s = st.Colour + " " + s
		}
		if st.Count > 0 {
			s = strconv.Itoa(st.Count) + " × " + s
		}
		if st.Treatment != "" {
			s += " (" + st.Treatment + ")"
		}
		stones = append(stones, s)
	}
	add("Stones", stones...)
	if p.TotalCaratWeight > 0 {
		add("Total carat weight", strconv.FormatFloat(p.TotalCaratWeight, 'f', -1, 64)+" ct")
	}
	var sizes []string
	for _, m := range p.Measurements {
		sizes = append(sizes, m.Name+" "+m.String())
	}
	add("Measurements", sizes...)
	add("Colours", p.Colours...)
	add("Features", p.Features...)
	add("Occasions", p.Occasions...)
	add("Keywords", p.Keywords...)
	keys := make([]string, 0, len(p.Attributes))
	for k := range p.Attributes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		add(sentenceCase(strings.ReplaceAll(k, "_", " ")), p.Attributes[k])
	}
	return out
}

// FactChanges says, fact by fact, how a product changed: "Materials:
// sterling silver → 14k gold", "Stones: added 3 × clear cubic zirconia"
// style lines, in ProductFacts order; none when nothing a reader sees
// changed.
func FactChanges(before, after Product) []string {
	old, now := ProductFacts(before), ProductFacts(after)
	oldBy := map[string]string{}
	for _, f := range old {
		oldBy[f.Name] = f.Value
	}
	nowBy := map[string]bool{}
	var out []string
	for _, f := range now {
		nowBy[f.Name] = true
		switch prev, ok := oldBy[f.Name]; {
		case !ok:
			out = append(out, f.Name+": (none) → "+f.Value)
		case prev != f.Value:
			out = append(out, f.Name+": "+prev+" → "+f.Value)
		}
	}
	for _, f := range old {
		if !nowBy[f.Name] {
			out = append(out, f.Name+": "+f.Value+" → (none)")
		}
	}
	return out
}

// sentenceCase capitalises the first letter only ("diameter mm" becomes
// "Diameter mm").
func sentenceCase(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
