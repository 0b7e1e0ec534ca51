package httpapi

import (
	"context"
	"encoding/json"
	"math"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sheets"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// Paging bounds of every list endpoint.
const (
	defaultLimit = 100
	maxLimit     = 1000
)

// readyTimeout bounds /readyz so that a hung dependency makes the probe
// fail rather than hang the orchestrator's check.
const readyTimeout = 3 * time.Second

// ---- health and spec ----

func (s *server) healthz(c *gin.Context) error {
	writeJSON(c, http.StatusOK, gin.H{"status": "ok"})
	return nil
}

func (s *server) readyz(c *gin.Context) error {
	ctx, cancel := context.WithTimeout(c.Request.Context(), readyTimeout)
	defer cancel()
	if err := s.svc.Store().Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "not ready: store", "err", err)
		return core.Errorf(core.CodeUnavailable, "the store is not reachable")
	}
	if s.ready != nil {
		if err := s.ready(ctx); err != nil {
			s.log.WarnContext(ctx, "not ready", "err", err)
			return core.Errorf(core.CodeUnavailable, "a dependency is not reachable")
		}
	}
	writeJSON(c, http.StatusOK, gin.H{"status": "ok"})
	return nil
}

func (s *server) openAPI(c *gin.Context) error {
	if s.openapi == nil {
		return core.Errorf(core.CodeInternal, "the OpenAPI document is not available")
	}
	c.Data(http.StatusOK, "application/json", s.openapi)
	return nil
}

// ---- tokens ----

type tokenResponse struct {
	Token     string    `json:"token"`
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Role      core.Role `json:"role"`
	Locales   []string  `json:"locales"`
	CreatedAt time.Time `json:"created_at"`
}

func (s *server) createToken(c *gin.Context) error {
	var in core.TokenInput
	if err := decodeJSON(c.Request, &in, false); err != nil {
		return err
	}
	secret, tok, err := s.svc.CreateToken(c.Request.Context(), caller(c.Request.Context()), in)
	if err != nil {
		return err
	}
	locales := tok.Locales
	if locales == nil {
		locales = []string{}
	}
	c.Header("Cache-Control", "no-store") // the secret is shown once
	writeJSON(c, http.StatusCreated, tokenResponse{Token: secret, ID: tok.ID, Name: tok.Name, Role: tok.Role,
		Locales: locales, CreatedAt: tok.CreatedAt})
	return nil
}

// ---- launches ----

func (s *server) submitLaunch(c *gin.Context) error {
	var in core.LaunchInput
	var origin *sheets.Origin // where products came from in a spreadsheet
	// A launch is JSON or a spreadsheet: a 415 names all three types.
	if err := requireMediaType(c.Request, "application/json", sheets.MediaCSV, sheets.MediaXLSX); err != nil {
		return err
	}
	if mt := mediaType(c.GetHeader("Content-Type")); mt == sheets.MediaCSV || mt == sheets.MediaXLSX {
		var err error
		if in, origin, err = launchFromSheet(c, mt); err != nil {
			return err
		}
	} else if err := decodeJSON(c.Request, &in, false); err != nil {
		return err
	}
	if dry, err := boolQuery(c, "dry_run"); err != nil {
		return err
	} else if dry {
		est, err := s.svc.EstimateLaunch(c.Request.Context(), caller(c.Request.Context()), in)
		if err != nil {
			return origin.Locate(err)
		}
		writeJSON(c, http.StatusOK, est)
		return nil
	}
	launch, created, err := s.svc.SubmitLaunch(c.Request.Context(), caller(c.Request.Context()), in, c.GetHeader("Idempotency-Key"))
	if err != nil {
		return origin.Locate(err)
	}
	// A replay answers exactly like the first submission, marked so that
	// a client can tell it created nothing.
	if !created {
		c.Header("Idempotent-Replayed", "true")
	}
	c.Header("Location", "/v1/launches/"+launch.ID)
	writeJSON(c, http.StatusAccepted, launch)
	return nil
}

func (s *server) getLaunch(c *gin.Context) error {
	launch, err := s.svc.GetLaunch(c.Request.Context(), c.Param("id"))
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, launch)
	return nil
}

// page is every list response: items and the cursor of the next page,
// absent on the last page.
type page[T any] struct {
	Items      []T    `json:"items"`
	NextCursor string `json:"next_cursor,omitempty"`
}

func draftPage(drafts []*core.Draft, next string) page[*core.Draft] {
	if drafts == nil {
		drafts = []*core.Draft{}
	}
	for _, d := range drafts {
		normaliseDraft(d)
	}
	return page[*core.Draft]{Items: drafts, NextCursor: next}
}

