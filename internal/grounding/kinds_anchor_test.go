package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// Table tests of anchoring (issue #13, false blocks on unseen copy;
// anchor.go), in every supported locale. The product is a silver ring with
// clear stones. Each text opens with a neutral sentence, so the word under
// test stands outside the first sentence unless the kind puts it there:
//   - category_elsewhere: a necklace named in a styling sentence, not
//     anchored to the piece: no block (it warns);
//   - category_size_talk: a necklace named in size talk, opening its
//     sentence bare where nouns take articles (a kind in general, not
//     this piece) or inside it: no block;
//   - category_anchored: "necklace" naming the piece, as the predicate of a
//     sentence about it or with a definite article or demonstrative:
//     blocks, in the grounding category;
//   - colour_elsewhere: a colour on clothing or a thing (an umbrella) the
//     vocabulary does not know: no block (it warns);
//   - colour_attached: a colour in the noun phrase of the piece's own
//     category word or of its stones: blocks.

var anchorRing = core.Product{SKU: "A1", Name: "Calla Ring", Category: "ring",
	Materials: []string{"sterling silver"},
	Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 3, Origin: core.OriginSimulant}},
	Colours:   []string{"silver"}}

type anchorKind struct {
	name  string
	rule  string
	block bool
	texts map[string]string
}

