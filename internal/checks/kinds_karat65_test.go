package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of karat65's rows: keshi pearl earrings in 14k yellow
// gold, a 10 ct amethyst ring and a 1 ct diamond solitaire in 14k yellow
// gold, a chrome diopside ring, chrome diopside earrings and a peridot
// ring in sterling silver, a cat's-eye chrysoberyl ring in 14k gold.
var (
	k65Pearl = core.Product{SKU: "K65P", Name: "Keshi", Category: "earrings", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "Tahitian keshi pearl", Origin: "natural", Colour: "dark grey", Count: 2}},
		Colours: []string{"gold", "dark grey"}}
	k65Ame = core.Product{SKU: "K65A", Name: "Violetta", Category: "ring", Collection: "Heritage",
		Metals:           []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:           []core.Stone{{Type: "amethyst", Origin: "natural", Colour: "purple", Count: 1}},
		TotalCaratWeight: 10, Colours: []string{"gold", "purple"}}
	k65Chrome = core.Product{SKU: "K65C", Name: "Taiga", Category: "ring", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "chrome diopside", Origin: "natural", Colour: "green", Count: 1}},
		Colours: []string{"silver", "green"}}
	k65ChromePair = core.Product{SKU: "K65E", Name: "Taiga", Category: "earrings", Collection: "Lumière",
		Metals:       []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:       []core.Stone{{Type: "chrome diopside", Origin: "natural", Colour: "green", Count: 2}},
		Measurements: []core.Measurement{{Name: "stone length", Value: 8, Unit: "mm"}},
		Colours:      []string{"silver", "green"}}
	k65CatsEye = core.Product{SKU: "K65K", Name: "Hunaja", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "cat's-eye chrysoberyl", Origin: "natural", Colour: "honey", Count: 1}},
		Colours: []string{"gold", "honey"}}
	k65Peridot = core.Product{SKU: "K65O", Name: "Taiga", Category: "ring", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "peridot", Origin: "natural", Colour: "green", Count: 1}},
		Colours: []string{"silver", "green"}}
	k65Dia = core.Product{SKU: "K65D", Name: "Solitaire", Category: "ring", Collection: "Signature",
		Metals:           []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:           []core.Stone{{Type: "diamond", Origin: "natural", Colour: "white", Count: 1}},
		TotalCaratWeight: 1, Colours: []string{"gold", "white"}}
)

