package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A colour of the material in general, of another variety of it or of a
// treatment's material is no colour of the piece (#13, the twenty-fifth
// session's variety25; probe 31: "i naturen er den oftest farveløs" on a
// blue topaz ring, "der berühmte Black Prince's Ruby ... ist in Wahrheit
// ein roter Spinell" on black spinel, turquoise "estabilizadas com resina
// incolor" blocked grounding.colour). A colour in a sentence about the
// material with a word of its nature, natural state, colour's cause or
// history (material_story_words), or right beside the material its
// treatment puts into the stone (canon treatment_materials), is a warning;
// the same colour said of the piece still blocks (16 CFR 23.1).
func TestKindsVariety25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	topaz := core.Product{SKU: "K25T", Name: "Essence Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "blue topaz", Colour: "blue", Count: 1, Origin: "natural", Treatment: "irradiated and heated"}},
		Colours:   []string{"silver", "blue"}}
	spinel := core.Product{SKU: "K25S", Name: "Reflexions Hoops", Category: "earrings", Collection: "Reflexions",
		Materials: []string{"18k gold vermeil"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
		Stones:    []core.Stone{{Type: "spinel", Colour: "black", Count: 10, Origin: "natural"}},
		Colours:   []string{"gold", "black"}}
	turquoise := core.Product{SKU: "K25Q", Name: "Essence Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"14k yellow gold"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:    []core.Stone{{Type: "turquoise", Colour: "blue", Count: 2, Origin: "natural", Treatment: "stabilised"}},
		Colours:   []string{"gold", "blue"}}
	row := func(p core.Product, block bool) func(loc, text string) kindRow {
		return func(loc, text string) kindRow { return kindRow{loc, text, p, block} }
	}
	tp, tb := row(topaz, false), row(topaz, true)
	sp, sb := row(spinel, false), row(spinel, true)
	qp, qb := row(turquoise, false), row(turquoise, true)
	checkKindRows(t, svc, "", []kindRow{
		tp("en-GB", "Topaz forms in granite; in nature it is mostly colourless, and its deep blue comes from irradiation."),
		tp("en-US", "Topaz forms in granite; in nature it is mostly colorless, and its deep blue comes from irradiation."),
		tp("en-AU", "Topaz forms in granite; in nature it is mostly colourless, and its deep blue comes from irradiation."),
		tp("de-DE", "Topas bildet sich in Granit; in der Natur ist er meist farblos, und sein tiefes Blau entsteht durch Bestrahlung."),
		tp("nl-NL", "Topaas ontstaat in graniet; in de natuur is het meestal kleurloos, en het diepe blauw komt van bestraling."),
		tp("sv-SE", "Topas bildas i granit; i naturen är den oftast färglös, och den djupa blå färgen kommer från bestrålning."),
		tp("da-DK", "Topas dannes i granit; i naturen er den oftest farveløs, og den dybe blå farve skyldes bestråling."),
		tp("nb-NO", "Topas dannes i granitt; i naturen er den oftest fargeløs, og den dype blå fargen skyldes bestråling."),
		tp("fi-FI", "Topaasi muodostuu graniitissa; luonnossa se on yleensä väritön, ja syvä sininen väri syntyy säteilytyksestä."),
		tp("pl-PL", "Topaz powstaje w granicie; w naturze jest zwykle bezbarwny, a głęboki błękit zawdzięcza napromieniowaniu."),
		tp("cs-CZ", "Topaz vzniká v žule; v přírodě je většinou bezbarvý a sytě modrou barvu získává ozařováním."),
		tp("tr-TR", "Topaz granitte oluşur; doğada çoğunlukla renksizdir ve koyu mavi rengi ışınlamadan gelir."),
		tp("el-GR", "Το τοπάζι σχηματίζεται στον γρανίτη· στη φύση είναι συνήθως άχρωμο, και το βαθύ μπλε του οφείλεται στην ακτινοβόληση."),

		sp("en-GB", "For centuries spinel was mistaken for ruby: the famous Black Prince's Ruby is in fact a red spinel."),
		sp("de-DE", "Spinell wurde jahrhundertelang für Rubin gehalten: Der berühmte Black Prince's Ruby ist in Wahrheit ein roter Spinell."),
		sp("fr-FR", "Pendant des siècles, le spinelle a été confondu avec le rubis : le célèbre Black Prince's Ruby est en réalité un spinelle rouge."),
		sp("es-ES", "Durante siglos la espinela se confundió con el rubí: el famoso Black Prince's Ruby es en realidad una espinela roja."),
		sp("it-IT", "Per secoli lo spinello è stato scambiato per rubino: il celebre Black Prince's Ruby è in realtà uno spinello rosso."),
		sp("pt-BR", "Durante séculos o espinélio foi confundido com o rubi: o famoso Black Prince's Ruby é na verdade um espinélio vermelho."),
		sp("nl-NL", "Spinel werd eeuwenlang verward met robijn: de beroemde Black Prince's Ruby is in werkelijkheid een rode spinel."),
		sp("nb-NO", "Spinell ble i århundrer forvekslet med rubin: den berømte Black Prince's Ruby er egentlig en rød spinell."),
		sp("fr-CA", "Pendant des siècles, le spinelle a été confondu avec le rubis : le célèbre Black Prince's Ruby est en réalité un spinelle rouge."),
		sp("es-MX", "Durante siglos la espinela se confundió con el rubí: el famoso Black Prince's Ruby es en realidad una espinela roja."),
		sp("pt-PT", "Durante séculos o espinélio foi confundido com o rubi: o famoso Black Prince's Ruby é na verdade um espinélio vermelho."),
		sp("ja-JP", "スピネルは何世紀にもわたってルビーと間違われてきました。有名な黒太子のルビーも、実はレッドスピネルです。"),
		sp("ko-KR", "스피넬은 수백 년 동안 루비로 오인되었으며, 유명한 흑태자의 루비도 실은 레드 스피넬입니다."),

		qp("pt-BR", "Por ser uma pedra porosa, as nossas turquesas são estabilizadas com resina incolor."),
		qp("pl-PL", "Ponieważ kamień jest porowaty, nasze turkusy są stabilizowane bezbarwną żywicą."),
		qp("ar-AE", "ولأن الحجر مسامي، ثُبّتت أحجار الفيروز لدينا براتنج شفاف."),
		qp("en-GB", "As the stone is porous, our turquoises are stabilised with a colourless resin."),
		qp("es-ES", "Como la piedra es porosa, nuestras turquesas se estabilizan con resina incolora."),
		qp("zh-CN", "由于石材多孔，我们的绿松石以无色树脂稳定处理。"),
		qp("zh-TW", "由於石材多孔，我們的綠松石以無色樹脂穩定處理。"),
		qp("fr-FR", "Comme la pierre est poreuse, nos turquoises sont stabilisées avec une résine incolore."),
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		tb("en-GB", "A ring set with a colourless topaz."),
		tb("en-US", "A ring set with a colorless topaz."),
		tb("en-AU", "A ring set with a colourless topaz."),
		tb("de-DE", "Ein Ring mit einem farblosen Topas."),
		tb("fr-FR", "Une bague sertie d'une topaze incolore."),
		tb("fr-CA", "Une bague sertie d'une topaze incolore."),
		tb("es-ES", "Un anillo con un topacio incoloro."),
		tb("es-MX", "Un anillo con un topacio incoloro."),
		tb("it-IT", "Un anello con un topazio incolore."),
		tb("pt-PT", "Um anel com um topázio incolor."),
		tb("pt-BR", "Um anel com um topázio incolor."),
		tb("nl-NL", "Een ring met een kleurloze topaas."),
		tb("sv-SE", "En ring med en färglös topas."),
		tb("da-DK", "En ring med en farveløs topas."),
		tb("nb-NO", "En ring med en fargeløs topas."),
		tb("fi-FI", "Sormus, jossa on väritön topaasi."),
		tb("pl-PL", "Pierścionek z bezbarwnym topazem."),
		tb("cs-CZ", "Prsten s bezbarvým topazem."),
		tb("tr-TR", "Renksiz topaz taşlı bir yüzük."),
		tb("el-GR", "Ένα δαχτυλίδι με άχρωμο τοπάζι."),
		tb("ar-AE", "خاتم مرصع بحجر توباز عديم اللون."),
		tb("ja-JP", "無色のトパーズをセットしたリングです。"),
		tb("zh-CN", "这枚戒指镶嵌一颗无色托帕石。"),
		tb("zh-TW", "這枚戒指鑲嵌一顆無色托帕石。"),

		sb("en-GB", "The hoops are set with red spinels."),
		sb("de-DE", "Die Creolen sind mit roten Spinellen besetzt."),
		sb("fr-FR", "Les créoles sont serties de spinelles rouges."),
		sb("es-ES", "Los aros llevan espinelas rojas."),
		sb("it-IT", "I cerchietti sono incastonati con spinelli rossi."),
		sb("pt-BR", "As argolas são cravejadas com espinélios vermelhos."),
		sb("nl-NL", "De oorringen zijn gezet met rode spinellen."),
		sb("nb-NO", "Øreringene er besatt med røde spineller."),
		sb("fr-CA", "Les créoles sont serties de spinelles rouges."),
		sb("es-MX", "Los aros llevan espinelas rojas."),
		sb("pt-PT", "As argolas são cravejadas com espinélios vermelhos."),
		sb("ja-JP", "このフープにはレッドスピネルをセットしています。"),
		sb("ko-KR", "후프 귀걸이에 레드 스피넬을 세팅했습니다."),

		qb("pt-BR", "As nossas turquesas são incolores e estabilizadas com resina."),
		qb("pl-PL", "Nasze turkusy są bezbarwne i stabilizowane żywicą."),
		qb("ar-AE", "أحجار الفيروز لدينا شفافة ومثبتة بالراتنج."),
		qb("en-GB", "Our turquoises are colourless and stabilised with resin."),
		qb("es-ES", "Nuestras turquesas son incoloras y están estabilizadas con resina."),
		qb("fr-FR", "Nos turquoises sont incolores et stabilisées à la résine."),
		qb("zh-CN", "我们的绿松石是无色的，并经树脂稳定处理。"),
		qb("zh-TW", "我們的綠松石是無色的，並經樹脂穩定處理。"),
	})
}
