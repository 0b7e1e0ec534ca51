package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var tokenTests = []test{{"CreateGet", testTokens}}

func testTokens(t *testing.T, s core.Store) {
	ctx := context.Background()
	tok := &core.Token{ID: core.NewID(), Name: "fr reviewer", Role: core.RoleReviewer, Locales: []string{"fr-FR", "fr-BE"}, Hash: "h-1", CreatedAt: epoch}
	if err := s.CreateToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	got, err := s.TokenByHash(ctx, "h-1")
	if err != nil || !reflect.DeepEqual(got, tok) {
		t.Errorf("TokenByHash = %+v, %v; want %+v", got, err, tok)
	}
	admin := &core.Token{ID: core.NewID(), Name: "admin", Role: core.RoleAdmin, Hash: "h-2", CreatedAt: epoch}
	if err := s.CreateToken(ctx, admin); err != nil {
		t.Fatal(err)
	}
	if got, err := s.TokenByHash(ctx, "h-2"); err != nil || !reflect.DeepEqual(got, admin) {
		t.Errorf("TokenByHash(admin) = %+v, %v; want %+v (no locales is nil)", got, err, admin)
	}
	wantCode(t, s.CreateToken(ctx, &core.Token{ID: core.NewID(), Name: "dup", Role: core.RoleAdmin, Hash: "h-1", CreatedAt: epoch}), core.CodeConflict)
	_, err = s.TokenByHash(ctx, "nope")
	wantCode(t, err, core.CodeNotFound)

	// Listing pages in ID order; deleting (revoking) removes at once.
	ids := []string{tok.ID, admin.ID}
	if ids[0] > ids[1] {
		ids[0], ids[1] = ids[1], ids[0]
	}
	page, err := s.ListTokens(ctx, "", 1)
	if err != nil || len(page) != 1 || page[0].ID != ids[0] || page[0].Hash == "" {
		t.Fatalf("ListTokens first page = %+v, %v; want %s", page, err, ids[0])
	}
	page, err = s.ListTokens(ctx, ids[0], 10)
	if err != nil || len(page) != 1 || page[0].ID != ids[1] {
		t.Fatalf("ListTokens after %s = %+v, %v", ids[0], page, err)
	}
	if err := s.DeleteToken(ctx, tok.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.TokenByHash(ctx, "h-1")
	wantCode(t, err, core.CodeNotFound)
	wantCode(t, s.DeleteToken(ctx, tok.ID), core.CodeNotFound)
	if page, err := s.ListTokens(ctx, "", 10); err != nil || len(page) != 1 || page[0].ID != admin.ID {
		t.Errorf("ListTokens after revoking = %+v, %v", page, err)
	}
}
