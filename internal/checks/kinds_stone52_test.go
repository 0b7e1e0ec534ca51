package checks

import "testing"

// Products of the stone52 tables (#13, stone52): a cobalt spinel ring, a
// red spinel ring with diamonds, a cubic zirconia pendant, a heated blue
// sapphire ring, a lab-grown moissanite solitaire, a lab-grown diamond
// eternity band, an Oregon sunstone pendant and a Mexican fire opal ring.
var (
	st52Spinel   = misses49Product(`{"name": "Cobalt Ring", "category": "ring", "collection": "Moments", "materials": ["14k yellow gold"], "stones": [{"type": "spinel", "colour": "blue", "count": 1, "origin": "natural"}], "colours": ["blue", "gold"], "sku": "S52-001"}`)
	st52Red      = misses49Product(`{"name": "Ember Ring", "category": "ring", "collection": "Timeless", "materials": ["14k yellow gold"], "stones": [{"type": "spinel", "colour": "red", "count": 1, "origin": "natural"}, {"type": "diamond", "colour": "white", "count": 10, "origin": "natural"}], "colours": ["red", "gold"], "sku": "S52-002"}`)
	st52CZ       = misses49Product(`{"name": "Drop Necklace", "category": "necklace", "collection": "Essence", "materials": ["sterling silver"], "stones": [{"type": "cubic zirconia", "colour": "white", "count": 1, "origin": "simulant"}], "colours": ["silver", "white"], "sku": "S52-003"}`)
	st52Sapphire = misses49Product(`{"name": "Flame Sapphire Ring", "category": "ring", "collection": "Signature", "materials": ["14k white gold"], "stones": [{"type": "sapphire", "colour": "blue", "count": 1, "origin": "natural", "treatment": "heated"}], "colours": ["blue", "white"], "sku": "S52-004"}`)
	st52Moiss    = misses49Product(`{"name": "Polaris Ring", "category": "ring", "collection": "Lumière", "materials": ["14k yellow gold"], "stones": [{"type": "moissanite", "colour": "colourless", "count": 1, "origin": "lab_grown"}], "colours": ["gold", "colourless"], "sku": "S52-005"}`)
	st52Band     = misses49Product(`{"name": "Eternity Band", "category": "ring", "collection": "Moments", "materials": ["14k white gold"], "stones": [{"type": "diamond", "colour": "white", "count": 15, "origin": "lab_grown"}], "colours": ["white"], "sku": "S52-006"}`)
)

// TestKindsStone52 (#13, stone52): publishable copy that explains a
// material or suggests another product blocked as grounding.stone or
// regulatory.stone_qualifier. (1) The stones of another piece named in a
// clause after it: a relative clause opened by a relative word with its
// preposition ("w których", "in denen", "in cui", "waarin", "v nichž":
// relative_openers of 14 packs), a distributive ("każdy z jednym
// diamentem", "chacun avec"), or an apposition opened by the stones'
// count ("avec le Collier Ardent, trois saphirs roses"), also where the
// other piece's own phrase (its metal, fineness, name) runs up to the
// comma (grounding/scope_head.go relativeOfOther, countOpens,
// phraseOfOther). (2) Crystal as a science word: the crystal whose trace
// elements colour the stone (trace_words read by elementCrystal,
// "sporenelementen", "spårämnen", "trace elements"), a cubic zirconia
// defined as a crystal made in a laboratory with a five-word participle
// phrase (madeGap), a crystal that forms in weeks (crystal_growth_words:
// tr oluşur, de entsteht, nl ontstaat). (3) Diamond as the standard a
// ranking sets a moissanite below with a pronoun before the "only" ("slås
// den bara av diamant": rank_before of sv, da, nb, nl), which the
// qualifier check reads through grounding's scope. Every row blocked on
// main 444f0b34.
func TestKindsStone52(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", expl51Rows([]expl51Row{
		{st52Red, "fr-FR", "Portez-la au quotidien ou, pour un dîner, avec le Collier Ardent, trois saphirs roses sur une fine chaîne."},
		{st52Red, "fr-FR", "Elle s'accorde aussi, le soir venu, au Collier Ardent, deux saphirs roses sur une fine chaîne."},
		{st52Red, "pl-PL", "Świetnie wygląda z kolczykami Iskra, w których dwa małe szafiry osadzono w złocie."},
		{st52Red, "pl-PL", "Noś go na co dzień albo z kolczykami Iskra, na których lśnią dwa małe szafiry."},
		{st52Red, "cs-CZ", "Nos ho samotný, nebo s náušnicemi Luna, v nichž září dva malé safíry."},
		{st52CZ, "pl-PL", "Do kompletu możesz dobrać nasze kolczyki z białego złota próby 585, każdy z jednym diamentem."},
		{st52CZ, "fr-FR", "Pour compléter, vous pouvez choisir nos boucles d'oreilles Luna en or blanc 18 carats, chacune avec un diamant."},
		{st52Sapphire, "nl-NL", "Het diepe blauw komt van sporenelementen in het kristal."},
		{st52Sapphire, "en-GB", "The deep blue comes from trace elements in the crystal."},
		{st52Sapphire, "de-DE", "Das tiefe Blau stammt von Spurenelementen im Kristall."},
		{st52CZ, "nl-NL", "Zirkonia is een in het lab gemaakt kristal dat het licht sterk breekt."},
		{st52Moiss, "tr-TR", "Mücevherde kullanılan taşlar bu yüzden laboratuvarda büyütülür: kristal birkaç hafta içinde oluşur, ardından kesilip parlatılır."},
		{st52Moiss, "sv-SE", "Med hårdheten 9,25 på Mohs skala slås den bara av diamant, som har 10."},
		{st52Moiss, "da-DK", "Med en hårdhed på 9,25 på Mohs' skala slås den kun af diamant."},
		{st52Moiss, "nb-NO", "Med hardhet 9,25 på Mohs' skala slås den bare av diamant."},
	}, false))
}

