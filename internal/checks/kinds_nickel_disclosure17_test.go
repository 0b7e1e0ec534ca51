package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A nickel disclosure is no material claim and no skin claim (#13, probe17d:
// a 316L steel bangle whose attributes say "contains_nickel: yes" blocked
// "Contiene níquel: no apto para personas alérgicas al níquel", "L'acciaio
// contiene nichel", "Bevat nikkel", 不锈钢含镍 in es, it, nl, pl, zh). Three
// parts: the product's data saying it contains nickel (a "contains" key
// with a value that affirms it) makes nickel one of its materials; nickel
// named as the allergen ("allergic to nickel", "Nickelallergie", 对镍过敏)
// is no material of any piece (REACH Annex XVII entry 27 restricts nickel
// because of nickel allergy, EN 1811); and a warning that the piece does
// not suit allergic wearers (a negated or discouraging suitability with
// the allergy) is no hypoallergenic claim (EU Directive 2005/29/EC art. 6
// and 12, UK CAP Code 3.7 concern claims). "Contains nickel" on a product
// whose data do not say so, a nickel-free claim on it, and the claim that
// the piece suits allergic people still block.
func TestKindsNickelDisclosure17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	steel := core.Product{SKU: "N17", Name: "Lumière Bangle", Category: "bangle", Collection: "Lumière",
		Materials: []string{"316L stainless steel", "18k rose gold PVD plating", "glass crystal"},
		Metals:    []core.Metal{{Base: "stainless steel", Plating: "rose gold", Fineness: "18k"}},
		Stones:    []core.Stone{{Type: "glass crystal", Colour: "clear", Count: 12, Origin: core.OriginSimulant}},
		Colours:   []string{"rose gold", "clear"}, Features: []string{"PVD plating", "hinged opening"},
		Attributes: map[string]string{"contains_nickel": "yes (316L steel)", "plating_method": "PVD"}}
	denied := steel
	denied.Attributes = map[string]string{"contains_nickel": "no", "plating_method": "PVD"}
	silver := core.Product{SKU: "S17", Name: "Rhodochrosite Pendant", Category: "pendant", Collection: "Aurora",
		Materials: []string{"925 sterling silver", "rhodochrosite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "rhodochrosite", Colour: "pink", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"pink", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		// the disclosure on a product whose data say it contains nickel
		{"es-ES", "Contiene níquel: no apto para personas alérgicas al níquel.", steel, false},
		{"it-IT", "L'acciaio contiene nichel: non è indicato per chi vi è allergico.", steel, false},
		{"nl-NL", "Bevat nikkel: niet geschikt bij een nikkelallergie.", steel, false},
		{"pl-PL", "Stal zawiera nikiel, więc bransoleta nie jest odpowiednia dla osób uczulonych na ten metal.", steel, false},
		{"zh-CN", "不锈钢含镍，对镍过敏者不宜佩戴。", steel, false},
		{"zh-TW", "不鏽鋼含鎳，對鎳過敏者請勿配戴。", steel, false},
		{"en-GB", "Contains nickel: not suitable for people with a nickel allergy.", steel, false},
		{"en-US", "The steel contains nickel, so this bangle is not recommended for anyone allergic to nickel.", steel, false},
		{"fr-FR", "Contient du nickel : déconseillé aux personnes allergiques au nickel.", steel, false},
		{"fr-CA", "L'acier contient du nickel ; ce bracelet ne convient pas aux personnes allergiques.", steel, false},
		{"de-DE", "Der Stahl enthält Nickel und ist daher für Nickelallergiker nicht geeignet.", steel, false},
		{"pt-PT", "Contém níquel: não é indicado para pessoas alérgicas ao níquel.", steel, false},
		{"pt-BR", "Contém níquel: não recomendado para quem tem alergia a níquel.", steel, false},
		{"es-MX", "Contiene níquel; no se recomienda a personas con alergia al níquel.", steel, false},
		{"sv-SE", "Innehåller nickel: passar inte den som är allergisk mot nickel.", steel, false},
		{"da-DK", "Indeholder nikkel: ikke egnet til personer, der er allergiske over for nikkel.", steel, false},
		{"nb-NO", "Inneholder nikkel: ikke egnet for personer som er allergiske mot nikkel.", steel, false},
		{"fi-FI", "Sisältää nikkeliä: ei sovellu nikkeliallergisille.", steel, false},
		{"cs-CZ", "Obsahuje nikl: není vhodné pro osoby alergické na nikl.", steel, false},
		{"el-GR", "Περιέχει νικέλιο: δεν ενδείκνυται για άτομα με αλλεργία στο νικέλιο.", steel, false},
		{"tr-TR", "Nikel içerir: nikel alerjisi olan kişiler için uygun değildir.", steel, false},
		{"ja-JP", "ニッケルを含みます。ニッケルアレルギーの方はご使用をお控えください。", steel, false},
		{"ko-KR", "니켈이 함유되어 있어 니켈 알레르기가 있는 분께는 적합하지 않습니다.", steel, false},
		{"ar-AE", "يحتوي على النيكل: غير مناسب للأشخاص الذين يعانون من حساسية النيكل.", steel, false},
		// the warning alone, nickel as the allergen, on a piece with no nickel in its data
		{"en-AU", "Allergy sufferers should avoid this piece.", silver, false},
		{"de-DE", "Nicht empfohlen für Personen, die allergisch auf Nickel reagieren.", silver, false},
		{"it-IT", "Sconsigliato alle persone allergiche al nichel.", silver, false},
		{"es-ES", "No es adecuado para quienes tienen alergia al níquel.", silver, false},
		{"nl-NL", "Wie allergisch is voor nikkel, kan dit sieraad beter niet dragen.", silver, false},
		{"sv-SE", "Rekommenderas inte för nickelallergiker.", silver, false},
		{"pl-PL", "Osoby uczulone na nikiel nie powinny jej nosić.", silver, false},
		{"cs-CZ", "Nedoporučuje se alergikům na nikl.", silver, false},
		{"el-GR", "Δεν συνιστάται σε όσους είναι αλλεργικοί στο νικέλιο.", silver, false},
		{"tr-TR", "Nikel alerjisi olanlara önerilmez.", silver, false},
		{"ja-JP", "ニッケルアレルギーの方にはおすすめできません。", silver, false},
		{"zh-CN", "镍过敏人士不建议佩戴。", silver, false},
		{"ar-AE", "لا يُنصح به لمن لديهم حساسية من النيكل.", silver, false},
		// still blocks: nickel the data do not give, nickel-free on nickel, the claim
		{"en-GB", "Contains nickel: not suitable for people with a nickel allergy.", silver, true},
		{"es-ES", "Contiene níquel: no apto para personas alérgicas al níquel.", denied, true},
		{"nl-NL", "Bevat nikkel.", silver, true},
		{"en-GB", "Nickel-free, so it suits sensitive skin.", steel, true},
		{"es-ES", "Apto para personas alérgicas.", silver, true},
		{"de-DE", "Geeignet für Allergiker.", silver, true},
		{"fr-FR", "Convient aux personnes allergiques.", silver, true},
		{"en-GB", "Ideal for allergy sufferers.", silver, true},
		{"en-GB", "Not suitable for children, but ideal for allergy sufferers.", silver, true},
		{"it-IT", "Non provoca allergie.", silver, true},
		{"pl-PL", "Nie powoduje alergii.", silver, true},
		{"tr-TR", "Alerji yapmaz.", silver, true},
		{"zh-CN", "适合过敏体质人士佩戴。", silver, true},
		{"ko-KR", "알레르기가 있는 분께도 적합합니다.", silver, true},
	})
}
