package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the rp56 rows.
var (
	rp56Ring = core.Product{SKU: "RP56R", Name: "Plain Band", Category: "ring", Collection: "Timeless",
		Materials: []string{"22k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "22k"}}, Colours: []string{"rose gold"}}
	rp56Filled = core.Product{SKU: "RP56F", Name: "Link Chain", Category: "necklace", Collection: "Essence",
		Materials: []string{"14k yellow gold-filled brass"}, Metals: []core.Metal{{Base: "brass", Plating: "yellow gold", Fineness: "1/20 14k"}}, Colours: []string{"gold"}}
	rp56Magnesite = core.Product{SKU: "RP56M", Name: "Lagoon Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver", "dyed magnesite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "magnesite", Colour: "blue", Count: 1, Origin: "natural", Treatment: "dyed"}}, Colours: []string{"blue", "silver"}}
	rp56Chain = core.Product{SKU: "RP56S", Name: "Fine Chain", Category: "necklace", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}, Features: []string{"nickel-free"}}
	rp56Sage = core.Product{SKU: "RP56K", Name: "Sage Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"sterling silver", "chalcedony", "cubic zirconia"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "chalcedony", Colour: "green", Count: 1, Origin: "natural"}, {Type: "cubic zirconia", Colour: "clear", Count: 6, Origin: core.OriginSimulant}},
		Colours: []string{"green", "silver"}}
)

// The kinds behind released 56's and probe 56's false blocks outside the
// treatment family (#13, rp56):
//   - a karat compared through a pronoun that stands for the compared
//     noun ("que el del oro rosa de 18 quilates", "als die von 18 Karat",
//     "dan die van 18 karaat", ar "أعلى منها في عيار 18") on a 22k piece
//     (compared_metal.go, than_fillers);
//   - the sheet of karat gold a gold-filled piece is made with ("a sheet
//     of 14k rose gold is bonded to a brass core", "uma lâmina de ouro
//     rosé 14k"), a plating word (checks lexicon.go platingWords);
//   - a material said of another stone, the subject of its sentence
//     ("Echt turkoois is een kopermineraal dat vaak met hars wordt
//     gestabiliseerd"; other_stone_subject56.go);
//   - "wolny od" in every case ("wolnego od niklu"; pl negators);
//   - a Czech word written with its own letters that folds to a listed
//     Slovak word ("před", Slovak "pred"; closelang.go accentedLatin);
//   - a count per part before the stone it counts, on both sides (ko
//     "양옆에 두 개씩 큐빅 지르코니아"; per_part.go perPartStoneAfter).
func TestKindsRp56(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(rp56Ring, false, [][2]string{
		{"es-MX", "Anillo de oro rosa de 22 quilates. Su tono es más cálido e intenso que el del oro rosa de 18 quilates."},
		{"fr-FR", "Bague en or rose 22 carats. Sa teinte est plus chaude et plus profonde que celle de l'or rose 18 carats."},
		{"de-DE", "Ring aus 22 Karat Roségold. Die Farbe ist wärmer und tiefer als die von 18 Karat Roségold."},
		{"nl-NL", "Ring van 22 karaat roségoud. De kleur is warmer en dieper dan die van 18 karaat roségoud."},
		{"ar-AE", "خاتم من الذهب الوردي عيار 22. نسبة الذهب فيه أعلى منها في عيار 18."},
	})...)
	rows = append(rows, pairRows(rp56Filled, false, [][2]string{
		{"en-US", "A chain in 14k gold-filled brass. To make gold-filled, a sheet of 14k yellow gold is bonded to a brass core with heat and pressure."},
		{"pt-BR", "Corrente em gold filled 14k sobre latão. No gold filled, uma lâmina de ouro amarelo 14k é unida ao latão com calor e pressão."},
	})...)
	rows = append(rows, pairRows(rp56Chain, false, [][2]string{
		{"pl-PL", "Łańcuszek ze srebra próby 925, wolnego od niklu, o długości 45 cm."},
	})...)
	rows = append(rows, pairRows(rp56Sage, false, [][2]string{
		{"ko-KR", "그린 칼세도니 한 알을 가운데 두고 양옆에 세 개씩 투명한 큐빅 지르코니아를 세팅한 스털링 실버 반지입니다."},
		{"ko-KR", "그린 칼세도니 한 알을 가운데 두고 양쪽에 세 개씩 큐빅 지르코니아를 세팅한 스털링 실버 반지입니다."},
	})...)
	checkKindRows(t, svc, "", rows)
	// The material said of the imitated stone (the stone itself is the
	// treatment family's: only grounding.material is asked here).
	for _, text := range []string{
		"Een ring met geverfd magnesiet, een imitatie van turkoois. Echt turkoois is een kopermineraal dat vaak met hars wordt gestabiliseerd.",
	} {
		loc := "nl-NL"
		_, fs := blockedIn(t, svc, "", rp56Magnesite, loc, text)
		for _, f := range fs {
			if f.Rule == "grounding.material" && f.Severity == core.SeverityBlock {
				t.Errorf("%s %q: %s", loc, text, describe(fs, "", text))
			}
		}
	}
	// The Czech sentence alone: its language, not its facts.
	for _, text := range []string{
		"Lesk může zmatnět působením parfému a chlóru, proto prsten před koupáním sundejte.",
	} {
		blocked, fs := blockedIn(t, svc, CatLocale, rp56Chain, "cs-CZ", text)
		if blocked {
			t.Errorf("cs-CZ %q: locale block: %s", text, describe(fs, "", text))
		}
	}
}

// TestKindsRp56Bad: a wrong karat, an undisclosed plating, a material of
// the piece it does not have, a wrong count per side and Slovak copy
// still block.
func TestKindsRp56Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(rp56Ring, true, [][2]string{
		{"es-MX", "Anillo de oro rosa de 18 quilates, cálido e intenso."},
		{"de-DE", "Ring aus 18 Karat Roségold, warm und tief im Ton."},
		{"nl-NL", "Ring van 18 karaat roségoud met een warme kleur."},
		{"ar-AE", "خاتم من الذهب الوردي عيار 18."},
	})...)
	rows = append(rows, pairRows(rp56Filled, true, [][2]string{
		{"en-US", "A chain of solid 14k yellow gold links."},
		{"pt-BR", "Corrente de ouro amarelo 14k maciço."},
	})...)
	rows = append(rows, pairRows(rp56Magnesite, true, [][2]string{
		{"nl-NL", "Een ring met geverfd magnesiet. De ring is met hars gestabiliseerd."},
	})...)
	rows = append(rows, pairRows(rp56Sage, true, [][2]string{
		{"ko-KR", "그린 칼세도니 한 알을 가운데 두고 양옆에 다섯 개씩 큐빅 지르코니아를 세팅한 스털링 실버 반지입니다."},
	})...)
	checkKindRows(t, svc, "", rows)
	for _, text := range []string{
		"Farba môže časom vyblednúť, preto prsteň pred umývaním rúk a kúpaním zložte.",
	} {
		blocked, fs := blockedIn(t, svc, CatLocale, rp56Sage, "cs-CZ", text)
		if !blocked {
			t.Errorf("cs-CZ %q: want a locale block: %s", text, describe(fs, "", text))
		}
	}
}
