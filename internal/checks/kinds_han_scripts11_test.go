package checks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/longbridgeapp/opencc"
	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// hanMetalChars mark a word of metal, plating or purity in Chinese, in
// both scripts: gold, silver, platinum, rhodium, palladium, titanium,
// steel, stainless, copper, nickel, zirconium; plated; chain; pure.
const hanMetalChars = "金银銀铂鉑铑銠钯鈀钛鈦钢鋼锈鏽铜銅镍鎳锆鋯镀鍍链鏈鍊纯純"

// taiwanChain are the Taiwan forms OpenCC's character tables read in
// another sense: 鍊 is Taiwan's chain (項鍊, 手鍊, 腳鍊; Ministry of
// Education dictionary, a variant of 鏈), which t2s reads as 炼, to smelt.
var taiwanChain = strings.NewReplacer("鍊", "鏈")

// hanConverters convert with OpenCC (Open Chinese Convert's dictionaries,
// github.com/longbridgeapp/opencc): to Traditional as written in general
// and in Taiwan, and back to Simplified.
func hanConverters(t *testing.T) (toTrad, toSimp []*opencc.OpenCC) {
	t.Helper()
	for _, n := range []string{"s2t", "s2tw", "s2twp"} {
		c, err := opencc.New(n)
		if err != nil {
			t.Fatal(err)
		}
		toTrad = append(toTrad, c)
	}
	for _, n := range []string{"t2s", "tw2s"} {
		c, err := opencc.New(n)
		if err != nil {
			t.Fatal(err)
		}
		toSimp = append(toSimp, c)
	}
	return toTrad, toSimp
}

// hanCovered reports whether w's form in the other script (by any of cs)
// is in set, or is w itself; it returns the first conversion otherwise.
func hanCovered(cs []*opencc.OpenCC, w string, set map[string]bool) (string, bool) {
	first := ""
	for _, c := range cs {
		o, err := c.Convert(w)
		if err != nil {
			continue
		}
		if o == w || set[o] {
			return o, true
		}
		if first == "" {
			first = o
		}
	}
	return first, false
}

// hanLists calls fn with every list of strings in a YAML file, by its key
// path ("terms.forms", "plating_words", "concepts.pairs.objects").
func hanLists(t *testing.T, file string, fn func(path string, list []*yaml.Node)) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		if n.Kind == yaml.SequenceNode {
			var list []*yaml.Node
			for _, c := range n.Content {
				if c.Kind == yaml.ScalarNode {
					list = append(list, c)
				}
			}
			if len(list) > 0 {
				fn(path, list)
			}
		}
		for i, c := range n.Content {
			p := path
			if n.Kind == yaml.MappingNode && i%2 == 1 {
				p = strings.TrimPrefix(path+"."+n.Content[i-1].Value, ".")
			}
			walk(c, p)
		}
	}
	walk(&root, "")
}

