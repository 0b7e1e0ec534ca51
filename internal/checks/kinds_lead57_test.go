package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of blind set 57's pools, as the lead probed them with its own
// texts (not the sealed half's): danburite on palladium-plated silver,
// sugilite in Fairmined gold, ammolite in 10k gold, anyolite on 22k
// vermeil, scapolite with unakite beads.
var (
	lead57Danburite = core.Product{SKU: "L57D", Name: "Clear Drop", Category: "pendant", Collection: "Signature",
		Materials: []string{"sterling silver with palladium plating", "danburite"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "palladium", Fineness: "925", PlatingMicrons: 0.5}},
		Stones:    []core.Stone{{Type: "danburite", Colour: "colourless", Count: 1, Origin: "natural"}}, Colours: []string{"silver", "colourless"}}
	lead57Sugilite = core.Product{SKU: "L57S", Name: "Iris Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"18k Fairmined yellow gold", "sugilite"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sugilite", Colour: "purple", Count: 2, Origin: "natural"}}, Colours: []string{"purple", "gold"}, Features: []string{"Fairmined certified gold"}}
	lead57Ammolite = core.Product{SKU: "L57A", Name: "Spiral Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"10k yellow gold", "ammolite"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "10k"}},
		Stones: []core.Stone{{Type: "ammolite", Colour: "multicolour", Count: 1, Origin: "natural", Treatment: "stabilised"}}, Colours: []string{"multicolour", "gold"}}
	lead57Anyolite = core.Product{SKU: "L57Y", Name: "Meadow Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver with 22k gold vermeil", "ruby in zoisite"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "22k", PlatingMicrons: 2.5}},
		Stones:    []core.Stone{{Type: "ruby in zoisite", Colour: "green and red", Count: 1, Origin: "natural"}}, Colours: []string{"green", "red", "gold"}}
	lead57Scapolite = core.Product{SKU: "L57C", Name: "Dusk Ring", Category: "ring", Collection: "Lumière",
		Materials: []string{"10k yellow gold", "scapolite", "unakite"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "10k"}},
		Stones:  []core.Stone{{Type: "scapolite", Colour: "purple", Count: 1, Origin: "natural"}, {Type: "unakite", Colour: "green and pink", Count: 2, Origin: "natural"}},
		Colours: []string{"purple", "green", "gold"}}
)

// TestKindsLead57 (#13, lead57): probing blind set 57's pool with the
// lead's own texts found five kinds, each blocking on main:
//   - a plating said with the impersonal or short passive participle of
//     a verb of covering (pl "pokryto palladem", cs "je pokryto
//     palladiem") was no plating word (plating_words);
//   - Chinese 金包銀 / 金包银 (gold over silver, vermeil) was no plating word;
//   - German Quecksilber (mercury, in Fairmined copy) read as silver;
//   - a Korean age of tens of millions of years before a noun ("7천만 년 된
//     암모나이트") read as a count (time_units lacked 천만 년 and the like);
//   - a German hyphenated bead compound of a stone ("Unakit-Perlen") read
//     as pearls (bead.go stoneHyphenBead);
//   - a stone as the standard of an equative after the piece's own stone,
//     in a clause that names the piece's metal ("It is as clear as
//     topaz, and the pendant's sterling silver …"; equative.go
//     stoneEquated).
func TestKindsLead57(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	d := lead57Danburite
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"pl-PL", "Srebro pokryto palladem, metalem z grupy platynowców, dla jasnego wykończenia.", d, false},
		{"cs-CZ", "Stříbro je pokryto palladiem, kovem platinové skupiny.", d, false},
		{"cs-CZ", "Stříbro je potaženo palladiem pro jasný bílý lesk.", d, false},
		{"zh-TW", "紅寶石黝簾石是綠色黝簾石中長出紅寶石晶體的天然石，產自坦尚尼亞，以22K金包銀鑲嵌。", lead57Anyolite, false},
		{"zh-CN", "吊坠采用22K金包银，温暖而柔和。", lead57Anyolite, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"de-DE", "Unser Fairmined-Gold stammt aus zertifizierten Kleinminen, die strenge Standards für sichere Arbeit und den verantwortungsvollen Umgang mit Quecksilber erfüllen.", lead57Sugilite, false},
		{"de-DE", "Die Minen verzichten auf Quecksilber und Zyanid.", lead57Sugilite, false},
		{"ko-KR", "이 화석은 7천만 년 된 암모나이트 껍데기입니다.", lead57Ammolite, false},
		{"ko-KR", "암몰라이트는 약 7천만 년 전 암모나이트 껍데기가 화석이 된 것입니다.", lead57Ammolite, false},
		{"de-DE", "Skapolith ist ein violettes Mineral; daneben sitzen zwei Unakit-Perlen in 10 Karat Gelbgold.", lead57Scapolite, false},
		{"en-GB", "Danburite takes its name from Danbury, Connecticut. It is as clear as topaz, and the pendant's sterling silver is plated with palladium.", d, false},
		{"pl-PL", "Danburyt zawdzięcza nazwę miastu Danbury. Jest przejrzysty jak topaz, a srebro pokryto palladem.", d, false},
	})
}

// TestKindsLead57Bad: the same words where they are untrue still block.
func TestKindsLead57Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	d := lead57Danburite
	solid := lead57Sugilite
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		// palladium named with no word of covering on a plated piece
		{"pl-PL", "Wisior wykonano z palladu.", d, true},
		{"cs-CZ", "Přívěsek je z palladia.", d, true},
		{"zh-CN", "吊坠采用22K金打造。", lead57Anyolite, true},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// silver still silver, in a compound of the piece
		{"de-DE", "Die Ohrstecker sind aus Sterlingsilber gefertigt.", solid, true},
		{"de-DE", "Die Ohrstecker aus Silber tragen zwei Sugilithe.", solid, true},
		// a count before a stone that is no time
		{"ko-KR", "이 펜던트에는 암몰라이트 세 개가 세팅되어 있습니다.", lead57Ammolite, true},
		// pearls of their own kind, a stone set outright
		{"de-DE", "Daneben sitzen zwei Süßwasser-Perlen in 10 Karat Gelbgold.", lead57Scapolite, true},
		{"en-GB", "The pendant is set with a topaz in sterling silver plated with palladium.", d, true},
		{"en-GB", "The pendant holds a topaz, as clear as glass.", d, true},
		{"pl-PL", "Wisior ma topaz, a srebro pokryto palladem.", d, true},
	})
}
