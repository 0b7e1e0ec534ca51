package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	// read58Star is held-out 58A's star sapphire: one natural, unheated
	// crystal of corundum whose star is light on needles of rutile.
	read58Star = core.Product{SKU: "R58ST", Name: "Star Ring", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "platinum", Fineness: "999"}},
		Stones:  []core.Stone{{Type: "star sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"blue", "white"}, Features: []string{"unheated", "asterism", "cabochon"}}
	// read58StarKw names the stone by a keyword ("safira estrela"), masked
	// in the copy as the product's own words.
	read58StarKw = core.Product{SKU: "R58SK", Name: "Star Pendant", Category: "pendant necklace", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "platinum", Fineness: "999"}},
		Stones:  []core.Stone{{Type: "star sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"blue", "white"}, Features: []string{"unheated", "asterism", "cabochon"}, Keywords: []string{"pedra de setembro", "safira estrela"},
		Measurements: []core.Measurement{{Name: "chain length", Value: 42, Unit: "cm"}}}
	read58CZ = core.Product{SKU: "R58CZ", Name: "Solitaire Ring", Category: "ring", Collection: "Essence",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1, Origin: core.OriginSimulant}}, Colours: []string{"silver", "clear"}}
	// read58GF is held-out 58A's 14k white gold-filled pendant.
	read58GF = core.Product{SKU: "R58GF", Name: "Drop Pendant", Category: "pendant necklace", Collection: "Lumière",
		Metals: []core.Metal{{Base: "brass", Plating: "white gold-filled", Fineness: "1/20 14k"}},
		Stones: []core.Stone{{Type: "zultanite", Colour: "green", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"green", "pink"},
		Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}}}
	read58RoseGF = core.Product{SKU: "R58RG", Name: "Drop Pendant", Category: "pendant necklace", Collection: "Lumière",
		Metals: []core.Metal{{Base: "brass", Plating: "rose gold-filled", Fineness: "1/20 14k"}},
		Stones: []core.Stone{{Type: "zultanite", Colour: "green", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"green", "pink"}}
	read58WhiteGold = core.Product{SKU: "R58WG", Name: "Drop Pendant", Category: "pendant necklace", Collection: "Lumière",
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "zultanite", Colour: "green", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"green", "pink", "white"}}
	// read58Ear is held-out 58B's mandarin garnet earrings.
	read58Ear = core.Product{SKU: "R58EA", Name: "أقراط", Category: "earrings", Collection: "Lumière", Materials: []string{"585 yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "585"}}, Stones: []core.Stone{{Type: "mandarin garnet", Colour: "orange", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"orange", "gold"}, Features: []string{"hinged lever-back"}}
	// read58Chain is held-out 58A's 45 cm platinum chain.
	read58Chain = core.Product{SKU: "R58CH", Name: "細鍊", Category: "necklace", Collection: "Essence", Metals: []core.Metal{{Base: "platinum", Fineness: "999"}},
		Colours: []string{"white"}, Features: []string{"lobster clasp"}, Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}, {Name: "link width", Value: 1, Unit: "mm"}}}
	read58Three = core.Product{SKU: "R58TH", Name: "三石戒指", Category: "ring", Collection: "Essence", Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 3, Origin: core.OriginNatural}}, Colours: []string{"white"}}
)

