package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// bead13Bracelet is the thirteenth set's ceramic and silver bead
	// bracelet: its beads are named in the name, the keywords and a
	// measurement, not as stones.
	bead13Bracelet = core.Product{SKU: "BD13", Name: "Ceramic and Silver Bead Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"ceramic", "sterling silver", "elastic cord"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"black", "silver"}, Measurements: []core.Measurement{{Name: "length", Value: 18, Unit: "cm"}, {Name: "bead diameter", Value: 6, Unit: "mm"}},
		Features: []string{"stretch fit", "no clasp"}, Keywords: []string{"bead bracelet"}}
	// bead13Beaded says its beads only in its materials.
	bead13Beaded = core.Product{SKU: "BD13B", Name: "Nordlys", Category: "bracelet",
		Materials: []string{"ceramic beads", "sterling silver"}, Colours: []string{"black", "silver"}}
	// bead13Cuff is a plain silver cuff: neither beads nor pearls.
	bead13Cuff = core.Product{SKU: "CF13", Name: "Heritage", Category: "bracelet", Materials: []string{"sterling silver"},
		Colours: []string{"black", "silver"}}
	// bead13Pearls is a bracelet of freshwater pearls.
	bead13Pearls = core.Product{SKU: "PL13", Name: "Heritage", Category: "bracelet", Materials: []string{"sterling silver"},
		Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 20}}, Colours: []string{"black", "white", "silver"}}
)

// bead13Lang is one language's beads named by its word for a pearl
// (beads) and an explicit pearl claim (pearls).
type bead13Lang struct {
	beads, pearls []string
}

// bead13Texts: the languages whose word for a pearl also names a bead (da,
// nb perle; sv pärla; de Perle; fi helmi; it perla; nl parel; fr perle),
// and in the others their own bead words, which never were pearls.
var bead13Texts = map[string]bead13Lang{
	"da": {[]string{"Bryd reglerne: stak armbåndet med sorte keramikperler og perler i 925 sterlingsølv. 18 cm, på elastik.", "Et armbånd af sorte perler på elastik."},
		[]string{"Et armbånd med ferskvandsperler.", "Et armbånd med kulturperler."}},
	"nb": {[]string{"Armbånd med svarte keramikkperler og perler i 925 sterlingsølv, på strikk.", "Armbåndet har svarte perler på elastisk snor."},
		[]string{"Et armbånd med ferskvannsperler.", "Et armbånd med kulturperler."}},
	"sv": {[]string{"Armband med svarta keramikpärlor och pärlor i 925 sterlingsilver, på resårband.", "Ett armband av svarta pärlor på resår."},
		[]string{"Ett armband med sötvattenspärlor.", "Ett armband med odlade pärlor."}},
	"de": {[]string{"Armband mit schwarzen Keramikperlen und Perlen aus 925 Sterlingsilber, auf Gummiband.", "Ein Perlenarmband aus schwarzen Perlen."},
		[]string{"Ein Armband mit Süßwasserperlen.", "Ein Armband mit Süßwasserzuchtperlen."}},
	"nl": {[]string{"Armband met zwarte keramische kralen en parels van 925 sterling zilver, op elastiek.", "Een armband van zwarte parels op elastiek."},
		[]string{"Een armband met zoetwaterparels.", "Een armband met gekweekte parels."}},
	"fi": {[]string{"Rannekoru, jossa on mustia keraamisia helmiä ja 925-sterlinghopeisia helmiä joustavalla nauhalla.", "Mustat helmet joustavalla nauhalla."},
		[]string{"Rannekoru makeanveden helmillä.", "Rannekoru, jossa on viljeltyjä helmiä."}},
	"it": {[]string{"Bracciale con perle in ceramica nera e perle in argento 925, su filo elastico.", "Un bracciale di perle nere su filo elastico."},
		[]string{"Un bracciale con perle d'acqua dolce.", "Un bracciale con perle coltivate."}},
	"fr": {[]string{"Bracelet de perles en céramique noire et de perles en argent 925, sur fil élastique.", "Une perle en argent 925 entre les perles noires."},
		[]string{"Un bracelet de perles d'eau douce.", "Un bracelet de perles de culture."}},
	"es": {[]string{"Pulsera de cuentas de cerámica negra y cuentas de plata de ley 925, con hilo elástico."},
		[]string{"Una pulsera con perlas de agua dulce.", "Una pulsera con perlas cultivadas."}},
	"pt": {[]string{"Pulseira de contas de cerâmica preta e contas de prata 925, em fio elástico."},
		[]string{"Uma pulseira com pérolas de água doce.", "Uma pulseira com pérolas cultivadas."}},
	"pl": {[]string{"Bransoletka z czarnych koralików ceramicznych i koralików ze srebra próby 925, na gumce."},
		[]string{"Bransoletka z perłami słodkowodnymi."}},
	"cs": {[]string{"Náramek z černých keramických korálků a korálků ze stříbra 925, na gumičce."},
		[]string{"Náramek se sladkovodními perlami."}},
	"el": {[]string{"Βραχιόλι με μαύρες κεραμικές χάντρες και χάντρες από ασήμι 925, σε ελαστικό κορδόνι."},
		[]string{"Βραχιόλι με μαργαριτάρια γλυκού νερού."}},
	"tr": {[]string{"Siyah seramik boncuklar ve 925 ayar gümüş boncuklardan lastikli bileklik."},
		[]string{"Tatlı su incileri ile bileklik."}},
	"ar": {[]string{"سوار من خرز السيراميك الأسود وخرز الفضة الإسترليني عيار 925 على خيط مطاطي."},
		[]string{"سوار من لؤلؤ المياه العذبة."}},
	"ja":    {[]string{"黒いセラミックビーズと925シルバービーズのゴムブレスレット。"}, []string{"淡水パールのブレスレット。"}},
	"ko":    {[]string{"블랙 세라믹 비즈와 925 실버 비즈로 만든 밴드 팔찌."}, []string{"담수 진주 팔찌."}},
	"zh-CN": {[]string{"黑色陶瓷珠和925银珠串成的弹力手链。"}, []string{"淡水珍珠手链。"}},
	"zh-TW": {[]string{"黑色陶瓷珠和925銀珠串成的彈力手鍊。"}, []string{"淡水珍珠手鍊。"}},
	"en": {[]string{"A stretch bracelet of black ceramic beads and 925 sterling silver beads."},
		[]string{"A bracelet of freshwater pearls.", "A bracelet of cultured pearls."}},
}

