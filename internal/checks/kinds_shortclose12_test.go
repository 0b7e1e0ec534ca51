package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// ---- shortclose12 (#13, twelfth session, close_language): one short
// sentence (five to eight words) of a close language inside otherwise
// native copy: care advice, an instruction, a line about wearing the
// piece, as a writer slips into the neighbouring language for one line.
// Every row follows lang6ByLang's truthful host text about plainCuff.

// shortClose12Sents are short sentences about the cuff in a close
// language, by language code (Hans/Hant: the Chinese scripts).
var shortClose12Sents = map[string][]string{
	"nb":   {"Legg armbåndet i esken før du dusjer.", "Oppbevar det i en myk pose etterpå.", "Tørk det forsiktig med en myk klut.", "Fjern armbåndet før du trener eller dusjer."},
	"da":   {"Læg armbåndet i æsken før badet.", "Opbevar det i en blød pose bagefter.", "Tør det forsigtigt af med en blød klud.", "Tag armbåndet af, inden du træner."},
	"sv":   {"Lägg armbandet i asken innan du duschar.", "Förvara det i en mjuk påse efteråt.", "Torka det försiktigt med en mjuk trasa.", "Ta av armbandet innan du tränar eller simmar."},
	"ca":   {"Treu-te el braçalet abans de dutxar-te.", "Guarda'l a la capsa després de fer-lo servir.", "No el deixis mai a prop del perfum."},
	"gl":   {"Quítao sempre antes de ducharte ou bañarte.", "Gárdao na súa caixa despois de usalo.", "Non o deixes nunca xunto ao perfume."},
	"pt":   {"Tire a pulseira antes de tomar banho.", "Guarde-a na caixinha depois de a usar.", "Nunca a deixe perto do perfume."},
	"es":   {"Quítate la pulsera antes de ducharte.", "Guárdala en su cajita después de usarla.", "Nunca la dejes cerca del perfume."},
	"it":   {"Togli il bracciale prima di fare la doccia.", "Riponilo nella sua scatolina dopo l'uso.", "Non lasciarlo mai vicino al profumo."},
	"fr":   {"Retirez le bracelet avant de vous doucher.", "Rangez-le dans sa pochette après chaque usage.", "Ne le laissez jamais près du parfum."},
	"cs":   {"Náramek si před sprchováním vždy sundejte.", "Po nošení ho uložte do krabičky.", "Nenechávejte ho nikdy v blízkosti parfému."},
	"sk":   {"Uchovávajte ho v škatuľke po nosení.", "Náramok si pred kúpaním vždy zložte.", "Nenechávajte ho nikdy v blízkosti parfumu."},
	"pl":   {"Zdejmij bransoletkę przed kąpielą lub prysznicem.", "Po noszeniu schowaj ją do pudełka.", "Nigdy nie zostawiaj jej obok perfum."},
	"nl":   {"Doe de armband af voordat je gaat douchen.", "Bewaar hem na gebruik in het doosje.", "Leg hem nooit in de buurt van parfum."},
	"af":   {"Haal die armband af voordat jy stort.", "Bêre dit ná gebruik in die boksie.", "Moet dit nooit naby parfuum los nie."},
	"de":   {"Nimm den Armreif vor dem Duschen ab.", "Bewahre ihn nach dem Tragen im Etui auf.", "Lass ihn nie neben Parfüm liegen."},
	"sco":  {"Tak aff yer bangle afore ye dook.", "Pit it awa in its box at nicht."},
	"et":   {"Võta käevõru enne duši all käimist ära.", "Hoia seda pärast kandmist karbis."},
	"az":   {"Duş qəbul etməzdən əvvəl qolbağı çıxarın.", "Taxdıqdan sonra onu qutuda saxlayın."},
	"fa":   {"قبل از دوش گرفتن دستبند را دربیاورید.", "بعد از استفاده در جعبه نگه دارید."},
	"ru":   {"Снимайте браслет перед душем или бассейном.", "После носки храните его в коробочке."},
	"Hant": {"沐浴前請先將手環取下。", "配戴後請收進盒子裡。", "請勿讓手環接觸香水。"},
	"Hans": {"沐浴前请先将手环取下。", "佩戴后请收进盒子里。", "请勿让手环接触香水。"},
}

// shortClose12Pairs are the close languages tried in each locale: the
// Scandinavian triangle, the Romance languages of the south-west among
// each other, Czech, Slovak and Polish, Dutch, Afrikaans and German, the
// two Chinese scripts, and the close language each other locale's pack
// knows (Scots, Estonian, Azerbaijani, Persian, Russian, Chinese in
// Japanese and Korean copy).
var shortClose12Pairs = map[string][]string{
	"sv-SE": {"nb", "da"}, "da-DK": {"nb", "sv"}, "nb-NO": {"da", "sv"},
	"es-ES": {"ca", "gl", "pt", "it", "fr"}, "es-MX": {"ca", "gl", "pt", "it", "fr"},
	"pt-PT": {"es", "gl", "ca", "it", "fr"}, "pt-BR": {"es", "gl", "ca", "it", "fr"},
	"it-IT": {"ca", "es", "pt", "fr"},
	"fr-FR": {"ca", "es", "it", "pt"}, "fr-CA": {"ca", "es", "it", "pt"},
	"cs-CZ": {"sk", "pl"}, "pl-PL": {"cs", "sk"},
	"nl-NL": {"af", "de"}, "de-DE": {"nl", "af"},
	"zh-CN": {"Hant"}, "zh-TW": {"Hans"}, "ja-JP": {"Hans"}, "ko-KR": {"Hant"},
	"en-GB": {"sco"}, "en-US": {"sco"}, "en-AU": {"sco"},
	"fi-FI": {"et"}, "tr-TR": {"az"}, "ar-AE": {"fa"}, "el-GR": {"ru"},
}

