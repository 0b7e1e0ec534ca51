package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of vermeil62's rows: a sterling silver necklace recorded
// with a gold plating of 2.5 microns and no karat, as a PIM records
// vermeil, and the layers that are no vermeil.
var (
	v62Vermeil = core.Product{SKU: "V62", Name: "Essence", Category: "necklace", Collection: "Essence",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 2.5}},
		Colours: []string{"gold"}}
	v62RoseVermeil = core.Product{SKU: "V62R", Name: "Essence", Category: "necklace", Collection: "Essence",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rose gold", PlatingMicrons: 3}},
		Colours: []string{"rose gold"}}
)

// v62Layer is v62Vermeil with another base, plating or thickness.
func v62Layer(base, plating string, microns float64) core.Product {
	p := v62Vermeil
	p.Metals = []core.Metal{{Base: base, Fineness: "925", Plating: plating, PlatingMicrons: microns}}
	if base != "sterling silver" {
		p.Metals[0].Fineness = ""
	}
	return p
}

// A gold plating of at least 2.5 microns over sterling silver recorded
// with no karat is vermeil (#13, vermeil62: released 62 en-GB, de-DE,
// it-IT, nl-NL 62A02-1, es-ES 62B02-3, tr-TR, ar-AE, ja-JP 62B02-1 on
// {"base": "sterling silver", "fineness": "925", "plating": "gold",
// "plating_microns": 2.5}). A layer recorded as gold names the metal, and
// the FTC Guides let "gold plate" and "gold electroplate" describe only a
// layer of gold or gold alloy of at least 10 karat (16 CFR 23.4(c)(3)-(4)),
// so the layer meets vermeil's floor (23.5(b)): copy calling the piece
// vermeil in any language is true. Every row failed on main.
func TestKindsVermeil62(t *testing.T) {
	t.Parallel()
	rows := pairRows(v62Vermeil, false, [][2]string{
		{"en-GB", "The Essence necklace is made in gold vermeil: sterling silver with a generous 2.5-micron layer of gold."},
		{"en-US", "These vermeil links are sterling silver under a thick layer of gold."},
		{"de-DE", "Die Kette ist aus Sterlingsilber mit einer 2,5 Mikrometer starken Vergoldung – Vermeil, wie Goldschmiede sagen."},
		{"de-DE", "Eine Kette aus Goldvermeil für jeden Tag."},
		{"fr-FR", "Le collier est en vermeil : argent 925 recouvert d'une couche d'or de 2,5 microns."},
		{"it-IT", "La collana è in vermeil: argento sterling 925 rivestito da uno strato d'oro di 2,5 micron."},
		{"es-ES", "El tono cálido del vermeil ilumina el rostro y combina con casi todo."},
		{"pt-BR", "O colar é de vermeil: prata 925 com um banho de ouro de 2,5 mícrons."},
		{"nl-NL", "De ketting is gemaakt van vermeil: sterling zilver met een laag goud van 2,5 micron."},
		{"sv-SE", "Halsbandet är i guldvermeil, sterlingsilver med ett lager guld på 2,5 mikron."},
		{"da-DK", "Halskæden er i vermeil: sterlingsølv med et lag guld på 2,5 mikron."},
		{"nb-NO", "Kjedet er i gullvermeil, sterlingsølv med et lag gull på 2,5 mikron."},
		{"fi-FI", "Kaulakoru on kultavermeiliä, sterlinghopeaa jonka pinnalla on 2,5 mikronin kultakerros."},
		{"pl-PL", "Naszyjnik wykonano z vermeil: srebra próby 925 pokrytego warstwą złota o grubości 2,5 mikrona."},
		{"cs-CZ", "Náhrdelník je z vermeil: stříbro 925 s vrstvou zlata o tloušťce 2,5 mikronu."},
		{"el-GR", "Το κολιέ είναι από βερμέιγ: ασήμι 925 με επιχρύσωση 2,5 μικρών."},
		{"tr-TR", "925 ayar gümüş üzerine 2,5 mikron kalınlığında altın kaplama yapılmış, yani vermeil."},
		{"ar-AE", "صُنعت القلادة من الفضة الإسترلينية عيار 925 وطُليت بطبقة من الذهب بسماكة 2.5 ميكرون، وهو ما يُعرف بالفيرميل."},
		{"ja-JP", "シルバー925に厚さ2.5ミクロンの金メッキを施したバーメイル仕上げです。"},
		{"ja-JP", "ヴェルメイユのネックレスです。"},
		{"ko-KR", "이 목걸이는 925 실버에 2.5미크론 두께로 금을 입힌 버메일입니다."},
	})
	rows = append(rows, pairRows(v62RoseVermeil, false, [][2]string{
		{"en-GB", "A rose gold vermeil necklace: sterling silver under a 3-micron layer of rose gold."},
		{"sv-SE", "Ett halsband i roséguldvermeil."},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}

// TestKindsVermeil62Bad: a plating that is only a colour or a coating, a
// layer under 2.5 microns, a plating over brass, a bonded gold-filled
// layer and a plating of a karat below 10 are no vermeil, and the word
// still blocks; the vermeil piece called solid gold still blocks.
func TestKindsVermeil62Bad(t *testing.T) {
	t.Parallel()
	rows := pairRows(v62Vermeil, true, [][2]string{
		{"en-GB", "The necklace is solid gold."},
		{"de-DE", "Die Kette ist aus massivem Gold."},
	})
	for _, p := range []core.Product{
		v62Layer("sterling silver", "gold-coloured PVD", 2.5),
		v62Layer("sterling silver", "gold tone", 2.5),
		v62Layer("sterling silver", "gold-colour IP", 2.5),
		v62Layer("sterling silver", "gold flash", 2.5),
		v62Layer("sterling silver", "gold", 1),
		v62Layer("brass", "gold", 2.5),
		v62Layer("copper", "18k gold", 3),
		v62Layer("sterling silver", "gold-filled", 2.5),
		v62Layer("sterling silver", "9k gold", 2.5),
	} {
		rows = append(rows, pairRows(p, true, [][2]string{
			{"en-GB", "The necklace is gold vermeil."},
			{"de-DE", "Die Kette ist aus Vermeil."},
			{"ja-JP", "バーメイルのネックレスです。"},
			{"ar-AE", "القلادة مصنوعة من الفيرميل."},
		})...)
	}
	checkKindRows(t, checkService(t), "", rows)
}
