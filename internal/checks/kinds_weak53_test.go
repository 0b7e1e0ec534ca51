package checks

import (
	"context"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// weak53Note is the end of the message grounding gives a material or
// stone finding whose word is not attached to the piece
// (grounding/attachment53.go).
const weak53Note = "not attached to the piece: check)"

// TestWeak53Table (#13, weak53) logs, over every case this repository may
// read (dev*, field, released*, probes/*; never held-out), the
// grounding.material and grounding.stone findings that block or that the
// weak-attachment rule turned into warnings, by attachment (attached |
// weak) and by what the case expects (block with grounding | block
// without grounding | publishable). Per case it also counts the cases
// whose only blocking findings would be weak ones. It only logs: run with
// -v.
func TestWeak53Table(t *testing.T) {
	if os.Getenv("WEAK53_TABLE") == "" {
		t.Skip("set WEAK53_TABLE=1 (WEAK53_ATTACHED=1 also lists the attached blocks of publishable cases)")
	}
	svc := checkService(t)
	var cs []fieldCase
	for _, pat := range []string{"dev*.jsonl", "field.jsonl", "released*.jsonl", "probes/*.jsonl"} {
		cs = append(cs, loadCases(t, pat)...)
	}
	type key struct{ rule, att, want string }
	n := map[key]int{}
	cases := map[key]int{}
	var weakTrue, weakFalse []string
	for _, c := range cs {
		var p core.Product
		if err := json.Unmarshal(c.Product, &p); err != nil {
			t.Fatal(err)
		}
		res, err := svc.CheckText(context.Background(), core.CheckRequest{Product: p, Locale: c.Locale, Channel: c.Channel, Text: c.Text})
		if err != nil {
			t.Fatal(err)
		}
		want := "pass"
		if c.Expect.Verdict == core.SeverityBlock {
			want = "block-other"
			for _, g := range c.Expect.Categories {
				if g == "grounding" {
					want = "block-grounding"
				}
			}
		}
		weakOnly, anyWeak := true, false
		for _, f := range res.Findings {
			isRule := f.Rule == "grounding.material" || f.Rule == "grounding.stone"
			weak := isRule && strings.HasSuffix(f.Message, weak53Note)
			if f.Severity == core.SeverityBlock && !weak {
				weakOnly = false
			}
			if !isRule || f.Severity != core.SeverityBlock && !weak {
				continue
			}
			att := "attached"
			if !weak && want == "pass" && os.Getenv("WEAK53_ATTACHED") != "" {
				t.Log("attached, case publishable: " + c.file + " " + c.Locale + " " + f.Rule + ": " + f.Message + " | " + sentenceAround(c.Text, f.Start, f.End))
			}
			if weak {
				att = "weak"
				anyWeak = true
				line := c.file + " " + c.Locale + " " + f.Rule + ": " + f.Message + " | " + sentenceAround(c.Text, f.Start, f.End)
				if want == "pass" {
					weakFalse = append(weakFalse, line)
				} else {
					weakTrue = append(weakTrue, line)
				}
			}
			n[key{f.Rule, att, want}]++
		}
		if anyWeak && weakOnly {
			if want != "pass" {
				t.Log("bad case whose every block is weak: " + c.file + " " + c.Locale + " " + c.Text)
			}
			cases[key{"case", "weak-only", want}]++
		}
	}
	var lines []string
	for k, v := range n {
		lines = append(lines, k.rule+" "+k.att+" "+k.want+": "+itoa(v))
	}
	for k, v := range cases {
		lines = append(lines, "cases whose every block is weak, "+k.want+": "+itoa(v))
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
	for _, l := range weakTrue {
		t.Log("weak, case blocks: " + l)
	}
	if testing.Verbose() && len(weakFalse) > 0 {
		for _, l := range weakFalse {
			t.Log("weak, case publishable: " + l)
		}
	}
}

// TestKindsWeak53 (#13, weak53): copy that explains a material, in a
// sentence after the product statement with a mark of explanation
// (usually, than, like, for centuries, grown) and nothing that attaches
// the other metal or stone to the piece, blocked grounding.material or
// grounding.stone on main 0c22cb2a. Each row must now pass, and carry the
// weak-attachment warning (which proves the word was a block before: the
// warning is given only where the block was).
func TestKindsWeak53(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range weak53Pass {
		blocked, fs := blockedIn(t, svc, "", r.p, r.locale, r.text)
		warned := false
		for _, f := range fs {
			if f.Severity == core.SeverityWarn && strings.HasSuffix(f.Message, weak53Note) {
				warned = true
			}
		}
		if blocked || !warned {
			t.Errorf("%s %q on %s: block %v, weak warning %v; want a pass with the warning: %s", r.locale, r.text, r.p.Name, blocked, warned, describe(fs, "", r.text))
		}
	}
}

var weak53Pass = []expl51Row{
	{mat52Fine, "fr-FR", "Le jonc Tide est martelé à la main dans l'argent fin. Le platine est généralement plus lourd et bien plus rare que l'argent."},
	{mat52Fine, "de-DE", "Der Armreif Tide wird von Hand aus Feinsilber gehämmert. Platin ist meist schwerer und viel seltener als Silber."},
	{mat52Fine, "es-ES", "La pulsera Tide está martillada a mano en plata fina. El platino suele ser más pesado y mucho más raro que la plata."},
	{mat52Fine, "it-IT", "Il bracciale Tide è martellato a mano in argento fino. Il platino è di solito più pesante e molto più raro dell'argento."},
	{mat52Fine, "nl-NL", "De Tide-armband is met de hand gehamerd uit fijn zilver. Platina is meestal zwaarder en veel zeldzamer dan zilver."},
	{mat52Fine, "sv-SE", "Armringen Tide är handhamrad i fint silver. Platina är oftast tyngre och mycket sällsyntare än silver."},
	{mat52Fine, "da-DK", "Armringen Tide er hamret i hånden af fint sølv. Platin er som regel tungere og langt sjældnere end sølv."},
	{mat52Fine, "nb-NO", "Armringen Tide er håndhamret i fint sølv. Platina er vanligvis tyngre og mye sjeldnere enn sølv."},
	{mat52Fine, "fi-FI", "Tide-rannerengas on käsin taottu hienosta hopeasta. Platina on yleensä raskaampaa ja paljon harvinaisempaa kuin hopea."},
	{mat52Fine, "pl-PL", "Bransoleta Tide jest ręcznie kuta z czystego srebra. Platyna jest zwykle cięższa i znacznie rzadsza niż srebro."},
	{mat52Fine, "cs-CZ", "Náramek Tide je ručně tepaný z jemného stříbra. Platina je obvykle těžší a mnohem vzácnější než stříbro."},
	{mat52Fine, "pt-BR", "A pulseira Tide é martelada à mão em prata fina. A platina costuma ser mais pesada e muito mais rara que a prata."},
	{mat52Fine, "el-GR", "Το βραχιόλι Tide σφυρηλατείται στο χέρι από καθαρό ασήμι. Η πλατίνα είναι συνήθως βαρύτερη και πολύ σπανιότερη από το ασήμι."},
	{mat52Fine, "tr-TR", "Tide bileklik saf gümüşten elde dövülür. Platin genellikle gümüşten daha ağır ve çok daha nadirdir."},
	{mat52Fine, "ar-AE", "سوار تايد مطروق يدويًا من الفضة الخالصة. البلاتين عادةً أثقل وأندر بكثير من الفضة."},
	{mat52Fine, "ja-JP", "タイドバングルは純銀を手で打ち出して仕上げています。プラチナは一般に銀より重く、はるかに希少です。"},
	{mat52Fine, "ko-KR", "타이드 뱅글은 순은을 손으로 두드려 만들었습니다. 백금은 보통 은보다 무겁고 훨씬 희귀합니다."},
	{mat52Fine, "zh-CN", "Tide手镯由纯银手工锤打而成。铂金通常比银更重，也更稀有。"},
	{mat52Akoya, "en-GB", "Akoya pearls on 18k white gold posts. Freshwater pearls are usually grown in mussels, so they are rarely as round."},
	{mat52Akoya, "de-DE", "Akoya-Perlen an Steckern aus 18 Karat Weißgold. Süßwasserperlen werden meist ohne Kern gezüchtet und sind daher selten so rund."},
}

// TestKindsWeak53Bad (#13, weak53): a wrong metal or stone attached to
// the piece still blocks grounding in a sentence that also explains or
// compares: in the product statement, after a pronoun or possessive of
// the piece past a fronted comparison ("Unlike silver, it is …",
// "Anders als Silber ist er aus Platin", "its rubies"), after a verb that
// makes the piece ("crafted in"), before or after its category noun, in
// verb-final clauses (de, ja, ko, tr), and in an explanation that names
// the piece ("this bangle", "the piece", the product's name).
func TestKindsWeak53Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Fine, "en-GB", "The Tide Bangle is hammered by hand from platinum, rarer than silver."},
		{mat52Fine, "en-GB", "The Tide Bangle is hammered by hand. Unlike silver, it is pure platinum."},
		{mat52Fine, "en-GB", "The Tide Bangle is hammered by hand. Rarer than silver, it is crafted in platinum."},
		{mat52Fine, "en-GB", "The Tide Bangle is hammered by hand. Like all rare metals, its platinum is usually heavy."},
		{mat52Fine, "en-GB", "The Tide Bangle is hammered by hand. Platinum is usually rarer than silver, and this bangle is platinum through and through."},
		{mat52Fine, "en-GB", "The Tide Bangle is hammered by hand. Heavier than silver, the piece is usually made in platinum."},
		{mat52Fine, "en-GB", "The Tide Bangle is hammered by hand. Platinum is rarer than silver, which is why the Tide Bangle uses it."},
		{mat52Fine, "fr-FR", "Le jonc Tide est martelé à la main. Plus rare que l'argent, ce jonc est en platine."},
		{mat52Fine, "de-DE", "Der Armreif Tide wird von Hand gehämmert. Anders als Silber ist er aus Platin."},
		{mat52Fine, "de-DE", "Der Armreif Tide wird von Hand gehämmert. Weil Platin seltener als Silber ist, wurde dieser Armreif aus Platin gefertigt."},
		{mat52Fine, "de-DE", "Der Armreif Tide wird von Hand gehämmert. Seltener als Silber: ein Armreif aus Platin."},
		{mat52Fine, "es-ES", "La pulsera Tide está martillada a mano. A diferencia de la plata, es de platino."},
		{mat52Fine, "es-ES", "La pulsera Tide está martillada a mano. Más rara que la plata, esta pulsera es de platino."},
		{mat52Fine, "it-IT", "Il bracciale Tide è martellato a mano. A differenza dell'argento, è realizzato in platino."},
		{mat52Fine, "pt-BR", "A pulseira Tide é martelada à mão. Ao contrário da prata, ela é de platina."},
		{mat52Fine, "nl-NL", "De Tide-armband is met de hand gehamerd. Anders dan zilver is hij van platina."},
		{mat52Fine, "sv-SE", "Armringen Tide är handhamrad. Till skillnad från silver är den av platina."},
		{mat52Fine, "da-DK", "Armringen Tide er hamret i hånden. I modsætning til sølv er den af platin."},
		{mat52Fine, "nb-NO", "Armringen Tide er håndhamret. I motsetning til sølv er den laget av platina."},
		{mat52Fine, "fi-FI", "Tide-rannerengas on käsin taottu. Toisin kuin hopea, se on platinaa."},
		{mat52Fine, "el-GR", "Το βραχιόλι Tide σφυρηλατείται στο χέρι. Σε αντίθεση με το ασήμι, είναι από πλατίνα."},
		{mat52Fine, "tr-TR", "Tide bileklik elde dövülür. Gümüşten farklı olarak bu bileklik platinden yapılmıştır."},
		{mat52Fine, "tr-TR", "Tide bileklik elde dövülür. Gümüşten daha nadir olan platin bir bileklik."},
		{mat52Fine, "ar-AE", "سوار تايد مطروق يدويًا. على عكس الفضة، هذا السوار مصنوع من البلاتين."},
		{mat52Fine, "ja-JP", "タイドバングルは手で打ち出して仕上げています。銀とは違い、このバングルはプラチナでできています。"},
		{mat52Fine, "ja-JP", "タイドバングルは手で打ち出して仕上げています。銀より希少な、プラチナのバングルです。"},
		{mat52Fine, "ko-KR", "타이드 뱅글은 손으로 두드려 만들었습니다. 은과 달리 이 뱅글은 백금으로 만들어졌습니다."},
		{mat52Fine, "ko-KR", "타이드 뱅글은 손으로 두드려 만들었습니다. 은보다 희귀한 백금 뱅글입니다."},
		{mat52Fine, "zh-CN", "Tide手镯由手工锤打而成。与银不同，这款手镯采用铂金制成。"},
		{mat52Akoya, "en-GB", "Akoya pearls on 18k white gold posts. Unlike Akoya pearls, which are usually round, these earrings carry freshwater pearls."},
		{mat52Akoya, "en-GB", "Akoya pearls on 18k white gold posts. Usually grown in mussels, the Tide Studs' pearls are freshwater pearls."},
		{mat52Akoya, "fr-FR", "Perles Akoya sur tiges en or blanc 18 carats. Comme souvent, ces boucles portent des perles d'eau douce."},
		{mat52White, "en-GB", "Five diamonds on a 10k white gold bracelet. Harder than any other stone, its rubies usually last."},
		{mat52White, "en-GB", "Five diamonds on a 10k white gold bracelet. The Starfall Bracelet is usually set with rubies rather than sapphires."},
		{mat52White, "de-DE", "Fünf Diamanten an einem Armband aus 10 Karat Weißgold. Anders als Saphire sind seine Steine Rubine."},
	}, true))
}

