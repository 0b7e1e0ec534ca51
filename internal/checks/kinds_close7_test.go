package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// ---- close7 (1 Dec, #13): close languages, hidden characters, assistant
// lead-ins and sign-offs, in wordings and languages the earlier tables did
// not hold. Every table runs on plainCuff (the Arc cuff in sterling silver)
// after or around lang6ByLang's truthful host text.

// close7Sents are sentences about the cuff in a close language, by
// language code (ISO 639; "yue-Hant"/"yue-Hans": written Cantonese).
var close7Sents = map[string][]string{
	"ast":      {"Esti brazalete ye de plata de llei y tien los cantos arredondiaos.", "Ábrese per detrás, polo que ye mui fácil de poner y de quitar tol día."},
	"ca":       {"El braçalet és lleuger i còmode, i queda molt bé amb qualsevol vestit.", "S'obre per darrere, així que és fàcil de posar i de treure."},
	"gl":       {"Ábrese por detrás, polo que é doado de poñer e de quitar.", "É moi lixeiro e queda ben con calquera roupa.", "Lévao cun vestido sinxelo e deixa que a prata faga o resto."},
	"ht":       {"Bag sa a se yon bèl kado pou yon moun ou renmen anpil.", "Ou ka mete l chak jou, li pa lou ditou."},
	"es":       {"Es muy fácil de poner y queda lindo con cualquier ropa que elijas.", "Se abre por detrás, así que se pone y se quita sin ningún esfuerzo."},
	"oc":       {"Lo braçalet es d'argent e a los bòrds redonds.", "S'obrís per darrièr, es aisit de lo metre e de lo levar cada jorn."},
	"wa":       {"Li brèslet est d' årdjint et s' drovi pa drî.", "C' est åjhey a mete et on l' pout poirter tos les djoûs."},
	"co":       {"U braccialettu hè d'argentu è hà i bordi tondi.", "S'apre daretu, cusì hè faciule à mette è à caccià ogni ghjornu."},
	"sc":       {"Su bratzaletu est de prata e tenet sos oros tundos.", "S'abberit a palas, gasi est fàtzile a lu pònnere e a lu bogare."},
	"nap":      {"'O braccialetto è d'argiento e tene 'e bborde tonde.", "S'arape arreto, accussì è facile 'o mettere e 'o luvà."},
	"fy":       {"De earmbân is fan sterlingsulver en hat sêft ôfrûne rânen.", "Hy is oan 'e efterkant iepen, sadat er maklik om en ôf te dwaan is."},
	"af":       {"Dit is van sterling silwer en het sagte, afgeronde kante.", "Jy kan dit maklik aansit en weer afhaal, want dit is agter oop."},
	"lb":       {"Den Armreif ass aus Sterlingsëlwer an huet sanft ofgerënnt Kanten.", "Hien ass hannen op, sou datt een e ganz einfach undoe kann."},
	"gsw":      {"Dä Armreif isch us Sterlingsilber und hät sanft abgrundeti Kante.", "Hinde isch er offe, drum chasch en ganz eifach aalegge und abzieh."},
	"nb":       {"Armbåndet er laget av sterlingsølv og har myke, avrundede kanter.", "Det er åpent bak, så det er lett å ta på seg og av seg igjen."},
	"nn":       {"Armbandet er laga av sterlingsølv og har mjuke, avrunda kantar.", "Det er ope bak, så du kan ta det på deg og av deg att utan hjelp."},
	"sv":       {"Armbandet är gjort av sterlingsilver och har mjukt rundade kanter.", "Det är öppet baktill, så det är lätt att ta på och av sig."},
	"da":       {"Armbåndet er lavet af sterlingsølv og har blødt afrundede kanter.", "Det er åbent bagpå, så det er nemt at tage på og af igen."},
	"sk":       {"Náramok je zo striebra a má jemne zaoblené okraje.", "Vzadu je otvorený, takže sa ľahko nasadzuje aj skladá."},
	"cs":       {"Náramek je ze stříbra a má jemně zaoblené okraje.", "Vzadu je otevřený, takže se snadno nasazuje i sundává."},
	"uk":       {"Браслет зі стерлінгового срібла має м'яко заокруглені краї.", "Він відкритий ззаду, тому його легко вдягати і знімати."},
	"ru":       {"Браслет из стерлингового серебра с мягко закруглёнными краями.", "Он открыт сзади, поэтому его легко надевать и снимать."},
	"et":       {"Käevõru on valmistatud hõbedast ja sellel on pehmelt ümardatud servad.", "See on tagant avatud, nii et seda on lihtne kätte panna ja ära võtta."},
	"az":       {"Qolbaq gümüşdən hazırlanıb və kənarları yumşaq yuvarlaqlaşdırılıb.", "Arxadan açıqdır, ona görə də asanlıqla taxılır və çıxarılır."},
	"mt":       {"Il-brazzuletta hija magħmula mill-fidda u għandha truf ittundjati.", "Tinfetaħ minn wara, għalhekk hija faċli biex tilbisha u tneħħiha."},
	"fa":       {"این دستبند از نقره ساخته شده و لبه‌های گردی دارد.", "از پشت باز می‌شود، پس پوشیدن و درآوردن آن خیلی آسان است."},
	"yue-Hant": {"呢隻手鐲係純銀整嘅，戴落手好舒服。", "佢後面係開口嘅，戴同除都好方便，唔使人幫手。"},
	"yue-Hans": {"呢只手镯系纯银整嘅，戴落手好舒服。", "佢后面系开口嘅，戴同除都好方便，唔使人帮手。"},
	"Hant":     {"這款手環輕盈舒適，適合日常佩戴。", "無論上班還是週末，都能輕鬆搭配。"},
	"Hans":     {"这款手环轻盈舒适，适合日常佩戴。", "无论上班还是周末，都能轻松搭配。"},
}

