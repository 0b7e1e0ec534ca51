package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// roseLocket is 18k rose gold-plated brass, as a PIM gives it.
var roseLocket = core.Product{SKU: "PL1", Name: "Camée Locket", Category: "pendant",
	Metals:  []core.Metal{{Base: "brass", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 1}},
	Colours: []string{"rose gold"}}

// TestKindsPlatingPhrase: the plating phrase is one noun phrase, "plated
// in/with [karat] [tone] gold", in every language's word order ("plaqué
// d'or rose 18 carats", "vergoldet mit 18 Karat Roségold", "황동에 18K
// 로즈골드를 도금해"), so a karat and a tone between the plating word and
// the gold word leave it qualified; "18k rose gold" with no plating word
// still blocks (issue #13, legal_qualifier and colour_sense on plated
// pieces). Each supported locale has one sentence of each.
func TestKindsPlatingPhrase(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var ok, bad []lt
	for _, loc := range packLocales(t) {
		x, found := platingPhraseTexts[loc]
		if !found {
			t.Errorf("no plating phrase sentences for %s", loc)
			continue
		}
		ok = append(ok, lt{loc, x[0]})
		bad = append(bad, lt{loc, x[1]})
	}
	runKinds(t, c, guide(t), []kindTable{
		{"plated in karat gold", roseLocket, "", ok},
		{"karat gold unqualified", roseLocket, CatRegulatory, bad},
	})
}

var platingPhraseTexts = map[string][2]string{
	"en-US": {"The locket is made of brass plated in 18k rose gold.", "The locket is made of 18k rose gold."},
	"en-GB": {"The locket is brass, plated with 18ct rose gold.", "The locket is crafted in 18ct rose gold."},
	"en-AU": {"Made from brass plated with 18 karat rose gold.", "Made from 18 karat rose gold."},
	"fr-FR": {"Le médaillon est en laiton plaqué d'or rose 18 carats.", "Le médaillon est en or rose 18 carats."},
	"fr-CA": {"Le médaillon est fait de laiton plaqué avec de l'or rose 18 carats.", "Le médaillon est fait d'or rose 18 carats."},
	"de-DE": {"Das Medaillon ist aus Messing, vergoldet mit 18 Karat Roségold.", "Das Medaillon ist aus 18 Karat Roségold."},
	"it-IT": {"Il medaglione è in ottone placcato con oro rosa 18 carati.", "Il medaglione è in oro rosa 18 carati."},
	"es-ES": {"El medallón es de latón bañado en oro rosa de 18 quilates.", "El medallón es de oro rosa de 18 quilates."},
	"es-MX": {"El medallón es de latón chapado con oro rosado de 18 kilates.", "El medallón es de oro rosado de 18 kilates."},
	"pt-BR": {"O medalhão é de latão banhado a ouro rosé 18k.", "O medalhão é de ouro rosé 18k."},
	"pt-PT": {"O medalhão é em latão banhado com ouro rosa de 18 quilates.", "O medalhão é em ouro rosa de 18 quilates."},
	"nl-NL": {"Het medaillon is van messing, verguld met 18 karaat roségoud.", "Het medaillon is van 18 karaat roségoud."},
	"sv-SE": {"Medaljongen är i mässing, pläterad med 18 karat roséguld.", "Medaljongen är i 18 karat roséguld."},
	"da-DK": {"Medaljonen er af messing belagt med 18 karat rosaguld.", "Medaljonen er af 18 karat rosaguld."},
	"nb-NO": {"Medaljongen er av messing belagt med 18 karat roségull.", "Medaljongen er av 18 karat roségull."},
	"fi-FI": {"Medaljonki on messinkiä, pinnoitettu 18 karaatin ruusukullalla.", "Medaljonki on valmistettu 18 karaatin ruusukullasta."},
	"pl-PL": {"Medalion wykonano z mosiądzu pokrytego 18-karatowym różowym złotem.", "Medalion wykonano z 18-karatowego różowego złota."},
	"cs-CZ": {"Medailon je z mosazi pokovené 18karátovým růžovým zlatem.", "Medailon je vyroben z 18karátového růžového zlata."},
	"tr-TR": {"Madalyon, 18 ayar rose altınla kaplanmış pirinçten yapılmıştır.", "Madalyon 18 ayar rose altından yapılmıştır."},
	"el-GR": {"Το μενταγιόν είναι από ορείχαλκο επιχρυσωμένο με ροζ χρυσό 18 καρατίων.", "Το μενταγιόν είναι από ροζ χρυσό 18 καρατίων."},
	"ar-AE": {"القلادة مصنوعة من النحاس الأصفر المطلي بالذهب الوردي عيار 18.", "القلادة مصنوعة من الذهب الوردي عيار 18."},
	"ja-JP": {"ロケットは真鍮に18Kローズゴールドをメッキしています。", "ロケットは18Kローズゴールドで作られています。"},
	"ko-KR": {"로켓은 황동에 18K 로즈골드를 도금해 만들었습니다.", "로켓은 18K 로즈골드로 만들었습니다."},
	"zh-CN": {"吊坠盒以黄铜为底，镀18K玫瑰金。", "吊坠盒由18K玫瑰金制成。"},
	"zh-TW": {"吊墜盒以黃銅為底，鍍上18K玫瑰金。", "吊墜盒由18K玫瑰金製成。"},
}
