package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

var reviewTests = []test{
	{"Versions", testDraftVersions},
	{"VersionsMany", testDraftVersionsMany},
	{"UpdateProduct", testUpdateProduct},
	{"EditedAndStale", testEditedAndStale},
}

func testDraftVersions(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "versions", 2)
	if vs, err := s.ListDraftVersions(ctx, ds[0].ID); err != nil || vs == nil || len(vs) != 0 {
		t.Fatalf("no versions yet: %v %v, want [] and nil", vs, err)
	}
	at := core.StoreTime(time.Now())
	v1 := core.DraftVersion{DraftID: ds[0].ID, Version: 1, Text: "Un charme.", Findings: []core.Finding{{Rule: "r",
		Category: "claim", Severity: core.SeverityWarn, Message: "m", Start: 1, End: 3}}, Model: "m/1", Event: "generated", By: "m/1", At: at}
	v2 := core.DraftVersion{DraftID: ds[0].ID, Version: 2, Text: "Un beau charme.", Findings: []core.Finding{}, Model: "human/Camille",
		Event: "edited", By: "Camille", At: at.Add(time.Second)}
	err := s.Tx(ctx, func(tx core.TxStore) error {
		if err := tx.PutDraftVersion(ctx, &v2); err != nil {
			return err
		}
		return tx.PutDraftVersion(ctx, &v1)
	})
	if err != nil {
		t.Fatal(err)
	}
	// Another draft's versions stay apart.
	if err := s.PutDraftVersion(ctx, &core.DraftVersion{DraftID: ds[1].ID, Version: 1, Text: "x", At: at}); err != nil {
		t.Fatal(err)
	}
	vs, err := s.ListDraftVersions(ctx, ds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := []core.DraftVersion{v1, v2}; !reflect.DeepEqual(vs, want) {
		t.Fatalf("versions\n got %+v\nwant %+v", vs, want)
	}
	// Putting a version again replaces it (a re-check's findings).
	v2.Findings = []core.Finding{{Rule: "b", Category: "grounding", Severity: core.SeverityBlock, Message: "now wrong", Start: 0, End: 2}}
	if err := s.PutDraftVersion(ctx, &v2); err != nil {
		t.Fatal(err)
	}
	vs, _ = s.ListDraftVersions(ctx, ds[0].ID)
	if len(vs) != 2 || !reflect.DeepEqual(vs[1].Findings, v2.Findings) {
		t.Fatalf("after replacing version 2: %+v", vs)
	}
}

// PutDraftVersions leaves what PutDraftVersion for each in turn would: a
// version given twice keeps the last, a version kept before is replaced.
func testDraftVersionsMany(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "versions many", 2)
	at := core.StoreTime(time.Now())
	old := core.DraftVersion{DraftID: ds[0].ID, Version: 1, Text: "old", Findings: []core.Finding{}, At: at}
	if err := s.PutDraftVersion(ctx, &old); err != nil {
		t.Fatal(err)
	}
	a1 := core.DraftVersion{DraftID: ds[0].ID, Version: 1, Text: "Un charme.", Findings: []core.Finding{{Rule: "r",
		Category: "claim", Severity: core.SeverityWarn, Message: "m", Start: 1, End: 3}}, Model: "m/1", Event: "generated", By: "m/1", At: at}
	a2 := core.DraftVersion{DraftID: ds[0].ID, Version: 2, Text: "first", Findings: []core.Finding{}, Event: "generated", By: "x", At: at}
	a2last := core.DraftVersion{DraftID: ds[0].ID, Version: 2, Text: "Un beau charme.", Findings: []core.Finding{}, Model: "human/Camille",
		Event: "edited", By: "Camille", At: at.Add(time.Second)}
	b1 := core.DraftVersion{DraftID: ds[1].ID, Version: 1, Text: "Ein Anhänger.", Findings: []core.Finding{}, Model: "m/1", Event: "generated", By: "m/1", At: at}
	err := s.Tx(ctx, func(tx core.TxStore) error {
		return tx.PutDraftVersions(ctx, []*core.DraftVersion{&a2, &a1, &b1, &a2last})
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id   string
		want []core.DraftVersion
	}{
		{ds[0].ID, []core.DraftVersion{a1, a2last}},
		{ds[1].ID, []core.DraftVersion{b1}},
	} {
		vs, err := s.ListDraftVersions(ctx, tc.id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(vs, tc.want) {
			t.Errorf("versions\n got %+v\nwant %+v", vs, tc.want)
		}
	}
	if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.PutDraftVersions(ctx, nil) }); err != nil {
		t.Errorf("no versions: %v", err)
	}
}

func testUpdateProduct(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, _ := create(t, s, "product", 1)
	p := ps[0]
	p.Materials = []string{"14k gold"}
	p.Collection = "Other"
	if err := s.UpdateProduct(ctx, l.ID, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetProduct(ctx, l.ID, p.SKU)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, p) {
		t.Errorf("product after update\n got %+v\nwant %+v", *got, p)
	}
	p.SKU = "NOPE"
	wantCode(t, s.UpdateProduct(ctx, l.ID, p), core.CodeNotFound)
	wantCode(t, s.UpdateProduct(ctx, "no-launch", ps[0]), core.CodeNotFound)
}

func testEditedAndStale(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "edited", 1)
	d := set(t, s, ds[0].ID, core.StatusInReview, func(d *core.Draft) {
		d.EditedBy, d.Stale = "Camille", "Materials: sterling silver → 14k gold"
	})
	got, err := s.GetDraft(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.EditedBy != "Camille" || got.Stale != "Materials: sterling silver → 14k gold" {
		t.Errorf("edited_by %q stale %q not kept", got.EditedBy, got.Stale)
	}
}
