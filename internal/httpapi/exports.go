package httpapi

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sheets"
)

// csvExport streams a table as CSV (internal/sheets: RFC 4180 quoting by
// encoding/csv, every cell safe from spreadsheet formula injection). The
// first page is read before anything is written so that a bad filter or a
// store failure is still answered as a problem; a failure after that cuts
// the connection, so a client never takes a truncated file for a whole one.
func (s *server) csvExport(c *gin.Context, filename string, header []string,
	next func(cursor string) (rows [][]string, nextCursor string, err error)) error {
	rows, cursor, err := next("")
	if err != nil {
		return err
	}
	c.Header("Content-Type", "text/csv; charset=utf-8")
	c.Header("Content-Disposition", `attachment; filename="`+filename+`"`)
	c.Status(http.StatusOK)
	w := sheets.NewWriter(c.Writer)
	fail := func(err error) {
		s.log.ErrorContext(c.Request.Context(), "CSV export cut short", "path", c.Request.URL.Path,
			"request_id", c.Writer.Header().Get(headerRequestID), "err", err)
		panic(http.ErrAbortHandler)
	}
	if err := w.Write(header...); err != nil {
		fail(err)
	}
	for {
		for _, r := range rows {
			if err := w.Write(r...); err != nil {
				fail(err)
			}
		}
		if err := w.Flush(); err != nil {
			fail(err)
		}
		if cursor == "" {
			return nil
		}
		if rows, cursor, err = next(cursor); err != nil {
			fail(err)
		}
	}
}

var catalogueCSVHeader = []string{"sku", "locale", "channel", "version", "published_at", "launch_id", "draft_id", "text"}

// catalogueCSV is GET /v1/catalogue.csv: the whole feed (same filters as
// GET /v1/catalogue, every page) as CSV.
func (s *server) catalogueCSV(c *gin.Context) error {
	f, err := catalogueFilter(c)
	if err != nil {
		return err
	}
	f.Limit = s.export
	return s.csvExport(c, "catalogue.csv", catalogueCSVHeader, func(cursor string) ([][]string, string, error) {
		entries, next, err := s.svc.CatalogueFeed(c.Request.Context(), f, cursor)
		rows := make([][]string, len(entries))
		for i, e := range entries {
			rows[i] = []string{e.SKU, e.Locale, e.Channel, strconv.Itoa(e.Version),
				e.PublishedAt.UTC().Format(time.RFC3339), e.LaunchID, e.DraftID, e.Text}
		}
		return rows, next, err
	})
}

var draftsCSVHeader = []string{"draft_id", "sku", "locale", "channel", "status", "version", "attempts",
	"verdict", "findings", "model", "style_guide_version", "updated_at", "reason", "text"}

// draftsCSV is GET /v1/launches/{id}/drafts.csv: every draft of a launch
// (filtered by locale and status as the JSON list is) as CSV; findings are
// listed as "severity:rule" items separated by "|".
func (s *server) draftsCSV(c *gin.Context) error {
	ctx := c.Request.Context()
	id := c.Param("id")
	if _, err := s.svc.GetLaunch(ctx, id); err != nil {
		return err
	}
	f := core.DraftFilter{LaunchID: id, Status: core.Status(c.Query("status")), Locales: queryList(c, "locale"), Limit: s.export}
	return s.csvExport(c, "launch-"+id+"-drafts.csv", draftsCSVHeader, func(cursor string) ([][]string, string, error) {
		drafts, next, err := s.svc.ListDrafts(ctx, f, cursor)
		rows := make([][]string, len(drafts))
		for i, d := range drafts {
			findings := make([]string, len(d.Findings))
			for j, fd := range d.Findings {
				findings[j] = fd.Severity + ":" + fd.Rule
			}
			rows[i] = []string{d.ID, d.SKU, d.Locale, d.Channel, string(d.Status), strconv.Itoa(d.Version),
				strconv.Itoa(d.Attempts), core.Verdict(d.Findings), sheets.JoinList(findings), d.Model,
				d.StyleGuideVersion, d.UpdatedAt.UTC().Format(time.RFC3339), d.Reason, d.Text}
		}
		return rows, next, err
	})
}
