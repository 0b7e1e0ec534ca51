package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	cc42Kunzite = core.Product{SKU: "CC42K", Name: "Kunzite Cushion Ring", Category: "ring", Collection: "Lumière", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "kunzite", Colour: "lilac", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"lilac", "silver"}}
	cc42WhiteGold = core.Product{SKU: "CC42W", Name: "Kunzite Halo Ring", Category: "ring", Collection: "Lumière", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "kunzite", Colour: "pink", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"pink", "silver"}}
	cc42FireOpal = core.Product{SKU: "CC42F", Name: "Fire Opal Pendant", Category: "necklace", Collection: "Lumière", Materials: []string{"9k yellow gold", "fire opal"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Stones: []core.Stone{{Type: "fire opal", Colour: "orange", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"orange", "gold"}}
	cc42Argentium = core.Product{SKU: "CC42A", Name: "Argentium Silver Hoop Earrings", Category: "earrings", Collection: "Essence", Materials: []string{"Argentium silver"},
		Metals: []core.Metal{{Base: "Argentium silver", Fineness: "935"}}, Colours: []string{"silver"}, Features: []string{"nickel-free", "hallmarked"}}
	cc42PinkHalo = core.Product{SKU: "CC42P", Name: "Pink Halo Ring", Category: "ring", Collection: "Signature", Materials: []string{"18k white gold", "lab-grown diamond"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "pink", Count: 1, Origin: core.OriginLabGrown}}, Colours: []string{"pink", "silver"}}
)

