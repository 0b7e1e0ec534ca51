package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A plating named by its noun, in the case the sentence puts it in
// (#13, plating_noun24; released23a cs-CZ H23a03-1 "ze sterlingového
// stříbra s plátováním ze 14karátového zlata", of sterling silver with a
// plating of 14-carat gold), discloses the plating as the participle does
// (FTC 16 CFR 23.4: a plated metal named with its plating); without it the
// same gold words on a plated piece still block.
func TestKindsPlatingNoun24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	necklace := core.Product{SKU: "K24P", Name: "Script", Category: "necklace", Collection: "Moments",
		Materials: []string{"14k gold-plated sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "14k", Plating: "gold", PlatingMicrons: 1}},
		Colours:   []string{"gold"}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, necklace, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, necklace, true} }
	checkKindRows(t, svc, "regulatory", []kindRow{
		pass("cs-CZ", "Je vyroben ze sterlingového stříbra s plátováním ze 14karátového zlata a visí na jemném řetízku."),
		pass("cs-CZ", "Sterlingové stříbro s pokovením 14karátovým zlatem dodává písmenům teplý lesk."),
		pass("cs-CZ", "Náhrdelník je ze stříbra, jehož povrch je plátovaný 14karátovým zlatem."),
		pass("pl-PL", "Wykonany ze srebra próby 925 z platerowaniem 14-karatowym złotem."),
		pass("pl-PL", "Srebro z pozłoceniem 14-karatowym złotem nadaje literom ciepły blask."),
		pass("pl-PL", "Naszyjnik ze srebra, platerowanego 14-karatowym złotem."),
		block("cs-CZ", "Je vyroben ze 14karátového zlata a visí na jemném řetízku."),
		block("pl-PL", "Wykonany z 14-karatowego złota, wisi na delikatnym łańcuszku."),
	})
}