// TestKindsRead58 (#13, read58: held-out 58's failures, read by kind).
// Each row blocked on main and passes now, or (the measurement rows)
// passed on main and blocks now.
//
// (a) "crystal" as the star sapphire's own crystal in the languages whose
// one word is also glass or rock crystal: needles of rutile inside the
// crystal, the sapphire named in an earlier sentence or by a keyword
// (grounding own_crystal.go inclusionsInside). (b) gold-filled written
// with its colour word and spaces (ko "14K 화이트 골드 필드", zh "白色包金").
// (c) Arabic "and" glued to a clasp listed with a part of the piece
// ("الإطار والمشبك"), and the Arabic part lists' clitic prefixes. (d) a
// length or count after the full-width comma of Chinese or Japanese, which
// NFKC folds to "," ("，50 cm 長度" on a 45 cm chain).
func TestKindsRead58(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	st, kw, gf, rg := read58Star, read58StarKw, read58GF, read58RoseGF
	checkKindRows(t, svc, "", []kindRow{
		// (a) the held-out sentences and their kind in other languages
		{"es-MX", "Luce un zafiro estrella azul natural, engastado en platino 999. La estrella nace de finísimas agujas de rutilo dentro del cristal, que reflejan la luz cuando la piedra se talla en cabujón.", st, false},
		{"es-ES", "El anillo lleva un zafiro estrella natural engastado en platino. La estrella nace de finas agujas de rutilo dentro del cristal, que reflejan la luz.", st, false},
		{"pt-PT", "Tem uma safira estrela azul natural, engastada em platina 999. A estrela chama-se asterismo: minúsculas agulhas de rutilo no interior do cristal refletem a luz quando a pedra é lapidada em cabochão.", kw, false},
		{"pt-BR", "O anel tem uma safira estrela natural cravejada em platina. A estrela nasce de finas agulhas de rutilo dentro do cristal, que refletem a luz.", st, false},
		{"fr-FR", "La bague porte un saphir étoilé naturel serti sur platine. L'étoile naît de fines aiguilles de rutile à l'intérieur du cristal, qui renvoient la lumière.", st, false},
		{"it-IT", "L'anello porta uno zaffiro stellato naturale incastonato nel platino. La stella nasce da sottili aghi di rutilo all'interno del cristallo, che riflettono la luce.", st, false},
		{"en-GB", "The ring holds a natural star sapphire set in platinum. The star comes from fine parallel needles inside the crystal, which reflect the light.", st, false},
		// (b) gold-filled split by spaces and its colour word
		{"ko-KR", "Lumière 컬렉션의 드롭 펜던트는 1.3캐럿 줄타나이트를 14K 화이트 골드 필드 소재에 세팅하고 45cm 체인에 달았습니다.", gf, false},
		{"ko-KR", "줄타나이트를 14K 화이트골드 필드에 세팅했습니다.", gf, false},
		{"ko-KR", "줄타나이트를 14K 화이트 골드필드 소재에 세팅했습니다.", gf, false},
		{"ko-KR", "줄타나이트를 화이트 골드 필드로 감쌌습니다.", gf, false},
		{"ko-KR", "줄타나이트를 14K 골드 필드 소재에 세팅했습니다.", gf, false},
		{"ko-KR", "줄타나이트를 14K 로즈 골드 필드 소재에 세팅했습니다.", rg, false},
		{"zh-CN", "祖坦石镶嵌于14K白色包金上。", gf, false},
		{"zh-TW", "祖坦石鑲嵌於14K白色包金上。", gf, false},
		// (c) Arabic: the frame and the clasp, "and" glued to the clasp
		{"ar-AE", "تتدلّى أقراط غارنيت الماندرين من مجموعة Lumière بخفة تحت شحمة الأذن. صُنع الإطار والمشبك من الذهب الأصفر عيار 14 (585)، ولا يتجاوز طول القرط 22 مم.", read58Ear, false},
		{"ar-AE", "صُنع الإطار والمشبك من الذهب الأصفر.", read58Ear, false},
		{"ar-AE", "صُنع الإطار و المشبك من الذهب الأصفر.", read58Ear, false},
		{"ar-AE", "صُنع المشبك والإطار من الذهب الأصفر.", read58Ear, false},
		{"ar-AE", "صُنع الخطاف والمشبك من الذهب الأصفر.", read58Ear, false},
		// (d) a length or count after a full-width comma
		{"zh-TW", "Essence 系列細鍊以 Pt999 鉑金打造，1 mm 細緻鍊節服貼頸間，50 cm 長度恰好落在鎖骨下方。", read58Chain, true},
		{"zh-CN", "这条细链由 Pt999 铂金打造，50 cm 长度恰好落在锁骨下方。", read58Chain, true},
		{"zh-CN", "这条细链由 Pt999 铂金打造，50厘米的长度恰好落在锁骨下方。", read58Chain, true},
		{"ja-JP", "Pt999のプラチナのチェーンは，50cmの長さで鎖骨の下に収まります。", read58Chain, true},
	})
}

