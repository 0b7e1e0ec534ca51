package core

import (
	"testing"
)

func TestMetalString(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		m    Metal
		want string
	}{
		{Metal{Base: "brass", Plating: "silver"}, "silver-plated brass"},
		{Metal{Base: "sterling silver", Plating: "gold", Fineness: "14k", PlatingMicrons: 0.5}, "14k gold-plated sterling silver"},
		{Metal{Base: "silver", Fineness: "925"}, "sterling silver"},
		{Metal{Base: "white gold", Fineness: "750"}, "18k white gold"},
		{Metal{Base: "yellow gold", Fineness: "9k"}, "9k yellow gold"},
		{Metal{Base: "platinum", Fineness: "950"}, "950 platinum"},
		{Metal{Base: "sterling silver", Plating: "gold-filled", Fineness: "12/20"}, "12k gold-filled over sterling silver"},
		{Metal{Base: "brass", Plating: "rolled gold", Fineness: "1/40 10k"}, "10k rolled gold over brass"},
		{Metal{Base: "brass", Plating: "14k gold-filled", Fineness: "14k"}, "14k gold-filled over brass"},
		// a gold plating recorded with a gold-filled mark is named by it
		{Metal{Base: "sterling silver", Plating: "gold", Fineness: "1/20 14k"}, "14k gold-filled over sterling silver"},
		{Metal{Base: "brass", Plating: "gold", Fineness: "1/40 10k"}, "10k rolled gold plate over brass"},
		{Metal{Base: "brass", Plating: "14K gold", Fineness: "14k"}, "14K gold-plated brass"},
		{Metal{Base: "stainless steel", Plating: "rhodium"}, "rhodium-plated stainless steel"},
	} {
		if got := tc.m.String(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.m, got, tc.want)
		}
	}
}

func TestParseFineness(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]Fineness{
		"14k":      {Karat: 14, Millesimal: 585, Marked: true},
		"18 Karat": {Karat: 18, Millesimal: 750, Marked: true},
		"9ct":      {Karat: 9, Millesimal: 375, Marked: true},
		"925":      {Millesimal: 925},
		"750":      {Karat: 18, Millesimal: 750},
		// gold-filled marks (16 CFR 23.5): the layer's karat and share
		"12/20":     {Karat: 12, Millesimal: 500, Marked: true, Filled: 20},
		"14/20":     {Karat: 14, Millesimal: 585, Marked: true, Filled: 20},
		"1/20 14K":  {Karat: 14, Millesimal: 585, Marked: true, Filled: 20},
		"14kt 1/10": {Karat: 14, Millesimal: 585, Marked: true, Filled: 10},
		"1/40 10k":  {Karat: 10, Millesimal: 417, Marked: true, Filled: 40},
	} {
		got, ok := ParseFineness(in)
		if !ok || got != want {
			t.Errorf("%q: %+v %v, want %+v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "k", "30k", "5k", "1200", "0.925", "gold",
		// a filled mark's karat is 10 to 24, its share 1/10 to 1/40
		"8/20", "25/20", "12/5", "12/80", "1/20", "2/20 14k", "1/20 30k", "12/20k"} {
		if _, ok := ParseFineness(in); ok {
			t.Errorf("%q parsed", in)
		}
	}
}

func TestProductResolved(t *testing.T) {
	t.Parallel()
	p := Product{SKU: "A", Materials: []string{"enamel"},
		Metals:       []Metal{{Base: "brass", Plating: "gold"}},
		Stones:       []Stone{{Type: "sapphire", Origin: OriginLabGrown, Count: 2}, {Type: "diamond", Origin: OriginSimulant}, {Type: "lab-created ruby", Origin: OriginLabGrown}},
		Measurements: []Measurement{{Name: "chain length", Value: 45, Unit: "cm"}},
		Attributes:   map[string]string{"finish": "polished"}}
	r := p.Resolved()
	if len(r.Materials) != 2 || r.Materials[1] != "gold-plated brass" {
		t.Errorf("materials %v", r.Materials)
	}
	if r.Stones[0].Type != "lab-grown sapphire" || r.Stones[1].Type != "simulated diamond" || r.Stones[2].Type != "lab-created ruby" {
		t.Errorf("stones %+v", r.Stones)
	}
	if r.Attributes["chain length"] != "45 cm" || r.Attributes["finish"] != "polished" {
		t.Errorf("attributes %v", r.Attributes)
	}
	if len(p.Materials) != 1 || p.Stones[0].Type != "sapphire" || len(p.Attributes) != 1 {
		t.Errorf("receiver changed: %+v", p)
	}
}

func TestValidateProductModel(t *testing.T) {
	t.Parallel()
	good := Product{SKU: "A", Name: "N", Category: "ring",
		Metals:       []Metal{{Base: "brass", Plating: "gold", Fineness: "14k", PlatingMicrons: 1}},
		Stones:       []Stone{{Type: "diamond", Origin: OriginLabGrown}},
		Measurements: []Measurement{{Name: "width", Value: 2.5, Unit: "mm"}}, TotalCaratWeight: 0.25, VariantGroup: "aria"}
	if err := ValidateStruct(&good); err != nil {
		t.Fatalf("valid product refused: %v", err)
	}
	// a gold-filled quality mark is a fineness (16 CFR 23.5)
	filled := good
	filled.Metals = []Metal{{Base: "sterling silver", Plating: "gold-filled", Fineness: "12/20"}}
	if err := ValidateStruct(&filled); err != nil {
		t.Fatalf("gold-filled mark refused: %v", err)
	}
	for name, tc := range map[string]struct {
		mut   func(p *Product)
		field string
	}{
		"origin":   {func(p *Product) { p.Stones[0].Origin = "grown" }, "stones[0].origin"},
		"fineness": {func(p *Product) { p.Metals[0].Fineness = "30k" }, "metals[0].fineness"},
		"base":     {func(p *Product) { p.Metals[0].Base = "" }, "metals[0].base"},
		"microns":  {func(p *Product) { p.Metals[0].Plating = "" }, "metals[0].plating_microns"},
		"unit":     {func(p *Product) { p.Measurements[0].Unit = "ft" }, "measurements[0].unit"},
		"value":    {func(p *Product) { p.Measurements[0].Value = -1 }, "measurements[0].value"},
		"weight":   {func(p *Product) { p.TotalCaratWeight = -1 }, "total_carat_weight"},
	} {
		p := good
		p.Metals = append([]Metal(nil), good.Metals...)
		p.Stones = append([]Stone(nil), good.Stones...)
		p.Measurements = append([]Measurement(nil), good.Measurements...)
		tc.mut(&p)
		err := ValidateStruct(&p)
		e, ok := err.(*Error)
		if !ok || len(e.Fields) == 0 || e.Fields[0].Field != tc.field {
			t.Errorf("%s: %v, want a field error on %s", name, err, tc.field)
		}
	}
}
