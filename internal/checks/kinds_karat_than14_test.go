package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A fineness compared with another fineness (#13, the fourteenth session's
// karatthan14, found by probing fresh copy for a 22k bangle): de "Weil 22
// Karat weicher ist als 18 Karat", es "más blando que el oro de 18
// quilates", nl "zachter dan 18 karaat", cs "měkčí než 18karátové", zh-TW
// 22K金比18K金柔軟 were read as an 18k piece and blocked (grounding.karat).
// The karat or metal after a word of comparison (than_before, or
// than_after where the language puts it after: ja より, ko 보다, tr -dan
// daha) is what the piece's metal is compared with. A wrong karat named
// as the piece's own, or "sold as 18k gold", still blocks.
func TestKindsKaratThan14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bangle := core.Product{SKU: "H14K", Name: "Classic Bangle", Category: "bangle", Collection: "Timeless",
		Materials: []string{"22k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "22k"}}, Colours: []string{"yellow gold"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"en-US", "A 22k gold bangle. Because 22k gold is softer than 18k gold, it can show fine marks with wear.", false},
		{"en-GB", "A 22ct gold bangle, richer in colour than 18ct or 14ct gold.", false},
		{"de-DE", "Ein Armreif aus 22 Karat Gelbgold. Weil 22 Karat weicher ist als 18 Karat, können im Alltag feine Tragespuren entstehen.", false},
		{"de-DE", "Ein Armreif aus 22 Karat Gelbgold, weicher als 18-karätiges Gold.", false},
		{"fr-FR", "Un jonc en or jaune 22 carats. L'or 22 carats est plus tendre que l'or 18 carats.", false},
		{"es-ES", "Brazalete de oro amarillo de 22 quilates. Es más blando que el oro de 18 quilates y con el uso puede mostrar pequeñas marcas.", false},
		{"es-MX", "Brazalete de oro de 22 quilates, más suave que uno de 18 quilates.", false},
		{"pt-BR", "Bracelete de ouro amarelo 22k. O ouro 22k é mais macio do que o ouro 18k.", false},
		{"it-IT", "Bracciale in oro giallo 22 carati, più morbido dell'oro 18 carati.", false},
		{"it-IT", "Bracciale in oro giallo 22 carati, più morbido rispetto all'oro 18 carati.", false},
		{"nl-NL", "Een armband van 22 karaat geelgoud. 22 karaat goud is zachter dan 18 karaat.", false},
		{"sv-SE", "Ett armband i 22 karat guld. 22 karat är mjukare än 18 karat.", false},
		{"nb-NO", "Et armbånd i 22 karat gull. 22 karat er mykere enn 18 karat.", false},
		{"da-DK", "Et armbånd i 22 karat guld. 22 karat er blødere end 18 karat.", false},
		{"fi-FI", "Rannerengas 22 karaatin kullasta. Se on pehmeämpää kuin 18 karaatin kulta.", false},
		{"pl-PL", "Bransoleta z 22-karatowego złota. Jest miększa niż złoto 18-karatowe.", false},
		{"pl-PL", "Bransoleta z 22-karatowego złota, miększego od 18-karatowego.", false},
		{"cs-CZ", "Náramek z 22karátového zlata. 22karátové zlato je měkčí než 18karátové.", false},
		{"tr-TR", "22 ayar altın bilezik. 22 ayar altın, 18 ayardan daha yumuşaktır.", false},
		{"el-GR", "Βραχιόλι από χρυσό 22 καρατίων, πιο μαλακό από τον χρυσό 18 καρατίων.", false},
		{"ja-JP", "22金のバングルです。22金は18金より柔らかいため、小さな傷がつくことがあります。", false},
		{"ko-KR", "22K 골드 뱅글입니다. 22K 골드는 18K보다 부드러워서 작은 흠집이 생길 수 있습니다.", false},
		{"zh-TW", "這款22K金手鐲，22K金比18K金柔軟，日常配戴可能出現細微痕跡。", false},
		{"zh-CN", "这款22K金手镯比18K金更柔软。", false},
		{"ar-AE", "سوار من الذهب عيار 22، وهو أكثر ليونة من الذهب عيار 18.", false},
		// the wrong karat as the piece's own still blocks
		{"en-US", "This 18k gold bangle is a classic.", true},
		{"en-US", "A bangle sold as 18k gold.", true},
		{"en-US", "More than a bangle: 18k gold, polished.", true},
		{"de-DE", "Ein Armreif aus 18 Karat Gold.", true},
		{"de-DE", "Ein Armreif, verkauft als 18 Karat Gold.", true},
		{"es-ES", "Brazalete de oro de 18 quilates.", true},
		{"it-IT", "Bracciale di oro 18 carati.", true},
		{"el-GR", "Βραχιόλι από χρυσό 18 καρατίων.", true},
		{"pl-PL", "Bransoleta od nas, z 18-karatowego złota.", true},
		{"ja-JP", "18金のバングルです。", true},
		{"ko-KR", "18K 골드 뱅글입니다.", true},
		{"zh-CN", "这款18K金手镯。", true},
		{"tr-TR", "18 ayar altın bilezik.", true},
		{"ar-AE", "سوار من الذهب عيار 18.", true},
	} {
		blocked, fs := blockedIn(t, svc, "", bangle, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
	// a metal compared with another metal (platinum against gold)
	band := core.Product{SKU: "H14P", Name: "Plain Band", Category: "ring", Collection: "Timeless",
		Materials: []string{"950 platinum"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"silver"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"de-DE", "Ein Ring aus Platin 950. Platin ist schwerer als 18 Karat Gold.", false},
		{"es-ES", "Un anillo de platino 950, más pesado que el oro de 18 quilates.", false},
		{"it-IT", "Un anello in platino 950, più pesante dell'oro 18 carati.", false},
		{"ja-JP", "プラチナ950のリングです。プラチナは18金より重く、しっかりとした着け心地です。", false},
		{"zh-CN", "铂金950戒指，铂金比18K金更重。", false},
		{"pl-PL", "Obrączka z platyny 950, cięższa od 18-karatowego złota.", false},
		{"de-DE", "Ein Ring aus 18 Karat Gold.", true},
		{"es-ES", "Un anillo de oro de 18 quilates.", true},
		{"ja-JP", "18金のリングです。", true},
	} {
		blocked, fs := blockedIn(t, svc, "", band, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}
