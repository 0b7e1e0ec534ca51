package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A quartz variety is quartz (#13, the sixteenth blind set's released half):
// a prasiolite ring (green quartz, heated amethyst) described as "a green
// quartz" blocked grounding.stone in en, es, pt, pl and ko because the
// vocabularies did not know prasiolite, so the canon could not say it is
// quartz (GIA gem encyclopedia; CIBJO Gemstone Book). Prasiolite and
// ametrine are stones of their own that imply quartz; amethyst or citrine
// named on them, and prasiolite named on an amethyst, still block.
func TestKindsQuartzVariety16(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pras := core.Product{SKU: "Q16", Name: "Prasiolite Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "prasiolite", Colour: "green", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"green", "silver"}}
	ame := pras
	ame.Name, ame.Stones = "Amethyst Ring", []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural}}
	ametrine := pras
	ametrine.Name, ametrine.Stones = "Ametrine Ring", []core.Stone{{Type: "ametrine", Colour: "purple and yellow", Count: 1, Origin: core.OriginNatural}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-AU", "A heated prasiolite, a pale green quartz, set in sterling silver.", pras, false},
		{"es-ES", "Una prasiolita, un cuarzo verde calentado, en plata de ley.", pras, false},
		{"pt-BR", "Uma prasiolita, quartzo verde tratado por aquecimento, em prata 925.", pras, false},
		{"pl-PL", "Prazjolit, zielony kwarc poddany obróbce cieplnej, w srebrze próby 925.", pras, false},
		{"ko-KR", "가열 처리한 그린 쿼츠, 프라시올라이트를 925 실버에 세팅했습니다.", pras, false},
		{"de-DE", "Ein erhitzter Prasiolith, ein hellgrüner Quarz, in Sterlingsilber.", pras, false},
		{"en-GB", "Ametrine, a bicolour quartz of purple and yellow, set in sterling silver.", ametrine, false},
		// the variety named wrongly still blocks
		{"en-AU", "A green amethyst? No: a citrine set in sterling silver.", pras, true},
		{"en-GB", "A pale green prasiolite set in sterling silver.", ame, true},
		{"es-ES", "Una prasiolita verde en plata de ley.", ame, true},
		{"en-GB", "A prasiolite set in sterling silver.", ametrine, true},
	})
}
