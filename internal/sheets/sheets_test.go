package sheets_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sheets"
)

const goodCSV = "\ufeffSKU,name,category,collection,materials,stones,colours,attributes.diameter_mm,keywords\r\n" +
	"190001C01,Pavé Heart Charm,charm,Moments,sterling silver,cubic zirconia:clear:12|pearl,pink,11,gift for her|love\r\n" +
	",,,,,,,,\r\n" +
	"\"190002C01\",\"Star, Bright\",charm,,14k gold|sterling silver,,,,\r\n"

func TestReadCSV(t *testing.T) {
	t.Parallel()
	products, origin, err := sheets.ReadCSV(strings.NewReader(goodCSV))
	if err != nil {
		t.Fatal(err)
	}
	if len(products) != 2 {
		t.Fatalf("got %d products, want 2 (the blank row skipped)", len(products))
	}
	p := products[0]
	if p.SKU != "190001C01" || p.Name != "Pavé Heart Charm" || p.Collection != "Moments" {
		t.Errorf("product 0 = %+v", p)
	}
	wantStones := []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}, {Type: "pearl"}}
	if len(p.Stones) != 2 || p.Stones[0] != wantStones[0] || p.Stones[1] != wantStones[1] {
		t.Errorf("stones = %+v, want %+v", p.Stones, wantStones)
	}
	if p.Attributes["diameter_mm"] != "11" || strings.Join(p.Keywords, ";") != "gift for her;love" {
		t.Errorf("attributes %v keywords %v", p.Attributes, p.Keywords)
	}
	if got := products[1]; got.Name != "Star, Bright" || len(got.Materials) != 2 || got.Attributes != nil {
		t.Errorf("product 1 = %+v", got)
	}
	if origin.Rows[0] != 2 || origin.Rows[1] != 4 {
		t.Errorf("rows = %v, want [2 4]", origin.Rows)
	}
}

// fieldsOf returns the field errors of an invalid error.
func fieldsOf(t *testing.T, err error) []core.FieldError {
	t.Helper()
	var e *core.Error
	if !errors.As(err, &e) || e.Code != core.CodeInvalid {
		t.Fatalf("err = %v, want an invalid error", err)
	}
	return e.Fields
}

func TestReadCSVBadRows(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, csv string
		field     string // a field error must name this place
		message   string // and say this
	}{
		{"empty body", "", "row 1", "header"},
		{"header only", "sku,name,category\n", "row 2", "first product"},
		{"unknown column", "sku,name,category,colour\n1,a,ring,red\n", "row 1, column D (colour)", "unknown column"},
		{"missing required column", "sku,name\n1,a\n", "row 1", `no "category" column`},
		{"repeated column", "sku,name,category,SKU\n1,a,ring,2\n", "row 1, column D (SKU)", "repeats column A"},
		{"bad stone count", "sku,name,category,stones\n1,a,ring,pearl\n2,b,ring,cubic zirconia:clear:twelve\n", "row 3, column D (stones)", `"twelve" is not a whole number`},
		{"too many stone parts", "sku,name,category,stones\n1,a,ring,a:b:1:natural:heated:x\n", "row 2, column D (stones)", "four colons"},
		{"bad measurement", "sku,name,category,measurements\n1,a,ring,diameter:11\n", "row 2, column D (measurements)", "name:value:unit"},
		{"bad plating microns", "sku,name,category,metals\n1,a,ring,sterling silver:gold:925:thick\n", "row 2, column D (metals)", "microns"},
		{"bad carats", "sku,name,category,total_carat_weight\n1,a,ring,1/2\n", "row 2, column D (total_carat_weight)", "carats"},
		{"empty stone type", "sku,name,category,stones\n1,a,ring,:red:1\n", "row 2, column D (stones)", "type is empty"},
		{"ragged row", "sku,name,category\n1,a,ring,extra\n", "row 2", "has 4 cells"},
		{"bare quote", "sku,name,category\n1,a \"b,ring\n", "row 2", `bare " in non-quoted-field at character`},
		{"not utf-8", "sku,name,category\n1,caf\xe9,ring\n", "row 2, column B (name)", "UTF-8"},
		{"unnamed attribute", "sku,name,category,attributes.\n1,a,ring,x\n", "row 1, column D (attributes.)", "needs a name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, _, err := sheets.ReadCSV(strings.NewReader(tt.csv))
			fields := fieldsOf(t, err)
			for _, f := range fields {
				if f.Field == tt.field && strings.Contains(f.Message, tt.message) {
					return
				}
			}
			t.Errorf("errors %+v name no %q saying %q", fields, tt.field, tt.message)
		})
	}
}

func TestReadCSVStructuredColumns(t *testing.T) {
	t.Parallel()
	in := "sku,name,category,stones,metals,measurements,total_carat_weight,variant_group\n" +
		"1,Ring,ring,sapphire:blue:1:lab_grown:heated|diamond::3,sterling silver:18k gold:925:2.5|platinum,diameter:11:mm|weight:0.5:ct,0.75,hearts\n"
	products, _, err := sheets.ReadCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	p := products[0]
	if p.Stones[0] != (core.Stone{Type: "sapphire", Colour: "blue", Count: 1, Origin: "lab_grown", Treatment: "heated"}) ||
		p.Stones[1] != (core.Stone{Type: "diamond", Count: 3}) {
		t.Errorf("stones = %+v", p.Stones)
	}
	if p.Metals[0] != (core.Metal{Base: "sterling silver", Plating: "18k gold", Fineness: "925", PlatingMicrons: 2.5}) || p.Metals[1].Base != "platinum" {
		t.Errorf("metals = %+v", p.Metals)
	}
	if p.Measurements[1] != (core.Measurement{Name: "weight", Value: 0.5, Unit: "ct"}) || p.TotalCaratWeight != 0.75 || p.VariantGroup != "hearts" {
		t.Errorf("product = %+v", p)
	}
}

