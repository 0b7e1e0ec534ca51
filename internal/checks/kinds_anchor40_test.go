package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsAnchor40 (#13, anchor40, referent40, sibling40, colourant40,
// substance40, armparticiple40; probe 40C de-DE and fr-CA on 18k rose
// gold, released 40B en-AU on 10k yellow gold, released 40A en-GB and
// nl-NL on enamel and Murano glass, released 40B pl-PL on man-made
// crystal, probe 40D pt-BR on vermeil): copy that has explained its
// material goes on naming the material's metals and substances in
// constructions of its own.
//
//   - anchor40: a metal of the product's own alloy named in a clause with no
//     word of the piece, in or right after a sentence that explains the
//     alloy (a share, a word of the alloy, its rest or purity;
//     grounding/contrast.go alloyAnchored);
//   - referent40: a stone or material named again after an earlier mention
//     was read as no thing of the piece (grounding/referent.go
//     referentCarried);
//   - sibling40: another colour of gold and its alloy's metals in a clause
//     about it, in copy that explains the product's gold (siblingAlloy);
//   - colourant40: a base metal that colours the product's glass or enamel
//     (glassColourant); substance40: the product's own man-made crystal
//     called glass (canon stone_substances); armparticiple40: a reduced
//     relative after a contrast arm ("feito sobre latão").
//
// Twins that still block: the piece or its part said to be of the metal,
// gold named as a sterling silver's alloy, glass set as the piece's stone,
// a piece "solid gold through and through" after plating was contrasted.
func TestKindsAnchor40(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rose := core.Product{SKU: "AN40R", Name: "Aura", Category: "ring", Collection: "Essence", Materials: []string{"18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Colours: []string{"rose gold"}}
	silver := core.Product{SKU: "AN40S", Name: "Aura", Category: "ring", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	enamel := core.Product{SKU: "AN40E", Name: "Daisy", Category: "charm", Collection: "Moments", Materials: []string{"sterling silver", "enamel"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"white", "yellow"}}
	murano := core.Product{SKU: "AN40M", Name: "Laguna", Category: "earrings", Collection: "Reflexions", Materials: []string{"Murano glass", "sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"green"}}
	crystal := core.Product{SKU: "AN40C", Name: "Drop", Category: "earrings", Collection: "Lumière", Materials: []string{"sterling silver", "man-made crystal"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "man-made crystal", Colour: "clear", Count: 2, Origin: "simulant"}}, Colours: []string{"clear"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// anchor40: the alloy's metals after the sentence that explains it
		{"en-GB", "18k rose gold contains 75% pure gold. Copper and a little silver give it its warm pink tone.", rose, false},
		{"en-US", "18K rose gold is 75% pure gold. Copper and a touch of silver give it that warm pink color.", rose, false},
		{"en-AU", "18ct rose gold contains 75% pure gold. Copper and a little silver give it its warm pink tone.", rose, false},
		{"de-DE", "18 Karat Roségold enthält 75 % reines Gold. Kupfer und etwas Silber geben ihm seinen warmen rosa Ton.", rose, false},
		{"fr-FR", "L'or rose 18 carats contient 75 % d'or pur. Le cuivre et un peu d'argent lui donnent sa teinte rosée.", rose, false},
		{"fr-CA", "L'or rose 18 carats contient 75 % d'or pur. C'est le cuivre qui donne cette teinte rosée.", rose, false},
		{"es-ES", "El oro rosa de 18 quilates contiene un 75 % de oro puro. El cobre y un poco de plata le dan su cálido tono rosado.", rose, false},
		{"es-MX", "El oro rosa de 18 quilates contiene 75 % de oro puro. El cobre y un poco de plata le dan su tono rosado.", rose, false},
		{"it-IT", "L'oro rosa 18 carati contiene il 75% di oro puro. Il rame e un po' d'argento gli danno il suo caldo tono rosato.", rose, false},
		{"pt-PT", "O ouro rosa de 18 quilates contém 75% de ouro puro. O cobre e um pouco de prata dão-lhe o seu tom rosado.", rose, false},
		{"pt-BR", "O ouro rosé 18k contém 75% de ouro puro. O cobre e um pouco de prata dão a ele o tom rosado.", rose, false},
		{"nl-NL", "18 karaat roségoud bevat 75% puur goud. Koper en wat zilver geven het zijn warme roze tint.", rose, false},
		{"pl-PL", "Różowe złoto próby 750 zawiera 75% czystego złota. Miedź i odrobina srebra nadają mu ciepły różowy odcień.", rose, false},
		{"sv-SE", "18 karat roséguld innehåller 75 % rent guld. Koppar och lite silver ger det dess varma rosa ton.", rose, false},
		{"da-DK", "18 karat rosaguld indeholder 75 % rent guld. Kobber og lidt sølv giver det den varme rosa tone.", rose, false},
		{"nb-NO", "18 karat rosegull inneholder 75 % rent gull. Kobber og litt sølv gir det den varme rosa tonen.", rose, false},
		{"fi-FI", "18 karaatin ruusukulta sisältää 75 % puhdasta kultaa. Kupari ja hieman hopeaa antavat sille lämpimän roosan sävyn.", rose, false},
		{"cs-CZ", "Růžové zlato 18 karátů obsahuje 75 % ryzího zlata. Měď a trocha stříbra mu dávají teplý růžový tón.", rose, false},
		{"tr-TR", "18 ayar rose altın %75 saf altın içerir. Bakır ve biraz gümüş ona sıcak pembe tonunu verir.", rose, false},
		{"el-GR", "Ο ροζ χρυσός 18 καρατίων περιέχει 75% καθαρό χρυσό. Ο χαλκός και λίγο ασήμι του δίνουν τη ζεστή ροζ απόχρωση.", rose, false},
		{"ar-AE", "يحتوي الذهب الوردي عيار 18 على 75% من الذهب الخالص. يمنحه النحاس وقليل من الفضة لونه الوردي الدافئ.", rose, false},
		{"ja-JP", "18金ローズゴールドは75%の純金を含みます。銅と少量の銀が温かなピンクの色合いを生みます。", rose, false},
		{"ko-KR", "18K 로즈 골드는 75%의 순금을 포함합니다. 구리와 약간의 은이 따뜻한 핑크 톤을 만듭니다.", rose, false},
		{"zh-CN", "18K玫瑰金含有75%的纯金。铜和少量银赋予它温暖的粉色调。", rose, false},
		{"zh-TW", "18K玫瑰金含有75%的純金。銅和少量銀賦予它溫暖的粉色調。", rose, false},
		// sibling40: the other golds and their alloys
		{"en-GB", "18k rose gold is 75% pure gold. Yellow gold holds more silver, while white gold is alloyed with palladium.", rose, false},
		{"de-DE", "18 Karat Roségold enthält 75 % reines Gold. Gelbgold enthält dagegen mehr Silber, und Weißgold wird meist mit Palladium legiert und rhodiniert.", rose, false},
		{"fr-FR", "L'or rose 18 carats contient 75 % d'or pur. L'or jaune contient davantage d'argent, tandis que l'or blanc est souvent allié au palladium.", rose, false},
		{"es-ES", "El oro rosa de 18 quilates contiene un 75 % de oro puro. El oro blanco, en cambio, se alea con paladio.", rose, false},
		{"it-IT", "L'oro rosa 18 carati contiene il 75% di oro puro. L'oro bianco invece è legato con il palladio.", rose, false},
		// referent40: a substance or colourant named again
		{"en-GB", "Enamel is powdered glass: our craftspeople fire the charm in a kiln until the glass melts and bonds to the silver.", enamel, false},
		{"fr-FR", "L'émail est du verre en poudre : on cuit le charm au four jusqu'à ce que le verre fonde sur l'argent.", enamel, false},
		{"nl-NL", "De glasmakers kleuren het glas met metaaloxiden; voor dit groen gebruiken ze koper.", murano, false},
		{"en-GB", "The glassmakers colour the glass with metal oxides: this green comes from copper.", murano, false},
		{"pl-PL", "Kryształ w kolczykach to sztuczny kryształ, czyli szkło wytworzone przez człowieka.", crystal, false},
		{"pt-BR", "Diferente do folheado comum, feito sobre latão, aqui não há metal básico por baixo.", silver, false},
		// still block: the piece's own metal, gold in sterling silver, glass as the piece's stone
		{"en-GB", "18k rose gold contains 75% pure gold. The clasp of this ring is silver.", rose, true},
		{"de-DE", "18 Karat Roségold enthält 75 % reines Gold. Der Verschluss dieses Rings ist aus Silber.", rose, true},
		{"fr-FR", "L'or rose 18 carats contient 75 % d'or pur. Le fermoir de cette bague est en argent.", rose, true},
		{"es-ES", "El oro rosa de 18 quilates contiene un 75 % de oro puro. El cierre de este anillo es de plata.", rose, true},
		{"pl-PL", "Różowe złoto próby 750 zawiera 75% czystego złota. Ten pierścionek jest ze srebra.", rose, true},
		{"ja-JP", "18金ローズゴールドは75%の純金を含みます。この指輪は銀製です。", rose, true},
		{"tr-TR", "18 ayar rose altın %75 saf altın içerir. Bu yüzük gümüştendir.", rose, true},
		{"en-GB", "Sterling silver contains 92.5% pure silver. Gold gives it its warm tone.", silver, true},
		{"en-GB", "18k rose gold is 75% pure gold. The ring is yellow gold, alloyed with silver.", rose, true},
		{"en-GB", "Enamel is powdered glass. The charm is set with glass stones.", enamel, true},
		{"en-GB", "The glassmakers colour the glass green. The earrings have copper hooks.", murano, true},
		{"pl-PL", "Kryształ to szkło. Ten pierścionek jest ze złota.", crystal, true},
	})
}
