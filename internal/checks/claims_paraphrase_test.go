package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// licensedTide is a titanium bracelet whose licences stand where a PIM
// keeps them (#13): the metal's base (no materials list) licenses the
// tarnish and nickel-free claims, its attributes the water and skin ones.
var licensedTide = core.Product{SKU: "C5", Name: "Tide", Category: "bracelet", Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"silver"},
	Attributes: map[string]string{"finish": "anti-tarnish coating", "water_resistance": "water-resistant", "skin": "hypoallergenic"}}

// platinumPlatedHoops are brass hoops plated with platinum: the plating is no
// licence for a platinum piece's tarnish claim.
var platinumPlatedHoops = core.Product{SKU: "C6", Name: "Halo", Category: "earrings", Metals: []core.Metal{{Base: "brass", Plating: "platinum"}}, Colours: []string{"silver"}}

// paraphraseTexts are one language's claims in a copywriter's other
// words, per concept: tarnish and durability (negated verbs: "never goes
// dark", "mørkner aldri", "kararmaz"), health and metaphysical (balance,
// anxiety, chakras, immunity, protection, sleep), skin safety and water,
// each blocking as a claim on a product that licenses none; benign are
// the same words about other things (the balance of a design, the energy
// of a shape, a protective clasp, a water-drop shape, shine described,
// care advice), which pass; licensed are claims licensed by licensedTide.
type paraphraseTexts struct {
	tarnish, health, skin, water, benign, licensed []string
}

