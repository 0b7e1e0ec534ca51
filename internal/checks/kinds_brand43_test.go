package checks

import "testing"

// TestKindsBrand43 (#13, brand43): a word two edits from the brand is a
// misspelling of it only when it is still written as the name: with the
// brand's initial capital and its first two letters (nameSlip). Before,
// Spanish and Portuguese "se aprecia" (one sees, one appreciates: two
// letters changed in "Aurelia"), "atresia", "auxilia", French "aurifia"
// blocked as trademark.brand_spelling. Bad twins: the brand with one
// edit in any case ("Aurellia", "Aurlia", "Aurélia", "Aureila"), with two
// edits written as the name ("Aurellya", "Aurélya"), and the brand
// mis-cased ("AURELIA", "aurelia") still block.
func TestKindsBrand43(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := adv41Silver
	checkKindRows(t, svc, "trademark", []kindRow{
		// failing before: ordinary words two edits from "aurelia"
		{"es-ES", "Al ver ambos tonos juntos se aprecia cómo cambia la piedra.", p, false},
		{"es-MX", "En la luz del día se aprecia el brillo de la plata.", p, false},
		{"pt-PT", "Com a luz do dia aprecia-se melhor o brilho da prata.", p, false},
		{"pt-BR", "Quem aprecia peças discretas vai gostar deste anel.", p, false},
		{"pt-BR", "O fecho seguro auxilia no uso diário.", p, false},
		{"es-ES", "Quien aprecia la plata de ley disfrutará de este anillo.", p, false},
		{"fr-FR", "L'orfèvre aurifia la monture au siècle dernier, dit la légende.", p, false},
		// twins of the kind that passed already
		{"it-IT", "Alla luce del giorno si apprezza la lucentezza dell'argento.", p, false},
		{"en-GB", "The sterling silver band from Aurelia suits every day.", p, false},
		{"es-ES", "El anillo de Aurelia es de plata de ley.", p, false},
		// bad twins: the brand misspelt or mis-cased still blocks
		{"es-ES", "El anillo de Aurellia es de plata de ley.", p, true},
		{"es-ES", "El anillo de Aurlia es de plata de ley.", p, true},
		{"es-ES", "El anillo de Aurellya es de plata de ley.", p, true},
		{"pt-PT", "O anel da Aurélia é de prata de lei.", p, true},
		{"pt-BR", "O anel da Aureila é de prata 925.", p, true},
		{"fr-FR", "La bague Aurélya est en argent massif.", p, true},
		{"en-GB", "The sterling silver band from Aurellia suits every day.", p, true},
		{"en-GB", "The sterling silver band from Aurelya suits every day.", p, true},
		{"en-GB", "The sterling silver band from AURELIA suits every day.", p, true},
		{"de-DE", "Der Ring von Aurellia ist aus Sterlingsilber.", p, true},
		{"it-IT", "L'anello di Aurelja è in argento sterling.", p, true},
		{"es-ES", "Aprecia el anillo de Aurellia en plata de ley.", p, true},
	})
}
