package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// op14TieBar is the fourteenth blind set's stainless steel tie bar.
	op14TieBar = core.Product{SKU: "OP14T", Name: "Enamel Tie Bar", Category: "tie bar", Collection: "Signature",
		Materials: []string{"stainless steel", "enamel"}, Metals: []core.Metal{{Base: "stainless steel"}},
		Colours: []string{"steel grey", "black"}, Features: []string{"black enamel stripe", "brushed finish", "slide-on clip"},
		Measurements: []core.Measurement{{Name: "length", Value: 55, Unit: "mm"}}}
	// op14Quartz is its rose quartz bead bracelet on elastic with one sterling silver bead.
	op14Quartz = core.Product{SKU: "OP14Q", Name: "Rose Quartz Bead Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"rose quartz", "sterling silver", "elastic cord"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "rose quartz", Colour: "pink", Count: 20, Origin: "natural"}},
		Colours: []string{"pink", "silver"}, Features: []string{"stretch fit on elastic cord", "one sterling silver spacer bead", "no clasp"}}
	// op14Palladium is its 950 palladium wedding band.
	op14Palladium = core.Product{SKU: "OP14P", Name: "Milgrain Palladium Band", Category: "ring", Collection: "Heritage",
		Materials: []string{"950 palladium"}, Metals: []core.Metal{{Base: "palladium", Fineness: "950"}},
		Colours: []string{"silver"}, Features: []string{"milgrain edges", "nickel-free", "comfort fit"}}
	// op14Chandelier is its gold-tone brass chandelier earrings with glass crystals.
	op14Chandelier = core.Product{SKU: "OP14C", Name: "Cascade Chandelier Earrings", Category: "earrings", Collection: "Lumière",
		Materials: []string{"gold-tone brass", "glass crystal"}, Metals: []core.Metal{{Base: "brass"}},
		Stones:  []core.Stone{{Type: "glass crystal", Colour: "clear", Count: 24, Origin: "simulant"}},
		Colours: []string{"gold"}, Features: []string{"gold-tone finish", "post back"}}
)

