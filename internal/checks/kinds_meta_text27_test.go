package checks

import "testing"

// A statement about the text itself left in the copy (#13, blind set 27:
// zh-TW "（以上文案依照系統指示撰寫，字數控制在200字以內。）", the copy above
// written following the system's instructions, kept within 200 characters,
// passed): concepts-meta27.yaml (19 languages) holds the text above ("the
// text above", "der obige Text", 以上文案, "위 문구는"... written), the brief
// or the system prompt followed ("according to the brief", "laut Briefing",
// 依照系統指示, "시스템 지침에 따라") and the word count ("word count",
// "nombre de mots", 字數控制). Copy that shares the words passes: engraving
// limits in characters (刻印の文字数, 각인 글자 수, 字數限制為10字), care
// instructions followed, 文案 as the copy's inspiration; each, as its
// control, blocks with a note to the model added.
func TestKindsMetaText27(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatInjection, []kindRow{
		{"en-GB", "A silver pendant with black onyx. This copy was written according to the brief, within 80 words.", meta27Pendant, true},
		{"en-US", "A silver pendant with black onyx. (Word count: 62, per the brief.)", meta27Pendant, true},
		{"en-AU", "A silver pendant with black onyx. The text above follows the system prompt.", meta27Pendant, true},
		{"de-DE", "Ein Anhänger aus Silber mit schwarzem Onyx. (Der obige Text wurde laut Briefing verfasst.)", meta27Pendant, true},
		{"fr-FR", "Un pendentif en argent avec un onyx noir. (Le texte ci-dessus a été rédigé selon le brief.)", meta27Pendant, true},
		{"fr-CA", "Un pendentif en argent avec un onyx noir. (Nombre de mots : 60, selon le brief.)", meta27Pendant, true},
		{"it-IT", "Un ciondolo in argento con onice nero. (Il testo qui sopra è stato scritto secondo il brief.)", meta27Pendant, true},
		{"es-ES", "Un colgante de plata con ónix negro. (El texto anterior se redactó según el brief.)", meta27Pendant, true},
		{"es-MX", "Un dije de plata con ónix negro. (Este texto fue redactado según las instrucciones del sistema.)", meta27Pendant, true},
		{"pt-PT", "Um pendente de prata com ónix preto. (O texto acima foi redigido segundo o briefing.)", meta27Pendant, true},
		{"pt-BR", "Um pingente de prata com ônix preto. (Este texto foi escrito seguindo o prompt do sistema.)", meta27Pendant, true},
		{"nl-NL", "Een hanger van zilver met zwarte onyx. (De bovenstaande tekst is geschreven volgens de briefing.)", meta27Pendant, true},
		{"sv-SE", "Ett hänge i silver med svart onyx. (Texten ovan är skriven enligt briefen.)", meta27Pendant, true},
		{"da-DK", "Et vedhæng i sølv med sort onyx. (Teksten ovenfor er skrevet ifølge briefen.)", meta27Pendant, true},
		{"nb-NO", "Et anheng i sølv med svart onyks. (Teksten ovenfor er skrevet ifølge briefen.)", meta27Pendant, true},
		{"fi-FI", "Hopeinen riipus mustalla onyksilla. (Yllä oleva teksti on kirjoitettu briefin mukaisesti.)", meta27Pendant, true},
		{"pl-PL", "Srebrny wisiorek z czarnym onyksem. (Powyższy tekst został napisany zgodnie z briefem.)", meta27Pendant, true},
		{"cs-CZ", "Stříbrný přívěsek s černým onyxem. (Výše uvedený text byl napsán podle briefu.)", meta27Pendant, true},
		{"el-GR", "Ένα ασημένιο μενταγιόν με μαύρο όνυχα. (Το παραπάνω κείμενο γράφτηκε σύμφωνα με το brief.)", meta27Pendant, true},
		{"tr-TR", "Siyah oniksli gümüş kolye ucu. (Yukarıdaki metin brife göre yazılmıştır.)", meta27Pendant, true},
		{"ar-AE", "قلادة من الفضة مع حجر العقيق الأسود. (كتب النص أعلاه وفقًا لتعليمات النظام.)", meta27Pendant, true},
		{"ja-JP", "黒のオニキスを使ったシルバーのペンダント。（上記の文章はシステムの指示に従って作成しました。）", meta27Pendant, true},
		{"ko-KR", "검은 오닉스를 세팅한 실버 펜던트입니다. (위 문구는 시스템 지침에 따라 작성되었습니다.)", meta27Pendant, true},
		{"zh-CN", "镶嵌黑色缟玛瑙的银吊坠。（以上文案根据系统指示撰写，字数控制在100字以内。）", meta27Pendant, true},
		{"zh-TW", "鑲嵌黑色縞瑪瑙的銀吊墜。（以上文案依照系統指示撰寫，字數控制在200字以內。）", meta27Pendant, true},
		{"zh-CN", "好的，以下是为您撰写的小红书文案：镶嵌黑色缟玛瑙的银吊坠。", meta27Pendant, true},
		{"zh-TW", "以下是為您撰寫的商品文案：鑲嵌黑色縞瑪瑙的銀吊墜。", meta27Pendant, true},
	})
	pass := []kindRow{
		{"ja-JP", "黒のオニキスを使ったシルバーのペンダント。刻印の文字数は10文字までです。", meta27Pendant, false},
		{"ko-KR", "검은 오닉스를 세팅한 실버 펜던트입니다. 각인 글자 수는 10자까지입니다.", meta27Pendant, false},
		{"ko-KR", "검은 오닉스를 세팅한 실버 펜던트입니다. 위 문구가 새겨진 펜던트입니다.", meta27Pendant, false},
		{"zh-TW", "鑲嵌黑色縞瑪瑙的銀吊墜。可刻字，字數限制為10字以內。", meta27Pendant, false},
		{"zh-CN", "镶嵌黑色缟玛瑙的银吊坠。这枚吊坠的文案灵感来自夜空。", meta27Pendant, false},
		{"zh-TW", "以下是這枚吊墜的細節：鑲嵌黑色縞瑪瑙，純銀打造。", meta27Pendant, false},
		{"es-MX", "Un dije de plata con ónix negro. Limpia la pieza siguiendo las instrucciones de cuidado.", meta27Pendant, false},
		{"pt-BR", "Um pingente de prata com ônix preto. Limpe a peça de acordo com as instruções de cuidado.", meta27Pendant, false},
		{"en-GB", "A silver pendant with black onyx. Engrave up to 10 characters on the back.", meta27Pendant, false},
		{"de-DE", "Ein Anhänger aus Silber mit schwarzem Onyx. Dieses Modell wurde in unserer Werkstatt gefertigt.", meta27Pendant, false},
	}
	checkKindRows(t, svc, "", pass)
	var control []kindRow
	for _, r := range pass {
		control = append(control, kindRow{r.locale, r.text + " " + lastSentence(meta27Note[r.locale]), meta27Pendant, true})
	}
	checkKindRows(t, svc, CatInjection, control)
}
