package checks

import "testing"

// nickel49Leaks: a sentence about the white gold's alloy naming nickel as
// what it holds, on a white gold the product sells as nickel-free. The
// product's own palladium in the sentence made it a sentence about the
// material (material_sentence.go), whose other metals are the material's
// chemistry, so nickel passed.
var nickel49Leaks = [][2]string{
	{"en-GB", "Less palladium and more nickel give a whiter metal."},
	{"en-US", "Palladium and nickel together give the metal its white tone."},
	{"en-AU", "Nickel replaces palladium here, for a whiter metal."},
	{"de-DE", "Weniger Palladium und mehr Nickel ergeben ein weißeres Metall."},
	{"fr-FR", "Moins de palladium et plus de nickel donnent un métal plus blanc."},
	{"es-ES", "Menos paladio y más níquel dan un metal más blanco."},
	{"it-IT", "Meno palladio e più nichel danno un metallo più bianco."},
	{"nl-NL", "Minder palladium en meer nikkel geven een witter metaal."},
	{"pt-PT", "Menos paládio e mais níquel dão um metal mais branco."},
	{"sv-SE", "Mindre palladium och mer nickel ger en vitare metall."},
	{"pl-PL", "Mniej palladu i więcej niklu daje bielszy metal."},
}

// nickel49Clean: the same alloy's nickel said of other white golds in
// general or as what palladium replaces (generic_words,
// alloy_replace_words; contrast.go deniedReplaced), which stays the
// material's. The de, fr and es rows blocked on main too.
var nickel49Clean = [][2]string{
	{"en-GB", "Palladium replaces the nickel found in many white golds, and it gives the metal a soft grey-white tone."},
	{"de-DE", "Palladium ersetzt das Nickel, das in vielen Weißgoldlegierungen steckt, und gibt dem Metall einen sanften grauweißen Ton."},
	{"fr-FR", "Le palladium remplace le nickel présent dans de nombreux ors gris."},
}

// TestKindsNickel49 (#13, nickel49; adv48c's open row): nickel named as
// what a nickel-free white gold's alloy holds is a wrong fact about the
// piece, in a sentence about the material as anywhere else.
func TestKindsNickel49(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(fineness48WhiteGold, true, nickel49Leaks)
	rows = append(rows, pairRows(fineness48WhiteGold, false, nickel49Clean)...)
	checkKindRows(t, svc, "grounding", rows)
}

// TestKindsNickel49Open (#13, nickel49): left open. Palladium said to
// replace nickel "in white gold", the piece's own metal named in the
// sentence or the metal's tone given after it, blocks nickel as the
// piece's, as does the replaced metal before the word of replacement (ja
// の代わりに); all blocked on main too.
func TestKindsNickel49Open(t *testing.T) {
	t.Skip("open (#13, nickel49): the product's own metal in a sentence of replacement")
	t.Parallel()
	checkKindRows(t, checkService(t), "grounding", pairRows(fineness48WhiteGold, false, [][2]string{
		{"en-US", "Palladium often replaces nickel in white gold, giving the metal a soft grey-white tone."},
		{"fr-FR", "Le palladium remplace le nickel présent dans de nombreux ors gris et donne au métal une teinte gris-blanc douce."},
		{"es-ES", "El paladio sustituye al níquel que llevan muchas aleaciones de oro blanco."},
		{"ja-JP", "多くのホワイトゴールドに含まれるニッケルの代わりに、パラジウムを使っています。"},
	}))
}
