package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the tarnish7 tables: sterling silver whose only finish
// feature is "tarnish-resistant" (weak evidence: plain claims pass,
// absolute ones block), gold-plated brass with no features (a plated
// surface licenses no finish claim), and a recycled-silver pendant whose
// feature licenses "made with recycled silver".
var (
	resistantSilver = core.Product{SKU: "T1", Name: "Arc", Category: "bracelet", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}, Features: []string{"tarnish-resistant"}}
	platedBrassRing = core.Product{SKU: "T2", Name: "Halo", Category: "ring", Metals: []core.Metal{{Base: "brass", Plating: "gold"}}, Colours: []string{"gold"}}
	recycledPendant = core.Product{SKU: "T3", Name: "Leaf", Category: "necklace", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver", "green"}, Features: []string{"recycled silver"}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "green", Count: 1}}}
)

// tarnish7Texts are one language's sentences of the three kinds of the
// tarnish7 step (#13), written as a copywriter words them:
//   - tarnish: durability of the finish said absolutely: shine kept for
//     ever, a colour that never fades, a lifetime shine; they block on
//     resistantSilver too;
//   - plain: said plainly: no green finger, bright wash after wash, no
//     fading and no tarnish; they block on a plain or plated piece;
//   - black: turning black denied, alone and beside shine not lost
//     ("No se pone negra ni pierde su brillo", released 7);
//   - lasting: durability of the finish (a colour that lasts, a durable
//     finish), blocking on a plain or plated piece;
//   - resists: a plain resistance ("tarnish-resistant", "resists
//     discolouration") that blocks on a plain or plated piece and passes
//     on resistantSilver;
//   - care: publishable twins (care advice, a timeless design, the shine
//     of polished silver) that pass on any piece;
//   - green: generic environmental claims (responsible, conscious, green,
//     kind to the planet, carbon-neutral) in other words;
//   - greenOK: a licensed specific fact and the colour green, passing on
//     recycledPendant;
//   - offer: offers, prices, shipping and stock urgency in words;
//   - offerOK: look-alikes that are no offer.
type tarnish7Texts struct {
	tarnish [3]string
	plain   [3]string
	black   [2]string
	lasting [2]string
	resists [2]string
	care    [3]string
	green   [4]string
	greenOK [2]string
	offer   [5]string
	offerOK [2]string
}

