package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the vermeil category rows: gold platings that are no
// vermeil (too thin over sterling silver, under 10 karat, over brass),
// a vermeil that meets 16 CFR 23.5, a 24 karat plating over sterling
// silver, solid 18k gold and plain sterling silver.
var (
	vermeilCatThin = core.Product{SKU: "VC1", Name: "Gota", Category: "necklace", Collection: "Moments",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 1.0}}, Colours: []string{"gold"}}
	vermeilCatLow = core.Product{SKU: "VC2", Name: "Gota", Category: "necklace", Collection: "Moments",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "9k gold", PlatingMicrons: 3}}, Colours: []string{"gold"}}
	vermeilCatBrass = core.Product{SKU: "VC3", Name: "Eslabones", Category: "bracelet", Collection: "Timeless",
		Metals: []core.Metal{{Base: "brass", Plating: "rose gold", PlatingMicrons: 0.5}}, Colours: []string{"rose gold"}}
	vermeilCatReal = core.Product{SKU: "VC4", Name: "Gota", Category: "necklace", Collection: "Moments",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "18k gold", PlatingMicrons: 3}}, Colours: []string{"gold"}}
	vermeilCat24k = core.Product{SKU: "VC5", Name: "福字吊坠", Category: "pendant", Collection: "Heritage",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "24k gold", PlatingMicrons: 1}}, Colours: []string{"gold"}}
	vermeilCatSolid = core.Product{SKU: "VC6", Name: "Gota", Category: "necklace", Collection: "Moments",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}
	vermeilCatSilver = core.Product{SKU: "VC7", Name: "Gota", Category: "necklace", Collection: "Moments",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
)

// vermeilCatMisnamed are vermeil said of a gold plating that is not vermeil
// (16 CFR 23.5: gold of at least 10 karat, at least 2.5 microns thick, over
// sterling silver), one a language, each with its product.
var vermeilCatMisnamed = []kindRow{
	{"en-GB", "The Gota necklace is made of gold vermeil over sterling silver.", vermeilCatThin, true},
	{"de-DE", "Die Kette Gota ist aus Vermeil gefertigt.", vermeilCatThin, true},
	{"fr-FR", "Le collier Gota est en vermeil.", vermeilCatLow, true},
	{"es-ES", "El collar Gota está hecho en vermeil, plata de ley cubierta con una capa de oro.", vermeilCatThin, true},
	{"es-MX", "La pulsera Eslabones es de vermeil de oro rosa.", vermeilCatBrass, true},
	{"it-IT", "La collana Gota è realizzata in vermeil.", vermeilCatLow, true},
	{"nl-NL", "De armband Eslabones is gemaakt van vermeil.", vermeilCatBrass, true},
	{"sv-SE", "Halsbandet Gota är tillverkat i guldvermeil.", vermeilCatThin, true},
	{"da-DK", "Halskæden Gota er lavet af vermeil.", vermeilCatLow, true},
	{"pt-BR", "A pulseira Eslabones é feita de vermeil.", vermeilCatBrass, true},
	{"ja-JP", "このネックレスはヴェルメイユ製です。", vermeilCatThin, true},
	{"ko-KR", "이 목걸이는 버메일로 만들었습니다.", vermeilCatThin, true},
	{"tr-TR", "Gota kolye vermeilden yapılmıştır.", vermeilCatThin, true},
	{"fi-FI", "Kaulakoru on 18 karaatin kultavermeiliä, ja sillä on lämmin kultainen hohde.", vermeilCatThin, true},
}

// Vermeil said of a gold plating that does not qualify as vermeil (a layer
// under 2.5 microns, under 10 karat, or over brass) is plated metal
// misdescribed, a market rule (16 CFR 23.5; DESIGN.md regulatory: "plated
// metal not disclosed as plated"), reported as regulatory beside the
// grounding finding (#13, vermeil66: probe 65C es-MX 65C02-2, 65D es-ES
// 65D02-2 wanted regulatory and got grounding alone).
func TestKindsVermeilCategory(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatRegulatory, append(vermeilCatMisnamed,
		kindRow{"ko-KR", "이 목걸이는 베르메이유로 만들었습니다.", vermeilCatThin, true}))
}

