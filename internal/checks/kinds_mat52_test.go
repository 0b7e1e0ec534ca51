package checks

import "testing"

// Products of TestKindsMat52 (#13, mat52): the pools of released 52 and
// probe 52C/52D whose copy names a metal or material that is not the
// piece's (a fine silver bangle, a 14k green gold pendant, fire opal
// earrings in 14k yellow gold, Akoya studs in 18k white gold, an 18k
// gold-plated brass chain, a ring with a fracture-filled diamond, niobium
// studs with lab-grown moissanite, a rhodium-plated 10k white gold
// bracelet), and the listed cases' own products.
var (
	mat52Fine    = misses49Product(`{"name": "Tide Bangle", "category": "bangle", "collection": "Heritage", "materials": ["fine silver"], "metals": [{"base": "fine silver", "fineness": "999"}], "stones": [], "colours": ["silver"], "sku": "M52-001"}`)
	mat52Green   = misses49Product(`{"name": "Ivy Pendant", "category": "pendant", "collection": "Essence", "materials": ["14k green gold"], "metals": [{"base": "green gold", "fineness": "14k"}], "stones": [], "colours": ["green", "gold"], "sku": "M52-002"}`)
	mat52Opal    = misses49Product(`{"name": "Ember Earrings", "category": "earrings", "collection": "Heritage", "materials": ["14k yellow gold"], "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "fire opal", "colour": "orange", "count": 2, "origin": "natural"}], "colours": ["orange", "gold"], "sku": "M52-005"}`)
	mat52Akoya   = misses49Product(`{"name": "Tide Studs", "category": "earrings", "collection": "Lumière", "materials": ["18k white gold"], "metals": [{"base": "white gold", "fineness": "18k"}], "stones": [{"type": "cultured Akoya pearl", "colour": "white", "count": 2, "origin": "natural"}], "colours": ["white"], "sku": "M52-006"}`)
	mat52Brass   = misses49Product(`{"name": "Sun Chain", "category": "necklace", "collection": "Moments", "materials": ["18k gold-plated brass"], "metals": [{"base": "brass", "plating": "gold", "fineness": "18k", "plating_microns": 2}], "stones": [], "colours": ["gold"], "sku": "M52-013"}`)
	mat52Para    = misses49Product(`{"name": "Lagoon Ring", "category": "ring", "collection": "Timeless", "materials": ["18k white gold"], "metals": [{"base": "white gold", "fineness": "18k"}], "stones": [{"type": "paraiba tourmaline", "colour": "neon blue", "count": 1, "origin": "natural"}], "colours": ["blue", "white"], "sku": "M52-012"}`)
	mat52Filled  = misses49Product(`{"name": "Clarity Ring", "category": "ring", "collection": "Lumière", "materials": ["14k white gold"], "metals": [{"base": "white gold", "fineness": "14k"}], "stones": [{"type": "diamond", "colour": "white", "count": 1, "origin": "natural", "treatment": "fracture-filled"}], "colours": ["white"], "sku": "M52-014"}`)
	mat52Niobium = misses49Product(`{"name": "Spark Studs", "category": "earrings", "collection": "Essence", "materials": ["niobium"], "metals": [{"base": "niobium"}], "stones": [{"type": "moissanite", "colour": "colourless", "count": 2, "origin": "lab_grown"}], "colours": ["grey", "colourless"], "features": ["nickel-free"], "sku": "M52-015"}`)
	mat52White   = misses49Product(`{"name": "Starfall Bracelet", "category": "bracelet", "collection": "Lumière", "materials": ["10k white gold"], "metals": [{"base": "white gold", "fineness": "10k", "plating": "rhodium"}], "stones": [{"type": "diamond", "colour": "white", "count": 5, "origin": "natural"}], "colours": ["white"], "features": ["rhodium-plated"], "sku": "M52-016"}`)

	mat52Case1  = misses49Product(`{"attributes": {"finish": "hammered"}, "category": "bangle", "collection": "Heritage", "colours": ["silver"], "features": ["hand-hammered"], "keywords": ["hammered silver bangle"], "materials": ["fine silver"], "measurements": [{"name": "inner diameter", "unit": "mm", "value": 65}, {"name": "width", "unit": "mm", "value": 6}], "metals": [{"base": "fine silver", "fineness": "999"}], "name": "Tide Bangle", "occasions": ["everyday"], "sku": "B52A-004", "stones": []}`)
	mat52Case2  = misses49Product(`{"attributes": {"motif": "ivy leaf"}, "category": "pendant", "collection": "Reflexions", "colours": ["green", "gold"], "features": ["engraved"], "keywords": ["Kette aus Grüngold"], "materials": ["14k green gold"], "measurements": [{"name": "pendant height", "unit": "mm", "value": 15}, {"name": "chain length", "unit": "cm", "value": 42}], "metals": [{"base": "green gold", "fineness": "14k"}], "name": "Efeu Anhänger", "occasions": ["birthday", "everyday"], "sku": "B52A-012", "stones": []}`)
	mat52Case3  = misses49Product(`{"attributes": {"stone_origin": "Jalisco, Mexico"}, "category": "earrings", "collection": "Heritage", "colours": ["orange", "gold"], "features": [], "keywords": ["boucles d'oreilles opale de feu"], "materials": ["14k yellow gold"], "measurements": [{"name": "drop length", "unit": "mm", "value": 22}], "metals": [{"base": "yellow gold", "fineness": "14k"}], "name": "Boucles d'oreilles Braise", "occasions": ["evening"], "sku": "B52A-016", "stones": [{"colour": "orange", "count": 2, "origin": "natural", "type": "fire opal"}], "total_carat_weight": 1.6}`)
	mat52Case4  = misses49Product(`{"attributes": {"made_in": "Gondomar, Portugal", "technique": "filigree"}, "category": "earrings", "collection": "Essence", "colours": ["silver"], "features": ["handmade", "filigree"], "keywords": ["filigrana portuguesa"], "materials": ["fine silver"], "measurements": [{"name": "height", "unit": "mm", "value": 25}], "metals": [{"base": "fine silver", "fineness": "999"}], "name": "Brincos Coração de Viana", "occasions": ["wedding", "party"], "sku": "B52A-028", "stones": []}`)
	mat52Case5  = misses49Product(`{"attributes": {"motif": "fern leaf"}, "category": "necklace", "collection": "Essence", "colours": ["green", "gold"], "features": ["engraved"], "keywords": ["přívěsek ve tvaru lístku"], "materials": ["14k green gold"], "measurements": [{"name": "pendant height", "unit": "mm", "value": 12}, {"name": "chain length", "unit": "cm", "value": 45}], "metals": [{"base": "green gold", "fineness": "14k"}], "name": "Náhrdelník Kapradí", "occasions": ["everyday", "birthday"], "sku": "B52A-044", "stones": []}`)
	mat52Case6  = misses49Product(`{"attributes": {"finish": "hammered"}, "category": "bangle", "collection": "Heritage", "colours": ["silver"], "features": ["hand-hammered"], "keywords": ["순은 뱅글"], "materials": ["fine silver"], "measurements": [{"name": "width", "unit": "mm", "value": 5}, {"name": "inner diameter", "unit": "mm", "value": 60}], "metals": [{"base": "fine silver", "fineness": "999"}], "name": "물결 뱅글", "occasions": ["everyday"], "sku": "B52A-048", "stones": []}`)
	mat52Case7  = misses49Product(`{"category": "necklace", "collection": "Moments", "colours": ["gold"], "features": ["lobster clasp"], "keywords": ["vergoldete Gliederkette", "Statement Kette"], "materials": ["18k gold-plated brass"], "measurements": [{"name": "chain length", "unit": "cm", "value": 45}, {"name": "link width", "unit": "mm", "value": 5}], "metals": [{"base": "brass", "fineness": "18k", "plating": "gold", "plating_microns": 2}], "name": "Gliederkette Sonnenlauf", "occasions": ["everyday"], "sku": "P52C-011", "stones": []}`)
	mat52Case8  = misses49Product(`{"attributes": {"centre_stone_treatment": "fracture-filled"}, "category": "ring", "colours": ["white"], "features": [], "keywords": ["bague de fiançailles diamant"], "materials": ["14k white gold"], "measurements": [{"name": "centre stone diameter", "unit": "mm", "value": 6}], "metals": [{"base": "white gold", "fineness": "14k"}], "name": "Bague Clarté", "occasions": ["engagement"], "sku": "P52C-016", "stones": [{"colour": "white", "count": 1, "origin": "natural", "treatment": "fracture-filled", "type": "diamond"}, {"colour": "white", "count": 6, "origin": "natural", "type": "diamond"}], "total_carat_weight": 0.9}`)
	mat52Case9  = misses49Product(`{"category": "earrings", "collection": "Lumière", "colours": ["white"], "features": ["screw backs"], "keywords": ["brincos de diamante"], "materials": ["18k white gold"], "measurements": [{"name": "stone diameter", "unit": "mm", "value": 4.2}], "metals": [{"base": "white gold", "fineness": "750"}], "name": "Brincos Orvalho", "occasions": ["wedding", "everyday"], "sku": "P52C-026", "stones": [{"colour": "white", "count": 2, "origin": "natural", "treatment": "fracture-filled", "type": "diamond"}], "total_carat_weight": 0.6}`)
	mat52Case10 = misses49Product(`{"category": "necklace", "collection": "Moments", "colours": ["gold"], "features": [], "keywords": ["pozlacený náhrdelník"], "materials": ["18k gold-plated brass"], "measurements": [{"name": "chain length", "unit": "cm", "value": 42}, {"name": "pendant diameter", "unit": "mm", "value": 20}], "metals": [{"base": "brass", "fineness": "18k", "plating": "gold", "plating_microns": 2}], "name": "Náhrdelník Slunovrat", "occasions": ["everyday", "party"], "sku": "P52C-044", "stones": []}`)
	mat52Case11 = misses49Product(`{"category": "earrings", "collection": "Signature", "colours": ["white"], "features": ["screw backs", "four-prong setting"], "keywords": ["pendientes de novia"], "materials": ["14k white gold"], "measurements": [{"name": "stone diameter", "unit": "mm", "value": 5}], "metals": [{"base": "white gold", "fineness": "14k"}], "name": "Pendientes Destello", "occasions": ["wedding", "everyday"], "sku": "P52D-019", "stones": [{"colour": "colourless", "count": 2, "origin": "lab_grown", "type": "moissanite"}], "total_carat_weight": 1.0}`)
	mat52Case12 = misses49Product(`{"category": "bracelet", "collection": "Lumière", "colours": ["white"], "features": ["rhodium-plated", "adjustable length"], "keywords": ["armband vitguld"], "materials": ["10k white gold"], "measurements": [{"name": "length", "unit": "cm", "value": 18}], "metals": [{"base": "white gold", "fineness": "10k", "plating": "rhodium"}], "name": "Stjärnfall armband", "occasions": ["everyday", "birthday"], "sku": "P52D-038", "stones": [{"colour": "white", "count": 5, "origin": "natural", "type": "diamond"}], "total_carat_weight": 0.05}`)
	mat52Case13 = misses49Product(`{"category": "earrings", "collection": "Essence", "colours": ["grey", "colourless"], "features": ["nickel-free"], "keywords": ["tektaş küpe"], "materials": ["niobium"], "measurements": [{"name": "stone diameter", "unit": "mm", "value": 4}], "metals": [{"base": "niobium"}], "name": "Işıltı Küpe", "occasions": ["everyday"], "sku": "P52D-042", "stones": [{"colour": "colourless", "count": 2, "origin": "lab_grown", "type": "moissanite"}], "total_carat_weight": 0.5}`)
)