// close7Pairs are the close languages tried in each locale.
var close7Pairs = map[string][]string{
	"es-ES": {"ast", "ca", "gl"}, "es-MX": {"ast", "ca", "gl"},
	"pt-BR": {"gl", "es"}, "pt-PT": {"gl", "es"},
	"fr-FR": {"oc", "wa", "ht"}, "fr-CA": {"oc", "wa", "ht"},
	"it-IT": {"co", "sc", "nap"},
	"nl-NL": {"fy", "af"},
	"de-DE": {"lb", "gsw"},
	"da-DK": {"nb", "nn", "sv"}, "nb-NO": {"nn", "da", "sv"}, "sv-SE": {"nb", "da", "nn"},
	"cs-CZ": {"sk", "uk"}, "pl-PL": {"cs", "sk", "uk", "ru"},
	"fi-FI": {"et"}, "tr-TR": {"az"}, "ar-AE": {"mt", "fa"}, "el-GR": {"ru"},
	"zh-CN": {"yue-Hans", "yue-Hant", "Hant"}, "zh-TW": {"yue-Hant", "yue-Hans", "Hans"},
}

// close7Pass is correct copy that names places, products and loanwords of
// a close language: Catalan streets and buildings in Spanish, Occitan and
// Corsican place names, Frisian words of a Dutch place, a Cantonese place
// name and 關係 (係 in standard Chinese) in Chinese.
var close7Pass = []lt{
	{"es-ES", "%s Lo imaginamos en un paseo por el Carrer de Balmes, camino de la Sagrada Família."},
	{"es-MX", "%s Inspirado en un viaje a Barcelona: del Passeig de Gràcia a la Plaça de Catalunya."},
	{"es-ES", "%s Un guiño a la Fira de Sant Ponç y a las calles de L'Hospitalet de Llobregat."},
	{"pt-BR", "%s Inspirada em uma viagem pela Galícia, de A Coruña a Santiago de Compostela."},
	{"pt-PT", "%s Inspirada numa viagem pela Galiza, da Praza do Obradoiro às rías de Pontevedra."},
	{"fr-FR", "%s Inspiré d'un été en Provence, entre Lou Pradet et les calanques de Cassis."},
	{"fr-CA", "%s Un clin d'œil aux ruelles d'Aigues-Mortes et au festival Estivada de Rodez."},
	{"fr-CA", "%s Inspiré d'un été entre Port-au-Prince, Jacmel et la plage de Labadie."},
	{"it-IT", "%s Pensato per un'estate tra Bonifacio, Porto Cervo e Cala Goloritzé."},
	{"it-IT", "%s Un omaggio a Napoli, da Spaccanapoli a Marechiaro, con il suo spirito allegro."},
	{"nl-NL", "%s Geïnspireerd op de Friese meren, van It Heidenskip tot de skûtsjes bij Grou."},
	{"de-DE", "%s Inspiriert von einem Sommer in Zürich, zwischen Limmatquai und Niederdorf."},
	{"da-DK", "%s Inspireret af en tur til Bergen og Bryggen en sommerdag."},
	{"nb-NO", "%s Inspirert av en tur til Göteborg og København en sommerdag."},
	{"sv-SE", "%s Inspirerat av en resa till Ålesund och Nyhavn en sommardag."},
	{"cs-CZ", "%s Inspirováno výletem do Bratislavy a na Štrbské Pleso."},
	{"fi-FI", "%s Inspiraationa on kesäinen matka Tallinnaan ja Pärnuun."},
	{"tr-TR", "%s Bakü'nün İçərişəhər sokaklarından esinlenen sade çizgileri vardır."},
	{"zh-CN", "%s 灵感来自香港铜锣湾与旺角的街头风景。"},
	{"zh-TW", "%s 無論是朋友、家人或伴侶，這份關係都值得一份心意。"},
	{"zh-CN", "%s 无论是朋友、家人还是恋人，这份关系都值得用心对待。"},
	{"el-GR", "%s Εμπνευσμένο από ένα ταξίδι στη Σόφια και στη Μόσχα."},
	{"ar-AE", "%s مستوحى من رحلة صيفية إلى فاليتا ومدينة مدينا القديمة."},
}

