package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsTreat45 (#13, treat45): stones whose data disclose
// a treatment, one beside an untreated stone, and an untreated one.
var (
	treat45Coral = core.Product{SKU: "T45C", Name: "Bamboo Coral Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "bamboo coral"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "bamboo coral", Colour: "pink", Count: 9, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"pink", "silver"}}
	treat45Sapphire = core.Product{SKU: "T45S", Name: "Solitaire Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"blue", "silver"}}
	treat45Turquoise = core.Product{SKU: "T45T", Name: "Turquoise Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "turquoise"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "stabilised"}},
		Colours: []string{"blue", "silver"}}
	treat45CoralDiamond = core.Product{SKU: "T45D", Name: "Coral Cluster Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"14k yellow gold", "coral"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "coral", Colour: "red", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"},
			{Type: "diamond", Colour: "clear", Count: 6, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"red", "gold"}}
	treat45Howlite = core.Product{SKU: "T45H", Name: "Blue Howlite Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver", "howlite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "howlite", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"blue", "silver"}}
	treat45TwoHowlites = core.Product{SKU: "T45W", Name: "Howlite Bead Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "howlite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "howlite", Colour: "blue", Count: 8, Origin: core.OriginNatural, Treatment: "dyed"},
			{Type: "howlite", Colour: "white", Count: 8, Origin: core.OriginNatural}},
		Colours: []string{"blue", "white", "silver"}}
	treat45Untreated = core.Product{SKU: "T45U", Name: "Bamboo Coral Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "bamboo coral"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "bamboo coral", Colour: "pink", Count: 9, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"pink", "silver"}}
)

// untreated45 is p with its stones' treatments cleared ("none"): the same
// copy on a stone whose data disclose no treatment.
func untreated45(p core.Product) core.Product {
	st := append([]core.Stone(nil), p.Stones...)
	for i := range st {
		st[i].Treatment = "none"
	}
	p.Stones = st
	return p
}

// checkDenialsAndUntreatedTwins checks that each row (a denial of the
// treatment its product's data disclose) blocks as grounding, and that the
// same words on the product with its stones' treatments cleared
// (untreated45) pass.
func checkDenialsAndUntreatedTwins(t *testing.T, svc *core.Service, denials []kindRow) {
	t.Helper()
	checkKindRows(t, svc, "grounding", denials)
	clean := make([]kindRow, 0, len(denials))
	for _, r := range denials {
		clean = append(clean, kindRow{r.locale, r.text, untreated45(r.p), false})
	}
	checkKindRows(t, svc, "grounding", clean)
}

// TestKindsTreat45 (#13, treat45): copy that denies the treatment the
// product's data disclose (stones[].treatment) passed in every locale; it
// blocks in category grounding now (grounding treatment_denied.go, the
// packs' treatment_words, treatment_denials, treatment_negators,
// natural_colour_words; canon stone_treatments and colour_treatments).
// Every denial row passes on the same product with its treatments cleared
// (a product with no treatment may say "untreated", as before), and the
// truthful twins pass: disclosures, a denial of a treatment the stone does
// not have ("unheated" on a dyed coral), another stone's denial, a
// contrast, "natural" as the origin, a white "von Natur aus" of the
// material before its dye.
func TestKindsTreat45(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	denials := []kindRow{
		// moved from TestKindsAdv44Open (passed on main 9af65de4)
		{"da-DK", "Ni runde perler af bambuskoral. Perlerne er naturligt lyserøde og aldrig farvet.", treat45Coral, true},
		{"de-DE", "Neun Perlen aus Bambuskoralle. Die Perlen sind unbehandelt.", treat45Coral, true},
		{"de-DE", "Neun Perlen aus Bambuskoralle. Die Perlen sind nicht gefärbt.", treat45Coral, true},
		{"en-GB", "The bamboo coral is untreated.", treat45Coral, true},
		// English shapes
		{"en-GB", "Its colour is entirely natural.", treat45Coral, true},
		{"en-US", "The coral is just as nature made it.", treat45Coral, true},
		{"en-GB", "The coral has no enhancement of any kind.", treat45Coral, true},
		{"en-AU", "A 100% natural, unheated sapphire.", treat45Sapphire, true},
		{"en-GB", "The sapphire has never been heated.", treat45Sapphire, true},
		{"en-GB", "The turquoise is not stabilised.", treat45Turquoise, true},
		{"en-GB", "The coral is naturally red.", treat45CoralDiamond, true},
		// the bad twins of the contrast and of the disclosure beside it
		{"en-GB", "Ours is untreated; most turquoise is stabilised.", treat45Turquoise, true},
		{"en-GB", "Unlike dyed coral, ours is untreated.", treat45Coral, true},
		{"en-GB", "Most turquoise is stabilised, but this one is untreated.", treat45Turquoise, true},
		{"en-GB", "The coral is not dyed but left as it is.", treat45Coral, true},
		// the other locales
		{"de-DE", "Die Koralle ist unbehandelt.", treat45Coral, true},
		{"de-DE", "Der Saphir wurde nie erhitzt.", treat45Sapphire, true},
		{"fr-FR", "Le corail n'est pas teinté.", treat45Coral, true},
		{"fr-FR", "Sa couleur est entièrement naturelle.", treat45Coral, true},
		{"fr-CA", "Le saphir n'a jamais été chauffé.", treat45Sapphire, true},
		{"es-ES", "El coral no está teñido.", treat45Coral, true},
		{"es-MX", "La turquesa no está estabilizada.", treat45Turquoise, true},
		{"es-MX", "El coral luce su rosa tal como lo creó la naturaleza.", treat45Coral, true},
		{"it-IT", "Il corallo non è mai stato tinto.", treat45Coral, true},
		{"it-IT", "Lo zaffiro è privo di qualsiasi trattamento.", treat45Sapphire, true},
		{"pt-PT", "O coral não é tingido.", treat45Coral, true},
		{"pt-BR", "A safira não foi aquecida.", treat45Sapphire, true},
		{"pt-BR", "O coral tem sua cor natural.", treat45Coral, true},
		{"nl-NL", "Het koraal is niet geverfd.", treat45Coral, true},
		{"nl-NL", "De turkoois is onbehandeld.", treat45Turquoise, true},
		{"nb-NO", "Korallen er ubehandlet.", treat45Coral, true},
		{"sv-SE", "Safiren är inte värmebehandlad.", treat45Sapphire, true},
		{"sv-SE", "Korallen är obehandlad.", treat45Coral, true},
		{"da-DK", "Koralen er ubehandlet.", treat45Coral, true},
		{"fi-FI", "Koralli ei ole värjätty.", treat45Coral, true},
		{"fi-FI", "Safiiri on kuumentamaton.", treat45Sapphire, true},
		{"cs-CZ", "Korál není barvený.", treat45Coral, true},
		{"pl-PL", "Koral nie jest barwiony.", treat45Coral, true},
		{"pl-PL", "Szafir jest nieogrzewany.", treat45Sapphire, true},
		{"el-GR", "Το κοράλλι δεν είναι βαμμένο.", treat45Coral, true},
		{"tr-TR", "Mercan boyanmamıştır.", treat45Coral, true},
		{"tr-TR", "Safir hiçbir işlem görmemiştir.", treat45Sapphire, true},
		{"ar-AE", "المرجان غير مصبوغ.", treat45Coral, true},
		{"ar-AE", "الياقوت الأزرق بدون أي معالجة.", treat45Sapphire, true},
		{"ja-JP", "このサンゴは染色されていません。", treat45Coral, true},
		{"ja-JP", "非加熱のサファイアです。", treat45Sapphire, true},
		{"ko-KR", "이 산호는 염색하지 않았습니다.", treat45Coral, true},
		{"ko-KR", "비가열 사파이어입니다.", treat45Sapphire, true},
		{"zh-CN", "这颗珊瑚未经染色。", treat45Coral, true},
		{"zh-TW", "這顆珊瑚未經任何處理。", treat45Coral, true},
		// the natural colour beside a treatment denied, not disclosed
		{"en-GB", "Its natural colour needs no heat treatment.", treat45Sapphire, true},
		// the white beads' colour on the blue dyed howlite alone
		{"es-ES", "La howlita azul luce su color natural.", treat45Howlite, true},
		// the beads' natural colour with no dye said after it
		{"da-DK", "Perlerne har deres naturlige farve, og de er ikke farvet.", treat45Coral, true},
		{"nb-NO", "Safiren er naturlig blå.", treat45Sapphire, true},
		// the colour the dye gave, said natural
		{"de-DE", "Der Howlith ist von Natur aus blau.", treat45Howlite, true},
		{"nl-NL", "Deze howliet is van nature blauw.", treat45Howlite, true},
	}
	checkDenialsAndUntreatedTwins(t, svc, denials)
	checkKindRows(t, svc, "grounding", []kindRow{
		// disclosures
		{"en-GB", "The bamboo coral is dyed to a deep pink.", treat45Coral, false},
		{"en-GB", "The sapphire is heat-treated to bring out its blue.", treat45Sapphire, false},
		{"en-GB", "The turquoise is stabilised with resin for durability.", treat45Turquoise, false},
		{"de-DE", "Die Koralle ist kräftig rosa gefärbt.", treat45Coral, false},
		{"fr-FR", "Le saphir est chauffé pour raviver son bleu.", treat45Sapphire, false},
		{"es-ES", "El zafiro se ha calentado para intensificar su azul.", treat45Sapphire, false},
		{"it-IT", "Il corallo è tinto di rosa.", treat45Coral, false},
		{"pt-PT", "A turquesa é estabilizada com resina.", treat45Turquoise, false},
		{"nl-NL", "Het koraal is roze geverfd.", treat45Coral, false},
		{"sv-SE", "Safiren är värmebehandlad för en djupare blå.", treat45Sapphire, false},
		{"da-DK", "Koralen er farvet lyserød.", treat45Coral, false},
		{"fi-FI", "Koralli on värjätty.", treat45Coral, false},
		{"pl-PL", "Koral jest barwiony.", treat45Coral, false},
		{"el-GR", "Το κοράλλι είναι βαμμένο.", treat45Coral, false},
		{"tr-TR", "Mercan boyanmıştır.", treat45Coral, false},
		{"ar-AE", "المرجان مصبوغ.", treat45Coral, false},
		{"ja-JP", "このサンゴは染色されています。", treat45Coral, false},
		{"ko-KR", "이 산호는 염색되었습니다.", treat45Coral, false},
		{"zh-CN", "这颗珊瑚经过染色。", treat45Coral, false},
		// "natural" as the origin
		{"en-GB", "A natural sapphire, heated to deepen its colour.", treat45Sapphire, false},
		{"de-DE", "Ein natürlicher Saphir, erhitzt für ein tieferes Blau.", treat45Sapphire, false},
		{"fr-FR", "Un saphir naturel, chauffé pour intensifier sa couleur.", treat45Sapphire, false},
		{"nb-NO", "Ringen har en naturlig blå safir.", treat45Sapphire, false},
		// the natural colour the disclosed treatment brings out
		{"en-GB", "The sapphire is heated to deepen its natural colour.", treat45Sapphire, false},
		{"en-GB", "Heat treatment brings out its natural colour.", treat45Sapphire, false},
		// a treatment the stone does not have: "unheated" on a dyed coral
		{"en-GB", "The coral is unheated.", treat45Coral, false},
		{"de-DE", "Die Koralle ist nicht erhitzt.", treat45Coral, false},
		{"en-GB", "The sapphire is not dyed.", treat45Sapphire, false},
		{"ja-JP", "このサンゴは非加熱です。", treat45Coral, false},
		// another stone's denial
		{"en-GB", "The diamonds are untreated; the coral is dyed.", treat45CoralDiamond, false},
		{"de-DE", "Die Diamanten sind unbehandelt, die Koralle ist gefärbt.", treat45CoralDiamond, false},
		{"fr-FR", "Les diamants ne sont pas traités.", treat45CoralDiamond, false},
		{"es-ES", "Los diamantes no están tratados.", treat45CoralDiamond, false},
		// a metal said untreated
		{"en-GB", "The sterling silver is left untreated.", treat45Coral, false},
		// contrasts: the compared thing's, and the material in general
		// set against the piece's disclosed treatment
		{"en-GB", "Unlike untreated coral, this coral is dyed.", treat45Coral, false},
		{"de-DE", "Anders als unbehandelte Koralle ist diese Koralle gefärbt.", treat45Coral, false},
		{"en-GB", "Natural turquoise is rarely used untreated; ours is stabilised.", treat45Turquoise, false},
		// the material's colour before its dye
		{"de-DE", "Howlith ist von Natur aus weiß.", treat45Howlite, false},
		{"nl-NL", "Howliet is van nature wit met grijze aders.", treat45Howlite, false},
		// the undyed stone of two of one kind, picked by its colour
		{"es-ES", "Ocho cuentas de howlita blanca en su color natural.", treat45TwoHowlites, false},
		{"tr-TR", "Boyasız beyaz boncuklarla yan yana durur.", treat45TwoHowlites, false},
		// the material's colour before the dye the piece's beads have
		{"da-DK", "Den naturlige farve er cremehvid, og perlerne er farvet lyserøde.", treat45Coral, false},
		// another mineral's sentence (nickname_denials)
		{"sv-SE", "Turkos är ett helt annat mineral med egen naturlig färg.", treat45Howlite, false},
		// an untreated product says so, as before
		{"en-GB", "The bamboo coral is untreated.", treat45Untreated, false},
	})
}
