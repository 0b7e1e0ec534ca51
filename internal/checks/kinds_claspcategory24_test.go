package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A clasp or connector ring named with a category word (#13,
// claspcategory24; released24b pt-BR H24b03-0): "O fecho de argola é simples
// de usar" (the spring-ring clasp) on an anklet was blocked as hoop earrings
// (grounding.category "argola"). A spring ring, bolt ring, jump ring or split
// ring is a finding of the piece (MJSA Findings Glossary), whatever word for
// a ring or a hoop its name holds; the locale packs list those names as
// ignore forms in every language whose category words they contain (en, de,
// fr, es, it, pt, pl, ja, ko, ar; the compounds of nl, sv, da, nb, fi and the
// words of cs, tr, el and zh name no category). A ring named as the piece
// ("this ring" said of an anklet) still blocks.
func TestKindsClaspCategory24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	anklet := core.Product{SKU: "K24C", Name: "Campanula", Category: "anklet", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}, Features: []string{"nickel-free", "extender chain"},
		Attributes: map[string]string{"clasp": "spring ring"}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, anklet, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, anklet, true} }
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// blocked before
		pass("pt-BR", "O fecho de argola é simples de usar."),
		pass("pt-PT", "O fecho de argola é fácil de usar."),
		pass("pt-BR", "O fecho argola é prático."),
		pass("pt-BR", "A argola de mola é fácil de abrir."),
		pass("pt-PT", "Uma argola de ligação prende o sininho."),
		pass("pt-BR", "Uma argola de junção prende o sininho."),
		pass("pt-PT", "Um fecho de anel de mola mantém-na fechada."),
		pass("de-DE", "Ein Verbindungsring hält das Glöckchen."),
		pass("de-DE", "Ein Spaltring hält das Glöckchen."),
		pass("fr-FR", "Un anneau brisé retient la clochette."),
		pass("fr-CA", "Elle se ferme par un fermoir à anneau."),
		pass("es-ES", "Un aro de unión sujeta la campanita."),
		pass("it-IT", "Un anello di congiunzione unisce il campanellino."),
		pass("pl-PL", "Zapina się na pierścień sprężynowy."),
		pass("ja-JP", "スプリングリングで留めます。"),
		pass("ja-JP", "リングクラスプで留めます。"),
		pass("ko-KR", "링 잠금장치로 고정합니다."),
		pass("ko-KR", "스프링 링 클래스프로 고정합니다."),
		pass("ar-AE", "يغلق بمشبك حلقي زنبركي."),
		pass("ar-AE", "يغلق بمشبك على شكل جراد البحر."),
		pass("ar-AE", "تربط حلقة وصل الجرس بالسلسلة."),
		pass("en-AU", "A jump ring holds the bell and a bolt ring closes it."),
		// publishable before and after
		pass("en-GB", "It fastens with a spring ring clasp."),
		pass("en-US", "It closes with a spring-ring clasp."),
		pass("en-GB", "A ring clasp keeps it closed."),
		pass("de-DE", "Der Federringverschluss ist leicht zu bedienen."),
		pass("de-DE", "Er schließt mit einem Ringverschluss."),
		pass("fr-FR", "Elle se ferme par un fermoir anneau ressort."),
		pass("fr-FR", "Un anneau de jonction retient la clochette."),
		pass("es-ES", "Se cierra con un cierre de reasa."),
		pass("es-MX", "Cierra con un broche de argolla."),
		pass("it-IT", "Si chiude con una chiusura ad anello a molla."),
		pass("it-IT", "Un anellino unisce il campanellino alla catena."),
		pass("nl-NL", "De veerringsluiting is makkelijk."),
		pass("sv-SE", "Den stängs med ett springringlås."),
		pass("da-DK", "Den lukkes med en springring."),
		pass("nb-NO", "Den lukkes med en springringlås."),
		pass("fi-FI", "Se suljetaan jousirengaslukolla."),
		pass("pl-PL", "Zapięcie typu kółko sprężynowe jest wygodne."),
		pass("cs-CZ", "Zapíná se na pružinový kroužek."),
		pass("tr-TR", "Yaylı halka kilitle kapanır."),
		pass("el-GR", "Κλείνει με κούμπωμα τύπου κρίκου."),
		pass("ja-JP", "丸カンと引き輪で留めます。"),
		pass("zh-CN", "采用弹簧扣，开合方便。"),
		pass("zh-TW", "採用圓圈扣，開合方便。"),
		// a ring or hoops named as the piece still block
		block("pt-BR", "Esta argola fica linda no tornozelo."),
		block("pt-PT", "Este anel fica lindo no tornozelo."),
		block("en-AU", "This ring is lovely on the ankle."),
		block("en-GB", "This ring closes with a spring ring clasp."),
		block("de-DE", "Dieser Ring ist am Knöchel schön."),
		block("fr-FR", "Cette bague est jolie à la cheville."),
		block("es-ES", "Este anillo luce precioso en el tobillo."),
		block("it-IT", "Questo anello sta benissimo alla caviglia."),
		block("nl-NL", "Deze ring staat mooi om de enkel."),
		block("sv-SE", "Den här ringen är fin på vristen."),
		block("pl-PL", "Ten pierścionek pięknie wygląda na kostce."),
		block("cs-CZ", "Tento prsten je na kotníku krásný."),
		block("tr-TR", "Bu yüzük bilekte çok güzel durur."),
		block("el-GR", "Αυτό το δαχτυλίδι είναι όμορφο στον αστράγαλο."),
		block("ja-JP", "このリングは足首に映えます。"),
		block("zh-CN", "这枚戒指戴在脚踝上很好看。"),
		block("ar-AE", "هذا الخاتم جميل على الكاحل."),
	})
}
