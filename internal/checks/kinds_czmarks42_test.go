package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// czmarks42Rose is a 9k rose gold ring: its alloy holds copper (canon
// alloy_metals), which copy may explain.
var czmarks42Rose = core.Product{SKU: "CZ42R", Name: "Band", Category: "ring", Collection: "Timeless", Materials: []string{"9k rose gold"},
	Metals: []core.Metal{{Base: "rose gold", Fineness: "375"}}, Colours: []string{"rose gold"}}

// TestKindsCzMarks42 (brass41's wrong-depth fix): a word of the solid list
// that folds to the spelling of another word written with other marks is
// that other word (grounding/vocab.go markedPhrases, token.marks). Czech
// "právě" (just, a focus adverb) folds as "pravé" (genuine): "dává mu právě
// měď" calls no copper solid, wherever in the sentence it stands; brass41
// had read a solid word at a sentence's start as the adverb
// (sentenceInitialBefore), which missed the adverb elsewhere and would
// have missed "Pravé zlato" at a sentence's start. The adjective, with its
// own marks or none, still calls the metal solid.
func TestKindsCzMarks42(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		// the adverb, inside a sentence (blocked before: 2 rows)
		{"cs-CZ", "Růžové zlato je slitina zlata, mědi a stříbra. Teplý odstín mu dává právě měď.", czmarks42Rose, false},
		{"cs-CZ", "Růžové zlato je slitina zlata a mědi; ten tón vytváří právě měď ve slitině.", czmarks42Rose, false},
		// the adverb at a sentence's start (passed before too)
		{"cs-CZ", "Růžové zlato je slitina zlata a mědi. Právě měď mu dává teplý tón.", czmarks42Rose, false},
		// the adjective calls the alloy's copper the ring's body: still blocks
		{"cs-CZ", "Růžové zlato je slitina zlata a mědi. Uvnitř je to pravá měď.", czmarks42Rose, true},
		{"cs-CZ", "Růžové zlato je slitina zlata a mědi. Pravé měď je uvnitř prstenu.", czmarks42Rose, true},
		{"cs-CZ", "Růžové zlato je slitina zlata a mědi. Uvnitř je to prave med, ne zlato.", czmarks42Rose, true},
		// twins in the other languages: the alloy's copper explained passes, solid copper blocks
		{"de-DE", "Roségold ist eine Legierung aus Gold und Kupfer; gerade das Kupfer gibt ihm den warmen Ton.", czmarks42Rose, false},
		{"de-DE", "Roségold ist eine Legierung aus Gold und Kupfer. Darunter ist es massives Kupfer.", czmarks42Rose, true},
		{"pl-PL", "Różowe złoto to stop złota i miedzi; właśnie miedź nadaje mu ciepły odcień.", czmarks42Rose, false},
		{"pl-PL", "Różowe złoto to stop złota i miedzi. W środku to lita miedź.", czmarks42Rose, true},
		{"es-ES", "El oro rosa es una aleación de oro y cobre; justo el cobre le da su tono cálido.", czmarks42Rose, false},
		{"es-ES", "El oro rosa es una aleación de oro y cobre. Por dentro es cobre macizo.", czmarks42Rose, true},
		{"fr-FR", "L'or rose est un alliage d'or et de cuivre ; c'est justement le cuivre qui lui donne son ton chaud.", czmarks42Rose, false},
		{"fr-FR", "L'or rose est un alliage d'or et de cuivre. Dessous, c'est du cuivre massif.", czmarks42Rose, true},
		{"en-GB", "Rose gold is an alloy of gold and copper; it is precisely the copper that warms its tone.", czmarks42Rose, false},
		{"en-GB", "Rose gold is an alloy of gold and copper. Inside, it is solid copper.", czmarks42Rose, true},
	})
}
