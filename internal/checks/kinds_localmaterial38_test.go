package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsLocalMaterial38 (#13, localmaterial38): a PIM holds material
// names in its market's language ("argento sterling", "smalto"; 珐琅;
// "Emaille"), and the grounding read the record with the English
// vocabulary only, so copy naming the record's own enamel, resin or leather
// in the same words blocked grounding.material (probe 38c it-IT
// 38C102-1/-2: `mentions "smalto"; the product is argento sterling,
// smalto, sterling silver`). The record's entries the English vocabulary
// reads no material in are read by the copy's vocabulary, and a materials
// entry that one does not read either by every vocabulary
// (grounding/local_material.go): English copy on an Italian record passes
// "enamel". The twins still block: a material the record names in no
// language (leather, resin, gold on an enamelled silver charm).
func TestKindsLocalMaterial38(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	prod := func(mats ...string) core.Product {
		return core.Product{
			SKU: "K38LM1", Name: "Clover Charm", Category: "charm",
			Materials: mats,
			Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Colours:   []string{"silver", "green"},
		}
	}
	var rows []kindRow
	pass := func(loc, s string, p core.Product) { rows = append(rows, kindRow{loc, s, p, false}) }
	block := func(loc, s string, p core.Product) { rows = append(rows, kindRow{loc, s, p, true}) }

	it := prod("argento sterling", "smalto")
	pass("it-IT", "Un piccolo quadrifoglio con le foglie riempite di smalto verde brillante.", it)
	pass("en-GB", "A little four-leaf clover, its leaves filled with bright green enamel.", it)
	de := prod("Sterlingsilber", "Emaille")
	pass("de-DE", "Die Blätter sind mit grüner Emaille gefüllt.", de)
	pass("en-US", "The leaves are filled with green enamel.", de)
	fr := prod("argent sterling", "émail")
	pass("fr-FR", "Les feuilles sont remplies d'émail vert.", fr)
	pass("fr-CA", "Ses feuilles sont garnies d'émail vert.", fr)
	es := prod("plata de ley", "esmalte")
	pass("es-ES", "Las hojas están rellenas de esmalte verde.", es)
	pass("es-MX", "Sus hojas llevan esmalte verde.", es)
	pass("en-AU", "Its leaves are filled with green enamel.", es)
	pt := prod("prata de lei", "esmalte")
	pass("pt-PT", "As folhas são preenchidas com esmalte verde.", pt)
	pass("pt-BR", "As folhas levam esmalte verde.", pt)
	pass("nl-NL", "De blaadjes zijn gevuld met groene emaille.", prod("sterling zilver", "emaille"))
	pass("sv-SE", "Bladen är fyllda med grön emalj.", prod("sterlingsilver", "emalj"))
	pass("da-DK", "Bladene er fyldt med grøn emalje.", prod("sterlingsølv", "emalje"))
	pass("nb-NO", "Bladene er fylt med grønn emalje.", prod("sterlingsølv", "emalje"))
	pass("fi-FI", "Lehdissä on vihreää emalia.", prod("sterlinghopea", "emali"))
	pass("pl-PL", "Listki wypełnia zielona emalia.", prod("srebro próby 925", "emalia"))
	pass("cs-CZ", "Lístky jsou vyplněné zeleným smaltem.", prod("stříbro 925", "smalt"))
	pass("tr-TR", "Yapraklar yeşil mine ile doldurulmuştur.", prod("925 ayar gümüş", "mine"))
	pass("el-GR", "Τα φύλλα είναι γεμάτα με πράσινο σμάλτο.", prod("ασήμι 925", "σμάλτο"))
	pass("ar-AE", "الأوراق مملوءة بالمينا الخضراء.", prod("فضة استرليني", "مينا"))
	pass("ja-JP", "葉は緑のエナメルで彩られています。", prod("シルバー925", "エナメル"))
	pass("ja-JP", "葉には緑の七宝を施しました。", prod("シルバー925", "七宝"))
	pass("ko-KR", "잎은 초록색 에나멜로 채워져 있습니다.", prod("스털링 실버", "에나멜"))
	pass("zh-CN", "叶片填充绿色珐琅。", prod("925银", "珐琅"))
	pass("zh-TW", "葉片填入綠色琺瑯。", prod("925純銀", "琺瑯"))
	// resin, leather, cord, silk
	pass("it-IT", "Il ciondolo è in resina trasparente.", prod("argento 925", "resina"))
	pass("fr-FR", "Le bracelet est monté sur un cordon de cuir.", prod("argent 925", "cuir"))
	pass("de-DE", "Das Armband ist aus weichem Leder.", prod("Sterlingsilber", "Leder"))
	pass("nl-NL", "De hanger is van heldere hars.", prod("sterling zilver", "hars"))
	pass("sv-SE", "Armbandet är av mjukt läder.", prod("sterlingsilver", "läder"))
	pass("ja-JP", "ブレスレットはやわらかなレザーです。", prod("シルバー925", "レザー"))
	pass("zh-CN", "手链采用柔软的皮革。", prod("925银", "皮革"))
	pass("es-ES", "El colgante va en un cordón de seda.", prod("plata de ley", "cordón de seda"))

	// A material the record names in no language still blocks.
	block("it-IT", "Un piccolo quadrifoglio con le foglie in resina verde brillante.", it)
	block("en-GB", "A little four-leaf clover on a soft leather cord.", it)
	block("de-DE", "Die Blätter sind aus grünem Harz.", de)
	block("fr-FR", "Les feuilles sont en cuir vert.", fr)
	block("es-ES", "Las hojas son de resina verde.", es)
	block("nl-NL", "De blaadjes zijn van groen leer.", prod("sterling zilver", "emaille"))
	block("sv-SE", "Bladen är av grönt läder.", prod("sterlingsilver", "emalj"))
	block("pl-PL", "Listki są z zielonej żywicy.", prod("srebro próby 925", "emalia"))
	block("ja-JP", "葉は緑のレジンで彩られています。", prod("シルバー925", "エナメル"))
	block("zh-TW", "葉片採用綠色皮革。", prod("925純銀", "琺瑯"))
	block("el-GR", "Τα φύλλα είναι από πράσινο δέρμα.", prod("ασήμι 925", "σμάλτο"))
	checkKindRows(t, svc, CatGrounding, rows)
}