// TestKindsOtherPiece14: the metal or material of another piece or
// accessory in a styling sentence is that piece's, not the product's
// (#13, the fourteenth session's otherpiece14).
func TestKindsOtherPiece14(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"cufflinks and watches beside a steel tie bar", op14TieBar, "", []lt{
			{"en-US", "Clip it between the third and fourth buttons of a white shirt, over a navy or burgundy tie, and let silver cufflinks or a gold watch do the rest."},
			{"en-GB", "Let silver cufflinks do the rest."},
			{"en-GB", "Finish the look with silver cufflinks."},
			{"ja-JP", "ネイビーのネクタイと白いシャツ、シルバーのカフスボタンとも好相性で、父の日のギフトにぴったりです。"},
			{"ja-JP", "ゴールドの腕時計とも好相性です。"},
			{"ko-KR", "실버 커프스 링크와도 잘 어울립니다."},
			{"zh-CN", "与银色袖扣相得益彰。"},
			{"de-DE", "Dazu silberne Manschettenknöpfe und eine goldene Uhr."},
			{"fr-FR", "Des boutons de manchette en argent et une montre en or feront le reste."},
			{"es-ES", "Unos gemelos de camisa de plata y un reloj de oro harán el resto."},
			{"it-IT", "Dei gemelli da camicia in argento e un orologio d'oro faranno il resto."},
			{"nl-NL", "Zilveren manchetknopen en een gouden horloge doen de rest."},
			{"sv-SE", "Manschettknappar i silver och en guldklocka gör resten."},
			{"da-DK", "Manchetknapper i sølv og et guldur klarer resten."},
			{"nb-NO", "Mansjettknapper i sølv og en gullklokke gjør resten."},
			{"pl-PL", "Srebrne spinki do mankietów i złoty zegarek dopełnią resztę."},
			{"cs-CZ", "Stříbrné manžetové knoflíčky a zlaté hodinky udělají zbytek."},
			{"fi-FI", "Hopeiset kalvosinnapit ja kultainen kello viimeistelevät asun."},
			{"pt-BR", "Abotoaduras de prata e um relógio dourado completam o visual."},
			{"pt-PT", "Botões de punho em prata e um relógio de ouro fazem o resto."},
			{"tr-TR", "Gümüş kol düğmeleri ve altın bir saatle tamamlayın."},
			{"el-GR", "Ασημένια μανικετόκουμπα και ένα χρυσό ρολόι κάνουν τα υπόλοιπα."},
			{"ar-AE", "أزرار أكمام فضية وساعة ذهبية تكمل الإطلالة."},
		}},
		{"a clutch or a bag beside gold-tone earrings", op14Chandelier, "", []lt{
			{"nl-NL", "Mooi bij een zwarte jurk en een zilveren clutch."},
			{"nl-NL", "Mooi bij een zilveren tasje."},
			{"en-GB", "Lovely with a little black dress and a silver clutch."},
			{"de-DE", "Schön zum dunkelblauen Etuikleid und einer silbernen Clutch."},
			{"fr-FR", "Avec une robe noire et une pochette argentée."},
			{"es-ES", "Con un vestido negro y un bolso de mano plateado."},
			{"it-IT", "Con un abito nero e una pochette argentata."},
			{"pt-BR", "Com vestido longo e uma clutch prateada."},
			{"sv-SE", "Fin till en svart klänning och en silverfärgad clutch."},
			{"da-DK", "Flot til en sort kjole og en sølvfarvet clutch."},
			{"nb-NO", "Fin til en svart kjole og en sølvfarget clutch."},
			{"pl-PL", "Pięknie wyglądają z czarną sukienką i srebrną kopertówką."},
			{"cs-CZ", "Krásné k černým šatům a stříbrnému psaníčku."},
			{"fi-FI", "Kaunis mustan mekon ja hopeisen iltalaukun kanssa."},
			{"tr-TR", "Siyah bir elbise ve gümüş bir el çantasıyla harika."},
			{"el-GR", "Υπέροχα με ένα μαύρο φόρεμα και ένα ασημένιο τσαντάκι."},
			{"ar-AE", "رائعة مع فستان أسود وحقيبة سهرة فضية."},
			{"ja-JP", "黒のドレスとシルバーのクラッチバッグに。"},
			{"ko-KR", "블랙 슬립 드레스나 실버 클러치와 매치하면 파티룩이 한층 화려해집니다."},
			{"zh-CN", "搭配黑色连衣裙和银色手拿包。"},
		}},
		{"a partner ring in another metal beside a palladium band", op14Palladium, "", []lt{
			{"de-DE", "Schön auch im Kontrast zu einem Partnerring in Gelbgold."},
			{"en-GB", "Lovely in contrast with a partner ring in yellow gold."},
			{"en-GB", "It contrasts beautifully with a yellow gold partner ring."},
			{"fr-FR", "Belle en contraste avec une alliance partenaire en or jaune."},
			{"nl-NL", "Mooi in contrast met een partnerring van geelgoud."},
			{"sv-SE", "Fin i kontrast till en partnerring i gult guld."},
			{"da-DK", "Flot i kontrast til en partnerring i gult guld."},
		}},
		{"golden or leather pieces beside a rose quartz bracelet", op14Quartz, "", []lt{
			{"pt-BR", "Fica linda num mix de pulseiras, ao lado de peças douradas ou de couro."},
			{"pt-PT", "Fica linda ao lado de outras pulseiras douradas."},
			{"es-ES", "Ideal para combinar con otras pulseras, un reloj dorado o una pulsera de cuero marrón."},
			{"ar-AE", "مثالي لتنسيق عدة أساور معًا مع ساعة ذهبية أو سوار جلدي."},
			{"ko-KR", "레이어드 팔찌로 금색 시계나 가죽 팔찌와 함께 착용해 보세요."},
			{"en-GB", "Lovely in a stack beside gold or leather pieces."},
			{"de-DE", "Schön im Mix mit goldenen Armbändern oder Leder."},
			{"fr-FR", "Jolie dans un mix de bracelets, à côté de pièces dorées ou en cuir."},
			{"it-IT", "Bella in un mix di bracciali, accanto a pezzi dorati o in pelle."},
		}},
		{"the piece's own metal still blocks", op14TieBar, wantAnyBlock, []lt{
			{"en-US", "This silver tie bar slides straight onto your tie."},
			{"en-US", "A silver tie bar, and let a gold watch do the rest."},
			{"de-DE", "Diese Krawattennadel aus Silber."},
			{"nl-NL", "Deze zilveren dasspeld."},
		}},
		{"the piece's own metal beside other things still blocks", op14Palladium, wantAnyBlock, []lt{
			{"de-DE", "Ein Trauring in Gelbgold, schön im Kontrast zu einem Partnerring aus Platin."},
			{"en-GB", "A yellow gold band, lovely in contrast with a platinum partner ring."},
		}},
		{"the earrings' own metal still blocks", op14Chandelier, wantAnyBlock, []lt{
			{"nl-NL", "Oorbellen van zilver, mooi bij een zwarte jurk."},
			{"en-GB", "Sterling silver earrings, lovely with a black clutch."},
		}},
	})
}
