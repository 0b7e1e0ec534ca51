package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The forty-sixth session's claims52 kinds (issue #13; released 52A and
// probe 52C/52D): no care needed said of a piece of metals that do not
// tarnish, an offer word read in an unrelated word, karat gold named as a
// plated piece's material in a sentence whose subject is the piece, a
// disclosed treatment denied with a colour or a determiner inside the
// denial or past a contrast's arm, and a percentage of a metal compared
// with the product's fineness.

// c52GoldRuby is a 14k yellow gold ring with a heated ruby.
var c52GoldRuby = core.Product{SKU: "C52-1", Name: "Braise Ring", Category: "ring", Collection: "Signature",
	Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
	Stones:  []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
	Colours: []string{"red", "gold"}}

// c52Palladium is a 950 palladium band.
var c52Palladium = core.Product{SKU: "C52-2", Name: "Nova Band", Category: "ring",
	Materials: []string{"palladium"}, Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"white"}}

// c52Sterling is a plain sterling silver ring.
var c52Sterling = core.Product{SKU: "C52-3", Name: "Stella Ring", Category: "ring",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}

// c52FineSilver is a 999 fine silver ring.
var c52FineSilver = core.Product{SKU: "C52-4", Name: "Stella Ring", Category: "ring",
	Materials: []string{"fine silver"}, Metals: []core.Metal{{Base: "fine silver", Fineness: "999"}}, Colours: []string{"silver"}}

