package core

import (
	"encoding/base64"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Page limits of every list: DefaultPageSize when the caller names none,
// at most MaxPageSize.
const (
	DefaultPageSize = 100
	MaxPageSize     = 1000
)

// PageLimit clamps a caller's page size.
func PageLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultPageSize
	case n > MaxPageSize:
		return MaxPageSize
	}
	return n
}

// Cursors are opaque to callers: base64url of a kind ("d" drafts, "c"
// catalogue) and the sort key of the last item of a page, NUL separated.
// The kind makes a made-up or foreign cursor ("abc", another list's) fail
// to decode instead of silently paging from somewhere.
var cursorEncoding = base64.RawURLEncoding.Strict()

func encodeCursor(parts ...string) string {
	return cursorEncoding.EncodeToString([]byte(strings.Join(parts, "\x00")))
}

func badCursor() error {
	return Invalid("the cursor is not valid", FieldError{Field: "cursor", Message: "is not a cursor this API returned"})
}

// decodeCursor checks a cursor's kind and returns its n key parts, none
// empty, or an invalid error naming the "cursor" field.
func decodeCursor(c, kind string, n int) ([]string, error) {
	b, err := cursorEncoding.DecodeString(c)
	if err != nil || !utf8.Valid(b) {
		return nil, badCursor()
	}
	parts := strings.Split(string(b), "\x00")
	if len(parts) != n+1 || parts[0] != kind {
		return nil, badCursor()
	}
	for _, p := range parts[1:] {
		if p == "" {
			return nil, badCursor()
		}
	}
	return parts[1:], nil
}

func draftCursor(d *Draft) string { return encodeCursor("d", d.ID) }

func decodeDraftCursor(c string) (string, error) {
	if c == "" {
		return "", nil
	}
	parts, err := decodeCursor(c, "d", 1)
	if err != nil {
		return "", err
	}
	return parts[0], nil
}

// reviewCursor keys a draft's place in the review queue (ReviewKey): "0"
// and the launch's go-live date, or "1" for a launch without one, then the
// draft id.
func reviewCursor(goLive string) func(d *Draft) string {
	return func(d *Draft) string {
		rank := "1"
		if goLive != "" {
			rank = "0" + goLive
		}
		return encodeCursor("r", rank, d.ID)
	}
}

func decodeReviewCursor(c string) (*ReviewKey, error) {
	if c == "" {
		return nil, nil
	}
	parts, err := decodeCursor(c, "r", 2)
	if err != nil {
		return nil, err
	}
	switch rank, goLive := parts[0][0], parts[0][1:]; {
	case rank == '1' && goLive == "":
		return &ReviewKey{ID: parts[1]}, nil
	case rank == '0':
		if _, err := time.Parse(time.DateOnly, goLive); err == nil {
			return &ReviewKey{GoLive: goLive, ID: parts[1]}, nil
		}
	}
	return nil, badCursor()
}

func catalogueCursor(e CatalogueEntry) string {
	return encodeCursor("c", strconv.FormatInt(e.PublishedAt.UnixMicro(), 10), e.ID)
}

func decodeCatalogueCursor(c string) (*CatalogueKey, error) {
	if c == "" {
		return nil, nil
	}
	parts, err := decodeCursor(c, "c", 2)
	if err != nil {
		return nil, err
	}
	us, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil {
		return nil, badCursor()
	}
	return &CatalogueKey{PublishedAt: time.UnixMicro(us).UTC(), ID: parts[1]}, nil
}

// page trims a store's answer of up to limit+1 items to limit and returns
// the cursor of the next page ("" on the last one).
func page[T any](items []T, limit int, cursor func(T) string) ([]T, string) {
	if len(items) <= limit {
		return items, ""
	}
	items = items[:limit]
	return items, cursor(items[limit-1])
}

// EventCursor is the opaque cursor of an event feed after seq (per launch)
// or id (global): what next_cursor carries on /events pages.
func EventCursor(after int64) string { return encodeCursor("e", strconv.FormatInt(after, 10)) }

// DecodeEventCursor reads an EventCursor ("" is 0: from the start); any
// other cursor is an invalid error naming "cursor".
func DecodeEventCursor(c string) (int64, error) {
	if c == "" {
		return 0, nil
	}
	parts, err := decodeCursor(c, "e", 1)
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil || n < 0 {
		return 0, badCursor()
	}
	return n, nil
}

// pageList pages a short list read whole (a draft's versions, the style
// guide's versions) with the same opaque cursors as every other list: the
// cursor names the key of the last item of the previous page, of kind.
func pageList[T any](items []T, kind string, key func(T) string, cursor string, limit int) ([]T, string, error) {
	if cursor != "" {
		parts, err := decodeCursor(cursor, kind, 1)
		if err != nil {
			return nil, "", err
		}
		i := slices.IndexFunc(items, func(it T) bool { return key(it) == parts[0] })
		if i < 0 {
			return nil, "", badCursor()
		}
		items = items[i+1:]
	}
	out, next := page(items, PageLimit(limit), func(it T) string { return encodeCursor(kind, key(it)) })
	return out, next, nil
}
