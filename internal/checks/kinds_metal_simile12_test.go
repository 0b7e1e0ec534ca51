package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A base metal named as the term of a comparison is the look or the light
// of the piece, not its metal (#13, simile12): "De små markasiterna
// glittrar som stål" on oxidised silver marcasite earrings blocked as
// steel in 15 of 20 languages (the like words of sv, da, nb, nl, pt, pl,
// cs, fi, el, ar, zh were no comparison; the tr/ja/ko comparisons counted
// only for gold and silver). The same piece said to be made of steel still
// blocks. Through Service.CheckText, as POST /v1/checks judges it.
func TestKindsMetalSimile12(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "S12", Name: "Deco", Category: "earrings", Collection: "Heritage",
		Materials: []string{"sterling silver", "marcasite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "marcasite", Colour: "grey", Count: 24, Origin: core.OriginNatural}},
		Colours:   []string{"silver", "grey"}}
	for _, r := range []struct{ locale, simile, made string }{
		{"en-GB", "The small marcasites glint like steel in the evening light.", "The small drops are made of steel."},
		{"sv-SE", "De små markasiterna glittrar som stål i kvällsljuset.", "De små örhängena är gjorda av stål."},
		{"da-DK", "De små markasitter glitrer som stål i aftenlyset.", "De små øreringe er lavet af stål."},
		{"nb-NO", "De små markasittene glitrer som stål i kveldslyset.", "De små øredobbene er laget av stål."},
		{"de-DE", "Die kleinen Markasiten glitzern wie Stahl im Abendlicht.", "Die kleinen Ohrringe sind aus Stahl."},
		{"nl-NL", "De kleine markasieten glinsteren als staal in het avondlicht.", "De kleine oorbellen zijn gemaakt van staal."},
		{"fr-FR", "Les petites marcassites scintillent comme l'acier dans la lumière du soir.", "Les petites boucles sont en acier."},
		{"es-ES", "Las pequeñas marcasitas brillan como el acero a la luz de la tarde.", "Los pequeños pendientes son de acero."},
		{"it-IT", "Le piccole marcasiti brillano come l'acciaio alla luce della sera.", "I piccoli orecchini sono in acciaio."},
		{"pt-PT", "As pequenas marcassitas brilham como aço à luz do fim de tarde.", "Os pequenos brincos são feitos de aço."},
		{"pl-PL", "Małe markazyty lśnią jak stal w wieczornym świetle.", "Małe kolczyki są wykonane ze stali."},
		{"cs-CZ", "Malé markazity se třpytí jako ocel ve večerním světle.", "Malé náušnice jsou vyrobeny z oceli."},
		{"fi-FI", "Pienet markasiitit kimaltavat kuin teräs iltavalossa.", "Pienet korvakorut on tehty teräksestä."},
		{"el-GR", "Οι μικροί μαρκασίτες λάμπουν σαν ατσάλι στο βραδινό φως.", "Τα μικρά σκουλαρίκια είναι φτιαγμένα από ατσάλι."},
		{"tr-TR", "Küçük markazitler akşam ışığında çelik gibi parlar.", "Küçük küpeler çelikten yapılmıştır."},
		{"ar-AE", "تتلألأ أحجار الماركازيت الصغيرة مثل الفولاذ في ضوء المساء.", "الأقراط الصغيرة مصنوعة من الفولاذ."},
		{"ja-JP", "小さなマーカサイトが夕方の光の中で鋼のようにきらめきます。", "小さなピアスは鋼で作られています。"},
		{"ko-KR", "작은 마카사이트가 저녁 빛 속에서 강철처럼 반짝입니다.", "작은 귀걸이는 강철로 만들어졌습니다."},
		{"zh-CN", "小小的白铁矿在傍晚的光线中像钢一样闪烁。", "这对小耳坠采用钢打造。"},
		{"zh-TW", "小小的白鐵礦在傍晚的光線中像鋼一樣閃爍。", "這對小耳墜採用鋼打造。"},
	} {
		for _, tc := range []struct {
			text  string
			block bool
		}{{r.simile, false}, {r.made, true}} {
			if blocked, fs := groundingBlocked(t, svc, p, r.locale, tc.text); blocked != tc.block {
				t.Errorf("%s %q: grounding block %v, want %v: %+v", r.locale, tc.text, blocked, tc.block, fs)
			}
		}
	}
}
