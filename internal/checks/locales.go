package checks

import "github.com/copydesk/copydesk/internal/locales"

// SupportedLocales implements core.LocaleLister: the checker judges the
// locales that have a locale pack (internal/locales/packs), and no other.
// When the packs do not load it lists none (an empty, non-nil list: every
// locale refused), never nil, which would restrict nothing.
func (c *Checker) SupportedLocales() []string {
	set, err := locales.Load()
	if err != nil {
		return []string{}
	}
	return set.Supported()
}