func TestReadCSVTooManyRows(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("sku,name,category\n")
	for i := range sheets.MaxRows + 1 {
		b.WriteString(strings.Repeat("x", 1+i%3) + ",a,ring\n")
	}
	_, _, err := sheets.ReadCSV(strings.NewReader(b.String()))
	if f := fieldsOf(t, err); len(f) != 1 || !strings.Contains(f[0].Message, "more than 5000") {
		t.Errorf("fields = %+v", f)
	}
}

// TestLocate checks that errors core finds later (by index) are moved to
// the sheet's row and column.
func TestLocate(t *testing.T) {
	t.Parallel()
	_, origin, err := sheets.ReadCSV(strings.NewReader("sku,name,category,stones,attributes.size\n1,a,ring,,\n\n2,b,ring,pearl,L\n"))
	if err != nil {
		t.Fatal(err)
	}
	in := core.Invalid("bad", core.FieldError{Field: "products[1].stones[0].count", Message: "must be at most 100000"},
		core.FieldError{Field: "products[0].sku", Message: "is taken"},
		core.FieldError{Field: "products[1].attributes[size]", Message: "too long"},
		core.FieldError{Field: "locales[0]", Message: "not supported"})
	got := fieldsOf(t, origin.Locate(in))
	want := []string{"row 4, column D (stones): must be at most 100000", "row 2, column A (sku): is taken",
		"row 4, column E (attributes.size): too long", "not supported"}
	for i, w := range want {
		if got[i].Message != w {
			t.Errorf("field %d message = %q, want %q", i, got[i].Message, w)
		}
	}
	if got[3].Field != "locales[0]" {
		t.Errorf("a launch-level field moved: %+v", got[3])
	}
}

func xlsx(t *testing.T, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadXLSX(t *testing.T) {
	t.Parallel()
	body := xlsx(t, [][]any{
		{"sku", "name", "category", "stones", "attributes.diameter_mm"},
		{"190001C01", "Heart", "charm", "cubic zirconia:clear:12", 11},
		{},
		{"190002C01", "Star", "charm", nil, 9.5},
	})
	products, origin, err := sheets.ReadXLSX(body)
	if err != nil {
		t.Fatal(err)
	}
	if len(products) != 2 || products[0].Stones[0].Count != 12 || products[1].Attributes["diameter_mm"] != "9.5" {
		t.Fatalf("products = %+v", products)
	}
	if origin.Rows[1] != 4 {
		t.Errorf("rows = %v, want the second product on row 4", origin.Rows)
	}

	bad := xlsx(t, [][]any{
		{"sku", "name", "category", "stones"},
		{"1", "a", "ring", "pearl"},
		{"2", "b", "ring", "pearl:white:-3"},
	})
	_, _, err = sheets.ReadXLSX(bad)
	f := fieldsOf(t, err)
	if len(f) != 1 || f[0].Field != "row 3, column D (stones)" {
		t.Errorf("fields = %+v", f)
	}

	if _, _, err := sheets.ReadXLSX([]byte("sku,name,category\n")); core.ErrorCode(err) != core.CodeInvalid {
		t.Errorf("a CSV sent as XLSX: err = %v, want invalid", err)
	}
}

func TestSafeCell(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+33 1 23", "'+33 1 23"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=cmd", "'\t=cmd"},
		{"\r=cmd", "'\r=cmd"},
		{"  =HYPERLINK(\"http://x\")", "'  =HYPERLINK(\"http://x\")"},
		{"\n=1", "'\n=1"},
		{"＝1+1", "'＝1+1"},
		{"\x1b[31m", "'\x1b[31m"},
		{"Pavé Heart Charm", "Pavé Heart Charm"},
		{"a=b", "a=b"},
		{"", ""},
		{"190001C01", "190001C01"},
	}
	for _, tt := range tests {
		if got := sheets.SafeCell(tt.in); got != tt.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriterRoundTrip checks that what the writer writes is RFC 4180 CSV
// that reads back to the neutralised cells, commas, quotes and newlines
// included.
func TestWriterRoundTrip(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	w := sheets.NewWriter(&buf)
	row := []string{"=cmd|' /C calc'!A0", "a, \"quoted\"\nline", "@x", "plain"}
	if err := w.Write(row...); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"'=cmd|' /C calc'!A0", "a, \"quoted\"\nline", "'@x", "plain"}
	if len(got) != 1 || strings.Join(got[0], "\x00") != strings.Join(want, "\x00") {
		t.Errorf("read back %q, want %q", got, want)
	}
}

func TestColumnLetter(t *testing.T) {
	t.Parallel()
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := sheets.ColumnLetter(i); got != want {
			t.Errorf("ColumnLetter(%d) = %q, want %q", i, got, want)
		}
	}
}
