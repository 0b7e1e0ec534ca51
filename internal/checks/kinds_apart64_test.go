package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of apart64's rows: a clinohumite ring in 9k gold, a
// cassiterite ring in silver 950, a jeremejevite ring in platinum and
// earrings in white gold, 14k green gold earrings, a shibuichi pendant on
// sterling silver and a shibuichi ring, an argentium silver 935 bangle and
// a shakudo ring inlaid with 18k gold.
var (
	ap64Clino = core.Product{SKU: "AP64C", Name: "Oval", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "clinohumite", Origin: "natural", Colour: "orange", Count: 1}},
		Colours: []string{"orange", "gold"}}
	ap64Cass = core.Product{SKU: "AP64K", Name: "Kassiterit", Category: "ring", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "silver", Fineness: "950"}},
		Stones:  []core.Stone{{Type: "cassiterite", Origin: "natural", Colour: "brown", Count: 1}},
		Colours: []string{"brown", "silver"}}
	ap64Jerem = core.Product{SKU: "AP64J", Name: "Siberia", Category: "ring", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones:  []core.Stone{{Type: "jeremejevite", Origin: "natural", Colour: "blue", Count: 1}},
		Colours: []string{"blue", "silver"}}
	ap64JeremPair = core.Product{SKU: "AP64P", Name: "Namíbia", Category: "earrings", Collection: "Signature",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "jeremejevite", Origin: "natural", Colour: "blue", Count: 2}},
		Colours: []string{"blue", "white"}}
	ap64Green = core.Product{SKU: "AP64G", Name: "Prairie", Category: "earrings", Collection: "Timeless",
		Metals: []core.Metal{{Base: "green gold", Fineness: "14k"}}, Colours: []string{"green", "gold"}}
	ap64Shibuichi = core.Product{SKU: "AP64S", Name: "Kasumi", Category: "pendant", Collection: "Reflexions",
		Metals: []core.Metal{{Base: "shibuichi"}, {Base: "sterling silver", Fineness: "925"}}, Colours: []string{"grey"}}
	ap64ShibuichiRing = core.Product{SKU: "AP64R", Name: "Kasumi", Category: "ring", Collection: "Heritage",
		Metals: []core.Metal{{Base: "shibuichi"}}, Colours: []string{"grey"}}
	ap64Argentium = core.Product{SKU: "AP64A", Name: "Glans", Category: "bangle", Collection: "Heritage",
		Metals: []core.Metal{{Base: "argentium silver", Fineness: "935"}}, Colours: []string{"silver"}}
	ap64Shakudo = core.Product{SKU: "AP64K2", Name: "Timeless", Category: "ring", Collection: "Timeless",
		Metals: []core.Metal{{Base: "shakudo"}, {Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"black", "gold"}}
)