// TestKindsWeak53Open (#13, weak53): seen and not fixed; today's
// behaviour (passes, should block). These gave no grounding finding on
// main either: the metal after a fronted contrast with a pro-dropped or
// clitic subject in fr, pl and cs ("Contrairement à l'argent, il est en
// platine", "W przeciwieństwie do srebra jest z platyny") is read as the
// contrast's arm, and "a platinum bangle" after an indefinite article as
// another piece.
func TestKindsWeak53Open(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Fine, "fr-FR", "Le jonc Tide est martelé à la main. Contrairement à l'argent, il est en platine."},
		{mat52Fine, "pl-PL", "Bransoleta Tide jest ręcznie kuta. W przeciwieństwie do srebra jest z platyny."},
		{mat52Fine, "cs-CZ", "Náramek Tide je ručně tepaný. Na rozdíl od stříbra je z platiny."},
		{mat52Fine, "en-GB", "The Tide Bangle is hammered by hand. Unlike silver, a platinum bangle usually lasts for years."},
	}, false))
}

func itoa(v int) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// sentenceAround is the text of the sentence around the rune span
// start..end (for the log).
func sentenceAround(text string, start, end int) string {
	r := []rune(text)
	if start > len(r) {
		return ""
	}
	s, e := start, end
	for s > 0 && !strings.ContainsRune(".!?。！？", r[s-1]) {
		s--
	}
	for e < len(r) && !strings.ContainsRune(".!?。！？", r[e]) {
		e++
	}
	if e < len(r) {
		e++
	}
	return strings.TrimSpace(string(r[s:e]))
}
