package checks

import "testing"

// TestKindsClose36 (#13, close36): one sentence of a close language inside
// truthful copy, carrying none of the close language's listed words or
// one, passed in nb-NO, da-DK and cs-CZ: Danish in Bokmål copy written with
// the Danish compound -brug and "øj" ("hverdagsbrug", "tøj"), Bokmål in
// Danish copy with its doubled final consonant and -eske ("flott
// gaveeske"), Danish prefix ud- and participle -eret ("udvalgt",
// "poleret"; Bokmål "utvalgt", "polert"), Slovak in Czech copy with its feminine -ej, its participle
// -iace and its imperative -ávajte ("našej", "čistiace", "nepoužívajte").
// The fix is the packs' spelling rules (identity.close spellings, a letter
// sequence the close language writes inside its words and the locale's
// language never does) and inflectional endings, each one word of the close
// language toward closeSentence's evidence. Rows marked "miss" passed on
// main (probed at febfe9f2). The twins are the same sentences in the
// locale's language, names of a close language's places, and own words the
// new endings would meet (Czech "dopřej", "kamej"), which pass.
func TestKindsClose36(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := plainCuff
	host := func(lang string) string { return lang6ByLang[lang].host }
	var rows []kindRow
	add := func(loc, lang, s string, block bool) {
		rows = append(rows, kindRow{loc, host(lang) + " " + s, p, block}, kindRow{loc, s + " " + host(lang), p, block})
	}
	// blocks
	add("nb-NO", "nb", "Perfekt til hverdagsbrug og en oplagt gave til fødselsdag eller jubilæum.", true) // miss
	add("nb-NO", "nb", "Vi anbefaler at undgå kontakt med parfume, creme og klorvand for at bevare glansen.", true)
	add("nb-NO", "nb", "Det passer til alt tøj, fra en strikket sweater til en let sommerkjole.", true)
	add("nb-NO", "nb", "Hver detalje er udvalgt i hånden, så ingen to smykker er helt ens.", true)                 // miss
	add("nb-NO", "nb", "Overfladen er poleret til en blank finish, som fremhæver metallets naturlige glød.", true) // miss
	add("da-DK", "da", "Smykket leveres i en flott gaveeske, klar til å gis bort.", true)                          // miss
	add("da-DK", "da", "Steinene er fattet i sølv og fanger lyset vakkert ved hver bevegelse.", true)
	add("sv-SE", "sv", "Smykket leveres i en flott gaveeske, klar til å gis bort.", true)
	add("cs-CZ", "cs", "Je vyrobený ručne v našej dielni v Bratislave.", true)                              // miss
	add("cs-CZ", "cs", "Čistite ho jemnou handričkou a nepoužívajte agresívne čistiace prostriedky.", true) // miss
	add("cs-CZ", "cs", "Šperk dorazí v elegantnej darčekovej krabičke, pripravený na obdarovanie.", true)
	add("pl-PL", "pl", "Čistite ho jemnou handričkou a nepoužívajte agresívne čistiace prostriedky.", true)
	// twins
	add("nb-NO", "nb", "Perfekt til hverdagsbruk og en fin gave til bursdag eller jubileum.", false)
	add("nb-NO", "nb", "Smykket leveres i en flott gaveeske, klar til å gis bort.", false)
	add("nb-NO", "nb", "Det passer til alt tøy, fra en strikket genser til en lett sommerkjole.", false)
	add("nb-NO", "nb", "Inspirert av en tur til Højbjerg og Nørrebro en sommerdag.", false)
	add("nb-NO", "nb", "Hver detalje er utvalgt for hånd, så ingen to smykker er helt like.", false)
	add("nb-NO", "nb", "Overflaten er polert til en blank finish som fremhever metallets naturlige glød.", false)
	add("nb-NO", "nb", "Mønsteret er inspirert av udødelige klassikere og et udramatisk, rent uttrykk.", false)
	add("da-DK", "da", "Hver detalje er udvalgt i hånden, så ingen to smykker er helt ens.", false)
	add("da-DK", "da", "Overfladen er poleret til en blank finish, som fremhæver metallets naturlige glød.", false)
	add("da-DK", "da", "Smykket leveres i en flot gaveæske, klar til at blive givet væk.", false)
	add("da-DK", "da", "Stenene er fattet i sølv og fanger lyset smukt ved hver bevægelse.", false)
	add("da-DK", "da", "Inspireret af en tur til Steinkjer og Bergen en sommerdag.", false)
	add("da-DK", "da", "Det passer til alt tøj, fra en strikket sweater til en let sommerkjole.", false)
	add("sv-SE", "sv", "Smycket levereras i en fin presentask, redo att ges bort.", false)
	add("cs-CZ", "cs", "Je vyroben ručně v naší dílně v Brně.", false)
	add("cs-CZ", "cs", "Čistěte ho jemným hadříkem a nepoužívejte agresivní čisticí prostředky.", false)
	add("cs-CZ", "cs", "Dopřej si kousek, který vydrží roky.", false)
	add("cs-CZ", "cs", "Kamej ve stříbrném rámečku připomíná šperky našich babiček.", false)
	add("cs-CZ", "cs", "Inspirováno výletem do Bratislavy a Košic.", false)
	checkKindRows(t, svc, CatLocale, rows)
}
