package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The rocks57 products: pieces of a rock or an organic material the
// vocabularies lacked (marble, granite, lava stone, olive wood), one of
// petrified wood, and a plain sterling silver ring.
var (
	rocks57Marble  = core.Product{SKU: "RK57M", Name: "Marble Disc Pendant", Category: "pendant", Materials: []string{"sterling silver", "marble"}, Colours: []string{"silver", "white"}}
	rocks57Granite = core.Product{SKU: "RK57G", Name: "Granite Disc Pendant", Category: "pendant", Materials: []string{"sterling silver", "granite"}, Colours: []string{"silver", "grey"}}
	rocks57Lava    = core.Product{SKU: "RK57L", Name: "Lava Stone Bracelet", Category: "bracelet", Materials: []string{"sterling silver", "lava stone"}, Colours: []string{"silver", "black"}}
	rocks57Wood    = core.Product{SKU: "RK57W", Name: "Petrified Wood Pendant", Category: "pendant", Materials: []string{"sterling silver"}, Stones: []core.Stone{{Type: "petrified wood"}}, Colours: []string{"silver", "brown"}}
	rocks57Olive   = core.Product{SKU: "RK57O", Name: "Olive Wood Ring", Category: "ring", Materials: []string{"sterling silver", "olive wood"}, Colours: []string{"silver", "brown"}}
	rocks57Ebony   = core.Product{SKU: "RK57E", Name: "Ebony Inlay Ring", Category: "ring", Materials: []string{"sterling silver", "ebony"}, Colours: []string{"silver", "black"}}
	rocks57Silver  = core.Product{SKU: "RK57S", Name: "Plain Band", Category: "ring", Materials: []string{"sterling silver"}, Colours: []string{"silver"}}
)

// TestKindsRocks57 (#13, rocks57): the rocks and organic materials of
// jewellery were in no vocabulary, so copy that says what the product's
// own rock is made of ("Marble is limestone recrystallised into calcite",
// "Granite is a rock of quartz, feldspar and mica", "Lava stone is basalt,
// a volcanic rock of plagioclase, pyroxene and olivine") named minerals
// the checker compared as the piece's stones and blocked: the rock itself
// was unread, so nothing made them its constituents. The vocabularies now
// read the rocks (stones) and organics (materials) in every base pack, and
// canon gives their minerals (stone_families: Mindat.org rock pages),
// lava stone as basalt, ebony and olive wood as wood, and petrified wood's
// substance as wood (GIA Gem Encyclopedia, "Petrified Wood"), so its
// explanation "wood turned to quartz" and a wood's "the wood is oiled"
// stay the piece's own. Every row passes (no block of any category).
func TestKindsRocks57(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(rocks57Marble, false, [][2]string{
		{"en-GB", "A disc of white marble on a silver bail. Marble is limestone recrystallised into calcite over millions of years."},
		{"en-US", "Marble is a metamorphic rock made of calcite or dolomite."},
		{"de-DE", "Marmor ist ein metamorphes Gestein aus Calcit."},
		{"pl-PL", "Marmur to skała metamorficzna zbudowana z kalcytu."},
		{"ja-JP", "大理石は方解石からなる変成岩です。"},
		{"fr-FR", "Le marbre est une roche métamorphique composée de calcite."},
		{"es-ES", "El mármol es una roca metamórfica formada por calcita."},
		{"zh-CN", "大理石是由方解石组成的变质岩。"},
	}))
	checkKindRows(t, svc, "", pairRows(rocks57Granite, false, [][2]string{
		{"en-GB", "A polished granite disc on a silver bail. Granite is a rock of quartz, feldspar and mica."},
		{"de-DE", "Granit ist ein Gestein aus Quarz, Feldspat und Glimmer."},
		{"it-IT", "Il granito è una roccia composta da quarzo, feldspato e mica."},
	}))
	checkKindRows(t, svc, "", pairRows(rocks57Lava, false, [][2]string{
		{"en-GB", "Black lava stone beads on elastic. Lava stone is basalt, a volcanic rock of plagioclase, pyroxene and olivine."},
		{"de-DE", "Schwarze Lavasteine auf Gummiband. Lavastein ist Basalt, ein vulkanisches Gestein aus Plagioklas und Pyroxen."},
		{"fr-FR", "Des perles de pierre de lave noire. La pierre de lave est un basalte, une roche volcanique faite de plagioclase et de pyroxène."},
		{"en-AU", "Basalt beads, the lava stone of volcanoes, on a silver clasp."},
	}))
	checkKindRows(t, svc, "", pairRows(rocks57Wood, false, [][2]string{
		{"en-GB", "A slice of petrified wood set in silver. Petrified wood is wood turned to quartz over millions of years."},
		{"fr-FR", "Le bois pétrifié est du bois transformé en quartz au fil de millions d'années."},
		{"de-DE", "Versteinertes Holz ist Holz, das über Millionen Jahre zu Quarz wurde."},
		{"es-ES", "La madera petrificada es madera convertida en cuarzo a lo largo de millones de años."},
		{"it-IT", "Il legno pietrificato è legno trasformato in quarzo nel corso di milioni di anni."},
		{"zh-CN", "硅化木是经过数百万年变成石英的木头。"},
	}))
	checkKindRows(t, svc, "", pairRows(rocks57Olive, false, [][2]string{
		{"en-GB", "An olive wood inlay runs around the silver band; the wood is oiled, not varnished."},
		{"de-DE", "Eine Einlage aus Olivenholz umläuft den Silberring; das Holz ist geölt."},
	}))
	checkKindRows(t, svc, "", pairRows(rocks57Ebony, false, [][2]string{
		{"en-GB", "The ring holds an ebony inlay, a dense black wood."},
	}))
}

