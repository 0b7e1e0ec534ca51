package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// offerChange12Texts are one language's assistant sign-offs that offer to
// change the text (#13, twelfth session, injection_echo): another tone,
// shorter or longer, more formal or casual, another wording or version,
// the change left to the reader's word ("just say", "sag Bescheid",
// "söylemeniz yeterli", "告诉我"). Their neighbours must pass: invitations
// to the customer that are copy (ask in store for sizing, give your size
// at checkout, contact customer service for engraving), a warmer tone of
// the metal chosen, and the brand shortening a chain on request.
type offerChange12Texts struct {
	offer []string
	copy  []string
}

var offerChange12ByLang = map[string]offerChange12Texts{
	"en": {[]string{"If you'd like a different tone, just say.", "Just say if you'd like it shorter.", "Let me know if you want it more playful or more formal.", "Happy to rework the wording if it doesn't feel right.", "Should you prefer a punchier version, just ask."},
		[]string{"Ask in store for sizing.", "Tell us your size at checkout.", "Contact our customer service for engraving.", "If you prefer a warmer tone, ask about the other finishes of the collection.", "Just tell us if you'd like the chain shorter: our workshop adjusts it to measure."}},
	"fr": {[]string{"Si vous souhaitez un autre ton, il suffit de me le dire.", "Dites-moi si vous le voulez plus court.", "Je peux aussi le rendre plus formel si besoin.", "N'hésitez pas à me demander une autre formulation.", "Dis-moi si tu préfères un style plus décontracté."},
		[]string{"Demandez conseil en boutique pour votre taille.", "Indiquez votre taille lors de la commande.", "Contactez notre service client pour la gravure.", "Si vous préférez un ton plus chaud, demandez nos autres finitions.", "Dites-nous si vous voulez la chaîne plus courte : notre atelier l'ajuste sur mesure."}},
	"de": {[]string{"Sag Bescheid, wenn du es anders formuliert haben willst.", "Wenn Sie einen anderen Ton wünschen, sagen Sie einfach Bescheid.", "Gib mir Bescheid, falls der Text kürzer sein soll.", "Ich formuliere es gern lockerer oder förmlicher.", "Sag einfach, wenn du es anders willst."},
		[]string{"Frag im Laden nach deiner Größe.", "Gib deine Größe einfach beim Bestellen an.", "Für eine Gravur wende dich an unseren Kundenservice.", "Wenn du einen wärmeren Ton magst, frag nach unseren anderen Oberflächen.", "Sag uns Bescheid, wenn die Kette kürzer sein soll: Unsere Werkstatt passt sie an."}},
	"it": {[]string{"Se preferisci un altro tono, basta dirmelo.", "Fammi sapere se lo vuoi più corto.", "Posso anche renderlo più formale, se serve.", "Dimmi pure se vuoi una versione diversa.", "Se vuoi uno stile più informale, dimmelo."},
		[]string{"Chiedi in negozio per la misura.", "Indica la tua misura al momento dell'ordine.", "Contatta il nostro servizio clienti per l'incisione.", "Se preferisci un tono più caldo, chiedi delle altre finiture.", "Facci sapere se vuoi la catena più corta: il nostro laboratorio la adatta su misura."}},
	"es": {[]string{"Si quieres otro tono, solo dímelo.", "Avísame si lo prefieres más corto.", "Puedo hacerlo más formal si lo necesitas.", "Dime si quieres una versión diferente.", "Si prefieres otra redacción, solo tienes que decírmelo."},
		[]string{"Pregunta en tienda por tu talla.", "Indica tu talla al finalizar la compra.", "Contacta con nuestro servicio de atención al cliente para el grabado.", "Si prefieres un tono más cálido, pregunta por nuestros otros acabados.", "Avísanos si quieres la cadena más corta: nuestro taller la ajusta a medida."}},
	"pt": {[]string{"Se quiser outro tom, é só dizer.", "Diga-me se o prefere mais curto.", "Posso torná-lo mais formal, se precisar.", "Avise-me se quiser uma versão diferente.", "Se preferir outra redação, é só me dizer."},
		[]string{"Pergunte na loja pelo seu tamanho.", "Indique o seu tamanho ao finalizar a compra.", "Fale com o nosso atendimento ao cliente para a gravação.", "Se preferir um tom mais quente, pergunte pelos nossos outros acabamentos.", "Avise-nos se quiser a corrente mais curta: a nossa oficina ajusta-a à medida."}},
	"nl": {[]string{"Laat het me weten als je een andere toon wilt.", "Zeg het maar als het korter moet.", "Ik kan het ook formeler maken als je wilt.", "Wil je een andere versie, zeg het gerust.", "Laat maar weten als je het anders geformuleerd wilt hebben."},
		[]string{"Vraag in de winkel naar je maat.", "Geef je maat op bij het afrekenen.", "Neem contact op met onze klantenservice voor een gravure.", "Houd je van een warmere toon, vraag dan naar onze andere afwerkingen.", "Laat het ons weten als de ketting korter moet: ons atelier past hem aan."}},
	"da": {[]string{"Sig bare til, hvis du vil have en anden tone.", "Giv mig besked, hvis teksten skal være kortere.", "Jeg kan også gøre den mere formel.", "Skriv endelig, hvis du ønsker en anden formulering.", "Sig til, hvis du vil have den omskrevet."},
		[]string{"Spørg i butikken om din størrelse.", "Angiv din størrelse ved kassen.", "Kontakt vores kundeservice om gravering.", "Foretrækker du en varmere tone, så spørg efter vores andre overflader.", "Sig til, hvis kæden skal være kortere: vores værksted tilpasser den."}},
	"nb": {[]string{"Si ifra hvis du vil ha en annen tone.", "Gi meg beskjed hvis teksten skal være kortere.", "Jeg kan også gjøre den mer formell.", "Si fra om du ønsker en annen formulering.", "Bare si ifra hvis du vil ha den omskrevet."},
		[]string{"Spør i butikken om størrelse.", "Oppgi størrelsen din i kassen.", "Kontakt kundeservice for gravering.", "Liker du en varmere tone, spør etter de andre overflatene våre.", "Si ifra hvis kjedet skal være kortere: verkstedet vårt tilpasser det."}},
	"sv": {[]string{"Säg till om du vill ha en annan ton.", "Meddela mig om texten ska vara kortare.", "Jag kan också göra den mer formell.", "Säg bara till om du vill ha en annan formulering.", "Hör av dig om du vill att jag skriver om den."},
		[]string{"Fråga i butiken om storlek.", "Ange din storlek i kassan.", "Kontakta vår kundtjänst för gravyr.", "Föredrar du en varmare ton, fråga efter våra andra ytor.", "Säg till om kedjan ska vara kortare: vår verkstad anpassar den."}},
	"fi": {[]string{"Jos haluat toisenlaisen sävyn, kerro vain.", "Kerro minulle, jos haluat tekstistä lyhyemmän.", "Voin myös muotoilla tekstin virallisemmaksi.", "Sano vain, jos haluat toisen version.", "Kerro, jos haluat, että kirjoitan sen uudelleen."},
		[]string{"Kysy koostasi myymälästä.", "Kerro kokosi kassalla.", "Ota yhteyttä asiakaspalveluumme kaiverrusta varten.", "Jos pidät lämpimämmästä sävystä, kysy muista pintakäsittelyistämme.", "Kerro meille, jos haluat ketjun lyhyemmäksi: pajamme sovittaa sen mittaan."}},
	"pl": {[]string{"Jeśli wolisz inny ton, po prostu daj znać.", "Daj mi znać, jeśli tekst ma być krótszy.", "Mogę też napisać to bardziej formalnie.", "Powiedz, jeśli chcesz inną wersję.", "Daj znać, jeśli mam to przeredagować."},
		[]string{"Zapytaj o rozmiar w salonie.", "Podaj swój rozmiar przy składaniu zamówienia.", "Skontaktuj się z naszym działem obsługi klienta w sprawie grawerunku.", "Jeśli wolisz cieplejszy odcień, zapytaj o nasze inne wykończenia.", "Daj nam znać, jeśli łańcuszek ma być krótszy: nasza pracownia go dopasuje."}},
	"cs": {[]string{"Pokud chcete jiný tón, stačí říct.", "Dejte mi vědět, jestli má být text kratší.", "Můžu ho také přepsat formálněji.", "Řekněte, pokud chcete jinou verzi.", "Stačí napsat, pokud to chcete přeformulovat."},
		[]string{"Na velikost se zeptejte v prodejně.", "Velikost uveďte při objednávce.", "Kvůli gravírování kontaktujte náš zákaznický servis.", "Pokud máte rádi teplejší odstín, zeptejte se na naše další povrchové úpravy.", "Dejte nám vědět, pokud má být řetízek kratší: naše dílna ho upraví."}},
	"tr": {[]string{"Farklı bir üslup tercih ederseniz söylemeniz yeterli.", "Metnin daha kısa olmasını isterseniz bana söyleyin.", "Metni daha resmi bir dille de yazabilirim.", "Başka bir versiyon isterseniz haber vermeniz yeterli.", "Daha samimi bir ton istersen söylemen yeterli."},
		[]string{"Beden için mağazamıza danışın.", "Ölçünüzü ödeme adımında belirtin.", "Gravür için müşteri hizmetlerimizle iletişime geçin.", "Daha sıcak bir ton isterseniz diğer yüzey seçeneklerimizi sorun.", "Zincirin daha kısa olmasını isterseniz bize söylemeniz yeterli: atölyemiz ayarlar."}},
	"el": {[]string{"Αν θέλετε άλλο ύφος, απλώς πείτε μου.", "Πείτε μου αν θέλετε το κείμενο πιο σύντομο.", "Μπορώ επίσης να το κάνω πιο επίσημο.", "Ενημερώστε με αν θέλετε διαφορετική εκδοχή.", "Αν προτιμάτε άλλον τόνο, πείτε μου."},
		[]string{"Ρωτήστε στο κατάστημα για το μέγεθος.", "Δηλώστε το μέγεθός σας κατά την ολοκλήρωση της παραγγελίας.", "Επικοινωνήστε με την εξυπηρέτηση πελατών μας για χάραξη.", "Αν προτιμάτε πιο ζεστό τόνο, ρωτήστε για τα άλλα φινιρίσματά μας.", "Πείτε μας αν θέλετε την αλυσίδα πιο κοντή: το εργαστήριό μας θα την προσαρμόσει."}},
	"ar": {[]string{"إذا أردت أسلوبًا مختلفًا، فقط أخبرني.", "أخبرني إن كنت تريد النص أقصر.", "يمكنني أيضًا جعله أكثر رسمية.", "قل لي إذا كنت تفضل نبرة أخرى.", "إن أردت صياغة مختلفة فأخبرني."},
		[]string{"اسأل في المتجر عن المقاس.", "أدخل مقاسك عند إتمام الطلب.", "تواصل مع خدمة العملاء لدينا للنقش.", "إذا كنت تفضل لونًا أدفأ، اسأل عن التشطيبات الأخرى لدينا.", "أخبرنا إذا أردت السلسلة أقصر: ورشتنا تعدلها حسب المقاس."}},
	"ja": {[]string{"文章のトーンを変えたい場合はお知らせください。", "もう少し短い文章がよろしければ、おっしゃってください。", "別の言い回しもご提案できます。", "よりカジュアルな文体にも書き直せます。"},
		[]string{"サイズについては店頭でお尋ねください。", "ご注文時にサイズをお知らせください。", "刻印についてはカスタマーサービスまでお問い合わせください。", "温かみのある色合いがお好みなら、ほかの仕上げもお尋ねください。", "チェーンを短くしたい場合はお知らせください。工房で調整いたします。"}},
	"ko": {[]string{"다른 문체를 원하시면 말씀만 해 주세요.", "문구를 더 짧게 원하시면 알려 주세요.", "좀 더 격식 있는 문체로 바꿔 드릴 수 있어요.", "다른 버전이 필요하시면 말씀해 주세요."},
		[]string{"사이즈는 매장에 문의해 주세요.", "결제 시 사이즈를 알려 주세요.", "각인은 고객센터로 문의해 주세요.", "따뜻한 색감을 원하시면 다른 마감도 문의해 주세요.", "체인을 더 짧게 원하시면 알려 주세요. 공방에서 맞춰 드립니다."}},
	"zh-CN": {[]string{"需要其他语气请告诉我。", "如果想要更简短的版本，随时告诉我。", "我也可以把文案改得更正式一些。", "想换一种风格的话，跟我说一声就好。"},
		[]string{"尺寸请到门店咨询。", "结账时请填写您的尺寸。", "如需刻字，请联系我们的客服。", "如果您喜欢更暖的色调，欢迎咨询其他表面处理。", "如需缩短链条，请告诉我们，工坊可为您调整。"}},
	"zh-TW": {[]string{"需要其他語氣請告訴我。", "如果想要更簡短的版本，隨時告訴我。", "我也可以把文案改得更正式一些。", "想換一種風格的話，跟我說一聲就好。"},
		[]string{"尺寸請到門市詢問。", "結帳時請填寫您的尺寸。", "如需刻字，請聯絡我們的客服。", "如果您喜歡更暖的色調，歡迎詢問其他表面處理。", "如需縮短鍊條，請告訴我們，工坊可為您調整。"}},
}

// TestKindsOfferChange12 (#13, twelfth session: a released12b tr-TR
// sign-off offering another tone passed): an assistant's offer to change
// the text's tone, length, register or wording blocks as injection in
// every supported locale; invitations to the customer that are copy, the
// metal's warmer tone and a chain shortened on request pass.
func TestKindsOfferChange12(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var offer, copy []lt
	perLocale(t, offerChange12ByLang, "offerChange12", func(loc string, x offerChange12Texts, in func([]string) []lt) {
		offer = append(offer, in(x.offer)...)
		copy = append(copy, in(x.copy)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"copy", plainCuff, "", copy},
		{"offer to change the text", plainCuff, CatInjection, offer},
	})
}
