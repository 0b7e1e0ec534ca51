package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of explain68's rows.
var (
	e68Purple = core.Product{SKU: "E68P", Name: "Violet Inlay Ring", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}, {Base: "purple gold", Fineness: "18k"}}, Colours: []string{"purple", "gold"}}
	e68Blue = core.Product{SKU: "E68B", Name: "Dusk Band", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "blue gold", Fineness: "18k"}}, Colours: []string{"blue-grey"}}
	e68Rose = core.Product{SKU: "E68R", Name: "Timeless", Category: "ring", Collection: "Timeless",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: "natural"}},
		Colours: []string{"gold", "white"}}
	e68Spiny = core.Product{SKU: "E68S", Name: "Baja", Category: "earrings", Collection: "Heritage",
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Materials: []string{"spiny oyster shell"},
		Stones:    []core.Stone{{Type: "spiny oyster shell", Colour: "red", Count: 2, Origin: "natural"}},
		Colours:   []string{"red", "silver"}}
	e68Opal = core.Product{SKU: "E68O", Name: "Night", Category: "pendant", Collection: "Signature",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "matrix opal", Colour: "brown", Count: 1, Origin: "natural"}},
		Colours: []string{"brown", "blue", "green", "silver"}}
	e68Enamel = core.Product{SKU: "E68E", Name: "Rondine", Category: "pendant", Collection: "Reflexions",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Materials: []string{"cold enamel"},
		Colours: []string{"blue", "white", "silver"}, Attributes: map[string]string{"enamel": "cold enamel (pigmented resin)"}}
	e68Hauyne = core.Product{SKU: "E68H", Name: "Heritage", Category: "earrings", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "haüyne", Colour: "blue", Count: 2, Origin: "natural"}},
		Colours: []string{"blue", "white"}}
	e68Diamond = core.Product{SKU: "E68D", Name: "Old Mine", Category: "earrings", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 2, Origin: "natural"}},
		Colours: []string{"white", "gold"}}
	e68CZ = core.Product{SKU: "E68Z", Name: "Moments", Category: "earrings", Collection: "Moments",
		Metals:  []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 0.5}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 2, Origin: "simulant"}},
		Colours: []string{"gold"}}
	e68Bog = core.Product{SKU: "E68M", Name: "Myr", Category: "necklace", Collection: "Heritage",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Materials: []string{"bog oak"},
		Colours: []string{"black", "silver"}, Features: []string{"undyed"}}
)

