package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts the grounding check compared wrongly or not at all (#13,
// count58):
//
//   - a count said per earring of a pair ("Hver ørestikke har to runde
//     cabochoner", "each stud holds two", "片耳に2石ずつ"): the count times
//     the pair's two pieces is the product's whole;
//   - a count of beads with adjectives between the number and the bead
//     noun ("24 polerade pärlor", "24 polished beads", "24 kleine, runde
//     Perlen"): the beads of a bead product are its stone's.
func count58Studs(n int) core.Product {
	return core.Product{SKU: "C58E", Name: "Aster Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"18k yellow gold"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:    []core.Stone{{Type: "sapphire", Colour: "blue", Count: n, Origin: "natural"}},
		Colours:   []string{"blue", "gold"}}
}

func count58Beads(n int) core.Product {
	return core.Product{SKU: "C58B", Name: "Unakite Bracelet", Category: "bracelet", Collection: "Essence",
		Materials:    []string{"sterling silver"},
		Metals:       []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:       []core.Stone{{Type: "unakite", Colour: "green and pink", Count: n, Origin: "natural"}},
		Colours:      []string{"green", "pink", "silver"},
		Measurements: []core.Measurement{{Name: "bead diameter", Value: 6, Unit: "mm"}}}
}

// count58PerPiece are texts giving each earring of a pair two sapphires:
// four on the pair.
var count58PerPiece = [][2]string{
	{"en-US", "Each earring is set with two round sapphires."},
	{"fr-CA", "Chaque boucle d'oreille est sertie de deux saphirs bleus."},
	{"nb-NO", "Hver ørestikke har to runde safirer."},
	{"nb-NO", "Hver ørestikke har to runde cabochoner av safir."},
	{"da-DK", "Hver ørestik har to runde safirer."},
	{"ko-KR", "귀걸이 한 쪽에 사파이어가 두 개씩 세팅되어 있습니다."},
	{"ja-JP", "片耳に2石ずつサファイアをセットしました。"},
	{"ja-JP", "サファイアを片耳2石ずつ留めました。"},
	{"ja-JP", "各ピアスにサファイアが2石ずつ輝きます。"},
	{"en-GB", "Two sapphires sit on each earring."},
	{"en-GB", "The studs hold two sapphires per earring."},
	{"de-DE", "Zwei Saphire funkeln an jedem Ohrstecker."},
	{"de-DE", "Zwei Saphire pro Ohrring."},
	{"fr-FR", "Chaque puce est ornée de deux saphirs."},
	{"fr-FR", "Deux saphirs brillent sur chaque puce."},
	{"es-ES", "Cada pendiente está engastado con dos zafiros."},
	{"es-MX", "Dos zafiros brillan en cada arete."},
	{"it-IT", "Ogni orecchino è impreziosito da due zaffiri."},
	{"it-IT", "Due zaffiri per orecchino."},
	{"pt-PT", "Cada brinco é cravejado com duas safiras."},
	{"pt-BR", "Duas safiras brilham em cada brinco."},
	{"nl-NL", "Elk oorknopje is bezet met twee saffieren."},
	{"nl-NL", "Twee saffieren per oorbel."},
	{"nb-NO", "Hver ørestikke er besatt med to safirer."},
	{"nb-NO", "To safirer pryder hver ørestikke."},
	{"da-DK", "Hver ørering er besat med to safirer."},
	{"sv-SE", "Varje örhänge är prytt med två safirer."},
	{"sv-SE", "Två safirer glittrar på varje örhänge."},
	{"cs-CZ", "Dva safíry zdobí každou náušnici."},
	{"pl-PL", "Dwa szafiry zdobią każdy kolczyk."},
	{"el-GR", "Κάθε σκουλαρίκι είναι διακοσμημένο με δύο ζαφείρια."},
	{"el-GR", "Δύο ζαφείρια λάμπουν σε κάθε σκουλαρίκι."},
	{"zh-CN", "每只耳钉上都镶嵌着两颗蓝宝石。"},
}

// count58PerPieceHeld are texts of the same kind that blocked on main
// already (partsCounted read "each stud holds two"): a guard for the
// kind, not a fix.
var count58PerPieceHeld = [][2]string{
	{"en-GB", "Each stud holds two round blue sapphires in a claw setting."},
	{"en-AU", "Each stud features two small sapphires."},
	{"de-DE", "Jeder Ohrstecker hat zwei runde Saphire."},
	{"de-DE", "Jeder Ohrring trägt zwei blaue Saphire."},
	{"fr-FR", "Chaque puce porte deux saphirs ronds."},
	{"es-ES", "Cada pendiente lleva dos zafiros redondos."},
	{"es-MX", "Cada arete lleva dos zafiros azules."},
	{"it-IT", "Ogni orecchino ha due zaffiri tondi."},
	{"pt-PT", "Cada brinco tem duas safiras redondas."},
	{"pt-BR", "Cada brinco leva duas safiras azuis."},
	{"nl-NL", "Elk oorknopje heeft twee ronde saffieren."},
	{"nl-NL", "Elke oorbel heeft twee blauwe saffieren."},
	{"sv-SE", "Varje örhänge har två runda safirer."},
	{"sv-SE", "Varje örstift pryds av två blå safirer."},
	{"fi-FI", "Jokaisessa korvakorussa on kaksi pyöreää safiiria."},
	{"fi-FI", "Kummassakin korvakorussa on kaksi safiiria."},
	{"cs-CZ", "Každá náušnice má dva kulaté safíry."},
	{"pl-PL", "Każdy kolczyk ma dwa okrągłe szafiry."},
	{"tr-TR", "Her küpede iki yuvarlak safir var."},
	{"tr-TR", "Her bir küpe iki safir taşıyor."},
	{"el-GR", "Κάθε σκουλαρίκι έχει δύο στρογγυλά ζαφείρια."},
	{"ar-AE", "كل قرط مرصع بحجرين من الياقوت الأزرق."},
	{"ko-KR", "각 귀걸이에 사파이어 두 개가 세팅되어 있습니다."},
	{"ja-JP", "サファイアを片側に2粒ずつあしらいました。"},
	{"zh-CN", "每只耳钉镶嵌两颗蓝宝石。"},
	{"zh-TW", "每隻耳環鑲嵌兩顆藍寶石。"},
	{"de-DE", "Jeder Ohrstecker ist mit zwei Saphiren besetzt."},
	{"de-DE", "Die Ohrstecker tragen je zwei Saphire."},
	{"fr-CA", "Les boucles d'oreilles portent chacune deux saphirs."},
	{"fi-FI", "Jokainen korvakoru on koristeltu kahdella safiirilla."},
	{"fi-FI", "Kummassakin korvakorussa on kaksi safiiria."},
	{"cs-CZ", "Každá náušnice je osazena dvěma safíry."},
	{"pl-PL", "Każdy kolczyk ozdobiono dwoma szafirami."},
	{"tr-TR", "Her bir küpe iki safirle süslenmiş."},
	{"tr-TR", "Küpelerin her birinde iki safir var."},
	{"ko-KR", "각 귀걸이에는 사파이어가 두 개씩 세팅되어 있습니다."},
	{"ja-JP", "ピアスの片方に2石ずつサファイアをセットしました。"},
	{"zh-CN", "耳钉每只镶嵌两颗蓝宝石。"},
	{"zh-TW", "兩隻耳環各鑲嵌兩顆藍寶石。"},
}

// count58Beaded are texts counting 24 beads with adjectives between the
// number and the bead noun.
var count58Beaded = [][2]string{
	{"sv-SE", "Armbandet består av 24 polerade pärlor på 6 mm."},
	{"sv-SE", "Armbandet består av 24 små, runda, polerade pärlor."},
	{"en-GB", "The bracelet is strung with 24 polished beads."},
	{"en-US", "The bracelet is strung with 24 small, round, polished beads."},
	{"en-AU", "It threads 24 smooth round beads on a stretch cord."},
	{"de-DE", "Das Armband besteht aus 24 facettierten Perlen."},
	{"de-DE", "Das Armband besteht aus 24 kleinen, runden Perlen."},
	{"fr-FR", "Le bracelet réunit 24 perles polies."},
	{"fr-CA", "Le bracelet réunit 24 petites perles polies."},
	{"es-ES", "La pulsera reúne 24 cuentas pulidas."},
	{"es-MX", "La pulsera reúne 24 cuentas pequeñas y pulidas."},
	{"it-IT", "Il bracciale riunisce 24 perle levigate."},
	{"pt-PT", "A pulseira reúne 24 contas polidas."},
	{"pt-BR", "A pulseira reúne 24 contas lisas e polidas."},
	{"nl-NL", "De armband telt 24 gepolijste kralen."},
	{"nb-NO", "Armbåndet består av 24 polerte perler."},
	{"da-DK", "Armbåndet består af 24 polerede perler."},
	{"fi-FI", "Rannekorussa on 24 kiillotettua helmeä."},
	{"cs-CZ", "Náramek tvoří 24 leštěných korálků."},
	{"pl-PL", "Bransoletka składa się z 24 polerowanych koralików."},
	{"tr-TR", "Bileklik 24 cilalı boncuktan oluşuyor."},
	{"el-GR", "Το βραχιόλι αποτελείται από 24 γυαλισμένες χάντρες."},
	{"ar-AE", "يتكون السوار من 24 خرزة مصقولة."},
	{"ko-KR", "팔찌는 매끄럽게 연마한 비즈 24개로 이루어져 있습니다."},
	{"ja-JP", "ブレスレットは磨き上げたビーズ24個で構成されています。"},
	{"zh-CN", "手链由24颗抛光珠子串成。"},
	{"zh-TW", "手鍊由24顆拋光珠子串成。"},
}

func TestKindsCount58(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count58Studs(2), true, count58PerPiece)...)
	rows = append(rows, pairRows(count58Beads(26), true, count58Beaded)...)
	checkKindRows(t, svc, CatGrounding, rows)
}

