package openai

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestParseReply(t *testing.T) {
	const want = "Meet the Pavé Heart Charm, a sparkling sterling silver heart."
	tests := []struct {
		name    string
		content string
		want    string // "" means an error is expected
	}{
		{"pure JSON", `{"text": "` + want + `"}`, want},
		{"JSON with spaces and BOM", "\ufeff  {\"text\":\"" + want + "\"}\n", want},
		{"fenced json", "```json\n{\"text\": \"" + want + "\"}\n```", want},
		{"fenced without language", "Here you go:\n```\n{\"text\": \"" + want + "\"}\n```\nEnjoy!", want},
		{"embedded in prose", `Sure! Here is the description: {"text": "` + want + `"} Let me know if you need changes.`, want},
		{"description key", `{"description": "` + want + `"}`, want},
		{"copy key", `{"copy": "` + want + `", "notes": "none"}`, want},
		{"capitalised key", `{"Text": "` + want + `"}`, want},
		{"nested under result", `{"result": {"text": "` + want + `"}}`, want},
		{"double-encoded", `"{\"text\": \"` + want + `\"}"`, want},
		{"bare prose", want, want},
		{"prose with preamble", "Here is the product description:\n" + want, want},
		{"quoted prose", `"` + want + `"`, want},
		{"fenced prose", "```\n" + want + "\n```", want},
		{"empty reply", "   ", ""},
		{"empty text", `{"text": ""}`, ""},
		{"whitespace text", `{"text": "  "}`, ""},
		{"no text key", `{"sku": "1", "locale": "fr-FR"}`, ""},
		{"text not a string", `{"text": 42}`, ""},
		{"array", `["a", "b"]`, ""},
		{"truncated JSON", `{"text": "Meet the Pavé Heart`, ""},
		{"truncated with inner object", `{"text": "x", "meta": {"text": "fragment"}`, ""},
		{"broken JSON in prose", `Here: "text": "Meet the`, ""},
		{"garbage", `@@##$$%%^^&&**((`, ""},
		{"too short", "OK", ""},
		{"fenced garbage", "```json\n{not json}\n```", ""},
		{"braces in prose", "I cannot { produce } that right now sorry", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseReply(tt.content)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("ParseReply(%q) = %q, want an error", tt.content, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseReply(%q): %v", tt.content, err)
			}
			if got != tt.want {
				t.Errorf("ParseReply(%q) = %q, want %q", tt.content, got, tt.want)
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 23, 1, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		header map[string]string
		want   float64
	}{
		{"none", nil, 0},
		{"seconds", map[string]string{"Retry-After": "7"}, 7},
		{"fractional seconds", map[string]string{"Retry-After": "1.5"}, 1.5},
		{"milliseconds win", map[string]string{"Retry-After": "7", "Retry-After-Ms": "250"}, 0.25},
		{"http date", map[string]string{"Retry-After": now.Add(30 * time.Second).Format(http.TimeFormat)}, 30},
		{"date in the past", map[string]string{"Retry-After": now.Add(-time.Minute).Format(http.TimeFormat)}, 0},
		{"negative", map[string]string{"Retry-After": "-3"}, 0},
		{"garbage", map[string]string{"Retry-After": "soon"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tt.header {
				h.Set(k, v)
			}
			if got := RetryAfter(h, now); got != tt.want {
				t.Errorf("RetryAfter = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestClipKeepsRunesWhole(t *testing.T) {
	got := clip(strings.Repeat("é", 10), 5)
	if !strings.HasSuffix(got, "…") || strings.ContainsRune(got, '\uFFFD') {
		t.Errorf("clip = %q", got)
	}
}
