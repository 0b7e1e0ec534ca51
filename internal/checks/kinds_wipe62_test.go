package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// w62Anklet is a 14k gold anklet with five freshwater pearls, as released
// blind set 62's pl-PL 62B02.
var w62Anklet = core.Product{SKU: "W62", Name: "Morze", Category: "anklet", Collection: "Essence",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
	Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 5, Origin: "natural"}}, Colours: []string{"gold", "white"}}

// TestKindsWipe62: the piece wiped or dried with a cloth after a swim in the
// sea is care advice, no water-resistance claim, as rinsing it is
// (careadvice38; #13, wipe62: released blind set 62 pl-PL 62B02-1/2/3 "Po
// kąpieli w morzu przetrzyj ją miękką ściereczką" blocked as
// claim.waterproof). The wiping and drying imperatives and passives of
// data/<lang>/concepts-wipe62.yaml are waterproof's unless words. Rows in
// pl, da, cs, tr, el failed on main; the others passed and are kept. The en
// Bad row "You can swim in the sea with it" passed on main (a place between
// the verb and the piece): en forms "swim ... with it" now.
func TestKindsWipe62(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, []kindRow{
		{"pl-PL", "Po kąpieli w morzu przetrzyj ją miękką ściereczką.", w62Anklet, false},
		{"pl-PL", "Po pływaniu w morzu przecieraj ją suchą szmatką.", w62Anklet, false},
		{"da-DK", "Efter en dukkert i havet tørres den af med en blød klud.", w62Anklet, false},
		{"cs-CZ", "Po koupání v moři ji otřete měkkým hadříkem.", w62Anklet, false},
		{"tr-TR", "Denizde yüzdükten sonra yumuşak bir bezle silin.", w62Anklet, false},
		{"el-GR", "Μετά το κολύμπι στη θάλασσα, σκουπίστε το με ένα μαλακό πανί.", w62Anklet, false},
		{"ar-AE", "بعد السباحة في البحر امسحيه بقطعة قماش ناعمة.", w62Anklet, false},
		{"fi-FI", "Uinnin jälkeen meressä pyyhi se pehmeällä liinalla.", w62Anklet, false},
		{"en-GB", "After a swim in the sea, wipe it with a soft cloth.", w62Anklet, false},
		{"de-DE", "Nach dem Baden im Meer mit einem weichen Tuch abwischen.", w62Anklet, false},
		{"fr-FR", "Après une baignade en mer, essuyez-la avec un chiffon doux.", w62Anklet, false},
		{"nl-NL", "Veeg hem na een duik in zee af met een zachte doek.", w62Anklet, false},
	})
}

// TestKindsWipe62Bad: permission to wear it in the sea, with or without a
// wipe afterwards, is still the claim.
func TestKindsWipe62Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, []kindRow{
		{"pl-PL", "Można ją nosić podczas kąpieli w morzu, a potem wystarczy ją przetrzeć.", w62Anklet, true},
		{"en-GB", "You can swim in the sea with it, just wipe it afterwards.", w62Anklet, true},
		{"da-DK", "Du kan roligt bade i havet med den.", w62Anklet, true},
		{"cs-CZ", "Můžete se v ní koupat v moři.", w62Anklet, true},
		{"tr-TR", "Denizde rahatça takabilirsiniz.", w62Anklet, true},
	})
}
