package offline

import (
	localepacks "github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// SupportedLocales implements core.LocaleLister: the offline writer writes
// the locales with a locale pack that carries writer data, or whose language
// it has built-in templates for; it never passes English off as another
// language.
func (g *Generator) SupportedLocales() []string {
	set, err := localepacks.Load()
	if err != nil {
		return []string{} // none, never nil (nil would restrict nothing)
	}
	out := []string{}
	for _, l := range set.Supported() {
		p, _ := set.Resolve(l)
		if (p != nil && p.Writer != nil) || languages[styleguide.LangOf(l)] != nil {
			out = append(out, l)
		}
	}
	return out
}
