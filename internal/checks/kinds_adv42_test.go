package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	adv42Plated = core.Product{SKU: "AD42P", Name: "Band", Category: "ring", Collection: "Essence", Materials: []string{"14k gold-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k"}}, Colours: []string{"gold"}}
	adv42Brass = core.Product{SKU: "AD42B", Name: "Cuff", Category: "bangle", Collection: "Heritage", Materials: []string{"brass"},
		Metals: []core.Metal{{Base: "brass"}}, Colours: []string{"gold"}}
	adv42Silver = core.Product{SKU: "AD42S", Name: "Cuff", Category: "bracelet", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
)

// TestKindsAdv42 (adversarial, #13: czmarks, cjkname42, metals42,
// colourclaims42): untrue or untranslated copy written in the shapes the
// thirty-sixth session's relaxations pass; every bad row must block, and
// the relaxations' own good cases still pass. 14 rows of it passed wrongly
// on the code adv42 started from (5404a492; all blocked on 11d1b427):
// a number with Latin letters glued on ("Wear it 24h a day." in fr, es,
// it copy) taken for words that end an English run (english_runs.go
// numberOrUnit: only another script glued on makes the token words);
// "tarnishes far more slowly" no longer a tarnish hedge once "slow*"
// became "slow", "slower" (en concepts-pairs.yaml: "more slowly"); a
// meteorite of the piece taken for the one a stone was found in where the
// participle of finding follows it as its reduced relative ("a slice of
// meteorite found in Namibia", "ein Stück Meteorit, gefunden in
// Namibia", "en bit meteorit som hittades": grounding/formation.go
// agentParticiple, in en, de, fr, es, it, sv); lead after a glass-filled
// ruby's glass across a preposition of place ("vidrio en plomo macizo",
// "vetro su piombo massiccio", "verre sur plomb massif": substance.go
// substanceLinked, the packs' substance_links).
func TestKindsAdv42(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bronze, ruby, moiss := metals42Bronze(), metals42Ruby("glass-filled"), metals42Moissanite()
	checkKindRows(t, svc, "", []kindRow{
		// czmarks: a solid word written with other marks
		{"cs-CZ", "Prsten je z masívního zlata.", adv42Plated, true},
		{"cs-CZ", "Masívní zlato, které vydrží celý život.", adv42Plated, true},
		{"cs-CZ", "Pravé zlato, které vydrží celý život.", adv42Plated, true},
		{"cs-CZ", "PRAVÉ ZLATO na každý den.", adv42Plated, true},
		{"cs-CZ", "Prsten z pravého zlata.", adv42Plated, true},
		{"cs-CZ", "Prsten z praveho zlata.", adv42Plated, true},
		{"tr-TR", "Katıksiz altından bir yüzük.", adv42Plated, true},
		{"pl-PL", "Pierścionek z litęgo złota.", adv42Plated, true},
		{"sv-SE", "En ring i äkta guld.", adv42Plated, true},
		{"da-DK", "En ring i ægte guld.", adv42Plated, true},
		{"fi-FI", "Sormus on täyttä kultaa.", adv42Plated, true},
		{"es-ES", "Un anillo de oro sólido.", adv42Plated, true},
		{"pt-BR", "Um anel de ouro maciço.", adv42Plated, true},
		{"fr-FR", "Une bague en or véritable.", adv42Plated, true},
		// czmarks good: the adverb
		{"cs-CZ", "Prsten je ze stříbra s pozlacením. Právě zlatý tón mu dodává teplo.", adv42Plated, false},
		// cjkname42: a number glued to English words ends no run of English
		{"fr-FR", "Un bracelet en argent 925. Wear it 24h a day.", adv42Silver, true},
		{"de-DE", "Ein Armband aus 925er Silber. Wear it 24h a day.", adv42Silver, true},
		{"es-ES", "Una pulsera de plata 925. Wear it 24h a day.", adv42Silver, true},
		{"it-IT", "Un bracciale in argento 925. Wear it 24h a day.", adv42Silver, true},
		{"nl-NL", "Een armband van 925 zilver. Wear it 24h a day.", adv42Silver, true},
		{"pl-PL", "Bransoletka ze srebra 925. Wear it 24h a day.", adv42Silver, true},
		{"ja-JP", "素材はスターリングシルバーです。Wear it 24h a day。", adv42Silver, true},
		{"zh-CN", "材质为925银。Wear it 24h a day。", adv42Silver, true},
		{"zh-TW", "材質為925銀。Wear it 24h a day。", adv42Silver, true},
		{"ko-KR", "스털링 실버 팔찌입니다. Wear it 24h a day.", adv42Silver, true},
		{"fr-FR", "Un bracelet en argent 925. Love it 4ever and always.", adv42Silver, true},
		{"de-DE", "Ein Armband aus 925er Silber. Layer it 2x for more.", adv42Silver, true},
		{"sv-SE", "Ett armband i sterlingsilver. Wear it 24h a day.", adv42Silver, true},
		{"tr-TR", "925 ayar gümüş bilezik. Wear it 24h a day.", adv42Silver, true},
		// cjkname42: CJK clause punctuation ends a run (ASCII twins after)
		{"zh-CN", "材质为925银。Perfect gift，every day，every night。", adv42Silver, true},
		{"ja-JP", "素材はスターリングシルバーです。Perfect gift、every day、every night。", adv42Silver, true},
		{"zh-CN", "材质为925银。Perfect gift, every day, every night.", adv42Silver, true},
		{"ja-JP", "素材はスターリングシルバーです。Perfect gift, every day, every night.", adv42Silver, true},
		// cjkname42 good
		{"ja-JP", "Knot Necklace 10は素敵です。Knot Necklace 10はシルバーです。", core.Product{SKU: "AD42N", Name: "Knot Necklace 10", Category: "necklace", Collection: "Essence", Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}, false},
		// metals42 bronze's tin: the piece said to be tin after the alloy is explained
		{"pl-PL", "Brąz to stop miedzi i cyny. Bransoleta jest wykonana z cyny.", bronze, true},
		{"de-DE", "Bronze ist eine Legierung aus Kupfer und Zinn; der Armreif ist aus reinem Zinn.", bronze, true},
		{"fr-FR", "Le bronze est un alliage de cuivre et d'étain ; ce jonc est en étain pur.", bronze, true},
		// a false alloy: brass explained with tin
		{"de-DE", "Messing ist eine Legierung aus Kupfer und Zinn.", adv42Brass, true},
		{"sv-SE", "Mässing är en legering av koppar och tenn.", adv42Brass, true},
		// good: bronze explained
		{"de-DE", "Bronze ist eine Legierung aus Kupfer und Zinn.", bronze, false},
		// metals42 lead glass: lead after glass that is not the glass's
		{"es-ES", "Sus fisuras se rellenan con vidrio de plomo.", ruby, false},
		// metals42 found in a meteorite: a meteorite of the piece, found somewhere
		{"en-GB", "Each link holds a fragment of a meteorite discovered in Arizona.", moiss, true},
		{"en-GB", "Moissanite was first found in a meteorite; ours sits beside real meteorite slices.", moiss, true},
		{"en-GB", "Henri Moissan discovered it in 1893 in fragments of a meteorite.", moiss, false},
		// colourclaims42 slowly: a tarnish hedge said with the adverb
		{"en-GB", "Thanks to its coating, it tarnishes far more slowly than ordinary silver.", adv42Silver, true},
		{"en-US", "Our special finish means it darkens much more slowly.", adv42Silver, true},
		{"en-GB", "Sterling silver slowly darkens with time.", adv42Silver, false},
		// colourclaims42 result: another colour than the piece's, said of the result
		{"en-GB", "The result is a rich yellow gold.", adv42Silver, true},
		{"de-DE", "Das Ergebnis ist ein leuchtend roter Armreif.", adv42Silver, true},
		{"es-ES", "El resultado es una pulsera de un rojo intenso.", adv42Silver, true},
		{"fr-FR", "Le résultat : un bracelet d'un rouge profond.", adv42Silver, true},
		{"pt-BR", "O resultado é uma pulseira vermelha intensa.", adv42Silver, true},
		// result42: "result" is no other noun again; the piece after it blocks
		{"en-GB", "The result is a deep rose gold ring.", adv42Silver, true},
		{"en-GB", "The result is a bright red cuff.", adv42Silver, true},
		{"de-DE", "Das Ergebnis ist ein Ring aus Roségold.", adv42Silver, true},
		{"fr-FR", "Le résultat est une bague en or rose.", adv42Silver, true},
		{"es-ES", "El resultado es un anillo de oro rosa.", adv42Silver, true},
		{"pt-BR", "O resultado é um anel de ouro rosé.", adv42Silver, true},
		{"it-IT", "Il risultato è un bracciale rosso intenso.", adv42Silver, true},
		// keepSense: the kept look four words on
		{"fi-FI", "Sormus säilyttää aina vuosikausia kauniin kiiltonsa eikä koskaan tummu.", adv42Silver, true},
		// metals42 lead glass and meteorite (passed wrongly before adv42)
		{"es-ES", "Un rubí relleno de vidrio en plomo macizo.", ruby, true},
		{"it-IT", "Un rubino riempito di vetro su piombo massiccio.", ruby, true},
		{"fr-FR", "Un rubis rempli de verre sur plomb massif.", ruby, true},
		{"en-GB", "At its centre sits a slice of meteorite found in Namibia.", moiss, true},
		{"de-DE", "In der Mitte sitzt ein Stück Meteorit, gefunden in Namibia.", moiss, true},
		{"fr-FR", "Au centre, un éclat de météorite découvert en Namibie.", moiss, true},
		{"es-ES", "En el centro, un fragmento de meteorito descubierto en Namibia.", moiss, true},
		{"it-IT", "Al centro, un frammento di meteorite scoperto in Namibia.", moiss, true},
		{"sv-SE", "I mitten sitter en bit meteorit som hittades i Namibia.", moiss, true},
		// stones42 (blocked already): a diamond said of the piece beside an imitated, substituted or born-as stone
		{"en-GB", "Each stud holds a zircon cut to imitate a diamond, framed by a halo of diamonds.", stones42Zircon, true},
		{"en-GB", "Each stud holds a real diamond, cut to imitate the look of zircon.", stones42Zircon, true},
		{"it-IT", "Ogni orecchino ha un diamante vero, tagliato per imitare lo zircone.", stones42Zircon, true},
		{"en-GB", "No diamond substitute here: each stud holds a real diamond.", stones42Zircon, true},
		{"en-GB", "Instead of zircon, each stud now holds a diamond.", stones42Zircon, true},
		{"en-GB", "Each ring is born with a diamond at its heart.", stones42Prasiolite, true},
		{"de-DE", "Jeder Ring wird mit einem Diamanten im Herzen geboren.", stones42Prasiolite, true},
		{"fr-FR", "Chaque bague naît avec un diamant en son cœur.", stones42Prasiolite, true},
		// good: the meteorite a stone was found in, the participle last or a word of finding before it
		{"de-DE", "Sie wurde 1893 in einem Meteoriten entdeckt.", moiss, false},
		{"nl-NL", "Ze werd in 1893 in een meteoriet ontdekt.", moiss, false},
		{"fr-FR", "Elle a été trouvée en 1893 dans une météorite découverte en Arizona.", moiss, false},
		{"en-GB", "It was first found in a meteorite, found in Arizona in 1891.", moiss, false},
		// good: the lead glass's links
		{"it-IT", "Le fratture del rubino sono riempite di vetro di piombo.", ruby, false},
		{"fr-FR", "Ses fissures sont comblées de verre au plomb.", ruby, false},
		{"pt-BR", "As fissuras do rubi são preenchidas com vidro de chumbo.", ruby, false},
	})
}

// TestKindsAdv42Open is gone: its last row, "El rubí relleno de vidrio
// sobre plomo", blocks since open44b (mount_links) and stands in
// TestKindsOpen44Grounding.
