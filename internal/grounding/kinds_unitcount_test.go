package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// A number with a unit before a stone is its size, not its count (issue
// #13): "a 7 mm pearl", 7毫米的珍珠, 7ミリのパール, 7밀리 진주 on a pendant
// with one pearl says nothing about how many. A count before the stone
// still counts ("three pearls" blocks).
var unitCountPendant = core.Product{SKU: "U1", Name: "Perle Pendant", Category: "pendant",
	Metals: []core.Metal{{Base: "silver", Fineness: "925"}},
	Stones: []core.Stone{{Type: "pearl", Colour: "white", Count: 1, Origin: core.OriginNatural}}}

// unitCountTexts: size-before-stone (no count finding), wrong count
// (blocked; "" where the language's pearl count is not read at all: French
// "trois perles" on a pendant is no finding before or after this change).
var unitCountTexts = map[string][2]string{
	"en": {"The pendant holds one 7 mm pearl.", "The pendant holds three pearls."},
	"fr": {"Le pendentif porte une perle de 7 millimètres.", ""},
	"de": {"Der Anhänger trägt eine 7 Millimeter große Perle.", "Der Anhänger trägt drei Perlen."},
	"it": {"Il ciondolo ha una perla da 7 millimetri.", "Il ciondolo ha tre perle."},
	"es": {"El colgante lleva una perla de 7 mm.", "El colgante lleva tres perlas."},
	"pt": {"O pingente tem uma pérola de 7 milímetros.", "O pingente tem três pérolas."},
	"nl": {"De hanger draagt één parel van 7 millimeter.", "De hanger draagt drie parels."},
	"sv": {"Hänget bär en 7 millimeter pärla.", "Hänget bär tre pärlor."},
	"da": {"Vedhænget bærer en 7 millimeter perle.", "Vedhænget bærer tre perler."},
	"nb": {"Anhenget har en 7 millimeter perle.", "Anhenget har tre perler."},
	"fi": {"Riipuksessa on yksi 7 millimetrin helmi.", "Riipuksessa on kolme helmeä."},
	"pl": {"Zawieszka ma jedną 7 milimetrową perłę.", "Zawieszka ma trzy perły."},
	"cs": {"Přívěsek nese jednu 7 milimetrovou perlu.", "Přívěsek nese tři perly."},
	"tr": {"Kolye ucunda 7 milimetre bir inci var.", "Kolye ucunda üç inci var."},
	"el": {"Το μενταγιόν έχει ένα μαργαριτάρι 7 χιλιοστών.", "Το μενταγιόν έχει τρία μαργαριτάρια."},
	"ar": {"تحمل القلادة لؤلؤة واحدة قطرها 7 ملم.", "تحمل القلادة ثلاث لآلئ."},
	"ja": {"ペンダントには7ミリのパールが一つ付いています。", "ペンダントには3個のパールが付いています。"},
	"ko": {"펜던트에는 7밀리 진주가 하나 달려 있습니다.", "펜던트에는 진주 3개가 달려 있습니다."},
	"zh": {"吊坠镶有一颗直径7毫米的珍珠。", "吊坠镶有三颗珍珠。"},
}

func TestKindsUnitBeforeStoneIsNoCount(t *testing.T) {
	t.Parallel()
	for _, loc := range locales.Must().Supported() {
		key, ok := factLang(unitCountTexts, loc)
		if !ok {
			t.Errorf("no sentences for %s", loc)
			continue
		}
		for i, text := range unitCountTexts[key] {
			if text == "" {
				continue
			}
			want := i == 1
			got := false
			fs := CheckWith(unitCountPendant.Resolved(), loc, text, Options{})
			for _, f := range fs {
				got = got || f.Rule == RuleCount && f.Severity == core.SeverityBlock
			}
			if got != want {
				t.Errorf("%s %q: count block %v, want %v; findings %+v", loc, text, got, want, fs)
			}
		}
	}
}
