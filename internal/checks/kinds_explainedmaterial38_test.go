package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// explained38Row is one row of TestKindsExplainedMaterial38: a text of the
// kind, in a locale, on a product; block says whether grounding must block.
type explained38Row struct {
	kind, locale, text string
	p                  core.Product
	block              bool
}

var (
	// released 38's cs-CZ 38A104: smoky quartz earrings in gold-plated silver.
	smoky38 = core.Product{SKU: "K38E1", Name: "Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"gold-plated sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k"}},
		Stones:    []core.Stone{{Type: "smoky quartz", Colour: "brown", Count: 2, Origin: "natural"}},
		Colours:   []string{"brown", "gold"}}
	// released 38's da-DK 38B104: morganite and diamond earrings in rose gold.
	morganite38 = core.Product{SKU: "K38E2", Name: "Studs", Category: "earrings", Collection: "Lumière",
		Materials: []string{"14k rose gold", "morganite", "diamond"},
		Metals:    []core.Metal{{Base: "rose gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "morganite", Colour: "pink", Count: 2, Origin: "natural", Treatment: "heated"},
			{Type: "diamond", Colour: "clear", Count: 8, Origin: "natural"}},
		Colours: []string{"rose gold", "pink"}}
)

// TestKindsExplainedMaterial38 holds copy that explains the piece's
// material to its kinds of released 38's false blocks (#13, explain38),
// each with twins that must still block (the foreign material said of
// THIS piece):
//
//   - trace: an element named as a stone's impurity (příměsi hliníku,
//     impurities of aluminium, Verunreinigungen, 不純物) in a sentence of
//     its crystal or colour is the stone's chemistry (cs-CZ 38A104-1/-2).
func TestKindsExplainedMaterial38(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []explained38Row{
		// trace: impurities of a colouring element in the stone's crystal
		{"trace", "en-GB", "Smoky quartz is quartz that nature turned brown. The crystal contains tiny impurities of aluminium that natural radiation turned into colour centres.", smoky38, false},
		{"trace", "en-US", "Smoky quartz is quartz that nature turned brown. Inside the crystal, tiny aluminum impurities were turned into color centers by natural radiation.", smoky38, false},
		{"trace", "en-AU", "Smoky quartz is quartz that nature turned brown. The crystal contains tiny impurities of aluminium that natural radiation turned into colour centres.", smoky38, false},
		{"trace", "de-DE", "Rauchquarz ist ein Quarz, den die Natur braun gefärbt hat. Im Kristall stecken winzige Verunreinigungen von Aluminium, die natürliche Strahlung in Farbzentren verwandelt hat.", smoky38, false},
		{"trace", "fr-FR", "Le quartz fumé est un quartz bruni par la nature. Le cristal contient de petites impuretés d'aluminium que la radioactivité naturelle a changées en centres colorés.", smoky38, false},
		{"trace", "fr-CA", "Le quartz fumé est un quartz bruni par la nature. Le cristal renferme de petites impuretés d'aluminium que la radioactivité naturelle a changées en centres colorés.", smoky38, false},
		{"trace", "es-ES", "El cuarzo ahumado es un cuarzo que la naturaleza volvió marrón. El cristal contiene pequeñas impurezas de aluminio que la radiación natural convirtió en centros de color.", smoky38, false},
		{"trace", "es-MX", "El cuarzo ahumado es un cuarzo que la naturaleza volvió café. El cristal contiene pequeñas impurezas de aluminio que la radiación natural convirtió en centros de color.", smoky38, false},
		{"trace", "it-IT", "Il quarzo fumé è un quarzo scurito dalla natura. Il cristallo contiene piccole impurità di alluminio che la radiazione naturale ha trasformato in centri di colore.", smoky38, false},
		{"trace", "pt-PT", "O quartzo fumado é um quartzo escurecido pela natureza. O cristal contém pequenas impurezas de alumínio que a radiação natural transformou em centros de cor.", smoky38, false},
		{"trace", "pt-BR", "O quartzo fumê é um quartzo escurecido pela natureza. O cristal contém pequenas impurezas de alumínio que a radiação natural transformou em centros de cor.", smoky38, false},
		{"trace", "nl-NL", "Rookkwarts is kwarts dat door de natuur bruin is geworden. Het kristal bevat kleine verontreinigingen van aluminium die natuurlijke straling in kleurcentra heeft omgezet.", smoky38, false},
		{"trace", "sv-SE", "Rökkvarts är kvarts som naturen har gjort brun. Kristallen innehåller små föroreningar av aluminium som naturlig strålning har gjort till färgcentra.", smoky38, false},
		{"trace", "da-DK", "Røgkvarts er kvarts, som naturen har gjort brun. Krystallen indeholder små urenheder af aluminium, som naturlig stråling har gjort til farvecentre.", smoky38, false},
		{"trace", "nb-NO", "Røykkvarts er kvarts som naturen har gjort brun. Krystallen inneholder små urenheter av aluminium som naturlig stråling har gjort om til fargesentre.", smoky38, false},
		{"trace", "fi-FI", "Savukvartsi on kvartsia, jonka luonto on ruskeuttanut. Kiteessä on pieniä alumiinin epäpuhtauksia, jotka luonnollinen säteily on muuttanut värikeskuksiksi.", smoky38, false},
		{"trace", "pl-PL", "Kwarc dymny to kwarc zabarwiony przez naturę. W krysztale znajdują się drobne zanieczyszczenia aluminium, które naturalne promieniowanie zamieniło w centra barwne.", smoky38, false},
		{"trace", "cs-CZ", "Záhněda je křemen, který zhnědl působením přírody. V krystalu jsou drobné příměsi hliníku, které přirozené záření proměnilo v barevná centra.", smoky38, false},
		{"trace", "cs-CZ", "Záhněda je křemen, který zhnědl působením přírody. V krystalu jsou drobné příměsi hliníku a přirozené záření okolních hornin je během milionů let proměnilo v barevná centra, která pohlcují světlo.", smoky38, false},
		{"trace", "tr-TR", "Dumanlı kuvars, doğanın kahverengiye çevirdiği bir kuvarstır. Kristalde, doğal radyasyonun renk merkezlerine dönüştürdüğü küçük alüminyum safsızlıkları bulunur.", smoky38, false},
		{"trace", "el-GR", "Ο καπνώδης χαλαζίας είναι χαλαζίας που τον σκούρυνε η φύση. Στον κρύσταλλο υπάρχουν μικρές προσμείξεις αλουμινίου, που η φυσική ακτινοβολία μετέτρεψε σε κέντρα χρώματος.", smoky38, false},
		{"trace", "ar-AE", "الكوارتز المدخن كوارتز اكتسب لونه البني من الطبيعة. وفي البلورة شوائب دقيقة من الألومنيوم حوّلها الإشعاع الطبيعي إلى مراكز لونية.", smoky38, false},
		{"trace", "ja-JP", "スモーキークォーツは石英の一種です。結晶には微細なアルミニウムの不純物があり、天然の放射線がそれを色中心に変えました。", smoky38, false},
		{"trace", "ko-KR", "스모키 쿼츠는 석영의 한 종류입니다. 결정 속에는 알루미늄 불순물이 조금 들어 있고, 자연 방사선이 이를 색 중심으로 바꾸었습니다.", smoky38, false},
		{"trace", "zh-CN", "烟晶是一种石英。晶体中含有微小的铝杂质，天然辐射把它们变成了色心。", smoky38, false},
		{"trace", "zh-TW", "煙晶是一種石英。晶體中含有微小的鋁雜質，天然輻射把它們變成了色心。", smoky38, false},
		// trace twins: impurities of a metal in the piece's own part
		{"trace", "en-GB", "The ear posts contain tiny impurities of aluminium.", smoky38, true},
		{"trace", "de-DE", "Die Ohrstecker enthalten Verunreinigungen von Aluminium.", smoky38, true},
		{"trace", "fr-FR", "Les tiges des boucles contiennent des impuretés d'aluminium.", smoky38, true},
		{"trace", "es-ES", "Los pendientes contienen impurezas de aluminio.", smoky38, true},
		{"trace", "it-IT", "Gli orecchini contengono impurità di alluminio.", smoky38, true},
		{"trace", "pt-BR", "Os brincos contêm impurezas de alumínio.", smoky38, true},
		{"trace", "nl-NL", "De oorbellen bevatten verontreinigingen van aluminium.", smoky38, true},
		{"trace", "sv-SE", "Örhängena innehåller föroreningar av aluminium.", smoky38, true},
		{"trace", "da-DK", "Øreringene indeholder urenheder af aluminium.", smoky38, true},
		{"trace", "nb-NO", "Øredobbene inneholder urenheter av aluminium.", smoky38, true},
		{"trace", "fi-FI", "Korvakorut sisältävät alumiinin epäpuhtauksia.", smoky38, true},
		{"trace", "pl-PL", "Kolczyki zawierają zanieczyszczenia aluminium.", smoky38, true},
		{"trace", "cs-CZ", "Náušnice obsahují příměsi hliníku.", smoky38, true},
		{"trace", "tr-TR", "Küpeler alüminyum safsızlıkları içerir.", smoky38, true},
		{"trace", "el-GR", "Τα σκουλαρίκια περιέχουν προσμείξεις αλουμινίου.", smoky38, true},
		{"trace", "ar-AE", "تحتوي الأقراط على شوائب من الألومنيوم.", smoky38, true},
		{"trace", "ja-JP", "このピアスにはアルミニウムの不純物が含まれています。", smoky38, true},
		{"trace", "ko-KR", "이 귀걸이에는 알루미늄 불순물이 들어 있습니다.", smoky38, true},
		{"trace", "zh-CN", "这对耳环含有铝杂质。", smoky38, true},
		{"trace", "zh-TW", "這對耳環含有鋁雜質。", smoky38, true},
		// crystal: the mineral's crystals, their tone by nature
		{"crystal", "en-GB", "Morganite is a beryl coloured pink by manganese. Many crystals have a yellowish tone by nature, and gentle heating removes it.", morganite38, false},
		{"crystal", "en-US", "Morganite is a beryl colored pink by manganese. Many crystals have a yellowish tone by nature, and gentle heating removes it.", morganite38, false},
		{"crystal", "en-AU", "Morganite is a beryl coloured pink by manganese. Most crystals have a yellowish tone by nature, and gentle heating removes it.", morganite38, false},
		{"crystal", "de-DE", "Morganit ist ein Beryll, den Mangan rosa färbt. Viele Kristalle haben von Natur aus einen gelblichen Farbton, den eine schonende Erhitzung entfernt.", morganite38, false},
		{"crystal", "es-ES", "La morganita es un berilo coloreado de rosa por el manganeso. Muchos cristales tienen por naturaleza un tono amarillento, que un calentamiento suave elimina.", morganite38, false},
		{"crystal", "es-MX", "La morganita es un berilo coloreado de rosa por el manganeso. Muchos cristales tienen por naturaleza un tono amarillento, que un calentamiento suave elimina.", morganite38, false},
		{"crystal", "it-IT", "La morganite è un berillo colorato di rosa dal manganese. Molti cristalli hanno per natura un tono giallastro, che un leggero riscaldamento elimina.", morganite38, false},
		{"crystal", "pt-PT", "A morganite é um berilo colorido de rosa pelo manganês. Muitos cristais têm por natureza um tom amarelado, que um aquecimento suave elimina.", morganite38, false},
		{"crystal", "pt-BR", "A morganita é um berilo colorido de rosa pelo manganês. Muitos cristais têm por natureza um tom amarelado, que um aquecimento suave elimina.", morganite38, false},
		{"crystal", "nl-NL", "Morganiet is een beril die door mangaan roze kleurt. Veel kristallen hebben van nature een gelige tint, die een voorzichtige verhitting verwijdert.", morganite38, false},
		{"crystal", "sv-SE", "Morganit är en beryll som mangan färgar rosa. Många kristaller har av naturen en gulaktig ton, som en varsam upphettning tar bort.", morganite38, false},
		{"crystal", "da-DK", "Morganit er en beryl, farvet rosa af små mængder mangan, og den dannes i pegmatitter sammen med kvarts og feldspat. Mange krystaller har fra naturens hånd en gullig tone, og en skånsom opvarmning, som vores sten har fået, fjerner den og efterlader en ren, lys rosa.", morganite38, false},
		{"crystal", "nb-NO", "Morganitt er en beryll som mangan farger rosa. Mange krystaller har fra naturens side en gulaktig tone, som en skånsom oppvarming fjerner.", morganite38, false},
		{"crystal", "fi-FI", "Morganiitti on berylli, jonka vaaleanpunainen väri tulee mangaanista. Monilla kiteillä on luonnostaan kellertävä sävy, jonka varovainen kuumennus poistaa.", morganite38, false},
		{"crystal", "pl-PL", "Morganit to beryl zabarwiony na różowo przez mangan. Wiele kryształów ma z natury żółtawy odcień, który usuwa delikatne podgrzewanie.", morganite38, false},
		{"crystal", "cs-CZ", "Morganit je beryl zbarvený manganem do růžova. Mnoho krystalů má od přírody nažloutlý odstín, který šetrné zahřátí odstraní.", morganite38, false},
		{"crystal", "tr-TR", "Morganit, pembe rengini manganezden alan bir berildir. Birçok kristal doğal olarak sarımsı bir renk tonuna sahiptir; hafif bir ısıtma bunu giderir.", morganite38, false},
		{"crystal", "el-GR", "Ο μοργκανίτης είναι βήρυλλος που χρωματίζεται ροζ από το μαγγάνιο. Πολλοί κρύσταλλοι έχουν από τη φύση τους μια κιτρινωπή απόχρωση, που την αφαιρεί μια ήπια θέρμανση.", morganite38, false},
		{"crystal", "ar-AE", "المورغانيت نوع من البيريل يلوّنه المنغنيز بالوردي. وكثير من البلورات لها بطبيعتها لون مصفر يزيله تسخين لطيف.", morganite38, false},
		{"crystal", "ja-JP", "モルガナイトはマンガンでピンクに色づいたベリルです。多くの結晶は天然で黄みがかった色合いを持ち、穏やかな加熱でそれを取り除きます。", morganite38, false},
		{"crystal", "ko-KR", "모거나이트는 망간으로 분홍빛을 띠는 베릴입니다. 많은 결정은 원래 노르스름한 색조를 띠며, 부드러운 가열로 이를 없앱니다.", morganite38, false},
		{"crystal", "zh-CN", "摩根石是一种因锰而呈粉色的绿柱石。许多晶体天然带有偏黄的色调，温和的加热可以去除它。", morganite38, false},
		{"crystal", "zh-TW", "摩根石是一種因錳而呈粉色的綠柱石。許多晶體天然帶有偏黃的色調，溫和的加熱可以去除它。", morganite38, false},
		// crystal twins: crystals set on the piece, after the same explanation
		{"crystal", "en-GB", "Morganite is a beryl coloured pink by manganese. Many crystals in a pink tone are set around the stone.", morganite38, true},
		{"crystal", "en-GB", "Morganite is a beryl coloured pink by manganese. The earrings are set with crystals in a pink tone.", morganite38, true},
		{"crystal", "de-DE", "Morganit ist ein Beryll, den Mangan rosa färbt. Viele Kristalle in rosa Farbton sind um den Stein gefasst.", morganite38, true},
		{"crystal", "fr-FR", "La morganite est un béryl coloré en rose par le manganèse. Des cristaux d'une teinte rose sont sertis autour de la pierre.", morganite38, true},
		{"crystal", "es-ES", "La morganita es un berilo coloreado de rosa por el manganeso. Muchos cristales de tono rosa rodean la piedra en los pendientes.", morganite38, true},
		{"crystal", "da-DK", "Morganit er en beryl, farvet rosa af mangan. Mange krystaller i en rosa tone er fattet omkring stenen.", morganite38, true},
		// the crystal named with the impurities, on the piece: still the piece's
		{"trace", "en-GB", "Smoky quartz is quartz that nature turned brown. The earrings' crystal holds impurities of aluminium.", smoky38, true},
	}
	for _, r := range rows {
		blocked, fs := blockedIn(t, svc, "grounding", r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %s %q on %s: grounding block %v, want %v: %s", r.kind, r.locale, r.text, r.p.Name, blocked, r.block, describe(fs, "", r.text))
		}
	}
}
