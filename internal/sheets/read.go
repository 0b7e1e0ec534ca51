package sheets

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/copydesk/copydesk/internal/core"
)

// Media types of the spreadsheets a launch may arrive as.
const (
	MediaCSV  = "text/csv"
	MediaXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// ReadCSV reads the product table from CSV (RFC 4180, comma-separated,
// UTF-8 with or without a byte-order mark). Errors are core invalid errors
// whose fields name the row and column.
func ReadCSV(r io.Reader) ([]core.Product, *Origin, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = false
	cr.FieldsPerRecord = -1 // ragged rows are reported per row below
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil, core.Invalid("the CSV body is empty",
			core.FieldError{Field: "row 1", Message: "row 1: expected a header row naming the columns"})
	}
	if err != nil {
		return nil, nil, csvError(err)
	}
	width := len(header)
	next := func() ([]string, int, bool, error) {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil, 0, true, nil
		}
		if err != nil {
			return nil, 0, false, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) > width && !blank(rec[width:]) {
			return nil, 0, false, core.Invalid("a CSV row has more cells than the header",
				core.FieldError{Field: fmt.Sprintf("row %d", line),
					Message: fmt.Sprintf("row %d has %d cells but the header has %d columns", line, len(rec), width)})
		}
		for i, c := range rec {
			if !utf8.ValidString(c) {
				return nil, 0, false, core.Invalid("the CSV is not UTF-8",
					cellError(line, ColumnLetter(i), headerName(header, i), "is not valid UTF-8; save the sheet as CSV UTF-8"))
			}
		}
		return rec, line, false, nil
	}
	for i, c := range header {
		if !utf8.ValidString(c) {
			return nil, nil, core.Invalid("the CSV is not UTF-8",
				cellError(1, ColumnLetter(i), "header", "is not valid UTF-8; save the sheet as CSV UTF-8"))
		}
	}
	return readProducts(header, next)
}

func headerName(header []string, i int) string {
	if i < len(header) {
		return strings.TrimSpace(header[i])
	}
	return "?"
}

// csvError names the row and column of a CSV syntax error.
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		// Column is a byte offset into the line, not a cell index.
		where := fmt.Sprintf("row %d", pe.StartLine)
		msg := fmt.Sprintf("%s: %v at character %d", where, pe.Err, pe.Column)
		if pe.Line != pe.StartLine {
			msg = fmt.Sprintf("%s: %v on line %d, character %d", where, pe.Err, pe.Line, pe.Column)
		}
		return core.Invalid("the body is not valid CSV", core.FieldError{Field: where, Message: msg})
	}
	return core.Wrap(core.CodeInvalid, err, "the CSV body could not be read")
}

// XLSX limits: a workbook is a zip archive, so its unpacked size is capped
// to keep a small upload from expanding into gigabytes (a zip bomb).
const (
	xlsxUnzipLimit    = 64 << 20
	xlsxUnzipXMLLimit = 32 << 20
)

// ReadXLSX reads the product table from the first worksheet of an XLSX
// workbook (or the sheet named "products" when there is one). Cells are
// read as the text they display.
func ReadXLSX(body []byte) ([]core.Product, *Origin, error) {
	f, err := excelize.OpenReader(bytes.NewReader(body), excelize.Options{
		UnzipSizeLimit: xlsxUnzipLimit, UnzipXMLSizeLimit: xlsxUnzipXMLLimit})
	if err != nil {
		return nil, nil, core.Wrap(core.CodeInvalid, err, "the body is not a readable XLSX workbook")
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, nil, core.Invalid("the workbook has no worksheet")
	}
	sheet := sheets[0]
	for _, s := range sheets {
		if strings.EqualFold(s, "products") {
			sheet = s
		}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, nil, core.Wrap(core.CodeInvalid, err, "the worksheet could not be read")
	}
	defer rows.Close()
	row := 0
	read := func() ([]string, int, bool, error) {
		if !rows.Next() {
			if err := rows.Error(); err != nil {
				return nil, 0, false, core.Wrap(core.CodeInvalid, err, "the worksheet could not be read")
			}
			return nil, 0, true, nil
		}
		row++
		cells, err := rows.Columns()
		if err != nil {
			return nil, 0, false, core.Wrap(core.CodeInvalid, err, fmt.Sprintf("row %d of sheet %q could not be read", row, sheet))
		}
		return cells, row, false, nil
	}
	header, _, done, err := read()
	if err != nil {
		return nil, nil, err
	}
	if done {
		return nil, nil, core.Invalid(fmt.Sprintf("the worksheet %q is empty", sheet),
			core.FieldError{Field: "row 1", Message: "row 1: expected a header row naming the columns"})
	}
	return readProducts(header, read)
}
