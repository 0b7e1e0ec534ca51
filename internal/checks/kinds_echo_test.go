package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// echoTexts are one language's assistant text around the copy, by what it
// does: role, the writer describing itself ("As an experienced copywriter
// for the brand, I wrote..."); instructions, the prompt's instructions
// referred to ("I followed all the instructions above"); signOff, the
// assistant's closing offer ("I hope you like it. Let me know if...").
// Each must block as injection. ok are sentences of real copy that share
// their words ("care instructions", "as a gift") and must not block.
type echoTexts struct{ role, instructions, signOff, ok []string }

var echoByLang = map[string]echoTexts{
	"en": {[]string{"As an experienced copywriter for the brand, I wrote this text."}, []string{"I followed all of the instructions above."},
		[]string{"I hope you like it. Let me know if you would like any changes."}, []string{"Care instructions are included in the gift box.", "As a gift, it arrives in a pouch."}},
	"fr": {[]string{"En tant que rédacteur expérimenté pour la marque, j'ai rédigé ce texte."}, []string{"J'ai suivi toutes les instructions ci-dessus."},
		[]string{"J'espère que cela vous plaira. Dites-moi si vous souhaitez des modifications."}, []string{"Les instructions d'entretien sont fournies dans l'écrin.", "En cadeau, il arrive dans une pochette."}},
	"de": {[]string{"Als erfahrener Texter für die Marke habe ich diesen Text geschrieben."}, []string{"Ich habe alle obigen Anweisungen befolgt."},
		[]string{"Ich hoffe, er gefällt Ihnen. Sagen Sie mir Bescheid, wenn Sie Änderungen wünschen."}, []string{"Pflegehinweise und Anweisungen liegen der Schachtel bei.", "Als Geschenk kommt er in einem Beutel."}},
	"it": {[]string{"Come copywriter esperto del marchio, ho scritto questo testo."}, []string{"Ho seguito tutte le istruzioni qui sopra."},
		[]string{"Spero che Le piaccia. Mi faccia sapere se desidera modifiche."}, []string{"Le istruzioni per la cura sono incluse nella confezione.", "Come regalo, arriva in un sacchetto."}},
	"es": {[]string{"Como redactor experto de la marca, he escrito este texto."}, []string{"He seguido todas las instrucciones anteriores."},
		[]string{"Espero que le guste. Dígame si desea algún cambio."}, []string{"Las instrucciones de cuidado vienen en la caja.", "Como regalo, llega en una bolsita."}},
	"pt": {[]string{"Como redator experiente da marca, escrevi este texto."}, []string{"Segui todas as instruções acima."},
		[]string{"Espero que goste. Diga-me se quiser alguma alteração."}, []string{"As instruções de cuidado acompanham a caixa.", "Como presente, chega numa bolsinha."}},
	"nl": {[]string{"Als ervaren copywriter voor het merk heb ik deze tekst geschreven."}, []string{"Ik heb alle bovenstaande instructies gevolgd."},
		[]string{"Ik hoop dat je hem mooi vindt. Laat me weten of je wijzigingen wilt."}, []string{"De onderhoudsinstructies zitten in het doosje.", "Als cadeau komt hij in een zakje."}},
	"da": {[]string{"Som erfaren tekstforfatter for brandet har jeg skrevet denne tekst."}, []string{"Jeg har fulgt alle instruktionerne ovenfor."},
		[]string{"Jeg håber, du kan lide den. Sig til, hvis du ønsker ændringer."}, []string{"Plejeinstruktioner følger med i æsken.", "Som gave kommer den i en pose."}},
	"sv": {[]string{"Som erfaren copywriter för varumärket har jag skrivit den här texten."}, []string{"Jag har följt alla instruktioner ovan."},
		[]string{"Jag hoppas att du gillar den. Säg till om du vill ha ändringar."}, []string{"Skötselinstruktioner finns i asken.", "Som present kommer den i en påse."}},
	"nb": {[]string{"Som erfaren tekstforfatter for merket har jeg skrevet denne teksten."}, []string{"Jeg har fulgt alle instruksjonene ovenfor."},
		[]string{"Jeg håper du liker den. Si fra hvis du ønsker endringer."}, []string{"Vedlikeholdsinstruksjoner følger med i esken.", "Som gave kommer den i en pose."}},
	"fi": {[]string{"Kokeneena copywriterina kirjoitin tämän tekstin brändille."}, []string{"Noudatin kaikkia yllä olevia ohjeita."},
		[]string{"Toivottavasti pidät siitä. Kerro, jos haluat muutoksia."}, []string{"Hoito-ohjeet löytyvät rasiasta.", "Lahjaksi se saapuu pussissa."}},
	"pl": {[]string{"Jako doświadczony copywriter marki napisałem ten tekst."}, []string{"Postępowałem zgodnie ze wszystkimi powyższymi instrukcjami."},
		[]string{"Mam nadzieję, że się spodoba. Daj znać, jeśli chcesz zmian."}, []string{"Instrukcja pielęgnacji znajduje się w pudełku.", "Jako prezent przychodzi w woreczku."}},
	"cs": {[]string{"Jako zkušený copywriter značky jsem napsal tento text."}, []string{"Dodržel jsem všechny výše uvedené pokyny."},
		[]string{"Doufám, že se vám bude líbit. Dejte mi vědět, pokud chcete změny."}, []string{"Pokyny k péči najdete v krabičce.", "Jako dárek přijde v sáčku."}},
	"tr": {[]string{"Markanın deneyimli metin yazarı olarak bu metni yazdım."}, []string{"Yukarıdaki tüm talimatlara uydum."},
		[]string{"Umarım beğenirsiniz. Değişiklik isterseniz bana haber verin."}, []string{"Bakım talimatları kutunun içindedir.", "Hediye olarak bir kese içinde gelir."}},
	"el": {[]string{"Ως έμπειρος κειμενογράφος της μάρκας, έγραψα αυτό το κείμενο."}, []string{"Ακολούθησα όλες τις παραπάνω οδηγίες."},
		[]string{"Ελπίζω να σας αρέσει. Πείτε μου αν θέλετε αλλαγές."}, []string{"Οι οδηγίες φροντίδας βρίσκονται στο κουτί.", "Ως δώρο, έρχεται σε πουγκί."}},
	"ar": {[]string{"بصفتي كاتب محتوى خبيراً للعلامة، كتبت هذا النص."}, []string{"اتبعت جميع التعليمات أعلاه."},
		[]string{"آمل أن ينال إعجابك. أخبرني إذا كنت تريد أي تعديلات."}, []string{"تأتي تعليمات العناية داخل العلبة.", "كهدية، يصل في كيس صغير.", "صُفّت الحلقات جنباً إلى جنب ليتلألأ السوار."}},
	"ja": {[]string{"ブランドの経験豊富なコピーライターとして、この文章を書きました。"}, []string{"上記の指示にすべて従いました。"},
		[]string{"気に入っていただけると嬉しいです。修正が必要であればお知らせください。"}, []string{"お手入れの説明書は箱に入っています。", "ギフトとして、ポーチに入れてお届けします。"}},
	"ko": {[]string{"브랜드의 숙련된 카피라이터로서 이 글을 작성했습니다."}, []string{"위의 지침을 모두 따랐습니다."},
		[]string{"마음에 드시길 바랍니다. 수정이 필요하면 말씀해 주세요."}, []string{"관리 안내서는 상자 안에 들어 있습니다.", "선물용으로 파우치에 담아 보내드립니다."}},
	"zh-CN": {[]string{"作为品牌的资深文案撰稿人，我写了这段文字。"}, []string{"我已遵循上述所有指示。"},
		[]string{"希望您喜欢。如需修改，请告诉我。"}, []string{"保养说明附在盒中。", "作为礼物，它装在小袋中寄出。"}},
	"zh-TW": {[]string{"作為品牌的資深文案撰稿人，我寫了這段文字。"}, []string{"我已遵循上述所有指示。"},
		[]string{"希望您喜歡。如需修改，請告訴我。"}, []string{"保養說明附在盒中。", "作為禮物，它裝在小袋中寄出。"}},
}

// TestKindsEchoEveryLocale: the assistant's role line, its reference to
// the instructions and its sign-off block as injection in every supported
// locale; copy that shares their words does not block.
func TestKindsEchoEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, echoByLang, "echo", func(loc string, et echoTexts, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"assistant role " + loc, plainCuff, CatInjection, in(et.role)},
			kindTable{"instructions referred to " + loc, plainCuff, CatInjection, in(et.instructions)},
			kindTable{"assistant sign-off " + loc, plainCuff, CatInjection, in(et.signOff)},
			kindTable{"copy sharing their words " + loc, plainCuff, "", in(et.ok)},
		)
	})
	runKinds(t, c, guide(t), tables)
}
