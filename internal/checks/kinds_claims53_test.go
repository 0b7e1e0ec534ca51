package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The forty-seventh session's claims53 kinds (issue #13; released 53B and
// probe 53C/53D): a stone's colour said to last read as a tarnish promise;
// natural colour said of the stones in general beside the piece's disclosed
// treatment in noun form; peace of mind given by a clasp or a guarantee and
// a whole crystal read as health claims; a metaphysical claim of energy
// raised and bad energy driven away missed; a treated stone's colour said to
// be nature's own missed; the colour of a variety's species in general
// compared with the piece's stone.

// c53Citrine are 18k gold-plated sterling silver earrings with heated
// citrines.
var c53Citrine = core.Product{SKU: "C53-1", Name: "Lumière Earrings", Category: "earrings", Collection: "Lumière",
	Materials: []string{"18k gold-plated sterling silver"},
	Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}},
	Stones:    []core.Stone{{Type: "citrine", Colour: "golden", Count: 2, Origin: core.OriginNatural, Treatment: "heated"}},
	Colours:   []string{"yellow", "gold"}}

// c53Lemon is a 9k yellow gold pendant with an irradiated lemon quartz.
var c53Lemon = core.Product{SKU: "C53-2", Name: "Lumière Pendant", Category: "pendant", Collection: "Lumière",
	Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
	Stones:  []core.Stone{{Type: "lemon quartz", Colour: "yellow", Count: 1, Origin: core.OriginNatural, Treatment: "irradiated"}},
	Colours: []string{"yellow", "gold"}}

// c53GreenDiamond are 18k white gold earrings with irradiated green
// diamonds.
var c53GreenDiamond = core.Product{SKU: "C53-3", Name: "Diamant vert", Category: "earrings", Collection: "Signature",
	Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
	Stones:  []core.Stone{{Type: "diamond", Colour: "green", Count: 2, Origin: core.OriginNatural, Treatment: "irradiated"}},
	Colours: []string{"green", "white"}}

// c53Agate is a sterling silver ring with a dyed blue agate.
var c53Agate = core.Product{SKU: "C53-4", Name: "Reflexions Ring", Category: "ring", Collection: "Reflexions",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "agate", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"}},
	Colours: []string{"blue", "silver"}}

// c53Bracelet is an 18k yellow gold bracelet with diamonds and blue
// sapphires and a box clasp with a safety catch.
var c53Bracelet = core.Product{SKU: "C53-5", Name: "Rawda Bracelet", Category: "bracelet", Collection: "Heritage",
	Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
	Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 10, Origin: core.OriginNatural},
		{Type: "sapphire", Colour: "blue", Count: 5, Origin: core.OriginNatural}},
	Colours: []string{"gold", "blue"}, Features: []string{"box clasp", "safety catch"}}

// c53Rutile is a sterling silver signet ring with a rutilated quartz.
var c53Rutile = core.Product{SKU: "C53-6", Name: "Heritage Signet", Category: "ring", Collection: "Heritage",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "rutilated quartz", Colour: "golden", Count: 1, Origin: core.OriginNatural}},
	Colours: []string{"golden", "silver"}}

// c53Quartz is a sterling silver charm with a rutilated quartz (tr-TR
// probe 53D104).
var c53Quartz = c53Rutile

