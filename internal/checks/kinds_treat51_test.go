package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsTreat51 (#13, treat51): probe 51's treated stones.
var (
	treat51Ruby = core.Product{SKU: "T51R", Name: "Rosa Pendant Necklace", Category: "necklace", Collection: "Lumière",
		Materials: []string{"14k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: core.OriginNatural, Treatment: "lead-glass filled"}},
		Colours: []string{"red", "silver"}}
	treat51Onyx = core.Product{SKU: "T51O", Name: "Nox Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"black", "silver"}}
	treat51Sapphire = core.Product{SKU: "T51S", Name: "Sunset Pendant", Category: "pendant", Collection: "Signature",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "orange", Count: 1, Origin: core.OriginNatural, Treatment: "beryllium-diffused"}},
		Colours: []string{"orange", "silver"}}
	treat51Topaz = core.Product{SKU: "T51T", Name: "Trilogy Topaz Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"rhodium-plated 14k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "rhodium"}},
		Stones:  []core.Stone{{Type: "topaz", Colour: "Swiss blue", Count: 3, Origin: core.OriginNatural, Treatment: "irradiated"}},
		Colours: []string{"blue", "white"}}
	treat51Zircon = core.Product{SKU: "T51Z", Name: "Blue Zircon Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"rhodium-plated 14k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "rhodium"}},
		Stones:  []core.Stone{{Type: "zircon", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"blue", "white"}}
)

// TestKindsTreat51 (#13, treat51): a denial of treatment that is not said
// of this stone's present state discloses the treatment, in 25 locales:
// negated ("it is not an untreated stone", "nicht die natürliche Farbe
// des Steins", "n'est pas un rubis non traité", "non è il suo colore
// naturale", "ikke steinens naturlige farge", "ei ole kiven luonnollinen
// väri", "並非未經處理", "doğal rengi değildir", "天然の色ではありません";
// probe 51C en-US 51C103-2, de-DE 51C102-2, fr-CA 51C104-2, it-IT
// 51C103-3, nb-NO 51C103-3, fi-FI 51C102-2, zh-TW 51C103-2, probe 51D
// tr-TR 51D102-1/-2), hypothetical ("the untreated stone would be pale",
// "Unheated, the stone would be a reddish brown") or said of the rough
// ("The rough was untreated when it was mined"). Every row blocked
// grounding.treatment on main d8b2d461.
func TestKindsTreat51(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(treat51Ruby, false, [][2]string{
		{"en-GB", "It is a lead-glass-filled ruby; it is not an untreated stone, and it needs gentler care than one."},
		{"en-GB", "The untreated stone would be cloudy and pale; the glass filling makes it clear and red."},
		{"en-GB", "The rough was untreated when it was mined; its fractures were then filled with lead glass."},
		{"en-GB", "An untreated ruby of the same size would cost far more."},
		{"de-DE", "Unbehandelt wäre der Stein trüb und blass."},
		{"de-DE", "Im rohen Zustand war der Stein unbehandelt; erst danach wurden seine Risse mit Bleiglas gefüllt."},
		{"fr-FR", "Ce n'est donc pas un rubis non traité, et le mot juste est rubis composite."},
		{"fr-CA", "Ce n'est pas un rubis non traité : ses fissures sont comblées de verre au plomb."},
		{"it-IT", "Non trattato, il rubino sarebbe torbido e pallido."},
		{"nl-NL", "Onbehandeld zou de steen troebel en bleek zijn."},
		{"sv-SE", "Obehandlad skulle stenen se grumlig och blek ut."},
		{"zh-TW", "這顆紅寶石並非未經處理，而是經過鉛玻璃充填處理。"},
		{"zh-CN", "如果未经处理，这块宝石会显得浑浊而苍白。"},
	})...)
	rows = append(rows, pairRows(treat51Onyx, false, [][2]string{
		{"en-US", "This deep black is not the stone's natural color: it comes from dyeing."},
		{"de-DE", "Dieses Schwarz ist also nicht die natürliche Farbe des Steins, es ist jedoch beständig."},
		{"es-ES", "Este negro no es su color natural: se obtiene con tinte."},
		{"es-MX", "Este negro intenso no es el color natural de la piedra: proviene del teñido."},
		{"it-IT", "Il nero uniforme che vede qui non è il suo colore naturale, ma si ottiene con la tintura."},
		{"pt-BR", "Este preto não é a cor natural da pedra: vem do tingimento."},
		{"pt-PT", "Este negro profundo não é a cor natural da pedra: resulta do tingimento."},
		{"nl-NL", "Dit zwart is niet de natuurlijke kleur van de steen: het komt van kleuring."},
		{"fi-FI", "Tämä tasainen syvä musta ei ole kiven luonnollinen väri vaan syntyy värjäämällä."},
		{"pl-PL", "Ta czerń nie jest naturalnym kolorem kamienia: powstaje przez barwienie."},
		{"cs-CZ", "Tato čerň není přírodní barva kamene: vzniká barvením."},
		{"el-GR", "Αυτό το μαύρο δεν είναι το φυσικό χρώμα της πέτρας: προέρχεται από βαφή."},
		{"ar-AE", "هذا اللون الأسود ليس لونها الطبيعي: إنه ناتج عن الصباغة."},
		{"ja-JP", "この黒は石の天然の色ではありません。染色によるものです。"},
		{"ko-KR", "이 오닉스는 처리를 하지 않은 돌이 아닙니다. 염색한 돌입니다."},
		{"zh-CN", "这种黑色并不是石头的天然颜色，而是染色而成。"},
	})...)
	rows = append(rows, pairRows(treat51Zircon, false, [][2]string{
		{"en-AU", "Unheated, the stone would be a reddish brown; heating turns it blue."},
		{"fr-FR", "Non chauffée, la pierre serait d'un brun rougeâtre."},
		{"es-ES", "Sin calentar, la piedra sería de un marrón rojizo."},
		{"pt-PT", "Sem aquecimento, a pedra seria de um castanho avermelhado."},
	})...)
	rows = append(rows, pairRows(treat51Sapphire, false, [][2]string{
		{"nb-NO", "Fargen er ikke steinens naturlige farge, men kommer fra berylliumdiffusjon."},
		{"da-DK", "Farven er ikke stenens naturlige farve: den kommer fra berylliumdiffusion."},
		{"sv-SE", "Färgen är inte stenens naturliga färg: den kommer från berylliumdiffusion."},
	})...)
	rows = append(rows, pairRows(treat51Topaz, false, [][2]string{
		{"tr-TR", "İsviçre mavisi olarak bilinen bu canlı renk taşın doğal rengi değildir: mavi ton ışınlamayla elde edilir."},
	})...)
	checkKindRows(t, svc, "", rows)
}

