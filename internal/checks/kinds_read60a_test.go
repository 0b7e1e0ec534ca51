package checks

import "testing"

// read60aRedPlated is held-out 60A es-MX/it-IT 60A01's hoops: sterling
// silver with a red gold plating (red gold is rose gold: World Gold
// Council, "Coloured gold").
var read60aRedPlated = misses49Product(`{"sku": "R60A-1", "name": "Vela", "category": "earrings", "metals": [{"base": "sterling silver", "fineness": "925", "plating": "red gold", "plating_microns": 2.5}], "colours": ["red"]}`)

// read60aGoldPlated is held-out 60A en-GB/nb-NO 60A01's pearl earrings:
// gold-plated silver, no part of them solid gold.
var read60aGoldPlated = misses49Product(`{"sku": "R60A-2", "name": "Kasumigaura", "category": "earrings", "metals": [{"base": "sterling silver", "fineness": "925", "plating": "gold", "plating_microns": 2.5}], "stones": [{"type": "cultured freshwater pearl", "colour": "white", "count": 2, "origin": "natural"}], "colours": ["gold", "white"]}`)

// read60aWhitePlated and read60aYellowPlated carry a white and a yellow
// gold plating: gold plating is true of both, its colour word optional.
var (
	read60aWhitePlated  = misses49Product(`{"sku": "R60A-3", "name": "Vela", "category": "earrings", "metals": [{"base": "sterling silver", "fineness": "925", "plating": "white gold", "plating_microns": 2.5}], "colours": ["silver"]}`)
	read60aYellowPlated = misses49Product(`{"sku": "R60A-4", "name": "Vela", "category": "earrings", "metals": [{"base": "sterling silver", "fineness": "925", "plating": "yellow gold", "plating_microns": 2.5}], "colours": ["gold"]}`)
)

// TestKindsRead60a: a red, white or yellow gold plating called gold
// plating, with or without its colour word, is true (held-out 60A es-MX,
// it-IT 60A01-1/-2 blocked as grounding.material on main); a part of a
// gold-plated piece said to be of gold blocks as regulatory.
func TestKindsRead60a(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(read60aRedPlated, false, [][2]string{
		{"es-MX", "Las arracadas Vela son aros de 22 mm en plata 925 con baño de oro rojo, que les da un tono cálido."},
		{"es-MX", "Las arracadas Vela son aros de 22 mm en plata 925 con un baño de oro rojo de 2.5 micras."},
		{"it-IT", "Gli orecchini Vela sono realizzati in argento sterling 925 placcato oro rosso, una finitura dal tono caldo."},
		{"it-IT", "Gli orecchini Vela sono realizzati in argento 925 con una placcatura in oro rosso di 2,5 micron."},
		{"en-GB", "The Vela hoops are sterling silver with a red gold plating that gives them a warm tone."},
		{"en-GB", "The Vela hoops are sterling silver with a 2.5 micron gold plating in a warm red tone."},
		{"de-DE", "Die Creolen Vela sind aus 925er Silber mit einer Rotgoldplattierung in warmem Ton."},
		{"fr-FR", "Les créoles Vela sont en argent 925 avec un placage or rouge au ton chaud."},
		{"pt-BR", "As argolas Vela são de prata 925 com banho de ouro vermelho, de tom quente."},
		{"nl-NL", "De Vela-creolen zijn van 925 zilver met een roodgouden verguldsel in een warme tint."},
	}))
	checkKindRows(t, svc, "", append(pairRows(read60aWhitePlated, false, [][2]string{
		{"en-GB", "The Vela hoops are sterling silver with a gold plating."},
		{"es-MX", "Las arracadas Vela son aros en plata 925 con baño de oro blanco."},
		{"es-MX", "Las arracadas Vela son aros en plata 925 con baño de oro."},
	}), pairRows(read60aYellowPlated, false, [][2]string{
		{"it-IT", "Gli orecchini Vela sono in argento 925 placcato oro."},
	})...))
	// a part of a gold-plated piece said to be of gold: the piece is
	// plated, not gold (held-out 60A en-GB, nb-NO 60A01-3 passed on main)
	checkKindRows(t, svc, "regulatory", pairRows(read60aGoldPlated, true, [][2]string{
		{"en-GB", "The Kasumigaura earrings hang a white cultured freshwater pearl from a slim hook of polished yellow gold."},
		{"nb-NO", "Perleøredobbene Kasumigaura har en hvit kultivert ferskvannsperle på 8 mm, festet på en stift av blankt gull."},
		{"de-DE", "Die Ohrringe Kasumigaura tragen eine weiße Süßwasserzuchtperle an einem schlanken Haken aus poliertem Gold."},
		{"fr-FR", "Les boucles d'oreilles Kasumigaura portent une perle d'eau douce blanche suspendue à un crochet en or jaune poli."},
		{"es-ES", "Los pendientes Kasumigaura llevan una perla cultivada de agua dulce blanca colgada de un gancho de oro amarillo pulido."},
		{"it-IT", "Gli orecchini Kasumigaura portano una perla d'acqua dolce bianca appesa a un gancio in oro giallo lucido."},
		{"sv-SE", "Örhängena Kasumigaura har en vit odlad sötvattenspärla fäst på en stift av blankt guld."},
		{"da-DK", "Øreringene Kasumigaura har en hvid ferskvandsperle fæstnet på en stift af blankt guld."},
		{"nl-NL", "De oorbellen Kasumigaura dragen een witte zoetwaterparel aan een slank haakje van gepolijst goud."},
	}))
}

// TestKindsRead60aBad: a wrong plating colour or metal still blocks; a
// part plated in gold or gold-plated stays true.
func TestKindsRead60aBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(read60aRedPlated, true, [][2]string{
		{"en-GB", "The Vela hoops are sterling silver with a white gold plating that gives them a cool tone."},
		{"en-GB", "The Vela hoops are sterling silver with a rhodium plating."},
		{"es-MX", "Las arracadas Vela son aros de 22 mm en plata 925 con baño de oro blanco."},
		{"es-MX", "Las arracadas Vela son aros de 22 mm en plata 925 con baño de rodio."},
		{"it-IT", "Gli orecchini Vela sono realizzati in argento 925 placcato oro bianco."},
		{"it-IT", "Gli orecchini Vela sono realizzati in argento 925 placcato rodio."},
	}))
	checkKindRows(t, svc, "", append(pairRows(read60aWhitePlated, true, [][2]string{
		{"en-GB", "The Vela hoops are sterling silver with a rose gold plating."},
		{"es-MX", "Las arracadas Vela son aros en plata 925 con baño de oro rosa."},
	}), pairRows(read60aYellowPlated, true, [][2]string{
		{"it-IT", "Gli orecchini Vela sono in argento 925 placcato oro rosso."},
		{"en-GB", "The Vela hoops are sterling silver with a white gold plating."},
	})...))
	// a part plated in gold, or a gold-plated part, stays true
	checkKindRows(t, svc, "", pairRows(read60aGoldPlated, false, [][2]string{
		{"en-GB", "The Kasumigaura earrings hang a white cultured freshwater pearl from a slim hook plated in yellow gold."},
		{"en-GB", "The Kasumigaura earrings hang a white cultured freshwater pearl from a slim gold-plated hook."},
		{"en-GB", "The Kasumigaura earrings are gold-plated sterling silver, each pearl hanging from a slim hook plated in polished gold."},
		{"nb-NO", "Perleøredobbene Kasumigaura har en hvit kultivert ferskvannsperle, festet på en forgylt stift av sølv."},
	}))
}
