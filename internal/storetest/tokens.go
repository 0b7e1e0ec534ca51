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
}
