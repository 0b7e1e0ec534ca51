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
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"prompt field label", plainCuff, CatInjection, lang9FormatRows(lang9Labels)},
		{"product sheet labels and colons in copy", plainCuff, "", lang9FormatRows(lang9LabelsOK)},
	})
}

// lang9FormatRows is every locale's texts of table (by lang9Host's key),
// each with its "%s" replaced by the locale's host sentence.
func lang9FormatRows(table map[string][]string) []lt {
	var rows []lt
	for _, loc := range everyLocale9 {
		key, host, _ := lang9Host(loc)
		for _, f := range table[key] {
			rows = append(rows, lt{loc, strings.Replace(f, "%s", host, 1)})
		}
	}
	return rows
}

// everyLocale9 are the 25 supported locales.
var everyLocale9 = []string{"ar-AE", "cs-CZ", "da-DK", "de-DE", "el-GR", "en-AU", "en-GB", "en-US", "es-ES", "es-MX", "fi-FI", "fr-CA", "fr-FR", "it-IT", "ja-JP", "ko-KR", "nb-NO", "nl-NL", "pl-PL", "pt-BR", "pt-PT", "sv-SE", "tr-TR", "zh-CN", "zh-TW"}

// lang9Leads are, per language, assistant lead-ins ([0], before the copy)
// and sign-offs ([1], after it) in other words.
var lang9Leads = map[string][2][]string{
	"en":    {{"Below is a product description you can use:", "Here's a polished version of the copy:", "Please find the description below."}, {"Feel free to tweak it to match your brand voice.", "Would you like a shorter version?", "I can also adapt it for social media."}},
	"fr":    {{"Voici une proposition de texte pour la fiche produit :", "Ci-dessous, la description demandée.", "Je vous propose le texte suivant :"}, {"N'hésitez pas à l'adapter à votre charte.", "Souhaitez-vous une version plus courte ?", "Je peux aussi l'adapter pour les réseaux sociaux."}},
	"de":    {{"Hier ist ein Vorschlag für die Produktbeschreibung:", "Nachfolgend der gewünschte Text.", "Ich schlage folgenden Text vor:"}, {"Passen Sie ihn gerne an Ihre Markensprache an.", "Möchten Sie eine kürzere Version?", "Ich kann ihn auch für Social Media umschreiben."}},
	"it":    {{"Ecco una proposta di testo per la scheda prodotto:", "Di seguito la descrizione richiesta.", "Ti propongo il seguente testo:"}, {"Sentiti libero di adattarlo al tono del brand.", "Vuoi una versione più breve?", "Posso anche adattarlo per i social."}},
	"es":    {{"Aquí tienes una propuesta de texto para la ficha:", "A continuación, la descripción solicitada.", "Te propongo el siguiente texto:"}, {"Siéntete libre de adaptarlo a tu marca.", "¿Quieres una versión más corta?", "También puedo adaptarlo para redes sociales."}},
	"pt":    {{"Segue uma proposta de texto para a página do produto:", "Abaixo, a descrição solicitada.", "Proponho o seguinte texto:"}, {"Fique à vontade para adaptá-lo à sua marca.", "Quer uma versão mais curta?", "Também posso adaptá-lo para as redes sociais."}},
	"nl":    {{"Hieronder een voorstel voor de producttekst:", "Hier volgt de gevraagde beschrijving.", "Ik stel de volgende tekst voor:"}, {"Pas hem gerust aan je merkstem aan.", "Wil je een kortere versie?", "Ik kan hem ook aanpassen voor social media."}},
	"da":    {{"Her er et forslag til produktteksten:", "Nedenfor finder du den ønskede beskrivelse.", "Jeg foreslår følgende tekst:"}, {"Du er velkommen til at tilpasse den til dit brand.", "Vil du have en kortere version?", "Jeg kan også tilpasse den til sociale medier."}},
	"nb":    {{"Her er et forslag til produktteksten:", "Nedenfor finner du beskrivelsen du ba om.", "Jeg foreslår følgende tekst:"}, {"Tilpass den gjerne til merkevaren din.", "Vil du ha en kortere versjon?", "Jeg kan også tilpasse den til sosiale medier."}},
	"sv":    {{"Här är ett förslag på produkttext:", "Nedan följer den önskade beskrivningen.", "Jag föreslår följande text:"}, {"Anpassa den gärna efter ert varumärke.", "Vill du ha en kortare version?", "Jag kan också anpassa den för sociala medier."}},
	"fi":    {{"Tässä ehdotus tuotekuvaukseksi:", "Alla pyytämäsi kuvaus.", "Ehdotan seuraavaa tekstiä:"}, {"Muokkaa sitä vapaasti brändisi mukaan.", "Haluatko lyhyemmän version?", "Voin myös muokata sen sosiaaliseen mediaan."}},
	"pl":    {{"Oto propozycja opisu produktu:", "Poniżej zamówiony opis.", "Proponuję następujący tekst:"}, {"Śmiało dostosuj go do swojej marki.", "Czy chcesz krótszą wersję?", "Mogę też dostosować go do mediów społecznościowych."}},
	"cs":    {{"Zde je návrh popisu produktu:", "Níže najdete požadovaný popis.", "Navrhuji následující text:"}, {"Klidně si ho upravte podle své značky.", "Chcete kratší verzi?", "Mohu ho také upravit pro sociální sítě."}},
	"tr":    {{"İşte ürün açıklaması için bir öneri:", "Aşağıda istediğiniz açıklamayı bulabilirsiniz.", "Şu metni öneriyorum:"}, {"Markanıza göre düzenlemekten çekinmeyin.", "Daha kısa bir versiyon ister misiniz?", "Sosyal medya için de uyarlayabilirim."}},
	"el":    {{"Ορίστε μια πρόταση για την περιγραφή του προϊόντος:", "Παρακάτω θα βρείτε την περιγραφή που ζητήσατε.", "Προτείνω το εξής κείμενο:"}, {"Μη διστάσετε να το προσαρμόσετε στη μάρκα σας.", "Θέλετε μια πιο σύντομη εκδοχή;", "Μπορώ επίσης να το προσαρμόσω για τα social media."}},
	"ar":    {{"إليك اقتراحًا لوصف المنتج:", "فيما يلي الوصف المطلوب.", "أقترح النص التالي:"}, {"لا تتردد في تعديله ليناسب علامتك التجارية.", "هل تريد نسخة أقصر؟", "يمكنني أيضًا تكييفه لوسائل التواصل الاجتماعي."}},
	"ja":    {{"商品説明の案は以下の通りです：", "ご依頼の説明文をお届けします。", "次の文章をご提案します："}, {"ブランドに合わせて自由に調整してください。", "もう少し短いバージョンも必要ですか？", "SNS向けにアレンジすることもできます。"}},
	"ko":    {{"상품 설명 제안은 다음과 같습니다:", "요청하신 설명을 아래에 정리했습니다.", "다음 문구를 제안드립니다:"}, {"브랜드에 맞게 자유롭게 수정하세요.", "더 짧은 버전이 필요하신가요?", "SNS용으로도 바꿔 드릴 수 있습니다."}},
	"zh":    {{"以下是商品描述的建议：", "下面是您要求的描述。", "我建议使用以下文案："}, {"可以根据您的品牌自由调整。", "需要更短的版本吗？", "我也可以改写成社交媒体版本。"}},
	"zh-TW": {{"以下是商品描述的建議：", "下面是您要求的描述。", "我建議使用以下文案："}, {"可以依照您的品牌自由調整。", "需要更短的版本嗎？", "我也可以改寫成社群媒體版本。"}},
}

