package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Ordinary loanwords one sound class from a competitor's name (#13,
// loanword36, the thirtieth session).
//
// A run of kana, Hangul, Cyrillic, Greek or Arabic matched a competitor
// whose consonant skeleton it was one edit from: "contrast" in any of
// those scripts (コントラスト, 콘트라스트, контраст, κοντράστ) is KNTRST,
// one K from Kendra Scott's KNTRSKT, and blocked as a competitor spelt in
// another script (released 36's ja-JP 36B102-1 and -2, "深い青と透明な輝き
// のコントラスト"). The one edit is now only the labial that one script
// writes and another drops (an Arabic و, a w), as the rule was meant; the
// silent final r of a name said without it (Monica Vinader, モニカ・ヴィナダー)
// is the name's alternative skeleton. Twins: the competitors in each script
// still block.
func TestKindsLoanword36(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "L36", Name: "Aurora", Category: "ring", Collection: "Signature",
		Materials: []string{"platinum 950"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours: []string{"blue", "white"}}
	checkKindRows(t, svc, CatCompetitor, []kindRow{
		{"ja-JP", "深い青と透明な輝きのコントラストが上品なリングです。", ring, false},
		{"ja-JP", "青と白のコントラストが指先を明るく見せます。", ring, false},
		{"ko-KR", "깊은 파란색과 투명한 광채의 콘트라스트가 우아한 반지입니다.", ring, false},
		{"el-GR", "Το κοντράστ του μπλε με το λευκό φως κάνει το δαχτυλίδι κομψό.", ring, false},
		{"ar-AE", "يمنح الكونتراست بين الأزرق والأبيض الخاتم أناقة هادئة.", ring, false},
		// Twins: the competitors in another script.
		{"ja-JP", "ケンドラ・スコットのリングにも似たデザインです。", ring, true},
		{"ja-JP", "スワロフスキーのような輝きです。", ring, true},
		{"ja-JP", "モニカ・ヴィナダーのリングのように重ねづけできます。", ring, true},
		{"ko-KR", "켄드라 스콧 스타일의 반지입니다.", ring, true},
		{"ko-KR", "모니카 비나더의 반지처럼 겹쳐 낄 수 있습니다.", ring, true},
		{"el-GR", "Θυμίζει τα δαχτυλίδια της Κέντρα Σκοτ.", ring, true},
		{"ar-AE", "يشبه تصميم خواتم كندرا سكوت.", ring, true},
		{"ar-AE", "بريق يشبه سواروفسكي.", ring, true},
	})
}
