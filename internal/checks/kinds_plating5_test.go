package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the plating5 tables: gold-plated steel hoops, an 18k
// vermeil ring (gold over sterling silver, 16 CFR 23.5) and a
// silver-plated brass bangle.
var (
	p5PlatedHoops = core.Product{SKU: "P51", Name: "Orla", Category: "earrings",
		Metals: []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "14k", PlatingMicrons: 1}}, Colours: []string{"gold"}}
	p5VermeilRing = core.Product{SKU: "P52", Name: "Sena", Category: "ring", Materials: []string{"18k gold vermeil"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 3}}, Colours: []string{"gold"}}
	p5SilverBangle = core.Product{SKU: "P53", Name: "Ripple", Category: "bracelet",
		Metals: []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 2}}, Colours: []string{"silver"}}
)

// platingCategoryTexts per language: [0] plated gold called solid, [1]
// vermeil called solid gold, [2] plated silver called solid, [3] a
// silver-plated piece named as silver with no plating said, [4] the same
// piece with its plating said.
var platingCategoryTexts = map[string][5]string{
	"en":    {"These hoops are cast in solid 14k gold.", "A band of pure 18k gold circles the finger.", "The bangle is pure silver from end to end.", "A sterling silver bangle with a hammered finish.", "A silver-plated brass bangle with a hammered finish."},
	"fr":    {"Ces créoles sont en or massif 14 carats.", "Une bague en or 18 carats massif.", "Le jonc est en argent pur.", "Un jonc en argent sterling au fini martelé.", "Un jonc en laiton plaqué argent au fini martelé."},
	"de":    {"Die Creolen bestehen ganz aus reinem Gold.", "Ein Ring aus echtem 18 Karat Gold.", "Der Armreif besteht aus reinem Silber.", "Ein Armreif aus Sterlingsilber mit gehämmerter Oberfläche.", "Ein versilberter Armreif aus Messing mit gehämmerter Oberfläche."},
	"it":    {"I cerchi sono in oro massiccio 14 carati.", "Un anello in oro puro 18 carati.", "Il bracciale rigido è in argento massiccio.", "Un bracciale rigido in argento sterling martellato.", "Un bracciale rigido in ottone placcato argento, martellato."},
	"es":    {"Los aros son de oro macizo de 14 quilates.", "Un anillo de oro puro de 18 quilates.", "La esclava es de plata maciza.", "Una esclava de plata esterlina martillada.", "Una esclava de latón bañado en plata, martillada."},
	"pt":    {"As argolas são de ouro maciço 14 quilates.", "Um anel de ouro puro 18 quilates.", "A pulseira rígida é de prata maciça.", "Uma pulseira rígida de prata 925 martelada.", "Uma pulseira rígida de latão banhado a prata, martelada."},
	"nl":    {"De creolen zijn van massief 14 karaat goud.", "Een ring van puur 18 karaat goud.", "De armband is van massief zilver.", "Een armband van sterling zilver met een gehamerde afwerking.", "Een verzilverde armband van messing met een gehamerde afwerking."},
	"sv":    {"Creolerna består av rent 14 karats guld.", "En ring i äkta 18 karats guld.", "Armringen är av massivt silver.", "En armring i sterlingsilver med hamrad yta.", "En försilvrad armring i mässing med hamrad yta."},
	"da":    {"Creolerne er af rent 14 karat guld.", "En ring i ægte 18 karat guld.", "Armringen er af massivt sølv.", "En armring i sterlingsølv med hamret overflade.", "En forsølvet armring i messing med hamret overflade."},
	"nb":    {"Creolene er av rent 14 karat gull.", "En ring i ekte 18 karat gull.", "Armringen er av massivt sølv.", "En armring i sterlingsølv med hamret overflate.", "En forsølvet armring i messing med hamret overflate."},
	"fi":    {"Korvarenkaat ovat puhdasta 14 karaatin kultaa.", "Sormus on aitoa 18 karaatin kultaa.", "Rannerengas on puhdasta hopeaa.", "Rannerengas on sterlinghopeaa, ja sen pinta on vasaroitu.", "Rannerengas on hopeoitua messinkiä, ja sen pinta on vasaroitu."},
	"pl":    {"Koła są z litego 14-karatowego złota.", "Pierścionek z czystego 18-karatowego złota.", "Bransoleta jest z litego srebra.", "Bransoleta ze srebra próby 925 o młotkowanej powierzchni.", "Bransoleta z posrebrzanego mosiądzu o młotkowanej powierzchni."},
	"cs":    {"Kruhy jsou z masivního 14karátového zlata.", "Prsten z ryzího 18karátového zlata.", "Náramek je z masivního stříbra.", "Náramek ze stříbra 925 s tepaným povrchem.", "Náramek z postříbřené mosazi s tepaným povrchem."},
	"tr":    {"Halkalar saf 14 ayar altından yapılmıştır.", "Yüzük som 18 ayar altından üretildi.", "Bilezik saf gümüştür.", "Çekiçlenmiş yüzeyli 925 ayar gümüş bilezik.", "Çekiçlenmiş yüzeyli, gümüş kaplama pirinç bilezik."},
	"el":    {"Οι κρίκοι είναι από συμπαγή χρυσό 14 καρατίων.", "Δαχτυλίδι από καθαρό χρυσό 18 καρατίων.", "Το βραχιόλι είναι από καθαρό ασήμι.", "Βραχιόλι από ασήμι 925 με σφυρήλατη επιφάνεια.", "Βραχιόλι από επάργυρο ορείχαλκο με σφυρήλατη επιφάνεια."},
	"ar":    {"الأقراط مصنوعة من الذهب الخالص عيار 14.", "خاتم من الذهب الصافي عيار 18.", "السوار مصنوع من الفضة الخالصة.", "سوار من الفضة الإسترليني بسطح مطروق.", "سوار من النحاس الأصفر المطلي بالفضة بسطح مطروق."},
	"ja":    {"このフープピアスは14金無垢です。", "リングは無垢の18金で仕上げました。", "バングルは純銀でできています。", "槌目模様のシルバー925のバングルです。", "槌目模様の銀メッキ真鍮のバングルです。"},
	"ko":    {"이 후프 귀걸이는 14K 순금으로 만들었습니다.", "반지는 순수한 18K 골드로 제작되었습니다.", "뱅글은 순은으로 만들었습니다.", "망치 자국 마감의 스털링 실버 뱅글입니다.", "망치 자국 마감의 은도금 황동 뱅글입니다."},
	"zh-CN": {"这对耳圈由14K纯金制成。", "戒指通体为纯金。", "手镯由纯银制成。", "锤纹表面的925银手镯。", "锤纹表面的镀银黄铜手镯。"},
	"zh-TW": {"這對耳圈由14K純金製成。", "戒指通體為純金。", "手鐲由純銀製成。", "錘紋表面的925銀手鐲。", "錘紋表面的鍍銀黃銅手鐲。"},
}

