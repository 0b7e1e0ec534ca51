package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the hedged-lustre rows: a rhodium-plated sterling silver
// ring (its plating licenses a hedged tarnish statement), the same ring
// unplated, a platinum ring and a sterling silver ring.
var (
	hedgedLustreRhodium = core.Product{SKU: "HL1", Name: "Luna", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}}, Colours: []string{"silver"}}
	hedgedLustreBare = core.Product{SKU: "HL2", Name: "Luna", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	hedgedLustrePlatinum = core.Product{SKU: "HL3", Name: "Luna", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"}}
)

// hedgedLustreDegree are tarnish statements hedged by a word of degree
// ("easily", "quickly") in every language with concept data.
var hedgedLustreDegree = [][2]string{
	{"en-GB", "The plating does not lose its lustre easily."},
	{"en-GB", "The rhodium plating does not lose its shine quickly."},
	{"fr-FR", "Le placage ne perd pas facilement son éclat."},
	{"es-ES", "El baño no pierde su brillo fácilmente."},
	{"it-IT", "La placcatura non perde facilmente la sua lucentezza."},
	{"pt-BR", "O banho não perde o brilho facilmente."},
	{"de-DE", "Die Beschichtung verliert ihren Glanz nicht so leicht."},
	{"nl-NL", "De plating verliest haar glans niet snel."},
	{"sv-SE", "Pläteringen förlorar inte sin glans lätt."},
	{"da-DK", "Belægningen mister ikke let sin glans."},
	{"nb-NO", "Belegget mister ikke glansen sin lett."},
	{"fi-FI", "Pinnoite ei menetä kiiltoaan helposti."},
	{"pl-PL", "Powłoka nie traci łatwo swojego blasku."},
	{"cs-CZ", "Povrch snadno neztrácí svůj lesk."},
	{"el-GR", "Η επιμετάλλωση δεν χάνει εύκολα τη λάμψη της."},
	{"tr-TR", "Kaplama parlaklığını kolay kolay kaybetmez."},
	{"ja-JP", "メッキの輝きはすぐには失われません。"},
	{"ko-KR", "도금의 광택은 쉽게 사라지지 않습니다."},
	{"zh-CN", "镀层不会轻易失去光泽。"},
}

// A tarnish statement hedged by a word of degree ("does not lose its
// lustre easily", "ne perd pas facilement son éclat", "no pierde su
// brillo fácilmente") is hedged as "slows tarnishing" is (concepts-hedge54:
// the piece's own rhodium or platinum plating licenses it, #13, tarnish54);
// a colour or shine said to stay the same forever ("Τα χρώματα θα μείνουν
// ίδια για πάντα") is the tarnish_proof claim; and a metal named in the
// relative clause of a noun compared after it ("ロジウムメッキされるホワ
// イトゴールドとは異なり", unlike white gold, which is rhodium plated) is
// the compared noun's, not the piece's (#13, left66; FTC 16 CFR 23.1, 23.6).
func TestKindsHedgedLustre(t *testing.T) {
	t.Parallel()
	rows := pairRows(hedgedLustreRhodium, false, hedgedLustreDegree)
	rows = append(rows, pairRows(hedgedLustrePlatinum, false, [][2]string{
		{"ja-JP", "このリングは、ロジウムメッキされるホワイトゴールドとは異なり、天然の白い輝きを持ちます。"},
		{"ja-JP", "ロジウムメッキを施したホワイトゴールドと違って、色あせることがありません。"},
		{"ja-JP", "ロジウムメッキされるホワイトゴールドとは異なり、この指輪は自然な白さを保ちます。"},
	})...)
	rows = append(rows, pairRows(hedgedLustreBare, false, [][2]string{
		{"ja-JP", "ロジウムメッキされるホワイトゴールドとは異なり、この指輪は自然な白さを保ちます。"},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}

// TestKindsHedgedLustreClaim: a colour or shine kept the same forever
// blocks as a tarnish claim on a piece with no tarnish feature.
func TestKindsHedgedLustreClaim(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, pairRows(hedgedLustreBare, true, [][2]string{
		{"el-GR", "Τα χρώματα θα μείνουν ίδια για πάντα."},
		{"el-GR", "Η λάμψη του θα μείνει ίδια για πάντα."},
		{"en-GB", "The colour will stay the same forever."},
		{"en-GB", "Its shine will remain the same forever."},
		{"fr-FR", "La couleur restera la même pour toujours."},
		{"es-ES", "El color seguirá igual para siempre."},
		{"it-IT", "Il colore resterà uguale per sempre."},
		{"pt-BR", "A cor ficará igual para sempre."},
		{"de-DE", "Die Farbe bleibt für immer gleich."},
		{"nl-NL", "De kleur blijft voor altijd hetzelfde."},
		{"sv-SE", "Färgen förblir densamma för alltid."},
		{"da-DK", "Farven forbliver den samme for altid."},
		{"nb-NO", "Fargen forblir den samme for alltid."},
		{"fi-FI", "Väri pysyy ikuisesti samana."},
		{"pl-PL", "Kolor pozostanie taki sam na zawsze."},
		{"cs-CZ", "Barva zůstane navždy stejná."},
		{"tr-TR", "Rengi sonsuza dek aynı kalacak."},
	}))
}

// TestKindsHedgedLustreBad: the hedged statement on a piece with no plating
// to license it, "never loses its lustre" on the plated piece, and the
// rhodium said of the platinum piece itself still block.
func TestKindsHedgedLustreBad(t *testing.T) {
	t.Parallel()
	var bare [][2]string
	for _, r := range hedgedLustreDegree {
		switch r[0] {
		case "sv-SE", "ja-JP", "ko-KR": // no claim form reads these unhedged either
		default:
			bare = append(bare, r)
		}
	}
	rows := pairRows(hedgedLustreBare, true, bare)
	rows = append(rows, pairRows(hedgedLustreRhodium, true, [][2]string{
		{"en-GB", "The plating never loses its lustre."},
		{"fr-FR", "Le placage ne perd jamais son éclat."},
		{"es-ES", "El baño nunca pierde su brillo."},
		{"de-DE", "Die Beschichtung verliert nie ihren Glanz."},
		{"el-GR", "Δεν χάνουν ποτέ τη λάμψη τους."},
	})...)
	rows = append(rows, pairRows(hedgedLustrePlatinum, true, [][2]string{
		{"ja-JP", "この指輪はロジウムメッキされたホワイトゴールドです。"},
		{"ja-JP", "この指輪はロジウムメッキが施されています。"},
		{"en-GB", "This ring is rhodium-plated white gold."},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}
