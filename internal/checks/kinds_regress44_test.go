package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	regress44Sapphire = core.Product{SKU: "RG44S", Name: "Sapphire Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k white gold", "sapphire"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue", "silver"}}
	regress44Star = core.Product{SKU: "RG44T", Name: "Star Sapphire Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"18k white gold", "star sapphire", "diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "star sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 8, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}, Features: []string{"cabochon cut", "six-rayed star"}}
	regress44Carbon = core.Product{SKU: "RG44C", Name: "Carbon Fibre Tag Pendant", Category: "necklace", Collection: "Reflexions", Materials: []string{"stainless steel", "carbon fibre"},
		Metals: []core.Metal{{Base: "316L stainless steel"}}, Colours: []string{"black", "silver"}}
	regress44CZ = core.Product{SKU: "RG44Z", Name: "Ceramic Band Ring", Category: "ring", Collection: "Moments",
		Materials: []string{"black ceramic", "sterling silver", "cubic zirconia"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 5, Origin: core.OriginSimulant}},
		Colours: []string{"black", "silver"}}
	regress44Coral = core.Product{SKU: "RG44O", Name: "Bamboo Coral Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "bamboo coral"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "bamboo coral", Colour: "pink", Count: 9, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"pink", "silver"}}
	regress44Soda = core.Product{SKU: "RG44D", Name: "Sodalite Bar Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"sterling silver", "sodalite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sodalite", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}, Features: []string{"polished bar"}}
	regress44TwoTone = core.Product{SKU: "RG44W", Name: "Two-tone hoops", Category: "earrings", Collection: "Essence", Materials: []string{"14k yellow gold", "14k white gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}, {Base: "white gold", Fineness: "14k"}}, Colours: []string{"gold", "silver"}}
	regress44Larimar = core.Product{SKU: "RG44L", Name: "Pendant", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "larimar", Colour: "blue", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue", "silver"}}
	regress44Plated = core.Product{SKU: "RG44G", Name: "Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 0.5}}, Colours: []string{"gold"}}
	regress44Necklace = core.Product{SKU: "RG44N", Name: "Rose Vermeil Bar Necklace", Category: "necklace", Collection: "Moments", Materials: []string{"18k rose gold vermeil", "sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "925", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 5, Origin: core.OriginSimulant}},
		Colours: []string{"rose gold"}, Measurements: []core.Measurement{{Name: "chain length", Value: 42, Unit: "cm"}}}
)

// TestKindsRegress44 (#13, adv44): false copy shaped like this session's
// relaxations that blocked at 946cf745 and passed on main before adv44.
// (1) incl44's hostedStone read a mineral the product's stone holds as
// the stone's whenever a generic stone noun stood in the sentence, so
// "Each stone is a rutile with fine needles" on a sapphire (the stone
// noun's predicate: another stone) passed; the stone-noun reading now
// spares neither the stone noun's predicate (copula, at most an article)
// nor a mineral with a bead or category noun right after it
// (grounding part_of_stone.go stoneOfItsOwn). (2) alloy44's carbon fibre
// resin (canon material_substances) passed "Carbon fibre frames a resin
// cabochon" and "Carbon fibre and amber resin make the pendant": a
// category word, a bead noun or a noun of the piece between the product's
// material and its substance or after the substance in its clause makes
// the substance a thing of the piece (substance.go substanceMadeThing).
// (3) sense44's es-MX "brillante" after "y" as the adjective passed "Un
// anillo delicado y brillantes de talla redonda" on a zirconia ring (the
// undisclosed simulant called brilliants): a plural brilliant after a
// singular conjunct agrees with no adjective there and is the noun
// (market.go isDiamondAt). Every block row here failed on main a60743fb;
// the truthful rows of incl44, alloy44 and sense44 still pass.
func TestKindsRegress44(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	s, st, cf, cz := regress44Sapphire, regress44Star, regress44Carbon, regress44CZ
	checkKindRows(t, svc, "", []kindRow{
		// (1) the stone noun's predicate is another stone
		{"en-GB", "Each stone is a rutile with fine needles.", s, true},
		{"en-US", "The stone is a rutile with needles.", s, true},
		{"de-DE", "Jeder Stein ist ein Rutil mit feinen Nadeln.", s, true},
		{"fr-FR", "Chaque pierre est un rutile aux fines aiguilles.", s, true},
		{"es-ES", "Cada piedra es un rutilo con finas agujas.", s, true},
		// incl44's own rows still pass
		{"en-GB", "Inside the stone, tiny needles of rutile line up.", st, false},
		{"es-MX", "Dentro de la piedra, finas agujas de rutilo se alinean en tres direcciones.", st, false},
		{"pl-PL", "Przecinające go białe żyłki to kalcyt, dlatego każdy kamień ma inny rysunek.", regress44Soda, false},
		// (2) resin made into a thing of the piece
		{"en-GB", "Carbon fibre frames a resin cabochon at the centre.", cf, true},
		{"en-AU", "Carbon fibre and amber resin make the pendant.", cf, true},
		{"fr-FR", "La fibre de carbone encadre un cabochon en résine.", cf, true},
		{"de-DE", "Die Carbonfaser umrahmt einen Anhänger aus Harz.", cf, true},
		{"es-ES", "La fibra de carbono y la resina forman el colgante.", cf, true},
		// alloy44's binder still passes
		{"en-GB", "Carbon fibre is made from thousands of carbon filaments, woven into a cloth and set in resin.", cf, false},
		{"fr-FR", "La fibre de carbone est faite de milliers de filaments de carbone, tissés puis noyés dans la résine.", cf, false},
		{"es-ES", "La fibra de carbono está hecha de miles de filamentos de carbono, tejidos y fijados con resina.", cf, false},
		// (3) a plural brilliant after a singular conjunct
		{"es-MX", "Un anillo delicado y brillantes de talla redonda.", cz, true},
		{"es-ES", "Un anillo delicado y brillantes de talla redonda.", cz, true},
		// sense44's adjectives still pass
		{"es-MX", "Una superficie densa y brillante.", cz, false},
		{"es-MX", "Superficies densas y brillantes.", cz, false},
		{"es-MX", "El anillo es de cerámica negra, con una superficie densa y brillante que no se raya.", cz, false},
	})
}

// TestKindsAdv44Open: false copy that passes on main, shaped like this
// session's relaxations, that adv44 could not close in time; every row
// should block. Skipped until fixed.
func TestKindsAdv44Open(t *testing.T) {
	t.Skip("adv44: open holes, see the rows' comments")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		// (the four treatment-denial rows moved to TestKindsTreat45,
		// kinds_treat45_test.go: fixed by treat45)
		// sense44 bead_back: pearls of the sea after the coral beads
		{"de-DE", "Neun Perlen aus Bambuskoralle und die Perlen aus dem Meer.", regress44Coral, true},
		// incl44: "kalcytowy" (the adjective) is no stone form, so the
		// calcite bead is never matched; it blocked at 946cf745 only on
		// the first "kalcyt".
		{"pl-PL", "Przecinające go białe żyłki to kalcyt, a obok kamienia wisi kalcytowy koralik.", regress44Soda, true},
		// open44c: يذكّر (reminds of) spares a stone set in the piece,
		// as يذكر did at 946cf745.
		{"ar-AE", "يذكّر بالفيروز الحقيقي المرصع في القلادة.", regress44Larimar, true},
		// Holes on both (not the session's): the own 14k gold called
		// pure (alloy44's pureOwnMetal reads it only as a share),
		// resin beside carbon fibre as a charm (charm is no piece
		// noun); sense45 moved the cross-sell cue that opens a sentence
		// of the piece and "Inspired by" to TestKindsSense45.
		{"en-GB", "These hoops are pure gold.", regress44TwoTone, true},
		{"de-DE", "Die Creolen sind aus reinem Gold.", regress44TwoTone, true},
		{"en-GB", "The carbon fibre tag hangs beside a resin charm.", regress44Carbon, true},
		{"es-MX", "Un diseño moderno y brillantes engastados en la banda.", regress44CZ, true},
		// open44c otherMineralSubject's neighbour: a stone set apart as
		// another mineral with a verb of the piece after it (passed at
		// 946cf745 too).
		{"en-GB", "Turquoise is a different mineral that sits in the pendant.", regress44Larimar, true},
		// open44a lasting_too: links not in the data (passed at
		// 946cf745 too).
		{"en-GB", "A gift that lasts, and its gold plating will too.", regress44Plated, true},
		{"de-DE", "Ein Geschenk, das lange hält, ebenso die Vergoldung.", regress44Plated, true},
		{"es-ES", "Un regalo que dura, y su baño de oro también.", regress44Plated, true},
	})
}
