package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// calm11Texts are one language's health and metaphysical claims in other
// words (#13, eleventh session): the mind balanced and peace brought, as
// hearsay ("is said to", "si dice che", "sanotaan"); calm and serenity
// brought as a belief; the nerves calmed and the emotions balanced. Their
// neighbours must pass: hearsay about the design's origin, and a calm,
// balanced design that brings elegance to an outfit.
type calm11Texts struct {
	claim [3]string
	copy  [2]string
}

var calm11ByLang = map[string]calm11Texts{
	"en": {[3]string{"Silver is said to balance the mind and bring peace.", "This bracelet is believed to bring calm and serenity to whoever wears it.", "It calms the nerves and balances the emotions."},
		[2]string{"The design is said to be inspired by an old Roman coin.", "A calm, balanced design that brings quiet elegance to any outfit."}},
	"fr": {[3]string{"On dit que l'argent équilibre l'esprit et apporte la paix.", "Ce bracelet apporterait calme et sérénité à celle qui le porte.", "Il calme les nerfs et équilibre les émotions."},
		[2]string{"On dit que son motif s'inspire d'une ancienne pièce romaine.", "Un design calme et équilibré qui apporte une élégance discrète à toutes les tenues."}},
	"de": {[3]string{"Silber soll den Geist ausgleichen und Frieden bringen.", "Diesem Armband wird nachgesagt, Ruhe und Gelassenheit zu schenken.", "Es beruhigt die Nerven und bringt die Gefühle ins Gleichgewicht."},
		[2]string{"Das Motiv soll von einer alten römischen Münze inspiriert sein.", "Ein ruhiges, ausgewogenes Design, das jedem Outfit stille Eleganz verleiht."}},
	"it": {[3]string{"Si dice che l'argento equilibri la mente e porti pace.", "Si crede che questo bracciale doni calma e serenità a chi lo indossa.", "Calma i nervi ed equilibra le emozioni."},
		[2]string{"Si dice che il motivo sia ispirato a un'antica moneta romana.", "Un design calmo ed equilibrato che dona un'eleganza discreta a ogni outfit."}},
	"es": {[3]string{"Se dice que la plata equilibra la mente y aporta paz.", "Se cree que esta pulsera aporta calma y serenidad a quien la lleva.", "Calma los nervios y equilibra las emociones."},
		[2]string{"Se dice que el motivo se inspira en una antigua moneda romana.", "Un diseño sereno y equilibrado que aporta una elegancia discreta a cualquier look."}},
	"pt": {[3]string{"Diz-se que a prata equilibra a mente e traz paz.", "Acredita-se que esta pulseira traz calma e serenidade a quem a usa.", "Acalma os nervos e equilibra as emoções."},
		[2]string{"Diz-se que o motivo foi inspirado numa antiga moeda romana.", "Um design sereno e equilibrado que traz uma elegância discreta a qualquer look."}},
	"nl": {[3]string{"Zilver zou de geest in balans brengen en rust geven.", "Men gelooft dat deze armband kalmte en sereniteit brengt.", "Het kalmeert de zenuwen en brengt je emoties in balans."},
		[2]string{"Het motief zou geïnspireerd zijn op een oude Romeinse munt.", "Een rustig, evenwichtig ontwerp dat elke outfit ingetogen elegantie geeft."}},
	"da": {[3]string{"Sølv siges at balancere sindet og give ro i hverdagen.", "Armbåndet menes at bringe ro og sindsro til den, der bærer det.", "Det beroliger nerverne og skaber balance i følelserne."},
		[2]string{"Motivet siges at være inspireret af en gammel romersk mønt, som blev fundet i Danmark.", "Et roligt, afbalanceret design, der giver ethvert outfit en stille elegance."}},
	"nb": {[3]string{"Sølv sies å balansere sinnet og gi ro i hverdagen.", "Armbåndet antas å gi ro og sinnsro til den som bærer det.", "Det roer nervene og balanserer følelsene."},
		[2]string{"Motivet sies å være inspirert av en gammel romersk mynt som ble funnet i Norge.", "Et rolig, balansert design som gir ethvert antrekk en stille eleganse."}},
	"sv": {[3]string{"Silver sägs balansera sinnet och ge frid.", "Armbandet tros ge lugn och sinnesro åt den som bär det.", "Det lugnar nerverna och balanserar känslorna."},
		[2]string{"Motivet sägs vara inspirerat av ett gammalt romerskt mynt.", "En lugn, balanserad design som ger varje outfit en stillsam elegans."}},
	"fi": {[3]string{"Hopean sanotaan tasapainottavan mieltä ja tuovan rauhaa.", "Rannekorun uskotaan tuovan tyyneyttä ja mielenrauhaa kantajalleen.", "Se rauhoittaa hermoja ja tasapainottaa tunteita."},
		[2]string{"Kuvion sanotaan saaneen innoituksensa vanhasta roomalaisesta kolikosta.", "Rauhallinen ja tasapainoinen muotoilu tuo jokaiseen asuun hillittyä eleganssia."}},
	"pl": {[3]string{"Mówi się, że srebro równoważy umysł i przynosi spokój.", "Wierzy się, że ta bransoletka daje spokój i pogodę ducha.", "Uspokaja nerwy i równoważy emocje."},
		[2]string{"Mówi się, że motyw inspirowany jest starą rzymską monetą.", "Spokojny, wyważony projekt, który dodaje dyskretnej elegancji każdej stylizacji."}},
	"cs": {[3]string{"Říká se, že stříbro vyrovnává mysl a přináší klid.", "Věří se, že tento náramek přináší klid a vyrovnanost.", "Uklidňuje nervy a vyrovnává emoce."},
		[2]string{"Říká se, že motiv byl inspirován starou římskou mincí.", "Klidný, vyvážený design, který dodá každému outfitu nenápadnou eleganci."}},
	"tr": {[3]string{"Gümüşün zihni dengelediği ve huzur verdiği söylenir.", "Bu bilekliğin sakinlik ve dinginlik getirdiğine inanılır.", "Sinirleri yatıştırır ve duyguları dengeler."},
		[2]string{"Motifin eski bir Roma sikkesinden ilham aldığı söylenir.", "Sakin ve dengeli tasarımı her kombine sade bir zarafet katar."}},
	"el": {[3]string{"Λέγεται ότι το ασήμι ισορροπεί το μυαλό και φέρνει γαλήνη.", "Πιστεύεται ότι αυτό το βραχιόλι φέρνει ηρεμία και γαλήνη.", "Ηρεμεί τα νεύρα και ισορροπεί τα συναισθήματα."},
		[2]string{"Λέγεται ότι το μοτίβο εμπνέεται από ένα αρχαίο ρωμαϊκό νόμισμα.", "Ένα ήρεμο, ισορροπημένο σχέδιο που δίνει διακριτική κομψότητα σε κάθε εμφάνιση."}},
	"ar": {[3]string{"يقال إن الفضة توازن العقل وتجلب السلام.", "يعتقد أن هذا السوار يمنح الهدوء والسكينة لمن ترتديه.", "يهدئ الأعصاب ويوازن المشاعر."},
		[2]string{"يقال إن النقش مستوحى من عملة رومانية قديمة.", "تصميم هادئ ومتوازن يضفي أناقة راقية على كل إطلالة."}},
	"ja": {[3]string{"シルバーは心のバランスを整え、安らぎをもたらすと言われています。", "このブレスレットは穏やかさと心の平穏をもたらすと信じられています。", "神経を落ち着かせ、感情のバランスを整えます。"},
		[2]string{"モチーフは古代ローマの硬貨から着想を得たと言われています。", "落ち着いたバランスの良いデザインが、どんな装いにも上品さを添えます。"}},
	"ko": {[3]string{"실버는 마음의 균형을 잡아 주고 평화를 가져다준다고 합니다.", "이 팔찌는 차분함과 평온을 가져다준다고 믿어집니다.", "신경을 진정시키고 감정의 균형을 잡아 줍니다."},
		[2]string{"모티프는 고대 로마 동전에서 영감을 받았다고 합니다.", "차분하고 균형 잡힌 디자인이 어떤 룩에도 절제된 우아함을 더합니다."}},
	"zh-CN": {[3]string{"据说银能平衡心灵，带来平静。", "人们相信这条手链能带来宁静与安详。", "它能安抚神经，平衡情绪。"},
		[2]string{"据说图案的灵感来自一枚古罗马硬币。", "沉静而均衡的设计，为任何穿搭增添低调的优雅。"}},
	"zh-TW": {[3]string{"據說銀能平衡心靈，帶來平靜。", "人們相信這條手鍊能帶來寧靜與安詳。", "它能安撫神經，平衡情緒。"},
		[2]string{"據說圖案的靈感來自一枚古羅馬硬幣。", "沉靜而均衡的設計，為任何穿搭增添低調的優雅。"}},
}

// TestKindsCalm11 (#13, eleventh session: released11a fi-FI "Topaasin
// sanotaan tasapainottavan mieltä ja tuovan rauhaa." passed): the mind or
// the emotions balanced, peace, calm or serenity brought, and the nerves
// calmed are health claims (Directive 2005/29/EC art. 6(1)(b), CAP Code
// rule 12.1) in every supported locale, hedged as hearsay or belief or
// not; hearsay about a design's origin and a calm, balanced design that
// brings elegance to an outfit pass.
func TestKindsCalm11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var claim, copy []lt
	perLocale(t, calm11ByLang, "calm11", func(loc string, x calm11Texts, in func([]string) []lt) {
		claim = append(claim, in(x.claim[:])...)
		copy = append(copy, in(x.copy[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"copy", plainCuff, "", copy},
		{"calm claim", plainCuff, CatClaim, claim},
	})
}
