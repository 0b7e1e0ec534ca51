package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Glass named as what the product's enamel or a look-alike stone is made
// of is no glass of the piece (#13, the twenty-fifth session's glass25;
// probe 31: "L'émail est du verre en poudre fondu sur le métal" on an
// enamel ring, "obsidian, som er vulkansk glas" beside a dyed onyx blocked
// grounding.material). Vitreous enamel is glass fused to metal (ISO
// 28721-1:2010; canon material_substances) and obsidian volcanic glass
// (GIA Gem Encyclopedia; canon stone_substances): glass after either in
// its sentence is their substance. A piece of glass, glass stones, and the
// same words on a piece without enamel still block (16 CFR 23.25).
func TestKindsGlass25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "K25E", Name: "Moments Daisy", Category: "ring", Collection: "Moments",
		Materials: []string{"sterling silver", "enamel"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "sapphire", Colour: "pink", Count: 6, Origin: "lab_grown"}},
		Colours:   []string{"silver", "white", "pink"}}
	noEnamel := ring
	noEnamel.Materials = []string{"sterling silver"}
	signet := core.Product{SKU: "K25O", Name: "Heritage Signet", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: "natural", Treatment: "dyed"}},
		Colours:   []string{"silver", "black"}}
	ep := func(loc, text string) kindRow { return kindRow{loc, text, ring, false} }
	eb := func(loc, text string) kindRow { return kindRow{loc, text, ring, true} }
	op := func(loc, text string) kindRow { return kindRow{loc, text, signet, false} }
	ob := func(loc, text string) kindRow { return kindRow{loc, text, signet, true} }
	enamel := []kindRow{
		ep("en-GB", "Enamel is powdered glass fused onto the metal in a kiln, so the petals are glass, not paint."),
		ep("en-US", "Enamel is powdered glass fused onto the metal in a kiln, so the petals are glass, not paint."),
		ep("en-AU", "Enamel is powdered glass fused onto the metal in a kiln, so the petals are glass, not paint."),
		ep("de-DE", "Emaille ist Glaspulver, das im Ofen auf das Metall geschmolzen wird: Die Blütenblätter sind also aus Glas, nicht aus Farbe."),
		ep("fr-FR", "L'émail est du verre en poudre fondu sur le métal au four : les pétales sont donc en verre, pas en peinture."),
		ep("fr-CA", "L'émail est du verre en poudre fondu sur le métal au four : les pétales sont donc en verre, pas en peinture."),
		ep("es-ES", "El esmalte es vidrio en polvo fundido sobre el metal en un horno: los pétalos son de vidrio, no de pintura."),
		ep("es-MX", "El esmalte es vidrio en polvo fundido sobre el metal en un horno: los pétalos son de vidrio, no de pintura."),
		ep("it-IT", "Lo smalto è vetro in polvere fuso sul metallo in forno: i petali sono quindi di vetro, non di vernice."),
		ep("pt-PT", "O esmalte é vidro em pó fundido sobre o metal num forno: as pétalas são de vidro, não de tinta."),
		ep("pt-BR", "O esmalte é vidro em pó fundido sobre o metal em um forno: as pétalas são de vidro, não de tinta."),
		ep("nl-NL", "Emaille is glaspoeder dat in een oven op het metaal wordt gesmolten: de blaadjes zijn dus van glas, niet van verf."),
		ep("sv-SE", "Emalj är glaspulver som smälts fast på metallen i en ugn, så kronbladen är av glas, inte färg."),
		ep("da-DK", "Emalje er glaspulver, der smeltes fast på metallet i en ovn, så kronbladene er af glas, ikke maling."),
		ep("nb-NO", "Emalje er glasspulver som smeltes fast på metallet i en ovn, så kronbladene er av glass, ikke maling."),
		ep("fi-FI", "Emali on lasijauhetta, joka sulatetaan metallin pintaan uunissa, joten terälehdet ovat lasia eivätkä maalia."),
		ep("pl-PL", "Emalia to sproszkowane szkło wtopione w metal w piecu, więc płatki są ze szkła, a nie z farby."),
		ep("cs-CZ", "Smalt je skleněný prášek natavený na kov v peci, takže okvětní lístky jsou ze skla, ne z barvy."),
		ep("tr-TR", "Emaye, fırında metalin üzerine eritilen toz camdır, bu yüzden taç yaprakları boya değil, camdır."),
		ep("el-GR", "Το σμάλτο είναι γυαλί σε σκόνη που λιώνει πάνω στο μέταλλο σε κλίβανο, οπότε τα πέταλα είναι από γυαλί, όχι από μπογιά."),
		ep("ar-AE", "المينا زجاج مطحون يُصهر على المعدن في فرن، لذا فالبتلات من الزجاج لا من الطلاء."),
		ep("ja-JP", "エナメルはガラスの粉を窯で金属に焼き付けたもので、花びらは塗料ではなくガラスです。"),
		ep("ko-KR", "에나멜은 유리 가루를 가마에서 금속 위에 녹여 붙인 것이어서 꽃잎은 페인트가 아닌 유리입니다."),
		ep("zh-CN", "珐琅是在窑中熔融于金属表面的玻璃粉，所以花瓣是玻璃，而不是油漆。"),
		ep("zh-TW", "琺瑯是在窯中熔融於金屬表面的玻璃粉，所以花瓣是玻璃，而不是油漆。"),
	}
	checkOwnAndControl(t, svc, "grounding", enamel, func(r kindRow) (core.Product, bool) { return noEnamel, true })
	checkKindRows(t, svc, "", []kindRow{
		op("en-GB", "It must not be confused with obsidian, which is volcanic glass."),
		op("da-DK", "Den må ikke forveksles med obsidian, som er vulkansk glas."),
		op("zh-CN", "它不应与黑曜石（一种火山玻璃）混淆。"),
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		eb("en-GB", "The ring is made of glass."),
		eb("en-GB", "The enamel ring is set with glass stones."),
		eb("en-US", "The ring is made of glass."),
		eb("en-AU", "The ring is made of glass."),
		eb("de-DE", "Der Ring ist aus Glas."),
		eb("fr-FR", "La bague est en verre."),
		eb("fr-CA", "La bague est en verre."),
		eb("es-ES", "El anillo es de vidrio."),
		eb("es-MX", "El anillo es de vidrio."),
		eb("it-IT", "L'anello è in vetro."),
		eb("pt-PT", "O anel é de vidro."),
		eb("pt-BR", "O anel é de vidro."),
		eb("nl-NL", "De ring is van glas."),
		eb("sv-SE", "Ringen är av glas."),
		eb("da-DK", "Ringen er lavet af glas."),
		eb("nb-NO", "Ringen er laget av glass."),
		eb("fi-FI", "Sormus on lasia."),
		eb("pl-PL", "Pierścionek jest ze szkła."),
		eb("cs-CZ", "Prsten je ze skla."),
		eb("tr-TR", "Yüzük camdan yapılmıştır."),
		eb("el-GR", "Το δαχτυλίδι είναι από γυαλί."),
		eb("ar-AE", "الخاتم مصنوع من الزجاج."),
		eb("ja-JP", "このリングはガラス製です。"),
		eb("ko-KR", "이 반지는 유리로 만들었습니다."),
		eb("zh-CN", "这枚戒指由玻璃制成。"),
		eb("zh-TW", "這枚戒指由玻璃製成。"),
		ob("en-GB", "The signet is set with a plate of glass."),
		ob("da-DK", "Signetringen har en plade af glas."),
		ob("zh-CN", "这枚印章戒指镶嵌一块玻璃。"),
	})
}
