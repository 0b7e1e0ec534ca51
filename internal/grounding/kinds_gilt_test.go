package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Gold-plated pieces described as made of gold (issue #13, plating_solid
// and vermeil_solid), in every supported locale. Two mechanisms:
//
//   - a karat written with the metal in one word (18K金, 18金, 18K 금) is
//     the gold itself, like a bare "18k gold": on a plated piece whose
//     plating the text never names it blocks (grounding.plating);
//   - a gold colour that is the light's ("a warm golden glow", 金色光泽,
//     kultainen hohde) tells the reader nothing of a tone or a plating, so
//     it no longer counts as the text saying the metal is plated; a gold
//     word glued to vermeil (kultavermeili, Goldvermeil) is vermeil, which
//     a 2-micron plating over steel is not: the Finnish true sentence says
//     kullattua (gilded), and "kultavermeiliä" on it is regulatory as well
//     as grounding (#13, vermeil66: TestKindsVermeilCategory).
//
// Each language has a true sentence (plating named, no plating finding)
// and a false one (the piece called gold, blocked).
var factGiltBangle = core.Product{SKU: "K8", Name: "Ripple Bangle", Category: "bangle",
	Metals:  []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "18k", PlatingMicrons: 2}},
	Colours: []string{"gold"}}

var factGiltTexts = map[string][2]string{
	"en":    {"The bangle is 18k gold-plated stainless steel with a warm golden glow.", "The bangle is crafted from 18k gold and has a warm golden glow."},
	"fr":    {"Le jonc est en acier inoxydable plaqué or 18 carats, à l'éclat doré.", "Le jonc est façonné en or 18 carats, à l'éclat doré."},
	"de":    {"Der Armreif ist aus vergoldetem Edelstahl mit warmem goldenem Schimmer.", "Der Armreif ist aus 18 Karat Gold gefertigt und hat einen warmen goldenen Schimmer."},
	"it":    {"Il bracciale rigido è in acciaio inossidabile placcato oro 18 carati, dai riflessi dorati.", "Il bracciale rigido è realizzato in oro 18 carati, dai riflessi dorati."},
	"es":    {"El brazalete es de acero inoxidable bañado en oro de 18 quilates, con reflejos dorados.", "El brazalete está hecho de oro de 18 quilates, con reflejos dorados."},
	"pt":    {"A pulseira rígida é de aço inoxidável banhado a ouro 18k, com reflexos dourados.", "A pulseira rígida é feita de ouro 18k, com reflexos dourados."},
	"nl":    {"De armband is van verguld roestvrij staal met een warme gouden glans.", "De armband is gemaakt van 18 karaat goud met een warme gouden glans."},
	"sv":    {"Armringen är av förgyllt rostfritt stål med en varm gyllene glans.", "Armringen är tillverkad av 18 karat guld med en varm gyllene glans."},
	"da":    {"Armringen er af forgyldt rustfrit stål med en varm gylden glans.", "Armringen er lavet af 18 karat guld med en varm gylden glans."},
	"nb":    {"Armringen er av forgylt rustfritt stål med en varm gyllen glans.", "Armringen er laget av 18 karat gull med en varm gyllen glans."},
	"fi":    {"Rannerengas on 18 karaatin kullattua ruostumatonta terästä, ja sillä on lämmin kultainen hohde.", "Rannerengas on valmistettu 18 karaatin kullasta, ja sillä on lämmin kultainen hohde."},
	"pl":    {"Bransoletka jest ze stali nierdzewnej pozłacanej, o ciepłym złotym blasku.", "Bransoletka jest wykonana z 18-karatowego złota, o ciepłym złotym blasku."},
	"cs":    {"Náramek je z pozlacené nerezové oceli, s teplým zlatým leskem.", "Náramek je vyroben z 18karátového zlata, s teplým zlatým leskem."},
	"tr":    {"Bilezik altın kaplama paslanmaz çeliktir ve sıcak altın rengi bir parıltısı vardır.", "Bilezik 18 ayar altından yapılmıştır ve sıcak altın bir parıltısı vardır."},
	"el":    {"Το βραχιόλι είναι από επιχρυσωμένο ανοξείδωτο ατσάλι με ζεστή χρυσή λάμψη.", "Το βραχιόλι είναι φτιαγμένο από χρυσό 18 καρατίων με ζεστή χρυσή λάμψη."},
	"ar":    {"السوار من الفولاذ المقاوم للصدأ المطلي بالذهب بلمعان ذهبي دافئ.", "السوار مصنوع من الذهب عيار 18 بلمعان ذهبي دافئ."},
	"ja":    {"バングルは18金メッキのステンレススチールで、温かな金色の輝きを放ちます。", "バングルは18金で作られ、温かな金色の輝きを放ちます。"},
	"ko":    {"뱅글은 18K 금도금 스테인리스 스틸로, 따뜻한 금빛 광택이 납니다.", "뱅글은 18K 금으로 제작되어 따뜻한 금빛 광택이 납니다."},
	"zh":    {"手镯采用18K镀金不锈钢，散发温暖的金色光泽。", "手镯采用18K金打造，散发温暖的金色光泽。"},
	"zh-TW": {"手鐲採用18K鍍金不鏽鋼，散發溫暖的金色光澤。", "手鐲採用18K金打造，散發溫暖的金色光澤。"},
}

func TestKindsGiltCalledGold(t *testing.T) {
	t.Parallel()
	checkFactPairs(t, factGiltBangle, factGiltTexts, 1, RulePlating)
}
