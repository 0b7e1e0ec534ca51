package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// gm11Lang is one language's texts of the garment-material kind (issue
// #13, eleventh session): a material word of a garment in a styling
// sentence, before its noun, glued to it or after it with a preposition
// ("a leather jacket", "Lederjacke", "giubbotto di pelle", "een leren
// jack", 皮夹克: pass on a steel piece), and leather said of the piece's
// own cord or strap (block on a piece without leather).
type gm11Lang struct {
	styling, own []string
}

var gm11Texts = map[string]gm11Lang{
	"en": {styling: []string{"A bold piece to wear with a rolled-sleeve shirt or a leather jacket.", "Style it with a suede blouson and jeans.", "Pair it with a jacket in soft leather."},
		own: []string{"The bracelet comes on a leather cord.", "The links are threaded on a leather strap."}},
	"fr": {styling: []string{"Une pièce affirmée à porter avec une chemise aux manches retroussées ou une veste en cuir.", "Portez-le avec un blouson en daim.", "Parfait avec un perfecto en cuir noir."},
		own: []string{"Le bracelet est monté sur un cordon en cuir."}},
	"de": {styling: []string{"Ein markantes Stück zu einem Hemd mit hochgekrempelten Ärmeln oder einer Lederjacke.", "Tragen Sie es zu einem Blouson aus Wildleder.", "Passt zu einer Jacke aus Leder."},
		own: []string{"Das Armband hängt an einer Kordel aus Leder."}},
	"it": {styling: []string{"Un pezzo deciso, da portare con una camicia dalle maniche arrotolate o con un giubbotto di pelle.", "Perfetto con una giacca di camoscio.", "Da abbinare a un giubbotto in pelle."},
		own: []string{"Il bracciale è montato su un cordino in pelle."}},
	"es": {styling: []string{"Una pieza con carácter para llevar con una camisa remangada o una cazadora de cuero.", "Combínala con una chaqueta de ante.", "Queda genial con una cazadora de piel."},
		own: []string{"La pulsera va montada en un cordón de cuero."}},
	"pt": {styling: []string{"Uma peça marcante para usar com uma camisa de mangas dobradas ou uma jaqueta de couro.", "Combine com uma jaqueta de camurça."},
		own: []string{"A pulseira é montada num cordão de couro."}},
	"pt-PT": {styling: []string{"Uma peça marcante para usar com uma camisa de mangas arregaçadas ou um blusão de couro.", "Combine com um casaco de pele."},
		own: []string{"A pulseira é montada num cordão de couro."}},
	"nl": {styling: []string{"Een stoer stuk bij een overhemd met opgerolde mouwen of een leren jack.", "Draag hem bij een suède jasje.", "Mooi bij een jack van leer."},
		own: []string{"De armband hangt aan een leren koord."}},
	"sv": {styling: []string{"Ett tufft smycke till en skjorta med uppkavlade ärmar eller en skinnjacka.", "Bär det med en jacka i mocka.", "Snyggt till en läderjacka."},
		own: []string{"Armbandet hänger i en snodd av läder."}},
	"da": {styling: []string{"Et markant smykke til en skjorte med opsmøgede ærmer eller en læderjakke.", "Bær det med en jakke i ruskind.", "Flot til en skindjakke."},
		own: []string{"Armbåndet hænger i en snor af læder."}},
	"nb": {styling: []string{"Et tøft smykke til en skjorte med oppbrettede ermer eller en skinnjakke.", "Bruk det med en jakke i semsket skinn.", "Fint til en lærjakke."},
		own: []string{"Armbåndet henger i en snor av lær."}},
	"fi": {styling: []string{"Rohkea koru kauluspaidan tai nahkatakin kanssa.", "Käytä sitä mokkatakin kanssa.", "Sopii hyvin nahkatakkiin."},
		own: []string{"Rannekoru on pujotettu nahkanauhaan."}},
	"pl": {styling: []string{"Wyrazista ozdoba do koszuli z podwiniętymi rękawami lub skórzanej kurtki.", "Noś ją do kurtki ze skóry.", "Pasuje do zamszowej kurtki."},
		own: []string{"Bransoletka jest nawleczona na skórzany sznurek."}},
	"cs": {styling: []string{"Výrazný kousek ke košili s vyhrnutými rukávy nebo kožené bundě.", "Noste ho k bundě z kůže.", "Hodí se ke semišové bundě."},
		own: []string{"Náramek je navlečený na koženém řemínku."}},
	"tr": {styling: []string{"Kolları kıvrılmış bir gömlek ya da deri ceketle iddialı bir parça.", "Süet bir ceketle kombinleyin.", "Deri bir montla harika durur."},
		own: []string{"Bileklik deri bir kordona dizilmiştir."}},
	"el": {styling: []string{"Ένα δυναμικό κομμάτι για να φορεθεί με πουκάμισο ή δερμάτινο μπουφάν.", "Φορέστε το με ένα σουέντ σακάκι.", "Ταιριάζει με ένα μπουφάν από δέρμα."},
		own: []string{"Το βραχιόλι είναι περασμένο σε δερμάτινο κορδόνι."}},
	"ar": {styling: []string{"قطعة جريئة تُرتدى مع قميص أو سترة جلدية.", "نسقيه مع جاكيت من الجلد."},
		own: []string{"السوار مثبت على حبل من الجلد."}},
	"ja": {styling: []string{"シャツやレザージャケットに合わせたい存在感のある一本です。", "スエードのジャケットとも好相性。", "革ジャンに合わせてもおしゃれです。"},
		own: []string{"ブレスレットはレザーコードに通されています。"}},
	"ko": {styling: []string{"셔츠나 가죽 재킷과 함께 착용하기 좋은 존재감 있는 팔찌입니다.", "스웨이드 재킷과도 잘 어울립니다."},
		own: []string{"팔찌는 가죽 끈에 꿰어져 있습니다."}},
	"zh-CN": {styling: []string{"搭配衬衫或皮夹克，个性十足。", "与麂皮外套也很相配。", "搭配皮衣更显帅气。"},
		own: []string{"手链穿在皮绳上。"}},
	"zh-TW": {styling: []string{"搭配襯衫或皮夾克，個性十足。", "與麂皮外套也很相配。", "搭配皮衣更顯帥氣。"},
		own: []string{"手鍊穿在皮繩上。"}},
}