var anchorKinds = []anchorKind{
	{name: "category_elsewhere", rule: RuleCategory, block: false, texts: map[string]string{
		"en":    "Polished by hand, it sits close to the finger. On an evening out it shines under a long necklace and a simple dress.",
		"fr":    "Polie à la main, elle épouse le doigt. Le soir, elle brille sous un long collier et une robe simple.",
		"de":    "Von Hand poliert, liegt er eng am Finger an. Am Abend glänzt er unter einer langen Halskette und einem schlichten Kleid.",
		"it":    "Lucidato a mano, aderisce al dito. La sera brilla sotto una lunga collana e un abito semplice.",
		"es":    "Pulido a mano, se ajusta al dedo. Por la noche brilla bajo un collar largo y un vestido sencillo.",
		"pt":    "Polido à mão, fica rente ao dedo. À noite brilha sob um colar comprido e um vestido simples.",
		"nl":    "Met de hand gepolijst, sluit hij mooi om de vinger. 's Avonds glanst hij onder een lange halsketting en een eenvoudige jurk.",
		"sv":    "Handpolerad sitter den tätt om fingret. På kvällen glänser den under ett långt halsband och en enkel klänning.",
		"da":    "Håndpoleret sidder den tæt om fingeren. Om aftenen skinner den under en lang halskæde og en enkel kjole.",
		"nb":    "Håndpolert sitter den tett rundt fingeren. Om kvelden skinner den under et langt halskjede og en enkel kjole.",
		"fi":    "Käsin kiillotettu, se istuu tiiviisti sormessa. Illalla se loistaa pitkän kaulakorun ja yksinkertaisen mekon alla.",
		"pl":    "Polerowany ręcznie, ściśle przylega do palca. Wieczorem lśni pod długim naszyjnikiem i prostą sukienką.",
		"cs":    "Ručně leštěný, těsně obepíná prst. Večer září pod dlouhým náhrdelníkem a jednoduchými šaty.",
		"el":    "Γυαλισμένο στο χέρι, εφαρμόζει στο δάχτυλο. Το βράδυ λάμπει κάτω από ένα μακρύ κολιέ και ένα απλό φόρεμα.",
		"tr":    "Elde parlatılmış, parmağa tam oturur. Akşamları uzun bir kolye ve sade bir elbiseyle parlar.",
		"ar":    "مصقول يدويا ويلتف حول الإصبع. في المساء يتألق تحت قلادة طويلة وفستان بسيط.",
		"ja":    "手作業で磨かれ、指にすっきりと沿います。夜のお出かけには長いネックレスを選ぶ日にもよく映えます。",
		"ko":    "손으로 연마해 손가락에 꼭 맞습니다. 저녁 외출에는 긴 목걸이를 한 날에도 잘 빛납니다.",
		"zh":    "手工抛光，贴合手指。晚间出行时，在长项链与简约连衣裙之下依然闪耀。",
		"zh-TW": "手工拋光，貼合手指。晚間出行時，在長項鍊與簡約連衣裙之下依然閃耀。",
	}},
	{name: "category_size_talk", rule: RuleCategory, block: false, texts: map[string]string{
		"en":    "Polished by hand, it sits close to the finger. Necklaces are sized by length; finger sizes here run from 48 to 60.",
		"fr":    "Polie à la main, elle épouse le doigt. Collier ou bague, chaque taille se mesure autrement ; ici, du 48 au 60.",
		"de":    "Von Hand poliert, liegt er eng am Finger an. Halsketten misst man in der Länge, hier zählt die Fingergröße von 48 bis 60.",
		"it":    "Lucidato a mano, aderisce al dito. Collana o anello, ogni misura si prende in modo diverso; qui si va dalla 48 alla 60.",
		"es":    "Pulido a mano, se ajusta al dedo. Collar o anillo, cada talla se mide de otra forma; aquí va de la 48 a la 60.",
		"pt":    "Polido à mão, fica rente ao dedo. Colar ou anel, cada tamanho se mede de outro jeito; aqui vai do 48 ao 60.",
		"nl":    "Met de hand gepolijst, sluit hij mooi om de vinger. Halskettingen meet je in lengte, deze maat gaat van 48 tot 60.",
		"sv":    "Handpolerad sitter den tätt om fingret. Halsband mäts i längd, här går storlekarna från 48 till 60.",
		"da":    "Håndpoleret sidder den tæt om fingeren. Halskæder måles i længde, her går størrelserne fra 48 til 60.",
		"nb":    "Håndpolert sitter den tett rundt fingeren. Halskjeder måles i lengde, her går størrelsene fra 48 til 60.",
		"fi":    "Käsin kiillotettu, se istuu tiiviisti sormessa. Koko valitaan sormen mukaan, toisin kuin kaulakorussa, välillä 48–60.",
		"pl":    "Polerowany ręcznie, ściśle przylega do palca. Rozmiar wybiera się według palca, inaczej niż przy naszyjniku, od 48 do 60.",
		"cs":    "Ručně leštěný, těsně obepíná prst. Velikost určuje obvod prstu, jinak než u náhrdelníku, od 48 do 60.",
		"el":    "Γυαλισμένο στο χέρι, εφαρμόζει στο δάχτυλο. Κολιέ και βραχιόλια μετριούνται σε μήκος· εδώ τα μεγέθη πάνε από 48 έως 60.",
		"tr":    "Elde parlatılmış, parmağa tam oturur. Beden, kolyeden farklı olarak parmağa göre seçilir: 48 ile 60 arası.",
		"ar":    "مصقول يدويا ويلتف حول الإصبع. قلادة أو خاتم، لكل منهما قياس مختلف؛ هنا من 48 إلى 60.",
		"ja":    "手作業で磨かれ、指にすっきりと沿います。 サイズは指回りで選び、ネックレスの長さの選び方とは異なります。48号から60号まであります。",
		"ko":    "손으로 연마해 손가락에 꼭 맞습니다. 사이즈는 목걸이 길이와 달리 손가락 둘레로 고릅니다. 48호부터 60호까지 있습니다.",
		"zh":    "手工抛光，贴合手指。 尺寸按手指周长选择，不同于项链长度，从48号到60号。",
		"zh-TW": "手工拋光，貼合手指。 尺寸按手指周長選擇，不同於項鍊長度，從48號到60號。",
	}},
	{name: "category_anchored", rule: RuleCategory, block: true, texts: map[string]string{
		"en":    "Polished by hand, it sits close to the finger. It is a slim necklace for every day.",
		"fr":    "Polie à la main, elle épouse le doigt. C'est un collier fin pour tous les jours.",
		"de":    "Von Hand poliert, liegt er eng am Finger an. Es ist eine schmale Halskette für jeden Tag.",
		"it":    "Lucidato a mano, aderisce al dito. È una collana sottile per tutti i giorni.",
		"es":    "Pulido a mano, se ajusta al dedo. Es un collar fino para todos los días.",
		"pt":    "Polido à mão, fica rente ao dedo. É um colar fino para todos os dias.",
		"nl":    "Met de hand gepolijst, sluit hij mooi om de vinger. Het is een smalle halsketting voor elke dag.",
		"sv":    "Handpolerad sitter den tätt om fingret. Halsbandet är smalt och gjort för varje dag.",
		"da":    "Håndpoleret sidder den tæt om fingeren. Det er en smal halskæde til hver dag.",
		"nb":    "Håndpolert sitter den tett rundt fingeren. Det er et smalt halskjede til hver dag.",
		"fi":    "Käsin kiillotettu, se istuu tiiviisti sormessa. Tämä kaulakoru on tehty jokaiseen päivään.",
		"pl":    "Polerowany ręcznie, ściśle przylega do palca. To jest smukły naszyjnik na co dzień.",
		"cs":    "Ručně leštěný, těsně obepíná prst. Je to štíhlý náhrdelník na každý den.",
		"el":    "Γυαλισμένο στο χέρι, εφαρμόζει στο δάχτυλο. Αυτό το κολιέ είναι λεπτό και για κάθε μέρα.",
		"tr":    "Elde parlatılmış, parmağa tam oturur. Bu kolye her gün için incecik tasarlandı.",
		"ar":    "مصقول يدويا ويلتف حول الإصبع. القلادة رفيعة ومناسبة لكل يوم.",
		"ja":    "手作業で磨かれ、指にすっきりと沿います。このネックレスは毎日に合う細身のデザインです。",
		"ko":    "손으로 연마해 손가락에 꼭 맞습니다. 이 목걸이는 매일 착용하기 좋은 슬림한 디자인입니다.",
		"zh":    "手工抛光，贴合手指。这是一条适合日常佩戴的纤细项链。",
		"zh-TW": "手工拋光，貼合手指。這是一條適合日常佩戴的纖細項鍊。",
	}},
	{name: "colour_elsewhere", rule: RuleColour, block: false, texts: map[string]string{
		"en":    "Polished by hand, it sits close to the finger. It looks calm against a black peacoat on rainy mornings.",
		"fr":    "Polie à la main, elle épouse le doigt. Elle se fait discrète contre un caban noir les matins de pluie.",
		"de":    "Von Hand poliert, liegt er eng am Finger an. An Regentagen wirkt er ruhig vor einem schwarzen Ölzeug.",
		"it":    "Lucidato a mano, aderisce al dito. Nelle mattine di pioggia resta discreto contro un montgomery nero.",
		"es":    "Pulido a mano, se ajusta al dedo. En las mañanas de lluvia luce sereno contra un chubasquero negro.",
		"pt":    "Polido à mão, fica rente ao dedo. Nas manhãs de chuva fica discreto contra um impermeável preto.",
		"nl":    "Met de hand gepolijst, sluit hij mooi om de vinger. Op regenachtige ochtenden oogt hij rustig tegen een zwarte duffel.",
		"sv":    "Handpolerad sitter den tätt om fingret. En regnig morgon ser den lugn ut under ett svart paraply.",
		"da":    "Håndpoleret sidder den tæt om fingeren. En regnfuld morgen ser den rolig ud mod en sort duffel.",
		"nb":    "Håndpolert sitter den tett rundt fingeren. En regnfull morgen ser den rolig ut mot en svart duffel.",
		"fi":    "Käsin kiillotettu, se istuu tiiviisti sormessa. Sateisena aamuna se näyttää rauhalliselta mustaa sadeviittaa vasten.",
		"pl":    "Polerowany ręcznie, ściśle przylega do palca. W deszczowe poranki wygląda spokojnie na tle czarnej peleryny.",
		"cs":    "Ručně leštěný, těsně obepíná prst. Za deštivých rán působí klidně pod černým deštníkem.",
		"el":    "Γυαλισμένο στο χέρι, εφαρμόζει στο δάχτυλο. Τα βροχερά πρωινά δείχνει ήρεμο πάνω σε μια μαύρη καπαρντίνα.",
		"tr":    "Elde parlatılmış, parmağa tam oturur. Yağmurlu sabahlarda siyah bir yağmurlukla sakin görünür.",
		"ar":    "مصقول يدويا ويلتف حول الإصبع. في الصباحات الممطرة يبدو هادئا تحت مظلة سوداء.",
		"ja":    "手作業で磨かれ、指にすっきりと沿います。雨の朝には黒いレインポンチョにも穏やかに映えます。",
		"ko":    "손으로 연마해 손가락에 꼭 맞습니다. 흐린 아침에는 검은 우산 아래에서도 차분하게 빛납니다.",
		"zh":    "手工抛光，贴合手指。下雨的早晨，搭在黑色雨披外也显得安静。",
		"zh-TW": "手工拋光，貼合手指。下雨的早晨，搭在黑色雨披外也顯得安靜。",
	}},
	{name: "colour_attached", rule: RuleColour, block: true, texts: map[string]string{
		"en":    "Polished by hand, it sits close to the finger. It is a slim black ring with a high shine.",
		"fr":    "Polie à la main, elle épouse le doigt. C'est une bague noire au poli brillant.",
		"de":    "Von Hand poliert, liegt er eng am Finger an. Er ist ein schmaler schwarzer Ring mit hohem Glanz.",
		"it":    "Lucidato a mano, aderisce al dito. È un anello nero dalla lucentezza intensa.",
		"es":    "Pulido a mano, se ajusta al dedo. Es un anillo negro de brillo intenso.",
		"pt":    "Polido à mão, fica rente ao dedo. É um anel preto de brilho intenso.",
		"nl":    "Met de hand gepolijst, sluit hij mooi om de vinger. Het is een smalle zwarte ring met een hoge glans.",
		"sv":    "Handpolerad sitter den tätt om fingret. Det är en smal svart ring med hög glans.",
		"da":    "Håndpoleret sidder den tæt om fingeren. Det er en smal sort ring med høj glans.",
		"nb":    "Håndpolert sitter den tett rundt fingeren. Det er en smal svart ring med høy glans.",
		"fi":    "Käsin kiillotettu, se istuu tiiviisti sormessa. Se on kapea musta sormus, jossa on kirkas kiilto.",
		"pl":    "Polerowany ręcznie, ściśle przylega do palca. To smukły czarny pierścionek o mocnym połysku.",
		"cs":    "Ručně leštěný, těsně obepíná prst. Je to štíhlý černý prsten s vysokým leskem.",
		"el":    "Γυαλισμένο στο χέρι, εφαρμόζει στο δάχτυλο. Είναι ένα λεπτό μαύρο δαχτυλίδι με έντονη λάμψη.",
		"tr":    "Elde parlatılmış, parmağa tam oturur. İnce siyah bir yüzük olarak yüksek bir parlaklık sunar.",
		"ar":    "مصقول يدويا ويلتف حول الإصبع. إنه خاتم أسود رفيع بلمعان عال.",
		"ja":    "手作業で磨かれ、指にすっきりと沿います。黒いリングが強い輝きを放ちます。",
		"ko":    "손으로 연마해 손가락에 꼭 맞습니다. 검은 반지가 강한 광택을 냅니다.",
		"zh":    "手工抛光，贴合手指。黑色戒指散发出强烈的光泽。",
		"zh-TW": "手工拋光，貼合手指。黑色戒指散發出強烈的光澤。",
	}},
}

// TestKindsAnchoring checks each kind in every supported locale: a block by
// the kind's rule, in the grounding category, exactly where the kind
// expects one.
func TestKindsAnchoring(t *testing.T) {
	t.Parallel()
	for _, k := range anchorKinds {
		for _, loc := range locales.Must().Supported() {
			key, ok := factLang(k.texts, loc)
			if !ok {
				t.Errorf("%s: no sentence for %s", k.name, loc)
				continue
			}
			text := k.texts[key]
			fs := CheckWith(anchorRing.Resolved(), loc, text, Options{})
			got := false
			for _, f := range fs {
				if f.Rule == k.rule && f.Severity == core.SeverityBlock {
					got = true
					if f.Category != Category || Category != "grounding" {
						t.Errorf("%s %s: category %q, want grounding", k.name, loc, f.Category)
					}
				}
			}
			if got != k.block {
				t.Errorf("%s %s %q: blocked by %s = %v, want %v; findings %+v", k.name, loc, text, k.rule, got, k.block, fs)
			}
		}
	}
}
