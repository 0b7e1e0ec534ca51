package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A look-alike named where the copy says what the material is taken for
// (#13, substance27; released 27: opal beside Mexican fire agate in es, sv,
// el, ja and a Roman glass, "A veces se confunde con el ópalo", "Den
// förväxlas ibland med opal", オパールと間違われる): a word of
// material_relation_words (confused with, mistaken for, found in) is a word of
// the material's nature, so the sentence is the material's without the
// product's stone named. And a lab-grown stone's crystals are the mineral's
// (16 CFR 23.23(c): the same properties as the stone named), as a natural
// stone's are (released 27 da-DK "de spidse krystaller", es "cristales
// puntiagudos" of a lab-grown spinel). Every pass row has a blocking
// control: the opal set in the piece, the crystals of a simulant.
func TestKindsLookalike27(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	fa := core.Product{SKU: "K27L1", Name: "Mexican Fire Agate Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "fire agate", Colour: "brown", Count: 1, Origin: "natural"}}}
	look := map[string][2]string{
		"en-GB": {"It is sometimes confused with opal.", "The pendant is set with an opal."},
		"en-US": {"It is sometimes mistaken for opal.", "The pendant is set with an opal."},
		"en-AU": {"It is sometimes confused with opal.", "The pendant is set with an opal."},
		"de-DE": {"Er wird manchmal mit Opal verwechselt.", "Der Anhänger ist mit einem Opal besetzt."},
		"fr-FR": {"Il est parfois confondu avec l'opale.", "Le pendentif est serti d'une opale."},
		"fr-CA": {"Il est parfois confondu avec l'opale.", "Le pendentif est serti d'une opale."},
		"es-ES": {"A veces se confunde con el ópalo.", "El colgante lleva engastado un ópalo."},
		"es-MX": {"A veces se confunde con el ópalo.", "El dije lleva engastado un ópalo."},
		"it-IT": {"A volte viene confuso con l'opale.", "Il ciondolo è incastonato con un opale."},
		"pt-PT": {"Às vezes é confundida com a opala.", "O pendente é cravejado com uma opala."},
		"pt-BR": {"Às vezes é confundida com a opala.", "O pingente é cravejado com uma opala."},
		"nl-NL": {"Hij wordt soms verward met opaal.", "De hanger is gezet met een opaal."},
		"sv-SE": {"Den förväxlas ibland med opal.", "Hänget är infattat med en opal."},
		"da-DK": {"Den forveksles nogle gange med opal.", "Vedhænget er indfattet med en opal."},
		"nb-NO": {"Den forveksles noen ganger med opal.", "Anhenget er innfattet med en opal."},
		"fi-FI": {"Se sekoitetaan joskus opaaliin.", "Riipukseen on upotettu opaali."},
		"pl-PL": {"Bywa mylony z opalem.", "Zawieszka jest osadzona z opalem."},
		"cs-CZ": {"Bývá zaměňován s opálem.", "Přívěsek je osazený opálem."},
		"tr-TR": {"Bazen opal ile karıştırılır.", "Kolye ucuna bir opal yerleştirilmiştir."},
		"el-GR": {"Συχνά συγχέεται με τον οπάλιο.", "Το μενταγιόν είναι δεμένο με οπάλιο."},
		"ar-AE": {"يخلط أحيانًا مع الأوبال.", "القلادة مرصعة بالأوبال."},
		"ja-JP": {"オパールと間違われることもあります。", "ペンダントにオパールをセットしました。"},
		"ko-KR": {"오팔과 혼동되기도 합니다.", "펜던트에 오팔을 세팅했습니다."},
		"zh-CN": {"它有时被误认为欧泊。", "吊坠镶嵌欧泊。"},
		"zh-TW": {"它有時被誤認為蛋白石。", "吊墜鑲嵌蛋白石。"},
	}
	var rows []kindRow
	for loc, r := range look {
		rows = append(rows, kindRow{loc, r[0], fa, false}, kindRow{loc, r[1], fa, true})
	}
	sp := core.Product{SKU: "K27L2", Name: "Lab-Grown Spinel Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "spinel", Colour: "blue", Count: 1, Origin: "lab_grown"}}}
	cz := sp
	cz.Name = "Blue Stone Ring"
	cz.Stones = []core.Stone{{Type: "cubic zirconia", Colour: "blue", Count: 1, Origin: "simulant"}}
	checkKindRows(t, svc, "", rows)
	// The stone qualifier (regulatory) is another check's; the crystal
	// is grounding's.
	rows = nil
	for _, r := range [][2]string{
		{"en-GB", "Spinel takes its name from the Latin spina, after its pointed crystals."},
		{"da-DK", "Spinel har måske navn efter latin spina, efter de spidse krystaller."},
		{"es-ES", "La espinela podría tomar su nombre del latín spina, por sus cristales puntiagudos."},
		{"de-DE", "Spinell ist nach dem lateinischen spina benannt, nach seinen spitzen Kristallen."},
	} {
		rows = append(rows, kindRow{r[0], r[1], sp, false}, kindRow{r[0], r[1], cz, true})
	}
	// The first of a list joined by や is denied with it (released 27
	// ja-JP Roman glass, a piece with no stones).
	rg := core.Product{SKU: "K27L3", Name: "Roman Glass Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "Roman glass"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}}
	rows = append(rows,
		kindRow{"ja-JP", "オパールや真珠層ではありませんが、その輝きはどちらにも似ています。", rg, false},
		kindRow{"ja-JP", "オパールや真珠層をセットしました。", rg, true},
		kindRow{"ja-JP", "オパールや真珠層で飾られ、ダイヤモンドではありません。", rg, true},
	)
	checkKindRows(t, svc, "grounding", rows)
}
