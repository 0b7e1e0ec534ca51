package checks

import "github.com/copydesk/copydesk/internal/locales"

// SupportedLocales implements core.LocaleLister: the checker judges the
// locales that have a locale pack (internal/locales/packs), and no other.
func (c *Checker) SupportedLocales() []string {
	set, err := locales.Load()
	if err != nil {
		return nil
	}
	return set.Supported()
}
