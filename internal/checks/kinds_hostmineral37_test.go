package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// hm37p is the product of a TestKindsHostMineral37 row: a sterling silver
// piece with one natural stone (count of them), beaded when a bracelet.
func hm37p(stone, colour, category string, count int, collection string) core.Product {
	p := core.Product{SKU: "HM37", Name: "Heritage Piece", Category: category, Collection: collection,
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: stone, Colour: colour, Count: count, Origin: core.OriginNatural}},
		Colours: []string{"silver", colour}}
	if category == "bracelet" {
		p.Features = []string{"beaded"}
	}
	return p
}

// TestKindsHostMineral37 (#13, hostmineral37): copy that explains the
// product's stone names other minerals as its constituents, veins, matrix,
// inclusions, colouring agents or the group it belongs to, and each was
// read as a stone the piece does not have (released 36's pt-BR sodalite
// "O azul profundo é cortado por veios brancos de calcita, o que torna
// cada pulseira única", after a sentence on where the stone is mined;
// released 33's el-GR hemimorphite "στους κρυστάλλους του", its own
// crystals, and "θυμίζει τον τουρκουάζ και τον χαλκηδόνιο", what its blue
// recalls). A known constituent of the product's stone (canon
// stone_families, stone_groups) passes in a clause with no word of the
// piece that explains it, after the stone was named in any sentence
// before: a word of explanation before or after it (the relation noun
// follows in "valkoiset kalsiitin juonet", 方解石の白い脈, 방해석의 흰 맥,
// "beyaz kalsit damarları"), the complement of a noun of inclusions
// (方解石纹理), or a colour noun whose cause it is
// (grounding/constituent.go explainingSentence). A plating word beside a
// noun of inclusions is their colour ("paillettes dorées"), a stone joined
// by a conjunction to a word a verb of resemblance governs is a
// look-alike, and the Greek possessive after a crystal word makes the
// crystals the stone's own. Twins still block: another mineral in the same
// frame (malachite veins in sodalite), the mineral as the piece's beads or
// setting ("set with pyrite", "Each bead is pure calcite"), another gem as
// the piece's stone ("set with a citrine" on an amethyst).
func TestKindsHostMineral37(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []kindRow{
		// explanations of the product's stone (pass)
		{"en-GB", "The bracelet strings 6 mm sodalite beads. Their deep blue is crossed by white veins of calcite, so each bead is unique.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"en-GB", "The pendant holds a lapis lazuli cabochon. Its golden flecks are pyrite, and the pale streaks are calcite.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"en-GB", "The bracelet strings turquoise beads. The dark web across them is the matrix, the host rock of limonite in which the turquoise formed.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"en-GB", "The bracelet strings red jasper beads. Jasper owes its red to hematite, an iron oxide.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"en-GB", "The pendant holds a labradorite cabochon. Labradorite is a feldspar, and its flash comes from thin layers inside it.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"en-GB", "The ring holds a moonstone. Moonstone belongs to the orthoclase feldspar family.", hm37p("moonstone", "white", "ring", 1, "Heritage"), false},
		{"en-GB", "The ring holds an amethyst, a variety of quartz coloured by traces of iron.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"en-GB", "The ring holds an aquamarine. Aquamarine belongs to the beryl family, like emerald.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"en-GB", "The bracelet strings onyx beads. Onyx is a banded variety of chalcedony.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"en-GB", "The pendant holds a malachite cabochon. Malachite often grows together with azurite in copper deposits.", hm37p("malachite", "green", "pendant", 1, "Heritage"), false},
		{"en-GB", "The bracelet strings rhodonite beads. Rhodonite is pink, with black veins of manganese oxide.", hm37p("rhodonite", "pink", "bracelet", 1, "Heritage"), false},
		{"en-GB", "The ring holds an emerald. Colombian emeralds often hold tiny inclusions of pyrite and calcite.", hm37p("emerald", "green", "ring", 1, "Heritage"), false},
		{"en-GB", "The bracelet strings hemimorphite beads. Its name refers to its crystals, which have a different shape at each end. Its soft blue recalls turquoise and chalcedony.", hm37p("hemimorphite", "light blue", "bracelet", 1, "Heritage"), false}, // failed before
		{"en-US", "The pendant features a lapis lazuli cabochon flecked with golden pyrite.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"en-US", "The bracelet strings tiger's eye beads. Tiger's eye gets its shimmer from quartz that replaced fibers of crocidolite.", hm37p("tiger's eye", "brown", "bracelet", 1, "Heritage"), false},
		{"en-US", "The bracelet strings red jasper beads. Red jasper is colored by hematite, an iron oxide.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"en-US", "The ring holds a moonstone. Moonstone is a variety of orthoclase, a member of the feldspar family.", hm37p("moonstone", "white", "ring", 1, "Heritage"), false},
		{"en-US", "The bracelet strings onyx beads. Onyx is a banded variety of chalcedony.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"en-US", "The pendant holds a malachite cabochon. Malachite often grows alongside azurite in copper deposits.", hm37p("malachite", "green", "pendant", 1, "Heritage"), false},
		{"en-US", "The ring holds an emerald. Colombian emeralds often contain inclusions of pyrite and calcite.", hm37p("emerald", "green", "ring", 1, "Heritage"), false},
		{"en-US", "The bracelet strings sodalite beads. The deep blue stone is laced with white veins of calcite.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"en-AU", "The bracelet strings sodalite beads. The deep blue of the sodalite is streaked with white calcite veins.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"en-AU", "The bracelet strings turquoise beads. The turquoise shows a dark matrix of limonite, the host rock it formed in.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"en-AU", "The pendant holds a labradorite cabochon. Labradorite belongs to the feldspar family.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"en-AU", "The ring holds an amethyst. Amethyst is purple quartz, coloured by traces of iron.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"en-AU", "The ring holds an aquamarine. Like emerald, aquamarine is a variety of beryl.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"en-AU", "The bracelet strings rhodonite beads. Pink rhodonite is veined with black manganese oxide.", hm37p("rhodonite", "pink", "bracelet", 1, "Heritage"), false},
		{"en-AU", "The ring holds a citrine. Citrine is a yellow variety of quartz.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"de-DE", "Das Armband reiht Sodalith-Perlen von 6 mm. Ihr tiefes Blau wird von weißen Adern aus Calcit durchzogen.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"de-DE", "Der Anhänger trägt einen Lapislazuli-Cabochon. Die goldenen Einsprengsel sind Pyrit, die hellen Schlieren Calcit.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"de-DE", "Das Armband reiht Perlen aus rotem Jaspis. Roter Jaspis verdankt seine Farbe dem Hämatit, einem Eisenoxid.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"de-DE", "Der Anhänger trägt einen Labradorit. Labradorit ist ein Feldspat, dessen Farbenspiel aus dünnen Schichten entsteht.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"de-DE", "Der Ring trägt einen Amethyst, eine Varietät des Quarzes, die ihre Farbe Spuren von Eisen verdankt.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"de-DE", "Der Ring trägt einen Aquamarin. Aquamarin gehört wie der Smaragd zur Familie der Berylle.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"de-DE", "Das Armband reiht Onyx-Perlen. Onyx ist eine gebänderte Varietät des Chalcedons.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"de-DE", "Das Armband reiht Türkis-Perlen. Die dunklen Linien im Türkis sind Matrix, das Muttergestein aus Limonit.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"fr-FR", "Le bracelet aligne des perles de sodalite de 6 mm. Leur bleu profond est parcouru de veines blanches de calcite.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"fr-FR", "Le pendentif porte un cabochon de lapis-lazuli. Ses paillettes dorées sont de la pyrite et ses traînées claires de la calcite.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false}, // failed before
		{"fr-FR", "Le bracelet aligne des perles d'œil-de-tigre. L'œil-de-tigre se forme quand le quartz remplace des fibres de crocidolite.", hm37p("tiger's eye", "brown", "bracelet", 1, "Heritage"), false},
		{"fr-FR", "La bague porte une pierre de lune. La pierre de lune est une variété d'orthose, un feldspath.", hm37p("moonstone", "white", "ring", 1, "Heritage"), false},
		{"fr-FR", "La bague porte une aigue-marine. L'aigue-marine appartient, comme l'émeraude, à la famille du béryl.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"fr-FR", "Le bracelet aligne des perles d'onyx. L'onyx est une variété rubanée de calcédoine.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"fr-FR", "Le pendentif porte un cabochon de malachite. La malachite pousse souvent avec l'azurite dans les gisements de cuivre.", hm37p("malachite", "green", "pendant", 1, "Heritage"), false},
		{"fr-FR", "Le bracelet aligne des perles de turquoise. Les fines veines brunes de la turquoise sont sa matrice, de la limonite.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"fr-CA", "Le bracelet aligne des perles de sodalite. Le bleu intense de la sodalite est strié de veines blanches de calcite.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"fr-CA", "Le bracelet aligne des perles de jaspe rouge. Le jaspe rouge doit sa couleur à l'hématite, un oxyde de fer.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"fr-CA", "Le pendentif porte une labradorite. La labradorite est un feldspath dont les reflets viennent de fines couches internes.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"fr-CA", "La bague porte une citrine. La citrine est une variété jaune de quartz.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"fr-CA", "La bague porte une émeraude. Les émeraudes de Colombie renferment souvent des inclusions de pyrite et de calcite.", hm37p("emerald", "green", "ring", 1, "Heritage"), false},
		{"fr-CA", "Le bracelet aligne des perles de rhodonite. La rhodonite rose est veinée de noir par des oxydes de manganèse.", hm37p("rhodonite", "pink", "bracelet", 1, "Heritage"), false},
		{"es-ES", "La pulsera reúne cuentas de sodalita de 6 mm. Su azul intenso está surcado por vetas blancas de calcita.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"es-ES", "El colgante lleva un cabujón de lapislázuli, cuyas motas doradas son de pirita.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"es-ES", "La pulsera reúne cuentas de turquesa. La turquesa muestra una matriz oscura de limonita, la roca en la que se formó.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"es-ES", "El anillo lleva una amatista. La amatista es una variedad de cuarzo que debe su color al hierro.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"es-ES", "El anillo lleva una aguamarina. La aguamarina pertenece a la familia del berilo, igual que la esmeralda.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"es-ES", "La pulsera reúne cuentas de ónix. El ónix es una variedad bandeada de calcedonia.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"es-ES", "El colgante lleva un cabujón de malaquita. La malaquita suele crecer junto a la azurita en los yacimientos de cobre.", hm37p("malachite", "green", "pendant", 1, "Heritage"), false},
		{"es-MX", "La pulsera reúne cuentas de sodalita. El azul profundo de la sodalita está atravesado por vetas blancas de calcita.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"es-MX", "La pulsera reúne cuentas de jaspe rojo. El jaspe rojo obtiene su color de la hematita, un óxido de hierro.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"es-MX", "El dije lleva una labradorita. La labradorita es un feldespato; su brillo nace de capas muy finas.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"es-MX", "El anillo lleva una piedra de luna. La piedra de luna es una variedad de ortoclasa, un feldespato.", hm37p("moonstone", "white", "ring", 1, "Heritage"), false},
		{"es-MX", "La pulsera reúne cuentas de ojo de tigre. El ojo de tigre se forma cuando el cuarzo reemplaza fibras de crocidolita.", hm37p("tiger's eye", "brown", "bracelet", 1, "Heritage"), false},
		{"es-MX", "El anillo lleva un citrino. El citrino es un cuarzo amarillo.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"it-IT", "Il bracciale infila perle di sodalite da 6 mm. Il loro blu intenso è attraversato da venature bianche di calcite.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"it-IT", "Il ciondolo porta un cabochon di lapislazzuli, punteggiato di pirite dorata.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"it-IT", "Il bracciale infila perle di turchese. Le venature scure del turchese sono la sua matrice di limonite.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"it-IT", "L'anello porta un'ametista. L'ametista è una varietà di quarzo colorata dal ferro.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"it-IT", "L'anello porta un'acquamarina. L'acquamarina appartiene alla famiglia del berillo, come lo smeraldo.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"it-IT", "Il bracciale infila perle di onice. L'onice è una varietà di calcedonio a bande.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"it-IT", "Il bracciale infila perle di rodonite. La rodonite rosa è venata di nero da ossidi di manganese.", hm37p("rhodonite", "pink", "bracelet", 1, "Heritage"), false},
		{"pt-PT", "A pulseira junta contas de sodalite de 6 mm. O seu azul profundo é atravessado por veios brancos de calcite.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"pt-PT", "A pulseira junta contas de jaspe vermelho. O jaspe vermelho deve a sua cor à hematite, um óxido de ferro.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"pt-PT", "O pendente tem uma labradorite. A labradorite é um feldspato, e o seu brilho nasce de camadas finíssimas.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"pt-PT", "O anel tem um citrino. O citrino é uma variedade amarela de quartzo.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"pt-PT", "O anel tem uma esmeralda. As esmeraldas colombianas têm muitas vezes inclusões de pirite e calcite.", hm37p("emerald", "green", "ring", 1, "Heritage"), false},
		{"pt-BR", "A Pulseira de Sodalita da coleção Heritage reúne vinte contas de sodalita de 6 mm. O azul profundo é cortado por veios brancos de calcita, o que torna cada pulseira única.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},
		{"pt-BR", "A pulseira reúne contas de turquesa. A turquesa traz uma matriz escura de limonita, a rocha onde ela se formou.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"pt-BR", "O anel tem uma ametista. A ametista é uma variedade de quartzo colorida pelo ferro.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"pt-BR", "O anel tem uma água-marinha. A água-marinha pertence à família do berilo, assim como a esmeralda.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"pt-BR", "A pulseira reúne contas de ônix. O ônix é uma variedade de calcedônia com faixas.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"pt-BR", "O pingente tem um cabochão de malaquita. A malaquita costuma crescer junto com a azurita nas jazidas de cobre.", hm37p("malachite", "green", "pendant", 1, "Heritage"), false},
		{"pt-BR", "A pulseira reúne contas de olho-de-tigre. O olho-de-tigre se forma quando o quartzo substitui fibras de crocidolita.", hm37p("tiger's eye", "brown", "bracelet", 1, "Heritage"), false},
		{"nl-NL", "De armband rijgt sodalietkralen van 6 mm. Hun diepblauw wordt doorsneden door witte aders van calciet.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"nl-NL", "De hanger draagt een cabochon van lapis lazuli met gouden spikkels van pyriet.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"nl-NL", "De armband rijgt kralen van rode jaspis. Rode jaspis dankt zijn kleur aan hematiet, een ijzeroxide.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"nl-NL", "De ring draagt een maansteen. Maansteen is een variëteit van orthoklaas, een veldspaat.", hm37p("moonstone", "white", "ring", 1, "Heritage"), false},
		{"nl-NL", "De ring draagt een amethist. Amethist is een variëteit van kwarts die zijn kleur aan ijzer dankt.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"nl-NL", "De armband rijgt onyxkralen. Onyx is een gestreepte variëteit van chalcedoon.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"sv-SE", "Armbandet har pärlor av sodalit på 6 mm. Det djupa blå genomkorsas av vita ådror av kalcit.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"sv-SE", "Hänget bär en cabochon av lapis lazuli med gyllene prickar av pyrit.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"sv-SE", "Armbandet har pärlor av turkos. Turkosens mörka nät är dess matrix, berget av limonit som den bildades i.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"sv-SE", "Hänget bär en labradorit. Labradorit är en fältspat, och dess färgspel kommer från tunna skikt.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"sv-SE", "Ringen bär en akvamarin. Akvamarin tillhör samma familj som smaragd: båda är beryll.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"sv-SE", "Ringen bär en citrin. Citrin är en gul variant av kvarts.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"da-DK", "Armbåndet har perler af sodalit på 6 mm. Den dybe blå farve gennemskæres af hvide årer af calcit.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"da-DK", "Armbåndet har perler af rød jaspis. Rød jaspis får sin farve fra hæmatit, et jernoxid.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"da-DK", "Ringen har en ametyst. Ametyst er en variant af kvarts, der får sin farve fra jern.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"da-DK", "Armbåndet har perler af onyx. Onyx er en båndet variant af kalcedon.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"da-DK", "Vedhænget har en cabochon af malakit. Malakit vokser ofte sammen med azurit i kobberforekomster.", hm37p("malachite", "green", "pendant", 1, "Heritage"), false},
		{"da-DK", "Armbåndet har perler af rhodonit. Den lyserøde rhodonit har sorte årer af manganoxid.", hm37p("rhodonite", "pink", "bracelet", 1, "Heritage"), false},
		{"nb-NO", "Armbåndet har perler av sodalitt. Den dype blåfargen i sodalitten krysses av hvite årer av kalsitt.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"nb-NO", "Anhenget har en cabochon av lapis lazuli med gylne prikker av pyritt.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"nb-NO", "Anhenget har en labradoritt. Labradoritt er en feltspat, og fargespillet kommer fra tynne lag.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"nb-NO", "Ringen har en månestein. Månestein er en variant av ortoklas, en feltspat.", hm37p("moonstone", "white", "ring", 1, "Heritage"), false},
		{"nb-NO", "Ringen har en akvamarin. Akvamarin tilhører berylfamilien, akkurat som smaragd.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"nb-NO", "Ringen har en citrin. Citrin er en gul variant av kvarts.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"fi-FI", "Rannekorussa on 6 mm:n sodaliittihelmiä. Niiden syvää sinistä halkovat valkoiset kalsiitin juonet.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false}, // failed before
		{"fi-FI", "Riipuksessa on lapislatsulikivi. Lapislatsulissa on kultaisia rikkikiisun pilkkuja.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"fi-FI", "Rannekorussa on punaisia jaspishelmiä. Punainen jaspis saa värinsä hematiitista, joka on rautaoksidia.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"fi-FI", "Sormuksessa on ametisti. Ametisti on kvartsin muunnos, jonka väri johtuu raudasta.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"fi-FI", "Rannekorussa on onyksihelmiä. Onyksi on kalsedonin raidallinen muunnos.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"fi-FI", "Rannekorussa on turkoosihelmiä. Turkoosin tummat juonet ovat sen emokiveä, limoniittia.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"pl-PL", "Bransoletka ma koraliki z sodalitu 6 mm. Ich głęboki błękit przecinają białe żyłki kalcytu.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"pl-PL", "Zawieszka ma kaboszon z lapis lazuli ze złotymi drobinkami pirytu.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"pl-PL", "Zawieszka ma labradoryt. Labradoryt jest skaleniem, a jego grę barw tworzą cienkie warstwy.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"pl-PL", "Pierścionek ma akwamaryn. Akwamaryn należy do rodziny berylu, tak jak szmaragd.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"pl-PL", "Pierścionek ma cytryn. Cytryn to żółta odmiana kwarcu.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"pl-PL", "Zawieszka ma kaboszon z malachitu. Malachit często rośnie razem z azurytem w złożach miedzi.", hm37p("malachite", "green", "pendant", 1, "Heritage"), false},
		{"cs-CZ", "Náramek tvoří korálky ze sodalitu o průměru 6 mm. Jejich sytou modř protínají bílé žilky kalcitu.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"cs-CZ", "Náramek tvoří korálky z červeného jaspisu. Červený jaspis vděčí za svou barvu hematitu, oxidu železa.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"cs-CZ", "Prsten nese měsíční kámen. Měsíční kámen je odrůda ortoklasu, živce.", hm37p("moonstone", "white", "ring", 1, "Heritage"), false},
		{"cs-CZ", "Prsten nese ametyst. Ametyst je odrůda křemene zbarvená železem.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"cs-CZ", "Náramek tvoří korálky z onyxu. Onyx je pruhovaná odrůda chalcedonu.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"cs-CZ", "Náramek tvoří korálky z tyrkysu. Tmavé žilky v tyrkysu jsou jeho matrice z limonitu.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"tr-TR", "Bileklik 6 mm sodalit boncuklardan oluşur. Derin mavisini beyaz kalsit damarları keser.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"tr-TR", "Kolyenin lapis lazuli taşında altın rengi pirit benekleri vardır.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"tr-TR", "Kolyede bir labradorit var. Labradorit bir feldispattır; renk oyunu ince katmanlardan gelir.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"tr-TR", "Yüzükte bir akuamarin var. Akuamarin, zümrüt gibi beril ailesine aittir.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"tr-TR", "Yüzükte bir sitrin var. Sitrin, kuvarsın sarı bir çeşididir.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"tr-TR", "Bileklik rodonit boncuklardan oluşur. Pembe rodonitte mangan oksitten siyah damarlar bulunur.", hm37p("rhodonite", "pink", "bracelet", 1, "Heritage"), false},
		{"el-GR", "Ο ημιμορφίτης είναι πυριτικό ορυκτό του ψευδαργύρου και σχηματίζεται εκεί όπου τα κοιτάσματα ψευδαργύρου αλλοιώνονται κοντά στην επιφάνεια, όπως στο Μεξικό και στην κινεζική επαρχία Γιουνάν. Το όνομά του αναφέρεται στους κρυστάλλους του, που έχουν διαφορετικό σχήμα σε κάθε άκρη. Έχει απαλό γαλάζιο χρώμα, που θυμίζει τον τουρκουάζ και τον χαλκηδόνιο, και σκληρότητα 4,5 έως 5. Το βραχιόλι Ομίχλη από τη συλλογή Reflexions έχει εννέα στρογγυλές χάντρες ημιμορφίτη 8 mm, περασμένες σε ελαστικό κορδόνι με μια μικρή χάντρα από ασήμι 925. Φορέστε το με λευκό λινό ή ανοιχτόχρωμο τζιν.", hm37p("hemimorphite", "light blue", "bracelet", 9, "Reflexions"), false}, // failed before
		{"el-GR", "Το βραχιόλι έχει χάντρες σοδαλίτη 6 mm. Το βαθύ μπλε τους διασχίζουν λευκές φλέβες ασβεστίτη.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"el-GR", "Το μενταγιόν έχει καμπουσόν λάπις λάζουλι με χρυσές κουκκίδες σιδηροπυρίτη.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false}, // failed before
		{"el-GR", "Το δαχτυλίδι έχει έναν αμέθυστο. Ο αμέθυστος είναι ποικιλία χαλαζία που οφείλει το χρώμα του στον σίδηρο.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"el-GR", "Το βραχιόλι έχει χάντρες όνυχα. Ο όνυχας είναι ποικιλία χαλκηδονίου με ταινίες.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"el-GR", "Το βραχιόλι έχει χάντρες κόκκινου ίασπι. Ο κόκκινος ίασπις οφείλει το χρώμα του στον αιματίτη.", hm37p("red jasper", "red", "bracelet", 1, "Heritage"), false},
		{"ar-AE", "يضم السوار خرزات من السوداليت بقطر 6 مم. يشق لونها الأزرق العميق عروق بيضاء من الكالسيت.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false},
		{"ar-AE", "تحمل القلادة حجر لازورد تتخلله نقاط ذهبية من البيريت.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"ar-AE", "يحمل الخاتم حجر جمشت. الجمشت نوع من الكوارتز يستمد لونه من الحديد.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"ar-AE", "يحمل الخاتم حجر أكوامارين. ينتمي الأكوامارين إلى عائلة البيريل مثل الزمرد.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"ar-AE", "يضم السوار خرزات من الأونيكس. الأونيكس نوع مخطط من الكالسيدوني.", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"ar-AE", "تحمل القلادة حجر لابرادوريت. اللابرادوريت نوع من الفلسبار، ويأتي بريقه من طبقات رقيقة.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"ja-JP", "ブレスレットは6mmのソーダライトビーズを連ねています。深い青には方解石の白い脈が走ります。", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false}, // failed before
		{"ja-JP", "リングにはアメジストを留めました。アメジストは鉄によって色づいた石英の一種です。", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"ja-JP", "リングにはアクアマリンを留めました。アクアマリンはエメラルドと同じベリルの仲間です。", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"ja-JP", "ブレスレットはオニキスのビーズを連ねています。オニキスは縞模様のあるカルセドニーの一種です。", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"ja-JP", "ブレスレットはターコイズのビーズを連ねています。ターコイズの黒い網目模様は、母岩であるリモナイトです。", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"ko-KR", "팔찌는 6mm 소달라이트 비즈로 이루어져 있습니다. 깊은 파란색 사이로 방해석의 흰 줄무늬가 지나갑니다.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false}, // failed before
		{"ko-KR", "펜던트의 라피스 라줄리에는 황철석의 금빛 반점이 흩어져 있습니다.", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"ko-KR", "반지에는 자수정이 세팅되어 있습니다. 자수정은 철분으로 색을 띠는 석영의 한 종류입니다.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"ko-KR", "펜던트에는 래브라도라이트가 있습니다. 래브라도라이트는 장석의 일종으로, 얇은 층에서 빛이 납니다.", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"ko-KR", "반지에는 아쿠아마린이 세팅되어 있습니다. 아쿠아마린은 에메랄드와 같은 녹주석 계열에 속합니다.", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"ko-KR", "반지에는 시트린이 세팅되어 있습니다. 시트린은 노란색 석영의 한 종류입니다.", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"zh-CN", "手链由6毫米方钠石珠串成。深蓝色中穿插着白色的方解石脉。", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false}, // failed before
		{"zh-CN", "吊坠的青金石中散布着金色的黄铁矿斑点。", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"zh-CN", "戒指镶嵌一颗紫水晶。紫水晶是一种因铁而呈紫色的石英。", hm37p("amethyst", "purple", "ring", 1, "Heritage"), false},
		{"zh-CN", "戒指镶嵌一颗海蓝宝石。海蓝宝石与祖母绿同属绿柱石家族。", hm37p("aquamarine", "blue", "ring", 1, "Heritage"), false},
		{"zh-CN", "手链由缟玛瑙珠串成。缟玛瑙是一种带条纹的玉髓。", hm37p("onyx", "black", "bracelet", 1, "Heritage"), false},
		{"zh-TW", "手鍊由6毫米方鈉石珠串成。深藍色中穿插著白色的方解石脈。", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), false}, // failed before
		{"zh-TW", "墜飾的青金石中散布著金色的黃鐵礦斑點。", hm37p("lapis lazuli", "blue", "pendant", 1, "Heritage"), false},
		{"zh-TW", "戒指鑲嵌一顆月光石。月光石是正長石的一種，屬於長石家族。", hm37p("moonstone", "white", "ring", 1, "Heritage"), false},
		{"zh-TW", "墜飾鑲嵌一顆拉長石。拉長石是長石的一種。", hm37p("labradorite", "grey", "pendant", 1, "Heritage"), false},
		{"zh-TW", "戒指鑲嵌一顆黃水晶。黃水晶是一種黃色的石英。", hm37p("citrine", "yellow", "ring", 1, "Heritage"), false},
		{"zh-TW", "手鍊由綠松石珠串成。綠松石上的深色網紋是褐鐵礦母岩。", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"en-GB", "The bracelet strings twenty 6 mm sodalite beads. Sodalite is rich in sodium, hence its name. Important deposits lie in Brazil. The deep blue is cut by white veins of calcite, which makes each bracelet unique.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false}, // failed before
		{"en-US", "The bracelet strings twenty sodalite beads. Sodalite is rich in sodium, hence its name. Large deposits are found in Brazil. The deep blue is crossed by white calcite veins, so no two bracelets are alike.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},      // failed before
		{"en-AU", "The bracelet strings turquoise beads. Turquoise has been mined for thousands of years. Large deposits lie in Arizona. The dark web across the blue is a matrix of limonite, so every bracelet looks different.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"de-DE", "Das Armband reiht zwanzig Perlen aus Sodalith. Sodalith ist reich an Natrium, daher der Name. Große Vorkommen liegen in Brasilien. Das tiefe Blau wird von weißen Adern aus Calcit durchzogen, sodass jedes Armband einzigartig ist.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},    // failed before
		{"fr-FR", "Le bracelet aligne vingt perles de sodalite. La sodalite est riche en sodium, d'où son nom. On en trouve d'importants gisements au Brésil. Le bleu profond est strié de veines blanches de calcite, ce qui rend chaque bracelet unique.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false}, // failed before
		{"es-ES", "La pulsera reúne veinte cuentas de sodalita. La sodalita es rica en sodio, de ahí su nombre. Hay yacimientos importantes en Brasil. El azul profundo está surcado por vetas blancas de calcita, lo que hace única cada pulsera.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},         // failed before
		{"es-MX", "La pulsera reúne cuentas de turquesa. La turquesa se extrae desde hace miles de años. Hay minas importantes en Sonora. La red oscura sobre el azul es una matriz de limonita, por eso cada pulsera es distinta.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), false},
		{"it-IT", "Il bracciale infila venti perle di sodalite. La sodalite è ricca di sodio, da cui il nome. Giacimenti importanti si trovano in Brasile. Il blu profondo è attraversato da venature bianche di calcite, che rendono unico ogni bracciale.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false}, // failed before
		{"pt-PT", "A pulseira junta vinte contas de sodalite. A sodalite é rica em sódio, daí o nome. Há jazidas importantes no Brasil. O azul profundo é cortado por veios brancos de calcite, o que torna cada pulseira única.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                            // failed before
		{"pt-BR", "A Pulseira de Sodalita da coleção Heritage reúne vinte contas de sodalita de 6 mm, intercaladas com uma pequena peça em prata 925. A sodalita é um mineral rico em sódio, e daí vem o nome. No Brasil, há jazidas importantes no sul da Bahia. O azul profundo é cortado por veios brancos de calcita, o que torna cada pulseira única. Por ser uma pedra relativamente macia, guarde a pulseira separada de outras joias, evite perfumes e produtos de limpeza e limpe com um pano macio e seco.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false}, // failed before
		{"nl-NL", "De armband rijgt twintig kralen van sodaliet. Sodaliet is rijk aan natrium, vandaar de naam. Grote vindplaatsen liggen in Brazilië. Het diepe blauw wordt doorsneden door witte aders van calciet, waardoor elke armband uniek is.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                                // failed before
		{"sv-SE", "Armbandet har tjugo pärlor av sodalit. Sodalit är rik på natrium, därav namnet. Stora fyndigheter finns i Brasilien. Det djupa blå genomkorsas av vita ådror av kalcit, så varje armband blir unikt.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                                                              // failed before
		{"da-DK", "Armbåndet har tyve perler af sodalit. Sodalit er rig på natrium, deraf navnet. Store forekomster findes i Brasilien. Den dybe blå farve gennemskæres af hvide årer af calcit, så hvert armbånd er unikt.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                                                          // failed before
		{"nb-NO", "Armbåndet har tjue perler av sodalitt. Sodalitt er rik på natrium, derav navnet. Store forekomster finnes i Brasil. Den dype blåfargen krysses av hvite årer av kalsitt, så hvert armbånd blir unikt.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                                                             // failed before
		{"fi-FI", "Rannekorussa on kaksikymmentä sodaliittihelmeä. Sodaliitti sisältää runsaasti natriumia, mistä sen nimi tulee. Suuria esiintymiä on Brasiliassa. Syvää sinistä halkovat valkoiset kalsiittijuonet, joten jokainen koru on ainutlaatuinen.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                         // failed before
		{"pl-PL", "Bransoletka ma dwadzieścia koralików z sodalitu. Sodalit jest bogaty w sód, stąd jego nazwa. Duże złoża znajdują się w Brazylii. Głęboki błękit przecinają białe żyłki kalcytu, dlatego każda bransoletka jest wyjątkowa.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                                         // failed before
		{"cs-CZ", "Náramek tvoří dvacet korálků ze sodalitu. Sodalit je bohatý na sodík, odtud jeho název. Velká ložiska jsou v Brazílii. Sytou modř protínají bílé žilky kalcitu, takže každý náramek je jedinečný.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                                                                 // failed before
		{"tr-TR", "Bileklik yirmi sodalit boncuktan oluşur. Sodalit sodyumca zengindir, adı da buradan gelir. Büyük yatakları Brezilya'dadır. Derin maviyi beyaz kalsit damarları keser, bu yüzden her bileklik eşsizdir.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                                                            // failed before
		{"el-GR", "Το βραχιόλι έχει είκοσι χάντρες σοδαλίτη. Ο σοδαλίτης είναι πλούσιος σε νάτριο, εξ ου και το όνομα. Μεγάλα κοιτάσματα βρίσκονται στη Βραζιλία. Το βαθύ μπλε διασχίζουν λευκές φλέβες ασβεστίτη, γι' αυτό κάθε βραχιόλι είναι μοναδικό.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                                                                                                                                                                                                                            // failed before
		{"ar-AE", "يضم السوار عشرين خرزة من السوداليت. السوداليت غني بالصوديوم ومن هنا جاء اسمه. توجد رواسب كبيرة منه في البرازيل. تشق الأزرق العميق عروق بيضاء من الكالسيت، ولذلك فكل سوار فريد.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},
		{"ja-JP", "ブレスレットは20個のソーダライトビーズを連ねています。ソーダライトはナトリウムを多く含み、名前の由来にもなっています。大きな鉱床はブラジルにあります。深い青には方解石の白い筋が走り、ひとつとして同じブレスレットはありません。", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false}, // failed before
		{"ko-KR", "팔찌는 소달라이트 비즈 20개로 이루어져 있습니다. 소달라이트는 나트륨이 풍부해 그 이름이 붙었습니다. 큰 광상은 브라질에 있습니다. 깊은 파란색에 방해석의 흰 맥이 지나가 팔찌마다 모습이 다릅니다.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},   // failed before
		{"zh-CN", "手链由二十颗方钠石珠串成。方钠石富含钠，因此得名。大型矿床位于巴西。深蓝色中穿插着白色方解石纹理，因此每条手链都独一无二。", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                     // failed before
		{"zh-TW", "手鍊由二十顆方鈉石珠串成。方鈉石富含鈉，因此得名。大型礦床位於巴西。深藍色中穿插著白色方解石紋理，因此每條手鍊都獨一無二。", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), false},                                                     // failed before
		// the mineral as a stone of the piece, another mineral in the same frame, another gem (block)
		{"en-GB", "This calcite bracelet glows a deep blue.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"en-GB", "The ring is set with a citrine.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), true},
		{"en-US", "The ring is set with a citrine.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), true},
		{"en-US", "This calcite bracelet glows a deep blue.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"de-DE", "Dieses Armband aus Calcit leuchtet tiefblau.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"fr-FR", "Ce bracelet en calcite est d'un bleu profond.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"fr-CA", "La bague est sertie d'une citrine.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), true},
		{"es-ES", "Esta pulsera de calcita tiene un azul intenso.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"es-MX", "El anillo está engastado con un citrino.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), true},
		{"it-IT", "Questo bracciale di calcite ha un blu intenso.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"pt-PT", "O anel é cravejado com um citrino.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), true},
		{"pt-BR", "Esta pulseira de calcita tem um azul profundo.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"nl-NL", "Deze armband van calciet is diepblauw.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"sv-SE", "Ringen är fattad med en citrin.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), true},
		{"nb-NO", "Dette armbåndet av kalsitt er dypblått.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"pl-PL", "W pierścionku osadzono cytryn.", hm37p("amethyst", "purple", "ring", 1, "Heritage"), true},
		{"en-GB", "The bracelet is set with pyrite.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"en-GB", "The bracelet strings sodalite and calcite beads.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"de-DE", "Das Armband ist mit Pyrit besetzt.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"fr-FR", "Le bracelet est serti de pyrite.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"es-ES", "La pulsera está engastada con pirita.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"it-IT", "Il bracciale è incastonato con pirite.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"pt-BR", "A pulseira é cravejada com pirita.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"nl-NL", "De armband is gezet met pyriet.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"da-DK", "Armbåndet er besat med pyrit.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"fi-FI", "Rannekoru on koristeltu kalsiitilla.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"cs-CZ", "Náramek je osazen pyritem.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"tr-TR", "Bileklik pirit ile süslenmiştir.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"el-GR", "Το βραχιόλι είναι δεμένο με σιδηροπυρίτη.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"ar-AE", "السوار مرصع بالبيريت.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"ja-JP", "ブレスレットにはパイライトがセットされています。", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"ko-KR", "팔찌에는 황철석이 세팅되어 있습니다.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"zh-CN", "手链镶嵌黄铁矿。", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"zh-TW", "手鍊鑲嵌黃鐵礦。", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"en-GB", "The bracelet strings twenty sodalite beads. Important deposits lie in Brazil. The deep blue is cut by white veins of malachite, which makes each bracelet unique.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"en-US", "The bracelet strings twenty sodalite beads. Each bead is pure calcite.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"en-AU", "The bracelet is set with pyrite.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"de-DE", "Das Armband reiht zwanzig Perlen aus Sodalith. Große Vorkommen liegen in Brasilien. Das tiefe Blau wird von weißen Adern aus Malachit durchzogen.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"fr-FR", "Le bracelet aligne vingt perles de sodalite. On en trouve au Brésil. Le bleu profond est strié de veines blanches d'opale.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"fr-CA", "Chaque perle du bracelet est en calcite.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"es-MX", "Cada cuenta de la pulsera es de calcita.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"it-IT", "Il bracciale infila venti perle di sodalite. Giacimenti importanti si trovano in Brasile. Il blu profondo è attraversato da venature di malachite.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"pt-PT", "A pulseira tem contas de calcite.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"pt-BR", "A pulseira reúne vinte contas de sodalita. No Brasil, há jazidas importantes na Bahia. O azul profundo é cortado por veios de malaquita.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"sv-SE", "Armbandet har pärlor av kalcit.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"nb-NO", "Armbåndet er besatt med pyritt.", hm37p("turquoise", "blue", "bracelet", 1, "Heritage"), true},
		{"pl-PL", "Bransoletka ma koraliki z kalcytu.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"es-ES", "La pulsera reúne veinte cuentas de sodalita. Hay yacimientos en Brasil. El azul profundo está surcado por vetas de malaquita.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"nl-NL", "De armband heeft kralen van calciet.", hm37p("sodalite", "blue", "bracelet", 1, "Heritage"), true},
		{"sv-SE", "Armbandet har tjugo pärlor av sodalit. Stora fyndigheter finns i Brasilien. Det djupa blå genomkorsas av ådror av malakit.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"ja-JP", "ブレスレットは20個のソーダライトビーズを連ねています。大きな鉱床はブラジルにあります。深い青にはマラカイトの筋が走ります。", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"ko-KR", "팔찌는 소달라이트 비즈 20개로 이루어져 있습니다. 큰 광상은 브라질에 있습니다. 깊은 파란색에 말라카이트의 맥이 지나갑니다.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"zh-CN", "手链由二十颗方钠石珠串成。大型矿床位于巴西。深蓝色中穿插着孔雀石纹理。", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"zh-TW", "手鍊由二十顆方鈉石珠串成。大型礦床位於巴西。深藍色中穿插著孔雀石紋理。", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"fi-FI", "Rannekorussa on kaksikymmentä sodaliittihelmeä. Suuria esiintymiä on Brasiliassa. Syvää sinistä halkovat malakiitin juonet.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"tr-TR", "Bileklik yirmi sodalit boncuktan oluşur. Büyük yatakları Brezilya'dadır. Derin maviyi malakit damarları keser.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"cs-CZ", "Náramek tvoří dvacet korálků ze sodalitu. Velká ložiska jsou v Brazílii. Sytou modř protínají žilky malachitu.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"el-GR", "Το βραχιόλι έχει είκοσι χάντρες σοδαλίτη. Μεγάλα κοιτάσματα βρίσκονται στη Βραζιλία. Το βαθύ μπλε διασχίζουν φλέβες μαλαχίτη.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"ar-AE", "يضم السوار عشرين خرزة من السوداليت. توجد رواسب كبيرة منه في البرازيل. تشق الأزرق العميق عروق من الملكيت.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"da-DK", "Armbåndet har tyve perler af sodalit. Store forekomster findes i Brasilien. Den dybe blå farve gennemskæres af årer af malakit.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"nb-NO", "Armbåndet har tjue perler av sodalitt. Store forekomster finnes i Brasil. Den dype blåfargen krysses av årer av malakitt.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"pl-PL", "Bransoletka ma dwadzieścia koralików z sodalitu. Duże złoża znajdują się w Brazylii. Głęboki błękit przecinają żyłki malachitu.", hm37p("sodalite", "blue", "bracelet", 20, "Heritage"), true},
		{"en-GB", "The bracelet strings hemimorphite beads. Its soft blue recalls turquoise, and chalcedony beads sit between them.", hm37p("hemimorphite", "light blue", "bracelet", 1, "Heritage"), true},
		{"en-GB", "The bracelet is set with turquoise and chalcedony.", hm37p("hemimorphite", "light blue", "bracelet", 1, "Heritage"), true},
		{"el-GR", "Το βραχιόλι έχει χάντρες ημιμορφίτη και χάντρες χαλκηδονίου.", hm37p("hemimorphite", "light blue", "bracelet", 1, "Heritage"), true},
	}
	checkKindRows(t, svc, CatGrounding, rows)
}
