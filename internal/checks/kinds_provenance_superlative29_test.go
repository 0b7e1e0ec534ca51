package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsProvenanceSuperlative29: a superlative whose head is the
// material in general, the subject of a verb of provenance, is a trade
// fact about where the best of the material is found, not a grade of the
// product (#13, released 29: "The finest comes from the cliffs around
// Whitby" and "Der feinste stammt von den Klippen bei Whitby" on a jet
// bracelet blocked claim.superlative; checks materialProvenance). The
// superlative stands alone or before one stone word, and a verb of
// provenance follows (comes from, is found, stammt, kommt, vient,
// provient, se trouve, proviene, viene, se encuentra, si trova). The
// languages whose superlatives the checker reads (en, de, fr, it, es)
// keep blocking the product's grade: "the finest jet bracelet you will
// own", "the bracelet holds the finest jet", "the finest bracelet comes
// from our workshop" (a piece, no stone). The other 20 locales' rows pin
// that the sentence stays publishable there too.
func TestKindsProvenanceSuperlative29(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	jet := core.Product{SKU: "PS29J", Name: "Abbey Bracelet", Category: "bracelet", Collection: "Timeless",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "jet", Colour: "black", Count: 12, Origin: core.OriginNatural}},
		Colours: []string{"gold", "black"}}
	pass := []kindRow{
		{"en-GB", "The finest comes from the cliffs around Whitby in Yorkshire.", jet, false},
		{"en-US", "The finest jet comes from the cliffs around Whitby.", jet, false},
		{"en-AU", "The best is found on the Yorkshire coast, around Whitby.", jet, false},
		{"de-DE", "Der feinste stammt von den Klippen bei Whitby in Yorkshire.", jet, false},
		{"fr-FR", "Le meilleur provient des falaises de Whitby, dans le Yorkshire.", jet, false},
		{"fr-CA", "Le meilleur jais vient des falaises de Whitby.", jet, false},
		{"es-ES", "El mejor proviene de los acantilados de Whitby.", jet, false},
		{"es-MX", "El mejor azabache se encuentra en los acantilados de Whitby.", jet, false},
		{"it-IT", "Il migliore proviene dalle scogliere di Whitby.", jet, false},
		{"pt-BR", "O mais fino vem das falésias de Whitby, na Inglaterra.", jet, false},
		{"pt-PT", "O mais fino provém das falésias de Whitby.", jet, false},
		{"nl-NL", "Het fijnste komt van de kliffen bij Whitby.", jet, false},
		{"sv-SE", "Den finaste kommer från klipporna vid Whitby.", jet, false},
		{"da-DK", "Den fineste kommer fra klipperne ved Whitby.", jet, false},
		{"nb-NO", "Den fineste kommer fra klippene ved Whitby i England.", jet, false},
		{"fi-FI", "Hienoin gagaatti on peräisin Whitbyn kallioilta.", jet, false},
		{"pl-PL", "Najlepszy pochodzi z klifów w okolicach Whitby.", jet, false},
		{"cs-CZ", "Nejjemnější pochází z útesů u Whitby v Anglii.", jet, false},
		{"tr-TR", "En kalitelisi İngiltere'deki Whitby kayalıklarından gelir.", jet, false},
		{"el-GR", "Ο καλύτερος προέρχεται από τους βράχους του Whitby.", jet, false},
		{"ar-AE", "ويأتي أجوده من منحدرات ويتبي في إنجلترا.", jet, false},
		{"ja-JP", "最高品質のジェットはイギリスのウィットビーの崖で採れます。", jet, false},
		{"ko-KR", "가장 좋은 제트는 영국 휘트비의 절벽에서 나옵니다.", jet, false},
		{"zh-CN", "最上等的煤玉产自英国惠特比的海崖。", jet, false},
		{"zh-TW", "最上等的煤玉產自英國約克郡惠特比的海崖。", jet, false},
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "This is the finest jet bracelet you will own.", jet, true},
		{"en-US", "The bracelet holds the finest jet.", jet, true},
		{"en-AU", "The finest bracelet comes from our workshop.", jet, true},
		{"de-DE", "Das ist das feinste Armband der Kollektion.", jet, true},
		{"fr-FR", "Le meilleur bracelet de la collection.", jet, true},
		{"fr-CA", "C'est le meilleur bijou que vous porterez.", jet, true},
		{"es-ES", "La mejor pulsera de la colección.", jet, true},
		{"es-MX", "Es el mejor regalo para ella.", jet, true},
		{"it-IT", "Il migliore bracciale della collezione.", jet, true},
	})
}
