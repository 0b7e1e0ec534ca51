package grounding

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// gemRef is one entry of testdata/gems17.yaml, the reference list of gem
// species, trade varieties, organics and jewellery metals (#13, vocab17).
type gemRef struct {
	Name   string            `yaml:"name"`
	Value  string            `yaml:"value"`
	Kind   string            `yaml:"kind"`
	Family string            `yaml:"family"`
	Excuse map[string]string `yaml:"excuse"`
}

// collectValues adds the value of every stone or material form of the trie
// under n to out, by kind.
func collectValues(n node, out map[kind]map[string]bool) {
	for _, f := range n.forms() {
		if f.kind == kindStone || f.kind == kindMaterial {
			out[f.kind][f.value] = true
		}
	}
	for _, c := range n.children() {
		collectValues(c, out)
	}
}

// TestVocabCoverage17: coverage of the closed vocabularies is systematic
// (#13, vocab17): every stone and metal of the reference list (a) is read
// from its English name, the words of product data, as its canonical value;
// (b) is placed in its family by vocab/canon.yaml (a sunstone is a feldspar,
// a prasiolite a quartz), so copy naming the family is true of it; and (c)
// has a form in the vocabulary of each of the 25 locales, so copy naming it
// on a product without it is compared instead of read as nothing.
func TestVocabCoverage17(t *testing.T) {
	t.Parallel()
	vocabCoverage(t, "testdata/gems17.yaml")
}

// TestVocabCoverage19 is TestVocabCoverage17 for the sixteenth session's
// additions (testdata/gems19.yaml; #13, cjk_mineral19, composite19): the
// stones of new products (variscite, tiger iron, larvikite, lepidolite...)
// and the mineral names whose Chinese and Japanese forms hold a metal's
// character (黄铁矿 pyrite, 金红石 rutile, 银星石 wavellite).
func TestVocabCoverage19(t *testing.T) {
	t.Parallel()
	vocabCoverage(t, "testdata/gems19.yaml")
}

// vocabCoverage asserts (a), (b) and (c) of TestVocabCoverage17 for every
// entry of the reference list in file.
func vocabCoverage(t *testing.T, file string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Entries []gemRef `yaml:"entries"`
	}
	if err := yaml.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	set, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	en, err := lexiconFor("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	cn := canonical()
	have := map[string]map[kind]map[string]bool{}
	for _, l := range set.Supported() {
		lx, err := lexiconFor(l)
		if err != nil {
			t.Fatal(err)
		}
		m := map[kind]map[string]bool{kindStone: {}, kindMaterial: {}}
		collectValues(lx.root, m)
		for _, s := range append(slices.Clone(lx.prefixes), lx.suffixes...) {
			if s.f.kind == kindStone || s.f.kind == kindMaterial {
				m[s.f.kind][s.f.value] = true
			}
		}
		have[l] = m
	}
	if n := len(set.Supported()); n != 25 {
		t.Errorf("%d locales, want 25", n)
	}
	missing := map[string][]string{}
	for _, e := range ref.Entries {
		v := e.Value
		if v == "" {
			v = e.Name
		}
		k := kindStone
		if e.Kind == "material" {
			k = kindMaterial
		}
		// (a) product data naming it (a stone's type, a material) has the
		// value.
		var p core.Product
		if k == kindStone {
			p.Stones = []core.Stone{{Type: e.Name, Count: 1}}
		} else {
			p.Materials = []string{e.Name}
		}
		pf := productFacts(en, cn, p)
		if got := map[kind][]string{kindStone: pf.stones, kindMaterial: pf.materials}[k]; !slices.Contains(got, v) {
			t.Errorf("%q: product data reads %q, want %q", e.Name, got, v)
		}
		// (b) the canon places it in its family.
		if e.Family != "" && !slices.Contains(cn.closure(nil, v), e.Family) {
			t.Errorf("%q: vocab/canon.yaml implies %v, want its family %q", v, cn.closure(nil, v)[1:], e.Family)
		}
		// (c) every locale has a form of it.
		for _, l := range set.Supported() {
			if !have[l][k][v] && e.Excuse[l] == "" && !slices.Contains(missing[v], l) {
				missing[v] = append(missing[v], l)
			}
		}
	}
	var vs []string
	for v := range missing {
		vs = append(vs, v)
	}
	sort.Strings(vs)
	for _, v := range vs {
		t.Errorf("%q: no form in %d locales: %s", v, len(missing[v]), strings.Join(missing[v], " "))
	}
}
