package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// ---- lang9 (1 Dec, #13): close languages checked pair by pair. Each
// locale gets a sentence about the cuff in every language its copy can
// slip into (the Romance languages of the south-west among each other,
// the three Scandinavian written languages, Czech, Slovak and Polish,
// Dutch, Afrikaans and Frisian, Scots in English copy, Estonian,
// Azerbaijani, Persian, Cyrillic and the other Chinese script), after
// lang6ByLang's truthful host text. Before lang9, 111 of them passed
// (Italian and French in Spanish copy, Catalan in Italian, French and
// Portuguese copy, Polish in Czech, Dutch and Afrikaans in German):
// the close-language lists named no such language for the locale, or
// one word of it in a sentence asked nothing.

var lang9CloseSents = map[string][]string{
	"ca":   {"Aquest braçalet de plata és una peça que et durà tota la vida.", "Es pot portar sol o combinat amb altres joies, segons el dia.", "Ideal per regalar a algú especial en qualsevol moment de l'any.", "El seu disseny net encaixa amb la roba de cada dia."},
	"gl":   {"Esta pulseira de prata é unha peza que levarás toda a vida.", "Pódese levar soa ou combinada con outras xoias, segundo o día.", "Ideal para agasallar a alguén especial en calquera momento do ano.", "O seu deseño limpo vai ben coa roupa de cada día."},
	"pt":   {"Esta pulseira de prata é uma peça que vai usar a vida toda.", "Pode ser usada sozinha ou com outras joias, conforme o dia.", "Ideal para oferecer a alguém especial em qualquer altura do ano.", "O seu design limpo combina com a roupa do dia a dia."},
	"es":   {"Esta pulsera de plata es una pieza que llevarás toda la vida.", "Se puede llevar sola o combinada con otras joyas, según el día.", "Ideal para regalar a alguien especial en cualquier momento del año.", "Su diseño limpio combina con la ropa de cada día."},
	"it":   {"Questo bracciale d'argento è un gioiello che porterai per tutta la vita.", "Si può indossare da solo o insieme ad altri gioielli, a seconda del giorno.", "Ideale da regalare a una persona speciale in qualsiasi momento dell'anno.", "Il suo design pulito si abbina ai vestiti di tutti i giorni."},
	"fr":   {"Ce bracelet en argent est un bijou que vous porterez toute votre vie.", "Il se porte seul ou avec d'autres bijoux, selon les jours.", "Idéal à offrir à une personne chère à tout moment de l'année.", "Son design épuré s'accorde avec les tenues de tous les jours."},
	"oc":   {"Aqueste braçalet d'argent es un bijó que portaràs tota la vida.", "Se pòt portar sol o amb d'autres bijós, segon lo jorn."},
	"da":   {"Det kan bæres alene eller sammen med andre smykker, alt efter dagen.", "Perfekt som gave til en, du holder af, uanset årstiden.", "Det enkle design passer til tøjet hver dag."},
	"nb":   {"Det kan brukes alene eller sammen med andre smykker, alt etter dagen.", "Perfekt som gave til noen du er glad i, uansett årstid.", "Det enkle designet passer til klærne hver dag."},
	"nn":   {"Armbandet er eit smykke du kan bruke heile livet.", "Det kan brukast åleine eller saman med andre smykke, alt etter dagen.", "Perfekt som gåve til nokon du er glad i, same kva årstid det er."},
	"sv":   {"Armbandet är ett smycke som du kan bära hela livet.", "Det kan bäras ensamt eller tillsammans med andra smycken, beroende på dagen.", "Perfekt som present till någon du tycker om, oavsett årstid.", "Den enkla designen passar till kläderna varje dag."},
	"cs":   {"Tento náramek je šperk, který budete nosit celý život.", "Můžete ho nosit samotný nebo s dalšími šperky, podle nálady.", "Ideální dárek pro někoho blízkého v kteroukoli roční dobu."},
	"sk":   {"Tento náramok je šperk, ktorý budete nosiť celý život.", "Môžete ho nosiť samotný alebo s ďalšími šperkami, podľa nálady.", "Ideálny darček pre niekoho blízkeho v ktoromkoľvek ročnom období.", "Jeho čistý dizajn sa hodí k oblečeniu na každý deň."},
	"pl":   {"Ta bransoletka to biżuteria, którą będziesz nosić przez całe życie.", "Można ją nosić samą albo z innymi ozdobami, zależnie od nastroju."},
	"uk":   {"Цей браслет — прикраса, яку ви носитимете все життя.", "Його можна носити окремо або разом з іншими прикрасами."},
	"ru":   {"Этот браслет — украшение, которое вы будете носить всю жизнь.", "Его можно носить отдельно или вместе с другими украшениями."},
	"be":   {"Гэты бранзалет — упрыгожанне, якое вы будзеце насіць усё жыццё.", "Яго можна насіць асобна або разам з іншымі ўпрыгожваннямі."},
	"af":   {"Hierdie armband is 'n juweel wat jy jou hele lewe lank sal dra.", "Jy kan dit alleen dra of saam met ander juwele, na gelang van die dag.", "Ideaal as 'n geskenk vir iemand spesiaal, enige tyd van die jaar."},
	"nl":   {"Deze armband is een sieraad dat je je hele leven zult dragen.", "Je kunt hem alleen dragen of samen met andere sieraden, afhankelijk van de dag."},
	"fy":   {"Dizze earmbân is in sieraad dat jo jo hiele libben drage sille.", "Jo kinne him allinne drage of tegearre mei oare sieraden."},
	"de":   {"Dieses Armband ist ein Schmuckstück, das Sie Ihr ganzes Leben lang tragen werden.", "Sie können es allein oder zusammen mit anderem Schmuck tragen, je nach Tag."},
	"et":   {"See käevõru on ehe, mida kannad terve elu.", "Seda võib kanda üksi või koos teiste ehetega, olenevalt päevast."},
	"az":   {"Bu qolbaq bütün ömrünüz boyu taxacağınız bir bəzəkdir.", "Onu tək və ya başqa bəzəklərlə birlikdə taxmaq olar."},
	"fa":   {"این دستبند جواهری است که تمام عمر آن را به دست خواهید داشت.", "می‌توانید آن را به تنهایی یا همراه با جواهرات دیگر بپوشید."},
	"sco":  {"Ye can wear it ony day o the week, wi jeans or a frock.", "It's a braw wee gift fer yer lassie or yer mither.", "Ye'll no find a bonnier bangle in the hale toon, an it gangs wi onything."},
	"Hant": {"這款手鐲是一件可以戴一輩子的飾品。", "無論單獨佩戴還是與其他飾品搭配都很好看。"},
	"Hans": {"这款手镯是一件可以戴一辈子的饰品。", "无论单独佩戴还是与其他饰品搭配都很好看。"},
}

