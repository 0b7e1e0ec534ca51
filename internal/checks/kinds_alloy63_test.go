package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of alloy63's rows: a shibuichi bangle, a shakudo ring with
// an 18k yellow gold inlay, an argentium silver 935 necklace and an 18k
// rose gold ring set with a jeremejevite.
var (
	a63Shibuichi = core.Product{SKU: "A63S", Name: "Tåge", Category: "bangle", Collection: "Reflexions",
		Metals: []core.Metal{{Base: "shibuichi"}}, Colours: []string{"grey"}}
	a63Shakudo = core.Product{SKU: "A63K", Name: "Timeless", Category: "ring", Collection: "Timeless",
		Metals: []core.Metal{{Base: "shakudo"}, {Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"black", "gold"}}
	a63Argentium = core.Product{SKU: "A63A", Name: "Eslabón", Category: "necklace", Collection: "Essence",
		Metals: []core.Metal{{Base: "argentium silver", Fineness: "935"}}, Colours: []string{"silver"}}
	a63Jeremejevite = core.Product{SKU: "A63J", Name: "冰川", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "rose gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "jeremejevite", Origin: "natural", Colour: "blue", Count: 1}},
		Colours: []string{"blue", "rose gold"}}
)

// Another metal set apart from the piece's own in copy that explains its
// alloy (#13, alloy63): what the piece is not to be confused with ("no
// debe confundirse con el oro blanco"), what it looks like at first sight
// and is then said to be neither of ("ligner oxideret sølv eller tin, men
// den er ingen af delene"), and the Chinese name of jeremejevite, 硼铝石,
// whose 铝 (aluminium) read as a metal of the piece.
func TestKindsAlloy63(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(a63Argentium, false, [][2]string{
		{"es-ES", "El Collar Eslabón es una cadena de plata Argentium 935. Tampoco debe confundirse con el oro blanco o el acero, que tienen un tono más gris."},
		{"en-GB", "The Eslabón necklace is Argentium silver 935. It is not to be confused with white gold or steel, which are greyer in tone."},
		{"de-DE", "Die Kette Eslabón ist aus Argentium-Silber 935. Nicht zu verwechseln mit Weißgold oder Stahl, die grauer wirken."},
		{"fr-FR", "Le collier Eslabón est en argent Argentium 935. À ne pas confondre avec l'or blanc ou l'acier, plus gris."},
		{"it-IT", "La collana Eslabón è in argento Argentium 935. Da non confondere con l'oro bianco o l'acciaio, più grigi."},
		{"nl-NL", "De ketting Eslabón is van Argentium-zilver 935. Niet te verwarren met witgoud of staal, die grijzer zijn."},
		{"sv-SE", "Halsbandet Eslabón är i Argentium-silver 935. Det är inte att förväxla med vitguld eller stål, som är gråare."},
		{"pt-BR", "O colar Eslabón é de prata Argentium 935. Não deve ser confundido com ouro branco ou aço, que são mais acinzentados."},
	})
	rows = append(rows, pairRows(a63Shibuichi, false, [][2]string{
		{"da-DK", "Armringen er lavet i shibuichi, en japansk legering af kobber og sølv. Ved første øjekast ligner armringen oxideret sølv eller tin, men den er ingen af delene: overfladen er en levende patina."},
		{"en-GB", "The bangle is shibuichi. At first glance it looks like oxidised silver or pewter, but it is neither of them: the surface is a living patina."},
		{"nb-NO", "Armringen er laget av shibuichi. Ved første øyekast ligner den oksidert sølv eller tinn, men den er ingen av delene."},
		{"de-DE", "Der Armreif ist aus Shibuichi. Auf den ersten Blick sieht er aus wie oxidiertes Silber oder Zinn, ist aber keines von beiden."},
	})...)
	rows = append(rows, pairRows(a63Shakudo, false, [][2]string{
		{"pt-PT", "À primeira vista, o Anel Shakudo Timeless parece de ferro ou de prata oxidada, mas não é nenhum dos dois. O shakudo é uma liga japonesa de cobre com uma pequena percentagem de ouro."},
		{"es-ES", "A primera vista, el anillo parece de hierro o de plata oxidada, pero no es ninguno de los dos."},
	})...)
	rows = append(rows, pairRows(a63Jeremejevite, false, [][2]string{
		{"zh-CN", "Signature系列冰川戒指镶嵌一颗0.6克拉的蓝色硼铝石（jeremejevite），戒托为18K玫瑰金。硼铝石常被误认为海蓝宝或蓝色托帕石，实际上是一种极为稀有的硼酸盐矿物。"},
	})...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsAlloy63Bad: the piece said to be made of the compared metal,
// likened to it with no denial, or solid silver on shibuichi, still
// blocks.
func TestKindsAlloy63Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(a63Argentium, true, [][2]string{
		{"es-ES", "El collar es de oro blanco."},
		{"en-GB", "The necklace is made of white gold."},
		{"de-DE", "Die Kette ist aus Weißgold."},
		{"sv-SE", "Halsbandet är gjort i vitguld."},
		{"pt-BR", "O colar é feito de ouro branco."},
	})
	rows = append(rows, pairRows(a63Shibuichi, true, [][2]string{
		{"da-DK", "Armringen er lavet af massivt sølv."},
		{"en-GB", "The bangle is solid silver."},
		{"en-GB", "The bangle is sterling silver, neither of them cheap."},
	})...)
	rows = append(rows, pairRows(a63Shakudo, true, [][2]string{
		{"pt-PT", "O anel é de prata maciça."},
		{"pt-PT", "O anel é de ouro amarelo de 14 quilates."},
	})...)
	rows = append(rows, pairRows(a63Jeremejevite, true, [][2]string{
		{"zh-CN", "这枚戒指由铝制成。"},
	})...)
	checkKindRows(t, svc, CatGrounding, rows)
}
