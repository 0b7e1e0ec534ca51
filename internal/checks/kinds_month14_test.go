package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A month, a day or a year is no count (#13, the fourteenth session's
// month14, probe 14e): ja "10月の誕生石トルマリン" (October's birthstone,
// tourmaline) and ko "10월의 탄생석 투르말린" were read as ten tourmalines on
// a piece of five and blocked grounding.count. A number glued to a noun of
// the calendar (ja/zh 月 日 年, ko 월 일 년), a day beside a month's name
// ("10 October", "October 10", "10. Oktober", "el 10 de octubre") and a
// year ("since 1803", "seit 1987") count nothing, in every locale. A wrong
// count beside them still blocks.
func TestKindsMonth14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ear := core.Product{SKU: "H14M", Name: "Pink Tourmaline Ear Climbers", Category: "earrings", Collection: "Lumière",
		Materials: []string{"18k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "tourmaline", Colour: "pink", Count: 5, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 6, Origin: core.OriginNatural}},
		Colours: []string{"rose gold", "pink"}}
	checkKindRows(t, svc, "", []kindRow{
		{"ja-JP", "10月の誕生石トルマリンのやさしいピンクは、普段使いにも似合います。", ear, false},
		{"ja-JP", "10月生まれの方へ、誕生石トルマリンを贈りませんか。", ear, false},
		{"ja-JP", "1803年からトルマリンは愛されてきました。", ear, false},
		{"ja-JP", "10月10日の誕生日にトルマリンを。", ear, false},
		{"ko-KR", "10월의 탄생석 투르말린으로, 데일리룩에 어울립니다.", ear, false},
		{"ko-KR", "10월 탄생석 투르말린을 담았습니다.", ear, false},
		{"ko-KR", "1987년부터 투르말린을 다뤄 왔습니다.", ear, false},
		{"ko-KR", "10월 10일 생일에 투르말린을 선물하세요.", ear, false},
		{"zh-CN", "10月的生辰石碧玺，温柔的粉色。", ear, false},
		{"zh-CN", "十月生辰石碧玺，温柔的粉色。", ear, false},
		{"zh-TW", "10月誕生石碧璽，溫柔的粉色。", ear, false},
		{"zh-CN", "自1803年起碧玺便备受喜爱。", ear, false},
		{"en-US", "Born on October 10? Tourmaline is your birthstone.", ear, false},
		{"en-GB", "Born on 10 October, pink tourmaline is your birthstone.", ear, false},
		{"en-US", "Since 1803 tourmalines have been prized by jewellers.", ear, false},
		{"en-US", "In 1987 pink tourmaline became a favourite.", ear, false},
		{"en-AU", "For birthdays on the 10th of October, tourmaline is the stone.", ear, false},
		{"de-DE", "Am 10. Oktober Geborene tragen Turmalin als Monatsstein.", ear, false},
		{"de-DE", "Seit 1803 gilt der Turmalin als Stein des Oktobers.", ear, false},
		{"fr-FR", "Née le 10 octobre, la tourmaline rose est votre pierre.", ear, false},
		{"fr-FR", "Depuis 1803 la tourmaline séduit les joailliers.", ear, false},
		{"es-ES", "Para quien nació el 10 de octubre, la turmalina rosa.", ear, false},
		{"es-MX", "Desde 1803 la turmalina rosa enamora.", ear, false},
		{"it-IT", "Dal 1803 la tormalina rosa conquista i gioiellieri.", ear, false},
		{"pt-BR", "Desde 1803 a turmalina rosa encanta.", ear, false},
		{"nl-NL", "Sinds 1803 is toermalijn geliefd.", ear, false},
		{"sv-SE", "Sedan 1803 har turmalin varit älskad.", ear, false},
		{"pl-PL", "Od 1803 roku turmalin zachwyca jubilerów.", ear, false},
		{"tr-TR", "1803 yılından beri turmalin çok sevilir.", ear, false},
		// a wrong count still blocks, beside a month or not
		{"ja-JP", "10月の誕生石、ピンクトルマリン6石をあしらいました。", ear, true},
		{"ja-JP", "10個のトルマリンをあしらいました。", ear, true},
		{"ko-KR", "10월의 탄생석, 핑크 투르말린 여섯 개를 세팅했습니다.", ear, true},
		{"zh-CN", "十颗碧玺镶嵌于玫瑰金。", ear, true},
		{"en-US", "Ten pink tourmalines climb the ear.", ear, true},
		{"en-US", "Since 1803, jewellers have set 10 tourmalines like these.", ear, true},
		{"de-DE", "Seit 1803: zehn Turmaline am Ohr.", ear, true},
	})
}
