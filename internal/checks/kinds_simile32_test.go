package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsSimile32: a colour, or a gold word read as one, in the vehicle
// of a simile of a stone's inclusions is a likeness, warned not blocked
// (#13, simile32; blind set 31B's 31B109 on a silver ring: "que ficam
// presas na pedra como fios dourados", "zamykając je w sobie jak złote
// nitki", "فبقيت داخله كخيوط ذهبية" blocked grounding.colour or
// grounding.material). grounding/simile.go; ar-AE's like_prefixes (كـ).
// Rows are those that blocked before: the vehicle's noun a part of the
// piece elsewhere (threads: fios, iplikler, nitki) or the gold word a
// metal (złote, gouden, kultaiset, χρυσές, altın). en, de, fr, es, it,
// ja and zh read such similes already (thread idioms in other_nouns, the
// rutile's colour). The blocking twins say the colour of the piece, with
// no simile or with the ring as what is likened ("O quartzo rutilado fica
// num anel como um aro dourado", "Pierścionek jest złoty jak kwarc").
func TestKindsSimile32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "C32R", Name: "Rutilated Quartz Ring", Category: "ring", Collection: "Reflexions",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "rutilated quartz", Colour: "clear", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "clear"}}
	checkKindRows(t, svc, "", []kindRow{
		{"pt-PT", "As agulhas de rutilo ficam presas na pedra como fios dourados.", ring, false},
		{"pt-BR", "O quartzo cresceu em volta de agulhas de rutilo, que ficam presas na pedra como fios dourados.", ring, false},
		{"nl-NL", "De rutielnaalden zitten in het kwarts als gouden draden.", ring, false},
		{"sv-SE", "Rutilnålarna ligger i kvartsen som gyllene trådar.", ring, false},
		{"da-DK", "Rutilnålene ligger i kvartsen som gyldne tråde.", ring, false},
		{"nb-NO", "Rutilnålene ligger i kvartsen som gylne tråder.", ring, false},
		{"fi-FI", "Rutiilineulaset ovat kvartsin sisällä kuin kultaiset langat.", ring, false},
		{"pl-PL", "Kwarc narósł wokół igiełek rutylu, zamykając je w sobie jak złote nitki.", ring, false},
		{"cs-CZ", "Jehličky rutilu jsou v křemeni uzavřené jako zlaté nitky.", ring, false},
		{"tr-TR", "Rutil iğneleri kuvarsın içinde altın iplikler gibi durur.", ring, false},
		{"tr-TR", "Rutil iğneleri kuvarsın içinde altın rengi iplikler gibi durur.", ring, false},
		{"el-GR", "Οι βελόνες ρουτιλίου μένουν μέσα στον χαλαζία σαν χρυσές κλωστές.", ring, false},
		{"ar-AE", "نما الكوارتز حول إبر الروتيل، فبقيت داخله كخيوط ذهبية.", ring, false},
		{"ar-AE", "بقيت إبر الروتيل داخل الكوارتز مثل خيوط ذهبية.", ring, false},
		{"ko-KR", "루틸 바늘은 금색 실 같은 모습으로 쿼츠 안에 갇혀 있습니다.", ring, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The ring is golden, set with rutilated quartz.", ring, true},
		{"en-GB", "A gold ring holds the rutilated quartz.", ring, true},
		{"de-DE", "Der goldene Ring trägt einen Rutilquarz.", ring, true},
		{"fr-FR", "La bague dorée porte un quartz rutile.", ring, true},
		{"es-ES", "El anillo dorado lleva un cuarzo rutilado.", ring, true},
		{"it-IT", "L'anello dorato porta un quarzo rutilato.", ring, true},
		{"pt-PT", "O anel dourado tem um quartzo rutilado.", ring, true},
		{"pt-BR", "O anel é dourado e tem um quartzo rutilado.", ring, true},
		{"pt-BR", "Como o anel é dourado, o quartzo rutilado brilha.", ring, true},
		{"pt-BR", "O quartzo rutilado fica num anel como um aro dourado.", ring, true},
		{"nl-NL", "De gouden ring draagt een rutielkwarts.", ring, true},
		{"sv-SE", "Den gyllene ringen bär en rutilkvarts.", ring, true},
		{"da-DK", "Den gyldne ring bærer en rutilkvarts.", ring, true},
		{"nb-NO", "Den gylne ringen bærer en rutilkvarts.", ring, true},
		{"fi-FI", "Kultainen sormus kantaa rutiilikvartsia.", ring, true},
		{"pl-PL", "Złoty pierścionek ma kwarc rutylowy.", ring, true},
		{"pl-PL", "Pierścionek jest złoty jak kwarc rutylowy.", ring, true},
		{"cs-CZ", "Zlatý prsten nese rutilový křemen.", ring, true},
		{"tr-TR", "Altın yüzükte rutil kuvars var.", ring, true},
		{"el-GR", "Το χρυσό δαχτυλίδι έχει ρουτιλιωμένο χαλαζία.", ring, true},
		{"ar-AE", "الخاتم الذهبي مرصع بالكوارتز الروتيلي.", ring, true},
		{"ar-AE", "الخاتم ذهبي كبير مرصع بالكوارتز الروتيلي.", ring, true},
		{"ja-JP", "金色のリングにルチルクォーツをセットしました。", ring, true},
		{"ko-KR", "금색 반지에 루틸 쿼츠가 세팅되어 있습니다.", ring, true},
		{"zh-CN", "金色的戒指镶嵌着金红石水晶。", ring, true},
		{"zh-TW", "金色的戒指鑲嵌著金紅石水晶。", ring, true},
	})
}
