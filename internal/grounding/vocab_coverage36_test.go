package grounding

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/locales"
)

// stoneValuesRead returns the values of the stone forms the vocabulary lx
// reads in phrase, in order.
func stoneValuesRead(lx *lexicon, phrase string) []string {
	var out []string
	for _, m := range lx.scan(tokenize(phrase, nil), nil) {
		if m.f.kind == kindStone {
			out = append(out, m.f.value)
		}
	}
	return out
}

// TestVocabNames36: every native and variant trade name of a stone in
// testdata/names36.yaml reads as that stone in every locale whose pack
// owns (or inherits) the vocabulary it is listed under (#13, vocab36:
// es "fucsita", it "fucsite", sv/da "fuksit", nb "fuksitt", de
// "Flussspat", fr "fluorine", tr "kalsedon", el "οψιανός", ja 赤鉄鉱 and
// 青金石 (read as red and as blue gold before), zh 东陵石, ko 석류석).
// A name the vocabulary lacks reads as nothing, so a wrong stone so named
// passed; one that held a colour or metal character read as that colour
// or metal and blocked the right stone.
func TestVocabNames36(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/names36.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Entries []struct {
			Value string              `yaml:"value"`
			Names map[string][]string `yaml:"names"`
		} `yaml:"entries"`
	}
	if err := yaml.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	set, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	owners := map[string]bool{}
	for _, l := range set.Supported() {
		p, _ := set.Resolve(l)
		owner := p.VocabOwner()
		owners[owner] = true
		lx, err := lexiconFor(l)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ref.Entries {
			for _, n := range e.Names[owner] {
				if got := stoneValuesRead(lx, n); !slices.Contains(got, e.Value) {
					t.Errorf("%s (%s): %q reads as %v, want %q", l, owner, n, got, e.Value)
				}
			}
		}
	}
	for _, e := range ref.Entries {
		for o := range e.Names {
			if !owners[o] {
				t.Errorf("%q: %s owns no vocabulary", e.Value, o)
			}
		}
	}
}

// valueExcuses36 are the stone values of some vocabulary that another
// vocabulary reads under another value on purpose, with the reason
// (TestVocabCoverage36).
var valueExcuses36 = map[string]string{
	"crystal or quartz":          "ja/zh 水晶 and ko 수정 name crystal or quartz; the other languages tell them apart",
	"zircon or cubic zirconia":   "where one word names zircon and cubic zirconia (Zirkon, zircon, 锆石); en, ja, ko tell them apart",
	"garnet or carnelian":        "ar العقيق الأحمر names garnet and carnelian; the other languages tell them apart",
	"hematite or bloodstone":     "ar حجر الدم and tr kantaşı name hematite and bloodstone; the other languages tell them apart",
	"cultured freshwater pearl":  "product data only: copy names a freshwater or a cultured pearl (canon implies both)",
	"synthetic ruby":             "product data only: copy names the ruby and its qualifier (the regulatory check)",
	"synthetic sapphire":         "product data only: copy names the sapphire and its qualifier",
	"man-made crystal":           "read as crystal with the qualifier where the language has no fixed phrase",
	"shell cameo":                "product data only: copy names the shell (material) and the cameo",
	"shell pearl":                "an imitation pearl named by its qualifier where the language has no fixed word",
	"mica":                       "it mica (not at all), de/sv/da/nb Glimmer (a glimmer), fi kiille, pl mika: another common sense",
	"amphibole":                  "el αμφίβολος is doubtful",
	"nephrite":                   "el νεφρίτης is jade in trade, read as jade (canon: nephrite implies jade)",
	"olivine":                    "zh 橄榄石 is peridot, gem olivine (canon: peridot implies olivine)",
	"dolomite":                   "gems55: the Dolomites (cs/pl Dolomity, el Δολομίτες, fi Dolomiitit, tr Dolomitler) meet the mineral by stem or ending",
	"ekanite":                    "gems55: no settled Chinese name",
	"poudretteite":               "gems55: no settled Chinese name (gems63: el ποντρετίτης read)",
	"epidote":                    "gems55: el επίδοτο is subsidised",
	"hypersthene":                "gems55: el υπερσθενής is very strong",
	"rhyolite":                   "gems55: ar ريوليت with the prefix ب is بريوليت, the briolette cut",
	"schorl":                     "gems55: no settled Finnish or Greek name (musta turmaliini, black tourmaline, is read by its words)",
	"sard":                       "gems55b: fi sardi is Sardinian, ja サード third, ko 사드 THAAD; zh has no name apart from carnelian's",
	"zektzerite":                 "gems63: no settled Chinese name",
	"fossil coral":               "rarevocab67: the en packs' words also read product types, where \"agatised fossil coral\" must stay agate and coral (TestKindsTypeNameParts27); English copy's \"fossil coral\" is read as coral",
	"sinhalite or grandidierite": "rel64a: zh 硼铝镁石 names sinhalite and, in the trade, grandidierite; the other languages tell them apart",
}

// TestVocabCoverage36: every stone value one vocabulary knows has a form
// in every locale, or an excuse in valueExcuses36 (#13, vocab36): a stone
// some locale reads and another does not is a wrong stone that passes
// there.
func TestVocabCoverage36(t *testing.T) {
	t.Parallel()
	set, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]map[string]bool{}
	all := map[string]bool{}
	for _, l := range set.Supported() {
		lx, err := lexiconFor(l)
		if err != nil {
			t.Fatal(err)
		}
		m := map[kind]map[string]bool{kindStone: {}, kindMaterial: {}}
		collectValues(lx.root, m)
		for _, s := range append(slices.Clone(lx.prefixes), lx.suffixes...) {
			if s.f.kind == kindStone {
				m[kindStone][s.f.value] = true
			}
		}
		have[l] = m[kindStone]
		for v := range m[kindStone] {
			all[v] = true
		}
	}
	var vs []string
	for v := range all {
		vs = append(vs, v)
	}
	sort.Strings(vs)
	for _, v := range vs {
		if valueExcuses36[v] != "" {
			continue
		}
		var miss []string
		for _, l := range set.Supported() {
			if !have[l][v] {
				miss = append(miss, l)
			}
		}
		if len(miss) > 0 {
			t.Errorf("stone %q: no form in %d locales: %s", v, len(miss), strings.Join(miss, " "))
		}
	}
}
