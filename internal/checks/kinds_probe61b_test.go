package checks

import (
	"testing"
)

// Products of TestKindsProbe61b (#13, probe61b): those of probe 61C
// nl-NL 61C02 (dyed pearls), cs-CZ 61C04 (a heated sapphire) and probe
// 61D tr-TR 61D01 (a yellow sapphire with diamonds).
var (
	probe61bPearls   = misses49Product(`{"sku": "B61C-nlNL-02", "name": "Parelarmband Roze", "category": "bracelet", "collection": "Moments", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "freshwater pearl", "colour": "pink", "count": 21, "treatment": "dyed"}], "colours": ["pink", "silver"]}`)
	probe61bPearlsUn = misses49Product(`{"sku": "B61C-nlNL-02U", "name": "Parelarmband Roze", "category": "bracelet", "collection": "Moments", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "freshwater pearl", "colour": "pink", "count": 21}], "colours": ["pink", "silver"]}`)
	probe61bSapphire = misses49Product(`{"sku": "B61C-csCZ-04", "name": "Prsten Safír Noc", "category": "ring", "collection": "Signature", "metals": [{"base": "white gold", "fineness": "14k"}], "stones": [{"type": "sapphire", "colour": "blue", "count": 1, "origin": "natural", "treatment": "heated"}, {"type": "diamond", "colour": "white", "count": 2, "origin": "natural"}], "colours": ["blue", "white"]}`)
	probe61bYellow   = misses49Product(`{"sku": "B61D-trTR-01", "name": "Gün Işığı Yüzük", "category": "ring", "collection": "Signature", "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "sapphire", "colour": "yellow", "count": 1, "origin": "natural"}, {"type": "diamond", "colour": "clear", "count": 2, "origin": "natural"}], "colours": ["gold", "yellow"]}`)
	probe61bGold     = misses49Product(`{"sku": "B61D-trTR-G", "name": "Gün Yüzük", "category": "ring", "collection": "Signature", "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [], "colours": ["gold"]}`)
)

// probe61bDenied deny a treatment the stone has (FTC 16 CFR 23.22): a
// verb-first clause whose negation a word of negative concord carries on
// (cs "nebyl tento kámen nijak upravován"), a colour called entirely
// natural past the noun it is of (nl "de kleur van deze parels is
// volledig natuurlijk"), and the stone as it came from the mussel or as
// the earth gave it.
var probe61bDenied = [][2]string{
	{"cs-CZ", "Na rozdíl od většiny safírů na trhu nebyl tento kámen nijak upravován."},
	{"cs-CZ", "Nebyl tento safír nijak upravován."},
	{"cs-CZ", "Safír je přesně takový, jakou mu dala země."},
}

var probe61bDeniedPearls = [][2]string{
	{"nl-NL", "De zachtroze kleur van deze parels is volledig natuurlijk."},
	{"nl-NL", "Het roze van deze parels is helemaal natuurlijk."},
	{"nl-NL", "De parels zijn precies zoals ze uit de mossel kwamen."},
}

// probe61bStones name a stone the piece lacks in Turkish: its object
// before a comitative noun and "birlikte" (with the diamonds), and its
// name with a softened final before a vowel ending (zümrüdü, akiği,
// çeliği) or the plain Turkish granat.
var probe61bStones = [][2]string{
	{"tr-TR", "Yüzük, sarı bir sitrini iki küçük pırlantayla birlikte 14 ayar sarı altına yerleştiriyor."},
	{"tr-TR", "Yüzük, bir ametisti iki küçük pırlanta ile birlikte taşıyor."},
	{"tr-TR", "Yüzük, bir yakutu iki pırlantayla birlikte taşıyor."},
	{"tr-TR", "Yüzük, parlak bir zümrüdü taşıyor."},
	{"tr-TR", "Yüzük akiğiyle göz alıyor."},
	{"tr-TR", "Yüzük bir granatı taşıyor."},
}

// TestKindsProbe61b (#13, probe61b): a disclosed treatment denied
// (grounding.treatment, FTC 16 CFR 23.22) and a stone the piece lacks
// named with Turkish case endings (grounding.stone). Every row passed on
// main.
func TestKindsProbe61b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(probe61bSapphire, true, probe61bDenied)...)
	rows = append(rows, pairRows(probe61bPearls, true, probe61bDeniedPearls)...)
	rows = append(rows, pairRows(probe61bYellow, true, probe61bStones)...)
	rows = append(rows, kindRow{"tr-TR", "Yüzük paslanmaz çeliği ile parlıyor.", probe61bGold, true})
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsProbe61bBad (#13, probe61b): the same words keep their
// verdict where they are true (the untreated pearls, the piece's own
// stones with their endings and beside its diamonds), "natuurlijk" as
// "of course" is no denial, and a plain disclosure passes.
func TestKindsProbe61bBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(probe61bPearlsUn, false, probe61bDeniedPearls)...)
	rows = append(rows, pairRows(probe61bPearls, false, [][2]string{
		{"nl-NL", "Roze is natuurlijk een zachte kleur voor elke dag."},
		{"nl-NL", "De parels zijn geverfd in een zachte roze tint."},
	})...)
	rows = append(rows, pairRows(probe61bSapphire, false, [][2]string{
		{"cs-CZ", "Safír byl zahříván, aby získal sytě modrou barvu."},
	})...)
	rows = append(rows, pairRows(probe61bYellow, false, [][2]string{
		{"tr-TR", "Yüzük, sarı bir safiri iki küçük pırlantayla birlikte 14 ayar sarı altına yerleştiriyor."},
		{"tr-TR", "Yüzük, sarı safiri iki pırlanta ile birlikte taşıyor."},
		{"tr-TR", "Yüzüğü inci küpelerle birlikte takın."},
	})...)
	rows = append(rows, pairRows(probe61bYellow, true, [][2]string{
		{"tr-TR", "Yüzükte sarı bir sitrin var."},
		{"tr-TR", "Yüzük, sarı bir ametisti taşıyor."},
	})...)
	checkKindRows(t, svc, CatGrounding, rows)
}
