package checks

import "testing"

// Products of TestKindsLeft59 (#13, left59): probe 58C rows whose true
// copy blocked.
var (
	left59Shakudo = misses49Product(`{"sku": "B58C-frCA-04", "name": "Jonc en shakudo", "category": "bracelet", "collection": "Heritage", "materials": ["shakudo"], "metals": [{"base": "shakudo"}], "colours": ["black"], "attributes": {"alloy": "shakudo: copper with about 4% gold, patinated"}, "measurements": [{"name": "width", "value": 5, "unit": "mm"}, {"name": "inner diameter", "value": 60, "unit": "mm"}], "stones": [], "features": [], "occasions": [], "keywords": []}`)
	left59Ring    = misses49Product(`{"sku": "B58C-ptPT-04", "name": "Anel de shakudo", "category": "ring", "collection": "Signature", "materials": ["shakudo"], "metals": [{"base": "shakudo"}], "colours": ["black"], "attributes": {"alloy": "shakudo: copper with about 4% gold, patinated"}, "measurements": [{"name": "band width", "value": 4, "unit": "mm"}], "stones": [], "features": [], "occasions": [], "keywords": []}`)
	left59Glass   = misses49Product(`{"sku": "B58C-nbNO-03", "name": "Anheng med libysk ørkenglass", "category": "necklace", "collection": "Lumière", "materials": ["14k yellow gold"], "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "Libyan desert glass", "colour": "pale yellow", "count": 1, "origin": "natural"}], "colours": ["yellow", "gold"], "measurements": [{"name": "pendant length", "value": 20, "unit": "mm"}, {"name": "chain length", "value": 42, "unit": "cm"}], "features": [], "occasions": [], "keywords": []}`)
	left59Zircon  = misses49Product(`{"sku": "B58D-plPL-01", "name": "Wisiorek Przejrzystość", "category": "necklace", "collection": "Reflexions", "materials": ["10k white gold"], "metals": [{"base": "white gold", "fineness": "10k", "plating": "rhodium"}], "stones": [{"type": "zircon", "origin": "natural", "treatment": "heated", "colour": "colourless", "count": 1}], "colours": ["white"], "measurements": [{"name": "stone diameter", "value": 6, "unit": "mm"}, {"name": "chain length", "value": 45, "unit": "cm"}], "features": [], "occasions": [], "keywords": []}`)
	left59Gold    = misses49Product(`{"sku": "B58C-nbNO-04", "name": "Armbånd med goldstone", "category": "bracelet", "collection": "Heritage", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "goldstone", "colour": "copper brown", "count": 18, "origin": "simulant"}], "colours": ["brown", "silver"], "measurements": [{"name": "bead diameter", "value": 6, "unit": "mm"}, {"name": "length", "value": 18, "unit": "cm"}], "features": [], "occasions": [], "keywords": []}`)
	left59Anklet  = misses49Product(`{"sku": "H9B08", "name": "Wave Link Anklet", "category": "anklet", "collection": "Essence", "materials": ["gold-plated stainless steel"], "metals": [{"base": "stainless steel", "plating": "gold", "plating_microns": 1}], "stones": [], "colours": ["gold"], "measurements": [{"name": "length", "value": 23, "unit": "cm"}], "features": [], "occasions": [], "keywords": []}`)
	left59Sapph   = misses49Product(`{"sku": "L59-01", "name": "Bague saphir", "category": "ring", "collection": "Essence", "materials": ["18k yellow gold"], "metals": [{"base": "yellow gold", "fineness": "18k"}], "stones": [{"type": "sapphire", "colour": "blue", "count": 1, "origin": "natural", "treatment": "none"}], "colours": ["blue", "gold"], "measurements": [], "features": [], "occasions": [], "keywords": []}`)
)

