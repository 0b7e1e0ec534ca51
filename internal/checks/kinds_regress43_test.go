package checks

import "testing"

// TestKindsRegress43 (#13, regress43): holes this session's relaxations
// opened, rows of TestKindsAdv43Open that blocked at 750e68d4 and passed
// since. care43's lastingGift spared a gift that lasts whose other half
// says the piece's look lasts too: an additive word right after it ("its
// gold colour too", "colour and all") or a relative word before a verb of
// staying ("with a colour that stays"): concepts.go lastsToo. cut43's
// rose-cut ignore forms ("talla rosa", "taglio rosa", "taille rose") took
// the way back to the stone from a colour after them ("de color rosa",
// "color rosa", ", d'un rose tendre"): grounding anchor.go colourAfterCut
// attaches a colour within four words (a comma allowed) after an ignored
// phrase that follows a stone. The good twins (a second clause past the
// comma, a red after the rose cut, the cut alone) still pass.
func TestKindsRegress43(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "A gift that lasts, its gold colour too.", care43Plated, true},
		{"en-GB", "A gift that lasts, with a colour that stays.", care43Plated, true},
		{"en-GB", "A keepsake that lasts, colour and all.", care43Plated, true},
		{"en-GB", "A gift that lasts, its gold colour as well.", care43Plated, true},
		{"en-US", "A gift that lasts, its gold color too.", care43Plated, true},
		{"en-GB", "A gift that lasts, with a shine that remains.", care43Plated, true},
		// the other half a second clause still passes
		{"en-GB", "A gift that lasts, and the result is a soft shine.", care43Plated, false},
		{"en-GB", "A gift that lasts, with a soft shine.", care43Plated, false},
		{"en-GB", "A gift that lasts, with a soft shine. Too good to miss.", care43Plated, false},
		{"ar-AE", "إنها هدية لها تدوم طويلًا، والنتيجة بريق ناعم", care43Plated, false},
		{"fr-FR", "Un cadeau qui dure, avec un éclat doux.", care43Plated, false},
		{"es-ES", "Cinco granates de talla rosa de color rosa adornan el anillo.", cut43Garnet, true},
		{"fr-FR", "Cinq grenats en taille rose, d'un rose tendre, ornent l'anneau.", cut43Garnet, true},
		{"it-IT", "Cinque granati taglio rosa color rosa decorano l'anello.", cut43Garnet, true},
		{"es-MX", "Cinco granates en talla rosa, de un rosa intenso, adornan el anillo.", cut43Garnet, true},
		{"pt-BR", "Cinco granadas em lapidação rosa de cor rosa enfeitam o anel.", cut43Garnet, true},
		{"fr-CA", "Cinq grenats taille rose couleur rose ornent l'anneau.", cut43Garnet, true},
		// the cut alone, or a red after it, still passes
		{"es-ES", "Cinco granates de talla rosa de color rojo intenso adornan el anillo.", cut43Garnet, false},
		{"it-IT", "Cinque granati taglio rosa color rosso decorano l'anello.", cut43Garnet, false},
		{"fr-FR", "Cinq grenats en taille rose, d'un rouge profond, ornent l'anneau.", cut43Garnet, false},
		{"es-ES", "Cinco granates de talla rosa adornan el anillo. La talla rosa nació en el siglo XVI.", cut43Garnet, false},
		// cut43's growth words: a crystal set on the piece
		{"en-GB", "A crystal grown from a melt crowns the ring.", adv41Sapphire, true},
		{"en-GB", "A crystal grown in a lab crowns the ring.", adv41Sapphire, true},
	})
	checkKindRows(t, svc, "", cut43CrystalRows)
}