// normaliseDraft makes empty lists [] rather than null, so clients can
// iterate without a null check.
func normaliseDraft(d *core.Draft) {
	if d.Findings == nil {
		d.Findings = []core.Finding{}
	}
}

func (s *server) listDrafts(c *gin.Context) error {
	limit, err := queryLimit(c)
	if err != nil {
		return err
	}
	f := core.DraftFilter{LaunchID: c.Param("id"), Status: core.Status(c.Query("status")),
		Limit: limit, Locales: queryList(c, "locale")}
	drafts, next, err := s.svc.ListDrafts(c.Request.Context(), f, c.Query("cursor"))
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, draftPage(drafts, next))
	return nil
}

// eventPage is a page of the event outbox. Last is the seq (per launch) or
// id of its last event, or the after asked for when it is empty: the after
// of the next request.
type eventPage struct {
	Items []core.Event `json:"items"`
	Last  int64        `json:"last"`
	// NextCursor is Last as the opaque cursor every list uses: set while
	// anything can come next (a feed's next page is whatever happens
	// next), absent when Last is the largest seq (math.MaxInt64).
	NextCursor string `json:"next_cursor,omitempty"`
}

// listEvents answers GET /v1/launches/{id}/events?after=SEQ&limit=N: the
// launch's events with seq greater than after, oldest first.
func (s *server) listEvents(c *gin.Context) error {
	limit, err := queryLimit(c)
	if err != nil {
		return err
	}
	var after int64
	if v := c.Query("after"); v != "" {
		if after, err = strconv.ParseInt(v, 10, 64); err != nil || after < 0 {
			return core.Invalid("the after parameter is not an event id",
				core.FieldError{Field: "after", Message: "must be a whole number, 0 or more: the seq of the last event seen"})
		}
	}
	if v := c.Query("cursor"); v != "" {
		if after, err = core.DecodeEventCursor(v); err != nil {
			return err
		}
	}
	if wantsEventStream(c) {
		return s.streamEvents(c, after)
	}
	events, err := s.svc.Events(c.Request.Context(), c.Param("id"), after, limit)
	if err != nil {
		return err
	}
	last := after
	if len(events) > 0 {
		last = events[len(events)-1].Seq
	}
	page := eventPage{Items: events, Last: last}
	if last < math.MaxInt64 {
		page.NextCursor = core.EventCursor(last)
	}
	writeJSON(c, http.StatusOK, page)
	return nil
}

// ---- drafts and review ----

func (s *server) getDraft(c *gin.Context) error {
	d, err := s.svc.GetDraft(c.Request.Context(), c.Param("id"))
	if err != nil {
		return err
	}
	normaliseDraft(d)
	writeJSON(c, http.StatusOK, d)
	return nil
}

type commentRequest struct {
	Comment string `json:"comment" text:"multiline"`
}

type textRequest struct {
	Text string `json:"text" text:"multiline"`
}

// approveRequest is the approve body: an optional comment, and the draft
// version the reviewer saw (optional; when sent, a draft at another
// version is 409).
type approveRequest struct {
	Comment string `json:"comment" text:"multiline"`
	Version int    `json:"version"`
}

func (s *server) approve(c *gin.Context) error {
	var in approveRequest
	if err := decodeJSON(c.Request, &in, true); err != nil {
		return err
	}
	ctx := c.Request.Context()
	return writeDraft(c)(s.svc.ApproveVersion(ctx, caller(ctx), c.Param("id"), in.Comment, in.Version))
}

func (s *server) reject(c *gin.Context) error {
	var in commentRequest
	if err := decodeJSON(c.Request, &in, false); err != nil {
		return err
	}
	ctx := c.Request.Context()
	return writeDraft(c)(s.svc.Reject(ctx, caller(ctx), c.Param("id"), in.Comment))
}

func (s *server) editText(c *gin.Context) error {
	var in textRequest
	if err := decodeJSON(c.Request, &in, false); err != nil {
		return err
	}
	ctx := c.Request.Context()
	return writeDraft(c)(s.svc.EditText(ctx, caller(ctx), c.Param("id"), in.Text))
}

// writeDraft answers a review action with the updated draft, or returns
// its error.
func writeDraft(c *gin.Context) func(*core.Draft, error) error {
	return func(d *core.Draft, err error) error {
		if err != nil {
			return err
		}
		normaliseDraft(d)
		writeJSON(c, http.StatusOK, d)
		return nil
	}
}

