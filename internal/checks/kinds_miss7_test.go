package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Misses found by miss7 (issue #13), by kind; every bad row passed before.
//
// Free delivery in other words: the offer concept knew "free shipping" and
// its close forms, not postage, "no extra cost", "complimentary", "sans
// frais", "portofrei", "spese di spedizione", "envío sin cargo/costo",
// "veloituksetta", "bezplatnou dopravou" (data/<lang>/concepts-paraphrase.yaml).
// Assistant lead-ins: "Her er et forslag til produkttekst:", "Selvsagt!",
// "here's a polished version:" (concepts-leads.yaml, assistant-leads.yaml).
// A lab-grown diamond named without its qualifier in a form the market list
// lacked: Arabic with the preposition glued (بألماسة), the Greek genitive
// (διαμαντιού), the Czech and Polish adjective (diamantový, brylantowy),
// ダイアモンド (ISO 18323; FTC 16 CFR 23.12; locales/packs/<loc>/pack.yaml).
// Silver named as the material in one dictionary word of Han characters
// (銀製, 银质, 銀質): the segmenter dropped the 銀 inside it, so silver-plated
// brass called 銀製 passed (16 CFR 23.6; locales/packs/{ja-JP,zh-CN}/vocab.yaml).
// Norwegian alexandritt (vocab.yaml) on a cubic-zirconia ring.
// Twins: the same wordings where they are true (a natural diamond, an
// alexandrite) and copy with the same frame and no offer or lead-in.
func TestKindsMiss7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	silver := core.Product{SKU: "MS1", Name: "Aria", Category: "necklace", Materials: []string{"sterling silver"}, Colours: []string{"silver"}}
	lab := core.Product{SKU: "MS2", Name: "Aria", Category: "ring", Materials: []string{"14k white gold"},
		Stones: []core.Stone{{Type: "lab-grown diamond", Colour: "clear", Count: 1}}, Colours: []string{"silver"}}
	natural := lab
	natural.Stones = []core.Stone{{Type: "diamond", Colour: "clear", Count: 1}}
	cz := core.Product{SKU: "MS3", Name: "Aria", Category: "ring", Materials: []string{"sterling silver"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1}}, Colours: []string{"silver"}}
	alex := cz
	alex.Stones = []core.Stone{{Type: "alexandrite", Colour: "green", Count: 1}}
	plated := core.Product{SKU: "MS4", Name: "Aria", Category: "bangle", Materials: []string{"silver-plated brass"}, Colours: []string{"silver"}}
	sterlingBangle := plated
	sterlingBangle.Materials = []string{"sterling silver"}
	hanSilver := []lt{
		{"ja-JP", "Ariaバングルは銀製のツイストデザインです。"},
		{"zh-CN", "Aria手镯为银质，扭纹设计。"},
		{"zh-TW", "Aria手鐲為銀質，扭紋設計。"},
	}
	labTexts := []lt{
		{"ar-AE", "يتميز خاتم آريا بألماسة لامعة مرصعة في الذهب الأبيض."},
		{"el-GR", "Η λάμψη του διαμαντιού στο δαχτυλίδι Aria από λευκό χρυσό."},
		{"cs-CZ", "Diamantový prsten Aria z bílého zlata."},
		{"pl-PL", "Brylantowy pierścionek Aria z białego złota."},
		{"ja-JP", "Ariaリングはホワイトゴールドにダイアモンドをセットしました。"},
	}
	runKinds(t, c, guide(t), []kindTable{
		{kind: "free delivery in other words", p: silver, want: "banned_term", texts: []lt{
			{"en-GB", "The Aria necklace comes with free UK postage and returns."},
			{"en-US", "The Aria necklace ships at no extra cost to your door."},
			{"en-US", "The Aria necklace comes with complimentary shipping."},
			{"en-AU", "The Aria necklace is yours with free postage Australia-wide."},
			{"fr-CA", "Le collier Aria en argent, expédition sans frais."},
			{"de-DE", "Die Kette Aria aus Silber, portofrei zu Ihnen nach Hause."},
			{"it-IT", "La collana Aria in argento con spese di spedizione incluse."},
			{"es-MX", "El collar Aria de plata con envío sin cargo."},
			{"es-MX", "El collar Aria de plata con envío sin costo a todo México."},
			{"fi-FI", "Aria-kaulakoru hopeaa, toimitus veloituksetta."},
			{"cs-CZ", "Náhrdelník Aria ze stříbra s bezplatnou dopravou."},
		}},
		{kind: "assistant lead-in", p: silver, want: "injection", texts: []lt{
			{"nb-NO", "Her er et forslag til produkttekst: Kjedet Aria i sølv."},
			{"nb-NO", "Selvsagt! Her er produktteksten: Kjedet Aria i sølv sitter tett inntil halsen."},
			{"sv-SE", "Här är ett förslag på produkttext: Halsbandet Aria i silver."},
			{"da-DK", "Her er et forslag til produkttekst: Halskæden Aria i sølv."},
			{"en-US", "Absolutely — here's a polished version: The Aria necklace in sterling silver."},
		}},
		{kind: "lab-grown diamond unqualified", p: lab, want: "regulatory", texts: labTexts},
		{kind: "natural diamond twin", p: natural, texts: labTexts},
		{kind: "stone outside the product", p: cz, want: "grounding", texts: []lt{
			{"nb-NO", "Ringen Aria i sølv har en alexandritt."},
		}},
		{kind: "alexandrite twin", p: alex, texts: []lt{
			{"nb-NO", "Ringen Aria i sølv har en alexandritt."},
		}},
		{kind: "silver in a Han compound", p: plated, want: "regulatory", texts: hanSilver},
		{kind: "silver in a Han compound, sterling twin", p: sterlingBangle, texts: hanSilver},
		{kind: "offer and lead-in twins", p: silver, texts: []lt{
			{"en-GB", "The Aria necklace comes in a gift box, ready to give."},
			{"en-US", "Here is a polished finish that catches the light."},
			{"fr-CA", "Le collier Aria en argent se porte sans effort."},
			{"de-DE", "Die Kette Aria aus Silber liegt nah am Hals."},
			{"es-MX", "El collar Aria de plata se lleva cerca del cuello."},
			{"nb-NO", "Her er et smykke du kan bruke hver dag: kjedet Aria i sølv."},
			{"sv-SE", "Här är ett halsband för varje dag: Aria i silver."},
			{"da-DK", "Her er et smykke til hver dag: halskæden Aria i sølv."},
		}},
	})
}
