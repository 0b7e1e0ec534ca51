package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the generalisation tables (checks2): a gold-plated silver
// pendant on a chain, rhodium-plated brass drops on sterling silver ear
// wires, and a lab-grown sapphire ring.
var (
	gildedPendant = core.Product{SKU: "G1", Name: "Sol", Category: "necklace", Metals: []core.Metal{{Base: "sterling silver", Plating: "18k gold"}}, Colours: []string{"gold"}}
	fernDrops     = core.Product{SKU: "G2", Name: "Fern", Category: "earrings", Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}}, Colours: []string{"silver", "green"},
		Stones:     []core.Stone{{Type: "cubic zirconia", Colour: "green", Count: 6}},
		Attributes: map[string]string{"ear wires": "sterling silver"}}
	labSapphRing = core.Product{SKU: "G3", Name: "Nova", Category: "ring", Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "sapphire", Origin: core.OriginLabGrown, Colour: "blue", Count: 3}}}
)

// TestKindsGeneral holds the kinds that must hold in general form, with
// several syntactic shapes each: clothing colours in styling sentences,
// cross-sell, colour words in other senses, components, plating called
// solid, lab-grown qualifiers and claims in other words.
func TestKindsGeneral(t *testing.T) {
	t.Parallel()
	g := guide(t)
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, g, []kindTable{
		{"clothing colour", silverNecklace, "", []lt{
			{"en-GB", "Pair it with a cream blouse for the office."},
			{"en-GB", "It sits neatly under a charcoal coat."},
			{"en-GB", "Wear it with denim and a white tee."},
			{"en-GB", "Layer it over a black turtleneck in winter."},
			{"en-GB", "It glows against a red cashmere cardigan."},
			{"en-GB", "On a green slip dress it looks effortless."},
			{"en-GB", "Style it with your favourite blue jeans."},
			{"en-US", "Throw it on with a grey hoodie and black leggings."},
			{"en-US", "It looks great with a navy blazer, a beige trench or a pink linen shirt."},
			{"en-US", "Try it alongside a yellow sundress."},
			{"fr-FR", "À porter avec un pull bleu marine."},
			{"fr-FR", "Il illumine une chemise blanche ou un trench beige."},
			{"fr-FR", "Sur une petite robe noire, il fait son effet."},
			{"fr-FR", "Avec un jean brut et un cardigan gris."},
			{"de-DE", "Trägt sich schön zu einem grauen Mantel."},
			{"de-DE", "Über einem schwarzen Rollkragenpullover wirkt sie edel."},
			{"de-DE", "Dazu eine weiße Bluse und blaue Jeans."},
			{"de-DE", "Perfekt zum roten Strickpullover."},
			{"it-IT", "Da indossare con un maglione blu."},
			{"it-IT", "Sta benissimo su un abito nero o una camicia bianca."},
			{"it-IT", "Con jeans chiari e un cardigan grigio."},
			{"es-ES", "Combínalo con una blusa crema."},
			{"es-ES", "Queda genial sobre un jersey negro de cuello alto."},
			{"es-ES", "Con unos vaqueros azules y una camiseta blanca."},
		}},
		{"cross-sell", silverNecklace, "", []lt{
			{"en-GB", "Complete the look with our matching gold hoops."},
			{"en-GB", "Shop the set: the rose gold ring and the pearl studs."},
			{"en-GB", "Also available in yellow gold and rose gold."},
			{"en-GB", "Team it with the red enamel bracelet from the same collection."},
			{"en-US", "Discover the matching studs in yellow gold."},
			{"en-US", "Looking for more sparkle? Our diamond tennis bracelet is a perfect partner."},
			{"fr-FR", "Complétez le look avec nos créoles assorties en or."},
			{"fr-FR", "Découvrez aussi la bague assortie en or rose."},
			{"fr-FR", "Existe aussi en vermeil doré."},
			{"de-DE", "Vervollständigen Sie den Look mit den passenden Creolen in Gold."},
			{"de-DE", "Entdecken Sie auch den Ring aus Roségold aus derselben Kollektion."},
			{"de-DE", "Auch in Gelbgold erhältlich."},
			{"it-IT", "Completa il look con gli orecchini coordinati in oro."},
			{"it-IT", "Scopri anche l'anello in oro rosa della stessa collezione."},
			{"es-ES", "Completa el look con los pendientes a juego en oro."},
			{"es-ES", "Descubre también el anillo de oro rosa de la misma colección."},
		}},
		{"false friend", silverNecklace, "", []lt{
			{"en-GB", "A gift for the golden hour of a summer evening."},
			{"en-GB", "Every cloud has a silver lining, and this one shines."},
			{"en-GB", "Made for a red-letter day."},
			{"en-GB", "Once in a blue moon, a piece like this arrives."},
			{"en-GB", "Perfect for a white wedding or a black tie dinner."},
			{"en-US", "Give it the green light for everyday wear."},
			{"en-US", "You will be in the pink wearing it."},
			{"en-US", "Inspired by a wild rose in an English garden."},
			{"fr-FR", "Un cadeau pour un jour de noces, sous le ciel bleu."},
			{"fr-FR", "Inspiré d'une rose sauvage."},
			{"de-DE", "Ein Geschenk für die goldene Stunde am Abend."},
			{"de-DE", "Inspiriert von einer wilden Rose."},
			{"it-IT", "Ispirato a una rosa selvatica."},
			{"it-IT", "Per un giorno d'oro."},
			{"es-ES", "Inspirado en una rosa silvestre."},
			{"es-ES", "Para una noche de luna azul."},
		}},
		{"component", fernDrops, "", []lt{
			{"en-GB", "The drops hang from sterling silver ear wires."},
			{"en-US", "Finished with sterling silver hooks."},
			{"fr-FR", "Les pendants sont montés sur des crochets en argent sterling."},
			{"de-DE", "Die Tropfen hängen an Ohrhaken aus Sterlingsilber."},
			{"it-IT", "Pendenti su monachella in argento sterling."},
			{"es-ES", "Cuelgan de ganchos de plata de ley."},
		}},
		{"component of a plated piece, not listed", gildedPendant, "", []lt{
			{"en-GB", "It closes with a stainless steel clasp."},
			{"fr-FR", "Il se ferme par un fermoir en acier inoxydable."},
		}},
		{"component of another metal on a solid piece", silverHoops, "", nil},
		{"component of another metal on a solid piece", silverNecklace, CatGrounding, []lt{
			{"en-GB", "It closes with a 9k gold clasp."},
			{"en-US", "A yellow gold clasp closes it."},
		}},
		{"plating as solid", gildedPendant, CatRegulatory, []lt{
			{"en-GB", "A medallion in solid gold."},
			{"en-US", "A pendant of pure gold."},
			{"en-US", "An 18-karat gold medallion."},
			{"fr-FR", "Un médaillon en or massif."},
			{"de-DE", "Ein Medaillon aus Massivgold."},
			{"de-DE", "Ein Medaillon aus massivem Gold."},
			{"it-IT", "Un medaglione in oro massiccio."},
			{"es-ES", "Un medallón de oro macizo."},
		}},
		{"lab-grown qualifier", labSapphRing, CatRegulatory, []lt{
			{"en-GB", "Three sapphires in a row."},
			{"en-US", "Three cultured sapphires in a row."},
			{"fr-FR", "Trois saphirs alignés."},
			{"de-DE", "Drei Saphire in einer Reihe."},
			{"it-IT", "Tre zaffiri in fila."},
			{"es-ES", "Tres zafiros en fila."},
		}},
		{"claim water", silverNecklace, CatClaim, []lt{
			{"en-GB", "It is shower-proof."},
			{"en-US", "You can swim in it."},
			{"fr-FR", "Il résiste à l'eau."},
			{"de-DE", "Sie ist wasserfest."},
			{"it-IT", "Puoi fare la doccia con lui."},
			{"es-ES", "Resiste al agua."},
		}},
		{"claim health", silverNecklace, CatClaim, []lt{
			{"en-GB", "It boosts your energy."},
			{"en-US", "A healing piece."},
			{"en-US", "It balances your chakras."},
		}},
		{"claim tarnish", silverNecklace, CatClaim, []lt{
			{"en-GB", "It won't discolour."},
			{"en-US", "Its colour never fades."},
			{"en-GB", "It stays bright forever."},
		}},
	})
}

