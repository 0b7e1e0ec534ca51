package checks

import "testing"

// Kinds of the released half of blind set 60 and of probe 60's misses
// (#13, rel60), each in the languages where it can occur:
//
//  1. The finest gem material in general said to come from a place, an
//     adverb between the auxiliary and its participle ("has since come"):
//     provenance, no grade of the piece (superlatives.go, data/*/superlatives.yaml).
//  2. A piece of the product's category as the object of a verb of
//     wearing with ("nosí s tenkou obroučkou ze žlutého zlata"): another
//     piece's metal (grounding goes_with.go, vocab goes_with).
//  3. Porcelain likened or naming a surface: the porcelaneous look of
//     non-nacreous pearls (vocab ignore forms).
//  4. A Turkish ablative comparison with a measure of the difference
//     between ("çelikten yaklaşık yüzde 40 daha hafiftir").
//  5. Serendibite, 蓝硅硼钙石, no datolite (vocab in every language).
//  6. "750er Gelbgold", ".999" fineness (de karat forms, grounding scan.go).
//  7. A pearl kind before a colour noun and its shade, where adjectives
//     follow ("perle de culture Akoya couleur pêche"; grounding scope.go).
//  8. A colour kept "however many years", "unchanged from the day you
//     bought it": a forever phrase no surface's weak evidence licenses.
//  9. Brilliants as a noun are diamonds, counted (da, nb, sv).
//  10. Eyesight helped, tired eyes rested: a health claim (concepts-eyes60.yaml).
//  11. A treatment denied after a clause turning from the species (and
//     its host rock) to "this stone" (grounding treatment_denied.go).

var (
	rel60Jerem       = misses49Product(`{"sku": "B60A-enGB-04", "name": "Jeremejevite Pendant", "category": "necklace", "collection": "Heritage", "metals": [{"base": "red gold", "fineness": "18k"}], "stones": [{"type": "jeremejevite", "colour": "pale blue", "count": 1, "origin": "natural"}], "colours": ["red", "blue"]}`)
	rel60Phenakite   = misses49Product(`{"sku": "B60A-csCZ-04", "name": "Prsten s fenakitem", "category": "ring", "collection": "Lumière", "metals": [{"base": "white gold", "fineness": "14k"}], "stones": [{"type": "phenakite", "colour": "colourless", "count": 1, "origin": "natural"}], "colours": ["silver"]}`)
	rel60Quahog      = misses49Product(`{"sku": "B60B-ptBR-02", "name": "Maré", "category": "bracelet", "collection": "Moments", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "quahog pearl", "colour": "purple", "count": 3, "origin": "natural"}], "colours": ["silver", "purple"], "features": ["non-nacreous pearls"]}`)
	rel60Titanium    = misses49Product(`{"sku": "B60B-trTR-04", "name": "Ege", "category": "ring", "collection": "Reflexions", "metals": [{"base": "titanium"}], "colours": ["blue"], "features": ["grade 5 titanium", "anodised blue finish", "lightweight"]}`)
	rel60Serendibite = misses49Product(`{"sku": "B60B-zhCN-04", "name": "锡兰之夜", "category": "ring", "collection": "Signature", "metals": [{"base": "yellow gold", "fineness": "18k"}], "stones": [{"type": "serendibite", "colour": "blue-black", "count": 1, "origin": "natural"}, {"type": "diamond", "colour": "white", "count": 8, "origin": "natural"}], "colours": ["gold", "blue-black"]}`)
	rel60Gold14      = misses49Product(`{"sku": "B60A-deDE-02", "name": "Ring mit Kasumigaura-Perle", "category": "ring", "collection": "Moments", "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "cultured freshwater pearl", "colour": "white", "count": 1, "origin": "natural"}], "colours": ["gold", "white"]}`)
	rel60Gold18      = misses49Product(`{"sku": "R60-18", "name": "Ring mit Perle", "category": "ring", "collection": "Moments", "metals": [{"base": "yellow gold", "fineness": "18k"}], "stones": [{"type": "cultured freshwater pearl", "colour": "white", "count": 1, "origin": "natural"}], "colours": ["gold", "white"]}`)
	rel60Sterling    = misses49Product(`{"sku": "B60C-esMX-04", "name": "Arracadas Carbón", "category": "earrings", "collection": "Essence", "metals": [{"base": "sterling silver", "fineness": "925"}], "colours": ["black", "silver"], "features": ["oxidised finish"]}`)
	rel60Freshwater  = misses49Product(`{"sku": "B60A-frCA-02", "name": "Collier Perle Kasumigaura", "category": "necklace", "collection": "Essence", "metals": [{"base": "Argentium silver", "fineness": "935"}], "stones": [{"type": "cultured freshwater pearl", "colour": "peach", "count": 1, "origin": "natural"}], "colours": ["silver", "peach"]}`)
	rel60Anodised    = misses49Product(`{"sku": "B60B-jaJP-04", "name": "アズール", "category": "bangle", "collection": "Reflexions", "metals": [{"base": "titanium"}], "colours": ["blue"], "features": ["grade 5 titanium", "anodised blue finish", "lightweight"]}`)
	rel60Aurora      = misses49Product(`{"sku": "B60D-daDK-03", "name": "Aurora ring", "category": "ring", "collection": "Signature", "metals": [{"base": "rose gold", "fineness": "14k"}], "stones": [{"type": "poudretteite", "colour": "pink", "count": 1, "origin": "natural"}, {"type": "diamond", "colour": "white", "count": 12, "origin": "natural"}, {"type": "diamond", "colour": "white", "count": 6, "origin": "natural"}], "colours": ["pink", "rose gold"]}`)
	rel60Emerald     = misses49Product(`{"sku": "B60D-elGR-01", "name": "Μενταγιόν Κήπος", "category": "pendant", "collection": "Timeless", "metals": [{"base": "yellow gold", "fineness": "18k"}], "stones": [{"type": "emerald", "colour": "green", "count": 1, "origin": "natural", "treatment": "fracture-filled"}], "colours": ["green", "gold"]}`)
	rel60Topaz       = misses49Product(`{"sku": "B60D-arAE-02", "name": "قلادة ندى", "category": "pendant", "collection": "Lumière", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "London blue topaz", "colour": "blue", "count": 1, "origin": "natural", "treatment": "irradiated"}], "colours": ["blue", "silver"]}`)
)

