package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Colours of an optical phenomenon (#13, the twenty-first session's
// iridescence27, the twenty-seventh blind set's released half): the colours
// a stone or glass gives as light, its iridescence, play of colour, fire,
// schiller, adularescence, labradorescence or chatoyancy ("flashes of
// orange, green and gold" from a Mexican fire agate, the blue, green and
// gold an iridescent Roman glass patina splits light into), are not the
// piece's colours (Webster, Gems, ch. "Optical properties"; GIA Gem
// Reference Guide: iridescence, play of colour, adularescence): at most a
// warning, in each of the 25 locales, also when they are listed with
// commas ("blått, grönt och guld", "mavi, yeşil ve altın", "青や緑、金色")
// and when a gold among them names a colour. A colour said of the stone
// itself ("a blue fire agate") or a metal the piece lacks still blocks.
func TestKindsIridescence27(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	agate := core.Product{SKU: "FA27", Name: "Fire Agate Pendant", Category: "pendant", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "fire agate", Colour: "brown", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"brown", "gold"}}
	glass := core.Product{SKU: "RG27", Name: "Roman Glass Pendant", Category: "pendant", Materials: []string{"sterling silver", "Roman glass"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"aqua", "silver"}}
	lab := core.Product{SKU: "LB27", Name: "Labradorite Pendant", Category: "pendant", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "labradorite", Colour: "grey", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"grey", "silver"}}
	// Each truthful row, and the same row with a colour said of the stone
	// or a metal the piece lacks.
	pairs := []struct {
		locale, pass, control string
		p                     core.Product
	}{
		{"en-GB", "Light between its layers gives the fire agate flashes of orange, green and gold.", "Light between its layers gives the blue fire agate flashes of orange, green and gold.", agate},
		{"en-US", "Its iridescence shows orange, green and violet over the brown fire agate.", "Set in 14k white gold, its iridescence shows orange, green and violet.", agate},
		{"en-AU", "The fire agate's play of colour runs through orange, green and gold.", "The blue fire agate's play of colour runs through orange, green and gold.", agate},
		{"de-DE", "Der Feuerachat zeigt ein Farbenspiel in Orange, Grün und Gold.", "Der Feuerachat in Weißgold zeigt ein Farbenspiel in Orange, Grün und Gold.", agate},
		{"fr-FR", "L'agate de feu offre des irisations orange, vertes et dorées.", "Sertie d'or blanc, l'agate de feu offre des irisations orange, vertes et dorées.", agate},
		{"fr-CA", "L'agate de feu brune montre une iridescence verte, orange et dorée.", "Sertie d'or blanc, l'agate de feu montre une iridescence verte, orange et dorée.", agate},
		{"es-ES", "La luz crea en el ágata de fuego destellos naranjas, verdes y dorados.", "La luz crea en el ágata de fuego azul destellos naranjas, verdes y dorados.", agate},
		{"es-MX", "El ágata de fuego muestra una iridiscencia naranja, verde y dorada.", "El ágata de fuego azul muestra una iridiscencia naranja, verde y dorada.", agate},
		{"it-IT", "L'agata di fuoco mostra un'iridescenza arancione, verde e dorata.", "L'agata di fuoco blu mostra un'iridescenza arancione, verde e dorata.", agate},
		{"pt-BR", "A ágata de fogo exibe uma iridescência laranja, verde e dourada.", "A ágata de fogo azul exibe uma iridescência laranja, verde e dourada.", agate},
		{"pt-PT", "A ágata de fogo mostra reflexos laranja, verdes e dourados.", "A ágata de fogo azul mostra reflexos laranja, verdes e dourados.", agate},
		{"nl-NL", "De vuuragaat toont een iriserend kleurenspel in oranje, groen en goud.", "De vuuragaat in witgoud toont een iriserend kleurenspel in oranje, groen en goud.", agate},
		{"sv-SE", "Eldagaten ger skimmer i orange, grönt och guld mot en brun botten.", "Eldagaten i vitguld ger skimmer i orange, grönt och guld mot en brun botten.", agate},
		{"da-DK", "Ildagaten viser et farvespil i orange, grønt og guld.", "Ildagaten i hvidguld viser et farvespil i orange, grønt og guld.", agate},
		{"nb-NO", "Ildagaten har en irisering i oransje, grønt og gull.", "Ildagaten i hvitt gull har en irisering i oransje, grønt og gull.", agate},
		{"fi-FI", "Tuliakaatin irisointi hohtaa oranssina, vihreänä ja kultaisena.", "Valkokultainen tuliakaatti: sen irisointi hohtaa oranssina, vihreänä ja kultaisena.", agate},
		{"cs-CZ", "Ohnivý achát ukazuje hru barev v oranžové, zelené a zlaté.", "Modrý ohnivý achát ukazuje hru barev v oranžové, zelené a zlaté.", agate},
		{"pl-PL", "Agat ognisty daje iryzację w kolorach pomarańczowym, zielonym i złotym.", "Niebieski agat ognisty daje iryzację w kolorach pomarańczowym, zielonym i złotym.", agate},
		{"tr-TR", "Ateş akiği turuncu, yeşil ve altın renkli yanardönerlik gösterir.", "Beyaz altına oturtulan ateş akiği turuncu, yeşil ve altın renkli yanardönerlik gösterir.", agate},
		{"el-GR", "Ο πύρινος αχάτης δίνει πορτοκαλί, πράσινες και χρυσές λάμψεις.", "Ο μπλε πύρινος αχάτης δίνει πορτοκαλί, πράσινες και χρυσές λάμψεις.", agate},
		{"ar-AE", "يمنح العقيق الناري تقزحاً بألوان برتقالية وخضراء وذهبية.", "يمنح العقيق الناري الأزرق تقزحاً بألوان برتقالية وخضراء وذهبية.", agate},
		{"ja-JP", "ファイアーアゲートはオレンジやグリーン、ゴールドのきらめきを見せます。", "青いファイアーアゲートはオレンジやグリーン、ゴールドのきらめきを見せます。", agate},
		{"ko-KR", "파이어 아게이트는 주황색, 초록색, 금색의 훈색을 보여 줍니다.", "파란색 파이어 아게이트는 주황색, 초록색, 금색의 훈색을 보여 줍니다.", agate},
		{"zh-CN", "火玛瑙呈现橙色、绿色和金色的晕彩。", "蓝色火玛瑙呈现橙色、绿色和金色的晕彩。", agate},
		{"zh-TW", "火瑪瑙呈現橙色、綠色和金色的暈彩。", "藍色火瑪瑙呈現橙色、綠色和金色的暈彩。", agate},
		{"en-GB", "Its iridescent patina shows blue, green and gold.", "Set in yellow gold, its iridescent patina shows blue, green and gold.", glass},
		{"sv-SE", "Tunna skikt bryter ljuset i blått, grönt och guld.", "Hänget i guld har tunna skikt som bryter ljuset i blått, grönt och guld.", glass},
		{"tr-TR", "İnce katmanlar ışığı mavi, yeşil ve altın tonlarına ayırır.", "Altın kolye ucundaki ince katmanlar ışığı mavi, yeşil ve altın tonlarına ayırır.", glass},
		{"ja-JP", "表面の薄い層が光を青や緑、金色に分けます。", "ゴールド製のペンダントで、表面の薄い層が光を青や緑、金色に分けます。", glass},
		{"de-DE", "Die irisierende Patina schillert blau, grün und golden.", "In Gelbgold gefasst: die irisierende Patina schillert blau, grün und golden.", glass},
		{"es-ES", "Su pátina iridiscente descompone la luz en azules, verdes y dorados.", "En oro amarillo, su pátina iridiscente descompone la luz en azules, verdes y dorados.", glass},
		// The verbs of the phenomena (schillern, skimra, välkehtiä, chatoyer).
		{"de-DE", "Der Labradorit schillert in Blau, Grün und Gold.", "Der Labradorit ist in Gelbgold gefasst und schillert in Blau, Grün und Gold.", lab},
		{"sv-SE", "Labradoriten skimrar i blått, grönt och guld.", "Labradoriten är infattad i guld och skimrar i blått, grönt och guld.", lab},
		{"fi-FI", "Labradoriitti välkehtii sinisenä, vihreänä ja kultaisena.", "Kultaan istutettu labradoriitti välkehtii sinisenä, vihreänä ja kultaisena.", lab},
		{"fr-FR", "La labradorite chatoie en bleu, vert et doré.", "Sertie d'or jaune, la labradorite chatoie en bleu, vert et doré.", lab},
		{"en-GB", "The grey labradorite shows a blue, green and gold schiller.", "Set in yellow gold, the grey labradorite shows a blue, green and gold schiller.", lab},
	}
	var rows []kindRow
	for _, r := range pairs {
		rows = append(rows, kindRow{r.locale, r.pass, r.p, false}, kindRow{r.locale, r.control, r.p, true})
	}
	checkKindRows(t, svc, "", rows)
}
