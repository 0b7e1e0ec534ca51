package httpapi_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/url"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/httpapi"
	"github.com/copydesk/copydesk/internal/sheets"
)

// launchQuery is the launch's own fields for a spreadsheet submission.
var launchQuery = "/v1/launches?" + url.Values{"name": {"Spring Hearts 2027"}, "source_locale": {"en-GB"},
	"locales": {"en-GB,fr-FR"}, "channels": {"pdp"}}.Encode()

const launchCSV = "sku,name,category,collection,materials,stones,attributes.diameter_mm\r\n" +
	"190001C01,Pavé Heart Charm,charm,Moments,sterling silver,cubic zirconia:clear:12|pearl:white,11\r\n" +
	"190002C01,\"Heart Ring, Pink\",ring,,sterling silver|14k rose gold plating,,\r\n"

func TestLaunchFromCSV(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	rec := e.do(request{method: "POST", path: launchQuery, token: e.integration, contentType: "text/csv; charset=utf-8", body: launchCSV})
	wantStatus(t, rec, 202)
	l := decode[core.Launch](t, rec)
	if l.Name != "Spring Hearts 2027" || l.ProductCount != 2 || len(l.Locales) != 2 {
		t.Fatalf("launch = %+v", l)
	}
	p, err := e.store.GetProduct(context.Background(), l.ID, "190001C01")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Stones) != 2 || p.Stones[0] != (core.Stone{Type: "cubic zirconia", Colour: "clear", Count: 12}) ||
		p.Attributes["diameter_mm"] != "11" || p.Collection != "Moments" {
		t.Errorf("product = %+v", p)
	}
	if len(e.queue.generate) != 4 {
		t.Errorf("%d generation tasks, want 4", len(e.queue.generate))
	}

	// dry_run works on a sheet too.
	rec = e.do(request{method: "POST", path: launchQuery + "&dry_run=true", token: e.integration, contentType: "text/csv", body: launchCSV})
	wantStatus(t, rec, 200)
}

func TestLaunchFromSheetBadRows(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	tests := []struct {
		name, path, body string
		field, message   string
	}{
		{"bad stone", launchQuery, "sku,name,category,stones\n1,a,ring,pearl\n2,b,ring,pearl:white:many\n",
			"row 3, column D (stones)", `"many" is not a whole number`},
		{"found by core: blank name", launchQuery, "sku,name,category\n1,a,ring\n\n2,,ring\n",
			"row 4, column B (name)", "required"},
		{"found by core: duplicate sku", launchQuery, "category,sku,name\nring,1,a\nring,1,b\n",
			"row 3, column B (sku)", ""},
		{"launch field from the query", "/v1/launches?source_locale=en-GB&locales=en-GB&channels=pdp",
			"sku,name,category\n1,a,ring\n", "name", "required"},
		{"unknown column", launchQuery, "sku,name,category,metal\n1,a,ring,gold\n", "row 1, column D (metal)", "unknown column"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := checkProblem(t, e.do(request{method: "POST", path: tt.path, token: e.merch, contentType: "text/csv", body: tt.body}), 400)
			if !hasField(p, tt.field, tt.message) {
				t.Errorf("no error at %q saying %q: %+v", tt.field, tt.message, p.Errors)
			}
		})
	}
	if len(e.queue.generate) != 0 {
		t.Errorf("a refused sheet queued %d drafts", len(e.queue.generate))
	}
}

