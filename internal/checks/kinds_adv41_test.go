package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	adv41SteelGold = core.Product{SKU: "AD41SG", Name: "Cuff", Category: "bracelet", Collection: "Essence", Materials: []string{"gold-plated stainless steel"},
		Metals: []core.Metal{{Base: "stainless steel", Plating: "gold"}}, Colours: []string{"gold"}}
	adv41SilverPlated = core.Product{SKU: "AD41SP", Name: "Cuff", Category: "bracelet", Collection: "Essence", Materials: []string{"14k gold-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k"}}, Colours: []string{"gold"}}
	adv41SilverChain = core.Product{SKU: "AD41SC", Name: "Aura", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver", "stainless steel"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}, {Base: "stainless steel"}}, Colours: []string{"silver"}}
	adv41Brass = core.Product{SKU: "AD41B", Name: "Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 1}}, Colours: []string{"gold"}}
	adv41Filled = core.Product{SKU: "AD41F", Name: "Figaro", Category: "necklace", Collection: "Essence", Materials: []string{"14k gold-filled brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold-filled", Fineness: "14k"}}, Colours: []string{"gold"}, Features: []string{"gold-filled"}}
	adv41Ti = core.Product{SKU: "AD41T", Name: "Band", Category: "ring", Collection: "Essence", Materials: []string{"titanium"},
		Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"}}
	adv41Silver = core.Product{SKU: "AD41S", Name: "Band", Category: "ring", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	adv41Peridot = core.Product{SKU: "AD41P", Name: "Studs", Category: "earrings", Collection: "Timeless", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "peridot", Colour: "green", Count: 2, Origin: core.OriginNatural}}, Colours: []string{"green"}}
	adv41Sapphire = core.Product{SKU: "AD41SA", Name: "Solitaire", Category: "ring", Collection: "Timeless", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 3, Origin: core.OriginNatural}}, Colours: []string{"blue"}}
	adv41Gold9 = core.Product{SKU: "AD41K", Name: "Curb", Category: "bracelet", Collection: "Timeless", Materials: []string{"9k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "375"}}, Colours: []string{"gold"}}
)

// TestKindsAdv41 (adversarial, #13 govern41/claims41/stones41/metals41):
// untrue copy written in the constructions the thirty-fifth session's
// relaxations pass, claiming for the piece a metal, stone or finish
// promise it does not have. Every row must block. Passed wrongly before
// adv41's guards: a plating said to be kept from tarnish by the steel
// ("Das Chrom im Edelstahl schützt die Vergoldung", "the gold plating on
// steel resists tarnish": concepts.go appliedCoating, baseGoverned), a
// stone that is no ore of the metal or counted by an indefinite article
// after an ore word ("Titanium extracted from ilmenite and a bright
// ruby", "mit einem Rutil obendrauf": canon ore_minerals, oreStone,
// referentCarried).
func TestKindsAdv41(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		// claims41 base: a steel film said to protect a plating or a silver piece
		{"en-GB", "Like steel, it has a protective layer, so it never tarnishes.", adv41SilverPlated, true},
		{"en-GB", "The chromium film protects it from tarnish.", adv41SilverPlated, true},
		{"en-GB", "The steel's chromium film keeps the gold plating from tarnishing.", adv41SteelGold, true},
		{"en-GB", "The chromium in the steel keeps the gold plating from tarnishing.", adv41SteelGold, true},
		{"en-GB", "The gold plating on steel resists tarnish.", adv41SteelGold, true},
		{"en-GB", "The gold plating with steel beneath resists tarnish.", adv41SteelGold, true},
		{"en-GB", "Thanks to the steel, the gold colour resists tarnish.", adv41SteelGold, true},
		{"de-DE", "Das Chrom im Edelstahl schützt die Vergoldung vor dem Anlaufen.", adv41SteelGold, true},
		{"fr-FR", "Le chrome de l'acier protège le placage en or du ternissement.", adv41SteelGold, true},
		{"es-ES", "El cromo del acero protege el baño de oro del deslustre.", adv41SteelGold, true},
		{"pl-PL", "Stal zawiera chrom, który chroni złotą powłokę przed ciemnieniem.", adv41SteelGold, true},
		{"it-IT", "Il cromo dell'acciaio protegge la placcatura in oro dall'ossidazione.", adv41SteelGold, true},
		{"nl-NL", "Het chroom in het staal beschermt de verguldsel tegen verkleuring.", adv41SteelGold, true},
		// claims41 compare: a gold-filled layer against a plating, said of a plated piece or as a promise
		{"en-GB", "Gold-filled, thicker than plating, so it resists tarnish.", adv41Brass, true},
		{"en-GB", "Thicker than ordinary plating, it resists tarnish better than anything.", adv41Brass, true},
		{"en-GB", "Thicker than plating, so it won't tarnish.", adv41Filled, true},
		{"en-GB", "Thicker than plating, it will not tarnish or fade.", adv41Filled, true},
		{"en-GB", "Better than plating: it does not tarnish.", adv41Filled, true},
		{"en-GB", "Unlike plating, it won't tarnish, and its layer is thicker.", adv41Filled, true},
		{"de-DE", "Dicker als eine Vergoldung, läuft es nicht an.", adv41Filled, true},
		{"el-GR", "Πιο παχύ από μια απλή επιχρύσωση, δεν μαυρίζει.", adv41Filled, true},
		{"ar-AE", "أسمك من الطلاء العادي، لذلك لا يتغير لونه.", adv41Filled, true},
		// claims41 Korean idiom: 산화 막* is also "prevents oxidation"
		{"ko-KR", "로즈골드 도금이 산화 막아 줍니다.", adv41SilverPlated, true},
		{"ko-KR", "도금이 산화 막아 주어 변색되지 않습니다.", adv41SilverPlated, true},
		{"ko-KR", "산화막 걱정 없이 변색되지 않습니다.", adv41SilverPlated, true},
		// govern41: a plating's promise governed by "with" read as the steel's
		{"en-GB", "A steel cuff with gold plating that resists tarnish.", adv41SteelGold, true},
		{"en-GB", "Steel with a gold plating: it resists tarnish.", adv41SteelGold, true},
		{"de-DE", "Ein Edelstahlarmband mit Vergoldung, die nicht anläuft.", adv41SteelGold, true},
		{"pl-PL", "Stalowa bransoletka ze złotą powłoką nie ciemnieje.", adv41SteelGold, true},
		{"fr-FR", "Un bracelet en acier avec placage or qui ne ternit pas.", adv41SteelGold, true},
		// stones41 ore: a stone after an ore word claimed for the piece
		{"en-GB", "Titanium, refined from rutile: a rutile crowns it.", adv41Ti, true},
		{"en-GB", "Titanium extracted from ilmenite and a bright ruby.", adv41Ti, true},
		{"en-GB", "Recycled silver, obtained from old jewellery, and a ruby.", adv41Silver, true},
		{"en-GB", "Silver from recycled ore and a shimmering emerald.", adv41Silver, true},
		{"en-GB", "Titanium ring with a rutile stone.", adv41Ti, true},
		{"de-DE", "Titan, gewonnen aus Rutil, mit einem Rutil obendrauf.", adv41Ti, true},
		{"de-DE", "Silber, gewonnen aus Erz, mit einem Saphir obendrauf.", adv41Silver, true},
		{"fr-FR", "Argent extrait de minerai, avec un saphir au sommet.", adv41Silver, true},
		{"fr-FR", "Le titane, extrait du rutile, et un rubis éclatant.", adv41Ti, true},
		{"es-ES", "Plata extraída de mineral, con un zafiro encima.", adv41Silver, true},
		{"zh-CN", "钛是从金红石提炼而成的，顶部镶一颗红宝石。", adv41Ti, true},
		{"zh-CN", "银从矿石中提炼，配一颗蓝宝石。", adv41Silver, true},
		{"ja-JP", "チタンはルチルから精錬され、ルビーが輝きます。", adv41Ti, true},
		// stones41 crystal after a semicolon on a piece of natural stones
		{"en-GB", "Peridot is the gem form of olivine; crystal accents frame each stud.", adv41Peridot, true},
		{"en-GB", "These studs hold peridots; crystals surround them.", adv41Peridot, true},
		{"pt-PT", "O peridoto é a forma preciosa da olivina; cristais Swarovski rodeiam cada brinco.", adv41Peridot, true},
		{"fr-FR", "Le péridot est une olivine ; des cristaux entourent chaque puce.", adv41Peridot, true},
		// stones41 predicate article: one stone said of a piece of three
		{"fr-FR", "La bague est un rubis taillé en ovale.", adv41Sapphire, true},
		{"it-IT", "L'anello è un rubino taglio ovale.", adv41Sapphire, true},
		{"pt-BR", "O anel é uma esmeralda lapidada.", adv41Sapphire, true},
		// metals41: copper claimed for the piece after a brass explanation
		{"en-GB", "Brass is an alloy of copper and zinc. These hoops are copper.", adv41Brass, true},
		{"en-GB", "Brass is copper and zinc; underneath the gold, it is pure copper.", adv41Brass, true},
		{"da-DK", "Messing er en legering af kobber og zink. Øreringene er af kobber.", adv41Brass, true},
		{"pl-PL", "Mosiądz to stop miedzi i cynku. Kolczyki są z miedzi.", adv41Brass, true},
		{"en-GB", "Bronze is copper and tin. These hoops are solid bronze.", adv41Brass, true},
		// metals41: fineness compared, the piece's fineness misstated
		{"en-GB", "This 18k bracelet is harder than gold of 750 fineness.", adv41Gold9, true},
		{"pl-PL", "Ta bransoletka ze złota próby 585 jest twardsza od złota próby 750.", adv41Gold9, true},
		{"pl-PL", "Bransoletka jest ze złota próby 750, twardsza od złota próby 585.", adv41Gold9, true},
		{"tr-TR", "Bu 18 ayar bilezik, 14 ayara göre daha sert.", adv41Gold9, true},
		{"it-IT", "Un bracciale in oro 18 kt meno soggetto ai graffi dell'oro 14 kt.", adv41Gold9, true},
		// metals41: plating thickness, solid gold claimed past the thickness words
		{"en-GB", "Plated with at least 2.5 microns of gold, it is solid 18k gold at its core.", adv41SilverPlated, true},
		{"en-GB", "It is plated, and at about its core it is solid 18k gold.", adv41SilverPlated, true},
		{"en-GB", "Plated with at least 2.5 microns of 18k gold.", adv41Brass, true},
		{"de-DE", "Mit mindestens 2,5 Mikrometer 18 Karat Gold vergoldet.", adv41Silver, true},
		{"pt-BR", "Banhado com uma camada espessa de liga de ouro 18k.", adv41Silver, true},
		// metals41: cs surface finish
		{"cs-CZ", "Náramek ze stříbra 925 s povrchovou úpravou ze 14karátového zlata.", adv41Silver, true},
		{"cs-CZ", "Náramek z 18karátového zlata s povrchovou úpravou.", adv41SilverPlated, true},
		{"cs-CZ", "Povrchová úprava z 18karátového zlata.", adv41SilverPlated, true},
	})
}

