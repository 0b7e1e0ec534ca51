package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsAlloyCopper38 (#13, alloy38; probe 38D zh-CN 38D102-2 "925银是
// 含银92.5%的合金，加入少量铜让它更坚硬耐戴"): the base metal of the
// product's own alloy (copper in sterling silver, rose gold and 9k gold;
// canon alloy_metals) named in the clause after the one that names the
// alloy, in the same sentence, with no word of the piece from the alloy
// word through the copper's clause, explains the alloy
// (grounding/contrast.go alloySentence); before, only the alloy word's own
// clause was read, so a comma between them blocked grounding.material in
// 23 of 25 locales. Twins: the piece itself said to be copper after the
// alloy clause, which still blocks.
func TestKindsAlloyCopper38(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := core.Product{SKU: "AC38S", Name: "Arco", Category: "bangle", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	rose := core.Product{SKU: "AC38R", Name: "Aura", Category: "ring", Collection: "Essence",
		Materials: []string{"9k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "9k"}},
		Colours: []string{"rose gold"}}
	gold9 := core.Product{SKU: "AC38Y", Name: "Sol", Category: "ring", Collection: "Essence",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Colours: []string{"gold"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// pass: copper explaining sterling silver, in the next clause
		{"zh-CN", "与镀银饰品不同，925银是含银92.5%的合金，加入少量铜让它更坚硬耐戴。", silver, false},
		{"zh-TW", "與鍍銀飾品不同，925銀是含銀92.5%的合金，加入少量銅讓它更堅硬耐戴。", silver, false},
		{"ja-JP", "シルバー925は銀を92.5%含む合金で、少量の銅を加えることで硬く丈夫になります。", silver, false},
		{"ko-KR", "925 실버는 은이 92.5% 들어간 합금으로, 소량의 구리를 더해 더 단단하고 튼튼합니다.", silver, false},
		{"en-GB", "Sterling silver is an alloy of 92.5% silver, with a little copper added to make it harder.", silver, false},
		{"en-US", "Sterling silver is an alloy that is 92.5% silver, and a small amount of copper makes it harder wearing.", silver, false},
		{"de-DE", "Sterlingsilber ist eine Legierung aus 92,5 % Silber, ein wenig Kupfer macht sie härter.", silver, false},
		{"fr-FR", "L'argent 925 est un alliage à 92,5 % d'argent, un peu de cuivre le rend plus résistant.", silver, false},
		{"es-ES", "La plata de ley es una aleación con un 92,5 % de plata, y un poco de cobre la hace más resistente.", silver, false},
		{"es-MX", "La plata .925 es una aleación con 92.5 % de plata, y un poco de cobre la vuelve más resistente.", silver, false},
		{"pt-PT", "A prata de lei é uma liga com 92,5% de prata, e um pouco de cobre torna-a mais resistente.", silver, false},
		{"pt-BR", "A prata 925 é uma liga com 92,5% de prata, e um pouco de cobre a deixa mais resistente.", silver, false},
		{"nl-NL", "Sterling zilver is een legering van 92,5% zilver, een beetje koper maakt het harder.", silver, false},
		{"sv-SE", "Sterlingsilver är en legering med 92,5 % silver, och lite koppar gör den hårdare.", silver, false},
		{"da-DK", "Sterlingsølv er en legering med 92,5 % sølv, og lidt kobber gør den hårdere.", silver, false},
		{"nb-NO", "Sterlingsølv er en legering med 92,5 % sølv, og litt kobber gjør den hardere.", silver, false},
		{"fi-FI", "Sterlinghopea on seos, jossa on 92,5 % hopeaa, ja pieni määrä kuparia tekee siitä kestävämmän.", silver, false},
		{"pl-PL", "Srebro próby 925 to stop zawierający 92,5% srebra, a odrobina miedzi czyni go twardszym.", silver, false},
		{"cs-CZ", "Stříbro ryzosti 925 je slitina s 92,5 % stříbra, trocha mědi ho dělá tvrdším.", silver, false},
		{"tr-TR", "925 ayar gümüş, %92,5 gümüş içeren bir alaşımdır, az miktarda bakır onu daha sağlam yapar.", silver, false},
		{"el-GR", "Το ασήμι 925 είναι κράμα με 92,5% ασήμι, και λίγος χαλκός το κάνει πιο ανθεκτικό.", silver, false},
		{"ar-AE", "الفضة الإسترلينية سبيكة تحتوي على 92.5% من الفضة، ويضاف إليها القليل من النحاس لتصبح أكثر صلابة.", silver, false},
		// pass: copper of rose and 9k gold
		{"zh-CN", "9K玫瑰金是含金37.5%的合金，加入铜让它呈现温暖的粉色。", rose, false},
		{"zh-TW", "9K玫瑰金是含金37.5%的合金，加入銅讓它呈現溫暖的粉色。", rose, false},
		{"ja-JP", "9Kローズゴールドは金を37.5%含む合金で、銅を加えることで温かなピンク色になります。", rose, false},
		{"ko-KR", "9K 로즈골드는 금이 37.5% 들어간 합금으로, 구리를 더해 따뜻한 분홍빛을 띱니다.", rose, false},
		{"en-AU", "Rose gold is an alloy of gold, and copper gives it its warm pink tone.", rose, false},
		{"de-DE", "Roségold ist eine Legierung, Kupfer verleiht ihr den warmen Ton.", rose, false},
		{"pl-PL", "Różowe złoto to stop złota, a miedź nadaje mu ciepły odcień.", rose, false},
		{"fr-CA", "L'or rose est un alliage d'or, et le cuivre donne la teinte chaude.", rose, false},
		{"zh-CN", "9K金是含金37.5%的合金，其余为银和铜。", gold9, false},
		// block: the piece said to be copper after the alloy clause
		{"zh-CN", "925银是合金，这款手镯加入铜。", silver, true},
		{"zh-CN", "925银是含银92.5%的合金，手镯内圈是铜。", silver, true},
		{"zh-TW", "925銀是合金，這款手鐲是銅製的。", silver, true},
		{"ja-JP", "シルバー925は合金で、このバングルは銅製です。", silver, true},
		{"ko-KR", "925 실버는 합금이지만, 이 뱅글은 구리로 만들었습니다.", silver, true},
		{"en-GB", "Sterling silver is an alloy of 92.5% silver, but the bangle itself is copper.", silver, true},
		{"de-DE", "Sterlingsilber ist eine Legierung, dieser Armreif ist aus Kupfer.", silver, true},
		{"fr-FR", "L'argent 925 est un alliage, ce jonc est en cuivre.", silver, true},
		{"es-ES", "La plata de ley es una aleación, y esta pulsera es de cobre.", silver, true},
		{"en-GB", "Rose gold is an alloy, and the ring is copper underneath.", rose, true},
		{"zh-CN", "玫瑰金是合金，这枚戒指是铜的。", rose, true},
		// block: copper in another sentence
		{"en-GB", "Sterling silver is an alloy of 92.5% silver. Copper makes up this bangle.", silver, true},
	})
}
