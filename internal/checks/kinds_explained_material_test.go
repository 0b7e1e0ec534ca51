package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of explain67's rows: an 18k purple gold pendant, 316L and
// plain stainless steel hoops, a vulcanite pendant in sterling silver, a
// cubic zirconia tennis bracelet, a plain silver bangle and a cellulose
// acetate hair clip.
var (
	e67PurpleGold = core.Product{SKU: "P", Name: "Violet Disc", Category: "pendant", Collection: "Signature",
		Metals: []core.Metal{{Base: "purple gold", Fineness: "18k"}}, Materials: []string{"18k purple gold"}, Colours: []string{"purple"}}
	e67Steel316L = core.Product{SKU: "S", Name: "Steel Hoops", Category: "earrings", Collection: "Essence",
		Metals: []core.Metal{{Base: "316L stainless steel"}}, Materials: []string{"316L stainless steel"}, Colours: []string{"silver"}}
	e67PlainSteel = core.Product{SKU: "S2", Name: "Steel Hoops", Category: "earrings", Collection: "Essence",
		Metals: []core.Metal{{Base: "stainless steel"}}, Materials: []string{"stainless steel"}, Colours: []string{"silver"}}
	e67Vulcanite = core.Product{SKU: "V", Name: "Oval Pendant", Category: "pendant", Collection: "Heritage",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Materials: []string{"vulcanite", "sterling silver"}, Colours: []string{"black", "silver"}}
	e67CZBracelet = core.Product{SKU: "C", Name: "Tennis Bracelet", Category: "bracelet", Collection: "Lumiere",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 40, Origin: "simulant"}}, Colours: []string{"silver", "white"}}
	e67PlainBangle = core.Product{SKU: "N", Name: "Plain Bangle", Category: "bangle", Collection: "Lumiere",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	e67Acetate = core.Product{SKU: "A", Name: "Tortoise Clip", Category: "hair clip", Collection: "Timeless", Materials: []string{"cellulose acetate"}, Colours: []string{"brown", "amber"}}
)