// TestKindsAdv41Open holds untrue copy that passes at main and that adv41
// did not fix. (Copper claimed for a brass piece after brass was explained,
// "Darunter ist es massives Kupfer", moved to TestKindsBrass41 once a
// base metal called solid kept the piece's reading, brass41.) The rest
// passes through no thirty-fifth session relaxation
// (each passed, or its construction passed, before them).
// (Tarnish promises for the silver pendant of a piece with a steel chain,
// passed on the steel's evidence for the whole product, moved to
// TestKindsOpen44Claims once the claim was read per metal.) "Ce qui orne
// la bague est un saphir, et rien d'autre" on a piece of three sapphires
// counts one stone only (a count the copy gives by "rien d'autre", not
// read). "On top" read as clothing (the sapphire and the rutile cabochon
// "on top") blocks since open44b, and "La pierre de la bague est un
// saphir" on three sapphires is true of the stone's identity (its count
// is not given): TestKindsOpen44Grounding has it as a passing twin beside
// "… est un rubis", which blocks.
func TestKindsAdv41Open(t *testing.T) {
	t.Skip("open adv41 rows, not caused by the 41 relaxations: 'un saphir, et rien d'autre' counts no stone")
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"fr-FR", "Ce qui orne la bague est un saphir, et rien d'autre.", adv41Sapphire, true},
	})
}
