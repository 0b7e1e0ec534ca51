package checks

import (
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// c65Pearl is the product of competitor65's rows: a pearl pendant in
// yellow gold.
var c65Pearl = core.Product{SKU: "C65", Name: "Drop Pearl Pendant", Category: "pendant", Collection: "Timeless",
	Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
	Stones:  []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: 1, Origin: "natural"}},
	Colours: []string{"gold", "white"}}

// A major jewellery house the guide does not list, named in copy (#13,
// competitor65): "a richer take on the classic Mikimoto pearl necklace",
// "n'a rien à envier aux créations de Van Cleef & Arpels", ミキモト,
// "أجمل قطع بولغري". Every guide's competitors include the houses of
// data/houses.yaml (defaultHouses), matched as a guide competitor is, with
// their established names per script in data/<lang>/glossary.yaml.
func TestKindsCompetitor65Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatCompetitor, pairRows(c65Pearl, true, [][2]string{
		{"en-AU", "A richer, darker take on the classic Mikimoto pearl necklace."},
		{"en-GB", "Mikimoto made the cultured pearl famous, and this pendant carries that tradition forward."},
		{"fr-FR", "Avec sa monture épurée, ce pendentif n'a rien à envier aux créations de Van Cleef & Arpels."},
		{"de-DE", "Ein Anhänger, der sich mit Harry Winston messen kann."},
		{"it-IT", "Un pendente degno di Buccellati."},
		{"es-ES", "Tan elegante como un collar de Chopard."},
		{"nl-NL", "Net zo verfijnd als een hanger van Van Cleef."},
		{"tr-TR", "Mikimoto incilerini aratmayan bir parıltı."},
		{"ja-JP", "ミキモトのパールにも引けを取らない上品な輝きです。"},
		{"ko-KR", "미키모토 진주 못지않은 은은한 광택을 냅니다."},
		{"zh-CN", "光泽足以媲美御木本的珍珠项链。"},
		{"ar-AE", "بتصميمه الجريء، يضاهي هذا الخاتم أجمل قطع بولغري."},
		{"el-GR", "Ένα μενταγιόν που θυμίζει τα κοσμήματα Μικιμότο."},
	}))
}

// TestKindsCompetitor65Ok: copy that names no house, or a word the
// houses' list leaves out on purpose (the myth of Pandora, a Dutch bear),
// passes.
func TestKindsCompetitor65Ok(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatCompetitor, pairRows(c65Pearl, false, [][2]string{
		{"en-GB", "Cultured pearls were first grown in Japan in the 1890s, and this pendant carries that tradition forward."},
		{"en-US", "Like Pandora's box, the clasp opens onto a small surprise."},
		{"nl-NL", "De beer op de hanger is van geelgoud."},
		{"it-IT", "Una perla coltivata d'acqua dolce su una catena in oro giallo."},
		{"ja-JP", "淡水で養殖された真珠をK18イエローゴールドに留めました。"},
		{"el-GR", "Ένα μαργαριτάρι γλυκού νερού σε αλυσίδα από κίτρινο χρυσό."},
		{"ar-AE", "لؤلؤة مستزرعة من المياه العذبة على سلسلة من الذهب الأصفر."},
	}))
}

// TestKindsCompetitor65Guide: the houses a guide already lists, or whose
// name is the guide's brand, are not added again.
func TestKindsCompetitor65Guide(t *testing.T) {
	t.Parallel()
	got := defaultHouses(&styleguide.Guide{Brand: "Mikimoto", Competitors: []string{"Tiffany", "Bvlgari"}})
	for _, n := range []string{"Mikimoto", "Tiffany", "Bulgari"} {
		if slices.Contains(got, n) {
			t.Errorf("defaultHouses has %s: %v", n, got)
		}
	}
	if !slices.Contains(got, "Van Cleef & Arpels") || !slices.Contains(got, "Cartier") {
		t.Errorf("defaultHouses lacks Van Cleef & Arpels or Cartier: %v", got)
	}
}

// TestKindsCompetitor65Near: words a sound skeleton or two edits away
// from a default house are not it ("링 세트는" is Harry Winston's
// skeleton, Polish "Mimo to" two edits from Mikimoto).
func TestKindsCompetitor65Near(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatCompetitor, pairRows(c65Pearl, false, [][2]string{
		{"ko-KR", "이 링 세트는 매일 착용하기 좋습니다."},
		{"ko-KR", "열린 세팅이 진주를 돋보이게 합니다."},
		{"pl-PL", "Mimo to perła zachowuje swój blask."},
	}))
}
