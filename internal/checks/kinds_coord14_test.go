package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Every metal of a list after a word of comparison is compared (#13, the
// fourteenth session's coord14, probe 14e): de "Wolframcarbid ist
// deutlich härter als Gold oder Silber" and sv "mycket hårdare än guld och
// silver" on a tungsten carbide band read Gold as compared and Silber as
// the band's (grounding.material, regulatory.plating). A metal joined by
// the language's list words (measure_words.list: and, or, und, oder, och,
// eller, ou, o, e, 和, や ...) to a compared metal is compared too, before
// or after it ("altın ve gümüşten daha sert", 金や銀より硬い). In the
// languages whose adjectives follow the noun a word of comparison may
// stand apart from its preposition ("une alternative abordable à
// l'argent sterling", "una alternativa asequible a la plata de ley").
// A metal named outside the comparison still blocks.
func TestKindsCoord14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	band := core.Product{SKU: "H14W", Name: "Forge Brushed Band", Category: "ring", Collection: "Essence",
		Materials: []string{"tungsten carbide"}, Metals: []core.Metal{{Base: "tungsten carbide"}},
		Colours: []string{"grey"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"de-DE", "Wolframcarbid ist deutlich härter als Gold oder Silber und daher im Alltag sehr kratzbeständig.", false},
		{"de-DE", "Wolframcarbid ist härter als Gelbgold, Silber oder Platin.", false},
		{"sv-SE", "Volframkarbid är mycket hårdare än guld och silver och står emot repor i vardagen.", false},
		{"en-US", "Tungsten carbide is far harder than gold or silver, so it resists scratches.", false},
		{"en-GB", "Tungsten carbide is harder than gold, silver or platinum.", false},
		{"fr-FR", "Le carbure de tungstène est bien plus dur que l'or ou l'argent.", false},
		{"es-ES", "El carburo de tungsteno es mucho más duro que el oro o la plata.", false},
		{"it-IT", "Il carburo di tungsteno è molto più duro dell'oro e dell'argento.", false},
		{"pt-BR", "O carboneto de tungstênio é muito mais duro que o ouro ou a prata.", false},
		{"nl-NL", "Wolfraamcarbide is veel harder dan goud of zilver.", false},
		{"da-DK", "Wolframkarbid er meget hårdere end guld og sølv.", false},
		{"nb-NO", "Wolframkarbid er mye hardere enn gull og sølv.", false},
		{"pl-PL", "Węglik wolframu jest znacznie twardszy niż złoto i srebro.", false},
		{"cs-CZ", "Karbid wolframu je mnohem tvrdší než zlato nebo stříbro.", false},
		{"fi-FI", "Volframikarbidi on paljon kovempaa kuin kulta tai hopea.", false},
		{"el-GR", "Το καρβίδιο του βολφραμίου είναι πολύ πιο σκληρό από τον χρυσό ή το ασήμι.", false},
		{"tr-TR", "Tungsten karbür, altın ve gümüşten çok daha serttir.", false},
		{"ja-JP", "タングステンカーバイドは金や銀よりずっと硬い素材です。", false},
		{"zh-CN", "碳化钨比金和银更坚硬。", false},
		{"ar-AE", "كربيد التنغستن أكثر صلابة من الذهب والفضة.", false},
		{"ar-AE", "كربيد التنغستن أكثر متانة من الفضة.", false},
		{"fr-FR", "Une alternative abordable à l'argent sterling, en carbure de tungstène.", false},
		{"es-ES", "Una alternativa asequible a la plata de ley, en carburo de tungsteno.", false},
		{"it-IT", "Un'alternativa accessibile all'argento sterling, in carburo di tungsteno.", false},
		{"pt-BR", "Uma alternativa acessível à prata de lei, em carboneto de tungstênio.", false},
		// a metal outside the comparison still blocks
		{"en-US", "This silver ring is harder than gold.", true},
		{"en-US", "Gold or silver: this band is solid gold.", true},
		{"en-US", "Harder than gold, this band is silver.", true},
		{"de-DE", "Härter als Gold und aus Silber gefertigt.", true},
		{"fr-FR", "Plus dur que l'or, ce bracelet est en argent.", true},
		{"fr-FR", "Une alternative abordable, en argent sterling.", true},
		{"es-ES", "Más duro que el oro y hecho de plata.", true},
		{"sv-SE", "Hårdare än guld och gjord av silver.", true},
		{"zh-CN", "比金更硬，戒圈为银。", true},
	} {
		blocked, fs := blockedIn(t, svc, "", band, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}
