package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The mind cleared or quieted is a health claim (#13, claim_health, the
// eighteenth blind set's released half): "Many wearers say paua brings calm
// and helps to clear a busy mind" (en-AU) passed, the calming pairs knowing
// the mind calmed or balanced but not cleared, quieted or freed
// (concepts-clearmind17.yaml, every language). FTC Act s.5 and EU UCPD
// 2005/29/EC Annex I(17): a false health claim. A clear stone, a design
// that keeps something in mind and a clear outline stay copy.
func TestKindsClearMind17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "M17", Name: "Paua Pendant", Category: "pendant", Collection: "Reflexions",
		Materials: []string{"sterling silver", "paua shell"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "paua shell", Colour: "blue-green iridescent", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "blue", "green"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-AU", "Many wearers say paua brings calm and helps to clear a busy mind.", p, true},
		{"en-GB", "Paua is said to quiet a racing mind.", p, true},
		{"en-US", "Wear it to clear your mind after a long day.", p, true},
		{"de-DE", "Viele sagen, Paua macht den Kopf frei und klärt den Geist.", p, true},
		{"fr-FR", "On dit que la paua apaise l'esprit agité.", p, true},
		{"fr-CA", "La paua aiderait à libérer l'esprit.", p, true},
		{"it-IT", "Si dice che la paua liberi la mente.", p, true},
		{"es-ES", "Dicen que la paua despeja la mente.", p, true},
		{"pt-BR", "Dizem que a paua acalma a mente agitada.", p, true},
		{"nl-NL", "Paua zou het hoofd leegmaken.", p, true},
		{"sv-SE", "Paua sägs rensa tankarna.", p, true},
		{"da-DK", "Paua siges at rense sindet.", p, true},
		{"nb-NO", "Paua sies å roe sinnet.", p, true},
		{"fi-FI", "Pauan sanotaan selkeyttävän mieltä.", p, true},
		{"pl-PL", "Mówi się, że paua oczyszcza umysł.", p, true},
		{"cs-CZ", "Říká se, že paua čistí mysl.", p, true},
		{"tr-TR", "Pauanın zihni arındırdığına inanılır.", p, true},
		{"el-GR", "Λέγεται ότι η paua καθαρίζει το μυαλό.", p, true},
		{"ar-AE", "يقال إن الباوا تصفي الذهن.", p, true},
		{"ja-JP", "パウアは心を落ち着かせ、頭をすっきりさせると言われています。", p, true},
		{"ko-KR", "파우아는 마음을 맑게 해 준다고 합니다.", p, true},
		{"zh-CN", "据说鲍鱼贝能让头脑清醒。", p, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Keep in mind that the clear lacquer protects the shell.", p, false},
		{"en-GB", "A clear outline for a busy day: the disc hangs on a fine chain.", p, false},
		{"en-AU", "Made with the wearer's mind in mind: a clear, simple disc.", p, false},
		{"de-DE", "Eine klare Form für einen freien Kopf am Wochenende? Ein Anhänger für jeden Tag.", p, false},
		{"fr-FR", "Un pendentif à l'esprit libre et au design épuré.", p, false},
		{"en-GB", "The chain slips easily over the head and the disc sits still.", p, false},
		{"nl-NL", "Het ontwerp maakt het hoofdstuk van de zomer compleet, met een heldere schijf.", p, false},
	})
}
