package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// grade12Ring is a palladium band with seven diamonds of one colour grade.
func grade12Ring(sku, colour string) core.Product {
	return core.Product{SKU: sku, Name: "Lueur", Category: "ring", Materials: []string{"950 palladium", "diamond"},
		Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"silver", colour},
		Stones: []core.Stone{{Type: "diamond", Colour: colour, Count: 7, Origin: core.OriginNatural}}}
}

var (
	grade12Cognac    = grade12Ring("G12C", "cognac")
	grade12Champagne = grade12Ring("G12P", "champagne")
	grade12White     = grade12Ring("G12W", "white")
	grade12Yellow    = grade12Ring("G12Y", "yellow")
)

// grade12Lang is one language's diamonds of each colour grade: cognac,
// champagne, chocolate, canary (fancy yellow), colourless and brown.
type grade12Lang struct {
	cognac, champagne, chocolate, canary, colourless, brown string
}

var grade12Texts = map[string]grade12Lang{
	"en":    {"Set with cognac diamonds.", "Set with champagne diamonds.", "Set with chocolate diamonds.", "Set with canary diamonds.", "Set with colourless diamonds.", "Set with brown diamonds."},
	"de":    {"Besetzt mit cognacfarbenen Diamanten.", "Besetzt mit champagnerfarbenen Diamanten.", "Besetzt mit schokoladenbraunen Diamanten.", "Besetzt mit kanariengelben Diamanten.", "Besetzt mit farblosen Diamanten.", "Besetzt mit braunen Diamanten."},
	"nl":    {"Gezet met cognackleurige diamanten.", "Gezet met champagnekleurige diamanten.", "Gezet met chocoladebruine diamanten.", "Gezet met kanariegele diamanten.", "Gezet met kleurloze diamanten.", "Gezet met bruine diamanten."},
	"sv":    {"Infattad med konjaksfärgade diamanter.", "Infattad med champagnefärgade diamanter.", "Infattad med chokladbruna diamanter.", "Infattad med kanariegula diamanter.", "Infattad med färglösa diamanter.", "Infattad med bruna diamanter."},
	"da":    {"Besat med cognacfarvede diamanter.", "Besat med champagnefarvede diamanter.", "Besat med chokoladebrune diamanter.", "Besat med kanariegule diamanter.", "Besat med farveløse diamanter.", "Besat med brune diamanter."},
	"nb":    {"Besatt med konjakkfargede diamanter.", "Besatt med champagnefargede diamanter.", "Besatt med sjokoladebrune diamanter.", "Besatt med kanarigule diamanter.", "Besatt med fargeløse diamanter.", "Besatt med brune diamanter."},
	"fi":    {"Sormuksessa on konjakinväriset timantit.", "Sormuksessa on samppanjanväriset timantit.", "Sormuksessa on suklaanruskeat timantit.", "Sormuksessa on kanariankeltaiset timantit.", "Sormuksessa on värittömät timantit.", "Sormuksessa on ruskeat timantit."},
	"fr":    {"Serti de diamants cognac.", "Serti de diamants champagne.", "Serti de diamants chocolat.", "Serti de diamants jaune canari.", "Serti de diamants incolores.", "Serti de diamants bruns."},
	"es":    {"Engastado con diamantes coñac.", "Engastado con diamantes champán.", "Engastado con diamantes chocolate.", "Engastado con diamantes amarillo canario.", "Engastado con diamantes incoloros.", "Engastado con diamantes marrones."},
	"it":    {"Incastonato con diamanti cognac.", "Incastonato con diamanti champagne.", "Incastonato con diamanti cioccolato.", "Incastonato con diamanti giallo canarino.", "Incastonato con diamanti incolori.", "Incastonato con diamanti marroni."},
	"pt":    {"Cravejado com diamantes conhaque.", "Cravejado com diamantes champanhe.", "Cravejado com diamantes chocolate.", "Cravejado com diamantes amarelo-canário.", "Cravejado com diamantes incolores.", "Cravejado com diamantes castanhos."},
	"pl":    {"Pierścionek ma koniakowe diamenty.", "Pierścionek ma szampańskie diamenty.", "Pierścionek ma czekoladowe diamenty.", "Pierścionek ma kanarkowe diamenty.", "Pierścionek ma bezbarwne diamenty.", "Pierścionek ma brązowe diamenty."},
	"cs":    {"Prsten zdobí koňakové diamanty.", "Prsten zdobí šampaňské diamanty.", "Prsten zdobí čokoládové diamanty.", "Prsten zdobí kanárkové diamanty.", "Prsten zdobí bezbarvé diamanty.", "Prsten zdobí hnědé diamanty."},
	"el":    {"Με κονιάκ διαμάντια.", "Με σαμπανί διαμάντια.", "Με σοκολατί διαμάντια.", "Με καναρινί διαμάντια.", "Με άχρωμα διαμάντια.", "Με καφέ διαμάντια."},
	"tr":    {"Yüzükte konyak renkli pırlantalar var.", "Yüzükte şampanya renkli pırlantalar var.", "Yüzükte çikolata renkli pırlantalar var.", "Yüzükte kanarya sarısı pırlantalar var.", "Yüzükte renksiz pırlantalar var.", "Yüzükte kahverengi pırlantalar var."},
	"ja":    {"コニャックダイヤモンドをセット。", "シャンパンダイヤモンドをセット。", "チョコレートダイヤモンドをセット。", "カナリーイエローダイヤモンドをセット。", "ホワイトダイヤモンドをセット。", "ブラウンダイヤモンドをセット。"},
	"ko":    {"코냑 다이아몬드 세팅.", "샴페인 다이아몬드 세팅.", "초콜릿 다이아몬드 세팅.", "카나리 옐로 다이아몬드 세팅.", "화이트 다이아몬드 세팅.", "브라운 다이아몬드 세팅."},
	"zh-CN": {"镶嵌干邑色钻石。", "镶嵌香槟色钻石。", "镶嵌巧克力色钻石。", "镶嵌金丝雀黄钻石。", "镶嵌无色钻石。", "镶嵌棕色钻石。"},
	"zh-TW": {"鑲嵌乾邑色鑽石。", "鑲嵌香檳色鑽石。", "鑲嵌巧克力色鑽石。", "鑲嵌金絲雀黃鑽石。", "鑲嵌無色鑽石。", "鑲嵌棕色鑽石。"},
	"ar":    {"مرصع بألماس بلون الكونياك.", "مرصع بألماس بلون الشمبانيا.", "مرصع بألماس بلون الشوكولاتة.", "مرصع بألماس أصفر كناري.", "مرصع بألماس عديم اللون.", "مرصع بألماس بني."},
}