// gm11Homographs are words of leather in their other sense (skin, to
// learn) outside any garment or jewellery phrase: no material at all.
var gm11Homographs = []lt{
	{"it-IT", "Scivola morbido sulla pelle e si chiude con uno scatto."},
	{"es-ES", "Se desliza suave sobre la piel y se cierra con un clic."},
	{"pt-BR", "O preto combina com qualquer tom de pele."},
	{"fr-FR", "Il glisse doucement sur la peau et se ferme d'un clic."},
	{"nl-NL", "Hier kun je leren hoe je hem combineert met andere armbanden."},
	{"nl-NL", "Leer hoe je hem draagt bij een overhemd met opgerolde mouwen."},
	{"nb-NO", "Lær hvordan du kombinerer det med andre armbånd."},
	{"pl-PL", "Przylega miękko do skóry i zamyka się na zatrzask."},
	{"cs-CZ", "Jemně přiléhá ke kůži a zapíná se na karabinku."},
	{"tr-TR", "Cildinizde yumuşak bir his bırakır ve çıtçıtla kapanır."},
	{"el-GR", "Γλιστράει απαλά στο δέρμα και κλείνει με ένα κλικ."},
	{"ar-AE", "ينساب بنعومة على الجلد ويغلق بنقرة."},
}

// noxBracelet is a 316L steel link bracelet with black onyx and no
// leather (the released 11a Nox bracelet).
var noxBracelet = core.Product{SKU: "H11a04", Name: "Nox Link Bracelet", Category: "bracelet", Collection: "Heritage",
	Materials: []string{"stainless steel", "onyx"}, Metals: []core.Metal{{Base: "316L stainless steel"}},
	Stones: []core.Stone{{Type: "onyx", Count: 5, Colour: "black", Origin: core.OriginNatural, Treatment: "dyed"}}, Colours: []string{"silver", "black"}}

// TestKindsGarmentMaterial11 (issue #13, eleventh session: released 11a
// it-IT "con un giubbotto di pelle", nl-NL "een leren jack" blocked as
// grounding.material on a steel bracelet) in every locale: the material of
// a garment named in a styling sentence is the garment's, whether it
// stands before the noun, in a compound, or after it with a preposition;
// leather said of the piece's own cord or strap still blocks.
func TestKindsGarmentMaterial11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var styling, own []lt
	perLocale(t, gm11Texts, "garment material 11", func(loc string, x gm11Lang, in func([]string) []lt) {
		styling = append(styling, in(x.styling)...)
		own = append(own, in(x.own)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a garment's material in a styling sentence", noxBracelet, "", styling},
		{"a leather homograph in its other sense", noxBracelet, "", gm11Homographs},
		{"leather of the piece's own cord", noxBracelet, CatGrounding, own},
	})
}
