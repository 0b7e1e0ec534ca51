package checks

import (
	"context"
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsKaratMiss48 (#13, karatmiss48): gold pieces of each
// common karat.
var (
	karatMiss48Gold22 = core.Product{SKU: "KM48G22", Name: "Classic Rope Chain", Category: "necklace", Collection: "Heritage", Materials: []string{"22k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "22k"}}, Colours: []string{"gold"}}
	karatMiss48Gold18 = core.Product{SKU: "KM48G18", Name: "Aurora Ring", Category: "ring", Collection: "Timeless", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}
	karatMiss48Gold14 = core.Product{SKU: "KM48G14", Name: "Luna Bracelet", Category: "bracelet", Collection: "Timeless", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Colours: []string{"gold"}}
	karatMiss48Gold9 = core.Product{SKU: "KM48G9", Name: "Stella Pendant", Category: "pendant", Collection: "Timeless", Materials: []string{"9k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Colours: []string{"gold"}}
)

// karatMiss48Form is a karat or fineness written as a compound or inflected
// adjective (or a unit the reading missed): the piece's own value (right)
// passes, another (wrong) blocks as grounding.karat.
type karatMiss48Form struct {
	locale, tmpl string
	p            core.Product
	right, wrong string
}

var karatMiss48Forms = []karatMiss48Form{
	{"en-GB", "This chain is made of %s-karat gold.", karatMiss48Gold22, "22", "24"},
	{"en-GB", "The pendant is crafted in %s-ct gold.", karatMiss48Gold9, "9", "18"},
	{"en-US", "This ring is crafted in %skt gold.", karatMiss48Gold18, "18", "14"},
	{"en-US", "This bracelet is solid %s-karat gold.", karatMiss48Gold14, "14", "18"},
	{"en-AU", "The pendant is %sct yellow gold.", karatMiss48Gold9, "9", "18"},
	{"de-DE", "Diese Kette ist aus %s-karätigem Gold.", karatMiss48Gold22, "22", "24"},
	{"de-DE", "Dieser Ring ist aus %skarätigem Gelbgold.", karatMiss48Gold18, "18", "14"},
	{"de-DE", "Diese Kette ist aus %skarätigem Gold.", karatMiss48Gold22, "zweiundzwanzig", "vierundzwanzig"},
	{"de-DE", "Das Armband ist aus %ser Gold gefertigt.", karatMiss48Gold14, "585", "750"},
	{"de-DE", "Der Anhänger ist aus %s-Gold.", karatMiss48Gold9, "375", "585"},
	{"fr-FR", "Cette bague est en or %s carats.", karatMiss48Gold18, "18", "14"},
	{"fr-CA", "Ce bracelet est en or jaune de %s carats.", karatMiss48Gold14, "14", "10"},
	{"es-ES", "Esta cadena es de oro de %s quilates.", karatMiss48Gold22, "22", "24"},
	{"es-MX", "Esta pulsera es de oro de %s kilates.", karatMiss48Gold14, "14", "18"},
	{"it-IT", "Questo anello è in oro a %s carati.", karatMiss48Gold18, "18", "14"},
	{"pt-PT", "Este fio é em ouro de %s quilates.", karatMiss48Gold22, "22", "24"},
	{"pt-BR", "Esta pulseira é de ouro %s quilates.", karatMiss48Gold14, "14", "18"},
	{"nl-NL", "Deze ketting is van %s-karaats goud.", karatMiss48Gold22, "22", "24"},
	{"nl-NL", "Deze ring is van %skaraats goud.", karatMiss48Gold18, "18", "14"},
	{"nb-NO", "Dette kjedet er i %s karats gull.", karatMiss48Gold22, "22", "24"},
	{"nb-NO", "Denne ringen er laget av %s-karats gull.", karatMiss48Gold18, "18", "14"},
	{"da-DK", "Denne kæde er lavet af %s-karats guld.", karatMiss48Gold22, "22", "24"},
	{"sv-SE", "Det här halsbandet är gjort av %s-karats guld.", karatMiss48Gold22, "22", "24"},
	{"sv-SE", "Ringen är tillverkad i %s karats guld.", karatMiss48Gold18, "18", "14"},
	{"fi-FI", "Tämä ketju on valmistettu %s-karaattisesta kullasta.", karatMiss48Gold22, "22", "24"},
	{"fi-FI", "Sormus on %s-karaattista kultaa.", karatMiss48Gold18, "18", "14"},
	{"cs-CZ", "Tento řetízek je vyroben z %skarátového zlata.", karatMiss48Gold22, "22", "24"},
	{"cs-CZ", "Prsten je z %s-karátového zlata.", karatMiss48Gold18, "18", "14"},
	{"pl-PL", "Ten łańcuszek jest wykonany z %s-karatowego złota.", karatMiss48Gold22, "22", "24"},
	{"pl-PL", "Pierścionek jest ze złota %s-karatowego.", karatMiss48Gold18, "18", "14"},
	{"el-GR", "Η αλυσίδα είναι κατασκευασμένη από χρυσό %s καρατίων.", karatMiss48Gold22, "22", "24"},
	{"tr-TR", "Bu zincir %s ayar altından yapılmıştır.", karatMiss48Gold22, "22", "24"},
	{"tr-TR", "Bu bilezik %s ayar altındır.", karatMiss48Gold14, "14", "18"},
	{"ar-AE", "هذه السلسلة مصنوعة من ذهب عيار %s.", karatMiss48Gold22, "22", "24"},
	{"ar-AE", "هذا الخاتم من الذهب عيار %s قيراط.", karatMiss48Gold18, "18", "14"},
	{"ja-JP", "このチェーンは%s金で作られています。", karatMiss48Gold22, "22", "24"},
	{"ja-JP", "このリングはK%sゴールドです。", karatMiss48Gold18, "18", "14"},
	{"ko-KR", "이 체인은 %sK 금으로 만들었습니다.", karatMiss48Gold22, "22", "24"},
	{"ko-KR", "이 반지는 %s케이 금으로 만들었습니다.", karatMiss48Gold18, "18", "14"},
	{"zh-CN", "这条项链采用%sK金制成。", karatMiss48Gold22, "22", "24"},
	{"zh-TW", "這條項鍊採用%sK金製成。", karatMiss48Gold22, "22", "24"},
	// more inflections of the forms read here
	{"de-DE", "Eine %s-karätige Kette für jeden Tag.", karatMiss48Gold22, "22", "24"},
	{"de-DE", "Ein %skarätiger Goldring mit polierter Oberfläche.", karatMiss48Gold18, "achtzehn", "vierzehn"},
	{"es-MX", "Pulsera de %s kilates de oro amarillo.", karatMiss48Gold14, "14", "10"},
	{"da-DK", "Ringen er i %s karats guld.", karatMiss48Gold18, "18", "14"},
	{"fi-FI", "Riipus on %s-karaattinen kultakoru.", karatMiss48Gold9, "9", "14"},
	{"fi-FI", "Ketju on tehty %s-karaattisesta keltakullasta.", karatMiss48Gold14, "14", "18"},
	{"ja-JP", "このブレスレットはK%sイエローゴールド製です。", karatMiss48Gold14, "14", "18"},
	{"ko-KR", "이 체인은 %s케이 골드입니다.", karatMiss48Gold22, "22", "24"},
}

// karatMiss48OpenRows still block: a stone's weight with the stone before
// the preposition ("akvamarin på 10 karat vekt") is read as a karat, in the
// form read before this kind too (measure.go caratSense).
var karatMiss48OpenRows = []kindRow{
	{"nb-NO", "Ringen har en akvamarin på 10 karats vekt.", karatMiss48Stone, false},
	{"nb-NO", "Ringen har en akvamarin på 10 karat vekt.", karatMiss48Stone, false},
}

// karatMiss48Stone is a gold ring set with a 10-carat aquamarine: a carat
// weight written as an adjective beside a stone is the stone's weight.
var karatMiss48Stone = core.Product{SKU: "KM48S", Name: "Aqua Ring", Category: "ring", Collection: "Timeless", Materials: []string{"18k yellow gold"},
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}, Stones: []core.Stone{{Type: "aquamarine", Count: 1}}, TotalCaratWeight: 10}

// karatMiss48StoneRows are stone weights in the adjective forms: they pass.
var karatMiss48StoneRows = []kindRow{
	{"de-DE", "Im Mittelpunkt steht ein 10-karätiger Aquamarin.", karatMiss48Stone, false},
	{"nb-NO", "Ringen har en 10 karats akvamarin.", karatMiss48Stone, false},
	{"da-DK", "Ringen har en 10-karats akvamarin.", karatMiss48Stone, false},
	{"fi-FI", "Sormuksessa on 10-karaattinen akvamariini.", karatMiss48Stone, false},
}

// karatMiss48Rows gives each form's bad twin (the wrong value, block) and
// clean twin (the piece's value, pass).
func karatMiss48Rows(forms []karatMiss48Form) (bad, clean []kindRow) {
	for _, f := range forms {
		bad = append(bad, kindRow{f.locale, fmt.Sprintf(f.tmpl, f.wrong), f.p, true})
		clean = append(clean, kindRow{f.locale, fmt.Sprintf(f.tmpl, f.right), f.p, false})
	}
	return bad, clean
}

// TestKindsKaratMiss48 (#13, karatmiss48): a wrong karat on the piece
// written as a compound or inflected adjective blocks as grounding.karat;
// the piece's own karat in the same form passes.
func TestKindsKaratMiss48(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bad, clean := karatMiss48Rows(karatMiss48Forms)
	karatMiss48Check(t, svc, bad)
	fb46PDP(t, svc, "grounding", clean)
	fb46PDP(t, svc, "grounding", karatMiss48StoneRows)
}

// karatMiss48Check wants a grounding.karat block on each row.
func karatMiss48Check(t *testing.T, svc *core.Service, rows []kindRow) {
	t.Helper()
	for _, r := range rows {
		res, err := svc.CheckText(context.Background(), core.CheckRequest{Product: r.p, Locale: r.locale, Channel: "pdp", Text: r.text})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range res.Findings {
			got = got || f.Rule == "grounding.karat" && f.Severity == core.SeverityBlock
		}
		if got != r.block {
			t.Errorf("%s %q on %s: grounding.karat block %v, want %v: %s", r.locale, r.text, r.p.Name, got, r.block, describe(res.Findings, "", r.text))
		}
	}
}

// TestKindsKaratMiss48Open holds the stone weights still read as a karat
// (karatMiss48OpenRows).
func TestKindsKaratMiss48Open(t *testing.T) {
	t.Skip("karatmiss48: a stone's weight after a preposition, stone first (karatMiss48OpenRows)")
	svc := checkService(t)
	fb46PDP(t, svc, "grounding", karatMiss48OpenRows)
}
