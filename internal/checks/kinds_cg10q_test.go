package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// cg10LabPendant is a white gold pendant with one lab-grown diamond;
// cg10LabLine a silver bracelet of twenty lab-grown sapphires.
var (
	cg10LabPendant = core.Product{SKU: "K10L", Name: "Solo", Category: "pendant", Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: core.OriginLabGrown}}}
	cg10LabLine = core.Product{SKU: "K10S", Name: "Line", Category: "bracelet", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 20, Origin: core.OriginLabGrown}}}
)

// cg10QualLang is one language's market qualifier said of the lab-grown
// diamond as its predicate ("The diamond of this pendant is synthetic",
// "Diament w tej zawieszce został wyhodowany w laboratorium"), or named
// first and referred back to; sapphire: the qualifier in other words of
// the market's data (cs "z laboratoře", ko 연구실에서, ja 研究室). They
// pass; bare: the same sentence with no qualifier, or with it denied,
// blocks as regulatory.
type cg10QualLang struct {
	pred, sapphire, bare []string
}

var cg10QualTexts = map[string]cg10QualLang{
	"en":    {pred: []string{"The diamond at its heart is laboratory-grown.", "The diamond of this pendant was created in a laboratory.", "The diamond of this pendant is synthetic."}, bare: []string{"The diamond at its heart is round and clear.", "The diamond at its heart is not synthetic."}},
	"fr":    {pred: []string{"Le diamant de ce pendentif est synthétique.", "Le diamant de ce pendentif est de synthèse."}, bare: []string{"Le diamant de ce pendentif est rond et limpide."}},
	"de":    {pred: []string{"Der Diamant dieses Anhängers ist synthetisch.", "Der Diamant in der Mitte des Anhängers wurde im Labor gezüchtet."}, bare: []string{"Der Diamant dieses Anhängers ist rund und klar."}},
	"it":    {pred: []string{"Il diamante di questo ciondolo è sintetico.", "Il diamante di questo ciondolo è stato creato in laboratorio."}, bare: []string{"Il diamante di questo ciondolo è rotondo e limpido."}},
	"es":    {pred: []string{"El diamante de este colgante es sintético.", "El diamante de este colgante fue creado en laboratorio."}, bare: []string{"El diamante de este colgante es redondo y limpio."}},
	"pt":    {pred: []string{"O diamante no centro deste pingente é sintético.", "O diamante no centro deste pingente foi criado em laboratório."}, bare: []string{"O diamante no centro deste pingente é redondo e límpido."}},
	"nl":    {pred: []string{"De diamant van deze hanger is synthetisch.", "De diamant in het midden van de hanger werd in het lab gekweekt."}, bare: []string{"De diamant van deze hanger is rond en helder."}},
	"sv":    {pred: []string{"Diamanten i mitten av hängsmycket är syntetisk.", "Diamanten i mitten av hängsmycket är labbodlad."}, bare: []string{"Diamanten i mitten av hängsmycket är rund och klar."}},
	"da":    {pred: []string{"Diamanten i midten af vedhænget er syntetisk.", "Diamanten i midten af vedhænget er laboratoriedyrket."}, bare: []string{"Diamanten i midten af vedhænget er rund og klar."}},
	"nb":    {pred: []string{"Diamanten i midten av anhenget er syntetisk.", "Diamanten i midten av anhenget er laboratoriedyrket."}, bare: []string{"Diamanten i midten av anhenget er rund og klar."}},
	"fi":    {pred: []string{"Riipuksen keskellä oleva timantti on synteettinen.", "Riipuksen keskellä oleva timantti on laboratoriossa kasvatettu."}, bare: []string{"Riipuksen keskellä oleva timantti on pyöreä ja kirkas."}},
	"pl":    {pred: []string{"Diament w tej zawieszce jest syntetyczny.", "Diament w tej zawieszce został wyhodowany w laboratorium.", "Diament w tej zawieszce jest laboratoryjny."}, sapphire: []string{"Bransoletka z szafirami stworzonymi w laboratorium."}, bare: []string{"Diament w tej zawieszce jest okrągły i przejrzysty.", "Diament w tej zawieszce nie jest syntetyczny."}},
	"cs":    {pred: []string{"Diamant v tomto přívěsku je syntetický.", "Diamant v tomto přívěsku byl vypěstován v laboratoři."}, sapphire: []string{"Náramek se safíry z laboratoře.", "Náramek s laboratorními safíry."}, bare: []string{"Diamant v tomto přívěsku je kulatý a čirý."}},
	"tr":    {pred: []string{"Bu kolyedeki pırlanta sentetiktir."}, bare: []string{"Bu kolyedeki pırlanta yuvarlak ve berraktır."}},
	"el":    {pred: []string{"Το διαμάντι του μενταγιόν είναι συνθετικό."}, bare: []string{"Το διαμάντι του μενταγιόν είναι στρογγυλό και διαυγές."}},
	"ar":    {pred: []string{"الماسة في هذه القلادة مزروعة في المختبر."}, bare: []string{"الماسة في هذه القلادة مستديرة وصافية."}},
	"ja":    {pred: []string{"このペンダントのダイヤモンドは研究室で育てられたものです。", "このペンダントのダイヤモンドはラボグロウンです。"}, sapphire: []string{"研究室で育てられたサファイア20石が並ぶブレスレット。"}, bare: []string{"このペンダントのダイヤモンドは丸く透き通っています。"}},
	"ko":    {pred: []string{"이 펜던트의 다이아몬드는 랩그로운입니다."}, sapphire: []string{"연구실에서 키운 사파이어 20개가 이어진 팔찌입니다.", "랩에서 성장한 사파이어 20개가 이어진 팔찌입니다."}, bare: []string{"이 펜던트의 다이아몬드는 둥글고 투명합니다."}},
	"zh-CN": {pred: []string{"这款吊坠的钻石为实验室培育。", "实验室培育钻石吊坠。钻石闪耀动人。"}, bare: []string{"这款吊坠的钻石圆润透亮。"}},
	"zh-TW": {pred: []string{"這款吊墜的鑽石為實驗室培育。", "實驗室培育鑽石吊墜。鑽石閃耀動人。"}, bare: []string{"這款吊墜的鑽石圓潤透亮。"}},
}

// TestKindsLegalQualifier10 (issue #13, legal_qualifier of the ninth
// blind set: the market's qualifier said after the stone blocked as
// missing) in every supported locale.
func TestKindsLegalQualifier10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var pred, sapphire, bare []lt
	perLocale(t, cg10QualTexts, "cg10 qualifier", func(loc string, x cg10QualLang, in func([]string) []lt) {
		pred = append(pred, in(x.pred)...)
		sapphire = append(sapphire, in(x.sapphire)...)
		bare = append(bare, in(x.bare)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"qualifier said of the diamond", cg10LabPendant, "", pred},
		{"qualifier of the sapphires in other words", cg10LabLine, "", sapphire},
		{"no qualifier", cg10LabPendant, CatRegulatory, bare},
	})
}
