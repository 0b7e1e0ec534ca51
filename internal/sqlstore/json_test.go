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
		[]savedDraft{{ID: "d1", Text: long[:5000], Findings: []core.Finding{{Rule: "r", Message: "<b> é"}}, NearSig: []byte{0, 1, 2, 255},
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

// TestRowsFindingsAsRaw: a row's findings encoded in place (savedDraft,
// versionRow) are the bytes the rows held before perf38, each draft's
// findings encoded by mustJSON and kept as a RawMessage; pooledJSON's
// bytes are mustJSON's (#17).
func TestRowsFindingsAsRaw(t *testing.T) {
	type savedDraftRaw struct {
		ID       string          `json:"id"`
		Findings json.RawMessage `json:"findings"`
		Model    string          `json:"model"`
	}
	type savedDraftIn struct {
		ID       string         `json:"id"`
		Findings []core.Finding `json:"findings"`
		Model    string         `json:"model"`
	}
	for i, fs := range [][]core.Finding{
		{},
		{{Rule: "grounding.material", Category: "grounding", Severity: core.SeverityBlock, Message: "mentions «gold» <b>&</b>; the product is sterling silver \u2028", Start: 41, End: 45}},
		{{Rule: "a"}, {Rule: "b", Message: strings.Repeat("é金\"", 400)}},
	} {
		raw := mustJSON([]savedDraftRaw{{ID: "d", Findings: json.RawMessage(mustJSON(fs)), Model: "m"}})
		in := mustJSON([]savedDraftIn{{ID: "d", Findings: fs, Model: "m"}})
		if raw != in {
			t.Errorf("%d: in place %.300s, before %.300s", i, in, raw)
		}
		if rows := []savedDraft{{ID: "d", Findings: fs}}; pooledJSON(rows).String() != mustJSON(rows) {
			t.Errorf("%d: pooledJSON is not mustJSON", i)
		}
		if rows := []versionRow{{DraftID: "d", Findings: fs}}; pooledJSON(rows).String() != mustJSON(rows) {
			t.Errorf("%d: pooledJSON is not mustJSON", i)
		}
	}
}
