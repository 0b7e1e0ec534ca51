package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// misread36Pendant is a sterling silver pendant with one purple amethyst.
func misread36Pendant() core.Product {
	return core.Product{SKU: "M36P", Name: "Luna Pendant", Category: "pendant", Collection: "Signature",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: "natural"}}, Colours: []string{"silver", "purple"}}
}

// TestKindsMisread36 (#13, misread36): function words read as signals. An
// assent word that opens a sentence ("Of course", "Certainly", "Claro",
// "Por supuesto", "Bien sûr", "Certainement", "Certo", "Certamente",
// "Gerne") blocked injection.assistant wherever it stood, so narrative copy
// ("Claro que sí, brilla…", "Of course, the pendant also…", "Bien sûr,
// elle s'accorde…") blocked in en, fr, es, it and de. It is a reply only
// alone as the text's first sentence or before a presentative across a
// comma, dash or sentence end ("Claro, aquí tienes la descripción",
// "Natürlich, hier ist", "Elbette, işte", "当然，以下是"): checkAssentReply.
// Rows marked "blocked before" are passing twins that blocked on main;
// "passed before" are reply openers main missed. Every locale has both.
// The negation side: negativeWord read Czech ne-, Turkish -mA-, Korean 없
// and Chinese 不/无 into words that only carry those letters (nebo,
// neutrální, kaplamadan, 없애다, 不过), so a form holding one was compiled as
// negating itself and "Není to klimaticky neutrální výrobek" blocked;
// negativeAffixes' others list them.
func TestKindsMisread36(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := misread36Pendant()
	pass := []kindRow{
		{"en-GB", "The Luna pendant is sterling silver with a purple amethyst. Of course, the pendant also sits beautifully on a longer chain.", p, false}, // blocked before
		{"en-US", "The Luna pendant is sterling silver with a purple amethyst. Certainly a piece to wear every day, it suits any neckline.", p, false},     // blocked before
		{"en-AU", "The Luna pendant is sterling silver with a purple amethyst. Sure enough, it catches the light with every step.", p, false},
		{"en-GB", "Of course, the Luna pendant also sits beautifully on a longer chain: sterling silver with a purple amethyst.", p, false}, // blocked before
		{"de-DE", "Der Anhänger Luna aus 925er Silber trägt einen violetten Amethyst. Natürlich passt er auch zu längeren Ketten.", p, false},
		{"de-DE", "Der Anhänger Luna aus 925er Silber trägt einen violetten Amethyst. Gerne trägt man ihn auch zum Abendkleid.", p, false}, // blocked before
		{"de-DE", "Natürlich passt der Anhänger Luna aus 925er Silber mit violettem Amethyst zu jedem Ausschnitt.", p, false},
		{"de-DE", "Klar, der Anhänger Luna aus 925er Silber mit violettem Amethyst passt zu jedem Outfit.", p, false},
		{"fr-FR", "Le pendentif Luna en argent 925 porte une améthyste violette. Bien sûr, elle s'accorde aussi avec une chaîne plus longue.", p, false},     // blocked before
		{"fr-CA", "Le pendentif Luna en argent 925 porte une améthyste violette. Certainement l'une de nos pièces les plus portées au quotidien.", p, false}, // blocked before
		{"fr-FR", "Bien sûr, le pendentif Luna en argent 925 à l'améthyste violette se porte aussi sur une chaîne plus longue.", p, false},                   // blocked before
		{"es-ES", "El colgante Luna es de plata de ley con una amatista morada. Claro que sí, brilla con cada movimiento.", p, false},                        // blocked before
		{"es-MX", "El colgante Luna es de plata de ley con una amatista morada. Claro, combina con cadenas más largas.", p, false},                           // blocked before
		{"es-ES", "El colgante Luna es de plata de ley con una amatista morada. Por supuesto, también luce con escotes altos.", p, false},                    // blocked before
		{"es-ES", "Claro que el colgante Luna de plata de ley con amatista morada también luce con cadenas largas.", p, false},                               // blocked before
		{"es-MX", "Claro y luminoso, el colgante Luna de plata de ley lleva una amatista morada.", p, false},                                                 // blocked before
		{"it-IT", "Il ciondolo Luna in argento 925 ha un'ametista viola. Certo, è perfetto anche su una catena più lunga.", p, false},                        // blocked before
		{"it-IT", "Il ciondolo Luna in argento 925 ha un'ametista viola. Naturalmente si abbina anche a catene più lunghe.", p, false},
		{"it-IT", "Il ciondolo Luna in argento 925 ha un'ametista viola. Certamente uno dei pezzi più amati.", p, false}, // blocked before
		{"pt-PT", "O pendente Luna é de prata 925 com uma ametista roxa. Claro que também fica bem numa corrente mais comprida.", p, false},
		{"pt-BR", "O pingente Luna é de prata 925 com uma ametista roxa. Com certeza, combina com correntes mais longas.", p, false},
		{"pt-BR", "O pingente Luna é de prata 925 com uma ametista roxa. Perfeito para o dia a dia, brilha a cada movimento.", p, false},
		{"nl-NL", "De hanger Luna is van sterling zilver met een paarse amethist. Natuurlijk past hij ook aan een langere ketting.", p, false},
		{"nl-NL", "De hanger Luna is van sterling zilver met een paarse amethist. Uiteraard draag je hem ook bij een avondjurk.", p, false},
		{"sv-SE", "Hänget Luna är i sterlingsilver med en lila ametist. Självklart passar det också på en längre kedja.", p, false},
		{"sv-SE", "Hänget Luna är i sterlingsilver med en lila ametist. Visst glittrar den i varje rörelse.", p, false},
		{"da-DK", "Vedhænget Luna er i sterlingsølv med en lilla ametyst. Selvfølgelig passer det også til en længere kæde.", p, false},
		{"da-DK", "Vedhænget Luna er i sterlingsølv med en lilla ametyst. Klart, det er et smykke til hverdag.", p, false},
		{"nb-NO", "Anhenget Luna er i sterlingsølv med en lilla ametyst. Selvfølgelig passer det også til et lengre kjede.", p, false},
		{"nb-NO", "Anhenget Luna er i sterlingsølv med en lilla ametyst. Så klart glitrer den i hver bevegelse.", p, false},
		{"fi-FI", "Luna-riipus on sterlinghopeaa ja siinä on violetti ametisti. Tietysti se sopii myös pidempään ketjuun.", p, false},
		{"fi-FI", "Luna-riipus on sterlinghopeaa ja siinä on violetti ametisti. Toki sitä voi käyttää myös iltapuvun kanssa.", p, false},
		{"pl-PL", "Wisiorek Luna ze srebra 925 z fioletowym ametystem. Oczywiście pasuje też do dłuższego łańcuszka.", p, false},
		{"pl-PL", "Wisiorek Luna ze srebra 925 z fioletowym ametystem. Jasne, że błyszczy przy każdym ruchu.", p, false},
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem. Samozřejmě se hodí i k delšímu řetízku.", p, false},
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem. Určitě ho budete nosit každý den.", p, false},
		{"tr-TR", "Luna kolye ucu 925 ayar gümüşten, mor ametist taşlı. Tabii ki daha uzun bir zincirle de takılabilir.", p, false},
		{"tr-TR", "Luna kolye ucu 925 ayar gümüşten, mor ametist taşlı. Elbette her kıyafete uyum sağlar.", p, false},
		{"tr-TR", "Luna kolye ucu 925 ayar gümüşten, mor ametist taşlı. Kesinlikle her gün takacağınız bir parça.", p, false},
		{"el-GR", "Το μενταγιόν Luna από ασήμι 925 με μωβ αμέθυστο. Φυσικά ταιριάζει και με μακρύτερη αλυσίδα.", p, false},
		{"el-GR", "Το μενταγιόν Luna από ασήμι 925 με μωβ αμέθυστο. Σίγουρα θα το φοράτε κάθε μέρα.", p, false},
		{"ar-AE", "قلادة لونا من الفضة الإسترليني مع حجر جمشت بنفسجي. بالطبع تناسب أيضاً سلسلة أطول.", p, false},
		{"ar-AE", "قلادة لونا من الفضة الإسترليني مع حجر جمشت بنفسجي. بالتأكيد ستلبسينها كل يوم.", p, false},
		{"ja-JP", "ルナペンダントはスターリングシルバーに紫のアメジストをあしらいました。もちろん、長めのチェーンにもよく合います。", p, false},
		{"ja-JP", "もちろん毎日の装いにも。ルナペンダントはスターリングシルバーに紫のアメジストをあしらいました。", p, false},
		{"ko-KR", "루나 펜던트는 925 실버에 보라색 자수정을 세팅했습니다. 물론 더 긴 체인에도 잘 어울립니다.", p, false},
		{"ko-KR", "물론 매일 착용하기에도 좋습니다. 루나 펜던트는 925 실버에 보라색 자수정을 세팅했습니다.", p, false},
		{"zh-CN", "露娜吊坠采用925纯银，镶嵌一颗紫色紫水晶。当然，它也适合搭配更长的链条。", p, false},
		{"zh-CN", "当然，露娜吊坠也适合日常佩戴：925纯银镶嵌一颗紫色紫水晶。", p, false},
		{"zh-TW", "露娜吊墜採用925純銀，鑲嵌一顆紫色紫水晶。當然，它也適合搭配更長的鏈條。", p, false},
		{"en-US", "Can you wear it every day? Of course! The Luna pendant is sterling silver with a purple amethyst.", p, false}, // blocked before
		{"en-GB", "Absolutely stunning, the Luna pendant is sterling silver with a purple amethyst.", p, false},
		{"fi-FI", "Luna-riipus on sterlinghopeaa ja siinä on violetti ametisti. Toki tässä riipuksessa on myös 45 cm ketju.", p, false},
		{"pt-BR", "Perfeito para o dia a dia, o pingente Luna é de prata 925 com uma ametista roxa.", p, false},
		{"sv-SE", "Visst, hänget Luna i sterlingsilver med en lila ametist passar till allt.", p, false},
		{"tr-TR", "Elbette Luna kolye ucu, 925 ayar gümüş ve mor ametistle her kıyafete uyar.", p, false},
		{"el-GR", "Φυσικά, το μενταγιόν Luna από ασήμι 925 με μωβ αμέθυστο ταιριάζει με όλα.", p, false},
		{"ar-AE", "بالطبع، قلادة لونا من الفضة الإسترليني مع حجر جمشت بنفسجي تناسب كل إطلالة.", p, false},
		{"ko-KR", "물론 루나 펜던트는 925 실버에 보라색 자수정을 세팅해 매일 착용하기 좋습니다.", p, false},
		{"pl-PL", "Oczywiście wisiorek Luna ze srebra 925 z fioletowym ametystem pasuje do wszystkiego.", p, false},
		{"cs-CZ", "Samozřejmě, přívěsek Luna ze stříbra 925 s fialovým ametystem se hodí ke všemu.", p, false},
		{"nl-NL", "Natuurlijk, de hanger Luna van sterling zilver met een paarse amethist past bij alles.", p, false},
		{"da-DK", "Selvfølgelig passer vedhænget Luna i sterlingsølv med en lilla ametyst til alt.", p, false},
		{"fi-FI", "Tietysti Luna-riipus, sterlinghopeaa ja violetti ametisti, sopii kaikkeen.", p, false},
	}
	block := []kindRow{
		{"en-GB", "Sure! Here is the description: The Luna pendant is sterling silver with a purple amethyst.", p, true},
		{"en-GB", "Of course! The Luna pendant is sterling silver with a purple amethyst, on a 45 cm chain.", p, true},
		{"de-DE", "Gerne! Hier ist die Beschreibung: Der Anhänger Luna aus 925er Silber trägt einen violetten Amethyst.", p, true},
		{"fr-FR", "Bien sûr ! Voici la description : Le pendentif Luna en argent 925 porte une améthyste violette.", p, true},
		{"es-ES", "Claro, aquí tienes la descripción: El colgante Luna es de plata de ley con una amatista morada.", p, true},
		{"es-ES", "¡Claro! El colgante Luna es de plata de ley con una amatista morada en una cadena de 45 cm.", p, true},
		{"it-IT", "Certo! Ecco la descrizione: Il ciondolo Luna in argento 925 ha un'ametista viola.", p, true},
		{"pt-BR", "Claro! Aqui está a descrição: O pingente Luna é de prata 925 com uma ametista roxa.", p, true},
		{"nl-NL", "Natuurlijk! Hier is de beschrijving: De hanger Luna is van sterling zilver met een paarse amethist.", p, true},
		{"ja-JP", "もちろんです！以下が説明文です：ルナペンダントはスターリングシルバーに紫のアメジストをあしらいました。", p, true},
		{"ko-KR", "물론입니다! 루나 펜던트는 925 실버에 보라색 자수정을 세팅했습니다.", p, true},
		{"zh-CN", "当然可以！以下是产品描述：露娜吊坠采用925纯银，镶嵌一颗紫色紫水晶。", p, true},
		{"en-GB", "Certainly. The Luna pendant is sterling silver with a purple amethyst, on a 45 cm chain.", p, true},
		{"en-US", "Sure, here's the description: The Luna pendant is sterling silver with a purple amethyst.", p, true},
		{"en-AU", "Of course, here is a shorter version. The Luna pendant is sterling silver with a purple amethyst.", p, true},
		{"en-GB", "The Luna pendant is sterling silver with a purple amethyst. Of course! Here is a shorter version: a purple amethyst on silver.", p, true},
		{"de-DE", "Natürlich, hier ist die Beschreibung: Der Anhänger Luna aus 925er Silber trägt einen violetten Amethyst.", p, true},
		{"de-DE", "Gerne. Der Anhänger Luna aus 925er Silber trägt einen violetten Amethyst an einer 45 cm langen Kette.", p, true},
		{"fr-FR", "Bien sûr, voici la description : le pendentif Luna en argent 925 porte une améthyste violette.", p, true},
		{"fr-CA", "Certainement. Le pendentif Luna en argent 925 porte une améthyste violette sur une chaîne de 45 cm.", p, true},
		{"es-ES", "Claro, aquí tienes la descripción: El colgante Luna es de plata de ley con una amatista morada.", p, true},
		{"es-MX", "Por supuesto, a continuación la descripción. El colgante Luna es de plata de ley con una amatista morada.", p, true},
		{"es-ES", "Claro que sí. El colgante Luna es de plata de ley con una amatista morada en una cadena de 45 cm.", p, true},
		{"it-IT", "Certo, ecco la descrizione: il ciondolo Luna in argento 925 ha un'ametista viola.", p, true},
		{"pt-PT", "Claro, aqui está a descrição: o pendente Luna é de prata 925 com uma ametista roxa.", p, true},
		{"pt-BR", "Com certeza, segue a descrição do pingente Luna, de prata 925 com uma ametista roxa.", p, true}, // passed before
		{"nl-NL", "Natuurlijk, hier is de beschrijving: de hanger Luna is van sterling zilver met een paarse amethist.", p, true},
		{"sv-SE", "Självklart, här är beskrivningen: hänget Luna är i sterlingsilver med en lila ametist.", p, true},
		{"da-DK", "Selvfølgelig, her er teksten: vedhænget Luna er i sterlingsølv med en lilla ametyst.", p, true}, // passed before
		{"nb-NO", "Selvfølgelig, her er teksten: anhenget Luna er i sterlingsølv med en lilla ametyst.", p, true},  // passed before
		{"fi-FI", "Totta kai, tässä on kuvaus: Luna-riipus on sterlinghopeaa ja siinä on violetti ametisti.", p, true},
		{"pl-PL", "Oczywiście, oto opis: wisiorek Luna ze srebra 925 z fioletowym ametystem.", p, true},
		{"cs-CZ", "Samozřejmě, zde je popis: přívěsek Luna ze stříbra 925 s fialovým ametystem.", p, true},
		{"tr-TR", "Elbette, işte açıklama: Luna kolye ucu 925 ayar gümüşten, mor ametist taşlı.", p, true},
		{"el-GR", "Φυσικά, ορίστε η περιγραφή: το μενταγιόν Luna από ασήμι 925 με μωβ αμέθυστο.", p, true},
		{"ar-AE", "بالتأكيد، إليك الوصف: قلادة لونا من الفضة الإسترليني مع حجر جمشت بنفسجي.", p, true},
		{"ja-JP", "もちろん、以下が説明文です。ルナペンダントはスターリングシルバーに紫のアメジストをあしらいました。", p, true},
		{"ko-KR", "물론, 다음은 설명입니다. 루나 펜던트는 925 실버에 보라색 자수정을 세팅했습니다.", p, true},
		{"zh-CN", "当然，以下是产品描述。露娜吊坠采用925纯银，镶嵌一颗紫色紫水晶。", p, true},
		{"zh-TW", "當然，以下是產品描述。露娜吊墜採用925純銀，鑲嵌一顆紫色紫水晶。", p, true},
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, CatInjection, block)

	// Negation read into a word that only carries the negative affix's
	// letters: a form holding one read as negating itself, so a real
	// negation before it did not cancel the claim ("Není to klimaticky
	// neutrální výrobek" blocked claim.environmental).
	checkKindRows(t, svc, "", []kindRow{
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem. Naše výroba zatím není uhlíkově neutrální.", p, false},                 // blocked before
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem. Není to klimaticky neutrální výrobek, jen poctivé stříbro.", p, false}, // blocked before
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem, bez negativní energie.", p, false},                                     // blocked before
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem. Noste ho každý den nebo jen na večer; stříbro časem ztmavne.", p, false},
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem. Než stříbro ztmavne, vyleštěte ho hadříkem.", p, false},
		{"tr-TR", "Luna kolye ucu 925 ayar gümüşten, mor ametist taşlı. Gümüş kararmadan önce yumuşak bir bezle silin.", p, false},
		{"pl-PL", "Wisiorek Luna ze srebra 925 z fioletowym ametystem. Niezwykły fioletowy ametyst na łańcuszku 45 cm.", p, false},
		{"el-GR", "Το μενταγιόν Luna από ασήμι 925 με μωβ αμέθυστο. Για να μη μαυρίσει, φυλάξτε το σε θήκη.", p, false},
		{"zh-CN", "露娜吊坠采用925纯银，镶嵌一颗紫色紫水晶。纯银不仅闪耀，还很百搭。", p, false},
		{"en-GB", "The Luna pendant is sterling silver with a purple amethyst, without negative energy.", p, false},
	})
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem. Výroba je uhlíkově neutrální.", p, true},
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem. Ametyst chrání před negativní energií.", p, true},
		{"cs-CZ", "Přívěsek Luna ze stříbra 925 s fialovým ametystem odpuzuje negativní energii.", p, true},
		{"tr-TR", "Luna kolye ucu 925 ayar gümüşten, mor ametist taşlı. Yıllarca kararmadan parlar.", p, true},
		{"en-GB", "The Luna pendant is sterling silver with a purple amethyst that repels negative energy.", p, true},
	})
	// Presentatives that open copy: "Here it is, the pendant…" is copy; a
	// reply alone as the first sentence ("Here you go.") or before a colon.
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Here it is, the pendant that goes with everything: sterling silver with a purple amethyst.", p, false}, // blocked before
		{"en-US", "Here you go, out the door with a sterling silver pendant and its purple amethyst.", p, false},          // blocked before
		{"fr-FR", "Voici le pendentif Luna en argent 925, avec une améthyste violette qui capte la lumière.", p, false},
		{"it-IT", "Ecco il ciondolo Luna in argento 925, con un'ametista viola che cattura la luce.", p, false},
		{"tr-TR", "İşte Luna kolye ucu: 925 ayar gümüş ve mor ametist taşıyla her güne uyar.", p, false},
	})
	checkKindRows(t, svc, CatInjection, []kindRow{
		{"en-GB", "Here you go. The Luna pendant is sterling silver with a purple amethyst on a 45 cm chain.", p, true},
		{"en-US", "Here it is! The Luna pendant is sterling silver with a purple amethyst on a 45 cm chain.", p, true},
		{"en-AU", "Here you go: The Luna pendant is sterling silver with a purple amethyst on a 45 cm chain.", p, true},
	})
	// Sign-offs: the assistant hopes in the first person singular ("I hope
	// you like it", "Espero que te guste", "Spero che ti piaccia"); the
	// brand's plural is its voice ("We hope you love it as much as we
	// do", "Esperamos que te guste", "Speriamo che ti piaccia"), which the
	// stemmed "espero"/"spero" and a bare "hope you" read as the assistant.
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The Luna pendant is sterling silver with a purple amethyst. We hope you love it as much as we do.", p, false},                     // blocked before
		{"es-ES", "El colgante Luna es de plata de ley con una amatista morada. Esperamos que te guste tanto como a nosotros.", p, false},            // blocked before
		{"es-MX", "El colgante Luna es de plata de ley con una amatista morada. Ojalá te acompañe muchos años; esperamos que te encante.", p, false}, // blocked before
		{"it-IT", "Il ciondolo Luna in argento 925 ha un'ametista viola. Speriamo che ti piaccia quanto piace a noi.", p, false},                     // blocked before
		{"pt-BR", "O pingente Luna é de prata 925 com uma ametista roxa. Esperamos que você goste tanto quanto nós.", p, false},                      // blocked before
		{"pt-PT", "O pendente Luna é de prata 925 com uma ametista roxa. Esperamos que goste tanto quanto nós.", p, false},                           // blocked before
		{"de-DE", "Der Anhänger Luna aus 925er Silber trägt einen violetten Amethyst. Wir hoffen, er gefällt Ihnen so gut wie uns.", p, false},
		{"fr-FR", "Le pendentif Luna en argent 925 porte une améthyste violette. Nous espérons qu'il vous plaira autant qu'à nous.", p, false},
		{"pl-PL", "Wisiorek Luna ze srebra 925 z fioletowym ametystem. Mamy nadzieję, że pokochasz go tak jak my.", p, false},
		{"tr-TR", "Luna kolye ucu 925 ayar gümüşten, mor ametist taşlı. Umarız onu bizim kadar seversiniz.", p, false},
		{"zh-CN", "露娜吊坠采用925纯银，镶嵌一颗紫色紫水晶。希望你和我们一样喜欢它。", p, false},
	})
	checkKindRows(t, svc, CatInjection, []kindRow{
		{"en-GB", "The Luna pendant is sterling silver with a purple amethyst. I hope you like it!", p, true},
		{"en-US", "The Luna pendant is sterling silver with a purple amethyst. Hope you like it.", p, true},
		{"es-ES", "El colgante Luna es de plata de ley con una amatista morada. Espero que te guste.", p, true},
		{"es-MX", "El colgante Luna es de plata de ley con una amatista morada. Espero que le sirva esta descripción.", p, true},
		{"it-IT", "Il ciondolo Luna in argento 925 ha un'ametista viola. Spero che ti piaccia!", p, true},
		{"pt-BR", "O pingente Luna é de prata 925 com uma ametista roxa. Espero que goste!", p, true},
		{"pt-PT", "O pendente Luna é de prata 925 com uma ametista roxa. Espero que isto ajude.", p, true},
		{"de-DE", "Der Anhänger Luna aus 925er Silber trägt einen violetten Amethyst. Ich hoffe, er gefällt Ihnen!", p, true},
	})
	for _, c := range []struct {
		lang, word string
		neg        bool
	}{
		{"cs", "nebo", false}, {"cs", "nez", false}, {"cs", "neco", false}, {"cs", "nekdy", false}, {"cs", "neutralni", false},
		{"cs", "negativni", false}, {"cs", "nervy", false}, {"cs", "nehodami", false}, {"cs", "nespavost", false}, {"cs", "nem", false},
		{"cs", "nezcerna", true}, {"cs", "nebarvi", true}, {"cs", "nehodi", true}, {"cs", "nema", true}, {"cs", "nebere", true}, {"cs", "nejlepsi", false},
		{"tr", "kaplamadan", false}, {"tr", "yıkamadan", false}, {"tr", "kararmadan", true}, {"tr", "solmaz", true},
		{"ko", "없애고", false}, {"ko", "없앤다는", false}, {"ko", "없는", true}, {"ko", "않습니다", true},
		{"zh", "不过", false}, {"zh", "不仅", false}, {"zh", "无论", false}, {"zh", "无与伦比", false}, {"zh", "无视", false},
		{"zh", "不会", true}, {"zh", "无需", true}, {"zh", "没有", true},
	} {
		if got := negativeWord(c.lang, c.word); got != c.neg {
			t.Errorf("negativeWord(%s, %q) = %v, want %v", c.lang, c.word, got, c.neg)
		}
	}
}
