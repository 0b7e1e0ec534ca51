package checks

import "testing"

// Kinds of the released half of blind set 59 and of probe 59 (#13, rel59),
// each in every language where the probes found it:
//
//  1. A treated stone's colour said stable with its noun of colour up to
//     four words before the match ("Färgen är stabil och bleknar inte"):
//     the treatment's permanence, not tarnish_proof (concepts_stonecolour.go).
//  2. A gold plating of at least 2.5 microns on any base (heavy gold
//     electroplate, FTC 16 CFR 23.4) set against flash plating keeps its
//     colour longer: the trade's account (product.go thickGoldLayer).
//  3. A durable alloy, then its plating (pl "wytrzymałego stopu,
//     pozłacanego"), says the alloy is strong (data/pl/concepts-alloystrong59.yaml).
//  4. The metal's natural colour that a worn rhodium reveals or shows is
//     no colour kept (data/*/concepts-reveal59.yaml).
//  5. "pode", "puede", "může" (the third person) are no writer's offer
//     (data/{pt,es,cs}/concepts-offer12.yaml).
//  6. cs "jediný" (single) is no poison, "jed" (concepts-detox32.yaml).
//  7. The product's trade name ("Aqua Aura") holds no aura (trade_name59.go).

var (
	rel59Tanzanite = misses49Product(`{"sku": "B59D-svSE-03", "name": "Hänge Tanzanit", "category": "pendant", "collection": "Lumière", "metals": [{"base": "white gold", "fineness": "14k"}], "stones": [{"type": "tanzanite", "colour": "violet-blue", "count": 1, "origin": "natural", "treatment": "heated"}], "colours": ["violet-blue", "white"]}`)
	rel59Bronze    = misses49Product(`{"sku": "B59D-zhCN-04", "name": "Cuff", "category": "bracelet", "collection": "Heritage", "metals": [{"base": "bronze", "plating": "gold", "fineness": "14k", "plating_microns": 3}], "colours": ["gold"]}`)
	rel59Flash     = misses49Product(`{"sku": "R59-FL", "name": "Cuff", "category": "bracelet", "collection": "Heritage", "metals": [{"base": "bronze", "plating": "gold", "fineness": "14k", "plating_microns": 0.5}], "colours": ["gold"]}`)
	rel59Rhodium   = misses49Product(`{"sku": "B59B-ptBR-04", "name": "Aliança Horizonte", "category": "ring", "collection": "Timeless", "metals": [{"base": "white gold", "fineness": "9k", "plating": "rhodium", "plating_microns": 0.2}], "colours": ["white"]}`)
	rel59Aqua      = misses49Product(`{"sku": "B59C-enGB-03", "name": "Aqua Aura Drop Earrings", "category": "earrings", "collection": "Reflexions", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "rock crystal quartz", "colour": "blue", "count": 2, "origin": "natural", "treatment": "coated (vapour-deposited gold)"}], "attributes": {"trade_name": "Aqua Aura"}, "colours": ["blue", "silver"]}`)
	rel59Alex      = misses49Product(`{"sku": "B59C-csCZ-03", "name": "Přívěsek Alexandrit", "category": "pendant", "collection": "Lumière", "metals": [{"base": "white gold", "fineness": "14k"}], "stones": [{"type": "alexandrite", "colour": "colour-change green/purple", "count": 1, "origin": "lab_grown"}], "colours": ["white", "green", "purple"]}`)
)

