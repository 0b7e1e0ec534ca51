package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Recycled content is an environmental claim in every language (issue
// #13, seen by tarnish7): the built-in word list knew five languages and
// stood down when a guide had its own "recycled" claim, whose words the
// example guide gives in six, so "återvunnet", "genbrugt", "kierrätetystä",
// "z recyklingu", "ανακυκλωμένο", "geri dönüştürülmüş", "المعاد تدويرها",
// リサイクル, 재활용 and 再生 passed on a product with no recycled
// material. data/<lang>/concepts-recycled.yaml; licensed by a recycled
// feature, material or attribute (FTC Green Guides 16 CFR 260.13).
func TestKindsRecycledEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	plain := core.Product{SKU: "RC1", Name: "Luna", Category: "ring", Metals: []core.Metal{{Base: "sterling silver"}}}
	recycled := plain
	recycled.Features = []string{"recycled silver"}
	texts := []lt{
		{"ar-AE", "خاتم لونا مصنوع من الفضة المعاد تدويرها."},
		{"cs-CZ", "Prsten Luna je vyroben z recyklovaného stříbra."},
		{"da-DK", "Ringen Luna er lavet af genbrugt sterlingsølv."},
		{"de-DE", "Der Ring Luna ist aus recyceltem Sterlingsilber."},
		{"el-GR", "Το δαχτυλίδι Luna είναι από ανακυκλωμένο ασήμι."},
		{"en-AU", "The Luna ring is made of recycled sterling silver."},
		{"en-GB", "The Luna ring is made of recycled sterling silver."},
		{"en-US", "The Luna ring is made of recycled sterling silver."},
		{"es-ES", "El anillo Luna es de plata reciclada."},
		{"es-MX", "El anillo Luna es de plata reciclada."},
		{"fi-FI", "Luna-sormus on valmistettu kierrätetystä sterlinghopeasta."},
		{"fr-CA", "La bague Luna est en argent recyclé."},
		{"fr-FR", "La bague Luna est en argent recyclé."},
		{"it-IT", "L'anello Luna è in argento riciclato."},
		{"ja-JP", "Lunaリングはリサイクルシルバーで作られています。"},
		{"ko-KR", "루나 반지는 재활용 실버로 만들어졌습니다."},
		{"nb-NO", "Ringen Luna er laget av resirkulert sterlingsølv."},
		{"nl-NL", "De Luna ring is gemaakt van gerecycled zilver."},
		{"pl-PL", "Pierścionek Luna wykonano ze srebra z recyklingu."},
		{"pt-BR", "O anel Luna é feito de prata reciclada."},
		{"pt-PT", "O anel Luna é de prata reciclada."},
		{"sv-SE", "Ringen Luna är gjord av återvunnet sterlingsilver."},
		{"tr-TR", "Luna yüzük geri dönüştürülmüş gümüşten yapılmıştır."},
		{"zh-CN", "Luna戒指采用再生纯银制成。"},
		{"zh-TW", "Luna戒指採用再生純銀製成。"},
	}
	covered := map[string]bool{}
	for _, x := range texts {
		covered[x.locale] = true
	}
	for _, loc := range packLocales(t) {
		if !covered[loc] {
			t.Errorf("%s: no recycled text", loc)
		}
	}
	runKinds(t, c, guide(t), []kindTable{
		{"recycled without evidence", plain, CatRegulatory, texts},
		{"recycled with a recycled feature", recycled, "", texts},
	})
}
