package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone's name traced back to the language it comes from is etymology,
// not a sourcing claim (#13, etym26; released 26's zh-CN "英文名 sapphire
// 可追溯至希腊语 sappheiros", the English name can be traced back to the
// Greek, blocked as claim.sourcing on a product whose data names no
// traceability). The sourcing concept takes unless words in every language
// (data/<lang>/concepts-etym26.yaml): a source language, the name, the word
// or its etymology in the sentence. Every pass row has a control: the same
// word of tracing said of the stone blocks where the data names no
// certification, and passes where its features say "traceable".
func TestKindsEtym26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K26E1", Name: "Halo Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"platinum"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: "natural"}}}
	backed := p
	backed.Features = []string{"traceable", "responsibly sourced"}
	c := func(loc, text string) kindRow { return kindRow{loc, text, p, false} }
	cc := func(loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "claim", []kindRow{
		c("en-GB", "The name sapphire is traceable to the Greek sappheiros."),
		cc("en-GB", "Every sapphire is traceable."),
		c("en-US", "The word sapphire is traceable to the Latin sapphirus."),
		cc("en-US", "Each sapphire is traceable."),
		c("en-AU", "Its name is traceable to the Greek sappheiros."),
		cc("en-AU", "This sapphire is fully traceable."),
		c("de-DE", "Der Name Saphir ist bis zum griechischen sappheiros rückverfolgbar."),
		cc("de-DE", "Der Saphir ist rückverfolgbar."),
		c("fr-FR", "Le nom saphir est traçable jusqu'au grec sappheiros."),
		cc("fr-FR", "Le saphir est traçable."),
		c("fr-CA", "L'étymologie du saphir est traçable jusqu'au latin sapphirus."),
		cc("fr-CA", "Notre saphir est traçable."),
		c("es-ES", "El nombre zafiro es trazable hasta el griego sappheiros."),
		cc("es-ES", "El zafiro es trazable."),
		c("es-MX", "La etimología del zafiro es trazable hasta el latín sapphirus."),
		cc("es-MX", "El zafiro es trazable."),
		c("it-IT", "Il nome zaffiro è tracciabile fino al greco sappheiros."),
		cc("it-IT", "Lo zaffiro è tracciabile."),
		c("pt-PT", "O nome safira é rastreável até ao grego sappheiros."),
		cc("pt-PT", "A safira é rastreável."),
		c("pt-BR", "O nome safira é rastreável até o grego sappheiros."),
		cc("pt-BR", "A safira é rastreável."),
		c("nl-NL", "De naam saffier is herleidbaar tot het Griekse sappheiros."),
		cc("nl-NL", "De saffier is traceerbaar."),
		c("sv-SE", "Namnet safir är spårbart till grekiskans sappheiros."),
		cc("sv-SE", "Safiren är spårbar."),
		c("da-DK", "Navnet safir er sporbart til det græske sappheiros."),
		cc("da-DK", "Safiren er sporbar."),
		c("nb-NO", "Navnet safir er sporbart til det greske sappheiros."),
		cc("nb-NO", "Safiren er sporbar."),
		c("fi-FI", "Nimi safiiri on jäljitettävissä kreikan sanaan sappheiros."),
		cc("fi-FI", "Safiiri on jäljitettävissä."),
		c("pl-PL", "Nazwa szafir wywodzi się od greckiego sappheiros."),
		cc("pl-PL", "Ten szafir jest etyczny."),
		c("cs-CZ", "Název safír má sledovatelný původ v řeckém sappheiros."),
		cc("cs-CZ", "Safír má sledovatelný původ."),
		c("el-GR", "Το όνομα ζαφείρι είναι ιχνηλάσιμο ως το ελληνικό sappheiros."),
		cc("el-GR", "Το ζαφείρι είναι ιχνηλάσιμο."),
		c("tr-TR", "Safir adının kökeni Yunanca sappheiros kelimesine kadar izlenebilir."),
		cc("tr-TR", "Bu safir tam izlenebilirlik sunar."),
		c("ar-AE", "اسم الياقوت قابل للتتبع إلى الكلمة اليونانية sappheiros."),
		cc("ar-AE", "هذا الياقوت قابل للتتبع."),
		c("ja-JP", "サファイアの名前の語源はギリシャ語のsappheirosまで遡ります。"),
		cc("ja-JP", "このサファイアはトレーサビリティが確保されています。"),
		c("ko-KR", "사파이어라는 이름은 그리스어 sappheiros까지 추적 가능합니다."),
		cc("ko-KR", "이 사파이어는 추적 가능합니다."),
		c("zh-CN", "这颗蓝宝石属于刚玉；英文名 sapphire 可追溯至希腊语 sappheiros。"),
		cc("zh-CN", "这颗蓝宝石来源可追溯。"),
		c("zh-TW", "這顆藍寶石屬於剛玉；英文名 sapphire 可追溯至希臘語 sappheiros。"),
		cc("zh-TW", "這顆藍寶石來源可追溯。"),
		// Backed by the data: the same claims pass.
		{"en-GB", "Every sapphire is traceable.", backed, false},
		{"de-DE", "Der Saphir ist rückverfolgbar.", backed, false},
		{"zh-CN", "这颗蓝宝石来源可追溯。", backed, false},
		{"zh-TW", "這顆藍寶石來源可追溯。", backed, false},
	})
}
