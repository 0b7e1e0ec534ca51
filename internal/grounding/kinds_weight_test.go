package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// Weights that contradict the product (issue #13, weight_wrong), in every
// supported locale. Two mechanisms:
//
//   - a carat weight said to be every stone's ("0.5 ct each", "0,5
//     quilates cada um", "je 0,5 Karat", 各0.5克拉) is one stone's: on a
//     pair whose total is 0.5 ct it must be 0.25, not the total itself
//     (the language's each_words);
//   - a weight in grams ("5,2 g", "5,2 Gramm", 5.2克, 5.2グラム) is
//     compared with the product's metal weight (an attribute "3.2 g", a
//     key ending in _g, or a measurement in g).
//
// Each language has, per mechanism, a true sentence (no finding) and a
// false one (grounding.measurement blocks).
var weightStuds = core.Product{SKU: "W1", Name: "Solène Studs", Category: "earrings",
	Metals:           []core.Metal{{Base: "platinum", Fineness: "950"}},
	Stones:           []core.Stone{{Type: "diamond", Colour: "white", Count: 2, Origin: "lab_grown"}},
	TotalCaratWeight: 0.5,
	Attributes:       map[string]string{"weight": "3.2 g"}}

// weightTexts: each-ok, each-wrong, grams-ok, grams-wrong.
var weightTexts = map[string][4]string{
	"en": {"Two lab-grown diamonds of 0.25 ct each.", "Two lab-grown diamonds of 0.5 ct each.", "The pair weighs 3.2 g.", "The pair weighs 5.2 g."},
	"fr": {"Deux diamants de synthèse de 0,25 carat chacun.", "Deux diamants de synthèse de 0,5 carat chacun.", "La paire pèse 3,2 grammes.", "La paire pèse 5,2 grammes."},
	"de": {"Zwei im Labor gezüchtete Diamanten mit je 0,25 Karat.", "Zwei im Labor gezüchtete Diamanten mit je 0,5 Karat.", "Das Paar wiegt 3,2 Gramm.", "Das Paar wiegt 5,2 Gramm."},
	"it": {"Due diamanti creati in laboratorio da 0,25 carati ciascuno.", "Due diamanti creati in laboratorio da 0,5 carati ciascuno.", "La coppia pesa 3,2 grammi.", "La coppia pesa 5,2 grammi."},
	"es": {"Dos diamantes creados en laboratorio de 0,25 quilates cada uno.", "Dos diamantes creados en laboratorio de 0,5 quilates cada uno.", "El par pesa 3,2 gramos.", "El par pesa 5,2 gramos."},
	"pt": {"Dois diamantes criados em laboratório com 0,25 quilates cada um.", "Dois diamantes criados em laboratório com 0,5 quilates cada um.", "O par pesa 3,2 gramas.", "O par pesa 5,2 gramas."},
	"nl": {"Twee labgekweekte diamanten van elk 0,25 karaat.", "Twee labgekweekte diamanten van 0,5 karaat elk.", "Het paar weegt 3,2 gram.", "Het paar weegt 5,2 gram."},
	"sv": {"Två labbodlade diamanter på 0,25 karat vardera.", "Två labbodlade diamanter på 0,5 karat vardera.", "Paret väger 3,2 gram.", "Paret väger 5,2 gram."},
	"da": {"To laboratoriedyrkede diamanter på 0,25 karat hver.", "To laboratoriedyrkede diamanter på 0,5 karat hver.", "Parret vejer 3,2 g.", "Parret vejer 5,2 g."},
	"nb": {"To laboratoriedyrkede diamanter på 0,25 karat hver.", "To laboratoriedyrkede diamanter på 0,5 karat hver.", "Paret veier 3,2 gram.", "Paret veier 5,2 gram."},
	"fi": {"Kaksi laboratoriossa kasvatettua timanttia, kukin 0,25 karaattia.", "Kaksi laboratoriossa kasvatettua timanttia, 0,5 karaattia kukin.", "Pari painaa 3,2 grammaa.", "Pari painaa 5,2 grammaa."},
	"pl": {"Dwa diamenty hodowane w laboratorium, każdy 0,25 karata.", "Dwa diamenty hodowane w laboratorium, 0,5 karata każdy.", "Para waży 3,2 g.", "Para waży 5,2 g."},
	"cs": {"Dva laboratorně vypěstované diamanty, každý 0,25 karátu.", "Dva laboratorně vypěstované diamanty, 0,5 karátu každý.", "Pár váží 3,2 gramu.", "Pár váží 5,2 gramu."},
	"tr": {"Her biri 0,25 karat iki laboratuvarda yetiştirilmiş pırlanta.", "Her biri 0,5 karat iki laboratuvarda yetiştirilmiş pırlanta.", "Çift 3,2 gram ağırlığındadır.", "Çift 5,2 gram ağırlığındadır."},
	"el": {"Δύο εργαστηριακά διαμάντια των 0,25 καρατίων το καθένα.", "Δύο εργαστηριακά διαμάντια των 0,5 καρατίων το καθένα.", "Το ζευγάρι ζυγίζει 3,2 γραμμάρια.", "Το ζευγάρι ζυγίζει 5,2 γραμμάρια."},
	"ar": {"ماستان مصنعتان في المختبر بوزن 0.25 قيراط لكل منهما.", "ماستان مصنعتان في المختبر بوزن 0.5 قيراط لكل منهما.", "يزن الزوج 3.2 غرام.", "يزن الزوج 5.2 غرام."},
	"ja": {"ラボグロウンダイヤモンド2石、各0.25カラット。", "ラボグロウンダイヤモンド2石、各0.5カラット。", "ペアの重さは3.2グラムです。", "ペアの重さは5.2グラムです。"},
	"ko": {"랩그로운 다이아몬드 두 개, 각 0.25캐럿입니다.", "랩그로운 다이아몬드 두 개, 각 0.5캐럿입니다.", "한 쌍의 무게는 3.2그램입니다.", "한 쌍의 무게는 5.2그램입니다."},
	"zh": {"两颗实验室培育钻石，每颗0.25克拉。", "两颗实验室培育钻石，每颗0.5克拉。", "这对耳钉重3.2克。", "这对耳钉重5.2克。"},
}

func TestKindsWeightEachAndGrams(t *testing.T) {
	t.Parallel()
	for _, loc := range locales.Must().Supported() {
		key, ok := factLang(weightTexts, loc)
		if !ok {
			t.Errorf("no sentences for %s", loc)
			continue
		}
		for i, text := range weightTexts[key] {
			want := i%2 == 1
			got := false
			fs := CheckWith(weightStuds.Resolved(), loc, text, Options{})
			for _, f := range fs {
				got = got || f.Rule == RuleMeasurement && f.Severity == core.SeverityBlock
			}
			if got != want {
				t.Errorf("%s %q: measurement block %v, want %v; findings %+v", loc, text, got, want, fs)
			}
		}
	}
}
