package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	usually47Champ = core.Product{SKU: "U47C", Name: "Aura Champagne Diamond Pendant", Category: "pendant", Collection: "Aura", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "champagne", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"yellow gold", "champagne"}}
	usually47Opal = core.Product{SKU: "U47O", Name: "Nova Black Opal Ring", Category: "ring", Collection: "Nova", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver"}}, Stones: []core.Stone{{Type: "opal", Colour: "black", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"black", "silver"}}
)

// usually47Clean: what a stone or metal usually is, then the piece set
// against it, 25 locales (a pink sapphire ring in 18k white gold).
var usually47Clean = [][2]string{
	{"en-GB", "Sapphires are usually blue, but this one is pink."},
	{"en-US", "Most sapphires are blue; ours is a pink sapphire."},
	{"en-AU", "Sapphires are typically blue, whereas this one is pink."},
	{"de-DE", "Saphire sind meist blau, dieser hier ist jedoch rosa."},
	{"fr-FR", "Les saphirs sont généralement bleus, mais celui-ci est rose."},
	{"fr-CA", "La plupart des saphirs sont bleus, mais celui-ci est rose."},
	{"es-ES", "Los zafiros suelen ser azules, pero este es rosa."},
	{"es-MX", "Los zafiros normalmente son azules, pero este es rosa."},
	{"it-IT", "Gli zaffiri sono di solito blu, ma questo è rosa."},
	{"pt-PT", "As safiras são geralmente azuis, mas esta é cor-de-rosa."},
	{"pt-BR", "As safiras costumam ser azuis, mas esta é rosa."},
	{"nl-NL", "Saffieren zijn meestal blauw, maar deze is roze."},
	{"sv-SE", "Safirer är oftast blå, men den här är rosa."},
	{"da-DK", "Safirer er oftest blå, men denne er lyserød."},
	{"nb-NO", "Safirer er vanligvis blå, men denne er rosa."},
	{"fi-FI", "Safiirit ovat yleensä sinisiä, mutta tämä on vaaleanpunainen."},
	{"pl-PL", "Szafiry są zwykle niebieskie, ale ten jest różowy."},
	{"cs-CZ", "Safíry jsou obvykle modré, ale tento je růžový."},
	{"el-GR", "Τα ζαφείρια είναι συνήθως μπλε, αλλά αυτό είναι ροζ."},
	{"tr-TR", "Safirler genellikle mavidir, ama bu pembedir."},
	{"ar-AE", "عادةً ما يكون الياقوت أزرق، لكن هذا وردي."},
	{"ja-JP", "サファイアは通常青色ですが、このサファイアはピンクです。"},
	{"ko-KR", "사파이어는 보통 파란색이지만 이 사파이어는 핑크입니다."},
	{"zh-CN", "蓝宝石通常是蓝色的，但这颗是粉色的。"},
	{"zh-TW", "藍寶石通常是藍色的，但這顆是粉紅色的。"},
	{"en-GB", "Sapphires are usually blue. This one, however, is pink."},
	{"en-GB", "While most sapphires are blue, this one is a soft pink."},
	{"en-US", "Although sapphires are usually blue, this one is pink."},
	{"en-GB", "Sapphire is most often blue, yet this ring's stone is pink."},
	{"de-DE", "Während die meisten Saphire blau sind, ist dieser rosa."},
	{"fr-FR", "Si la plupart des saphirs sont bleus, celui-ci est rose."},
	{"es-ES", "Casi todos imaginan el zafiro azul, pero este es de un rosa suave."},
}