// TestKindsMat52 (#13, mat52): publishable copy that names another metal
// or material to explain the piece's, or as the material of another
// product, blocked grounding.material (or grounding.karat) on main
// 444f0b34; every row here did. The mechanisms (grounding
// material_scope52.go): (1) a clause attached to another thing by a
// comma, colon or dash, a relative clause or an appositive opened by an
// indefinite, a number or (where no article is written) a fact, takes its
// head's scope ("a prata de lei, que leva cobre", "nejde o vermeil, který
// vyžaduje stříbrný základ", "vårt Polstjärna-halsband, en droppformad
// safir … i 18 karat roséguld", "au pendentif Flamme, une opale … en
// argent sterling"); (2) a clause whose subject is another material, in a
// sentence joined over semicolons that names the piece's own material
// elsewhere, is the standard the piece's is explained against ("Sterling
// silver is alloyed with copper for strength; fine silver is …", "스털링
// 실버는 … 순은은", "Zum Vergleich: Vermeil verlangt … auf
// Sterling-Silber"; versus_words gain the adverbials of comparison in 19
// packs); (3) alloy verbs in 12 packs ("zulegiert", "slévá", "alliant",
// "alear", "legeras"): the silver of green gold is its alloy's; (4)
// looks_like gains likeness adjectives in 18 packs ("proche du verre",
// "semelhante ao vidro", "podobnym do szkła") and a filler likened after a
// comma stays the treatment's filler, as does the lead of a fracture
// filling's lead glass (canon treatment_fillings); (5) a piece noun
// governed by another material is its fragment ("bir göktaşının
// parçalarında"), and en "found it" is a word of finding.
func TestKindsMat52(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Case1, "en-GB", "The Tide Bangle from the Heritage collection is shaped from fine silver, hallmarked 999 because it is 99.9 per cent pure. Sterling silver is alloyed with copper for strength; fine silver is left almost unalloyed, which gives it a softer, whiter lustre and lets our silversmiths hammer the surface into gentle ripples. The bangle is 6 mm wide with an inner diameter of 65 mm. Because pure silver is soft, slip it off before gardening or a session at the gym. Wear it on its own, or stack it with a watch."},                                                                                                                                                                   // blind52A-en-GB-52A104-1
		{mat52Case1, "en-GB", "The Tide Bangle from the Heritage collection is shaped from fine silver, hallmarked 999 because it is 99.9 per cent pure. Sterling silver is alloyed with copper for strength; fine silver is left almost unalloyed, which gives it a softer, whiter lustre and lets our silversmiths hammer the surface into gentle ripples. The bangle is 6 mm wide with an inner diameter of 65 mm. Because pure silver is soft, slip it off before gardening or a session at the gym. It is a hammered silver bangle to wear on its own or stack with a watch."},                                                                                                                                        // blind52A-en-GB-52A104-2
		{mat52Case2, "de-DE", "Der Anhänger Efeu aus der Kollektion Reflexions ist ein 15 mm hohes Blatt aus 585er Grüngold an einer 42 cm langen Kette aus demselben Metall. Grüngold ist weder gefärbt noch beschichtet: Es entsteht, wenn man dem Feingold statt Kupfer vor allem Silber zulegiert, was ihm einen kühlen, grünlichen Ton gibt. Eine ähnliche natürliche Legierung kannte man schon in der Antike. Das Blatt ist fein graviert und liegt flach unter dem Schlüsselbein. Tragen Sie es zum Leinenhemd oder zu einem weichen Strickpullover."},                                                                                                                                                             // blind52A-de-DE-52A104-1
		{mat52Case2, "de-DE", "Der Anhänger Efeu aus der Kollektion Reflexions ist ein 15 mm hohes Blatt aus 585er Grüngold an einer 42 cm langen Kette aus demselben Metall. Grüngold ist weder gefärbt noch beschichtet: Es entsteht, wenn man dem Feingold statt Kupfer vor allem Silber zulegiert, was ihm einen kühlen, grünlichen Ton gibt. Eine ähnliche natürliche Legierung kannte man schon in der Antike. Das Blatt ist fein graviert und liegt flach unter dem Schlüsselbein. Eine Kette aus Grüngold, die Sie zum Leinenhemd ebenso tragen können wie zu einem weichen Strickpullover."},                                                                                                                      // blind52A-de-DE-52A104-2
		{mat52Case2, "de-DE", "Der Anhänger Efeu aus der Kollektion Reflexions ist ein 15 mm hohes Blatt aus 585er Grüngold an einer 42 cm langen Kette aus demselben Metall. Grüngold ist weder gefärbt noch beschichtet: Es entsteht, wenn man dem Feingold statt Kupfer vor allem Silber zulegiert, was ihm einen kühlen, grünlichen Ton gibt. Eine ähnliche natürliche Legierung kannte man schon in der Antike. Das Blatt ist fein graviert und liegt flach unter dem Schlüsselbein; dazu passen die Ohrstecker Ranke aus 750er Gelbgold mit zwei kleinen Peridots. Tragen Sie es zum Leinenhemd oder zu einem weichen Strickpullover."},                                                                              // blind52A-de-DE-52A104-3
		{mat52Case3, "fr-CA", "Les boucles d'oreilles Braise de la collection Heritage suspendent deux opales de feu du Mexique, 1,6 carat au total, à des crochets en or jaune 14 carats, pour une longueur de 22 mm. Ces opales se forment dans les roches volcaniques de Jalisco, où une eau chargée de silice a peu à peu rempli de petites cavités. Une trace de fer leur donne cet orange vif et transparent qui semble brûler de l'intérieur. Comme toute opale, elles contiennent un peu d'eau, alors évitez la chaleur vive. Portez-les avec un chignon bas, ou assortissez-les au pendentif Flamme, une opale de feu de 1 carat sur une chaîne en argent sterling."},                                             // blind52A-fr-CA-52A104-2
		{mat52Case4, "pt-PT", "Os brincos Coração de Viana da coleção Essence são feitos em filigrana de prata fina 999 e têm 25 mm de altura. A prata fina tem 99,9 % de prata, mais do que a prata de lei, que leva cobre para ganhar dureza. Por ser tão pura e macia, estica-se em fios finíssimos, que as filigraneiras de Gondomar torcem e soldam até formar o coração. Use-os com o cabelo solto e uma blusa simples, numa festa ou num casamento de verão."},                                                                                                                                                                                                                                                      // blind52A-pt-PT-52A104-1
		{mat52Case4, "pt-PT", "Os brincos Coração de Viana da coleção Essence são feitos em filigrana de prata fina 999 e têm 25 mm de altura. A prata fina tem 99,9 % de prata, mais do que a prata de lei, que leva cobre para ganhar dureza. Por ser tão pura e macia, estica-se em fios finíssimos, que as filigraneiras de Gondomar torcem e soldam até formar o coração. Use-os com o cabelo solto e uma blusa azul-marinho ou um vestido de linho cru, numa festa ou num casamento de verão."},                                                                                                                                                                                                                      // blind52A-pt-PT-52A104-2
		{mat52Case4, "pt-PT", "Os brincos Coração de Viana da coleção Essence são feitos em filigrana de prata fina 999 e têm 25 mm de altura. A prata fina tem 99,9 % de prata, mais do que a prata de lei, que leva cobre para ganhar dureza. Por ser tão pura e macia, estica-se em fios finíssimos, que as filigraneiras de Gondomar torcem e soldam até formar o coração, um símbolo da filigrana portuguesa. Use-os com o cabelo solto e uma blusa simples, numa festa ou num casamento de verão."},                                                                                                                                                                                                                  // blind52A-pt-PT-52A104-3
		{mat52Case5, "cs-CZ", "Náhrdelník Kapradí z kolekce Essence tvoří lístek vysoký 12 mm na řetízku dlouhém 45 cm, obojí ze 14karátového zeleného zlata. Zelené zlato není barvené ani pokovené: zlato se v něm slévá hlavně se stříbrem a téměř bez mědi, což mu dává jemný, chladně nazelenalý tón. Podobnou slitinu znali zlatníci už ve starověku. Lístek je jemně rytý a leží naplocho pod klíční kostí. Noste ho k lněné košili nebo k pleteným šatům."},                                                                                                                                                                                                                                                        // blind52A-cs-CZ-52A104-1
		{mat52Case5, "cs-CZ", "Náhrdelník Kapradí z kolekce Essence tvoří lístek vysoký 12 mm na řetízku dlouhém 45 cm, obojí ze 14karátového zeleného zlata. Zelené zlato není barvené ani pokovené: zlato se v něm slévá hlavně se stříbrem a téměř bez mědi, což mu dává jemný, chladně nazelenalý tón. Podobnou slitinu znali zlatníci už ve starověku. Tento přívěsek ve tvaru lístku je jemně rytý a leží naplocho pod klíční kostí. Noste ho k lněné košili nebo k pleteným šatům."},                                                                                                                                                                                                                                // blind52A-cs-CZ-52A104-2
		{mat52Case6, "ko-KR", "Heritage 컬렉션의 물결 뱅글은 순도 99.9%의 순은(999)으로 만들었습니다. 스털링 실버는 단단하게 하려고 구리를 섞지만, 순은은 거의 섞지 않아 더 부드럽고 하얀 광택을 띱니다. 금속이 무른 덕분에 장인이 표면을 두드려 잔잔한 물결 무늬를 새길 수 있습니다. 폭 5mm, 내경 60mm이며 운동이나 정원 일을 할 때는 빼 두는 것이 좋습니다. 시계와 함께 레이어드해도 멋스럽습니다."},                                                                                                                                                                                                                                                                                                                                                                                                                                                              // blind52A-ko-KR-52A104-1
		{mat52Case6, "ko-KR", "Heritage 컬렉션의 물결 뱅글은 순도 99.9%의 순은(999)으로 만들었습니다. 스털링 실버는 단단하게 하려고 구리를 섞지만, 순은은 거의 섞지 않아 더 부드럽고 하얀 광택을 띱니다. 금속이 무른 덕분에 장인이 표면을 두드려 잔잔한 물결 무늬를 새길 수 있습니다. 폭 5mm, 내경 60mm이며 운동이나 정원 일을 할 때는 빼 두는 것이 좋습니다. 네이비 니트나 베이지 트렌치코트와도 멋스럽게 어울립니다."},                                                                                                                                                                                                                                                                                                                                                                                                                                                    // blind52A-ko-KR-52A104-2
		{mat52Case7, "de-DE", "Die Gliederkette Sonnenlauf aus der Kollektion Moments besteht aus ovalen, 5 mm breiten Gliedern und liegt mit 45 cm knapp unter dem Schlüsselbein. Ihr Kern ist Messing, eine robuste Kupfer-Zink-Legierung; darüber liegt eine Vergoldung mit 18 Karat Gold in einer Stärke von 2 Mikron. Zum Vergleich: Vermeil verlangt mindestens 2,5 Mikron Gold auf Sterling-Silber, und massives Gold ist durch und durch Edelmetall; diese Kette ist ehrlich vergoldetes Messing. Bewahren Sie die Kette trocken und getrennt von anderem Schmuck auf. Sie passt zum weißen T-Shirt ebenso wie zum Blazer."},                                                                                       // probe52C-de-DE-52C103-3
		{mat52Case8, "fr-CA", "La bague Clarté réunit un diamant central de 6 mm et de petits diamants sur les épaules, sertis sur or blanc 14 carats, pour 0,90 carat au total. Le diamant central est à pureté améliorée : ses fines fissures internes ont été comblées d'une matière limpide, proche du verre, qui les rend presque invisibles. Ce traitement est toujours déclaré. Il demande quelques égards : pas de nettoyeur à ultrasons, et pas de chalumeau chez le bijoutier. C'est une bague de fiançailles lumineuse, qui s'accorde aussi avec une alliance fine."},                                                                                                                                           // probe52C-fr-CA-52C104-1
		{mat52Case8, "fr-CA", "La bague Clarté réunit un diamant central de 6 mm et de petits diamants sur les épaules, sertis sur or blanc 14 carats, pour 0,90 carat au total. Le diamant central est à pureté améliorée : ses fines fissures internes ont été comblées d'une matière limpide, proche du verre, qui les rend presque invisibles. Ce remplissage des fissures est un traitement reconnu, déclaré pour chaque pierre : il ne change pas la nature du diamant, seulement la visibilité de ses fissures. Il demande quelques égards : pas de nettoyeur à ultrasons, et pas de chalumeau chez le bijoutier. C'est une bague de fiançailles lumineuse, qui s'accorde aussi avec une alliance fine."},           // probe52C-fr-CA-52C104-2
		{mat52Case8, "fr-CA", "La bague Clarté réunit un diamant central de 6 mm et six petits diamants sur les épaules, sertis sur or blanc 14 carats, pour 0,90 carat au total. Le diamant central est à pureté améliorée : ses fines fissures internes ont été comblées d'une matière limpide, proche du verre, qui les rend presque invisibles. Ce traitement est toujours déclaré. Il demande quelques égards : pas de nettoyeur à ultrasons, et pas de chalumeau chez le bijoutier. C'est une bague de fiançailles lumineuse, qui s'accorde aussi avec une alliance fine."},                                                                                                                                          // probe52C-fr-CA-52C104-3
		{mat52Case9, "pt-PT", "Cada um dos brincos Orvalho, da coleção Lumière, tem um diamante redondo de 4,2 mm, num engaste de quatro garras em ouro branco de 18 quilates, num total de 0,60 ct. Os diamantes têm pureza melhorada: pequenas fissuras internas foram preenchidas com um material transparente, semelhante ao vidro, que as torna quase invisíveis. Indicamos sempre este tratamento. Evite as limpezas com ultrassons e peça ao ourives que não aqueça os brincos com maçarico. Discretos e luminosos, acompanham um vestido de noiva e ficam igualmente bem com uma t-shirt."},                                                                                                                        // probe52C-pt-PT-52C102-1
		{mat52Case9, "pt-PT", "Cada um dos brincos Orvalho, da coleção Lumière, tem um diamante redondo de 4,2 mm, num engaste de quatro garras em ouro branco de 18 quilates, num total de 0,60 ct. Os diamantes têm pureza melhorada: pequenas fissuras internas foram preenchidas com um material transparente, semelhante ao vidro, que as torna quase invisíveis. Este preenchimento de fissuras é um tratamento reconhecido, que declaramos sempre: não altera o diamante em si, apenas a forma como as fissuras se veem. Evite as limpezas com ultrassons e peça ao ourives que não aqueça os brincos com maçarico. Discretos e luminosos, acompanham um vestido de noiva e ficam igualmente bem com uma t-shirt."}, // probe52C-pt-PT-52C102-3
		{mat52Case10, "cs-CZ", "Náhrdelník Slunovrat z kolekce Moments je kulatý medailon o průměru 20 mm na řetízku dlouhém 42 cm. Je z mosazi, pevné a lehké slitiny, kterou pokrývá vrstva 18karátového zlata o síle 2 mikronů. Nejde o vermeil, který vyžaduje stříbrný základ, ani o masivní zlato, ale o pozlacenou mosaz s vrstvou několikanásobně silnější než u běžné bižuterie. Skladujte jej v suchu a odděleně od ostatních šperků, aby se povrch zbytečně neodíral. Noste jej k bílému tričku nebo ke košili s rozepnutým límečkem."},                                                                                                                                                                         // probe52C-cs-CZ-52C104-3
		{mat52Case11, "es-ES", "Los Pendientes Destello, de la colección Signature, montan dos moissanitas creadas en laboratorio de 5 mm, un quilate entre ambas, con cuatro garras de oro blanco de 14 quilates y cierre de rosca. La moissanita es carburo de silicio: Henri Moissan la descubrió en 1893 en los restos de un meteorito caído en Arizona, y como en la naturaleza solo aparece en granos diminutos, se cultiva en laboratorio. Con un 9,25 en la escala de Mohs, resiste el uso diario y conserva su brillo vivo. Para una boda o para cada día, junto al Colgante Destello: una moissanita creada en laboratorio de 6,5 mm en oro amarillo de 18 quilates."},                                           // probe52D-es-ES-52D103-3
		{mat52Case12, "sv-SE", "Stjärnfall-armbandet från Lumière-kollektionen är en tunn kedja i 10 karat vitguld, 18 cm lång, där fem små diamanter sitter med jämna mellanrum. Vitguld är guld som legerats med vita metaller; i 10 karat är drygt 41 procent rent guld, vilket gör kedjan hårdare och tåligare i vardagen. Legeringen har en svagt varm ton, och därför är armbandet rodinerat – ett tunt lager rodium ger den kalla, klara glansen. Bär det ensamt eller tillsammans med vårt Polstjärna-halsband, en droppformad safir på en 42 cm lång kedja i 18 karat roséguld."},                                                                                                                                 // probe52D-sv-SE-52D102-3
		{mat52Case13, "tr-TR", "Essence koleksiyonundaki Işıltı Küpe, niyobyum çivilere oturtulmuş, laboratuvarda üretilmiş iki moissanit taşından oluşur; 4 mm çapındaki taşlar toplam 0,5 karattır. Niyobyum bir alaşım değil, saf bir elementtir; büyük kısmı Brezilya'da çıkarılır, hafif ve sağlamdır. Burada kaplamasız, doğal gri tonuyla bırakıldı; küçük boyutu sayesinde ikinci bir delikte de rahatça taşınır. Moissanit ise silisyum karbürdür: Henri Moissan onu 1893'te Arizona'ya düşen bir göktaşının parçalarında keşfetmiştir. Sade bir gömlekle ofiste, saçlarınız toplu olduğunda akşam yemeğinde şık durur."},                                                                                         // probe52D-tr-TR-52D102-1
		{mat52Case13, "tr-TR", "Essence koleksiyonundaki Işıltı Küpe, niyobyum çivilere oturtulmuş, laboratuvarda üretilmiş iki moissanit taşından oluşur, yani her kulağa bir taş düşer; 4 mm çapındaki taşlar toplam 0,5 karattır. Niyobyum bir alaşım değil, saf bir elementtir; büyük kısmı Brezilya'da çıkarılır, hafif ve sağlamdır. Burada kaplamasız, doğal gri tonuyla bırakıldı; küçük boyutu sayesinde ikinci bir delikte de rahatça taşınır. Moissanit ise silisyum karbürdür: Henri Moissan onu 1893'te Arizona'ya düşen bir göktaşının parçalarında keşfetmiştir. Sade bir gömlekle ofiste, saçlarınız toplu olduğunda akşam yemeğinde şık durur."},                                                          // probe52D-tr-TR-52D102-2
		{mat52Case13, "tr-TR", "Essence koleksiyonundaki Işıltı Küpe, niyobyum çivilere oturtulmuş, laboratuvarda üretilmiş iki moissanit taşından oluşur; 4 mm çapındaki taşlar toplam 0,5 karattır. Niyobyum bir alaşım değil, saf bir elementtir; büyük kısmı Brezilya'da çıkarılır, hafif ve sağlamdır. Burada kaplamasız, doğal gri tonuyla bırakıldı; küçük boyutu sayesinde ikinci bir delikte de rahatça taşınır. Moissanit ise silisyum karbürdür: Henri Moissan onu 1893'te Arizona'ya düşen bir göktaşının parçalarında keşfetmiştir. Sade bir gömlekle ofiste şık durur; dilerseniz 18 ayar sarı altın üzerinde üç safir taşıyan Yakamoz Kolye ile tamamlayın."},                                               // probe52D-tr-TR-52D102-3
		{mat52Fine, "en-GB", "Sterling silver contains 7.5 per cent copper; fine silver contains almost none."},
		{mat52Fine, "en-AU", "Sterling silver is 92.5 per cent silver, while fine silver is 99.9 per cent pure."},
		{mat52Fine, "fr-FR", "L'argent sterling contient 7,5 % de cuivre ; l'argent fin presque pas."},
		{mat52Fine, "de-DE", "Sterlingsilber enthält 7,5 Prozent Kupfer; Feinsilber dagegen fast keines."},
		{mat52Fine, "es-ES", "La plata de ley lleva un 7,5 % de cobre; la plata fina, casi nada."},
		{mat52Fine, "es-MX", "La plata fina tiene más plata que la plata esterlina, que lleva cobre para ganar dureza."},
		{mat52Fine, "it-IT", "L'argento sterling contiene il 7,5% di rame; l'argento fino quasi nulla."},
		{mat52Fine, "nl-NL", "Sterling zilver bevat 7,5 procent koper; fijn zilver bijna niets."},
		{mat52Fine, "sv-SE", "Sterlingsilver innehåller 7,5 procent koppar; finsilver nästan ingen alls."},
		{mat52Fine, "da-DK", "Sterlingsølv indeholder 7,5 procent kobber; fint sølv næsten intet."},
		{mat52Fine, "nb-NO", "Sterlingsølv inneholder 7,5 prosent kobber; finsølv nesten ingenting."},
		{mat52Fine, "pl-PL", "Srebro próby 925 zawiera 7,5% miedzi; czyste srebro prawie wcale."},
		{mat52Fine, "cs-CZ", "Sterlingové stříbro obsahuje 7,5 % mědi; ryzí stříbro téměř žádnou."},
		{mat52Fine, "ko-KR", "스털링 실버는 구리를 7.5% 함유하지만, 순은은 거의 함유하지 않습니다."},
		{mat52Fine, "ja-JP", "スターリングシルバーは銅を7.5%含みますが、純銀はほとんど含みません。"},
		{mat52Fine, "zh-CN", "925银含有7.5%的铜，而纯银几乎不含铜。"},
		{mat52Fine, "tr-TR", "925 ayar gümüş yüzde 7,5 bakır içerir; saf gümüş ise neredeyse hiç içermez."},
		{mat52Green, "de-DE", "Grüngold entsteht, wenn man dem Feingold vor allem Silber zulegiert."},
		{mat52Opal, "fr-CA", "Assortissez-les au collier Flamme, une opale de feu sur une chaîne en argent sterling."},
		{mat52Akoya, "fr-FR", "Portez-les avec notre bracelet Marée, un rang de perles Akoya fermé par un fermoir en or jaune 14 carats."},
		{mat52Brass, "en-GB", "It is not vermeil, which needs a sterling silver base, nor solid gold."},
		{mat52Brass, "fr-FR", "Ce n'est pas du vermeil, qui exige une base en argent massif, ni de l'or massif."},
		{mat52Brass, "es-ES", "No es vermeil, que exige una base de plata de ley, ni oro macizo."},
		{mat52Brass, "pl-PL", "To nie jest vermeil, który wymaga podstawy ze srebra, ani lite złoto."},
		{mat52Brass, "de-DE", "Zum Vergleich: Vermeil verlangt Gold auf Sterlingsilber; diese Kette ist vergoldetes Messing."},
		{mat52Fine, "es-ES", "La plata de ley lleva un 7,5 % de cobre; la plata fina, casi nada."},
		{mat52Green, "fr-FR", "L'or vert n'est ni teinté ni plaqué : on obtient sa teinte en alliant l'or surtout à l'argent, presque sans cuivre."},
		{mat52Green, "es-ES", "El oro verde no está teñido ni chapado: se obtiene al alear el oro sobre todo con plata y casi sin cobre."},
		{mat52Green, "it-IT", "L'oro verde non è tinto né placcato: nasce legando l'oro soprattutto con l'argento, quasi senza rame."},
		{mat52Green, "nl-NL", "Groen goud is niet gekleurd of verguld: het ontstaat door goud vooral met zilver te legeren, bijna zonder koper."},
		{mat52Green, "sv-SE", "Grönt guld är varken färgat eller pläterat: guldet legeras främst med silver och nästan utan koppar."},
		{mat52Green, "da-DK", "Grønt guld er hverken farvet eller belagt: guldet legeres især med sølv og næsten uden kobber."},
		{mat52Green, "ar-AE", "الذهب الأخضر ليس مصبوغًا ولا مطليًا: يُخلط الذهب أساسًا بالفضة مع القليل جدًا من النحاس."},
		{mat52Green, "nb-NO", "Grønt gull er verken farget eller belagt: gullet legeres hovedsakelig med sølv og nesten uten kobber."},
		{mat52Fine, "es-ES", "La plata fina tiene un 99,9 % de plata, más que la plata de ley, que lleva cobre para ganar dureza."},
		{mat52Brass, "en-GB", "By comparison, vermeil needs at least 2.5 microns of gold over sterling silver, and solid gold is precious metal all the way through; this chain is honestly gold-plated brass."},
		{mat52Brass, "fr-FR", "En comparaison, le vermeil exige au moins 2,5 microns d'or sur argent massif, et l'or massif est précieux de part en part ; cette chaîne est du laiton honnêtement doré."},
		{mat52Brass, "es-ES", "En comparación, el vermeil exige al menos 2,5 micras de oro sobre plata de ley, y el oro macizo es metal precioso de principio a fin; esta cadena es latón bañado en oro."},
		{mat52Brass, "it-IT", "Per confronto, il vermeil richiede almeno 2,5 micron d'oro su argento sterling; questa catena è ottone placcato oro."},
		{mat52Brass, "nl-NL", "Ter vergelijking: vermeil vraagt minstens 2,5 micron goud op sterling zilver; deze ketting is verguld messing."},
		{mat52Brass, "sv-SE", "Som jämförelse kräver vermeil minst 2,5 mikron guld på sterlingsilver; den här kedjan är förgylld mässing."},
		{mat52Brass, "pl-PL", "Dla porównania: vermeil wymaga co najmniej 2,5 mikrona złota na srebrze próby 925, a ten łańcuszek to pozłacany mosiądz."},
		{mat52Brass, "ja-JP", "ヴェルメイユはスターリングシルバーに2.5ミクロン以上の金を重ねたものですが、このチェーンは金めっきの真鍮です。"},
		{mat52Brass, "ko-KR", "버메일은 스털링 실버 위에 2.5미크론 이상의 금을 입혀야 하지만, 이 체인은 금도금 황동입니다."},
		{mat52Filled, "sv-SE", "De fina sprickorna har fyllts med ett klart material, liknande glas."},
		{mat52Filled, "pl-PL", "Drobne pęknięcia wypełniono przezroczystym materiałem, podobnym do szkła."},
		{mat52Filled, "el-GR", "Οι λεπτές ρωγμές γεμίστηκαν με ένα διαυγές υλικό, παρόμοιο με το γυαλί."},
		{mat52Filled, "it-IT", "Le sottili fratture sono state riempite con un materiale limpido, simile al vetro."},
		{mat52Filled, "es-ES", "Las finas fisuras se han rellenado con un material transparente, similar al vidrio."},
		{mat52Filled, "pt-BR", "As fissuras foram preenchidas com um material transparente, parecido com vidro."},
		{mat52Filled, "fr-FR", "Ses fines fissures ont été comblées de verre au plomb, ce qui les rend presque invisibles."},
	}, false))
}

