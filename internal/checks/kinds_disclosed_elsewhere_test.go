package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// firstSentenceElsewhere is the scope reader with the first sentence of
// the copy read as another item's, as it reads a cross-sell or a clause
// it takes for another piece.
func firstSentenceElsewhere(p core.Product, locale, text string, collections []string) ([]core.Finding, [][2]int) {
	fs, els := grounding.CheckScoped(p, locale, text, collections)
	end := strings.IndexAny(text, ".。")
	if end < 0 {
		return fs, els
	}
	return fs, append([][2]int{{0, end}}, els...)
}

// TestKindsQualifiedElsewhereDiscloses (#13, legal_qualifier): a lab-grown
// stone named with its qualifier in a clause the scope gives to another
// item still discloses the stone type, so the product's own stones named
// plainly after it pass, in every locale; the qualifier of another stone
// type discloses nothing.
func TestKindsQualifiedElsewhereDiscloses(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "RB3", Name: "Ember Ring", Category: "ring", Metals: []core.Metal{{Base: "sterling silver"}},
		Stones: []core.Stone{{Type: "ruby", Colour: "red", Count: 3, Origin: core.OriginLabGrown}}, Colours: []string{"red", "silver"}}
	c := NewScoped(firstSentenceElsewhere)
	runKinds(t, c, guide(t), []kindTable{
		{"qualified in another item's clause", p, "", []lt{
			{"en-GB", "Three lab-grown rubies line the band. The rubies glow a deep red."},
			{"en-US", "Three lab-created rubies line the band. The rubies glow a deep red."},
			{"en-AU", "Three lab-grown rubies line the band. The rubies glow a deep red."},
			{"fr-FR", "Trois rubis synthétiques ornent l'anneau. Les rubis brillent d'un rouge profond."},
			{"fr-CA", "Trois rubis synthétiques ornent l'anneau. Les rubis brillent d'un rouge profond."},
			{"de-DE", "Drei synthetische Rubine zieren die Schiene. Die Rubine leuchten tiefrot."},
			{"it-IT", "Tre rubini sintetici ornano la fascia. I rubini brillano di un rosso intenso."},
			{"es-ES", "Tres rubíes sintéticos adornan el aro. Los rubíes brillan con un rojo intenso."},
			{"es-MX", "Tres rubíes sintéticos adornan el aro. Los rubíes brillan con un rojo intenso."},
			{"pt-BR", "Três rubis sintéticos enfeitam o aro. Os rubis brilham num vermelho intenso."},
			{"pt-PT", "Três rubis sintéticos enfeitam o aro. Os rubis brilham num vermelho intenso."},
			{"nl-NL", "Drie synthetische robijnen sieren de band. De robijnen gloeien dieprood."},
			{"da-DK", "Tre syntetiske rubiner pryder skinnen. Rubinerne gløder dybt røde."},
			{"nb-NO", "Tre syntetiske rubiner pryder skinnen. Rubinene gløder dypt røde."},
			{"sv-SE", "Tre syntetiska rubiner pryder skenan. Rubinerna glöder djupt röda."},
			{"fi-FI", "Kolme synteettistä rubiinia koristaa kiskoa. Rubiinit hehkuvat syvän punaisina."},
			{"pl-PL", "Trzy syntetyczne rubiny zdobią obrączkę. Rubiny lśnią głęboką czerwienią."},
			{"cs-CZ", "Tři syntetické rubíny zdobí obroučku. Rubíny září sytě červeně."},
			{"el-GR", "Τρία συνθετικά ρουμπίνια κοσμούν τη βέρα. Τα ρουμπίνια λάμπουν σε βαθύ κόκκινο."},
			{"tr-TR", "Üç sentetik yakut halkayı süslüyor. Yakutlar koyu kırmızı parlıyor."},
			{"ar-AE", "ثلاثة أحجار ياقوت مزروعة في المختبر تزين الخاتم. يتوهج الياقوت بلون أحمر عميق."},
			{"ja-JP", "三つの合成ルビーがリングを彩ります。ルビーが深い赤に輝きます。"},
			{"ko-KR", "세 개의 합성 루비가 밴드를 장식합니다. 루비가 깊은 빨강으로 빛납니다."},
			{"zh-CN", "三颗合成红宝石点缀戒圈。红宝石闪耀着深红色。"},
			{"zh-TW", "三顆合成紅寶石點綴戒圈。紅寶石閃耀著深紅色。"},
		}},
		{"another stone's qualifier", p, CatRegulatory, []lt{
			{"en-GB", "Lab-grown sapphires are on the matching studs. The rubies glow a deep red."},
			{"fr-FR", "Des saphirs synthétiques ornent les puces assorties. Les rubis brillent d'un rouge profond."},
			{"de-DE", "Synthetische Saphire zieren die passenden Ohrstecker. Die Rubine leuchten tiefrot."},
		}},
	})
}