// c52PlatedHoops are 18k gold-plated brass hoops (2 microns).
var c52PlatedHoops = core.Product{SKU: "C52-5", Name: "Aretes Medialuna", Category: "earrings", Collection: "Heritage",
	Materials: []string{"18k gold-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "18k", PlatingMicrons: 2}},
	Colours: []string{"gold"}}

// c52SilverHoops are 18k gold-plated sterling silver hoops (1 micron).
var c52SilverHoops = core.Product{SKU: "C52-6", Name: "Kreoler Solstreif", Category: "earrings", Collection: "Essence",
	Materials: []string{"18k gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}},
	Colours: []string{"gold"}}

// c52Howlite are sterling silver studs with blue dyed howlite.
var c52Howlite = core.Product{SKU: "C52-7", Name: "Laguna Studs", Category: "earrings", Collection: "Essence",
	Materials: []string{"sterling silver", "dyed howlite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "howlite", Colour: "blue", Count: 2, Origin: core.OriginSimulant, Treatment: "dyed"}},
	Colours: []string{"blue", "silver"}}

// c52Emerald are 14k gold studs with oiled emeralds.
var c52Emerald = core.Product{SKU: "C52-8", Name: "Kafue Studs", Category: "earrings", Collection: "Heritage",
	Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
	Stones:  []core.Stone{{Type: "emerald", Colour: "green", Count: 2, Origin: core.OriginNatural, Treatment: "oiled"}},
	Colours: []string{"green", "gold"}}

// c52GreenGold is a 14k green gold necklace.
var c52GreenGold = core.Product{SKU: "C52-9", Name: "Náhrdelník Kapradí", Category: "necklace", Collection: "Essence",
	Materials: []string{"14k green gold"}, Metals: []core.Metal{{Base: "green gold", Fineness: "14k"}}, Colours: []string{"green", "gold"}}

// c52Pendant is a sterling silver pendant with a coated topaz.
var c52Pendant = core.Product{SKU: "C52-10", Name: "Pendente Arco-Íris", Category: "pendant", Collection: "Moments",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "topaz", Colour: "rainbow", Count: 1, Origin: core.OriginNatural, Treatment: "coated"}},
	Colours: []string{"silver", "rainbow"}}

// claims52Pass are publishable texts: none may block.
var claims52Pass = []kindRow{
	// no care needed on unplated 14k+ gold or palladium (conceptDef.CareNouns)
	{"en-US", "The ruby is heated, like most rubies. Its color is stable and needs no special care beyond what any fine ring asks.", c52GoldRuby, false},
	{"en-GB", "The ring is solid 14k gold and needs no special care.", c52GoldRuby, false},
	{"fr-CA", "Ce rubis a été chauffé. Ce traitement, stable et permanent, avive la couleur. Il ne demande aucun soin particulier.", c52GoldRuby, false},
	{"de-DE", "Der Ring aus 14 Karat Gelbgold braucht keine besondere Pflege.", c52GoldRuby, false},
	{"es-MX", "El anillo de oro amarillo de 14 quilates no necesita ningún cuidado especial.", c52GoldRuby, false},
	{"it-IT", "L'anello in oro giallo 14 carati non richiede alcuna manutenzione particolare.", c52GoldRuby, false},
	{"pl-PL", "Pierścionek z 14-karatowego złota nie wymaga żadnej szczególnej pielęgnacji.", c52GoldRuby, false},
	{"sv-SE", "Ringen i 14 karat guld kräver ingen särskild skötsel.", c52GoldRuby, false},
	{"en-GB", "The palladium ring needs no special care.", c52Palladium, false},
	// an unrelated word folded onto an offer word (conceptDef.Homographs)
	{"cs-CZ", "Zelené zlato není barvené: zlato se v něm slévá hlavně s mědí a trochou zinku.", c52GreenGold, false},
	{"cs-CZ", "Zlato se slévá při vysoké teplotě, a proto je lístek tak pevný.", c52GreenGold, false},
	// a cross-sold piece named with an adding verb or sold separately (pt)
	{"pt-PT", "Para completar, junte-lhe os brincos Arco-Íris, vendidos em separado.", c52Pendant, false},
	{"pt-PT", "O pendente Arco-Íris tem um topázio místico. Os brincos Arco-Íris, com dois topázios de 6 mm, são vendidos em separado.", c52Pendant, false},
	// a true percentage of the metal
	{"en-GB", "A ring of 95 per cent palladium.", c52Palladium, false},
	{"en-US", "A ring of 92.5% silver, the rest copper for strength.", c52Sterling, false},
	{"de-DE", "Ein Ring aus 99,9 % Feinsilber.", c52FineSilver, false},
	{"es-ES", "Un anillo con un 92,5 % de plata.", c52Sterling, false},
	{"nl-NL", "Een ring van 92,5 procent zilver.", c52Sterling, false},
	{"pl-PL", "Pierścionek z 92,5% srebra.", c52Sterling, false},
	{"tr-TR", "Yüzük %92,5 gümüşten yapılmıştır.", c52Sterling, false},
	{"en-US", "Unlike sterling silver, which is 92.5% silver, this ring is 99.9% pure silver.", c52FineSilver, false},
	{"en-US", "The band is 14k gold, which is 58.3% gold.", c52GoldRuby, false},
	// a plated piece whose karat gold is qualified beside it
	{"es-MX", "Los aretes Medialuna tienen un baño grueso de oro de 18 quilates sobre latón.", c52PlatedHoops, false},
	{"es-MX", "Los aretes Medialuna son de latón bañado en oro de 18 quilates.", c52PlatedHoops, false},
	{"nb-NO", "Kreolene er laget av sterlingsølv, forgylt med 18 karat gull.", c52SilverHoops, false},
	// a denial in a contrast's arm, or a relative clause of it
	{"en-GB", "Unlike untreated emeralds, these are oiled to hide fine fissures.", c52Emerald, false},
	{"pl-PL", "Howlit ma naturalnie biały kolor i jest barwiony na niebiesko.", c52Howlite, false},
}

// claims52Bad must block in their category.
var claims52Bad = []struct {
	kindRow
	cat string
}{
	// plated gold called karat gold outright, the piece the subject
	{kindRow{"es-MX", "Los aretes Medialuna, de la colección Heritage, son dos arcos martillados de oro de 18 quilates, de 35 mm. Están hechos de latón con un baño de oro de 18 quilates.", c52PlatedHoops, true}, CatRegulatory},
	{kindRow{"es-MX", "Los Aretes Medialuna son aros de 30 mm de oro de 18 kilates. Para conservar el baño, quíteselos antes de nadar.", c52PlatedHoops, true}, CatRegulatory},
	{kindRow{"nb-NO", "Kreolene Solstreif fra kolleksjonen Essence er 18 mm store bøyler i 18 karat gull. Forgyllingen er et tynt lag på 1 mikron.", c52SilverHoops, true}, CatRegulatory},
	{kindRow{"en-GB", "The Solstreif earrings are slim 18 mm hoops in 18 karat gold. The plating is 1 micron thick.", c52SilverHoops, true}, CatRegulatory},
	// a disclosed treatment denied past a contrast's arm
	{kindRow{"da-DK", "I modsætning til de fleste smaragder er de helt ubehandlede: ingen olie, ingen harpiks.", c52Emerald, true}, CatGrounding},
	{kindRow{"nb-NO", "I motsetning til de fleste smaragder er de helt ubehandlede.", c52Emerald, true}, CatGrounding},
	{kindRow{"sv-SE", "Till skillnad från de flesta smaragder är de helt obehandlade.", c52Emerald, true}, CatGrounding},
	{kindRow{"de-DE", "Anders als die meisten Smaragde sind sie völlig unbehandelt.", c52Emerald, true}, CatGrounding},
	{kindRow{"nl-NL", "In tegenstelling tot de meeste smaragden zijn ze volledig onbehandeld.", c52Emerald, true}, CatGrounding},
	{kindRow{"en-GB", "Unlike most emeralds they are completely untreated.", c52Emerald, true}, CatGrounding},
	{kindRow{"pl-PL", "W przeciwieństwie do większości szmaragdów są całkowicie nieuszlachetniane.", c52Emerald, true}, CatGrounding},
	// a colour or a determiner inside the denial
	{kindRow{"pl-PL", "Kamień ma naturalny niebieski kolor, bez żadnego barwienia, a żyłki są widoczne jak siateczka.", c52Howlite, true}, CatGrounding},
	{kindRow{"pl-PL", "Kamień jest bez żadnego barwienia.", c52Howlite, true}, CatGrounding},
	{kindRow{"en-GB", "The stone has a natural blue colour.", c52Howlite, true}, CatGrounding},
	{kindRow{"de-DE", "Der Stein hat eine natürliche blaue Farbe.", c52Howlite, true}, CatGrounding},
	{kindRow{"de-DE", "Der Stein ist ohne jede Färbung.", c52Howlite, true}, CatGrounding},
	{kindRow{"it-IT", "La pietra ha un colore blu naturale, senza alcuna tintura.", c52Howlite, true}, CatGrounding},
	{kindRow{"da-DK", "Stenen har en naturlig blå farve uden nogen farvning.", c52Howlite, true}, CatGrounding},
	{kindRow{"sv-SE", "Stenen har en naturlig blå färg utan någon färgning.", c52Howlite, true}, CatGrounding},
	{kindRow{"cs-CZ", "Kámen má přirozenou modrou barvu, bez jakéhokoli barvení.", c52Howlite, true}, CatGrounding},
	{kindRow{"pt-PT", "A pedra tem uma cor azul natural, sem qualquer tingimento.", c52Howlite, true}, CatGrounding},
	{kindRow{"fi-FI", "Kivellä on luonnollinen sininen väri ilman mitään värjäystä.", c52Howlite, true}, CatGrounding},
	{kindRow{"el-GR", "Η πέτρα έχει φυσικό μπλε χρώμα, χωρίς καμία βαφή.", c52Howlite, true}, CatGrounding},
	// a wrong percentage of the metal
	{kindRow{"en-GB", "A ring of 90 per cent palladium.", c52Palladium, true}, CatGrounding},
	{kindRow{"en-GB", "The band is 50% palladium.", c52Palladium, true}, CatGrounding},
	{kindRow{"de-DE", "Ein Ring aus 99,9 % Feinsilber.", c52Sterling, true}, CatGrounding},
	{kindRow{"en-US", "A ring of 92.5% silver.", c52FineSilver, true}, CatGrounding},
	{kindRow{"es-ES", "Un anillo con un 99,9 % de plata.", c52Sterling, true}, CatGrounding},
	{kindRow{"nl-NL", "Een ring van 99 procent zilver.", c52Sterling, true}, CatGrounding},
	{kindRow{"pl-PL", "Pierścionek z 99,9% srebra.", c52Sterling, true}, CatGrounding},
	{kindRow{"sv-SE", "Ringen är gjord av 99,9 procent silver.", c52Sterling, true}, CatGrounding},
	{kindRow{"fi-FI", "Sormus on 99,9-prosenttista hopeaa.", c52Sterling, true}, CatGrounding},
	{kindRow{"tr-TR", "Yüzük %99,9 gümüşten yapılmıştır.", c52Sterling, true}, CatGrounding},
	{kindRow{"en-US", "The band is 75% gold.", c52GoldRuby, true}, CatGrounding},
	// no care needed on silver or a plated piece stays the claim; an
	// absolute word keeps it on gold; a real discount still blocks
	{kindRow{"de-DE", "Der Silberring braucht keine besondere Pflege.", c52Sterling, true}, CatClaim},
	{kindRow{"es-MX", "Los aretes no necesitan ningún cuidado especial.", c52PlatedHoops, true}, CatClaim},
	{kindRow{"en-GB", "The 14k gold ring will never tarnish and needs no care, ever.", c52GoldRuby, true}, CatClaim},
	{kindRow{"cs-CZ", "Náhrdelník teď koupíte se slevou.", c52GreenGold, true}, CatBannedTerm},
	{kindRow{"cs-CZ", "Sleva platí jen do neděle.", c52GreenGold, true}, CatBannedTerm},
}

// TestKindsClaims52 (issue #13, claims52): publishable copy of the kinds
// must not block.
func TestKindsClaims52(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", claims52Pass)
}

// TestKindsClaims52Bad (issue #13, claims52): the kinds' faults block in
// their category.
func TestKindsClaims52Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range claims52Bad {
		checkKindRows(t, svc, r.cat, []kindRow{r.kindRow})
	}
}

// TestKindsClaims52Open records what claims52 saw and left, asserting
// today's behaviour.
func TestKindsClaims52Open(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	open := []kindRow{
		// A stone named by its type as the subject of no care needed on a
		// silver piece: "topaz" is no other subject of tarnish_proof (its
		// list has stone, gem, crystal), so the claim stands (should pass).
		{"en-GB", "The topaz needs no special care.", c52Pendant, true},
		// Polish "rabaty" is both a discount's plural and a flower bed's
		// genitive (rabata): still read as the offer (should pass).
		{"pl-PL", "Wisiorek przypomina liść z rabaty kwiatowej.", c52Pendant, true},
		// Turkish "doğal mavi bir rengi var": the natural colour said with
		// an article and a possessive inside is not read as a denial
		// (should block).
		{"tr-TR", "Taşın doğal mavi bir rengi var, hiçbir boyama yapılmamış.", c52Howlite, false},
	}
	checkKindRows(t, svc, "", open)
}
