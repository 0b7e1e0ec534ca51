package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// stone12Turquoise is a pair of sterling silver earrings with two
// stabilised turquoises: the treatment is disclosed, no finish claim is
// licensed.
var stone12Turquoise = core.Product{SKU: "S12", Name: "Mesa", Category: "earrings", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "blue"},
	Stones: []core.Stone{{Type: "turquoise", Colour: "blue", Count: 2, Origin: "natural", Treatment: "stabilised"}}}

// stone12Lang is one language's colour kept by a stone's treatment (stone:
// the treatment or the stone is the subject) and the metal's colour kept
// in the same sentence as the treated stone (metal: the silver is the
// subject, or the noun a head-final relative clause describes).
type stone12Lang struct{ stone, metal string }

var stone12Texts = map[string]stone12Lang{
	"en":    {"The turquoise is stabilised; the treatment hardens the stone and keeps its colour.", "Stabilised turquoise in sterling silver that keeps its colour for years."},
	"de":    {"Der Türkis ist stabilisiert: Die Behandlung festigt den Stein, der so seine Farbe behält.", "Der stabilisierte Türkis sitzt in Silber, und das Silber behält seine Farbe für immer."},
	"fr":    {"La turquoise est stabilisée ; ce traitement renforce la pierre et lui permet de garder sa couleur.", "La turquoise stabilisée est sertie dans un argent qui garde sa couleur pour toujours."},
	"it":    {"Il turchese è stabilizzato: il trattamento rafforza la pietra e ne mantiene il colore.", "Il turchese stabilizzato è incastonato in argento che mantiene il suo colore per sempre."},
	"es":    {"La turquesa está estabilizada; el tratamiento endurece la piedra y conserva su color.", "La turquesa estabilizada va engastada en plata que conserva su color para siempre."},
	"pt":    {"A turquesa é estabilizada; o tratamento fortalece a pedra e mantém a sua cor.", "A turquesa estabilizada está cravada em prata que mantém a sua cor para sempre."},
	"nl":    {"De turkoois is gestabiliseerd; de behandeling verstevigt de steen en behoudt zijn kleur.", "De gestabiliseerde turkoois zit in zilver, en het zilver behoudt voor altijd zijn kleur."},
	"da":    {"Turkisen er stabiliseret; behandlingen styrker stenen og bevarer dens farve.", "Den stabiliserede turkis sidder i sølv, der bevarer sin farve for altid."},
	"nb":    {"Turkisen er stabilisert; behandlingen styrker steinen og bevarer fargen.", "Den stabiliserte turkisen sitter i sølv som bevarer fargen for alltid."},
	"sv":    {"Turkosen är stabiliserad; behandlingen stärker stenen och bevarar dess färg.", "Den stabiliserade turkosen sitter i silver som behåller sin färg för alltid."},
	"fi":    {"Turkoosi on stabiloitu; käsittely vahvistaa kiveä ja säilyttää sen värin.", "Stabiloitu turkoosi on istutettu hopeaan, joka säilyttää värinsä ikuisesti."},
	"pl":    {"Turkus jest stabilizowany; ten zabieg wzmacnia kamień i zachowuje jego kolor.", "Stabilizowany turkus osadzono w srebrze, które na zawsze zachowuje swój kolor."},
	"cs":    {"Tyrkys je stabilizovaný; úprava kámen zpevňuje a zachovává jeho barvu.", "Stabilizovaný tyrkys je zasazen do stříbra, které si navždy zachová barvu."},
	"tr":    {"Turkuaz stabilize edilmiştir; bu uygulama taşı güçlendirir ve rengini korur.", "Stabilize turkuazı taşıyan gümüş, rengini sonsuza dek korur."},
	"el":    {"Το τιρκουάζ είναι σταθεροποιημένο· η επεξεργασία ενισχύει την πέτρα και διατηρεί το χρώμα της.", "Το σταθεροποιημένο τιρκουάζ είναι δεμένο σε ασήμι που διατηρεί το χρώμα του για πάντα."},
	"ar":    {"الفيروز مثبّت، وهذه المعالجة تقوي الحجر وتحافظ على لونه.", "الفيروز المثبّت مرصّع في فضة تحافظ على لونها إلى الأبد."},
	"ja":    {"ターコイズは安定化処理済みで、この処理が石を強くし、色あせを防ぎます。", "安定化処理済みのターコイズを、永遠に色あせないシルバーにセットしました。"},
	"ko":    {"터키석은 안정화 처리되었으며, 이 처리는 원석을 단단하게 하고 색이 바래지 않게 해 줍니다.", "안정화 처리된 터키석을 영원히 변색되지 않는 실버에 세팅했습니다."},
	"zh-CN": {"绿松石经过稳定化处理，这一处理使宝石更坚固，永不褪色。", "经稳定化处理的绿松石镶嵌在永不褪色的银饰上。"},
	"zh-TW": {"綠松石經過穩定化處理，這一處理使寶石更堅固，永不褪色。", "經穩定化處理的綠松石鑲嵌在永不褪色的銀飾上。"},
}

// TestKindsStoneColour12: a colour kept by a stone's disclosed treatment
// is said of the stone, not of the metal's finish the tarnish claim
// concerns (#13, released 12: Turkish "bu işlem taşı sağlamlaştırır ve
// rengini korur" on a stabilised turquoise blocked as tarnish_proof). The
// nearest subject noun before the match decides (concepts-stone12.yaml:
// subjects, other_subjects); the silver keeping its colour beside the
// treated stone, or described by a head-final relative clause ("rengini
// koruyan gümüş", "色あせないシルバー"), still blocks.
func TestKindsStoneColour12(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var stone, metal []lt
	perLocale(t, stone12Texts, "stone12", func(loc string, x stone12Lang, in func([]string) []lt) {
		stone = append(stone, in([]string{x.stone})...)
		metal = append(metal, in([]string{x.metal})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a stone's colour kept by its treatment", stone12Turquoise, "", stone},
		{"the metal's colour kept beside a treated stone", stone12Turquoise, CatClaim, metal},
	})
}