// TestKindsRocks57Bad: a rock or organic material the piece does not have
// blocks as grounding in every locale (it passed unread before), a mineral
// of the product's rock named outside a sentence of its nature ("set with a
// quartz" on granite) and wood on a marble piece still block; the words'
// colour and other senses ("ivory", "slate grey", "marble white", "bone
// white", "a clean slate", "in concrete terms", "horn of plenty", a wooden
// gift box) do not block a silver piece.
func TestKindsRocks57Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(rocks57Silver, true, [][2]string{
		{"en-GB", "This sterling silver ring is set with a polished marble inlay."},
		{"en-US", "A sterling silver band with a granite inlay."},
		{"en-AU", "Lava stone beads strung between sterling silver spacers."},
		{"en-GB", "A sterling silver ring with a walnut wood inlay."},
		{"en-GB", "The ring is carved from bone and set on a sterling silver shank."},
		{"en-GB", "A sterling silver ring with a ceramic centre."},
		{"en-GB", "A sterling silver ring with a band of mammoth ivory."},
		{"fr-FR", "Cette bague en argent est incrustée de marbre."},
		{"fr-CA", "Une bague en argent avec une pierre de lave."},
		{"de-DE", "Ein Silberring mit einer Einlage aus Holz."},
		{"es-ES", "Un anillo de plata con una incrustación de mármol."},
		{"es-MX", "Un anillo de plata con piedra volcánica."},
		{"it-IT", "Un anello in argento con un intarsio in legno d'ulivo."},
		{"pt-BR", "Um anel de prata com incrustação de granito."},
		{"pt-PT", "Um anel de prata com um embutido de madeira."},
		{"nl-NL", "Een zilveren ring met een inleg van marmer."},
		{"sv-SE", "En silverring med en inläggning av marmor."},
		{"da-DK", "En sølvring med en indlægning af granit."},
		{"nb-NO", "En sølvring med lavastein."},
		{"fi-FI", "Hopeasormus, jossa on marmorinen upotus."},
		{"pl-PL", "Srebrny pierścionek z wkładką z marmuru."},
		{"cs-CZ", "Stříbrný prsten s vložkou z mramoru."},
		{"el-GR", "Ασημένιο δαχτυλίδι με ένθετο από μάρμαρο."},
		{"tr-TR", "Mermer kakmalı gümüş yüzük."},
		{"ar-AE", "خاتم من الفضة مرصع بالرخام."},
		{"ja-JP", "大理石をあしらったシルバーリングです。"},
		{"ko-KR", "대리석 인레이가 들어간 실버 반지입니다."},
		{"zh-CN", "这枚银戒指镶嵌了大理石。"},
		{"zh-TW", "這枚銀戒指鑲嵌了大理石。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(rocks57Granite, true, [][2]string{
		{"en-GB", "A polished granite disc on a silver bail, set with a quartz."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(rocks57Marble, true, [][2]string{
		{"en-GB", "A disc of white marble framed in walnut wood on a silver bail."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(rocks57Silver, false, [][2]string{
		{"en-GB", "A sterling silver ring in an ivory tone, shown on a slate grey tray."},
		{"en-GB", "Ivory gift wrap; a clean slate for your stack; in concrete terms, a sterling silver ring."},
		{"en-GB", "Presented in a wooden box, this sterling silver ring has a horn of plenty motif."},
		{"en-US", "A sterling silver ring for a marble white and granite grey palette."},
		{"fr-FR", "Une bague en argent dans un écrin gris ardoise, couleur ivoire, effet marbre."},
		{"de-DE", "Ein Silberring in elfenbeinfarbener Schachtel, im Holzkästchen geliefert."},
		{"es-ES", "Un anillo de plata en una caja de madera, color hueso."},
		{"it-IT", "Un anello d'argento in una scatola di legno, color avorio, effetto marmo."},
		{"ja-JP", "象牙色のボックスに入ったシルバーリングです。"},
	}))
}