// Other stones and metals named in copy that explains a rare stone or an
// alloy are not the piece's (#13, apart64; grounding/apart64.go): stones
// in a list a verb of resemblance governs, adjectives between ("recalls a
// spessartine garnet or a fine citrine"), what the piece is taken for
// ("hält man ihn für Rauchquarz"), metals it is likened to and then said
// to be none of ("could pass for pewter … but it is none of these"), the
// kin of its alloy ("un alliage naturel proche, l'électrum"), another
// standard of its own metal it is likened to and set apart from
// ("liknar den vanligt sterlingsilver 925, men …"), the parts of its
// alloy's recipe in Japanese ("銀一に対して銅三") and the metal a care
// product is for ("produtos de limpeza para prata", "silver dips").
func TestKindsApart64(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(ap64Clino, false, [][2]string{
		{"en-GB", "At first glance its glowing orange recalls a spessartine garnet or a fine citrine, but it is neither."},
		{"en-US", "Its orange resembles a mandarin garnet or a deep golden citrine."},
		{"fr-FR", "Au premier regard, son orange rappelle un grenat spessartite ou une belle citrine."},
		{"pl-PL", "Na pierwszy rzut oka przypomina granat spessartyn albo głęboki złocisty cytryn."},
	})
	rows = append(rows, pairRows(ap64Cass, false, [][2]string{
		{"de-DE", "Auf den ersten Blick hält man ihn für Rauchquarz, doch er ist mehr als doppelt so schwer."},
		{"de-DE", "Auf den ersten Blick könnte man ihn für einen Rauchquarz halten, doch er ist schwerer."},
		{"nl-NL", "Op het eerste gezicht houdt men hem voor rookkwarts, maar hij is veel zwaarder."},
		{"sv-SE", "Vid första anblicken tar man den för rökkvarts, men den är dubbelt så tung."},
	})...)
	rows = append(rows, pairRows(ap64Jerem, false, [][2]string{
		{"el-GR", "Με την πρώτη ματιά θυμίζει ακουαμαρίνα ή ανοιχτόχρωμο ζαφείρι, όμως είναι ένα σπάνιο βορικό ορυκτό του αργιλίου."},
		{"it-IT", "A prima vista ricorda un'acquamarina o un chiaro zaffiro, ma è un raro minerale."},
		{"sv-SE", "Vid första anblicken påminner den om akvamarin eller en ljus safir, men det är ett sällsynt mineral."},
	})...)
	rows = append(rows, pairRows(ap64JeremPair, false, [][2]string{
		{"pt-BR", "O nome homenageia o mineralogista russo Pavel Jeremejev, e a maior parte dos cristais lapidáveis vem da Namíbia."},
	})...)
	rows = append(rows, pairRows(ap64Shibuichi, false, [][2]string{
		{"en-AU", "At first glance the Kasumi Pendant could pass for pewter, gunmetal or oxidised silver, but it is none of these."},
	})...)
	rows = append(rows, pairRows(ap64ShibuichiRing, false, [][2]string{
		{"en-GB", "At first glance the ring could pass for pewter or iron, but it is none of these."},
		{"it-IT", "A prima vista l'anello potrebbe passare per peltro o ferro, ma non è nessuno di questi."},
		{"sv-SE", "Vid första anblicken liknar ringen tenn eller järn, men den är inget av dessa."},
		{"ja-JP", "銀一に対して銅三。その配合から名づけられた四分一は、江戸の金工が刀装具に用いた日本の合金です。"},
	})...)
	rows = append(rows, pairRows(ap64Green, false, [][2]string{
		{"fr-FR", "Les Anciens connaissaient déjà un alliage naturel proche, l'électrum."},
		{"pt-BR", "Na Antiguidade já se conhecia uma liga natural parecida, o eletro."},
		{"ar-AE", "وقد عرف القدماء سبيكة طبيعية مشابهة من الذهب والفضة سمّوها الإلكتروم."},
		{"en-GB", "The ancients already knew a similar natural alloy, electrum."},
		{"es-ES", "Los antiguos ya conocían una aleación natural parecida, el electro."},
		{"it-IT", "Gli antichi conoscevano già una lega naturale simile, l'elettro."},
		{"de-DE", "Schon die Antike kannte eine ähnliche natürliche Legierung, das Elektrum."},
	})...)
	rows = append(rows, pairRows(ap64Argentium, false, [][2]string{
		{"sv-SE", "Vid första anblicken liknar den vanligt sterlingsilver 925, men metallen är ljusare och vitare."},
		{"en-GB", "At first glance it looks like ordinary sterling silver 925, but the metal is brighter and whiter."},
		{"da-DK", "Ved første øjekast ligner den almindeligt sterlingsølv 925, men metallet er lysere."},
		{"fr-FR", "Au premier regard, il ressemble à l'argent sterling 925, mais le métal est plus lumineux."},
	})...)
	rows = append(rows, pairRows(ap64Shakudo, false, [][2]string{
		{"pt-PT", "Seque-o depois de lavar as mãos, guarde-o num local seco e evite produtos de limpeza para prata, que podem apagar a pátina."},
		{"en-GB", "Wipe it with a dry cloth and skip silver dips, which strip the patina."},
		{"es-ES", "Séquelo con un paño suave y evite los productos de limpieza para plata, que eliminan la pátina."},
		{"fr-FR", "Essuyez-le avec un chiffon sec et évitez les produits d'entretien pour l'argent, qui retirent la patine."},
		{"de-DE", "Wischen Sie ihn trocken ab und verzichten Sie auf Reinigungsmittel für Silber, die die Patina angreifen."},
		{"nl-NL", "Veeg hem droog af en gebruik geen poetsmiddelen voor zilver, die de patina aantasten."},
		{"sv-SE", "Torka av den med en torr duk och undvik putsmedel för silver, som tar bort patinan."},
		{"fi-FI", "Pyyhi se kuivalla liinalla äläkä käytä hopean puhdistusaineita, jotka poistavat patinan."},
	})...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsApart64Bad: the piece itself said to be the stone or metal it
// was likened to, or of another standard, still blocks.
func TestKindsApart64Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The ring is set with a fine citrine.", ap64Clino, true},
		{"de-DE", "Der Ring ist mit einem Rauchquarz besetzt.", ap64Cass, true},
		{"el-GR", "Το δαχτυλίδι έχει ένα ανοιχτόχρωμο ζαφείρι.", ap64Jerem, true},
		{"en-AU", "The pendant is made of pewter.", ap64Shibuichi, true},
		{"fr-FR", "Les boucles sont en électrum.", ap64Green, true},
		{"pt-BR", "Os brincos são de eletro.", ap64Green, true},
		{"ja-JP", "このリングは銀製です。", ap64ShibuichiRing, true},
		{"sv-SE", "Armringen är i sterlingsilver 925.", ap64Argentium, true},
		{"sv-SE", "Armringen liknar sterlingsilver 925.", ap64Argentium, true},
		{"pt-PT", "O anel é de prata.", ap64Shakudo, true},
		{"en-GB", "The ring is solid silver.", ap64Shakudo, true},
	})
}
