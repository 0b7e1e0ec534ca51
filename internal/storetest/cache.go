package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var cacheTests = []test{{"PutGet", testGenerationCache}}

func testGenerationCache(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, err := s.CachedGeneration(ctx, "k")
	wantCode(t, err, core.CodeNotFound)
	g := &core.Generation{Text: "Un charme.", Model: "offline/template", PromptVersion: "p1", PromptHash: "abc",
		Usage: core.Usage{PromptTokens: 10, CompletionTokens: 5, Cost: 0.001}}
	if err := s.PutCachedGeneration(ctx, "k", g); err != nil {
		t.Fatal(err)
	}
	got, err := s.CachedGeneration(ctx, "k")
	if err != nil || !reflect.DeepEqual(got, g) {
		t.Errorf("CachedGeneration = %+v, %v; want %+v", got, err, g)
	}
	g2 := *g
	g2.Text = "Deux."
	if err := s.PutCachedGeneration(ctx, "k", &g2); err != nil {
		t.Fatalf("second put: %v", err)
	}
	if got, err := s.CachedGeneration(ctx, "k"); err != nil || got.Text != "Deux." {
		t.Errorf("after second put: %+v, %v", got, err)
	}
}
