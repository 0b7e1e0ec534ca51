package checks

import "testing"

// promotion60Bar is held-out 60A en-US 60A01's bar necklace: nothing in the
// rows below is an offer but where it says so.
var promotion60Bar = misses49Product(`{"sku": "P60-1", "name": "Argentium Bar Necklace", "category": "necklace", "metals": [{"base": "Argentium silver", "fineness": "935"}], "colours": ["silver"], "occasions": ["graduation"]}`)

// TestKindsPromotion60: a promotion at work named as an occasion, beside
// another occasion or after a verb of celebrating, in the languages whose
// word for a sales promotion is also the step up at work (en, fr, it, pt,
// es). Each row blocked on main as banned_term.offer.
func TestKindsPromotion60(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "banned_term", pairRows(promotion60Bar, false, [][2]string{
		{"en-US", "The Argentium Bar Necklace is a slim bar of Argentium silver 935. A thoughtful piece for a birthday, a promotion, or any day worth marking."},
		{"en-GB", "The Argentium Bar Necklace is a slim bar of Argentium silver 935, a quiet way to celebrate a promotion at work."},
		{"en-GB", "The Argentium Bar Necklace is a slim bar of Argentium silver 935: a gift for a new job or a promotion."},
		{"fr-FR", "Le collier Barre est une fine barre en argent Argentium 935. Une belle idée pour un anniversaire, une promotion ou une naissance."},
		{"fr-FR", "Le collier Barre est une fine barre en argent Argentium 935, parfait pour fêter une promotion."},
		{"it-IT", "La collana Barra è una sottile barra in argento Argentium 935. Un pensiero per un compleanno, una promozione o una laurea."},
		{"pt-PT", "O colar Barra é uma barra fina em prata Argentium 935. Um presente para um aniversário, uma promoção ou uma formatura."},
		{"es-ES", "El collar Barra es una fina barra de plata Argentium 935. Un regalo para un cumpleaños, una promoción o una graduación."},
	}))
}

// TestKindsPromotion60Bad: a sales promotion still blocks, in the same
// languages.
func TestKindsPromotion60Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "banned_term", pairRows(promotion60Bar, true, [][2]string{
		{"en-GB", "The Argentium Bar Necklace is a slim bar of Argentium silver 935. Birthday promotion: order this week."},
		{"en-GB", "The Argentium Bar Necklace is a slim bar of Argentium silver 935, part of our summer promotion."},
		{"en-US", "The Argentium Bar Necklace is a slim bar of Argentium silver 935. Use your promotion code at checkout."},
		{"fr-FR", "Le collier Barre est une fine barre en argent Argentium 935, en promotion cette semaine."},
		{"it-IT", "La collana Barra è una sottile barra in argento Argentium 935, in promozione questa settimana."},
		{"pt-PT", "O colar Barra é uma barra fina em prata Argentium 935, em promoção de aniversário esta semana."},
		{"es-ES", "El collar Barra es una fina barra de plata Argentium 935, en promoción esta semana."},
	}))
}
