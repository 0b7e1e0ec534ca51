package grounding

import "testing"

func TestGerman(t *testing.T) {
	runCases(t, "de-DE", []tcase{
		{name: "clean", p: silverCZ, text: "Dieser Charm aus Sterling-Silber ist mit zwölf klaren Zirkonia besetzt."},
		{name: "Sterlingsilber compound", p: silverCZ, text: "Ein Herz aus Sterlingsilber."},
		{name: "Silberanhänger is silver but not a ring", p: platedRing, text: "Ein schöner Silberanhänger.", want: []string{"grounding.category"}, span: "anhänger"},
		{name: "Goldkette contradicts", p: silverCZ, text: "Passt perfekt an jede Goldkette.", want: []string{"grounding.material"}, span: "Gold"},
		{name: "ohne Gold", p: silverCZ, text: "Ganz ohne Gold, aus reinem Sterlingsilber.", want: nil},
		{name: "nickelfrei", p: silverCZ, text: "Nickelfrei und aus Sterlingsilber.", want: nil},
		{name: "vergoldet supports gold-plated", p: platedRing, text: "Ein vergoldeter Ring mit 14 Karat.", want: nil},
		{name: "vergoldet on silver", p: silverCZ, text: "Ein vergoldetes Herz.", want: []string{"grounding.material"}},
		{name: "goldfarben lookalike", p: steelBracelet, text: "Ein goldfarbenes Armband aus Edelstahl.", want: nil},
		{name: "goldfarben on silver", p: silverCZ, text: "Ein goldfarbenes Herz.", want: []string{"grounding.colour"}},
		{name: "Zirkonia count wrong", p: silverCZ, text: "Mit zehn funkelnden Zirkonia.", want: []string{"grounding.count"}},
		{name: "Diamantschliff", p: silverCZ, text: "Facetten im Diamantschliff.", want: nil},
		{name: "Diamanten contradict", p: silverCZ, text: "Mit echten Diamanten.", want: []string{"grounding.stone", "claim.real_diamond"}},
		{name: "Perlenohrringe supported", p: pearlEarrings, text: "Zwei Süßwasserperlen an Ohrringen aus Sterlingsilber.", want: nil},
		{name: "Ohrring is not ring", p: pearlEarrings, text: "Diese Ohrringe glänzen.", want: nil},
		{name: "gering is not a ring", p: silverCZ, text: "Mit geringem Gewicht.", want: nil},
		{name: "Armband related to charm", p: silverCZ, text: "Für jedes Armband.", want: nil},
		{name: "Kristall contradicts", p: silverCZ, text: "Mit Kristallen besetzt.", want: []string{"grounding.stone"}},
		{name: "rosévergoldet supported", p: pinkPendant, text: "Ein rosévergoldeter Anhänger mit rosa Zirkonia und Emaille.", want: nil},
	})
}

func TestItalian(t *testing.T) {
	runCases(t, "it-IT", []tcase{
		{name: "clean", p: silverCZ, text: "Questo charm in argento sterling è impreziosito da dodici zirconi trasparenti."},
		{name: "argento supported", p: silverCZ, text: "Un cuore in argento."},
		{name: "oro contradicts", p: silverCZ, text: "Un cuore in oro giallo.", want: []string{"grounding.material"}, span: "oro giallo"},
		{name: "senza nichel", p: silverCZ, text: "Argento sterling senza nichel.", want: nil},
		{name: "senza oro", p: silverCZ, text: "Senza oro, solo argento sterling.", want: nil},
		{name: "argentato is a colour", p: steelBracelet, text: "Un bracciale argentato.", want: []string{"grounding.colour"}},
		{name: "dorato on gold steel", p: steelBracelet, text: "Un bracciale dorato in acciaio inossidabile.", want: nil},
		{name: "placcato oro supported", p: platedRing, text: "Un anello placcato oro 14k.", want: nil},
		{name: "oro bianco on silver", p: silverCZ, text: "Un charm in oro bianco.", want: []string{"grounding.material"}},
		{name: "taglio diamante", p: silverCZ, text: "Sfaccettature con taglio a diamante.", want: nil},
		{name: "diamanti contradict", p: silverCZ, text: "Con diamanti.", want: []string{"grounding.stone"}},
		{name: "count wrong", p: silverCZ, text: "Con dieci zirconi.", want: []string{"grounding.count"}},
		{name: "una rosa is a flower", p: silverCZ, text: "Inciso con una rosa.", want: nil},
		{name: "zirconi rosa wrong", p: silverCZ, text: "Con zirconi rosa.", want: []string{"grounding.colour"}},
		{name: "anello contradicts charm", p: silverCZ, text: "Questo anello brilla.", want: []string{"grounding.category"}},
		{name: "perle d'acqua dolce", p: pearlEarrings, text: "Due perle d'acqua dolce su orecchini in argento sterling.", want: nil},
		{name: "pelle is skin", p: silverCZ, text: "Delicato sulla pelle.", want: nil},
	})
}