func TestKindsCount58Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count58Studs(4), false, count58PerPiece, count58PerPieceHeld)...)
	rows = append(rows, pairRows(count58Beads(24), false, count58Beaded)...)
	s2, s4, b26 := count58Studs(2), count58Studs(4), count58Beads(26)
	rows = append(rows, []kindRow{
		// One on each of the pair's pieces: two in all.
		{"en-GB", "Each earring is set with one round sapphire.", s2, false},
		{"nb-NO", "Hver ørestikke har en rund safir.", s2, false},
		{"ja-JP", "サファイアを片耳に1石ずつ留めました。", s2, false},
		{"ja-JP", "サファイアを片側に1粒ずつあしらいました。", s2, false},
		{"ko-KR", "귀걸이 한 쪽에 사파이어가 하나씩 세팅되어 있습니다.", s2, false},
		// The pair's whole said with the per-piece count.
		{"en-GB", "Each earring is set with two sapphires, four across the pair.", s4, false},
		{"de-DE", "Jeder Ohrstecker trägt zwei Saphire, insgesamt vier.", s4, false},
		// Other things counted per piece: prongs, links, sizes, years.
		{"en-GB", "Each earring is set with one sapphire held by four claws.", s2, false},
		{"en-GB", "Each earring is finished with two butterfly backs.", s2, false},
		{"de-DE", "Jeder Ohrstecker ist 6 mm breit und trägt einen Saphir.", s2, false},
		{"fr-FR", "Chaque boucle d'oreille est garantie deux ans.", s2, false},
		{"nb-NO", "Hver ørestikke har en safir i fire klør.", s2, false},
		// Counts of a bead product's other parts stay uncompared.
		{"en-GB", "Twenty-six beads of unakite sit between 4 polished spacer beads.", b26, false},
		{"en-GB", "The strand ends in 3 small silver beads and a lobster clasp.", b26, false},
		{"de-DE", "Die Kette endet in 3 kleinen Perlen aus Sterlingsilber.", b26, false},
		{"sv-SE", "Armbandet har 6 mm stora pärlor.", b26, false},
		{"en-GB", "We have strung 26 polished beads for 12 years.", b26, false},
		{"fr-FR", "Les perles sont ponctuées de deux perles intercalaires en argent.", b26, false},
		{"ko-KR", "925 스털링 실버 론델 두 개가 비즈 사이에서 빛납니다.", b26, false},
		{"fr-FR", "Vingt-six perles rondes et polies de 6 mm sont enfilées à la main.", b26, false},
	}...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsCount58Blocks: counts said the older ways still block, and
// the per-piece forms main read already.
func TestKindsCount58Blocks(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	s2, s4, b26 := count58Studs(2), count58Studs(4), count58Beads(26)
	checkKindRows(t, svc, CatGrounding, pairRows(s2, true, count58PerPieceHeld))
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "Each stud holds three sapphires.", s2, true},
		{"en-GB", "The earrings hold three sapphires.", s4, true},
		{"en-GB", "Each earring is set with three sapphires.", s4, true},
		{"de-DE", "Jeder Ohrstecker trägt drei Saphire.", s4, true},
		{"en-GB", "The bracelet threads 24 beads of unakite.", b26, true},
		{"de-DE", "Das Armband vereint 24 Unakitperlen.", b26, true},
		{"sv-SE", "Armbandet består av 24 pärlor av unakit.", b26, true},
	})
}