// TestKindsStoneGrade12: the colour grades of diamonds are colours in
// every language and are compared with the stone's (#13, unknown_vocab:
// ko "샴페인 다이아몬드" on cognac diamonds passed, "champagne" and
// "cognac" being no colour words). Champagne and cognac are browns a
// grade apart (the Argyle scale: champagne C1-C6, cognac C7), so either
// on the other blocks, as chocolate and canary do; brown on cognac, and
// colourless on white diamonds, pass. Data: the colour terms of every
// vocabulary (stone_only: a drink, a sweet or a bird elsewhere) and
// canon.yaml's implies (cognac, champagne, chocolate: brown).
func TestKindsStoneGrade12(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var cognac, champagne, chocolate, canary, colourless, brown []lt
	perLocale(t, grade12Texts, "grade12", func(loc string, x grade12Lang, in func([]string) []lt) {
		cognac = append(cognac, in([]string{x.cognac})...)
		champagne = append(champagne, in([]string{x.champagne})...)
		chocolate = append(chocolate, in([]string{x.chocolate})...)
		canary = append(canary, in([]string{x.canary})...)
		colourless = append(colourless, in([]string{x.colourless})...)
		brown = append(brown, in([]string{x.brown})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"champagne diamonds on cognac diamonds", grade12Cognac, CatGrounding, champagne},
		{"chocolate diamonds on cognac diamonds", grade12Cognac, CatGrounding, chocolate},
		{"canary diamonds on cognac diamonds", grade12Cognac, CatGrounding, canary},
		{"cognac diamonds on champagne diamonds", grade12Champagne, CatGrounding, cognac},
		{"cognac diamonds on cognac diamonds", grade12Cognac, "", cognac},
		{"brown diamonds on cognac diamonds", grade12Cognac, "", brown},
		{"champagne diamonds on champagne diamonds", grade12Champagne, "", champagne},
		{"canary diamonds on yellow diamonds", grade12Yellow, "", canary},
		{"colourless diamonds on white diamonds", grade12White, "", colourless},
	})
}
