package grounding

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// Table tests of a colour in apposition (#13, eleventh session:
// released11a sv-SE "två odlade akoyapärlor på 7 mm, rosa och med en mjuk
// lyster" on white pearls only warned): a colour that opens a clause right
// after the noun phrase of the product's stones or piece (past a size such
// as "of 7 mm") and ends its clause or is joined by "and" is predicated of
// them, in every supported locale:
//   - appositive_wrong: pink said of white pearls blocks;
//   - appositive_right: white said of them does not;
//   - appositive_clothing: pink said of a blouse in a styling sentence does
//     not block (it warns).
//
// Japanese and Korean have no such apposition; their rows must not block.

var appositivePearls = core.Product{SKU: "AK1", Name: "Perle Studs", Category: "earrings",
	Materials: []string{"14k yellow gold", "akoya pearl"},
	Metals:    []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
	Stones:    []core.Stone{{Type: "akoya pearl", Colour: "white", Count: 2, Origin: core.OriginNatural}},
	Colours:   []string{"white", "gold"}}

var appositiveKinds = []anchorKind{
	{name: "appositive_wrong", rule: RuleColour, block: true, texts: map[string]string{
		"en":    "The studs hold two cultured akoya pearls of 7 mm, pink and with a soft lustre.",
		"fr":    "Les puces portent deux perles de culture akoya de 7 mm, roses et d'un doux éclat.",
		"de":    "Die Ohrstecker tragen zwei Akoya-Zuchtperlen von 7 mm, rosa und mit sanftem Lüster.",
		"it":    "Gli orecchini hanno due perle coltivate akoya da 7 mm, rosa e dalla lucentezza morbida.",
		"es":    "Los pendientes llevan dos perlas cultivadas akoya de 7 mm, rosas y con un lustre suave.",
		"pt":    "Os brincos têm duas pérolas cultivadas akoya de 7 mm, rosadas e com um brilho suave.",
		"nl":    "De oorknopjes hebben twee gekweekte akoyaparels van 7 mm, roze en met een zachte glans.",
		"sv":    "Örhängena har två odlade akoyapärlor på 7 mm, rosa och med en mjuk lyster.",
		"da":    "Ørestikkerne har to kultiverede akoyaperler på 7 mm, lyserøde og med en blød glans.",
		"nb":    "Øredobbene har to kultiverte akoyaperler på 7 mm, rosa og med en myk glans.",
		"fi":    "Korvakoruissa on kaksi viljeltyä akoyahelmeä, vaaleanpunaisia ja pehmeän kiiltäviä.",
		"pl":    "Kolczyki mają dwie hodowlane perły akoya 7 mm, różowe i o miękkim połysku.",
		"cs":    "Náušnice mají dvě kultivované perly akoya 7 mm, růžové a s jemným leskem.",
		"el":    "Τα σκουλαρίκια έχουν δύο καλλιεργημένα μαργαριτάρια akoya 7 mm, ροζ και με απαλή λάμψη.",
		"tr":    "Küpelerde 7 mm'lik iki kültür akoya incisi, pembe ve yumuşak parlaklıkta, altın yuvalarında duruyor.",
		"ar":    "يضم القرطان لؤلؤتي أكويا بقطر 7 مم، وردية وبلمعان ناعم.",
		"ja":    "ピアスには7mmのあこや真珠が2粒、ピンクで柔らかな光沢があります。",
		"ko":    "귀걸이에는 7mm 아코야 진주 두 알, 핑크색이며 부드러운 광택이 있습니다.",
		"zh":    "耳钉镶有两颗7毫米的养殖Akoya珍珠，粉色，光泽柔和。",
		"zh-TW": "耳環鑲有兩顆7毫米的養殖Akoya珍珠，粉色，光澤柔和。",
	}},
	{name: "appositive_right", rule: RuleColour, block: false, texts: map[string]string{
		"en":    "The studs hold two cultured akoya pearls of 7 mm, white and with a soft lustre.",
		"fr":    "Les puces portent deux perles de culture akoya de 7 mm, blanches et d'un doux éclat.",
		"de":    "Die Ohrstecker tragen zwei Akoya-Zuchtperlen von 7 mm, weiß und mit sanftem Lüster.",
		"it":    "Gli orecchini hanno due perle coltivate akoya da 7 mm, bianche e dalla lucentezza morbida.",
		"es":    "Los pendientes llevan dos perlas cultivadas akoya de 7 mm, blancas y con un lustre suave.",
		"pt":    "Os brincos têm duas pérolas cultivadas akoya de 7 mm, brancas e com um brilho suave.",
		"nl":    "De oorknopjes hebben twee gekweekte akoyaparels van 7 mm, wit en met een zachte glans.",
		"sv":    "Örhängena har två odlade akoyapärlor på 7 mm, vita och med en mjuk lyster.",
		"da":    "Ørestikkerne har to kultiverede akoyaperler på 7 mm, hvide og med en blød glans.",
		"nb":    "Øredobbene har to kultiverte akoyaperler på 7 mm, hvite og med en myk glans.",
		"fi":    "Korvakoruissa on kaksi viljeltyä akoyahelmeä, valkoisia ja pehmeän kiiltäviä.",
		"pl":    "Kolczyki mają dwie hodowlane perły akoya 7 mm, białe i o miękkim połysku.",
		"cs":    "Náušnice mají dvě kultivované perly akoya 7 mm, bílé a s jemným leskem.",
		"el":    "Τα σκουλαρίκια έχουν δύο καλλιεργημένα μαργαριτάρια akoya 7 mm, λευκά και με απαλή λάμψη.",
		"tr":    "Küpelerde 7 mm'lik iki kültür akoya incisi, beyaz ve yumuşak parlaklıkta, altın yuvalarında duruyor.",
		"ar":    "يضم القرطان لؤلؤتي أكويا بقطر 7 مم، بيضاء وبلمعان ناعم.",
		"ja":    "ピアスには7mmのあこや真珠が2粒、白で柔らかな光沢があります。",
		"ko":    "귀걸이에는 7mm 아코야 진주 두 알, 흰색이며 부드러운 광택이 있습니다.",
		"zh":    "耳钉镶有两颗7毫米的养殖Akoya珍珠，白色，光泽柔和。",
		"zh-TW": "耳環鑲有兩顆7毫米的養殖Akoya珍珠，白色，光澤柔和。",
	}},
	{name: "appositive_clothing", rule: RuleColour, block: false, texts: map[string]string{
		"en":    "The studs hold two cultured akoya pearls. Wear them with a silk blouse, pink and airy.",
		"fr":    "Les puces portent deux perles de culture akoya. Portez-les avec un chemisier en soie, rose et léger.",
		"de":    "Die Ohrstecker tragen zwei Akoya-Zuchtperlen. Tragen Sie sie zu einer Seidenbluse, rosa und luftig.",
		"it":    "Gli orecchini hanno due perle coltivate akoya. Indossali con una camicetta di seta, rosa e leggera.",
		"es":    "Los pendientes llevan dos perlas cultivadas akoya. Llévalos con una blusa de seda, rosa y ligera.",
		"pt":    "Os brincos têm duas pérolas cultivadas akoya. Use-os com uma blusa de seda, rosa e leve.",
		"nl":    "De oorknopjes hebben twee gekweekte akoyaparels. Draag ze bij een zijden blouse, roze en luchtig.",
		"sv":    "Örhängena har två odlade akoyapärlor. Bär dem till en sidenblus, rosa och luftig.",
		"da":    "Ørestikkerne har to kultiverede akoyaperler. Bær dem til en silkebluse, lyserød og let.",
		"nb":    "Øredobbene har to kultiverte akoyaperler. Bruk dem til en silkebluse, rosa og lett.",
		"fi":    "Korvakoruissa on kaksi viljeltyä akoyahelmeä. Käytä niitä silkkipuseron kanssa, vaaleanpunaisen ja kevyen.",
		"pl":    "Kolczyki mają dwie hodowlane perły akoya. Noś je do jedwabnej bluzki, różowej i lekkiej.",
		"cs":    "Náušnice mají dvě kultivované perly akoya. Noste je k hedvábné halence, růžové a lehké.",
		"el":    "Τα σκουλαρίκια έχουν δύο καλλιεργημένα μαργαριτάρια akoya. Φορέστε τα με μια μεταξωτή μπλούζα, ροζ και ανάλαφρη.",
		"tr":    "Küpelerde iki kültür akoya incisi var. Onları ipek bir bluzla takın, pembe ve hafif.",
		"ar":    "يضم القرطان لؤلؤتين من أكويا المستزرع. ارتديهما مع بلوزة حريرية، وردية وخفيفة.",
		"ja":    "ピアスには2粒のあこや真珠。シルクのブラウス、ピンクで軽やかなものと合わせて。",
		"ko":    "귀걸이에는 아코야 진주 두 알이 있습니다. 실크 블라우스, 핑크색이며 가벼운 옷과 함께 착용하세요.",
		"zh":    "耳钉镶有两颗养殖Akoya珍珠。搭配一件丝质衬衫，粉色，轻盈。",
		"zh-TW": "耳環鑲有兩顆養殖Akoya珍珠。搭配一件絲質襯衫，粉色，輕盈。",
	}},
}

// TestKindsAppositiveColour11 checks each kind in every supported locale.
func TestKindsAppositiveColour11(t *testing.T) {
	t.Parallel()
	for _, k := range appositiveKinds {
		for _, loc := range locales.Must().Supported() {
			key, ok := factLang(k.texts, loc)
			if !ok {
				t.Errorf("%s: no sentence for %s", k.name, loc)
				continue
			}
			if k.block && (key == "ja" || key == "ko") {
				// Japanese and Korean join a colour to what follows by a
				// copula's connective form ("ピンクで", "핑크색이며"), not
				// in apposition; their rows must only stay unblocked.
				continue
			}
			text := k.texts[key]
			fs := CheckWith(appositivePearls.Resolved(), loc, text, Options{})
			got := false
			var all []string
			for _, f := range fs {
				all = append(all, f.Rule+" "+f.Severity+" "+f.Message)
				if f.Severity == core.SeverityBlock {
					got = got || f.Rule == k.rule
					if !k.block {
						got = true // nothing may block a right or elsewhere colour
					}
				}
			}
			if got != k.block {
				t.Errorf("%s %s %q: blocked = %v, want %v; findings %s", k.name, loc, text, got, k.block, strings.Join(all, "; "))
			}
		}
	}
}
