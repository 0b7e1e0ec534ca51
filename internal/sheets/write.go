package sheets

import (
	"encoding/csv"
	"io"
	"strings"
	"unicode"
)

// formulaTriggers are the characters that make a spreadsheet read a cell
// as a formula (OWASP, "CSV Injection"): = + - @, tab and carriage return,
// and their full-width forms, which some spreadsheets fold to ASCII.
const formulaTriggers = "=+-@\t\r＝＋－＠"

// SafeCell neutralises a cell that a spreadsheet would run as a formula by
// prefixing a single quote, as OWASP recommends: "=1+1" becomes "'=1+1".
// The trigger is looked for after any leading spaces and line feeds too,
// which some spreadsheets skip. Other cells are returned unchanged.
func SafeCell(s string) string {
	t := strings.TrimLeftFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\u00a0' })
	if t == "" {
		return s
	}
	for _, r := range t {
		if strings.ContainsRune(formulaTriggers, r) {
			return "'" + s
		}
		if unicode.IsControl(r) && r != '\t' && r != '\r' {
			return "'" + s
		}
		break
	}
	return s
}

// Writer writes a CSV table whose every cell is passed through SafeCell;
// quoting is encoding/csv's (RFC 4180).
type Writer struct {
	w *csv.Writer
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180, and what spreadsheets expect
	return &Writer{w: cw}
}

// Write writes one row.
func (w *Writer) Write(cells ...string) error {
	safe := make([]string, len(cells))
	for i, c := range cells {
		safe[i] = SafeCell(c)
	}
	return w.w.Write(safe)
}

// Flush writes any buffered rows and reports the first error of any write.
func (w *Writer) Flush() error {
	w.w.Flush()
	return w.w.Error()
}

// JoinList is the inverse of the product table's list cells: items joined
// with " | ".
func JoinList(items []string) string { return strings.Join(items, "|") }