// bead13Homographs are the languages whose word for a pearl also names a
// bead: on a product with neither, the same copy names pearls and blocks.
var bead13Homographs = map[string]bool{"da": true, "nb": true, "sv": true, "de": true, "nl": true, "fi": true, "it": true}

// TestKindsBeadPearl13: a pearl word that also names a bead (Danish and
// Norwegian perler, Swedish pärlor, German Perlen, Finnish helmet, Italian
// perle, Dutch parels) is the beads of a product made of beads without
// pearls (#13, thirteenth blind set: "sorte keramikperler og perler i 925
// sterlingsølv" blocked as pearls on a ceramic and silver bead bracelet);
// a named pearl (freshwater, cultured) still blocks there, the same bead
// copy still blocks as pearls on a silver cuff, and the pearl words pass on
// a pearl bracelet.
func TestKindsBeadPearl13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var beads, pearls, homographs []lt
	perLocale(t, bead13Texts, "beadpearl13", func(loc string, x bead13Lang, in func([]string) []lt) {
		beads = append(beads, in(x.beads)...)
		pearls = append(pearls, in(x.pearls)...)
		if bead13Homographs[langOf(loc)] {
			homographs = append(homographs, in(x.beads)...)
		}
	})
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"beads named on a bead bracelet", bead13Bracelet, "", beads},
		{"beads named on a bracelet of ceramic beads", bead13Beaded, "", homographs},
		{"a named pearl on a bead bracelet", bead13Bracelet, CatGrounding, pearls},
		{"the pearl-bead word on a silver cuff", bead13Cuff, CatGrounding, homographs},
		{"a named pearl on a silver cuff", bead13Cuff, CatGrounding, pearls},
		{"a named pearl on a pearl bracelet", bead13Pearls, "", pearls},
	})
}
