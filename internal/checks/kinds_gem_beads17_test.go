package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Gem words on glass beads (#13, the sixteenth released set: lab_qualifier):
// a mangalsutra of 22k gold and black glass beads, its beads listed among
// the materials and no stones, described with Turkish "siyah değerli taş
// boncuklar" (black precious-stone beads) passed, because the simulant-gem
// rule only read the product's stones; and the Germanic, Finnish and Czech
// compounds ("Edelsteinperlen", "edelsteenkralen", "ädelstenspärlor",
// "jalokivihelmet", "drahokamové korálky") were no word of the lists. Glass,
// crystal, acrylic or resin beads are imitations, which may not be called
// gems or precious stones (FTC 16 CFR 23.25; CIBJO Gemstone Book): with no
// stones listed, simulant materials are the product's stones, and a
// compound whose first part is a gem word is that word. A compound of look
// or colour ("Edelsteinoptik", "Edelsteinfarben"), a disclosed imitation, a
// denial and a product of real stones still pass.
func TestKindsGemBeads17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	glass := core.Product{SKU: "G17", Name: "Beaded Necklace", Category: "necklace", Collection: "Signature",
		Materials: []string{"22k gold", "black glass beads"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "22k"}},
		Colours: []string{"gold", "black"}}
	crystal := glass
	crystal.Name, crystal.Materials, crystal.Metals = "Crystal Bead Bracelet", []string{"sterling silver", "crystal beads"}, []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	crystal.Colours = []string{"silver", "black"}
	cz := glass
	cz.Name, cz.Materials = "Bead Necklace", []string{"22k gold"}
	cz.Stones = []core.Stone{{Type: "black glass", Colour: "black", Count: 40, Origin: core.OriginSimulant}}
	onyx := glass
	onyx.Name, onyx.Materials = "Onyx Bead Necklace", []string{"22k gold", "onyx beads"}
	onyx.Stones = []core.Stone{{Type: "onyx", Colour: "black", Count: 40, Origin: core.OriginNatural}}
	checkKindRows(t, svc, "regulatory", []kindRow{
		// failing before: glass or crystal beads in the materials, no stones
		{"tr-TR", "Kolye çift sıra siyah değerli taş boncuklarla dizilmiştir.", glass, true},
		{"en-GB", "Strung with two rows of black gemstone beads on 22k gold.", glass, true},
		{"en-US", "Black precious stone beads, strung on 22k gold.", glass, true},
		{"fr-FR", "Des perles de pierres précieuses noires, enfilées sur de l'or 22 carats.", glass, true},
		{"fr-CA", "Un double rang de pierres précieuses noires sur or 22 carats.", glass, true},
		{"es-ES", "Cuentas de piedras preciosas negras engarzadas en oro de 22 quilates.", glass, true},
		{"es-MX", "Dos hileras de gemas negras sobre oro de 22 quilates.", glass, true},
		{"it-IT", "Perline di pietre preziose nere infilate su oro 22 carati.", glass, true},
		{"pt-BR", "Contas de pedras preciosas pretas em ouro 22k.", glass, true},
		{"pt-PT", "Duas fiadas de pedras preciosas negras em ouro de 22 quilates.", glass, true},
		{"pl-PL", "Czarne koraliki z kamieni szlachetnych nawleczone na złoto 22k.", glass, true},
		{"el-GR", "Μαύρες χάντρες από πολύτιμους λίθους σε χρυσό 22 καρατίων.", glass, true},
		{"ar-AE", "خرز من الأحجار الكريمة السوداء على ذهب عيار 22.", glass, true},
		{"ja-JP", "黒い宝石ビーズを22金に通しました。", glass, true},
		{"zh-CN", "黑色宝石珠子串在22K金上。", glass, true},
		{"zh-TW", "黑色寶石珠子串在22K金上。", glass, true},
		{"ko-KR", "검은 보석 비즈를 22K 골드에 엮었습니다.", glass, true},
		{"en-AU", "Sparkling gemstone beads on a sterling silver bracelet.", crystal, true},
		// failing before: the compound of a gem word
		{"de-DE", "Schwarze Edelsteinperlen auf 22-karätigem Gold.", glass, true},
		{"de-DE", "Funkelnde Edelsteinperlen in zwei Reihen.", cz, true},
		{"nl-NL", "Zwarte edelsteenkralen aan 22 karaat goud.", cz, true},
		{"sv-SE", "Svarta ädelstenspärlor på 22 karats guld.", cz, true},
		{"da-DK", "Sorte ædelstensperler på 22 karat guld.", cz, true},
		{"nb-NO", "Svarte edelsteinsperler på 22 karat gull.", glass, true},
		{"fi-FI", "Mustat jalokivihelmet 22 karaatin kullassa.", glass, true},
		{"cs-CZ", "Černé drahokamové korálky na 22karátovém zlatě.", glass, true},
		// still pass: the beads named as glass, a look or colour compound,
		// a disclosed imitation, a denial, real stones
		{"en-GB", "Two rows of black glass beads on 22k gold.", glass, false},
		{"de-DE", "Schwarze Glasperlen in Edelsteinoptik auf 22-karätigem Gold.", glass, false},
		{"de-DE", "Glasperlen in satten Edelsteinfarben.", cz, false},
		{"en-US", "Black beads of glass, simulated gemstones on 22k gold.", glass, false},
		{"tr-TR", "Siyah boncuklar camdır, değerli taş değildir.", glass, false},
		{"en-GB", "Black onyx gemstone beads on 22k gold.", onyx, false},
		{"de-DE", "Schwarze Onyx-Edelsteinperlen auf 22-karätigem Gold.", onyx, false},
		{"fi-FI", "Mustat lasihelmet 22 karaatin kullassa.", glass, false},
	})
}