func TestKindsRel59(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(rel59Tanzanite, false, [][2]string{
		{"sv-SE", "Stenen har värmebehandlats. Färgen är stabil och bleknar inte."},
		{"sv-SE", "Tanzaniten har värmebehandlats. Färgen är stabil och bleknar inte."},
		{"nb-NO", "Steinen er varmebehandlet. Fargen er stabil og blekner ikke."},
		{"da-DK", "Stenen er varmebehandlet. Farven er stabil og falmer ikke."},
		{"en-GB", "The stone has been heated. The colour is stable and does not fade."},
		{"en-GB", "The tanzanite has been heated. Its colour is stable and will not fade."},
		{"de-DE", "Der Stein wurde erhitzt. Die Farbe ist stabil und verblasst nicht."},
		{"fr-FR", "La pierre a été chauffée. La couleur est stable et ne pâlit pas."},
		{"es-ES", "La piedra ha sido calentada. El color es estable y no se desvanece."},
		{"it-IT", "La pietra è stata riscaldata. Il colore è stabile e non sbiadisce."},
		{"nl-NL", "De steen is verhit. De kleur is stabiel en vervaagt niet."},
		{"fi-FI", "Kiveä on lämpökäsitelty. Väri on pysyvä eikä haalistu."},
		{"pl-PL", "Kamień był podgrzewany. Kolor jest stabilny i nie blednie."},
		{"cs-CZ", "Kámen byl zahříván. Barva je stálá a nebledne."},
		{"pt-PT", "A pedra foi aquecida. A cor é estável e não desbota."},
		{"tr-TR", "Taş ısıl işlem görmüştür. Renk kalıcıdır ve solmaz."},
		{"el-GR", "Η πέτρα έχει θερμανθεί. Το χρώμα είναι σταθερό και δεν ξεθωριάζει."},
	}))
	checkKindRows(t, svc, "", pairRows(rel59Bronze, false, [][2]string{
		{"zh-CN", "青铜是一种质地坚实、色调温暖的合金；3微米的镀层比常见饰品的薄镀金厚得多，因此在细心佩戴下颜色更持久。"},
		{"zh-TW", "3微米的鍍層比一般飾品的薄鍍金厚得多，因此顏色更持久。"},
		{"en-GB", "At 3 microns the layer is much thicker than ordinary flash plating, so the colour lasts longer."},
		{"ja-JP", "一般的な金メッキより層が厚く、色が長持ちします。"},
		{"tr-TR", "Bu kaplama sıradan yaldızdan çok daha kalındır, bu yüzden rengi daha uzun süre korur."},
		{"pl-PL", "Wykonano je z brązu, ciepłego i wytrzymałego stopu, pozłacanego 14-karatowym złotem."},
		{"pl-PL", "Wykonano je z brązu, trwałego stopu pozłacanego złotem."},
	}))
	checkKindRows(t, svc, "", pairRows(rel59Rhodium, false, [][2]string{
		{"pt-BR", "Com o tempo, o ródio pode suavizar e revelar o tom natural do ouro, e o banho pode ser refeito por um joalheiro."},
		{"pt-PT", "Com o tempo, o ródio pode desgastar-se e revelar o tom natural do ouro."},
		{"es-ES", "Con el tiempo, el rodio puede desgastarse y revelar el tono natural del oro."},
		{"cs-CZ", "Časem se rhodium může obrousit a odhalit přirozený tón zlata."},
		{"nl-NL", "Na verloop van tijd kan het rodium slijten en de natuurlijke tint van het goud tonen."},
		{"nl-NL", "Na verloop van tijd kan het rodium slijten, waarna de natuurlijke kleur van het goud zichtbaar wordt."},
		{"de-DE", "Mit der Zeit kann das Rhodium sich abnutzen und die natürliche Farbe des Goldes zeigen."},
		{"sv-SE", "Med tiden kan rodiumet nötas och visa guldets naturliga färg."},
		{"da-DK", "Med tiden kan rhodiummet slides og vise guldets naturlige farve."},
		{"nb-NO", "Med tiden kan rhodiumet slites og vise gullets naturlige farge."},
	}))
	checkKindRows(t, svc, "", pairRows(rel59Aqua, false, [][2]string{
		{"en-GB", "Aqua Aura begins as clear rock crystal."},
		{"en-US", "Aqua Aura starts as clear quartz."},
	}))
	checkKindRows(t, svc, "", pairRows(rel59Alex, false, [][2]string{
		{"cs-CZ", "Zárodečný krystal roste v jediný čistý krystal."},
		{"cs-CZ", "Kámen vzniká Czochralského metodou a roste v jediný čistý krystal."},
	}))
}

func TestKindsRel59Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// The colour of the metal, or the colour said to last for ever.
	checkKindRows(t, svc, CatClaim, pairRows(rel59Tanzanite, true, [][2]string{
		{"sv-SE", "Silvret är polerat. Färgen är stabil och bleknar inte."},
		{"en-GB", "The gold is polished. The colour is stable and does not fade."},
	}))
	// Flash plating compared, the durable plating itself.
	checkKindRows(t, svc, CatClaim, pairRows(rel59Flash, true, [][2]string{
		{"en-GB", "The layer is thicker than ordinary flash plating, so the colour lasts longer."},
		{"zh-CN", "镀层比常见饰品的薄镀金厚得多，因此颜色更持久。"},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(rel59Bronze, true, [][2]string{
		{"pl-PL", "Trwałe pozłacanie."},
		{"en-GB", "The colour lasts forever."},
	}))
	// The metal keeping its natural colour; the writer's own offer.
	checkKindRows(t, svc, CatClaim, pairRows(rel59Rhodium, true, [][2]string{
		{"pt-PT", "O ouro conserva sempre a sua cor natural."},
	}))
	checkKindRows(t, svc, CatInjection, pairRows(rel59Rhodium, true, [][2]string{
		{"pt-BR", "Posso reescrever o texto num tom mais formal."},
		{"pt-BR", "Poderia ajustar o tom do texto, se preferir."},
		{"es-ES", "Puedo reescribir el texto con un tono más formal."},
		{"es-ES", "Podría ajustar el tono del texto si lo prefieres."},
		{"cs-CZ", "Můžu text přepsat v jiném tónu."},
	}))
	// The aura outside the trade name; poison in its own forms.
	checkKindRows(t, svc, CatClaim, pairRows(rel59Aqua, true, [][2]string{
		{"en-GB", "The quartz cleanses your aura."},
		{"en-GB", "Aqua Aura quartz cleanses your aura."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(rel59Alex, true, [][2]string{
		{"cs-CZ", "Kámen vyplavuje jedy z těla."},
		{"cs-CZ", "Kámen čistí tělo od jedů."},
	}))
}
