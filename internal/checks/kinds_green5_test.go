package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// greenPlanetTexts per language: [0] a generic green claim in its usual
// word, [1] the same claim as a paraphrase about the planet (kind to it,
// no burden on it).
var greenPlanetTexts = map[string][2]string{
	"en":    {"An eco-friendly piece for every day.", "A gentle choice that puts no strain on the planet."},
	"fr":    {"Un bijou écologique pour tous les jours.", "Un choix doux qui ménage la planète."},
	"de":    {"Ein umweltfreundliches Schmuckstück für jeden Tag.", "Eine sanfte Wahl, die den Planeten nicht belastet."},
	"it":    {"Un gioiello ecologico per ogni giorno.", "Una scelta gentile che non pesa sul pianeta."},
	"es":    {"Una joya ecológica para cada día.", "Una elección amable que no daña el planeta."},
	"pt":    {"Uma joia ecológica para todos os dias.", "Uma escolha gentil que não prejudica o planeta."},
	"nl":    {"Een milieuvriendelijk sieraad voor elke dag.", "Een zachte keuze die de planeet niet belast."},
	"sv":    {"Ett miljövänligt smycke för varje dag.", "Ett skonsamt val som inte belastar planeten."},
	"da":    {"Et miljøvenligt smykke til hver dag.", "Et skånsomt valg, der ikke belaster planeten."},
	"nb":    {"Et miljøvennlig smykke til hver dag.", "Et skånsomt valg som ikke belaster planeten."},
	"fi":    {"Ympäristöystävällinen koru joka päivään.", "Lempeä valinta, joka ei kuormita planeettaa."},
	"pl":    {"Ekologiczna biżuteria na co dzień.", "Łagodny wybór, który nie obciąża planety."},
	"cs":    {"Ekologický šperk na každý den.", "Ohleduplná volba, která nezatěžuje Zemi."},
	"tr":    {"Her gün için çevre dostu bir takı.", "Gezegeni yormayan nazik bir seçim."},
	"el":    {"Ένα οικολογικό κόσμημα για κάθε μέρα.", "Μια ήπια επιλογή που δεν επιβαρύνει τον πλανήτη."},
	"ar":    {"قطعة صديقة للبيئة لكل يوم.", "خيار لطيف لا يثقل كاهل الكوكب."},
	"ja":    {"毎日使える環境に優しいジュエリーです。", "地球に負担をかけないやさしい選択です。"},
	"ko":    {"매일 착용하는 친환경 주얼리입니다.", "지구에 부담을 주지 않는 착한 선택입니다."},
	"zh-CN": {"一款日常佩戴的环保首饰。", "不给地球增加负担的温和之选。"},
	"zh-TW": {"一款日常佩戴的環保首飾。", "不給地球增加負擔的溫和之選。"},
}

// TestKindsGreenClaimBothCategories (issue #13, green_claim): a generic
// environmental claim is a claim the product's data must support and a
// regulated one (EU Directive 2024/825), reported as both, in its usual
// word and as a paraphrase about the planet, in every supported locale.
func TestKindsGreenClaimBothCategories(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var word, planet []lt
	perLocale(t, greenPlanetTexts, "green claim", func(loc string, x [2]string, in func([]string) []lt) {
		word = append(word, in(x[:1])...)
		planet = append(planet, in(x[1:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"green word: claim", plainCuff, CatClaim, word},
		{"green word: regulatory", plainCuff, CatRegulatory, word},
		{"green planet: claim", plainCuff, CatClaim, planet},
		{"green planet: regulatory", plainCuff, CatRegulatory, planet},
	})
}