// TestKindsColourClaims42 (#13, colourclaims42; probe 42C/42D):
//
// tarnish: the adverb "slowly" read as the verb that slows darkening
// ("Kunzite can slowly fade in strong sunlight": a care warning; en
// concepts-pairs.yaml heads "slow", "slower", no longer "slow*"), and a
// storing verb that also means to keep (fi "säilyttää", it "conservare")
// excusing the never-tarnishes claim whose look it keeps ("Valkokulta ei
// koskaan tummu, vaan säilyttää kiiltonsa vuosikausia": lexicon.go
// keepSense).
//
// stone_power: a stone or its energy said to lift, awaken or strengthen a
// faculty of the wearer ("Its fiery energy lifts your confidence and
// awakens your creativity"; data/<lang>/concepts-faculty42.yaml, 14
// languages, with a stone or energy word in the sentence).
//
// competitor: a competitor in inscriptional capitals, V for U, glued to
// another script or with a case ending ("BVLGARIのハイジュエリー",
// "BVLGARIn": competitor_glue.go inscriptional, categories.go).
//
// colour: white said of "the result" of a white alloy ("O resultado é um
// branco claro e luminoso" on Argentium silver): "result" and its words are
// other nouns in every vocabulary, so the colour is no predicate of the
// piece; said of the hoops it still blocks.
func TestKindsColourClaims42(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-US", "Kunzite can slowly fade in strong sunlight, so save it for evenings and store it in a dark box.", cc42Kunzite, false},
		{"en-GB", "Kunzite may slowly fade in bright light.", cc42Kunzite, false},
		{"en-GB", "Sterling silver slowly darkens with time.", cc42Kunzite, false},
		{"en-AU", "Like all silver, it slowly tarnishes in air.", cc42Kunzite, false},
		{"en-GB", "The lacquer slows tarnishing.", cc42Kunzite, true},
		{"en-US", "A coating that slows down tarnish.", cc42Kunzite, true},
		{"en-GB", "The coating slowed the darkening of the silver.", cc42Kunzite, true},
		{"fi-FI", "Valkokulta ei koskaan tummu, vaan säilyttää kiiltonsa vuosikausia.", cc42WhiteGold, true},
		{"fi-FI", "Valkokulta ei tummu, vaan säilyttää värinsä.", cc42WhiteGold, true},
		{"it-IT", "L'anello non si ossida mai e sa conservare il suo splendore per anni.", cc42WhiteGold, true},
		{"de-DE", "Die Ringe laufen nie an und bewahren ihren Glanz über Jahre.", cc42WhiteGold, true},
		{"fi-FI", "Sormus kannattaa säilyttää pussissa, jotta se ei tummu.", cc42WhiteGold, false},
		{"fi-FI", "Säilytä sormus pussissa, niin se säilyttää kiiltonsa.", cc42WhiteGold, false},
		{"it-IT", "Riponilo nel sacchetto per conservare il suo splendore.", cc42WhiteGold, false},
		// stone_power
		{"en-AU", "Its fiery energy lifts your confidence and awakens your creativity.", cc42FireOpal, true},
		{"en-GB", "The stone awakens your creativity.", cc42FireOpal, true},
		{"en-US", "Its warm energy boosts your self-esteem.", cc42FireOpal, true},
		{"de-DE", "Die Energie des Steins stärkt Ihr Selbstvertrauen.", cc42FireOpal, true},
		{"fr-FR", "L'énergie de la pierre renforce votre confiance.", cc42FireOpal, true},
		{"es-ES", "La energía de la piedra despierta tu creatividad.", cc42FireOpal, true},
		{"it-IT", "L'energia della pietra risveglia la tua creatività.", cc42FireOpal, true},
		{"pt-BR", "A energia da pedra aumenta sua autoconfiança.", cc42FireOpal, true},
		{"nl-NL", "De energie van de steen versterkt je zelfvertrouwen.", cc42FireOpal, true},
		{"sv-SE", "Stenens energi stärker ditt självförtroende.", cc42FireOpal, true},
		{"da-DK", "Stenens energi styrker din selvtillid.", cc42FireOpal, true},
		{"nb-NO", "Steinens energi styrker din selvtillit.", cc42FireOpal, true},
		{"fi-FI", "Kiven energia vahvistaa itseluottamusta.", cc42FireOpal, true},
		{"pl-PL", "Energia kamienia wzmacnia pewność siebie.", cc42FireOpal, true},
		{"cs-CZ", "Energie kamene posiluje sebevědomí.", cc42FireOpal, true},
		{"tr-TR", "Taşın enerjisi özgüveninizi artırır.", cc42FireOpal, true},
		{"en-GB", "This bold pendant lifts your confidence.", cc42FireOpal, false},
		{"de-DE", "Der kräftige Anhänger stärkt Ihren Auftritt.", cc42FireOpal, false},
		{"fr-FR", "Ce pendentif audacieux renforce votre style.", cc42FireOpal, false},
	})
	checkKindRows(t, svc, "competitor", []kindRow{
		{"ja-JP", "BVLGARIのハイジュエリーにも通じる華やかさです。", cc42PinkHalo, true},
		{"ja-JP", "BvlgariのハイジュエリーとNOVAのリング。", cc42PinkHalo, true},
		{"zh-CN", "这款戒指有BVLGARI高级珠宝的华丽感。", cc42PinkHalo, true},
		{"zh-TW", "這款戒指有BVLGARI高級珠寶的華麗感。", cc42PinkHalo, true},
		{"ko-KR", "BVLGARI의 하이 주얼리처럼 화려합니다.", cc42PinkHalo, true},
		{"ar-AE", "تتميز بفخامة تشبه مجوهرات كـBVLGARI الراقية.", cc42PinkHalo, true},
		{"fi-FI", "Siinä on BVLGARIn loistoa.", cc42PinkHalo, true},
		{"en-GB", "It has the glamour of BVLGARI high jewellery.", cc42PinkHalo, true},
		{"de-DE", "Sie hat den Glanz von BVLGARI.", cc42PinkHalo, true},
		{"ja-JP", "SWAROVSKIのような輝きです。", cc42PinkHalo, true},
		{"ja-JP", "SignatureコレクションのLVNAリングです。", cc42PinkHalo, false},
		{"zh-CN", "这是Signature系列的NOVA戒指。", cc42PinkHalo, false},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The hoops are made of Argentium silver. Argentium is a modern silver alloy in which germanium replaces part of the copper. The result is a clear white.", cc42Argentium, false},
		{"pt-BR", "As argolas são feitas em prata Argentium 935. As argolas são de um branco claro e luminoso.", cc42Argentium, true},
		{"en-GB", "The hoops are made of Argentium silver. The hoops are a bright gold.", cc42Argentium, true},
		{"es-ES", "Los aros son de plata Argentium 935. El resultado es un dorado intenso.", cc42Argentium, true},
	})
}
