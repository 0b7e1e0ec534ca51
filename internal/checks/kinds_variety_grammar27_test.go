package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Copy in another variety's grammar (#13, blind set 27: pt-BR "Você vai
// curtir usar ele no dia a dia" passed on pt-PT; pt-PT "vai estar a usar
// ... de facto ... camisola" only warned on pt-BR). variety_grammar.go: a
// construction of the other variety (pt-PT "estar a" + infinitive, pt-BR
// "estar" + gerund and "usar ele", es-ES vosotros inflections) warns as
// locale.variant and counts twice toward variety26's three, so one
// construction and one word of the variety block as locale.variety; one
// construction alone, or a construction that is itself a marker word
// ("tenéis"), only warns. Each text passes on its own variety and, as its
// control, blocks on the sibling; new words: pt-BR "curtir", pt-PT
// "camisola", en-US "gotten".
func TestKindsVarietyGrammar27(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pendant := core.Product{SKU: "K27V", Name: "Nuit Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "onyx"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: "natural"}},
		Colours:   []string{"black", "silver"}}
	type row struct{ own, other, text string }
	rows := []row{
		// pt-BR grammar: usar ele + curtir; estar + gerund + curtir
		{"pt-BR", "pt-PT", "Este pingente de prata de lei tem um ônix preto polido. Você vai curtir usar ele no dia a dia, combinando com seu look favorito."},
		{"pt-BR", "pt-PT", "Este pingente de prata de lei tem um ônix preto polido. Quem está procurando uma peça para todos os dias vai curtir."},
		// pt-PT grammar: estar a + infinitive + camisola
		{"pt-PT", "pt-BR", "Este pendente de prata de lei tem um ónix preto polido. É uma peça que vai estar a usar todos os dias, por cima da sua camisola preferida."},
		{"pt-PT", "pt-BR", "Este pendente de prata de lei tem um ónix preto polido que está a brilhar na montra e que vai estar a usar todos os dias."},
		// es-ES vosotros inflections not in the word list, with "os"
		{"es-ES", "es-MX", "Este colgante de plata de ley lleva un ónix negro pulido. Os encantará: lo combinaréis con todo y lo luciréis cada día."},
	}
	var pass, block []kindRow
	for _, r := range rows {
		pass = append(pass, kindRow{r.own, r.text, pendant, false})
		block = append(block, kindRow{r.other, r.text, pendant, true})
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, CatLocale, block)
	// one construction alone, or a word that is also a construction: a
	// warning, no block
	checkKindRows(t, svc, CatLocale, []kindRow{
		{"pt-PT", "Este pendente de prata de lei tem um ónix preto polido e está lindo com tudo. Quando o usar, vai querer usá-lo todos os dias, brilhando ao sol.", pendant, false},
		{"pt-BR", "Este pingente de prata de lei tem um ônix preto polido. É uma peça que vai estar a usar todos os dias com a sua blusa preferida.", pendant, false},
		{"pt-PT", "Este pendente de prata de lei tem um ónix preto polido. É uma peça que vai estar usando todos os dias com a sua blusa preferida.", pendant, false},
		{"es-MX", "Este dije de plata lleva un ónix negro pulido, si buscáis un regalo para cada día con su blusa favorita.", pendant, false},
		{"en-GB", "This sterling silver pendant holds a polished black onyx; once you have gotten used to it you will wear it every day.", pendant, false},
	})
}
