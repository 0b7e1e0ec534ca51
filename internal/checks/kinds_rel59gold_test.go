package checks

import "testing"

// rel59GreenGold is the 18k green gold necklace of released 59A it-IT
// 59A04: another coloured gold named where the copy explains the colours
// of gold alloys by their members is no material of the piece (#13, rel59;
// grounding/other_gold59.go).
var rel59GreenGold = misses49Product(`{"sku": "B59A-itIT-04", "name": "Collana Veneziana Oro Verde", "category": "necklace", "collection": "Signature", "metals": [{"base": "green gold", "fineness": "18k"}], "colours": ["gold"]}`)

func TestKindsRel59Gold(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(rel59GreenGold, false, [][2]string{
		{"it-IT", "L'oro verde è una lega di oro e argento. Senza il rame che scalda l'oro giallo e arrossa l'oro rosa, il metallo assume un riflesso fresco."},
		{"fr-FR", "L'or vert est un alliage d'or et d'argent. Sans le cuivre qui réchauffe l'or jaune et rougit l'or rose, le métal prend un reflet frais."},
		{"es-ES", "El oro verde es una aleación de oro y plata. Sin el cobre que calienta el oro amarillo y enrojece el oro rosa, el metal adquiere un tono fresco."},
		{"pt-PT", "O ouro verde é uma liga de ouro e prata. Sem o cobre que aquece o ouro amarelo e avermelha o ouro rosa, o metal ganha um tom fresco."},
		{"nl-NL", "Groen goud is een legering van goud en zilver. Zonder het koper dat geelgoud verwarmt en roségoud rood kleurt, krijgt het metaal een koele tint."},
		{"sv-SE", "Grönt guld är en legering av guld och silver. Utan kopparn som värmer gult guld och rött guld får metallen en sval ton."},
		{"nb-NO", "Grønt gull er en legering av gull og sølv. Når kobberet som gir gult og rødt gull varme mangler, blir gullet kjøligere i tonen."},
		{"tr-TR", "Yeşil altın, altın ve gümüş alaşımıdır. Sarı altını ve pembe altını ısıtan bakır olmadığı için metal serin bir ton alır."},
		{"zh-TW", "綠金是一種合金：四分之三為純金，其餘幾乎全是銀。少了讓黃金與玫瑰金顯得溫暖的銅，金色便轉為偏冷的色調。"},
		{"zh-CN", "绿金是一种合金，其余几乎全是银。少了让黄金与玫瑰金显得温暖的铜，金色便转为偏冷的色调。"},
		{"ja-JP", "グリーンゴールドは金と銀の合金です。イエローゴールドやピンクゴールドを温かく見せる銅を含まないため、涼しげな色合いになります。"},
		{"ar-AE", "الذهب الأخضر سبيكة من الذهب والفضة. ومن دون النحاس الذي يدفئ الذهب الأصفر والذهب الوردي، يكتسب المعدن لونًا باردًا."},
	}))
}

func TestKindsRel59GoldBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(rel59GreenGold, true, [][2]string{
		{"en-GB", "The necklace is made of rose gold, warmed by copper."},
		{"it-IT", "La collana è in oro rosa, scaldato dal rame."},
		{"it-IT", "Oro rosa 18 carati, scaldato dal rame."},
		{"zh-TW", "這條項鍊以玫瑰金製成，銅讓它顯得溫暖。"},
		{"nb-NO", "Kjedet er laget av rødt gull."},
		{"it-IT", "L'oro rosa ha un riflesso caldo."},
	}))
}
