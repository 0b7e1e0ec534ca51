package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A metal the product names only as a component's (issue #13, a miss of
// the sixth blind set's released half): rhodium-plated brass hoops whose
// materials list "sterling silver posts" and whose metals list sterling
// silver again on its own, as a PIM lists each metal of the piece. The
// hoops called solid sterling silver are a plating called solid (blocked);
// the posts named as silver are true.
var componentMetalHoops = core.Product{SKU: "C1", Name: "Halo Hoop Earrings", Category: "earrings",
	Materials: []string{"rhodium-plated brass", "sterling silver posts"},
	Metals:    []core.Metal{{Base: "brass", Plating: "rhodium"}, {Base: "sterling silver", Fineness: "925"}},
	Features:  []string{"nickel-free", "sterling silver posts"}}

// componentMetalTexts: the hoops called solid silver (blocked), the posts
// named as silver (passes).
var componentMetalTexts = map[string][2]string{
	"en": {"The hoops are made of solid sterling silver.", "The rhodium-plated hoops sit on sterling silver posts."},
	"fr": {"Les créoles sont en argent massif.", "Les créoles rhodiées tiennent sur des tiges en argent sterling."},
	"de": {"Die Creolen sind aus massivem Sterling-Silber gefertigt.", "Die rhodinierten Creolen sitzen auf Steckern aus Sterlingsilber."},
	"it": {"I cerchi sono in argento massiccio.", "I cerchi rodiati poggiano su perni in argento sterling."},
	"es": {"Los aros son de plata maciza.", "Los aros rodiados llevan postes de plata de ley."},
	"pt": {"As argolas são de prata maciça.", "As argolas com banho de ródio têm pinos de prata 925."},
	"nl": {"De oorringen zijn van massief zilver.", "De gerodineerde oorringen hebben oorstekers van sterling zilver."},
	"sv": {"Ringarna är gjorda av massivt silver.", "De rodinerade ringarna har stift i sterlingsilver."},
	"da": {"Ringene er lavet af massivt sølv.", "De rhodinerede ringe har stikker i sterlingsølv."},
	"nb": {"Ringene er laget av massivt sølv.", "De rodinerte ringene har pinner i sterlingsølv."},
	"fi": {"Renkaat ovat täyttä hopeaa.", "Rodinoidut renkaat kiinnittyvät sterlinghopeisilla tapeilla."},
	"pl": {"Kółka są wykonane z litego srebra.", "Rodowane kółka mają sztyfty ze srebra próby 925."},
	"cs": {"Kroužky jsou z masivního stříbra.", "Rhodiované kroužky mají puzetky ze stříbra."},
	"el": {"Οι κρίκοι είναι από συμπαγές ασήμι.", "Οι επιροδιωμένοι κρίκοι έχουν καρφάκια από ασήμι 925."},
	"tr": {"Halkalar som gümüştür.", "Rodyum kaplama halkalar 925 ayar gümüş iğnelere sahiptir."},
	"ar": {"الأطواق مصنوعة من الفضة الخالصة.", "الأطواق المطلية بالروديوم مثبتة بدبابيس من الفضة الإسترليني."},
	"ja": {"フープは純銀製です。", "ロジウムメッキのフープにスターリングシルバーのポストを合わせました。"},
	"ko": {"후프는 순은으로 만들었습니다.", "로듐 도금 후프에 스털링 실버 포스트를 달았습니다."},
	"zh": {"耳圈由纯银制成。", "镀铑耳圈配有925银耳针。"},
}

func TestKindsComponentMetal(t *testing.T) {
	t.Parallel()
	checkFactPairs(t, componentMetalHoops, componentMetalTexts, 0, RulePlating, RuleMaterial)
}
