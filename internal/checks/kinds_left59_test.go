package checks

import "testing"

// Products of TestKindsLeft59 (#13, left59): probe 58C rows whose true
// copy blocked.
var (
	left59Shakudo = misses49Product(`{"sku": "B58C-frCA-04", "name": "Jonc en shakudo", "category": "bracelet", "collection": "Heritage", "materials": ["shakudo"], "metals": [{"base": "shakudo"}], "colours": ["black"], "attributes": {"alloy": "shakudo: copper with about 4% gold, patinated"}, "measurements": [{"name": "width", "value": 5, "unit": "mm"}, {"name": "inner diameter", "value": 60, "unit": "mm"}], "stones": [], "features": [], "occasions": [], "keywords": []}`)
	left59Ring    = misses49Product(`{"sku": "B58C-ptPT-04", "name": "Anel de shakudo", "category": "ring", "collection": "Signature", "materials": ["shakudo"], "metals": [{"base": "shakudo"}], "colours": ["black"], "attributes": {"alloy": "shakudo: copper with about 4% gold, patinated"}, "measurements": [{"name": "band width", "value": 4, "unit": "mm"}], "stones": [], "features": [], "occasions": [], "keywords": []}`)
	left59Glass   = misses49Product(`{"sku": "B58C-nbNO-03", "name": "Anheng med libysk ørkenglass", "category": "necklace", "collection": "Lumière", "materials": ["14k yellow gold"], "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "Libyan desert glass", "colour": "pale yellow", "count": 1, "origin": "natural"}], "colours": ["yellow", "gold"], "measurements": [{"name": "pendant length", "value": 20, "unit": "mm"}, {"name": "chain length", "value": 42, "unit": "cm"}], "features": [], "occasions": [], "keywords": []}`)
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
// goes_with.go, scope.go crossSellAfter, scope_head.go katakanaRun).
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
	checkKindRows(t, svc, "", pairRows(left59Sapph, false, [][2]string{
		{"fr-FR", "Le saphir offre une teinte bleu nuit."},
		{"it-IT", "Lo zaffiro ha una tinta blu intensa."},
	}))
}
