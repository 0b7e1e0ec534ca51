package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// selfRef11Texts are one language's assistant self-references (#13,
// eleventh session): the writer naming itself an AI or a language model,
// saying it cannot see the piece, and hoping the description helps; and
// copy that shares their words ("as a gift", "we hope it stays with you",
// "you can see the silver shine"), which must pass.
type selfRef11Texts struct {
	self [3]string
	copy [3]string
}

var selfRef11ByLang = map[string]selfRef11Texts{
	"en": {[3]string{"As an AI, I cannot see the piece, but the data describes it well.", "As an AI language model, I have not seen the ring in person.", "I hope this description helps you."},
		[3]string{"Made as an heirloom, it is worth passing on.", "We hope it brings her joy for years.", "You can see the silver shine from every angle."}},
	"fr": {[3]string{"En tant qu'IA, je ne peux pas voir le bijou.", "En tant que modèle de langage, je n'ai pas vu la bague.", "J'espère que cette description vous aidera."},
		[3]string{"En tant que cadeau, il séduit à coup sûr.", "Nous espérons qu'il vous accompagnera longtemps.", "On peut voir l'argent briller sous tous les angles."}},
	"de": {[3]string{"Als KI kann ich das Schmuckstück nicht sehen.", "Als Sprachmodell habe ich den Ring nicht selbst gesehen.", "Ich hoffe, diese Beschreibung hilft Ihnen."},
		[3]string{"Als Geschenk macht er immer Freude.", "Wir hoffen, er begleitet Sie lange.", "Man kann das Silber von allen Seiten glänzen sehen."}},
	"it": {[3]string{"Come IA, non posso vedere il gioiello.", "In quanto modello linguistico, non ho visto l'anello.", "Spero che questa descrizione ti sia utile."},
		[3]string{"Come ai vecchi tempi, è rifinito a mano.", "In quanto regalo, arriva in una scatola.", "Speriamo che ti accompagni a lungo."}},
	"es": {[3]string{"Como IA, no puedo ver la joya.", "Como modelo de lenguaje, no he visto el anillo.", "Espero que esta descripción te sirva."},
		[3]string{"Como regalo, siempre acierta.", "Esperamos que te acompañe muchos años.", "Puedes ver brillar la plata desde todos los ángulos."}},
	"pt": {[3]string{"Como uma IA, não posso ver a joia, mas espero que esta descrição ajude.", "Como modelo de linguagem, não consigo ver o anel.", "Espero que esta descrição seja útil."},
		[3]string{"Como um presente, agrada sempre.", "Esperamos que ela a acompanhe por muitos anos.", "Você pode ver a prata brilhar de todos os ângulos."}},
	"nl": {[3]string{"Als AI kan ik het sieraad niet zien.", "Als taalmodel heb ik de ring niet zelf gezien.", "Ik hoop dat deze beschrijving helpt."},
		[3]string{"Als cadeau valt hij altijd in de smaak.", "We hopen dat hij je lang vergezelt.", "Je kunt het zilver van alle kanten zien glanzen."}},
	"da": {[3]string{"Som AI kan jeg ikke se smykket.", "Som sprogmodel har jeg ikke set ringen.", "Jeg håber, at denne beskrivelse hjælper."},
		[3]string{"Som gave er den altid et hit.", "Vi håber, den følger dig længe.", "Du kan se det polerede sølv skinne smukt fra alle vinkler, når lyset rammer det."}},
	"nb": {[3]string{"Som KI kan jeg ikke se smykket.", "Som språkmodell har jeg ikke sett ringen.", "Jeg håper denne beskrivelsen hjelper."},
		[3]string{"Som gave er den alltid et treff.", "Vi håper den følger deg lenge.", "Du kan se det polerte sølvet skinne vakkert fra alle kanter når lyset treffer det."}},
	"sv": {[3]string{"Som AI kan jag inte se smycket.", "Som språkmodell har jag inte sett ringen.", "Jag hoppas att den här beskrivningen hjälper."},
		[3]string{"Som present är den alltid uppskattad.", "Vi hoppas att den följer dig länge.", "Du kan se silvret glänsa från alla håll."}},
	"fi": {[3]string{"Tekoälynä en voi nähdä korua.", "Kielimallina en ole nähnyt sormusta itse.", "Toivottavasti tämä kuvaus auttaa."},
		[3]string{"Lahjana se ilahduttaa aina.", "Toivomme, että se kulkee mukanasi pitkään.", "Hopean kiillon näkee joka kulmasta."}},
	"pl": {[3]string{"Jako AI nie mogę zobaczyć biżuterii.", "Jako model językowy nie widziałem tego pierścionka.", "Mam nadzieję, że ten opis pomoże."},
		[3]string{"Jako prezent zawsze się sprawdzi.", "Mamy nadzieję, że będzie Ci towarzyszyć długo.", "Blask srebra widać z każdej strony."}},
	"cs": {[3]string{"Jako AI nemohu šperk vidět.", "Jako jazykový model jsem tento prsten neviděl.", "Doufám, že vám tento popis pomůže."},
		[3]string{"Jako dárek vždy potěší.", "Doufáme, že vás bude provázet dlouho.", "Lesk stříbra je vidět ze všech stran."}},
	"tr": {[3]string{"Bir yapay zeka olarak mücevheri göremiyorum.", "Bir dil modeli olarak yüzüğü görmedim.", "Umarım bu açıklama yardımcı olur."},
		[3]string{"Bir hediye olarak her zaman sevindirir.", "Uzun yıllar size eşlik etmesini dileriz.", "Gümüşün ışıltısını her açıdan görebilirsiniz."}},
	"el": {[3]string{"Ως ΤΝ, δεν μπορώ να δω το κόσμημα.", "Ως γλωσσικό μοντέλο, δεν έχω δει το δαχτυλίδι.", "Ελπίζω αυτή η περιγραφή να βοηθήσει."},
		[3]string{"Ως δώρο, ενθουσιάζει πάντα.", "Ελπίζουμε να σας συνοδεύει για χρόνια.", "Μπορείτε να δείτε το ασήμι να λάμπει από κάθε γωνία."}},
	"ar": {[3]string{"بصفتي ذكاءً اصطناعيًا، لا أستطيع رؤية القطعة.", "بصفتي نموذجًا لغويًا، لم أرَ الخاتم.", "آمل أن يكون هذا الوصف مفيدًا."},
		[3]string{"هدية مثالية تسعدها دائمًا.", "نأمل أن ترافقك لسنوات طويلة.", "يمكنك رؤية بريق الفضة من كل زاوية."}},
	"ja": {[3]string{"AIとして、実物のジュエリーを見ることはできません。", "言語モデルとして、このリングを実際に見たことはありません。", "この説明がお役に立てば幸いです。"},
		[3]string{"ギフトとしても喜ばれます。", "長く寄り添う一本になりますように。", "どの角度からもシルバーの輝きを見ることができます。"}},
	"ko": {[3]string{"AI로서 실제 주얼리를 볼 수는 없습니다.", "언어 모델로서 이 반지를 직접 본 적은 없습니다.", "이 설명이 도움이 되기를 바랍니다."},
		[3]string{"선물로서도 언제나 사랑받습니다.", "오랫동안 함께하기를 바랍니다.", "어느 각도에서든 실버의 빛을 볼 수 있습니다."}},
	"zh-CN": {[3]string{"作为AI，我无法看到这件首饰。", "作为一个语言模型，我没有亲眼见过这枚戒指。", "希望这段描述对您有所帮助。"},
		[3]string{"作为礼物，它总能带来惊喜。", "希望它长久陪伴您。", "从各个角度都能看到银饰的光泽。"}},
	"zh-TW": {[3]string{"作為AI，我無法看到這件飾品。", "作為一個語言模型，我沒有親眼見過這枚戒指。", "希望這段描述對您有所幫助。"},
		[3]string{"作為禮物，它總能帶來驚喜。", "希望它長久陪伴您。", "從各個角度都能看到銀飾的光澤。"}},
}

// TestKindsSelfRef11 (#13, eleventh session: released11b pt-BR "Como uma
// IA, não posso ver a joia, mas espero que esta descrição ajude." passed):
// the assistant naming itself an AI or a language model, saying it cannot
// see the piece, or hoping the description helps, blocks as injection in
// every supported locale; copy with "as a gift", a hope for the wearer or
// silver seen from every angle passes.
func TestKindsSelfRef11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var self, copy []lt
	perLocale(t, selfRef11ByLang, "selfref11", func(loc string, x selfRef11Texts, in func([]string) []lt) {
		self = append(self, in(x.self[:])...)
		copy = append(copy, in(x.copy[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"copy", plainCuff, "", copy},
		{"self-reference", plainCuff, CatInjection, self},
	})
}
