package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// ss11Cascade is a rhodium-plated brass tennis necklace of the Moments
	// collection.
	ss11Cascade = core.Product{SKU: "SS11A", Name: "Cascade Tennis Necklace", Category: "necklace", Collection: "Moments",
		Materials: []string{"rhodium-plated brass", "cubic zirconia"},
		Metals:    []core.Metal{{Base: "brass", Plating: "rhodium"}},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 38, Origin: core.OriginSimulant}},
		Colours:   []string{"silver"}}
	// ss11Drop is a sterling silver pendant of the Essence collection.
	ss11Drop = core.Product{SKU: "SS11B", Name: "Drop Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
)

// TestKindsScriptSpelling11 (issue #13, eleventh blind set, true_plating):
// a collection of the brand spelt in another script is the name's
// transliteration, not an ordinary word of the language whose consonants
// happen to be the name's (released 11b el-GR "μια συνεχής σειρά", a
// continuous row, blocked as the Essence collection). The run's vowels
// must be the name's where its script writes them (checks.spelledAs): all
// of them in Greek and Cyrillic, with the vowel kana and Hangul add after
// a bare consonant, the long ones in Arabic; never two words joined, nor
// a Korean word with its particle. Failing before: every pass row. The
// names truly transliterated still block as grounding, on a product of
// another collection, in every script the checker reads.
func TestKindsScriptSpelling11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"an ordinary word beside a word for a line", ss11Cascade, "", []lt{
			// συνεχής is SNS as Essence is
			{"el-GR", "Το κολιέ Cascade από τη συλλογή Moments είναι μια συνεχής σειρά από 38 διάφανα κυβικά ζιργκόνια."},
			// "it comes in": RTS as Heritage (Χέριτατζ) is
			{"el-GR", "Έρχεται σε σειρά από 38 διάφανα κυβικά ζιργκόνια, από τη συλλογή Moments."},
			// センス, "sense": SNS
			{"ja-JP", "Momentsコレクションの一本。センスの光るシリーズです。"},
			// 센스, "sense": SNS
			{"ko-KR", "Moments 컬렉션의 목걸이로, 센스 있는 라인입니다."},
			// 착용하세(요), "please wear": SKNS as Signature (시그니처) is
			{"ko-KR", "Moments 컬렉션의 목걸이입니다. 다른 라인과 함께 착용하세요."},
		}},
		{"an ordinary word beside a word for a line", ss11Drop, "", []lt{
			// μονής, "single": MNS as Moments is
			{"el-GR", "Ένα μενταγιόν μονής σειράς από τη συλλογή Essence."},
			// マニッシュ, "mannish": MNS
			{"ja-JP", "Essenceコレクションの、マニッシュなラインのペンダント。"},
			// يمنح هذا, "gives this": MNS, two words
			{"ar-AE", "من مجموعة Essence، يمنح هذا القلادة لمسة فضية."},
		}},
		{"the name transliterated, another collection", ss11Cascade, CatGrounding, []lt{
			{"el-GR", "Ένα κολιέ της συλλογής Έσενς από ορείχαλκο με επιμετάλλωση ροδίου."},
			{"ja-JP", "エッセンスコレクションのテニスネックレスです。"},
			{"ko-KR", "에센스 컬렉션의 테니스 목걸이입니다."},
			{"ar-AE", "قلادة من مجموعة إسنس من النحاس المطلي بالروديوم."},
			{"el-GR", "Ένα κολιέ της σειράς Λουμιέρ."},
			{"ja-JP", "タイムレスシリーズのネックレスです。"},
			{"ko-KR", "타임리스 라인의 목걸이입니다."},
			{"ar-AE", "قلادة من مجموعة هيريتيج."},
			{"el-GR", "Ένα κολιέ της συλλογής Ρεφλέξιονς."},
			{"en-GB", "A tennis necklace from the Эссенс коллекция."},
		}},
		{"the name transliterated, another collection", ss11Drop, CatGrounding, []lt{
			{"el-GR", "Ένα μενταγιόν της συλλογής Μόμεντς."},
			{"ja-JP", "モーメンツ・コレクションのペンダントです。"},
			{"ko-KR", "모먼츠 컬렉션의 펜던트입니다."},
			{"ar-AE", "قلادة من مجموعة مومنتس."},
		}},
	})
}
