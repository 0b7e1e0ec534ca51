package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The nineteenth session's kinds from the rare-material probe 26
// (testdata/cases/probes/probe26a/b.jsonl) and the released half of set 25.

func silverWith(sku, name, category string, stone core.Stone, material string) core.Product {
	return core.Product{SKU: sku, Name: name, Category: category, Collection: "Heritage",
		Materials: []string{"sterling silver", material},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{stone}}
}

// formation26: the agent of an event in a stone's formation or story is no
// material of the piece: the meteorite whose impact made moldavite or
// Libyan desert glass (GIA Gem Encyclopedia, "Moldavite"; Mindat,
// "Tektite"), the steel pyrite throws sparks against (Mindat, "Pyrite").
// Probe 26 P26a07/P26a08 (12 texts in 10 locales) and P26a02 (7 texts)
// blocked grounding.material "meteorite"/"steel". The same word said of the
// piece still blocks.
func TestKindsFormation26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	moldavite := silverWith("K26M", "Moldavite Pendant", "pendant", core.Stone{Type: "moldavite", Colour: "green", Count: 1, Origin: "natural"}, "moldavite")
	pyrite := silverWith("K26P", "Pyrite Ring", "ring", core.Stone{Type: "pyrite", Colour: "brassy yellow", Count: 1, Origin: "natural"}, "pyrite")
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass(moldavite, "en-US", "About 15 million years ago a meteorite struck what is now southern Germany and created the Ries crater."),
		block(moldavite, "en-US", "The pendant holds a slice of meteorite."),
		pass(moldavite, "de-DE", "Vor rund 15 Millionen Jahren schlug im heutigen Süddeutschland ein Meteorit ein."),
		block(moldavite, "de-DE", "Der Anhänger ist aus Meteorit gefertigt."),
		pass(moldavite, "es-MX", "Hace unos 15 millones de años, un meteorito cayó en lo que hoy es el sur de Alemania."),
		block(moldavite, "es-MX", "El dije lleva una pieza de meteorito."),
		pass(moldavite, "fr-CA", "Il s'est formé sous la chaleur de l'impact d'une météorite."),
		block(moldavite, "fr-CA", "Le pendentif renferme un éclat de météorite."),
		pass(moldavite, "it-IT", "Si è formato per il calore dell'impatto di un meteorite."),
		pass(moldavite, "pt-PT", "Formou-se com o calor do impacto de um meteorito."),
		pass(moldavite, "nl-NL", "Zo'n 15 miljoen jaar geleden sloeg een meteoriet in op de plek van het huidige Zuid-Duitsland."),
		block(moldavite, "nl-NL", "De hanger bevat een stukje meteoriet."),
		pass(moldavite, "fi-FI", "Noin 15 miljoonaa vuotta sitten meteoriitti iskeytyi nykyisen Etelä-Saksan alueelle."),
		pass(moldavite, "cs-CZ", "Asi před 15 miliony let dopadl na území dnešního Německa meteorit."),
		pass(moldavite, "ko-KR", "약 1500만 년 전 운석 충돌의 열로 생긴 것으로 보입니다."),
		block(moldavite, "ko-KR", "이 펜던트는 운석으로 만들었습니다."),
		pass(moldavite, "zh-TW", "約一千五百萬年前，隕石撞擊今日德國南部。"),
		block(moldavite, "zh-TW", "這款墜飾以隕石製成。"),
		pass(pyrite, "en-GB", "The name comes from the Greek pyr, fire, as pyrite throws sparks when it is struck against steel."),
		block(pyrite, "en-GB", "The band is made of steel."),
		pass(pyrite, "fr-CA", "Son nom vient du grec pyr, le feu, parce qu'elle produit des étincelles quand on la frappe contre l'acier."),
		block(pyrite, "fr-CA", "L'anneau est en acier."),
		pass(pyrite, "it-IT", "Il nome deriva dal greco pyr, fuoco: colpita con l'acciaio, la pirite sprigiona scintille."),
		pass(pyrite, "nl-NL", "De naam komt van het Griekse pyr, vuur, omdat pyriet vonken geeft als je er staal tegenaan slaat."),
		block(pyrite, "nl-NL", "De ring is van staal."),
		pass(pyrite, "fi-FI", "Nimi tulee kreikan sanasta pyr, tuli, koska teräkseen lyötynä pyriitti iskee kipinöitä."),
		pass(pyrite, "ko-KR", "이름은 불을 뜻하는 그리스어 pyr에서 왔는데, 강철에 부딪히면 불꽃이 튀기 때문입니다."),
		block(pyrite, "ko-KR", "밴드는 강철로 만들었습니다."),
		pass(pyrite, "el-GR", "Το όνομα προέρχεται από τη λέξη «πυρ», γιατί βγάζει σπίθες όταν χτυπηθεί με ατσάλι."),
		block(pyrite, "el-GR", "Το δαχτυλίδι είναι από ατσάλι."),
	})
}