// shortClose12Pass are short native sentences that share words, letters
// or spellings with a close language (Swedish "bara", Danish "før",
// Bokmål "ikke" are each also a word of a neighbour), and names: a
// Norwegian or Danish place in Swedish copy, a Catalan or Galician place
// in Spanish, a brand or a collection in the other language.
var shortClose12Pass = []lt{
	{"sv-SE", "%s Inspirerat av en sommar i Ålesund och Tromsø."},
	{"sv-SE", "%s Perfekt för en helg i Bodø eller Kristiansand."},
	{"sv-SE", "%s Som en promenad längs Nyhavn i København."},
	{"sv-SE", "%s Ta av armbandet innan du duschar."},
	{"sv-SE", "%s Förvara det i påsen efter användning."},
	{"sv-SE", "%s Det passar till allt, både vardag och fest."},
	{"da-DK", "%s Inspireret af en sommer i Göteborg og Malmö."},
	{"da-DK", "%s Tag armbåndet af, før du går i bad."},
	{"da-DK", "%s Opbevar det i posen efter brug."},
	{"da-DK", "%s En gave til hende, der har alt."},
	{"nb-NO", "%s Inspirert av en sommer i Göteborg og Århus."},
	{"nb-NO", "%s Ta av armbåndet før du dusjer."},
	{"nb-NO", "%s Oppbevar det i posen etter bruk."},
	{"nb-NO", "%s En gave til henne som har alt."},
	{"es-ES", "%s Ideal para un paseo por la Rambla de Catalunya."},
	{"es-ES", "%s Quítatela antes de ducharte o de nadar."},
	{"es-MX", "%s Inspirada en un verano en Sanxenxo y Cambados."},
	{"pt-PT", "%s Perfeita para um passeio pela Plaza Mayor."},
	{"pt-BR", "%s Tire a pulseira antes do banho de mar."},
	{"it-IT", "%s Perfetto per una sera alla Boqueria di Barcellona."},
	{"fr-FR", "%s Idéal pour une soirée à la Casa Batlló."},
	{"fr-CA", "%s Retirez-le avant la douche ou la baignade."},
	{"cs-CZ", "%s Inspirováno procházkou po Kazimierzi v Krakově."},
	{"pl-PL", "%s Zdejmij ją przed prysznicem lub basenem."},
	{"pl-PL", "%s Inspiracją był spacer po Malé Straně."},
	{"nl-NL", "%s Geïnspireerd op een zomer in Stellenbosch en Kaapstad."},
	{"de-DE", "%s Inspiriert von einem Sommer in Scheveningen."},
	{"zh-CN", "%s 沐浴前请先将手镯取下。"},
	{"zh-TW", "%s 沐浴前請先將手環取下。"},
}

// TestKindsShortCloseLanguage12 (#13, twelfth session: released12b sv-SE
// copy holding one short Bokmål sentence passed): one short sentence of a
// close language after truthful copy blocks as locale in every locale;
// short native sentences that share words with the close language, and
// its places and names, pass.
func TestKindsShortCloseLanguage12(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	hostOf := func(loc string) (string, string) {
		host := lang6ByLang[langOf(loc)].host
		if x, ok := lang6ByLang[loc]; ok {
			host = x.host
		}
		sep := " "
		if strings.HasPrefix(loc, "zh") || strings.HasPrefix(loc, "ja") {
			sep = ""
		}
		return host, sep
	}
	var one, pass []lt
	for _, loc := range packLocales(t) {
		langs, ok := shortClose12Pairs[loc]
		if !ok {
			t.Errorf("%s: no close language to try", loc)
		}
		host, sep := hostOf(loc)
		for _, l := range langs {
			for _, x := range shortClose12Sents[l] {
				if n := len(strings.Fields(x)); l != "Hans" && l != "Hant" && (n < 5 || n > 8) {
					t.Errorf("%s %q: %d words, not a short sentence", l, x, n)
				}
				one = append(one, lt{loc, host + sep + x})
			}
		}
	}
	for _, x := range shortClose12Pass {
		host, sep := hostOf(x.locale)
		pass = append(pass, lt{x.locale, strings.Replace(x.text, "%s ", host+sep, 1)})
	}
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"close language, one short sentence", plainCuff, CatLocale, one},
		{"native short sentences, places and names", plainCuff, "", pass},
	})
}
