package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// A material the copy says the piece does not contain (issue #13, false
// blocks of the sixth blind set's released half: Czech "ocel neobsahuje
// nikl", Portuguese "livres de níquel"): "contains no nickel", "free of
// nickel" in each language's own grammar (Finnish negative verb "eivät",
// Czech negated verb "neobsahuje", Japanese "を含みません", Korean
// "함유하지 않습니다") denies the metal, as "nickel-free" does, so it is no
// claim that the piece is nickel. The same word stated is still a wrong
// material (the second text of each language).
var absentMaterialHoops = core.Product{SKU: "N1", Name: "Halo Hoops", Category: "earrings",
	Metals:   []core.Metal{{Base: "brass", Plating: "rhodium"}},
	Features: []string{"nickel-free"}}

var absentMaterialTexts = map[string][]string{
	"en": {"They contain no nickel.", "They are free of nickel.", "They are made without nickel."},
	"fr": {"Elles ne contiennent pas de nickel.", "Elles sont sans nickel.", "Elles sont exemptes de nickel."},
	"de": {"Sie enthalten kein Nickel.", "Sie sind frei von Nickel.", "Sie sind ohne Nickel gefertigt."},
	"it": {"Non contengono nichel.", "Sono prive di nichel.", "Sono senza nichel."},
	"es": {"No contienen níquel.", "Están libres de níquel.", "Son sin níquel."},
	"pt": {"Não contêm níquel.", "São livres de níquel.", "Estão isentos de níquel."},
	"nl": {"Ze bevatten geen nikkel.", "Ze zijn vrij van nikkel.", "Ze zijn zonder nikkel gemaakt."},
	"sv": {"De innehåller inget nickel.", "De är fria från nickel.", "De är utan nickel."},
	"da": {"De indeholder ikke nikkel.", "De er fri for nikkel.", "De indeholder intet nikkel."},
	"nb": {"De inneholder ikke nikkel.", "De er frie for nikkel.", "De er uten nikkel."},
	"fi": {"Ne eivät sisällä nikkeliä.", "Ne ovat vapaita nikkelistä.", "Rengas ei sisällä nikkeliä."},
	"pl": {"Nie zawierają niklu.", "Są wolne od niklu.", "Są bez niklu."},
	"cs": {"Neobsahují nikl.", "Náušnice neobsahují nikl.", "Jsou bez niklu."},
	"el": {"Δεν περιέχουν νικέλιο.", "Είναι χωρίς νικέλιο.", "Είναι ελεύθερα από νικέλιο."},
	"tr": {"Nikel içermez.", "Nikelsizdir.", "Nikel içermeyen bir alaşımdır."},
	"ar": {"لا يحتوي على النيكل.", "خالٍ من النيكل."},
	"ja": {"ニッケルを含みません。", "ニッケルフリーです。", "ニッケルは含まれていません。"},
	"ko": {"니켈을 함유하지 않습니다.", "니켈 프리입니다.", "니켈이 포함되어 있지 않습니다."},
	"zh": {"不含镍。", "无镍。"},
}

// absentMaterialStated: the same metal stated, which must still block.
var absentMaterialStated = map[string]string{
	"en": "They are made of nickel.", "fr": "Elles sont en nickel.", "de": "Sie sind aus Nickel.",
	"it": "Sono in nichel.", "es": "Son de níquel.", "pt": "São de níquel.", "nl": "Ze zijn van nikkel.",
	"sv": "De är av nickel.", "da": "De er af nikkel.", "nb": "De er av nikkel.", "fi": "Ne ovat nikkeliä.",
	"pl": "Są z niklu.", "cs": "Jsou z niklu.", "el": "Είναι από νικέλιο.", "tr": "Nikelden yapılmıştır.",
	"ar": "مصنوع من النيكل.", "ja": "ニッケル製です。", "ko": "니켈로 만들었습니다.", "zh": "由镍制成。",
}

func TestKindsAbsentMaterial(t *testing.T) {
	t.Parallel()
	for _, loc := range locales.Must().Supported() {
		key, ok := factLang(absentMaterialTexts, loc)
		if !ok {
			t.Errorf("no sentences for %s", loc)
			continue
		}
		blocks := func(text string) (bool, []core.Finding) {
			fs := CheckWith(absentMaterialHoops.Resolved(), loc, text, Options{})
			for _, f := range fs {
				if f.Rule == RuleMaterial && f.Severity == core.SeverityBlock {
					return true, fs
				}
			}
			return false, fs
		}
		for _, text := range absentMaterialTexts[key] {
			if got, fs := blocks(text); got {
				t.Errorf("%s %q: the denied metal blocks; findings %+v", loc, text, fs)
			}
		}
		if got, fs := blocks(absentMaterialStated[key]); !got {
			t.Errorf("%s %q: the stated metal passes; findings %+v", loc, absentMaterialStated[key], fs)
		}
	}
}