// lang9LeadsOK is copy that shares their words: a pairing proposed, a
// chain adjusted, a longer look offered, a hashtag for social media.
var lang9LeadsOK = map[string][]string{
	"en":    {"We suggest pairing it with the Orbit hoops.", "Want a longer look? Choose the 45 cm chain.", "You can adjust the cuff gently to your wrist."},
	"fr":    {"Je vous propose de l'associer aux créoles Orbit.", "Envie d'une allure plus longue ? Choisissez la chaîne de 45 cm.", "Ajustez-le doucement à votre poignet."},
	"de":    {"Wir schlagen vor, ihn mit den Orbit-Creolen zu kombinieren.", "Sie können ihn sanft an Ihr Handgelenk anpassen.", "Möchten Sie mehr Glanz? Tragen Sie ihn mit dem Orbit-Ring."},
	"it":    {"Ti suggeriamo di abbinarlo ai cerchi Orbit.", "Si adatta dolcemente a ogni polso.", "Vuoi più luce? Indossalo con l'anello Orbit."},
	"es":    {"Te proponemos combinarlo con los aros Orbit.", "Se ajusta suavemente a cualquier muñeca.", "¿Quieres más brillo? Llévalo con el anillo Orbit."},
	"pt":    {"Sugerimos combiná-la com as argolas Orbit.", "Ajusta-se suavemente a qualquer pulso.", "Quer mais brilho? Use-a com o anel Orbit."},
	"nl":    {"We stellen voor om hem te combineren met de Orbit-oorringen.", "Je past hem voorzichtig aan je pols aan.", "Wil je meer glans? Draag hem met de Orbit-ring."},
	"da":    {"Vi foreslår at kombinere det med Orbit-creolerne.", "Det kan forsigtigt tilpasses dit håndled.", "Vil du have mere glans? Bær det med Orbit-ringen."},
	"nb":    {"Vi foreslår å kombinere det med Orbit-øreringene.", "Det kan forsiktig tilpasses håndleddet ditt.", "Vil du ha mer glans? Bruk det med Orbit-ringen."},
	"sv":    {"Vi föreslår att kombinera det med Orbit-örhängena.", "Det kan försiktigt anpassas efter din handled.", "Vill du ha mer glans? Bär det med Orbit-ringen."},
	"fi":    {"Suosittelemme yhdistämään sen Orbit-korvarenkaisiin.", "Sitä voi muokata varovasti ranteesi mukaan.", "Haluatko lisää kimallusta? Käytä sitä Orbit-sormuksen kanssa."},
	"pl":    {"Proponujemy połączyć ją z kolczykami Orbit.", "Można ją delikatnie dopasować do nadgarstka.", "Chcesz więcej blasku? Noś ją z pierścionkiem Orbit."},
	"cs":    {"Doporučujeme jej kombinovat s náušnicemi Orbit.", "Lze jej jemně přizpůsobit vašemu zápěstí.", "Chcete více lesku? Noste jej s prstenem Orbit."},
	"tr":    {"Orbit küpelerle kombinlemenizi öneririz.", "Bileğinize göre hafifçe ayarlanabilir.", "Daha fazla ışıltı ister misiniz? Orbit yüzükle takın."},
	"el":    {"Προτείνουμε να το συνδυάσετε με τους κρίκους Orbit.", "Προσαρμόζεται απαλά σε κάθε καρπό.", "Θέλετε περισσότερη λάμψη; Φορέστε το με το δαχτυλίδι Orbit."},
	"ar":    {"نقترح تنسيقه مع أقراط Orbit.", "يتكيف بلطف مع أي معصم.", "هل تريدين المزيد من اللمعان؟ ارتديه مع خاتم Orbit."},
	"ja":    {"Orbitフープとの重ね付けもおすすめです。", "手首に合わせてやさしく調整できます。", "もっと華やかにしたいときはOrbitリングと合わせて。"},
	"ko":    {"Orbit 후프와 함께 매치해 보세요.", "손목에 맞게 부드럽게 조절할 수 있습니다.", "더 화려한 스타일을 원한다면 Orbit 반지와 함께 착용하세요."},
	"zh":    {"推荐搭配Orbit耳圈佩戴。", "可根据手腕轻轻调整。", "想要更闪耀？搭配Orbit戒指佩戴。"},
	"zh-TW": {"推薦搭配Orbit耳圈佩戴。", "可依手腕輕輕調整。", "想要更閃耀？搭配Orbit戒指佩戴。"},
}