// TestKindsRel60: rows that failed on main (publishable copy blocked,
// untrue copy passed).
func TestKindsRel60(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(rel60Jerem, false, [][2]string{
		{"en-GB", "It was first described in 1883 in Siberia, and the finest gem material has since come from the Erongo region of Namibia."},
		{"en-GB", "The finest gem material comes from Namibia."},
		{"de-DE", "Das feinste Material stammt aus Namibia."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60Phenakite, false, [][2]string{
		{"cs-CZ", "Dobře se nosí s tenkou obroučkou ze žlutého zlata, pokud máte rádi kombinaci dvou odstínů."},
		{"pl-PL", "Można go nosić z cienką obrączką z żółtego złota."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60Quahog, false, [][2]string{
		{"pt-BR", "Sem nácar, essas pérolas naturais têm um brilho suave, quase de porcelana."},
		{"es-ES", "Estas perlas tienen un brillo suave, casi de porcelana."},
		{"es-MX", "No tienen nácar, sino una superficie de porcelana con un patrón de flama."},
		{"fr-FR", "Cette perle sans nacre offre une surface d'aspect porcelaine aux reflets en flammes."},
		{"it-IT", "Queste perle hanno una lucentezza morbida, quasi di porcellana."},
		{"el-GR", "Δεν έχουν σεντέφι, αλλά μια πορσελάνινη επιφάνεια με κυματιστά σχέδια."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60Titanium, false, [][2]string{
		{"tr-TR", "Titanyum çelikten yaklaşık yüzde 40 daha hafiftir, bu yüzden yüzüğü taktığınızı kısa sürede unutursunuz."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60Serendibite, false, [][2]string{
		{"zh-CN", "以18K黄金镶嵌一颗蓝硅硼钙石，周围环绕八颗钻石。"},
		{"zh-TW", "藍硅硼鈣石於1902年在斯里蘭卡被發現。"},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Jerem, true, [][2]string{
		{"en-GB", "The pendant holds a serendibite."},
		{"de-DE", "Der Anhänger trägt einen Serendibit."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Gold14, true, [][2]string{
		{"de-DE", "Die Perle sitzt auf einer Ringschiene aus 750er Gelbgold."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Sterling, true, [][2]string{
		{"es-MX", "Son aros de 30 mm en plata fina .999 con acabado oxidado."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Freshwater, true, [][2]string{
		{"fr-CA", "Le collier suspend une perle de culture Akoya couleur pêche, de 12 mm."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(rel60Anodised, true, [][2]string{
		{"ja-JP", "色あせることはなく、何年たっても買ったときと変わらない輝きが続きます。"},
		{"en-GB", "It does not fade, and year after year it shines just as it did on the day you bought it."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Aurora, true, [][2]string{
		{"da-DK", "Rundt om den sidder en krans af fjorten brillanter."},
		{"nb-NO", "Rundt den sitter en krans av fjorten briljanter."},
		{"sv-SE", "Runt den sitter en krans av fjorton briljanter."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(rel60Emerald, true, [][2]string{
		{"el-GR", "Φορεμένο κοντά στην καρδιά, το σμαράγδι ξεκουράζει τα κουρασμένα μάτια και βοηθά την όραση."},
		{"en-GB", "The emerald helps your eyesight."},
		{"de-DE", "Der Smaragd stärkt die Sehkraft."},
		{"fr-FR", "L'émeraude améliore la vue."},
		{"it-IT", "Lo smeraldo aiuta la vista."},
		{"pt-BR", "A esmeralda melhora a visão."},
		{"nl-NL", "De smaragd verbetert het gezichtsvermogen."},
		{"sv-SE", "Smaragden stärker synen."},
		{"pl-PL", "Szmaragd poprawia wzrok."},
		{"tr-TR", "Zümrüt yorgun gözleri dinlendirir."},
		{"ar-AE", "الزمرد يريح العيون المتعبة ويقوي البصر."},
		{"ja-JP", "エメラルドは目の疲れを和らげるといわれます。"},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Topaz, true, [][2]string{
		{"ar-AE", "التوباز معدن يتبلور في صخور الغرانيت، وقد احتفظ هذا الحجر بلونه كما خرج من المنجم، فهو لون طبيعي تمامًا لم يخضع لأي معالجة."},
		{"en-GB", "Topaz is a silicate that crystallises in granite, and this stone has kept the colour it had in the mine, a wholly natural colour that has had no treatment."},
	}))
}

// TestKindsRel60Bad: the real kinds beside them keep blocking, and the
// plain true forms keep passing.
func TestKindsRel60Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatClaim, pairRows(rel60Jerem, true, [][2]string{
		{"en-GB", "This is the finest pendant you will ever own."},
		{"en-GB", "The finest gem material comes from our workshop."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Phenakite, true, [][2]string{
		{"en-GB", "The ring is set in yellow gold."},
		{"cs-CZ", "Prsten je ze žlutého zlata."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Quahog, true, [][2]string{
		{"en-GB", "The bracelet is made of porcelain."},
		{"pt-BR", "A pulseira é feita de porcelana."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Titanium, true, [][2]string{
		{"tr-TR", "Yüzük çelikten yapılmıştır."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Gold18, false, [][2]string{
		{"de-DE", "Die Perle sitzt auf einer Ringschiene aus 750er Gelbgold."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Sterling, false, [][2]string{
		{"en-US", "The hoops are .925 sterling silver."},
		{"es-MX", "Son aros de plata .925."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel60Freshwater, true, [][2]string{
		{"fr-CA", "Le collier suspend une perle Akoya."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60Anodised, false, [][2]string{
		{"ja-JP", "色あせません。"},
		{"en-GB", "The colour does not fade."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(rel60Emerald, true, [][2]string{
		{"zh-CN", "祖母绿可以缓解眼睛疲劳。"},
	}))
	checkKindRows(t, svc, "", pairRows(rel60Emerald, false, [][2]string{
		{"en-GB", "Its green soothes the eye."},
		{"fr-FR", "Une couleur qui illumine la vue d'ensemble."},
	}))
	checkKindRows(t, svc, "", pairRows(rel60Aurora, false, [][2]string{
		{"da-DK", "En brillant idé til en gave."},
	}))
}
