package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	care43Larimar = core.Product{SKU: "CA43L", Name: "Larimar Oval Ring", Category: "ring", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "larimar", Colour: "blue", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue", "silver"}}
	care43Ametrine = core.Product{SKU: "CA43A", Name: "Ciondolo Ametrino", Category: "necklace", Collection: "Reflexions", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "ametrine", Colour: "purple and yellow", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"purple", "yellow", "silver"}}
	care43Palladium = core.Product{SKU: "CA43P", Name: "Timeless Palladium Wedding Band", Category: "ring", Collection: "Timeless", Materials: []string{"950 palladium"},
		Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"white"}, Features: []string{"hallmarked"}}
	care43Mabe = core.Product{SKU: "CA43M", Name: "Lumière Mabe Pearl Studs", Category: "earrings", Collection: "Lumière", Materials: []string{"9k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Stones: []core.Stone{{Type: "mabe pearl", Colour: "white", Count: 2}}, Colours: []string{"white", "gold"}, Keywords: []string{"gift for her"}}
	care43Platinum = core.Product{SKU: "CA43T", Name: "Band", Category: "ring", Collection: "Timeless", Materials: []string{"950 platinum"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"}}
	care43WhiteGold = core.Product{SKU: "CA43W", Name: "Band", Category: "ring", Collection: "Timeless", Materials: []string{"rhodium-plated 14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "rhodium"}}, Colours: []string{"white"}}
	care43Silver = core.Product{SKU: "CA43S", Name: "Band", Category: "ring", Collection: "Timeless", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	care43Plated = core.Product{SKU: "CA43G", Name: "Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold"}}, Colours: []string{"gold"}}
)

// TestKindsCare43 (#13, care43; released 43A en-US, it-IT 43A104, 43B
// en-AU, ar-AE 43B104): copy that does not promise the metal won't tarnish,
// blocked as claim.tarnish_proof. A care line warning that the sun or heat
// can fade the stone ("keep it away from heat and strong sunlight, which
// can fade its color", "eviti l'esposizione prolungata al sole, che può
// sbiadirne i colori": concepts.go careWarning, warn_may words); a white
// metal of the platinum group that needs no rhodium plating to keep its
// colour (product.go whitePlatinumGroupOnly beside tarnish_proof's coating
// words, now with the rhodium compounds of de, sv, da, nb, nl, fi); a gift
// that lasts, its shine past a comma ("إنها هدية لها تدوم طويلًا، والنتيجة
// بريق ناعم": concepts.go lastingGift). Twins in the 25 locales pass; the
// bad twins (never, forever, a coating or a negation before the verb, a
// plated, white gold or silver piece, a gift whose shine lasts) block.
func TestKindsCare43(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		// care warnings: the sun, heat or cosmetics can fade or dull it
		{"en-US", "Larimar is softer than most gems, so take the ring off for housework and keep it away from heat and strong sunlight, which can fade its color.", care43Larimar, false},
		{"en-GB", "Keep it away from heat and strong sunlight, which can fade its colour.", care43Larimar, false},
		{"en-US", "Avoid perfume and hairspray, which may dull the stone.", care43Larimar, false},
		{"en-AU", "Keep it out of direct sunlight, as it can fade the stone over time.", care43Larimar, false},
		{"it-IT", "Lo pulisca con acqua tiepida e sapone neutro ed eviti l'esposizione prolungata al sole, che può sbiadirne i colori.", care43Ametrine, false},
		{"it-IT", "Evitate l'esposizione prolungata al sole, che potrebbe sbiadirne i colori.", care43Ametrine, false},
		{"it-IT", "Lo tenga lontano dal calore e dalla luce intensa del sole, che può sbiadirne il colore.", care43Larimar, false},
		{"fr-FR", "Évitez la chaleur et le soleil intense, qui peuvent ternir sa couleur.", care43Larimar, false},
		{"fr-CA", "Tenez-le loin de la chaleur et du soleil, qui peut faire pâlir sa couleur.", care43Larimar, false},
		{"de-DE", "Halten Sie ihn von Hitze und starkem Sonnenlicht fern, das seine Farbe verblassen lassen kann.", care43Larimar, false},
		{"es-ES", "Evita el calor y la luz solar intensa, que pueden desteñir su color.", care43Larimar, false},
		{"es-MX", "Mantenlo lejos del calor y del sol fuerte, que puede decolorar la piedra.", care43Larimar, false},
		{"pt-PT", "Evite o calor e a luz solar intensa, que podem desbotar a sua cor.", care43Larimar, false},
		{"pt-BR", "Mantenha longe do calor e do sol forte, que pode desbotar a cor da pedra.", care43Larimar, false},
		{"nl-NL", "Houd hem uit de buurt van hitte en fel zonlicht, dat de kleur kan doen vervagen.", care43Larimar, false},
		{"sv-SE", "Håll den borta från värme och starkt solljus, som kan bleka färgen.", care43Larimar, false},
		{"da-DK", "Hold den væk fra varme og stærkt sollys, som kan falme farven.", care43Larimar, false},
		{"nb-NO", "Hold den unna varme og sterkt sollys, som kan bleke fargen.", care43Larimar, false},
		{"fi-FI", "Pidä koru poissa kuumuudesta ja voimakkaasta auringonvalosta, joka voi haalistaa värin.", care43Larimar, false},
		{"pl-PL", "Chroń go przed wysoką temperaturą i silnym słońcem, które może spowodować blaknięcie koloru.", care43Larimar, false},
		{"cs-CZ", "Chraňte jej před teplem a silným sluncem, které může vybledit jeho barvu.", care43Larimar, false},
		{"tr-TR", "Isıdan ve güçlü güneş ışığından uzak tutun; rengini soldurabilir.", care43Larimar, false},
		{"el-GR", "Κρατήστε το μακριά από τη ζέστη και τον δυνατό ήλιο, που μπορεί να ξεθωριάσει το χρώμα του.", care43Larimar, false},
		{"ar-AE", "أبعديه عن الحرارة وأشعة الشمس القوية التي قد تبهت لونه.", care43Larimar, false},
		{"ko-KR", "열과 강한 햇빛은 색이 바랠 수 있으니 피해 주세요.", care43Larimar, false},
		{"zh-CN", "请避免高温和强烈日晒，因为可能会使颜色褪色。", care43Larimar, false},
		{"zh-TW", "請避免高溫與強烈日曬，可能會使顏色褪色。", care43Larimar, false},
		// a gift or memory that lasts, its shine past a comma
		{"ar-AE", "إنها هدية لها تدوم طويلًا، والنتيجة بريق ناعم وواسع يلائم الإطلالات اليومية والمناسبات.", care43Mabe, false},
		{"ar-AE", "هدية تدوم طويلًا، ولمعان ناعم.", care43Mabe, false},
		{"ar-AE", "ذكرى تدوم طويلًا، والنتيجة بريق ناعم.", care43Mabe, false},
		{"el-GR", "Ένα δώρο που διαρκεί, με απαλή λάμψη.", care43Mabe, false},
		{"en-GB", "A gift that lasts, and the result is a soft shine.", care43Mabe, false},
		{"de-DE", "Ein Geschenk, das lange hält, mit sanftem Glanz.", care43Mabe, false},
		{"fr-FR", "Un cadeau qui dure, avec un éclat doux.", care43Mabe, false},
		{"it-IT", "Un regalo che dura nel tempo, con una lucentezza morbida.", care43Mabe, false},
		{"es-ES", "Un regalo que dura, con un brillo suave.", care43Mabe, false},
		{"pt-PT", "Um presente que dura, com um brilho suave.", care43Mabe, false},
		{"nl-NL", "Een cadeau dat blijft, met een zachte glans.", care43Mabe, false},
		{"sv-SE", "En gåva som varar, med en mjuk lyster.", care43Mabe, false},
		{"da-DK", "En gave, der varer, med en blød glans.", care43Mabe, false},
		{"nb-NO", "En gave som varer, med en myk glans.", care43Mabe, false},
		{"fi-FI", "Lahja, joka kestää, ja tuloksena on pehmeä kiilto.", care43Mabe, false},
		{"pl-PL", "Prezent, który przetrwa, a efektem jest miękki blask.", care43Mabe, false},
		{"cs-CZ", "Dárek, který vydrží, a výsledkem je jemný lesk.", care43Mabe, false},
		{"tr-TR", "Uzun süre kalıcı bir hediye, sonuç yumuşak bir parıltı.", care43Mabe, false},
		{"ja-JP", "長く続く贈り物で、やわらかな輝きが生まれます。", care43Mabe, false},
		{"ko-KR", "오래 남는 선물이며, 부드러운 광택이 납니다.", care43Mabe, false},
		{"zh-CN", "一份持久的礼物，带来柔和的光泽。", care43Mabe, false},
		// a white platinum-group metal needs no rhodium plating to keep its colour
		{"en-AU", "It is naturally white, so it needs no rhodium plating to keep its colour, and it weighs noticeably less than platinum.", care43Palladium, false},
		{"en-GB", "Palladium is naturally white and needs no rhodium plating to keep its colour.", care43Palladium, false},
		{"sv-SE", "Palladium är naturligt vitt och behöver ingen rodiumplätering för att behålla sin färg.", care43Palladium, false},
		{"de-DE", "Palladium ist von Natur aus weiß und behält seine Farbe ohne Rhodinierung.", care43Palladium, false},
		{"de-DE", "Palladium ist von Natur aus weiß und braucht keine Rhodiumbeschichtung, um seine Farbe zu behalten.", care43Palladium, false},
		{"fr-FR", "Le palladium est naturellement blanc : il garde sa couleur sans aucun placage.", care43Palladium, false},
		{"it-IT", "Il palladio è bianco per natura e non ha bisogno di rodiatura per mantenere il suo colore.", care43Palladium, false},
		{"es-ES", "El paladio es blanco por naturaleza y no necesita baño de rodio para mantener su color.", care43Palladium, false},
		{"nl-NL", "Palladium is van nature wit en heeft geen rodiumlaag nodig om zijn kleur te behouden.", care43Palladium, false},
		{"da-DK", "Palladium er naturligt hvidt og behøver ingen rhodiumbelægning for at bevare sin farve.", care43Palladium, false},
		{"nb-NO", "Palladium er naturlig hvitt og trenger ingen rhodiumbelegg for å beholde fargen.", care43Palladium, false},
		{"pt-BR", "O paládio é naturalmente branco e não precisa de banho de ródio para manter a sua cor.", care43Palladium, false},
		{"pl-PL", "Pallad jest naturalnie biały i nie potrzebuje rodowania, by zachować swój kolor.", care43Palladium, false},
		{"en-AU", "Platinum needs no rhodium plating to keep its colour.", care43Platinum, false},
	})
	// the bad twins block as the claim itself, whatever else blocks
	checkKindRows(t, svc, "claim", []kindRow{
		// bad twins: the promise itself, a coating as subject, the verb negated or said forever
		{"en-US", "It will never fade.", care43Larimar, true},
		{"en-US", "It keeps its colour forever.", care43Larimar, true},
		{"en-US", "It won't tarnish.", care43Larimar, true},
		{"en-GB", "The lacquer protects the silver from air, which can tarnish it.", care43Larimar, true},
		{"en-GB", "It seals the silver and keeps it from air, which can tarnish it.", care43Larimar, true},
		{"en-GB", "Keep it away from heat, which can never fade its colour.", care43Larimar, true},
		{"en-GB", "Keep it away from heat, which can't fade its colour.", care43Larimar, true},
		{"en-GB", "Keep it away from heat, which can fade its colour, and it will stay bright forever.", care43Larimar, true},
		{"it-IT", "La sua lucentezza non sbiadisce mai.", care43Ametrine, true},
		{"it-IT", "Il rivestimento lo protegge dall'aria, che può ossidarlo.", care43Ametrine, true},
		{"it-IT", "Eviti il sole: niente può sbiadirne i colori.", care43Ametrine, true},
		{"ar-AE", "يبقى لامعًا إلى الأبد.", care43Larimar, true},
		// bad twins: the shine itself lasting, never fading, forever
		{"ar-AE", "هدية يدوم بريقها طويلًا.", care43Mabe, true},
		{"ar-AE", "هدية لها تدوم طويلًا، وبريقها يدوم.", care43Mabe, true},
		{"ar-AE", "هدية تدوم طويلًا، وبريق لا يبهت أبدًا.", care43Mabe, true},
		{"el-GR", "Ένα δώρο που η λάμψη του διαρκεί για πάντα.", care43Mabe, true},
		{"en-GB", "A gift whose shine lasts for years.", care43Mabe, true},
		// bad twins: forever, never, a plated, white gold or silver piece
		{"en-AU", "It is naturally white, so it needs no rhodium plating to keep its colour forever.", care43Palladium, true},
		{"en-AU", "It needs no rhodium plating and will never lose its colour.", care43Palladium, true},
		{"en-AU", "It needs no care to keep its colour.", care43Plated, true},
		{"en-AU", "It needs no rhodium plating to keep its colour.", care43Plated, true},
		{"en-AU", "It needs no rhodium plating to keep its colour.", care43WhiteGold, true},
		{"en-AU", "It needs no rhodium plating to keep its colour.", care43Silver, true},
		{"sv-SE", "Den behöver ingen plätering för att behålla sin färg.", care43Plated, true},
		{"sv-SE", "Den behöver ingen rodiumplätering för att behålla sin färg.", care43Silver, true},
		{"de-DE", "Es braucht keine Beschichtung, um seine Farbe zu behalten.", care43Plated, true},
		{"de-DE", "Er behält seine Farbe ohne Rhodinierung.", care43Silver, true},
		{"fr-FR", "Il garde sa couleur sans aucun placage.", care43Plated, true},
	})
}