// TestKindsLeft59 (#13, left59): true copy that blocked on main 77c9b571.
// (1) A noun of hue spelt as a participle of dyeing (fr "teinte", it
// "tinta", in both piece_verbs and colour_nouns) after a determiner is
// the noun, no verb of what is done to the piece: the alloy's gold that
// gives the hue stays the alloy's (grounding/hue_noun59.go). (2) Another
// piece worn with this one: the second object of a verb of matching after
// "or with" ("ou com um anel de diamantes", "oder zu einem Diamantring"),
// a piece of the product's own or a related kind after a cross-selling
// cue and an indefinite ("sammen med en tynn perlekjede"), the cues
// "wear it together with", "llévalo junto con", "indossalo insieme a",
// "trage ihn mit", and a katakana adjective before the noun that と合わせ
// follows ("シンプルなリングと合わせて"; grounding/pairing58.go,
// goes_with.go, scope.go crossSellAfter, scope_head.go katakanaRun). (3)
// A stone's lustre as a likeness: the stone adjective or noun before a
// noun of light ("niemal diamentowy połysk", "diamantový lesk", "elmas
// parlaklığında"; pl, cs, tr ignore forms) and the like_tails "-lik",
// "-agtig", "-artig" (sv, da, de). (4) Crystals of a base metal named by
// the metal before the crystal word or glued to it ("copper crystals",
// "kobberkrystaller", "Kupferkristalle", "kryształki miedzi"; goldstone's
// copper: grounding/metal_crystal59.go).
func TestKindsLeft59(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(left59Shakudo, false, [][2]string{
		{"fr-CA", "Le métal est plongé dans un bain bouillant, et c'est l'or de l'alliage qui fait naître cette teinte profonde."},
		{"fr-FR", "C'est l'or de l'alliage qui donne sa teinte au métal."},
		{"fr-FR", "L'or de l'alliage lui donne une teinte sombre."},
		{"fr-CA", "C'est l'or de l'alliage qui donne cette belle teinte."},
		{"it-IT", "È l'oro della lega a dare questa tinta profonda."},
		{"it-IT", "È l'oro della lega a far nascere questa tinta profonda."},
		{"it-IT", "L'oro della lega gli dà una tinta scura."},
	}))
	checkKindRows(t, svc, "", pairRows(left59Ring, false, [][2]string{
		{"pt-PT", "Combina bem com uma aliança em ouro branco ou com um anel de diamantes."},
		{"de-DE", "Er passt gut zu einem Ehering aus Weißgold oder zu einem Diamantring."},
		{"ja-JP", "K18ホワイトゴールドのシンプルなリングと合わせても素敵です。"},
		{"ja-JP", "ホワイトゴールドのシンプルなリングと合わせても素敵です。"},
		{"ja-JP", "ダイヤモンドのシンプルなリングと合わせても素敵です。"},
	}))
	checkKindRows(t, svc, "", pairRows(left59Glass, false, [][2]string{
		{"nb-NO", "Bruk det gjerne sammen med en tynn perlekjede eller en enkel ring i hvitt gull."},
		{"nb-NO", "Bruk det gjerne med en tynn perlekjede."},
		{"da-DK", "Bær det gerne sammen med en tynd perlekæde eller en enkel ring i hvidguld."},
		{"sv-SE", "Bär det gärna tillsammans med ett tunt pärlhalsband eller en enkel ring i vitguld."},
		{"en-GB", "Wear it together with a fine pearl necklace or a simple white gold ring."},
		{"de-DE", "Trage ihn mit einer feinen Perlenkette."},
		{"es-ES", "Llévalo junto con un fino collar de perlas o un sencillo anillo de oro blanco."},
		{"it-IT", "Indossalo insieme a una sottile collana di perle o a un semplice anello in oro bianco."},
	}))
	checkKindRows(t, svc, "", pairRows(left59Zircon, false, [][2]string{
		{"pl-PL", "Ma niemal diamentowy połysk i silną dyspersję."},
		{"pl-PL", "Cyrkon ma diamentowy blask."},
		{"cs-CZ", "Má téměř diamantový lesk a silnou disperzi."},
		{"cs-CZ", "Zirkon má diamantový třpyt."},
		{"tr-TR", "Neredeyse elmas parlaklığında bir ışıltısı var."},
		{"sv-SE", "Den har en nästan diamantlik glans."},
		{"da-DK", "Den har en næsten diamantagtig glans."},
		{"de-DE", "Er hat einen fast diamantartigen Glanz."},
	}))
	checkKindRows(t, svc, "", pairRows(left59Gold, false, [][2]string{
		{"en-GB", "The glass is melted with copper and cooled slowly, so thousands of tiny copper crystals form inside."},
		{"nb-NO", "Glasset smeltes med kobber og kjøles svært langsomt, slik at det dannes tusenvis av bittesmå kobberkrystaller inni."},
		{"de-DE", "Das Glas wird mit Kupfer geschmolzen, sodass sich winzige Kupferkristalle bilden."},
		{"pl-PL", "Szkło topi się z miedzią, tak że powstają drobne kryształki miedzi."},
		{"sv-SE", "Glaset smälts med koppar så att små kopparkristaller bildas."},
		{"da-DK", "Glasset smeltes med kobber, så der dannes små kobberkrystaller."},
	}))
}

