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
