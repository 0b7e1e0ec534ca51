package reviewui

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// funcs are the templates' helpers.
var funcs = template.FuncMap{
	"statusLabel": func(s any) string {
		return strings.ReplaceAll(fmt.Sprint(s), "_", " ")
	},
	"severityLabel": func(s string) string {
		if s == core.SeverityBlock {
			return "Block"
		}
		return "Warn"
	},
	"rfc3339": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	"when":    func(t time.Time) string { return t.UTC().Format("2 Jan 2006 15:04 UTC") },
}