func (s *server) reviewQueue(c *gin.Context) error {
	limit, err := queryLimit(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	p, err := s.svc.Reviews(ctx, caller(ctx), core.ReviewFilter{LaunchID: c.Query("launch"), Locales: queryList(c, "locale"),
		Status: core.Status(c.Query("status")), Cursor: c.Query("cursor"), Limit: limit})
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, draftPage(p.Drafts, p.NextCursor))
	return nil
}

func (s *server) bulkApprove(c *gin.Context) error {
	var in core.BulkApproveInput
	if err := decodeJSON(c.Request, &in, false); err != nil {
		return err
	}
	ctx := c.Request.Context()
	res, err := s.svc.BulkApprove(ctx, caller(ctx), in)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, res)
	return nil
}

func (s *server) draftVersions(c *gin.Context) error {
	ctx := c.Request.Context()
	if r, ok := c.GetQuery("diff"); ok {
		a, b, err := core.ParseVersionRange(r)
		if err != nil {
			return err
		}
		d, err := s.svc.DiffVersions(ctx, c.Param("id"), a, b)
		if err != nil {
			return err
		}
		writeJSON(c, http.StatusOK, d)
		return nil
	}
	limit, err := queryLimit(c)
	if err != nil {
		return err
	}
	vs, next, err := s.svc.VersionsPage(ctx, c.Param("id"), c.Query("cursor"), limit)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, page[core.DraftVersion]{Items: vs, NextCursor: next})
	return nil
}

func (s *server) updateProduct(c *gin.Context) error {
	var p core.Product
	if err := decodeJSON(c.Request, &p, false); err != nil {
		return err
	}
	ctx := c.Request.Context()
	res, err := s.svc.UpdateProduct(ctx, caller(ctx), c.Param("id"), c.Param("sku"), p)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, res)
	return nil
}

// ---- catalogue ----

type catalogueSKU struct {
	SKU          string                `json:"sku"`
	Descriptions []core.CatalogueEntry `json:"descriptions"`
}

func (s *server) catalogueBySKU(c *gin.Context) error {
	sku := c.Param("sku")
	entries, err := s.svc.Catalogue(c.Request.Context(), sku)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, catalogueSKU{SKU: sku, Descriptions: entries})
	return nil
}

func (s *server) catalogueFeed(c *gin.Context) error {
	f, err := catalogueFilter(c)
	if err != nil {
		return err
	}
	entries, next, err := s.svc.CatalogueFeed(c.Request.Context(), f, c.Query("cursor"))
	if err != nil {
		return err
	}
	if entries == nil {
		entries = []core.CatalogueEntry{}
	}
	writeJSON(c, http.StatusOK, page[core.CatalogueEntry]{Items: entries, NextCursor: next})
	return nil
}

// catalogueFilter reads the feed's query: locale, channel, category,
// collection, since (RFC 3339), cursor and limit.
func catalogueFilter(c *gin.Context) (core.CatalogueFilter, error) {
	limit, err := queryLimit(c)
	if err != nil {
		return core.CatalogueFilter{}, err
	}
	f := core.CatalogueFilter{Locale: c.Query("locale"), Channel: c.Query("channel"),
		Category: c.Query("category"), Collection: c.Query("collection"), Limit: limit}
	if since := c.Query("since"); since != "" {
		t, err := time.Parse(time.RFC3339, since)
		if err != nil && strings.Contains(since, " ") {
			// An unencoded "+01:00" offset arrives as " 01:00": forgive it.
			t, err = time.Parse(time.RFC3339, strings.ReplaceAll(since, " ", "+"))
		}
		if err != nil {
			return f, core.Invalid("the since parameter is not a valid time",
				core.FieldError{Field: "since", Message: "must be an RFC 3339 time such as 2027-02-01T00:00:00Z"})
		}
		f.Since = t
	}
	return f, nil
}

// ---- checks ----

func (s *server) check(c *gin.Context) error {
	var in core.CheckRequest
	if err := decodeJSON(c.Request, &in, false); err != nil {
		return err
	}
	res, err := s.svc.CheckText(c.Request.Context(), in)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, res)
	return nil
}

// ---- style guide ----

// yamlTypes are the media types a style guide may be sent as; YAML has no
// single registered type in common use, so all the usual ones are taken.
var yamlTypes = []string{"application/yaml", "application/x-yaml", "text/yaml"}

type styleGuideResponse struct {
	Version   string            `json:"version"`
	Body      string            `json:"body"`
	Guide     *styleguide.Guide `json:"guide"`
	CreatedAt time.Time         `json:"created_at"`
}

