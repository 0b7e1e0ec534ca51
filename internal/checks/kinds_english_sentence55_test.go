package checks

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// An English sentence with commas in copy of another language is
// untranslated English (#13, langfrag55: probe 53C es-MX, "… que realza su
// brillo. Avoid heat, hard knocks and ultrasonic cleaners." published). The
// clause, run, short-sentence and clause-stretch tests all stop at a comma
// and the mixed-sentence test wants three English function words, so a
// sentence of lists and short clauses passed in every locale.
// checkEnglishWholeSentences (english_sentence_level.go) reads the sentence
// whole: two thirds of its counted words English (function words, copy and
// care words), none of the locale's function words, names, keywords,
// numbers, loanwords and do-not-translate terms neutral, and lingua sure in
// Latin-script copy.

// englishSentence55Base is two sentences of each non-English locale's own
// copy, long enough that a closing English sentence does not tip the whole
// text's script or language.
var englishSentence55Base = map[string]string{
	"de-DE": "Eine feine Kette aus Sterlingsilber mit einem schlichten Anhänger. Sie passt zu Jeans ebenso wie zum Abendkleid und lässt sich leicht mit anderen Ketten kombinieren.",
	"fr-FR": "Un collier fin en argent sterling, orné d'un pendentif discret. Il se porte seul ou avec d'autres chaînes, du matin au soir.",
	"fr-CA": "Un collier fin en argent sterling, orné d'un pendentif discret. Il se porte seul ou avec d'autres chaînes, du matin au soir.",
	"es-ES": "Un collar fino de plata de ley con un colgante discreto. Se lleva solo o combinado con otras cadenas, de la mañana a la noche.",
	"es-MX": "Un collar delgado de plata con un dije discreto. Su único acabado es una capa de cera tradicional que realza su brillo.",
	"it-IT": "Una collana sottile in argento sterling con un ciondolo discreto. Si indossa da sola o con altre catenine, dalla mattina alla sera.",
	"pt-PT": "Um colar fino em prata de lei com um pendente discreto. Usa-se sozinho ou com outras correntes, da manhã à noite.",
	"pt-BR": "Um colar fino de prata com um pingente discreto. Você pode usar sozinho ou com outras correntes, do trabalho ao jantar.",
	"nl-NL": "Een fijne ketting van sterling zilver met een eenvoudige hanger. Je draagt hem alleen of samen met andere kettingen, van de ochtend tot de avond.",
	"nb-NO": "Et fint halskjede i sterlingsølv med et enkelt anheng. Det kan brukes alene eller sammen med andre kjeder, fra morgen til kveld.",
	"da-DK": "En fin halskæde i sterlingsølv med et enkelt vedhæng. Den kan bæres alene eller sammen med andre kæder, fra morgen til aften.",
	"sv-SE": "Ett fint halsband i sterlingsilver med ett enkelt hänge. Det kan bäras ensamt eller tillsammans med andra kedjor, från morgon till kväll.",
	"fi-FI": "Hieno sterlinghopeinen kaulakoru, jossa on yksinkertainen riipus. Sitä voi käyttää yksin tai yhdessä muiden ketjujen kanssa aamusta iltaan.",
	"pl-PL": "Delikatny naszyjnik ze srebra próby 925 z prostą zawieszką. Można go nosić samodzielnie lub z innymi łańcuszkami, od rana do wieczora.",
	"cs-CZ": "Jemný náhrdelník ze sterlingového stříbra s jednoduchým přívěskem. Můžete ho nosit samostatně nebo s dalšími řetízky, od rána do večera.",
	"el-GR": "Ένα λεπτό κολιέ από ασήμι 925 με ένα απλό μενταγιόν. Φοριέται μόνο του ή μαζί με άλλες αλυσίδες, από το πρωί μέχρι το βράδυ.",
	"tr-TR": "Sade bir kolye ucuyla ince bir 925 ayar gümüş kolye. Tek başına ya da diğer zincirlerle birlikte, sabahtan akşama kadar takabilirsiniz.",
	"ar-AE": "قلادة رفيعة من الفضة الإسترلينية مع دلاية بسيطة. يمكنك ارتداؤها وحدها أو مع سلاسل أخرى، من الصباح حتى المساء.",
	"ja-JP": "シンプルなペンダントを添えた、スターリングシルバーの華奢なネックレスです。一本でも、ほかのチェーンと重ねても、朝から夜までお使いいただけます。",
	"ko-KR": "심플한 펜던트가 달린 스털링 실버 소재의 섬세한 목걸이입니다. 단독으로 또는 다른 체인과 함께 아침부터 저녁까지 착용하실 수 있습니다.",
	"zh-CN": "这款纤细的纯银项链配有一枚简约吊坠。您可以单独佩戴，也可以与其他链条叠戴，从早到晚皆宜。",
	"zh-TW": "這款纖細的純銀項鍊配有一枚簡約墜飾。您可以單獨佩戴，也可以與其他鍊條疊戴，從早到晚皆宜。",
}