// TestKindsStone52Bad (#13, stone52): what the fixes must not let
// through. A wrong stone said of the piece itself, crystals set on the
// piece, a diamond said of a moissanite piece, and an unqualified
// lab-grown diamond counted in its sentence: "Femten diamanter løber
// rundt om fingeren" passed on main because the stone read as the
// modifier of løber (a table runner: other_nouns); a counted stone is a
// noun (headIsOther, countedBefore). The count rows in da and nb passed
// on main (the leak); the others blocked and are pinned.
func TestKindsStone52Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{st52Red, "fr-FR", "La bague porte trois saphirs roses sur un anneau fin."},
		{st52Red, "pl-PL", "W pierścionku osadzono dwa małe szafiry."},
		{st52Red, "de-DE", "Der Ring trägt zwei kleine Saphire, in denen das Licht funkelt."},
		{st52Spinel, "es-ES", "El anillo lleva dos zafiros azules."},
		{st52Sapphire, "nl-NL", "De ring is bezet met kristallen rond de saffier."},
		{st52Moiss, "sv-SE", "Ringen bär en diamant på 1 karat i fyra klor."},
	}, true))
	checkKindRows(t, svc, "regulatory", expl51Rows([]expl51Row{
		{st52Band, "da-DK", "Femten diamanter løber rundt om fingeren."},
		{st52Band, "nb-NO", "Femten diamanter løper rundt fingeren."},
		{st52Band, "en-GB", "Fifteen diamonds run all the way round the finger."},
		{st52Band, "de-DE", "Fünfzehn Diamanten laufen rund um den Finger."},
		{st52Band, "sv-SE", "Femton diamanter löper runt hela fingret."},
		{st52Moiss, "sv-SE", "Ringen bär en diamant på 1 karat i fyra klor."},
	}, true))
}

// TestKindsStone52Open (#13, stone52): seen and left, today's behaviour
// asserted. A treatment explained by the stones it is used on ("the
// heating used on rubies and sapphires" on a fracture-filled diamond:
// probe 52C en-GB 52C103-3), the host rock of an emerald (ja 黒い雲母片岩,
// probe 52D 52D104, also grounding.colour 黒い) still block. The colourless
// topaz a mystic topaz is coated on (zh-TW 無色托帕石, probe 52C 52C102)
// passes since colour62: 無's "no" is the colour word's own, not a denial
// of the topaz, which is then the coated stone whose host is colourless.
func TestKindsStone52Open(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Unlike laser drilling, or the heating used on rubies and sapphires, filling leaves the surface untouched.", misses49Product(`{"name": "Clarity Pendant", "category": "pendant", "materials": ["14k white gold"], "stones": [{"type": "diamond", "colour": "white", "count": 1, "origin": "natural", "treatment": "fracture-filled"}], "colours": ["white"], "sku": "S52-008"}`), true},
		{"ja-JP", "このエメラルドはザンビアの黒い雲母片岩から採掘されます。", misses49Product(`{"name": "Zambia Ring", "category": "ring", "materials": ["platinum"], "stones": [{"type": "emerald", "colour": "green", "count": 1, "origin": "natural", "treatment": "oiled"}], "colours": ["green", "white"], "sku": "S52-009"}`), true},
		{"zh-TW", "神秘托帕石是在無色托帕石背面鍍上極薄的膜層。", misses49Product(`{"name": "Mystic Pendant", "category": "pendant", "materials": ["sterling silver"], "stones": [{"type": "topaz", "colour": "rainbow", "count": 3, "origin": "natural", "treatment": "coated"}], "colours": ["black", "rainbow"], "sku": "S52-010"}`), false},
	})
}