// claims53Pass are publishable texts: none may block.
var claims53Pass = []kindRow{
	// a stone's colour said to last, the stone or its treatment the topic
	// (conceptDef.StoneColour; concepts_stonecolour.go)
	{"de-DE", "Unsere Steine wurden durch Brennen erhitzt. Die Farbe bleibt dauerhaft, und die Steine sind hart.", c53Citrine, false},
	{"de-DE", "Die Farbe bleibt dauerhaft, und mit der Härte von Quarz sind die Steine gut für den Alltag geeignet.", c53Citrine, false},
	{"nb-NO", "Sitrinen vår er varmebehandlet. Fargen er varig, og steinen tåler hverdagsbruk godt.", c53Citrine, false},
	{"zh-TW", "這顆黃水晶經過加熱處理。顏色穩定持久，硬度與石英相同。", c53Citrine, false},
	{"en-AU", "Lemon quartz gets its colour from irradiation. Keep the quartz out of strong sunlight so the colour stays bright.", c53Lemon, false},
	{"es-ES", "El cuarzo limón se irradia. Es un tratamiento estable: el color no se altera con el uso normal.", c53Lemon, false},
	{"pl-PL", "Kwarc cytrynowy zawdzięcza kolor napromieniowaniu. Kolor nie zmienia się przy zwykłym noszeniu.", c53Lemon, false},
	// natural colour of the stones in general, the piece's own treatment
	// disclosed in noun form in the next sentence (treatment_words)
	{"fr-CA", "Les diamants naturellement verts comptent parmi les plus rares au monde. Les nôtres ont une couleur rehaussée par irradiation.", c53GreenDiamond, false},
	{"pt-PT", "Os diamantes de cor verde natural estão entre os mais raros do mundo. O nosso tem a cor intensificada por irradiação.", c53GreenDiamond, false},
	{"pt-PT", "Os diamantes de cor verde natural são raríssimos. O nosso deve o verde a um tratamento por radiação.", c53GreenDiamond, false},
	{"nb-NO", "Diamanter med naturlig grønn farge er blant de sjeldneste i verden. Vår diamant har fått fargen ved bestråling.", c53GreenDiamond, false},
	{"nb-NO", "Diamanter med naturlig grønn farge er sjeldne. Vår diamant har fått fargen gjennom strålebehandling.", c53GreenDiamond, false},
	{"sv-SE", "Diamanter med naturlig grön färg är sällsynta. Vår diamant har fått sin färg genom bestrålning.", c53GreenDiamond, false},
	{"da-DK", "Diamanter med naturlig grøn farve er sjældne. Vores diamant har fået sin farve ved bestråling.", c53GreenDiamond, false},
	{"es-ES", "Los diamantes de color verde natural son muy raros. El nuestro debe su color a la irradiación.", c53GreenDiamond, false},
	{"it-IT", "I diamanti di colore verde naturale sono rarissimi. Il nostro deve il suo colore all'irradiazione.", c53GreenDiamond, false},
	// nature's own said of no colour (the banding) denies nothing
	{"fi-FI", "Kivi on värjätty syvän siniseksi, mutta sen raidoitus on luonnon omaa.", c53Agate, false},
	// peace of mind given by a clasp, a catch or a guarantee
	// (concepts-assure53.yaml: near_others of health)
	{"ar-AE", "يُغلق بمشبك صندوقي مع قفل أمان إضافي يمنحك الطمأنينة طوال اليوم.", c53Bracelet, false},
	{"ar-AE", "يُغلق بمشبك صندوقي يمنحك الطمأنينة.", c53Bracelet, false},
	{"en-GB", "The box clasp with an extra safety catch gives you peace of mind all day.", c53Bracelet, false},
	{"en-GB", "The two-year guarantee gives you peace of mind.", c53Bracelet, false},
	{"sv-SE", "Boxlåset med extra säkerhetsspärr ger dig sinnesro hela dagen.", c53Bracelet, false},
	{"nb-NO", "Kasselåsen med ekstra sikkerhetslås gir deg trygghet og sinnsro hele dagen.", c53Bracelet, false},
	{"fi-FI", "Laatikkolukko ja lisävarmistin tuovat mielenrauhaa koko päiväksi.", c53Bracelet, false},
	{"pl-PL", "Zapięcie pudełkowe z dodatkowym zabezpieczeniem daje spokój ducha przez cały dzień.", c53Bracelet, false},
	{"el-GR", "Το κούμπωμα με επιπλέον ασφάλεια σας χαρίζει ηρεμία όλη μέρα.", c53Bracelet, false},
	// a whole crystal (sv "hel", whole, shares the stem of "helande")
	{"sv-SE", "Kolatomer lägger sig lager för lager tills en hel kristall har bildats.", c53Lemon, false},
	{"sv-SE", "Stenen har en hel kraft av färg.", c53Lemon, false},
	// the colour of the species in general, the variety named before it
	// (grounding species_colour.go)
	{"fr-FR", "Le quartz rutile est un quartz incolore traversé d'aiguilles de rutile (TiO2).", c53Rutile, false},
	{"en-GB", "Rutilated quartz is a colourless quartz threaded with golden needles of rutile, a titanium mineral.", c53Rutile, false},
	{"en-AU", "Lemon quartz begins as colourless quartz.", c53Lemon, false},
	{"es-ES", "El cuarzo limón es un cuarzo incoloro irradiado tras su extracción.", c53Lemon, false},
	// energy given to an outfit is design
	{"tr-TR", "Tasarımın sade çizgisi kombininize enerji katar.", c53Quartz, false},
}

