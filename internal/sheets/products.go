// Package sheets reads launches' products from spreadsheets (CSV and XLSX)
// and writes tables as CSV that is safe to open in a spreadsheet. It is
// pure: no HTTP, no store.
//
// The product table (DESIGN.md §3): a header row, then one product per row;
// columns are named as the JSON fields of a product (sku, name, category,
// collection, materials, stones, colours, features, occasions, keywords,
// metals, measurements, total_carat_weight, variant_group); list cells
// separate items with a vertical bar "|"; the parts of a structured item are
// separated by colons, trailing ones optional: stones
// "type:colour:count:origin:treatment" (DESIGN.md's "type:colour:count"
// extended), metals "base:plating:fineness:plating_microns", measurements
// "name:value:unit"; an attribute is a column named "attributes.KEY". Header names are matched without regard to case
// or surrounding space. Blank rows are skipped.
package sheets

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// MaxRows bounds the products of one sheet; it matches core's limit of
// products per launch so that a huge sheet is refused before it is read.
const MaxRows = 5000

// maxErrors bounds the field errors one refusal lists.
const maxErrors = 50

// Columns of the product table in the order exports write them.
var Columns = []string{"sku", "name", "category", "collection", "materials", "stones",
	"colours", "features", "occasions", "keywords", "metals", "measurements", "total_carat_weight", "variant_group"}

// Origin records where a product came from in its sheet, so that errors
// found later (by core's validation) can name the row and the column.
type Origin struct {
	// Rows[i] is the 1-based sheet row of products[i].
	Rows []int
	// Columns maps a product field ("sku", "attributes.diameter_mm") to
	// its column letter ("A").
	Columns map[string]string
}

// column is one header cell understood.
type column struct {
	field  string // "sku", "stones", "attributes.size"
	letter string // "A", "B", ... "AA"
	index  int
}

// parseHeader maps header cells to product fields.
func parseHeader(cells []string) ([]column, error) {
	var cols []column
	var errs []core.FieldError
	seen := map[string]string{}
	for i, raw := range cells {
		name := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff")))
		letter := ColumnLetter(i)
		if name == "" {
			continue // an unnamed column is ignored (spreadsheets often pad)
		}
		field := name
		if key, ok := strings.CutPrefix(name, "attributes."); ok {
			key = strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff"))[len("attributes."):]
			key = strings.TrimSpace(key)
			if key == "" {
				errs = append(errs, cellError(1, letter, name, "an attribute column needs a name after \"attributes.\""))
				continue
			}
			field = "attributes." + key
		} else if !knownColumn(name) {
			errs = append(errs, cellError(1, letter, raw, fmt.Sprintf("unknown column %q: want one of %s or attributes.NAME",
				raw, strings.Join(Columns, ", "))))
			continue
		}
		if prev, dup := seen[field]; dup {
			errs = append(errs, cellError(1, letter, raw, fmt.Sprintf("column %q repeats column %s", raw, prev)))
			continue
		}
		seen[field] = letter
		cols = append(cols, column{field: field, letter: letter, index: i})
	}
	for _, req := range []string{"sku", "name", "category"} {
		if _, ok := seen[req]; !ok {
			errs = append(errs, core.FieldError{Field: "row 1", Message: fmt.Sprintf("row 1 (the header) has no %q column", req)})
		}
	}
	if len(errs) > 0 {
		return nil, core.Invalid("the sheet's header row is not valid", errs...)
	}
	return cols, nil
}

func knownColumn(name string) bool {
	for _, c := range Columns {
		if c == name {
			return true
		}
	}
	return false
}

// rowSource yields the sheet's rows after the header; next returns the
// cells and the 1-based row number, or io.EOF-like done=true.
type rowSource func() (cells []string, row int, done bool, err error)

