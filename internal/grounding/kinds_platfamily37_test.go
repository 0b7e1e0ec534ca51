package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsPlatinumFamily37 reads the platinum group named as a family
// ("a white metal from the platinum family", "de la famille du platine",
// "من عائلة البلاتين", "백금 계열의") as the group, which a rhodium plating
// belongs to, not as platinum on the piece (#13, platfamily37; probe 37's
// rhodium-plated silver studs blocked platinum in five locales). Twins: on
// plain silver the group still blocks, and platinum itself still blocks.
func TestKindsPlatinumFamily37(t *testing.T) {
	t.Parallel()
	rh := core.Metal{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}
	ag := core.Metal{Base: "sterling silver", Fineness: "925"}
	for _, tc := range []struct {
		locale, text string
		metal        core.Metal
		block        bool
	}{
		{"en-GB", "Rhodium is a bright white metal from the platinum family.", rh, false},
		{"en-US", "Rhodium is a bright white metal from the platinum family.", rh, false},
		{"en-AU", "Rhodium is a metal of the platinum family.", rh, false},
		{"de-DE", "Rhodium ist ein hellweißes Metall aus der Platinfamilie.", rh, false},
		{"fr-FR", "Le rhodium, un métal blanc de la famille du platine, garde l’argent éclatant.", rh, false},
		{"fr-CA", "Le rhodium, un métal blanc de la famille du platine, garde l’argent éclatant.", rh, false},
		{"es-ES", "El rodio es un metal blanco de la familia del platino.", rh, false},
		{"es-MX", "El rodio es un metal blanco de la familia del platino.", rh, false},
		{"it-IT", "Il rodio è un metallo bianco della famiglia del platino.", rh, false},
		{"pt-PT", "O ródio, um metal branco da família da platina, mantém a prata brilhante.", rh, false},
		{"pt-BR", "O ródio é um metal branco da família da platina.", rh, false},
		{"nl-NL", "Rodium is een helder wit metaal uit de platinafamilie.", rh, false},
		{"da-DK", "Rhodium er et lyst, hvidt metal fra platinfamilien.", rh, false},
		{"nb-NO", "Rhodium er et lyst, hvitt metall i platinafamilien.", rh, false},
		{"sv-SE", "Rodium är en ljus, vit metall i platinafamiljen.", rh, false},
		{"fi-FI", "Rodium on kirkas metalli platinaperheestä.", rh, false},
		{"pl-PL", "Rod to jasny metal z rodziny platyny.", rh, false},
		{"cs-CZ", "Rhodium je světlý kov z rodiny platiny.", rh, false},
		{"tr-TR", "Rodyum, platin ailesinden parlak bir metaldir.", rh, false},
		{"el-GR", "Το ρόδιο είναι ένα λαμπερό μέταλλο από την οικογένεια της πλατίνας.", rh, false},
		{"ar-AE", "الروديوم معدن لامع من عائلة البلاتين.", rh, false},
		{"ja-JP", "ロジウムは白金の仲間の明るい金属です。", rh, false},
		{"ko-KR", "로듐은 백금 계열의 밝은 금속입니다.", rh, false},
		{"zh-CN", "铑是铂金家族中明亮的金属。", rh, false},
		{"zh-TW", "銠是鉑金家族中明亮的金屬。", rh, false},
		// twins: no rhodium, the group is no metal of the piece; platinum itself is another metal
		{"en-GB", "Rhodium is a bright white metal from the platinum family.", ag, true},
		{"fr-FR", "Le rhodium, un métal de la famille du platine.", ag, true},
		{"ko-KR", "로듐은 백금 계열의 밝은 금속입니다.", ag, true},
		{"en-GB", "The studs are set in platinum.", rh, true},
		{"pt-BR", "Os brincos são de platina.", rh, true},
		{"ar-AE", "الأقراط من البلاتين.", rh, true},
	} {
		p := core.Product{SKU: "S1", Name: "Studs", Category: "earrings", Metals: []core.Metal{tc.metal}}
		got := false
		fs := CheckWith(p.Resolved(), tc.locale, tc.text, Options{})
		for _, f := range fs {
			got = got || f.Rule == RuleMaterial && f.Severity == core.SeverityBlock
		}
		if got != tc.block {
			t.Errorf("%s %s/%s %q: material block %v, want %v; findings %+v", tc.locale, tc.metal.Base, tc.metal.Plating, tc.text, got, tc.block, fs)
		}
	}
}
