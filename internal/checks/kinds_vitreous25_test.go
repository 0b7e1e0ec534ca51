package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone's look likened to glass is no glass of the piece (#13, the
// nineteenth session's vitreous25; released 25: an apophyllite pendant's
// "유리 같은 면들", glass-like faces, blocked grounding.material in ko-KR):
// a material that is not a metal (canon simile_materials) after a word of
// comparison ("like", "como", "som", "jak", "kuin", "σαν", "مثل", 像),
// before one ("cam gibi", "ガラスのように", "유리 같은"), glued to "-like"
// ("glass-like", "glasartig") or qualifying a light noun ("유리 광택",
// ガラス光沢, 玻璃光泽: vitreous lustre). Glass said of the piece still blocks.
func TestKindsVitreous25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pendant := core.Product{SKU: "K25V", Name: "Apophyllite Point", Category: "pendant", Collection: "Reflexions",
		Materials: []string{"sterling silver", "apophyllite"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "rhodium", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "apophyllite", Colour: "clear", Count: 1, Origin: "natural"}}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, pendant, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, pendant, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass("en-GB", "Its clear, glass-like faces catch the light and shine like glass."),
		pass("de-DE", "Die glasartigen Flächen glänzen wie Glas."),
		pass("fr-FR", "Ses faces à l'éclat vitreux brillent comme du verre."),
		pass("es-ES", "Sus caras relucen como el vidrio."),
		pass("it-IT", "Le sue facce brillano come il vetro."),
		pass("pt-BR", "Suas faces reluzem como vidro."),
		pass("nl-NL", "De vlakken glanzen als glas."),
		pass("sv-SE", "Ytorna glänser som glas."),
		pass("da-DK", "Fladerne skinner som glas."),
		pass("nb-NO", "Flatene skinner som glass."),
		pass("fi-FI", "Pinnat kimaltavat kuin lasi."),
		pass("pl-PL", "Ściany lśnią jak szkło."),
		pass("cs-CZ", "Plochy se třpytí jako sklo."),
		pass("tr-TR", "Yüzeyleri camsı bir parlaklığa sahiptir ve cam gibi parlar."),
		pass("el-GR", "Οι έδρες λάμπουν σαν γυαλί."),
		pass("ar-AE", "تلمع أوجهه مثل الزجاج."),
		pass("ja-JP", "ガラス光沢のある面が、ガラスのように輝きます。"),
		pass("ko-KR", "유리 같은 면들이 유리 광택을 냅니다."),
		pass("zh-CN", "晶面具有玻璃光泽，像玻璃一样闪亮。"),
		pass("zh-TW", "晶面具有玻璃光澤，像玻璃一樣閃亮。"),
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		block("en-GB", "The pendant is made of glass."),
		block("de-DE", "Der Anhänger ist aus Glas."),
		block("fr-FR", "Le pendentif est en verre."),
		block("es-ES", "El colgante es de vidrio."),
		block("it-IT", "Il ciondolo è in vetro."),
		block("pt-BR", "O pingente é de vidro."),
		block("nl-NL", "De hanger is van glas."),
		block("sv-SE", "Hänget är av glas."),
		block("da-DK", "Vedhænget er lavet af glas."),
		block("nb-NO", "Anhenget er laget av glass."),
		block("fi-FI", "Riipus on lasia."),
		block("pl-PL", "Wisiorek jest ze szkła."),
		block("cs-CZ", "Přívěsek je ze skla."),
		block("tr-TR", "Kolye ucu camdan yapılmıştır."),
		block("el-GR", "Το μενταγιόν είναι από γυαλί."),
		block("ar-AE", "القلادة مصنوعة من الزجاج."),
		block("ja-JP", "このペンダントはガラス製です。"),
		block("ko-KR", "이 펜던트는 유리로 만들었습니다."),
		block("zh-CN", "这款吊坠由玻璃制成。"),
		block("zh-TW", "這款吊墜由玻璃製成。"),
	})
}