// stonename26: a metal inside a stone's name or trade name is not the
// piece's: goldstone (aventurine glass, "piedra de oro", 金星石), pyrite's
// "fool's gold" (Katzengold, or des fous, oro degli stolti, ouro-de-tolo,
// kattengoud, 바보의 금); a colour named after steel ("steely grey", "cinza-aço",
// "çelik grisi", 钢灰色) is a colour; goldsmiths and gold prospectors are
// people. Goldstone is glass (stone_substances), as the natural glasses are.
// Probe 26 P26a01, P26a02, P26b01. The metal said of the piece still blocks.
func TestKindsStoneName26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	goldstone := silverWith("K26G", "Goldstone Bracelet", "bracelet", core.Stone{Type: "goldstone", Colour: "reddish brown", Count: 21, Origin: "simulant"}, "goldstone")
	pyrite := silverWith("K26P", "Pyrite Ring", "ring", core.Stone{Type: "pyrite", Colour: "brassy yellow", Count: 1, Origin: "natural"}, "pyrite")
	marcasite := silverWith("K26C", "Marcasite Ring", "ring", core.Stone{Type: "marcasite", Colour: "grey", Count: 42, Origin: "natural"}, "marcasite")
	amethyst := silverWith("K26A", "Amethyst Bracelet", "bracelet", core.Stone{Type: "amethyst", Colour: "purple", Count: 21, Origin: "natural"}, "amethyst")
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "", []kindRow{
		pass(goldstone, "en-GB", "Goldstone is not a mineral but a man-made glass, also called aventurine glass."),
		block(amethyst, "en-GB", "The beads are a man-made glass."),
		pass(goldstone, "de-DE", "Goldfluss, auch Aventuringlas genannt, ist ein von Menschen hergestelltes Glas."),
		block(amethyst, "de-DE", "Die Perlen sind aus Glas."),
		pass(goldstone, "es-MX", "La piedra de oro, también llamada vidrio aventurina, es un vidrio fabricado por el ser humano."),
		block(goldstone, "es-MX", "Las cuentas son de oro."),
		pass(goldstone, "pt-PT", "O goldstone, também conhecido como vidro aventurina, é um vidro feito pelo homem."),
		pass(goldstone, "nl-NL", "Goudsteen, ook aventurijnglas genoemd, is glas dat door mensen wordt gemaakt."),
		block(amethyst, "nl-NL", "De kralen zijn van glas."),
		pass(goldstone, "ko-KR", "골드스톤은 사람이 만든 유리입니다."),
		block(amethyst, "ko-KR", "비즈는 유리입니다."),
		pass(pyrite, "en-GB", "Its brassy yellow shine earned it the nickname “fool’s gold”."),
		block(pyrite, "en-GB", "The band is solid gold."),
		pass(pyrite, "fr-CA", "Son éclat jaune lui a valu le surnom d'« or des fous »."),
		pass(pyrite, "it-IT", "Il suo bagliore le ha valso il soprannome di «oro degli stolti»."),
		block(pyrite, "it-IT", "La fascia è in oro."),
		pass(pyrite, "de-DE", "Wegen seines Glanzes nennt man ihn auch Katzengold."),
		pass(pyrite, "nl-NL", "Door zijn glans kreeg het de bijnaam kattengoud, omdat veel goudzoekers het voor edelmetaal aanzagen."),
		block(pyrite, "nl-NL", "De ring is van goud."),
		pass(pyrite, "ko-KR", "노란 광택 때문에 ‘바보의 금’이라는 별명을 얻었습니다."),
		pass(marcasite, "pt-BR", "A pirita é conhecida como ouro-de-tolo, e o brilho vira um cintilar cinza-aço."),
		block(marcasite, "pt-BR", "O anel é de aço."),
		pass(marcasite, "sv-SE", "Guldsmeder har länge använt pyrit i stället."),
		block(marcasite, "sv-SE", "Ringen är gjord av guld."),
		pass(marcasite, "tr-TR", "Piritin metalik parlaklığı çelik grisi bir pırıltıya dönüşür."),
		block(marcasite, "tr-TR", "Yüzük çelikten yapılmıştır."),
		pass(marcasite, "el-GR", "Η λάμψη του πυρίτη γίνεται ένα ατσαλί γκρι σπινθήρισμα."),
		pass(marcasite, "zh-CN", "细小刻面让金属光泽化作钢灰色闪光。"),
		block(marcasite, "zh-CN", "戒指由钢制成。"),
		pass(marcasite, "en-AU", "Its metallic lustre becomes a steely grey glitter."),
		block(marcasite, "en-AU", "The ring is made of steel."),
	})
}