// TestKindsGeneral2: lab-grown qualifiers, counts in words, close
// languages, and clothing and idioms in more shapes.
func TestKindsGeneral2(t *testing.T) {
	t.Parallel()
	g := guide(t)
	c := NewScoped(grounding.CheckScoped)
	labDiamondRing := core.Product{SKU: "G4", Name: "Vela", Category: "ring", Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "diamond", Origin: core.OriginLabGrown, Colour: "clear", Count: 1}}}
	runKinds(t, c, g, []kindTable{
		{"lab-grown called diamond", labDiamondRing, CatRegulatory, []lt{
			{"en-GB", "A single diamond crowns the band."},
			{"en-US", "One cultured diamond crowns the band."},
			{"en-US", "A created diamond crowns the band."},
			{"en-US", "An eco diamond crowns the band."},
			{"en-US", "A man-made diamond crowns the band."},
			{"en-GB", "Grown with care, this ring sets a brilliant round diamond at its heart."},
			{"fr-FR", "Un diamant rond couronne l'anneau."},
			{"fr-FR", "Un diamant de culture couronne l'anneau."},
			{"de-DE", "Ein runder Diamant krönt den Ring."},
			{"it-IT", "Un diamante rotondo corona l'anello."},
			{"es-ES", "Un diamante redondo corona el anillo."},
		}},
		{"lab-grown qualified", labDiamondRing, "", []lt{
			{"en-GB", "A single lab-grown diamond crowns the band."},
			{"en-US", "A laboratory-created diamond crowns the band."},
			{"fr-FR", "Un diamant de synthèse couronne l'anneau."},
			{"de-DE", "Ein im Labor gezüchteter Diamant krönt den Ring."},
			{"it-IT", "Un diamante creato in laboratorio corona l'anello."},
			{"es-ES", "Un diamante creado en laboratorio corona el anillo."},
		}},
		{"wrong count in words", pendant, CatGrounding, []lt{
			{"en-GB", "A trio of clear stones and a blue one."},
			{"en-GB", "A dozen blue stones circle the star."},
			{"en-US", "Five blue zirconia circle the star."},
			{"fr-FR", "Cinq zircons bleus entourent l'étoile."},
			{"de-DE", "Fünf blaue Zirkonia umgeben den Stern."},
			{"it-IT", "Cinque zirconi blu circondano la stella."},
			{"es-ES", "Cinco circonitas azules rodean la estrella."},
		}},
		{"true count in words", pendant, "", []lt{
			{"en-GB", "A trio of blue stones circles a clear one."},
			{"fr-FR", "Trois pierres bleues entourent une pierre incolore."},
			{"de-DE", "Drei blaue Zirkonia umgeben den Stern."},
			{"es-ES", "Tres circonitas azules rodean la estrella."},
		}},
		{"clothing in lists and possessives", silverNecklace, "", []lt{
			{"en-GB", "Wear it with jeans, a crisp white shirt and black loafers."},
			{"en-GB", "It shines against the collar of your navy coat."},
			{"en-US", "Layer it with a gray sweatshirt or your favorite black tank."},
			{"fr-FR", "Avec un jean, une chemise blanche et des mocassins noirs."},
			{"de-DE", "Zu Jeans, einer weißen Bluse und schwarzen Stiefeln."},
			{"it-IT", "Con jeans, una camicia bianca e mocassini neri."},
			{"es-ES", "Con vaqueros, una camisa blanca y mocasines negros."},
		}},
		{"idioms abroad", silverNecklace, "", []lt{
			{"fr-FR", "Voir la vie en rose."},
			{"de-DE", "Für die goldenen Zwanziger."},
			{"de-DE", "Ein Geschenk, das Gold wert ist."},
			{"it-IT", "Vedere la vita in rosa."},
			{"it-IT", "Un regalo che vale oro."},
			{"es-ES", "Ver la vida de color de rosa."},
			{"es-ES", "Un regalo que vale su peso en oro."},
		}},
	})
}

