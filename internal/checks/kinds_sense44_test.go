package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	sense44Coral = core.Product{SKU: "SE44C", Name: "Bamboo Coral Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "bamboo coral"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "bamboo coral", Colour: "pink", Count: 9, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"pink", "silver"}}
	sense44Jade = core.Product{SKU: "SE44J", Name: "Jade Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver", "jadeite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "jadeite", Colour: "green", Count: 9, Origin: core.OriginNatural}},
		Colours: []string{"green", "silver"}}
	sense44CZ = core.Product{SKU: "SE44Z", Name: "Ceramic Band Ring", Category: "ring", Collection: "Moments",
		Materials: []string{"black ceramic", "sterling silver", "cubic zirconia"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 5, Origin: core.OriginSimulant}},
		Colours: []string{"black", "silver"}}
	sense44Heart = core.Product{SKU: "SE44H", Name: "Hjertekjede", Category: "necklace", Collection: "Moments",
		Materials: []string{"rhodium-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "rhodium"}},
		Colours: []string{"silver"}}
	sense44Star = core.Product{SKU: "SE44S", Name: "Star Sapphire Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"18k white gold", "star sapphire", "diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "star sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 8, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	sense44CoralEar = core.Product{SKU: "SE44O", Name: "Bamboo Coral Stud Earrings", Category: "earrings", Collection: "Heritage",
		Materials: []string{"sterling silver", "bamboo coral"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "bamboo coral", Colour: "orange", Count: 2, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"orange", "silver"}}
	sense44Ebony = core.Product{SKU: "SE44E", Name: "Ebony Inlay Cufflinks", Category: "cufflinks", Collection: "Signature",
		Materials: []string{"sterling silver", "ebony wood"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver", "black"}}
)

// TestKindsSense44 (#13, sense44; released 44A nb-NO 44A102-1/-2, probe
// 44C es-MX 44C101-1/-2, it-IT 44C102-2, probe 44D da-DK 44D102-1/-2,
// en-AU 44D101-1/-3): words read in a sense they do not have in context.
// Beads said "perler/pärlor/Perlen/parels/perle" of bamboo coral (a
// compound the vocabularies lacked, so the bead-of-stone rule never saw
// its stone) and referred back to ("die Perlen", "le perle"); es-MX
// "brillante" coordinated with an adjective ("densa y brillante"); "the
// best" inside an idiom of manner after an adjective of plainness
// ("enkelt på den beste måten"); Italian "Ordine" (the noun: the order
// to put them on) read by the stem of the imperative "ordina"; "keep its
// colour" said of oiled wood. Each kind's real sense still blocks.
func TestKindsSense44(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// beads of a stone, not pearls
	checkKindRows(t, svc, "grounding", []kindRow{
		{"da-DK", "Armbåndet samler ni runde perler af bambuskoral i en blid lyserød tone på en kæde af sterlingsølv. Den naturlige farve er cremehvid, og perlerne er farvet for at få den lyserøde nuance.", sense44Coral, false},
		{"nb-NO", "Armbåndet samler ni runde perler av bambuskorall i en myk rosa tone på en kjede av sterlingsølv. Perlene er farget for å få den rosa nyansen.", sense44Coral, false},
		{"sv-SE", "Armbandet samlar nio runda pärlor av bambukorall i en mjuk rosa ton på en kedja av sterlingsilver. Pärlorna är färgade för att få den rosa nyansen.", sense44Coral, false},
		{"de-DE", "Das Armband vereint neun runde Perlen aus Bambuskoralle in einem zarten Rosa an einer Kette aus Sterlingsilber. Die Perlen sind gefärbt.", sense44Coral, false},
		{"nl-NL", "De armband rijgt negen ronde parels van bamboekoraal in een zacht roze aan een ketting van sterling zilver. De parels zijn geverfd.", sense44Coral, false},
		{"fr-FR", "Le bracelet réunit neuf perles rondes de corail bambou d'un rose tendre sur une chaîne en argent massif. Les perles sont teintes.", sense44Coral, false},
		{"fr-CA", "Le bracelet réunit neuf perles rondes de corail bambou d'un rose tendre sur une chaîne en argent sterling. Ces perles sont teintes.", sense44Coral, false},
		{"it-IT", "Il bracciale riunisce nove perle tonde di corallo bambù in un rosa tenue su una catena in argento sterling. Le perle sono tinte.", sense44Coral, false},
		{"fi-FI", "Rannekorussa on yhdeksän pyöreää bambukorallihelmeä sterlinghopeaketjussa.", sense44Coral, false},
		{"da-DK", "Armbåndet samler ni perler af jade på en kæde af sterlingsølv. Perlerne er polerede.", sense44Jade, false},
		{"de-DE", "Das Armband vereint neun Perlen aus Jade. Diese Perlen sind poliert.", sense44Jade, false},
		// pearls still block: no stone, no word of reference, a named pearl
		{"da-DK", "Armbåndet samler ni runde perler af bambuskoral og en hvid perle i midten.", sense44Coral, true},
		{"da-DK", "Armbåndet samler ni perler på en kæde af sterlingsølv.", sense44Coral, true},
		{"sv-SE", "Armbandet har nio runda pärlor av bambukorall och två odlade pärlor.", sense44Coral, true},
		{"de-DE", "Die Perlen schimmern an einer Kette aus Sterlingsilber.", sense44Coral, true},
		{"de-DE", "Neun Perlen aus Bambuskoralle und eine weiße Perle in der Mitte.", sense44Coral, true},
		{"it-IT", "Nove perle di corallo bambù e una perla d'acqua dolce al centro.", sense44Coral, true},
		{"nl-NL", "Negen parels van bamboekoraal; de parels zijn zoetwaterparels.", sense44Coral, true},
	})
	// brillante: the adjective beside another, the noun beside a stone or metal
	checkKindRows(t, svc, "regulatory", []kindRow{
		{"es-MX", "La cerámica se cuece a temperaturas muy altas; así obtiene una superficie densa y brillante que resiste los rayones.", sense44CZ, false},
		{"es-MX", "La banda es lisa y brillante.", sense44CZ, false},
		{"es-MX", "Tiene un acabado pulido y brillante.", sense44CZ, false},
		{"es-MX", "Anillo de plata y brillantes.", sense44CZ, true},
		{"es-MX", "La banda lleva zafiros y brillantes.", sense44CZ, true},
		{"es-MX", "La banda lleva un brillante en el centro.", sense44CZ, true},
	})
	// "the best" in an idiom of manner after an adjective of plainness
	checkKindRows(t, svc, "claim", []kindRow{
		{"nb-NO", "Hjertekjedet fra Moments-kolleksjonen er enkelt på den beste måten.", sense44Heart, false},
		{"da-DK", "Hjertehalskæden fra Moments-kollektionen er enkel på den bedste måde.", sense44Heart, false},
		{"sv-SE", "Hjärthalsbandet från Moments-kollektionen är enkelt på bästa sätt.", sense44Heart, false},
		{"sv-SE", "Hjärthalsbandet från Moments-kollektionen är enkelt på det bästa sättet.", sense44Heart, false},
		{"de-DE", "Die Herzkette aus der Moments-Kollektion ist schlicht im besten Sinne.", sense44Heart, false},
		{"de-DE", "Die Herzkette aus der Moments-Kollektion ist schlicht auf die beste Art.", sense44Heart, false},
		{"en-GB", "The heart necklace from the Moments collection is simple in the best way.", sense44Heart, false},
		{"en-US", "The heart necklace from the Moments collection is understated in the best sense.", sense44Heart, false},
		{"en-AU", "The heart necklace is classic, in the best possible way.", sense44Heart, false},
		{"nl-NL", "De hartketting uit de Moments-collectie is eenvoudig op de beste manier.", sense44Heart, false},
		{"fr-FR", "Le collier cœur de la collection Moments est simple, dans le meilleur sens du terme.", sense44Heart, false},
		{"fr-CA", "Le collier cœur est sobre dans le meilleur sens du terme.", sense44Heart, false},
		{"es-ES", "El collar de corazón de la colección Moments es sencillo en el mejor sentido.", sense44Heart, false},
		{"es-MX", "El collar de corazón es discreto en el mejor sentido de la palabra.", sense44Heart, false},
		{"it-IT", "La collana a cuore della collezione Moments è semplice nel senso migliore.", sense44Heart, false},
		{"pt-BR", "O colar de coração da coleção Moments é simples no melhor sentido.", sense44Heart, false},
		{"pt-PT", "O colar de coração é simples, da melhor maneira.", sense44Heart, false},
		{"pl-PL", "Naszyjnik z serca z kolekcji Moments jest prosty w najlepszym sensie.", sense44Heart, false},
		{"cs-CZ", "Náhrdelník se srdcem z kolekce Moments je jednoduchý v tom nejlepším slova smyslu.", sense44Heart, false},
		{"el-GR", "Το κολιέ με την καρδιά είναι απλό με την καλύτερη έννοια.", sense44Heart, false},
		{"fi-FI", "Moments-malliston sydänkaulakoru on yksinkertainen parhaalla tavalla.", sense44Heart, false},
		{"tr-TR", "Moments koleksiyonundaki kalp kolye en iyi şekilde sade.", sense44Heart, false},
		// a grade of the piece or its making still blocks
		{"nb-NO", "Hjertekjedet er laget på den beste måten.", sense44Heart, true},
		{"nb-NO", "Dette er den beste kjeden i kolleksjonen.", sense44Heart, true},
		{"nb-NO", "Kjedet er enkelt: den beste måten å vise kjærlighet på.", sense44Heart, true},
		{"da-DK", "Halskæden er fremstillet på den bedste måde.", sense44Heart, true},
		{"en-GB", "This is the best necklace, simple in every way.", sense44Heart, true},
		{"en-GB", "The necklace is made in the best way.", sense44Heart, true},
		{"en-GB", "Simple in the best way, it is the best necklace you can buy.", sense44Heart, true},
		{"de-DE", "Die Kette ist auf die beste Art gefertigt.", sense44Heart, true},
		{"nl-NL", "De ketting is gemaakt op de beste manier.", sense44Heart, true},
		{"fr-FR", "Le collier est fabriqué dans le meilleur sens du terme.", sense44Heart, true},
		{"es-ES", "El collar está hecho en el mejor sentido.", sense44Heart, true},
		{"pl-PL", "Naszyjnik wykonany w najlepszym sensie.", sense44Heart, true},
		{"cs-CZ", "Náhrdelník je vyroben v nejlepším slova smyslu.", sense44Heart, true},
		{"el-GR", "Το κολιέ είναι φτιαγμένο με τον καλύτερο τρόπο.", sense44Heart, true},
		{"sv-SE", "Halsbandet är tillverkat på det bästa sättet.", sense44Heart, true},
	})
	// the noun "Ordine", not the imperative
	checkKindRows(t, svc, "banned_term", []kindRow{
		{"it-IT", "Lo indossi con uno scollo aperto. Ordine consigliato: prima la catena, poi il ciondolo.", sense44Star, false},
		{"it-IT", "Acquisto consapevole: oro riciclato e diamanti tracciati.", sense44Star, false},
		{"es-ES", "Orden sugerido: primero la cadena, después el colgante.", sense44Star, false},
		{"fr-FR", "Ordre conseillé : d'abord la chaîne, puis le pendentif.", sense44Star, false},
		{"en-GB", "Suggested order: the chain first, then the pendant.", sense44Star, false},
		{"it-IT", "Ordina ora il tuo ciondolo.", sense44Star, true},
		{"it-IT", "Ordini oggi il ciondolo.", sense44Star, true},
		{"it-IT", "Ordinalo subito.", sense44Star, true},
		{"it-IT", "Acquista ora il ciondolo.", sense44Star, true},
		{"it-IT", "Acquisti il ciondolo oggi stesso.", sense44Star, true},
		{"fr-FR", "Commandez dès aujourd'hui votre pendentif.", sense44Star, true},
	})
	// "keep its colour" said of wood or ceramic, not of the metal
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-AU", "The wood is cut into thin discs, seated in silver and polished to a soft, satin sheen. Keep them dry, and rub a drop of oil into the wood now and then to keep its colour deep.", sense44Ebony, false},
		{"en-GB", "Rub a little oil into the ebony now and then to keep its colour deep.", sense44Ebony, false},
		{"de-DE", "Reiben Sie ab und zu etwas Öl in das Holz, damit es seine Farbe behält.", sense44Ebony, false},
		{"fr-FR", "Frottez de temps en temps un peu d'huile sur le bois pour qu'il garde sa couleur.", sense44Ebony, false},
		{"es-ES", "Frote de vez en cuando un poco de aceite en la madera para que conserve su color.", sense44Ebony, false},
		{"it-IT", "Strofini ogni tanto un po' d'olio sul legno perché mantenga il suo colore.", sense44Ebony, false},
		{"nl-NL", "Wrijf af en toe wat olie in het hout, zodat het zijn kleur behoudt.", sense44Ebony, false},
		{"en-AU", "The silver is finished to keep its colour for years.", sense44Ebony, true},
		{"en-GB", "Oil the wood now and then; the silver will keep its colour.", sense44Ebony, true},
		{"en-GB", "The ebony sits in plated silver that will keep its colour.", sense44Ebony, true},
		{"de-DE", "Das Holz sitzt in Silber, das seine Farbe behält.", sense44Ebony, true},
	})
}