// TestKindsPlatingCategories (issue #13, plating_solid, vermeil_solid,
// plating_silver): a solid, pure or real word said of a metal the piece
// only has as a plating (gold-plated steel, gold vermeil, silver-plated
// brass) is a claim of solidity as well as a plating misdescription, and
// a silver-plated piece called silver with no plating said anywhere names
// a metal the product does not have (grounding) as well as breaking the
// plating rule, in every supported locale; said as a plating it passes,
// but sterling silver (an alloy no plating is) stays untrue beside it.
func TestKindsPlatingCategories(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var platedSolid, vermeilSolid, silverSolid, silverBare, disclosed, alloyDisclosed []lt
	perLocale(t, platingCategoryTexts, "plating category", func(loc string, x [5]string, in func([]string) []lt) {
		platedSolid = append(platedSolid, in(x[:1])...)
		vermeilSolid = append(vermeilSolid, in(x[1:2])...)
		silverSolid = append(silverSolid, in(x[2:3])...)
		silverBare = append(silverBare, in(x[3:4])...)
		disclosed = append(disclosed, in(x[4:5])...)
		// Sterling silver is an alloy no plating is: named beside the
		// plating said, it is still untrue.
		alloyDisclosed = append(alloyDisclosed, in([]string{x[4] + " " + x[3]})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"plated gold called solid: claim", p5PlatedHoops, CatClaim, platedSolid},
		{"plated gold called solid: regulatory", p5PlatedHoops, CatRegulatory, platedSolid},
		{"vermeil called solid gold: claim", p5VermeilRing, CatClaim, vermeilSolid},
		{"vermeil called solid gold: regulatory", p5VermeilRing, CatRegulatory, vermeilSolid},
		{"plated silver called solid: claim", p5SilverBangle, CatClaim, silverSolid},
		{"plated silver called solid: regulatory", p5SilverBangle, CatRegulatory, silverSolid},
		{"plated silver called silver: grounding", p5SilverBangle, CatGrounding, silverBare},
		{"plated silver called silver: regulatory", p5SilverBangle, CatRegulatory, silverBare},
		{"plated silver said plated", p5SilverBangle, "", disclosed},
		{"sterling silver beside the plating said: grounding", p5SilverBangle, CatGrounding, alloyDisclosed},
	})
}
