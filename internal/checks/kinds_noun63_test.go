package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of noun63's rows: a citrine pendant in sterling silver and
// a lead-free pewter and a tin bracelet (the blue sapphire pendant is
// colour62's c62Sapphire).
var (
	n63Citrine = core.Product{SKU: "N63C", Name: "Sunny", Category: "pendant", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "citrine", Colour: "yellow", Count: 1, Origin: "natural"}},
		Colours: []string{"yellow", "silver"}}
	n63Pewter = core.Product{SKU: "N63P", Name: "Essence", Category: "bracelet", Collection: "Timeless",
		Metals: []core.Metal{{Base: "pewter"}}, Colours: []string{"grey"}, Features: []string{"lead-free"}}
	n63Tin = core.Product{SKU: "N63T", Name: "Essence", Category: "bracelet", Collection: "Timeless",
		Metals: []core.Metal{{Base: "tin"}}, Colours: []string{"grey"}}
)

// A stone's wrong colour or a metal the piece lacks said with a word form
// the packs lacked (#13, noun63): Korean adnominal and bare colour forms
// and their 빛 compounds (노란, 흰, 까만, 보랏빛, 녹색, 검정), the
// generic stone nouns' diminutives, cases and compounds (pl kamyk, el
// λίθος and πετράδι, ar جوهرة, حجارة and فص, smykkesten, siersteen,
// piedrecita, pedrinha, pietra preziosa, ジェムストーン), the Polish, Czech
// and Greek genitive of the colour (żółtego, žlutého, κίτρινου) after a
// noun of light, and lead named as the piece's material (en "made of
// lead", tr kurşundan, ar من الرصاص, ja 鉛, ko 납, zh 铅) on a pewter or
// tin piece. A stone's colour must be the product's stone's and its
// metal the product's (16 CFR 23.1). Every row passed on main ccae240f.
func TestKindsNoun63(t *testing.T) {
	t.Parallel()
	rows := pairRows(c62Sapphire, true, [][2]string{
		{"ko-KR", "노란 보석이 펜던트를 장식합니다."},
		{"ko-KR", "노란 사파이어가 펜던트를 장식합니다."},
		{"ko-KR", "녹색 보석이 펜던트를 장식합니다."},
		{"ko-KR", "흰 보석이 펜던트를 장식합니다."},
		{"ko-KR", "까만 원석이 펜던트를 장식합니다."},
		{"ko-KR", "보랏빛 스톤이 펜던트를 장식합니다."},
		{"ko-KR", "검정 보석이 펜던트를 장식합니다."},
		{"pl-PL", "Żółty kamyk zdobi wisiorek."},
		{"pl-PL", "Wisiorek ozdobiono żółtym kamykiem."},
		{"pl-PL", "Żółte kamyki zdobią wisiorek."},
		{"pl-PL", "Blask żółtego kamienia przyciąga wzrok."},
		{"el-GR", "Ένας κίτρινος λίθος στολίζει το μενταγιόν."},
		{"el-GR", "Το μενταγιόν έχει έναν κίτρινο λίθο."},
		{"el-GR", "Η λάμψη του κίτρινου λίθου τραβά το βλέμμα."},
		{"el-GR", "Ένα κίτρινο πετράδι στολίζει το μενταγιόν."},
		{"el-GR", "Κίτρινα πετράδια στολίζουν το μενταγιόν."},
		{"cs-CZ", "Lesk žlutého kamene přitahuje pohled."},
		{"cs-CZ", "Lesk žlutého drahokamu přitahuje pohled."},
		{"ar-AE", "تزين القلادة جوهرة صفراء."},
		{"ar-AE", "تزين القلادة حجارة صفراء."},
		{"ar-AE", "يتوسط القلادة فص أصفر."},
		{"da-DK", "En gul smykkesten pryder vedhænget."},
		{"nb-NO", "En gul smykkestein pryder anhenget."},
		{"sv-SE", "En gul smyckesten pryder hänget."},
		{"nl-NL", "Een gele siersteen siert de hanger."},
		{"es-ES", "Una piedrecita amarilla adorna el colgante."},
		{"it-IT", "Una pietra preziosa gialla impreziosisce il ciondolo."},
		{"pt-BR", "Uma pedrinha amarela adorna o pingente."},
		{"pt-BR", "Uma pedra preciosa amarela adorna o pingente."},
		{"ja-JP", "黄色いジェムストーンがペンダントを彩ります。"},
	})
	rows = append(rows, pairRows(n63Citrine, true, [][2]string{
		{"ko-KR", "하늘색 보석이 펜던트를 장식합니다."},
	})...)
	rows = append(rows, pairRows(n63Pewter, true, [][2]string{
		{"en-GB", "The bracelet is made of lead."},
		{"en-GB", "The bracelet is lead."},
		{"en-US", "A bracelet made from lead."},
		{"tr-TR", "Bileklik kurşundan yapılmıştır."},
		{"ar-AE", "السوار مصنوع من الرصاص."},
		{"ja-JP", "このブレスレットは鉛製です。"},
		{"ja-JP", "このブレスレットは鉛でできています。"},
		{"ko-KR", "이 팔찌는 납으로 만들었습니다."},
		{"zh-CN", "这款手链由铅制成。"},
		{"zh-TW", "這款手鍊由鉛製成。"},
	})...)
	rows = append(rows, pairRows(n63Tin, true, [][2]string{
		{"en-GB", "The bracelet is made of lead."},
		{"ko-KR", "이 팔찌는 납 소재입니다."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}

// TestKindsNoun63Ok: the stone's true colour, the colour of clothing and
// of other things, a "lead-free" statement, lead's other senses (the
// verb, the pencil) and a colour of the light where no stone noun follows
// still pass.
func TestKindsNoun63Ok(t *testing.T) {
	t.Parallel()
	rows := pairRows(c62Sapphire, false, [][2]string{
		{"ko-KR", "파란 보석이 펜던트를 장식합니다."},
		{"ko-KR", "노란 원피스와 잘 어울립니다."},
		{"ko-KR", "흰 셔츠에도 잘 어울립니다."},
		{"ko-KR", "노란 꽃다발과 함께 선물하세요."},
		{"pl-PL", "Niebieski kamyk zdobi wisiorek."},
		{"pl-PL", "Noś go z żółtą sukienką."},
		{"el-GR", "Ένα μπλε πετράδι στολίζει το μενταγιόν."},
		{"ar-AE", "تزين القلادة جوهرة زرقاء."},
		{"da-DK", "En blå smykkesten pryder vedhænget."},
		{"nl-NL", "Een blauwe siersteen siert de hanger."},
		{"pt-BR", "Uma pedrinha azul adorna o pingente."},
		{"es-ES", "Una piedrecita azul adorna el colgante."},
		{"it-IT", "Una pietra preziosa blu impreziosisce il ciondolo."},
		{"ja-JP", "青いジェムストーンがペンダントを彩ります。"},
	})
	rows = append(rows, pairRows(n63Citrine, false, [][2]string{
		{"ko-KR", "노란 보석이 펜던트를 장식합니다."},
		{"ko-KR", "샛노란 원석이 빛을 받아 반짝입니다."},
		{"pl-PL", "Blask żółtego kamienia przyciąga wzrok."},
		{"el-GR", "Ένας κίτρινος λίθος στολίζει το μενταγιόν."},
		{"cs-CZ", "Lesk žlutého kamene přitahuje pohled."},
		{"ar-AE", "يتوسط القلادة فص أصفر."},
	})...)
	rows = append(rows, pairRows(n63Pewter, false, [][2]string{
		{"en-GB", "The bracelet is lead-free."},
		{"en-GB", "The bracelet is free of lead."},
		{"en-GB", "Let the bracelet lead the eye to your wrist."},
		{"en-GB", "Our pewter contains no lead."},
		{"ja-JP", "このブレスレットは鉛フリーです。"},
		{"ja-JP", "無鉛のピューターを使用しています。"},
		{"ja-JP", "鉛筆で描いたような繊細なライン。"},
		{"zh-CN", "这款手链不含铅。"},
		{"zh-CN", "这款手链采用无铅锡镴。"},
		{"zh-CN", "如铅笔素描般细腻的线条。"},
		{"ko-KR", "이 팔찌는 납 프리 퓨터입니다."},
		{"ko-KR", "이 팔찌는 납이 없는 퓨터입니다."},
		{"tr-TR", "Bileklik kurşunsuz kalaydan yapılmıştır."},
		{"tr-TR", "Kurşun kalem çizimi gibi ince hatlar."},
		{"ar-AE", "السوار خالٍ من الرصاص."},
		{"ar-AE", "خطوط ناعمة كأنها مرسومة بقلم رصاص."},
		{"de-DE", "Das Armband ist bleifrei."},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}

// TestKindsNoun63Bad: the wrong colours and metals that blocked before
// still block: the colour-noun form 노란색, Japanese adjectives, the
// nominative kamień, and lead or copper said in the packs' words.
func TestKindsNoun63Bad(t *testing.T) {
	t.Parallel()
	rows := pairRows(c62Sapphire, true, [][2]string{
		{"ko-KR", "노란색 보석이 펜던트를 장식합니다."},
		{"ko-KR", "빨간 보석이 펜던트를 장식합니다."},
		{"ja-JP", "黄色い宝石がペンダントを彩ります。"},
		{"ja-JP", "赤い石がペンダントを彩ります。"},
		{"ja-JP", "緑の宝石がペンダントを彩ります。"},
		{"pl-PL", "Żółty kamień zdobi wisiorek."},
		{"cs-CZ", "Přívěsek zdobí žlutý kámen."},
		{"el-GR", "Η λάμψη της κίτρινης πέτρας τραβά το βλέμμα."},
		{"ar-AE", "حجر أصفر يزين القلادة."},
		{"fi-FI", "Riipus on koristeltu keltaisella jalokivellä."},
		{"tr-TR", "Kolyenin sarı taşı ışıl ışıl parlıyor."},
	})
	rows = append(rows, pairRows(n63Pewter, true, [][2]string{
		{"de-DE", "Das Armband ist aus Blei."},
		{"fr-FR", "Le bracelet est en plomb."},
		{"pl-PL", "Bransoletka jest z ołowiu."},
		{"nl-NL", "De armband is van lood."},
		{"en-GB", "The bracelet is made of copper."},
		{"ja-JP", "このブレスレットは銅製です。"},
	})...)
	rows = append(rows, pairRows(n63Citrine, true, [][2]string{
		{"ko-KR", "파란 사파이어가 펜던트를 장식합니다."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}
