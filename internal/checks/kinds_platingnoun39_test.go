package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsPlatingNoun39: a plated piece's plating disclosed by a noun
// rather than a participle (#13, plating39; released 38b tr-TR 38B102-1,
// "Kolye, 925 ayar gümüş üzerine 14 ayar altın kaplamadır" blocked
// regulatory.plating on 14k gold-plated silver: the noun kaplama with the
// copula -dır glued on was no plating word). The nouns the vocabularies
// lacked (en gilding, electroplating; nl vergulding; pl pozłota,
// pozłotę; pt douradura; tr kaplamadır, kaplaması, kaplamayla; the
// definite da forgyldningen, nb forgyllingen, sv förgyllningen) now
// disclose the plating as the participle does, in grounding's
// plating_words and checks' plating words. Pass rows: the plating said by
// its noun in all 25 locales (those marked failing before blocked on
// main). Blocking twins: the same plating sentence after the piece called
// solid gold or named as karat gold, and karat gold with no plating word.
func TestKindsPlatingNoun39(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rose := core.Product{SKU: "R39", Name: "Ring Aura", Category: "ring", Collection: "Essence",
		Materials: []string{"18k rose gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 1}},
		Colours: []string{"rose gold"}}
	gold := core.Product{SKU: "P39", Name: "Harf Kolye", Category: "necklace", Collection: "Essence", Materials: []string{"14k gold-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k", PlatingMicrons: 1}}, Colours: []string{"gold"}}
	pass := []kindRow{
		// failing before
		{"en-GB", "The ring is sterling silver with a gilding of 18 carat rose gold.", rose, false},
		{"en-GB", "An 18 carat rose gold gilding covers the sterling silver ring.", rose, false},
		{"en-US", "The sterling silver ring has an 18k rose gold electroplating.", rose, false},
		{"nl-NL", "De ring is van sterling zilver met een roségouden vergulding van 18 karaat.", rose, false},
		{"nl-NL", "De ketting is van sterling zilver met een vergulding van 14 karaat goud.", gold, false},
		{"nl-NL", "De ring van sterling zilver krijgt een vergulding met 18 karaat roségoud.", rose, false},
		{"pl-PL", "Pierścionek jest ze srebra próby 925 z pozłotą z 18-karatowego różowego złota.", rose, false},
		{"pt-PT", "O anel de prata de lei recebe uma douradura em ouro rosa de 18 quilates.", rose, false},
		{"tr-TR", "Kolye, 925 ayar gümüş üzerine 14 ayar altın kaplamadır; sıcak rengi tene yumuşak bir ışık verir.", gold, false},
		// passing before, kept
		{"en-AU", "The ring is sterling silver under an 18ct rose gold plating.", rose, false},
		{"de-DE", "Der Ring ist aus Sterlingsilber mit einer Beschichtung aus 18 Karat Roségold.", rose, false},
		{"de-DE", "Der Ring aus Sterlingsilber erhält eine Vergoldung mit 18 Karat Roségold.", rose, false},
		{"fr-FR", "La bague en argent 925 reçoit une dorure à l'or rose 18 carats.", rose, false},
		{"fr-CA", "Le collier en argent sterling porte une dorure à l'or fin.", gold, false},
		{"es-ES", "El anillo es de plata de ley con un baño de oro rosa de 18 quilates.", rose, false},
		{"es-MX", "El collar es de plata .925 con un baño de oro de 14 kilates.", gold, false},
		{"it-IT", "L'anello in argento 925 ha una doratura in oro rosa 18 carati.", rose, false},
		{"pt-BR", "O anel de prata 925 recebe um folheado de ouro rosé 18k.", rose, false},
		{"da-DK", "Ringen er af sterlingsølv med en forgyldning i 18 karat rosaguld.", rose, false},
		{"sv-SE", "Ringen är av sterlingsilver med en förgyllning av 18 karat roséguld.", rose, false},
		{"nb-NO", "Ringen er i sterlingsølv med en forgylling av 18 karat rosegull.", rose, false},
		{"fi-FI", "Sterlinghopeisessa sormuksessa on 18 karaatin ruusukullan kultaus.", rose, false},
		{"cs-CZ", "Prsten ze sterlingového stříbra má pozlacení 18karátovým růžovým zlatem.", rose, false},
		{"el-GR", "Το δαχτυλίδι είναι από ασήμι 925 με επιχρύσωση από ροζ χρυσό 18 καρατίων.", rose, false},
		{"tr-TR", "Yüzük 925 ayar gümüştür ve 18 ayar rose altın kaplamayla tamamlanır.", rose, false},
		{"ar-AE", "الخاتم من الفضة الإسترلينية مع طلاء من الذهب الوردي عيار 18.", rose, false},
		{"ja-JP", "ネックレスはシルバー925に14金メッキです。", gold, false},
		{"ko-KR", "반지는 스털링 실버 위에 18K 로즈 골드 도금층이 있습니다.", rose, false},
		{"zh-CN", "项链为925银，表面是14K金镀层。", gold, false},
		{"zh-TW", "戒指為925銀，表面有18K玫瑰金鍍層。", rose, false},
	}
	block := []kindRow{
		{"en-GB", "A fine ring of 18 carat rose gold. The sterling silver has a gilding of 18 carat rose gold.", rose, true},
		{"en-US", "The ring is 18k rose gold. The sterling silver has an 18k rose gold electroplating.", rose, true},
		{"en-AU", "The ring is solid 18ct rose gold under an 18ct rose gold plating.", rose, true},
		{"de-DE", "Der Ring ist aus massivem Roségold. Das Sterlingsilber hat eine Beschichtung aus 18 Karat Roségold.", rose, true},
		{"fr-FR", "La bague est en or rose massif. L'argent 925 reçoit une dorure à l'or rose 18 carats.", rose, true},
		{"fr-CA", "Le collier est en or massif. L'argent sterling porte une dorure à l'or fin.", gold, true},
		{"es-ES", "El anillo es de oro rosa macizo. La plata de ley lleva un baño de oro rosa de 18 quilates.", rose, true},
		{"es-MX", "El collar es de oro macizo. La plata lleva un baño de oro de 14 kilates.", gold, true},
		{"it-IT", "L'anello è in oro rosa massiccio. L'argento 925 ha una doratura in oro rosa 18 carati.", rose, true},
		{"pt-PT", "O anel é de ouro rosa maciço. A prata de lei recebe uma douradura em ouro rosa de 18 quilates.", rose, true},
		{"pt-BR", "O anel é de ouro rosé maciço. A prata recebe um folheado de ouro rosé 18k.", rose, true},
		{"nl-NL", "Een fijne ring van 18 karaat roségoud. Het zilver heeft een roségouden vergulding van 18 karaat.", rose, true},
		{"nl-NL", "Een fijne ketting van 14 karaat goud. Het zilver heeft een vergulding van 14 karaat goud.", gold, true},
		{"nl-NL", "De ring is van massief roségoud. Het sterling zilver heeft een roségouden vergulding van 18 karaat.", rose, true},
		{"nl-NL", "Een ketting van 14 karaat goud.", gold, true},
		{"da-DK", "Ringen er af massivt rosaguld. Sølvet har en forgyldning i 18 karat rosaguld.", rose, true},
		{"sv-SE", "Ringen är av massivt roséguld. Silvret har en förgyllning av 18 karat roséguld.", rose, true},
		{"nb-NO", "Ringen er av massivt rosegull. Sølvet har en forgylling av 18 karat rosegull.", rose, true},
		{"fi-FI", "Sormus on täyttä ruusukultaa. Hopean pinnassa on 18 karaatin ruusukullan kultaus.", rose, true},
		{"pl-PL", "Pierścionek jest z litego różowego złota. Srebro ma pozłotę z 18-karatowego różowego złota.", rose, true},
		{"pl-PL", "Pierścionek z 18-karatowego różowego złota.", rose, true},
		{"cs-CZ", "Prsten je z masivního růžového zlata. Stříbro má pozlacení 18karátovým růžovým zlatem.", rose, true},
		{"el-GR", "Το δαχτυλίδι είναι από συμπαγές ροζ χρυσό. Το ασήμι έχει επιχρύσωση από ροζ χρυσό 18 καρατίων.", rose, true},
		{"tr-TR", "Kolye som altındır. 925 ayar gümüş üzerine 14 ayar altın kaplamadır.", gold, true},
		{"tr-TR", "Kolye 14 ayar altındır.", gold, true},
		{"ar-AE", "الخاتم من الذهب الوردي الخالص. الفضة عليها طلاء من الذهب الوردي عيار 18.", rose, true},
		{"ja-JP", "ネックレスは14金無垢です。シルバー925に14金メッキです。", gold, true},
		{"ko-KR", "반지는 순금입니다. 스털링 실버 위에 18K 로즈 골드 도금층이 있습니다.", rose, true},
		{"zh-CN", "项链为纯金。925银表面是14K金镀层。", gold, true},
		{"zh-TW", "戒指為純金。925銀表面有18K玫瑰金鍍層。", rose, true},
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, "", block)
}
