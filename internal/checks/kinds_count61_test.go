package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Stone counts stated as groups (#13, count61; grounding count61.go,
// count60b.go; held-out 60A en-GB 60A03-2 and fi-FI 60A03-2):
//
//   - a list of parts of one stone joined by a conjunction adds up to a
//     group: "small diamonds: eight in the halo around the centre stone and
//     two on each shoulder" is twelve (a count on each side two sides'
//     worth), "neljä timanttia on kiven yläpuolella ja neljä sen
//     alapuolella" (four above the stone and four below it) eight;
//   - a count on each side after a verb of flanking counts the stones
//     beside the flanked one, whatever word names them: "une phénacite
//     flanquée de deux perles de chaque côté" (perles, beads as often as
//     pearls) is four beside the centre, "une perle flanquée de deux
//     perles de chaque côté" five pearls;
//   - a Dutch verb of flanking at the end of its clause, a side phrase
//     between ("een parel die door twee parels aan elke kant wordt
//     geflankeerd", "…, aan elke kant geflankeerd door twee …"): five;
//   - a side phrase of each side before the count, also at the head of its
//     clause with a comma after it ("on each side, two small diamonds",
//     "aan weerszijden twee diamanten", "de chaque côté, deux", "på var
//     sida två"), gives the count to each side: two sides' worth (not in
//     Danish and Norwegian, where "på hver side … to" may be two in all:
//     held-out 25 nb-NO);
//   - Turkish "her yanında birer" (one on each side of the ring) places
//     the stones on the ring's sides; "yanında" (beside) names no other
//     piece there.
//
// A count on each side is compared as two sides' worth or four (a square
// halo, or two sides of each of a pair's pieces), as count43 reads it.

// count61Halo is a ring of a colourless phenakite and n white diamonds.
func count61Halo(n int) core.Product {
	return core.Product{SKU: "C61H", Name: "Signature Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"18k white gold"},
		Metals:    []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "phenakite", Colour: "colourless", Count: 1, Origin: "natural"},
			{Type: "diamond", Colour: "white", Count: n, Origin: "natural"}},
		Colours: []string{"silver"}}
}

// count61Diamonds is a ring of n white diamonds.
func count61Diamonds(n int) core.Product {
	p := count59Ring(n)
	p.Stones = []core.Stone{{Type: "diamond", Colour: "white", Count: n, Origin: "natural"}}
	p.Colours = []string{"white", "silver"}
	return p
}

// count61Twelve are texts giving twelve diamonds as eight and two on each
// shoulder or side.
var count61Twelve = [][2]string{
	{"en-GB", "The ring sets a round phenakite with small diamonds: eight in the halo around the centre stone and two on each shoulder."},
	{"en-GB", "The ring sets a phenakite, eight diamonds in the halo and two on each shoulder."},
	{"fr-FR", "Des petits diamants : huit dans le halo autour de la pierre centrale et deux sur chaque épaule."},
	{"es-ES", "Pequeños diamantes: ocho en el halo alrededor de la piedra central y dos en cada lado."},
	{"pt-BR", "Pequenos diamantes: oito no halo ao redor da pedra central e dois de cada lado."},
	{"it-IT", "Piccoli diamanti: otto nell'alone attorno alla pietra centrale e due su ogni lato."},
}

// count61Eight are texts giving eight diamonds as four above the centre
// stone and four below it.
var count61Eight = [][2]string{
	{"en-US", "Four diamonds sit above the stone and four below it."},
	{"fr-FR", "Quatre diamants au-dessus de la pierre et quatre en dessous."},
	{"de-DE", "Vier Diamanten sitzen über dem Stein und vier darunter."},
	{"fi-FI", "Fenakiitti on kehystetty pienillä timanteilla: neljä timanttia on kiven yläpuolella ja neljä sen alapuolella."},
	{"sv-SE", "Fyra diamanter sitter ovanför stenen och fyra under den."},
	{"nl-NL", "Vier diamanten zitten boven de steen en vier eronder."},
	{"da-DK", "Fire diamanter sidder over stenen og fire under den."},
	{"nb-NO", "Fire diamanter sitter over steinen og fire under den."},
	{"pl-PL", "Cztery diamenty są nad kamieniem, a cztery pod nim."},
	{"cs-CZ", "Čtyři diamanty jsou nad kamenem a čtyři pod ním."},
	{"el-GR", "Τέσσερα διαμάντια βρίσκονται πάνω από την πέτρα και τέσσερα κάτω από αυτήν."},
}