func (s *server) getStyleGuide(c *gin.Context) error {
	doc, guide, err := s.svc.CurrentStyleGuide(c.Request.Context())
	if err != nil {
		return err
	}
	c.Header("Vary", "Accept")
	c.Header("X-Style-Guide-Version", doc.Version)
	if prefersJSON(c.GetHeader("Accept")) {
		writeJSON(c, http.StatusOK, styleGuideResponse{Version: doc.Version, Body: doc.Body, Guide: guide, CreatedAt: doc.CreatedAt})
		return nil
	}
	c.Data(http.StatusOK, "application/yaml; charset=utf-8", []byte(doc.Body))
	return nil
}

// styleGuideVersions answers GET /v1/styleguide/versions.
func (s *server) styleGuideVersions(c *gin.Context) error {
	limit, err := queryLimit(c)
	if err != nil {
		return err
	}
	docs, next, err := s.svc.StyleGuideVersionsPage(c.Request.Context(), c.Query("cursor"), limit)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, page[core.StyleGuideDoc]{Items: docs, NextCursor: next})
	return nil
}

func (s *server) putStyleGuide(c *gin.Context) error {
	if err := requireMediaType(c.Request, append(yamlTypes, "application/json")...); err != nil {
		return err
	}
	body, err := readBody(c.Request)
	if err != nil {
		return err
	}
	if mediaType(c.GetHeader("Content-Type")) == "application/json" {
		if body, err = guideFromJSON(body); err != nil {
			return err
		}
	}
	ctx := c.Request.Context()
	doc, err := s.svc.PutStyleGuide(ctx, caller(ctx), body)
	if err != nil {
		return err
	}
	writeJSON(c, http.StatusOK, gin.H{"version": doc.Version})
	return nil
}

// guideFromJSON accepts either the guide itself as JSON (which the YAML
// parser reads, JSON being YAML) or the {"body": "<yaml>"} wrapper that
// GET /v1/styleguide answers with Accept: application/json, so that what
// one reads can be written back. The wrapper's other keys (version, guide)
// are derived from body and ignored.
func guideFromJSON(body []byte) ([]byte, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(body, &top); err != nil {
		return nil, jsonError(body, reflect.TypeOf(&top), err)
	}
	raw, ok := top["body"]
	if !ok {
		return body, nil
	}
	var src string
	if err := json.Unmarshal(raw, &src); err != nil {
		return nil, fieldInvalid("body", "must be a string holding the YAML source of the guide")
	}
	return []byte(src), nil
}

// prefersJSON reports whether an Accept header ranks application/json
// above YAML. YAML, the guide's source form, wins ties and is the answer
// when Accept names neither (RFC 9110 lets a server ignore Accept).
func prefersJSON(accept string) bool {
	if strings.TrimSpace(accept) == "" {
		return false
	}
	return acceptQuality(accept, "application/json") > acceptQuality(accept, yamlTypes...)
}

// acceptQuality returns the q of the most specific Accept range that
// matches any of types.
func acceptQuality(accept string, types ...string) float64 {
	best, bestSpecificity := 0.0, 0
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		for _, t := range types {
			spec := 0
			major, _, _ := strings.Cut(t, "/")
			switch {
			case mt == t:
				spec = 3
			case mt == major+"/*":
				spec = 2
			case mt == "*/*":
				spec = 1
			}
			if spec > bestSpecificity || (spec == bestSpecificity && spec > 0 && q > best) {
				best, bestSpecificity = q, spec
			}
		}
	}
	return best
}

// ---- query parameters ----

// queryLimit reads ?limit=, 1..1000, defaulting to 100.
func queryLimit(c *gin.Context) (int, error) {
	v, ok := c.GetQuery("limit")
	if !ok || v == "" {
		return defaultLimit, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxLimit {
		return 0, core.Invalid("the limit parameter is out of range",
			core.FieldError{Field: "limit", Message: "must be a whole number from 1 to " + strconv.Itoa(maxLimit)})
	}
	return n, nil
}

// queryList reads a comma-separated parameter, also accepted repeated.
func queryList(c *gin.Context, name string) []string {
	var out []string
	for _, v := range c.QueryArray(name) {
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

// boolQuery reads a boolean query parameter such as ?dry_run=true.
func boolQuery(c *gin.Context, name string) (bool, error) {
	v, ok := c.GetQuery(name)
	if !ok || v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, core.Invalid("the "+name+" parameter is not a boolean",
			core.FieldError{Field: name, Message: "must be true or false"})
	}
	return b, nil
}