var tarnish7ByLang = map[string]tarnish7Texts{
	"en": {
		tarnish: [3]string{"It keeps its shine for ever.", "A colour that never fades.", "A lifetime shine in solid silver."},
		plain:   [3]string{"It won't turn your finger green.", "It stays radiant wash after wash.", "No fading, no tarnish."},
		black:   [2]string{"It will never go black.", "It won't go black or lose its shine."},
		lasting: [2]string{"The gold colour lasts for years.", "A durable, long-lasting finish."},
		resists: [2]string{"A tarnish-resistant finish.", "It resists discolouration."},
		care:    [3]string{"Store it dry to keep its shine.", "Polish with a soft cloth to restore the shine.", "A timeless design with the shine of polished silver."},
		green:   [4]string{"A responsible choice for every day.", "Made with the planet in mind.", "A conscious piece for a greener tomorrow.", "Crafted in our carbon-neutral studio."},
		greenOK: [2]string{"Made with recycled silver.", "A green stone catches the light."},
		offer:   [5]string{"Half price this week only.", "Only a few left, so be quick.", "Limited stock, while supplies last.", "Buy one and get the second at half the price.", "It ships free to your door."},
		offerOK: [2]string{"Made for free spirits who love a little sparkle.", "A few sparkling stones frame the heart."},
	},
	"fr": {
		tarnish: [3]string{"Il garde son éclat pour toujours.", "Une couleur qui ne ternit jamais.", "Un éclat à vie, en argent massif."},
		plain:   [3]string{"Il ne vous verdira jamais le doigt.", "Il reste éclatant lavage après lavage.", "Pas de décoloration, pas de ternissement."},
		black:   [2]string{"Il ne devient jamais noir.", "Il ne devient pas noir et ne perd pas son éclat."},
		lasting: [2]string{"Une couleur dorée durable.", "Une finition durable et résistante."},
		resists: [2]string{"Une finition résistante au ternissement.", "Il résiste à la décoloration."},
		care:    [3]string{"Rangez-le au sec pour préserver son éclat.", "Polissez-le avec un chiffon doux pour raviver son éclat.", "Un design intemporel à l'éclat de l'argent poli."},
		green:   [4]string{"Un choix responsable pour tous les jours.", "Pensé dans le respect de la planète.", "Un bijou conscient pour un avenir plus vert.", "Fabriqué dans notre atelier neutre en carbone."},
		greenOK: [2]string{"Fabriqué en argent recyclé.", "Une pierre verte capte la lumière."},
		offer:   [5]string{"À moitié prix cette semaine seulement.", "Plus que quelques pièces disponibles.", "Stock limité, dans la limite des stocks disponibles.", "Un acheté, le deuxième offert.", "Livraison offerte chez vous."},
		offerOK: [2]string{"Pour les esprits libres qui aiment briller.", "Quelques pierres scintillantes entourent le cœur."},
	},
	"de": {
		tarnish: [3]string{"Er behält seinen Glanz für immer.", "Eine Farbe, die niemals verblasst.", "Lebenslanger Glanz in massivem Silber."},
		plain:   [3]string{"Er färbt Ihren Finger nie grün.", "Er bleibt strahlend, Wäsche für Wäsche.", "Kein Verblassen, kein Anlaufen."},
		black:   [2]string{"Er wird nie schwarz.", "Er wird nicht schwarz und verliert nicht seinen Glanz."},
		lasting: [2]string{"Die goldene Farbe ist langlebig.", "Eine langlebige, strapazierfähige Oberfläche."},
		resists: [2]string{"Eine anlaufbeständige Oberfläche.", "Er ist beständig gegen Verfärbungen."},
		care:    [3]string{"Trocken aufbewahren, damit er seinen Glanz behält.", "Mit einem weichen Tuch polieren, um den Glanz aufzufrischen.", "Ein zeitloses Design mit dem Glanz von poliertem Silber."},
		green:   [4]string{"Eine verantwortungsvolle Wahl für jeden Tag.", "Mit Rücksicht auf den Planeten gefertigt.", "Ein bewusstes Schmuckstück für eine grünere Zukunft.", "Gefertigt in unserem klimaneutralen Atelier."},
		greenOK: [2]string{"Aus recyceltem Silber gefertigt.", "Ein grüner Stein fängt das Licht."},
		offer:   [5]string{"Nur diese Woche zum halben Preis.", "Nur noch wenige Stücke verfügbar.", "Begrenzter Vorrat, nur solange der Vorrat reicht.", "Kaufe eins, erhalte das zweite gratis.", "Wir liefern kostenlos zu Ihnen nach Hause."},
		offerOK: [2]string{"Für freie Geister, die etwas Glanz lieben.", "Einige funkelnde Steine umrahmen das Herz."},
	},
	"it": {
		tarnish: [3]string{"Mantiene la sua lucentezza per sempre.", "Un colore che non sbiadisce mai.", "Una lucentezza a vita, in argento massiccio."},
		plain:   [3]string{"Non ti farà mai diventare verde il dito.", "Resta brillante lavaggio dopo lavaggio.", "Niente scolorimento, niente ossidazione."},
		black:   [2]string{"Non diventa mai nero.", "Non diventa nero e non perde la sua lucentezza."},
		lasting: [2]string{"Un colore dorato duraturo.", "Una finitura resistente e duratura."},
		resists: [2]string{"Una finitura resistente all'ossidazione.", "Resiste allo scolorimento."},
		care:    [3]string{"Conservalo all'asciutto per mantenerne la lucentezza.", "Lucidalo con un panno morbido per ravvivarne la lucentezza.", "Un design senza tempo con la lucentezza dell'argento lucido."},
		green:   [4]string{"Una scelta responsabile per ogni giorno.", "Realizzato nel rispetto del pianeta.", "Un gioiello consapevole per un domani più verde.", "Realizzato nel nostro laboratorio a emissioni zero."},
		greenOK: [2]string{"Realizzato in argento riciclato.", "Una pietra verde cattura la luce."},
		offer:   [5]string{"A metà prezzo solo questa settimana.", "Ultimi pezzi disponibili.", "Scorte limitate, fino a esaurimento scorte.", "Compri uno e il secondo è in omaggio.", "Consegna gratuita a casa tua."},
		offerOK: [2]string{"Per gli spiriti liberi che amano brillare.", "Alcune pietre scintillanti incorniciano il cuore."},
	},
	"es": {
		tarnish: [3]string{"Conserva su brillo para siempre.", "Un color que nunca se apaga.", "Un brillo de por vida, en plata maciza."},
		plain:   [3]string{"Nunca te pondrá el dedo verde.", "Sigue radiante lavado tras lavado.", "Sin decoloración, sin oxidación."},
		black:   [2]string{"Nunca se vuelve negra.", "No se vuelve negra ni pierde su brillo."},
		lasting: [2]string{"Un color dorado duradero.", "Un acabado duradero y resistente."},
		resists: [2]string{"Un acabado resistente al deslustre.", "Resiste la decoloración."},
		care:    [3]string{"Guárdalo en un lugar seco para conservar su brillo.", "Púlelo con un paño suave para devolverle el brillo.", "Un diseño atemporal con el brillo de la plata pulida."},
		green:   [4]string{"Una elección responsable para cada día.", "Pensado con respeto por el planeta.", "Una joya consciente para un mañana más verde.", "Hecho en nuestro taller neutro en carbono."},
		greenOK: [2]string{"Hecho con plata reciclada.", "Una piedra verde atrapa la luz."},
		offer:   [5]string{"A mitad de precio solo esta semana.", "Quedan pocas unidades.", "Existencias limitadas, hasta agotar existencias.", "Compra uno y llévate el segundo gratis.", "Te lo enviamos gratis a casa."},
		offerOK: [2]string{"Para espíritus libres a los que les encanta brillar.", "Unas piedras brillantes enmarcan el corazón."},
	},
	"pt": {
		tarnish: [3]string{"Mantém o brilho para sempre.", "Uma cor que nunca desbota.", "Um brilho para a vida toda, em prata maciça."},
		plain:   [3]string{"Nunca deixa o dedo verde.", "Continua radiante lavagem após lavagem.", "Sem desbotar, sem escurecer."},
		black:   [2]string{"Nunca fica preta.", "Não fica preta nem perde o brilho."},
		lasting: [2]string{"Uma cor dourada duradoura.", "Um acabamento duradouro e resistente."},
		resists: [2]string{"Um acabamento resistente ao escurecimento.", "Resiste à descoloração."},
		care:    [3]string{"Guarde-o em local seco para manter o brilho.", "Limpe com um pano macio para recuperar o brilho.", "Um design intemporal com o brilho da prata polida."},
		green:   [4]string{"Uma escolha responsável para todos os dias.", "Feito a pensar no planeta.", "Uma joia consciente para um amanhã mais verde.", "Feito no nosso ateliê neutro em carbono."},
		greenOK: [2]string{"Feito com prata reciclada.", "Uma pedra verde capta a luz."},
		offer:   [5]string{"Pela metade do preço só esta semana.", "Restam poucas unidades.", "Estoque limitado, enquanto durarem os estoques.", "Compre um e leve o segundo grátis.", "Entrega grátis na sua casa."},
		offerOK: [2]string{"Para espíritos livres que adoram brilhar.", "Algumas pedras cintilantes emolduram o coração."},
	},
	"nl": {
		tarnish: [3]string{"Hij behoudt zijn glans voor altijd.", "Een kleur die nooit vervaagt.", "Levenslange glans in massief zilver."},
		plain:   [3]string{"Hij kleurt je vinger nooit groen.", "Hij blijft stralend, wasbeurt na wasbeurt.", "Geen vervaging, geen aanslag."},
		black:   [2]string{"Hij wordt nooit zwart.", "Hij wordt niet zwart en verliest zijn glans niet."},
		lasting: [2]string{"De gouden kleur gaat jaren mee.", "Een slijtvaste, langdurige afwerking."},
		resists: [2]string{"Een anti-aanslag afwerking.", "Hij is bestand tegen verkleuring."},
		care:    [3]string{"Bewaar hem droog om zijn glans te behouden.", "Poets met een zachte doek om de glans te herstellen.", "Een tijdloos ontwerp met de glans van gepolijst zilver."},
		green:   [4]string{"Een verantwoorde keuze voor elke dag.", "Gemaakt met respect voor de planeet.", "Een bewust sieraad voor een groenere toekomst.", "Gemaakt in ons klimaatneutrale atelier."},
		greenOK: [2]string{"Gemaakt van gerecycled zilver.", "Een groene steen vangt het licht."},
		offer:   [5]string{"Alleen deze week voor de halve prijs.", "Nog maar een paar op voorraad.", "Beperkte voorraad, op is op.", "Koop er een en krijg de tweede gratis.", "We bezorgen hem gratis bij je thuis."},
		offerOK: [2]string{"Voor vrije geesten die van een beetje glans houden.", "Een paar fonkelende stenen omlijsten het hart."},
	},
	"sv": {
		tarnish: [3]string{"Det behåller sin glans för alltid.", "En färg som aldrig bleknar.", "Livslång glans i massivt silver."},
		plain:   [3]string{"Det gör aldrig fingret grönt.", "Det förblir strålande tvätt efter tvätt.", "Ingen blekning, ingen anlöpning."},
		black:   [2]string{"Det blir aldrig svart.", "Det blir inte svart och tappar inte sin glans."},
		lasting: [2]string{"Guldfärgen är långvarig.", "En långvarig, slitstark yta."},
		resists: [2]string{"En anlöpningsbeständig yta.", "Det motstår missfärgning."},
		care:    [3]string{"Förvara det torrt för att behålla glansen.", "Putsa med en mjuk duk för att återställa glansen.", "En tidlös design med glansen hos polerat silver."},
		green:   [4]string{"Ett ansvarsfullt val för varje dag.", "Tillverkat med planeten i åtanke.", "Ett medvetet smycke för en grönare framtid.", "Tillverkat i vår klimatneutrala ateljé."},
		greenOK: [2]string{"Tillverkat av återvunnet silver.", "En grön sten fångar ljuset."},
		offer:   [5]string{"Halva priset bara den här veckan.", "Endast några få kvar.", "Begränsat lager, så länge lagret räcker.", "Köp en och få den andra gratis.", "Vi levererar gratis hem till dig."},
		offerOK: [2]string{"För fria själar som älskar lite glitter.", "Några gnistrande stenar ramar in hjärtat."},
	},
	"da": {
		tarnish: [3]string{"Det bevarer sin glans for evigt.", "En farve, der aldrig falmer.", "Livslang glans i massivt sølv."},
		plain:   [3]string{"Det gør aldrig din finger grøn.", "Det forbliver strålende vask efter vask.", "Ingen falmning, ingen anløbning."},
		black:   [2]string{"Det bliver aldrig sort.", "Det bliver ikke sort og mister ikke sin glans."},
		lasting: [2]string{"En langvarig guldfarve.", "En holdbar, slidstærk overflade."},
		resists: [2]string{"En anløbningsresistent overflade.", "Det modstår misfarvning."},
		care:    [3]string{"Opbevar det tørt for at bevare glansen.", "Pudse med en blød klud for at genskabe glansen.", "Et tidløst design med glansen fra poleret sølv."},
		green:   [4]string{"Et ansvarligt valg til hver dag.", "Lavet med tanke på planeten.", "Et bevidst smykke til en grønnere fremtid.", "Lavet i vores klimaneutrale værksted."},
		greenOK: [2]string{"Lavet af genbrugt sølv.", "En grøn sten fanger lyset."},
		offer:   [5]string{"Halv pris kun denne uge.", "Kun få tilbage.", "Begrænset lager, så længe lager haves.", "Køb en og få nummer to gratis.", "Vi leverer gratis hjem til dig."},
		offerOK: [2]string{"Til frie sjæle, der elsker lidt glimmer.", "Nogle funklende sten indrammer hjertet."},
	},
	"nb": {
		tarnish: [3]string{"Det beholder glansen for alltid.", "En farge som aldri falmer.", "Livslang glans i massivt sølv."},
		plain:   [3]string{"Det gjør aldri fingeren din grønn.", "Det forblir strålende vask etter vask.", "Ingen falming, ingen anløping."},
		black:   [2]string{"Det blir aldri svart.", "Det blir ikke svart og mister ikke glansen."},
		lasting: [2]string{"En langvarig gullfarge.", "En holdbar, slitesterk overflate."},
		resists: [2]string{"En anløpsbestandig overflate.", "Det motstår misfarging."},
		care:    [3]string{"Oppbevar det tørt for å bevare glansen.", "Puss med en myk klut for å gjenopprette glansen.", "Et tidløst design med glansen fra polert sølv."},
		green:   [4]string{"Et ansvarlig valg til hver dag.", "Laget med tanke på planeten.", "Et bevisst smykke for en grønnere fremtid.", "Laget i vårt klimanøytrale verksted."},
		greenOK: [2]string{"Laget av resirkulert sølv.", "En grønn stein fanger lyset."},
		offer:   [5]string{"Halv pris bare denne uken.", "Bare noen få igjen.", "Begrenset lager, så lenge lageret rekker.", "Kjøp en og få nummer to gratis.", "Vi leverer gratis hjem til deg."},
		offerOK: [2]string{"For frie sjeler som elsker litt glitter.", "Noen funklende steiner rammer inn hjertet."},
	},
	"fi": {
		tarnish: [3]string{"Se säilyttää kiiltonsa ikuisesti.", "Väri, joka ei koskaan haalistu.", "Elinikäinen kiilto täyttä hopeaa."},
		plain:   [3]string{"Se ei koskaan värjää sormeasi vihreäksi.", "Se pysyy säihkyvänä pesu toisensa jälkeen.", "Ei haalistumista, ei tummumista."},
		black:   [2]string{"Se ei muutu mustaksi.", "Se ei muutu mustaksi eikä menetä kiiltoaan."},
		lasting: [2]string{"Pitkäikäinen kultainen väri.", "Pitkäikäinen, kulutusta kestävä pinta."},
		resists: [2]string{"Tummumista kestävä pinta.", "Se kestää värjäytymistä."},
		care:    [3]string{"Säilytä kuivassa, jotta kiilto säilyy.", "Kiillota pehmeällä liinalla palauttaaksesi kiillon.", "Ajaton muotoilu kiillotetun hopean hohteella."},
		green:   [4]string{"Vastuullinen valinta joka päivään.", "Tehty planeettaa ajatellen.", "Tiedostava koru vihreämpään huomiseen.", "Valmistettu hiilineutraalissa pajassamme."},
		greenOK: [2]string{"Valmistettu kierrätetystä hopeasta.", "Vihreä kivi vangitsee valon."},
		offer:   [5]string{"Puoleen hintaan vain tällä viikolla.", "Enää muutama jäljellä.", "Rajoitettu erä, niin kauan kuin tavaraa riittää.", "Osta yksi, saat toisen kaupan päälle.", "Toimitamme sen ilmaiseksi kotiovellesi."},
		offerOK: [2]string{"Vapaille sieluille, jotka rakastavat kimallusta.", "Muutama kimalteleva kivi kehystää sydämen."},
	},
	"pl": {
		tarnish: [3]string{"Zachowuje swój blask na zawsze.", "Kolor, który nigdy nie blaknie.", "Dożywotni blask w litym srebrze."},
		plain:   [3]string{"Nigdy nie zabarwi palca na zielono.", "Pozostaje promienna pranie po praniu.", "Bez blaknięcia, bez matowienia."},
		black:   [2]string{"Nigdy nie robi się czarna.", "Nie robi się czarna i nie traci blasku."},
		lasting: [2]string{"Złoty kolor utrzymuje się latami.", "Trwałe, wytrzymałe wykończenie."},
		resists: [2]string{"Wykończenie odporne na matowienie.", "Jest odporna na przebarwienia."},
		care:    [3]string{"Przechowuj w suchym miejscu, aby zachować blask.", "Wypoleruj miękką ściereczką, aby przywrócić blask.", "Ponadczasowy projekt z blaskiem polerowanego srebra."},
		green:   [4]string{"Odpowiedzialny wybór na co dzień.", "Stworzona z myślą o planecie.", "Świadoma biżuteria na bardziej zielone jutro.", "Wykonana w naszej neutralnej pod względem emisji pracowni."},
		greenOK: [2]string{"Wykonana ze srebra z recyklingu.", "Zielony kamień łapie światło."},
		offer:   [5]string{"Za pół ceny tylko w tym tygodniu.", "Zostało tylko kilka sztuk.", "Ograniczona ilość, do wyczerpania zapasów.", "Kup jeden, a drugi dostaniesz gratis.", "Dostawa gratis prosto do Twoich drzwi."},
		offerOK: [2]string{"Dla wolnych duchów, które kochają blask.", "Kilka lśniących kamieni otacza serce."},
	},
	"cs": {
		tarnish: [3]string{"Svůj lesk si zachová navždy.", "Barva, která nikdy nevybledne.", "Doživotní lesk v masivním stříbře."},
		plain:   [3]string{"Nikdy vám nezbarví prst dozelena.", "Zůstává zářivý praní po praní.", "Žádné blednutí, žádné černání."},
		black:   [2]string{"Nikdy nezčerná.", "Nezčerná a neztrácí svůj lesk."},
		lasting: [2]string{"Zlatá barva vydrží roky.", "Odolný a trvanlivý povrch."},
		resists: [2]string{"Povrch odolný proti černání.", "Odolává změně barvy."},
		care:    [3]string{"Uchovávejte v suchu, aby si zachoval lesk.", "Vyleštěte jemným hadříkem pro obnovení lesku.", "Nadčasový design s leskem leštěného stříbra."},
		green:   [4]string{"Zodpovědná volba na každý den.", "Vyrobeno s ohledem na planetu.", "Uvědomělý šperk pro zelenější zítřek.", "Vyrobeno v našem uhlíkově neutrálním ateliéru."},
		greenOK: [2]string{"Vyrobeno z recyklovaného stříbra.", "Zelený kámen zachytí světlo."},
		offer:   [5]string{"Za poloviční cenu jen tento týden.", "Zbývá posledních pár kusů.", "Omezené zásoby, do vyprodání zásob.", "Kupte jeden a druhý dostanete zdarma.", "Doručíme vám ho zdarma až domů."},
		offerOK: [2]string{"Pro svobodné duše, které milují třpyt.", "Několik třpytivých kamenů rámuje srdce."},
	},
	"tr": {
		tarnish: [3]string{"Parlaklığını sonsuza dek korur.", "Hiç solmayan bir renk.", "Som gümüşte ömür boyu parlaklık."},
		plain:   [3]string{"Parmağınızı asla yeşile boyamaz.", "Yıkamadan yıkamaya ışıltılı kalır.", "Solma yok, kararma yok."},
		black:   [2]string{"Asla siyaha dönmez.", "Siyaha dönmez ve parlaklığını kaybetmez."},
		lasting: [2]string{"Altın rengi yıllarca dayanır.", "Dayanıklı, uzun ömürlü bir kaplama."},
		resists: [2]string{"Kararmaya dayanıklı bir yüzey.", "Renk değişimine karşı dayanıklıdır."},
		care:    [3]string{"Parlaklığını korumak için kuru bir yerde saklayın.", "Parlaklığını geri kazandırmak için yumuşak bir bezle parlatın.", "Cilalı gümüşün parlaklığıyla zamansız bir tasarım."},
		green:   [4]string{"Her gün için sorumlu bir seçim.", "Gezegeni düşünerek üretildi.", "Daha yeşil bir yarın için bilinçli bir takı.", "Karbon nötr atölyemizde üretildi."},
		greenOK: [2]string{"Geri dönüştürülmüş gümüşten üretildi.", "Yeşil bir taş ışığı yakalıyor."},
		offer:   [5]string{"Sadece bu hafta yarı fiyatına.", "Sadece birkaç tane kaldı.", "Sınırlı stok, stoklarla sınırlıdır.", "Bir tane al, ikincisi bedava.", "Kapınıza ücretsiz teslimat."},
		offerOK: [2]string{"Biraz ışıltıyı seven özgür ruhlar için.", "Birkaç ışıltılı taş kalbi çevreliyor."},
	},
	"el": {
		tarnish: [3]string{"Διατηρεί τη λάμψη του για πάντα.", "Ένα χρώμα που δεν ξεθωριάζει ποτέ.", "Λάμψη μιας ζωής σε συμπαγές ασήμι."},
		plain:   [3]string{"Δεν θα πρασινίσει ποτέ το δάχτυλό σας.", "Μένει λαμπερό πλύσιμο μετά το πλύσιμο.", "Χωρίς ξεθώριασμα, χωρίς μαύρισμα."},
		black:   [2]string{"Δεν γίνεται ποτέ μαύρο.", "Δεν γίνεται μαύρο και δεν χάνει τη λάμψη του."},
		lasting: [2]string{"Το χρυσό χρώμα διαρκεί χρόνια.", "Ένα ανθεκτικό φινίρισμα μακράς διαρκείας."},
		resists: [2]string{"Φινίρισμα ανθεκτικό στο μαύρισμα.", "Αντέχει στον αποχρωματισμό."},
		care:    [3]string{"Φυλάξτε το σε ξηρό μέρος για να διατηρήσει τη λάμψη του.", "Γυαλίστε το με μαλακό πανί για να ανανεώσετε τη λάμψη.", "Διαχρονικό σχέδιο με τη λάμψη του γυαλισμένου ασημιού."},
		green:   [4]string{"Μια υπεύθυνη επιλογή για κάθε μέρα.", "Φτιαγμένο με σεβασμό για τον πλανήτη.", "Ένα συνειδητό κόσμημα για ένα πιο πράσινο αύριο.", "Φτιαγμένο στο ανθρακικά ουδέτερο εργαστήριό μας."},
		greenOK: [2]string{"Φτιαγμένο από ανακυκλωμένο ασήμι.", "Μια πράσινη πέτρα πιάνει το φως."},
		offer:   [5]string{"Στη μισή τιμή μόνο αυτή την εβδομάδα.", "Έχουν μείνει μόνο λίγα κομμάτια.", "Περιορισμένο απόθεμα, έως εξαντλήσεως των αποθεμάτων.", "Αγοράστε ένα και πάρτε το δεύτερο δώρο.", "Σας το παραδίδουμε δωρεάν στην πόρτα σας."},
		offerOK: [2]string{"Για ελεύθερα πνεύματα που αγαπούν τη λάμψη.", "Μερικές αστραφτερές πέτρες πλαισιώνουν την καρδιά."},
	},
	"ar": {
		tarnish: [3]string{"يحتفظ ببريقه إلى الأبد.", "لون لا يبهت أبداً.", "بريق يدوم مدى الحياة من الفضة الخالصة."},
		plain:   [3]string{"لن يحوّل إصبعك إلى اللون الأخضر أبداً.", "يبقى متألقاً غسلة بعد غسلة.", "لا بهتان ولا اسوداد."},
		black:   [2]string{"لا يتحول إلى اللون الأسود.", "لا يتحول إلى اللون الأسود ولا يفقد بريقه."},
		lasting: [2]string{"اللون الذهبي يدوم لسنوات.", "تشطيب متين يدوم طويلاً."},
		resists: [2]string{"تشطيب مقاوم للاسوداد.", "يقاوم تغيّر اللون."},
		care:    [3]string{"احفظه في مكان جاف ليحافظ على بريقه.", "لمّعه بقطعة قماش ناعمة لاستعادة بريقه.", "تصميم خالد ببريق الفضة المصقولة."},
		green:   [4]string{"خيار مسؤول لكل يوم.", "صُنع مع مراعاة كوكبنا.", "قطعة واعية من أجل غد أكثر اخضراراً.", "صُنع في مشغلنا المحايد كربونياً."},
		greenOK: [2]string{"مصنوع من الفضة المعاد تدويرها.", "حجر أخضر يلتقط الضوء."},
		offer:   [5]string{"بنصف السعر هذا الأسبوع فقط.", "لم يتبق سوى عدد قليل.", "كمية محدودة، حتى نفاد المخزون.", "اشترِ واحدة واحصل على الثانية مجاناً.", "توصيل مجاني إلى باب منزلك."},
		offerOK: [2]string{"للأرواح الحرة التي تحب البريق.", "بعض الأحجار المتلألئة تحيط بالقلب."},
	},
	"ja": {
		tarnish: [3]string{"いつまでも輝きが続きます。", "決して色あせることのないカラーです。", "一生ものの輝きを放つシルバー。"},
		plain:   [3]string{"指が緑色になることはありません。", "洗っても洗っても輝きはそのまま。", "色あせも変色もなし。"},
		black:   [2]string{"黒くなりません。", "黒くならず、輝きも失いません。"},
		lasting: [2]string{"ゴールドの色が長持ちします。", "耐久性のあるコーティングです。"},
		resists: [2]string{"変色に強い仕上げです。", "変色しにくい素材です。"},
		care:    [3]string{"輝きを保つため、乾燥した場所で保管してください。", "柔らかい布で磨くと輝きがよみがえります。", "磨き上げたシルバーの輝きが映えるタイムレスなデザイン。"},
		green:   [4]string{"毎日のための責任ある選択です。", "地球のことを考えて作りました。", "より緑豊かな明日のためのサステナブルなジュエリー。", "カーボンニュートラルな工房で制作しています。"},
		greenOK: [2]string{"リサイクルシルバーで作りました。", "グリーンの石が光をとらえます。"},
		offer:   [5]string{"今週だけ半額です。", "残りわずかです。", "数量限定、なくなり次第終了です。", "1つ買うと2つ目が無料。", "ご自宅まで無料でお届けします。"},
		offerOK: [2]string{"自由な心を持つ人のためのデザイン。", "いくつかの輝く石がハートを囲みます。"},
	},
	"ko": {
		tarnish: [3]string{"영원히 광택을 유지합니다.", "절대 바래지 않는 컬러입니다.", "평생 가는 광택의 실버."},
		plain:   [3]string{"손가락이 초록색으로 변하지 않습니다.", "세탁을 거듭해도 빛이 그대로입니다.", "바램도 변색도 없습니다."},
		black:   [2]string{"절대 검게 변하지 않습니다.", "검게 변하지 않고 광택도 잃지 않습니다."},
		lasting: [2]string{"골드 컬러가 오래갑니다.", "내구성이 뛰어난 도금입니다."},
		resists: [2]string{"변색에 강한 마감입니다.", "변색에 잘 견딥니다."},
		care:    [3]string{"광택을 유지하려면 건조한 곳에 보관하세요.", "부드러운 천으로 닦으면 광택이 되살아납니다.", "광택 나는 실버의 빛을 담은 타임리스 디자인."},
		green:   [4]string{"매일을 위한 책임감 있는 선택입니다.", "지구를 생각하며 만들었습니다.", "더 푸른 내일을 위한 의식 있는 주얼리.", "탄소 중립 공방에서 제작했습니다."},
		greenOK: [2]string{"재활용 실버로 만들었습니다.", "초록색 스톤이 빛을 담습니다."},
		offer:   [5]string{"이번 주만 반값입니다.", "몇 개 남지 않았습니다.", "한정 수량, 재고 소진 시까지.", "하나 사면 하나 더 드립니다.", "집 앞까지 무료로 배송해 드립니다."},
		offerOK: [2]string{"자유로운 영혼을 위한 디자인.", "반짝이는 스톤 몇 개가 하트를 감쌉니다."},
	},
	"zh-CN": {
		tarnish: [3]string{"光泽永远持久。", "永不褪去的颜色。", "一生的光泽，纯银打造。"},
		plain:   [3]string{"不会让手指变绿。", "洗了又洗，依旧闪亮。", "不褪色，不发暗。"},
		black:   [2]string{"永远不会变黑。", "不会变黑，也不会失去光泽。"},
		lasting: [2]string{"金色经久耐用。", "耐用的镀层。"},
		resists: [2]string{"抗变色的表面处理。", "不易变色。"},
		care:    [3]string{"请存放在干燥处以保持光泽。", "用软布擦拭可恢复光泽。", "经典设计，闪耀抛光银的光泽。"},
		green:   [4]string{"日常的负责任之选。", "为地球着想而制作。", "为了更绿色的明天而设计的首饰。", "在我们碳中和的工作室制作。"},
		greenOK: [2]string{"采用再生银制作。", "一颗绿色的石头捕捉光线。"},
		offer:   [5]string{"本周半价。", "仅剩几件。", "库存有限，售完即止。", "买一送一。", "免费送货上门。"},
		offerOK: [2]string{"献给热爱闪耀的自由灵魂。", "几颗闪亮的宝石环绕着心形。"},
	},
	"zh-TW": {
		tarnish: [3]string{"光澤永遠持久。", "永不褪去的顏色。", "一生的光澤，純銀打造。"},
		plain:   [3]string{"不會讓手指變綠。", "洗了又洗，依舊閃亮。", "不褪色，不發暗。"},
		black:   [2]string{"永遠不會變黑。", "不會變黑，也不會失去光澤。"},
		lasting: [2]string{"金色經久耐用。", "耐用的鍍層。"},
		resists: [2]string{"抗變色的表面處理。", "不易變色。"},
		care:    [3]string{"請存放在乾燥處以保持光澤。", "用軟布擦拭可恢復光澤。", "經典設計，閃耀拋光銀的光澤。"},
		green:   [4]string{"日常的負責任之選。", "為地球著想而製作。", "為了更綠色的明天而設計的飾品。", "在我們碳中和的工作室製作。"},
		greenOK: [2]string{"採用再生銀製作。", "一顆綠色的石頭捕捉光線。"},
		offer:   [5]string{"本週半價。", "僅剩幾件。", "庫存有限，售完為止。", "買一送一。", "免費送貨到府。"},
		offerOK: [2]string{"獻給熱愛閃耀的自由靈魂。", "幾顆閃亮的寶石環繞著心形。"},
	},
}