var lang9ClosePairs = map[string][]string{
	"es-ES": {"ca", "gl", "pt", "it", "fr", "oc"}, "es-MX": {"ca", "gl", "pt", "it", "fr", "oc"},
	"pt-PT": {"es", "gl", "ca", "it", "fr"}, "pt-BR": {"es", "gl", "ca", "it", "fr"},
	"it-IT": {"ca", "es", "pt", "gl", "fr", "oc"},
	"fr-FR": {"ca", "es", "it", "pt", "gl", "oc"}, "fr-CA": {"ca", "es", "it", "pt", "gl", "oc"},
	"da-DK": {"nb", "nn", "sv"}, "nb-NO": {"da", "nn", "sv"}, "sv-SE": {"da", "nb", "nn"},
	"cs-CZ": {"sk", "pl", "uk", "ru", "be"}, "pl-PL": {"cs", "sk", "uk", "ru", "be"},
	"nl-NL": {"af", "fy", "de"}, "de-DE": {"nl", "af"},
	"fi-FI": {"et"}, "tr-TR": {"az"}, "ar-AE": {"fa"}, "el-GR": {"ru", "uk"},
	"zh-CN": {"Hant"}, "zh-TW": {"Hans"}, "ja-JP": {"Hans", "Hant"}, "ko-KR": {"Hans", "Hant"},
	"en-GB": {"sco"}, "en-US": {"sco"}, "en-AU": {"sco"},
}

