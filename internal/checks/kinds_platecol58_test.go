package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// platecol58 products: a smoky quartz pendant in 22k gold vermeil over
// sterling silver whose colours say a yellow layer (the lead's example),
// the same pendant with its vermeil only in its metals, a gold vermeil
// pendant whose colours say rose gold, brass hoops plated in yellow and in
// rose gold, and rhodium-plated sterling silver rings: one with a black
// spinel (its colours list holds black) and one plated in black rhodium.
var (
	platecol58Vermeil = core.Product{SKU: "PC58V", Name: "Amber Drop Pendant", Category: "pendant", Collection: "Moments", Materials: []string{"sterling silver", "22k gold vermeil", "smoky quartz"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "22k", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "smoky quartz", Colour: "brown", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"brown", "gold"}}
	platecol58Metals = core.Product{SKU: "PC58M", Name: "Amber Drop Pendant", Category: "pendant", Collection: "Moments", Materials: []string{"sterling silver", "smoky quartz"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "22k", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "smoky quartz", Colour: "brown", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"brown", "gold"}}
	platecol58RoseV = core.Product{SKU: "PC58Q", Name: "Blush Drop Pendant", Category: "pendant", Collection: "Moments", Materials: []string{"sterling silver", "gold vermeil"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, Colours: []string{"rose gold"}}
	platecol58Yellow = core.Product{SKU: "PC58Y", Name: "Sun Hoops", Category: "earrings", Collection: "Moments", Materials: []string{"brass", "yellow gold plating"},
		Metals: []core.Metal{{Base: "brass", Plating: "yellow gold", Fineness: "18k", PlatingMicrons: 1}}, Colours: []string{"gold"}}
	platecol58Rose = core.Product{SKU: "PC58R", Name: "Blush Hoops", Category: "earrings", Collection: "Moments", Materials: []string{"brass", "rose gold plating"},
		Metals: []core.Metal{{Base: "brass", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 1}}, Colours: []string{"rose gold"}}
	platecol58Rhodium = core.Product{SKU: "PC58H", Name: "Frost Ring", Category: "ring", Collection: "Moments", Materials: []string{"sterling silver", "rhodium plating"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rhodium"}}, Colours: []string{"silver"}}
	platecol58Spinel = core.Product{SKU: "PC58B", Name: "Night Ring", Category: "ring", Collection: "Moments", Materials: []string{"sterling silver", "rhodium plating", "black spinel"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rhodium"}}, Stones: []core.Stone{{Type: "spinel", Colour: "black", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"black", "silver"}}
	platecol58Black = core.Product{SKU: "PC58K", Name: "Night Ring", Category: "ring", Collection: "Moments", Materials: []string{"sterling silver", "black rhodium plating"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "black rhodium"}}, Colours: []string{"black"}}
)

// TestKindsPlatecol58 (#13, platecol58): the colour of a plating or
// vermeil was never compared with the product's. A coloured gold beside a
// plating word was read as the plating's gold whatever its colour unless
// the data's plating value named one (plated_colour53.go), so on 22k gold
// vermeil whose colours say gold (a yellow layer) "vermeil or rose",
// "Roségold-Vermeil", ローズゴールド仕上げ, "a warm rose-gold finish" and
// "a white gold plating" passed; a compound rose gold vermeil (sv
// "roséguldvermeil", fi "ruusukultavermeiliä") was read as nothing;
// "black rhodium" passed on a rhodium plating wherever the colours list
// held the black of a stone; and "rose gold vermeil" blocked on gold
// vermeil whose colours say rose gold. Every row blocks grounding but that
// one, which passes (grounding/plating_colour58.go: platingGoldColours,
// platingOfColour, platingHueOther; the packs' rose gold vermeil
// compounds).
func TestKindsPlatecol58(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(platecol58Vermeil, true, [][2]string{
		{"en-GB", "The pendant has a warm rose-gold finish."},
		{"en-AU", "The pendant has a white gold plating."},
		{"de-DE", "Der Anhänger ist aus Sterlingsilber mit 22 Karat Roségold-Vermeil."},
		{"fr-FR", "Le pendentif est en argent sterling avec un vermeil or rose 22 carats."},
		{"fr-CA", "Le pendentif a une finition or rose."},
		{"es-ES", "El colgante es de plata de ley con vermeil de oro rosa de 22 quilates."},
		{"es-ES", "El colgante tiene un acabado en oro rosa."},
		{"es-MX", "El dije es de plata esterlina con vermeil de oro rosa de 22 quilates."},
		{"it-IT", "Il ciondolo è in argento sterling con vermeil in oro rosa 22 carati."},
		{"pt-PT", "O pendente é de prata de lei com vermeil de ouro rosa de 22 quilates."},
		{"pt-BR", "O pingente é de prata esterlina com vermeil de ouro rosé 22k."},
		{"nl-NL", "De hanger is van sterling zilver met 22 karaat roségouden vermeil."},
		{"nl-NL", "De hanger is van roségoudvermeil."},
		{"sv-SE", "Hänget är i sterlingsilver med 22 karats roséguldvermeil."},
		{"da-DK", "Vedhænget er i sterlingsølv med 22 karat rosaguld-vermeil."},
		{"nb-NO", "Anhenget er i sterlingsølv med 22 karat roségull-vermeil."},
		{"fi-FI", "Riipus on sterlinghopeaa ja 22 karaatin ruusukultavermeiliä."},
		{"pl-PL", "Wisiorek jest ze srebra próby 925 z 22-karatowym vermeilem z różowego złota."},
		{"cs-CZ", "Přívěsek je ze sterlingového stříbra s 22karátovým vermeilem z růžového zlata."},
		{"tr-TR", "Kolye ucu, 22 ayar pembe altın vermeil kaplı 925 ayar gümüştür."},
		{"el-GR", "Το μενταγιόν είναι από ασήμι στερλίνας με vermeil από ροζ χρυσό 22 καρατίων."},
		{"ar-AE", "القلادة من الفضة الإسترليني مع فيرميل من الذهب الوردي عيار 22."},
		{"ja-JP", "ペンダントはスターリングシルバーに22Kローズゴールドのヴェルメイユを施しています。"},
		{"ja-JP", "ペンダントはローズゴールド仕上げです。"},
		{"ko-KR", "펜던트는 스털링 실버에 22K 로즈골드 버메일을 입혔습니다."},
		{"zh-CN", "吊坠以纯银制成，表面为22K玫瑰金镀层。"},
		{"zh-TW", "吊墜以純銀製成，表面為22K玫瑰金鍍層。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Metals, true, [][2]string{
		{"de-DE", "Der Anhänger hat eine Weißgold-Beschichtung."},
		{"ja-JP", "ペンダントはホワイトゴールドメッキです。"},
	}))
	// The colours list's rose gold is the colour of a plain gold vermeil:
	// its rose gold vermeil passes, a white gold one blocks.
	checkKindRows(t, svc, "grounding", pairRows(platecol58RoseV, false, [][2]string{
		{"en-GB", "The pendant is rose gold vermeil over sterling silver."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58RoseV, true, [][2]string{
		{"en-GB", "The pendant is sterling silver with a white gold vermeil."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Spinel, true, [][2]string{
		{"en-GB", "The ring is sterling silver with a black rhodium plating."},
		{"en-US", "The ring is finished in black rhodium."},
		{"de-DE", "Der Ring ist aus Sterlingsilber mit schwarzer Rhodinierung."},
		{"fr-FR", "La bague est en argent rhodié noir."},
		{"ja-JP", "リングはブラックロジウムメッキです。"},
	}))
}

// TestKindsPlatecol58Bad: the plating's own colour passes in every form
// (the colours list's rose gold on plain gold vermeil, yellow and rose
// platings named by their colour, rhodium and black rhodium as the data
// say); "rose" of a rose motif or a quartz, a rose-gold dress and the
// white gold of pearl earrings worn with the piece stay as they were; a gold or a rhodium of another
// colour than the data's still blocks.
func TestKindsPlatecol58Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(platecol58Vermeil, false, [][2]string{
		{"en-GB", "The pendant is sterling silver with 22k gold vermeil."},
		{"en-GB", "The pendant is 22k yellow gold vermeil over sterling silver."},
		{"en-GB", "A smoky quartz sits on a rose motif, a flower in sterling silver and 22k gold vermeil."},
		{"en-GB", "Wear it with a rose-gold dress."},
		{"de-DE", "Der Anhänger ist aus Sterlingsilber mit 22 Karat Gold-Vermeil."},
		{"fr-FR", "Le pendentif est en argent sterling avec un vermeil 22 carats."},
		{"ja-JP", "ペンダントはスターリングシルバーに22Kゴールドのヴェルメイユを施しています。"},
		// Another piece worn with it: "pärl|örhängen", pearl earrings,
		// not "pärlor|hängen" (grounding/scan.go metalCategory).
		{"sv-SE", "Bär det med en benvit blus och ett par små pärlörhängen i 14 karats vitguld."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58RoseV, false, [][2]string{
		{"en-GB", "The pendant is gold vermeil in a soft rose gold."},
		{"sv-SE", "Hänget är i roséguldvermeil."},
		{"fr-FR", "Le pendentif est en vermeil or rose."},
		{"de-DE", "Der Anhänger ist aus Roségold-Vermeil."},
		{"ja-JP", "ペンダントはローズゴールドのヴェルメイユです。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Yellow, false, [][2]string{
		{"en-GB", "The hoops are yellow gold-plated brass."},
		{"de-DE", "Die Creolen sind aus gelbgoldplattiertem Messing."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Rose, false, [][2]string{
		{"en-GB", "The hoops are rose gold-plated brass."},
		{"en-GB", "The hoops are gold-plated brass in rose gold."},
		{"fr-FR", "Les créoles sont en laiton plaqué or rose."},
		{"ja-JP", "フープピアスは真鍮にローズゴールドメッキを施しています。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Rhodium, false, [][2]string{
		{"en-GB", "The ring is rhodium-plated sterling silver."},
		{"de-DE", "Der Ring ist aus rhodiniertem Sterlingsilber."},
		{"fr-FR", "La bague est en argent rhodié."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Spinel, false, [][2]string{
		{"en-GB", "The ring is rhodium-plated sterling silver with a black spinel."},
		{"fr-FR", "La bague en argent rhodié porte un spinelle noir."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Black, false, [][2]string{
		{"en-GB", "The ring is sterling silver with a black rhodium plating."},
		{"fr-FR", "La bague est en argent rhodié noir."},
	}))
	// Still blocking: a gold or a rhodium of another colour than the data's.
	checkKindRows(t, svc, "grounding", pairRows(platecol58Yellow, true, [][2]string{
		{"en-GB", "The hoops are brass with a white gold plating."},
		{"de-DE", "Die Creolen sind aus Messing mit Roségold-Plattierung."},
		{"fr-FR", "Les créoles sont en laiton plaqué or rose."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Rose, true, [][2]string{
		{"en-GB", "The hoops are yellow gold plated brass."},
		{"es-ES", "Los aros son de latón bañado en oro amarillo."},
		{"ja-JP", "フープピアスはイエローゴールドメッキです。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Metals, true, [][2]string{
		{"en-GB", "The pendant is sterling silver with 22k rose-gold vermeil."},
		{"en-US", "The pendant is finished in rose gold."},
		{"fr-FR", "Le pendentif est fini en or rose."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(platecol58Rhodium, true, [][2]string{
		{"en-GB", "The ring is sterling silver with a black rhodium plating."},
		{"de-DE", "Der Ring ist aus Sterlingsilber mit schwarzer Rhodinierung."},
	}))
}