// TestKindsCloseLanguage: copy in a close language of the locale's.
func TestKindsCloseLanguage(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"close language", silverNecklace, CatLocale, []lt{
			{"es-ES", "Aquest collaret de plata de llei és senzill i elegant. El podeu portar cada dia amb la vostra roba preferida."},
			{"es-ES", "Este colar em prata de lei é simples e elegante. Você pode usá-lo todos os dias com a sua roupa preferida."},
			{"da-DK", "Dette halskjedet i sterlingsølv er enkelt og elegant. Du kan bruke det hver dag sammen med favorittklærne dine."},
			{"zh-TW", "这条纯银项链简约优雅，适合每天佩戴，搭配您喜欢的衣服，是送给自己或朋友的理想礼物。"},
		}},
		{"own language, short", silverNecklace, "", []lt{
			{"es-ES", "Este collar de plata de ley es sencillo y elegante. Puedes llevarlo cada día con tu ropa preferida."},
			{"da-DK", "Denne halskæde i sterlingsølv er enkel og elegant. Du kan bruge den hver dag sammen med dit yndlingstøj."},
			{"zh-TW", "這條純銀項鍊簡約優雅，適合每天佩戴，搭配您喜歡的衣服，是送給自己或朋友的理想禮物。"},
		}},
	})
}

