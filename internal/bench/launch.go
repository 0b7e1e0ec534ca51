package bench

import (
	"encoding/json"
	"fmt"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// MaxProductsPerLaunch is the API's cap on products in one launch
// (core.LaunchInput's validation); bigger runs are split over several
// launches submitted one after the other.
const MaxProductsPerLaunch = 5000

// ExpandLocales returns the launch's locales of a -locales list: "all"
// stands for every locale copydesk has a pack for (25: the brand's launch
// shape, where the Chinese and Japanese dictionaries load; perf42), the
// rest as given. An error only when the packs do not load.
func ExpandLocales(list []string) ([]string, error) {
	var out []string
	for _, l := range list {
		if l != "all" {
			out = append(out, l)
			continue
		}
		set, err := locales.Load()
		if err != nil {
			return nil, err
		}
		out = append(out, set.Supported()...)
	}
	return out, nil
}

// Launches splits n drafts into launches of the bundled sample products
// repeated under new SKUs and names, in the given locales (one channel,
// pdp), each at most MaxProductsPerLaunch products. n is rounded down to a
// multiple of len(locales).
func Launches(n int, locales []string) ([]core.LaunchInput, error) {
	var sample core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &sample); err != nil {
		return nil, fmt.Errorf("sample launch: %w", err)
	}
	if len(locales) == 0 {
		return nil, fmt.Errorf("no locales")
	}
	products := n / len(locales)
	var out []core.LaunchInput
	for i := 0; i < products; i += MaxProductsPerLaunch {
		in := core.LaunchInput{
			Name:         fmt.Sprintf("bench %d drafts, part %d", n, len(out)+1),
			SourceLocale: locales[0],
			Locales:      locales,
			Channels:     []string{"pdp"},
		}
		for k := i; k < min(i+MaxProductsPerLaunch, products); k++ {
			p := sample.Products[k%len(sample.Products)]
			p.SKU = fmt.Sprintf("B%07d", k)
			p.Name = fmt.Sprintf("%s %d", p.Name, k)
			in.Products = append(in.Products, p)
		}
		out = append(out, in)
	}
	return out, nil
}
