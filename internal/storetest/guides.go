package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

var guideTests = []test{{"SaveCurrentRollback", testStyleGuides}}

func testStyleGuides(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, err := s.CurrentStyleGuide(ctx)
	wantCode(t, err, core.CodeNotFound)
	_, err = s.CurrentStyleGuideVersion(ctx)
	wantCode(t, err, core.CodeNotFound)
	if l, err := s.ListStyleGuides(ctx); err != nil || l == nil || len(l) != 0 {
		t.Errorf("ListStyleGuides of none = %#v, %v", l, err)
	}
	v1 := core.StyleGuideDoc{Version: "2026.10", Body: "brand: Aurelia\nversion: \"2026.10\"\n", CreatedAt: epoch}
	v2 := core.StyleGuideDoc{Version: "2026.11", Body: "brand: Aurelia\nversion: \"2026.11\"\n", CreatedAt: epoch.Add(time.Hour)}
	for _, doc := range []core.StyleGuideDoc{v1, v2} {
		if err := s.SaveStyleGuide(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	current := func(want core.StyleGuideDoc) {
		t.Helper()
		got, err := s.CurrentStyleGuide(ctx)
		if err != nil || !reflect.DeepEqual(*got, want) {
			t.Errorf("CurrentStyleGuide = %+v, %v; want %+v", got, err, want)
		}
		var v string
		err = s.Tx(ctx, func(tx core.TxStore) (err error) { v, err = tx.CurrentStyleGuideVersion(ctx); return err })
		if err != nil || v != want.Version {
			t.Errorf("CurrentStyleGuideVersion = %q, %v; want %q", v, err, want.Version)
		}
	}
	current(v2)
	got, err := s.StyleGuide(ctx, "2026.10")
	if err != nil || !reflect.DeepEqual(*got, v1) {
		t.Errorf("StyleGuide = %+v, %v; want %+v", got, err, v1)
	}
	// Saving a stored version again makes it current, keeping what was
	// stored (a rollback).
	if err := s.SaveStyleGuide(ctx, core.StyleGuideDoc{Version: "2026.10", Body: "other", CreatedAt: epoch.Add(2 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	current(v1)
	list, err := s.ListStyleGuides(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []core.StyleGuideDoc{{Version: "2026.10", CreatedAt: epoch, Current: true}, {Version: "2026.11", CreatedAt: epoch.Add(time.Hour)}}
	if !slices.Equal(list, want) {
		t.Errorf("ListStyleGuides = %+v, want %+v", list, want)
	}
	// And forward again.
	if err := s.SaveStyleGuide(ctx, v2); err != nil {
		t.Fatal(err)
	}
	current(v2)
	_, err = s.StyleGuide(ctx, "1999")
	wantCode(t, err, core.CodeNotFound)
	wantCode(t, s.SaveStyleGuide(ctx, core.StyleGuideDoc{Body: "b"}), core.CodeInvalid)
}