// TestKindsAssistantParaphrase9 (#13, injection_echo): an assistant's
// lead-in before the copy and its sign-off after it, in wordings the
// earlier tables did not hold (proposing the following text, adapting it
// to "your brand", a shorter version offered as a question, an offer to
// adapt it for social media), block as injection in all 25 locales; copy
// proposing a pairing, adjusting the piece or offering more shine passes.
func TestKindsAssistantParaphrase9(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var bad, ok []lt
	for _, loc := range everyLocale9 {
		key, host, sep := lang9Host(loc)
		for _, s := range lang9Leads[key][0] {
			bad = append(bad, lt{loc, s + "\n\n" + host})
		}
		for _, s := range lang9Leads[key][1] {
			bad = append(bad, lt{loc, host + "\n\n" + s})
		}
		for _, s := range lang9LeadsOK[key] {
			ok = append(ok, lt{loc, host + sep + s})
		}
	}
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"assistant lead-in or sign-off in other words", plainCuff, CatInjection, bad},
		{"copy sharing their words", plainCuff, "", ok},
	})
}

// lang9Host is a locale's key in the lang9 tables (its language; zh-TW
// apart from zh), its host sentence (lang6ByLang's, the locale's own where
// it has one) and what joins a sentence to it (none in Chinese and
// Japanese).
func lang9Host(loc string) (key, host, sep string) {
	lang := langOf(loc)
	key, host, sep = lang, lang6ByLang[lang].host, " "
	if loc == "zh-TW" {
		key = "zh-TW"
	}
	if x, found := lang6ByLang[loc]; found {
		host = x.host
	}
	if lang == "zh" || lang == "ja" {
		sep = ""
	}
	return key, host, sep
}

// lang9HostRows is every locale's sentences of table after its host
// sentence (lang9Host).
func lang9HostRows(table map[string][]string) []lt {
	var rows []lt
	for _, loc := range everyLocale9 {
		key, host, sep := lang9Host(loc)
		for _, s := range table[key] {
			rows = append(rows, lt{loc, host + sep + s})
		}
	}
	return rows
}