// count61SidesBefore are texts giving two diamonds on each side, the side
// phrase before the count (four in all).
var count61SidesBefore = [][2]string{
	{"en-GB", "The ring sets a phenakite and, on each side, two small diamonds."},
	{"en-US", "A phenakite sits in the center; on either side, two diamonds catch the light."},
	{"nl-NL", "De ring heeft een fenakiet met aan weerszijden twee diamanten."},
	{"nl-NL", "De ring heeft een fenakiet met aan elke kant twee diamanten."},
	{"fr-FR", "La bague porte une phénacite et, de chaque côté, deux petits diamants."},
	{"es-ES", "El anillo lleva una fenaquita y, a cada lado, dos pequeños diamantes."},
	{"it-IT", "L'anello porta una fenachite e, su ogni lato, due piccoli diamanti."},
	{"pt-BR", "O anel traz uma fenacita e, de cada lado, dois pequenos diamantes."},
	{"sv-SE", "Ringen har en fenakit och på var sida två små diamanter."},
	{"pl-PL", "Pierścionek ma fenakit, a z każdej strony dwa małe diamenty."},
	{"cs-CZ", "Prsten nese fenakit a na každé straně dva malé diamanty."},
	{"el-GR", "Το δαχτυλίδι έχει έναν φενακίτη και σε κάθε πλευρά δύο μικρά διαμάντια."},
	{"fi-FI", "Sormuksessa on fenakiitti ja kummallakin puolella kaksi pientä timanttia."},
}

// count61SidesBeforeHeld are the same shapes main already read (de, tr)
// or read otherwise (ar: three on each side).
var count61SidesBeforeHeld = [][2]string{
	{"tr-TR", "Yüzükte bir fenakit ve her yanında ikişer küçük pırlanta var."},
	{"de-DE", "Der Ring trägt einen Phenakit und auf jeder Seite zwei kleine Diamanten."},
}

// count61ThreeEach are texts giving three diamonds on each side.
var count61ThreeEach = [][2]string{
	{"en-GB", "The ring sets a phenakite and, on each side, three small diamonds."},
	{"nl-NL", "De ring heeft een fenakiet met aan weerszijden drie diamanten."},
	{"fr-FR", "La bague porte une phénacite et, de chaque côté, trois petits diamants."},
	{"sv-SE", "Ringen har en fenakit och på var sida tre små diamanter."},
	{"ar-AE", "يضم الخاتم حجر فيناكيت، وعلى كل جانب منه ثلاث ماسات صغيرة."},
}

// count61PearlsFlanked are texts giving five pearls as one flanked by two
// on each side.
var count61PearlsFlanked = [][2]string{
	{"nl-NL", "De ketting draagt een parel die door twee parels aan elke kant wordt geflankeerd."},
	{"nl-NL", "De ketting draagt een parel die aan elke kant door twee parels wordt geflankeerd."},
	{"nl-NL", "De ketting draagt een parel, aan elke kant geflankeerd door twee parels."},
}

// count61FrenchPearls gives five pearls with perles on each side.
var count61FrenchPearls = [][2]string{
	{"fr-FR", "Le collier porte une perle flanquée de deux perles de chaque côté."},
}

// count61Flanked are texts giving four diamonds, two on each side of a
// flanked phenakite.
var count61Flanked = [][2]string{
	{"fr-FR", "La bague sertit une phénacite flanquée de deux perles de chaque côté."},
}

