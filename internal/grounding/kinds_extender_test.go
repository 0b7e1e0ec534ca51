package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// A chain's length restated with its extender (issue #13): length 40 cm
// and extender 5 cm make "45 cm with the extender" true; 48 cm is still
// wrong (only the length plus its extender, not any sum).
var extenderChain = core.Product{SKU: "X1", Name: "Ondine Chain", Category: "necklaces",
	Metals:     []core.Metal{{Base: "silver", Fineness: "925"}},
	Attributes: map[string]string{"length_cm": "40", "extender_cm": "5"}}

// extenderTexts: with-extender-ok, with-extender-wrong.
var extenderTexts = map[string][2]string{
	"en": {"With the extender it reaches 45 cm.", "With the extender it reaches 48 cm."},
	"fr": {"Avec la rallonge, elle atteint 45 cm.", "Avec la rallonge, elle atteint 48 cm."},
	"de": {"Mit der Verlängerung misst sie 45 Zentimeter.", "Mit der Verlängerung misst sie 48 Zentimeter."},
	"it": {"Con la prolunga arriva a 45 centimetri.", "Con la prolunga arriva a 48 centimetri."},
	"es": {"Con el alargador llega a 45 centímetros.", "Con el alargador llega a 48 centímetros."},
	"pt": {"Com o extensor chega a 45 cm.", "Com o extensor chega a 48 cm."},
	"nl": {"Met het verlengstuk komt hij op 45 cm.", "Met het verlengstuk komt hij op 48 cm."},
	"sv": {"Med förlängningskedjan blir den 45 centimeter.", "Med förlängningskedjan blir den 48 centimeter."},
	"da": {"Med forlængerkæden bliver den 45 cm.", "Med forlængerkæden bliver den 48 cm."},
	"nb": {"Med forlengelseskjedet blir det 45 cm.", "Med forlengelseskjedet blir det 48 cm."},
	"fi": {"Jatkoketjun kanssa pituus on 45 senttiä.", "Jatkoketjun kanssa pituus on 48 senttiä."},
	"pl": {"Z przedłużką ma 45 cm.", "Z przedłużką ma 48 cm."},
	"cs": {"S prodlužovacím řetízkem měří 45 cm.", "S prodlužovacím řetízkem měří 48 cm."},
	"tr": {"Uzatma zinciriyle 45 cm oluyor.", "Uzatma zinciriyle 48 cm oluyor."},
	"el": {"Με την προέκταση φτάνει τα 45 εκατοστά.", "Με την προέκταση φτάνει τα 48 εκατοστά."},
	"ar": {"مع الوصلة الإضافية يصل طولها إلى 45 سم.", "مع الوصلة الإضافية يصل طولها إلى 48 سم."},
	"ja": {"アジャスター込みで45センチになります。", "アジャスター込みで48センチになります。"},
	"ko": {"연장 체인을 포함한 길이는 45센티미터입니다.", "연장 체인을 포함한 길이는 48센티미터입니다."},
	"zh": {"加上延长链长45厘米。", "加上延长链长48厘米。"},
}

func TestKindsLengthWithExtender(t *testing.T) {
	t.Parallel()
	// The sum without the extender in its sentence, or beside the
	// extender's own length (the chain's length restated), is wrong.
	for _, text := range []string{"The chain measures 45 cm.", "There is a 45 cm chain with a 5 cm extender.", "La chaîne mesure 45 cm.", "链长45厘米。"} {
		loc := map[byte]string{'T': "en-US", 'L': "fr-FR"}[text[0]]
		if loc == "" {
			loc = "zh-CN"
		}
		got := false
		for _, f := range CheckWith(extenderChain.Resolved(), loc, text, Options{}) {
			got = got || f.Rule == RuleMeasurement && f.Severity == core.SeverityBlock
		}
		if !got {
			t.Errorf("%s %q: no measurement block; the sentence names no extender", loc, text)
		}
	}
	for _, loc := range locales.Must().Supported() {
		key, ok := factLang(extenderTexts, loc)
		if !ok {
			t.Errorf("no sentences for %s", loc)
			continue
		}
		for i, text := range extenderTexts[key] {
			want := i == 1
			got := false
			fs := CheckWith(extenderChain.Resolved(), loc, text, Options{})
			for _, f := range fs {
				got = got || f.Rule == RuleMeasurement && f.Severity == core.SeverityBlock
			}
			if got != want {
				t.Errorf("%s %q: measurement block %v, want %v; findings %+v", loc, text, got, want, fs)
			}
		}
	}
}
