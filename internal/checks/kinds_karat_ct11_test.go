package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// ct11Pendant is 18k white gold with three diamonds of 0.06 ct in all.
	ct11Pendant = core.Product{SKU: "CT11A", Name: "Marée Pendant", Category: "pendant",
		Materials:        []string{"18k white gold", "diamond"},
		Metals:           []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}},
		Stones:           []core.Stone{{Type: "diamond", Colour: "white", Count: 3, Origin: core.OriginNatural}},
		Colours:          []string{"white gold", "silver"},
		TotalCaratWeight: 0.06}
	// ct11Tennis is 18k yellow gold with forty diamonds of 10 ct in all.
	ct11Tennis = core.Product{SKU: "CT11B", Name: "Riviera Bracelet", Category: "bracelet",
		Materials:        []string{"18k yellow gold", "diamond"},
		Metals:           []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:           []core.Stone{{Type: "diamond", Colour: "white", Count: 40, Origin: core.OriginNatural}},
		Colours:          []string{"gold"},
		TotalCaratWeight: 10}
)

// TestKindsKaratCt11 (issue #13, eleventh blind set, true_claim): "ct"
// after a karat number before a gold word is the gold's fineness, as the
// UK Hallmarking Act 1973 and its Dealer's Notice write it ("9ct gold",
// "18ct white gold") and as the trade writes it in every language ("or
// blanc 18 ct", "18 ct hvitt gull", "18ctホワイトゴールド"): it was read as
// a carat weight and blocked as grounding.measurement against the stones'
// 0.06 ct (failing before in every locale but fi-FI). Beside a stone word a
// carat number is the stones' weight: a true one passes ("10 ct of
// diamonds" on a 10 ct bracelet was a wrong 10k fineness before), a wrong
// one blocks as grounding.measurement ("10 carats de diamants" passed
// before in the languages whose carat word also names the fineness), and
// a wrong fineness ("14 ct white gold" on 18k) blocks as grounding.karat
// (in de-DE, tr-TR, ja-JP, zh-CN, zh-TW, ko-KR and ar-AE the ct form was
// not read as a fineness before).
func TestKindsKaratCt11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	type row struct {
		p      core.Product
		locale string
		rule   string // the blocking rule wanted, or "" for no block
		text   string
	}
	const karat, measure = grounding.RuleKarat, grounding.RuleMeasurement
	rows := []row{
		// the fineness in ct, true
		{ct11Pendant, "en-GB", "", "Three diamonds, 0.06 ct in total, sit in 18ct white gold."},
		{ct11Pendant, "en-AU", "", "Three small diamonds sit in 18 ct white-gold claws."},
		{ct11Pendant, "en-US", "", "Three diamonds, 0.06 ct in all, in an 18ct white gold setting."},
		{ct11Pendant, "fr-FR", "", "Trois diamants de 0,06 ct au total, sertis en or blanc 18 ct."},
		{ct11Pendant, "fr-CA", "", "Trois diamants sertis en 18 ct or blanc."},
		{ct11Pendant, "it-IT", "", "Tre diamanti per 0,06 ct in oro bianco 18 ct."},
		{ct11Pendant, "es-ES", "", "Tres diamantes de 0,06 ct engastados en oro blanco de 18 ct."},
		{ct11Pendant, "es-MX", "", "Tres diamantes en oro blanco de 18 ct."},
		{ct11Pendant, "pt-BR", "", "Três diamantes de 0,06 ct em ouro branco 18 ct."},
		{ct11Pendant, "pt-PT", "", "Três diamantes em ouro branco de 18 ct."},
		{ct11Pendant, "de-DE", "", "Drei Diamanten, zusammen 0,06 ct, in 18 ct Weißgold gefasst."},
		{ct11Pendant, "nl-NL", "", "Drie diamanten van samen 0,06 ct in 18 ct witgoud."},
		{ct11Pendant, "sv-SE", "", "Tre diamanter, totalt 0,06 ct, i 18 ct vitt guld."},
		{ct11Pendant, "da-DK", "", "Tre diamanter, i alt 0,06 ct, i 18 ct hvidguld."},
		{ct11Pendant, "nb-NO", "", "Tre diamanter, totalt 0,06 ct, i 18 ct hvitt gull."},
		{ct11Pendant, "fi-FI", "", "Kolme timanttia, yhteensä 0,06 ct, 18 ct valkokullassa."},
		{ct11Pendant, "pl-PL", "", "Trzy diamenty o łącznej masie 0,06 ct w 18 ct białym złocie."},
		{ct11Pendant, "cs-CZ", "", "Tři diamanty o celkové váze 0,06 ct v 18ct bílém zlatě."},
		{ct11Pendant, "el-GR", "", "Τρία διαμάντια 0,06 ct σε λευκό χρυσό 18 ct."},
		{ct11Pendant, "tr-TR", "", "Toplam 0,06 ct üç pırlanta, 18 ct beyaz altın üzerinde."},
		{ct11Pendant, "ja-JP", "", "合計0.06ctのダイヤモンド3石を18ctホワイトゴールドに留めました。"},
		{ct11Pendant, "zh-CN", "", "三颗钻石共0.06克拉，镶嵌于18ct白金。"},
		{ct11Pendant, "zh-TW", "", "三顆鑽石共0.06克拉，鑲嵌於18ct白金。"},
		{ct11Pendant, "ko-KR", "", "총 0.06캐럿의 다이아몬드 3개를 18ct 화이트 골드에 세팅했습니다."},
		{ct11Pendant, "ar-AE", "", "ثلاث ماسات بوزن 0.06 قيراط في ذهب أبيض 18 ct."},
		// the stones' weight beside a stone word, true
		{ct11Tennis, "en-GB", "", "Forty diamonds, 10 ct of diamonds in all, set in 18k gold."},
		{ct11Tennis, "fr-FR", "", "Quarante diamants, soit 10 carats de diamants, sur or jaune 18 carats."},
		{ct11Tennis, "de-DE", "", "Vierzig Diamanten mit insgesamt 10 Karat Diamanten in 18 Karat Gelbgold."},
		{ct11Tennis, "es-ES", "", "Cuarenta diamantes, 10 quilates de diamantes en oro amarillo de 18 quilates."},
		// the stones' weight beside a stone word, false
		{ct11Pendant, "en-GB", measure, "Set with 10 ct of diamonds in 18ct white gold."},
		{ct11Pendant, "fr-FR", measure, "Un pendentif avec 10 carats de diamants, en or blanc 18 carats."},
		{ct11Pendant, "it-IT", measure, "Con 10 carati di diamanti in oro bianco 18 carati."},
		{ct11Pendant, "es-MX", measure, "Con 10 quilates de diamantes en oro blanco de 18 quilates."},
		{ct11Pendant, "pt-BR", measure, "Com 10 quilates de diamantes em ouro branco 18k."},
		{ct11Pendant, "de-DE", measure, "Mit 10 Karat Diamanten in 18 Karat Weißgold."},
		{ct11Pendant, "nl-NL", measure, "Met 10 karaat diamanten in 18 karaat witgoud."},
		{ct11Pendant, "sv-SE", measure, "Med 10 karat diamanter i 18 karat vitguld."},
		{ct11Pendant, "pl-PL", measure, "10 karatów diamentów w białym złocie 18 karatów."},
		{ct11Pendant, "el-GR", measure, "10 καράτια διαμάντια σε λευκό χρυσό 18 καρατίων."},
		{ct11Pendant, "ar-AE", measure, "10 قيراط من الماس في ذهب أبيض عيار 18."},
		{ct11Pendant, "en-AU", measure, "Three diamonds, 2 ct in total, in 18ct white gold."},
		// a wrong fineness in ct blocks as the fineness
		{ct11Pendant, "en-GB", karat, "Three diamonds set in 14ct white gold."},
		{ct11Pendant, "en-AU", karat, "A pendant in 9ct gold."},
		{ct11Pendant, "fr-FR", karat, "Serti en or blanc 14 ct."},
		{ct11Pendant, "it-IT", karat, "In oro bianco 14 ct."},
		{ct11Pendant, "es-ES", karat, "En oro blanco de 14 ct."},
		{ct11Pendant, "de-DE", karat, "In 14 ct Weißgold gefasst."},
		{ct11Pendant, "nl-NL", karat, "In 14 ct witgoud."},
		{ct11Pendant, "nb-NO", karat, "I 14 ct hvitt gull."},
		{ct11Pendant, "fi-FI", karat, "14 ct valkokultaa."},
		{ct11Pendant, "cs-CZ", karat, "V 14ct bílém zlatě."},
		{ct11Pendant, "tr-TR", karat, "14 ct beyaz altın."},
		{ct11Pendant, "ja-JP", karat, "14ctホワイトゴールドのペンダント。"},
		{ct11Pendant, "zh-CN", karat, "14ct白金吊坠。"},
		{ct11Pendant, "zh-TW", karat, "14ct白金吊墜。"},
		{ct11Pendant, "ko-KR", karat, "14ct 화이트 골드 펜던트입니다."},
		{ct11Pendant, "ar-AE", karat, "قلادة من ذهب أبيض 14 ct."},
	}
	for _, r := range rows {
		fs := c.Check(core.CheckInput{Product: r.p, Locale: r.locale, Channel: "social", Text: r.text, Guide: g})
		got := false
		for _, f := range fs {
			if f.Severity == core.SeverityBlock && (r.rule == "" || f.Rule == r.rule) {
				got = true
			}
		}
		if got != (r.rule != "") {
			t.Errorf("%s %q: want block %q: %s", r.locale, r.text, r.rule, describe(fs, "", r.text))
		}
	}
}
