package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// The laboratory named in any grammar discloses a lab-grown stone (issue
// #13, legal_qualifier false blocks): the markets' qualifier phrases were
// matched as written, so an article ("in een laboratorium gekweekte", "in
// un laboratorio", "en un laboratorio", "em um laboratório", "in einem
// Labor"), a contraction ("num laboratório") or a compound
// ("laboratoriumgekweekte", "laborgefertigten", "labbskapad", "lab
// diamond") left a disclosed stone unqualified. The lab noun itself near
// the stone is the disclosure now, as it already was in Finnish, Turkish,
// Greek, Czech, Chinese and Japanese (ISO 18323:2015 and the CIBJO Diamond
// Book: "laboratory-grown", "laboratory-created"; FTC 16 CFR 23.25(b): "or
// other word or phrase of like meaning"). France is the exception: décret
// n°2002-65 art. 2 asks for "synthétique", so "créé en laboratoire" alone
// still blocks in fr-FR. A stone named with no qualifier, or only
// "cultured", still blocks everywhere.
func TestKindsLabNounQualifies(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	pass := []lt{
		{"en-GB", "Three lab diamonds line the band."},
		{"en-US", "Three diamonds, created in a laboratory, line the band."},
		{"en-AU", "Three lab diamonds line the band."},
		{"nl-NL", "Drie in een laboratorium gekweekte diamanten sieren de ring."},
		{"nl-NL", "Drie in een lab gekweekte diamanten sieren de ring."},
		{"nl-NL", "Drie laboratoriumgekweekte diamanten sieren de ring."},
		{"nl-NL", "Drie in een laboratorium gemaakte diamanten sieren de ring."},
		{"de-DE", "Drei in einem Labor gezüchtete Diamanten zieren die Schiene."},
		{"de-DE", "Drei laborgefertigte Diamanten zieren die Schiene."},
		{"it-IT", "Tre diamanti creati in un laboratorio ornano la fascia."},
		{"it-IT", "Tre diamanti coltivati in un laboratorio ornano la fascia."},
		{"es-ES", "Tres diamantes creados en un laboratorio adornan el aro."},
		{"es-MX", "Tres diamantes creados en un laboratorio adornan el aro."},
		{"pt-BR", "Três diamantes criados em um laboratório enfeitam o aro."},
		{"pt-PT", "Três diamantes criados num laboratório enfeitam o aro."},
		{"sv-SE", "Tre labbskapade diamanter pryder ringen."},
		{"sv-SE", "Tre diamanter, skapade i ett laboratorium, pryder ringen."},
		{"da-DK", "Tre diamanter, skabt i et laboratorium, pryder ringen."},
		{"nb-NO", "Tre diamanter, laget i et laboratorium, pryder ringen."},
		{"pl-PL", "Trzy diamenty wyhodowane w nowoczesnym laboratorium zdobią obrączkę."},
		{"fr-CA", "Trois diamants créés dans un laboratoire ornent l'anneau."},
	}
	block := []lt{
		{"en-GB", "Three cultured diamonds line the band."},
		{"en-US", "Three diamonds line the band."},
		{"nl-NL", "Drie diamanten sieren de ring."},
		{"de-DE", "Drei Diamanten zieren die Schiene."},
		{"it-IT", "Tre diamanti ornano la fascia."},
		{"es-ES", "Tres diamantes adornan el aro."},
		{"pt-BR", "Três diamantes enfeitam o aro."},
		{"sv-SE", "Tre diamanter pryder ringen."},
		{"pl-PL", "Trzy diamenty zdobią obrączkę."},
		{"fr-FR", "Trois diamants créés en laboratoire ornent l'anneau."},
		{"fr-FR", "Trois diamants créés dans un laboratoire ornent l'anneau."},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"lab-grown named with the laboratory", m7LabRing, "", pass},
		{"lab-grown named without a qualifier (or by the French decree)", m7LabRing, CatRegulatory, block},
	})
}
