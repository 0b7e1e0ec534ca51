package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The English core of one of the product's own keywords, quoted while
// its head noun is translated beside it (#13, keyword_english19,
// dev-probe19b ja-JP): 「ignore-the-rules」なスタイル for the keyword
// "ignore-the-rules style" blocked as untranslated English, and so in
// every locale («ignore-the-rules», „made for every day“ for the keyword
// "made for every day look"; Polish „…” quotes were not read as quotes
// at all). A quoted English phrase that is no keyword's part still
// blocks.
func TestKindsKeywordEnglish19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "KE19", Name: "Enamel Cuff", Category: "bracelet", Collection: "Essence",
		Materials: []string{"316L stainless steel", "enamel"}, Metals: []core.Metal{{Base: "stainless steel"}},
		Colours: []string{"blue", "silver"}, Features: []string{"hypoallergenic", "tarnish-resistant", "water-resistant", "adjustable"},
		Keywords: []string{"cuff bracelet", "blue enamel", "unisex", "ignore-the-rules style", "stacking", "made for every day look"}}
	const jaTail = "リネンシャツに一本で合わせても、重ねづけしても素敵です。"
	const zhTail = "搭配亚麻衬衫单戴或叠戴都很好看。"
	checkKindRows(t, svc, "locale", []kindRow{
		{"ja-JP", "「ignore-the-rules」なスタイルを楽しめるユニセックスなデザインで、" + jaTail, p, false},
		{"ja-JP", "「made for every day」なルックを楽しめるデザインで、" + jaTail, p, false},
		{"ko-KR", "\"ignore-the-rules\" 스타일을 즐길 수 있는 유니섹스 디자인으로, 린넨 셔츠에 단독으로 착용해도 멋집니다.", p, false},
		{"zh-CN", "“ignore-the-rules”风格的中性设计，" + zhTail, p, false},
		{"zh-TW", "「ignore-the-rules」風格的中性設計，搭配亞麻襯衫單戴或疊戴都很好看。", p, false},
		{"el-GR", "Ένα σχέδιο σε στιλ «ignore-the-rules» για κάθε μέρα.", p, false},
		{"ar-AE", "تصميم بأسلوب «ignore-the-rules» يناسب كل يوم.", p, false},
		{"de-DE", "Ein Armreif im Stil „made for every day“ für jeden Anlass.", p, false},
		{"fr-FR", "Une manchette au look « made for every day » pour toutes les occasions.", p, false},
		{"es-ES", "Un brazalete de estilo «made for every day» para cualquier ocasión.", p, false},
		{"it-IT", "Un bracciale dal look «made for every day» per ogni occasione.", p, false},
		{"pl-PL", "Bransoleta w stylu „made for every day” na każdą okazję.", p, false},
		{"sv-SE", "Ett armband i stilen ”made for every day” för alla tillfällen.", p, false},
		{"nl-NL", "Een armband in de stijl \"made for every day\" voor elke gelegenheid.", p, false},
		{"pt-BR", "Um bracelete no estilo \"made for every day\" para qualquer ocasião.", p, false},
		{"tr-TR", "\"made for every day\" tarzında, her duruma uygun bir bilezik.", p, false},
		// quoted English that is no keyword's part
		{"ja-JP", "「perfect for every day」なルックを楽しめるデザインで、" + jaTail, p, true},
		{"zh-CN", "“perfect for every day”风格的设计，" + zhTail, p, true},
		{"de-DE", "Ein Armreif im Stil „perfect for every day“ für jeden Anlass.", p, true},
		{"fr-FR", "Une manchette au look « perfect for every day » pour toutes les occasions.", p, true},
		{"pl-PL", "Bransoleta w stylu „perfect for every day” na każdą okazję.", p, true},
		{"ko-KR", "\"perfect for every day\" 룩을 완성하는 디자인으로, 린넨 셔츠에 단독으로 착용해도 멋집니다.", p, true},
	})
}