// TestKindsMat52Bad (#13, mat52): a wrong metal said of the piece still
// blocks in grounding: the piece's own word in the clause (its category
// word, a demonstrative, a part), the material as the predicate of the
// piece, a relative clause whose head is the piece's own material, a
// clause of comparison that names the piece, and a filler likened to
// glass on a stone with no filling treatment (a Paraíba tourmaline).
// These rows block on main and after.
func TestKindsMat52Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Fine, "en-GB", "The bangle is made of sterling silver."},
		{mat52Fine, "en-GB", "Sterling silver makes this bangle strong; fine silver gives it lustre."},
		{mat52Fine, "en-GB", "Sterling silver is used for this bangle; fine silver for the charm."},
		{mat52Fine, "en-GB", "The bangle is fine silver; its clasp is sterling silver."},
		{mat52Fine, "fr-FR", "Le jonc est en argent sterling."},
		{mat52Fine, "fr-FR", "Le jonc est en argent fin, qui est en fait de l'argent sterling."},
		{mat52Fine, "de-DE", "Der Armreif ist aus Sterlingsilber gefertigt."},
		{mat52Fine, "de-DE", "Dieser Armreif ist aus Sterlingsilber, während Feinsilber weicher ist."},
		{mat52Fine, "es-ES", "El brazalete es de plata de ley."},
		{mat52Fine, "es-ES", "Esta pulsera es de plata de ley; la plata fina es más blanda."},
		{mat52Fine, "pt-BR", "A pulseira é feita de prata 925."},
		{mat52Fine, "pt-PT", "A pulseira é de prata de lei, que leva cobre."},
		{mat52Fine, "it-IT", "Il bracciale è in argento sterling."},
		{mat52Fine, "nl-NL", "De armband is van sterling zilver; fijn zilver is zachter."},
		{mat52Fine, "sv-SE", "Armringen är gjord av sterlingsilver, medan finsilver är mjukare."},
		{mat52Fine, "pl-PL", "Bransoleta jest wykonana ze srebra próby 925."},
		{mat52Fine, "pl-PL", "Ta bransoleta jest ze srebra próby 925, a nie z czystego srebra."},
		{mat52Fine, "ko-KR", "이 뱅글은 스털링 실버로 만들었습니다."},
		{mat52Fine, "ko-KR", "이 뱅글은 스털링 실버로 만들었으며, 순은보다 단단합니다."},
		{mat52Fine, "ja-JP", "このバングルはスターリングシルバー製で、純銀より硬いです。"},
		{mat52Fine, "zh-CN", "这款手镯采用925银制成，比纯银更坚硬。"},
		{mat52Green, "de-DE", "Der Anhänger ist aus Silber."},
		{mat52Green, "de-DE", "Der Anhänger ist aus Silber, dem etwas Gold zulegiert wurde."},
		{mat52Green, "cs-CZ", "Přívěsek je ze stříbra."},
		{mat52Green, "cs-CZ", "Přívěsek je ze stříbra, které se slévá se zlatem."},
		{mat52Green, "fr-FR", "Le pendentif est en argent allié à l'or."},
		{mat52Opal, "fr-CA", "Les boucles d'oreilles Braise sont en argent sterling."},
		{mat52Opal, "en-GB", "Pair them with the Flame pendant; the earrings hang from sterling silver hooks."},
		{mat52Opal, "sv-SE", "Bär dem med vårt hänge Glöd, en eldopal; örhängena är i sterlingsilver."},
		{mat52Brass, "en-GB", "The chain is sterling silver, which is alloyed with copper."},
		{mat52Brass, "en-GB", "By comparison, this chain is sterling silver."},
		{mat52Brass, "de-DE", "Zum Vergleich: Diese Kette ist aus Sterlingsilber."},
		{mat52White, "sv-SE", "Armbandet är i 18 karat roséguld, en tunn kedja med fem diamanter."},
		{mat52Para, "fr-FR", "Les fissures ont été comblées d'une matière limpide, semblable au verre."},
		{mat52Para, "es-ES", "Las fisuras se rellenaron con un material transparente, parecido al vidrio."},
		{mat52Para, "it-IT", "Le fratture sono state riempite con un materiale trasparente, simile al vetro."},
		{mat52Filled, "fr-FR", "La bague est en verre."},
		{mat52Filled, "fr-FR", "La bague est en verre au plomb."},
		{mat52Niobium, "en-GB", "The studs are made of meteorite found in Namibia."},
		{mat52Niobium, "tr-TR", "Küpeler göktaşı parçalarından yapılmıştır."},
	}, true))
}

