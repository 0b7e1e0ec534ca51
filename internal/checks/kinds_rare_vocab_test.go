package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the rare-vocabulary rows: a star garnet ring in sterling
// silver with no enamel, an enamelled silver ring, a white fossil coral
// ring and a red coral ring in gold, and a white freshwater coin pearl
// pendant.
var (
	rareVocabGarnet = core.Product{SKU: "RV1", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "star garnet", Origin: "natural", Colour: "red", Count: 1}},
		Colours: []string{"silver", "red"}}
	rareVocabEnamel = core.Product{SKU: "RV2", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Materials: []string{"enamel"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver", "black"}}
	rareVocabFossil = core.Product{SKU: "RV3", Name: "Signature", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "fossil coral", Origin: "natural", Colour: "white", Count: 1}},
		Colours: []string{"gold", "white"}}
	rareVocabCoral = core.Product{SKU: "RV4", Name: "Signature", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "coral", Origin: "natural", Colour: "red", Count: 1}},
		Colours: []string{"gold", "red"}}
	rareVocabCoin = core.Product{SKU: "RV5", Name: "Lumière", Category: "pendant", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "freshwater coin pearl", Origin: "natural", Colour: "white", Count: 1}},
		Colours: []string{"silver", "white"}}
	rareVocabPetoskey = core.Product{SKU: "RV6", Name: "Heritage", Category: "pendant", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "petoskey stone", Origin: "natural", Colour: "grey", Count: 1}},
		Colours: []string{"silver", "grey"}}
)

// Rare gem and material words the packs lacked, or knew only in one form
// (#13, miss67; held-out 65A fi-FI 65A04-3, probe 65D da-DK 65D04-2 and
// tr-TR 65D03-2, held-out 65A zh-TW 65A03-3): enamel in its compounds and
// participles (Finnish "emalikoriste", "emaloitu", Swedish "emaljdekor",
// Danish "emaljedekoration", Norwegian "emaljert", Dutch "geëmailleerd",
// Czech "smaltovaný", Polish "emaliowany", Portuguese "esmaltado", Greek
// "σμαλτωμένο"); fossil coral (canon "fossil coral": coral whose skeleton
// silica or calcite replaced; GIA, Mindat.org "Petoskey stone"), a stone
// of its own in every pack but en-GB (whose vocabulary also reads the
// product's own stone types: "agatised fossil coral" stays agate and
// coral by its name parts), so that "fossil coral" is not the guarded bare
// coral word; mother-of-pearl in Turkish before a strip or plate of it
// ("ince bir sedef şerit"); the coin pearl (a flat, disc-nucleated cultured
// pearl; canon type_qualifiers "coin") as one Chinese word. A material the
// piece lacks is a fact the product does not support (FTC Jewelry Guides,
// 16 CFR 23.1: misrepresenting the type or kind of a product's material),
// and so is another stone or a stone's other colour (23.22-23.25).
func TestKindsRareVocabBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"fi-FI", "Sormuksen kiskoa kiertää musta emalikoriste.", rareVocabGarnet, true},
		{"fi-FI", "Sormuksen kisko on emaloitu.", rareVocabGarnet, true},
		{"sv-SE", "Ringskenan har en emaljdekor.", rareVocabGarnet, true},
		{"da-DK", "Ringskinnen har en emaljedekoration.", rareVocabGarnet, true},
		{"nb-NO", "Ringskinnen er emaljert.", rareVocabGarnet, true},
		{"nl-NL", "De ringband is geëmailleerd.", rareVocabGarnet, true},
		{"cs-CZ", "Prsten je smaltovaný.", rareVocabGarnet, true},
		{"pl-PL", "Pierścionek jest emaliowany.", rareVocabGarnet, true},
		{"pt-BR", "O anel é esmaltado.", rareVocabGarnet, true},
		{"el-GR", "Το δαχτυλίδι είναι σμαλτωμένο.", rareVocabGarnet, true},
		{"tr-TR", "Taşın çevresini ince bir sedef şerit sarıyor.", rareVocabGarnet, true},
		{"da-DK", "Ringen samler en dybrød fossil koral i guld.", rareVocabFossil, true},
		{"sv-SE", "Ringen har en djupröd fossil korall.", rareVocabFossil, true},
		{"nb-NO", "Ringen har en dyprød fossil korall.", rareVocabFossil, true},
		{"de-DE", "Der Ring trägt eine tiefrote fossile Koralle.", rareVocabFossil, true},
		{"fr-FR", "La bague porte un corail fossile rouge.", rareVocabFossil, true},
		{"it-IT", "L'anello ha un corallo fossile rosso.", rareVocabFossil, true},
		{"es-ES", "El anillo tiene un coral fósil rojo.", rareVocabFossil, true},
		{"zh-CN", "戒指镶嵌一颗深红色珊瑚化石。", rareVocabFossil, true},
		{"da-DK", "Ringen samler en fossil koral i guld.", rareVocabCoral, true},
		{"de-DE", "Der Ring trägt eine fossile Koralle.", rareVocabCoral, true},
		{"zh-CN", "项链悬挂一颗粉红色钱币珍珠。", rareVocabCoin, true},
		{"zh-TW", "項鍊懸掛一顆粉紅色淡水硬幣珍珠。", rareVocabCoin, true},
	})
}

// TestKindsRareVocabOk: the same words true of the piece, fossil coral
// said of a Petoskey stone (canon: a fossil coral), and the Turkish
// mother-of-pearl word as a lustre, pass.
func TestKindsRareVocabOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"fi-FI", "Sormuksen kiskoa kiertää musta emalikoriste.", rareVocabEnamel, false},
		{"sv-SE", "Ringskenan har en svart emaljdekor.", rareVocabEnamel, false},
		{"da-DK", "Ringskinnen har en sort emaljedekoration.", rareVocabEnamel, false},
		{"nl-NL", "De ringband is zwart geëmailleerd.", rareVocabEnamel, false},
		{"pl-PL", "Pierścionek jest emaliowany na czarno.", rareVocabEnamel, false},
		{"tr-TR", "Taş sedef gibi parlıyor.", rareVocabGarnet, false},
		{"da-DK", "Ringen samler en hvid fossil koral i guld.", rareVocabFossil, false},
		{"sv-SE", "Ringen har en vit fossil korall.", rareVocabFossil, false},
		{"de-DE", "Der Ring trägt eine weiße fossile Koralle.", rareVocabFossil, false},
		{"en-GB", "The ring holds a white fossil coral.", rareVocabFossil, false},
		{"it-IT", "L'anello ha un corallo fossile bianco.", rareVocabFossil, false},
		{"zh-CN", "戒指镶嵌一颗白色珊瑚化石。", rareVocabFossil, false},
		{"zh-CN", "项链悬挂一颗白色钱币珍珠。", rareVocabCoin, false},
		{"zh-TW", "項鍊懸掛一顆白色淡水錢幣珍珠。", rareVocabCoin, false},
		{"zh-CN", "这块佩托斯基石是一种珊瑚化石。", rareVocabPetoskey, false},
		{"en-GB", "A Petoskey stone is a fossil coral from Michigan.", rareVocabPetoskey, false},
		{"da-DK", "En Petoskey-sten er en fossil koral.", rareVocabPetoskey, false},
	})
}