// TestKindsLeft59Bad (#13, left59): the gold said of the piece itself
// still blocks beside a hue noun, and the hue of a stone stays a hue.
func TestKindsLeft59Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(left59Shakudo, true, [][2]string{
		{"fr-FR", "Le jonc est en or, d'une teinte profonde."},
		{"fr-FR", "Ce jonc en or a une teinte profonde."},
		{"it-IT", "Il bracciale è in oro, di una tinta profonda."},
	}))
	// the piece's own chain after "with" alone, the piece itself after a
	// definite or demonstrative, and a conjunct that joins the piece's own
	// facts still block
	checkKindRows(t, svc, "", pairRows(left59Glass, true, [][2]string{
		{"nb-NO", "Anhenget henger på en tynn kjede med perler."},
		{"nb-NO", "Anhenget har en kjede i hvitt gull."},
		{"en-GB", "The pendant comes on a fine pearl chain."},
	}))
	checkKindRows(t, svc, "", pairRows(left59Ring, true, [][2]string{
		{"pt-PT", "Combina bem com tudo, e o anel tem diamantes."},
		{"pt-PT", "O anel em ouro branco combina com tudo ou com um relógio."},
		{"ja-JP", "このシンプルなリングはホワイトゴールドです。"},
		{"de-DE", "Der Ring aus Weißgold passt zu allem oder zu einem Kleid."},
	}))
	// an anklet's own charm by its clasp: the cue's object is the clasp
	checkKindRows(t, svc, "", pairRows(left59Anklet, true, [][2]string{
		{"es-MX", "Junto al broche cuelga un pequeño dije con una turmalina."},
		{"en-GB", "Beside the clasp hangs a small charm with a tourmaline."},
	}))
	// the stone itself, and crystals set in the piece, still block
	checkKindRows(t, svc, "", pairRows(left59Zircon, true, [][2]string{
		{"pl-PL", "Wisiorek ma diament o pięknym połysku."},
		{"pl-PL", "To diamentowy wisiorek."},
		{"cs-CZ", "Přívěsek má diamant s krásným leskem."},
		{"cs-CZ", "Je to diamantový přívěsek."},
		{"tr-TR", "Elmasın parlaklığı eşsizdir."},
		{"sv-SE", "Hänget har en diamant."},
		{"da-DK", "Vedhænget har en diamant."},
		{"de-DE", "Der Anhänger trägt einen Diamanten."},
	}))
	checkKindRows(t, svc, "", pairRows(left59Gold, true, [][2]string{
		{"en-GB", "The bracelet is set with sparkling crystals."},
		{"en-GB", "The clasp is set with rose gold crystals."},
		{"de-DE", "Das Armband ist mit funkelnden Kristallen besetzt."},
	}))
	checkKindRows(t, svc, "", pairRows(left59Sapph, false, [][2]string{
		{"fr-FR", "Le saphir offre une teinte bleu nuit."},
		{"it-IT", "Lo zaffiro ha una tinta blu intensa."},
	}))
}
