package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A durability word said of the piece's core, body or structure beside its
// colour is the core's strength, not a promise that the finish lasts (#13,
// left61; probe 60D ar-AE 60D01-2 "بلون الذهب وقلب متين", gold-coloured
// with a sturdy core, blocked as tarnish_proof on a gold-coloured IP
// tungsten carbide ring). The pair "durable ... colour" read across the
// core's noun; the adjective stands right beside its own noun (after it in
// Arabic and the Romance languages, before it elsewhere): the concepts'
// head_owners (data/*/concepts-ownedhead61.yaml, concepts.go ownedHead).
// FTC 16 CFR 23.1 concerns the finish's durability claimed; a core's
// strength is no such claim.
func TestKindsOwnedHead61(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(ownedHeadRing, false, [][2]string{
		{"ar-AE", "يجمع خاتم أفق بين لمسة دافئة بلون الذهب وقلب متين من كربيد التنغستن."},
		{"ar-AE", "يجمع الخاتم بين طلاء بلون الذهب وهيكل متين."},
		{"en-GB", "It pairs a warm gold colour with a durable core of tungsten carbide."},
		{"en-US", "A warm gold color over a durable body of tungsten carbide."},
		{"es-ES", "Une un cálido color dorado y un núcleo duradero de carburo de tungsteno."},
		{"fr-FR", "Il allie une couleur dorée chaleureuse et une structure durable en carbure de tungstène."},
		{"it-IT", "Unisce un caldo colore oro a un nucleo durevole in carburo di tungsteno."},
		{"pt-BR", "Une uma cor dourada e um núcleo durável de carboneto de tungstênio."},
		{"de-DE", "Er verbindet eine warme goldene Farbe mit einem langlebigen Kern aus Wolframcarbid."},
		{"nl-NL", "Een warme kleur van goud met een slijtvaste kern van wolfraamcarbide."},
		{"sv-SE", "Den förenar en varm färg med en slitstark kärna av volframkarbid."},
		{"fi-FI", "Sormuksessa yhdistyvät lämmin kullanvärinen sävy ja kestävä runko."},
		{"pl-PL", "Łączy ciepły złoty kolor z trwałym rdzeniem z węglika wolframu."},
	})
	checkKindRows(t, svc, CatClaim, rows)
}

// ownedHeadRing is probe 60D's ring: tungsten carbide with a gold-coloured
// IP plating, its features saying nothing of the finish lasting.
var ownedHeadRing = core.Product{SKU: "B60D", Name: "Ring Ufuq", Category: "ring", Collection: "Heritage",
	Metals:   []core.Metal{{Base: "tungsten carbide", Plating: "gold-coloured IP", PlatingMicrons: 0.5}},
	Colours:  []string{"gold"},
	Features: []string{"scratch-resistant", "comfort fit"}}

// TestKindsOwnedHead61Bad: the durability said of the colour, the plating
// or the finish itself still blocks, the core named beside it or not.
func TestKindsOwnedHead61Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(ownedHeadRing, true, [][2]string{
		{"ar-AE", "لون ذهبي متين."},
		{"ar-AE", "طلاء متين يدوم طويلا فوق قلب من كربيد التنغستن."},
		{"en-GB", "A durable colour and a sturdy core."},
		{"en-GB", "Its gold colour is durable, like its core."},
		{"es-ES", "Un color dorado duradero sobre un núcleo de carburo."},
		{"fr-FR", "Une couleur dorée durable sur un cœur en carbure."},
		{"de-DE", "Eine langlebige Farbe über einem Kern aus Wolframcarbid."},
	})
	checkKindRows(t, svc, CatClaim, rows)
}