// englishSentence55Rows appends sentence to each locale's base copy (no
// space after a Chinese or Japanese full stop).
func englishSentence55Rows(p core.Product, block bool, sentence string, locs ...string) []kindRow {
	if len(locs) == 0 {
		for l := range englishSentence55Base {
			locs = append(locs, l)
		}
	}
	var rows []kindRow
	for _, l := range locs {
		sep := " "
		if l == "ja-JP" || l == "zh-CN" || l == "zh-TW" {
			sep = ""
		}
		rows = append(rows, kindRow{l, englishSentence55Base[l] + sep + sentence, p, block})
	}
	return rows
}

func TestKindsEnglishSentence55(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := silverNecklace
	p.Collection = "Moments"
	latin := []string{"de-DE", "fr-FR", "fr-CA", "es-ES", "es-MX", "it-IT", "pt-PT", "pt-BR", "nl-NL", "nb-NO", "da-DK", "sv-SE", "fi-FI", "pl-PL", "cs-CZ", "tr-TR"}
	var rows []kindRow
	// The probe's sentence: one English function word and care words. In
	// Greek, Arabic, Japanese, Korean and Chinese copy the run test finds
	// it already (every Latin word is foreign there).
	rows = append(rows, englishSentence55Rows(p, true, "Avoid heat, hard knocks and ultrasonic cleaners.", latin...)...)
	rows = append(rows, englishSentence55Rows(p, true, "Remove before swimming, showering or sleeping.", latin...)...)
	// Copy words alone, in every locale.
	rows = append(rows, englishSentence55Rows(p, true, "Effortless, delicate, everyday, beautiful.")...)
	// Where a function word of both languages ("or" in French, "to" in
	// Polish) split the run the other locales find.
	rows = append(rows, englishSentence55Rows(p, true, "Keep it dry, away from chlorine, sweat and household cleaners.", "fr-FR", "fr-CA", "pl-PL")...)
	checkKindRows(t, svc, CatLocale, rows)

	// The locale's own copy, its loanwords and names stay as they are.
	checkKindRows(t, svc, CatLocale, []kindRow{
		{"fr-FR", englishSentence55Base["fr-FR"] + " Un bijou au look chic, au design épuré.", p, false},
		{"nl-NL", englishSentence55Base["nl-NL"] + " Tijdloos design, chique look, perfect voor elke dag.", p, false},
		{"sv-SE", englishSentence55Base["sv-SE"] + " Snygg design, cool look, perfekt passform.", p, false},
		{"de-DE", englishSentence55Base["de-DE"] + " Cooler Look, cleanes Design, perfekter Style.", p, false},
		{"fi-FI", englishSentence55Base["fi-FI"] + " Kevyt, kaunis, ajaton, arkinen.", p, false},
		{"pl-PL", englishSentence55Base["pl-PL"] + " Design, look i styl w jednym.", p, false},
		{"it-IT", englishSentence55Base["it-IT"] + " Look chic, design minimal, mood easy.", p, false},
		{"es-ES", englishSentence55Base["es-ES"] + " Ligero, bonito, fácil de llevar.", p, false},
		{"fr-CA", englishSentence55Base["fr-CA"] + " Moments, Signature, Timeless, Essence.", p, false},
	})
}