func workbook(t *testing.T, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "products"); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("products", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestLaunchFromXLSX(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	good := workbook(t, [][]any{
		{"sku", "name", "category", "stones", "attributes.diameter_mm"},
		{"190001C01", "Heart", "charm", "cubic zirconia:clear:12", 11},
		{"190002C01", "Star", "charm", "", 9.5},
	})
	rec := e.do(request{method: "POST", path: launchQuery, token: e.merch, contentType: sheets.MediaXLSX, body: good})
	wantStatus(t, rec, 202)
	if l := decode[core.Launch](t, rec); l.ProductCount != 2 {
		t.Errorf("launch = %+v", l)
	}

	bad := workbook(t, [][]any{
		{"sku", "name", "category", "stones"},
		{"190001C01", "Heart", "charm", "cubic zirconia:clear:-1"},
		{"190002C01", "Star", "", ""},
	})
	p := checkProblem(t, e.do(request{method: "POST", path: launchQuery, token: e.merch, contentType: sheets.MediaXLSX, body: bad}), 400)
	if !hasField(p, "row 2, column D (stones)", "whole number") {
		t.Errorf("errors = %+v", p.Errors)
	}
	checkProblem(t, e.do(request{method: "POST", path: launchQuery, token: e.merch, contentType: sheets.MediaXLSX, body: "not a zip"}), 400)
}

// readCSV parses an export and checks its header.
func readCSV(t *testing.T, body string, header []string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("export is not CSV: %v\n%s", err, body)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(header, ",") {
		t.Fatalf("header = %v, want %v", rows, header)
	}
	return rows[1:]
}

// TestCSVExports publishes copy that a spreadsheet would run as formulas
// and checks that both exports neutralise it, page through the store, and
// quote commas and newlines.
func TestCSVExports(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *httpapi.Options) { o.ExportPageSize = 1 })
	launchID, drafts := e.submit()
	ctx := context.Background()
	hostile := []string{"=HYPERLINK(\"http://evil.example\",\"click\")", "+33 1 23 45, \"call\"\nnow", "@SUM(1+1)", "\t=cmd|' /C calc'!A0"}
	for i, d := range drafts {
		if _, err := e.svc.EditText(ctx, &core.Token{Name: "root", Role: core.RoleAdmin}, d.ID, hostile[i%len(hostile)]); err != nil {
			t.Fatal(err)
		}
		if _, err := e.svc.Approve(ctx, &core.Token{Name: "root", Role: core.RoleAdmin}, d.ID, ""); err != nil {
			t.Fatal(err)
		}
		if _, err := e.svc.PublishDraft(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
	}

	rec := e.do(request{method: "GET", path: "/v1/catalogue.csv", token: e.integration})
	wantStatus(t, rec, 200)
	if ct := rec.Header().Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	rows := readCSV(t, rec.Body.String(), []string{"sku", "locale", "channel", "version", "published_at", "launch_id", "draft_id", "text"})
	if len(rows) != len(drafts) {
		t.Fatalf("%d catalogue rows, want %d", len(rows), len(drafts))
	}
	for _, r := range rows {
		if text := r[7]; text[0] != '\'' || !strings.Contains(strings.Join(hostile, ""), text[1:]) {
			t.Errorf("catalogue text cell %q is not neutralised", text)
		}
	}

	rec = e.do(request{method: "GET", path: "/v1/catalogue.csv?locale=fr-FR", token: e.integration})
	wantStatus(t, rec, 200)
	if rows := readCSV(t, rec.Body.String(), []string{"sku", "locale", "channel", "version", "published_at", "launch_id", "draft_id", "text"}); len(rows) != 2 {
		t.Errorf("fr-FR rows = %d, want 2", len(rows))
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/catalogue.csv?since=yesterday", token: e.integration}), 400)

	rec = e.do(request{method: "GET", path: "/v1/launches/" + launchID + "/drafts.csv", token: e.merch})
	wantStatus(t, rec, 200)
	header := []string{"draft_id", "sku", "locale", "channel", "status", "version", "attempts",
		"verdict", "findings", "model", "style_guide_version", "updated_at", "reason", "text"}
	rows = readCSV(t, rec.Body.String(), header)
	if len(rows) != len(drafts) {
		t.Fatalf("%d draft rows over pages of 1, want %d", len(rows), len(drafts))
	}
	seen := map[string]bool{}
	for _, r := range rows {
		seen[r[0]] = true
		if r[4] != "published" || r[13][0] != '\'' {
			t.Errorf("draft row = %q", r)
		}
	}
	if len(seen) != len(drafts) {
		t.Errorf("pages repeated or skipped drafts: %v", seen)
	}
	rec = e.do(request{method: "GET", path: "/v1/launches/" + launchID + "/drafts.csv?locale=en-GB&status=published", token: e.merch})
	wantStatus(t, rec, 200)
	if rows := readCSV(t, rec.Body.String(), header); len(rows) != 2 {
		t.Errorf("en-GB published rows = %d, want 2", len(rows))
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/nope/drafts.csv", token: e.merch}), 404)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/catalogue.csv"}), 401)
}
