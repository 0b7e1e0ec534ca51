package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsOther44 (#13, other44), after released 44A/44B and
// probe 44D.
var (
	other44Bangle = core.Product{SKU: "O44B", Name: "Brazalete rígido", Category: "bangle", Collection: "Signature", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 5, Origin: core.OriginNatural}},
		Colours: []string{"gold"}, Measurements: []core.Measurement{{Name: "inner diameter", Value: 60, Unit: "mm"}}}
	other44Ring = core.Product{SKU: "O44R", Name: "Prsten s akvamarínem", Category: "ring", Collection: "Essence", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "aquamarine", Colour: "blue", Count: 1, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "clear", Count: 6, Origin: core.OriginNatural}}, Colours: []string{"silver", "blue"}}
	other44Fluorite = core.Product{SKU: "O44F", Name: "Fluorite Drop Earrings", Category: "earrings", Collection: "Lumière", Materials: []string{"9k yellow gold", "fluorite"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Stones: []core.Stone{{Type: "fluorite", Colour: "purple", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"purple", "gold"}, Measurements: []core.Measurement{{Name: "drop length", Value: 25, Unit: "mm"}}}
	other44Hoops = core.Product{SKU: "O44H", Name: "Pavé Hoop Earrings", Category: "earrings", Collection: "Essence", Materials: []string{"14k gold-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "925", PlatingMicrons: 1}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12, Origin: core.OriginSimulant}},
		Colours: []string{"gold"}, Measurements: []core.Measurement{{Name: "diameter", Value: 15, Unit: "mm"}}}
	other44Necklace = core.Product{SKU: "O44N", Name: "Rose Vermeil Bar Necklace", Category: "necklace", Collection: "Moments", Materials: []string{"18k rose gold vermeil", "sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "925", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 5, Origin: core.OriginSimulant}},
		Colours: []string{"rose gold"}, Measurements: []core.Measurement{{Name: "chain length", Value: 42, Unit: "cm"}}}
	other44Signet = core.Product{SKU: "O44S", Name: "Ebony Inlay Signet Ring", Category: "ring", Collection: "Signature", Materials: []string{"sterling silver", "ebony wood"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "black"}, Measurements: []core.Measurement{{Name: "face width", Value: 12, Unit: "mm"}}}
	other44Trilogy = core.Product{SKU: "O44T", Name: "Kolmen kiven sormus", Category: "ring", Collection: "Signature", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 3, Origin: core.OriginNatural}}, Colours: []string{"silver"}}
	other44Pendant = core.Product{SKU: "O44P", Name: "Luna Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}, Measurements: []core.Measurement{{Name: "chain length", Value: 40, Unit: "cm"}}}
)

// TestKindsOther44 (#13, other44): another product suggested beside the
// piece, with facts of its own, and a count given as a list of the
// piece's parts. (1) A count joined by a piece link to another piece
// named as one (ours, a name after it, the product's own collection
// included: "elija nuestros aretes Signature con dos diamantes", "náušnice
// Essence se dvěma akvamaríny"; scope_head.go linkedToNamedOther). (2) A
// measure deep in an apposition opened by an indefinite article after the
// other piece ("add the Fluorite Drop Pendant: a single purple fluorite on
// a 45 cm chain"; appositionOpens). (3) Cues that make a category word
// another piece (category_cross_sell: "descubra también", Arabic "معها",
// "وأكمل", …), and the same category named again later in the sentence
// (anchor.go crossSoldAgain: "… في كل قرط"). (4) One in the centre and two
// on both sides (per_part.go centreAndSides). The piece's own wrong facts
// in the same shapes still block.
func TestKindsOther44(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		// failing before: the released and probe sentences
		{"es-MX", "Para completar el conjunto, elija nuestros aretes Signature con dos diamantes en oro amarillo de 14 quilates.", other44Bangle, false},
		{"cs-CZ", "K prstenu můžete zvolit i náušnice Essence se dvěma akvamaríny v bílém zlatě.", other44Ring, false},
		{"fi-FI", "Kolme timanttia rivissä, yksi keskellä ja kaksi sen molemmin puolin: Signature-malliston sormus kertoo menneestä, nykyisestä ja tulevasta.", other44Trilogy, false},
		{"ar-AE", "ولإطلالة متكاملة، جرّبي معها أقراط Rose Vermeil Studs المرصعة بحجر زركونيا واحد في كل قرط.", other44Necklace, false},
		{"en-AU", "They look lovely against a charcoal knit, and for a full set, add the Fluorite Drop Pendant: a single purple fluorite on a 45 cm chain in 9-carat yellow gold.", other44Fluorite, false},
		{"es-ES", "Si le gustan, descubra también el collar Pavé Drop, con siete circonitas en plata de ley y una cadena de 45 cm.", other44Hoops, false},
		{"ar-AE", "وأكمل الإطلالة بأزرار أكمام Ebony Inlay من الفضة الإسترلينية نفسها، المطعّمة بقطعتين مستديرتين من الأبنوس.", other44Signet, false},
		{"fr-FR", "Associez-les au pendentif Bamboo Coral, une goutte de corail bambou sur une chaîne en argent sterling de 45 cm.", other44Fluorite, false},
		// failing before too: variants
		{"es-MX", "Para completar el conjunto, elija nuestros aretes con dos diamantes.", other44Bangle, false},
		{"cs-CZ", "K prstenu můžete zvolit i naše náušnice se dvěma akvamaríny.", other44Ring, false},
		{"en-AU", "For a full set, add the Luna Pendant, a single purple fluorite on a 45 cm chain.", other44Fluorite, false},
		{"fi-FI", "Kolme timanttia: yksi keskellä ja yksi kummallakin puolella.", other44Trilogy, false},
		{"en-GB", "Three diamonds in a row, one in the centre and two on both sides of it.", other44Trilogy, false},
		{"ar-AE", "وأكمل الإطلالة بأزرار أكمام من الفضة الإسترلينية.", other44Signet, false},
	})
	// twins: a count linked to another piece named as one, every locale
	b := other44Bangle
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "For the full set, choose our Luna earrings with two diamonds.", b, false},
		{"en-US", "To finish the look, choose our Luna earrings with two diamonds.", b, false},
		{"en-AU", "For the full set, choose our Signature earrings with two diamonds.", b, false},
		{"es-ES", "Para completar el conjunto, elija nuestros pendientes Luna con dos diamantes.", b, false},
		{"es-MX", "Para completar el conjunto, elija nuestros aretes Luna con dos diamantes.", b, false},
		{"fr-FR", "Pour compléter la parure, choisissez nos boucles d'oreilles Luna avec deux diamants.", b, false},
		{"fr-CA", "Pour compléter l'ensemble, choisissez nos boucles d'oreilles Signature avec deux diamants.", b, false},
		{"it-IT", "Per completare il set, scegli i nostri orecchini Luna con due diamanti.", b, false},
		{"pt-BR", "Para completar o conjunto, escolha nossos brincos Luna com dois diamantes.", b, false},
		{"pt-PT", "Para completar o conjunto, escolha os nossos brincos Luna com dois diamantes.", b, false},
		{"de-DE", "Für das komplette Set wählen Sie unsere Ohrringe Luna mit zwei Diamanten.", b, false},
		{"nl-NL", "Voor de complete set kies je onze oorbellen Luna met twee diamanten.", b, false},
		{"sv-SE", "För hela setet, välj våra örhängen Luna med två diamanter.", b, false},
		{"da-DK", "Til det komplette sæt kan du vælge vores øreringe Luna med to diamanter.", b, false},
		{"nb-NO", "Til hele settet kan du velge våre øreringer Luna med to diamanter.", b, false},
		{"fi-FI", "Valitse kokonaisuuteen myös korvakorut Luna, joissa on kaksi timanttia.", b, false},
		{"pl-PL", "Do kompletu wybierz nasze kolczyki Luna z dwoma diamentami.", b, false},
		{"cs-CZ", "K náramku si můžete vybrat i náušnice Luna se dvěma diamanty.", b, false},
		{"el-GR", "Για ολοκληρωμένο σετ, επιλέξτε τα σκουλαρίκια μας Luna με δύο διαμάντια.", b, false},
		{"tr-TR", "Seti tamamlamak için iki pırlantalı Luna küpelerimizi seçin.", b, false},
		{"ar-AE", "ولإكمال الطقم، اختاري أقراط Luna لدينا مع ماستين اثنتين.", b, false},
		{"ja-JP", "セットで揃えるなら、ダイヤモンドを2石留めた当店のLunaピアスをどうぞ。", b, false},
		{"ko-KR", "세트로 완성하려면 다이아몬드 두 개가 세팅된 저희 Luna 귀걸이를 선택하세요.", b, false},
		{"zh-CN", "如需成套佩戴，可搭配我们的镶有两颗钻石的Luna耳环。", b, false},
		{"zh-TW", "如需成套佩戴，可搭配我們的鑲有兩顆鑽石的Luna耳環。", b, false},
		// bad twins: the piece's own count in the same sentence
		{"es-MX", "Este brazalete con dos diamantes combina con nuestros aretes Luna.", b, true},
		{"en-GB", "This bangle with two diamonds goes with our Luna earrings.", b, true},
		{"cs-CZ", "Tento náramek se dvěma diamanty ladí s náušnicemi Luna.", b, true},
		{"en-GB", "Each hoop of the bangle holds a charm with two diamonds.", b, true},
		{"es-ES", "Elija el brazalete con dos diamantes y nuestros pendientes Luna.", b, true},
	})
	// twins: a measure in an apposition after another piece
	f := other44Fluorite
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "For a full set, add the Luna Pendant: a single purple fluorite on a 45 cm chain.", f, false},
		{"en-US", "Pair them with the Luna pendant, a purple fluorite drop on a 45 cm chain.", f, false},
		{"fr-FR", "Associez-les au pendentif Luna, une goutte de fluorite sur une chaîne de 45 cm.", f, false},
		{"fr-CA", "Agencez-les avec le pendentif Luna, une goutte de fluorite sur une chaîne de 45 cm.", f, false},
		{"es-ES", "Combínelos con el colgante Luna, una gota de fluorita en una cadena de 45 cm.", f, false},
		{"es-MX", "Combínalos con el dije Luna, una gota de fluorita en una cadena de 45 cm.", f, false},
		{"it-IT", "Abbinali al ciondolo Luna, una goccia di fluorite su una catena di 45 cm.", f, false},
		{"pt-BR", "Combine com o pingente Luna, uma gota de fluorita em uma corrente de 45 cm.", f, false},
		{"pt-PT", "Combine-os com o pendente Luna, uma gota de fluorite numa corrente de 45 cm.", f, false},
		{"de-DE", "Kombinieren Sie sie mit dem Anhänger Luna, einem Fluorit-Tropfen an einer 45 cm langen Kette.", f, false},
		{"nl-NL", "Combineer ze met de hanger Luna, een druppel fluoriet aan een ketting van 45 cm.", f, false},
		{"sv-SE", "Kombinera dem med hänget Luna, en droppe fluorit på en 45 cm lång kedja.", f, false},
		{"da-DK", "Kombiner dem med vedhænget Luna, en dråbe fluorit på en 45 cm lang kæde.", f, false},
		{"nb-NO", "Kombiner dem med anhenget Luna, en dråpe fluoritt på en 45 cm lang kjede.", f, false},
		{"el-GR", "Συνδυάστε τα με το μενταγιόν Luna, μια σταγόνα φθορίτη σε αλυσίδα 45 εκ.", f, false},
		// bad twins: the piece's own measure in the apposition or the clause
		{"en-GB", "The earrings drop 45 mm; pair them with the Luna pendant, a purple fluorite on a chain.", f, true},
	})
	// twins: a category cue before another piece sharing the product's name words
	h := other44Hoops
	checkKindRows(t, svc, "grounding", []kindRow{
		{"es-ES", "Si le gustan, descubra también el collar Pavé Drop.", h, false},
		{"es-MX", "Si te gustan, descubre también el collar Pavé Drop.", h, false},
		{"pt-BR", "Se gostar, descubra também o colar Pavé Drop.", h, false},
		{"it-IT", "Se vi piacciono, scoprite anche la collana Pavé Drop.", h, false},
		{"fr-FR", "Si vous les aimez, découvrez aussi le collier Pavé Drop.", h, false},
		{"de-DE", "Wenn sie Ihnen gefallen, entdecken Sie auch die Halskette Pavé Drop.", h, false},
		{"nl-NL", "Vind je ze mooi, ontdek ook de ketting Pavé Drop.", h, false},
		{"sv-SE", "Gillar du dem, upptäck även halsbandet Pavé Drop.", h, false},
		{"da-DK", "Kan du lide dem, så opdag også halskæden Pavé Drop.", h, false},
		{"nb-NO", "Liker du dem, oppdag også halskjedet Pavé Drop.", h, false},
		{"pl-PL", "Jeśli Ci się podobają, odkryj również naszyjnik Pavé Drop.", h, false},
		{"cs-CZ", "Pokud se vám líbí, objevte také náhrdelník Pavé Drop.", h, false},
		{"fi-FI", "Jos pidät niistä, tutustu myös kaulakoruun Pavé Drop.", h, false},
		{"el-GR", "Αν σας αρέσουν, ανακαλύψτε επίσης το κολιέ Pavé Drop.", h, false},
		{"en-GB", "If you like them, also discover the Pavé Drop necklace.", h, false},
		{"ar-AE", "جرّبي معها قلادة Pavé Drop.", h, false},
		{"ar-AE", "وأكملي الإطلالة بقلادة Pavé Drop.", h, false},
		// bad twins: the piece itself called another category
		{"es-ES", "El collar Pavé Hoop es de plata de ley.", h, true},
		{"ar-AE", "هذه القلادة Pavé Hoop من الفضة الإسترلينية.", h, true},
	})
	// twins: one in the centre and two on both sides (three stones)
	r := other44Trilogy
	checkKindRows(t, svc, "grounding", []kindRow{
		{"fi-FI", "Kolme timanttia rivissä, yksi keskellä ja kaksi sen molemmin puolin.", r, false},
		{"en-GB", "Three diamonds in a row, one in the centre and two on both sides of it.", r, false},
		{"en-US", "Three diamonds, one in the center and one on each side.", r, false},
		{"fr-FR", "Trois diamants en ligne, un au centre et deux de part et d'autre.", r, false},
		// bad twins
		{"fi-FI", "Kolme timanttia rivissä, yksi keskellä ja neljä sen molemmin puolin.", r, true},
		{"en-GB", "Three diamonds in a row, one in the centre and two on either side of it.", r, true},
		{"en-GB", "Three diamonds, one in the centre and two on each side.", r, true},
		{"fi-FI", "Viisi timanttia rivissä, yksi keskellä ja kaksi sen molemmin puolin.", r, true},
	})
}

// TestKindsOther44Open: false copy that passes through a cross-selling
// verb before it, on main before other44 as after (crossSellSentence reads
// every fact up to fourteen words after "pair it with" as another
// item's): the piece's own chain ("its own 45 cm chain"), the piece named
// with a demonstrative after the verb ("a match for these 45 mm
// earrings", "descubra también este collar"). sense45 closed those
// (TestKindsSense45: a word of the piece's own ends the cross-sold phrase);
// left: the demonstrative after the number.
func TestKindsOther44Open(t *testing.T) {
	t.Skip("other44: holes older than this session, see the comment")
	t.Parallel()
	svc := checkService(t)
	f := other44Fluorite
	checkKindRows(t, svc, "grounding", []kindRow{
		// sense45 moved the rows a word of the piece's own now ends
		// (TestKindsSense45); here the demonstrative stands after the
		// number, past the end ownPieceAfterCue reads.
		{"en-GB", "Pair it with your Luna pendant, a 45 mm drop of these earrings.", f, true},
	})
}