// TestKindsCloseLanguageNewer: Norwegian on da-DK and the other way,
// Slovak on cs-CZ.
func TestKindsCloseLanguageNewer(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"close language", silverNecklace, CatLocale, []lt{
			{"nb-NO", "Denne halskæde er lavet af sterlingsølv og er smuk til hverdag. Du kan bruge den sammen med dit yndlingstøj."},
			{"cs-CZ", "Tento náhrdelník zo striebra je veľmi jemný a elegantný. Môžete ho nosiť každý deň, ako darček alebo pre seba."},
		}},
		{"own language", silverNecklace, "", []lt{
			{"nb-NO", "Dette halskjedet er laget av sterlingsølv og er vakkert til hverdags. Du kan bruke det sammen med favorittklærne dine."},
			{"cs-CZ", "Tento náhrdelník ze stříbra je velmi jemný a elegantní. Můžete ho nosit každý den, jako dárek nebo pro sebe."},
		}},
	})
}

// TestKindsScopeNewer: clothing colours, other items and components in
// the newer locales (their packs' scope fields).
func TestKindsScopeNewer(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"clothing colour", silverNecklace, "", []lt{
			{"pt-BR", "Use com uma camisa branca ou um vestido preto."},
			{"nl-NL", "Draag hem met een witte blouse of een zwarte jurk."},
			{"pl-PL", "Noś go z białą koszulą lub czarną sukienką."},
			{"sv-SE", "Bär det med en vit skjorta eller en svart klänning."},
			{"da-DK", "Bær den med en hvid skjorte eller en sort kjole."},
			{"nb-NO", "Bruk det med en hvit skjorte eller en svart kjole."},
			{"cs-CZ", "Noste ho s bílou košilí nebo černými šaty."},
			{"tr-TR", "Beyaz bir gömlek veya siyah bir elbise ile kullanın."},
			{"el-GR", "Φορέστε το με ένα λευκό πουκάμισο ή ένα μαύρο φόρεμα."},
			{"ar-AE", "ارتديها مع قميص أبيض أو فستان أسود."},
		}},
		{"other item", silverNecklace, "", []lt{
			{"pt-BR", "Também disponível em ouro rosé."},
			{"nl-NL", "Ook verkrijgbaar in roségoud."},
			{"sv-SE", "Finns även i roséguld."},
			{"da-DK", "Fås også i rosaguld."},
		}},
		{"control: the piece's colour", silverNecklace, CatGrounding, []lt{
			{"pt-BR", "Um colar preto."},
			{"nl-NL", "Een zwarte ketting."},
			{"sv-SE", "Ett svart halsband."},
		}},
	})
}

// TestKindsUnknownVocab: stone and metal words beyond the usual lists.
func TestKindsUnknownVocab(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"unknown stone", pendant, CatGrounding, []lt{
			{"en-GB", "A polished jasper at its heart."},
			{"en-US", "An aventurine disc hangs below."},
			{"fr-FR", "Une obsidienne polie au centre."},
			{"de-DE", "Ein polierter Jaspis in der Mitte."},
			{"it-IT", "Un'ossidiana levigata al centro."},
			{"es-ES", "Una obsidiana pulida en el centro."},
		}},
		{"unknown metal", silverNecklace, CatGrounding, []lt{
			{"en-GB", "A gold-filled chain."},
			{"de-DE", "Eine Kette aus Golddoublé."},
		}},
	})
}
