package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsStoneNoun35: a stone named in an inflected or plural form the
// vocabulary did not list is still that stone, for a wrong stone and for
// a count (#13, stonenoun35): multi-word forms whose words inflect read
// by their stems (pl "kamieni księżycowych", cs "měsíčních kamenů"), a
// Greek genitive the light stemmer over-stripped ("γρανατών"), German
// plurals of one-word stones (stone_endings: "Rauchquarze",
// "Tigeraugen"), Turkish izafet heads without their possessive (compound_
// possessives: "ay taşları", "kaplan gözlü"), the Korean plural 들
// ("루비들이") and 돌, stone, where it is counted ("다섯 개의 돌").
// Each row has its twin: the right stone (or count) passes, the wrong one
// blocks.
func TestKindsStoneNoun35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := func(stone string, n int) core.Product {
		return core.Product{SKU: "SN35", Name: "Aurora Pendant", Category: "pendant", Collection: "Essence",
			Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
			Stones:  []core.Stone{{Type: stone, Colour: "white", Count: n, Origin: "natural"}},
			Colours: []string{"silver"}}
	}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// failed before: the wrong stone passed
		{"pl-PL", "Blask kamieni księżycowych podkreśla wisiorek.", p("opal", 3), true},
		{"pl-PL", "Wisiorek z kamieniami księżycowymi.", p("opal", 3), true},
		{"cs-CZ", "Lesk měsíčních kamenů zdůrazňuje přívěsek.", p("opal", 3), true},
		{"cs-CZ", "Přívěsek s měsíčními kameny.", p("opal", 3), true},
		{"el-GR", "Η λάμψη των γρανατών κάνει το μενταγιόν ξεχωριστό.", p("emerald", 3), true},
		{"tr-TR", "Ay taşları kolye ucuna ışıltı katar.", p("opal", 3), true},
		{"tr-TR", "Ay taşlı kolye ucu her güne uygun.", p("opal", 3), true},
		{"tr-TR", "Kolye ucunda kaplan gözleri parlıyor.", p("tourmaline", 3), true},
		{"tr-TR", "Kaplan gözlü kolye ucu.", p("tourmaline", 3), true},
		{"de-DE", "Der Anhänger ist mit Rauchquarzen verziert, die im Licht funkeln.", p("tanzanite", 3), true},
		{"de-DE", "Ein Anhänger mit Tigeraugen.", p("tourmaline", 3), true},
		{"pl-PL", "W wisiorku lśnią tygrysie oczy.", p("tourmaline", 3), true},
		{"cs-CZ", "Na přívěsku se třpytí tygří oči.", p("tourmaline", 3), true},
		{"ko-KR", "루비들이 빛을 받아 반짝입니다.", p("sapphire", 3), true},
		{"ko-KR", "에메랄드들이 펜던트를 장식합니다.", p("ruby", 3), true},
		// failed before: a wrong count on the stone noun 돌 passed
		{"ko-KR", "다섯 개의 돌이 펜던트를 장식합니다.", p("sapphire", 3), true},
		{"ko-KR", "이 펜던트에는 돌 다섯 개가 박혀 있습니다.", p("sapphire", 3), true},
		// a wrong count on an inflected multi-word stone
		{"pl-PL", "Wisiorek ma pięć kamieni księżycowych.", p("moonstone", 3), true},
		{"tr-TR", "Beş ay taşlı kolye ucu.", p("moonstone", 3), true},

		// twins: the right stone and count pass
		{"pl-PL", "Blask kamieni księżycowych podkreśla wisiorek.", p("moonstone", 3), false},
		{"pl-PL", "Wisiorek z trzema kamieniami księżycowymi.", p("moonstone", 3), false},
		{"cs-CZ", "Lesk měsíčních kamenů zdůrazňuje přívěsek.", p("moonstone", 3), false},
		{"cs-CZ", "Přívěsek se třemi měsíčními kameny.", p("moonstone", 3), false},
		{"el-GR", "Η λάμψη των γρανατών κάνει το μενταγιόν ξεχωριστό.", p("garnet", 3), false},
		{"tr-TR", "Ay taşları kolye ucuna ışıltı katar.", p("moonstone", 3), false},
		{"tr-TR", "Üç ay taşlı kolye ucu her güne uygun.", p("moonstone", 3), false},
		{"tr-TR", "Kaplan gözlü kolye ucu.", p("tiger's eye", 3), false},
		{"de-DE", "Der Anhänger ist mit Rauchquarzen verziert, die im Licht funkeln.", p("smoky quartz", 3), false},
		{"de-DE", "Ein Anhänger mit drei Tigeraugen.", p("tiger's eye", 3), false},
		{"pl-PL", "W wisiorku lśnią tygrysie oczy.", p("tiger's eye", 3), false},
		{"cs-CZ", "Na přívěsku se třpytí tygří oči.", p("tiger's eye", 3), false},
		{"ko-KR", "루비들이 빛을 받아 반짝입니다.", p("ruby", 3), false},
		{"ko-KR", "세 개의 돌이 펜던트를 장식합니다.", p("sapphire", 3), false},
		{"ko-KR", "이 펜던트에는 돌 세 개가 박혀 있습니다.", p("sapphire", 3), false},
		// 돌 uncounted is a first birthday, no stone: passes on a stoneless piece
		{"ko-KR", "아기의 돌 선물로 좋은 펜던트입니다.", core.Product{SKU: "SN35B", Name: "Aurora Pendant", Category: "pendant", Collection: "Essence",
			Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}}, Colours: []string{"silver"}}, false},
		// the plain forms the packs already read keep their verdicts
		{"de-DE", "Der Anhänger ist mit drei Saphiren besetzt.", p("sapphire", 3), false},
		{"de-DE", "Der Anhänger ist mit fünf Saphiren besetzt.", p("sapphire", 3), true},
		{"fi-FI", "Riipuksessa on kolme safiiria.", p("sapphire", 3), false},
		{"fi-FI", "Riipus on koristeltu rubiineilla.", p("sapphire", 3), true},
		{"pl-PL", "Wisiorek z trzema szafirami.", p("sapphire", 3), false},
		{"pl-PL", "Wisiorek ma pięć szafirów.", p("sapphire", 3), true},
		{"cs-CZ", "Přívěsek má tři safíry.", p("sapphire", 3), false},
		{"cs-CZ", "Přívěsek má pět safírů.", p("sapphire", 3), true},
	})
}

