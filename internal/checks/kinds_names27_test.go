package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone word inside the quoted proper name of a famous gem or object
// («Rubí del Príncipe Negro», “黑王子红宝石”, "the Black Prince's Ruby",
// the spinel of the British Imperial State Crown) is the name's, not a
// fact of the piece (#13, names27; released 27's es-ES and zh-CN spinel
// ring). Every pass row names the ring, so no material sentence excuses
// it; its control row is the same sentence with the stone word outside
// the quotes, said of the ring, and blocks.
func TestKindsNames27(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K27N1", Name: "Lab-Grown Spinel Ring", Category: "ring",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "spinel", Colour: "red", Count: 1, Origin: "lab_grown"}}}
	pairs := [][3]string{
		{"en-GB", "This ring recalls “the Black Prince's Ruby”.", "This ring holds a ruby."},
		{"en-US", "This ring recalls \"The Black Prince's Ruby\".", "This ring holds a ruby."},
		{"en-AU", "This ring recalls ‘The Black Prince's Ruby’.", "This ring holds a ruby."},
		{"de-DE", "Dieser Ring erinnert an den „Rubin des Schwarzen Prinzen“.", "Dieser Ring trägt einen Rubin."},
		{"fr-FR", "Cette bague rappelle le « Rubis du Prince Noir ».", "Cette bague porte un rubis."},
		{"fr-CA", "Cette bague rappelle le « Rubis du Prince Noir ».", "Cette bague porte un rubis."},
		{"es-ES", "Este anillo recuerda el «Rubí del Príncipe Negro».", "Este anillo lleva un rubí."},
		{"es-MX", "Este anillo recuerda el «Rubí del Príncipe Negro».", "Este anillo lleva un rubí."},
		{"it-IT", "Questo anello ricorda il «Rubino del Principe Nero».", "Questo anello porta un rubino."},
		{"pt-PT", "Este anel lembra o «Rubi do Príncipe Negro».", "Este anel tem um rubi."},
		{"pt-BR", "Este anel lembra o “Rubi do Príncipe Negro”.", "Este anel tem um rubi."},
		{"nl-NL", "Deze ring doet denken aan de „Robijn van de Zwarte Prins”.", "Deze ring draagt een robijn."},
		{"sv-SE", "Den här ringen påminner om ”Svarte Prinsens Rubin”.", "Den här ringen bär en rubin."},
		{"da-DK", "Denne ring minder om »Den Sorte Prins' Rubin«.", "Denne ring bærer en rubin."},
		{"nb-NO", "Denne ringen minner om «Den Svarte Prinsens Rubin».", "Denne ringen har en rubin."},
		{"fi-FI", "Tämä sormus muistuttaa ”Mustan Prinssin Rubiinia”.", "Tässä sormuksessa on rubiini."},
		{"pl-PL", "Ten pierścionek przypomina „Rubin Czarnego Księcia”.", "Ten pierścionek ma rubin."},
		{"cs-CZ", "Tento prsten připomíná „Rubín Černého Prince“.", "Tento prsten nese rubín."},
		{"el-GR", "Αυτό το δαχτυλίδι θυμίζει το «Ρουμπίνι του Μαύρου Πρίγκιπα».", "Αυτό το δαχτυλίδι έχει ένα ρουμπίνι."},
		{"tr-TR", "Bu yüzük “Kara Prens Yakutu”nu hatırlatır.", "Bu yüzükte bir yakut var."},
		{"ar-AE", "يذكّر هذا الخاتم بـ«ياقوتة الأمير الأسود».", "يحمل هذا الخاتم ياقوتة."},
		{"ja-JP", "この指輪は「黒太子のルビー」を思わせます。", "この指輪にはルビーが一つ付いています。"},
		{"ko-KR", "이 반지는 ‘흑태자의 루비’를 떠올리게 합니다.", "이 반지에는 루비가 있습니다."},
		{"zh-CN", "这枚戒指让人想起“黑王子红宝石”。", "这枚戒指镶有红宝石。"},
		{"zh-TW", "這枚戒指讓人想起「黑王子紅寶石」。", "這枚戒指鑲有紅寶石。"},
	}
	var rows []kindRow
	for _, r := range pairs {
		rows = append(rows, kindRow{r[0], r[1], p, false}, kindRow{r[0], r[2], p, true})
	}
	checkKindRows(t, svc, "grounding", rows)
}
