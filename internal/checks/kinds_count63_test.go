package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of count63's rows: a necklace of 68 cultured freshwater
// pearls, a pair of earrings with one pearl on each (2 in all), and a
// natural, coated mystic topaz ring; a lab-grown sapphire ring for the
// lab-grown stone's own qualifier.
var (
	c63Necklace = core.Product{SKU: "C63N", Name: "Biwa", Category: "necklace", Collection: "Moments",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "750"}},
		Stones:  []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: 68}},
		Colours: []string{"white"}}
	c63Earrings = core.Product{SKU: "C63E", Name: "Cloud", Category: "earrings", Collection: "Moments",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cultured freshwater soufflé pearl", Colour: "bronze", Count: 2}},
		Colours: []string{"bronze", "silver"}}
	c63Topaz = core.Product{SKU: "C63T", Name: "Aurora", Category: "ring", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}},
		Stones:  []core.Stone{{Type: "mystic topaz", Origin: "natural", Treatment: "coated", Colour: "multicolour", Count: 1}},
		Colours: []string{"multicolour", "silver"}}
	c63Lab = core.Product{SKU: "C63L", Name: "Nova", Category: "ring", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "lab-grown sapphire", Origin: core.OriginLabGrown, Colour: "blue", Count: 1}},
		Colours: []string{"blue", "silver"}}
)

// A wrong count or origin of the piece's own stones said in a shape the
// checker did not read (#13, count63; released 63A de-DE 63A04-2, probe
// 63D en-AU 63D04-2, zh-CN 63D04-3).
func TestKindsCount63(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, count63Rows())
}

// TestKindsCount63Bad: wrong counts before a compound whose head is the
// stone, hyphenated or not, already blocked and still block.
func TestKindsCount63Bad(t *testing.T) {
	t.Parallel()
	rows := pairRows(c63Necklace, true, [][2]string{
		{"de-DE", "Die Kette reiht 72 Süßwasser-Zuchtperlen aneinander."},
		{"de-DE", "Die Kette reiht 72 Süßwasserzuchtperlen aneinander."},
		{"de-DE", "Die Kette reiht 72 Zuchtperlen aneinander."},
		{"nl-NL", "De ketting rijgt 72 zoetwaterparels aaneen."},
		{"nl-NL", "De ketting rijgt 72 zoetwater-parels aaneen."},
		{"sv-SE", "Halsbandet har 72 sötvattenspärlor."},
		{"sv-SE", "Halsbandet har 72 sötvattens-odlade pärlor."},
		{"da-DK", "Halskæden har 72 ferskvandsperler."},
		{"da-DK", "Halskæden har 72 ferskvands-perler."},
		{"nb-NO", "Kjedet har 72 ferskvannsperler."},
		{"nb-NO", "Kjedet har 72 ferskvanns-perler."},
		{"fi-FI", "Kaulakorussa on 72 makeanvedenhelmeä."},
		{"fi-FI", "Kaulakorussa on 72 makeanveden-helmeä."},
		{"en-GB", "The necklace strings 72 freshwater pearls."},
	})
	rows = append(rows, pairRows(c63Earrings, true, [][2]string{
		{"en-AU", "Two pearls sit on each earring."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}

// count63Rows are TestKindsCount63's rows, all blocking.
func count63Rows() []kindRow {
	rows := pairRows(c63Earrings, true, [][2]string{
		{"en-AU", "Two pearls hang on each hook."},
		{"en-AU", "The earrings hold two pearls on each sterling silver hook."},
		{"en-AU", "The earrings hold two soufflé pearls on each hook."},
		{"de-DE", "Zwei Perlen hängen an jedem Haken."},
	})
	rows = append(rows, pairRows(c63Topaz, true, [][2]string{
		{"zh-CN", "戒指以四爪镶嵌一颗实验室培育的神秘托帕石。"},
		{"zh-CN", "戒指镶嵌一颗合成神秘托帕石。"},
		{"en-US", "The ring is set with a lab-grown mystic topaz."},
		{"en-US", "The ring is set with a synthetic mystic topaz."},
		{"de-DE", "Der Ring trägt einen im Labor gezüchteten Mystic Topas."},
		{"ja-JP", "リングにはラボグロウンのミスティックトパーズをセットしました。"},
		{"ja-JP", "リングには合成ミスティックトパーズをセットしました。"},
		{"ko-KR", "반지에는 랩그로운 미스틱 토파즈를 세팅했습니다."},
		{"ko-KR", "반지에는 합성 미스틱 토파즈를 세팅했습니다."},
		{"nl-NL", "De ring is gezet met een in het lab gekweekte mystic topaas."},
		{"sv-SE", "Ringen har en labbodlad mystic topas."},
		{"da-DK", "Ringen har en laboratoriedyrket mystic topas."},
		{"nb-NO", "Ringen har en laboratoriedyrket mystic topas."},
		{"pl-PL", "Pierścionek zdobi wyhodowany w laboratorium topaz mistyczny."},
		{"tr-TR", "Yüzükte laboratuvarda üretilmiş mistik topaz var."},
		{"cs-CZ", "Prsten zdobí laboratorně vypěstovaný mystický topaz."},
		{"el-GR", "Το δαχτυλίδι έχει ένα συνθετικό μυστικό τοπάζι."},
		{"fi-FI", "Sormuksessa on laboratoriossa kasvatettu mystic-topaasi."},
	})...)
	return rows
}

// TestKindsCount63Ok: true counts in those shapes, one pearl on each
// earring of a pair of 2, and a lab-grown stone's own qualifier pass.
func TestKindsCount63Ok(t *testing.T) {
	t.Parallel()
	rows := pairRows(c63Necklace, false, [][2]string{
		{"de-DE", "Die Kette reiht 68 Süßwasser-Zuchtperlen aneinander."},
		{"de-DE", "Die Kette reiht 68 Süßwasserzuchtperlen aneinander."},
		{"nl-NL", "De ketting rijgt 68 zoetwaterparels aaneen."},
		{"sv-SE", "Halsbandet har 68 sötvattenspärlor."},
		{"da-DK", "Halskæden har 68 ferskvandsperler."},
		{"nb-NO", "Kjedet har 68 ferskvannsperler."},
		{"fi-FI", "Kaulakorussa on 68 makeanvedenhelmeä."},
	})
	rows = append(rows, pairRows(c63Earrings, false, [][2]string{
		{"en-AU", "Each earring holds one pearl."},
		{"en-AU", "One bronze soufflé pearl hangs on each sterling silver hook."},
		{"en-AU", "One pearl sits on each earring."},
		{"en-AU", "The pair holds two pearls, one on each hook."},
		{"de-DE", "An jedem Haken hängt eine Perle."},
	})...)
	rows = append(rows, pairRows(c63Lab, false, [][2]string{
		{"zh-CN", "戒指镶嵌一颗实验室培育的蓝宝石。"},
		{"en-US", "The ring is set with a lab-grown sapphire."},
		{"de-DE", "Der Ring trägt einen im Labor gezüchteten Saphir."},
		{"fr-FR", "La bague est sertie d'un saphir de synthèse."},
		{"ja-JP", "リングにはラボグロウンサファイアをセットしました。"},
		{"ko-KR", "반지에는 랩그로운 사파이어를 세팅했습니다."},
	})...)
	rows = append(rows, pairRows(c63Topaz, false, [][2]string{
		{"zh-CN", "戒指以四爪镶嵌一颗神秘托帕石。"},
		{"en-US", "The ring is set with a natural mystic topaz with a coating."},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}
