package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The fifty-second session's gf58 kind (issue #13, released 58A nl-NL and
// probe 58D el/es/fr/pl/pt-BR): gold-filled metal, a layer of karat gold
// mechanically bonded to a base metal, at least 1/20 of the metal's weight
// (FTC Jewelry Guides 16 CFR 23.5: "14K gold-filled", "1/20 14K", "12/20").
// Copy that names the piece gold-filled in its language's words ("doublé
// or", "oro relleno", "ouro ... gold filled", "ντουμπλέ", "dublé",
// "goldgefüllt", "goud-gevuld", "kultatäyte", "altın dolgu") and then
// speaks of "the gold" or "the 14k gold layer" was blocked as gold without
// "plated", and "gold-filled" on a white gold-filled piece was a foreign
// material (the product was read as solid white gold). Both now pass; gold
// named with no qualifier, solid gold, and gold-filled said of a plated or
// solid gold piece still block.

// gf58Rose is 14k rose gold-filled brass, recorded as the PIM does: the
// layer as the plating, the quality mark as the fineness.
var gf58Rose = core.Product{SKU: "GF58-1", Name: "Claridad", Category: "ring", Collection: "Reflexions",
	Metals:  []core.Metal{{Base: "brass", Plating: "rose gold-filled", Fineness: "1/20 14k"}},
	Colours: []string{"rose gold"}}

// gf58White is 14k white gold-filled brass (released 58A nl-NL 58A04).
var gf58White = core.Product{SKU: "GF58-2", Name: "Kameleon", Category: "earrings", Collection: "Lumière",
	Metals:  []core.Metal{{Base: "brass", Plating: "white gold-filled", Fineness: "1/20 14k"}},
	Colours: []string{"silver"}}

// gf58Marked is a gold layer recorded as a gold plating with the
// gold-filled mark "14/20" (core.Metal.Bonded).
var gf58Marked = core.Product{SKU: "GF58-3", Name: "Luz", Category: "necklace", Collection: "Essence",
	Metals:  []core.Metal{{Base: "brass", Plating: "gold", Fineness: "14/20"}},
	Colours: []string{"gold"}}

// gf58Listed is gold-filled by its materials list alone.
var gf58Listed = core.Product{SKU: "GF58-4", Name: "Aura", Category: "bracelet", Collection: "Essence",
	Materials: []string{"14k gold-filled"}, Colours: []string{"gold"}}

// gf58Plated and gf58Solid are the controls: 14k gold plating over brass,
// and solid 14k gold.
var (
	gf58Plated = core.Product{SKU: "GF58-5", Name: "Luz", Category: "necklace", Collection: "Essence",
		Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "14k"}}, Colours: []string{"gold"}}
	gf58Solid = core.Product{SKU: "GF58-6", Name: "Luz", Category: "necklace", Collection: "Essence",
		Metals: []core.Metal{{Base: "14k gold"}}, Colours: []string{"gold"}}
)

// gf58Pass rows failed on main (blocked).
var gf58Pass = []kindRow{
	{"nl-NL", "Oorhangers van 14 karaat witgoud gold-filled. Gold-filled is geen dun laagje: een laag 14 karaat witgoud is op messing gewalst.", gf58White, false},
	{"en-US", "The Kameleon earrings are gold-filled: a layer of 14k white gold bonded to brass.", gf58White, false},
	{"el-GR", "Το δαχτυλίδι Claridad είναι από ροζ χρυσό ντουμπλέ 14 καρατίων (1/20). Στο ντουμπλέ, ένα παχύ φύλλο χρυσού 14 καρατίων ενώνεται με ορείχαλκο.", gf58Rose, false},
	{"es-ES", "El anillo Claridad es de oro rosa relleno de 14 quilates (1/20). El oro supone una vigésima parte del peso del metal.", gf58Rose, false},
	{"es-MX", "El anillo Claridad es de oro laminado rosa de 14 quilates (1/20). El oro supone una vigésima parte del peso del metal.", gf58Rose, false},
	{"fr-FR", "La bague Claridad est en doublé or rose 14 carats (1/20). Dans le doublé or, l'or représente un vingtième du poids du métal.", gf58Rose, false},
	{"pl-PL", "Pierścionek Claridad osadzono w 14-karatowym różowym złocie dublé (1/20). Złoto stanowi jedną dwudziestą masy metalu.", gf58Rose, false},
	{"pt-BR", "O anel Claridad é de ouro rosé 14k gold filled (1/20). O ouro corresponde a um vigésimo do peso do metal.", gf58Rose, false},
	{"pt-PT", "O anel Claridad é em ouro rosa laminado de 14 quilates (1/20). O ouro corresponde a um vigésimo do peso do metal.", gf58Rose, false},
	{"it-IT", "L'anello Claridad è in oro rosa 14 carati gold filled. L'oro è legato a un'anima di ottone.", gf58Rose, false},
	{"de-DE", "Der Ring Claridad ist aus 14 Karat Roségold-Doublé (1/20). Das Gold macht ein Zwanzigstel des Metallgewichts aus.", gf58Rose, false},
	{"de-DE", "Der Ring Claridad ist goldgefüllt mit 14 Karat Roségold.", gf58Rose, false},
	{"nl-NL", "De ring Claridad is goud-gevuld: 14 karaat roségoud op messing. Het goud is een twintigste van het gewicht.", gf58Rose, false},
	{"fi-FI", "Claridad-sormus on 14 karaatin ruusukultatäytettä (1/20). Kulta on kahdeskymmenesosa metallin painosta.", gf58Rose, false},
	{"tr-TR", "Claridad yüzük 14 ayar pembe altın dolgudur (1/20). Altın, metal ağırlığının yirmide birini oluşturur.", gf58Rose, false},
	{"es-ES", "El collar Luz es de oro relleno de 14 quilates.", gf58Marked, false},
}

