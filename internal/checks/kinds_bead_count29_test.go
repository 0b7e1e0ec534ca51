package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsBeadCount29: a count heading a bead or piece noun made of the
// product's stone is the stone group's count (#13, released 29
// count_wrong: "reúne catorce cuentas facetadas de azabache" and "reúne
// catorze contas facetadas de azeviche" on a bracelet of 12 jet beads
// passed; grounding bead.go, vocabulary bead_nouns). The bead noun is
// followed by its stone ("cuentas de azabache", "Perlen aus Gagat",
// "korálků z gagátu", "χάντρες από γαγάτη"), glued after it
// ("Gagatperlen", "gagaattihelmeä", "amethistkralen"), or stands between
// the stone and the number in the languages with counters (자수정 구슬
// 14개, アメジストビーズを14個, 紫水晶珠十四颗). Each blocking row has its pass
// twin at the right count; a pearl word alone still blocks as a pearl on
// a product without pearls.
func TestKindsBeadCount29(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	jet := core.Product{SKU: "BC29J", Name: "Abbey Bracelet", Category: "bracelet", Collection: "Timeless",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "jet", Colour: "black", Count: 12, Origin: core.OriginNatural}},
		Colours: []string{"gold", "black"}}
	ame := core.Product{SKU: "BC29A", Name: "Violet Bracelet", Category: "bracelet", Collection: "Timeless",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "amethyst", Colour: "purple", Count: 12, Origin: core.OriginNatural}},
		Colours: []string{"silver", "purple"}}
	type row struct {
		locale      string
		p           core.Product
		wrong, twin string
	}
	rows := []row{
		{"en-GB", ame, "The bracelet strings fourteen faceted beads of amethyst.", "The bracelet strings twelve faceted beads of amethyst."},
		{"en-US", ame, "Eighteen polished beads of amethyst line the bracelet.", "Twelve polished beads of amethyst line the bracelet."},
		{"en-AU", ame, "It threads 16 round beads of purple amethyst.", "It threads 12 round beads of purple amethyst."},
		{"de-DE", jet, "Das Armband reiht vierzehn facettierte Perlen aus Gagat auf.", "Das Armband reiht zwölf facettierte Perlen aus Gagat auf."},
		{"fr-FR", jet, "Le bracelet réunit quatorze perles facettées de jais.", "Le bracelet réunit douze perles facettées de jais."},
		{"fr-CA", ame, "Le bracelet enfile vingt perles en améthyste.", "Le bracelet enfile douze perles en améthyste."},
		{"es-ES", ame, "La pulsera reúne veinte cuentas de amatista.", "La pulsera reúne doce cuentas de amatista."},
		{"es-MX", jet, "La pulsera reúne catorce cuentas facetadas de azabache.", "La pulsera reúne doce cuentas facetadas de azabache."},
		{"it-IT", jet, "Il bracciale riunisce quattordici perle sfaccettate di giaietto.", "Il bracciale riunisce dodici perle sfaccettate di giaietto."},
		{"pt-BR", ame, "A pulseira reúne dezesseis contas de ametista.", "A pulseira reúne doze contas de ametista."},
		{"pt-PT", jet, "A pulseira reúne catorze contas facetadas de azeviche.", "A pulseira reúne doze contas facetadas de azeviche."},
		{"nl-NL", jet, "De armband rijgt veertien kralen van git aaneen.", "De armband rijgt twaalf kralen van git aaneen."},
		{"sv-SE", ame, "Armbandet har fjorton ametistpärlor.", "Armbandet har tolv ametistpärlor."},
		{"da-DK", ame, "Armbåndet har fjorten ametystperler.", "Armbåndet har tolv ametystperler."},
		{"nb-NO", jet, "Armbåndet har fjorten fasetterte perler av gagat.", "Armbåndet har tolv fasetterte perler av gagat."},
		{"fi-FI", jet, "Rannekorussa on neljätoista gagaattihelmeä.", "Rannekorussa on kaksitoista gagaattihelmeä."},
		{"pl-PL", jet, "Bransoletka ma czternaście koralików z gagatu.", "Bransoletka ma dwanaście koralików z gagatu."},
		{"cs-CZ", jet, "Náramek má čtrnáct broušených korálků z gagátu.", "Náramek má dvanáct broušených korálků z gagátu."},
		{"tr-TR", ame, "Bileklikte yirmi dört ametist boncuk var.", "Bileklikte on iki ametist boncuk var."},
		{"el-GR", jet, "Το βραχιόλι έχει δεκατέσσερις χάντρες από γαγάτη.", "Το βραχιόλι έχει δώδεκα χάντρες από γαγάτη."},
		{"ar-AE", ame, "يضم السوار أربع عشرة خرزة من الجمشت.", "يضم السوار اثنتي عشرة خرزة من الجمشت."},
		{"ja-JP", ame, "ブレスレットにはアメジストビーズを14個連ねました。", "ブレスレットにはアメジストビーズを12個連ねました。"},
		{"ko-KR", ame, "팔찌에는 자수정 구슬 14개가 연결되어 있습니다.", "팔찌에는 자수정 구슬 12개가 연결되어 있습니다."},
		{"zh-CN", ame, "手链串有紫水晶珠十四颗。", "手链串有紫水晶珠十二颗。"},
		{"zh-TW", ame, "手鍊串有紫水晶珠十八顆。", "手鍊串有紫水晶珠十二顆。"},
	}
	var block, pass []kindRow
	for _, r := range rows {
		block = append(block, kindRow{r.locale, r.wrong, r.p, true})
		pass = append(pass, kindRow{r.locale, r.twin, r.p, false})
	}
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "", pass)
	// A pearl word alone, or beside the stone without being made of it,
	// stays a pearl on a product without pearls or beads.
	checkKindRows(t, svc, "grounding", []kindRow{
		{"de-DE", "Das Armband hat zwölf Perlen.", ame, true},
		{"de-DE", "Das Armband hat zwölf Perlen und Amethyste.", ame, true},
		{"sv-SE", "Armbandet har tolv pärlor och ametister.", ame, true},
		{"it-IT", "Il bracciale ha dodici perle e ametiste.", ame, true},
	})
}
