package httpapi

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
)

// listDeliveries is GET /v1/launches/{id}/deliveries?event_id=&outcome=&cursor=&limit=:
// one page of the launch's webhook delivery attempts, oldest first.
func (s *server) listDeliveries(c *gin.Context) error {
	limit, err := queryLimit(c)
	if err != nil {
		return err
	}
	f := core.DeliveryFilter{LaunchID: c.Param("id"), EventID: c.Query("event_id"), Outcome: c.Query("outcome")}
	items, next, err := s.svc.ListDeliveries(c.Request.Context(), f, c.Query("cursor"), limit)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, page[core.WebhookDelivery]{Items: items, NextCursor: next})
	return nil
}
