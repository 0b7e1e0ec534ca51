package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsExplain32: a stone named in a sentence that explains the
// product's material, after the first sentence and with no word of the
// piece, is a reviewer's warning, not a block (#13, explain32;
// grounding/explained.go). "Saphir ist nach dem Diamanten der härteste
// Schmuckstein" (probe 31 de-DE P31C104), "Kun diamant er hårdere end
// safir" (da-DK P31D105) blocked grounding.stone: diamond is never
// silenced in such a sentence (16 CFR 23.12), so the material's own
// chemistry and ranking failed the draft. Each pass row ("Sapphire and
// diamond both form deep in the earth" after a first sentence about the
// ring) blocked before in every locale; each twin says the diamond of the
// piece ("The ring also holds a diamond") and still blocks as grounding.
func TestKindsExplain32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	sapphire := core.Product{SKU: "X32", Name: "Blue Sapphire Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The ring holds one blue sapphire in sterling silver. Sapphire and diamond both form deep in the earth.", sapphire, false},
		{"en-US", "The ring holds one blue sapphire in sterling silver. Sapphire and diamond both form deep in the earth.", sapphire, false},
		{"en-AU", "The ring holds one blue sapphire in sterling silver. Sapphire and diamond both form deep in the earth.", sapphire, false},
		{"de-DE", "Der Ring trägt einen blauen Saphir in Sterlingsilber. Saphir und Diamant entstehen beide tief im Erdinneren.", sapphire, false},
		{"fr-FR", "La bague porte un saphir bleu sur argent sterling. Le saphir et le diamant se forment tous deux dans les profondeurs de la terre.", sapphire, false},
		{"fr-CA", "La bague porte un saphir bleu sur argent sterling. Le saphir et le diamant se forment tous deux dans les profondeurs de la terre.", sapphire, false},
		{"es-ES", "El anillo lleva un zafiro azul en plata de ley. El zafiro y el diamante se forman ambos en las profundidades de la tierra.", sapphire, false},
		{"es-MX", "El anillo lleva un zafiro azul en plata de ley. El zafiro y el diamante se forman ambos en las profundidades de la tierra.", sapphire, false},
		{"it-IT", "L'anello porta uno zaffiro blu in argento sterling. Lo zaffiro e il diamante si formano entrambi nelle profondità della terra.", sapphire, false},
		{"pt-PT", "O anel tem uma safira azul em prata de lei. A safira e o diamante formam-se ambos nas profundezas da terra.", sapphire, false},
		{"pt-BR", "O anel tem uma safira azul em prata 925. A safira e o diamante se formam ambos nas profundezas da terra.", sapphire, false},
		{"nl-NL", "De ring draagt één blauwe saffier in sterling zilver. Saffier en diamant ontstaan allebei diep in de aarde.", sapphire, false},
		{"sv-SE", "Ringen har en blå safir i sterlingsilver. Safir och diamant bildas båda djupt nere i jorden.", sapphire, false},
		{"da-DK", "Ringen har en blå safir i sterlingsølv. Safir og diamant dannes begge dybt nede i jorden.", sapphire, false},
		{"nb-NO", "Ringen har en blå safir i sterlingsølv. Safir og diamant dannes begge dypt nede i jorden.", sapphire, false},
		{"fi-FI", "Sormuksessa on yksi sininen safiiri sterlinghopeassa. Safiiri ja timantti syntyvät molemmat syvällä maan sisällä.", sapphire, false},
		{"pl-PL", "Pierścionek ma jeden niebieski szafir w srebrze próby 925. Szafir i diament powstają głęboko we wnętrzu ziemi.", sapphire, false},
		{"cs-CZ", "Prsten nese jeden modrý safír ve stříbře. Safír i diamant vznikají hluboko v zemi.", sapphire, false},
		{"tr-TR", "Yüzükte 925 ayar gümüş üzerinde bir mavi safir var. Safir ve elmas, yerin derinliklerinde oluşur.", sapphire, false},
		{"el-GR", "Το δαχτυλίδι έχει ένα μπλε ζαφείρι σε ασήμι 925. Το ζαφείρι και το διαμάντι σχηματίζονται και τα δύο βαθιά μέσα στη γη.", sapphire, false},
		{"ar-AE", "يضم الخاتم حجر ياقوت أزرق واحدًا في فضة إسترلينية. يتكوّن الياقوت الأزرق والألماس كلاهما في أعماق الأرض.", sapphire, false},
		{"ja-JP", "このリングはスターリングシルバーにブルーサファイアを1石あしらいました。サファイアもダイヤモンドも、地中深くで生まれます。", sapphire, false},
		{"ko-KR", "이 반지는 스털링 실버에 블루 사파이어 1개를 세팅했습니다. 사파이어와 다이아몬드는 모두 땅속 깊은 곳에서 생성됩니다.", sapphire, false},
		{"zh-CN", "这枚戒指以纯银镶嵌一颗蓝色蓝宝石。蓝宝石和钻石都形成于地球深处。", sapphire, false},
		{"zh-TW", "這枚戒指以純銀鑲嵌一顆藍色藍寶石。藍寶石和鑽石都形成於地球深處。", sapphire, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The ring holds one blue sapphire in sterling silver. The ring also holds a diamond.", sapphire, true},
		{"en-US", "The ring holds one blue sapphire in sterling silver. The ring also holds a diamond.", sapphire, true},
		{"en-AU", "The ring holds one blue sapphire in sterling silver. The ring also holds a diamond.", sapphire, true},
		{"de-DE", "Der Ring trägt einen blauen Saphir in Sterlingsilber. Der Ring trägt außerdem einen Diamanten.", sapphire, true},
		{"fr-FR", "La bague porte un saphir bleu sur argent sterling. La bague porte aussi un diamant.", sapphire, true},
		{"fr-CA", "La bague porte un saphir bleu sur argent sterling. La bague porte aussi un diamant.", sapphire, true},
		{"es-ES", "El anillo lleva un zafiro azul en plata de ley. El anillo lleva también un diamante.", sapphire, true},
		{"es-MX", "El anillo lleva un zafiro azul en plata de ley. El anillo lleva también un diamante.", sapphire, true},
		{"it-IT", "L'anello porta uno zaffiro blu in argento sterling. L'anello porta anche un diamante.", sapphire, true},
		{"pt-PT", "O anel tem uma safira azul em prata de lei. O anel tem também um diamante.", sapphire, true},
		{"pt-BR", "O anel tem uma safira azul em prata 925. O anel tem também um diamante.", sapphire, true},
		{"nl-NL", "De ring draagt één blauwe saffier in sterling zilver. De ring draagt ook een diamant.", sapphire, true},
		{"sv-SE", "Ringen har en blå safir i sterlingsilver. Ringen har också en diamant.", sapphire, true},
		{"da-DK", "Ringen har en blå safir i sterlingsølv. Ringen har også en diamant.", sapphire, true},
		{"nb-NO", "Ringen har en blå safir i sterlingsølv. Ringen har også en diamant.", sapphire, true},
		{"fi-FI", "Sormuksessa on yksi sininen safiiri sterlinghopeassa. Sormuksessa on myös timantti.", sapphire, true},
		{"pl-PL", "Pierścionek ma jeden niebieski szafir w srebrze próby 925. Pierścionek ma też diament.", sapphire, true},
		{"cs-CZ", "Prsten nese jeden modrý safír ve stříbře. Prsten nese také diamant.", sapphire, true},
		{"tr-TR", "Yüzükte 925 ayar gümüş üzerinde bir mavi safir var. Yüzükte ayrıca bir elmas var.", sapphire, true},
		{"el-GR", "Το δαχτυλίδι έχει ένα μπλε ζαφείρι σε ασήμι 925. Το δαχτυλίδι έχει επίσης ένα διαμάντι.", sapphire, true},
		{"ar-AE", "يضم الخاتم حجر ياقوت أزرق واحدًا في فضة إسترلينية. ويضم الخاتم أيضًا ألماسة.", sapphire, true},
		{"ja-JP", "このリングはスターリングシルバーにブルーサファイアを1石あしらいました。リングにはダイヤモンドも留めています。", sapphire, true},
		{"ko-KR", "이 반지는 스털링 실버에 블루 사파이어 1개를 세팅했습니다. 반지에는 다이아몬드도 세팅되어 있습니다.", sapphire, true},
		{"zh-CN", "这枚戒指以纯银镶嵌一颗蓝色蓝宝石。戒指上还镶有一颗钻石。", sapphire, true},
		{"zh-TW", "這枚戒指以純銀鑲嵌一顆藍色藍寶石。戒指上還鑲有一顆鑽石。", sapphire, true},
	})
}