// mineralcount26: a number counting minerals ("deux minéraux appelés jade",
// "dos minerales que llamamos jade", "dwóch minerałów nazywanych żadem")
// counts no stones: the mineral nouns stop the count's look-ahead
// (count_stops). Probe 26 P26b05. A number of stones still blocks.
func TestKindsMineralCount26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	jade := silverWith("K26J", "Nephrite Pendant", "pendant", core.Stone{Type: "nephrite jade", Colour: "spinach green", Count: 1, Origin: "natural"}, "nephrite jade")
	pass := func(loc, text string) kindRow { return kindRow{loc, text, jade, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, jade, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass("fr-FR", "Le nom recouvre deux minéraux appelés jade."),
		block("fr-FR", "Le pendentif porte deux jades."),
		pass("es-ES", "Hay dos minerales que llamamos jade."),
		block("es-ES", "El colgante lleva dos jades."),
		pass("pl-PL", "To jeden z dwóch minerałów nazywanych żadem."),
		pass("en-GB", "Two minerals are called jade."),
		block("en-GB", "The pendant is set with two jade stones."),
	})
}

// hackmanite26 (released25b fr-FR H25b06-1): hackmanite, a sodalite variety,
// was unknown, so a border of it on a tugtupite pendant passed. It is a
// stone of every vocabulary; on a hackmanite piece it passes.
func TestKindsHackmanite26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	tug := silverWith("K26T", "Tugtupite Pendant", "pendant", core.Stone{Type: "tugtupite", Colour: "pink", Count: 1, Origin: "natural"}, "tugtupite")
	hack := silverWith("K26H", "Hackmanite Pendant", "pendant", core.Stone{Type: "hackmanite", Colour: "violet", Count: 1, Origin: "natural"}, "hackmanite")
	pass := func(loc, text string) kindRow { return kindRow{loc, text, hack, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, tug, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass("fr-FR", "Un cabochon de hackmanite serti clos dans de l'argent."),
		block("fr-FR", "Un cabochon de tugtupite bordé d'un fin liseré de hackmanite."),
		pass("en-GB", "A hackmanite cabochon set in silver."),
		block("en-GB", "A tugtupite cabochon edged with hackmanite."),
		pass("de-DE", "Ein Cabochon aus Hackmanit in Silber."),
		block("de-DE", "Ein Tugtupit, umrandet von Hackmanit."),
		pass("ja-JP", "ハックマナイトのカボションをシルバーに留めました。"),
		block("ja-JP", "ツグツパイトをハックマナイトで縁取りました。"),
	})
}

// vso26 (released25b ar-AE H25b08-2): an Arabic tarnish claim with the
// subject between the verb and its object ("ولا تفقد الفضة لمعانها أبداً", the
// silver never loses its shine) was missed: only the verb-object form "لا
// تفقد لمعانها" was a claim form. The forms now allow up to three words
// between (data/ar/concepts-vso26.yaml). A sentence that says silver may lose
// its shine, or the claim on a piece whose features say anti-tarnish, passes.
func TestKindsArabicVSO26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	neck := core.Product{SKU: "K26V", Name: "Silver Necklace", Category: "necklace", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}}
	coated := neck
	coated.Features = []string{"anti-tarnish"}
	checkKindRows(t, svc, "claim", []kindRow{
		{"ar-AE", "ولا تفقد الفضة لمعانها أبداً ولا تتغير مع مرور السنين.", neck, true},
		{"ar-AE", "لا يفقد المعدن بريقه مع الوقت.", neck, true},
		{"ar-AE", "لا تفقد لمعانها أبداً.", neck, true},
		{"ar-AE", "قد تفقد الفضة لمعانها مع الوقت، لذلك ننصح بتلميعها بقطعة قماش ناعمة.", neck, false},
		{"ar-AE", "ولا تفقد الفضة لمعانها أبداً.", coated, false},
	})
}
