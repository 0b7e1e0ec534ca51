package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The pink tone of rose gold (#13, rose_pink19, dev-probe19b P19b09 pl-PL,
// sv-SE): rose gold is gold alloyed with copper, whose colour the trade
// calls pink, rose or red (World Gold Council, "Gold alloys": rose, pink
// and red gold; FTC 16 CFR 23.4 lets a gold colour be named). "Różowy
// odcień zawdzięczają vermeilowi z różowego złota", "Den rosa tonen kommer
// från vermeil i roséguld" say the piece is pink because its rose gold is:
// a rose gold metal or plating, or a listed rose gold colour, licenses the
// pink colour words (canon material_colours: rose gold shows pink). A pink
// stone on a piece without one still blocks.
func TestKindsRosePink19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	hoops := core.Product{SKU: "RP19H", Name: "Rose Vermeil Topaz Hoops", Category: "earrings", Collection: "Lumière",
		Materials: []string{"18k rose gold vermeil", "sterling silver", "white topaz"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 5}},
		Stones:    []core.Stone{{Type: "topaz", Colour: "white", Count: 10, Origin: "natural"}},
		Colours:   []string{"rose gold", "white"}, Keywords: []string{"huggie hoops", "rose gold hoops"},
		Measurements: []core.Measurement{{Name: "hoop diameter", Value: 14, Unit: "mm"}}}
	ring := core.Product{SKU: "RP19R", Name: "Aurora Diamond Ring", Category: "ring", Collection: "Aurora",
		Materials: []string{"14k rose gold", "diamond"},
		Metals:    []core.Metal{{Base: "rose gold", Fineness: "14k"}},
		Stones:    []core.Stone{{Type: "diamond", Colour: "white", Count: 5, Origin: "natural"}},
		Colours:   []string{"rose gold", "white"}, Keywords: []string{"diamond ring"}}
	yellow := ring
	yellow.Name, yellow.Materials, yellow.Metals, yellow.Colours = "Aurora Gold Ring", []string{"14k yellow gold", "diamond"},
		[]core.Metal{{Base: "yellow gold", Fineness: "14k"}}, []string{"gold", "white"}
	checkKindRows(t, svc, "", []kindRow{
		{"pl-PL", "Różowy odcień zawdzięczają vermeilowi z różowego złota na srebrze próby 925.", hoops, false},
		{"sv-SE", "Den rosa tonen kommer från vermeil i roséguld på 925 sterlingsilver.", hoops, false},
		{"en-US", "The soft pink tone comes from the rose gold vermeil over sterling silver.", hoops, false},
		{"en-GB", "The rosy tone comes from the rose gold vermeil over sterling silver.", hoops, false},
		{"en-AU", "Their soft pink glow comes from 18k rose gold vermeil.", hoops, false},
		{"de-DE", "Der rosa Farbton stammt vom Vermeil aus Roségold auf 925er Silber.", hoops, false},
		{"da-DK", "Den lyserøde tone kommer fra vermeil i rosaguld på sterlingsølv.", hoops, false},
		{"nb-NO", "Den rosa tonen kommer fra vermeil i rosegull på sterlingsølv.", hoops, false},
		{"nl-NL", "De roze tint komt van het vermeil in roségoud op sterling zilver.", hoops, false},
		{"fi-FI", "Vaaleanpunainen sävy tulee ruusukultaisesta vermeilistä sterlinghopean päällä.", hoops, false},
		{"cs-CZ", "Růžový odstín jim dává vermeil z růžového zlata na stříbře.", hoops, false},
		{"fr-FR", "La teinte rose vient du vermeil en or rose sur argent 925.", hoops, false},
		{"fr-CA", "La teinte rose vient du vermeil en or rose sur argent 925.", hoops, false},
		{"es-ES", "El tono rosado procede del vermeil de oro rosa sobre plata de ley.", hoops, false},
		{"es-MX", "El tono rosado proviene del vermeil de oro rosa sobre plata esterlina.", hoops, false},
		{"it-IT", "La tonalità rosa nasce dal vermeil in oro rosa su argento 925.", hoops, false},
		{"pt-BR", "O tom rosado vem do vermeil de ouro rosé sobre prata 925.", hoops, false},
		{"pt-PT", "O tom rosado vem do vermeil em ouro rosa sobre prata 925.", hoops, false},
		{"tr-TR", "Pembe tonu, 925 ayar gümüş üzerindeki rose altın vermeil kaplamadan gelir.", hoops, false},
		{"el-GR", "Ο ροζ τόνος οφείλεται στο vermeil από ροζ χρυσό πάνω σε ασήμι 925.", hoops, false},
		{"ar-AE", "يأتي اللون الوردي من طلاء الفيرميل بالذهب الوردي فوق الفضة الإسترليني.", hoops, false},
		{"ja-JP", "やさしいピンクの色味は、スターリングシルバーにローズゴールドを重ねたヴェルメイユによるものです。", hoops, false},
		{"zh-CN", "柔和的粉色来自纯银上的玫瑰金镀层。", hoops, false},
		{"zh-TW", "柔和的粉色來自純銀上的玫瑰金鍍層。", hoops, false},
		{"ko-KR", "은은한 핑크빛은 스털링 실버 위에 입힌 로즈골드 버메일에서 나옵니다.", hoops, false},
		{"pl-PL", "Różowy blask pierścionka daje 14-karatowe różowe złoto.", ring, false},
		{"en-US", "The band's warm pink hue is 14k rose gold.", ring, false},
		{"de-DE", "Der rosafarbene Schimmer des Rings kommt vom 14-karätigen Roségold.", ring, false},
		// the piece called pink
		{"en-GB", "These pink hoops sit close to the lobe.", hoops, false},
		{"de-DE", "Die rosafarbenen Creolen liegen eng am Ohrläppchen.", hoops, false},
		{"nl-NL", "De roze oorringen sluiten nauw aan.", hoops, false},
		{"sv-SE", "De rosa ringarna sitter tätt mot örsnibben.", hoops, false},
		{"da-DK", "De lyserøde creoler sidder tæt til øreflippen.", hoops, false},
		{"nb-NO", "De rosa øreringene sitter tett inntil øreflippen.", hoops, false},
		{"fi-FI", "Vaaleanpunaiset korvarenkaat istuvat tiiviisti korvalehteä vasten.", hoops, false},
		{"cs-CZ", "Růžové kroužky těsně přiléhají k uchu.", hoops, false},
		{"pl-PL", "Różowe kolczyki przylegają do ucha.", hoops, false},
		{"fr-FR", "Ces créoles roses épousent le lobe.", hoops, false},
		{"es-MX", "Estas arracadas rosadas se ajustan al lóbulo.", hoops, false},
		{"it-IT", "Questi orecchini rosa aderiscono al lobo.", hoops, false},
		{"pt-BR", "Estas argolas rosadas ficam justas à orelha.", hoops, false},
		{"tr-TR", "Bu pembe halka küpeler kulağa tam oturur.", hoops, false},
		{"el-GR", "Αυτοί οι ροζ κρίκοι εφαρμόζουν στο αυτί.", hoops, false},
		{"ar-AE", "هذه الأقراط الوردية تلتصق بشحمة الأذن.", hoops, false},
		{"ja-JP", "ピンクのフープピアスが耳元に沿います。", hoops, false},
		{"ko-KR", "핑크빛 후프 귀걸이가 귓불에 꼭 맞습니다.", hoops, false},
		{"zh-CN", "这对粉色耳环紧贴耳垂。", hoops, false},
		{"zh-TW", "這對粉紅色耳環緊貼耳垂。", hoops, false},
		// a pink stone still blocks
		{"en-US", "Five pink sapphires line the rose gold band.", ring, true},
		{"de-DE", "Fünf rosa Saphire zieren die Schiene aus Roségold.", ring, true},
		{"pl-PL", "Pięć różowych szafirów zdobi obrączkę z różowego złota.", ring, true},
		{"fr-FR", "Cinq saphirs roses ornent l'anneau en or rose.", ring, true},
		{"ja-JP", "ローズゴールドのリングに5つのピンクサファイアが並びます。", ring, true},
		{"pl-PL", "Na przodzie lśni pięć różowych topazów.", hoops, true},
		{"es-ES", "Brillan diez topacios rosas en el frente.", hoops, true},
		// pink on a yellow gold piece still blocks
		{"pl-PL", "Ten różowy pierścionek zdobi pięć diamentów.", yellow, true},
		{"en-GB", "This pink ring is set with five diamonds.", yellow, true},
		{"en-US", "The band's warm pink hue is 14k gold.", yellow, true},
	})
}
