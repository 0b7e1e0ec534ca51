package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// vocab36Product is a sterling silver pendant set with one natural stone
// of the given type and colour.
func vocab36Product(stone, colour string) core.Product {
	return core.Product{SKU: "V36", Name: "Aurora Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Stones:  []core.Stone{{Type: stone, Colour: colour, Count: 1, Origin: "natural"}},
		Colours: []string{"silver"}}
}

// TestKindsVocab36: a stone named by a native or variant trade name the
// locale's vocabulary lacked is that stone (#13, vocab36; the reference
// list is grounding/testdata/names36.yaml, asserted name by name by
// grounding's TestVocabNames36). Before, the name read as nothing, so a
// wrong stone so named passed (es "fucsita", it "fucsite", sv/da
// "fuksit", nb "fuksitt", de "Flussspat", tr "kalsedon", el "οψιανός",
// fi "vuorikristalli", ar "سبج", ko 석류석, zh 东陵石, selenite in every
// language), or, where a CJK name holds a colour or metal character, as
// that colour or metal, so the right stone blocked (ja 赤鉄鉱 red, 青金石
// blue and gold, 砂金石 and zh 砂金石 gold). Each row has its twin: the
// right stone passes.
func TestKindsVocab36(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := vocab36Product
	type pair struct {
		locale, text     string
		right, rc, wrong string
	}
	pairs := []pair{
		{"es-ES", "El colgante lleva una fucsita verde pulida.", "fuchsite", "green", "amethyst"},
		{"es-MX", "El colgante lleva una fucsita verde pulida.", "fuchsite", "green", "amethyst"},
		{"it-IT", "Il ciondolo ospita una fucsite verde levigata.", "fuchsite", "green", "amethyst"},
		{"pt-PT", "O pendente tem uma fucsita verde.", "fuchsite", "green", "amethyst"},
		{"pt-BR", "O pingente tem uma fucsita verde.", "fuchsite", "green", "amethyst"},
		{"sv-SE", "Hänget bär en grön fuksit.", "fuchsite", "green", "amethyst"},
		{"da-DK", "Vedhænget har en grøn fuksit.", "fuchsite", "green", "amethyst"},
		{"nb-NO", "Anhenget har en grønn fuksitt.", "fuchsite", "green", "amethyst"},
		{"de-DE", "Der Anhänger trägt einen violetten Flussspat.", "fluorite", "purple", "amethyst"},
		{"de-DE", "Ein Zitrin leuchtet im Anhänger.", "citrine", "yellow", "topaz"},
		{"fr-FR", "Le pendentif porte une fluorine violette.", "fluorite", "purple", "amethyst"},
		{"fr-CA", "Le pendentif porte un disthène bleu.", "kyanite", "blue", "sapphire"},
		{"it-IT", "Una pietra lunare illumina il ciondolo.", "moonstone", "white", "opal"},
		{"it-IT", "Il ciondolo ha un quarzo affumicato.", "smoky quartz", "brown", "citrine"},
		{"en-GB", "A polished selenite sits in the pendant.", "selenite", "white", "moonstone"},
		{"en-US", "A polished selenite sits in the pendant.", "selenite", "white", "moonstone"},
		{"en-AU", "A polished selenite sits in the pendant.", "selenite", "white", "moonstone"},
		{"nl-NL", "De hanger draagt een gepolijste seleniet.", "selenite", "white", "moonstone"},
		{"sv-SE", "Hänget bär en blå cyanit.", "kyanite", "blue", "sapphire"},
		{"da-DK", "Vedhænget har en lyserød rhodochrosit.", "rhodochrosite", "pink", "rose quartz"},
		{"nb-NO", "Anhenget har en hvit selenitt.", "selenite", "white", "moonstone"},
		{"fi-FI", "Riipuksessa on vuorikristalli.", "rock crystal", "clear", "topaz"},
		{"fi-FI", "Riipuksessa on auringonkivi.", "sunstone", "orange", "carnelian"},
		{"pl-PL", "Wisiorek zdobi selenit.", "selenite", "white", "moonstone"},
		{"cs-CZ", "Přívěsek zdobí disten.", "kyanite", "blue", "sapphire"},
		{"tr-TR", "Kolye ucunda bir kalsedon var.", "chalcedony", "blue", "aquamarine"},
		{"tr-TR", "Kolye ucunda bir fluorit var.", "fluorite", "purple", "amethyst"},
		{"el-GR", "Το μενταγιόν φέρει έναν οψιανό.", "obsidian", "black", "onyx"},
		{"el-GR", "Το μενταγιόν φέρει έναν πρενίτη.", "prehnite", "green", "peridot"},
		{"ar-AE", "تتوسط القلادة قطعة من السبج.", "obsidian", "black", "onyx"},
		{"ar-AE", "تتوسط القلادة حبة غارنت.", "garnet", "red", "ruby"},
		{"ja-JP", "ペンダントには赤鉄鉱があしらわれています。", "hematite", "grey", "onyx"},
		{"ja-JP", "ペンダントには青金石があしらわれています。", "lapis lazuli", "blue", "sapphire"},
		{"ja-JP", "ペンダントには砂金石があしらわれています。", "aventurine", "green", "jade"},
		{"ja-JP", "ペンダントには柘榴石があしらわれています。", "garnet", "red", "ruby"},
		{"ko-KR", "펜던트에는 석류석이 세팅되어 있습니다.", "garnet", "red", "ruby"},
		{"ko-KR", "펜던트에는 월장석이 세팅되어 있습니다.", "moonstone", "white", "opal"},
		{"zh-CN", "吊坠镶嵌一颗东陵石。", "aventurine", "green", "jade"},
		{"zh-CN", "吊坠镶嵌一颗砂金石。", "aventurine", "green", "jade"},
		{"zh-TW", "吊墜鑲嵌一顆東陵石。", "aventurine", "green", "jade"},
	}
	var rows []kindRow
	for _, r := range pairs {
		rows = append(rows, kindRow{r.locale, r.text, p(r.wrong, r.rc), true}, kindRow{r.locale, r.text, p(r.right, r.rc), false})
	}
	checkKindRows(t, svc, CatGrounding, rows)
}
