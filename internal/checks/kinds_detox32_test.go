package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsDetox32: health claims in paraphrase, also reported as belief
// (#13, detox32). ko-KR "몸속 독소를 없애고 뼈를 튼튼하게 한다고 합니다" (it is
// said to remove toxins from the body and strengthen bones) passed on an
// apatite ring, as did bones strengthened in 22 locales and toxins removed
// by the verbs heal14 lacked ("rid the body of toxins", "Giftstoffe
// ausleiten", "gifstoffen uit het lichaam halen", "rena kroppen från
// gifter", "toksinleri attığı"). data/<lang>/concepts-detox32.yaml
// (health): a claim reported ("it is said", "soll", "dit-on", "se dice
// que", "と言われています", "据说", "한다고 합니다") is a claim made (FTC Act
// section 5, 15 U.S.C. 45; 16 CFR 255.1; EU UCPD 2005/29/EC Annex I no.
// 17). Twins: strength and frames of the piece ("verstärkte Ringschiene",
// 뼈대, 骨組み, 骨太) pass.
func TestKindsDetox32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "DT32", Name: "Pisara Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "apatite", Colour: "blue", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"ko-KR", "몸속 독소를 없애고 뼈를 튼튼하게 한다고 합니다.", ring, true},
		{"ko-KR", "뼈를 튼튼하게 해 준다고 합니다.", ring, true},
		{"ko-KR", "몸속 독소를 없애 준다고 합니다.", ring, true},
		{"ko-KR", "뼈 건강에 좋다고 합니다.", ring, true},
		{"ja-JP", "骨を丈夫にすると言われています。", ring, true},
		{"zh-CN", "据说能强健骨骼。", ring, true},
		{"zh-TW", "據說能強健骨骼。", ring, true},
		{"en-GB", "It is said to rid the body of toxins and strengthen bones.", ring, true},
		{"en-US", "It is believed to build strong bones.", ring, true},
		{"en-AU", "Said to support bone health.", ring, true},
		{"de-DE", "Der Apatit soll die Knochen stärken.", ring, true},
		{"de-DE", "Er soll Giftstoffe aus dem Körper ausleiten.", ring, true},
		{"fr-FR", "On dit qu'elle renforce les os.", ring, true},
		{"fr-CA", "Elle fortifierait les os, dit-on.", ring, true},
		{"es-ES", "Se dice que fortalece los huesos.", ring, true},
		{"es-MX", "Se dice que ayuda a tener huesos fuertes.", ring, true},
		{"it-IT", "Si dice che rafforzi le ossa.", ring, true},
		{"pt-PT", "Diz-se que fortalece os ossos.", ring, true},
		{"pt-BR", "Dizem que fortalece os ossos.", ring, true},
		{"nl-NL", "Er wordt gezegd dat apatiet de botten versterkt.", ring, true},
		{"nl-NL", "Het zou gifstoffen uit het lichaam halen.", ring, true},
		{"sv-SE", "Apatit sägs stärka skelettet.", ring, true},
		{"sv-SE", "Apatit sägs rena kroppen från gifter.", ring, true},
		{"fi-FI", "Apatiitin sanotaan vahvistavan luita.", ring, true},
		{"pl-PL", "Mówi się, że apatyt wzmacnia kości.", ring, true},
		{"cs-CZ", "Říká se, že apatit posiluje kosti.", ring, true},
		{"tr-TR", "Apatitin kemikleri güçlendirdiği söylenir.", ring, true},
		{"tr-TR", "Apatitin vücuttaki toksinleri attığı söylenir.", ring, true},
		{"el-GR", "Λέγεται ότι ενισχύει τα κόκαλα.", ring, true},
		{"ar-AE", "يقال إنه يقوي العظام.", ring, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"ko-KR", "튼튼한 뼈대의 반지로, 블루 아파타이트를 세팅했습니다.", ring, false},
		{"ko-KR", "스털링 실버로 튼튼하게 만든 반지입니다.", ring, false},
		{"ja-JP", "骨太なデザインの丈夫なリングです。", ring, false},
		{"ja-JP", "丈夫なスターリングシルバーの骨組みに石を留めました。", ring, false},
		{"zh-CN", "坚固的纯银戒圈，镶嵌一颗蓝色磷灰石。", ring, false},
		{"en-GB", "The shank is strengthened where it meets the setting.", ring, false},
		{"en-GB", "It sits close to the collarbone and supports a single stone.", ring, false},
		{"de-DE", "Die verstärkte Ringschiene trägt einen blauen Apatit.", ring, false},
		{"fr-FR", "Un anneau renforcé en argent massif, couleur os.", ring, false},
		{"sv-SE", "Rena linjer i sterlingsilver med en blå apatit.", ring, false},
		{"da-DK", "En ring med rene linjer, der styrker dit look.", ring, false},
		{"fi-FI", "Vahvistettu sormus, jossa on sininen apatiitti.", ring, false},
		{"pl-PL", "Wzmocniona obrączka z niebieskim apatytem.", ring, false},
		{"tr-TR", "Güçlendirilmiş gümüş yüzük, mavi apatit taşıyla.", ring, false},
		{"el-GR", "Ενισχυμένο ασημένιο δαχτυλίδι με μπλε απατίτη.", ring, false},
		{"ar-AE", "خاتم فضي معزز بحجر أباتيت أزرق.", ring, false},
	})
}