// readProducts reads the header and every product row.
func readProducts(header []string, next rowSource) ([]core.Product, *Origin, error) {
	cols, err := parseHeader(header)
	if err != nil {
		return nil, nil, err
	}
	origin := &Origin{Columns: map[string]string{}}
	for _, c := range cols {
		origin.Columns[c.field] = c.letter
	}
	var products []core.Product
	var errs []core.FieldError
	for {
		cells, row, done, err := next()
		if err != nil {
			return nil, nil, err
		}
		if done {
			break
		}
		if blank(cells) {
			continue
		}
		if len(products) == MaxRows {
			return nil, nil, core.Invalid(fmt.Sprintf("the sheet has more than %d products; split the launch", MaxRows),
				core.FieldError{Field: fmt.Sprintf("row %d", row), Message: fmt.Sprintf("row %d: more than %d product rows", row, MaxRows)})
		}
		p, rowErrs := parseRow(cells, cols, row)
		errs = append(errs, rowErrs...)
		products = append(products, p)
		origin.Rows = append(origin.Rows, row)
		if len(errs) >= maxErrors {
			break
		}
	}
	if len(errs) > 0 {
		return nil, nil, core.Invalid("the sheet has cells that are not valid", capErrors(errs)...)
	}
	if len(products) == 0 {
		return nil, nil, core.Invalid("the sheet has no product rows",
			core.FieldError{Field: "row 2", Message: "row 2: expected the first product after the header row"})
	}
	return products, origin, nil
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func parseRow(cells []string, cols []column, row int) (core.Product, []core.FieldError) {
	var p core.Product
	var errs []core.FieldError
	for _, c := range cols {
		v := ""
		if c.index < len(cells) {
			v = strings.TrimSpace(cells[c.index])
		}
		switch c.field {
		case "sku":
			p.SKU = v
		case "name":
			p.Name = v
		case "category":
			p.Category = v
		case "collection":
			p.Collection = v
		case "materials":
			p.Materials = splitList(v)
		case "colours":
			p.Colours = splitList(v)
		case "features":
			p.Features = splitList(v)
		case "occasions":
			p.Occasions = splitList(v)
		case "keywords":
			p.Keywords = splitList(v)
		case "variant_group":
			p.VariantGroup = v
		case "total_carat_weight":
			if v != "" {
				f, err := strconv.ParseFloat(v, 64)
				if err != nil {
					errs = append(errs, cellError(row, c.letter, c.field, fmt.Sprintf("%q is not a number of carats", v)))
				}
				p.TotalCaratWeight = f
			}
		case "stones", "metals", "measurements":
			for i, item := range splitList(v) {
				if err := parseItem(&p, c.field, item); err != nil {
					errs = append(errs, cellError(row, c.letter, c.field, fmt.Sprintf("item %d %q: %v", i+1, item, err)))
				}
			}
		default: // attributes.KEY
			if v == "" {
				continue
			}
			if p.Attributes == nil {
				p.Attributes = map[string]string{}
			}
			p.Attributes[strings.TrimPrefix(c.field, "attributes.")] = v
		}
	}
	return p, errs
}

// splitList splits a "|"-separated cell, dropping empty items.
func splitList(v string) []string {
	if v == "" {
		return nil
	}
	var out []string
	for _, item := range strings.Split(v, "|") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// parseItem reads one structured list item and appends it to p.
func parseItem(p *core.Product, field, item string) error {
	parts := strings.Split(item, ":")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	part := func(i int) string {
		if i < len(parts) {
			return parts[i]
		}
		return ""
	}
	switch field {
	case "stones":
		if len(parts) > 5 {
			return errors.New("must be type:colour:count:origin:treatment (four colons at most)")
		}
		s := core.Stone{Type: part(0), Colour: part(1), Origin: part(3), Treatment: part(4)}
		if s.Type == "" {
			return errors.New("the stone type is empty; write type:colour:count")
		}
		if n := part(2); n != "" {
			count, err := strconv.Atoi(n)
			if err != nil || count < 0 {
				return fmt.Errorf("the count %q is not a whole number of zero or more", n)
			}
			s.Count = count
		}
		p.Stones = append(p.Stones, s)
	case "metals":
		if len(parts) > 4 {
			return errors.New("must be base:plating:fineness:plating_microns (three colons at most)")
		}
		m := core.Metal{Base: part(0), Plating: part(1), Fineness: part(2)}
		if m.Base == "" {
			return errors.New("the base metal is empty; write base:plating:fineness:plating_microns")
		}
		if n := part(3); n != "" {
			f, err := strconv.ParseFloat(n, 64)
			if err != nil {
				return fmt.Errorf("the plating thickness %q is not a number of microns", n)
			}
			m.PlatingMicrons = f
		}
		p.Metals = append(p.Metals, m)
	case "measurements":
		if len(parts) != 3 {
			return errors.New("must be name:value:unit, e.g. diameter:11:mm")
		}
		f, err := strconv.ParseFloat(parts[1], 64)
		if err != nil {
			return fmt.Errorf("the value %q is not a number", parts[1])
		}
		p.Measurements = append(p.Measurements, core.Measurement{Name: parts[0], Value: f, Unit: parts[2]})
	}
	return nil
}

func cellError(row int, letter, column, msg string) core.FieldError {
	return core.FieldError{Field: fmt.Sprintf("row %d, column %s (%s)", row, letter, column),
		Message: fmt.Sprintf("row %d, column %s (%s): %s", row, letter, column, msg)}
}

func capErrors(errs []core.FieldError) []core.FieldError {
	if len(errs) <= maxErrors {
		return errs
	}
	return append(errs[:maxErrors:maxErrors], core.FieldError{Field: "sheet", Message: "more errors not shown"})
}

// Locate rewrites field errors that name products by index
// ("products[3].stones[0].count") so that they also name the sheet row and
// column ("row 5, column F (stones)"). Other errors pass unchanged.
func (o *Origin) Locate(err error) error {
	var e *core.Error
	if o == nil || !errors.As(err, &e) || len(e.Fields) == 0 {
		return err
	}
	out := *e
	out.Fields = make([]core.FieldError, len(e.Fields))
	for i, f := range e.Fields {
		out.Fields[i] = o.locateField(f)
	}
	return &out
}

func (o *Origin) locateField(f core.FieldError) core.FieldError {
	rest, ok := strings.CutPrefix(f.Field, "products[")
	if !ok {
		return f
	}
	idx, rest, ok := strings.Cut(rest, "]")
	if !ok {
		return f
	}
	i, err := strconv.Atoi(idx)
	if err != nil || i < 0 || i >= len(o.Rows) {
		return f
	}
	row := o.Rows[i]
	field := strings.TrimPrefix(rest, ".")
	// "stones[0].count" -> "stones"; "attributes[size]" -> "attributes.size"
	name := field
	if j := strings.IndexAny(name, ".["); j >= 0 {
		if strings.HasPrefix(name[j:], "[") && strings.HasPrefix(name, "attributes") {
			key := strings.TrimSuffix(strings.TrimPrefix(name[j:], "["), "]")
			name = "attributes." + key
		} else {
			name = name[:j]
		}
	}
	letter, ok := o.Columns[name]
	where := fmt.Sprintf("row %d", row)
	if ok {
		where = fmt.Sprintf("row %d, column %s (%s)", row, letter, name)
	} else if name != "" {
		where = fmt.Sprintf("row %d (%s)", row, name)
	}
	return core.FieldError{Field: where, Message: where + ": " + f.Message}
}

// ColumnLetter returns the spreadsheet letter of a 0-based column index:
// 0 "A", 25 "Z", 26 "AA".
func ColumnLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}