func TestSpanish(t *testing.T) {
	runCases(t, "es-ES", []tcase{
		{name: "clean", p: silverCZ, text: "Este charm de plata de ley está engastado con doce circonitas transparentes."},
		{name: "plata supported", p: silverCZ, text: "Un corazón de plata."},
		{name: "oro contradicts", p: silverCZ, text: "Un colgante de oro.", want: []string{"grounding.material"}, span: "oro"},
		{name: "plateado is colour", p: steelBracelet, text: "Una pulsera plateada.", want: []string{"grounding.colour"}},
		{name: "plateado on silver", p: silverCZ, text: "Un brillo plateado.", want: nil},
		{name: "sin níquel", p: silverCZ, text: "Plata de ley sin níquel.", want: nil},
		{name: "sin oro", p: silverCZ, text: "Sin oro: pura plata de ley.", want: nil},
		{name: "bañado en oro supported", p: platedRing, text: "Un anillo bañado en oro de 14 quilates.", want: nil},
		{name: "18 quilates wrong", p: platedRing, text: "Un anillo chapado en oro de 18 quilates.", want: []string{"grounding.karat"}},
		{name: "talla diamante", p: silverCZ, text: "Facetas con talla diamante.", want: nil},
		{name: "diamantes contradict", p: silverCZ, text: "Con diamantes.", want: []string{"grounding.stone"}},
		{name: "count wrong", p: silverCZ, text: "Con diez circonitas.", want: []string{"grounding.count"}},
		{name: "count ok", p: silverCZ, text: "Con doce circonitas blancas.", want: nil},
		{name: "una rosa is a flower", p: silverCZ, text: "Grabado con una rosa.", want: nil},
		{name: "anillo contradicts charm", p: silverCZ, text: "Este anillo brilla.", want: []string{"grounding.category"}},
		{name: "piel is skin", p: silverCZ, text: "Suave sobre la piel.", want: nil},
		{name: "perlas de agua dulce", p: pearlEarrings, text: "Dos perlas de agua dulce en pendientes de plata de ley.", want: nil},
	})
}

// TestCJKDictionaryBoundaries: a fact written in Han characters alone
// counts only as whole dictionary words (kagome for Japanese, gse for
// Chinese), so 金 inside 金魚, 金星, 現金 or 金牛座 is no gold, while 金,
// 黄金, 純金, 18金, 镀金 and 足金 standing as words still are.
func TestCJKDictionaryBoundaries(t *testing.T) {
	silver := silverCZ
	runCases(t, "ja-JP", []tcase{
		{name: "goldfish", p: silver, text: "金魚のモチーフのチャームです。"},
		{name: "Venus", p: silver, text: "金星をイメージしたチャームです。"},
		{name: "cash", p: silver, text: "現金でのお支払いも可能です。"},
		{name: "golden ratio", p: silver, text: "黄金比のデザインです。"},
		{name: "Kanazawa", p: silver, text: "金沢で仕上げたチャームです。"},
		{name: "gold", p: silver, text: "金のチャームです。", want: []string{"grounding.material"}},
		{name: "ogon", p: silver, text: "黄金のチャームです。", want: []string{"grounding.material"}},
		{name: "18 kin", p: silver, text: "18金のチャームです。", want: []string{"grounding.karat"}},
		// Pure gold on silver is also a claim of solid gold (#13, solid25).
		{name: "pure gold", p: silver, text: "純金のチャームです。", want: []string{"grounding.material", "claim.solid_metal"}},
	})
	for _, loc := range []string{"zh-CN", "zh-TW"} {
		runCases(t, loc, []tcase{
			{name: "goldfish", p: silver, text: "金鱼造型，金魚造型。"},
			{name: "Taurus", p: silver, text: "金牛座造型。"},
			{name: "Venus", p: silver, text: "金星造型。"},
			{name: "gold", p: silver, text: "黄金吊坠。", want: []string{"grounding.material"}},
			{name: "plated", p: silver, text: "镀金材质。", want: []string{"grounding.material"}},
			{name: "zu jin", p: silver, text: "足金打造。", want: []string{"grounding.material", "claim.solid_metal"}},
		})
	}
}
