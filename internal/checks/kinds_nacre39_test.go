package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsNacre39: the minerals that compose the product's own stone,
// named in a clause that explains it, are true (#13, nacre39; probe 39's
// freshwater pearls "A grower places a small piece of mantle tissue inside
// each mussel, which coats it layer by layer in nacre, the mix of
// aragonite and conchiolin ..." in en-AU, el-GR and ar-AE blocked
// grounding.stone: the piece of tissue and each mussel made the whole
// sentence the piece's). Nacre is aragonite platelets bound by conchiolin
// (GIA Gem Encyclopedia, "Pearl"; Mindat.org, "Aragonite"; canon
// stone_families: pearl). Each row passes on a freshwater pearl bracelet;
// its bad twin, the same sentence with a ruby for the aragonite, names a
// stone the pearl is not made of and still blocks.
//
// With them, the other rows of the kind: a laboratory-grown stone's own
// crystals (probe 39's lab-grown emerald "its crystals are brittle",
// "grown from a seed crystal": a lab-grown emerald is beryl, the mined
// stone's chemistry and structure; FTC Jewelry Guides 16 CFR 23.23), which
// still block on an emerald simulant; and the elements that colour
// amazonite ("pequeñas cantidades de plomo y agua dentro del cristal",
// released 39's es-MX amazonite: GIA Gem Encyclopedia, "Amazonite", lead
// and water in microcline), whose bad twin claims platinum.
func TestKindsNacre39(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pearl := core.Product{SKU: "N39P1", Name: "Riverlight Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "freshwater cultured pearl", Colour: "white", Count: 9, Origin: "natural"}},
		Colours: []string{"white", "silver"}}
	rows := []kindRow{
		{"en-GB", "Freshwater pearls grow in mussels. A grower places a small piece of tissue inside each mussel, which slowly builds a mix of aragonite and conchiolin around it.", pearl, false},
		{"en-US", "Freshwater pearls grow in mussels. A grower places a small piece of tissue inside each mussel, which slowly builds a mix of aragonite and conchiolin around it.", pearl, false},
		{"en-AU", "Freshwater pearls grow in mussels. A grower places a small piece of tissue inside each mussel, which slowly builds a mix of aragonite and conchiolin around it.", pearl, false},
		{"de-DE", "Süßwasserperlen wachsen in Muscheln. Ein Züchter setzt ein kleines Stück Gewebe in jede Muschel, die darum langsam eine Mischung aus Aragonit und Conchiolin aufbaut.", pearl, false},
		{"fr-FR", "Les perles d'eau douce poussent dans des moules. Un perliculteur place un petit morceau de tissu dans chaque moule, qui bâtit lentement autour un mélange d'aragonite et de conchyoline.", pearl, false},
		{"fr-CA", "Les perles d'eau douce poussent dans des moules. Un perliculteur place un petit morceau de tissu dans chaque moule, qui bâtit lentement autour un mélange d'aragonite et de conchyoline.", pearl, false},
		{"es-ES", "Las perlas de agua dulce crecen en mejillones. Un cultivador coloca un pequeño trozo de tejido dentro de cada mejillón, que lo recubre poco a poco con una mezcla de aragonito y conquiolina.", pearl, false},
		{"es-MX", "Las perlas de agua dulce crecen en mejillones. Un cultivador coloca un pequeño trozo de tejido dentro de cada mejillón, que lo recubre poco a poco con una mezcla de aragonito y conquiolina.", pearl, false},
		{"it-IT", "Le perle d'acqua dolce crescono nei molluschi. Un coltivatore inserisce un piccolo pezzo di tessuto in ogni mollusco, che lo ricopre lentamente con una miscela di aragonite e conchiolina.", pearl, false},
		{"pt-PT", "As pérolas de água doce crescem em mexilhões. Um cultivador coloca um pequeno pedaço de tecido dentro de cada mexilhão, que o recobre aos poucos com uma mistura de aragonite e conquiolina.", pearl, false},
		{"pt-BR", "As pérolas de água doce crescem em mexilhões. Um cultivador coloca um pequeno pedaço de tecido dentro de cada mexilhão, que o recobre aos poucos com uma mistura de aragonita e conquiolina.", pearl, false},
		{"nl-NL", "Zoetwaterparels groeien in mosselen. Een kweker plaatst een klein stukje weefsel in elke mossel, die het langzaam bedekt met een mengsel van aragoniet en conchioline.", pearl, false},
		{"da-DK", "Ferskvandsperler vokser i muslinger. En avler lægger et lille stykke væv ind i hver musling, som langsomt dækker det med en blanding af aragonit og conchiolin.", pearl, false},
		{"sv-SE", "Sötvattenspärlor växer i musslor. En odlare lägger en liten bit vävnad i varje mussla, som långsamt täcker den med en blandning av aragonit och konkiolin.", pearl, false},
		{"nb-NO", "Ferskvannsperler vokser i muslinger. En oppdretter legger et lite stykke vev inn i hver musling, som sakte dekker det med en blanding av aragonitt og konkiolin.", pearl, false},
		{"fi-FI", "Makeanvedenhelmet kasvavat simpukoissa. Kasvattaja asettaa pienen palan kudosta jokaiseen simpukkaan, joka peittää sen hitaasti seoksella, jossa on aragoniittia ja konkioliinia.", pearl, false},
		{"pl-PL", "Perły słodkowodne rosną w małżach. Hodowca umieszcza mały kawałek tkanki w każdym małżu, który powoli pokrywa go mieszaniną aragonitu i konchioliny.", pearl, false},
		{"cs-CZ", "Sladkovodní perly rostou v mlžích. Pěstitel vloží malý kousek tkáně do každého mlže, který ho pomalu pokryje směsí aragonitu a konchiolinu.", pearl, false},
		{"el-GR", "Τα μαργαριτάρια γλυκού νερού αναπτύσσονται σε μύδια. Ο καλλιεργητής τοποθετεί ένα μικρό κομμάτι ιστού μέσα σε κάθε μύδι, το οποίο το καλύπτει αργά με ένα μείγμα αραγωνίτη και κογχιολίνης.", pearl, false},
		{"tr-TR", "Tatlı su incileri midyelerde büyür. Yetiştirici her midyenin içine küçük bir doku parçası yerleştirir, midye onu zamanla aragonit ve konkiyolin karışımıyla sarar.", pearl, false},
		{"ar-AE", "ينمو لؤلؤ المياه العذبة داخل بلح البحر. يضع المزارع قطعة صغيرة من النسيج داخل كل صدفة، فتغطيها ببطء، وهو مزيج من الأراغونيت والكونكيولين.", pearl, false},
		{"ja-JP", "淡水真珠はイシガイの中で育ちます。養殖業者はそれぞれの貝に小さな外套膜の切片を入れ、貝はそれをアラゴナイトとコンキオリンの混合物で少しずつ覆います。", pearl, false},
		{"ko-KR", "담수 진주는 민물 조개 안에서 자랍니다. 양식자는 각 조개 안에 작은 조직 조각을 넣고, 조개는 그것을 아라고나이트와 콘키올린의 혼합물로 천천히 감쌉니다.", pearl, false},
		{"zh-CN", "淡水珍珠生长在河蚌中。养殖者在每只河蚌里放入一小片外套膜组织，河蚌再用文石和贝壳硬蛋白的混合物把它慢慢包裹起来。", pearl, false},
		{"zh-TW", "淡水珍珠生長在河蚌中。養殖者在每隻河蚌裡放入一小片外套膜組織，河蚌再用文石和貝殼硬蛋白的混合物把它慢慢包裹起來。", pearl, false},
	}
	checkKindRows(t, svc, "", rows)

	// The bad twins: a ruby for the aragonite.
	bad := []kindRow{
		{"en-GB", "Freshwater pearls grow in mussels. A grower places a small piece of tissue inside each mussel, which slowly builds a mix of ruby and conchiolin around it.", pearl, true},
		{"en-US", "Freshwater pearls grow in mussels. A grower places a small piece of tissue inside each mussel, which slowly builds a mix of ruby and conchiolin around it.", pearl, true},
		{"en-AU", "Freshwater pearls grow in mussels. A grower places a small piece of tissue inside each mussel, which slowly builds a mix of ruby and conchiolin around it.", pearl, true},
		{"de-DE", "Süßwasserperlen wachsen in Muscheln. Ein Züchter setzt ein kleines Stück Gewebe in jede Muschel, die darum langsam eine Mischung aus Rubin und Conchiolin aufbaut.", pearl, true},
		{"fr-FR", "Les perles d'eau douce poussent dans des moules. Un perliculteur place un petit morceau de tissu dans chaque moule, qui bâtit lentement autour un mélange de rubis et de conchyoline.", pearl, true},
		{"fr-CA", "Les perles d'eau douce poussent dans des moules. Un perliculteur place un petit morceau de tissu dans chaque moule, qui bâtit lentement autour un mélange de rubis et de conchyoline.", pearl, true},
		{"es-ES", "Las perlas de agua dulce crecen en mejillones. Un cultivador coloca un pequeño trozo de tejido dentro de cada mejillón, que lo recubre poco a poco con una mezcla de rubí y conquiolina.", pearl, true},
		{"es-MX", "Las perlas de agua dulce crecen en mejillones. Un cultivador coloca un pequeño trozo de tejido dentro de cada mejillón, que lo recubre poco a poco con una mezcla de rubí y conquiolina.", pearl, true},
		{"it-IT", "Le perle d'acqua dolce crescono nei molluschi. Un coltivatore inserisce un piccolo pezzo di tessuto in ogni mollusco, che lo ricopre lentamente con una miscela di rubino e conchiolina.", pearl, true},
		{"pt-PT", "As pérolas de água doce crescem em mexilhões. Um cultivador coloca um pequeno pedaço de tecido dentro de cada mexilhão, que o recobre aos poucos com uma mistura de rubi e conquiolina.", pearl, true},
		{"pt-BR", "As pérolas de água doce crescem em mexilhões. Um cultivador coloca um pequeno pedaço de tecido dentro de cada mexilhão, que o recobre aos poucos com uma mistura de rubi e conquiolina.", pearl, true},
		{"nl-NL", "Zoetwaterparels groeien in mosselen. Een kweker plaatst een klein stukje weefsel in elke mossel, die het langzaam bedekt met een mengsel van robijn en conchioline.", pearl, true},
		{"da-DK", "Ferskvandsperler vokser i muslinger. En avler lægger et lille stykke væv ind i hver musling, som langsomt dækker det med en blanding af rubin og conchiolin.", pearl, true},
		{"sv-SE", "Sötvattenspärlor växer i musslor. En odlare lägger en liten bit vävnad i varje mussla, som långsamt täcker den med en blandning av rubin och konkiolin.", pearl, true},
		{"nb-NO", "Ferskvannsperler vokser i muslinger. En oppdretter legger et lite stykke vev inn i hver musling, som sakte dekker det med en blanding av rubin og konkiolin.", pearl, true},
		{"fi-FI", "Makeanvedenhelmet kasvavat simpukoissa. Kasvattaja asettaa pienen palan kudosta jokaiseen simpukkaan, joka peittää sen hitaasti seoksella, jossa on rubiinia ja konkioliinia.", pearl, true},
		{"pl-PL", "Perły słodkowodne rosną w małżach. Hodowca umieszcza mały kawałek tkanki w każdym małżu, który powoli pokrywa go mieszaniną rubinu i konchioliny.", pearl, true},
		{"cs-CZ", "Sladkovodní perly rostou v mlžích. Pěstitel vloží malý kousek tkáně do každého mlže, který ho pomalu pokryje směsí rubínu a konchiolinu.", pearl, true},
		{"el-GR", "Τα μαργαριτάρια γλυκού νερού αναπτύσσονται σε μύδια. Ο καλλιεργητής τοποθετεί ένα μικρό κομμάτι ιστού μέσα σε κάθε μύδι, το οποίο το καλύπτει αργά με ένα μείγμα ρουμπινιού και κογχιολίνης.", pearl, true},
		{"tr-TR", "Tatlı su incileri midyelerde büyür. Yetiştirici her midyenin içine küçük bir doku parçası yerleştirir, midye onu zamanla yakut ve konkiyolin karışımıyla sarar.", pearl, true},
		{"ar-AE", "ينمو لؤلؤ المياه العذبة داخل بلح البحر. يضع المزارع قطعة صغيرة من النسيج داخل كل صدفة، فتغطيها ببطء، وهو مزيج من الياقوت والكونكيولين.", pearl, true},
		{"ja-JP", "淡水真珠はイシガイの中で育ちます。養殖業者はそれぞれの貝に小さな外套膜の切片を入れ、貝はそれをルビーとコンキオリンの混合物で少しずつ覆います。", pearl, true},
		{"ko-KR", "담수 진주는 민물 조개 안에서 자랍니다. 양식자는 각 조개 안에 작은 조직 조각을 넣고, 조개는 그것을 루비와 콘키올린의 혼합물로 천천히 감쌉니다.", pearl, true},
		{"zh-CN", "淡水珍珠生长在河蚌中。养殖者在每只河蚌里放入一小片外套膜组织，河蚌再用红宝石和贝壳硬蛋白的混合物把它慢慢包裹起来。", pearl, true},
		{"zh-TW", "淡水珍珠生長在河蚌中。養殖者在每隻河蚌裡放入一小片外套膜組織，河蚌再用紅寶石和貝殼硬蛋白的混合物把它慢慢包裹起來。", pearl, true},
	}
	checkKindRows(t, svc, "grounding", bad)

	emerald := core.Product{SKU: "N39E1", Name: "Verdant Pendant", Category: "pendant", Collection: "Signature",
		Materials: []string{"18ct yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18ct"}},
		Stones:  []core.Stone{{Type: "emerald", Colour: "green", Count: 1, Origin: "lab_grown"}},
		Colours: []string{"green", "gold"}}
	simulant := emerald
	simulant.Stones = []core.Stone{{Type: "emerald", Colour: "green", Count: 1, Origin: "simulant"}}
	amazonite := core.Product{SKU: "N39A1", Name: "Pulsera Río", Category: "bracelet",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "amazonite", Colour: "blue-green", Count: 20, Origin: "natural"}},
		Colours: []string{"blue-green"}}
	crystal := "A lab-grown emerald rates 7.5 to 8 on the Mohs scale, yet its crystals are brittle. This one was grown from a seed crystal in a hydrothermal chamber."
	lead := "La amazonita es una variedad de microclina. Su color proviene de pequeñas cantidades de plomo y agua dentro del cristal."
	checkKindRows(t, svc, "", []kindRow{
		{"en-AU", crystal, emerald, false},
		{"en-GB", crystal, emerald, false},
		{"es-MX", lead, amazonite, false},
		{"es-ES", lead, amazonite, false},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-AU", crystal, simulant, true},
		{"es-MX", strings.Replace(lead, "plomo", "platino", 1), amazonite, true},
	})
}