// TestKindsRead58Bad: the kinds' kept passes in the other locales, and
// the twins that must keep blocking: glass or rock crystal claimed for the
// piece or set around the stone, a crystal with no inclusions inside it,
// gold-filled words on a solid gold piece and bare gold on a gold-filled
// one, a clip the piece is called, and lengths that are the product's.
func TestKindsRead58Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	st, gf := read58Star, read58GF
	checkKindRows(t, svc, "", []kindRow{
		// kept passes
		{"es-MX", "Dentro de la piedra, finas agujas de rutilo se alinean en tres direcciones.", st, false},
		{"en-GB", "A star sapphire owes its six-rayed star to fine needles of rutile inside the crystal.", st, false},
		{"de-DE", "Der Ring trägt einen natürlichen Sternsaphir, gefasst in Platin. Der Stern entsteht durch feine Nadeln aus Rutil im Inneren des Kristalls, die das Licht zurückwerfen.", st, false},
		{"nl-NL", "De ring draagt een natuurlijke stersaffier, gezet in platina. De ster ontstaat door fijne naaldjes rutiel binnenin het kristal, die het licht weerkaatsen.", st, false},
		{"ja-JP", "ズルタナイトを14K ホワイトゴールド フィルドに留めました。", gf, false},
		{"ja-JP", "14K ホワイト ゴールド フィルドのチェーンです。", gf, false},
		{"en-US", "The zultanite is set in 14K white gold filled over brass.", gf, false},
		{"fr-FR", "La zultanite est sertie sur or blanc 14K gold filled.", gf, false},
		{"es-ES", "La zultanita va engastada en oro blanco 14K gold filled.", gf, false},
		{"de-DE", "Der Zultanit sitzt in 14K Weißgold filled.", gf, false},
		{"pt-BR", "A zultanita está cravada em ouro branco 14K gold filled.", gf, false},
		{"ar-AE", "يُغلق المشبك المفصلي بإحكام.", read58Ear, false},
		{"zh-TW", "Essence 系列細鍊以 Pt999 鉑金打造，45 cm 長度恰好落在鎖骨下方。", read58Chain, false},
		{"zh-CN", "这条细链由 Pt999 铂金打造，45厘米的长度恰好落在锁骨下方。", read58Chain, false},
		{"en-GB", "The platinum chain is 45 cm long with 1 mm links.", read58Chain, false},
		// (a) crystal that is not the stone's own still blocks
		{"es-MX", "El anillo luce un zafiro estrella azul. Lleva cristales brillantes alrededor de la piedra.", st, true},
		{"es-MX", "El anillo luce un zafiro estrella azul. El aro es de cristal.", st, true},
		{"es-MX", "El anillo luce un zafiro estrella azul. Dentro de un cristal tallado brillan agujas de rutilo.", st, true},
		{"pt-BR", "O anel tem uma safira estrela. Cristais brilhantes cercam a pedra.", st, true},
		{"en-GB", "The ring holds a star sapphire. Fine needles of rutile lie inside the crystal band of the ring.", st, true},
		{"fr-FR", "La bague porte un saphir étoilé. Des cristaux scintillants entourent la pierre.", st, true},
		{"es-MX", "Finas agujas de rutilo brillan dentro del cristal.", read58CZ, true},
		// (b) gold-filled words on solid gold, bare gold on gold-filled
		{"ko-KR", "줄타나이트를 14K 화이트 골드 필드 소재에 세팅했습니다.", read58WhiteGold, true},
		{"ko-KR", "줄타나이트를 14K 화이트 골드 소재에 세팅했습니다.", gf, true},
		{"ko-KR", "줄타나이트를 14K 로즈 골드 필드 소재에 세팅했습니다.", gf, true},
		{"zh-CN", "祖坦石镶嵌于14K白色包金上。", read58WhiteGold, true},
		{"ja-JP", "ズルタナイトを14K ホワイトゴールド フィルドに留めました。", read58WhiteGold, true},
		{"en-US", "The zultanite is set in 14K white gold filled.", read58WhiteGold, true},
		// (c) a clip the piece is called, or a piece listed with no part
		{"ar-AE", "هذا المشبك من الذهب الأصفر.", read58Ear, true},
		{"ar-AE", "مشبك من الذهب الأصفر بحجر غارنيت.", read58Ear, true},
		{"ar-AE", "صُنع الإطار والخاتم من الذهب الأصفر.", read58Ear, true},
		// (d) decimals stay decimals
		{"zh-TW", "細鍊以鉑金打造，長度 50 cm，恰好落在鎖骨下方。", read58Chain, true},
		{"zh-CN", "这枚戒指镶嵌，5颗钻石闪耀。", read58Three, true},
		{"zh-CN", "这枚戒指镶嵌，3颗钻石闪耀。", read58Three, false},
	})
}
