package httpapi

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
)

// tokenInfo is a stored token as listed: never its secret nor its hash.
type tokenInfo struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Role      core.Role `json:"role"`
	Locales   []string  `json:"locales"`
	CreatedAt time.Time `json:"created_at"`
}

// listTokens is GET /v1/tokens (admin): one page of tokens, oldest first.
func (s *server) listTokens(c *gin.Context) error {
	limit, err := queryLimit(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	tokens, next, err := s.svc.ListTokens(ctx, caller(ctx), c.Query("cursor"), limit)
	if err != nil {
		return err
	}
	items := make([]tokenInfo, len(tokens))
	for i, t := range tokens {
		locales := t.Locales
		if locales == nil {
			locales = []string{}
		}
		items[i] = tokenInfo{ID: t.ID, Name: t.Name, Role: t.Role, Locales: locales, CreatedAt: t.CreatedAt}
	}
	writeJSON(c, http.StatusOK, page[tokenInfo]{Items: items, NextCursor: next})
	return nil
}

// revokeToken is DELETE /v1/tokens/{id} (admin): 204, and the token stops
// working at once on every replica.
func (s *server) revokeToken(c *gin.Context) error {
	ctx := c.Request.Context()
	if err := s.svc.RevokeToken(ctx, caller(ctx), c.Param("id")); err != nil {
		return err
	}
	c.Status(http.StatusNoContent)
	return nil
}
