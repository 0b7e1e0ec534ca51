package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsBase32: a base metal named as the base of the ordinary gold
// plating that copy compares a vermeil or gold-plated silver piece with is
// the compared plating's, not the piece's (#13, base32; probe 30's
// 30C104 "thinner gold over brass or copper is simply gold-plated", probe
// 31's P31D102 "bien plus généreuse qu'un simple plaqué or sur laiton",
// "betydligt tjockare än vanlig guldplätering på mässing",
// 真鍮への一般的な金めっきより, and P31C104 "而非時尚飾品常用的黃銅").
// grounding/compared_plating.go comparedPlatingBase, read from
// contrast.go inContrastArm: the base metal in the complement of place of
// a plating (arm_complements) after a word of comparison, or in a clause
// with no word of the piece that compares or defines the plating; the
// plated base after a word of comparison ("than ordinary gold-plated
// brass", 比普通的黄铜镀金); the base before a plating that ja より, ko
// 보다 or tr "-dan daha" follows; and zh 而非/而不是 among contrast_before,
// the arm's noun read after its relative clause in 的 (prenominalStart).
// Every pass row failed before; every locale has a blocking twin: the
// brass said of the piece ("This bracelet is gold plating on brass", "The
// bracelet is gold-plated brass", "Made of gold plating over brass, it is
// lighter").
func TestKindsBase32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	vermeil := core.Product{SKU: "B32V", Name: "Clip Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"gold vermeil"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}},
		Colours: []string{"gold"}}
	plated := core.Product{SKU: "B32P", Name: "Bar Necklace", Category: "necklace", Collection: "Essence",
		Materials: []string{"14k gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k"}},
		Colours: []string{"gold"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Its gold layer is far thicker than ordinary gold plating on brass.", vermeil, false},
		{"en-GB", "Gold plating over brass or copper is much thinner than this layer.", vermeil, false},
		{"en-US", "The gold layer is much thicker than ordinary gold plating over brass or copper.", vermeil, false},
		{"en-AU", "Thinner gold over brass or copper is simply gold-plated.", vermeil, false},
		{"de-DE", "Die Goldschicht ist viel dicker als eine gewöhnliche Vergoldung auf Messing.", vermeil, false},
		{"fr-FR", "La couche d'or est bien plus épaisse qu'un simple plaqué or sur laiton.", vermeil, false},
		{"fr-FR", "La couche d'or est bien plus épaisse qu'un placage d'or ordinaire sur laiton.", vermeil, false},
		{"fr-CA", "La couche d’or est bien plus épaisse qu’un simple placage d’or sur laiton.", vermeil, false},
		{"es-ES", "La capa de oro es mucho más gruesa que un simple baño de oro sobre latón.", vermeil, false},
		{"es-MX", "La capa de oro es mucho más gruesa que un chapado de oro común sobre latón.", vermeil, false},
		{"it-IT", "Lo strato d'oro è molto più spesso di una comune doratura su ottone.", vermeil, false},
		{"pt-PT", "A camada de ouro é muito mais espessa do que um simples banho de ouro sobre latão.", vermeil, false},
		{"pt-BR", "A camada de ouro é muito mais grossa que um simples folheado a ouro sobre latão.", vermeil, false},
		{"nl-NL", "De goudlaag is veel dikker dan een gewone vergulding op messing.", vermeil, false},
		{"sv-SE", "Sterlingsilver med ett tjockt lager guld, betydligt tjockare än vanlig guldplätering på mässing.", vermeil, false},
		{"da-DK", "Guldlaget er langt tykkere end almindelig forgyldning på messing.", vermeil, false},
		{"nb-NO", "Gulllaget er mye tykkere enn vanlig forgylling på messing.", vermeil, false},
		{"fi-FI", "Kultakerros on paljon paksumpi kuin tavallinen kullattu messinki.", vermeil, false},
		{"pl-PL", "Warstwa złota jest znacznie grubsza niż zwykłe złocenie na mosiądzu.", vermeil, false},
		{"cs-CZ", "Tenčí zlato na mosazi nebo mědi je prostě pozlacené.", vermeil, false},
		{"cs-CZ", "Stříbro 925 s tlustou vrstvou zlata, mnohem silnější než běžné zlacení na mosazi.", vermeil, false},
		{"tr-TR", "925 ayar gümüş üzerine kalın bir altın tabakası, pirinç üzerine yapılan sıradan altın kaplamadan çok daha kalın.", vermeil, false},
		{"el-GR", "Το στρώμα χρυσού είναι πολύ παχύτερο από μια απλή επιχρύσωση σε ορείχαλκο.", vermeil, false},
		{"ar-AE", "طبقة الذهب أسمك بكثير من الطلاء العادي بالذهب على النحاس الأصفر.", vermeil, false},
		{"ja-JP", "金の層は、真鍮への一般的な金めっきよりずっと厚くなっています。", vermeil, false},
		{"ko-KR", "금층은 황동에 입힌 일반 금도금보다 훨씬 두껍습니다.", vermeil, false},
		{"zh-CN", "金层比普通的黄铜镀金厚得多。", vermeil, false},
		{"zh-CN", "镀金层下是925银，而非时尚饰品常用的黄铜。", plated, false},
		{"zh-TW", "鍍金層下是925銀，而非時尚飾品常用的黃銅。", plated, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "This bracelet is gold plating on brass, far thinner than vermeil.", vermeil, true},
		{"en-GB", "The bracelet is gold-plated brass.", vermeil, true},
		{"en-GB", "Made of gold plating over brass, it is lighter.", vermeil, true},
		{"en-US", "The bracelet is made of brass, thicker than ordinary gold plating.", vermeil, true},
		{"en-AU", "This bracelet is thinner gold over brass or copper, simply gold-plated.", vermeil, true},
		{"de-DE", "Dieses Armband ist eine Vergoldung auf Messing.", vermeil, true},
		{"fr-FR", "Ce bracelet est un plaqué or sur laiton.", vermeil, true},
		{"fr-CA", "Ce bracelet est un simple placage d’or sur laiton.", vermeil, true},
		{"es-ES", "Esta pulsera es un baño de oro sobre latón.", vermeil, true},
		{"es-MX", "Esta pulsera es un chapado de oro común sobre latón.", vermeil, true},
		{"it-IT", "Questo bracciale è una doratura su ottone.", vermeil, true},
		{"pt-PT", "Esta pulseira é um banho de ouro sobre latão.", vermeil, true},
		{"pt-BR", "Esta pulseira é um folheado a ouro sobre latão.", vermeil, true},
		{"nl-NL", "Deze armband is een vergulding op messing.", vermeil, true},
		{"sv-SE", "Det här armbandet är guldplätering på mässing.", vermeil, true},
		{"da-DK", "Dette armbånd er forgyldning på messing.", vermeil, true},
		{"nb-NO", "Dette armbåndet er forgylling på messing.", vermeil, true},
		{"fi-FI", "Tämä rannekoru on kullattua messinkiä.", vermeil, true},
		{"pl-PL", "Ta bransoletka to złocenie na mosiądzu.", vermeil, true},
		{"cs-CZ", "Tento náramek je zlacení na mosazi.", vermeil, true},
		{"tr-TR", "Bu bileklik pirinç üzerine altın kaplamadır.", vermeil, true},
		{"el-GR", "Αυτό το βραχιόλι είναι επιχρύσωση σε ορείχαλκο.", vermeil, true},
		{"ar-AE", "هذا السوار مطلي بالذهب على النحاس الأصفر.", vermeil, true},
		{"ja-JP", "このブレスレットは真鍮に金めっきを施したものです。", vermeil, true},
		{"ko-KR", "이 팔찌는 황동에 금도금을 했습니다.", vermeil, true},
		{"zh-CN", "这款手链是黄铜镀金。", vermeil, true},
		{"zh-TW", "這款項鍊是黃銅鍍金，而非純銀。", plated, true},
	})
}
