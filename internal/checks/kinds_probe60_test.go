package checks

import (
	"testing"
)

// Products of TestKindsProbe60 (#13, probe60): probe 60C's pezzottaite and
// musgravite pieces.
var (
	probe60Pezz  = misses49Product(`{"sku": "B60C-deDE-02", "name": "Anhänger Himbeere", "category": "pendant", "collection": "Lumière", "metals": [{"base": "sterling silver", "fineness": "925", "plating": "gold", "plating_microns": 2.5}], "stones": [{"type": "pezzottaite", "colour": "raspberry pink", "count": 1, "origin": "natural"}], "colours": ["pink", "gold"]}`)
	probe60Pezz2 = misses49Product(`{"sku": "B60C-enGB-03", "name": "Raspberry Halo Ring", "category": "ring", "collection": "Lumière", "metals": [{"base": "rose gold", "fineness": "18k"}], "stones": [{"type": "pezzottaite", "colour": "raspberry pink", "count": 1, "origin": "natural"}, {"type": "diamond", "colour": "white", "count": 12, "origin": "natural"}], "colours": ["pink", "rose gold"]}`)
	probe60Musg  = misses49Product(`{"sku": "B60C-ptPT-02", "name": "Pendente Crepúsculo", "category": "pendant", "collection": "Reflexions", "metals": [{"base": "yellow gold", "fineness": "18k"}], "stones": [{"type": "musgravite", "colour": "grey", "count": 1, "origin": "natural"}], "colours": ["grey", "gold"]}`)
)

// TestKindsProbe60 holds rows of probe 60 that blocked on main (#13,
// probe60).
func TestKindsProbe60(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// a natural mineral's crystals in a clause of its scarcity
	// (crystal_rarity_words; grounding/own_crystal.go rareCrystal)
	crystals := func(intro string) string { return intro }
	_ = crystals
	rows := []kindRow{
		{"en-GB", "The ring centres on a pezzottaite set in rose gold. Pezzottaite was only discovered in 2002 in Madagascar. Clean crystals are scarce, so each stone is cut by hand to keep as much of the colour as possible.", probe60Pezz2, false},
		{"de-DE", "Der Anhänger trägt einen ovalen Pezzottait. Pezzottait wurde erst 2002 auf Madagaskar entdeckt. Reine Kristalle sind selten, daher wird jeder Stein einzeln von Hand geschliffen.", probe60Pezz, false},
		{"fr-CA", "Le pendentif porte une pezzottaïte rose framboise. La pezzottaïte a été découverte en 2002 à Madagascar. Les cristaux limpides sont rares et chaque pierre est taillée à la main pour préserver sa couleur.", probe60Pezz, false},
		{"it-IT", "Il ciondolo custodisce una pezzottaite ovale. La pezzottaite è stata scoperta nel 2002 in Madagascar. I cristalli limpidi sono rarissimi, e ogni pietra viene tagliata a mano per conservarne il colore.", probe60Pezz, false},
		{"pt-PT", "O pendente tem uma pezzottaite cor de framboesa. A pezzottaite foi descoberta em 2002 em Madagáscar. Cristais limpos são raríssimos e cada pedra é lapidada à mão para conservar a cor.", probe60Pezz, false},
		{"pt-PT", "O pendente suspende uma musgravite cinzenta. Descoberta em 1967 na Austrália, a musgravite é um óxido de magnésio, berílio e alumínio. Cristais lapidáveis só surgiram depois, no Sri Lanka e em Myanmar, e em quantidades mínimas.", probe60Musg, false},
		{"es-ES", "El colgante lleva una pezzottaíta rosa. La pezzottaíta se descubrió en 2002 en Madagascar. Los cristales limpios son rarísimos, y cada piedra se talla a mano.", probe60Pezz, false},
		{"nl-NL", "De hanger draagt een roze pezzottaiet. Pezzottaiet werd pas in 2002 op Madagaskar ontdekt. Heldere kristallen zijn zeldzaam, dus elke steen wordt met de hand geslepen.", probe60Pezz, false},
		{"pl-PL", "Wisiorek ma różowy pezzottait. Pezzottait odkryto w 2002 roku na Madagaskarze. Czyste kryształy są rzadkie, więc każdy kamień szlifuje się ręcznie.", probe60Pezz, false},
		{"sv-SE", "Hänget bär en rosa pezzottait. Pezzottait upptäcktes 2002 på Madagaskar. Klara kristaller är sällsynta, så varje sten slipas för hand.", probe60Pezz, false},
	}
	checkKindRows(t, svc, "grounding", rows)
}

