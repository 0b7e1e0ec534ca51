package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsGolden24: "golden" said of the piece (#13, golden24). English
// "golden" and German "golden(e)" were weak colour words, a warning
// wherever they stood, so "a golden pendant" on sterling silver with no
// gold colour or plating passed, where French "doré", Spanish "dorado",
// Swedish "gyllene" and 金色 blocked; Danish "gyldent" and Norwegian
// "gyllent" (the neuter) were no words at all. The weak gold colour now
// blocks where it is the piece's: before its category word or a part, or
// its predicate ("the pendant is golden"); "golden finish" and "goldene
// Oberfläche" are the piece's colour as "gold finish" was. A gold-tone or
// gold-plated piece passes (its colour list or plating shows gold), and a
// golden light or a golden-brown stone stays a warning (16 CFR 23.1).
func TestKindsGolden24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := core.Product{SKU: "GD24S", Name: "Stella Pendant", Category: "pendant", Collection: "Timeless",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	tone := core.Product{SKU: "GD24T", Name: "Stella Pendant", Category: "pendant", Collection: "Timeless",
		Materials: []string{"gold-tone brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold tone"}},
		Colours: []string{"gold"}}
	plated := core.Product{SKU: "GD24P", Name: "Stella Pendant", Category: "pendant", Collection: "Timeless",
		Materials: []string{"gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
		Colours: []string{"gold"}}
	rows := []struct{ locale, text string }{
		{"en-GB", "A golden pendant for every day."},
		{"en-US", "The pendant is golden."},
		{"en-AU", "The pendant has a golden finish."},
		{"de-DE", "Ein goldener Anhänger für jeden Tag."},
		{"fr-FR", "Un pendentif doré pour tous les jours."},
		{"fr-CA", "Le pendentif est doré."},
		{"es-ES", "Un colgante dorado para cada día."},
		{"es-MX", "El colgante es dorado."},
		{"it-IT", "Un ciondolo dorato per ogni giorno."},
		{"pt-PT", "Um pendente dourado para todos os dias."},
		{"pt-BR", "Um pingente dourado para todos os dias."},
		{"nl-NL", "Een goudkleurige hanger voor elke dag."},
		{"sv-SE", "Ett gyllene hänge för varje dag."},
		{"da-DK", "Vedhænget er gyldent."},
		{"nb-NO", "Anhenget er gyllent."},
		{"fi-FI", "Kullanvärinen riipus jokaiseen päivään."},
		{"pl-PL", "Złocisty wisiorek na co dzień."},
		{"cs-CZ", "Zlatavý přívěsek na každý den."},
		{"tr-TR", "Her gün için altın rengi bir kolye ucu."},
		{"el-GR", "Ένα χρυσαφένιο μενταγιόν για κάθε μέρα."},
		{"ar-AE", "قلادة ذهبية اللون لكل يوم."},
		{"ja-JP", "毎日使える金色のペンダント。"},
		{"ko-KR", "매일 착용하는 금색 펜던트."},
		{"zh-CN", "适合日常佩戴的金色吊坠。"},
		{"zh-TW", "適合日常佩戴的金色吊墜。"},
	}
	var block, pass []kindRow
	for _, r := range rows {
		block = append(block, kindRow{r.locale, r.text, silver, true})
		pass = append(pass, kindRow{r.locale, r.text, tone, false}, kindRow{r.locale, r.text, plated, false})
	}
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "", pass)
	// More forms said of the piece, and their twins on the gold-tone piece.
	more := []kindRow{
		{"de-DE", "Der Anhänger ist golden.", silver, true},
		{"de-DE", "Der Anhänger hat eine goldene Oberfläche.", silver, true},
		{"en-US", "A golden pendant for every day.", silver, true},
		{"de-DE", "Der Anhänger ist golden.", tone, false},
		{"de-DE", "Der Anhänger hat eine goldene Oberfläche.", plated, false},
		{"en-US", "A golden pendant for every day.", plated, false},
	}
	checkKindRows(t, svc, "grounding", more[:3])
	checkKindRows(t, svc, "", more[3:])
	// A golden light, and gold as the shade of another colour, stay
	// warnings on the silver piece.
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "It catches a warm golden glow in the evening light.", silver, false},
		{"de-DE", "Im Abendlicht schimmert er in einem warmen goldenen Glanz.", silver, false},
	})
}
