package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsAlloy25: the alloy metals of a karat gold named as its
// composition are the alloy's, not other materials of the piece (#13,
// alloy25; probe 31's P31D107, a 9k yellow gold amethyst pendant: "Nine-
// carat gold is 37.5 per cent gold alloyed with silver and copper",
// "aleado con plata y cobre", "w stopie ze srebrem i miedzią", "σε κράμα
// με ασήμι και χαλκό", "銀や銅を加えた丈夫な合金"). grounding/contrast.go
// alloyMetal with canon alloy_metals (silver and copper in yellow gold of
// every karat; World Gold Council, "Gold alloys"; ISO 9202:2019; 16 CFR
// 23.4): a word of the alloy in the metal's clause (a decimal comma no
// break, a list after a comma one clause), and for a precious metal the
// product's own body alloy and no word of the piece in the clause. Every
// pass row blocks on a gold-plated brass piece (the silver is no alloy
// metal of a plating), and the silver said of the piece keeps blocking:
// "The 9k gold alloy pendant hangs on a silver chain", "This pendant is 9k
// gold alloy and silver".
func TestKindsAlloy25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	gold := core.Product{SKU: "A25G", Name: "Amethyst Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"gold", "purple"}}
	plated := core.Product{SKU: "A25P", Name: "Amethyst Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"gold-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold"}},
		Stones:  []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"gold", "purple"}}
	pass := []kindRow{
		{"en-GB", "Nine-carat gold is 37.5 per cent gold alloyed with silver and copper, which makes it hard-wearing.", gold, false},
		{"en-US", "Nine-karat gold is 37.5 percent gold; the rest of the alloy is silver and copper.", gold, false},
		{"en-AU", "Nine-carat gold is 37.5 per cent gold alloyed with silver and copper, which makes it hard-wearing.", gold, false},
		{"de-DE", "Neunkarätiges Gold enthält 37,5 Prozent Gold, legiert mit Silber und Kupfer.", gold, false},
		{"fr-FR", "L'or 9 carats contient 37,5 % d'or, allié à de l'argent et du cuivre.", gold, false},
		{"fr-CA", "L'or 9 carats est un alliage de 37,5 % d'or, d'argent et de cuivre.", gold, false},
		{"es-ES", "El oro de 9 quilates contiene un 37,5 % de oro, aleado con plata y cobre, lo que lo hace resistente.", gold, false},
		{"es-MX", "El oro de 9 quilates es una aleación de 37.5 % de oro con plata y cobre.", gold, false},
		{"it-IT", "L'oro a 9 carati contiene il 37,5% di oro in lega con argento e rame.", gold, false},
		{"pt-PT", "O ouro de 9 quilates tem 37,5 % de ouro, em liga com prata e cobre.", gold, false},
		{"pt-BR", "O ouro 9k é uma liga de 37,5% de ouro com prata e cobre.", gold, false},
		{"nl-NL", "Negenkaraats goud bevat 37,5 procent goud, gelegeerd met zilver en koper.", gold, false},
		{"sv-SE", "Nio karats guld innehåller 37,5 procent guld, legerat med silver och koppar, vilket gör det tåligt.", gold, false},
		{"da-DK", "9 karat guld indeholder 37,5 procent guld, legeret med sølv og kobber.", gold, false},
		{"nb-NO", "9 karat gull inneholder 37,5 prosent gull, legert med sølv og kobber.", gold, false},
		{"fi-FI", "9 karaatin kulta sisältää 37,5 prosenttia kultaa, ja seoksessa on myös hopeaa ja kuparia.", gold, false},
		{"pl-PL", "Złoto 9-karatowe zawiera 37,5% złota w stopie ze srebrem i miedzią, co czyni je wytrzymałym.", gold, false},
		{"cs-CZ", "Devítikarátové zlato obsahuje 37,5 % zlata, zbytek slitiny tvoří stříbro a měď.", gold, false},
		{"tr-TR", "9 ayar altın yüzde 37,5 altın içerir; alaşımın geri kalanı gümüş ve bakırdır.", gold, false},
		{"el-GR", "Ο χρυσός 9 καρατίων περιέχει 37,5% χρυσό σε κράμα με ασήμι και χαλκό, γι' αυτό είναι ανθεκτικός.", gold, false},
		{"ar-AE", "يحتوي ذهب عيار 9 على 37.5% من الذهب في سبيكة مع الفضة والنحاس.", gold, false},
		{"ja-JP", "9金は金の含有率37.5%で、銀や銅を加えた丈夫な合金です。", gold, false},
		{"ko-KR", "9K 골드는 금 함량이 37.5%이며, 은과 구리를 섞은 합금입니다.", gold, false},
		{"zh-CN", "9K金含金量为37.5%，其余是银和铜组成的合金。", gold, false},
		{"zh-TW", "9K金的含金量為37.5%，是加入銀與銅的合金。", gold, false},
	}
	checkOwnAndControl(t, svc, CatGrounding, pass, func(kindRow) (core.Product, bool) { return plated, true })
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The 9k gold alloy pendant hangs on a silver chain.", gold, true},
		{"en-GB", "This pendant is 9k gold alloy and silver.", gold, true},
		{"de-DE", "Der Anhänger aus 9 Karat Goldlegierung hängt an einer Silberkette.", gold, true},
		{"sv-SE", "Hänget är gjort av en legering av 9 karats guld och har en kedja i silver.", gold, true},
		{"ja-JP", "このペンダントは9金の合金で、銀のチェーンに通しています。", gold, true},
		{"el-GR", "Το μενταγιόν από κράμα χρυσού 9 καρατίων κρέμεται σε ασημένια αλυσίδα.", gold, true},
	})
}
