package httpapi

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
)

// listLaunches is GET /v1/launches?locale=&cursor=&limit=: every launch,
// oldest first, with its counts and status.
func (s *server) listLaunches(c *gin.Context) error {
	limit, err := queryLimit(c)
	if err != nil {
		return err
	}
	ls, next, err := s.svc.ListLaunches(c.Request.Context(), queryList(c, "locale"), c.Query("cursor"), limit)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, page[*core.Launch]{Items: ls, NextCursor: next})
	return nil
}
