package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	p11SilverPlated = core.Product{SKU: "P11S", Name: "Terra", Category: "bracelet", Materials: []string{"silver-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 3}}, Colours: []string{"silver"}}
	p11GoldPlated = core.Product{SKU: "P11G", Name: "Soleil", Category: "bracelet", Materials: []string{"gold-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", PlatingMicrons: 3}}, Colours: []string{"gold"}}
)

// plate11Lang is one language's plating disclosed with its thickness
// between the plating word and the metal (issue #13, true_plating; the
// tenth session's left-over "recouvert de 3 microns d'argent"): the
// plating verb or noun, then a layer word, a number and a micrometre unit,
// then the metal. Silver and gold rows pass on silver-plated brass and on
// gold-plated silver; the same thickness with no plating word ("with 3
// microns of silver") still blocks, as a bare metal word on a plated
// piece must (16 CFR 23.4 and 23.6; Hallmarking Act 1973 s.1).
type plate11Lang struct {
	silver, gold, bare []string
}

var plate11Texts = map[string]plate11Lang{
	"en": {silver: []string{"This brass bracelet is coated with 3 microns of silver.", "Brass, covered with a 3-micron layer of silver."},
		gold: []string{"The sterling silver band is coated with 3 microns of gold.", "Sterling silver plated with a 2.5 micron layer of gold."},
		bare: []string{"A brass bracelet with 3 microns of silver."}},
	"fr": {silver: []string{"Ce bracelet en laiton est recouvert d'une couche de 3 microns d'argent.", "Le laiton est recouvert de 3 microns d'argent."},
		gold: []string{"L'argent massif est recouvert de 3 microns d'or.", "Un jonc plaqué d'une couche de 3 microns d'or jaune."},
		bare: []string{"Un bracelet en laiton avec 3 microns d'argent."}},
	"de": {silver: []string{"Das Armband aus Messing ist mit 3 Mikron Silber überzogen.", "Messing, mit einer 3 Mikrometer dicken Schicht aus Silber beschichtet."},
		gold: []string{"Sterlingsilber, mit einer 3 Mikrometer dicken Schicht aus Gold beschichtet."},
		bare: []string{"Ein Armband aus Messing mit 3 Mikron Silber."}},
	"es": {silver: []string{"La pulsera de latón está recubierta con 3 micras de plata.", "Latón bañado con una capa de 3 micras de plata."},
		gold: []string{"La plata está bañada con 3 micras de oro."},
		bare: []string{"Una pulsera de latón con 3 micras de plata."}},
	"it": {silver: []string{"Il bracciale in ottone è rivestito da 3 micron di argento.", "Ottone ricoperto da uno strato di 3 micron di argento."},
		gold: []string{"L'argento è placcato con uno strato di 3 micron di oro."},
		bare: []string{"Un bracciale in ottone con 3 micron di argento."}},
	"pt": {silver: []string{"A pulseira de latão é banhada com 3 mícrons de prata.", "Latão revestido com uma camada de 3 mícrons de prata."},
		gold: []string{"A prata é revestida com 3 mícrons de ouro."},
		bare: []string{"Uma pulseira de latão com 3 mícrons de prata."}},
	"nl": {silver: []string{"De armband van messing is bedekt met 3 micron zilver.", "Messing, gecoat met een laag van 3 micron zilver."},
		gold: []string{"Sterling zilver, bedekt met 3 micron goud."},
		bare: []string{"Een armband van messing met 3 micron zilver."}},
	"sv": {silver: []string{"Armbandet i mässing är belagt med 3 mikron silver.", "Mässing täckt med ett 3 mikron tjockt skikt av silver."},
		gold: []string{"Sterlingsilver belagt med 3 mikron guld."},
		bare: []string{"Ett armband i mässing med 3 mikron silver."}},
	"da": {silver: []string{"Armbåndet i messing er belagt med 3 mikron sølv.", "Messing dækket med et lag på 3 mikron sølv."},
		gold: []string{"Sterlingsølv belagt med 3 mikron guld."},
		bare: []string{"Et armbånd i messing med 3 mikron sølv."}},
	"nb": {silver: []string{"Armbåndet i messing er belagt med 3 mikron sølv.", "Messing dekket med et lag på 3 mikron sølv."},
		gold: []string{"Sterlingsølv belagt med 3 mikron gull."},
		bare: []string{"Et armbånd i messing med 3 mikron sølv."}},
	"fi": {silver: []string{"Rannekoru on messinkiä, joka on päällystetty 3 mikronin hopeakerroksella.", "Messinki on hopeoitu 3 mikronin kerroksella."},
		gold: []string{"Sterlinghopea on kullattu 3 mikronin kerroksella."},
		bare: []string{"Messinkinen rannekoru ja 3 mikronia hopeaa."}},
	"pl": {silver: []string{"Bransoletka z mosiądzu jest pokryta 3 mikronami srebra.", "Mosiądz pokryty warstwą srebra o grubości 3 mikronów."},
		gold: []string{"Srebro próby 925 pokryte 3 mikronami złota."},
		bare: []string{"Bransoletka z mosiądzu z 3 mikronami srebra."}},
	"cs": {silver: []string{"Náramek z mosazi je pokrytý 3 mikrony stříbra.", "Mosaz potažená vrstvou stříbra o tloušťce 3 mikronů."},
		gold: []string{"Stříbro pokryté 3 mikrony zlata."},
		bare: []string{"Náramek z mosazi s 3 mikrony stříbra."}},
	"el": {silver: []string{"Το βραχιόλι από ορείχαλκο είναι επικαλυμμένο με 3 μικρά ασημιού.", "Ορείχαλκος επικαλυμμένος με στρώμα ασημιού πάχους 3 μm."},
		gold: []string{"Ασήμι επικαλυμμένο με 3 μm χρυσού."},
		bare: []string{"Βραχιόλι από ασήμι, πάχους 3 μm."}},
	"tr": {silver: []string{"Pirinç bilezik 3 mikron gümüş ile kaplanmıştır.", "Pirinç, 3 mikron kalınlığında gümüş kaplamalıdır."},
		gold: []string{"Gümüş gövde 3 mikron altın ile kaplanmıştır."},
		bare: []string{"Pirinç bilezik ve 3 mikron gümüş."}},
	"ja": {silver: []string{"真鍮のブレスレットに3ミクロンの銀メッキを施しています。"},
		gold: []string{"スターリングシルバーに3ミクロンの金メッキを施しています。"}},
	"ko": {silver: []string{"황동 팔찌에 3미크론 두께의 은을 도금했습니다."},
		gold: []string{"스털링 실버에 3미크론 두께의 금을 도금했습니다."}},
	"zh-CN": {silver: []string{"黄铜手镯表面镀有3微米的银层。"},
		gold: []string{"纯银表面镀有3微米的金层。"}},
	"zh-TW": {silver: []string{"黃銅手鐲表面鍍有3微米的銀層。"},
		gold: []string{"純銀表面鍍有3微米的金層。"}},
	"ar": {silver: []string{"السوار من النحاس الأصفر مطلي بطبقة من الفضة بسماكة 3 ميكرون."},
		gold: []string{"الفضة مطلية بطبقة من الذهب بسماكة 3 ميكرون."}},
}

// TestKindsTruePlating11 in every supported locale (#13).
func TestKindsTruePlating11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var silver, gold, bare []lt
	perLocale(t, plate11Texts, "plate11", func(loc string, x plate11Lang, in func([]string) []lt) {
		silver = append(silver, in(x.silver)...)
		gold = append(gold, in(x.gold)...)
		bare = append(bare, in(x.bare)...)
	})
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"silver plating with its thickness", p11SilverPlated, "", silver},
		{"gold plating with its thickness", p11GoldPlated, "", gold},
		{"the thickness without a plating word", p11SilverPlated, wantAnyBlock, bare},
	})
}
