package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// What imitates the product's material, and what an imitation is made of
// (#13, imitate24; probe 30's 30C101 and 30D103, "Moissanite and cubic
// zirconia only imitate that look" on a lab-grown diamond solitaire in
// en-GB, de-DE, es-MX, nb-NO, ko-KR, es-ES, pt-BR, el-GR, and 30C102, "Le
// imitazioni in vetro o conchiglia", "Imitatieparels van glas of plastic",
// "Napodobeniny ze skla nebo plastu" on cultured pearls, blocked
// grounding.stone and grounding.material). The subject of a word of
// imitation, with its list, its appositions and adverbs, and the material
// an imitation is made of, with its list, are the imitation's; the same
// stones set in the piece (a sentence naming the piece) still block, as
// the FTC Jewelry Guides ask (16 CFR 23.12, 23.25: a simulant named as the
// piece's stone), and so do a stone placed beside it and a diamond named
// on a moissanite piece.
func TestKindsImitation24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	diamond := core.Product{SKU: "K24I1", Name: "Solitaire Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"18k white gold", "lab-grown diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: "lab_grown"}}, Colours: []string{"silver", "white"}}
	pearl := core.Product{SKU: "K24I2", Name: "Pearl Studs", Category: "earrings", Collection: "Moments",
		Materials: []string{"sterling silver", "freshwater cultured pearl"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cultured pearl", Colour: "white", Count: 2, Origin: "natural"}}, Colours: []string{"white", "silver"}}
	moissanite := core.Product{SKU: "K24I3", Name: "Solitaire Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "moissanite", Colour: "clear", Count: 1, Origin: "lab_grown"}}, Colours: []string{"silver", "white"}}
	// Per locale: the imitators (pass on the diamond) and the same stones
	// set in the ring (block).
	imitators := map[string][2]string{
		"ar-AE": {"أما المويسانيت والزركونيا المكعبة فتحاكي مظهره فقط.", "الخاتم مرصع بالمويسانيت والزركونيا المكعبة التي تحاكي مظهره."},
		"cs-CZ": {"Moissanit a kubická zirkonie jeho vzhled jen napodobují.", "Prsten je osazen moissanitem a kubickou zirkonií, které napodobují jeho vzhled."},
		"da-DK": {"Moissanit og kubisk zirkonia efterligner kun udseendet.", "Ringen er indfattet med moissanit og kubisk zirkonia, der efterligner udseendet."},
		"de-DE": {"Moissanit und Zirkonia ahmen sein Aussehen lediglich nach.", "Der Ring ist mit Moissanit und Zirkonia besetzt, die sein Aussehen nachahmen."},
		"el-GR": {"Ο μουασανίτης και η κυβική ζιρκονία απλώς μιμούνται την όψη του.", "Το δαχτυλίδι είναι στολισμένο με μουασανίτη και κυβική ζιρκονία που μιμούνται την όψη του."},
		"en-AU": {"Moissanite and cubic zirconia only imitate its look.", "The ring is set with moissanite and cubic zirconia that imitate its look."},
		"en-GB": {"Moissanite and cubic zirconia only imitate its look.", "The ring is set with moissanite and cubic zirconia that imitate its look."},
		"en-US": {"Moissanite and cubic zirconia only imitate its look.", "The ring is set with moissanite and cubic zirconia that imitate its look."},
		"es-ES": {"La moissanita y la circonita solo imitan su aspecto.", "El anillo lleva engastadas moissanita y circonita, que imitan su aspecto."},
		"es-MX": {"La moissanita y la circonita solo imitan su aspecto.", "El anillo lleva engastadas moissanita y circonita, que imitan su aspecto."},
		"fi-FI": {"Moissaniitti ja kuutiozirkonia vain jäljittelevät sen ulkonäköä.", "Sormukseen on upotettu moissaniittia ja kuutiozirkoniaa, jotka jäljittelevät sen ulkonäköä."},
		"fr-CA": {"La moissanite et la zircone cubique ne font qu'imiter son aspect.", "La bague est sertie de moissanite et de zircone cubique qui imitent son aspect."},
		"fr-FR": {"La moissanite et la zircone cubique ne font qu'imiter son aspect.", "La bague est sertie de moissanite et de zircone cubique qui imitent son aspect."},
		"it-IT": {"La moissanite e la zirconia cubica ne imitano soltanto l'aspetto.", "L'anello è incastonato con moissanite e zirconia cubica che ne imitano l'aspetto."},
		"ja-JP": {"モアッサナイトやキュービックジルコニアは、その外観を模倣するだけです。", "指輪には、その外観を模倣するモアッサナイトとキュービックジルコニアがセッティングされています。"},
		"ko-KR": {"모이사나이트나 큐빅 지르코니아는 그 모습을 흉내 낼 뿐입니다.", "이 반지에는 그 모습을 흉내 내는 모이사나이트와 큐빅 지르코니아가 세팅되어 있습니다."},
		"nb-NO": {"Moissanitt og kubisk zirkonia etterligner bare utseendet.", "Ringen er innfattet med moissanitt og kubisk zirkonia som etterligner utseendet."},
		"nl-NL": {"Moissaniet en zirkonia bootsen alleen het uiterlijk na.", "De ring is bezet met moissaniet en zirkonia die het uiterlijk nabootsen."},
		"pl-PL": {"Moissanit i cyrkonia jedynie naśladują jego wygląd.", "Pierścionek jest wysadzany moissanitem i cyrkonią, które naśladują jego wygląd."},
		"pt-BR": {"A moissanita e a zircônia apenas imitam o seu brilho.", "O anel é cravejado com moissanita e zircônia, que imitam o seu brilho."},
		"pt-PT": {"A moissanite e a zircónia cúbica apenas imitam o seu brilho.", "O anel é cravejado com moissanite e zircónia cúbica, que imitam o seu brilho."},
		"sv-SE": {"Moissanit och kubisk zirkonia efterliknar bara utseendet.", "Ringen är infattad med moissanit och kubisk zirkonia som efterliknar utseendet."},
		"tr-TR": {"Moissanit ve kübik zirkonya yalnızca onun görünümünü taklit eder.", "Yüzük, görünümünü taklit eden moissanit ve kübik zirkonya ile süslenmiştir."},
		"zh-CN": {"莫桑石和立方氧化锆只是模仿它的外观。", "这枚戒指镶嵌着模仿其外观的莫桑石和立方氧化锆。"},
		"zh-TW": {"莫桑石和立方氧化鋯只是模仿它的外觀。", "這枚戒指鑲嵌著模仿其外觀的莫桑石和立方氧化鋯。"},
	}
	// Per locale: the material of the imitations (pass on the pearls) and
	// the same imitations set in the earrings (block).
	materials := map[string][2]string{
		"ar-AE": {"اللآلئ المقلدة من الزجاج أو الراتنج لها طبقة لؤلؤية فقط.", "يتزين القرط بلآلئ مقلدة من الزجاج."},
		"cs-CZ": {"Napodobeniny ze skla nebo pryskyřice mají jen perleťový nátěr.", "Náušnice jsou osazeny napodobeninami ze skla."},
		"da-DK": {"Imitationer af glas eller harpiks har kun en perlemorsagtig belægning.", "Øreringene er indfattet med imitationer af glas."},
		"de-DE": {"Imitationen aus Glas oder Harz haben nur eine perlmuttartige Schicht.", "Die Ohrringe sind mit Imitationen aus Glas besetzt."},
		"el-GR": {"Οι απομιμήσεις από γυαλί ή ρητίνη έχουν μόνο μια σεντεφένια επίστρωση.", "Τα σκουλαρίκια είναι στολισμένα με απομιμήσεις από γυαλί."},
		"en-AU": {"Imitations in glass or resin only have a pearly coating.", "The earrings are set with imitations in glass with a pearly coating."},
		"en-GB": {"Imitations in glass or resin only have a pearly coating.", "The earrings are set with imitations in glass with a pearly coating."},
		"en-US": {"Glass imitations only have a pearly coating.", "The earrings are set with glass imitations."},
		"es-ES": {"Las imitaciones de vidrio o resina solo tienen un barniz nacarado.", "Los pendientes llevan engastadas imitaciones de vidrio."},
		"es-MX": {"Las imitaciones de vidrio o resina solo tienen un barniz nacarado.", "Los aretes llevan engastadas imitaciones de vidrio."},
		"fi-FI": {"Jäljitelmät lasista tai hartsista saavat vain helmiäisen pinnoitteen.", "Korvakoruihin on upotettu jäljitelmiä lasista."},
		"fr-CA": {"Les imitations en verre ou en résine n'ont qu'un vernis nacré.", "Les boucles d'oreilles sont serties d'imitations en verre."},
		"fr-FR": {"Les imitations en verre ou en résine n'ont qu'un vernis nacré.", "Les boucles d'oreilles sont serties d'imitations en verre."},
		"it-IT": {"Le imitazioni in vetro o resina hanno solo una vernice perlata.", "Gli orecchini sono incastonati con imitazioni in vetro."},
		"ja-JP": {"ガラスの模造品は、表面に真珠光沢の塗装があるだけです。", "このピアスにはガラスの模造品があしらわれています。"},
		"ko-KR": {"유리로 만든 모조품은 표면에 진주빛 코팅만 있습니다.", "이 귀걸이에는 유리로 만든 모조품이 세팅되어 있습니다."},
		"nb-NO": {"Imitasjoner av glass eller harpiks har bare et perlemorsaktig belegg.", "Øredobbene er innfattet med imitasjoner av glass."},
		"nl-NL": {"Imitaties van glas of hars hebben alleen een glanzend laagje.", "De oorbellen zijn bezet met imitaties van glas."},
		"pl-PL": {"Imitacje ze szkła lub żywicy mają tylko perłową powłokę.", "Kolczyki są wysadzane imitacjami ze szkła."},
		"pt-BR": {"As imitações de vidro ou resina têm apenas um verniz perolado.", "Os brincos são cravejados com imitações de vidro."},
		"pt-PT": {"As imitações de vidro ou resina têm apenas um verniz perolado.", "Os brincos são cravejados com imitações de vidro."},
		"sv-SE": {"Imitationer av glas eller harts har bara en pärlemorskimrande beläggning.", "Örhängena är infattade med imitationer av glas."},
		"tr-TR": {"Cam veya reçine taklitler yalnızca sedefli bir kaplamaya sahiptir.", "Küpeler cam taklitlerle süslenmiştir."},
		"zh-CN": {"玻璃仿制品只有一层珍珠光泽的涂层。", "这对耳环镶嵌着玻璃仿制品。"},
		"zh-TW": {"玻璃仿製品只有一層珍珠光澤的塗層。", "這對耳環鑲嵌著玻璃仿製品。"},
	}
	var rows, block []kindRow
	for loc, r := range imitators {
		rows = append(rows, kindRow{loc, r[0], diamond, false})
		block = append(block, kindRow{loc, r[1], diamond, true})
	}
	for loc, r := range materials {
		rows = append(rows, kindRow{loc, r[0], pearl, false})
		block = append(block, kindRow{loc, r[1], pearl, true})
	}
	// The FTC Jewelry Guides' cases: a look-alike placed beside the piece,
	// a diamond named on a moissanite piece, a simulant named as the
	// piece's stone (16 CFR 23.12, 23.25).
	block = append(block,
		kindRow{"en-GB", "Beside it sit moissanite and cubic zirconia, which imitate its look.", diamond, true},
		kindRow{"fr-FR", "À ses côtés brillent une moissanite et une zircone cubique, qui imitent son aspect.", diamond, true},
		kindRow{"en-GB", "Diamonds and cubic zirconia only imitate its look.", moissanite, true},
		kindRow{"de-DE", "Diamanten und Zirkonia ahmen sein Aussehen lediglich nach.", moissanite, true},
		kindRow{"en-GB", "The ring holds a cubic zirconia that imitates a diamond.", diamond, true},
		kindRow{"es-ES", "El anillo luce una circonita que imita un diamante.", diamond, true},
	)
	checkKindRows(t, svc, CatGrounding, rows)
	checkKindRows(t, svc, CatGrounding, block)
}
