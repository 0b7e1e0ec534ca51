package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// lang9Labels are, per language, fields of the writing brief echoed into
// the copy with their colon, as a model writes them: on a line of their
// own after the copy ("%s\n…") or as a sentence after it ("%s …").
var lang9Labels = map[string][]string{
	"en":    {"%s\nTone: warm and confident", "%s\nKeywords: gift for her, silver cuff", "%s Channel: pdp.", "%s\n- Target audience: women 25-40"},
	"fr":    {"%s\nTon : chaleureux", "%s\nMots-clés : cadeau pour elle, jonc argent", "%s Canal : pdp.", "%s\nPublic cible : femmes de 25 à 40 ans"},
	"de":    {"%s\nTonalität: warm und selbstbewusst", "%s\nSchlüsselwörter: Geschenk für sie, Armreif Silber", "%s Kanal: pdp.", "%s\nZielgruppe: Frauen zwischen 25 und 40"},
	"it":    {"%s\nTono: caldo e sicuro", "%s\nParole chiave: regalo per lei, bracciale argento", "%s Canale: pdp.", "%s\nPubblico di riferimento: donne 25-40"},
	"es":    {"%s\nTono: cálido y seguro", "%s\nPalabras clave: regalo para ella, brazalete de plata", "%s Canal: pdp.", "%s\nPúblico objetivo: mujeres de 25 a 40 años"},
	"pt":    {"%s\nTom: caloroso e confiante", "%s\nPalavras-chave: presente para ela, pulseira de prata", "%s Canal: pdp.", "%s\nPúblico-alvo: mulheres dos 25 aos 40 anos"},
	"nl":    {"%s\nToon: warm en zelfverzekerd", "%s\nTrefwoorden: cadeau voor haar, zilveren armband", "%s Kanaal: pdp.", "%s\nDoelgroep: vrouwen van 25 tot 40"},
	"da":    {"%s\nTone: varm og selvsikker", "%s\nSøgeord: gave til hende, sølvarmbånd", "%s Kanal: pdp.", "%s\nMålgruppe: kvinder på 25-40 år"},
	"nb":    {"%s\nTone: varm og selvsikker", "%s\nSøkeord: gave til henne, sølvarmbånd", "%s Kanal: pdp.", "%s\nMålgruppe: kvinner på 25-40 år"},
	"sv":    {"%s\nTon: varm och självsäker", "%s\nNyckelord: present till henne, silverarmband", "%s Kanal: pdp.", "%s\nMålgrupp: kvinnor 25-40 år"},
	"fi":    {"%s\nÄänensävy: lämmin ja itsevarma", "%s\nAvainsanat: lahja naiselle, hopearannekoru", "%s Kanava: pdp.", "%s\nKohderyhmä: 25-40-vuotiaat naiset"},
	"pl":    {"%s\nTon: ciepły i pewny siebie", "%s\nSłowa kluczowe: prezent dla niej, srebrna bransoletka", "%s Kanał: pdp.", "%s\nGrupa docelowa: kobiety w wieku 25-40 lat"},
	"cs":    {"%s\nTón: vřelý a sebejistý", "%s\nKlíčová slova: dárek pro ni, stříbrný náramek", "%s Kanál: pdp.", "%s\nCílová skupina: ženy 25-40 let"},
	"tr":    {"%s\nTon: sıcak ve özgüvenli", "%s\nAnahtar kelimeler: ona hediye, gümüş bileklik", "%s Kanal: pdp.", "%s\nHedef kitle: 25-40 yaş arası kadınlar"},
	"el":    {"%s\nΤόνος: ζεστός και σίγουρος", "%s\nΛέξεις-κλειδιά: δώρο για εκείνη, ασημένιο βραχιόλι", "%s Κανάλι: pdp.", "%s\nΚοινό-στόχος: γυναίκες 25-40 ετών"},
	"ar":    {"%s\nالنبرة: دافئة وواثقة", "%s\nالكلمات المفتاحية: هدية لها، سوار فضة", "%s القناة: pdp.", "%s\nالجمهور المستهدف: النساء من 25 إلى 40 عامًا"},
	"ja":    {"%s\nトーン：温かみがあり自信に満ちた", "%s\nキーワード：彼女へのギフト、シルバーバングル", "%s\nチャネル：pdp", "%s\nターゲット：25〜40歳の女性"},
	"ko":    {"%s\n톤: 따뜻함", "%s\n키워드: 그녀를 위한 선물, 실버 뱅글", "%s 채널: pdp.", "%s\n타깃: 25~40세 여성"},
	"zh":    {"%s\n语气：温暖、自信", "%s\n关键词：送她的礼物、银手镯", "%s\n渠道：pdp", "%s\n目标受众：25-40岁女性"},
	"zh-TW": {"%s\n語氣：溫暖、自信", "%s\n關鍵字：送她的禮物、銀手環", "%s\n通路：pdp", "%s\n目標受眾：25-40歲女性"},
}

