package checks

import "testing"

// Adversary rows against alloy50's relaxations (#13, adv50b): the alloy
// holder before its member (alloyHolderBefore: "is titanium with small
// amounts of aluminium", ASTM F136 Ti-6Al-4V ELI) and the denied metal
// named as what such alloys usually hold (deniedGeneric: nickel beside
// palladium on a nickel-free white gold; EN 1811, REACH Annex XVII entry
// 27). The products are TestKindsAlloy50's (kinds_alloy50_test.go).

// adv50bTiBad: aluminium said of the titanium piece itself, with titanium
// named only as its colour or finish or after it, and nickel or copper
// named as a trace of the titanium piece (its feature says nickel-free,
// and titanium's canon alloy_metals holds no nickel or copper).
var adv50bTiBad = [][2]string{
	{"en-GB", "The band is aluminium, titanium-coloured."},
	{"en-GB", "These earrings are aluminium with a titanium finish."},
	{"en-GB", "These earrings are mostly aluminium with small amounts of titanium."},
	{"en-GB", "These earrings are titanium and aluminium."},
	{"en-GB", "Much of each earring is aluminium."},
	{"en-GB", "Much of it is aluminium, with some titanium."},
	{"en-GB", "These earrings are titanium with traces of nickel."},
	{"en-GB", "The earrings contain traces of nickel."},
	{"en-GB", "These earrings are titanium with small amounts of nickel."},
	{"en-GB", "These earrings are titanium with small amounts of copper."},
	{"de-DE", "Die Ohrringe sind aus Aluminium, titanfarben."},
	{"fr-FR", "Les boucles sont en aluminium, couleur titane."},
	{"sv-SE", "Örhängena är av aluminium, titanfärgade."},
	{"de-DE", "Die Ohrringe sind Titan mit Spuren von Nickel."},
	{"fr-FR", "Les boucles sont en titane avec des traces de nickel."},
	{"es-ES", "Los pendientes son de titanio con trazas de níquel."},
	{"it-IT", "Gli orecchini sono in titanio con tracce di nichel."},
	{"sv-SE", "Örhängena är titan med spår av nickel."},
}

// adv50bPdBad: nickel said of the nickel-free palladium white gold piece:
// a generic word with the piece named ("Much of this ring"), the piece
// joined to the generic alloys ("this ring is one of them"), and a trace
// of nickel in the piece's own metal.
var adv50bPdBad = [][2]string{
	{"en-GB", "Many white golds contain nickel, and this ring is one of them."},
	{"en-GB", "Many white golds contain nickel and palladium, and this ring is one of them."},
	{"en-GB", "Much of this ring is nickel."},
	{"en-GB", "The palladium white gold contains traces of nickel."},
	{"en-GB", "It contains traces of nickel and palladium."},
	{"en-GB", "This white gold contains small amounts of nickel."},
	{"en-GB", "Palladium white gold with traces of nickel."},
	{"de-DE", "Viele Weißgoldlegierungen enthalten Nickel, und dieser Ring ist einer davon."},
	{"de-DE", "Viele Weißgolde enthalten Nickel und Palladium, so auch dieser Ring."},
	{"de-DE", "Das Weißgold enthält Spuren von Nickel."},
	{"fr-FR", "Cet or gris contient des traces de nickel."},
	{"es-ES", "Este oro blanco contiene trazas de níquel."},
	{"it-IT", "Quest'oro bianco contiene tracce di nichel."},
	{"sv-SE", "Vitguldet innehåller spår av nickel."},
	{"nl-NL", "Dit witgoud bevat sporen van nikkel."},
}

// TestKindsAdv50B (#13, adv50b): guard rails that pass on main as they
// should: the alloy50 relaxations do not let aluminium said of a titanium
// piece, or nickel said of a nickel-free piece, through.
func TestKindsAdv50B(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(alloy50Ti23, true, adv50bTiBad)
	rows = append(rows, pairRows(alloy50PdWhite, true, adv50bPdBad)...)
	rows = append(rows, pairRows(alloy50PdWhite, true, adv50bPronounLeak)...)
	checkKindRows(t, svc, "grounding", rows)
}

// adv50bPronounLeak: nickel said of the nickel-free piece through a
// subject pronoun (it, es, il, den, het) or "the metal", in a clause with
// a generic word (often, much, many): they passed on main 0f9360b1, as
// deniedGeneric's pieceNamedIn knows no subject pronouns; they block
// since deniedGeneric wants the alloy class named before the metal
// (genericSubjectBefore).
var adv50bPronounLeak = [][2]string{
	{"en-GB", "It often contains nickel, and palladium gives the white tone."},
	{"en-GB", "Much of it is nickel; the rest is palladium."},
	{"en-GB", "Often it is nickel; palladium is added for colour."},
	{"en-GB", "Much of the metal is nickel, with palladium for whiteness."},
	{"de-DE", "Es enthält oft Nickel, Palladium sorgt für den hellen Ton."},
	{"fr-FR", "Il contient souvent du nickel, et le palladium donne sa blancheur."},
	{"es-ES", "A menudo contiene níquel, y el paladio le da su blancura."},
	{"it-IT", "Spesso contiene nichel, e il palladio dà il colore bianco."},
	{"sv-SE", "Den innehåller ofta nickel, och palladium ger den vita tonen."},
	{"nl-NL", "Het bevat vaak nikkel, en palladium geeft de witte kleur."},
}

// TestKindsAdv50BOpen (#13, adv50b): rows that fail on main.
func TestKindsAdv50BOpen(t *testing.T) {
	t.Skip("open (adv50b): 'These earrings are titanium with aluminium inside' (true of Ti-6Al-4V) blocks, as alloyAmount needs a word of amount before the member")
	svc := checkService(t)
	rows := pairRows(alloy50Ti23, false, [][2]string{{"en-GB", "These earrings are titanium with aluminium inside."}})
	checkKindRows(t, svc, "grounding", rows)
}
