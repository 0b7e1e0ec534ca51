package checks

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestZZProbe: scratch, not committed. PROBE=file of "locale|productjson-or-key|text".
func TestZZProbe(t *testing.T) {
	path := os.Getenv("PROBE")
	if path == "" {
		t.Skip()
	}
	svc := checkService(t)
	prods := map[string]core.Product{}
	larimar := `{"sku": "28B109", "name": "Larimar Pendant", "category": "necklace", "collection": "Essence", "materials": ["rhodium-plated brass", "larimar"], "metals": [{"base": "brass", "plating": "rhodium", "plating_microns": 0.5}], "stones": [{"type": "larimar", "colour": "blue", "count": 1, "origin": "natural"}], "colours": ["silver", "blue"], "features": ["bezel setting"], "occasions": [], "keywords": ["Dominican Republic"], "measurements": [{"name": "stone length", "value": 16, "unit": "mm"}, {"name": "stone width", "value": 12, "unit": "mm"}, {"name": "chain length", "value": 50, "unit": "cm"}]}`
	var p core.Product
	json.Unmarshal([]byte(larimar), &p)
	prods["larimar"] = p
	prods["name14"] = name14
	f, _ := os.Open(path)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "|", 3)
		if len(parts) < 3 {
			continue
		}
		pr, ok := prods[parts[1]]
		if !ok {
			json.Unmarshal([]byte(parts[1]), &pr)
		}
		b, fs := blockedIn(t, svc, "", pr, parts[0], parts[2])
		fmt.Printf("%v\t%s\t%s\n\t%s\n", b, parts[0], parts[2], describe(fs, "", parts[2]))
	}
}