// Copy that explains a material by naming other materials is no claim of
// them (#13, explain67): a constituent of the product's own alloy (purple
// gold is gold and aluminium, AuAl2: Gold Bulletin 32(4), 1999; 316L steel
// holds nickel, ASTM F138), the other name the product's grade goes by
// (316L is surgical steel, ASTM F138 and ISO 5832-1), what a set-apart
// material is restated as in an apposition ("Whitby jet, the fossilised
// wood"), the generic crystal noun restating the product's own stone
// ("cubic zirconia stones, lab-made crystals"), and the source of the
// product's plastic (cellulose acetate from wood and cotton, ISO 1043-1).
// FTC 16 CFR 23.1 governs what the piece is said to be made of; none of
// these says it.
func TestKindsExplainedMaterial(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "Purple gold is an alloy of gold and aluminium, and its colour comes from the metal itself.", e67PurpleGold, false},
		{"es-ES", "El oro morado es una aleación de oro y aluminio.", e67PurpleGold, false},
		{"de-DE", "Violettes Gold ist eine Legierung aus Gold und Aluminium.", e67PurpleGold, false},
		{"fr-FR", "L'or violet est un alliage d'or et d'aluminium.", e67PurpleGold, false},
		{"it-IT", "L'oro viola è una lega di oro e alluminio.", e67PurpleGold, false},
		{"pt-BR", "O ouro roxo é uma liga de ouro e alumínio.", e67PurpleGold, false},
		{"nl-NL", "Paars goud is een legering van goud en aluminium.", e67PurpleGold, false},
		{"sv-SE", "Lila guld är en legering av guld och aluminium.", e67PurpleGold, false},
		{"da-DK", "Lilla guld er en legering af guld og aluminium.", e67PurpleGold, false},
		{"nb-NO", "Lilla gull er en legering av gull og aluminium.", e67PurpleGold, false},
		{"fi-FI", "Violetti kulta on kullan ja alumiinin seos.", e67PurpleGold, false},
		{"pl-PL", "Fioletowe złoto to stop złota i aluminium.", e67PurpleGold, false},
		{"cs-CZ", "Fialové zlato je slitina zlata a hliníku.", e67PurpleGold, false},
		{"tr-TR", "Mor altın, altın ve alüminyum alaşımıdır.", e67PurpleGold, false},
		{"el-GR", "Ο μωβ χρυσός είναι κράμα χρυσού και αλουμινίου.", e67PurpleGold, false},
		{"ar-AE", "الذهب البنفسجي سبيكة من الذهب والألمنيوم.", e67PurpleGold, false},
		{"ja-JP", "パープルゴールドは金とアルミニウムの合金です。", e67PurpleGold, false},
		{"ko-KR", "퍼플 골드는 금과 알루미늄의 합금입니다.", e67PurpleGold, false},
		{"zh-CN", "紫金是黄金与铝形成的合金。", e67PurpleGold, false},
		{"en-GB", "Made of 316L stainless steel, often called surgical steel, the hoops suit every day.", e67Steel316L, false},
		{"de-DE", "Die Creolen sind aus 316L-Edelstahl, oft Chirurgenstahl genannt.", e67Steel316L, false},
		{"fr-FR", "Les créoles sont en acier inoxydable 316L, souvent appelé acier chirurgical.", e67Steel316L, false},
		{"es-ES", "Los aros son de acero inoxidable 316L, también llamado acero quirúrgico.", e67Steel316L, false},
		{"it-IT", "I cerchi sono in acciaio inossidabile 316L, detto anche acciaio chirurgico.", e67Steel316L, false},
		{"pt-BR", "As argolas são de aço inoxidável 316L, também chamado de aço cirúrgico.", e67Steel316L, false},
		{"nl-NL", "De oorringen zijn van 316L roestvrij staal, ook wel chirurgisch staal genoemd.", e67Steel316L, false},
		{"sv-SE", "Ringarna är gjorda av 316L rostfritt stål, ofta kallat kirurgiskt stål.", e67Steel316L, false},
		{"pl-PL", "Kolczyki są ze stali nierdzewnej 316L, nazywanej też stalą chirurgiczną.", e67Steel316L, false},
		{"en-GB", "Stainless steel 316L is an alloy of iron, chromium, nickel and molybdenum.", e67Steel316L, false},
		{"en-GB", "Jewellers carved it as a stand-in for Whitby jet, the fossilised wood worn in mourning.", e67Vulcanite, false},
		{"cs-CZ", "Vyráběly se z něj šperky jako náhrada gagátu z Whitby, tedy zkamenělého dřeva.", e67Vulcanite, false},
		{"de-DE", "Man schnitzte ihn als Ersatz für Whitby-Jet, das heißt versteinertes Holz.", e67Vulcanite, false},
		{"en-US", "Set into it are 40 round cubic zirconia stones, lab-made crystals chosen for their clarity.", e67CZBracelet, false},
		{"pt-BR", "A pulseira leva 40 zircônias transparentes no total, um cristal produzido em laboratório.", e67CZBracelet, false},
		{"es-ES", "La pulsera lleva 40 circonitas, un cristal creado en laboratorio.", e67CZBracelet, false},
		{"fr-FR", "Le bracelet porte 40 zircons cubiques, des cristaux créés en laboratoire.", e67CZBracelet, false},
		{"pt-BR", "Ela é feita de acetato de celulose, um material obtido a partir de fibras de algodão e de madeira.", e67Acetate, false},
		{"el-GR", "Είναι από οξική κυτταρίνη, ένα υλικό που παράγεται από ίνες βαμβακιού και ξύλου.", e67Acetate, false},
		{"en-GB", "It is made of cellulose acetate, a material made from cotton and wood fibres.", e67Acetate, false},
		{"es-ES", "Está hecha de acetato de celulosa, un material obtenido de fibras de algodón y de madera.", e67Acetate, false},
		{"it-IT", "È in acetato di cellulosa, un materiale ricavato da fibre di cotone e di legno.", e67Acetate, false},
		{"fr-FR", "Elle est en acétate de cellulose, un matériau issu de fibres de coton et de bois.", e67Acetate, false},
		{"de-DE", "Sie besteht aus Celluloseacetat, einem Material aus Baumwoll- und Holzfasern.", e67Acetate, false},
	})
}

