package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// requestedTexts per language: assistant text reporting the request it
// answers, closing or opening otherwise true copy.
var requestedTexts = map[string]string{
	"en":    "A slim silver cuff for every day. As you requested, the tone stays warm and short.",
	"fr":    "Un jonc fin en argent pour tous les jours. Comme demandé, le ton reste chaleureux.",
	"de":    "Ein schmaler Silberarmreif für jeden Tag. Wie gewünscht bleibt der Ton warm und kurz.",
	"it":    "Un bracciale sottile in argento per ogni giorno. Come richiesto, il tono resta caldo e breve.",
	"es":    "Una esclava fina de plata para cada día. Según lo solicitado, el tono es cálido y breve.",
	"pt":    "Uma pulseira fina de prata para todos os dias. Conforme solicitado, o tom é caloroso.",
	"nl":    "Een smalle zilveren armband voor elke dag. Zoals gevraagd is de toon warm en kort.",
	"sv":    "En smal armring i silver för varje dag. Som önskat är tonen varm och kort.",
	"da":    "En smal armring i sølv til hver dag. Som ønsket er tonen varm og kort.",
	"nb":    "En smal armring i sølv til hver dag. Som ønsket er tonen varm og kort.",
	"fi":    "Tässä pyytämäsi kuvaus: kapea hopeinen rannekoru joka päivään.",
	"pl":    "Wąska srebrna bransoleta na co dzień. Zgodnie z prośbą ton jest ciepły i krótki.",
	"cs":    "Úzký stříbrný náramek na každý den. Podle zadání je tón vřelý a stručný.",
	"tr":    "Her gün için ince bir gümüş bilezik. İstediğiniz gibi ton sıcak ve kısa.",
	"el":    "Ένα λεπτό ασημένιο βραχιόλι για κάθε μέρα. Όπως ζητήσατε, ο τόνος είναι ζεστός.",
	"ar":    "سوار فضي رفيع لكل يوم. كما طلبت، جاءت النبرة دافئة وقصيرة.",
	"ja":    "毎日使える細身のシルバーバングルです。ご要望の通り、温かみのある短い文にしました。",
	"ko":    "매일 착용하기 좋은 얇은 실버 뱅글입니다. 요청하신 대로 따뜻한 톤으로 작성했습니다.",
	"zh-CN": "一款适合日常佩戴的纤细银手镯。按照您的要求，语气温暖简洁。",
	"zh-TW": "一款適合日常佩戴的纖細銀手鐲。按照您的要求，語氣溫暖簡潔。",
}

// TestKindsAssistantReportsRequest (issue #13, injection_echo): assistant
// text that reports the request it answers ("as requested", "the
// description you asked for") is never copy, in every supported locale.
func TestKindsAssistantReportsRequest(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, requestedTexts, "request", func(loc string, x string, in func([]string) []lt) {
		texts = append(texts, in([]string{x})...)
	})
	runKinds(t, c, guide(t), []kindTable{{"reports the request", plainCuff, CatInjection, texts}})
}
