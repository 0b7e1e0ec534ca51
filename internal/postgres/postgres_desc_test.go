package postgres

import (
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestWithoutDescriptionCache: the description cache is dropped in the
// default mode and kept when the URL asks for the mode that uses it or
// names its size (#17).
func TestWithoutDescriptionCache(t *testing.T) {
	for _, tt := range []struct {
		url  string
		want int
	}{
		{"postgres://u@h/db", 0},
		{"postgres://u@h/db?default_query_exec_mode=cache_statement", 0},
		{"postgres://u@h/db?default_query_exec_mode=cache_describe", 512},
		{"postgres://u@h/db?description_cache_capacity=64", 64},
	} {
		cc, err := pgx.ParseConfig(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		withoutDescriptionCache(cc, tt.url)
		if cc.DescriptionCacheCapacity != tt.want {
			t.Errorf("%s: description cache %d, want %d", tt.url, cc.DescriptionCacheCapacity, tt.want)
		}
		if cc.StatementCacheCapacity != 512 {
			t.Errorf("%s: statement cache %d, want pgx's 512", tt.url, cc.StatementCacheCapacity)
		}
	}
}