// gf58Kept rows passed on main and still pass.
var gf58Kept = []kindRow{
	{"en-US", "The Claridad ring is 14k rose gold-filled (1/20 14k) over brass. The 14k gold layer makes up a twentieth of the metal's weight.", gf58Rose, false},
	{"en-US", "The Luz necklace is 14/20 gold filled. The 14k gold layer is bonded to a brass core.", gf58Marked, false},
	{"en-GB", "The Aura bracelet is 14k gold-filled. The gold layer is a twentieth of its weight.", gf58Listed, false},
	{"fr-CA", "La bague Claridad est en or rose laminé 14 carats (1/20). L'or représente un vingtième du poids du métal.", gf58Rose, false},
	{"sv-SE", "Ringen Claridad är guldfylld med 14 karat roséguld. Guldet utgör en tjugondel av vikten.", gf58Rose, false},
	{"da-DK", "Ringen Claridad er guldfyldt med 14 karat rosaguld (1/20). Guldet udgør en tyvendedel af metallets vægt.", gf58Rose, false},
	{"nb-NO", "Ringen Claridad er gullfylt med 14 karat rosegull (1/20). Gullet utgjør en tjuendedel av metallets vekt.", gf58Rose, false},
	{"cs-CZ", "Prsten Claridad je ze 14karátového růžového zlatého dublé (1/20). Zlato tvoří dvacetinu hmotnosti kovu.", gf58Rose, false},
	{"ar-AE", "خاتم Claridad مملوء بالذهب الوردي عيار 14 (1/20). يشكّل الذهب جزءًا من عشرين من وزن المعدن.", gf58Rose, false},
	{"ja-JP", "Claridadリングは14Kローズゴールドフィルド(1/20)です。金は金属の重さの20分の1を占めます。", gf58Rose, false},
	{"zh-CN", "Claridad戒指采用14K玫瑰包金(1/20)。金层占金属重量的二十分之一。", gf58Rose, false},
	{"zh-TW", "Claridad戒指採用14K玫瑰注金(1/20)。金層佔金屬重量的二十分之一。", gf58Rose, false},
	{"ko-KR", "Claridad 반지는 14K 로즈 골드필드(1/20)입니다. 금은 금속 무게의 20분의 1을 차지합니다.", gf58Rose, false},
}

