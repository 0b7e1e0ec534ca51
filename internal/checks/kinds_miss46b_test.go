package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Product of TestKindsMiss46b (#13, miss46b), after probe 46D ar-AE 46D103.
var miss46bRhodo = core.Product{SKU: "M46E", Name: "أقراط الرودوليت", Category: "earrings", Collection: "Moments", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "rhodolite garnet", Colour: "red", Count: 2, Origin: core.OriginNatural}},
	Colours: []string{"red", "silver"}, Measurements: []core.Measurement{{Name: "stone diameter", Value: 6, Unit: "mm"}}}

// TestKindsMiss46b (#13, miss46b): the reader's need to polish the piece
// denied ("you won't need to polish it", "ولن تحتاجي إلى تلميعها") is the
// maintenance-free claim of tarnish_proof (concepts-polish46.yaml, 17
// languages; German, Swedish and Chinese blocked it already), and an
// Arabic feminine second-person verb is a subject word of the match, so a
// stone named before it as an object does not make it a stone's care.
// Polishing and storing advice stays clean.
func TestKindsMiss46b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	r := miss46bRhodo
	// failing before: the probe sentence and the same kind in the other languages
	checkKindRows(t, svc, "claim", []kindRow{
		{"ar-AE", "ارتديها مع تسريحة مرفوعة لتظهر الأحجار، ولن تحتاجي إلى تلميعها، فهي تحتفظ ببريقها لسنوات.", r, true},
		{"ar-AE", "ارتديها مع تسريحة مرفوعة لتظهر الأحجار، ولن تحتاجي إلى تلميعها.", r, true},
		{"ar-AE", "لن تحتاجي إلى تلميعها.", r, true},
		{"ar-AE", "لا داعي لتلميعها.", r, true},
		{"ar-AE", "لن تحتاج إلى تنظيفها أو تلميعها.", r, true},
		{"en-GB", "You won't need to polish them.", r, true},
		{"en-US", "You won't have to polish them.", r, true},
		{"en-AU", "You will not need to polish them.", r, true},
		{"fr-FR", "Vous n'aurez pas besoin de les polir.", r, true},
		{"fr-CA", "Vous n'aurez jamais à les polir.", r, true},
		{"es-ES", "No tendrá que pulirlos.", r, true},
		{"es-MX", "No tendrás que pulirlos.", r, true},
		{"it-IT", "Non avrai bisogno di lucidarli.", r, true},
		{"pt-PT", "Não vai precisar de os polir.", r, true},
		{"pt-BR", "Você não vai precisar polir os brincos.", r, true},
		{"nl-NL", "Je hoeft ze niet te poetsen.", r, true},
		{"sv-SE", "Du behöver inte putsa dem.", r, true},
		{"da-DK", "Du behøver ikke at pudse dem.", r, true},
		{"nb-NO", "Du trenger ikke å pusse dem.", r, true},
		{"fi-FI", "Sinun ei tarvitse kiillottaa niitä.", r, true},
		{"pl-PL", "Nie będziesz musiała ich polerować.", r, true},
		{"cs-CZ", "Nebudete je muset leštit.", r, true},
		{"el-GR", "Δεν θα χρειαστεί να τα γυαλίσετε.", r, true},
		{"tr-TR", "Onları parlatmanıza gerek kalmayacak.", r, true},
		{"ja-JP", "磨く必要はありません。", r, true},
		{"ko-KR", "광택을 낼 필요가 없습니다.", r, true},
	})
	// clean twins: polishing and storing advice, a need denied of something else
	checkKindRows(t, svc, "claim", []kindRow{
		{"ar-AE", "لمّعيها بلطف بقطعة قماش ناعمة.", r, false},
		{"ar-AE", "احفظيها في كيس مغلق لتحافظ على بريقها.", r, false},
		{"ar-AE", "لن تحتاجي إلى خلعها عند النوم، ولمّعيها بقطعة قماش ناعمة.", r, false},
		{"en-GB", "Polish them gently with a soft cloth.", r, false},
		{"en-GB", "Store them in the pouch to keep their shine.", r, false},
		{"en-US", "You won't need to take them off to sleep; polish them with a soft cloth.", r, false},
		{"fr-FR", "Polissez-les délicatement avec un chiffon doux.", r, false},
		{"es-ES", "Púlalos suavemente con un paño suave.", r, false},
		{"it-IT", "Lucidali delicatamente con un panno morbido.", r, false},
		{"pt-PT", "Pula-os suavemente com um pano macio.", r, false},
		{"nl-NL", "Poets ze voorzichtig met een zachte doek.", r, false},
		{"sv-SE", "Putsa dem försiktigt med en mjuk duk.", r, false},
		{"da-DK", "Puds dem forsigtigt med en blød klud.", r, false},
		{"nb-NO", "Puss dem forsiktig med en myk klut.", r, false},
		{"fi-FI", "Kiillota ne varovasti pehmeällä liinalla.", r, false},
		{"pl-PL", "Poleruj je delikatnie miękką ściereczką.", r, false},
		{"cs-CZ", "Leštěte je jemně měkkým hadříkem.", r, false},
		{"el-GR", "Γυαλίστε τα απαλά με ένα μαλακό πανί.", r, false},
		{"tr-TR", "Yumuşak bir bezle nazikçe parlatın.", r, false},
		{"ja-JP", "柔らかい布でやさしく磨いてください。", r, false},
		{"ko-KR", "부드러운 천으로 살살 닦아 주세요.", r, false},
	})
}
