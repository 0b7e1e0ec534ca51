package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The product of late65c's rows: gold vermeil hoops (2.5 microns of gold
// over sterling silver).
var (
	l65cVermeil = core.Product{SKU: "L65CV", Name: "Essence", Category: "earrings", Collection: "Essence",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 2.5}},
		Colours: []string{"gold"}}
)

// l65cEntirelyPure: a plated piece said to be made entirely of pure or
// solid gold, in the 19 base languages.
var l65cEntirelyPure = [][2]string{
	{"ar-AE", "تنتمي هذه الأقراط الحلقية إلى مجموعة Essence، وقد صيغت بالكامل من الذهب الخالص لتمنح إطلالتك لمسة دافئة."},
	{"ar-AE", "الأقراط مصنوعة بالكامل من الذهب الصلب."},
	{"cs-CZ", "Náušnice jsou celé vyrobeny z čistého zlata."},
	{"da-DK", "Øreringene er lavet helt af rent guld."},
	{"de-DE", "Die Ohrringe sind komplett aus reinem Gold gefertigt."},
	{"de-DE", "Die Ohrringe sind ganz aus massivem Gold gefertigt."},
	{"el-GR", "Τα σκουλαρίκια είναι φτιαγμένα εξ ολοκλήρου από καθαρό χρυσό."},
	{"en-GB", "The earrings are made entirely of pure gold."},
	{"en-US", "The hoops are crafted entirely from solid gold."},
	{"es-ES", "Los pendientes están hechos íntegramente de oro puro."},
	{"fi-FI", "Korvakorut on valmistettu kokonaan puhtaasta kullasta."},
	{"fr-FR", "Les boucles d'oreilles sont entièrement façonnées en or pur."},
	{"fr-FR", "Les créoles sont entièrement en or massif."},
	{"it-IT", "Gli orecchini sono realizzati interamente in oro puro."},
	{"ja-JP", "このピアスはすべて純金で作られています。"},
	{"ko-KR", "이 귀걸이는 전체가 순금으로 만들어졌습니다."},
	{"nb-NO", "Øreringene er laget helt av rent gull."},
	{"nl-NL", "De oorbellen zijn volledig van puur goud gemaakt."},
	{"pl-PL", "Kolczyki są w całości wykonane z czystego złota."},
	{"pt-PT", "Os brincos são feitos inteiramente de ouro puro."},
	{"sv-SE", "Örhängena är helt tillverkade av rent guld."},
	{"tr-TR", "Küpeler tamamen saf altından yapılmıştır."},
	{"zh-CN", "这对耳环完全由纯金打造。"},
	{"zh-TW", "這對耳環完全以純金打造。"},
	{"ar-AE", "صيغت الأقراط من الذهب الخالص لتكمل إطلالتك."},
	{"fr-FR", "Les créoles sont entièrement en or pur pour sublimer votre tenue."},
	{"es-ES", "Los aros son íntegramente de oro puro para dar calidez a tu look."},
	{"it-IT", "Gli orecchini sono interamente in oro puro per completare il tuo look."},
	{"pt-BR", "Os brincos são feitos inteiramente de ouro puro para completar seu look."},
}

// l65cPlatedOk: the same hoops named as what they are, and a garment of
// its own material worn with them.
var l65cPlatedOk = [][2]string{
	{"ar-AE", "الأقراط مصنوعة من الفضة الإسترليني ومطلية بالذهب."},
	{"en-GB", "The hoops are sterling silver plated with gold."},
	{"de-DE", "Die Creolen sind aus Sterlingsilber und vergoldet."},
	{"fr-FR", "Les créoles sont en argent sterling plaqué or."},
	{"es-ES", "Los aros son de plata de ley con baño de oro."},
	{"zh-CN", "这对耳环由925银制成，表面镀金。"},
	{"ar-AE", "الأقراط مطلية بالذهب، وتناسب فستاناً من الحرير الأحمر."},
	{"fr-FR", "Les créoles plaquées or vont avec une robe en soie rouge."},
}

// TestKindsLate65cEntirelyPure: a plated piece called made entirely of
// pure or solid gold blocks as regulatory (#13, late65c). Gold plate may
// not be called gold or solid gold (FTC 16 CFR 23.4(b)); ar-AE 65B01-2
// "صيغت بالكامل من الذهب الخالص لتمنح إطلالتك" (made entirely of pure
// gold to give your look) on gold vermeil passed: the look two tokens on
// took the gold as its own. Where adjectives follow the noun, a material
// after a head link (من, en, de) is the material of what comes before
// it (grounding/head_linked_material.go).
func TestKindsLate65cEntirelyPure(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatRegulatory, pairRows(l65cVermeil, true, l65cEntirelyPure))
	checkKindRows(t, svc, "", pairRows(l65cVermeil, false, l65cPlatedOk))
}