// lang9LabelsOK are a product sheet's own labels (material, colour,
// style, length, occasion) and colons inside a sentence: copy.
var lang9LabelsOK = map[string][]string{
	"en":    {"%s\nMaterial: sterling silver\nLength: 18 cm", "%s Style: timeless, whatever the tone of your outfit.", "%s The keyword here: simplicity."},
	"fr":    {"%s\nMatière : argent 925\nCouleur : argent", "%s Style : intemporel, quel que soit le ton de votre tenue.", "%s Le mot d'ordre : la simplicité."},
	"de":    {"%s\nMaterial: Sterlingsilber\nFarbe: Silber", "%s Stil: zeitlos, ganz gleich, welchen Ton Ihr Outfit hat.", "%s Das Stichwort: Schlichtheit."},
	"it":    {"%s\nMateriale: argento sterling\nColore: argento", "%s Stile: senza tempo, qualunque sia il tono del tuo outfit.", "%s La parola d'ordine: semplicità."},
	"es":    {"%s\nMaterial: plata de ley\nColor: plata", "%s Estilo: atemporal, sea cual sea el tono de tu look.", "%s La clave: la sencillez."},
	"pt":    {"%s\nMaterial: prata de lei\nCor: prata", "%s Estilo: intemporal, seja qual for o tom do seu visual.", "%s A palavra de ordem: simplicidade."},
	"nl":    {"%s\nMateriaal: sterling zilver\nKleur: zilver", "%s Stijl: tijdloos, welke toon je outfit ook heeft.", "%s Het sleutelwoord: eenvoud."},
	"da":    {"%s\nMateriale: sterlingsølv\nFarve: sølv", "%s Stil: tidløs, uanset hvilken tone dit outfit har.", "%s Nøgleordet: enkelhed."},
	"nb":    {"%s\nMateriale: sterlingsølv\nFarge: sølv", "%s Stil: tidløs, uansett hvilken tone antrekket ditt har.", "%s Nøkkelordet: enkelhet."},
	"sv":    {"%s\nMaterial: sterlingsilver\nFärg: silver", "%s Stil: tidlös, oavsett vilken ton din outfit har.", "%s Nyckelordet: enkelhet."},
	"fi":    {"%s\nMateriaali: sterlinghopea\nVäri: hopea", "%s Tyyli: ajaton, olipa asusi sävy mikä tahansa.", "%s Avainsana on yksinkertaisuus."},
	"pl":    {"%s\nMateriał: srebro próby 925\nKolor: srebrny", "%s Styl: ponadczasowy, niezależnie od tonu stylizacji.", "%s Słowo klucz to prostota."},
	"cs":    {"%s\nMateriál: stříbro 925\nBarva: stříbrná", "%s Styl: nadčasový, ať má váš outfit jakýkoli tón.", "%s Klíčové je jedno: jednoduchost."},
	"tr":    {"%s\nMalzeme: 925 ayar gümüş\nRenk: gümüş", "%s Stil: zamansız, kıyafetinizin tonu ne olursa olsun.", "%s Anahtar kelime sadelik."},
	"el":    {"%s\nΥλικό: ασήμι 925\nΧρώμα: ασημί", "%s Στυλ: διαχρονικό, όποιος κι αν είναι ο τόνος του ντυσίματός σας.", "%s Η λέξη-κλειδί εδώ είναι η απλότητα."},
	"ar":    {"%s\nالمادة: فضة إسترلينية\nاللون: فضي", "%s التصميم: خالد مهما كانت إطلالتك.", "%s الكلمة الأهم هنا هي البساطة."},
	"ja":    {"%s\n素材：スターリングシルバー\nカラー：シルバー", "%s\nスタイル：どんな装いにも合うタイムレスなデザイン", "%s キーワードはシンプルさです。"},
	"ko":    {"%s\n소재: 스털링 실버\n색상: 실버", "%s\n스타일: 어떤 옷차림에도 어울리는 타임리스 디자인", "%s 이 디자인의 키워드는 단순함입니다."},
	"zh":    {"%s\n材质：925银\n颜色：银色", "%s\n风格：简约百搭", "%s这款手镯的关键词是简约。"},
	"zh-TW": {"%s\n材質：925銀\n顏色：銀色", "%s\n風格：簡約百搭", "%s這款手環的關鍵字是簡約。"},
}

// TestKindsPromptLabel9 (#13, injection_echo): a field of the writing
// brief (tone, keywords, channel, audience) echoed with its colon, in the
// copy's language, blocks as injection in all 25 locales; a product sheet's
// labels and a colon inside copy pass.
func TestKindsPromptLabel9(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var bad, ok []lt
	for _, loc := range everyLocale9 {
		lang := langOf(loc)
		key := lang
		if loc == "zh-TW" {
			key = "zh-TW"
		}
		host := lang6ByLang[lang].host
		if x, found := lang6ByLang[loc]; found {
			host = x.host
		}
		for _, f := range lang9Labels[key] {
			bad = append(bad, lt{loc, strings.Replace(f, "%s", host, 1)})
		}
		for _, f := range lang9LabelsOK[key] {
			ok = append(ok, lt{loc, strings.Replace(f, "%s", host, 1)})
		}
	}
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"prompt field label", plainCuff, CatInjection, bad},
		{"product sheet labels and colons in copy", plainCuff, "", ok},
	})
}

// everyLocale9 are the 25 supported locales.
var everyLocale9 = []string{"ar-AE", "cs-CZ", "da-DK", "de-DE", "el-GR", "en-AU", "en-GB", "en-US", "es-ES", "es-MX", "fi-FI", "fr-CA", "fr-FR", "it-IT", "ja-JP", "ko-KR", "nb-NO", "nl-NL", "pl-PL", "pt-BR", "pt-PT", "sv-SE", "tr-TR", "zh-CN", "zh-TW"}