// TestKindsHanScriptMetals11 (issue #13, eleventh blind set,
// plating_silver in zh-TW): zh-TW reads zh-CN's vocabulary and the zh
// concept data, which hold both scripts; a metal, plating or purity word
// written in one script only is a fact, a plating or a solid-metal claim
// the other script's copy makes unseen. Every such word of every list
// (terms' forms, plating words, solid words, components, concept forms)
// must have its other script's form in the same list, by OpenCC's
// Simplified-Traditional tables (鍍金純銀 beside 镀金纯银, 手鍊串 beside 手链串,
// 無鎳材質 beside 无镍材质: missing before); and the locale packs' own lists
// (qualifiers: 镀, 电镀 / 鍍, 電鍍) must be each other's conversion.
func TestKindsHanScriptMetals11(t *testing.T) {
	t.Parallel()
	toTrad, toSimp := hanConverters(t)
	files := []string{"../locales/packs/zh-CN/vocab.yaml"}
	concepts, _ := filepath.Glob("data/zh/*.yaml")
	files = append(files, concepts...)
	for _, f := range files {
		hanLists(t, f, func(path string, list []*yaml.Node) {
			set := map[string]bool{}
			for _, n := range list {
				set[n.Value] = true
			}
			for _, n := range list {
				if !strings.ContainsAny(n.Value, hanMetalChars) {
					continue
				}
				if o, ok := hanCovered(toTrad, n.Value, set); !ok {
					t.Errorf("%s:%d %s: %q has no Traditional form %q beside it", f, n.Line, path, n.Value, o)
				}
				if r := taiwanChain.Replace(n.Value); r == n.Value || !set[r] {
					if o, ok := hanCovered(toSimp, r, set); !ok {
						t.Errorf("%s:%d %s: %q has no Simplified form %q beside it", f, n.Line, path, n.Value, o)
					}
				}
			}
		})
	}
	// The packs' own lists: zh-TW's are zh-CN's in Traditional.
	lists := map[string]map[string]bool{}
	for _, loc := range []string{"zh-CN", "zh-TW"} {
		hanLists(t, "../locales/packs/"+loc+"/pack.yaml", func(path string, list []*yaml.Node) {
			if !strings.HasPrefix(path, "qualifiers.") {
				return
			}
			set := map[string]bool{}
			for _, n := range list {
				set[n.Value] = true
			}
			lists[loc+" "+path] = set
		})
	}
	for key, set := range lists {
		loc, path, _ := strings.Cut(key, " ")
		other, cs := "zh-TW", toTrad
		if loc == "zh-TW" {
			other, cs = "zh-CN", toSimp
		}
		theirs, ok := lists[other+" "+path]
		if !ok {
			continue // inherited
		}
		for w := range set {
			if !strings.ContainsAny(w, hanMetalChars) {
				continue
			}
			if o, ok := hanCovered(cs, taiwanChain.Replace(w), theirs); !ok && !theirs[taiwanChain.Replace(w)] {
				t.Errorf("%s %s: %q has no %s form %q", loc, path, w, other, o)
			}
		}
	}
}

var (
	// han11Plated is a silver-plated brass necklace.
	han11Plated = core.Product{SKU: "HAN11A", Name: "Coralie Necklace", Category: "necklace",
		Materials: []string{"silver-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 1}},
		Colours: []string{"silver"}}
	// han11Gilt is a gold-plated brass necklace.
	han11Gilt = core.Product{SKU: "HAN11B", Name: "Sol Necklace", Category: "necklace",
		Materials: []string{"gold-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold"}},
		Colours: []string{"gold"}}
)

// TestKindsHanScriptPlating11: a solid or pure metal said of a plated
// piece blocks as regulatory in Traditional as in Simplified Chinese, and
// the plating said as it is passes in both.
func TestKindsHanScriptPlating11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"solid silver on silver plating", han11Plated, CatRegulatory, []lt{
			{"zh-CN", "这条项链采用纯银打造，光泽柔和。"}, {"zh-TW", "這條項鍊採用純銀打造，光澤柔和。"},
			{"zh-CN", "这条项链由足银制成。"}, {"zh-TW", "這條項鍊由足銀製成。"},
			{"zh-CN", "这条项链为千足银材质。"}, {"zh-TW", "這條項鍊為千足銀材質。"},
			{"zh-CN", "这条项链是实心银。"}, {"zh-TW", "這條項鍊是實心銀。"},
		}},
		{"solid gold on gold plating", han11Gilt, CatRegulatory, []lt{
			{"zh-CN", "这条项链采用纯金打造。"}, {"zh-TW", "這條項鍊採用純金打造。"},
			{"zh-CN", "这条项链由足金制成。"}, {"zh-TW", "這條項鍊由足金製成。"},
		}},
		{"the plating as it is", han11Plated, "", []lt{
			{"zh-CN", "这条项链为镀银黄铜材质。"}, {"zh-TW", "這條項鍊為鍍銀黃銅材質。"},
		}},
		{"the plating as it is", han11Gilt, "", []lt{
			{"zh-CN", "这条项链为镀金黄铜材质。"}, {"zh-TW", "這條項鍊為鍍金黃銅材質。"},
		}},
	})
}