// usually47Other: the kind on other stones (a champagne diamond, a black
// opal).
var usually47Other = []kindRow{
	{"en-GB", "Diamonds are typically colourless, whereas this one has a champagne hue.", usually47Champ, false},
	{"fr-FR", "Les diamants sont généralement incolores, mais celui-ci a une teinte champagne.", usually47Champ, false},
	{"es-ES", "Los diamantes suelen ser incoloros, pero este tiene un tono champán.", usually47Champ, false},
	{"en-GB", "Most opals are white; ours is a black opal.", usually47Opal, false},
	{"de-DE", "Die meisten Opale sind weiß, unserer ist ein schwarzer Opal.", usually47Opal, false},
	{"fr-FR", "La plupart des opales sont blanches ; la nôtre est une opale noire.", usually47Opal, false},
	{"es-ES", "La mayoría de los ópalos son blancos; el nuestro es un ópalo negro.", usually47Opal, false},
	{"it-IT", "La maggior parte degli opali è bianca, il nostro è un opale nero.", usually47Opal, false},
	{"nl-NL", "De meeste opalen zijn wit, de onze is een zwarte opaal.", usually47Opal, false},
	{"ja-JP", "オパールの多くは白色ですが、こちらはブラックオパールです。", usually47Opal, false},
	{"zh-CN", "大多数蛋白石是白色的，而我们的是黑蛋白石。", usually47Opal, false},
	{"en-GB", "Most opals are white; ours is a white opal.", usually47Opal, true},
	{"en-GB", "Most opals are white, and ours is no exception.", usually47Opal, true},
	{"en-GB", "Our opals are mostly white.", usually47Opal, true},
}

// usually47Gold: gold is usually yellow, this ring is white gold.
var usually47Gold = [][2]string{
	{"en-GB", "Gold is usually yellow, but this ring is white gold."},
	{"en-US", "Most gold is yellow, but this ring is white gold."},
	{"de-DE", "Gold ist meist gelb, dieser Ring ist jedoch aus Weißgold."},
	{"fr-FR", "L'or est généralement jaune, mais cette bague est en or blanc."},
	{"es-ES", "El oro suele ser amarillo, pero este anillo es de oro blanco."},
	{"it-IT", "L'oro è di solito giallo, ma questo anello è in oro bianco."},
	{"pt-BR", "O ouro costuma ser amarelo, mas este anel é de ouro branco."},
	{"nl-NL", "Goud is meestal geel, maar deze ring is van witgoud."},
	{"sv-SE", "Guld är oftast gult, men den här ringen är av vitguld."},
	{"pl-PL", "Złoto jest zwykle żółte, ale ten pierścionek jest z białego złota."},
	{"tr-TR", "Altın genellikle sarıdır, ama bu yüzük beyaz altındır."},
	{"ja-JP", "金は通常黄色ですが、このリングはホワイトゴールドです。"},
	{"zh-CN", "黄金通常是黄色的，但这枚戒指是白金的。"},
}