// TestKindsCloseLanguage7 (#13, close_language): a sentence, two
// sentences, or the whole text in a close language after truthful copy
// blocks as locale in every locale that has one, for the close languages
// the packs did not yet hold (Asturian, Occitan, Walloon, Haitian Creole, Corsican,
// Sardinian, Neapolitan, West Frisian, Maltese, Ukrainian and Russian,
// written Cantonese) and new wordings of the others; correct copy naming
// places of those languages passes.
func TestKindsCloseLanguage7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var one, two, whole, pass []lt
	for loc, langs := range close7Pairs {
		host := lang6ByLang[langOf(loc)].host
		if x, ok := lang6ByLang[loc]; ok {
			host = x.host
		}
		sep := " "
		if strings.HasPrefix(loc, "zh") {
			sep = ""
		}
		for _, l := range langs {
			s := close7Sents[l]
			for _, x := range s {
				one = append(one, lt{loc, host + sep + x})
			}
			two = append(two, lt{loc, host + sep + s[0] + sep + s[1]})
			whole = append(whole, lt{loc, s[0] + sep + s[1]})
		}
	}
	for _, x := range close7Pass {
		host := lang6ByLang[langOf(x.locale)].host
		if y, ok := lang6ByLang[x.locale]; ok {
			host = y.host
		}
		txt := strings.Replace(x.text, "%s ", host+" ", 1)
		pass = append(pass, lt{x.locale, txt})
	}
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"close language, one sentence after", plainCuff, CatLocale, one},
		{"close language, two sentences after", plainCuff, CatLocale, two},
		{"close language, whole text", plainCuff, CatLocale, whole},
		{"places and names of a close language", plainCuff, "", pass},
	})
}