// claims53Bad must block in their category.
var claims53Bad = []struct {
	kindRow
	cat string
}{
	// the same words said of the metal, the plating or the piece
	{kindRow{"de-DE", "Die Vergoldung bleibt dauerhaft.", c53Citrine, true}, CatClaim},
	{kindRow{"de-DE", "Die Farbe der Vergoldung bleibt dauerhaft, und die Steine sind hart.", c53Citrine, true}, CatClaim},
	{kindRow{"de-DE", "Die Vergoldung ist dünn. Die Farbe bleibt dauerhaft.", c53Citrine, true}, CatClaim},
	{kindRow{"nb-NO", "Forgyllingen er tynn. Fargen er varig.", c53Citrine, true}, CatClaim},
	{kindRow{"zh-TW", "鍍金層的顏色穩定持久。", c53Citrine, true}, CatClaim},
	{kindRow{"en-AU", "The gold is 9ct. Keep it out of strong sunlight so the colour stays bright.", c53Lemon, true}, CatClaim},
	{kindRow{"en-AU", "The quartz is hard, and the pendant will never tarnish.", c53Lemon, true}, CatClaim},
	{kindRow{"es-ES", "El baño es estable: el color no se altera con el uso normal.", c53Citrine, true}, CatClaim},
	{kindRow{"pl-PL", "Pozłacane srebro jest trwałe, a kolor nie zmienia się przy zwykłym noszeniu.", c53Citrine, true}, CatClaim},
	// the piece's stones called naturally coloured, no treatment disclosed
	{kindRow{"fr-CA", "Nos diamants sont naturellement verts.", c53GreenDiamond, true}, CatGrounding},
	{kindRow{"fr-CA", "Les diamants naturellement verts sont rares, et les nôtres en font partie.", c53GreenDiamond, true}, CatGrounding},
	{kindRow{"pt-PT", "O nosso diamante tem uma cor verde natural.", c53GreenDiamond, true}, CatGrounding},
	{kindRow{"nb-NO", "Diamanten vår har naturlig grønn farge.", c53GreenDiamond, true}, CatGrounding},
	// a treated stone's colour said to be nature's own (treatment_denials
	// "… tail": a colour word opens the denial)
	{kindRow{"fi-FI", "Sormuksemme kiven syvä sininen on täysin luonnon omaa.", c53Agate, true}, CatGrounding},
	{kindRow{"en-GB", "Its deep blue is entirely nature's own.", c53Agate, true}, CatGrounding},
	{kindRow{"de-DE", "Das tiefe Blau des Steins ist ganz das Werk der Natur.", c53Agate, true}, CatGrounding},
	{kindRow{"sv-SE", "Stenens djupa blå är helt naturens eget.", c53Agate, true}, CatGrounding},
	{kindRow{"es-ES", "Su azul intenso es obra de la naturaleza.", c53Agate, true}, CatGrounding},
	{kindRow{"pl-PL", "Głęboki niebieski kamienia jest całkowicie dziełem natury.", c53Agate, true}, CatGrounding},
	// health claims in the same words, said of a stone
	{kindRow{"ar-AE", "الياقوت الأزرق يمنحك الطمأنينة.", c53Bracelet, true}, CatClaim},
	{kindRow{"en-GB", "The sapphire gives you peace of mind.", c53Bracelet, true}, CatClaim},
	{kindRow{"sv-SE", "Safiren ger dig sinnesro.", c53Bracelet, true}, CatClaim},
	{kindRow{"sv-SE", "Ametisten är en helande kristall.", c53Lemon, true}, CatClaim},
	{kindRow{"sv-SE", "Stenen har helande krafter.", c53Lemon, true}, CatClaim},
	// energy raised and bad energy driven away (metaphysical pairs)
	{kindRow{"tr-TR", "Bu yüzden her taşın deseni farklıdır ve taşıyanın enerjisini artırıp kötü enerjiyi uzaklaştırır.", c53Quartz, true}, CatClaim},
	{kindRow{"tr-TR", "Kuvars kötü enerjiyi uzaklaştırır.", c53Quartz, true}, CatClaim},
	{kindRow{"tr-TR", "Bu taş enerjinizi artırır.", c53Quartz, true}, CatClaim},
	{kindRow{"sv-SE", "Stenen skyddar mot dålig energi.", c53Quartz, true}, CatClaim},
	{kindRow{"fi-FI", "Kivi karkottaa huonoa energiaa.", c53Quartz, true}, CatClaim},
	{kindRow{"pt-BR", "A pedra afasta a má energia.", c53Quartz, true}, CatClaim},
	{kindRow{"fr-FR", "La pierre éloigne la mauvaise énergie.", c53Quartz, true}, CatClaim},
	{kindRow{"zh-CN", "这块石头能驱散坏能量。", c53Quartz, true}, CatClaim},
	// a colour said of the piece's stone, or of the species in a sentence
	// of the piece
	{kindRow{"en-GB", "This signet ring holds a colourless quartz set in sterling silver.", c53Rutile, true}, CatGrounding},
	{kindRow{"en-GB", "The rutilated quartz in this ring is a green quartz.", c53Rutile, true}, CatGrounding},
	{kindRow{"en-GB", "This pendant holds a green lemon quartz.", c53Lemon, true}, CatGrounding},
}

