package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsNature32: words of a mineral's chemistry and structure (formula,
// composition, crystal structure, silicate, oxide, carbonate, phosphate,
// chemical) are words of the material's nature (packs' stone_nature_words;
// #13, nature32). Released 32's de-DE "Andalusit und Sillimanit haben
// dieselbe Formel, aber einen anderen Kristallbau" after "Kyanit … ist ein
// Aluminiumsilikat" on a kyanite pendant blocked grounding.stone: the
// sentence opens on other minerals and named no word the packs knew as the
// material's nature, so it read as a claim about the piece. Every pass row
// blocked before (ja-JP read it already and has no pass row; zh-CN and
// zh-TW still block, left). Every twin says the andalusite of the piece
// and blocks; pt-PT "andaluzite" and ja-JP "アンダリュサイト" were not
// known before (European Portuguese -ite spellings of the pack's -ita
// stones, nature32's vocabulary half).
func TestKindsNature32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	kyanite := core.Product{SKU: "K32", Name: "Kyanite Drop Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "kyanite", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The pendant holds one blue kyanite in sterling silver. Andalusite and sillimanite have the same formula but a different crystal structure.", kyanite, false},
		{"en-US", "The pendant holds one blue kyanite in sterling silver. Andalusite and sillimanite share its chemical composition but not its crystal structure.", kyanite, false},
		{"en-AU", "The pendant holds one blue kyanite in sterling silver. Andalusite and sillimanite have the same formula but a different crystal structure.", kyanite, false},
		{"de-DE", "Der Anhänger trägt einen blauen Kyanit in Sterlingsilber. Andalusit und Sillimanit haben dieselbe Formel, aber einen anderen Kristallbau.", kyanite, false},
		{"fr-FR", "Le pendentif porte une cyanite bleue sur argent sterling. L'andalousite et la sillimanite ont la même formule, mais une autre structure cristalline.", kyanite, false},
		{"fr-CA", "Le pendentif porte une cyanite bleue sur argent sterling. L'andalousite et la sillimanite ont la même composition, mais une autre structure cristalline.", kyanite, false},
		{"es-ES", "El colgante lleva una cianita azul en plata de ley. La andalucita y la sillimanita tienen la misma fórmula, pero otra estructura cristalina.", kyanite, false},
		{"es-MX", "El dije lleva una cianita azul en plata de ley. La andalucita y la sillimanita tienen la misma composición, pero otra estructura cristalina.", kyanite, false},
		{"it-IT", "Il pendente porta una cianite blu in argento sterling. L'andalusite e la sillimanite hanno la stessa formula, ma una struttura cristallina diversa.", kyanite, false},
		{"pt-PT", "O pendente tem uma cianite azul em prata de lei. A andaluzite e a silimanite têm a mesma fórmula, mas outra estrutura cristalina.", kyanite, false},
		{"pt-BR", "O pingente tem uma cianita azul em prata 925. A andaluzita e a silimanita têm a mesma fórmula, mas outra estrutura cristalina.", kyanite, false},
		{"nl-NL", "De hanger draagt één blauwe kyaniet in sterling zilver. Andalusiet en sillimaniet hebben dezelfde formule, maar een andere kristalstructuur.", kyanite, false},
		{"sv-SE", "Hänget har en blå kyanit i sterlingsilver. Andalusit och sillimanit har samma formel men en annan kristallstruktur.", kyanite, false},
		{"da-DK", "Vedhænget har en blå kyanit i sterlingsølv. Andalusit og sillimanit har samme formel, men en anden krystalstruktur.", kyanite, false},
		{"nb-NO", "Anhenget har en blå kyanitt i sterlingsølv. Andalusitt og sillimanitt har samme formel, men en annen krystallstruktur.", kyanite, false},
		{"fi-FI", "Riipuksessa on yksi sininen kyaniitti sterlinghopeassa. Andalusiitilla ja sillimaniitilla on sama kaava mutta eri kiderakenne.", kyanite, false},
		{"pl-PL", "Wisiorek ma jeden niebieski kyanit w srebrze próby 925. Andaluzyt i sillimanit mają ten sam wzór, ale inną strukturę krystaliczną.", kyanite, false},
		{"cs-CZ", "Přívěsek nese jeden modrý kyanit ve stříbře. Andalusit a sillimanit mají stejný vzorec, ale jinou krystalovou strukturu.", kyanite, false},
		{"tr-TR", "Kolye ucunda 925 ayar gümüş üzerinde bir mavi kyanit var. Andaluzit ve sillimanit aynı formüle, ancak farklı bir kristal yapıya sahiptir.", kyanite, false},
		{"el-GR", "Το μενταγιόν έχει έναν μπλε κυανίτη σε ασήμι 925. Ο ανδαλουσίτης και ο σιλλιμανίτης έχουν τον ίδιο χημικό τύπο, αλλά άλλη κρυσταλλική δομή.", kyanite, false},
		{"ar-AE", "تحمل القلادة حجر كيانيت أزرق واحدًا في فضة إسترلينية. الأندلوسيت والسيليمانيت لهما الصيغة نفسها، لكن بنية بلورية مختلفة.", kyanite, false},
		{"ko-KR", "이 펜던트는 스털링 실버에 블루 카이아나이트 1개를 세팅했습니다. 안달루사이트와 실리마나이트는 화학식이 같지만 결정 구조가 다릅니다.", kyanite, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The pendant holds one blue kyanite in sterling silver. The pendant also holds an andalusite.", kyanite, true},
		{"en-US", "The pendant holds one blue kyanite in sterling silver. The pendant also holds an andalusite.", kyanite, true},
		{"en-AU", "The pendant holds one blue kyanite in sterling silver. The pendant also holds an andalusite.", kyanite, true},
		{"de-DE", "Der Anhänger trägt einen blauen Kyanit in Sterlingsilber. Der Anhänger trägt außerdem einen Andalusit.", kyanite, true},
		{"fr-FR", "Le pendentif porte une cyanite bleue sur argent sterling. Le pendentif porte aussi une andalousite.", kyanite, true},
		{"fr-CA", "Le pendentif porte une cyanite bleue sur argent sterling. Le pendentif porte aussi une andalousite.", kyanite, true},
		{"es-ES", "El colgante lleva una cianita azul en plata de ley. El colgante lleva también una andalucita.", kyanite, true},
		{"es-MX", "El dije lleva una cianita azul en plata de ley. El dije lleva también una andalucita.", kyanite, true},
		{"it-IT", "Il pendente porta una cianite blu in argento sterling. Il pendente porta anche un'andalusite.", kyanite, true},
		{"pt-PT", "O pendente tem uma cianite azul em prata de lei. O pendente tem também uma andaluzite.", kyanite, true},
		{"pt-BR", "O pingente tem uma cianita azul em prata 925. O pingente tem também uma andaluzita.", kyanite, true},
		{"nl-NL", "De hanger draagt één blauwe kyaniet in sterling zilver. De hanger draagt ook een andalusiet.", kyanite, true},
		{"sv-SE", "Hänget har en blå kyanit i sterlingsilver. Hänget har också en andalusit.", kyanite, true},
		{"da-DK", "Vedhænget har en blå kyanit i sterlingsølv. Vedhænget har også en andalusit.", kyanite, true},
		{"nb-NO", "Anhenget har en blå kyanitt i sterlingsølv. Anhenget har også en andalusitt.", kyanite, true},
		{"fi-FI", "Riipuksessa on yksi sininen kyaniitti sterlinghopeassa. Riipuksessa on myös andalusiitti.", kyanite, true},
		{"pl-PL", "Wisiorek ma jeden niebieski kyanit w srebrze próby 925. Wisiorek ma też andaluzyt.", kyanite, true},
		{"cs-CZ", "Přívěsek nese jeden modrý kyanit ve stříbře. Přívěsek nese také andalusit.", kyanite, true},
		{"tr-TR", "Kolye ucunda 925 ayar gümüş üzerinde bir mavi kyanit var. Kolye ucunda ayrıca bir andaluzit var.", kyanite, true},
		{"el-GR", "Το μενταγιόν έχει έναν μπλε κυανίτη σε ασήμι 925. Το μενταγιόν έχει επίσης έναν ανδαλουσίτη.", kyanite, true},
		{"ar-AE", "تحمل القلادة حجر كيانيت أزرق واحدًا في فضة إسترلينية. وتحمل القلادة أيضًا حجر أندلوسيت.", kyanite, true},
		{"ja-JP", "このペンダントはスターリングシルバーにブルーカイヤナイトを1石あしらいました。ペンダントにはアンダリュサイトも留めています。", kyanite, true},
		{"ko-KR", "이 펜던트는 스털링 실버에 블루 카이아나이트 1개를 세팅했습니다. 펜던트에는 안달루사이트도 세팅되어 있습니다.", kyanite, true},
	})
}
