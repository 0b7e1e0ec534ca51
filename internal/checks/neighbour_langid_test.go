package checks

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/langid"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/offline"
)

// neighbourTexts are copy in the close neighbours the packs name, and in
// the languages themselves, as the close-language tables have it.
var neighbourTexts = []string{
	"Aquest collaret de plata de llei és senzill i elegant. El podeu portar cada dia amb la vostra roba preferida.",
	"El braçalet Arc és de plata de llei, amb una forma oberta que s'adapta al canell. La superfície polida recull la llum i li dona un aire elegant.",
	"Un braçalet obert de plata, polit a mà al nostre taller abans de sortir. Queda bé sol o amb un rellotge, de dia o de nit, sense treure'l mai.",
	"Dette halskjedet i sterlingsølv er enkelt og elegant. Du kan bruke det hver dag sammen med favorittklærne dine.",
	"Dette armbåndet i sølv har en enkel og moderne form. Du kan bruke det hver dag, på jobb eller på ferie, og det passer fint sammen med andre smykker.",
	"Armbåndet er lavet af sterlingsølv og har en smuk, enkel form. Du kan bruge det hver dag, og det passer til alt i din garderobe.",
	"Tento náhrdelník zo striebra je veľmi jemný a elegantný. Môžete ho nosiť každý deň, ako darček alebo pre seba.",
	"Tento náramok zo striebra má jednoduchý a moderný tvar. Môžete ho nosiť každý deň do práce aj na výlet a hodí sa k ďalším šperkom.",
	"Dette armbandet er laga av sølv og har ei enkel form. Du kan bruke det kvar dag, og det passar til alt i garderoben din.",
	"Este colar em prata de lei é simples e elegante. Você pode usá-lo todos os dias com a sua roupa preferida.",
}

// TestNeighbourQuestionAnswersAsEveryLanguage backs checkPackLanguage's
// narrowed question: where only a close neighbour's words make copy
// doubtful, lingua is asked among the pack's language and the neighbours
// its foreign spellings name (neighbourLanguages) instead of among every
// language, which loads a few languages' models instead of about twenty.
// The check acts on one thing, the language that blocks (another language
// at confidence 0.5 or more, or none), and that must be the same from
// both detectors on every text the checker asks the narrowed question of,
// among: the offline writer's copy of every sample product in every
// locale whose pack has foreign spellings, plain and with each of the pack's foreign
// spellings in turn put in, the case and evaluation texts of the locale,
// and copy in each neighbour language. Not parallel: it sets
// onNeighbourQuestion.
func TestNeighbourQuestionAnswersAsEveryLanguage(t *testing.T) {
	g := guide(t)
	launch := sampleLaunch(t)
	byLocale := map[string][]string{}
	for _, c := range loadEval(t) {
		byLocale[c.Locale] = append(byLocale[c.Locale], c.Text)
	}
	for _, pat := range []string{"dev*.jsonl", "field.jsonl", "released*.jsonl"} {
		for _, c := range loadCases(t, pat) {
			byLocale[c.Locale] = append(byLocale[c.Locale], c.Text)
		}
	}
	type question struct {
		p    *locales.Pack
		text string
	}
	var asked []question
	onNeighbourQuestion = func(p *locales.Pack, text string) { asked = append(asked, question{p, text}) }
	defer func() { onNeighbourQuestion = nil }()
	c := &Checker{}
	checked := 0
	for _, loc := range locales.Must().Supported() {
		p := packFor(loc)
		if len(p.Identity.Foreign) == 0 {
			continue // no word of the copy can name a neighbour
		}
		foreign := slices.Sorted(maps.Keys(p.Identity.Foreign))
		texts := append(slices.Clone(byLocale[loc]), neighbourTexts...)
		for i, prod := range launch.Products {
			text := offline.Write(core.GenerateRequest{Product: prod, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
			texts = append(texts, text)
			for k := i; k < len(foreign); k += len(launch.Products) {
				// The foreign spelling in the middle of the copy.
				words := strings.Fields(text)
				texts = append(texts, strings.Join(slices.Insert(words, len(words)/2, foreign[k]), " "))
			}
		}
		for _, text := range texts {
			c.Check(core.CheckInput{Locale: loc, Channel: "pdp", Text: text, Guide: g})
			checked++
		}
	}
	full := identityOnce().det()
	blocks := func(r langid.Result, own string) string {
		if r.Lang == "" || r.Lang == own || r.Confidence < 0.5 {
			return ""
		}
		return r.Lang
	}
	for _, q := range asked {
		a, b := full.Identify(q.text), full.Among(neighbourLanguages(q.p)).Identify(q.text)
		if blocks(a, q.p.Language) != blocks(b, q.p.Language) {
			t.Errorf("%s %v: every language says %+v, the neighbours %+v: %q", q.p.Locale, neighbourLanguages(q.p), a, b, q.text)
		}
	}
	if len(asked) < 50 {
		t.Errorf("%d questions of %d texts: too few to tell", len(asked), checked)
	}
	t.Logf("%d texts checked, %d asked among the neighbours: the same language blocks from both", checked, len(asked))
}
