package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	a44TwoTone = core.Product{SKU: "A44T", Name: "Two-tone hoops", Category: "earrings", Collection: "Essence", Materials: []string{"14k yellow gold", "14k white gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}, {Base: "white gold", Fineness: "14k"}}, Colours: []string{"gold", "silver"}}
	a44Vermeil = core.Product{SKU: "A44V", Name: "Rose Vermeil Bar", Category: "necklace", Collection: "Moments", Materials: []string{"18k rose gold vermeil", "sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 5}}, Colours: []string{"rose gold"}}
	a44Ruthenium = core.Product{SKU: "A44R", Name: "Ruthenium Bar Necklace", Category: "necklace", Collection: "Reflexions", Materials: []string{"sterling silver", "black ruthenium plating", "black spinel"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "black ruthenium", Fineness: "925", PlatingMicrons: 0.5}}, Stones: []core.Stone{{Type: "spinel", Colour: "black", Count: 3, Origin: core.OriginNatural}}, Colours: []string{"black"}}
	a44Paraiba = core.Product{SKU: "A44P", Name: "Paraíba Solitaire", Category: "necklace", Collection: "Lumière", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "Paraíba tourmaline", Colour: "blue-green", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue-green", "gold"}}
	a44CarbonSteel = core.Product{SKU: "A44C", Name: "Carbon Fibre Tag Pendant", Category: "necklace", Collection: "Reflexions", Materials: []string{"stainless steel", "carbon fibre"},
		Metals: []core.Metal{{Base: "316L stainless steel"}}, Colours: []string{"black", "silver"}}
	a44CarbonTitanium = core.Product{SKU: "A44D", Name: "Carbon Fibre Ring", Category: "ring", Collection: "Reflexions", Materials: []string{"titanium", "carbon fibre"},
		Metals: []core.Metal{{Base: "grade 2 titanium"}}, Colours: []string{"black", "grey"}}
)

// TestKindsAlloy44 (#13, alloy44; released 44A es-MX, fi-FI 44A104, 44B
// pt-BR 44B104, probe 44C fi-FI 44C102, 44D en-AU 44D102, pt-BR 44D103,
// tr-TR 44D103): copy that explains a metal or material blocked on the
// other materials it names. (1) The alloying metals of a karat gold after
// a sentence that names its pure gold and its alloy across a semicolon
// ("Ambos tonos contienen la misma proporción de oro puro; la diferencia
// está en la aleación. El cobre y la plata le dan al oro amarillo su
// calidez": contrast.go alloyAnchored joins the sentences over the
// semicolon, pureOwnMetal reads the product's own metal named pure as its
// share). (2) A thickness in micrometres before the gold of a vermeil
// ("2,5 mícrons de ouro rosé 18k": checks inPlatingPhrase, platingUnits).
// (3) Finnish "jonka pinnalla on mustaa ruteniumia" (on whose surface is
// black ruthenium) is a layer of it (fi tone_words). (4) The resin of
// carbon fibre named after it (canon material_substances). (5) Turkish
// "eser miktardaki bakırdan" (from copper in trace amounts) is a trace
// (tr trace_words). Bad twins: the metal or resin said of the piece,
// solid gold on vermeil, silver called solid on gold, a bare ruthenium.
func TestKindsAlloy44(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pass := func(p core.Product, rows ...[2]string) []kindRow {
		var out []kindRow
		for _, r := range rows {
			out = append(out, kindRow{r[0], r[1], p, false})
		}
		return out
	}
	block := func(p core.Product, rows ...[2]string) []kindRow {
		var out []kindRow
		for _, r := range rows {
			out = append(out, kindRow{r[0], r[1], p, true})
		}
		return out
	}
	var rows []kindRow
	// (1) the alloy of a two-tone karat gold; es-MX and fi-FI failed before.
	rows = append(rows, pass(a44TwoTone,
		[2]string{"es-MX", "Las arracadas bicolor combinan oro amarillo y oro blanco de 14 quilates en una sola pieza. Ambos tonos contienen la misma proporción de oro puro; la diferencia está en la aleación. El cobre y la plata le dan al oro amarillo su calidez, mientras que metales más claros le dan al oro blanco su tono frío."},
		[2]string{"fi-FI", "Kummassakin on yhtä paljon puhdasta kultaa; sävyero syntyy seosmetalleista. Kupari ja hopea antavat keltakullalle lämpimän hehkun, kun taas vaaleammat metallit tekevät valkokullasta viileän."},
		[2]string{"en-GB", "Both tones hold the same share of pure gold; the difference lies in the alloy. Copper and silver give yellow gold its warmth, while paler metals make white gold cool."},
		[2]string{"en-US", "Both tones hold the same amount of pure gold; the difference is in the alloy. Copper and silver give yellow gold its warmth."},
		[2]string{"en-AU", "Both tones hold the same share of pure gold; the difference lies in the alloy. Copper and silver give yellow gold its warmth."},
		[2]string{"es-ES", "Ambos tonos contienen la misma proporción de oro puro; la diferencia está en la aleación. El cobre y la plata le dan al oro amarillo su calidez."},
		[2]string{"pt-BR", "Os dois tons têm a mesma proporção de ouro puro; a diferença está na liga. O cobre e a prata dão ao ouro amarelo o seu calor."},
		[2]string{"pt-PT", "Os dois tons têm a mesma proporção de ouro puro; a diferença está na liga. O cobre e a prata dão ao ouro amarelo o seu calor."},
		[2]string{"fr-FR", "Les deux tons contiennent 58,5 % d'or pur ; la différence tient à l'alliage. Le cuivre et l'argent donnent à l'or jaune sa chaleur."},
		[2]string{"fr-CA", "Les deux tons contiennent 58,5 % d'or pur ; la différence tient à l'alliage. Le cuivre et l'argent donnent à l'or jaune sa chaleur."},
		[2]string{"it-IT", "Entrambi i toni contengono la stessa quantità di oro puro; la differenza sta nella lega. Il rame e l'argento danno all'oro giallo il suo calore."},
		[2]string{"de-DE", "Beide Töne enthalten gleich viel reines Gold; der Unterschied liegt in der Legierung. Kupfer und Silber geben dem Gelbgold seine Wärme."},
		[2]string{"nl-NL", "Beide tinten bevatten evenveel puur goud; het verschil zit in de legering. Koper en zilver geven het geelgoud zijn warmte."},
		[2]string{"sv-SE", "Båda tonerna innehåller lika mycket rent guld; skillnaden ligger i legeringen. Koppar och silver ger gultguldet dess värme."},
		[2]string{"da-DK", "Begge toner indeholder lige meget rent guld; forskellen ligger i legeringen. Kobber og sølv giver det gule guld dets varme."},
		[2]string{"nb-NO", "Begge tonene inneholder like mye rent gull; forskjellen ligger i legeringen. Kobber og sølv gir det gule gullet varmen."},
		[2]string{"pl-PL", "Oba odcienie zawierają tyle samo czystego złota; różnica tkwi w stopie. Miedź i srebro nadają żółtemu złotu ciepło."},
		[2]string{"cs-CZ", "Oba odstíny obsahují stejně ryzího zlata; rozdíl je ve slitině. Měď a stříbro dávají žlutému zlatu teplý tón."},
		[2]string{"el-GR", "Και οι δύο τόνοι περιέχουν την ίδια αναλογία καθαρού χρυσού· η διαφορά βρίσκεται στο κράμα. Ο χαλκός και το ασήμι δίνουν στον κίτρινο χρυσό τη ζεστασιά του."},
		[2]string{"tr-TR", "İki ton da aynı oranda saf altın içerir; fark alaşımdadır. Bakır ve gümüş sarı altına sıcaklığını verir."},
		[2]string{"ar-AE", "يحتوي اللونان على النسبة نفسها من الذهب الخالص؛ والفرق في السبيكة. يمنح النحاس والفضة الذهب الأصفر دفئه."},
		[2]string{"ja-JP", "どちらの色も純金の割合は同じで、違いは合金にあります。銅と銀がイエローゴールドに温かみを与えます。"},
		[2]string{"ko-KR", "두 색 모두 순금의 비율은 같고, 차이는 합금에 있습니다. 구리와 은이 옐로 골드에 따뜻함을 줍니다."},
		[2]string{"zh-CN", "两种颜色的纯金含量相同；区别在于合金。铜和银赋予黄金温暖的色调。"},
		[2]string{"zh-TW", "兩種顏色的純金含量相同；區別在於合金。銅和銀賦予黃金溫暖的色調。"},
	)...)
	rows = append(rows, block(a44TwoTone,
		[2]string{"es-MX", "Ambos tonos contienen la misma proporción de oro puro; la diferencia está en la aleación. Las arracadas son de cobre."},
		[2]string{"es-MX", "Ambos tonos contienen la misma proporción de oro puro; la diferencia está en la aleación. Las arracadas son de plata maciza."},
		[2]string{"en-GB", "Both tones hold the same share of pure gold; the difference lies in the alloy. The hoops are made of copper."},
		[2]string{"en-GB", "Both tones hold the same share of pure gold; the difference lies in the alloy. The hoops are solid silver."},
		[2]string{"fi-FI", "Kummassakin on yhtä paljon puhdasta kultaa; sävyero syntyy seosmetalleista. Korvakorut ovat kuparia."},
		[2]string{"de-DE", "Beide Töne enthalten gleich viel reines Gold; der Unterschied liegt in der Legierung. Die Creolen sind aus massivem Silber."},
		[2]string{"pt-BR", "Os dois tons têm a mesma proporção de ouro puro; a diferença está na liga. Os brincos são de cobre."},
	)...)
	// (2) vermeil's gold measured in micrometres; pt-BR failed before.
	rows = append(rows, pass(a44Vermeil,
		[2]string{"pt-BR", "Vermeil não é um simples banho. É uma camada espessa de ouro sobre prata 925 – aqui, 2,5 mícrons de ouro rosé 18k, cujo tom vem do cobre da liga. No colar Rose Vermeil Bar, uma barra delicada com cinco zircônias incolores pende de uma corrente de 42 cm."},
		[2]string{"pt-BR", "Vermeil não é um simples banho. Aqui, 2,5 mícrons de ouro rosé 18k, cujo tom vem do cobre da liga."},
		[2]string{"pt-PT", "O vermeil não é um simples banho. Aqui, 2,5 mícrons de ouro rosé 18k, cujo tom vem do cobre da liga."},
		[2]string{"es-ES", "El vermeil no es un simple baño. Aquí, 2,5 micras de oro rosa 18k, cuyo tono viene del cobre de la aleación."},
		[2]string{"es-MX", "El vermeil no es un simple baño. Aquí, 2,5 micras de oro rosa 18k, cuyo tono viene del cobre de la aleación."},
		[2]string{"fr-FR", "Le vermeil n'est pas une simple dorure. Ici 2,5 microns d'or rose 18k, dont la teinte vient du cuivre de l'alliage."},
		[2]string{"it-IT", "Il vermeil non è una semplice placcatura. Qui 2,5 micron di oro rosa 18k, il cui tono viene dal rame della lega."},
		[2]string{"de-DE", "Vermeil ist keine einfache Vergoldung. Hier 2,5 Mikrometer 18 Karat Roségold, dessen Ton vom Kupfer der Legierung kommt."},
		[2]string{"nl-NL", "Vermeil is geen gewone verguldlaag. Hier 2,5 micron 18 karaat roségoud, waarvan de tint van het koper in de legering komt."},
	)...)
	rows = append(rows, block(a44Vermeil,
		[2]string{"pt-BR", "Vermeil não é um simples banho. O colar é de ouro rosé 18k."},
		[2]string{"pt-BR", "Vermeil não é um simples banho. Aqui, 2,5 mícrons de ouro rosé 18k maciço."},
		[2]string{"pt-BR", "Vermeil não é um simples banho. O colar é de ouro rosé 18k maciço, 2,5 mícrons."},
		[2]string{"es-ES", "El vermeil no es un simple baño. El collar es de oro rosa 18k macizo, 2,5 micras."},
		[2]string{"en-GB", "Vermeil is no ordinary plating on sterling silver. The necklace is solid 18k rose gold, 2.5 microns."},
	)...)
	// (3) Finnish: ruthenium on the surface of the silver; failed before.
	rows = append(rows, pass(a44Ruthenium,
		[2]string{"fi-FI", "Ruthenium Bar Necklace näyttää hopean tumman puolen. Sen 30 mm:n sauva on sterlinghopeaa, jonka pinnalla on mustaa ruteniumia, harvinaista platinaryhmän metallia, joka antaa syvän grafiitinsävyn."},
		[2]string{"fi-FI", "Sauva on sterlinghopeaa, ja sen pinnalla on mustaa ruteniumia."},
	)...)
	rows = append(rows, block(a44Ruthenium,
		[2]string{"fi-FI", "Sen 30 mm:n sauva on mustaa ruteniumia."},
		[2]string{"fi-FI", "Sen sauva on täyttä ruteniumia, ja pinnalla on kiiltoa."},
	)...)
	// (4) the resin of carbon fibre; en-AU and pt-BR failed before.
	rows = append(rows, pass(a44CarbonSteel,
		[2]string{"en-AU", "The Carbon Fibre Tag Pendant is a 30 mm brushed stainless steel tag with a carbon fibre panel. Carbon fibre is made from thousands of carbon filaments, each finer than a hair, woven into a cloth and set in resin."},
		[2]string{"en-GB", "Carbon fibre is made from thousands of carbon filaments, woven into a cloth and set in resin."},
		[2]string{"en-US", "Carbon fiber is made from thousands of carbon filaments, woven into a cloth and set in resin."},
		[2]string{"de-DE", "Carbonfaser besteht aus Tausenden feiner Kohlenstofffäden, die zu einem Gewebe verwoben und in Harz gebettet werden."},
		[2]string{"fr-FR", "La fibre de carbone est faite de milliers de filaments de carbone, tissés puis noyés dans la résine."},
		[2]string{"fr-CA", "La fibre de carbone est faite de milliers de filaments de carbone, tissés puis noyés dans la résine."},
		[2]string{"es-ES", "La fibra de carbono está hecha de miles de filamentos de carbono, tejidos y fijados con resina."},
		[2]string{"es-MX", "La fibra de carbono está hecha de miles de filamentos de carbono, tejidos y fijados con resina."},
		[2]string{"it-IT", "La fibra di carbonio è fatta di migliaia di filamenti di carbonio, intrecciati e fissati con resina."},
		[2]string{"pt-PT", "A fibra de carbono é feita de milhares de filamentos de carbono, entrançados e fixados com resina."},
		[2]string{"nl-NL", "Koolstofvezel bestaat uit duizenden koolstofdraden, geweven tot een doek en ingebed in hars."},
		[2]string{"sv-SE", "Kolfiber består av tusentals kolfibrer som vävs till en duk och gjuts in i harts."},
		[2]string{"da-DK", "Kulfiber består af tusindvis af kultråde, vævet til et stof og støbt ind i harpiks."},
		[2]string{"nb-NO", "Karbonfiber består av tusenvis av karbontråder, vevd til en duk og støpt inn i harpiks."},
		[2]string{"fi-FI", "Hiilikuitu koostuu tuhansista hiilisäikeistä, jotka kudotaan kankaaksi ja valetaan hartsiin."},
		[2]string{"pl-PL", "Włókno węglowe powstaje z tysięcy włókien węgla, splecionych w tkaninę i zatopionych w żywicy."},
		[2]string{"cs-CZ", "Uhlíkové vlákno vzniká z tisíců uhlíkových vláken, utkaných do tkaniny a zalitých pryskyřicí."},
		[2]string{"el-GR", "Οι ίνες άνθρακα φτιάχνονται από χιλιάδες νήματα άνθρακα, υφασμένα και εμποτισμένα σε ρητίνη."},
		[2]string{"tr-TR", "Karbon fiber, binlerce karbon lifinin kumaş gibi dokunup reçineyle sabitlenmesiyle yapılır."},
		[2]string{"ar-AE", "تُصنع ألياف الكربون من آلاف الخيوط الكربونية المنسوجة والمثبتة بالراتنج."},
		[2]string{"ja-JP", "カーボンファイバーは、何千本もの炭素繊維を布状に織り、樹脂で固めたものです。"},
		[2]string{"ko-KR", "카본 파이버는 수천 가닥의 탄소 필라멘트를 천으로 짜서 수지로 굳힌 소재입니다."},
		[2]string{"zh-CN", "碳纤维由数千根碳丝编织成布，再以树脂固化而成。"},
		[2]string{"zh-TW", "碳纖維由數千根碳絲編織成布，再以樹脂固化而成。"},
	)...)
	rows = append(rows, pass(a44CarbonTitanium,
		[2]string{"pt-BR", "O anel Carbon Fibre é um aro de titânio com 6 mm de largura e uma faixa central de fibra de carbono. A fibra de carbono é feita de milhares de filamentos de carbono mais finos que um fio de cabelo, trançados e fixados com resina."},
	)...)
	rows = append(rows, block(a44CarbonSteel,
		[2]string{"en-AU", "The pendant is made of resin."},
		[2]string{"en-AU", "Carbon fibre panel, resin pendant."},
		[2]string{"en-AU", "A carbon fibre panel sits on a resin pendant."},
	)...)
	rows = append(rows, block(a44CarbonTitanium,
		[2]string{"pt-BR", "O anel é de resina."},
	)...)
	// (5) Turkish: copper in trace amounts colours the stone; failed before.
	rows = append(rows, pass(a44Paraiba,
		[2]string{"tr-TR", "Lumière koleksiyonundaki Paraíba Solitaire kolye, 18 ayar sarı altından ince bir zincirde tek bir Paraíba turmalini taşıyor. Taşın neredeyse neon mavi-yeşil rengi, kristalin içindeki eser miktardaki bakırdan gelir."},
	)...)
	rows = append(rows, block(a44Paraiba,
		[2]string{"tr-TR", "Kolye eser miktardaki bakırdan yapılmıştır."},
		[2]string{"tr-TR", "Zincir bakırdan yapılmıştır ve mavi-yeşil renktedir."},
	)...)
	// Publishable rows: no block of facts, trading rules or claims (the
	// long ones exceed the social channel's length, which is not the kind).
	checkKindRows(t, svc, "grounding", a44Pass(rows))
	checkKindRows(t, svc, "regulatory", a44Pass(rows))
	checkKindRows(t, svc, "claim", a44Pass(rows))
	for _, r := range a44Block(rows) {
		if b, _ := blockedIn(t, svc, "grounding", r.p, r.locale, r.text); b {
			continue
		}
		if b, _ := blockedIn(t, svc, "regulatory", r.p, r.locale, r.text); !b {
			t.Errorf("%s %q on %s: neither grounding nor regulatory blocks", r.locale, r.text, r.p.Name)
		}
	}
}

func a44Block(rows []kindRow) []kindRow {
	var out []kindRow
	for _, r := range rows {
		if r.block {
			out = append(out, r)
		}
	}
	return out
}

func a44Pass(rows []kindRow) []kindRow {
	var out []kindRow
	for _, r := range rows {
		if !r.block {
			out = append(out, r)
		}
	}
	return out
}