// TestKindsExplainedMaterialBad: the same materials said of the piece
// itself still block: aluminium on purple gold, surgical steel on steel of
// no stated grade, fossilised wood as the pendant's material, crystals on a
// piece with no stones, wood on acetate.
func TestKindsExplainedMaterialBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "This pendant is made of aluminium.", e67PurpleGold, true},
		{"es-ES", "Este dije es de aluminio.", e67PurpleGold, true},
		{"de-DE", "Der Anhänger ist aus Aluminium.", e67PurpleGold, true},
		{"en-GB", "The hoops are made of surgical steel.", e67PlainSteel, true},
		{"de-DE", "Die Creolen sind aus Chirurgenstahl.", e67PlainSteel, true},
		{"en-GB", "The pendant is fossilised wood, framed in silver.", e67Vulcanite, true},
		{"en-US", "The bangle is set with sparkling crystals.", e67PlainBangle, true},
		{"pt-BR", "A pulseira é cravejada de cristais.", e67PlainBangle, true},
		{"en-GB", "The clip is carved from wood.", e67Acetate, true},
		{"pt-BR", "A presilha é de madeira.", e67Acetate, true},
	})
}

// The products of explain67's compared and found rows: gold vermeil hoops
// (2.5 µm gold on sterling silver) and a poudretteite ring in 18k gold.
var (
	e67Vermeil = core.Product{SKU: "E67V", Name: "Vermeil Hoops", Category: "earrings", Collection: "Timeless",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 2.5}}, Materials: []string{"gold vermeil"}, Colours: []string{"gold"}}
	e67Poudretteite = core.Product{SKU: "E67P", Name: "Reflexions Ring", Category: "ring", Collection: "Reflexions",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "750"}}, Materials: []string{"18k yellow gold"},
		Stones: []core.Stone{{Type: "poudretteite", Colour: "pink", Count: 1, Origin: "natural"}}, Colours: []string{"gold", "pink"}}
)

