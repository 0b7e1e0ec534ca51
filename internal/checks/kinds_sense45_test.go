package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// sense45Hoops is a pair of silver hoop earrings under a name in the
// locale's words; sense45Pave a pair of hoops with nine zirconia on each.
func sense45Hoops(name string) core.Product {
	return core.Product{SKU: "S45H", Name: name, Category: "earrings", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
		Measurements: []core.Measurement{{Name: "diameter", Value: 20, Unit: "mm"}}}
}

var (
	sense45Pave = core.Product{SKU: "S45P", Name: "Pavé Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 18, Origin: core.OriginSimulant}},
		Colours: []string{"silver"}, Measurements: []core.Measurement{{Name: "diameter", Value: 20, Unit: "mm"}}}
	sense45Platinum = core.Product{SKU: "S45R", Name: "خاتم البلاتين", Category: "ring", Collection: "Timeless", Materials: []string{"platinum", "iridium"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "900"}}, Colours: []string{"silver"},
		Measurements: []core.Measurement{{Name: "band width", Value: 3, Unit: "mm"}}}
)

// TestKindsSense45 (#13, sense45), after released 45B and probes 45C/45D.
// (1) The ring word of the locales where it also names a hoop (en, de,
// nl, sv, da, nb, es, it, pt, ja, ko) said of hoop earrings: the product's
// name in the locale's hoop words ("Creolerna … är tunna, runda ringar",
// "Los aros son anillos finos") or compounded with the ring word
// ("Oorringen" → "De ringen", "Ohrringe" → "Die Ringe"; canon shape_senses
// hoop shape, shape_sense.go shapeSenseAt). A wearer word in the sentence
// ("on your finger", "om elke vinger") keeps the finger ring. (2) A
// collection name right after an own-category noun right after a
// cross-selling word ("إلى جانب خاتم Essence", "obok pierścionka
// Essence") is the other ring's (grounding.go namesCrossSoldPiece); the
// piece named so without the cue, or with an attribute cue after a
// determiner ("Our stacking ring Essence"), still blocks. (3) A word of
// the piece's own after a cross-selling word ends the cross-sold phrase
// (own_piece_words "its own", "sin egen"; a demonstrative before a
// category noun; the own noun after a colon; scope.go
// ownPieceAfterCue), and a piece after "inspired by" is no other piece
// for the apposition (inspiration_words). (4) "20 in total" is no inch,
// and a total with no noun after it bounds the count on each part
// (per_part.go totalsBeside, sentenceTotal).
func TestKindsSense45(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// (1) failing before: the released and probe sentences, and twins
	checkKindRows(t, svc, "", []kindRow{
		{"sv-SE", "Creolerna från Essence-kollektionen är tunna, runda ringar med en diameter på 20 mm, gjorda i sterlingsilver.", sense45Hoops("Creoler"), false},
		{"nl-NL", "De ringen hebben een doorsnede van 20 mm en een scharniersluiting die stevig dichtklikt.", sense45Hoops("Oorringen van gerecycled zilver"), false},
		{"de-DE", "Die Ringe haben einen Durchmesser von 20 mm.", sense45Hoops("Silberne Ohrringe"), false},
		{"da-DK", "Creolerne er tynde, runde ringe på 20 mm.", sense45Hoops("Creoler i sølv"), false},
		{"da-DK", "De tynde ringe måler 20 mm i diameter.", sense45Hoops("Øreringe i sølv"), false},
		{"nb-NO", "Creolene er tynne, runde ringer på 20 mm.", sense45Hoops("Creoler i sølv"), false},
		{"nb-NO", "De tynne ringer måler 20 mm i diameter.", sense45Hoops("Øreringer i sølv"), false},
		{"es-MX", "Las arracadas son anillos finos de 20 mm de diámetro.", sense45Hoops("Arracadas de plata"), false},
		{"ja-JP", "直径20mmの細いリングです。", sense45Hoops("シルバーフープピアス"), false},
		{"ko-KR", "지름 20mm의 가는 링입니다.", sense45Hoops("실버 후프 귀걸이"), false},
		// twins that passed before too
		{"en-GB", "The hoops are slim round rings 20 mm across.", sense45Hoops("Silver Hoops"), false},
		{"de-DE", "Die Creolen sind schmale, runde Ringe mit 20 mm Durchmesser.", sense45Hoops("Silberne Creolen"), false},
		{"nl-NL", "De creolen zijn dunne, ronde ringen van 20 mm.", sense45Hoops("Zilveren creolen"), false},
		{"es-ES", "Los aros son anillos finos de 20 mm de diámetro.", sense45Hoops("Aros de plata"), false},
		{"it-IT", "I cerchi sono anelli sottili di 20 mm di diametro.", sense45Hoops("Cerchi in argento"), false},
		{"pt-BR", "As argolas são anéis finos de 20 mm de diâmetro.", sense45Hoops("Argolas de prata"), false},
	})
	// bad twins: a ring word on a wearer word names a finger ring; the
	// ring word of no hoop (studs called rings in Dutch) stays a ring
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The rings sit snugly on your finger.", sense45Hoops("Silver Hoops"), true},
		{"de-DE", "Die Ringe sitzen bequem am Finger.", sense45Hoops("Silberne Ohrringe"), true},
		{"nl-NL", "De ringen passen om elke vinger.", sense45Hoops("Zilveren oorringen"), true},
		{"sv-SE", "Ringen sitter fint på fingret.", sense45Hoops("Creoler i silver"), true},
		{"nb-NO", "Ringer som sitter godt på fingeren.", sense45Hoops("Øreringer i sølv"), true},
		{"es-ES", "Los anillos se ajustan al dedo.", sense45Hoops("Aros de plata"), true},
		{"it-IT", "Gli anelli stanno bene al dito.", sense45Hoops("Cerchi in argento"), true},
		{"pt-BR", "Os anéis ficam lindos no dedo.", sense45Hoops("Argolas de prata"), true},
		{"nl-NL", "De ringen hebben een doorsnede van 20 mm.", sense45Hoops("Zilveren oorbellen"), true},
		{"en-GB", "These are small, close-fitting rings, 20 mm across.", sense45Hoops("Silver Stud Earrings"), true},
	})
	// (2) a collection name of a ring offered beside the ring
	r := sense45Platinum
	checkKindRows(t, svc, "", []kindRow{
		{"ar-AE", "وإن أحببتِ التنسيق، فارتديه إلى جانب خاتم Essence الرفيع من الذهب الوردي.", r, false},
		{"ar-AE", "ارتديه بجانب خاتم Essence الرفيع.", r, false},
		{"pl-PL", "Noś go obok pierścionka Essence z różowego złota.", r, false},
		{"cs-CZ", "Noste ho vedle prstenu Essence z růžového zlata.", r, false},
		{"el-GR", "Φορέστε το δίπλα στο δαχτυλίδι Essence από ροζ χρυσό.", r, false},
		{"tr-TR", "Essence yüzükle birlikte takın.", r, false},
		// passed before too
		{"ar-AE", "نسقيه مع خاتم Essence من الذهب الوردي.", r, false},
		{"en-GB", "Wear it beside the slim Essence ring in rose gold.", r, false},
		{"de-DE", "Kombinieren Sie ihn mit dem Ring Essence aus Roségold.", r, false},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"ar-AE", "هذا خاتم Essence الرفيع من البلاتين.", r, true},
		{"ar-AE", "خاتم Essence الرفيع من البلاتين.", r, true},
		{"en-GB", "Our stacking ring Essence is made of platinum.", r, true},
		{"pl-PL", "Ten pierścionek Essence jest z platyny.", r, true},
	})
	// (3) a word of the piece's own ends the cross-sold phrase (the
	// rows of TestKindsOther44Open and TestKindsAdv44Open, and twins)
	p, f, h, n := other44Pendant, other44Fluorite, other44Hoops, regress44Necklace
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Pair it with its own 45 cm chain.", p, true},
		{"en-GB", "Pair it with the Luna bracelet, and wear its own 45 cm chain long.", p, true},
		{"fr-FR", "Associez-le à sa propre chaîne de 45 cm.", p, true},
		{"es-ES", "Combínelo con su propia cadena de 45 cm.", p, true},
		{"it-IT", "Abbinalo alla propria catena di 45 cm.", p, true},
		{"pt-BR", "Combine com sua própria corrente de 45 cm.", p, true},
		{"de-DE", "Kombinieren Sie ihn mit seiner eigenen Kette von 45 cm.", p, true},
		{"nl-NL", "Combineer hem met zijn eigen ketting van 45 cm.", p, true},
		{"sv-SE", "Kombinera det med sin egen kedja på 45 cm.", p, true},
		{"da-DK", "Kombiner det med sin egen kæde på 45 cm.", p, true},
		{"nb-NO", "Kombiner det med sin egen kjede på 45 cm.", p, true},
		{"pl-PL", "Połącz go z jego własnym łańcuszkiem 45 cm.", p, true},
		{"cs-CZ", "Zkombinujte ho s jeho vlastním řetízkem 45 cm.", p, true},
		{"en-GB", "Pair them with the Luna pendant, a match for these 45 mm earrings.", f, true},
		{"fr-FR", "Associez-les au pendentif Luna, un écho à ces boucles d'oreilles de 45 mm.", f, true},
		{"nl-NL", "Combineer ze met de hanger Luna, passend bij deze oorbellen van 45 mm.", f, true},
		{"es-ES", "Descubra también este collar Pavé Hoop de plata.", h, true},
		{"pt-BR", "Descubra também este colar Pavé Hoop de prata.", h, true},
		{"fr-FR", "Découvrez aussi ce collier Pavé Hoop en argent.", h, true},
		{"en-GB", "Also discover this necklace in silver.", h, true},
		{"fr-FR", "Découvrez aussi ce collier sur une chaîne de 50 cm.", n, true},
		{"pt-BR", "Complete o visual: o colar vem com corrente de 50 cm.", n, true},
		{"en-GB", "Inspired by the Aurora Pendant, a slim bar on a 50 cm chain.", n, true},
		{"fr-FR", "Inspiré du pendentif Aurora, une barre fine sur une chaîne de 50 cm.", n, true},
		{"es-ES", "Inspirado en el colgante Aurora, una barra fina en una cadena de 50 cm.", n, true},
	})
	// clean twins: the piece's true facts after its own words, and
	// another piece's after the cue with no word of the piece's own
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Pair it with its own 40 cm chain.", p, false},
		{"en-GB", "Pair it with our Luna bracelet, 45 cm of fine chain.", p, false},
		{"en-GB", "Pair it with your own 45 cm chain.", p, false},
		{"en-GB", "Pair them with the Luna pendant, a match for these 25 mm earrings.", f, false},
		{"es-ES", "Descubra también el collar Pavé Drop de plata.", h, false},
		{"en-GB", "If you like them, also discover the Pavé Drop necklace.", h, false},
		{"fr-FR", "Découvrez aussi ce collier sur une chaîne de 42 cm.", n, false},
		{"fr-FR", "Découvrez aussi le bracelet Luna sur une chaîne de 18 cm.", n, false},
		{"pt-BR", "Complete o visual: o colar vem com corrente de 42 cm.", n, false},
		{"pt-BR", "Complete o visual: a pulseira Luna vem com corrente de 18 cm.", n, false},
		{"en-GB", "Inspired by the Aurora Pendant, a slim bar on a 42 cm chain.", n, false},
		{"en-GB", "Pair it with the Aurora Pendant, a slim bar on a 50 cm chain.", n, false},
		{"en-GB", "Pair it with this season's Luna bracelet, 18 cm long.", n, false},
	})
	// (4) a total with no noun after it
	c := sense45Pave
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Nine zirconia line each hoop, 20 in total.", c, true},
		{"en-GB", "Nine zirconia line each hoop, twenty in total.", c, true},
		{"en-GB", "Nine zirconia on each hoop, twenty in all.", c, true},
		{"en-US", "Nine zirconia line each hoop, 20 in total.", c, true},
		{"en-GB", "Eighteen zirconia line each hoop, 18 in total.", c, true},
		{"en-GB", "Eighteen zirconia line each hoop, eighteen in all.", c, true},
		{"de-DE", "Achtzehn Zirkonia säumen jede Creole, insgesamt 18.", c, true},
		// twins (all but the Dutch, whose "in totaal" read as inches,
		// blocked before too)
		{"de-DE", "Neun Zirkonia säumen jede Creole, 20 insgesamt.", c, true},
		{"nl-NL", "Negen zirkonia's langs elke creool, 20 in totaal.", c, true},
		{"es-ES", "Nueve circonitas en cada aro, 20 en total.", c, true},
		{"pt-BR", "Nove zircônias em cada argola, 20 no total.", c, true},
		{"sv-SE", "Nio zirkonia på varje creol, 20 totalt.", c, true},
		{"pl-PL", "Dziewięć cyrkonii na każdym kółku, 20 łącznie.", c, true},
		// bad twin of the inch: a length in inches is still one
		{"en-GB", "The hoops are 20 in across.", c, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Nine zirconia line each hoop, 18 in total.", c, false},
		{"en-GB", "Nine zirconia on each hoop, eighteen in all.", c, false},
		{"nl-NL", "Negen zirkonia's langs elke creool, 18 in totaal.", c, false},
		{"de-DE", "Neun Zirkonia säumen jede Creole, insgesamt 18.", c, false},
	})
}