// TestKindsProbe60Bad holds rows that must keep blocking.
func TestKindsProbe60Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []kindRow{
		// glass crystals set on the piece, rare or not
		{"en-GB", "The pendant holds a pezzottaite. Rare crystals frame the pendant on every side.", probe60Pezz, true},
		{"en-GB", "The pendant is set with sparkling crystals around the pezzottaite.", probe60Pezz, true},
		{"de-DE", "Der Anhänger trägt einen Pezzottait. Funkelnde Kristalle umrahmen den Anhänger, ein seltener Anblick.", probe60Pezz, true},
		{"fr-FR", "Le pendentif porte une pezzottaïte, entourée de cristaux scintillants.", probe60Pezz, true},
	}
	checkKindRows(t, svc, "grounding", rows)
}

var (
	probe60Shib      = misses49Product(`{"sku": "B60C-fiFI-01", "name": "Sormus Usva", "category": "ring", "collection": "Timeless", "metals": [{"base": "shibuichi"}], "stones": [], "colours": ["grey"], "features": ["patinated"]}`)
	probe60ShibChain = misses49Product(`{"sku": "B60C-enGB-04", "name": "Kasumi Pendant", "category": "pendant", "collection": "Timeless", "metals": [{"base": "shibuichi"}], "stones": [], "colours": ["grey"], "features": ["patinated"]}`)
)

// TestKindsProbe60Alloy: the members of the piece's base-metal alloy
// (shibuichi: copper with 20-40 % silver) named as its composition or its
// light pass; silver said of the piece still blocks (#13, probe60).
func TestKindsProbe60Alloy(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []kindRow{
		{"fi-FI", "Sormus keitetään patinakylvyssä, josta se saa pehmeän, usvaisen harmaan sävyn ja hennon hopeisen hohteen.", probe60Shib, false},
		{"nl-NL", "Na het smeden wordt de ring gekookt in een patinabad, waardoor het metaal een zachte, mistige grijstint krijgt met een zilveren glans.", probe60Shib, false},
		{"en-GB", "The patina bath gives the ring a misty grey with a faint silver sheen.", probe60Shib, false},
		{"de-DE", "Das Patinabad gibt dem Ring ein nebliges Grau mit einem silbernen Schimmer.", probe60Shib, false},
		{"en-GB", "The ring is shibuichi, a Japanese alloy: traditionally one part silver to three parts copper.", probe60Shib, false},
	}
	checkKindRows(t, svc, "grounding", rows)
	bad := []kindRow{
		{"en-GB", "The ring is solid silver.", probe60Shib, true},
		{"en-GB", "The ring is made of sterling silver.", probe60Shib, true},
		{"en-GB", "The pendant hangs on a silver chain.", probe60ShibChain, true},
		{"fi-FI", "Sormus on hopeaa.", probe60Shib, true},
		{"nl-NL", "De ring is van zilver.", probe60Shib, true},
		{"en-GB", "The ring is 925 silver.", probe60Shib, true},
	}
	checkKindRows(t, svc, "", bad)
}

// TestKindsProbe60Compared: a metal listed with a compared metal (zh 、)
// or given as an example of a class of metals compared (such as, wie,
// comme) is the comparison's standard, not the piece's (#13, probe60:
// en-AU 60D01-3, zh-CN 60D03-3 on tungsten carbide).
func TestKindsProbe60Compared(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	tc := misses49Product(`{"sku": "B60D-zhCN-03", "name": "恒光戒指", "category": "ring", "collection": "Reflexions", "metals": [{"base": "tungsten carbide", "plating": "gold-coloured IP"}], "stones": [], "colours": ["gold"], "features": ["scratch-resistant"]}`)
	rows := []kindRow{
		{"zh-CN", "碳化钨是首饰中硬度最高的材料之一，因此日常佩戴时比金、银戒指更耐刮擦。", tc, false},
		{"zh-CN", "它比金、银、铂金更耐刮擦。", tc, false},
		{"en-AU", "The band resists the everyday scratches that soon mark softer metals such as gold or silver.", tc, false},
		{"en-GB", "It outlasts softer metals like silver.", tc, false},
		{"de-DE", "Der Ring widersteht Kratzern besser als weichere Metalle wie Gold oder Silber.", tc, false},
		{"fr-FR", "La bague résiste mieux aux rayures que des métaux plus tendres comme l'argent.", tc, false},
	}
	checkKindRows(t, svc, "grounding", rows)
	bad := []kindRow{
		{"zh-CN", "这款戒指采用金、银打造。", tc, true},
		{"en-AU", "The band is made of precious metals such as silver.", tc, true},
		{"en-GB", "The ring is silver, harder than most.", tc, true},
		{"en-GB", "The ring combines two metals such as gold and silver.", tc, true},
	}
	checkKindRows(t, svc, "", bad)
}
