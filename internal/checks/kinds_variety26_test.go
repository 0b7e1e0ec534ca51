package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Copy for one variety of a language written in another (#13, variety26):
// three different words only the other variety writes (identity.foreign
// of the pack, owned by a locale of the same language) in a text of at
// least 8 tokens block as locale.variety, as the market's locale reviewers
// reject it: pt-BR "pingente", "ônix", "calcedônia" on pt-PT; es-ES "os",
// "vuestra", "cazadora" on es-MX; en-US "color", "jewelry", "favorite" on
// en-GB and en-AU; fr-FR "shopping", "week-end", "baskets" on fr-CA, and
// each the other way. Each pair's own text passes on its own locale and,
// as its control, blocks on the sibling; one or two such words only warn
// (locale.variant), a loanword or a name is not a variety (but two strong
// markers block: variety28).
func TestKindsVariety26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pendant := core.Product{SKU: "K26V", Name: "Nuit Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "onyx"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: "natural"}},
		Colours:   []string{"black", "silver"}}
	studs := core.Product{SKU: "K26W", Name: "Nuit Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver", "onyx"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "onyx", Colour: "black", Count: 2, Origin: "natural"}},
		Colours:   []string{"black", "silver"}}
	type pair struct {
		a, b         string // the two locales
		textA, textB string // each in its own variety, three markers or more
		p            core.Product
	}
	pairs := []pair{
		{"pt-PT", "pt-BR",
			"Este pendente de prata de lei tem um ónix preto polido, uma calcedónia opaca. Se estás à procura de uma peça para todos os dias, fica connosco.",
			"Este pingente de prata de lei traz um ônix preto polido, uma calcedônia opaca. Uma peça para usar todos os dias, com o pendente discreto de que você gosta.",
			pendant},
		{"es-ES", "es-MX",
			"Estos pendientes de plata de ley llevan dos ónix negros pulidos. Os encantarán: lucidlos con vuestra cazadora favorita.",
			"Estos aretes de plata esterlina llevan dos ónix negros pulidos, perfectos para platicar con amigas y combinar con su chamarra favorita.",
			studs},
		{"en-GB", "en-US",
			"This sterling silver pendant holds a polished black onyx, centred on the chain: a favourite piece of jewellery for everyday wear.",
			"This sterling silver pendant holds a polished black onyx, centered on the chain: a favorite piece of jewelry for everyday wear.",
			pendant},
		{"en-AU", "en-US",
			"This sterling silver pendant holds a polished black onyx, centred on the chain: a favourite piece of jewellery for everyday wear.",
			"This sterling silver pendant holds a polished black onyx in a color you will love, a favorite piece of jewelry for everyday wear.",
			pendant},
		{"fr-FR", "fr-CA",
			"Ce pendentif en argent massif porte un onyx noir poli, parfait pour le shopping du weekend avec vos baskets préférées.",
			"Ce pendentif en argent sterling porte un onyx noir poli, parfait pour magasiner avec votre tuque et votre chandail préférés.",
			pendant},
	}
	// One or two words of the other variety: warnings, no block (English
	// spellings the guide pairs warn as locale.spelling on the same span).
	few := []kindRow{
		{"pt-PT", "Este pendente de prata de lei tem um ónix preto polido, uma calcedônia opaca, para usar todos os dias.", pendant, false},
		{"pt-BR", "Este pingente de prata de lei traz um ónix preto polido, uma calcedónia opaca, para usar todos os dias.", pendant, false},
		// a strong word ("os") and a word: "os" with "vuestro", two strong
		// markers, blocks since variety28 (kinds_variety28_test.go)
		{"es-MX", "Estos aretes de plata esterlina llevan dos ónix negros pulidos. Os encantarán con tu cazadora favorita.", studs, false},
		{"es-ES", "Estos pendientes de plata de ley llevan dos ónix negros pulidos, perfectos con tu chamarra favorita.", studs, false},
		{"en-GB", "This sterling silver pendant holds a polished black onyx, a colour you'll love, centered on your favorite chain.", pendant, false},
		{"en-US", "This sterling silver pendant holds a polished black onyx, centred on the chain, a favourite piece for everyday wear.", pendant, false},
		{"fr-CA", "Ce pendentif en argent sterling porte un onyx noir poli, parfait pour le shopping du weekend.", pendant, false},
		{"fr-FR", "Ce pendentif en argent massif porte un onyx noir poli, parfait pour magasiner avec votre chandail préféré.", pendant, false},
	}
	var own, other []kindRow
	for _, pr := range pairs {
		own = append(own, kindRow{pr.a, pr.textA, pr.p, false}, kindRow{pr.b, pr.textB, pr.p, false})
		other = append(other, kindRow{pr.b, pr.textA, pr.p, true}, kindRow{pr.a, pr.textB, pr.p, true})
	}
	checkKindRows(t, svc, "", append(own, few...))
	checkKindRows(t, svc, CatLocale, other)
	for _, r := range other {
		if _, fs := blockedIn(t, svc, CatLocale, r.p, r.locale, r.text); !hasRule(fs, "locale.variety") {
			t.Errorf("%s %q: no locale.variety: %s", r.locale, r.text, describe(fs, "", r.text))
		}
	}
	for _, r := range few {
		if _, fs := blockedIn(t, svc, "", r.p, r.locale, r.text); !hasRule(fs, "locale.variant") && !hasRule(fs, "locale.spelling") || hasRule(fs, "locale.variety") {
			t.Errorf("%s %q: want locale.variant (en: locale.spelling) warnings and no locale.variety: %s", r.locale, r.text, describe(fs, "", r.text))
		}
	}
}

// hasRule reports whether a finding of the rule is among fs.
func hasRule(fs []core.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}
