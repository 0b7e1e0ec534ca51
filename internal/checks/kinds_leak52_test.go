package checks

import "testing"

// TestKindsLeak52 (#13, leak52): the other product's own metal, in a
// clause that likens nothing to the piece, stays that product's: these
// rows pass on main and after the change (grounding
// piece_likeness52.go).
func TestKindsLeak52(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Fine, "en-GB", "Wear it with our Luna ring in sterling silver, a lovely contrast to this bangle."},
		{mat52Fine, "en-GB", "Pair it with the Luna ring, which is sterling silver."},
		{mat52Fine, "fr-FR", "Portez-le avec notre bague Luna en argent sterling, un joli contraste avec ce jonc."},
		{mat52Fine, "de-DE", "Tragen Sie ihn mit unserem Ring Luna aus Sterlingsilber, ein schöner Kontrast zu diesem Armreif."},
		{mat52Akoya, "en-GB", "Wear them with our Tide bracelet in 14k yellow gold, a warm contrast to these earrings."},
	}, false))
}

// TestKindsLeak52Bad (#13, leak52): a metal said in the clause of
// another product and likened or matched there to the piece ("which is
// sterling silver like this bangle", "that matches this bangle", "which
// matches these earrings in 14k yellow gold") is the piece's and blocks
// where the piece is of another metal. Every row passed on main 0557c869
// (the clause after another product was read wholly as that product's).
// Mechanism: grounding likenedToPiece (piece_likeness52.go), with the
// pack words piece_likeness / piece_likeness_after in 19 packs.
func TestKindsLeak52Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Fine, "en-GB", "Wear it with our Luna ring, which is sterling silver like this bangle."},
		{mat52Fine, "en-GB", "Pair it with the Luna ring, a band in sterling silver that matches this bangle."},
		{mat52White, "en-GB", "Wear it with our Polaris necklace, a sapphire on a chain in rose gold like this bracelet."},
		{mat52Akoya, "en-GB", "Wear them with our Tide bracelet, which matches these earrings in 14k yellow gold."},
		{mat52Fine, "fr-FR", "Portez-le avec notre bague Luna, qui est en argent sterling comme ce jonc."},
		{mat52Fine, "de-DE", "Tragen Sie ihn mit unserem Ring Luna, der aus Sterlingsilber ist wie dieser Armreif."},
		{mat52Fine, "es-ES", "Llévala con nuestro anillo Luna, que es de plata de ley como esta pulsera."},
		{mat52Fine, "it-IT", "Indossalo con il nostro anello Luna, che è in argento sterling come questo bracciale."},
		{mat52Fine, "nl-NL", "Draag hem met onze Luna-ring, die net als deze armband van sterling zilver is."},
		{mat52Fine, "sv-SE", "Bär det med vår Luna-ring, som är i sterlingsilver precis som det här armbandet."},
		{mat52Fine, "pl-PL", "Noś ją z naszym pierścionkiem Luna, który tak jak ta bransoleta jest ze srebra próby 925."},
		{mat52Fine, "el-GR", "Φορέστε το με το δαχτυλίδι μας Luna, που είναι από ασήμι στερλίνας όπως αυτό το βραχιόλι."},
		{mat52Fine, "pt-BR", "Use com nosso anel Luna, que é de prata 925 como esta pulseira."},
		{mat52Fine, "da-DK", "Bær den med vores Luna-ring, som ligesom denne armring er af sterlingsølv."},
		{mat52Fine, "fi-FI", "Käytä sitä Luna-sormuksemme kanssa, joka on kuten tämä rannerengas sterlinghopeaa."},
		{mat52Fine, "nb-NO", "Bruk den med vår Luna-ring, som akkurat som denne armringen er i sterlingsølv."},
	}, true))
}

// TestKindsLeak52Open (#13, leak52): seen and not fixed; today's
// behaviour (passes, should block). de with the likeness before the
// material ("der wie dieser Armreif aus Sterlingsilber ist") and cs
// "stejně jako tento náramek ze …" are read by another path (the
// like_before comparison takes the metal as the standard); ar "مثل هذه
// الإسورة" after a participle clause is not scoped through
// likenedToPiece.
func TestKindsLeak52Open(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Fine, "de-DE", "Tragen Sie ihn mit unserem Ring Luna, der wie dieser Armreif aus Sterlingsilber ist."},
		{mat52Fine, "cs-CZ", "Noste jej s naším prstenem Luna, který je stejně jako tento náramek ze sterlingového stříbra."},
		{mat52Fine, "ar-AE", "ارتديه مع خاتم لونا، المصنوع من الفضة الإسترلينية مثل هذه الإسورة."},
	}, false))
}
