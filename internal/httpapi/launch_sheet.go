package httpapi

import (
	"bytes"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sheets"
)

// launchFromSheet reads a launch sent as a spreadsheet (text/csv or XLSX):
// the products come from the sheet (internal/sheets), the launch's own
// fields from the query: name, source_locale, locales and channels
// (comma-separated), and optionally go_live, callback_url, mode, budget.
// The Origin lets later errors name the sheet's row and column.
func launchFromSheet(c *gin.Context, media string) (core.LaunchInput, *sheets.Origin, error) {
	in := core.LaunchInput{Name: c.Query("name"), SourceLocale: c.Query("source_locale"),
		Locales: queryList(c, "locales"), Channels: queryList(c, "channels"),
		GoLive: c.Query("go_live"), CallbackURL: c.Query("callback_url"), Mode: c.Query("mode")}
	if b := c.Query("budget"); b != "" {
		v, err := strconv.ParseFloat(b, 64)
		if err != nil {
			return in, nil, fieldInvalid("budget", "must be a number of zero or more")
		}
		in.Budget = v
	}
	var (
		products []core.Product
		origin   *sheets.Origin
		err      error
	)
	if media == sheets.MediaCSV {
		var body []byte
		if body, err = readBody(c.Request); err != nil {
			return in, nil, err
		}
		products, origin, err = sheets.ReadCSV(bytes.NewReader(body))
	} else {
		var body []byte
		if body, err = readRaw(c.Request); err != nil {
			return in, nil, err
		}
		products, origin, err = sheets.ReadXLSX(body)
	}
	if err != nil {
		return in, nil, err
	}
	in.Products = products
	return in, origin, nil
}