// gf58Bad rows must block in their category: gold or karat gold named
// with no qualifier, solid gold, and gold-filled said of a piece that is
// not (FTC 16 CFR 23.4, 23.5).
var gf58Bad = []struct {
	kindRow
	cat string
}{
	{kindRow{"en-US", "The Kameleon earrings are solid 14k white gold.", gf58White, true}, CatClaim},
	{kindRow{"nl-NL", "De oorhangers Kameleon zijn van massief 14 karaat witgoud.", gf58White, true}, CatClaim},
	{kindRow{"en-US", "The Kameleon earrings are 14k white gold.", gf58White, true}, CatRegulatory},
	{kindRow{"en-US", "The Claridad ring is 14k rose gold.", gf58Rose, true}, CatRegulatory},
	{kindRow{"en-US", "The Claridad ring is 14k rose gold. Gold-filled jewellery is popular.", gf58Rose, true}, CatRegulatory},
	{kindRow{"en-US", "The Claridad ring is 14k rose gold, not gold-filled.", gf58Rose, true}, CatRegulatory},
	{kindRow{"es-ES", "El anillo Claridad es de oro rosa de 14 quilates, no es oro relleno.", gf58Rose, true}, CatRegulatory},
	{kindRow{"es-ES", "El anillo Claridad es de oro rosa macizo de 14 quilates.", gf58Rose, true}, CatClaim},
	{kindRow{"fr-FR", "La bague Claridad est en or rose massif 14 carats.", gf58Rose, true}, CatClaim},
	{kindRow{"de-DE", "Der Ring Claridad ist aus massivem 14 Karat Roségold.", gf58Rose, true}, CatClaim},
	{kindRow{"pt-BR", "O anel Claridad é de ouro rosé 14k.", gf58Rose, true}, CatRegulatory},
	{kindRow{"el-GR", "Το δαχτυλίδι Claridad είναι από ροζ χρυσό 14 καρατίων.", gf58Rose, true}, CatRegulatory},
	{kindRow{"pl-PL", "Pierścionek Claridad jest z 14-karatowego różowego złota.", gf58Rose, true}, CatRegulatory},
	{kindRow{"tr-TR", "Claridad yüzük 14 ayar pembe altındır.", gf58Rose, true}, CatRegulatory},
	{kindRow{"it-IT", "L'anello Claridad è in oro rosa 14 carati.", gf58Rose, true}, CatRegulatory},
	{kindRow{"sv-SE", "Ringen Claridad är i 14 karat roséguld.", gf58Rose, true}, CatRegulatory},
	{kindRow{"ja-JP", "Claridadリングは14Kローズゴールドです。", gf58Rose, true}, CatRegulatory},
	{kindRow{"zh-CN", "Claridad戒指采用14K玫瑰金。", gf58Rose, true}, CatRegulatory},
	{kindRow{"ar-AE", "خاتم Claridad من الذهب الوردي عيار 14.", gf58Rose, true}, CatRegulatory},
	// Gold-filled on a gold-plated or a solid gold piece: metal_wrong.
	{kindRow{"en-US", "The Luz necklace is 14k gold-filled.", gf58Plated, true}, CatGrounding},
	{kindRow{"en-US", "The Luz necklace is 14k gold-filled.", gf58Solid, true}, CatGrounding},
	{kindRow{"es-ES", "El collar Luz es de oro relleno de 14 quilates.", gf58Plated, true}, CatGrounding},
	{kindRow{"fr-FR", "Le collier Luz est en doublé or 14 carats.", gf58Solid, true}, CatGrounding},
	{kindRow{"el-GR", "Το κολιέ Luz είναι από χρυσό ντουμπλέ 14 καρατίων.", gf58Plated, true}, CatGrounding},
	{kindRow{"pl-PL", "Naszyjnik Luz jest ze złota dublé 14 karatów.", gf58Solid, true}, CatGrounding},
	{kindRow{"de-DE", "Die Kette Luz ist goldgefüllt mit 14 Karat Gold.", gf58Plated, true}, CatGrounding},
	{kindRow{"nl-NL", "De ketting Luz is goud-gevuld met 14 karaat goud.", gf58Solid, true}, CatGrounding},
	{kindRow{"tr-TR", "Luz kolye altın dolgudur.", gf58Plated, true}, CatGrounding},
	{kindRow{"fi-FI", "Luz-kaulakoru on 14 karaatin kultatäytettä.", gf58Solid, true}, CatGrounding},
}

// TestKindsGoldFilled58 (issue #13, gf58): copy that names a gold-filled
// piece gold-filled in its locale's words, then speaks of its gold,
// passes.
func TestKindsGoldFilled58(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", gf58Pass)
}

// TestKindsGoldFilled58Bad (issue #13, gf58): the rows near the kind that
// must stay as they are: gold-filled copy that passed still passes, and
// unqualified or solid gold on a gold-filled piece, or gold-filled on a
// plated or solid gold piece, still blocks.
func TestKindsGoldFilled58Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", gf58Kept)
	for _, r := range gf58Bad {
		checkKindRows(t, svc, r.cat, []kindRow{r.kindRow})
	}
}