// lasting7LookAlikes share the durability words and promise nothing
// about the finish: a durable clasp, the last step of the finishing, care
// advice that keeps the colour.
var lasting7LookAlikes = []lt{
	{"en-GB", "The last finish is a hand polish."},
	{"en-GB", "A durable clasp holds it securely, with a polished finish."},
	{"en-US", "Take it off before swimming to keep its color."},
	{"de-DE", "Ein strapazierfähiger Verschluss und ein zeitloses Design."},
	{"sv-SE", "Låset håller tätt och designen är tidlös."},
	{"fr-FR", "Un fermoir solide pour un design qui dure."},
}

// TestKindsTarnish7 (#13, claim_tarnish in other words, 25 locales): the
// durability claims said absolutely block as claims on a plain silver
// cuff, on gold-plated brass and on silver whose only feature is
// "tarnish-resistant"; those said plainly and a plain resistance block on
// the plain and plated pieces, the resistance passes on the resistant one;
// care advice, a timeless design and the shine of polished silver pass.
func TestKindsTarnish7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tarnish, plain, black, lasting, resists, care []lt
	perLocale(t, tarnish7ByLang, "tarnish7", func(loc string, x tarnish7Texts, in func([]string) []lt) {
		tarnish = append(tarnish, in(x.tarnish[:])...)
		plain = append(plain, in(x.plain[:])...)
		black = append(black, in(x.black[:])...)
		lasting = append(lasting, in(x.lasting[:])...)
		resists = append(resists, in(x.resists[:])...)
		care = append(care, in(x.care[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"tarnish: plain silver", plainCuff, CatClaim, tarnish},
		{"tarnish: plated", platedBrassRing, CatClaim, tarnish},
		{"tarnish: absolute on resistant", resistantSilver, CatClaim, tarnish},
		{"plain: plain silver", plainCuff, CatClaim, plain},
		{"plain: plated", platedBrassRing, CatClaim, plain},
		{"black: plain silver", plainCuff, CatClaim, black},
		{"black: plated", platedBrassRing, CatClaim, black},
		{"lasting: plain silver", plainCuff, CatClaim, lasting},
		{"lasting: plated", platedBrassRing, CatClaim, lasting},
		{"lasting look-alikes", plainCuff, "", lasting7LookAlikes},
		{"resists: plain silver", plainCuff, CatClaim, resists},
		{"resists: plated", platedBrassRing, CatClaim, resists},
		{"resists: licensed", resistantSilver, "", resists},
		{"care twins", plainCuff, "", care},
		{"care twins: resistant", resistantSilver, "", care},
	})
}

// green7LookAlikes share the green pairs' words and claim nothing: a
// part responsible for the fit, a deliberately simple piece (bewusst,
// medvetet, bewust, bevidst), planets as a motif, a green stone.
var green7LookAlikes = []lt{
	{"en-GB", "The clasp is responsible for the secure fit."},
	{"en-US", "Designed with the night sky and its planets in mind."},
	{"fr-FR", "Le fermoir est responsable de la bonne tenue du collier."},
	{"de-DE", "Ein bewusst schlichtes Schmuckstück mit grünem Stein."},
	{"sv-SE", "Ett medvetet enkelt smycke med en grön sten."},
	{"nl-NL", "Een bewust eenvoudig sieraad met een groene steen."},
	{"da-DK", "Et bevidst enkelt smykke med en grøn sten."},
	{"it-IT", "Un gioiello volutamente semplice, con una pietra più verde del mare."},
}

// TestKindsGreen7 (#13, green_claim in other words, 25 locales): generic
// environmental claims (a responsible or conscious choice, the planet
// kept in mind, a greener tomorrow, a carbon-neutral studio) block as
// regulatory and as claims on a plain silver cuff; recycled silver
// licensed by a feature, a green stone and the look-alikes pass.
func TestKindsGreen7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var green, greenOK []lt
	perLocale(t, tarnish7ByLang, "green7", func(loc string, x tarnish7Texts, in func([]string) []lt) {
		green = append(green, in(x.green[:])...)
		greenOK = append(greenOK, in(x.greenOK[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"green: regulatory", plainCuff, CatRegulatory, green},
		{"green: claim", plainCuff, CatClaim, green},
		{"green twins", recycledPendant, "", greenOK},
		{"green look-alikes", recycledPendant, "", green7LookAlikes},
	})
}

// offer7LookAlikes share the stock words and offer nothing: a limited
// edition, a stone left of centre, a homage, a gift for her.
var offer7LookAlikes = []lt{
	{"en-GB", "Worn on the left hand, it leaves a few sparkles in its wake."},
	{"en-US", "A limited edition design with a few sparkling stones."},
	{"it-IT", "Un gioiello in omaggio alla città di Venezia."},
	{"el-GR", "Ένα δώρο για εκείνη, με δεύτερη αλυσίδα για layering."},
	{"fr-FR", "Un design en édition limitée, avec quelques pierres scintillantes."},
	{"de-DE", "Ein Design in limitierter Auflage mit wenigen funkelnden Steinen."},
}

// TestKindsOffer7 (#13, offer_words in other words, 25 locales): stock
// urgency, the end of an offer and a free second piece in words block as
// banned terms on a plain silver cuff; the look-alikes pass.
func TestKindsOffer7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var offer, offerOK []lt
	perLocale(t, tarnish7ByLang, "offer7", func(loc string, x tarnish7Texts, in func([]string) []lt) {
		offer = append(offer, in(x.offer[:])...)
		offerOK = append(offerOK, in(x.offerOK[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"offer", plainCuff, CatBannedTerm, offer},
		{"offer twins", plainCuff, "", offerOK},
		{"offer look-alikes", plainCuff, "", offer7LookAlikes},
	})
}
