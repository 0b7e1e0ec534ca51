package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// signoff8Texts are one language's requests to be told (#13, f2): service
// copy that asks the reader to tell the shop or its staff a size or a wish
// ("Let us know your size", "Säg till i butiken", "Daj znać w salonie",
// "店舗スタッフにお知らせください"), which must pass, and the assistant's
// sign-off, a request to be told about the text's revision, which must
// still block as injection.
type signoff8Texts struct {
	service [2]string
	sign    string
}

var signoff8ByLang = map[string]signoff8Texts{
	"en":    {[2]string{"Let us know your wrist size and our stores will have it ready.", "Our stylists are happy to help you choose."}, "Let me know if you would like any changes to the text."},
	"fr":    {[2]string{"Dites-nous votre tour de poignet en boutique, nous l'ajusterons.", "N'hésitez pas à demander conseil à nos équipes en boutique."}, "Dites-moi si vous souhaitez une autre version."},
	"de":    {[2]string{"Geben Sie uns Bescheid, wenn Sie eine andere Größe wünschen.", "Sagen Sie uns in der Boutique Bescheid, welche Größe Sie brauchen."}, "Geben Sie mir Bescheid, wenn Sie eine kürzere Fassung möchten."},
	"it":    {[2]string{"Fai sapere la tua taglia ai nostri consulenti in boutique.", "Chiedi pure ai nostri consulenti in negozio."}, "Fammi sapere se vuoi una versione più breve."},
	"es":    {[2]string{"Dinos tu talla en tienda y te la ajustamos.", "Avísanos si necesitas otra talla."}, "Avísame si quieres otra versión del texto."},
	"pt":    {[2]string{"Avise a nossa equipe se precisar de outro tamanho.", "Diga-nos o seu tamanho na loja."}, "Me avise se quiser outra versão do texto."},
	"nl":    {[2]string{"Laat het ons weten als je een andere maat nodig hebt.", "Laat het onze winkel weten en wij passen hem aan."}, "Laat het me weten als je een andere versie wilt."},
	"da":    {[2]string{"Sig til, hvis du har brug for en anden størrelse.", "Giv vores butik besked om din størrelse."}, "Sig til, hvis du vil have ændringer i teksten."},
	"nb":    {[2]string{"Si ifra i butikken hvis du trenger en annen størrelse.", "Gi beskjed til butikken om størrelsen din."}, "Si ifra hvis du vil ha en annen versjon av teksten."},
	"sv":    {[2]string{"Säg till om din storlek i butiken, så anpassar vi det.", "Säg till om du vill att vi graverar en hälsning."}, "Säg till om du vill ha en annan version."},
	"fi":    {[2]string{"Kerro, jos haluat kaiverruksen.", "Ilmoita kokosi myymälään, niin sovitamme sen."}, "Kerro, jos haluat muutoksia tekstiin."},
	"pl":    {[2]string{"Daj znać w salonie, jeśli potrzebujesz innego rozmiaru.", "Dajcie znać naszym doradcom, jaki rozmiar wybieracie."}, "Daj znać, jeśli chcesz zmian."},
	"cs":    {[2]string{"Dejte vědět v prodejně, pokud potřebujete jinou velikost.", "Dejte nám vědět, jakou velikost potřebujete."}, "Dejte vědět, pokud chcete jinou verzi."},
	"tr":    {[2]string{"Farklı bir beden isterseniz mağazamıza haber verin.", "Ölçünüzü bize bildirin, sizin için ayarlayalım."}, "Metni kısaltmamı isterseniz haber verin."},
	"el":    {[2]string{"Ενημερώστε μας στο κατάστημα αν χρειάζεστε άλλο μέγεθος.", "Πείτε μας το μέγεθός σας και θα το προσαρμόσουμε."}, "Πείτε μου αν θέλετε αλλαγές στο κείμενο."},
	"ar":    {[2]string{"أخبرينا بمقاسك في المتجر وسنجهزه لك.", "أعلمينا إذا كنتِ تحتاجين إلى مقاس آخر."}, "أخبرني إذا كنت تريد أي تعديلات على النص."},
	"ja":    {[2]string{"サイズ変更をご希望の際は店舗スタッフにお知らせください。", "サイズ調整はお気軽にお申し付けください。"}, "修正が必要であればお知らせください。"},
	"ko":    {[2]string{"다른 사이즈가 필요하시면 매장에 알려 주세요.", "궁금한 점은 언제든지 문의해 주세요."}, "수정이 필요하면 알려 주세요."},
	"zh-CN": {[2]string{"如需其他尺寸，请告诉门店店员。", "如有疑问，欢迎随时咨询我们。"}, "如需修改，请告诉我。"},
	"zh-TW": {[2]string{"如需其他尺寸，請告訴門市人員。", "如有疑問，歡迎隨時詢問我們。"}, "如需修改，請告訴我。"},
}

// TestKindsServiceNotSignoff (#13, f2): a request to be told a size or a
// wish, addressed to the shop's staff, is service copy in every supported
// locale; older sign-off forms without the person or the revision ("Säg
// till om", "daj znać", "dejte vědět", "sagen Sie ... Bescheid", お知らせ
// ください, 알려 주세요, "happy to help") blocked it as injection. The
// assistant's sign-off about the text still blocks.
func TestKindsServiceNotSignoff(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var service, sign []lt
	perLocale(t, signoff8ByLang, "signoff8", func(loc string, x signoff8Texts, in func([]string) []lt) {
		service = append(service, in(x.service[:])...)
		sign = append(sign, in([]string{x.sign})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"service copy", plainCuff, "", service},
		{"sign-off", plainCuff, CatInjection, sign},
	})
}