// usually47Bad: the piece given a wrong colour, in the contrast clause,
// as the subject of the "usually" sentence, or named with no contrast.
var usually47Bad = [][2]string{
	{"en-GB", "Sapphires are usually pink, but this one is blue."},
	{"de-DE", "Saphire sind meist rosa, dieser hier ist jedoch blau."},
	{"fr-FR", "Les saphirs sont généralement roses, mais celui-ci est bleu."},
	{"es-ES", "Los zafiros suelen ser rosas, pero este es azul."},
	{"it-IT", "Gli zaffiri sono di solito rosa, ma questo è blu."},
	{"pt-BR", "As safiras costumam ser rosa, mas esta é azul."},
	{"nl-NL", "Saffieren zijn meestal roze, maar deze is blauw."},
	{"sv-SE", "Safirer är oftast rosa, men den här är blå."},
	{"pl-PL", "Szafiry są zwykle różowe, ale ten jest niebieski."},
	{"cs-CZ", "Safíry jsou obvykle růžové, ale tento je modrý."},
	{"tr-TR", "Safirler genellikle pembedir, ama bu mavidir."},
	{"ko-KR", "사파이어는 보통 핑크이지만 이 사파이어는 파란색입니다."},
	{"el-GR", "Τα ζαφείρια είναι συνήθως ροζ, αλλά αυτό είναι μπλε."},
	{"fi-FI", "Safiirit ovat yleensä vaaleanpunaisia, mutta tämä on sininen."},
	{"da-DK", "Safirer er oftest lyserøde, men denne er blå."},
	{"nb-NO", "Safirer er vanligvis rosa, men denne er blå."},
	{"zh-TW", "藍寶石通常是粉紅色的，但這顆是藍色的。"},
	{"pt-PT", "As safiras são geralmente cor-de-rosa, mas esta é azul."},
	{"en-GB", "Sapphires are usually blue. This ring's sapphire is blue too."},
	{"en-GB", "Sapphires are usually blue, but this ring is set with a blue sapphire."},
	{"zh-CN", "蓝宝石通常是粉色的，但这颗是蓝色的。"},
	{"en-GB", "This ring's sapphire is usually blue."},
	{"en-US", "The sapphire in this ring is usually blue, but it can look pink in warm light."},
	{"de-DE", "Der Saphir dieses Rings ist meist blau."},
	{"fr-FR", "Le saphir de cette bague est généralement bleu."},
	{"es-ES", "El zafiro de este anillo suele ser azul."},
	{"en-GB", "Our sapphires are usually blue."},
	{"en-GB", "Our sapphires are usually blue, but this one is pink."},
	{"de-DE", "Unsere Saphire sind meist blau."},
	{"fr-FR", "Nos saphirs sont généralement bleus."},
	{"es-ES", "Nuestros zafiros suelen ser azules."},
	{"en-GB", "Sapphires are usually blue, and this one is no exception."},
	{"en-GB", "Gold is usually yellow, but this ring is yellow gold."},
	{"de-DE", "Gold ist meist gelb, dieser Ring ist jedoch aus Gelbgold."},
	{"fr-FR", "L'or est généralement jaune, mais cette bague est en or jaune."},
}

// TestKindsUsually47 (#13, usually47): a sentence of what a stone or
// metal usually is, set against the piece ("Sapphires are usually blue,
// but this one is pink", "Most sapphires are blue; ours is a pink
// sapphire", "Gold is usually yellow, but this ring is white gold")
// blocked as a bare colour of the piece ("mentions blue") in 22 of 25
// locales. A colour in a clause with a generic word (generic_words) and a
// stone or material, no word of the piece, followed in its sentence (or
// the next) by a contrast word or a colour of the product, is the
// species' (grounding usual_colour.go usualColour, a variety colour: a
// warning at most); so is one followed by a variety of the product's
// stone ("Most opals are white; ours is a black opal"). The colour of the
// contrast clause is still the piece's, and a "usually" sentence about
// the piece still blocks. The gold rows passed on main and are guards.
func TestKindsUsually47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pk := colour47Pink
	rows := append(pairRows(pk, false, usually47Clean, usually47Gold), pairRows(pk, true, usually47Bad)...)
	checkKindRows(t, svc, "grounding", rows)
	checkKindRows(t, svc, "grounding", usually47Other)
}

// TestKindsUsually47Open (#13, usually47): rows not reached (ja
// このサファイアは青色です blocks since colourmiss47b: 青色 was no colour
// form). Bad twins that pass on main too: ar "لكن هذا أزرق" (a nominal sentence with no
// copula, colourmiss47's open kind). Clean: de "farblos" (colourless) of
// diamonds set against a Champagnerton still blocks.
func TestKindsUsually47Open(t *testing.T) {
	t.Skip("usually47: open rows, see the doc comment")
	svc := checkService(t)
	pk := colour47Pink
	checkKindRows(t, svc, "grounding", []kindRow{
		{"ar-AE", "عادةً ما يكون الياقوت ورديًا، لكن هذا أزرق.", pk, true},
		{"de-DE", "Diamanten sind meist farblos, dieser hier hat jedoch einen Champagnerton.", usually47Champ, false},
	})
}
