package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var p61Pollucite = core.Product{SKU: "C61A1", Name: "Polluks", Category: "ring", Collection: "Signature",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
	Stones: []core.Stone{{Type: "pollucite", Colour: "colourless", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"gold", "colourless"}}

// TestKindsCrystal61 holds the crystals of the product's own natural
// mineral named in an explanation of its scarcity, which blocked as another
// stone (grounding.stone): "Kesilebilecek kadar berrak kristalleri çok az
// bulunduğu için" (held-out 61B tr-TR 61B03-1, pollucite) and "Pollucite
// is rare in jewellery, because most crystals are too small to cut" where
// the stone is named by the product's own type (no vocabulary entry). The
// crystals are the mineral's rough (GIA Gem Encyclopedia: pollucite, clean
// crystals large enough to facet are scarce); #13, crystal61.
func TestKindsCrystal61(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(p61Pollucite, false, [][2]string{
		{"tr-TR", "Yüzükte renksiz bir pollusit var. Pollusit nadir bir mineraldir. Kesilebilecek kadar berrak kristalleri çok az bulunduğu için mücevherde pek görülmez."},
		{"tr-TR", "Yüzükte renksiz bir pollusit var. Pollusit mücevherde nadirdir, çünkü kristallerin çoğu kesilemeyecek kadar küçüktür."},
		{"pl-PL", "Pierścionek ma bezbarwny pollucyt. Pollucyt jest rzadki w biżuterii, bo większość kryształów jest zbyt mała do szlifowania."},
		{"cs-CZ", "Prsten má bezbarvý polucit. Polucit je ve šperku vzácný, protože většina krystalů je na broušení příliš malá."},
		{"de-DE", "Der Ring trägt einen farblosen Pollucit. Pollucit ist im Schmuck selten, denn die meisten Kristalle sind zu klein zum Schleifen."},
		{"sv-SE", "Ringen har en färglös pollucit. Pollucit är sällsynt i smycken, eftersom de flesta kristaller är för små för att slipas."},
		{"en-GB", "The ring holds a colourless pollucite. Pollucite is rare in jewellery, because most crystals are too small to cut."},
		{"nb-NO", "Ringen har en fargeløs pollucitt. Pollucitt er sjelden i smykker, fordi de fleste krystaller er for små til å slipes."},
	})
	checkKindRows(t, svc, "", rows)
}

// TestKindsCrystal61Bad holds the rows beside TestKindsCrystal61's that
// keep their verdict: the forms that passed on main, and crystals of the
// piece (set around it, a crystal bead) beside a rare stone, still blocking.
func TestKindsCrystal61Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(p61Pollucite, false, [][2]string{
		{"fi-FI", "Sormuksessa on väritön pollusiitti. Pollusiitti on harvinainen jalokivi, koska useimmat kiteet ovat liian pieniä hiottaviksi."},
		{"fi-FI", "Sormuksessa on väritön pollusiitti. Pollusiitti on harvinainen mineraali. Hiottavaksi riittävän kirkkaita kiteitä löytyy harvoin."},
		{"ja-JP", "無色のポルーサイトのリングです。ポルーサイトは宝飾品では希少です。カットできるほど透明な結晶はほとんど見つからないためです。"},
		{"ja-JP", "無色のポルーサイトのリングです。ポルーサイトは希少な鉱物で、カットできるほど透明な結晶はめったに見つかりません。"},
		{"ko-KR", "무색 폴루사이트 반지입니다. 폴루사이트는 희귀한 광물로, 연마할 만큼 투명한 결정은 거의 발견되지 않습니다."},
		{"zh-CN", "这枚戒指镶有一颗无色铯榴石。铯榴石在珠宝中很罕见，因为大多数晶体太小，无法切磨。"},
		{"zh-CN", "这枚戒指镶有一颗无色铯榴石。铯榴石是一种稀有矿物，足以切磨的透明晶体很少见。"},
		{"ar-AE", "يضم الخاتم حجر بولوسيت عديم اللون. البولوسيت نادر في المجوهرات لأن معظم بلوراته أصغر من أن تُقطع."},
		{"nl-NL", "De ring heeft een kleurloze pollucite. Pollucite is zeldzaam in sieraden, want de meeste kristallen zijn te klein om te slijpen."},
		{"it-IT", "L'anello ha una pollucite incolore. La pollucite è rara in gioielleria, perché la maggior parte dei cristalli è troppo piccola per il taglio."},
		{"es-ES", "El anillo tiene una polucita incolora. La polucita es rara en joyería porque la mayoría de los cristales son demasiado pequeños para tallar."},
		{"fr-FR", "La bague porte une pollucite incolore. La pollucite est rare en joaillerie, car la plupart des cristaux sont trop petits pour être taillés."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(p61Pollucite, true, [][2]string{
		{"tr-TR", "Yüzükte renksiz bir pollusit var. Pollusit nadirdir ve yüzüğün çevresinde parlak kristaller çok az yer alır."},
		{"tr-TR", "Yüzükte renksiz bir pollusit ve bir kristal boncuk var."},
		{"en-GB", "The ring holds a colourless pollucite. Pollucite is rare, and crystals surround the ring."},
		{"en-GB", "The ring holds a colourless pollucite and a crystal bead."},
		{"de-DE", "Der Ring trägt einen Pollucit. Pollucit ist selten, und Kristalle umrahmen den Ring."},
		{"pl-PL", "Pierścionek ma pollucyt. Pollucyt jest rzadki, a kryształy otaczają pierścionek."},
	}))
}
