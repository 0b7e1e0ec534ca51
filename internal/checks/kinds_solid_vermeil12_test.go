package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// solid12Vermeil is rose gold vermeil: 2.5 µm of 18k rose gold on
	// sterling silver, its materials listed as a PIM lists them.
	solid12Vermeil = core.Product{SKU: "S12V", Name: "Aube", Category: "ring", Materials: []string{"rose gold vermeil", "sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 2.5}}, Colours: []string{"rose gold"}}
	// solid12Gold is the same ring in solid 18k rose gold.
	solid12Gold = core.Product{SKU: "S12G", Name: "Aube", Category: "ring", Materials: []string{"18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Colours: []string{"rose gold"}}
)

// solid12Lang is one language's "solid 18k rose gold" (solid), a sentence
// that names the plating (plating) and a truthful line on the vermeil
// (vermeil).
type solid12Lang struct {
	solid, plating, vermeil string
	more                    []string // other solid words of the language
}

// solid12Texts: the solid word of each language (massief, massiv,
// massivt, masivní, lity, massiccio, macizo, maciço, som, συμπαγής, 無垢,
// 솔리드, 实心/纯, خالص) before or after its rose gold, with its karat.
var solid12Texts = map[string]solid12Lang{
	"en": {"Solid 18k rose gold ring.", "Take it off when washing your hands to keep the plating bright.", "18k rose gold vermeil over sterling silver, 2.5 microns thick.", nil},
	"de": {"Ring aus massivem 18 Karat Roségold.", "Beim Händewaschen abnehmen, damit die Vergoldung länger hält.", "Roségold-Vermeil: 2,5 Mikron 18 Karat Roségold auf Sterlingsilber.",
		[]string{"Ein Ring aus 18 Karat Roségold, massiv und edel."}},
	"nl": {"Ring van massief 18 karaat roségoud.", "Doe hem af bij het handen wassen, zo blijft de goudlaag mooi.", "Roségoud vermeil: 2,5 micron 18 karaat roségoud op sterling zilver.", nil},
	"sv": {"Ring i massivt 18 karat roséguld.", "Ta av den när du tvättar händerna så håller förgyllningen längre.", "Roséguld vermeil: 2,5 mikron 18 karat roséguld på sterlingsilver.", nil},
	"da": {"Ring i massivt 18 karat rosaguld.", "Tag den af, når du vasker hænder, så holder forgyldningen længere.", "Rosaguld vermeil: 2,5 mikron 18 karat rosaguld på sterlingsølv.", nil},
	"nb": {"Ring i massivt 18 karat roségull.", "Ta den av når du vasker hendene, så varer forgyllingen lenger.", "Roségull vermeil: 2,5 mikron 18 karat roségull på sterlingsølv.", nil},
	"fi": {"Sormus massiivista 18 karaatin ruusukultaa.", "Riisu se käsienpesun ajaksi, niin kullaus kestää kauemmin.", "Ruusukultainen vermeil: 2,5 mikronin kullaus sterlinghopean päällä.", nil},
	"fr": {"Bague en or rose 18 carats massif.", "Retirez-la pour vous laver les mains afin de préserver la dorure.", "Vermeil or rose : 2,5 microns d'or rose 18 carats sur argent 925.", nil},
	"es": {"Anillo de oro rosa macizo de 18 quilates.", "Quítatelo al lavarte las manos para que el baño dure más.", "Vermeil de oro rosa: 2,5 micras de oro rosa de 18 quilates sobre plata de ley.", nil},
	"it": {"Anello in oro rosa massiccio 18 carati.", "Toglilo quando ti lavi le mani per preservare la placcatura.", "Vermeil in oro rosa: 2,5 micron di oro rosa 18 carati su argento 925.",
		[]string{"Anello in oro rosa pieno 18 carati."}},
	"pt": {"Anel em ouro rosé maciço 18 quilates.", "Retire-o ao lavar as mãos para o banho durar mais.", "Vermeil de ouro rosé: 2,5 mícrons de ouro rosé 18k sobre prata 925.", nil},
	"pl": {"Pierścionek z litego różowego złota próby 750.", "Zdejmuj go przy myciu rąk, aby złocenie dłużej zachowało blask.", "Vermeil z różowego złota: 2,5 mikrona złocenia na srebrze próby 925.", nil},
	"cs": {"Prsten z masivního 18karátového růžového zlata.", "Při mytí rukou jej sundejte, aby pozlacení déle vydrželo.", "Vermeil z růžového zlata: 2,5 mikronu pozlacení na stříbře 925.", nil},
	"el": {"Δαχτυλίδι από συμπαγή ροζ χρυσό 18 καρατίων.", "Βγάλτε το όταν πλένετε τα χέρια σας, για να διατηρηθεί η επιχρύσωση.", "Vermeil ροζ χρυσού: επιχρύσωση 2,5 μικρών πάνω σε ασήμι 925.", nil},
	"tr": {"Som 18 ayar rose altın yüzük.", "Kaplamanın uzun ömürlü olması için el yıkarken çıkarın.", "Rose altın vermeil: 925 ayar gümüş üzerine 2,5 mikron rose altın kaplama.",
		[]string{"Katı 18 ayar rose altın yüzük."}},
	"ja": {"18金無垢のピンクゴールドリング。", "メッキを長持ちさせるため、手洗いの際は外してください。", "スターリングシルバーに2.5ミクロンのピンクゴールドメッキを施したヴェルメイユ。", nil},
	"ko": {"솔리드 18K 로즈골드 반지.", "도금을 오래 유지하려면 손을 씻을 때 빼 두세요.", "925 실버에 2.5미크론 로즈골드 도금을 한 버메일 반지.",
		[]string{"순 18K 로즈골드 반지."}},
	"zh-CN": {"实心18K玫瑰金戒指。", "洗手时请取下，以保护镀层。", "925银镀2.5微米玫瑰金的维米尔戒指。", nil},
	"zh-TW": {"實心18K玫瑰金戒指。", "洗手時請取下，以保護鍍層。", "925銀鍍2.5微米玫瑰金的維米爾戒指。", nil},
	"ar":    {"خاتم من الذهب الوردي الخالص عيار 18.", "انزعيه عند غسل اليدين للحفاظ على الطلاء.", "فيرميل ذهب وردي: طلاء بسماكة 2.5 ميكرون فوق الفضة الإسترليني.", nil},
}

// TestKindsSolidVermeil12: "solid" with gold on rose gold vermeil blocks
// as a plating misdescription in every language (16 CFR 23.4 and 23.6;
// Hallmarking Act 1973 s.1; #13, plating_silver: "massief 18 karaat
// roségoud" on a rose gold vermeil ring passed, the product's "rose gold
// vermeil" being read as rose gold and a vermeil), whether the plating is
// named after it or before it; the same words on a solid rose gold ring
// and the truthful vermeil line pass.
func TestKindsSolidVermeil12(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var solid, after, before, vermeil []lt
	perLocale(t, solid12Texts, "solid12", func(loc string, x solid12Lang, in func([]string) []lt) {
		solid = append(solid, in(append([]string{x.solid}, x.more...))...)
		after = append(after, in([]string{x.solid + " " + x.plating})...)
		before = append(before, in([]string{x.plating + " " + x.solid})...)
		vermeil = append(vermeil, in([]string{x.vermeil})...)
	})
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"solid rose gold on vermeil", solid12Vermeil, CatRegulatory, solid},
		{"solid rose gold on vermeil, the plating named after", solid12Vermeil, CatRegulatory, after},
		{"solid rose gold on vermeil, the plating named before", solid12Vermeil, CatRegulatory, before},
		{"solid rose gold on solid rose gold", solid12Gold, "", solid},
		{"the vermeil said truly", solid12Vermeil, "", vermeil},
	})
}
