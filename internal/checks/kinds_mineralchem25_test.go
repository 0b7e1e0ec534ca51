package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The metals of a mineral's chemistry are the mineral's, not the piece's
// (#13, mineralchem25; the rare-material probe: "um silicato de cálcio e
// alumínio", "alüminyum ve bor içeren bir mineral", 含铝和硼的矿物,
// "tlenek miedzi" on silver pieces blocked grounding.material). Beyond
// mineral24's noun phrase ("a copper oxide"), three forms in every
// language that has them:
//   - a metal coordinated with other elements inside the chemistry ("a
//     calcium and aluminium silicate", "un silicate de calcium et
//     d'aluminium");
//   - a metal after (or, where the head comes last, before) a word of
//     containing, being composed of or rich in, whose head is a mineral
//     noun or a stone ("a mineral containing copper", "malachite is rich
//     in copper", "bakırca zengin bir mineral", を含む鉱物, 富含铜);
//   - the genitive after its head where case languages put it ("tlenek
//     miedzi", "uhličitan mědi", "ανθρακικό άλας του χαλκού").
//
// And a gold word coordinated with colour words where the product's stone
// is that colour ("pietersite's gold and blue swirls") names the stone's
// colour, not a gold metal or an undisclosed plating.
//
// Each pass row has a control: the same metal said of the piece, in the
// same construction where one exists, still blocks.
func TestKindsMineralChem25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	hessonite := core.Product{SKU: "K25H", Name: "Cinnamon Drop", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "hessonite", Colour: "cinnamon orange", Count: 1, Origin: "natural"}},
		Colours:   []string{"orange", "silver"}}
	malachite := core.Product{SKU: "K25M", Name: "Green Banding", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "malachite", Colour: "green", Count: 1, Origin: "natural"}},
		Colours:   []string{"green", "silver"}}
	pietersite := core.Product{SKU: "K25P", Name: "Storm Oval", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "pietersite", Colour: "blue, gold and brown", Count: 1, Origin: "natural"}},
		Colours:   []string{"blue", "gold", "brown"}}
	h := func(loc, text string) kindRow { return kindRow{loc, text, hessonite, false} }
	hc := func(loc, text string) kindRow { return kindRow{loc, text, hessonite, true} }
	m := func(loc, text string) kindRow { return kindRow{loc, text, malachite, false} }
	mc := func(loc, text string) kindRow { return kindRow{loc, text, malachite, true} }
	p := func(loc, text string) kindRow { return kindRow{loc, text, pietersite, false} }
	pc := func(loc, text string) kindRow { return kindRow{loc, text, pietersite, true} }
	checkKindRows(t, svc, "", []kindRow{
		// coordination inside the chemistry
		h("en-GB", "Hessonite is a calcium and aluminium silicate that forms in altered limestone."),
		hc("en-GB", "The pendant is made of calcium and aluminium."),
		h("en-US", "Hessonite is a silicate of calcium and aluminum, a grossular garnet."),
		hc("en-US", "The pendant is a frame of calcium and aluminum."),
		h("fr-FR", "L'hessonite est un silicate de calcium et d'aluminium."),
		hc("fr-FR", "Le pendentif est en calcium et en aluminium."),
		h("it-IT", "L'essonite è un silicato di calcio e alluminio."),
		hc("it-IT", "Il ciondolo è in calcio e alluminio."),
		h("es-ES", "La hessonita es un silicato de calcio y aluminio."),
		hc("es-ES", "El colgante es de calcio y aluminio."),
		h("pt-BR", "A hessonita é um silicato de alumínio e cálcio."),
		hc("pt-BR", "O pingente é de alumínio e cálcio."),
		h("nl-NL", "Hessoniet is een silicaat van calcium en aluminium."),
		hc("nl-NL", "De hanger is van calcium en aluminium."),
		h("da-DK", "Hessonit er et silikat af calcium og aluminium."),
		hc("da-DK", "Vedhænget er lavet af calcium og aluminium."),
		h("sv-SE", "Hessonit är ett silikat av kalcium och aluminium."),
		hc("sv-SE", "Hänget är gjort av kalcium och aluminium."),
		h("nb-NO", "Hessonitt er et silikat av kalsium og aluminium."),
		hc("nb-NO", "Anhenget er laget av kalsium og aluminium."),
		h("de-DE", "Hessonit ist ein Silikat aus Calcium und Aluminium."),
		hc("de-DE", "Der Anhänger ist aus Calcium und Aluminium."),
		h("cs-CZ", "Hessonit je křemičitan vápníku a hliníku."),
		hc("cs-CZ", "Přívěsek je z vápníku a hliníku."),
		h("el-GR", "Ο εσονίτης είναι πυριτικό άλας ασβεστίου και αλουμινίου."),
		hc("el-GR", "Το μενταγιόν είναι από ασβέστιο και αλουμίνιο."),
		h("ar-AE", "الهيسونيت سيليكات الكالسيوم والألومنيوم."),
		hc("ar-AE", "القلادة مصنوعة من الكالسيوم والألومنيوم."),
		// containing, composed of, rich in
		m("en-GB", "Malachite is a mineral containing copper, carbon and oxygen."),
		mc("en-GB", "The pendant is a piece containing copper and silver."),
		m("en-AU", "Malachite is rich in copper, which gives it its green bands."),
		mc("en-AU", "The pendant is rich in copper."),
		h("en-US", "Hessonite is a garnet composed of calcium, aluminum and silicon."),
		hc("en-US", "The pendant is composed of aluminum and silver."),
		m("fr-CA", "La malachite est un minéral riche en cuivre."),
		mc("fr-CA", "Le pendentif est riche en cuivre."),
		m("fr-FR", "La malachite est un minéral contenant du cuivre."),
		mc("fr-FR", "Ce pendentif contient du cuivre."),
		m("it-IT", "La malachite è un minerale ricco di rame."),
		mc("it-IT", "Il ciondolo è ricco di rame."),
		m("es-ES", "La malaquita es un mineral que contiene cobre."),
		mc("es-ES", "Este colgante contiene cobre."),
		m("es-MX", "La malaquita es rica en cobre y forma bandas verdes."),
		mc("es-MX", "El colgante es rico en cobre."),
		m("pt-BR", "A malaquita é um mineral rico em cobre."),
		mc("pt-BR", "O pingente é rico em cobre."),
		h("pt-PT", "A hessonite é uma granada composta por cálcio, alumínio e silício."),
		hc("pt-PT", "O pendente é composto por alumínio e prata."),
		m("nl-NL", "Malachiet is een mineraal dat rijk is aan koper."),
		mc("nl-NL", "De hanger is rijk aan koper."),
		m("da-DK", "Malakit er rig på kobber."),
		mc("da-DK", "Vedhænget er rigt på kobber."),
		m("sv-SE", "Malakit är rik på koppar."),
		mc("sv-SE", "Hänget är rikt på koppar."),
		m("nb-NO", "Malakitt er rik på kobber."),
		mc("nb-NO", "Anhenget er rikt på kobber."),
		m("de-DE", "Malachit ist reich an Kupfer."),
		mc("de-DE", "Der Anhänger ist reich an Kupfer."),
		m("fi-FI", "Malakiitti on kuparia sisältävä mineraali."),
		mc("fi-FI", "Riipus on kuparia sisältävä koru."),
		h("fi-FI", "Hessoniitti sisältää kalsiumia ja alumiinia."),
		hc("fi-FI", "Riipus sisältää kalsiumia ja alumiinia."),
		m("pl-PL", "Malachit jest bogaty w miedź."),
		mc("pl-PL", "Wisiorek jest bogaty w miedź."),
		m("cs-CZ", "Malachit je nerost bohatý na měď."),
		mc("cs-CZ", "Přívěsek je bohatý na měď."),
		m("el-GR", "Ο μαλαχίτης είναι ορυκτό πλούσιο σε χαλκό."),
		mc("el-GR", "Το μενταγιόν είναι πλούσιο σε χαλκό."),
		h("tr-TR", "Hessonit, kalsiyum ve alüminyum içeren bir silikattır."),
		hc("tr-TR", "Kolye ucu, kalsiyum ve alüminyum içeren bir takıdır."),
		m("tr-TR", "Malakit bakır içeren bir mineraldir."),
		mc("tr-TR", "Kolye ucu bakır içerir."),
		m("ar-AE", "الملكيت غني بالنحاس."),
		mc("ar-AE", "القلادة غنية بالنحاس."),
		h("ja-JP", "ヘソナイトはカルシウムとアルミニウムを含むケイ酸塩鉱物です。"),
		hc("ja-JP", "このペンダントはアルミニウムを含むジュエリーです。"),
		m("ja-JP", "マラカイトは銅を多く含む鉱物です。"),
		mc("ja-JP", "ペンダントは銅を多く含む素材です。"),
		h("ko-KR", "헤소나이트는 칼슘과 알루미늄을 함유한 규산염 광물입니다."),
		hc("ko-KR", "이 펜던트는 알루미늄을 함유한 주얼리입니다."),
		h("zh-CN", "桂榴石是一种含钙和铝的硅酸盐矿物。"),
		hc("zh-CN", "这款吊坠是一件含铝的饰品。"),
		m("zh-CN", "孔雀石富含铜。"),
		mc("zh-CN", "这款吊坠富含铜。"),
		m("zh-TW", "孔雀石是一種富含銅的礦物。"),
		mc("zh-TW", "這款吊墜是一件富含銅的飾品。"),
		// the genitive after its head
		m("pl-PL", "Malachit to węglan miedzi, który powstaje w złożach miedzi."),
		mc("pl-PL", "Wisiorek wykonano z miedzi."),
		m("cs-CZ", "Malachit je uhličitan mědi z ložisek mědi."),
		mc("cs-CZ", "Přívěsek je vyroben z mědi."),
		m("el-GR", "Ο μαλαχίτης είναι ανθρακικό άλας του χαλκού από κοιτάσματα χαλκού."),
		mc("el-GR", "Το μενταγιόν είναι φτιαγμένο από χαλκό."),
		m("ar-AE", "الملكيت كربونات النحاس ويتكون في رواسب النحاس."),
		mc("ar-AE", "القلادة من النحاس."),
		m("fi-FI", "Malakiitti on kuparikarbonaatti, joka syntyy kupariesiintymissä."),
		mc("fi-FI", "Riipus on tehty kuparista."),
		m("de-DE", "Malachit ist ein Kupferkarbonat aus Kupferlagerstätten."),
		mc("de-DE", "Der Anhänger ist aus Kupfer."),
		m("nl-NL", "Malachiet is een kopercarbonaat uit koperafzettingen."),
		mc("nl-NL", "De hanger is van koper."),
		m("sv-SE", "Malakit är ett kopparkarbonat från kopparfyndigheter."),
		mc("sv-SE", "Hänget är gjort av koppar."),
		m("da-DK", "Malakit er et kobberkarbonat fra kobberforekomster."),
		mc("da-DK", "Vedhænget er lavet af kobber."),
		m("nb-NO", "Malakitt er et kobberkarbonat fra kobberforekomster."),
		mc("nb-NO", "Anhenget er laget av kobber."),
		m("ko-KR", "말라카이트는 구리 탄산염 광물로 구리 광상에서 생성됩니다."),
		mc("ko-KR", "펜던트는 구리로 만들어졌습니다."),
		m("ja-JP", "マラカイトは銅の炭酸塩鉱物で、銅鉱床で生まれます。"),
		mc("ja-JP", "ペンダントは銅製です。"),
		m("zh-TW", "孔雀石是銅的碳酸鹽礦物，產於銅礦床。"),
		mc("zh-TW", "這款吊墜以銅製成。"),
		// gold in a stone's colours
		p("en-AU", "Pietersite's gold and blue swirls shift as it moves."),
		pc("en-AU", "The pendant is crafted in gold."),
		p("en-GB", "Blue, gold and brown fibres swirl through the pietersite."),
		pc("en-GB", "The pendant is solid gold."),
		p("de-DE", "Blaue und goldene Schlieren ziehen durch den Pietersit."),
		pc("de-DE", "Der Anhänger ist aus Gold."),
		p("fr-FR", "La piétersite mêle des tourbillons bleus, or et bruns."),
		pc("fr-FR", "Le pendentif est en or."),
		p("es-ES", "La pietersita mezcla remolinos azules, dorados y marrones."),
		pc("es-ES", "El colgante es de oro."),
	})
}