// TestKindsEnglishSentence55Bad: near-misses. An English sentence around
// a collection name, a number or the guide's terms still blocks, as does a
// slogan the guide does not keep; loanword lines, a line of the guide's
// terms, the product's keywords and a slogan the guide's do-not-translate
// list keeps still pass.
func TestKindsEnglishSentence55Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := silverNecklace
	p.Collection = "Moments"
	p.Keywords = []string{"layering necklace", "gift for her"}
	base := englishSentence55Base
	checkKindRows(t, svc, CatLocale, []kindRow{
		// neutral words do not make an English sentence the locale's
		{"es-MX", base["es-MX"] + " Avoid heat above 60 °C, hard knocks and ultrasonic cleaners.", p, true},
		{"de-DE", base["de-DE"] + " Effortless, delicate, Moments, everyday, beautiful.", p, true},
		{"it-IT", base["it-IT"] + " Avoid heat, hard knocks and sterling silver polish.", p, true},
		{"pt-BR", base["pt-BR"] + " Remove before swimming, showering, sleeping or exercising.", p, true},
		{"el-GR", base["el-GR"] + " Effortless, delicate, Moments, everyday, beautiful.", p, true},
		{"ja-JP", base["ja-JP"] + "Effortless, delicate, Moments, everyday, beautiful.", p, true},
		{"fr-FR", base["fr-FR"] + " Light, bright, forever yours.", p, true},
		// loanwords, hyphenated compounds, the guide's terms and the
		// product's keywords are no English sentence
		{"nl-NL", base["nl-NL"] + " Eyecatcher, chic design, perfect match.", p, false},
		{"de-DE", base["de-DE"] + " Design, Look, Style: ein Must-have.", p, false},
		{"sv-SE", base["sv-SE"] + " Design, look, chic piece.", p, false},
		{"fr-FR", base["fr-FR"] + " Sterling silver, cubic zirconia, 45 cm.", p, false},
		{"ko-KR", base["ko-KR"] + " Sterling silver, cubic zirconia, 45 cm.", p, false},
		{"pt-PT", base["pt-PT"] + " Design clean, look chic: «layering necklace».", p, false},
	})
	// A brand slogan the guide's do-not-translate list keeps as written.
	slogan := sloganService(t, "Light, bright, forever yours")
	checkKindRows(t, slogan, CatLocale, []kindRow{
		{"fr-FR", base["fr-FR"] + " Light, bright, forever yours.", p, false},
		{"it-IT", base["it-IT"] + " Light, bright, forever yours.", p, false},
		{"nl-NL", base["nl-NL"] + " Light, bright, forever yours.", p, false},
		{"sv-SE", base["sv-SE"] + " Light, bright, forever yours.", p, false},
		{"pt-BR", base["pt-BR"] + " Light, bright, forever yours.", p, false},
		{"fi-FI", base["fi-FI"] + " Light, bright, forever yours.", p, false},
		{"cs-CZ", base["cs-CZ"] + " Light, bright, forever yours.", p, false},
		{"ja-JP", base["ja-JP"] + "Light, bright, forever yours.", p, false},
		// the slogan kept does not cover another English sentence
		{"fr-FR", base["fr-FR"] + " Light, bright, forever yours. Avoid heat, hard knocks and ultrasonic cleaners.", p, true},
	})
}

// sloganService is checkService over the test guide with term added to its
// glossary as a do-not-translate term.
func sloganService(t *testing.T, term string) *core.Service {
	t.Helper()
	body, err := os.ReadFile("../../testdata/styleguide.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g := guide(t)
	text := strings.Replace(string(body), "glossary:\n", "glossary:\n  - {term: \""+term+"\", kind: do_not_translate, level: warn}\n", 1)
	store := guideStore{doc: core.StyleGuideDoc{Version: g.Version + "-slogan", Body: text}}
	return core.NewService(core.Deps{Store: store, Checker: NewScoped(grounding.CheckScoped)}, core.Config{})
}
