package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// c10CosmeticLang is one language's texts of the cosmetics kind: nail
// polish and lipstick named in a styling sentence (pass), and enamel as
// the piece's own (block on a piece without enamel).
type c10CosmeticLang struct {
	styling, enamel []string
}

var c10CosmeticTexts = map[string]c10CosmeticLang{
	"en": {styling: []string{"Perfect with a red nail polish.", "Wear it with a pink lipstick for the evening."},
		enamel: []string{"The ring is set with red enamel."}},
	"fr": {styling: []string{"Parfaite avec un vernis à ongles rouge.", "Portez-la avec un rouge à lèvres rose pour le soir."},
		enamel: []string{"La bague est ornée d'émail rouge."}},
	"de": {styling: []string{"Perfekt mit einem roten Nagellack.", "Tragen Sie ihn mit einem pinken Lippenstift am Abend."},
		enamel: []string{"Der Ring ist mit roter Emaille verziert."}},
	"it": {styling: []string{"Perfetto con uno smalto rosso.", "Indossalo con un rossetto rosa per la sera."},
		enamel: []string{"L'anello è decorato con smalto rosso."}},
	"es": {styling: []string{"Perfecto con un esmalte de uñas rojo.", "Llévalo con un pintalabios rosa por la noche."},
		enamel: []string{"El anillo está decorado con esmalte rojo."}},
	"pt": {styling: []string{"Perfeito com um esmalte vermelho.", "Use-o com um batom rosa à noite."},
		enamel: []string{"O anel é decorado com esmalte vermelho."}},
	"pt-PT": {styling: []string{"Perfeito com um verniz vermelho.", "Use-o com um batom rosa à noite."},
		enamel: []string{"O anel é decorado com esmalte vermelho."}},
	"nl": {styling: []string{"Perfect met een rode nagellak.", "Draag hem met een roze lippenstift voor de avond."},
		enamel: []string{"De ring is versierd met rode emaille."}},
	"sv": {styling: []string{"Perfekt med ett rött nagellack.", "Bär den med ett rosa läppstift på kvällen."},
		enamel: []string{"Ringen är dekorerad med röd emalj."}},
	"da": {styling: []string{"Perfekt med en rød neglelak.", "Bær den med en lyserød læbestift om aftenen."},
		enamel: []string{"Ringen er dekoreret med rød emalje."}},
	"nb": {styling: []string{"Perfekt med en rød neglelakk.", "Bruk den med en rosa leppestift om kvelden."},
		enamel: []string{"Ringen er dekorert med rød emalje."}},
	"fi": {styling: []string{"Täydellinen punaisen kynsilakan kanssa.", "Käytä sitä vaaleanpunaisen huulipunan kanssa illalla."},
		enamel: []string{"Sormusta koristaa punainen emali."}},
	"pl": {styling: []string{"Idealny z czerwonym lakierem do paznokci.", "Noś go z różową szminką wieczorem."},
		enamel: []string{"Pierścionek jest ozdobiony czerwoną emalią."}},
	"cs": {styling: []string{"Dokonalý s červeným lakem na nehty.", "Noste ho s růžovou rtěnkou na večer."},
		enamel: []string{"Prsten je zdobený červeným smaltem."}},
	"tr": {styling: []string{"Kırmızı bir ojeyle mükemmel.", "Akşamları pembe bir rujla takın."},
		enamel: []string{"Yüzük kırmızı emaye ile süslenmiştir."}},
	"el": {styling: []string{"Τέλειο με ένα κόκκινο βερνίκι νυχιών.", "Φορέστε το με ένα ροζ κραγιόν για το βράδυ."},
		enamel: []string{"Το δαχτυλίδι είναι διακοσμημένο με κόκκινο σμάλτο."}},
	"ar": {styling: []string{"مثالي مع طلاء أظافر أحمر.", "ارتديه مع أحمر شفاه وردي في المساء."},
		enamel: []string{"الخاتم مزين بالمينا الحمراء."}},
	"ja": {styling: []string{"赤いネイルカラーとの相性も抜群です。", "ピンクの口紅と合わせて夜のお出かけに。"},
		enamel: []string{"赤いエナメルで装飾されたリングです。"}},
	"ko": {styling: []string{"빨간 매니큐어와 완벽하게 어울립니다.", "저녁에는 핑크 립스틱과 함께 착용해 보세요."},
		enamel: []string{"빨간 에나멜로 장식된 반지입니다."}},
	"zh-CN": {styling: []string{"搭配红色指甲油非常完美。", "晚上搭配粉色口红佩戴。"},
		enamel: []string{"戒指饰有红色珐琅。"}},
	"zh-TW": {styling: []string{"搭配紅色指甲油非常完美。", "晚上搭配粉色口紅佩戴。"},
		enamel: []string{"戒指飾有紅色琺瑯。"}},
}

// TestKindsCosmeticStyling (issue #13: other_np, facts about other things
// read as the product's) in every supported locale: nail polish and
// lipstick in a styling sentence ("Perfetto con uno smalto rosso", "with
// a pink lipstick") are the wearer's, not the piece's colour or enamel;
// enamel said of the piece is still compared with the product.
func TestKindsCosmeticStyling(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	silverRing := core.Product{SKU: "C104", Name: "Arc", Category: "ring",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	var styling, enamel []lt
	perLocale(t, c10CosmeticTexts, "ctx10 cosmetics", func(loc string, x c10CosmeticLang, in func([]string) []lt) {
		styling = append(styling, in(x.styling)...)
		enamel = append(enamel, in(x.enamel)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"cosmetics in a styling sentence", silverRing, "", styling},
		{"enamel as the piece's own", silverRing, CatGrounding, enamel},
	})
}
