package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The body's self-healing powers, or a stone's healing powers, promised by
// the copy (#13, selfheal24; released23a de-DE H23a09-2 "soll … die
// Selbstheilungskräfte des Körpers wecken"): a health claim in every
// language (data/<lang>/concepts-selfheal24.yaml; EU UCPD 2005/29/EC Annex I
// no. 17, FTC Act section 5, UK CAP Code 12.1), hedged or not. A stone's
// look, origin or name stays copy.
func TestKindsSelfHeal24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bracelet := core.Product{SKU: "K24H", Name: "Eudia", Category: "bracelet", Collection: "Essence",
		Materials: []string{"eudialyte", "sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "eudialyte", Colour: "red", Count: 21, Origin: "natural"}},
		Colours:   []string{"red", "silver"}, Features: []string{"hand-strung"}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, bracelet, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, bracelet, true} }
	checkKindRows(t, svc, "claim", []kindRow{
		block("de-DE", "Der Stein soll Herz und Gemüt stärken und die Selbstheilungskräfte des Körpers wecken."),
		block("de-DE", "Eudialyt aktiviert die Selbstheilung."),
		block("en-GB", "The stone is said to awaken the body's self-healing powers."),
		block("en-US", "Eudialyte supports self-healing and a stronger immune system."),
		block("fr-FR", "On prête à l'eudialyte un pouvoir d'autoguérison."),
		block("fr-CA", "Cette pierre stimulerait l'autoguérison du corps."),
		block("es-ES", "Se dice que la eudialita despierta la autocuración del cuerpo."),
		block("es-MX", "Una piedra con propiedades curativas para tu día a día."),
		block("it-IT", "Si dice che l'eudialite stimoli l'autoguarigione."),
		block("pt-PT", "Diz-se que a eudialite desperta a autocura do corpo."),
		block("pt-BR", "A eudialita fortalece o sistema imunológico."),
		block("nl-NL", "Eudialiet zou het zelfgenezend vermogen van het lichaam wekken."),
		block("sv-SE", "Stenen sägs väcka kroppens självläkande förmåga."),
		block("da-DK", "Stenen siges at vække kroppens selvhelbredende kræfter."),
		block("nb-NO", "Steinen sies å vekke kroppens selvhelbredende evne."),
		block("fi-FI", "Kiven sanotaan herättävän kehon itseparantavat voimat."),
		block("pl-PL", "Kamień podobno wspiera samoleczenie organizmu."),
		block("cs-CZ", "Kámen prý podporuje samoléčebné schopnosti těla."),
		block("tr-TR", "Taşın vücudun kendi kendini iyileştirme gücünü uyandırdığına inanılır."),
		block("el-GR", "Η πέτρα λέγεται ότι ενισχύει την αυτοΐαση του σώματος."),
		block("ar-AE", "يقال إن الحجر يوقظ قدرة الجسم على الشفاء الذاتي."),
		block("ja-JP", "この石は自然治癒力を高めると言われています。"),
		block("ko-KR", "이 원석은 자연 치유력을 높여 준다고 알려져 있습니다."),
		block("zh-CN", "据说这种宝石能唤醒身体的自愈能力。"),
		block("zh-TW", "據說這種寶石能提升自我療癒的力量。"),
		// the stone itself, its look and origin
		pass("de-DE", "Einundzwanzig Eudialyt-Perlen in tiefem Rot, aufgefädelt von Hand."),
		pass("en-GB", "Twenty-one eudialyte beads in deep red, strung by hand."),
		pass("fr-FR", "Vingt et une perles d'eudialyte d'un rouge profond, enfilées à la main."),
		pass("ja-JP", "深い赤のユーディアライトのビーズを21個、手作業で通しました。"),
		pass("zh-CN", "二十一颗深红色异性石串珠，手工串制。"),
	})
}
