package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Copy for one variety written with another's strong markers (#13,
// variety28; released 28's es-MX "Ponéoslo a diario, que mola un montón
// con vuestra ropa de siempre, ¿vale?", which only warned on "mola" and
// "vuestra"). A strong marker, a word of the pack's
// identity.foreign_strong (the other variety's pronouns, possessives,
// verb forms and slang) or a construction of its grammar (es-ES vosotros
// imperatives with enclitics, "¿vale?"), counts twice toward checkVariety's
// three: two distinct strong markers block as locale.variety, one alone
// warns, and so does one lone spelling variant. Every variety pair of the
// packs, both ways: es-ES/es-MX, pt-PT/pt-BR, en-GB and en-AU/en-US,
// fr-FR/fr-CA, zh-CN/zh-TW. Each pass row passes on its own variety; its
// control, the same words on the sibling, blocks in locale.
func TestKindsVariety28(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K28V", Name: "Nuit Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "onyx"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: "natural"}},
		Colours:   []string{"black", "silver"}}
	type row struct{ own, other, text, control string } // control "": text itself
	rows := []row{
		// es-ES vosotros imperatives with enclitics, possessives, pronouns, slang, "¿vale?"
		{"es-ES", "es-MX", "Este colgante de plata de ley lleva un ónix negro pulido. Ponéoslo a diario, que mola un montón con vuestra ropa de siempre, ¿vale?", ""},
		{"es-ES", "es-MX", "Este colgante de plata de ley lleva un ónix negro pulido. Llevadlo con vuestros vaqueros favoritos.", ""},
		{"es-ES", "es-MX", "Este colgante de plata de ley lleva un ónix negro pulido. Cuidadla bien y poneos guapas, que es guay.", ""},
		{"es-ES", "es-MX", "Este colgante de plata de ley lleva un ónix negro pulido, y os quedará genial con todo, ¿vale?", ""},
		// es-MX slang
		{"es-MX", "es-ES", "Este dije de plata lleva un ónix negro pulido. Está padrísimo y ahorita lo tenemos en tienda.", ""},
		// pt-BR slang; pt-PT tu forms
		{"pt-BR", "pt-PT", "Este colar de prata tem uma pedra preta polida. É bacana e você vai curtir cada dia com ele.", ""},
		{"pt-PT", "pt-BR", "Este colar de prata tem uma pedra preta polida. Se tens um estilo clássico, podes usá-lo todos os dias.", ""},
		// en-US grammar with a spelling; en-GB's -st forms
		{"en-US", "en-GB", "This silver pendant holds a polished black onyx. Once you have gotten used to it, it is a gift every mom will love.", ""},
		{"en-US", "en-AU", "This silver pendant holds a polished black onyx. Once you have gotten used to it, it is a gift every mom will love.", ""},
		{"en-GB", "en-US", "This silver pendant holds a polished black onyx, whilst the chain stays light amongst your other pieces.", ""},
		{"en-AU", "en-US", "This silver pendant holds a polished black onyx, whilst the chain stays light amongst your other pieces.", ""},
		// fr-CA verbs; fr-FR slang
		{"fr-CA", "fr-FR", "Ce pendentif en argent porte un onyx noir poli, parfait pour magasiner ou pour clavarder entre amies.", ""},
		{"fr-FR", "fr-CA", "Ce pendentif en argent porte un onyx noir poli : vous allez le kiffer, et on kiffe aussi sa chaîne fine.", ""},
		// the mainland's words for video and software in Traditional
		// characters on zh-TW; Taiwan's in Simplified on zh-CN
		{"zh-CN", "zh-TW", "这款纯银吊坠镶嵌一颗黑玛瑙，拍摄视频时也很上镜，还有专属软件可以预约保养。", "這款純銀吊墜鑲嵌一顆黑瑪瑙，拍攝視頻時也很上鏡，還有專屬軟件可以預約保養。"},
		{"zh-TW", "zh-CN", "這款純銀吊墜鑲嵌一顆黑瑪瑙，可用專屬軟體預約保養，也能在網路上查看。", "这款纯银吊坠镶嵌一颗黑玛瑙，可用专属软体预约保养，也能在网路上查看。"},
	}
	var pass, block []kindRow
	for _, r := range rows {
		c := r.control
		if c == "" {
			c = r.text
		}
		pass = append(pass, kindRow{r.own, r.text, p, false})
		block = append(block, kindRow{r.other, c, p, true})
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, CatLocale, block)
	for _, r := range block {
		if _, fs := blockedIn(t, svc, CatLocale, r.p, r.locale, r.text); !hasRule(fs, "locale.variety") {
			t.Errorf("%s %q: no locale.variety: %s", r.locale, r.text, describe(fs, "", r.text))
		}
	}
	// One strong marker, or one lone spelling variant: a locale.variant
	// warning, no block.
	lone := []kindRow{
		{"es-MX", "Este dije de plata lleva un ónix negro pulido, y mola con todo lo que te pongas.", p, false},
		{"es-MX", "Este dije de plata lleva un ónix negro pulido. Llevadlo con la ropa de todos los días.", p, false},
		{"es-ES", "Este colgante de plata de ley lleva un ónix negro pulido, chido para cada día.", p, false},
		{"pt-PT", "Este colar de prata tem uma pedra preta polida, bacana para todos os dias.", p, false},
		{"pt-BR", "Este colar de prata tem uma pedra preta polida; podes usá-lo todos os dias.", p, false},
		{"en-GB", "This silver pendant holds a polished black onyx in a color for every day of the week.", p, false},
		{"en-AU", "This silver pendant holds a polished black onyx, a piece of jewelry for every day of the week.", p, false},
		{"en-US", "This silver pendant holds a polished black onyx, whilst its chain stays light for every day.", p, false},
		{"fr-FR", "Ce pendentif en argent porte un onyx noir poli, parfait pour magasiner le samedi.", p, false},
		{"fr-CA", "Ce pendentif en argent porte un onyx noir poli : vous allez le kiffer tous les jours.", p, false},
		{"zh-TW", "這款純銀吊墜鑲嵌一顆黑瑪瑙，拍攝視頻時也很上鏡。", p, false},
		{"zh-CN", "这款纯银吊坠镶嵌一颗黑玛瑙，可用专属软体预约保养。", p, false},
	}
	checkKindRows(t, svc, CatLocale, lone)
	for _, r := range lone {
		if _, fs := blockedIn(t, svc, "", r.p, r.locale, r.text); !hasRule(fs, "locale.variant") && !hasRule(fs, "locale.spelling") {
			t.Errorf("%s %q: want a locale.variant (en: locale.spelling) warning: %s", r.locale, r.text, describe(fs, "", r.text))
		}
	}
}
