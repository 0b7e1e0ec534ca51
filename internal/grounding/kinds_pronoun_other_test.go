package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A plural subject after a sentence that offers another piece beside a
// single one is that piece (issue #13, cross_sell false blocks: "Pair it
// with our Orbit hoops. They come in 14k yellow gold" on a silver ring).
// The same sentence with a singular subject, or after a sentence naming
// no other piece, is the product's and blocks; so does a plural subject
// on a pair of earrings, which is the product itself.
func TestKindsPluralSubjectOfOtherPiece(t *testing.T) {
	t.Parallel()
	ring := core.Product{SKU: "P1", Name: "Luna", Category: "ring", Metals: []core.Metal{{Base: "sterling silver"}}}
	hoops := core.Product{SKU: "P2", Name: "Luna", Category: "earrings", Metals: []core.Metal{{Base: "sterling silver"}}}
	for _, tc := range []struct {
		locale string
		cross  string // offers hoops (or a chain) beside the ring
		plural string // a plural subject: the hoops are yellow gold
		single string // a singular subject: the ring is yellow gold
	}{
		{"en-GB", "Pair it with our Orbit hoops.", "They come in 14k yellow gold.", "It comes in 14k yellow gold."},
		{"en-US", "Stack it with our Orbit hoops.", "These are made of 14k yellow gold.", "It is made of 14k yellow gold."},
		{"fr-FR", "Associez-la à nos créoles Orbit.", "Elles sont en or jaune 14 carats.", "Elle est en or jaune 14 carats."},
		{"fr-CA", "Associez-la à nos créoles Orbit.", "Elles sont en or jaune 14 carats.", "Elle est en or jaune 14 carats."},
		{"de-DE", "Kombinieren Sie ihn mit unseren Orbit Creolen.", "Sie sind aus 14 Karat Gelbgold.", "Er ist aus 14 Karat Gelbgold."},
		{"it-IT", "Abbinalo ai nostri orecchini a cerchio Orbit.", "Sono in oro giallo 14 carati.", "È in oro giallo 14 carati."},
		{"es-ES", "Combínalo con nuestros pendientes Orbit.", "Son de oro amarillo de 14 quilates.", "Es de oro amarillo de 14 quilates."},
		{"es-MX", "Combínalo con nuestros pendientes Orbit.", "Son de oro amarillo de 14 quilates.", "Es de oro amarillo de 14 quilates."},
		{"pt-BR", "Combine-o com nossas argolas Orbit.", "São de ouro amarelo 14k.", "É de ouro amarelo 14k."},
		{"pt-PT", "Combine-o com as nossas argolas Orbit.", "São em ouro amarelo de 14 quilates.", "É em ouro amarelo de 14 quilates."},
		{"nl-NL", "Combineer hem met onze Orbit oorringen.", "Ze zijn van 14 karaat geelgoud.", "Hij is van 14 karaat geelgoud."},
		{"sv-SE", "Kombinera den med våra Orbit örhängen.", "De är i 14 karat gult guld.", "Den är i 14 karat gult guld."},
		{"da-DK", "Kombiner den med vores Orbit øreringe.", "De er i 14 karat gult guld.", "Den er i 14 karat gult guld."},
		{"nb-NO", "Kombiner den med våre Orbit øreringer.", "De er i 14 karat gult gull.", "Den er i 14 karat gult gull."},
		{"fi-FI", "Yhdistä se Orbit-korvakorujen kanssa.", "Ne ovat 14 karaatin keltakultaa.", "Se on 14 karaatin keltakultaa."},
		{"pl-PL", "Połącz go z naszymi kolczykami Orbit.", "Są wykonane z 14-karatowego żółtego złota.", "Jest wykonany z 14-karatowego żółtego złota."},
		{"cs-CZ", "Zkombinujte jej s našimi náušnicemi Orbit.", "Jsou ze 14karátového žlutého zlata.", "Je ze 14karátového žlutého zlata."},
		{"el-GR", "Συνδυάστε το με τα σκουλαρίκια μας Orbit.", "Αυτά είναι από κίτρινο χρυσό 14 καρατίων.", "Είναι από κίτρινο χρυσό 14 καρατίων."},
		{"tr-TR", "Orbit küpelerimizle birlikte kombinleyin.", "Onlar 14 ayar sarı altından yapılmıştır.", "Yüzük 14 ayar sarı altından yapılmıştır."},
	} {
		blocks := func(p core.Product, text string) bool {
			for _, f := range CheckWith(p.Resolved(), tc.locale, text, Options{}) {
				if f.Severity == core.SeverityBlock && (f.Rule == RuleMaterial || f.Rule == RuleKarat) {
					return true
				}
			}
			return false
		}
		if blocks(ring, tc.cross+" "+tc.plural) {
			t.Errorf("%s: %q blocks: the plural subject is the other piece", tc.locale, tc.cross+" "+tc.plural)
		}
		if !blocks(ring, tc.cross+" "+tc.single) {
			t.Errorf("%s: %q passes: the singular subject is the ring", tc.locale, tc.cross+" "+tc.single)
		}
		if !blocks(hoops, tc.cross+" "+tc.plural) {
			t.Errorf("%s: %q passes on earrings: the plural subject is the product", tc.locale, tc.cross+" "+tc.plural)
		}
		if !blocks(ring, "Three stones line the band. "+tc.plural) {
			t.Errorf("%s: %q passes with no other piece before it", tc.locale, tc.plural)
		}
	}
}
