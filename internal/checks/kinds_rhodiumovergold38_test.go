package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsRhodiumOverGold38: a piece of solid karat gold with a flash of
// rhodium, ruthenium or platinum over it is gold, and copy that names its
// gold without "plated" is true (#13, rhodiumovergold38). Probe 38's es-MX
// 38C104-1/-2 ("El aro, de oro blanco de 14k") and it-IT 38C101-2 ("oro
// bianco 18kt, con una rodiatura finale") blocked regulatory.plating "oro"
// without "plated": the product's materials, localised ("oro blanco 14k"),
// held no English gold word, and its metal, written "rhodium-plated 14k
// white gold", was read as a gold plating because it holds "plated" and
// "gold". The disclosure duty of the FTC Jewelry Guides (16 CFR 23.4) is a
// gold plating's over a base of another metal. The 11 rows that fail
// before are in the languages the checks' plating rule reads (en, de, fr,
// es, it, pt, nl); the other rows, in all 25 locales, passed before and
// must still pass (a rhodium word beside the gold qualified it). Blocking
// twins: the same words on rhodium-plated silver or gold-plated brass
// (a gold word with no gold under it), the rhodium-plated gold called
// solid platinum, and gold-plated silver called gold with no disclosure.
func TestKindsRhodiumOverGold38(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	metal := func(name, base, plating, fineness string, materials ...string) core.Product {
		return core.Product{SKU: "R38", Name: name, Category: "ring", Collection: "Essence", Materials: materials,
			Metals: []core.Metal{{Base: base, Plating: plating, Fineness: fineness}}, Colours: []string{"white"}}
	}
	wg := metal("Ring Lumière", "white gold", "rhodium", "14k")
	wg18 := metal("Ring Lumière", "white gold", "rhodium", "750")
	yg := metal("Ring Lumière", "yellow gold", "ruthenium", "18k")
	rg := metal("Ring Lumière", "rose gold", "rhodium", "14k")
	wgPt := metal("Ring Lumière", "white gold", "platinum", "18k")
	esMX := metal("Anillo halo con zafiro", "white gold", "rhodium", "14k", "oro blanco 14k")
	itIT := metal("Collana maglia veneziana", "white gold", "rhodium", "750", "oro bianco 18kt")
	itIT.Category = "necklace"
	ptBR := metal("Anel solitário", "white gold", "rhodium", "18k", "ouro branco 18k")
	nlNL := metal("Ring Lumière", "white gold", "rhodium", "14k", "witgoud 14 karaat")
	pass := []kindRow{
		// failing before: the checks' plating rule reads these languages
		{"es-MX", "El aro, de oro blanco de 14k y 1.8 mm de ancho, es delgado y cómodo para llevarlo a diario.", esMX, false},
		{"it-IT", "Questa collana è realizzata in oro bianco 18kt, con una rodiatura finale. Questa collana in oro bianco è un pensiero raffinato.", itIT, false},
		{"es-ES", "Un anillo de oro rosa de 14 quilates, fino y ligero. El interior está rodiado.", rg, false},
		{"pt-BR", "Anel em ouro branco 18k, leve e confortável. O banho de ródio dá um brilho intenso.", ptBR, false},
		{"pt-PT", "Um anel em ouro branco de 18 quilates, com acabamento em ródio.", wg18, false},
		{"nl-NL", "Een ring van 14 karaat witgoud, gerhodineerd voor een heldere glans. Het goud blijft warm aanvoelen.", nlNL, false},
		{"en-GB", "A slim band of 18ct white gold for every day. A bright platinum plating covers the gold.", wgPt, false},
		{"en-US", "This 14k white gold ring is rhodium-plated for a cool, bright shine.", wg, false},
		{"de-DE", "Der Ring aus 18 Karat Weißgold ist rhodiniert und glänzt hell.", wg18, false},
		{"fr-FR", "Cette bague en or blanc 18 carats est rhodiée pour un éclat lumineux.", wg18, false},
		// passing before, kept
		{"es-MX", "Un anillo de oro blanco de 14 quilates, delgado y cómodo. Un baño de rodio realza su brillo.", wg, false},
		{"it-IT", "Un anello in oro giallo 18 carati, sottile e leggero. I dettagli sono placcati in rutenio.", yg, false},
		{"en-AU", "Crafted in 18ct yellow gold with black ruthenium plating on the gallery.", yg, false},
		{"fr-CA", "Une bague en or rose 14 carats, rehaussée d'un placage de rhodium.", rg, false},
		{"sv-SE", "En ring i 18 karat vitguld, rodinerad för en klar glans.", wg18, false},
		{"da-DK", "En ring i 14 karat hvidguld, rhodineret for en klar glans.", wg, false},
		{"nb-NO", "En ring i 14 karat hvitt gull, rhodinert for en klar glans.", wg, false},
		{"fi-FI", "Sormus on 18 karaatin valkokultaa, ja sen pinta on rodinoitu kirkkaaksi.", wg18, false},
		{"pl-PL", "Pierścionek z 14-karatowego białego złota, rodowany dla jasnego połysku.", wg, false},
		{"cs-CZ", "Prsten ze 14karátového bílého zlata je rhodiovaný pro jasný lesk.", wg, false},
		{"tr-TR", "14 ayar beyaz altından yapılan yüzük, parlak görünüm için rodyum kaplamalıdır.", wg, false},
		{"el-GR", "Δαχτυλίδι από λευκόχρυσο 14 καρατίων με επιροδίωση για λαμπερή όψη.", wg, false},
		{"ar-AE", "خاتم من الذهب الأبيض عيار 18 مطلي بالروديوم لبريق ساطع.", wg18, false},
		{"ja-JP", "18Kホワイトゴールドのリングに、ロジウムメッキを施しました。", wg18, false},
		{"ko-KR", "14K 화이트 골드 반지에 로듐 도금을 더했습니다.", wg, false},
		{"zh-CN", "这枚戒指采用18K玫瑰金打造，局部镀铑。", metal("Ring Lumière", "rose gold", "rhodium", "18k"), false},
		{"zh-TW", "這枚戒指以18K黃金打造，局部鍍釕。", yg, false},
	}
	// The bad twins: a gold word on a piece with no gold under its
	// plating, and the rhodium-plated gold called solid platinum.
	rs := metal("Ring Lumière", "sterling silver", "rhodium", "925")
	gpBrass := metal("Ring Lumière", "brass", "gold", "18k")
	gpSilver := metal("Ring Lumière", "sterling silver", "gold", "14k", "plata de ley", "oro")
	block := []kindRow{
		{"es-MX", "El aro, de oro blanco de 14k y 1.8 mm de ancho, es delgado y cómodo para llevarlo a diario.", rs, true},
		{"es-MX", "Un anillo de oro de 18 quilates, delgado y cómodo.", gpBrass, true},
		{"es-MX", "Un anillo de plata de ley con detalles de oro.", gpSilver, true},
		{"it-IT", "Questa collana è realizzata in oro bianco 18kt, con una rodiatura finale che ne esalta il bianco.", rs, true},
		{"it-IT", "Un anello in platino massiccio, con una rodiatura finale.", wgPt, true},
		{"pt-BR", "Anel em ouro 18k, leve e confortável.", gpBrass, true},
		{"nl-NL", "Een ring van 14 karaat witgoud, gerhodineerd voor een heldere glans.", rs, true},
		{"en-GB", "A slim band of solid platinum, finished with a bright rhodium plating.", wgPt, true},
		{"en-US", "This 14k white gold ring is rhodium-plated for a cool, bright shine.", rs, true},
		{"en-US", "A solid platinum ring with a bright finish.", wg, true},
		{"de-DE", "Der Ring aus 18 Karat Weißgold ist rhodiniert und glänzt hell.", rs, true},
		{"de-DE", "Der Ring aus massivem Platin ist rhodiniert.", wgPt, true},
		{"fr-FR", "Cette bague en or blanc 18 carats est rhodiée pour un éclat lumineux.", rs, true},
		{"fr-FR", "Une bague en or 18 carats, fine et légère.", gpBrass, true},
		{"sv-SE", "En ring i 18 karat vitguld, rodinerad för en klar glans.", rs, true},
		{"pl-PL", "Pierścionek z litej platyny, rodowany dla jasnego połysku.", wgPt, true},
		{"ja-JP", "18Kホワイトゴールドのリングに、ロジウムメッキを施しました。", rs, true},
		{"zh-CN", "这枚戒指采用纯铂金打造，表面镀铑。", wgPt, true},
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, "", block)
}