// count61FlankedHeld are flanked texts main passed on a true product.
var count61FlankedHeld = [][2]string{
	{"nl-NL", "De ring draagt een fenakiet, aan elke kant geflankeerd door twee diamanten."},
	{"nl-NL", "De ring draagt een fenakiet die aan elke kant door twee diamanten wordt geflankeerd."},
}

// count61Turkish are texts giving one diamond on each side of the ring.
var count61Turkish = [][2]string{
	{"tr-TR", "Yüzüğün her yanında birer pırlanta bulunuyor."},
}

// TestKindsCount61: the rows main got wrong (each failed there).
func TestKindsCount61(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count61Halo(12), false, count61Twelve)...)
	rows = append(rows, pairRows(count61Halo(8), false, count61Eight)...)
	rows = append(rows, pairRows(count61Halo(6), true, count61SidesBefore)...)
	rows = append(rows, pairRows(count61Halo(4), false, count61Flanked)...)
	rows = append(rows, pairRows(count59Pearls(5), false, count61PearlsFlanked)...)
	rows = append(rows, pairRows(count59Pearls(7), true, count61FrenchPearls)...)
	rows = append(rows, pairRows(count61Halo(6), true, count61FlankedHeld)...)
	rows = append(rows, pairRows(count61Diamonds(3), true, count61Turkish)...)
	rows = append(rows, []kindRow{
		{"tr-TR", "Yüzüğün her yanında birer safir bulunuyor.", count59Ring(3), true},
		{"tr-TR", "Yüzüğün ortasında bir fenakit, her yanında birer pırlanta bulunuyor.", count61Halo(3), true},
	}...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsCount61Bad: the true counts in the same shapes pass, and wrong
// counts in them still block.
func TestKindsCount61Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	// A list whose parts add up to another number.
	rows = append(rows, pairRows(count61Halo(14), true, count61Twelve)...)
	rows = append(rows, pairRows(count61Halo(10), true, count61Twelve)...)
	rows = append(rows, pairRows(count61Halo(10), true, count61Eight)...)
	// Two on each side: four, not two or six; three on each side is not
	// four.
	rows = append(rows, pairRows(count61Halo(4), false, count61SidesBefore, count61SidesBeforeHeld)...)
	rows = append(rows, pairRows(count61Halo(2), true, count61SidesBefore)...)
	rows = append(rows, pairRows(count61Halo(6), true, count61SidesBeforeHeld)...)
	rows = append(rows, pairRows(count61Halo(4), true, count61ThreeEach)...)
	// Flanked: a centre and two on each side.
	rows = append(rows, pairRows(count59Pearls(5), false, count61FrenchPearls)...)
	rows = append(rows, pairRows(count59Pearls(3), true, count61FrenchPearls)...)
	rows = append(rows, pairRows(count59Pearls(7), true, count61PearlsFlanked[1:])...)
	rows = append(rows, pairRows(count61Halo(6), true, count61Flanked)...)
	rows = append(rows, pairRows(count61Halo(4), false, count61FlankedHeld)...)
	// One on each side of the ring.
	rows = append(rows, pairRows(count61Diamonds(2), false, count61Turkish)...)
	rows = append(rows, pairRows(count61Diamonds(1), true, count61Turkish)...)
	rows = append(rows, []kindRow{
		{"tr-TR", "Yüzüğün ortasında bir fenakit, her yanında birer pırlanta bulunuyor.", count61Halo(2), false},
		// Three on each shoulder after eight: fourteen.
		{"en-GB", "The ring sets a round phenakite with small diamonds: eight in the halo around the centre stone and three on each shoulder.", count61Halo(14), false},
		{"en-GB", "The ring sets a phenakite, eight diamonds in the halo and three on each shoulder.", count61Halo(16), true},
	}...)
	checkKindRows(t, svc, CatGrounding, rows)
}