// lang9ClosePass is correct copy holding one word of a close language in
// a quotation, a place or a loanword (della, vita, très), and Belgian Dutch
// (juweel, naargelang: Dutch, as pt-PT is Portuguese).
var lang9ClosePass = []lt{
	{"es-ES", "%s Inspirado en un verano en Florencia, entre el Ponte Vecchio y la Piazza della Signoria."},
	{"es-MX", "%s Un diseño con un toque de dolce vita para cualquier día de la semana."},
	{"pt-BR", "%s Uma peça com o charme da dolce vita italiana, para usar todos os dias."},
	{"pt-PT", "%s Inspirada num passeio por Barcelona, do Passeig de Gràcia à Plaça Reial."},
	{"it-IT", "%s Perfetto con un look très chic per la sera e per le occasioni speciali."},
	{"it-IT", "%s Un omaggio alla Costa Brava e ai vicoli di Barcellona, pensato per l'estate."},
	{"fr-FR", "%s Un clin d'œil à la dolce vita, pour un été tout en légèreté."},
	{"fr-CA", "%s Inspiré d'un voyage à Lisbonne, entre Alfama et le Chiado, au fil des tramways."},
	{"cs-CZ", "%s Inspirováno výletem do Krakova a procházkou po Wawelu."},
	{"pl-PL", "%s Inspiracją była podróż do Pragi i spacer po Hradczanach."},
	{"de-DE", "%s Inspiriert von einem Sommer in Amsterdam, zwischen Grachten und dem Vondelpark."},
	{"nl-NL", "%s Een mooi juweel dat je naargelang de gelegenheid draagt, van kantoor tot een avondje uit."},
	{"nl-NL", "%s Geïnspireerd op een zomer in Kaapstad en de wijngaarden van Stellenbosch."},
	{"da-DK", "%s Inspireret af en tur til Oslo og Holmenkollen en vinterdag."},
	{"nb-NO", "%s Inspirert av en tur til København og Tivoli en sommerdag."},
	{"sv-SE", "%s Inspirerat av en resa till Oslo och Bergen en sommardag."},
	{"fi-FI", "%s Inspiraationa on matka Tallinnan vanhaankaupunkiin."},
	{"tr-TR", "%s Bakü gezisinden esinlenen sade çizgileri her güne uyar."},
	{"en-GB", "%s A nod to Auld Reekie and the cobbled closes of Edinburgh's Old Town."},
	{"en-US", "%s A wee gift for someone you love, wrapped and ready to give."},
	{"en-AU", "%s Inspired by a summer in Cape Town and the vineyards of Stellenbosch."},
	{"el-GR", "%s Εμπνευσμένο από ένα ταξίδι στη Λισαβόνα και στη Βαρκελώνη."},
	{"ar-AE", "%s مستوحى من رحلة صيفية إلى برشلونة ولشبونة."},
	{"zh-CN", "%s 灵感来自巴塞罗那与里斯本的街头风景。"},
	{"zh-TW", "%s 靈感來自巴塞隆納與里斯本的街頭風景。"},
	{"ja-JP", "%s バルセロナとリスボンの街並みから着想を得ました。"},
	{"ko-KR", "%s 바르셀로나와 리스본의 거리에서 영감을 받았습니다."},
}

// TestKindsCloseLanguage9 (#13, close_language): one sentence in each
// close language of each locale, after truthful copy, blocks as locale;
// copy naming places or quoting a word of those languages passes.
func TestKindsCloseLanguage9(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var one, pass []lt
	for loc, langs := range lang9ClosePairs {
		host := lang6ByLang[langOf(loc)].host
		if x, ok := lang6ByLang[loc]; ok {
			host = x.host
		}
		sep := " "
		if strings.HasPrefix(loc, "zh") || strings.HasPrefix(loc, "ja") {
			sep = ""
		}
		for _, l := range langs {
			for _, x := range lang9CloseSents[l] {
				one = append(one, lt{loc, host + sep + x})
			}
		}
	}
	for _, x := range lang9ClosePass {
		host := lang6ByLang[langOf(x.locale)].host
		if y, ok := lang6ByLang[x.locale]; ok {
			host = y.host
		}
		sep := " "
		if strings.HasPrefix(x.locale, "zh") || strings.HasPrefix(x.locale, "ja") {
			sep = ""
		}
		pass = append(pass, lt{x.locale, strings.Replace(x.text, "%s ", host+sep, 1)})
	}
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"close language, one sentence after", plainCuff, CatLocale, one},
		{"places and words of a close language", plainCuff, "", pass},
	})
}
