package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsEquative37 holds the standard of an equative comparison with
// the piece's own metal, "Titanium is as strong as steel", to be the
// titanium's comparison, not steel on the piece (#13, equative37; probe
// 37's titanium earrings blocked steel in ten locales). Twins: the same
// sentence on silver earrings still blocks titanium, steel said of the
// piece still blocks, and "sold as" names the piece's metal.
func TestKindsEquative37(t *testing.T) {
	t.Parallel()
	ti := core.Metal{Base: "titanium"}
	ag := core.Metal{Base: "sterling silver", Fineness: "925"}
	for _, tc := range []struct {
		locale, text string
		metal        core.Metal
		block        bool
	}{
		{"en-GB", "Titanium is as strong as steel at about half the weight, so the earrings feel weightless.", ti, false},
		{"en-US", "Titanium is just as strong as steel but far lighter.", ti, false},
		{"en-AU", "Titanium is nearly as strong as steel.", ti, false},
		{"pt-BR", "O titânio é forte como o aço e pesa quase a metade.", ti, false},
		{"pt-PT", "O titânio é tão resistente como o aço e pesa quase metade.", ti, false},
		{"nl-NL", "Titanium is zo sterk als staal en weegt ongeveer de helft.", ti, false},
		{"da-DK", "Titanium er lige så stærkt som stål og vejer cirka det halve.", ti, false},
		{"nb-NO", "Titan er like sterkt som stål, men veier omtrent halvparten.", ti, false},
		{"sv-SE", "Titan är lika starkt som stål men väger ungefär hälften.", ti, false},
		{"fi-FI", "Titaani on yhtä lujaa kuin teräs, mutta painaa noin puolet.", ti, false},
		{"pl-PL", "Tytan jest wytrzymały jak stal, a waży mniej więcej o połowę mniej.", ti, false},
		{"cs-CZ", "Titan je stejně pevný jako ocel, ale váží zhruba polovinu.", ti, false},
		{"tr-TR", "Titanyum çelik kadar sağlamdır ama yaklaşık yarısı kadar hafiftir.", ti, false},
		{"ar-AE", "والتيتانيوم متين كالفولاذ ويزن نحو نصفه.", ti, false},
		{"ja-JP", "チタンは鋼と同じほど丈夫で、重さは約半分です。", ti, false},
		{"ko-KR", "티타늄은 강철만큼 튼튼하지만 무게는 절반 정도입니다.", ti, false},
		{"zh-CN", "钛和钢一样坚固，重量却只有约一半。", ti, false},
		{"zh-TW", "鈦和鋼一樣堅固，重量卻只有約一半。", ti, false},
		{"de-DE", "Titan ist so fest wie Stahl bei etwa halbem Gewicht.", ti, false},
		{"fr-FR", "Le titane est aussi résistant que l’acier pour la moitié du poids.", ti, false},
		{"fr-CA", "Le titane est aussi résistant que l’acier pour environ la moitié du poids.", ti, false},
		{"es-ES", "El titanio es tan resistente como el acero y pesa casi la mitad.", ti, false},
		{"es-MX", "El titanio es tan resistente como el acero y pesa casi la mitad.", ti, false},
		{"it-IT", "Il titanio è resistente come l’acciaio e pesa circa la metà.", ti, false},
		{"el-GR", "Το τιτάνιο είναι εξίσου ανθεκτικό με τον χάλυβα και ζυγίζει περίπου το μισό.", ti, false},
		// twins: the piece's metal is not the other term, or steel is the piece's
		{"en-GB", "Titanium is as strong as steel.", ag, true},
		{"en-GB", "The hooks are steel, as light as air.", ti, true},
		{"en-GB", "The earrings are sold as steel.", ti, true},
		{"nl-NL", "Titanium is zo sterk als staal.", ag, true},
		{"tr-TR", "Kancalar çelikten yapılmıştır.", ti, true},
		{"ja-JP", "フックは鋼でできています。", ti, true},
		{"zh-CN", "耳钩由钢制成。", ti, true},
		{"ko-KR", "티타늄은 강철만큼 튼튼합니다.", ag, true},
		{"ar-AE", "والتيتانيوم متين كالفولاذ.", ag, true},
		{"pt-BR", "Os ganchos são de aço.", ti, true},
	} {
		p := core.Product{SKU: "E1", Name: "Drops", Category: "earrings", Metals: []core.Metal{tc.metal},
			Materials: []string{tc.metal.Base, "blue topaz"}, Colours: []string{"grey", "blue"},
			Stones: []core.Stone{{Type: "blue topaz", Colour: "London blue", Count: 2, Origin: "natural", Treatment: "irradiated"}}}
		got := false
		fs := CheckWith(p.Resolved(), tc.locale, tc.text, Options{})
		for _, f := range fs {
			got = got || f.Rule == RuleMaterial && f.Severity == core.SeverityBlock
		}
		if got != tc.block {
			t.Errorf("%s %s %q: material block %v, want %v; findings %+v", tc.locale, tc.metal.Base, tc.text, got, tc.block, fs)
		}
	}
}