// A karat written with the word that also means carat (fi karaatti, de
// Karat, nl karaat, sv/da/nb karat, pl karat, cs karát, es/pt quilate,
// it carato, fr carat, el καράτι) right before a gold word, an inflected
// or compound one included, is the gold's fineness and is compared with
// the piece's (#13, karat65; probe 64C fi-FI 64C04-2, "tahitiläinen
// keshihelmi 18 karaatin keltakultaisessa kiinnityksessä" on 14k yellow
// gold, passed): a stone word right before the number no longer makes it
// the stone's weight when the gold word follows the unit directly, and the
// Polish and Czech adjectives of the karat are read in every case
// ("18-karatowej złotej oprawie", "v 18karátovém žlutém zlatě"). Finnish
// stone names written as one compound with the stone at the tail
// ("kromidiopsidi", "tsavoriittigranaatti") are the stone, and the cases
// of sterlinghopea and its adjective are the metal, so the 925 of
// "925-sterlinghopeaisissa kehyksissä" counts no stones. The fineness
// mark is the piece's metal (FTC 16 CFR 23.4, 23.6).
func TestKindsKarat65(t *testing.T) {
	t.Parallel()
	rows := pairRows(k65Pearl, true, [][2]string{
		{"fi-FI", "Korvanapeissa on kummassakin tahitiläinen keshihelmi 18 karaatin keltakultaisessa kiinnityksessä."},
		{"pl-PL", "Każda perła keshi jest osadzona w 18-karatowej złotej oprawie."},
		{"cs-CZ", "Každá perla keshi je zasazena v 18karátovém žlutém zlatě."},
		{"cs-CZ", "Každá perla keshi je zasazena v 18 karátovém zlatém lůžku."},
		{"fi-FI", "Korvanapeissa on keshihelmi 18-karaatin keltakultaisessa kiinnityksessä."},
		{"pl-PL", "Każda perła keshi jest osadzona w 18-karatowym żółtym złocie."},
		{"pl-PL", "Każda perła keshi 18 karatowa złota oprawa trzyma pewnie."},
		{"cs-CZ", "Každá perla keshi je zasazena do 18karátového zlata."},
		{"cs-CZ", "Každá perla keshi je zasazena v 18-karátovém zlatém lůžku."},
	})
	rows = append(rows, pairRows(k65Peridot, true, [][2]string{
		{"fi-FI", "Sormuksessa on kirkkaanvihreä kromidiopsidi."},
		{"fi-FI", "Sormuksen tsavoriittigranaatti hehkuu vihreänä."},
		{"fi-FI", "Kehyksessä istuu mustaopaali."},
		{"fi-FI", "Kehyksessä istuu kissansilmäkrysoberylli."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}

// TestKindsKarat65Bad: another karat than the piece's, written with the
// karat-or-carat word before a gold word in 15 locales, blocks.
func TestKindsKarat65Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(k65Pearl, true, [][2]string{
		{"fi-FI", "Helmi istuu 18 karaatin keltakultaisella kiinnityksellä."},
		{"fi-FI", "Kiinnitys on 18 karaatin keltakultaa."},
		{"fi-FI", "Helmi on kiinnitetty 18 karaatin kultaiseen kiinnitykseen."},
		{"fi-FI", "Korvanapit ovat 18 karaatin keltakultaiset."},
		{"fi-FI", "Helmi riippuu 18 karaatin kultaisesta koukusta."},
		{"de-DE", "Jede Keshi-Perle sitzt in einer Fassung aus 18 Karat Gelbgold."},
		{"de-DE", "Jede Keshi-Perle sitzt in einer 18-Karat-Gelbgoldfassung."},
		{"de-DE", "Jede Keshi-Perle sitzt in einer 18 Karat goldenen Fassung."},
		{"de-DE", "Jede Keshi-Perle sitzt in einer Gelbgoldfassung mit 18 Karat."},
		{"nl-NL", "Elke keshiparel zit in een zetting van 18 karaat geelgoud."},
		{"nl-NL", "Elke keshiparel zit in een 18 karaat geelgouden zetting."},
		{"nl-NL", "Elke keshiparel zit in een 18 karaats gouden zetting."},
		{"sv-SE", "Varje keshipärla sitter i en infattning av 18 karat gulguld."},
		{"sv-SE", "Varje keshipärla sitter i en 18 karats gulguldsinfattning."},
		{"sv-SE", "Varje keshipärla sitter i en 18 karat guldig infattning."},
		{"da-DK", "Hver keshiperle sidder i en fatning af 18 karat gult guld."},
		{"da-DK", "Hver keshiperle sidder i en 18 karat guldfatning."},
		{"nb-NO", "Hver keshiperle sitter i en innfatning av 18 karat gult gull."},
		{"nb-NO", "Hver keshiperle sitter i en 18 karat gullinnfatning."},
		{"pl-PL", "Każda perła keshi jest osadzona w oprawie z 18-karatowego żółtego złota."},
		{"pl-PL", "Każda perła keshi jest osadzona w oprawie z 18 karatów żółtego złota."},
		{"pl-PL", "Każda perła keshi jest osadzona w oprawie ze złota 18 karatów."},
		{"cs-CZ", "Každá perla keshi je zasazena ve žlutém zlatě 18 karátů."},
		{"es-ES", "Cada perla keshi va engastada en oro amarillo de 18 quilates."},
		{"es-ES", "Cada perla keshi va engastada en 18 quilates de oro amarillo."},
		{"es-MX", "Cada perla keshi va montada en un engaste de oro amarillo de 18 quilates."},
		{"pt-PT", "Cada pérola keshi está cravada em ouro amarelo de 18 quilates."},
		{"pt-BR", "Cada pérola keshi está cravada em 18 quilates de ouro amarelo."},
		{"it-IT", "Ogni perla keshi è incastonata in oro giallo 18 carati."},
		{"it-IT", "Ogni perla keshi è incastonata in una montatura da 18 carati in oro giallo."},
		{"fr-FR", "Chaque perle keshi est sertie dans de l'or jaune 18 carats."},
		{"fr-FR", "Chaque perle keshi est sertie dans une monture en or jaune de 18 carats."},
		{"el-GR", "Κάθε μαργαριτάρι keshi είναι δεμένο σε κίτρινο χρυσό 18 καρατίων."},
		{"el-GR", "Κάθε μαργαριτάρι keshi είναι δεμένο σε 18 καράτια κίτρινο χρυσό."},
		{"tr-TR", "Her keshi incisi 18 ayar sarı altın bir yuvaya oturtulmuştur."},
		{"tr-TR", "Her keshi incisi 18 ayar sarı altından bir yuvaya oturtulmuştur."},
		{"en-GB", "Each keshi pearl sits in an 18-carat yellow gold setting."},
		{"en-US", "Each keshi pearl sits in an 18 karat yellow gold setting."},
		{"sv-SE", "Varje keshipärla sitter i 18-karats gulguld."},
		{"da-DK", "Hver keshiperle sidder i 18-karats guld."},
		{"nb-NO", "Hver keshiperle sitter i 18-karats gull."},
		{"nl-NL", "Elke keshiparel zit in 18-karaats geelgoud."},
		{"el-GR", "Κάθε μαργαριτάρι keshi είναι δεμένο σε 18 καρατίων χρυσό."},
		{"de-DE", "Jede Keshi-Perle sitzt in 18-karätigem Gelbgold."},
	}))
}

// TestKindsKarat65Ok: the piece's own karat said the same way passes, and a
// carat number before or after a stone word is the stone's weight, not a
// fineness, even with gold in the sentence ("10 karaatin ametisti", "ein
// 1-Karat-Diamant", "una amatista de 10 quilates en oro amarillo").
func TestKindsKarat65Ok(t *testing.T) {
	t.Parallel()
	rows := pairRows(k65Pearl, false, [][2]string{
		{"fi-FI", "Korvanapeissa on kummassakin tahitiläinen keshihelmi 14 karaatin keltakultaisessa kiinnityksessä."},
		{"de-DE", "Jede Keshi-Perle sitzt in einer 14-Karat-Gelbgoldfassung."},
		{"nl-NL", "Elke keshiparel zit in een 14 karaat geelgouden zetting."},
		{"sv-SE", "Varje keshipärla sitter i en 14 karats gulguldsinfattning."},
		{"pl-PL", "Każda perła keshi jest osadzona w 14-karatowej złotej oprawie."},
		{"cs-CZ", "Každá perla keshi je zasazena v 14 karátovém zlatém lůžku."},
		{"el-GR", "Κάθε μαργαριτάρι keshi είναι δεμένο σε 14 καράτια κίτρινο χρυσό."},
		{"pl-PL", "Każda perła keshi jest osadzona w 14-karatowym żółtym złocie."},
		{"cs-CZ", "Každá perla keshi je zasazena v 14karátovém žlutém zlatě."},
		{"es-ES", "Cada perla keshi va engastada en oro amarillo de 14 quilates."},
		{"fi-FI", "Korvanapeissa on keshihelmi 14-karaatin keltakultaisessa kiinnityksessä."},
	})
	rows = append(rows, pairRows(k65Ame, false, [][2]string{
		{"fi-FI", "Sormuksen 10 karaatin ametisti istuu 14 karaatin keltakultaisessa kehyksessä."},
		{"fi-FI", "Sormuksessa on 10 karaatin ametisti kultaisessa kehyksessä."},
		{"de-DE", "Der Ring trägt einen 10-Karat-Amethyst in einer goldenen Fassung."},
		{"nl-NL", "De ring draagt een 10 karaat amethist in een gouden zetting."},
		{"sv-SE", "Ringen bär en 10 karats ametist i guld."},
		{"da-DK", "Ringen bærer en 10 karats ametyst i guld."},
		{"nb-NO", "Ringen bærer en 10 karats ametyst i gull."},
		{"pl-PL", "Pierścionek zdobi 10-karatowy ametyst w złotej oprawie."},
		{"pl-PL", "Pierścionek zdobi 10 karatów ametystu w złotej oprawie."},
		{"cs-CZ", "Prsten zdobí 10karátový ametyst ve zlatém lůžku."},
		{"cs-CZ", "Prsten zdobí 10 karátů ametystu ve zlatém lůžku."},
		{"es-ES", "El anillo luce una amatista de 10 quilates en oro amarillo."},
		{"pt-PT", "O anel tem uma ametista de 10 quilates em ouro amarelo."},
		{"it-IT", "L'anello ha un'ametista da 10 carati in oro giallo."},
		{"fr-FR", "La bague porte une améthyste de 10 carats sur or jaune."},
		{"el-GR", "Το δαχτυλίδι έχει έναν αμέθυστο 10 καρατίων σε κίτρινο χρυσό."},
	})...)
	rows = append(rows, pairRows(k65Dia, false, [][2]string{
		{"fi-FI", "Sormuksessa on 1 karaatin timantti keltakultaisessa kehyksessä."},
		{"de-DE", "Ein 1-Karat-Diamant in goldener Fassung."},
	})...)
	rows = append(rows, pairRows(k65Chrome, false, [][2]string{
		{"fi-FI", "Sormuksessa on kirkkaanvihreä kromidiopsidi."},
		{"fi-FI", "Kromidiopsidin vihreä on syvä ja raikas."},
	})...)
	rows = append(rows, pairRows(k65ChromePair, false, [][2]string{
		{"fi-FI", "Korvakoruissa riippuu kaksi pisaranmuotoista kromidiopsidia, kumpikin 8 mm, 925-sterlinghopeaisissa kehyksissä."},
	})...)
	rows = append(rows, pairRows(k65CatsEye, false, [][2]string{
		{"fi-FI", "Sormuksessa on hunajanvärinen kissansilmäkrysoberylli 14 karaatin keltakultaisessa kehyksessä."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}
