package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// crys13Ruby is the thirteenth set's lab-grown ruby in sterling silver.
var crys13Ruby = core.Product{SKU: "CR13", Name: "Signature", Category: "ring", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: core.OriginLabGrown}},
	Colours: []string{"silver", "red"}, Features: []string{"oval cut", "four-claw setting"}}

// crys13Lang is one language's lab-grown ruby said to share the crystal
// structure of a mined one (science) and a crystal stone set beside it
// (stone).
type crys13Lang struct {
	science []string
	stone   string
}

var crys13Texts = map[string]crys13Lang{
	"en": {[]string{"A 6 mm lab-grown ruby with the same crystal structure and hardness as a mined ruby.",
		"A lab-grown ruby with the same crystal lattice as a mined ruby.", "A lab-grown ruby, crystallised in the laboratory, with a crystalline structure like a mined one."},
		"A ring with a crystal beside the lab-grown ruby."},
	"de": {[]string{"Ein synthetischer Rubin mit derselben Kristallstruktur und Härte wie ein natürlicher Rubin.", "Sein Kristallgitter gleicht dem eines natürlichen Rubins: ein synthetischer Rubin."},
		"Ein Ring mit einem Kristall neben dem synthetischen Rubin."},
	"fr": {[]string{"Un rubis synthétique, avec la même structure cristalline et la même dureté qu'un rubis extrait.", "Un rubis synthétique à la structure de cristal identique à celle d'un rubis naturel."},
		"Une bague avec un cristal à côté du rubis synthétique."},
	"es": {[]string{"Un rubí creado en laboratorio con la misma estructura cristalina y dureza que un rubí extraído de la mina."},
		"Un anillo con un cristal junto al rubí creado en laboratorio."},
	"it": {[]string{"Un rubino creato in laboratorio con la stessa struttura cristallina e durezza di un rubino estratto."},
		"Un anello con un cristallo accanto al rubino creato in laboratorio."},
	"pt": {[]string{"Um rubi criado em laboratório com a mesma estrutura cristalina e dureza de um rubi extraído."},
		"Um anel com um cristal ao lado do rubi criado em laboratório."},
	"nl": {[]string{"Een labgrown robijn met dezelfde kristalstructuur en hardheid als een gedolven robijn.", "Een labgrown robijn met hetzelfde kristalrooster als een natuurlijke."},
		"Een ring met een kristal naast de labgrown robijn."},
	"da": {[]string{"En laboratoriedyrket rubin med samme krystalstruktur og hårdhed som en udvundet rubin."},
		"En ring med en krystal ved siden af den laboratoriedyrkede rubin."},
	"nb": {[]string{"En laboratoriedyrket rubin med samme krystallstruktur og hardhet som en utvunnet rubin."},
		"En ring med en krystall ved siden av den laboratoriedyrkede rubinen."},
	"sv": {[]string{"En labbodlad rubin med samma kristallstruktur och hårdhet som en bruten rubin."},
		"En ring med en kristall bredvid den labbodlade rubinen."},
	"fi": {[]string{"Laboratoriossa kasvatettu rubiini, jolla on sama kiderakenne ja kovuus kuin louhitulla rubiinilla.", "Laboratoriossa kasvatettu rubiini, jonka kristallirakenne on sama kuin luonnon rubiinin."},
		"Sormus, jossa on kristalli laboratoriossa kasvatetun rubiinin vieressä."},
	"pl": {[]string{"Rubin hodowany w laboratorium o tej samej strukturze krystalicznej i twardości co rubin wydobywany."},
		"Pierścionek z kryształem obok rubinu hodowanego w laboratorium."},
	"cs": {[]string{"Laboratorně vypěstovaný rubín se stejnou krystalovou strukturou a tvrdostí jako těžený rubín.", "Laboratorně vypěstovaný rubín má stejnou krystalickou mřížku jako přírodní."},
		"Prsten s krystalem vedle laboratorně vypěstovaného rubínu."},
	"el": {[]string{"Εργαστηριακό ρουμπίνι με την ίδια κρυσταλλική δομή και σκληρότητα με ένα εξορυγμένο ρουμπίνι."},
		"Δαχτυλίδι με έναν κρύσταλλο δίπλα στο εργαστηριακό ρουμπίνι."},
	"tr": {[]string{"Çıkarılan yakutla aynı kristal yapıya ve sertliğe sahip laboratuvarda üretilmiş yakut.", "Laboratuvarda üretilmiş yakutun kristal yapısı doğal yakutla aynıdır."},
		"Laboratuvarda üretilmiş yakutun yanında bir kristal bulunan yüzük."},
	"ar": {[]string{"ياقوت مصنّع في المختبر له نفس البنية الكريستالية والصلابة التي للياقوت المستخرج من المناجم."},
		"خاتم بكريستال بجانب الياقوت المصنّع في المختبر."},
	"ja":    {[]string{"採掘されたルビーと同じ結晶構造と硬度を持つ合成ルビー。"}, "合成ルビーの横にクリスタルをあしらったリング。"},
	"ko":    {[]string{"채굴된 루비와 같은 결정 구조와 경도를 가진 랩그로운 루비."}, "랩그로운 루비 옆에 크리스탈을 더한 반지."},
	"zh-CN": {[]string{"这颗实验室培育红宝石与天然红宝石具有相同的晶体结构和硬度。"}, "实验室培育红宝石旁点缀一颗水晶的戒指。"},
	"zh-TW": {[]string{"這顆實驗室培育紅寶石與天然紅寶石具有相同的晶體結構和硬度。"}, "實驗室培育紅寶石旁點綴一顆水晶的戒指。"},
}

// TestKindsCrystalStructure13: "crystal" in its scientific sense (the
// crystal structure, lattice or system a lab-grown stone shares with a
// mined one; crystalline, crystallised) names no crystal stone (#13,
// thirteenth blind set: "the same crystal structure and hardness as a
// mined ruby" blocked as a crystal on a lab-grown ruby), in every language
// whose crystal word it is (en, de Kristallstruktur, tr kristal yapı, ar
// البنية الكريستالية...); a crystal set beside the ruby still blocks.
func TestKindsCrystalStructure13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var science, stone []lt
	perLocale(t, crys13Texts, "crystal13", func(loc string, x crys13Lang, in func([]string) []lt) {
		science = append(science, in(x.science)...)
		stone = append(stone, in([]string{x.stone})...)
	})
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"crystal structure on a lab-grown ruby", crys13Ruby, "", science},
		{"a crystal stone on a lab-grown ruby", crys13Ruby, CatGrounding, stone},
	})
}
