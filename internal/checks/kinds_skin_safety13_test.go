package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Skin safety in paraphrase is the hypoallergenic claim (#13, the thirteenth
// session: "آمنة تمامًا للآذان الحساسة", completely safe for sensitive ears,
// passed on freshwater pearl studs). Safe for, suitable for, kind to
// sensitive ears, skin or piercings, with an intensifier between, "no
// reactions" and "won't irritate" block in every language unless the
// product's features say hypoallergenic (EU Directive 2005/29/EC art. 6 and
// 12, UK CAP Code 3.7); care advice that calls the pearls sensitive to
// perfume, a secure clasp and a post through a pierced ear pass. Rows
// marked true block as claim on the studs and pass on the same studs
// recorded hypoallergenic.
func TestKindsSkinSafety13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "H13a05", Name: "Freshwater Pearl Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"rhodium-plated sterling silver", "freshwater cultured pearl"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}},
		Stones:    []core.Stone{{Type: "freshwater cultured pearl", Colour: "white", Count: 2, Origin: "natural"}},
		Colours:   []string{"white", "silver"}, Features: []string{"butterfly backs"}}
	supported := p
	supported.Features = []string{"butterfly backs", "hypoallergenic"}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"ar-AE", "آمنة تمامًا للآذان الحساسة.", true},
		{"ar-AE", "مناسبة للآذان الحساسة.", true},
		{"ar-AE", "آمنة تماما للبشرة.", true},
		{"ar-AE", "بدون أي ردود فعل تحسسية.", true},
		{"ar-AE", "آمن للجلد الحساس.", true},
		{"ar-AE", "لطيفة على الأذنين.", true},
		{"ar-AE", "آمنة على الأذنين الحساستين.", true},
		{"ar-AE", "لا تهيج البشرة أبدًا.", true},
		{"ar-AE", "آمنة لثقوب الأذن الحديثة والحساسة.", true},
		{"ar-AE", "آمنة تمامًا للجلد.", true},
		{"en-GB", "Safe for sensitive piercings.", true},
		{"en-GB", "Completely safe on sensitive skin.", true},
		{"en-GB", "Suitable even for sensitive piercings.", true},
		{"en-GB", "No reactions, ever.", true},
		{"en-GB", "Won't react with your skin.", true},
		{"en-GB", "Totally safe for your skin.", true},
		{"en-US", "Safe for sensitive piercings.", true},
		{"en-US", "Completely safe for your skin.", true},
		{"en-AU", "Kind to sensitive piercings.", true},
		{"en-AU", "No reactions at all.", true},
		{"de-DE", "Ideal für empfindliche Ohrlöcher.", true},
		{"de-DE", "Völlig sicher für die Haut.", true},
		{"de-DE", "Keine Reaktionen auf der Haut.", true},
		{"de-DE", "Sicher für empfindliche Piercings.", true},
		{"fr-FR", "Sans danger pour les piercings sensibles.", true},
		{"fr-FR", "Aucune réaction sur la peau.", true},
		{"fr-FR", "Totalement sûres pour la peau.", true},
		{"fr-CA", "Sans danger pour la peau.", true},
		{"fr-CA", "Aucune réaction, même sur les lobes sensibles.", true},
		{"es-ES", "Seguros para piercings sensibles.", true},
		{"es-ES", "Ninguna reacción en la piel.", true},
		{"es-ES", "Completamente seguros para la piel.", true},
		{"es-MX", "Sin reacciones en la piel.", true},
		{"es-MX", "Totalmente seguros para tu piel.", true},
		{"it-IT", "Sicuri per piercing sensibili.", true},
		{"it-IT", "Nessuna reazione sulla pelle.", true},
		{"it-IT", "Del tutto sicuri per la pelle.", true},
		{"pt-PT", "Seguros para piercings sensíveis.", true},
		{"pt-PT", "Nenhuma reação na pele.", true},
		{"pt-PT", "Totalmente seguros para a pele.", true},
		{"pt-BR", "Seguros para a pele.", true},
		{"pt-BR", "Sem nenhuma reação na pele.", true},
		{"nl-NL", "Geen reacties, ook niet bij gevoelige oren.", true},
		{"nl-NL", "Veilig voor gevoelige piercings.", true},
		{"nl-NL", "Volledig veilig voor de huid.", true},
		{"da-DK", "Sikre for følsomme piercinger.", true},
		{"da-DK", "Helt sikre for huden.", true},
		{"da-DK", "Ingen reaktioner på huden.", true},
		{"sv-SE", "Säkra för känsliga piercingar.", true},
		{"sv-SE", "Helt säkra för huden.", true},
		{"sv-SE", "Inga reaktioner på huden.", true},
		{"nb-NO", "Trygge for sensitive piercinger.", true},
		{"nb-NO", "Helt trygge for huden.", true},
		{"nb-NO", "Ingen reaksjoner på huden.", true},
		{"fi-FI", "Ei reaktioita herkissäkään korvissa.", true},
		{"fi-FI", "Turvalliset herkille lävistyksille.", true},
		{"fi-FI", "Täysin turvalliset iholle.", true},
		{"pl-PL", "Odpowiednie dla skóry wrażliwej.", true},
		{"pl-PL", "Bezpieczne dla wrażliwych przekłuć.", true},
		{"pl-PL", "Całkowicie bezpieczne dla skóry.", true},
		{"cs-CZ", "Bezpečné pro citlivé piercingy.", true},
		{"cs-CZ", "Naprosto bezpečné pro pokožku.", true},
		{"cs-CZ", "Žádné reakce na pokožce.", true},
		{"el-GR", "Δεν ερεθίζουν το δέρμα.", true},
		{"el-GR", "Απολύτως ασφαλή για το δέρμα.", true},
		{"el-GR", "Καμία αντίδραση στο δέρμα.", true},
		{"tr-TR", "Cilt için tamamen güvenli.", true},
		{"tr-TR", "Hassas piercingler için güvenli.", true},
		{"tr-TR", "Ciltte hiçbir reaksiyon yapmaz.", true},
		{"ja-JP", "肌に完全に安全です。", true},
		{"ja-JP", "敏感なピアスホールにも安全です。", true},
		{"ja-JP", "肌トラブルが起きません。", true},
		{"ko-KR", "피부에 완전히 안전합니다.", true},
		{"ko-KR", "민감한 피어싱에도 안전합니다.", true},
		{"ko-KR", "피부 트러블이 없습니다.", true},
		{"zh-CN", "对皮肤完全安全。", true},
		{"zh-CN", "敏感耳洞也能安心佩戴。", true},
		{"zh-CN", "不会引起任何皮肤反应。", true},
		{"zh-TW", "對皮膚完全安全。", true},
		{"zh-TW", "敏感耳洞也能安心配戴。", true},
		{"zh-TW", "不會引起任何皮膚反應。", true},
		{"ar-AE", "اللؤلؤ حساس للعطور، لذا ارتديه بعد وضع العطر.", false},
		{"ar-AE", "ينزلق الدبوس بسهولة عبر ثقب الأذن.", false},
		{"ar-AE", "قفل آمن يثبت القرط في مكانه.", false},
		{"ar-AE", "امسحي اللؤلؤ بقطعة قماش ناعمة بعد كل استخدام.", false},
		{"en-GB", "Pearls are sensitive to perfume, so put them on last.", false},
		{"en-GB", "The post slips easily through a pierced ear.", false},
		{"en-GB", "Secure butterfly backs keep them safe on your ears.", false},
		{"de-DE", "Perlen sind empfindlich gegenüber Parfüm, legen Sie sie zuletzt an.", false},
		{"de-DE", "Der Stecker gleitet leicht durch das Ohrloch.", false},
		{"fr-FR", "Les perles sont sensibles au parfum : mettez-les en dernier.", false},
		{"fr-FR", "Le poussoir garde la boucle en sécurité sur l'oreille.", false},
		{"es-ES", "Las perlas son sensibles al perfume: póntelas al final.", false},
		{"it-IT", "Le perle sono sensibili al profumo: indossale per ultime.", false},
		{"pt-PT", "As pérolas são sensíveis ao perfume: coloque-as por último.", false},
		{"nl-NL", "Parels zijn gevoelig voor parfum: doe ze als laatste in.", false},
		{"da-DK", "Perler er følsomme over for parfume, så tag dem på til sidst.", false},
		{"sv-SE", "Pärlor är känsliga för parfym, så ta på dem sist.", false},
		{"nb-NO", "Perler er følsomme for parfyme, så ta dem på til slutt.", false},
		{"fi-FI", "Helmet ovat herkkiä hajusteille, joten laita ne viimeisenä.", false},
		{"pl-PL", "Perły są wrażliwe na perfumy, więc zakładaj je na końcu.", false},
		{"cs-CZ", "Perly jsou citlivé na parfém, nasaďte si je až nakonec.", false},
		{"el-GR", "Τα μαργαριτάρια είναι ευαίσθητα στο άρωμα, φορέστε τα τελευταία.", false},
		{"tr-TR", "İnciler parfüme karşı hassastır, bu yüzden onları en son takın.", false},
		{"ja-JP", "パールは香水に弱いので、最後に着けてください。", false},
		{"ko-KR", "진주는 향수에 약하니 마지막에 착용하세요.", false},
		{"zh-CN", "珍珠怕香水，请最后佩戴。", false},
		{"zh-TW", "珍珠怕香水，請最後配戴。", false},
		{"en-GB", "Freshwater cultured pearl studs on rhodium-plated 925 silver posts. Safe for sensitive piercings.", true},
	} {
		if claim, fs := blockedIn(t, svc, CatClaim, p, r.locale, r.text); claim != r.block {
			t.Errorf("%s %q: claim block %v, want %v: %+v", r.locale, r.text, claim, r.block, fs)
		}
		if !r.block {
			continue
		}
		if claim, fs := blockedIn(t, svc, CatClaim, supported, r.locale, r.text); claim {
			t.Errorf("%s %q on hypoallergenic studs: claim block, want pass: %+v", r.locale, r.text, fs)
		}
	}
}
