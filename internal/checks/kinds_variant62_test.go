package checks

import (
	"testing"
)

// Portuguese copy written in the other variety (#13, late62b, held-out 62
// close_language: pt-PT copy with "Você vai amar ... camiseta ... ateliê
// ... pra", pt-BR copy with "colecção ... Quebeque ... morganite") blocks
// as locale.variety once its markers reach varietyBlockHalves, in both
// directions. The markers are pack data (pt-PT identity.foreign and
// foreign_strong "você", "camiseta", "ateliê"; pt-BR identity.foreign
// "quebeque" and the -ite mineral names). These rows only warned on main.
func TestKindsVariant62(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatLocale, pairRows(variant61Product, true, [][2]string{
		{"pt-PT", "Você vai adorar estes brincos de ouro amarelo: ficam bem com uma camiseta branca e saem do nosso ateliê prontos a usar."},
		{"pt-PT", "Estes brincos de ouro amarelo foram feitos no nosso ateliê e combinam com uma camiseta branca, pra usar todos os dias."},
		{"pt-BR", "Estes brincos de ouro amarelo lembram a morganite rosada e foram desenhados no Quebeque por uma equipa de joalheiras."},
		{"pt-BR", "Os brincos de ouro amarelo da colecção Timeless têm o tom da kunzite e da morganite, para usar todos os dias."},
	}))
}

// One stray word of the other variety (a "você", a mineral's name, a
// place) in otherwise native copy stays a locale.variant warning (#13,
// late62b), and the native copy passes.
func TestKindsVariant62Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatLocale, pairRows(variant61Product, false, [][2]string{
		{"pt-PT", "Estes brincos de ouro amarelo usam-se todos os dias e ficam bem com uma t-shirt branca; você vai gostar."},
		{"pt-PT", "Estes brincos de ouro amarelo usam-se todos os dias e ficam bem com uma t-shirt branca."},
		{"pt-BR", "Estes brincos de ouro amarelo lembram a morganite rosada e combinam com uma camiseta branca no dia a dia."},
		{"pt-BR", "Estes brincos de ouro amarelo lembram a morganita rosada e combinam com uma camiseta branca no dia a dia."},
	}))
}
