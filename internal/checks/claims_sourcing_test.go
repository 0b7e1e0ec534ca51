package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// certifiedPendant is a pendant whose data names a sourcing certification
// (a conflict-free feature and a Kimberley Process attribute): it licenses
// the sourcing claims and no generic green claim.
var certifiedPendant = core.Product{SKU: "K1", Name: "Vela", Category: "pendant", Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
	Colours: []string{"gold", "clear"}, Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1}}, Features: []string{"conflict-free"}, Attributes: map[string]string{"certification": "Kimberley Process"}}

// sourcingByLang are one language's sourcing claims: ethical or
// responsible origin and conflict-free or fair-trade material, in the
// language's own inflections.
var sourcingByLang = map[string][]string{
	"en":    {"The gold is ethically mined and fully traceable.", "Its conflict-free diamond was sourced responsibly."},
	"fr":    {"Un or extrait de manière responsable et traçable.", "Un diamant sans conflit, d'origine éthique."},
	"de":    {"Das Gold wird verantwortungsvoll abgebaut und ist rückverfolgbar.", "Ein konfliktfreier Diamant aus fairem Handel."},
	"it":    {"L'oro è estratto in modo responsabile e tracciabile.", "Un diamante libero da conflitti, di origine etica."},
	"es":    {"El oro se ha extraído de forma responsable y es trazable.", "Un diamante libre de conflictos, de origen ético."},
	"pt":    {"O ouro é extraído de forma responsável e rastreável.", "Um diamante livre de conflitos, de origem ética."},
	"nl":    {"Het goud is verantwoord gedolven en volledig traceerbaar.", "Een conflictvrije diamant uit eerlijke handel."},
	"sv":    {"Guldet är spårbart och etiskt utvunnet.", "En konfliktfri diamant från rättvis handel."},
	"da":    {"Guldet er sporbart og etisk udvundet.", "En konfliktfri diamant fra fair handel."},
	"nb":    {"Gullet er sporbart og etisk utvunnet.", "En konfliktfri diamant fra rettferdig handel."},
	"fi":    {"Kulta on louhittu eettisesti ja se on jäljitettävää.", "Konfliktivapaa timantti reilun kaupan ehdoin."},
	"pl":    {"Złoto jest wydobywane odpowiedzialnie i etycznie.", "Diament wolny od konfliktów, ze sprawiedliwego handlu."},
	"cs":    {"Zlato je odpovědně těžené a eticky získané.", "Diamant bez konfliktů z férového obchodu."},
	"tr":    {"Altın sorumlu bir şekilde çıkarıldı ve etik olarak tedarik edildi.", "Çatışmasız bir pırlanta, adil ticaretten."},
	"el":    {"Ο χρυσός έχει ηθική προέλευση και υπεύθυνη εξόρυξη.", "Ένα διαμάντι χωρίς συγκρούσεις, από δίκαιο εμπόριο."},
	"ar":    {"ذهب مستخرج بمسؤولية من مصادر مسؤولة.", "ألماسة خالية من النزاعات من التجارة العادلة."},
	"ja":    {"倫理的に採掘されたゴールドを使用しています。", "紛争フリーのダイヤモンドです。"},
	"ko":    {"윤리적으로 채굴한 골드를 사용했습니다.", "분쟁 없는 다이아몬드입니다."},
	"zh":    {"黄金经过负责任开采，来源可追溯。", "无冲突钻石，符合道德标准。"},
	"zh-TW": {"黃金經過負責任開採，來源可追溯。", "無衝突鑽石，合乎道德標準。"},
}

// TestSourcingIsAClaim: in every locale an ethical, responsible,
// conflict-free, fair-trade or traceable origin blocks as a claim
// (claim.sourcing, DESIGN.md 4), not as a generic environmental claim, when
// the product's data names no certification; with a conflict-free feature
// or a Kimberley Process attribute it passes.
func TestSourcingIsAClaim(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	blocks := func(p core.Product, loc, text string) (rules string, regulatory bool) {
		var out []string
		for _, f := range c.Check(core.CheckInput{Product: p, Locale: loc, Channel: "social", Text: text, Guide: g}) {
			if f.Severity == core.SeverityBlock {
				out = append(out, f.Rule)
				regulatory = regulatory || f.Category == CatRegulatory
			}
		}
		return strings.Join(out, " "), regulatory
	}
	for _, loc := range packLocales(t) {
		texts, ok := sourcingByLang[loc]
		if !ok {
			texts, ok = sourcingByLang[langOf(loc)]
		}
		if !ok {
			t.Errorf("%s: no sourcing texts for its language", loc)
			continue
		}
		for _, s := range texts {
			if r, reg := blocks(plainCuff, loc, s); !strings.Contains(r, "claim.sourcing") || reg {
				t.Errorf("%s %q, no certification: want claim.sourcing and no regulatory finding, got %q", loc, s, r)
			}
			licensed := certifiedPendant
			if r, _ := blocks(licensed, loc, s); r != "" {
				t.Errorf("%s %q on a certified product: blocked by %s", loc, s, r)
			}
			licensed.Features = nil // the Kimberley Process attribute alone
			if r, _ := blocks(licensed, loc, s); strings.Contains(r, "claim.sourcing") {
				t.Errorf("%s %q with a Kimberley Process attribute: blocked by %s", loc, s, r)
			}
		}
	}
}