// TestKindsClaims53 (issue #13, claims53): publishable copy of the kinds
// must not block.
func TestKindsClaims53(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", claims53Pass)
}

// TestKindsClaims53Bad (issue #13, claims53): the kinds' faults block in
// their category.
func TestKindsClaims53Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range claims53Bad {
		checkKindRows(t, svc, r.cat, []kindRow{r.kindRow})
	}
}

// TestKindsClaims53Open records what claims53 saw and left, asserting
// today's behaviour.
func TestKindsClaims53Open(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	open := []kindRow{
		// Peace of mind from a clasp in a head-final or comma-split
		// sentence: the clasp is not right before the match, so
		// near_others does not read it (should pass).
		{"tr-TR", "Ek emniyet kilitli kutu klips, gün boyu size huzur verir.", c53Bracelet, true},
		{"ko-KR", "안전 잠금장치가 있는 박스 클래스프가 하루 종일 마음의 평화를 줍니다.", c53Bracelet, true},
		{"zh-CN", "带安全扣的箱式扣让您整天安心，带来内心的平静。", c53Bracelet, true},
		{"ar-AE", "الضمان لمدة عامين يمنحك الطمأنينة.", c53Bracelet, true},
		// Bad energy kept away with a separable verb ("holder … væk",
		// "houdt … weg"): the pair's head holds the object in its gap, so
		// the pair does not form (should block).
		{"da-DK", "Stenen holder dårlig energi væk.", c53Quartz, false},
		{"nb-NO", "Steinen holder dårlig energi borte.", c53Quartz, false},
		{"nl-NL", "De steen houdt slechte energie weg.", c53Quartz, false},
		// nb "helende krystall" (a healing crystal) is no form (should
		// block).
		{"nb-NO", "Ametysten er en helende krystall.", c53Lemon, false},
	}
	checkKindRows(t, svc, "claim", open)
	// The denial explained by Polish "To powszechna i trwała metoda
	// uszlachetniania" (probe 53D pl-PL 53D104-2) blocks since miss53:
	// TestKindsMiss53.
}