// A material named in a relative clause on the thing the piece is compared
// with ("than ordinary gold-plated jewellery, which often has brass
// inside") is that thing's (#13, explain67: probe 67D da-DK 67D02-1); the
// crystals of the product's own mineral said to have been found somewhere
// ("Gem-quality crystals were found in 2000 in Mogok") are its nature
// (probe 67D pl-PL 67D03-2; crystal_origin_words' past forms).
func TestKindsExplainedMaterialCompared(t *testing.T) {
	t.Parallel()
	rows := pairRows(e67Vermeil, false, [][2]string{
		{"da-DK", "Vermeil har et tykkere guldlag, end man finder på almindelige forgyldte smykker, som ofte har messing indeni."},
		{"en-GB", "Vermeil has a thicker gold layer than you find on ordinary gold-plated jewellery, which often has brass inside."},
		{"sv-SE", "Vermeil har ett tjockare guldlager än vanliga förgyllda smycken, som ofta har mässing inuti."},
		{"nb-NO", "Vermeil har et tykkere gullag enn vanlige forgylte smykker, som ofte har messing inni."},
		{"fr-FR", "Le vermeil a une couche d'or plus épaisse que les bijoux plaqués ordinaires, qui ont souvent un cœur en laiton."},
		{"es-ES", "El vermeil tiene una capa de oro más gruesa que la joyería chapada común, que suele tener latón por dentro."},
		{"it-IT", "Il vermeil ha uno strato d'oro più spesso dei comuni gioielli placcati, che spesso hanno un'anima di ottone."},
		{"nl-NL", "Vermeil heeft een dikkere goudlaag dan gewone vergulde sieraden, die vaak messing van binnen hebben."},
		{"pt-BR", "O vermeil tem uma camada de ouro mais grossa do que as joias folheadas comuns, que costumam ter latão por dentro."},
		{"pl-PL", "Vermeil ma grubszą warstwę złota niż zwykła biżuteria pozłacana, która często ma w środku mosiądz."},
		{"fi-FI", "Vermeilissä on paksumpi kultakerros kuin tavallisissa kullatuissa koruissa, joissa on usein messinkiä sisällä."},
	})
	rows = append(rows, pairRows(e67Poudretteite, false, [][2]string{
		{"pl-PL", "Poudretteit odkryto w Quebecu. Kryształy jakości jubilerskiej znaleziono w 2000 roku w Mogok w Mjanmie."},
		{"en-GB", "Poudretteite was discovered in Quebec. Gem-quality crystals were found in 2000 in Mogok, Myanmar."},
		{"fr-FR", "La poudretteite a été découverte au Québec. Des cristaux de qualité gemme ont été trouvés en 2000 à Mogok, au Myanmar."},
		{"es-ES", "La poudretteíta se descubrió en Quebec. Cristales de calidad gema se encontraron en 2000 en Mogok, Myanmar."},
		{"cs-CZ", "Poudretteit byl objeven v Quebecu. Krystaly drahokamové kvality byly nalezeny v roce 2000 v Mogoku v Myanmaru."},
		{"nl-NL", "Poudretteiet werd ontdekt in Quebec. Kristallen van edelsteenkwaliteit werden in 2000 gevonden in Mogok in Myanmar."},
		{"sv-SE", "Poudretteit upptäcktes i Quebec. Kristaller av ädelstenskvalitet hittades år 2000 i Mogok i Myanmar."},
		{"it-IT", "La poudretteite fu scoperta in Quebec. Cristalli di qualità gemma furono trovati nel 2000 a Mogok, in Myanmar."},
		{"pt-BR", "A poudretteíta foi descoberta no Quebec. Cristais com qualidade de gema foram encontrados em 2000 em Mogok, Mianmar."},
		{"da-DK", "Poudretteit blev opdaget i Quebec. Krystaller af ædelstenskvalitet blev fundet i 2000 i Mogok i Myanmar."},
		{"nb-NO", "Poudretteitt ble oppdaget i Quebec. Krystaller av edelstenskvalitet ble funnet i 2000 i Mogok i Myanmar."},
		{"fi-FI", "Poudretteiitti löydettiin Quebecista. Jalokivilaatuisia kiteitä löydettiin vuonna 2000 Mogokista Myanmarista."},
		{"tr-TR", "Poudretteit Quebec'te keşfedildi. Mücevher kalitesinde kristaller 2000 yılında Myanmar'daki Mogok'ta bulundu."},
		{"el-GR", "Ο πουντρετίτης ανακαλύφθηκε στο Κεμπέκ. Κρύσταλλοι ποιότητας πολύτιμου λίθου βρέθηκαν το 2000 στο Μογκόκ της Μιανμάρ."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}

// TestKindsExplainedMaterialComparedBad: brass said of the piece, in a
// relative clause on it or with no comparison, and crystals set in the
// ring still block.
func TestKindsExplainedMaterialComparedBad(t *testing.T) {
	t.Parallel()
	rows := pairRows(e67Vermeil, true, [][2]string{
		{"en-GB", "The hoops have a thicker gold layer, which has brass inside."},
		{"en-GB", "These hoops, which have brass inside, are light."},
		{"da-DK", "Creolerne har messing indeni."},
	})
	rows = append(rows, pairRows(e67Poudretteite, true, [][2]string{
		{"pl-PL", "Poudretteit odkryto w Quebecu. Kryształy osadzono w pierścionku."},
		{"en-GB", "Poudretteite was discovered in Quebec. Sparkling crystals were set around it in the ring."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}
