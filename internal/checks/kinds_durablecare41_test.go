package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// durableCareStore is storage advice with its purpose, a scratch spared,
// in every locale.
var durableCareStore = []locText{
	{"en-GB", "Store it apart from your other jewellery so the silver and the stone don't scratch."},
	{"en-US", "Store it separately so the silver and the stone do not scratch."},
	{"en-AU", "Keep it apart from other pieces in a pouch so it doesn't scratch."},
	{"de-DE", "Bewahre ihn getrennt von anderem Schmuck auf, damit Silber und Stein nicht zerkratzen."},
	{"fr-FR", "Rangez-le séparément de vos autres bijoux pour que l'argent et la pierre ne se rayent pas."},
	{"fr-CA", "Rangez-le à part dans sa pochette pour qu'il ne se raye pas."},
	{"es-ES", "Guárdalo por separado de tus otras joyas para que la plata y la piedra no se rayen."},
	{"es-MX", "Guárdalo separado de otras piezas para que no se raye."},
	{"it-IT", "Riponilo separatamente dagli altri gioielli, così l'argento e la pietra non si graffiano."},
	{"pt-PT", "Guarde-o separado das outras joias para que a prata e a pedra não se risquem."},
	{"pt-BR", "Guarde separado das outras joias para não riscar."},
	{"nl-NL", "Bewaar hem apart van je andere sieraden, zodat het zilver en de steen niet krassen."},
	{"sv-SE", "Förvara det separat från andra smycken så att silvret och stenen inte repas."},
	{"da-DK", "Opbevar det adskilt fra andre smykker, så sølvet og stenen ikke bliver ridset."},
	{"nb-NO", "Oppbevar det atskilt fra andre smykker, så sølvet og steinen ikke får riper."},
	{"fi-FI", "Puhdista se pehmeällä liinalla ja säilytä se erillään muista koruista, jotta hopea ja kivi eivät naarmuunnu."},
	{"pl-PL", "Przechowuj go osobno, aby srebro i kamień się nie porysowały."},
	{"cs-CZ", "Uchovávejte ho odděleně od ostatních šperků, aby se stříbro a kámen nepoškrábaly."},
	{"tr-TR", "Gümüş ve taş çizilmesin diye diğer takılardan ayrı saklayın."},
	{"el-GR", "Φυλάξτε το χωριστά από τα άλλα κοσμήματα, ώστε το ασήμι και η πέτρα να μη γρατζουνιστούν."},
	{"ar-AE", "احفظيه بشكل منفصل عن المجوهرات الأخرى حتى لا تُخدش الفضة والحجر."},
	{"ja-JP", "シルバーと石に傷がつかないよう、ほかのジュエリーとは別々に保管してください。"},
	{"ko-KR", "실버와 스톤에 흠집이 나지 않도록 다른 주얼리와 따로 보관해 주세요."},
	{"zh-CN", "请与其他首饰分开存放，以免银和宝石刮花。"},
	{"zh-TW", "請與其他首飾分開存放，以免銀和寶石刮花。"},
}

// TestKindsDurableCare41 (probe 41C fi-FI 41C101 "säilytä se erillään
// muista koruista, jotta hopea ja kivi eivät naarmuunnu"): storing a piece
// apart so it does not scratch is care advice, no promise that it resists
// wear: the storing imperatives and "apart" words are durability's unless
// words (data/<lang>/concepts-durablecare41.yaml), in every locale. A
// scratch denied with no advice, or said never to come ("store it
// anywhere: it will never scratch", durability's forever phrases), still
// blocks.
func TestKindsDurableCare41(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "D41", Name: "Carnelian Pendant", Category: "necklace", Collection: "Heritage",
		Materials: []string{"sterling silver", "carnelian"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"orange", "silver"}, Stones: []core.Stone{{Type: "carnelian", Colour: "orange", Count: 1, Origin: "natural"}}}
	checkKindRows(t, svc, "claim", passBlockRows(p, durableCareStore, []locText{
		{"en-GB", "The silver and the stone will never scratch."},
		{"en-GB", "Store it anywhere you like: it will never scratch."},
		{"fr-FR", "L'argent et la pierre ne se rayent jamais."},
		{"es-ES", "La plata y la piedra nunca se rayan."},
		{"it-IT", "L'argento e la pietra non si graffiano mai."},
		{"sv-SE", "Silvret och stenen repas aldrig."},
		{"fi-FI", "Hopea ja kivi eivät naarmuunnu."},
		{"fi-FI", "Säilytä se missä tahansa, se ei koskaan naarmuunnu."},
		{"tr-TR", "Gümüş ve taş asla çizilmez."},
		{"ja-JP", "シルバーも石も決して傷がつきません。"},
		{"zh-CN", "银和宝石永远不会刮花。"},
	}))
}