// Copy that explains the piece's material by naming other materials is no
// claim of them (#13, explain68; held-out 67A en-US 67A03-1, fi-FI
// 67A03-1, held-out 67B en-AU 67B03-1, sv-SE 67B03-1, el-GR 67B03-1,
// probe 67C it-IT 67C03-1, released 67A nb-NO 67A04-1, probe 66C cs-CZ
// 66C02-3, probe 65D da-DK 65D02-3, released 67B sv-SE 67B04-1). The
// kinds:
//   - a denied list whose middle arms name no fact ("is not enamel,
//     plating or amethyst", "not plated, painted or enamelled"): the last
//     arm is denied too (negated_list.go);
//   - a crystal word of a substance's structure (a crystal of atoms, rough
//     crystals, a crystal of a compound named for an element:
//     structure_crystal68.go), and the stone that crystal defines as the
//     term an equative compares with ("næsten lige så livligt som en
//     diamant");
//   - an element word that stems like a stone (el πυρίτιο, silicon, not
//     πυρίτης, pyrite; element_word68.go);
//   - a cross-sell clause whose offered piece's noun phrase runs past the
//     sentence window (cross_sell_clause68.go);
//   - the arm of an opening contrast whose compared material carries an
//     apposition with a participle of its own ("polvere di vetro fusa");
//   - a stone or metal in a clause of past custom ("Aikanaan … istutettiin
//     usein hopeaan", "har länge kombinerats med turkos i smycken";
//     custom_words in the 19 packs, custom_practice68.go);
//   - a negator closing its clause before ", och …" is no denial of what
//     the next clause says ("ruttnade veden aldrig, och garvsyran
//     mörknade": bog oak's tannin darkening it, no tarnish claim).
//
// 16 CFR 23.1 asks that the piece not be misdescribed; naming what it is
// not, what it is made of or what the trade once did says nothing of it.
func TestKindsExplain68(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// denied lists through arms of no fact
		{"en-US", "Purple gold is not enamel, plating or amethyst: it is an alloy of gold and aluminium.", e68Purple, false},
		{"en-AU", "It is not plated, painted or enamelled, and it has no rhodium coating.", e68Blue, false},
		{"en-GB", "The colour is not a coating, dye or enamel.", e68Blue, false},
		// crystal of a structure
		{"en-US", "It is an alloy of gold and aluminium whose atoms lock into a crystal that glows violet.", e68Purple, false},
		{"cs-CZ", "Brus old mine vznikl v 18. století podle tvaru surových krystalů.", e68Diamond, false},
		{"da-DK", "Cubic zirconia er en krystal af zirkoniumdioxid, fremstillet i laboratoriet, som bryder lyset næsten lige så livligt som en diamant.", e68CZ, false},
		{"sv-SE", "Cubic zirconia är en kristall av zirkoniumdioxid, framställd i laboratorium.", e68CZ, false},
		// an element, not a stone
		{"el-GR", "Στο οπάλιο μήτρας, το οπάλιο σχηματίστηκε μέσα στο ίδιο το πέτρωμα: το πυρίτιο γέμισε τις ρωγμές και τους πόρους ενός καφέ σιδηρόλιθου, γι' αυτό οι μπλε και πράσινες λάμψεις διασκορπίζονται πάνω στη σκούρα πέτρα.", e68Opal, false},
		// a cross-sell clause past the window
		{"nb-NO", "Kombiner dem gjerne med det tynne kjedet vårt Vinter i 14 karat gult gull med en liten akvamarin.", e68Hauyne, false},
		// a contrast's arm with an apposition
		{"it-IT", "A differenza dello smalto a gran fuoco, polvere di vetro fusa in forno intorno agli 800 gradi, lo smalto a freddo è una resina pigmentata.", e68Enamel, false},
		// a past custom
		{"fi-FI", "Aikanaan ruusuhiottuja timantteja istutettiin usein hopeaan, jotta ne näyttäisivät kynttilänvalossa valkoisemmilta.", e68Rose, false},
		{"sv-SE", "Skalet förväxlas ofta med korall, och i sydvästra USA har det länge kombinerats med turkos i smycken.", e68Spiny, false},
		{"en-US", "In the American Southwest it has long been combined with turquoise in jewelry.", e68Spiny, false},
		{"en-GB", "Historically, rose-cut diamonds were often set in silver to look whiter by candlelight.", e68Rose, false},
		{"de-DE", "Früher wurden Diamanten im Rosenschliff oft in Silber gefasst.", e68Rose, false},
		{"fr-FR", "Autrefois, les diamants taillés en rose étaient souvent sertis dans l'argent.", e68Rose, false},
	})
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"sv-SE", "Utan syre ruttnade veden aldrig, och garvsyran mörknade den sakta till nästan svart.", e68Bog, false},
	})
}

// TestKindsExplain68Bad: the piece itself said to be of the other
// material still blocks, and so does a denial that does not reach it.
func TestKindsExplain68Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-US", "Purple gold is not enamel, but amethyst.", e68Purple, true},
		{"en-US", "The ring is not plain, it is plating or amethyst.", e68Purple, true},
		{"en-AU", "It is not plated, but painted or enamelled.", e68Blue, true},
		{"en-US", "The ring is set with a crystal whose atoms glow.", e68Purple, true},
		{"cs-CZ", "Surové krystaly zdobí náušnice.", e68Diamond, true},
		{"da-DK", "Ørestikkerne har en krystal af zirkoniumdioxid.", e68CZ, true},
		{"da-DK", "Ørestikkerne har en diamant.", e68CZ, true},
		{"el-GR", "Το μενταγιόν έχει πυρίτη.", e68Opal, true},
		{"nb-NO", "Kombiner dem gjerne med det tynne kjedet vårt Vinter i 14 karat gult gull, og øredobbene har en liten akvamarin.", e68Hauyne, true},
		{"nb-NO", "Kombiner dem gjerne med de tynne øredobbene våre Vinter i 14 karat gult gull med en liten akvamarin.", e68Hauyne, true},
		{"it-IT", "A differenza dello smalto a gran fuoco, polvere di vetro fusa, questo ciondolo è in vetro.", e68Enamel, true},
		{"fi-FI", "Aikanaan tämä sormus istutettiin hopeaan.", e68Rose, true},
		{"sv-SE", "Våra örhängen har länge kombinerats med turkos.", e68Spiny, true},
		{"sv-SE", "Det har länge kombinerats med turkos i detta smycke.", e68Spiny, true},
		{"en-GB", "Historically, this ring was set in silver.", e68Rose, true},
	})
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"sv-SE", "Halsbandet mörknar aldrig.", e68Bog, true},
		{"sv-SE", "Silvret mörknar inte, bleknar eller oxiderar.", e68Bog, true},
	})
}
