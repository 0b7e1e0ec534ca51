package sqlstore

import (
	"encoding/json"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// TestMustJSONAsMarshal: mustJSON's pooled encoding is json.Marshal's,
// byte for byte (HTML characters escaped, no trailing newline kept, a
// RawMessage compacted), from several goroutines at once (run with
// -race).
func TestMustJSONAsMarshal(t *testing.T) {
	long := strings.Repeat("Sterling silver <b>&amp;</b> \u2028 charm\n\"q\" é 金 ", 3000) // past maxPooledJSON once encoded
	values := []any{
		nil, 0, math.MaxInt64, 1.5, "", "a\nb", "<script>&'\"</script>", long, []string{}, []core.Finding(nil),
		[]core.Finding{{Rule: "style.banned", Category: "style", Severity: core.SeverityBlock, Message: "«gold» <b>", Start: 3, End: 7}},
		map[string]any{"z": 1, "a": []int{1, 2}, "m": nil},
		[]savedDraft{{ID: "d1", Text: long[:5000], Findings: json.RawMessage(` [ {"a" : 1} ] `), NearSig: []byte{0, 1, 2, 255},
			UpdatedAt: time.Date(2026, 12, 3, 9, 0, 0, 123456789, time.UTC)}},
		[]eventRecord{{N: 1, DraftID: "x", Event: "generated", Detail: "1 attempt(s), verdict <ok>"}},
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				for i, v := range values {
					want, err := json.Marshal(v)
					if err != nil {
						t.Error(err)
						return
					}
					if got := mustJSON(v); got != string(want) {
						t.Errorf("value %d: mustJSON = %.200q, json.Marshal %.200q", i, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