// TestKindsMat52Open (#13, mat52): rows seen but left, asserting today's
// behaviour. (a) A cross-selling sentence whose relative or appositive
// then names the piece after the other product's metal ("which is
// sterling silver like this bangle") reads all of it as the other
// product's, on main too: these untrue rows pass. (b) fi "Sterlinghopea …
// hienohopea": the vocabulary has no fine silver word in Finnish, so the
// piece's own material is not found and sterling silver still blocks.
// (c) el "με το κολιέ μας Πολικός, ένα ζαφείρι … από ροζ χρυσό": the
// possessive between the category word and the name hides the named
// product, so the appositive's rose gold still blocks. (d) el "Το ασήμι
// στερλίνας …· το καθαρό ασήμι …": "το" is no determiner of the el pack,
// so the other material does not open its clause. (e) ja "金に主に銀を混ぜ、
// 銅は…": a clause after a Japanese comma is not read as one of another
// material (a comma after a topic, "亀裂は、ガラスに似た…", is no clause);
// since weak53 its copper, in a later sentence that explains with nothing
// attaching it to the piece, is a warning and the row passes.
func TestKindsMat52Open(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// rows (a) moved to TestKindsLeak52Bad (kinds_leak52_test.go, #13 leak52)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Fine, "el-GR", "Το ασήμι στερλίνας περιέχει 7,5% χαλκό· το καθαρό ασήμι σχεδόν καθόλου."},
		{mat52Fine, "fi-FI", "Sterlinghopea on seostettu kuparilla; hienohopea on lähes puhdasta."},
		{mat52White, "el-GR", "Φορέστε το μόνο ή με το κολιέ μας Πολικός, ένα ζαφείρι σε σχήμα σταγόνας σε αλυσίδα από ροζ χρυσό 18 καρατίων."},
	}, true))
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52Green, "ja-JP", "グリーンゴールドは染色もめっきもしていません。金に主に銀を混ぜ、銅はほとんど加えません。"},
	}, false))
}
