package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone's chemistry in the forms mineralchem25 did not read (#13,
// probe26k; the rare-material probe 26 on rainbow moonstone, emerald and
// chrysoprase blocked grounding.material on aluminium and nickel):
//   - the stone or its group made of a list holding an element word ("a
//     feldspar made of sodium, calcium, aluminium...", "eines Feldspats aus
//     Natrium, Calcium, Aluminium", "由鈹、鋁、矽與氧組成", "베릴륨, 알루미늄,
//     규소, 산소로 이루어지며"), a relative clause after a comma ("ein
//     Mineral, das Kupfer enthält", "maasälpä, joka koostuu"), a list
//     walked over a comma before its link ("de béryllium, d'aluminium");
//   - the element that colours a stone, after a noun of a trace amount in
//     a sentence naming a colour ("Its green comes from traces of nickel");
//   - an element whose name is read as a stone's (el πυριτίου, silicon, as
//     pyrite; pl "berylu", beryllium, as beryl).
//
// Each pass row has a control: the metal said of the piece still blocks.
func TestKindsMineralChem26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	moon := core.Product{SKU: "K26M", Name: "Blue Flash Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"9k yellow gold"},
		Metals:    []core.Metal{{Base: "gold", Fineness: "9k"}},
		Stones:    []core.Stone{{Type: "labradorite", Colour: "grey with blue flash", Count: 1, Origin: "natural"}},
		Colours:   []string{"grey", "blue", "gold"}}
	chryso := core.Product{SKU: "K26C", Name: "Apple Drop", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "chrysoprase", Colour: "apple green", Count: 1, Origin: "natural"}},
		Colours:   []string{"green", "silver"}}
	quartz := core.Product{SKU: "K26Q", Name: "Clear Point", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "rock crystal", Colour: "clear", Count: 1, Origin: "natural"}},
		Colours:   []string{"clear", "silver"}}
	m := func(loc, text string) kindRow { return kindRow{loc, text, moon, false} }
	mc := func(loc, text string) kindRow { return kindRow{loc, text, moon, true} }
	c := func(loc, text string) kindRow { return kindRow{loc, text, chryso, false} }
	cc := func(loc, text string) kindRow { return kindRow{loc, text, chryso, true} }
	q := func(loc, text string) kindRow { return kindRow{loc, text, quartz, false} }
	qc := func(loc, text string) kindRow { return kindRow{loc, text, quartz, true} }
	checkKindRows(t, svc, "", []kindRow{
		// the stone or its group made of a list of elements
		m("en-GB", "Labradorite is a feldspar made of sodium, calcium, aluminium, silicon and oxygen."),
		mc("en-GB", "The ring is made of sodium, calcium, aluminium, silicon and oxygen."),
		m("en-US", "Labradorite is a feldspar made of calcium, aluminum, silicon and oxygen."),
		mc("en-US", "The band is made of aluminum."),
		m("de-DE", "Labradorit ist eine Varietät eines Feldspats aus Natrium, Calcium, Aluminium und Sauerstoff."),
		mc("de-DE", "Der Ring ist aus Natrium, Calcium und Aluminium."),
		m("de-DE", "Labradorit ist ein Mineral, das Aluminium und Silicium enthält."),
		mc("de-DE", "Es ist ein Ring, der Aluminium enthält."),
		m("nb-NO", "Labradoritt er en feltspat av natrium, kalsium, aluminium og oksygen."),
		mc("nb-NO", "Ringen er laget av aluminium."),
		m("fr-FR", "La labradorite est un minéral composé de sodium, de calcium, d'aluminium et d'oxygène."),
		mc("fr-FR", "La bague est en aluminium."),
		m("fr-CA", "La labradorite est un feldspath fait de calcium, d’aluminium, de silicium et d’oxygène."),
		mc("fr-CA", "La bague est faite d’aluminium."),
		m("it-IT", "La labradorite è un feldspato fatto di sodio, calcio, alluminio e ossigeno."),
		mc("it-IT", "L'anello è fatto di alluminio."),
		m("es-ES", "La labradorita es un feldespato hecho de sodio, calcio, aluminio y oxígeno."),
		mc("es-ES", "El anillo está hecho de aluminio."),
		m("pt-BR", "A labradorita é um feldspato feito de sódio, cálcio, alumínio e oxigênio."),
		mc("pt-BR", "O anel é feito de alumínio."),
		m("nl-NL", "Labradoriet is een veldspaat, gemaakt van natrium, calcium, aluminium en zuurstof."),
		mc("nl-NL", "De ring is gemaakt van aluminium."),
		m("sv-SE", "Labradorit är en fältspat, ett mineral som innehåller natrium, kalcium och aluminium."),
		mc("sv-SE", "Ringen är gjord av aluminium."),
		m("da-DK", "Labradorit er en feldspat, et mineral, som indeholder natrium, calcium og aluminium."),
		mc("da-DK", "Ringen er lavet af aluminium."),
		m("fi-FI", "Labradoriitti on maasälpä, joka koostuu natriumista, kalsiumista, alumiinista ja hapesta."),
		mc("fi-FI", "Sormus on tehty alumiinista."),
		m("cs-CZ", "Labradorit je odrůda živce složeného ze sodíku, vápníku, hliníku a kyslíku."),
		mc("cs-CZ", "Prsten je vyroben z hliníku."),
		m("pl-PL", "Labradoryt to skaleń, minerał, który zawiera sód, wapń, aluminium i tlen."),
		mc("pl-PL", "Pierścionek jest zrobiony z aluminium."),
		m("el-GR", "Ο λαμπραδορίτης είναι άστριος φτιαγμένος από νάτριο, ασβέστιο, αλουμίνιο και οξυγόνο."),
		mc("el-GR", "Το δαχτυλίδι είναι φτιαγμένο από αλουμίνιο."),
		m("ar-AE", "اللابرادوريت من الفلسبار، وهو معدن مكوّن من الصوديوم والكالسيوم والألومنيوم والأكسجين."),
		mc("ar-AE", "الخاتم مصنوع من الألومنيوم."),
		m("ja-JP", "ラブラドライトは長石の一種で、ナトリウム、カルシウム、アルミニウム、ケイ素、酸素からなり、青い光を放ちます。"),
		mc("ja-JP", "このリングはアルミニウムでできています。"),
		m("ko-KR", "라브라도라이트는 장석의 한 종류로 나트륨, 칼슘, 알루미늄, 규소, 산소로 이루어지며 푸른 빛을 냅니다."),
		mc("ko-KR", "이 반지는 알루미늄으로 만들었습니다."),
		m("zh-CN", "拉长石是长石的一种，由钠、钙、铝、硅与氧组成。"),
		mc("zh-CN", "这枚戒指由铝制成。"),
		m("zh-TW", "拉長石是長石的一種，由鈉、鈣、鋁、矽與氧組成。"),
		mc("zh-TW", "這枚戒指由鋁製成。"),
		// the element that colours the stone
		c("en-GB", "Chrysoprase owes its apple green to traces of nickel in the silica."),
		cc("en-GB", "The chain contains traces of nickel."),
		c("en-AU", "The colour of chrysoprase comes from traces of nickel."),
		cc("en-AU", "The pendant's colour comes from nickel."),
		c("de-DE", "Seine grüne Farbe verdankt der Chrysopras Spuren von Nickel."),
		cc("de-DE", "Die Kette enthält Spuren von Nickel."),
		c("fr-FR", "La couleur de la chrysoprase vient de traces de nickel."),
		cc("fr-FR", "La chaîne contient des traces de nickel."),
		c("es-MX", "El color verde del crisoprasa se debe a trazas de níquel."),
		cc("es-MX", "La cadena contiene trazas de níquel."),
		c("it-IT", "Il colore verde del crisoprasio deriva da tracce di nichel."),
		cc("it-IT", "La catena contiene tracce di nichel."),
		c("pt-PT", "A cor verde do crisópraso vem de vestígios de níquel."),
		cc("pt-PT", "A corrente contém vestígios de níquel."),
		c("nl-NL", "De groene kleur van chrysopraas komt van sporen van nikkel."),
		cc("nl-NL", "De ketting bevat sporen van nikkel."),
		c("sv-SE", "Krysoprasens gröna färg kommer från spår av nickel."),
		cc("sv-SE", "Kedjan innehåller spår av nickel."),
		c("da-DK", "Krysoprasens grønne farve skyldes spor af nikkel."),
		cc("da-DK", "Kæden indeholder spor af nikkel."),
		c("nb-NO", "Den grønne fargen til krysopras kommer fra spor av nikkel."),
		cc("nb-NO", "Kjedet inneholder spor av nikkel."),
		c("pl-PL", "Zielony kolor chryzoprazu pochodzi ze śladowych ilości niklu."),
		cc("pl-PL", "Łańcuszek zawiera śladowe ilości niklu."),
		c("cs-CZ", "Zelenou barvu chryzoprasu způsobují stopy niklu."),
		cc("cs-CZ", "Řetízek obsahuje stopy niklu."),
		c("el-GR", "Το πράσινο χρώμα του χρυσόπρασου οφείλεται σε ίχνη νικελίου."),
		cc("el-GR", "Η αλυσίδα περιέχει ίχνη νικελίου."),
		c("ar-AE", "يأتي لون الكريزوبراز الأخضر من آثار النيكل."),
		cc("ar-AE", "تحتوي السلسلة على آثار النيكل."),
		c("ja-JP", "クリソプレーズの緑色は微量のニッケルによるものです。"),
		cc("ja-JP", "このチェーンには微量のニッケルが含まれています。"),
		c("ko-KR", "크리소프레이즈의 초록색은 미량의 니켈에서 나옵니다."),
		cc("ko-KR", "이 체인에는 미량의 니켈이 들어 있습니다."),
		c("zh-CN", "绿玉髓的绿色来自微量的镍。"),
		cc("zh-CN", "这条链子含有微量的镍。"),
		c("tr-TR", "Krizoprazın yeşil rengi eser miktarda nikelden gelir."),
		cc("tr-TR", "Zincir eser miktarda nikel içerir."),
		// an element read as a stone
		q("el-GR", "Ο ορεία κρύσταλλος είναι χαλαζίας, δηλαδή διοξείδιο του πυριτίου."),
		qc("el-GR", "Το μενταγιόν έχει ένα πυρίτη."),
		q("pl-PL", "Kryształ górski to kwarc, a nie krzemian berylu ani glinu."),
		qc("pl-PL", "Wisiorek zdobi beryl."),
	})
}
