package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// echo7 are, per language, assistant text in wordings the concept forms
// did not hold: lead-ins before the copy (lead), sign-offs after it (sign)
// and copy that shares their words (ok).
type echo7Texts struct{ lead, sign, ok []string }

var echo7ByLang = map[string]echo7Texts{
	"en": {
		lead: []string{"Absolutely, here's a polished draft for you:", "Okay, I've put together the copy below.", "Here you go:", "Happy to! This is the text:", "Great choice. Here is my suggestion:"},
		sign: []string{"Want me to make it punchier?", "I can tweak the tone if needed.", "Shall I translate it into French as well?", "Tell me if you'd prefer it shorter.", "I hope you like it!"},
		ok:   []string{"Here you have a piece to wear every day.", "Tell her how you feel with a cuff she can wear every day.", "Want a gift that lasts? This is it.", "Here's a styling suggestion: wear it with a crisp white shirt."},
	},
	"fr": {
		lead: []string{"Avec plaisir, voici ma proposition :", "D'accord, j'ai rédigé le texte ci-dessous.", "Et voilà :", "Voici le texte demandé :", "Très bon choix. Voici ma suggestion :"},
		sign: []string{"Voulez-vous que je le rende plus percutant ?", "Je peux ajuster le ton si besoin.", "Souhaitez-vous une traduction en anglais ?", "Dites-moi si vous le préférez plus court.", "J'espère qu'il vous plaira !"},
		ok:   []string{"Voici un bijou à porter tous les jours.", "Dites-lui ce que vous ressentez avec un jonc à porter chaque jour.", "Vous cherchez un cadeau qui dure ? Le voici.", "Voici une suggestion de style : portez-le avec une chemise blanche.", "Souhaitez-vous raccourcir le jonc ? Nous pouvons l'ajuster."},
	},
	"de": {
		lead: []string{"Sehr gerne, hier ist mein Vorschlag:", "Okay, ich habe den Text unten verfasst.", "Bitte schön:", "Hier der gewünschte Text:", "Gute Wahl. Hier mein Entwurf:"},
		sign: []string{"Soll ich ihn etwas knackiger formulieren?", "Ich kann den Ton bei Bedarf anpassen.", "Soll ich ihn auch ins Englische übersetzen?", "Sag Bescheid, wenn du ihn kürzer möchtest.", "Ich hoffe, er gefällt dir!"},
		ok:   []string{"Hier ist ein Schmuckstück für jeden Tag.", "Sagen Sie ihr, was Sie fühlen, mit einem Armreif für jeden Tag.", "Sie suchen ein Geschenk, das bleibt? Hier ist es.", "Hier ist unser Vorschlag: Tragen Sie ihn zu einem weißen Hemd."},
	},
	"it": {
		lead: []string{"Con piacere, ecco la mia proposta:", "Ok, ho scritto il testo qui sotto.", "Eccolo qui:", "Ecco il testo richiesto:", "Ottima scelta. Ecco il mio suggerimento:"},
		sign: []string{"Vuoi che lo renda più incisivo?", "Posso modificare il tono se serve.", "Vuoi che lo traduca anche in inglese?", "Dimmi se lo preferisci più breve.", "Spero ti piaccia!"},
		ok:   []string{"Ecco un gioiello da indossare ogni giorno.", "Dille ciò che provi con un bracciale da portare ogni giorno.", "Vuoi un regalo che duri? Eccolo.", "Ecco la nostra proposta per l'estate: portalo con una camicia bianca.", "Puoi modificare la misura: si può accorciare in negozio."},
	},
	"es": {
		lead: []string{"Con mucho gusto, aquí va mi propuesta:", "Vale, he redactado el texto a continuación.", "Aquí lo tienes:", "Este es el texto solicitado:", "Buena elección. Te dejo mi sugerencia:"},
		sign: []string{"¿Quieres que lo haga más impactante?", "Puedo ajustar el tono si lo necesitas.", "¿Te lo traduzco también al inglés?", "Dime si lo prefieres más corto.", "¡Ojalá te guste!"},
		ok:   []string{"Aquí tienes una joya para llevar cada día.", "Dile lo que sientes con un brazalete para cada día.", "¿Buscas un regalo que dure? Es este.", "Puede ajustar el tamaño con un gesto y acortarlo si lo prefiere."},
	},
	"pt": {
		lead: []string{"Com todo o prazer, aqui vai a minha proposta:", "Ok, escrevi o texto abaixo.", "Aqui está:", "Este é o texto solicitado:", "Ótima escolha. Segue a minha sugestão:"},
		sign: []string{"Quer que eu o deixe mais impactante?", "Posso ajustar o tom se for preciso.", "Quer que eu traduza também para inglês?", "Diga-me se prefere uma versão mais curta.", "Espero que goste!"},
		ok:   []string{"Aqui está uma joia para usar todos os dias.", "Diga-lhe o que sente com uma pulseira para todos os dias.", "Procura um presente que dure? É este.", "Segue uma sugestão de estilo: use com uma camisa branca.", "Pode ajustar o tamanho e encurtar se preferir."},
	},
	"nl": {
		lead: []string{"Met plezier, hier is mijn voorstel:", "Oké, ik heb de tekst hieronder geschreven.", "Alsjeblieft:", "Hier is de gevraagde tekst:", "Goede keuze. Dit is mijn suggestie:"},
		sign: []string{"Zal ik hem wat pakkender maken?", "Ik kan de toon aanpassen als dat nodig is.", "Zal ik hem ook naar het Engels vertalen?", "Laat maar weten als je een andere versie wilt.", "Ik hoop dat je hem mooi vindt!"},
		ok:   []string{"Hier is een sieraad voor elke dag.", "Laat haar weten wat je voelt met een armband voor elke dag.", "Zoek je een cadeau dat blijft? Dit is het.", "Hier is een voorstel voor styling: draag hem met een wit overhemd."},
	},
	"da": {
		lead: []string{"Med glæde, her er mit forslag:", "Okay, jeg har skrevet teksten herunder.", "Værsgo:", "Her er den ønskede tekst:", "Godt valg. Her er mit udkast:"},
		sign: []string{"Skal jeg gøre den mere fængende?", "Jeg kan justere tonen, hvis det er nødvendigt.", "Skal jeg også oversætte den til engelsk?", "Sig til, hvis du foretrækker en anden version.", "Jeg håber, du kan lide den!"},
		ok:   []string{"Her er et smykke til hver dag.", "Fortæl hende, hvad du føler, med et armbånd til hver dag.", "Leder du efter en gave, der holder? Her er den.", "Her er et forslag til styling: bær det med en hvid skjorte."},
	},
	"nb": {
		lead: []string{"Med glede, her er mitt forslag:", "Ok, jeg har skrevet teksten nedenfor.", "Vær så god:", "Her er teksten du ba om:", "Godt valg. Her er utkastet mitt:"},
		sign: []string{"Skal jeg gjøre den mer fengende?", "Jeg kan justere tonen om nødvendig.", "Skal jeg oversette den til engelsk også?", "Si fra om du vil ha en annen versjon.", "Jeg håper du liker den!"},
		ok:   []string{"Her er et smykke for hver dag.", "Fortell henne hva du føler med et armbånd for hver dag.", "Leter du etter en gave som varer? Her er den.", "Her er et forslag til styling: bruk det med en hvit skjorte.", "Si fra om du vil ha den kortere, så justerer vi den."},
	},
	"sv": {
		lead: []string{"Så gärna, här är mitt förslag:", "Okej, jag har skrivit texten nedan.", "Varsågod:", "Här är den efterfrågade texten:", "Bra val. Här är mitt utkast:"},
		sign: []string{"Ska jag göra den mer slagkraftig?", "Jag kan justera tonen vid behov.", "Ska jag översätta den till engelska också?", "Säg till om du vill ha en annan version.", "Jag hoppas att du gillar den!"},
		ok:   []string{"Här är ett smycke för varje dag.", "Berätta för henne vad du känner med ett armband för varje dag.", "Letar du efter en present som håller? Här är den.", "Här är ett förslag på styling: bär det med en vit skjorta."},
	},
	"fi": {
		lead: []string{"Mielelläni, tässä ehdotukseni:", "Selvä, kirjoitin tekstin alle.", "Olkaa hyvä:", "Tässä pyydetty teksti:", "Hyvä valinta. Tässä luonnokseni:"},
		sign: []string{"Haluatko, että teen siitä napakamman?", "Voin muokata sävyä tarvittaessa.", "Käännänkö sen myös englanniksi?", "Kerro, jos haluat toisen version.", "Toivottavasti pidät siitä!"},
		ok:   []string{"Tässä on koru jokaiseen päivään.", "Kerro hänelle tunteistasi rannerenkaalla, jota voi käyttää joka päivä.", "Etsitkö lahjaa, joka kestää? Tässä se on.", "Tässä ehdotus asukokonaisuudeksi: käytä sitä valkoisen paidan kanssa.", "Voit säätää kokoa ja lyhentää sitä tarvittaessa."},
	},
	"pl": {
		lead: []string{"Z przyjemnością, oto moja propozycja:", "Dobrze, napisałem tekst poniżej.", "Proszę bardzo:", "Oto zamówiony tekst:", "Świetny wybór. Oto mój szkic:"},
		sign: []string{"Czy mam nadać mu więcej wyrazistości?", "Mogę dostosować ton, jeśli trzeba.", "Czy przetłumaczyć go także na angielski?", "Daj znać, jeśli wolisz inną wersję.", "Mam nadzieję, że ci się spodoba!"},
		ok:   []string{"Oto biżuteria na każdy dzień.", "Powiedz jej, co czujesz, bransoletką na każdy dzień.", "Szukasz prezentu na lata? To właśnie on.", "Oto propozycja stylizacji: noś ją z białą koszulą."},
	},
	"cs": {
		lead: []string{"Rád, tady je můj návrh:", "Dobře, text jsem napsal níže.", "Prosím:", "Zde je požadovaný text:", "Skvělá volba. Tady je můj koncept:"},
		sign: []string{"Mám ho udělat úderněji?", "V případě potřeby mohu upravit tón.", "Mám ho přeložit i do angličtiny?", "Dejte vědět, pokud chcete jinou verzi.", "Doufám, že se vám bude líbit!"},
		ok:   []string{"Tady je šperk na každý den.", "Řekněte jí, co cítíte, náramkem na každý den.", "Hledáte dárek, který vydrží? Tady je.", "Tady je návrh, jak ho nosit: k bílé košili."},
	},
	"tr": {
		lead: []string{"Memnuniyetle, işte önerim:", "Tamam, metni aşağıya yazdım.", "Buyurun:", "İstenen metin aşağıdadır:", "Harika seçim. İşte taslağım:"},
		sign: []string{"Daha etkileyici hale getirmemi ister misiniz?", "Gerekirse tonu ayarlayabilirim.", "İngilizceye de çevireyim mi?", "Başka bir versiyon isterseniz haber verin.", "Umarım beğenirsiniz!"},
		ok:   []string{"İşte her gün takabileceğiniz bir takı.", "Ona hislerinizi her gün takabileceği bir bileklikle söyleyin.", "Uzun yıllar kalacak bir hediye mi arıyorsunuz? İşte o.", "İşte bir stil önerisi: beyaz bir gömlekle takın.", "Daha kısa isterseniz haber verin, boyunu ayarlayabilirsiniz."},
	},
	"el": {
		lead: []string{"Με μεγάλη χαρά, ορίστε η πρότασή μου:", "Εντάξει, έγραψα το κείμενο παρακάτω.", "Ορίστε:", "Ακολουθεί το κείμενο που ζητήσατε:", "Εξαιρετική επιλογή. Ορίστε το προσχέδιό μου:"},
		sign: []string{"Θέλετε να το κάνω πιο δυναμικό;", "Μπορώ να προσαρμόσω τον τόνο αν χρειάζεται.", "Να το μεταφράσω και στα αγγλικά;", "Πείτε μου αν το προτιμάτε πιο σύντομο.", "Ελπίζω να σας αρέσει!"},
		ok:   []string{"Ορίστε ένα κόσμημα για κάθε μέρα.", "Πείτε της τι νιώθετε με ένα βραχιόλι για κάθε μέρα.", "Ψάχνετε ένα δώρο που διαρκεί; Αυτό είναι.", "Ακολουθεί μια πρόταση για στυλ: φορέστε το με ένα λευκό πουκάμισο.", "Μπορείτε να το προσαρμόσετε ώστε να είναι πιο σύντομο."},
	},
	"ar": {
		lead: []string{"بكل سرور، هذا اقتراحي:", "حسناً، كتبت النص أدناه.", "تفضل:", "فيما يلي النص المطلوب:", "اختيار رائع. هذه مسودتي:"},
		sign: []string{"هل تريد أن أجعله أكثر جاذبية؟", "يمكنني تعديل الأسلوب إذا لزم الأمر.", "هل أترجمه إلى الإنجليزية أيضاً؟", "أخبرني إذا كنت تفضله أقصر.", "أتمنى أن ينال إعجابك!"},
		ok:   []string{"إليكِ قطعة تناسب كل يوم.", "عبّر لها عن مشاعرك بسوار ترتديه كل يوم.", "تبحث عن هدية تدوم؟ هذه هي."},
	},
	"ja": {
		lead: []string{"喜んで、こちらが私の提案です：", "承知しました。以下に文章を作成しました。", "どうぞ：", "ご依頼の文章は以下のとおりです：", "素敵なお選びですね。下書きはこちらです："},
		sign: []string{"もっとインパクトのある表現にしましょうか？", "必要であればトーンを調整できます。", "英語にも翻訳しましょうか？", "短いほうがよろしければお知らせください。", "気に入っていただけると嬉しいです！"},
		ok:   []string{"毎日身に着けたいジュエリーがここにあります。", "毎日着けられるバングルで、想いを伝えてください。", "長く愛せる贈り物をお探しですか？それがこちらです。"},
	},
	"ko": {
		lead: []string{"기꺼이요, 제 제안은 다음과 같습니다:", "네, 아래에 문구를 작성했습니다.", "여기 있습니다:", "요청하신 문구는 아래와 같습니다:", "좋은 선택입니다. 제 초안은 이렇습니다:"},
		sign: []string{"좀 더 임팩트 있게 바꿔 드릴까요?", "필요하시면 톤을 조정해 드릴 수 있어요.", "영어로도 번역해 드릴까요?", "더 짧은 버전을 원하시면 말씀해 주세요.", "마음에 드셨으면 좋겠습니다!"},
		ok:   []string{"매일 착용하기 좋은 주얼리가 여기 있습니다.", "매일 찰 수 있는 뱅글로 마음을 전해 보세요.", "오래 간직할 선물을 찾으시나요? 바로 이것입니다."},
	},
	"zh-CN": {
		lead: []string{"很乐意为您效劳，这是我的方案：", "好，我已在下方写好文案。", "请看：", "以下是您要求的文案：", "眼光真好。这是我的初稿："},
		sign: []string{"需要我写得更有冲击力一些吗？", "如有需要，我可以调整语气。", "要不要我也翻译成英文？", "如果您想要更短的，请告诉我。", "希望您喜欢！"},
		ok:   []string{"这是一件适合每天佩戴的首饰。", "用一只每天都能戴的手镯告诉她你的心意。", "在找一份能长久珍藏的礼物吗？就是它。"},
	},
	"zh-TW": {
		lead: []string{"很樂意為您效勞，這是我的方案：", "好，我已在下方寫好文案。", "請看：", "以下是您要求的文案：", "眼光真好。這是我的初稿："},
		sign: []string{"需要我寫得更有衝擊力一些嗎？", "如有需要，我可以調整語氣。", "要不要我也翻譯成英文？", "如果您想要更短的，請告訴我。", "希望您喜歡！"},
		ok:   []string{"這是一件適合每天佩戴的飾品。", "用一只每天都能戴的手環告訴她你的心意。", "在找一份能長久珍藏的禮物嗎？就是它。"},
	},
}

// TestKindsInjectionEcho7 (#13, injection_echo): an assistant lead-in
// before the copy or a sign-off after it, in wordings outside the concept
// forms, blocks as injection in every locale; copy that shares their
// words (here is, tell her, want a gift) passes.
func TestKindsInjectionEcho7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var lead, sign, ok []lt
	perLocale(t, echo7ByLang, "echo7", func(loc string, x echo7Texts, in func([]string) []lt) {
		host := lang6ByLang[langOf(loc)].host
		if y, ok := lang6ByLang[loc]; ok {
			host = y.host
		}
		for _, s := range x.lead {
			lead = append(lead, in([]string{s + "\n\n" + host, s + " " + host})...)
		}
		for _, s := range x.sign {
			sign = append(sign, in([]string{host + "\n\n" + s, host + " " + s})...)
		}
		for _, s := range x.ok {
			ok = append(ok, in([]string{s + " " + host, host + " " + s})...)
		}
	})
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"assistant lead-in", plainCuff, CatInjection, lead},
		{"assistant sign-off", plainCuff, CatInjection, sign},
		{"copy with their words", plainCuff, "", ok},
	})
}