var paraphrasesByLang = map[string]paraphraseTexts{
	"en": {
		tarnish:  []string{"The silver stays bright year after year.", "It will never go dull or dark.", "A finish that won't discolour or fade.", "Forever new: it keeps its colour for good.", "It resists tarnishing for a lifetime.", "The plating never wears off.", "It won't darken, even after years of wear."},
		health:   []string{"It is believed to balance your emotions.", "It calms anxiety and restores inner harmony.", "Said to open the heart chakra.", "It boosts your immune system and improves circulation.", "A protective amulet that wards off bad luck.", "It encourages a peaceful night's sleep.", "Turquoise has long been a guardian for travellers.", "It absorbs negative energy."},
		skin:     []string{"It won't irritate even the most sensitive ears.", "Gentle on skin and safe for allergy sufferers.", "No reactions, even on delicate skin.", "Kind to sensitive skin all day.", "Gentle even on very sensitive ears.", "It won't cause allergies."},
		water:    []string{"It is sweat-proof and pool-proof.", "Shower, swim, repeat: it can take it.", "Swim-proof and sea-proof for every summer.", "Safe to wear in the shower."},
		benign:   []string{"The balance of the design is quiet and exact.", "The bold energy of the shape suits any outfit.", "A protective clasp keeps it secure.", "A water-drop shape catches the light.", "Its high shine catches every glance.", "Polish it gently to keep it bright for years."},
		licensed: []string{"It will never tarnish or go dull.", "It is water-resistant, so you can wear it in the shower.", "Gentle on sensitive skin."},
	},
	"fr": {
		tarnish:  []string{"L'argent reste brillant au fil des années.", "Il ne noircit pas et ne se ternit jamais.", "Une teinte qui ne s'altère pas et ne passe pas.", "Il garde sa couleur pour toujours.", "Inaltérable, il reste comme neuf.", "La dorure ne s'use jamais.", "Il ne fonce pas, même après des années."},
		health:   []string{"Elle équilibre les émotions.", "Elle apaise l'anxiété et harmonise les chakras.", "Il renforce le système immunitaire.", "Un talisman protecteur qui éloigne le mauvais sort.", "Elle aide à trouver le sommeil.", "Elle favorise des nuits paisibles.", "La turquoise protège les voyageurs.", "Elle absorbe les énergies négatives."},
		skin:     []string{"Il n'irrite pas les oreilles sensibles.", "Doux pour la peau et sans risque d'allergie.", "Aucune réaction, même sur les peaux délicates.", "Il convient aux personnes allergiques.", "Douces même pour les oreilles très sensibles.", "Il ne provoque pas d'allergies."},
		water:    []string{"Résistant à la transpiration et à l'eau de piscine.", "Vous pouvez nager et vous doucher avec.", "Il se porte sous la douche sans souci.", "Idéal pour la baignade en mer."},
		benign:   []string{"L'équilibre du dessin est sobre et précis.", "L'énergie de la forme dynamise la tenue.", "Un fermoir protecteur le garde bien fermé.", "Une forme de goutte d'eau qui attrape la lumière.", "Son poli miroir brille à chaque geste.", "Rangez-le dans sa pochette pour préserver son éclat."},
		licensed: []string{"Il ne se ternit jamais.", "Résistant à l'eau, il se porte sous la douche.", "Doux pour les peaux sensibles."},
	},
	"de": {
		tarnish:  []string{"Das Silber bleibt über Jahre strahlend hell.", "Er läuft nicht an und wird nie dunkel.", "Die Farbe verblasst nicht und hält für immer.", "Er behält seine Farbe dauerhaft.", "Anlaufgeschützt und immer wie neu.", "Die Vergoldung nutzt sich nie ab.", "Er dunkelt nicht nach, auch nach Jahren."},
		health:   []string{"Er bringt die Gefühle ins Gleichgewicht.", "Er wirkt gegen Ängste und harmonisiert die Chakren.", "Er stärkt das Immunsystem und fördert die Durchblutung.", "Ein schützender Talisman gegen Unglück.", "Er hilft beim Einschlafen.", "Er sorgt für einen ruhigen Schlaf.", "Der Türkis gilt als Schutzstein für Reisende.", "Er absorbiert negative Energie."},
		skin:     []string{"Er reizt auch empfindliche Ohren nicht.", "Hautverträglich und für Allergiker geeignet.", "Keine Hautreaktionen, auch bei zarter Haut.", "Sanft zu jeder Haut.", "Sanft selbst zu sehr empfindlichen Ohren.", "Er löst keine Allergien aus."},
		water:    []string{"Schweißfest und chlorbeständig.", "Sie können damit duschen und schwimmen.", "Auch unter der Dusche kann er dranbleiben.", "Meerwasserfest für den ganzen Sommer."},
		benign:   []string{"Die Balance des Entwurfs ist ruhig und klar.", "Die Energie der Form belebt jedes Outfit.", "Ein schützender Verschluss hält ihn sicher.", "Eine Form wie ein Wassertropfen fängt das Licht.", "Sein Hochglanz fängt jeden Blick.", "Mit einem Tuch poliert, bleibt er lange strahlend."},
		licensed: []string{"Er läuft nie an.", "Wasserbeständig, also auch unter der Dusche tragbar.", "Sanft zu empfindlicher Haut."},
	},
	"it": {
		tarnish:  []string{"L'argento resta brillante anno dopo anno.", "Non si annerisce e non si scurisce mai.", "Il colore non sbiadisce e dura per sempre.", "Mantiene il suo colore nel tempo.", "Inalterabile, resta come nuovo.", "La placcatura non si consuma mai.", "Non diventa scuro, nemmeno dopo anni."},
		health:   []string{"Riequilibra le emozioni.", "Calma l'ansia e armonizza i chakra.", "Rafforza il sistema immunitario.", "Un amuleto protettivo contro la sfortuna.", "Aiuta a dormire meglio.", "Favorisce un sonno sereno.", "Il turchese protegge i viaggiatori.", "Assorbe l'energia negativa."},
		skin:     []string{"Non irrita nemmeno le orecchie sensibili.", "Delicato sulla pelle e sicuro per chi soffre di allergie.", "Nessuna reazione, anche sulla pelle delicata.", "Adatto a chi è allergico.", "Delicati anche sulle orecchie più sensibili.", "Non provoca allergie."},
		water:    []string{"Resiste al sudore e al cloro.", "Puoi nuotare e fare la doccia senza toglierlo.", "Si può indossare sotto la doccia.", "Perfetto per i tuffi in mare."},
		benign:   []string{"L'equilibrio del disegno è sobrio e preciso.", "L'energia della forma ravviva ogni look.", "Una chiusura protettiva lo tiene al sicuro.", "Una forma a goccia d'acqua cattura la luce.", "La sua lucentezza a specchio cattura lo sguardo.", "Conservalo nel suo sacchetto per mantenerne la lucentezza."},
		licensed: []string{"Non si annerisce mai.", "Resistente all'acqua, si può indossare sotto la doccia.", "Delicato sulle pelli sensibili."},
	},
	"es": {
		tarnish:  []string{"La plata sigue brillante año tras año.", "No se ennegrece ni se oscurece nunca.", "El color no se destiñe y dura para siempre.", "Conserva su color con el paso del tiempo.", "Inalterable, siempre como nuevo.", "El baño nunca se desgasta.", "No se oscurece, ni siquiera después de años."},
		health:   []string{"Equilibra las emociones.", "Calma la ansiedad y armoniza los chakras.", "Refuerza el sistema inmunitario.", "Un amuleto protector contra la mala suerte.", "Te ayuda a dormir mejor.", "Favorece un sueño tranquilo.", "La turquesa protege a los viajeros.", "Absorbe la energía negativa."},
		skin:     []string{"No irrita ni las orejas más sensibles.", "Suave con la piel y seguro para alérgicos.", "Sin reacciones, incluso en pieles delicadas.", "Apto para personas con alergias.", "Suaves incluso con las orejas más sensibles.", "No provoca alergias."},
		water:    []string{"Resiste el sudor y el cloro.", "Puedes nadar y ducharte con él.", "Se puede llevar en la ducha.", "Perfecto para bañarse en el mar."},
		benign:   []string{"El equilibrio del diseño es sobrio y preciso.", "La energía de la forma aviva cualquier look.", "Un cierre protector lo mantiene seguro.", "Una forma de gota de agua que atrapa la luz.", "Su brillo espejo capta todas las miradas.", "Guárdalo en su bolsa para conservar su brillo."},
		licensed: []string{"Nunca se ennegrece.", "Resistente al agua, se puede llevar en la ducha.", "Suave con las pieles sensibles."},
	},
	"pt": {
		tarnish:  []string{"A prata continua brilhante ano após ano.", "Não escurece e nunca fica preta.", "A cor não desbota e dura para sempre.", "Mantém a cor com o passar do tempo.", "Inalterável, sempre como nova.", "O banho nunca sai.", "Não escurece, mesmo depois de anos."},
		health:   []string{"Equilibra as emoções.", "Acalma a ansiedade e harmoniza os chakras.", "Fortalece o sistema imunológico.", "Um amuleto protetor contra o azar.", "Ajuda a dormir melhor.", "Favorece um sono tranquilo.", "A turquesa protege os viajantes.", "Absorve a energia negativa."},
		skin:     []string{"Não irrita nem as orelhas mais sensíveis.", "Suave para a pele e segura para quem tem alergia.", "Sem reações, mesmo na pele delicada.", "Indicada para pessoas alérgicas.", "Delicados até com as orelhas mais sensíveis.", "Não causa alergia."},
		water:    []string{"Resiste ao suor e ao cloro.", "Pode nadar e tomar banho com ela.", "Pode usar no chuveiro.", "Perfeita para mergulhar no mar."},
		benign:   []string{"O equilíbrio do desenho é sóbrio e preciso.", "A energia da forma dá vida a qualquer visual.", "Um fecho protetor mantém a pulseira segura.", "Uma forma de gota d'água que capta a luz.", "O brilho espelhado atrai todos os olhares.", "Guarde-a na bolsinha para conservar o brilho."},
		licensed: []string{"Nunca escurece.", "Resistente à água, pode usar no chuveiro.", "Suave para peles sensíveis."},
	},
	"nl": {
		tarnish:  []string{"Het zilver blijft jaar na jaar stralend.", "Hij wordt nooit dof of donker.", "De kleur vervaagt niet en blijft altijd mooi.", "Hij behoudt zijn kleur voor altijd.", "Anti-aanslag en altijd als nieuw.", "De verguldlaag slijt nooit.", "Hij wordt niet donkerder, zelfs na jaren."},
		health:   []string{"Hij brengt je emoties in balans.", "Hij helpt tegen angst en opent de chakra's.", "Hij versterkt het immuunsysteem.", "Een beschermende talisman tegen ongeluk.", "Hij helpt je beter te slapen.", "Hij zorgt voor een rustige nachtrust.", "Turkoois beschermt reizigers onderweg.", "Hij absorbeert negatieve energie."},
		skin:     []string{"Hij irriteert zelfs gevoelige oren niet.", "Zacht voor de huid en veilig bij allergieën.", "Geen huidreacties, ook niet bij een tere huid.", "Geschikt voor mensen met een allergie.", "Zacht voor zelfs heel gevoelige oren.", "Hij veroorzaakt geen allergieën."},
		water:    []string{"Bestand tegen zweet en chloor.", "Je kunt ermee zwemmen en douchen.", "Hij mag mee onder de douche.", "Perfect voor een duik in zee."},
		benign:   []string{"De balans van het ontwerp is rustig en precies.", "De energie van de vorm geeft elke outfit pit.", "Een beschermende sluiting houdt hem veilig.", "Een waterdruppelvorm die het licht vangt.", "Zijn hoogglans vangt elke blik.", "Bewaar hem in het zakje zodat hij mooi blijft."},
		licensed: []string{"Hij wordt nooit dof.", "Waterbestendig, dus hij mag mee onder de douche.", "Zacht voor een gevoelige huid."},
	},
	"da": {
		tarnish:  []string{"Sølvet forbliver blankt år efter år.", "Det bliver aldrig mørkt eller mat.", "Farven falmer ikke og holder for evigt.", "Det bevarer sin farve for altid.", "Anløbsfrit og altid som nyt.", "Forgyldningen slides aldrig af.", "Det bliver ikke mørkere, heller ikke efter flere år."},
		health:   []string{"Det skaber balance i følelserne.", "Det dæmper uro og åbner chakraerne.", "Det styrker immunforsvaret.", "En beskyttende amulet mod uheld.", "Det hjælper dig med at sove bedre.", "Den giver en rolig nattesøvn.", "Turkis beskytter de rejsende.", "Den absorberer negativ energi."},
		skin:     []string{"Det irriterer ikke engang sarte ører.", "Skånsomt mod huden og sikkert for allergikere.", "Ingen reaktioner, heller ikke på sart hud.", "Velegnet til allergikere.", "Skånsomme selv mod meget følsomme ører.", "Det giver ikke allergi."},
		water:    []string{"Det tåler sved og klor.", "Du kan svømme og gå i bad med det.", "Det kan bæres i brusebadet.", "Perfekt til en dukkert i havet."},
		benign:   []string{"Designets balance er rolig og præcis.", "Formens energi løfter ethvert outfit.", "En beskyttende lås holder det sikkert.", "En dråbeform, der fanger lyset.", "Den høje glans fanger ethvert blik.", "Opbevar det i posen, så det holder sig pænt."},
		licensed: []string{"Det anløber aldrig.", "Vandresistent, så det kan bæres i brusebadet.", "Skånsomt mod sart hud."},
	},
	"nb": {
		tarnish:  []string{"Sølvet forblir blankt år etter år.", "Det blir aldri mørkt eller matt.", "Fargen falmer ikke og varer evig.", "Det beholder fargen sin for alltid.", "Anløpsfritt og alltid som nytt.", "Forgyllingen slites aldri av.", "Det blir ikke mørkere, selv etter mange år."},
		health:   []string{"Det skaper balanse i følelsene.", "Det demper uro og åpner chakraene.", "Det styrker immunforsvaret.", "En beskyttende amulett mot uhell.", "Det hjelper deg å sove bedre.", "Den gir en rolig nattesøvn.", "Turkis beskytter de reisende.", "Den absorberer negativ energi."},
		skin:     []string{"Det irriterer ikke engang sarte ører.", "Skånsomt mot huden og trygt for allergikere.", "Ingen reaksjoner, heller ikke på sart hud.", "Egnet for allergikere.", "Skånsomme selv mot svært følsomme ører.", "Det gir ikke allergi."},
		water:    []string{"Det tåler svette og klor.", "Du kan svømme og dusje med det.", "Det kan brukes i dusjen.", "Perfekt til en dukkert i sjøen."},
		benign:   []string{"Designets balanse er rolig og presis.", "Formens energi løfter ethvert antrekk.", "En beskyttende lås holder det trygt.", "En dråpeform som fanger lyset.", "Den høye glansen fanger alle blikk.", "Oppbevar det i posen så det holder seg pent."},
		licensed: []string{"Det anløper aldri.", "Vannavvisende, så det kan brukes i dusjen.", "Skånsomt mot sart hud."},
	},
	"sv": {
		tarnish:  []string{"Silvret förblir blankt år efter år.", "Det mörknar aldrig och blir aldrig matt.", "Färgen bleknar inte och håller för evigt.", "Det behåller sin färg för alltid.", "Anlöpningsfritt och alltid som nytt.", "Förgyllningen nöts aldrig bort.", "Det blir inte mörkare, inte ens efter flera år."},
		health:   []string{"Det skapar balans i känslorna.", "Det dämpar oro och öppnar chakrana.", "Det stärker immunförsvaret.", "En skyddande amulett mot otur.", "Det hjälper dig att sova bättre.", "Den ger en lugn nattsömn.", "Turkos skyddar resenärer.", "Den absorberar negativ energi."},
		skin:     []string{"Det irriterar inte ens känsliga öron.", "Skonsamt mot huden och säkert för allergiker.", "Inga reaktioner, inte ens på ömtålig hud.", "Lämpligt för allergiker.", "Skonsamma även mot mycket känsliga öron.", "Det ger inga allergier."},
		water:    []string{"Det tål svett och klor.", "Du kan simma och duscha med det.", "Det kan bäras i duschen.", "Du kan bada i havet med det."},
		benign:   []string{"Designens balans är lugn och exakt.", "Formens energi lyfter varje outfit.", "Ett skyddande lås håller det säkert.", "En droppform som fångar ljuset.", "Den höga glansen fångar alla blickar.", "Förvara det i påsen så håller det sig fint."},
		licensed: []string{"Det anlöps aldrig.", "Vattenavvisande, så det kan bäras i duschen.", "Skonsamt mot känslig hud."},
	},
	"fi": {
		tarnish:  []string{"Hopea pysyy kirkkaana vuodesta toiseen.", "Se ei koskaan tummu eikä himmene.", "Väri ei haalistu ja kestää ikuisesti.", "Se säilyttää värinsä aina.", "Tummumaton ja aina kuin uusi.", "Kullattu pinta ei kulu koskaan.", "Se ei tummu vuosienkaan jälkeen.", "Rannekorut eivät tummu koskaan."},
		health:   []string{"Se tasapainottaa tunteita.", "Se rauhoittaa ahdistusta ja avaa chakrat.", "Se vahvistaa vastustuskykyä.", "Suojaava amuletti huonoa onnea vastaan.", "Se auttaa nukkumaan paremmin.", "Se tuo rauhallisen yöunen.", "Turkoosi suojelee matkalaisia.", "Se imee negatiivista energiaa."},
		skin:     []string{"Se ei ärsytä herkkiäkään korvia.", "Hellävarainen iholle ja turvallinen allergisille.", "Ei reaktioita herkälläkään iholla.", "Sopii allergikoille.", "Hellävaraiset jopa erittäin herkille korville.", "Se ei aiheuta allergioita."},
		water:    []string{"Se kestää hikeä ja klooria.", "Voit uida ja käydä suihkussa sen kanssa.", "Sitä voi pitää suihkussa.", "Täydellinen pulahdukseen meressä."},
		benign:   []string{"Muotoilun tasapaino on rauhallinen ja tarkka.", "Muodon energia piristää jokaista asua.", "Suojaava lukko pitää sen turvassa.", "Vesipisaran muoto vangitsee valon.", "Sen korkea kiilto vangitsee katseet.", "Säilytä se pussissa, niin se pysyy kauniina."},
		licensed: []string{"Se ei tummu koskaan.", "Vettä kestävä, joten sitä voi pitää suihkussa.", "Hellävarainen herkälle iholle."},
	},
	"pl": {
		tarnish:  []string{"Srebro pozostaje lśniące przez lata.", "Nigdy nie ciemnieje ani nie matowieje.", "Kolor nie blaknie i trwa wiecznie.", "Zachowuje swój kolor na zawsze.", "Nie traci koloru i wygląda jak nowa.", "Pozłacana powłoka nigdy się nie ściera.", "Nie ciemnieje nawet po latach.", "Bransoletki nigdy nie ciemnieją."},
		health:   []string{"Równoważy emocje.", "Koi niepokój i otwiera czakry.", "Wzmacnia odporność organizmu.", "Ochronny amulet przed pechem.", "Pomaga lepiej spać.", "Zapewnia spokojny sen.", "Turkus chroni podróżnych.", "Pochłania negatywną energię."},
		skin:     []string{"Nie podrażnia nawet wrażliwych uszu.", "Delikatna dla skóry i bezpieczna dla alergików.", "Żadnych reakcji, nawet na delikatnej skórze.", "Odpowiednia dla alergików.", "Delikatne nawet dla bardzo wrażliwych uszu.", "Nie wywołuje alergii."},
		water:    []string{"Odporna na pot i chlor.", "Możesz w niej pływać i brać prysznic.", "Można ją nosić pod prysznicem.", "Idealna do kąpieli w morzu."},
		benign:   []string{"Równowaga projektu jest spokojna i precyzyjna.", "Energia formy ożywia każdą stylizację.", "Ochronne zapięcie trzyma ją bezpiecznie.", "Kształt kropli wody łapie światło.", "Wysoki połysk przyciąga spojrzenia.", "Przechowuj ją w woreczku, by zachowała urodę."},
		licensed: []string{"Nigdy nie ciemnieje.", "Wodoodporna, więc można ją nosić pod prysznicem.", "Delikatna dla wrażliwej skóry."},
	},
	"cs": {
		tarnish:  []string{"Stříbro zůstává zářivé rok co rok.", "Nikdy nezčerná ani nezmatní.", "Barva nebledne a vydrží navždy.", "Navždy si zachová svou barvu.", "Neztrácí barvu a vypadá jako nový.", "Pozlacení se nikdy neodře.", "Neztmavne ani po letech.", "Náramky nikdy nezčernají."},
		health:   []string{"Vyrovnává emoce.", "Zmírňuje úzkost a otevírá čakry.", "Posiluje imunitu.", "Ochranný amulet proti smůle.", "Pomáhá lépe spát.", "Přináší klidný spánek.", "Tyrkys chrání cestovatele.", "Pohlcuje negativní energii."},
		skin:     []string{"Nedráždí ani citlivé uši.", "Šetrný k pokožce a bezpečný pro alergiky.", "Žádné reakce ani na jemné pokožce.", "Vhodný pro alergiky.", "Šetrné i k velmi citlivým uším.", "Nezpůsobuje alergie."},
		water:    []string{"Odolává potu i chlóru.", "Můžete v něm plavat i se sprchovat.", "Můžete ho nosit ve sprše.", "Ideální na koupání v moři."},
		benign:   []string{"Rovnováha návrhu je klidná a přesná.", "Energie tvaru oživí každý outfit.", "Ochranné zapínání ho drží bezpečně.", "Tvar kapky vody chytá světlo.", "Vysoký lesk přitahuje pohledy.", "Uchovávejte ho v sáčku, aby zůstal krásný."},
		licensed: []string{"Nikdy nezčerná.", "Voděodolný, takže ho můžete nosit ve sprše.", "Šetrný k citlivé pokožce."},
	},
	"tr": {
		tarnish:  []string{"Gümüş yıllar boyunca parlak kalır.", "Asla kararmaz ve matlaşmaz.", "Rengi solmaz ve sonsuza dek kalır.", "Rengini ömür boyu korur.", "Kararmayan yapısıyla hep yeni gibi.", "Kaplaması asla aşınmaz.", "Yıllar sonra bile koyulaşmaz."},
		health:   []string{"Duyguları dengeler.", "Kaygıyı yatıştırır ve çakraları açar.", "Bağışıklık sistemini güçlendirir.", "Kötü şansa karşı koruyucu bir muska.", "Daha iyi uyumanıza yardımcı olur.", "Huzurlu bir uyku sağlar.", "Turkuaz yolcuları korur.", "Negatif enerjiyi emer."},
		skin:     []string{"Hassas kulakları bile tahriş etmez.", "Cilde nazik ve alerjisi olanlar için güvenli.", "Hassas ciltte bile reaksiyon yapmaz.", "Alerjisi olanlar için uygundur.", "Çok hassas kulaklara bile naziktir.", "Alerji yapmaz."},
		water:    []string{"Tere ve klora dayanıklıdır.", "Onunla yüzebilir ve duş alabilirsiniz.", "Duşta da takabilirsiniz.", "Denizde yüzmek için ideal."},
		benign:   []string{"Tasarımın dengesi sakin ve kusursuz.", "Formun enerjisi her kombine canlılık katar.", "Koruyucu bir kilit onu güvende tutar.", "Su damlası formu ışığı yakalar.", "Yüksek parlaklığı tüm bakışları çeker.", "Güzel kalması için kesesinde saklayın."},
		licensed: []string{"Asla kararmaz.", "Suya dayanıklı, duşta da takabilirsiniz.", "Hassas ciltlere naziktir."},
	},
	"el": {
		tarnish:  []string{"Το ασήμι μένει λαμπερό χρόνο με τον χρόνο.", "Δεν μαυρίζει ποτέ και δεν θαμπώνει.", "Το χρώμα δεν ξεθωριάζει και μένει για πάντα.", "Κρατά το χρώμα του για πάντα.", "Πάντα σαν καινούργιο, χωρίς να αλλοιώνεται.", "Η επιχρύσωση δεν φεύγει ποτέ.", "Δεν σκουραίνει ούτε μετά από χρόνια.", "Τα βραχιόλια δεν μαυρίζουν ποτέ."},
		health:   []string{"Ισορροπεί τα συναισθήματα.", "Ηρεμεί το άγχος και ανοίγει τα τσάκρα.", "Ενισχύει το ανοσοποιητικό.", "Ένα προστατευτικό φυλαχτό ενάντια στην κακοτυχία.", "Σας βοηθά να κοιμάστε καλύτερα.", "Χαρίζει ήσυχο ύπνο.", "Το τιρκουάζ προστατεύει τους ταξιδιώτες.", "Απορροφά την αρνητική ενέργεια."},
		skin:     []string{"Δεν ερεθίζει ούτε τα ευαίσθητα αυτιά.", "Απαλό για το δέρμα και ασφαλές για όσους έχουν αλλεργίες.", "Καμία αντίδραση, ακόμη και σε λεπτό δέρμα.", "Κατάλληλο για αλλεργικούς.", "Απαλά ακόμη και για πολύ ευαίσθητα αυτιά.", "Δεν προκαλεί αλλεργίες."},
		water:    []string{"Αντέχει στον ιδρώτα και στο χλώριο.", "Μπορείτε να κολυμπάτε και να κάνετε ντους με αυτό.", "Φοριέται και στο ντους.", "Ιδανικό για βουτιές στη θάλασσα."},
		benign:   []string{"Η ισορροπία του σχεδίου είναι ήρεμη και ακριβής.", "Η ενέργεια της φόρμας ζωντανεύει κάθε ντύσιμο.", "Ένα προστατευτικό κούμπωμα το κρατά ασφαλές.", "Ένα σχήμα σταγόνας νερού πιάνει το φως.", "Η έντονη λάμψη του τραβά τα βλέμματα.", "Φυλάξτε το στο πουγκί για να μείνει όμορφο."},
		licensed: []string{"Δεν μαυρίζει ποτέ.", "Ανθεκτικό στο νερό, φοριέται και στο ντους.", "Απαλό για ευαίσθητο δέρμα."},
	},
	"ar": {
		tarnish:  []string{"تبقى الفضة لامعة عاما بعد عام.", "لا يتغير لونه ولا يبهت أبدا.", "لا يسود ولن يفقد لمعانه.", "يحتفظ بلونه إلى الأبد.", "ويبقى كالجديد مهما طال الزمن.", "الطلاء لا يزول أبدا.", "لا يغمق حتى بعد سنوات."},
		health:   []string{"يوازن المشاعر ويمنح الطاقة.", "يهدئ القلق ويفتح الشاكرات.", "يقوي جهاز المناعة.", "تميمة واقية تبعد سوء الحظ.", "ويساعدك على النوم بعمق.", "يمنحك نوما هادئا.", "الفيروز يحمي المسافرين.", "يمتص الطاقة السلبية."},
		skin:     []string{"لا يهيج حتى الأذن الحساسة.", "لطيف على الجلد وآمن لمن يعانون من الحساسية.", "ولا يسبب أي تفاعل حتى على البشرة الرقيقة.", "مناسب لأصحاب الحساسية.", "لطيفة حتى على الأذنين الحساستين جدا.", "لا يسبب الحساسية."},
		water:    []string{"يقاوم العرق والكلور.", "يمكنك السباحة والاستحمام به.", "ويمكن ارتداؤه تحت الدش.", "مثالي للغطس في البحر."},
		benign:   []string{"توازن التصميم هادئ ودقيق.", "طاقة الشكل تنعش أي إطلالة.", "قفل واق يبقيه آمنا.", "شكل قطرة ماء يلتقط الضوء.", "لمعانه العالي يجذب الأنظار.", "احفظه في الكيس ليبقى جميلا."},
		licensed: []string{"لا يتأكسد أبدا.", "مقاوم للماء، ويمكن ارتداؤه تحت الدش.", "لطيف على البشرة الحساسة."},
	},
	"ja": {
		tarnish:  []string{"シルバーの輝きが何年も続きます。", "黒ずみにくく、くすまない素材です。", "色あせず、ずっと美しいまま。", "変色しないので、いつまでも新品のよう。", "経年変化が少なく、輝きが衰えません。", "メッキが剥がれることはありません。", "何年たっても暗くなりません。"},
		health:   []string{"心のバランスを整えます。", "不安を和らげ、チャクラを開きます。", "免疫力を高めます。", "厄除けのお守りとして身を守ります。", "ぐっすり眠れるようサポートします。", "穏やかな眠りへと導きます。", "ターコイズは旅人を守る石です。", "ネガティブなエネルギーを吸収します。"},
		skin:     []string{"敏感な耳にも刺激が少ない設計です。", "肌に優しく、アレルギーの方も安心です。", "デリケートな肌でも肌荒れしにくい。", "アレルギー体質の方にもおすすめです。", "とても敏感な耳にも優しいピアスです。", "アレルギーを起こしません。"},
		water:    []string{"汗や塩素にも強いです。", "着けたまま泳いだりシャワーを浴びたりできます。", "シャワーの時も外さなくて大丈夫です。", "海水浴にもぴったりです。"},
		benign:   []string{"デザインのバランスが静かで端正です。", "フォルムのエネルギーがどんな装いも引き立てます。", "保護用の留め具でしっかり固定します。", "水滴のような形が光をとらえます。", "鏡面仕上げの輝きが目を引きます。", "美しさを保つため、ポーチに入れて保管してください。"},
		licensed: []string{"変色しません。", "耐水性があるので、シャワーの時も外さなくて大丈夫です。", "敏感肌にも優しい。"},
	},
	"ko": {
		tarnish:  []string{"실버의 광채가 해마다 그대로 유지됩니다.", "검게 변하지 않고 칙칙해지지 않습니다.", "색이 바래지 않고 영원히 빛납니다.", "변색되지 않아 언제나 새것 같습니다.", "오래도록 광택이 변하지 않습니다.", "도금이 절대 벗겨지지 않습니다.", "몇 년이 지나도 어두워지지 않습니다."},
		health:   []string{"감정의 균형을 잡아 줍니다.", "불안을 달래고 차크라를 열어 줍니다.", "면역력을 높여 줍니다.", "액운을 막아 주는 부적입니다.", "숙면을 돕습니다.", "편안한 잠을 선사합니다.", "터키석은 여행자를 지켜 줍니다.", "부정적인 에너지를 흡수합니다."},
		skin:     []string{"예민한 귀에도 자극이 없습니다.", "피부에 순하고 알레르기가 있어도 안심입니다.", "민감한 피부에도 트러블이 없습니다.", "알레르기 체질도 착용할 수 있습니다.", "아주 예민한 귀에도 부드럽습니다.", "알레르기를 일으키지 않습니다."},
		water:    []string{"땀과 염소에도 강합니다.", "착용한 채로 수영하고 샤워할 수 있습니다.", "샤워할 때도 빼지 않아도 됩니다.", "바다 수영에도 딱 좋습니다."},
		benign:   []string{"디자인의 균형이 차분하고 정교합니다.", "형태의 에너지가 어떤 룩에도 생기를 더합니다.", "안전 잠금장치가 단단히 고정해 줍니다.", "물방울 모양이 빛을 담아냅니다.", "거울 같은 광택이 시선을 사로잡습니다.", "아름다움을 유지하려면 파우치에 보관하세요."},
		licensed: []string{"변색되지 않습니다.", "생활 방수라 샤워할 때도 빼지 않아도 됩니다.", "민감한 피부에도 순합니다."},
	},
	"zh": {
		tarnish:  []string{"银饰多年依旧闪亮如新。", "不会发黑，也不会暗淡。", "颜色永不褪色，持久亮丽。", "不会氧化变色，历久常新。", "光泽永不消退。", "镀层永不脱落。", "多年后也不会变暗。"},
		health:   []string{"能平衡情绪。", "可缓解焦虑，打开脉轮。", "增强免疫力，促进血液循环。", "护身符能挡煞辟邪。", "帮助您安然入睡。", "带来安稳的睡眠。", "绿松石守护旅行者。", "吸收负面能量。"},
		skin:     []string{"敏感耳朵佩戴也不会刺激。", "对皮肤温和，过敏体质也可安心佩戴。", "娇嫩肌肤也不会起反应。", "适合过敏人群佩戴。", "即使非常敏感的耳朵也很温和。", "不会引起过敏。"},
		water:    []string{"耐汗水，不怕泳池氯水。", "可以戴着游泳和洗澡。", "淋浴时也无需取下。", "适合海边戏水。"},
		benign:   []string{"设计的平衡感安静而精准。", "造型的能量感为任何穿搭增添活力。", "保护扣让手镯更牢固。", "水滴造型捕捉光线。", "镜面光泽吸引目光。", "为保持美观，请放入首饰袋中保存。"},
		licensed: []string{"不会氧化。", "具有防水性，淋浴时也无需取下。", "对敏感肌肤温和。"},
	},
	"zh-TW": {
		tarnish:  []string{"銀飾多年依舊閃亮如新。", "不會發黑，也不會暗淡。", "顏色永不褪色，持久亮麗。", "不會氧化變色，歷久常新。", "光澤永不消退。", "鍍層永不脫落。"},
		health:   []string{"能平衡情緒。", "可緩解焦慮，打開脈輪。", "增強免疫力，促進血液循環。", "護身符能擋煞辟邪。", "幫助您安然入睡。", "帶來安穩的睡眠。", "綠松石守護旅行者。"},
		skin:     []string{"敏感耳朵配戴也不會刺激。", "對皮膚溫和，過敏體質也可安心配戴。", "嬌嫩肌膚也不會起反應。", "適合過敏族群配戴。", "全天配戴也不會發癢。"},
		water:    []string{"耐汗水，不怕泳池氯水。", "可以戴著游泳和洗澡。", "淋浴時也無需取下。", "適合海邊戲水。"},
		benign:   []string{"設計的平衡感安靜而精準。", "造型的能量感為任何穿搭增添活力。", "保護扣讓手環更牢固。", "水滴造型捕捉光線。", "鏡面光澤吸引目光。", "為保持美觀，請放入飾品袋中保存。"},
		licensed: []string{"不會氧化。", "具有防水性，淋浴時也無需取下。", "對敏感肌膚溫和。"},
	},
}

// TestKindsClaimParaphrasesEveryLocale: per concept, a copywriter's other
// words for a tarnish, health, skin or water claim block as a claim in
// every supported locale; the same words about other things pass, and
// so do claims the product licenses through a metal's base or an
// attribute.
func TestKindsClaimParaphrasesEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, paraphrasesByLang, "paraphrase", func(loc string, pt paraphraseTexts, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"claim tarnish paraphrase " + loc, plainCuff, CatClaim, in(pt.tarnish)},
			kindTable{"claim health paraphrase " + loc, plainCuff, CatClaim, in(pt.health)},
			kindTable{"claim skin paraphrase " + loc, plainCuff, CatClaim, in(pt.skin)},
			kindTable{"claim water paraphrase " + loc, plainCuff, CatClaim, in(pt.water)},
			kindTable{"claim words, no claim " + loc, plainCuff, "", in(pt.benign)},
			kindTable{"claim licensed by metal or attribute " + loc, licensedTide, "", in(pt.licensed)},
			kindTable{"claim on a plated metal " + loc, platinumPlatedHoops, CatClaim, in(pt.licensed[:1])},
		)
	})
	runKinds(t, c, guide(t), tables)
}