// TestKindsVermeilCategoryGrounding: the same rows still block as
// grounding (the older rows of plating58, mat53, goldfilled54, treat54
// and the gilt tests want it), and vermeil said of solid gold or of
// sterling silver with no gold names no plated metal: grounding alone.
func TestKindsVermeilCategoryGrounding(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, vermeilCatMisnamed)
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The Gota necklace is made of gold vermeil over sterling silver.", vermeilCatSolid, true},
		{"fr-FR", "Le collier Gota est en vermeil.", vermeilCatSilver, true},
	})
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"en-GB", "The Gota necklace is made of gold vermeil over sterling silver.", vermeilCatSolid, false},
		{"fr-FR", "Le collier Gota est en vermeil.", vermeilCatSilver, false},
	})
}

// A plated or vermeil piece called pure gold (足金 of fineness ≥ 990 and
// 千足金 ≥ 999 under GB 11887; 純金, 순금) is a plating called solid:
// regulatory (#13, vermeil66: probe 63D zh-CN 63D01-2).
func TestKindsVermeilCategoryPureGoldBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatRegulatory, []kindRow{
		{"zh-CN", "福字吊坠采用足金打造，金色温润。", vermeilCatThin, true},
		{"zh-CN", "千足金吊坠，送礼佳品。", vermeilCatReal, true},
		{"zh-CN", "这款吊坠为足金999材质。", vermeilCatThin, true},
		{"zh-CN", "24K足金吊坠，色泽醇厚。", vermeilCat24k, true},
		{"zh-CN", "吊坠以925银为底材，表面镀金。整件吊坠均为足金，色泽醇厚。", vermeilCat24k, true},
		{"zh-TW", "福字吊墜採用足金打造。吊墜以925銀為底材，表面鍍金。", vermeilCatThin, true},
		{"zh-TW", "千足金吊墜，送禮佳品。", vermeilCatReal, true},
		{"ja-JP", "このペンダントは純金製です。シルバー925にゴールドメッキを施しています。", vermeilCatReal, true},
		{"ja-JP", "純金のペンダントで、上品に輝きます。", vermeilCat24k, true},
		{"ko-KR", "이 펜던트는 순금으로 만들었습니다. 925 실버에 금도금을 했습니다.", vermeilCatReal, true},
	})
}

// TestKindsVermeilCategoryOk: true copy passes. The plating said to be of
// pure or 24 karat gold is the plating's gold, disclosed ("表面镀足金",
// "镀层为足金", 純金メッキ, 純金でコーティング, "순금 도금"), and a vermeil
// that meets 16 CFR 23.5 may be called vermeil.
func TestKindsVermeilCategoryOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", []kindRow{
		{"zh-CN", "吊坠以925银为底材，表面镀足金。", vermeilCat24k, false},
		{"zh-CN", "吊坠表面镀24K金，底材为925银。", vermeilCat24k, false},
		{"zh-CN", "吊坠以925银为底材，镀层为足金。", vermeilCat24k, false},
		{"zh-TW", "吊墜以925銀為底材，鍍層為足金。", vermeilCat24k, false},
		{"ja-JP", "シルバー925に純金メッキを施したペンダントです。", vermeilCat24k, false},
		{"ja-JP", "シルバー925の表面を純金でコーティングしています。", vermeilCat24k, false},
		{"ko-KR", "925 실버에 순금 도금을 입힌 펜던트입니다.", vermeilCat24k, false},
		{"en-GB", "The Gota necklace is made of gold vermeil over sterling silver.", vermeilCatReal, false},
		{"es-ES", "El collar Gota está hecho en vermeil, plata de ley cubierta con una capa de oro.", vermeilCatReal, false},
		{"ja-JP", "このネックレスはヴェルメイユ製です。", vermeilCatReal, false},
		{"ko-KR", "이 목걸이는 베르메이유로 만들었습니다.", vermeilCatReal, false},
	})
}
