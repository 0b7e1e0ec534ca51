package checks

import (
	"testing"
)

// Counts per part the count60 readers missed (#13, count60b; grounding
// count60b.go):
//
//   - the parts' number after a feminine or pronoun "each one of the N"
//     ("un diamante en cada una de las cinco puntas", "su ciascuna delle
//     cinque punte", "σε καθεμία από τις πέντε άκρες"): five diamonds, one
//     on each of five parts;
//   - zh groups with 各 between the groups' number and the count on each
//     ("三组各三颗蓝宝石"): nine;
//   - a per-side phrase before the count ("auf jeder Seite zwei Saphire",
//     "両側にサファイアが2石ずつ", "양쪽에 사파이어가 두 개씩", "her iki
//     yanında ikişer safir"): two sides' worth;
//   - a verb-final flanked centre ("Eine Perle wird auf jeder Seite von
//     zwei Perlen flankiert"): five.

// count60bPoints are texts giving five diamonds as one on each of five
// points, the parts' number after a feminine or pronoun "each one of".
var count60bPoints = [][2]string{
	{"es-ES", "Una amatista en el centro y un diamante en cada una de las cinco puntas."},
	{"es-MX", "Una amatista al centro y un diamante en cada una de sus cinco puntas."},
	{"it-IT", "Un'ametista al centro e un diamante su ciascuna delle cinque punte."},
	{"it-IT", "Un'ametista al centro e un diamante su ognuna delle cinque punte."},
	{"el-GR", "Ένας αμέθυστος στο κέντρο και ένα διαμάντι σε καθεμία από τις πέντε άκρες."},
	{"el-GR", "Ένας αμέθυστος στο κέντρο και ένα διαμάντι σε καθένα από τα πέντε άκρα."},
	{"pt-BR", "Uma ametista no centro e um diamante em cada uma de suas cinco pontas."},
	{"fr-FR", "Une améthyste au centre et un diamant sur chacune de ses cinq pointes."},
}

// count60bGroups are texts giving nine sapphires as three groups of three.
var count60bGroups = [][2]string{
	{"zh-CN", "戒指镶嵌三组各三颗蓝宝石。"},
	{"zh-CN", "三组各三颗蓝宝石点缀戒面。"},
}

// count60bSides are texts giving four sapphires as two on each side, the
// side said before the count.
var count60bSides = [][2]string{
	{"de-DE", "Der Ring trägt auf jeder Seite zwei Saphire."},
	{"ja-JP", "リングの両側にサファイアが2石ずつ留められています。"},
	{"ko-KR", "반지 양쪽에 사파이어가 두 개씩 세팅되어 있습니다."},
	{"tr-TR", "Yüzüğün her iki yanında ikişer safir bulunuyor."},
}

// count60bFlanked are texts giving five pearls as a centre pearl flanked
// by two on each side, the verb last.
var count60bFlanked = [][2]string{
	{"de-DE", "Eine Perle wird auf jeder Seite von zwei Perlen flankiert."},
}

// TestKindsCount60b: the rows main got wrong (each failed there).
func TestKindsCount60b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count60Star(1, 10), true, count60bPoints)...)
	rows = append(rows, pairRows(count59Ring(3), true, count60bGroups)...)
	rows = append(rows, pairRows(count59Ring(2), true, count60bSides)...)
	rows = append(rows, pairRows(count59Pearls(5), false, count60bFlanked)...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsCount60bBad: the right totals pass, the wrong ones block.
func TestKindsCount60bBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count60Star(1, 5), false, count60bPoints)...)
	rows = append(rows, pairRows(count60Star(1, 3), true, count60bPoints)...)
	rows = append(rows, pairRows(count59Ring(9), false, count60bGroups)...)
	rows = append(rows, pairRows(count59Ring(6), true, count60bGroups)...)
	rows = append(rows, pairRows(count59Ring(4), false, count60bSides)...)
	rows = append(rows, pairRows(count59Ring(3), true, count60bSides)...)
	rows = append(rows, pairRows(count59Pearls(3), true, count60bFlanked)...)
	rows = append(rows, pairRows(count59Pearls(7), true, count60bFlanked)...)
	rows = append(rows, []kindRow{
		// Both sides with no word of "each": both sides' together.
		{"ja-JP", "リングの両側にサファイアが2石留められています。", count59Ring(2), false},
		{"de-DE", "Der Ring trägt auf beiden Seiten zwei Saphire.", count59Ring(2), false},
		{"de-DE", "Der Ring trägt auf beiden Seiten je zwei Saphire.", count59Ring(2), true},
		// A centre beside the sides.
		{"tr-TR", "Yüzüğün ortasında bir safir, her iki yanında ikişer safir bulunuyor.", count59Ring(5), false},
		{"tr-TR", "Yüzüğün her iki yanında birer safir bulunuyor.", count59Ring(2), false},
		{"tr-TR", "Yüzüğün her iki yanında birer safir bulunuyor.", count59Ring(3), true},
		// The parts' number with no count before the distributive word.
		{"es-ES", "Cada una de las cinco puntas lleva un diamante.", count60Star(1, 5), false},
		{"it-IT", "Ognuna delle cinque punte ospita un diamante.", count60Star(1, 5), false},
	}...)
	checkKindRows(t, svc, CatGrounding, rows)
}