// TestKindsCompanionQuoted35: the count of a companion piece named beside
// the product belongs to the companion where its name stands in quotes
// after the category word (ja "ブレスレット「しずく」と合わせて": the
// quoted name no longer hides the pairing particle, afterQuotedName) and
// where the Turkish companion noun carries the possessive of its izafet
// name before the comitative ("Çiy bilekliğiyle" is bilekliği + -yle: tr
// endings), so a count in the participle clause before it ("üç peridot
// bulunan Çiy bilekliğiyle") is the bracelet's (#13, stonenoun35;
// companionprefix34's leftovers). Blocking twins: the earrings' own
// count, and the companion's category said of the piece.
func TestKindsCompanionQuoted35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := dewEarrings()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// failed before
		{"ja-JP", "髪をまとめて、ブレスレット「しずく」と合わせてもすてきです。", p, false},
		{"ja-JP", "細いチェーンに3つのペリドットを並べたブレスレット「しずく」と合わせても。", p, false},
		{"tr-TR", "Saçlarınızı toplayıp ince zincirinde üç peridot bulunan Çiy bilekliğiyle takın.", p, false},
		{"tr-TR", "Küpeleri üç peridotlu Çiy bilekliğiyle takın.", p, false},
		{"tr-TR", "Küpeleri üç peridot bulunan Çiy bilekliğiyle takın.", p, false},
		// kept
		{"ja-JP", "3つのペリドットをあしらったネックレス『しずく』との重ね付けもおすすめです。", p, false},
		{"tr-TR", "Küpeleri, üç peridot bulunan ince Çiy bilekliğiyle birlikte takın.", p, false},
		{"en-GB", "Wear them with the bracelet “Dew”, with three peridots on a fine chain.", p, false},
		{"de-DE", "Tragen Sie sie mit dem Armband „Tau“ mit drei Peridoten.", p, false},
		{"fr-FR", "Portez-les avec le bracelet « Rosée », orné de trois péridots.", p, false},

		// twins: the piece's own count, or the companion's category said of the piece
		{"ja-JP", "このピアスは3つのペリドットを並べたデザインです。", p, true},
		{"ja-JP", "3つのペリドットを並べたピアス「しずく」です。", p, true},
		{"ja-JP", "ブレスレット「しずく」です。", p, true},
		{"ja-JP", "3つのペリドットを並べたピアス「しずく」とブレスレットを合わせて。", p, true},
		{"tr-TR", "Küpelerde üç peridot bulunur.", p, true},
		{"tr-TR", "Üç peridotlu küpeleri Çiy bilekliğiyle takın.", p, true},
		{"tr-TR", "Küpelerin her birinde üç peridot var; Çiy bilekliğiyle takın.", p, true},
		{"tr-TR", "Üç peridot bulunan küpeler, Çiy bilekliğiyle de uyumludur.", p, true},
		{"en-GB", "This is the bracelet “Dew”.", p, true},
	})
}
