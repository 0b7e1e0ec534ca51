package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	alloyMix56White = core.Product{SKU: "AM56W", Name: "Aura", Category: "ring", Collection: "Essence", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "rhodium"}}, Colours: []string{"white"}}
	alloyMix56Rose = core.Product{SKU: "AM56R", Name: "Aura", Category: "ring", Collection: "Essence", Materials: []string{"18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Colours: []string{"rose gold"}}
	alloyMix56Silver = core.Product{SKU: "AM56S", Name: "Aura", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
)

// TestKindsAlloyMix56: a verb or noun of mixing names what the piece's own
// alloy holds ("14k white gold: gold mixed with nickel and copper"), as
// "alloyed with" does, in every base language (ar, ja, ko and zh had it
// since alloy47). Each row blocked as grounding.material on main.
func TestKindsAlloyMix56(t *testing.T) {
	t.Parallel()
	w, r, s := alloyMix56White, alloyMix56Rose, alloyMix56Silver
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The band is 14k white gold: gold mixed with nickel and copper, then plated with rhodium.", w, false},
		{"en-AU", "Rose gold is a blend of pure gold and copper, which gives this 18k band its warm tone.", r, false},
		{"de-DE", "Der Ring ist aus 14 Karat Weißgold. Weißgold ist Gold, gemischt mit Nickel und Kupfer, und wird rhodiniert.", w, false},
		{"fr-FR", "L'anneau est en or blanc 14 carats : de l'or mélangé à du nickel et du cuivre, puis rhodié.", w, false},
		{"es-ES", "El aro es de oro blanco de 14 quilates: oro mezclado con níquel y cobre, y después rodiado.", w, false},
		{"it-IT", "La fascia è in oro bianco 14 carati: oro mescolato con nichel e rame, poi rodiato.", w, false},
		{"pt-BR", "O aro é de ouro branco 14k: ouro misturado com níquel e cobre, depois banhado a ródio.", w, false},
		{"nl-NL", "De ring is van 14 karaat witgoud: goud gemengd met nikkel en koper, daarna gerodineerd.", w, false},
		{"sv-SE", "Ringen är i 14 karat vitt guld: guld blandat med nickel och koppar, sedan rodinerat.", w, false},
		{"da-DK", "Ringen er i 18 karat rosaguld: rent guld blandet med kobber, som giver den varme tone.", r, false},
		{"nb-NO", "Ringen er i 14 karat hvitt gull: gull blandet med nikkel og kobber, deretter rhodinert.", w, false},
		{"pl-PL", "Obrączka jest z 14-karatowego białego złota: złoto zmieszane z niklem i miedzią, następnie rodowane.", w, false},
		{"cs-CZ", "Prsten je ze 14karátového bílého zlata: zlato smíchané s niklem a mědí, poté rhodiované.", w, false},
		{"tr-TR", "Yüzük 14 ayar beyaz altındır. Beyaz altın, nikel ve bakırla karıştırılmış altındır ve rodyumla kaplanır.", w, false},
		{"el-GR", "Το δαχτυλίδι είναι από λευκόχρυσο 14 καρατίων: χρυσός αναμεμειγμένος με νικέλιο και χαλκό.", w, false},
		{"fi-FI", "Sormus on 14 karaatin valkokultaa: kultaa, johon on sekoitettu nikkeliä ja kuparia.", w, false},
		{"en-US", "Sterling silver is pure silver mixed with a little copper for strength, which is why this pendant keeps its shape.", s, false},
		{"de-DE", "Sterlingsilber ist Feinsilber, dem etwas Kupfer beigemischt wird, damit es fester ist.", s, false},
	})
}

// TestKindsAlloyMix56Bad: a metal the piece's alloy does not hold, a metal
// mixed into the piece itself (a word of the piece in the clause) and a
// metal set beside the alloy still block.
func TestKindsAlloyMix56Bad(t *testing.T) {
	t.Parallel()
	w, s := alloyMix56White, alloyMix56Silver
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The band is 14k white gold: gold mixed with platinum for a brighter white.", w, true},
		{"de-DE", "Der Ring ist aus 14 Karat Weißgold, gemischt mit Platin für ein helleres Weiß.", w, true},
		{"fr-FR", "L'anneau est en or blanc 14 carats, mélangé à du titane pour plus de légèreté.", w, true},
		{"en-US", "This pendant mixes sterling silver with brass details.", s, true},
		{"sv-SE", "Hängsmycket blandar sterlingsilver med detaljer i mässing.", s, true},
		{"es-ES", "Este colgante mezcla plata de ley con detalles de latón.", s, true},
	})
}
