package checks

import "testing"

// Competitors in a case ending that replaces the name's last letter (#13,
// brandinflect33): Czech declines a name in -i or -y as an adjective
// ("od Swarovského", "Swarovskému", "se Swarovským") and Czech and Polish
// a name in -a as a feminine noun; the name less that letter and such an
// ending (data/<lang>/glossary.yaml name_stem_endings) names the
// competitor. The endings glued to the whole name (Polish "Swarovskiego",
// Finnish "Swarovskin", Czech "Tiffanyho"), the uninflected name after a
// Greek article and the Turkish suffix after an apostrophe blocked before
// and still do. The same sentences with a name the guide does not list
// ("Pandora": not a competitor of the bundled guide), a Czech adjective
// sharing no competitor's stem and the bare stem's words still pass.
func TestKindsBrandInflect33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	for _, r := range [][2]string{
		{"cs-CZ", "Náramek od Swarovského."}, {"cs-CZ", "Jako šperky Swarovského."}, {"cs-CZ", "Podobá se Swarovskému."},
		{"cs-CZ", "Srovnávají ho se Swarovským."}, {"cs-CZ", "Jako u Swarovských."},
		{"pl-PL", "Jak bransoletki Swarovskiego."}, {"pl-PL", "Podobny do Swarovskiego."}, {"pl-PL", "Jak biżuteria Tiffany'ego."},
		{"fi-FI", "Kuin Swarovskin korut."}, {"fi-FI", "Swarovskilta tuttu kimallus."},
		{"cs-CZ", "Jako šperky Tiffanyho."}, {"el-GR", "Όπως τα κοσμήματα της Swarovski."}, {"tr-TR", "Swarovski'nin tasarımları gibi."},
	} {
		rows = append(rows, kindRow{r[0], r[1], plainCuff, true})
	}
	for _, r := range [][2]string{
		{"cs-CZ", "Náramek od Pandory."}, {"pl-PL", "Jak bransoletki Pandory."}, {"cs-CZ", "Náramek z Varšavského trhu."},
		{"cs-CZ", "Náramek od české návrhářky."}, {"pl-PL", "Bransoletka z Krakowskiego Przedmieścia."},
		{"tr-TR", "Pandora'nın tasarımları gibi."}, {"el-GR", "Όπως τα κοσμήματα της Pandora."},
	} {
		rows = append(rows, kindRow{r[0], r[1], plainCuff, false})
	}
	checkKindRows(t, svc, CatCompetitor, rows)
}
