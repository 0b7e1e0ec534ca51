package core

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

// HashToken is how token secrets are stored.
func HashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// NewSecret returns a random token secret.
func NewSecret() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return "cd_" + base64.RawURLEncoding.EncodeToString(b)
}

// Authenticate resolves a bearer secret to its token.
func (s *Service) Authenticate(ctx context.Context, secret string) (*Token, error) {
	if secret == "" {
		return nil, Errorf(CodeUnauthorized, "a bearer token is required")
	}
	if s.cfg.AdminToken != "" && subtle.ConstantTimeCompare([]byte(secret), []byte(s.cfg.AdminToken)) == 1 {
		return &Token{ID: "bootstrap", Name: "admin", Role: RoleAdmin}, nil
	}
	t, err := s.store.TokenByHash(ctx, HashToken(secret))
	if err != nil {
		if IsCode(err, CodeNotFound) {
			return nil, Errorf(CodeUnauthorized, "the bearer token is not valid")
		}
		return nil, err
	}
	return t, nil
}

// TokenInput asks for a new token.
type TokenInput struct {
	Name    string   `json:"name" validate:"required,max=100"`
	Role    Role     `json:"role" validate:"required"`
	Locales []string `json:"locales,omitempty" validate:"max=50"`
}

// CreateToken makes a token and returns its secret, shown only once.
func (s *Service) CreateToken(ctx context.Context, caller *Token, in TokenInput) (string, *Token, error) {
	if err := requireRole(caller, RoleAdmin); err != nil {
		return "", nil, err
	}
	var fields []FieldError
	if err := ValidateStruct(&in); err != nil {
		fields = append(fields, err.(*Error).Fields...)
	}
	fields = append(fields, CheckStrings(&in)...)
	if in.Role != "" && !in.Role.Valid() {
		fields = append(fields, FieldError{Field: "role", Message: "must be one of admin, merchandiser, reviewer, integration"})
	}
	if in.Role == RoleReviewer && len(in.Locales) == 0 {
		fields = append(fields, FieldError{Field: "locales", Message: "a reviewer needs at least one locale"})
	}
	supported := s.SupportedLocales()
	for i, l := range in.Locales {
		c, err := CanonicalLocale(l)
		if err != nil {
			fields = append(fields, FieldError{Field: fmt.Sprintf("locales[%d]", i), Message: err.Error()})
			continue
		}
		// A token scoped to a locale no launch can have would review nothing.
		if msg := unsupportedLocale(c, supported); msg != "" {
			fields = append(fields, FieldError{Field: fmt.Sprintf("locales[%d]", i), Message: msg})
			continue
		}
		in.Locales[i] = c
	}
	if len(fields) > 0 {
		return "", nil, Invalid("the token request is not valid", fields...)
	}
	secret := NewSecret()
	t := &Token{ID: s.newID(), Name: in.Name, Role: in.Role, Locales: in.Locales, Hash: HashToken(secret), CreatedAt: StoreTime(s.now())}
	if err := s.store.CreateToken(ctx, t); err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

// ListTokens pages the stored tokens (admin only) in creation order; the
// bootstrap ADMIN_TOKEN is not stored and not listed. Secrets are never
// returned, only their metadata.
func (s *Service) ListTokens(ctx context.Context, caller *Token, cursor string, limit int) ([]*Token, string, error) {
	if err := requireRole(caller, RoleAdmin); err != nil {
		return nil, "", err
	}
	after := ""
	if cursor != "" {
		parts, err := decodeCursor(cursor, "t", 1)
		if err != nil {
			return nil, "", err
		}
		after = parts[0]
	}
	limit = PageLimit(limit)
	tokens, err := s.store.ListTokens(ctx, after, limit+1)
	if err != nil {
		return nil, "", err
	}
	next := ""
	if len(tokens) > limit {
		tokens = tokens[:limit]
		next = encodeCursor("t", tokens[limit-1].ID)
	}
	return tokens, next, nil
}

// RevokeToken deletes a token (admin only). Every request authenticates
// against the store, so the token stops working at once on every replica.
func (s *Service) RevokeToken(ctx context.Context, caller *Token, id string) error {
	if err := requireRole(caller, RoleAdmin); err != nil {
		return err
	}
	if id == "bootstrap" {
		return Errorf(CodeConflict, "the bootstrap ADMIN_TOKEN is configuration: change it in the environment")
	}
	return s.store.DeleteToken(ctx, id)
}
