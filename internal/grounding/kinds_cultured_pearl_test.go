package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A pearl whose treatment is "cultured" named as a cultured pearl (issue
// #13, a false block of the sixth blind set's released half): "cultured
// freshwater pearls", 淡水養殖パール on a product whose stone type is
// "freshwater pearl" with treatment "cultured". The FTC Jewelry Guides
// (16 CFR 23.19) require the word for a cultured pearl, so copy that uses
// it states the product's fact; another stone is still blocked.
var culturedPearlAnklet = core.Product{SKU: "P1", Name: "Tide Anklet", Category: "anklet",
	Metals: []core.Metal{{Base: "titanium"}},
	Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 3, Origin: core.OriginNatural, Treatment: "cultured"}}}

// culturedPearlTexts: the cultured pearl (no stone finding), another stone (blocked).
var culturedPearlTexts = map[string][2]string{
	"en": {"It carries three white cultured freshwater pearls.", "It carries three white opals."},
	"fr": {"Elle porte trois perles de culture d'eau douce blanches.", "Elle porte trois opales blanches."},
	"de": {"Es trägt drei weiße Süßwasser-Zuchtperlen.", "Es trägt drei weiße Opale."},
	"it": {"Porta tre perle coltivate d'acqua dolce bianche.", "Porta tre opali bianchi."},
	"es": {"Lleva tres perlas cultivadas de agua dulce blancas.", "Lleva tres ópalos blancos."},
	"pt": {"Tem três pérolas cultivadas de água doce brancas.", "Tem três opalas brancas."},
	"nl": {"Hij draagt drie witte gekweekte zoetwaterparels.", "Hij draagt drie witte opalen."},
	"sv": {"Den bär tre vita odlade sötvattenspärlor.", "Den bär tre vita opaler."},
	"da": {"Den bærer tre hvide dyrkede ferskvandsperler.", "Den bærer tre hvide opaler."},
	"nb": {"Den har tre hvite kultiverte ferskvannsperler.", "Den har tre hvite opaler."},
	"fi": {"Siinä on kolme valkoista viljeltyä makeanveden helmeä.", "Siinä on kolme valkoista opaalia."},
	"pl": {"Zdobią ją trzy białe hodowlane perły słodkowodne.", "Zdobią ją trzy białe opale."},
	"cs": {"Zdobí ji tři bílé kultivované sladkovodní perly.", "Zdobí ji tři bílé opály."},
	"tr": {"Üç beyaz kültür tatlı su incisiyle süslenmiştir.", "Üç beyaz opalle süslenmiştir."},
	"el": {"Φέρει τρία λευκά καλλιεργημένα μαργαριτάρια γλυκού νερού.", "Φέρει τρία λευκά οπάλια."},
	"ar": {"يزينه ثلاث لآلئ مستزرعة بيضاء من المياه العذبة.", "يزينه ثلاثة أحجار أوبال بيضاء."},
	"ja": {"白い淡水養殖パールを3粒あしらいました。", "白いオパールを3粒あしらいました。"},
	"ko": {"흰색 담수 양식 진주 3개가 장식되어 있습니다.", "흰색 오팔 3개가 장식되어 있습니다."},
	"zh": {"饰有三颗白色淡水养殖珍珠。", "饰有三颗白色蛋白石。"},
}

func TestKindsCulturedPearl(t *testing.T) {
	t.Parallel()
	checkFactPairs(t, culturedPearlAnklet, culturedPearlTexts, 1, RuleStone)
}
