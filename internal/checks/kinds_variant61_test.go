package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// variant61Product is a plain pair of gold earrings: the rows below are
// judged for their variety, not their facts.
var variant61Product = core.Product{SKU: "V61", Name: "Brincos", Category: "earrings", Collection: "Timeless",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}

// Copy for one variety of a language written in its neighbour (#13,
// variant61, held-out 61 close_language: pt-PT copy with "você está
// procurando ... com a galera", "Pra limpar ... tá?") blocks as
// locale.variety once its markers reach varietyBlockHalves (three distinct
// words, two strong ones, or a construction and a word), in every pair the
// packs know: pt-PT/pt-BR, es-MX/es-ES, en-GB/en-US. The markers are pack
// data (identity.foreign, identity.foreign_strong). These rows only warned
// on main.
func TestKindsVariant61(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatLocale, pairRows(variant61Product, true, [][2]string{
		{"pt-PT", "Se você está procurando um brinco para usar o dia todo, achou: são levinhos e ficam lindos num jantar com a galera."},
		{"pt-PT", "São brincos para usar todos os dias, até com tênis. Pra limpar, passe um pano seco, tá?"},
		{"es-MX", "Combínalos con tus vaqueros y tus gafas de sol; caben en el bolso junto al móvil."},
		{"en-GB", "Pack them for your vacation: they fit in your purse and look right with sneakers."},
	}))
}

// One or two stray words of the neighbour in otherwise right copy (a
// loanword, a brand's name) stay locale.variant warnings (#13, variant61),
// and the right copy passes.
func TestKindsVariant61Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatLocale, pairRows(variant61Product, false, [][2]string{
		{"pt-PT", "Estes brincos de ouro amarelo usam-se todos os dias, até com ténis, e ficam bem num jantar com a galera."},
		{"pt-PT", "Estes brincos de ouro amarelo usam-se todos os dias. Para limpar, passe um pano seco."},
		{"es-MX", "Combínalos con tus jeans y tus lentes de sol; caben en la bolsa junto al móvil."},
		{"es-MX", "Combínalos con tus jeans y tus lentes de sol; caben en la bolsa junto al celular."},
		{"en-GB", "Pack them for your holiday: they fit in your handbag and look right with sneakers."},
		{"en-GB", "Pack them for your holiday: they fit in your handbag and look right with trainers."},
	}))
}