// TestKindsTreat51Bad (#13, treat51): a plain denial of this stone's
// treatment still blocks in 25 locales, with a hypothetical that names
// the piece ("This untreated ruby would make a lovely gift") and the
// negative concord of a denial ("non ha subito nessun trattamento", "n'a
// jamais subi aucun traitement", "δεν έχει υποστεί καμία επεξεργασία"),
// and the two denials probe 51 missed: nl "zonder enige kleuring" (probe
// 51C nl-NL 51C103-2) and ja 加熱などの処理を一切していない (probe 51D ja-JP
// 51D101-3), which passed on main d8b2d461.
func TestKindsTreat51Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(treat51Onyx, true, [][2]string{
		{"en-GB", "This onyx is untreated and its black is its natural colour."},
		{"en-US", "Our onyx is untreated."},
		{"de-DE", "Der Onyx ist unbehandelt und hat seine natürliche Farbe."},
		{"fr-CA", "Cette pierre n'a jamais subi aucun traitement."},
		{"es-MX", "Este ónix conserva su color natural."},
		{"pt-BR", "Este ônix está na sua cor natural."},
		{"pt-PT", "A pedra não sofreu qualquer tratamento."},
		{"nl-NL", "Van nature is het vaak grijs of gestreept, maar deze steen is van nature egaal zwart, zonder enige kleuring."},
		{"fi-FI", "Onyksi on käsittelemätön."},
		{"pl-PL", "Ten onyks jest nieuszlachetniany."},
		{"cs-CZ", "Tento onyx je neupravovaný."},
		{"el-GR", "Η πέτρα δεν έχει υποστεί καμία επεξεργασία."},
		{"ar-AE", "هذا الحجر بدون أي معالجة."},
		{"ja-JP", "このオニキスは未処理です。"},
		{"ko-KR", "이 오닉스는 처리를 하지 않은 돌입니다."},
	})...)
	rows = append(rows, pairRows(treat51Zircon, true, [][2]string{
		{"en-AU", "The stone is unheated."},
		{"ja-JP", "ジルコンは地球最古級の鉱物で、この澄んだ青は加熱などの処理を一切していない、採掘されたままの天然の色です。"},
	})...)
	rows = append(rows, pairRows(treat51Ruby, true, [][2]string{
		{"en-GB", "This untreated ruby would make a lovely gift."},
		{"fr-FR", "Ce rubis est non traité."},
		{"es-ES", "El rubí no ha recibido ningún tratamiento."},
		{"it-IT", "Il rubino non ha subito nessun trattamento."},
		{"nl-NL", "Deze robijn is onbehandeld."},
		{"zh-TW", "這顆紅寶石未經任何處理。"},
		{"zh-CN", "这颗红宝石未经任何处理。"},
	})...)
	rows = append(rows, pairRows(treat51Sapphire, true, [][2]string{
		{"nb-NO", "Safiren er ubehandlet."},
		{"da-DK", "Safiren er ubehandlet."},
		{"sv-SE", "Safiren är obehandlad."},
	})...)
	rows = append(rows, pairRows(treat51Topaz, true, [][2]string{
		{"tr-TR", "Bu topaz işlem görmemiştir, rengi tamamen doğaldır."},
	})...)
	checkKindRows(t, svc, "grounding", rows)
}

// TestKindsTreat51Open (#13, treat51): left open. Swedish "vara" (to be)
// folds to "våra" (ours) once its accent is dropped, so a hypothetical
// clause with "vara" reads as naming the piece and keeps its denial.
func TestKindsTreat51Open(t *testing.T) {
	t.Skip("open (#13, treat51): sv \"vara\" folds to the possessive \"våra\" (ours), which keeps a hypothetical denial as the piece's")
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(treat51Ruby, false, [][2]string{
		{"sv-SE", "Obehandlad skulle stenen vara grumlig och blek."},
	}))
}
