package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// lang6Texts are one language's copy of plainCuff (the Arc cuff in sterling
// silver) with, inserted, the language kinds of issue #13 in new wordings
// (lang6, 30 Nov): host is two truthful sentences; in the other fields "%s"
// stands for host, and a text without it is added after host.
//   - echo: prompt text echoed (the brief named, a note on the length asked for, a role
//     line, an instruction line, a constraint line, an assistant lead-in, a
//     sign-off, a markdown heading, a placeholder); echoOK shares their words in copy ("ignore
//     the rain", an opening "system", "write your own story").
//   - offer: offers, prices and shipping in words; offerOK their harmless
//     neighbours (half-moon, free spirits, wearing two).
//   - english: untranslated English inside the copy (a clause, "Shop now.",
//     a phrase inside a sentence); englishOK loanwords and the brand.
type lang6Texts struct {
	host                                             string
	echo, echoOK, offer, offerOK, english, englishOK []string
}

var lang6ByLang = map[string]lang6Texts{
	"en": {
		host: "The Arc cuff is made of sterling silver with a softly rounded edge. It opens at the back, so it slips on and off easily.",
		echo: []string{"%s This copy follows the brand's style guide and tone of voice.", "%s\nNote: the text should be 60-80 words and use a friendly tone.", "You are a copywriter for a fine jewellery brand. Write in a warm tone.\n%s", "Write a product description for the Arc cuff in about 60 words.\n%s",
			"%s\nDo not mention price.", "Sure! Here's a description for the Arc cuff:\n\n%s", "%s\n\nHope this helps! Let me know if you need changes.",
			"**Product description:**\n%s", "=[Product name] is made of sterling silver with a softly rounded edge. It opens at the back, so it slips on and off easily."},
		echoOK:  []string{"Ignore the rain and the grey skies: the Arc cuff brings its own light. %s", "%s Its simple opening system needs no clasp.", "%s Write your own story with it, one day at a time."},
		offer:   []string{"%s This week only, it is half price.", "%s It ships free to any address.", "%s Two for one on every cuff this weekend.", "%s For a few days, take a fifth off.", "%s Buy one, get one free.", "%s Now -20 % on every cuff."},
		offerOK: []string{"%s Its half-moon curve sits flat on the wrist.", "%s A cuff for free spirits.", "%s Wear one alone, or two for a bolder look.", "%s A gift to mark a fifth anniversary."},
	},
	"fr": {
		host: "Le jonc Arc est en argent 925, avec des bords doucement arrondis. Il s'ouvre à l'arrière pour se mettre et s'enlever facilement.",
		echo: []string{"%s Ce texte respecte le guide de style et le ton de la marque.", "%s\nRemarque : le texte doit faire entre 60 et 80 mots, sur un ton chaleureux.", "Tu es rédacteur pour une marque de bijoux. Adopte un ton chaleureux.\n%s", "Rédige une description produit de 60 mots pour le jonc Arc.\n%s",
			"%s\nNe mentionne pas le prix.", "Voici une proposition pour le jonc Arc :\n\n%s", "%s\n\nJ'espère que cela vous aidera ! N'hésitez pas si vous souhaitez des modifications.",
			"**Description du produit :**\n%s", "=[Nom du produit] est en argent 925, avec des bords doucement arrondis. Il s'ouvre à l'arrière pour se mettre et s'enlever facilement."},
		echoOK:    []string{"Ignorez la pluie et le ciel gris : le jonc Arc apporte sa propre lumière. %s", "%s Son système d'ouverture se passe de fermoir.", "%s Écrivez votre propre histoire, un jour après l'autre."},
		offer:     []string{"%s Cette semaine seulement, il est à moitié prix.", "%s Il vous est expédié gratuitement partout en France.", "%s Deux pour le prix d'un tout le week-end.", "%s -20 % sur tous les joncs jusqu'à dimanche.", "%s Un acheté, le deuxième offert."},
		offerOK:   []string{"%s Sa courbe en demi-lune se pose à plat sur le poignet.", "%s Un bijou pour les esprits libres.", "%s Portez-en un seul, ou deux pour un style plus affirmé."},
		english:   []string{"Le jonc Arc est en argent 925, perfect for everyday wear. Il s'ouvre à l'arrière pour se mettre et s'enlever facilement.", "%s Shop now.", "Le jonc Arc est a true wardrobe staple en argent 925, ouvert à l'arrière et facile à mettre."},
		englishOK: []string{"%s Un design épuré qui complète votre look, du bureau au week-end.", "%s Il se porte aussi avec un charm ou un autre bijou de la marque Aurelia."},
	},
	"de": {
		host: "Der Armreif Arc ist aus Sterlingsilber und hat sanft abgerundete Kanten. Hinten ist er offen, sodass er sich leicht an- und ablegen lässt.",
		echo: []string{"%s Der Text folgt dem Styleguide und der Tonalität der Marke.", "%s\nHinweis: Der Text sollte 60 bis 80 Wörter lang sein.", "Du bist Texter für eine Schmuckmarke. Schreibe in einem warmen Ton.\n%s", "Schreibe eine Produktbeschreibung für den Armreif Arc mit etwa 60 Wörtern.\n%s",
			"%s\nErwähne keine Preise.", "Gerne! Hier ist ein Text für den Armreif Arc:\n\n%s", "%s\n\nIch hoffe, das hilft! Gib mir Bescheid, falls du Änderungen brauchst.",
			"**Produktbeschreibung:**\n%s", "=[Produktname] ist aus Sterlingsilber und hat sanft abgerundete Kanten. Hinten ist er offen, sodass er sich leicht an- und ablegen lässt."},
		echoOK:    []string{"Ignorieren Sie den Regen und die grauen Wolken: Der Armreif Arc bringt sein eigenes Licht mit. %s", "%s Das Öffnungssystem kommt ohne Verschluss aus.", "%s Schreiben Sie Ihre eigene Geschichte, Tag für Tag."},
		offer:     []string{"%s Diese Woche kostet er nur die Hälfte.", "%s Kostenloser Versand innerhalb Deutschlands.", "%s Zwei zum Preis von einem, nur am Wochenende.", "%s Jetzt ein Fünftel günstiger.", "%s Jetzt -20 % auf alle Armreifen."},
		offerOK:   []string{"%s Seine Halbmondform liegt flach am Handgelenk.", "%s Ein Armreif für freie Geister.", "%s Tragen Sie einen allein oder zwei für einen kräftigeren Auftritt."},
		english:   []string{"Der Armreif Arc ist aus Sterlingsilber, perfect for everyday wear. Hinten ist er offen, sodass er sich leicht an- und ablegen lässt.", "%s Shop now.", "Der Armreif Arc ist a true wardrobe staple aus Sterlingsilber, hinten offen und leicht anzulegen."},
		englishOK: []string{"%s Ein cleanes Design, das jeden Look abrundet, im Büro wie am Wochenende.", "%s Dazu passt ein Charm oder ein anderes Must-have von Aurelia."},
	},
	"it": {
		host: "Il bracciale rigido Arc è in argento sterling, con bordi dolcemente arrotondati. Si apre sul retro, così si indossa e si toglie con facilità.",
		echo: []string{"%s Il testo segue la guida di stile e il tono di voce del marchio.", "%s\nNota: il testo deve essere di 60-80 parole, con un tono cordiale.", "Sei un copywriter per un marchio di gioielli. Usa un tono caldo.\n%s", "Scrivi una descrizione prodotto di circa 60 parole per il bracciale Arc.\n%s",
			"%s\nNon menzionare il prezzo.", "Certo! Ecco un testo per il bracciale Arc:\n\n%s", "%s\n\nSpero che ti sia utile! Fammi sapere se servono modifiche.",
			"**Descrizione del prodotto:**\n%s", "=[Nome prodotto] è in argento sterling, con bordi dolcemente arrotondati. Si apre sul retro, così si indossa e si toglie con facilità."},
		echoOK:    []string{"Ignora la pioggia e il cielo grigio: il bracciale Arc porta con sé la sua luce. %s", "%s Il sistema di apertura non richiede chiusura.", "%s Scrivi la tua storia, un giorno alla volta."},
		offer:     []string{"%s Solo questa settimana costa la metà.", "%s La consegna è gratuita in tutta Italia.", "%s Due al prezzo di uno per tutto il weekend.", "%s -20% su tutti i bracciali fino a domenica.", "%s Ne compri uno, il secondo è in regalo."},
		offerOK:   []string{"%s La sua curva a mezzaluna resta piatta sul polso.", "%s Un bracciale per gli spiriti liberi.", "%s Indossane uno da solo, o due per uno stile più deciso."},
		english:   []string{"Il bracciale rigido Arc è in argento sterling, perfect for everyday wear. Si apre sul retro, così si indossa e si toglie con facilità.", "%s Shop now.", "Il bracciale Arc è a true wardrobe staple in argento sterling, aperto sul retro e facile da indossare."},
		englishOK: []string{"%s Un design pulito che completa il tuo look, in ufficio come nel weekend.", "%s Si abbina a un charm o a un altro must-have firmato Aurelia."},
	},
	"es": {
		host: "El brazalete Arc es de plata de ley y tiene los bordes suavemente redondeados. Se abre por detrás, así que es fácil de poner y quitar.",
		echo: []string{"%s El texto sigue la guía de estilo y el tono de voz de la marca.", "%s\nNota: el texto debe tener entre 60 y 80 palabras y un tono cercano.", "Eres redactor de una marca de joyería. Usa un tono cálido.\n%s", "Escribe una descripción de producto de unas 60 palabras para el brazalete Arc.\n%s",
			"%s\nNo menciones el precio.", "¡Claro! Aquí tienes un texto para el brazalete Arc:\n\n%s", "%s\n\n¡Espero que te sirva! Avísame si necesitas cambios.",
			"**Descripción del producto:**\n%s", "=[Nombre del producto] es de plata de ley y tiene los bordes suavemente redondeados. Se abre por detrás, así que es fácil de poner y quitar."},
		echoOK:    []string{"Ignora la lluvia y el cielo gris: el brazalete Arc trae su propia luz. %s", "%s Su sistema de apertura no necesita cierre.", "%s Escribe tu propia historia, día a día."},
		offer:     []string{"%s Esta semana cuesta la mitad.", "%s Envío gratis a toda la península.", "%s Dos por uno en todos los brazaletes este fin de semana.", "%s -20 % en todos los brazaletes hasta el domingo.", "%s Compra uno y llévate otro de regalo."},
		offerOK:   []string{"%s Su curva de media luna queda plana sobre la muñeca.", "%s Un brazalete para espíritus libres.", "%s Llévalo solo o con otro igual para un estilo más marcado."},
		english:   []string{"El brazalete Arc es de plata de ley, perfect for everyday wear. Se abre por detrás, así que es fácil de poner y quitar.", "%s Shop now.", "El brazalete Arc es a true wardrobe staple de plata de ley, abierto por detrás y fácil de poner."},
		englishOK: []string{"%s Un diseño limpio que completa tu look, en la oficina o el fin de semana.", "%s Combina con un charm o con cualquier básico de Aurelia."},
	},
	"pt": {
		host: "A pulseira rígida Arc é de prata de lei, com os cantos suavemente arredondados. Abre atrás, por isso é fácil de colocar e tirar.",
		echo: []string{"%s O texto segue o guia de estilo e o tom de voz da marca.", "%s\nNota: o texto deve ter entre 60 e 80 palavras, num tom próximo.", "Você é redator de uma marca de joias. Use um tom caloroso.\n%s", "Escreva uma descrição de produto com cerca de 60 palavras para a pulseira Arc.\n%s",
			"%s\nNão mencione o preço.", "Claro! Segue um texto para a pulseira Arc:\n\n%s", "%s\n\nEspero que ajude! Diga-me se precisar de alterações.",
			"**Descrição do produto:**\n%s", "=[Nome do produto] é de prata de lei, com os cantos suavemente arredondados. Abre atrás, por isso é fácil de colocar e tirar."},
		echoOK:    []string{"Ignore a chuva e o céu cinzento: a pulseira Arc traz a sua própria luz. %s", "%s O sistema de abertura dispensa fecho.", "%s Escreva a sua própria história, dia após dia."},
		offer:     []string{"%s Esta semana custa metade do preço.", "%s Envio gratuito para todo o país.", "%s Leve duas e pague uma durante o fim de semana.", "%s -20 % em todas as pulseiras até domingo.", "%s Compre uma e ganhe outra."},
		offerOK:   []string{"%s A curva em meia-lua assenta plana no pulso.", "%s Uma pulseira para espíritos livres.", "%s Use uma sozinha, ou duas para um estilo mais marcante."},
		english:   []string{"A pulseira rígida Arc é de prata de lei, perfect for everyday wear. Abre atrás, por isso é fácil de colocar e tirar.", "%s Shop now.", "A pulseira Arc é a true wardrobe staple de prata de lei, aberta atrás e fácil de colocar."},
		englishOK: []string{"%s Um design limpo que completa o seu look, no escritório ou no fim de semana.", "%s Combina com um charm ou com outro básico da Aurelia."},
	},
	"nl": {
		host: "De armband Arc is van sterling zilver en heeft zacht afgeronde randen. Hij is aan de achterkant open, zodat je hem makkelijk om- en afdoet.",
		echo: []string{"%s De tekst volgt de stijlgids en de tone of voice van het merk.", "%s\nLet op: de tekst moet 60 tot 80 woorden zijn, in een vriendelijke toon.", "Je bent copywriter voor een sieradenmerk. Schrijf in een warme toon.\n%s", "Schrijf een productbeschrijving van ongeveer 60 woorden voor de armband Arc.\n%s",
			"%s\nNoem de prijs niet.", "Natuurlijk! Hier is een tekst voor de armband Arc:\n\n%s", "%s\n\nIk hoop dat je hier iets aan hebt! Laat het me weten als je wijzigingen wilt.",
			"**Productbeschrijving:**\n%s", "=[Productnaam] is van sterling zilver en heeft zacht afgeronde randen. Hij is aan de achterkant open, zodat je hem makkelijk om- en afdoet."},
		echoOK:    []string{"Negeer de regen en de grijze lucht: de armband Arc brengt zijn eigen licht mee. %s", "%s Het opensysteem heeft geen sluiting nodig.", "%s Schrijf je eigen verhaal, dag na dag."},
		offer:     []string{"%s Deze week voor de halve prijs.", "%s We versturen hem gratis door heel Nederland.", "%s Twee halen, één betalen, het hele weekend.", "%s Nu -20 % op alle armbanden tot zondag.", "%s Nu een vijfde goedkoper."},
		offerOK:   []string{"%s De halvemaanvorm ligt plat op de pols.", "%s Een armband voor vrije geesten.", "%s Draag er één los, of twee voor een krachtiger effect."},
		english:   []string{"De armband Arc is van sterling zilver, perfect for everyday wear. Hij is aan de achterkant open, zodat je hem makkelijk om- en afdoet.", "%s Shop now.", "De armband Arc is a true wardrobe staple van sterling zilver, open aan de achterkant en makkelijk om te doen."},
		englishOK: []string{"%s Een strak design dat elke look afmaakt, op kantoor of in het weekend.", "%s Combineer hem met een charm of een musthave van Aurelia."},
	},
	"da": {
		host: "Armbåndet Arc er lavet af sterlingsølv og har blødt afrundede kanter. Det er åbent bagpå, så det er nemt at tage på og af.",
		echo: []string{"%s Teksten følger brandets stilguide og tone of voice.", "%s\nBemærk: Teksten skal være på 60-80 ord og have en venlig tone.", "Du er tekstforfatter for et smykkebrand. Skriv i en varm tone.\n%s", "Skriv en produktbeskrivelse på cirka 60 ord af armbåndet Arc.\n%s",
			"%s\nNævn ikke prisen.", "Selvfølgelig! Her er en tekst til armbåndet Arc:\n\n%s", "%s\n\nJeg håber, det hjælper! Sig endelig til, hvis du vil have ændringer.",
			"**Produktbeskrivelse:**\n%s", "=[Produktnavn] er lavet af sterlingsølv og har blødt afrundede kanter. Det er åbent bagpå, så det er nemt at tage på og af."},
		echoOK:    []string{"Glem regnen og den grå himmel: Armbåndet Arc har sit eget lys. %s", "%s Åbningssystemet klarer sig uden lås.", "%s Skriv din egen historie, dag for dag."},
		offer:     []string{"%s Denne uge til halv pris.", "%s Vi sender det gratis i hele Danmark.", "%s Køb to, betal for ét hele weekenden.", "%s Nu -20 % på alle armbånd frem til søndag.", "%s Nu en femtedel billigere."},
		offerOK:   []string{"%s Halvmåneformen ligger fladt på håndleddet.", "%s Et armbånd til de frie sjæle.", "%s Bær ét alene, eller to for et mere markant udtryk."},
		english:   []string{"Armbåndet Arc er lavet af sterlingsølv, perfect for everyday wear. Det er åbent bagpå, så det er nemt at tage på og af.", "%s Shop now.", "Armbåndet Arc er a true wardrobe staple i sterlingsølv, åbent bagpå og nemt at tage på."},
		englishOK: []string{"%s Et enkelt design, der fuldender dit look, på kontoret og i weekenden.", "%s Det passer til en charm eller et andet must-have fra Aurelia."},
	},
	"nb": {
		host: "Armbåndet Arc er laget av sterlingsølv og har mykt avrundede kanter. Det er åpent bak, så det er lett å ta på og av.",
		echo: []string{"%s Teksten følger merkevarens stilguide og tone of voice.", "%s\nMerk: Teksten skal være på 60–80 ord og ha en vennlig tone.", "Du er tekstforfatter for et smykkemerke. Skriv i en varm tone.\n%s", "Skriv en produktbeskrivelse på rundt 60 ord for armbåndet Arc.\n%s",
			"%s\nIkke nevn prisen.", "Selvfølgelig! Her er en tekst til armbåndet Arc:\n\n%s", "%s\n\nHåper dette hjelper! Gi meg beskjed hvis du vil ha endringer.",
			"**Produktbeskrivelse:**\n%s", "=[Produktnavn] er laget av sterlingsølv og har mykt avrundede kanter. Det er åpent bak, så det er lett å ta på og av."},
		echoOK:    []string{"Glem regnet og den grå himmelen: Armbåndet Arc har sitt eget lys. %s", "%s Åpningssystemet klarer seg uten lås.", "%s Skriv din egen historie, dag for dag."},
		offer:     []string{"%s Denne uken til halv pris.", "%s Vi sender det fraktfritt i hele Norge.", "%s Kjøp to, betal for ett hele helgen.", "%s Nå -20 % på alle armbånd frem til søndag.", "%s Nå en femtedel billigere."},
		offerOK:   []string{"%s Halvmåneformen ligger flatt mot håndleddet.", "%s Et armbånd for frie sjeler.", "%s Bruk ett alene, eller to for et mer markert uttrykk."},
		english:   []string{"Armbåndet Arc er laget av sterlingsølv, perfect for everyday wear. Det er åpent bak, så det er lett å ta på og av.", "%s Shop now.", "Armbåndet Arc er a true wardrobe staple i sterlingsølv, åpent bak og lett å ta på."},
		englishOK: []string{"%s Et enkelt design som fullfører looken, på jobb og i helgen.", "%s Det passer med en charm eller en annen favoritt fra Aurelia."},
	},
	"sv": {
		host: "Armbandet Arc är tillverkat i sterlingsilver och har mjukt rundade kanter. Det är öppet baktill, så det är lätt att ta på och av.",
		echo: []string{"%s Texten följer varumärkets stilguide och tonalitet.", "%s\nObs: Texten ska vara 60–80 ord och ha en vänlig ton.", "Du är copywriter för ett smyckesmärke. Skriv i en varm ton.\n%s", "Skriv en produktbeskrivning på cirka 60 ord för armbandet Arc.\n%s",
			"%s\nNämn inte priset.", "Självklart! Här är en text till armbandet Arc:\n\n%s", "%s\n\nHoppas att detta hjälper! Säg till om du vill ha några ändringar.",
			"**Produktbeskrivning:**\n%s", "=[Produktnamn] är tillverkat i sterlingsilver och har mjukt rundade kanter. Det är öppet baktill, så det är lätt att ta på och av."},
		echoOK:    []string{"Glöm regnet och den grå himlen: armbandet Arc har sitt eget ljus. %s", "%s Öppningssystemet klarar sig utan lås.", "%s Skriv din egen historia, dag för dag."},
		offer:     []string{"%s Den här veckan till halva priset.", "%s Vi skickar det fraktfritt i hela Sverige.", "%s Köp två, betala för ett hela helgen.", "%s Nu -20 % på alla armband fram till söndag.", "%s Nu en femtedel billigare."},
		offerOK:   []string{"%s Halvmåneformen ligger platt mot handleden.", "%s Ett armband för fria själar.", "%s Bär ett ensamt, eller två för ett djärvare uttryck."},
		english:   []string{"Armbandet Arc är tillverkat i sterlingsilver, perfect for everyday wear. Det är öppet baktill, så det är lätt att ta på och av.", "%s Shop now.", "Armbandet Arc är a true wardrobe staple i sterlingsilver, öppet baktill och lätt att ta på."},
		englishOK: []string{"%s En ren design som fullbordar din look, på kontoret och i helgen.", "%s Det passar med en charm eller en annan favorit från Aurelia."},
	},
	"fi": {
		host: "Arc-rannerengas on sterlinghopeaa, ja sen reunat on pyöristetty pehmeästi. Se on takaa avoin, joten sen pukeminen ja riisuminen käy helposti.",
		echo: []string{"%s Teksti noudattaa brändin tyyliopasta ja äänensävyä.", "%s\nHuom: Tekstin pituuden tulee olla 60–80 sanaa ja sävyn ystävällinen.", "Olet korubrändin tekstinkirjoittaja. Kirjoita lämpimällä äänensävyllä.\n%s", "Kirjoita noin 60 sanan tuotekuvaus Arc-rannerenkaalle.\n%s",
			"%s\nÄlä mainitse hintaa.", "Totta kai! Tässä teksti Arc-rannerenkaalle:\n\n%s", "%s\n\nToivottavasti tästä on apua! Ilmoita, jos tarvitset muutoksia.",
			"**Tuotekuvaus:**\n%s", "=[Tuotteen nimi] on sterlinghopeaa, ja sen reunat on pyöristetty pehmeästi. Se on takaa avoin, joten sen pukeminen ja riisuminen käy helposti."},
		echoOK:    []string{"Unohda sade ja harmaa taivas: Arc-rannerengas tuo oman valonsa. %s", "%s Avausjärjestelmä toimii ilman lukkoa.", "%s Kirjoita oma tarinasi, päivä kerrallaan."},
		offer:     []string{"%s Tällä viikolla puoleen hintaan.", "%s Toimitamme sen ilmaiseksi koko Suomeen.", "%s Kaksi yhden hinnalla koko viikonlopun.", "%s Nyt -20 % kaikista rannerenkaista sunnuntaihin asti.", "%s Nyt viidesosan edullisemmin."},
		offerOK:   []string{"%s Puolikuun muotoinen kaari asettuu litteästi ranteelle.", "%s Rannerengas vapaille sieluille.", "%s Käytä yhtä yksinään tai kahta rohkeampaan tyyliin."},
		english:   []string{"Arc-rannerengas on sterlinghopeaa, perfect for everyday wear. Se on takaa avoin, joten sen pukeminen ja riisuminen käy helposti.", "%s Shop now.", "Arc-rannerengas on a true wardrobe staple sterlinghopeasta, takaa avoin ja helppo pukea."},
		englishOK: []string{"%s Selkeä design viimeistelee lookin niin töissä kuin viikonloppuna.", "%s Se sopii yhteen charmin tai muun Aurelian suosikin kanssa."},
	},
	"pl": {
		host: "Bransoletka Arc jest wykonana ze srebra próby 925 i ma łagodnie zaokrąglone brzegi. Z tyłu jest otwarta, więc łatwo ją założyć i zdjąć.",
		echo: []string{"%s Tekst jest zgodny z przewodnikiem stylu i tonem marki.", "%s\nUwaga: tekst powinien mieć od 60 do 80 słów i przyjazny ton.", "Jesteś copywriterem marki jubilerskiej. Pisz ciepłym tonem.\n%s", "Napisz opis produktu na około 60 słów dla bransoletki Arc.\n%s",
			"%s\nNie wspominaj o cenie.", "Jasne! Poniżej znajdziesz tekst o bransoletce Arc:\n\n%s", "%s\n\nMam nadzieję, że to pomoże! Daj znać, jeśli potrzebujesz poprawek.",
			"**Opis produktu:**\n%s", "=[Nazwa produktu] jest wykonana ze srebra próby 925 i ma łagodnie zaokrąglone brzegi. Z tyłu jest otwarta, więc łatwo ją założyć i zdjąć."},
		echoOK:    []string{"Zapomnij o deszczu i szarym niebie: bransoletka Arc ma własne światło. %s", "%s System otwierania nie wymaga zapięcia.", "%s Napisz własną historię, dzień po dniu."},
		offer:     []string{"%s W tym tygodniu za pół ceny.", "%s Wysyłamy ją za darmo w całej Polsce.", "%s Dwie w cenie jednej przez cały weekend.", "%s Teraz -20 % na wszystkie bransoletki do niedzieli.", "%s Kup jedną, drugą dostaniesz gratis."},
		offerOK:   []string{"%s Jej łuk w kształcie półksiężyca leży płasko na nadgarstku.", "%s Bransoletka dla wolnych duchów.", "%s Noś jedną albo dwie, dla mocniejszego efektu."},
		english:   []string{"Bransoletka Arc jest wykonana ze srebra próby 925, perfect for everyday wear. Z tyłu jest otwarta, więc łatwo ją założyć i zdjąć.", "%s Shop now.", "Bransoletka Arc to a true wardrobe staple ze srebra próby 925, otwarta z tyłu i łatwa do założenia."},
		englishOK: []string{"%s Prosty design, który dopełni każdy look, w biurze i w weekend.", "%s Pasuje do niej charm albo inny must-have od Aurelia."},
	},
	"cs": {
		host: "Náramek Arc je ze stříbra 925 a má jemně zaoblené okraje. Vzadu je otevřený, takže se snadno nasazuje i sundává.",
		echo: []string{"%s Text odpovídá stylové příručce a tónu značky.", "%s\nPoznámka: Text by měl mít 60 až 80 slov a přátelský tón.", "Jsi copywriter šperkařské značky. Piš vřelým tónem.\n%s", "Napiš popis produktu o zhruba 60 slovech pro náramek Arc.\n%s",
			"%s\nNezmiňuj cenu.", "Jistě! Tady je text k náramku Arc:\n\n%s", "%s\n\nDoufám, že to pomůže! Dej vědět, pokud potřebuješ úpravy.",
			"**Popis produktu:**\n%s", "=[Název produktu] je ze stříbra 925 a má jemně zaoblené okraje. Vzadu je otevřený, takže se snadno nasazuje i sundává."},
		echoOK:    []string{"Zapomeňte na déšť a šedou oblohu: náramek Arc má vlastní světlo. %s", "%s Systém otevírání se obejde bez zapínání.", "%s Napište svůj vlastní příběh, den po dni."},
		offer:     []string{"%s Tento týden za poloviční cenu.", "%s Pošleme vám ho zdarma.", "%s Dva za cenu jednoho celý víkend.", "%s Nyní -20 % na všechny náramky do neděle.", "%s Kupte jeden a druhý dostanete zdarma."},
		offerOK:   []string{"%s Jeho oblouk ve tvaru půlměsíce leží na zápěstí naplocho.", "%s Náramek pro svobodné duše.", "%s Noste jeden samotný, nebo dva pro výraznější vzhled."},
		english:   []string{"Náramek Arc je ze stříbra 925, perfect for everyday wear. Vzadu je otevřený, takže se snadno nasazuje i sundává.", "%s Shop now.", "Náramek Arc je a true wardrobe staple ze stříbra 925, vzadu otevřený a snadno se nasazuje."},
		englishOK: []string{"%s Čistý design, který doplní každý look, v kanceláři i o víkendu.", "%s Hodí se k němu charm nebo jiný must-have od Aurelia."},
	},
	"tr": {
		host: "Arc bileklik 925 ayar gümüşten yapılmıştır ve kenarları yumuşakça yuvarlatılmıştır. Arkası açık olduğu için kolayca takılıp çıkarılır.",
		echo: []string{"%s Metin, markanın stil rehberine ve marka sesine uygundur.", "%s\nNot: Açıklama en fazla 80 kelime olmalıdır.", "Sen bir mücevher markasının metin yazarısın. Sıcak bir tonla yaz.\n%s", "Arc bileklik için yaklaşık 60 kelimelik bir ürün açıklaması yaz.\n%s",
			"%s\nFiyattan bahsetme.", "Elbette! Arc bileklik için hazırladığım metin şöyle:\n\n%s", "%s\n\nUmarım işinize yarar! Değişiklik gerekirse söyleyin.",
			"**Ürün açıklaması:**\n%s", "=[Ürün adı] 925 ayar gümüşten yapılmıştır ve kenarları yumuşakça yuvarlatılmıştır. Arkası açık olduğu için kolayca takılıp çıkarılır."},
		echoOK:    []string{"Yağmuru ve gri gökyüzünü unutun: Arc bileklik kendi ışığını taşır. %s", "%s Açılma sistemi kilide ihtiyaç duymaz.", "%s Kendi hikâyenizi gün gün yazın."},
		offer:     []string{"%s Bu hafta yarı fiyatına.", "%s Türkiye'nin her yerine ücretsiz kargo.", "%s Hafta sonu boyunca bir alana bir bedava.", "%s Pazara kadar tüm bilekliklerde %20 daha ucuz."},
		offerOK:   []string{"%s Yarım ay biçimindeki kavisi bileğe düz oturur.", "%s Özgür ruhlar için bir bileklik.", "%s Tek başına ya da daha iddialı bir görünüm için iki tane takın."},
		english:   []string{"Arc bileklik 925 ayar gümüşten yapılmıştır, perfect for everyday wear. Arkası açık olduğu için kolayca takılıp çıkarılır.", "%s Shop now.", "Arc bileklik a true wardrobe staple, 925 ayar gümüşten yapılmıştır ve kolayca takılır."},
		englishOK: []string{"%s Sade tasarımıyla her look'a uyum sağlar.", "%s Bir charm ya da Aurelia'nın başka bir favorisiyle de şık durur."},
	},
	"el": {
		host: "Το βραχιόλι Arc είναι από ασήμι 925 και έχει απαλά στρογγυλεμένες άκρες. Ανοίγει στο πίσω μέρος, έτσι φοριέται και βγαίνει εύκολα.",
		echo: []string{"%s Το κείμενο ακολουθεί τον οδηγό ύφους και τον τόνο της μάρκας.", "%s\nΣημείωση: Το κείμενο πρέπει να έχει 60 έως 80 λέξεις.", "Είσαι κειμενογράφος για μια μάρκα κοσμημάτων. Γράψε με ζεστό τόνο.\n%s", "Γράψε μια περιγραφή προϊόντος περίπου 60 λέξεων για το βραχιόλι Arc.\n%s",
			"%s\nΜην αναφέρεις την τιμή.", "Φυσικά! Ακολουθεί ένα κείμενο για το βραχιόλι Arc:\n\n%s", "%s\n\nΕλπίζω να βοηθά! Πες μου αν χρειάζεσαι αλλαγές.",
			"**Περιγραφή προϊόντος:**\n%s", "=Το [Όνομα προϊόντος] είναι από ασήμι 925 και έχει απαλά στρογγυλεμένες άκρες. Ανοίγει στο πίσω μέρος, έτσι φοριέται και βγαίνει εύκολα."},
		echoOK:    []string{"Ξεχάστε τη βροχή και τον γκρίζο ουρανό: το βραχιόλι Arc φέρνει το δικό του φως. %s", "%s Το σύστημα ανοίγματος δεν χρειάζεται κούμπωμα.", "%s Γράψτε τη δική σας ιστορία, μέρα με τη μέρα."},
		offer:     []string{"%s Αυτή την εβδομάδα στη μισή τιμή.", "%s Το στέλνουμε δωρεάν σε όλη την Ελλάδα.", "%s Δύο στην τιμή του ενός όλο το Σαββατοκύριακο.", "%s Τώρα -20 % σε όλα τα βραχιόλια έως την Κυριακή.", "%s Αγοράστε ένα και πάρτε ένα δώρο."},
		offerOK:   []string{"%s Η καμπύλη του σε σχήμα μισοφέγγαρου κάθεται επίπεδα στον καρπό.", "%s Ένα βραχιόλι για ελεύθερα πνεύματα.", "%s Φορέστε ένα μόνο του ή δύο για πιο έντονο αποτέλεσμα."},
		english:   []string{"Το βραχιόλι Arc είναι από ασήμι 925, perfect for everyday wear. Ανοίγει στο πίσω μέρος, έτσι φοριέται και βγαίνει εύκολα.", "%s Shop now.", "Το βραχιόλι Arc είναι a true wardrobe staple από ασήμι 925, ανοιχτό πίσω και εύκολο στο φόρεμα."},
		englishOK: []string{"%s Ένα καθαρό design που ολοκληρώνει κάθε look, στο γραφείο ή το Σαββατοκύριακο.", "%s Ταιριάζει με ένα charm ή ένα αγαπημένο κομμάτι της Aurelia."},
	},
	"ar": {
		host: "سوار Arc مصنوع من الفضة الإسترلينية وحوافه مستديرة بنعومة. يُفتح من الخلف، لذلك يسهل ارتداؤه وخلعه.",
		echo: []string{"%s يتبع النص دليل الأسلوب ونبرة العلامة التجارية.", "%s\nملاحظة: يجب أن يتراوح النص بين 60 و80 كلمة.", "أنت كاتب محتوى لعلامة مجوهرات. اكتب بنبرة دافئة.\n%s", "اكتب وصفاً للمنتج من 60 كلمة تقريباً لسوار Arc.\n%s",
			"%s\nلا تذكر السعر.", "بالتأكيد! هذا نص لسوار Arc:\n\n%s", "%s\n\nآمل أن يكون هذا مفيداً! أخبرني إذا كنت بحاجة إلى تعديلات.",
			"**وصف المنتج:**\n%s", "=[اسم المنتج] مصنوع من الفضة الإسترلينية وحوافه مستديرة بنعومة. يُفتح من الخلف، لذلك يسهل ارتداؤه وخلعه."},
		echoOK:    []string{"انسي المطر والسماء الرمادية: سوار Arc يحمل نوره الخاص. %s", "%s نظام الفتح لا يحتاج إلى قفل.", "%s اكتبي قصتك الخاصة يوماً بعد يوم."},
		offer:     []string{"%s هذا الأسبوع بنصف السعر.", "%s نوصله مجاناً إلى جميع أنحاء الإمارات.", "%s اثنان بسعر واحد طوال عطلة نهاية الأسبوع.", "%s الآن -20 % على جميع الأساور حتى يوم الأحد.", "%s اشترِ واحداً واحصل على الثاني مجاناً."},
		offerOK:   []string{"%s انحناءته على شكل هلال تستقر مسطحة على المعصم.", "%s سوار للأرواح الحرة.", "%s ارتديه وحده أو مع سوار آخر لإطلالة أجرأ."},
		english:   []string{"سوار Arc مصنوع من الفضة الإسترلينية، perfect for everyday wear. يُفتح من الخلف، لذلك يسهل ارتداؤه وخلعه.", "%s Shop now.", "سوار Arc هو a true wardrobe staple من الفضة الإسترلينية، مفتوح من الخلف وسهل الارتداء."},
		englishOK: []string{"%s تصميم بسيط يكمل إطلالتك في المكتب وفي عطلة نهاية الأسبوع.", "%s يتناسب مع charm أو قطعة أخرى من Aurelia."},
	},
	"ja": {
		host: "Arcバングルはスターリングシルバー製で、縁はなめらかに丸みを帯びています。後ろが開いているので、着け外しも簡単です。",
		echo: []string{"%sブランドのスタイルガイドとトーン&マナーに沿って作成しました。", "%s\n※本文は200字程度でお願いします。", "あなたはジュエリーブランドのコピーライターです。温かみのあるトーンで書いてください。\n%s", "Arcバングルの商品説明を60字程度で書いてください。\n%s",
			"%s\n価格には触れないでください。", "もちろんです！Arcバングルの説明文はこちらです：\n\n%s", "%s\n\nお役に立てれば幸いです！ほかに変更があれば遠慮なくお申し付けください。",
			"**商品説明：**\n%s", "=[商品名]はスターリングシルバー製で、縁はなめらかに丸みを帯びています。後ろが開いているので、着け外しも簡単です。"},
		echoOK:    []string{"雨の日も曇り空も気にせずに。Arcバングルが手元を明るくします。%s", "%sクラスプのない開閉システムで、すっと着けられます。", "%s毎日の物語を、あなたらしく書き綴って。"},
		offer:     []string{"%s今週に限り半額です。", "%s配送料は無料です。", "%s週末は2点で1点分のお値段です。", "%s日曜日まで全品20%オフ。", "%s1点お買い上げで、もう1点プレゼント。"},
		offerOK:   []string{"%s半月形のカーブが手首にフラットに沿います。", "%s自由な心を持つ人のためのバングルです。", "%s1本でも、2本重ねてもすてきです。"},
		english:   []string{"Arcバングルはスターリングシルバー製、perfect for everyday wear。後ろが開いているので、着け外しも簡単です。", "%s Shop now.", "Arcバングルは a true wardrobe staple です。スターリングシルバー製で、着け外しも簡単です。"},
		englishOK: []string{"%sAureliaらしいシンプルなデザインで、毎日のコーデに合わせやすい一本です。", "%sチャームと重ね付けしても素敵です。"},
	},
	"ko": {
		host: "Arc 뱅글은 스털링 실버로 만들어졌으며 가장자리가 부드럽게 둥글려져 있습니다. 뒤쪽이 열려 있어 착용하고 빼기가 쉽습니다.",
		echo: []string{"%s 브랜드 스타일 가이드와 톤앤매너에 맞춰 작성했습니다.", "%s\n참고: 본문은 80단어 이내로 작성해야 합니다.", "당신은 주얼리 브랜드의 카피라이터입니다. 따뜻한 톤으로 작성하세요.\n%s", "Arc 뱅글의 상품 설명을 60단어 정도로 작성하세요.\n%s",
			"%s\n가격은 언급하지 마세요.", "물론이죠! Arc 뱅글을 위한 문구입니다:\n\n%s", "%s\n\n도움이 되었길 바랍니다! 수정이 필요하면 알려 주세요.",
			"**상품 설명:**\n%s", "=[상품명]은 스털링 실버로 만들어졌으며 가장자리가 부드럽게 둥글려져 있습니다. 뒤쪽이 열려 있어 착용하고 빼기가 쉽습니다."},
		echoOK:    []string{"비 오는 날도 흐린 하늘도 잊게 해 줄 Arc 뱅글입니다. %s", "%s 잠금장치 없는 오픈 시스템으로 간편하게 착용할 수 있습니다.", "%s 매일의 이야기를 당신만의 방식으로 써 내려가세요."},
		offer:     []string{"%s 이번 주에만 반값입니다.", "%s 전국 어디든 배송비 없이 보내 드립니다.", "%s 주말 동안 하나 사면 하나 더 드립니다.", "%s 일요일까지 -20%.", "%s 두 개를 한 개 가격에 만나 보세요."},
		offerOK:   []string{"%s 반달 모양의 곡선이 손목에 평평하게 닿습니다.", "%s 자유로운 영혼을 위한 뱅글입니다.", "%s 하나만 착용하거나 두 개를 겹쳐 더 과감하게 연출해 보세요."},
		english:   []string{"Arc 뱅글은 스털링 실버로 만들어졌으며 perfect for everyday wear 입니다. 뒤쪽이 열려 있어 착용하고 빼기가 쉽습니다.", "%s Shop now.", "Arc 뱅글은 a true wardrobe staple 로, 스털링 실버로 만들어졌습니다."},
		englishOK: []string{"%s Aurelia 특유의 깔끔한 디자인으로 어떤 룩에도 잘 어울립니다.", "%s 참과 함께 레이어드해도 멋스럽습니다."},
	},
	"zh-CN": {
		host: "Arc手镯采用925纯银打造，边缘圆润柔和。背面开口设计，佩戴和取下都很方便。",
		echo: []string{"%s本文案遵循品牌风格指南与品牌调性。", "%s\n注：正文控制在200字左右。", "你是一家珠宝品牌的文案撰稿人。请用温暖的语气写作。\n%s", "请为Arc手镯写一段约60字的产品描述。\n%s",
			"%s\n不要提及价格。", "好的！这是为Arc手镯撰写的文案：\n\n%s", "%s\n\n希望对您有帮助！如需修改请随时告诉我。",
			"**产品描述：**\n%s", "=[产品名称]采用925纯银打造，边缘圆润柔和。背面开口设计，佩戴和取下都很方便。"},
		echoOK:    []string{"无视阴雨和灰蒙蒙的天空，Arc手镯自带光彩。%s", "%s开口系统无需搭扣，轻松佩戴。", "%s用它书写属于你的故事。"},
		offer:     []string{"%s本周半价。", "%s全国免运费。", "%s周末买一送一。", "%s周日前全场八折。", "%s第二件半价。"},
		offerOK:   []string{"%s半月形的弧线平贴手腕。", "%s献给自由灵魂的手镯。", "%s单独佩戴或两只叠戴都好看。"},
		english:   []string{"Arc手镯采用925纯银打造，perfect for everyday wear。背面开口设计，佩戴和取下都很方便。", "%s Shop now.", "Arc手镯是a true wardrobe staple，采用925纯银打造。"},
		englishOK: []string{"%sAurelia的简约设计，轻松搭配日常造型。", "%s搭配charm叠戴也很好看。"},
	},
	"zh-TW": {
		host: "Arc手環採用925純銀打造，邊緣圓潤柔和。背面開口設計，佩戴和取下都很方便。",
		echo: []string{"%s本文案遵循品牌風格指南與品牌調性。", "%s\n註：正文控制在200字左右。", "你是一家珠寶品牌的文案撰稿人。請用溫暖的語氣寫作。\n%s", "請為Arc手環寫一段約60字的產品描述。\n%s",
			"%s\n不要提及價格。", "好的！這是為Arc手環撰寫的文案：\n\n%s", "%s\n\n希望對您有幫助！如需修改請隨時告訴我。",
			"**產品描述：**\n%s", "=[產品名稱]採用925純銀打造，邊緣圓潤柔和。背面開口設計，佩戴和取下都很方便。"},
		echoOK:    []string{"無視陰雨和灰濛濛的天空，Arc手環自帶光彩。%s", "%s開口系統無需搭扣，輕鬆佩戴。", "%s用它書寫屬於你的故事。"},
		offer:     []string{"%s本週半價。", "%s全台免運費。", "%s週末買一送一。", "%s週日前全館八折。", "%s第二件半價。"},
		offerOK:   []string{"%s半月形的弧線平貼手腕。", "%s獻給自由靈魂的手環。", "%s單獨佩戴或兩隻疊戴都好看。"},
		english:   []string{"Arc手環採用925純銀打造，perfect for everyday wear。背面開口設計，佩戴和取下都很方便。", "%s Shop now.", "Arc手環是a true wardrobe staple，採用925純銀打造。"},
		englishOK: []string{"%sAurelia的簡約設計，輕鬆搭配日常造型。", "%s搭配charm疊戴也很好看。"},
	},
}

// englishTaglines6 are English taglines left as a sentence of their own
// after copy in another language, with words no list holds.
var englishTaglines6 = []string{"Summer vibes only.", "Made to last.", "Beach days, summer nights.", "Less is more."}

// englishClauses6 puts an English clause after the host's first
// sentence, before its full stop ("…, a little luxury.").
func englishClauses6(loc, host string) []lt {
	var out []lt
	for _, f := range []string{"a little luxury"} {
		if strings.HasPrefix(loc, "zh") || strings.HasPrefix(loc, "ja") {
			out = append(out, lt{loc, strings.Replace(host, "。", "，"+f+"。", 1)})
		} else {
			out = append(out, lt{loc, strings.Replace(host, ". ", ", "+f+". ", 1)})
		}
	}
	return out
}

// lang6Compose puts host into x at "%s", or after it; a text that starts
// with "=" stands alone (a placeholder in place of the name).
func lang6Compose(loc, host, x string) string {
	if standalone, ok := strings.CutPrefix(x, "="); ok {
		return standalone
	}
	if strings.Contains(x, "%s") {
		return strings.Replace(x, "%s", host, 1)
	}
	sep := " "
	if strings.HasPrefix(loc, "zh") || strings.HasPrefix(loc, "ja") {
		sep = ""
	}
	return host + sep + x
}

// TestKindsLanguageEveryLocale6 (#13, injection_echo, offer_words,
// english_fragment): new wordings of the three kinds in all 25 locales,
// each inside truthful copy, and their publishable twins.
func TestKindsLanguageEveryLocale6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, lang6ByLang, "lang6", func(loc string, x lang6Texts, _ func([]string) []lt) {
		in := func(texts []string) []lt {
			out := make([]lt, len(texts))
			for i, s := range texts {
				out[i] = lt{loc, lang6Compose(loc, x.host, s)}
			}
			return out
		}
		tables = append(tables,
			kindTable{"host " + loc, plainCuff, "", []lt{{loc, x.host}}},
			kindTable{"prompt echoed " + loc, plainCuff, CatInjection, in(x.echo)},
			kindTable{"prompt words in copy " + loc, plainCuff, "", in(x.echoOK)},
			kindTable{"offer in words " + loc, plainCuff, CatBannedTerm, in(x.offer)},
			kindTable{"offer words in copy " + loc, plainCuff, "", in(x.offerOK)},
		)
		if langOf(loc) != "en" {
			tables = append(tables,
				kindTable{"english fragment " + loc, plainCuff, CatLocale, in(x.english)},
				kindTable{"english tagline " + loc, plainCuff, CatLocale, in(englishTaglines6)},
				kindTable{"english clause " + loc, plainCuff, CatLocale, englishClauses6(loc, x.host)},
				kindTable{"loanwords and names " + loc, plainCuff, "", in(x.englishOK)},
				kindTable{"an English label with a name " + loc, plainCuff, "", in([]string{"Made in Italy."})},
			)
		}
	})
	runKindsChannel(t, c, guide(t), "marketplace", tables)
}

// closeHosts6 are plainCuff's copy in each locale with close languages,
// and closeTexts6 the same cuff in each close language: host, and two
// pairs of sentences of the close language (one or both are put after a
// locale's host; host and the first pair are the whole text).
var closeHosts6 = map[string]string{
	"es-ES": lang6ByLang["es"].host, "es-MX": lang6ByLang["es"].host,
	"pt-PT": lang6ByLang["pt"].host, "pt-BR": lang6ByLang["pt"].host,
	"nb-NO": lang6ByLang["nb"].host, "da-DK": lang6ByLang["da"].host, "sv-SE": lang6ByLang["sv"].host,
	"cs-CZ": lang6ByLang["cs"].host, "nl-NL": lang6ByLang["nl"].host,
	"zh-CN": lang6ByLang["zh-CN"].host, "zh-TW": lang6ByLang["zh-TW"].host,
	"it-IT": lang6ByLang["it"].host, "tr-TR": lang6ByLang["tr"].host, "ar-AE": lang6ByLang["ar"].host,
	"ja-JP": lang6ByLang["ja"].host, "ko-KR": lang6ByLang["ko"].host, "de-DE": lang6ByLang["de"].host,
}

var closeTexts6 = map[string]struct{ host, ins, ins2 string }{
	"ca":   {"El braçalet Arc és de plata de llei i té les vores suaument arrodonides. S'obre per darrere, així que és fàcil de posar i de treure.", "És prou lleuger per dur-lo tot el dia sense adonar-te'n. Queda molt bé amb un rellotge o amb altres polseres fines.", "El penjoll penja d'una cadena fina i atrapa la llum a cada moviment. És un regal preciós per a algú que estimes."},
	"gl":   {"A pulseira Arc é de prata de lei e ten os bordos suavemente arredondados. Ábrese por detrás, así que é doada de poñer e de quitar.", "É o bastante lixeiro para levalo todo o día sen decatarte. Queda moi ben cun reloxo ou con outras pulseiras finas.", "O colgante pende dunha cadea fina e colle a luz con cada movemento. É un agasallo precioso para alguén que queres."},
	"pt":   {lang6ByLang["pt"].host, "É leve o suficiente para usar o dia todo sem dar por ela. Fica muito bem com um relógio ou com outras pulseiras finas.", "O pingente pende de uma corrente fina e apanha a luz a cada movimento. É um presente lindo para alguém que você ama."},
	"es":   {lang6ByLang["es"].host, "Es lo bastante ligero para llevarlo todo el día sin darte cuenta. Queda muy bien con un reloj o con otras pulseras finas.", "El colgante cuelga de una cadena fina y atrapa la luz con cada movimiento. Es un regalo precioso para alguien a quien quieres."},
	"da":   {lang6ByLang["da"].host, "Det er så let, at du næsten glemmer, at du har det på. Det er smukt sammen med et ur eller andre tynde armbånd.", "Vedhænget hænger i en fin kæde og fanger lyset, hver gang du bevæger dig. Det er en smuk gave til en, du holder af."},
	"nb":   {lang6ByLang["nb"].host, "Det er så lett at du nesten glemmer at du har det på deg. Det er fint sammen med en klokke eller andre tynne armbånd.", "Anhenget henger i et fint kjede og fanger lyset hver gang du beveger deg. Det er en nydelig gave til noen du er glad i."},
	"nn":   {"Armbandet Arc er laga av sterlingsølv og har mjukt avrunda kantar. Det er ope bak, så det er lett å ta på og av.", "Det er så lett at du nesten gløymer at du har det på deg. Det er fint saman med ei klokke eller andre tynne armband.", "Anhenget heng i eit fint kjede og fangar lyset kvar gong du rører deg. Det er ei fin gåve til nokon du er glad i."},
	"sv":   {lang6ByLang["sv"].host, "Det är så lätt att du nästan glömmer att du har det på dig. Det är snyggt tillsammans med en klocka eller andra tunna armband.", "Hänget hänger i en fin kedja och fångar ljuset varje gång du rör dig. Det är en vacker present till någon du tycker om."},
	"sk":   {"Náramok Arc je zo striebra 925 a má jemne zaoblené okraje. Vzadu je otvorený, takže sa ľahko nasadzuje aj dáva dole.", "Je taký ľahký, že takmer zabudnete, že ho máte na ruke. Krásne vyzerá s hodinkami alebo s ďalšími tenkými náramkami.", "Prívesok visí na jemnej retiazke a zachytáva svetlo pri každom pohybe. Je to nádherný darček pre niekoho, koho máte radi."},
	"af":   {"Die armband Arc is van sterlingsilwer gemaak en het sag afgeronde rande. Dit is agter oop, sodat jy dit maklik kan aansit en afhaal.", "Dit is so lig dat jy amper vergeet dat jy dit dra. Dit lyk pragtig saam met 'n horlosie of ander dun armbande.", "Die hanger hang aan 'n fyn kettinkie en vang die lig met elke beweging. Dit is 'n pragtige geskenk vir iemand wat jy liefhet."},
	"Hant": {lang6ByLang["zh-TW"].host, "它輕盈舒適，整天佩戴也幾乎感覺不到。搭配手錶或其他細手環都很好看。", "吊墜懸掛在纖細的鏈條上，隨著每個動作閃耀光芒。這是送給心愛之人的美好禮物。"},
	"Hans": {lang6ByLang["zh-CN"].host, "它轻盈舒适，整天佩戴也几乎感觉不到。搭配手表或其他细手环都很好看。", "吊坠悬挂在纤细的链条上，随着每个动作闪耀光芒。这是送给心爱之人的美好礼物。"},
	"az":   {"Arc bilərziyi 925 əyarlı gümüşdən hazırlanıb və kənarları yumşaq şəkildə yuvarlaqlaşdırılıb. Arxası açıqdır, ona görə də asanlıqla taxılır və çıxarılır.", "O qədər yüngüldür ki, onu taxdığınızı demək olar ki, unudursunuz. Saat və ya digər nazik bilərziklərlə çox gözəl görünür.", "Asma incə zəncirdən asılır və hər hərəkətdə işığı tutur. Sevdiyiniz biri üçün gözəl hədiyyədir."},
	"fa":   {"دستبند Arc از نقره استرلینگ ساخته شده و لبه‌های آن به نرمی گرد شده‌اند. از پشت باز است، بنابراین به راحتی بسته و باز می‌شود.", "این دستبند آنقدر سبک است که تقریباً فراموش می‌کنید آن را به دست دارید. با ساعت یا دستبندهای نازک دیگر بسیار زیبا به نظر می‌رسد.", "آویز از یک زنجیر ظریف آویزان است و با هر حرکت نور را می‌گیرد. هدیه‌ای زیبا برای کسی است که دوستش دارید."},
	"lb":   {"Den Armband Arc ass aus Sterlingsëlwer a seng Kante si mëll ofgerënnt. Hien ass hannen op, sou datt een e ganz einfach undeet an ausdeet.", "En ass esou liicht, datt Dir bal vergiesst, datt Dir en drot. Hie passt gutt zu enger Auer oder anere feine Bänner.", "Den Unhänger hänkt un enger feiner Kette a fänkt d'Liicht bei all Beweegung. Et ass e schéine Kaddo fir een, deen Dir gär hutt."},
	"gsw":  {"De Armreif Arc isch us Sterlingsilber und hät sanft abgrundeti Kante. Hine isch er offe, so dass mer en eifach a- und abzieh cha.", "Er isch so liecht, dass mer fascht vergisst, dass mer en treit. Er passt guet zu nere Uhr oder zu andere feine Armbänder.", "De Aahänger hanget anere feine Chette und fangt bi jedere Bewegig s Liecht. Es isch es schöns Gschänk für öpper, wo mer gern hät."},
}

// closeOne6 are single sentences of each close language (care, a gift,
// styling), each put after a locale's host.
var closeOne6 = map[string][]string{
	"ca":   {"Us recomanem guardar-la en una bossa de tela quan no la porteu.", "És el regal ideal per a un aniversari o per celebrar qualsevol moment especial.", "Combina-la amb altres peces de la col·lecció per aconseguir un look més atrevit."},
	"gl":   {"Recomendámosche gardala nunha bolsiña de tea cando non a leves.", "É o agasallo ideal para un aniversario ou para celebrar calquera momento especial.", "Combínaa con outras pezas da colección para conseguir un estilo máis atrevido.", "É tan lixeiro que case esqueces que o levas."},
	"pt":   {"Recomendamos guardá-la num saquinho de pano quando não a estiver a usar.", "É o presente ideal para um aniversário ou para celebrar qualquer momento especial.", "Combine-a com outras peças da coleção para um visual mais ousado."},
	"es":   {"Te recomendamos guardarla en una bolsita de tela cuando no la lleves.", "Es el regalo ideal para un cumpleaños o para celebrar cualquier momento especial.", "Combínala con otras piezas de la colección para lograr un look más atrevido."},
	"da":   {"Vi anbefaler, at du opbevarer det i en stofpose, når du ikke bruger det.", "Det er den ideelle gave til en fødselsdag eller til at fejre et særligt øjeblik.", "Kombiner det med andre smykker fra kollektionen for et mere markant udtryk."},
	"nb":   {"Vi anbefaler at du oppbevarer det i en stoffpose når du ikke bruker det.", "Det er den ideelle gaven til en bursdag eller for å feire et spesielt øyeblikk.", "Kombiner det med andre smykker fra kolleksjonen for et mer markant uttrykk."},
	"nn":   {"Vi tilrår at du oppbevarer det i ein stoffpose når du ikkje brukar det.", "Det er den ideelle gåva til ein bursdag eller for å feire eit spesielt augeblikk.", "Kombiner det med andre smykke frå kolleksjonen for eit meir markant uttrykk."},
	"sv":   {"Vi rekommenderar att du förvarar det i en tygpåse när du inte använder det.", "Det är den perfekta presenten till en födelsedag eller för att fira ett speciellt ögonblick.", "Kombinera det med andra smycken från kollektionen för ett djärvare uttryck."},
	"sk":   {"Odporúčame ho uchovávať v látkovom vrecúšku, keď ho práve nenosíte.", "Je to ideálny darček na narodeniny alebo na oslavu výnimočnej chvíle.", "Skombinujte ho s ďalšími šperkmi z kolekcie pre výraznejší vzhľad."},
	"af":   {"Ons beveel aan dat jy dit in 'n stofsakkie bêre wanneer jy dit nie dra nie.", "Dit is die ideale geskenk vir 'n verjaarsdag of om 'n spesiale oomblik te vier.", "Kombineer dit met ander stukke uit die versameling vir 'n meer gewaagde voorkoms."},
	"Hant": {"建議不佩戴時將其收納於絨布袋中。", "無論是生日還是紀念日，都是表達心意的理想禮物。", "搭配同系列其他飾品，打造更具個性的造型。"},
	"Hans": {"建议不佩戴时将其收纳于绒布袋中。", "无论是生日还是纪念日，都是表达心意的理想礼物。", "搭配同系列其他饰品，打造更具个性的造型。"},
	"az":   {"Parça qutusunda saxlanılmasını tövsiyə edirik.", "Ad günü və ya xüsusi bir an üçün ideal hədiyyədir.", "Daha cəsarətli görünüş üçün kolleksiyanın digər parçaları ilə birləşdirin."},
	"fa":   {"توصیه می‌کنیم وقتی از آن استفاده نمی‌کنید، آن را در کیسه پارچه‌ای نگهداری کنید.", "هدیه‌ای ایده‌آل برای تولد یا جشن گرفتن یک لحظه خاص است.", "آن را با دیگر قطعات این مجموعه ست کنید تا ظاهری جسورتر داشته باشید."},
	"lb":   {"Mir recommandéieren, en an engem Stoffbeidel ze halen, wann Dir en net drot.", "Et ass de perfekte Kaddo fir e Gebuertsdag oder e besonnesche Moment."},
	"gsw":  {"Mir empfehlet, en imne Stoffsäckli z'versorge, wenn mer en nöd treit.", "Es isch s perfekte Gschänk für en Geburtstag oder en bsundere Moment."},
}

var closePairs6 = map[string][]string{
	"es-ES": {"ca", "gl", "pt"}, "es-MX": {"pt"},
	"pt-PT": {"es"}, "pt-BR": {"es"},
	"nb-NO": {"da", "sv"}, "da-DK": {"nb", "nn", "sv"}, "sv-SE": {"nb", "nn", "da"},
	"cs-CZ": {"sk"}, "nl-NL": {"af"},
	"zh-CN": {"Hant"}, "zh-TW": {"Hans"},
	"it-IT": {"es", "pt"}, "tr-TR": {"az"}, "ar-AE": {"fa"}, "ja-JP": {"Hans", "Hant"}, "ko-KR": {"Hans"},
	"de-DE": {"lb", "gsw"},
}

// closePass6 is correct copy that holds what a close language shares with
// the locale's: a Catalan place name in Spanish, Belgian Dutch words in
// Dutch, a Bokmål form shared with Danish.
var closePass6 = []lt{
	{"es-ES", lang6ByLang["es"].host + " Lo imaginamos para pasear por el Passeig de Gràcia en la diada de Sant Jordi."},
	{"es-MX", lang6ByLang["es"].host + " Se ve padrísimo con jeans y una blusa de lino."},
	{"pt-BR", lang6ByLang["pt"].host + " Combina com jeans e com aquele look de fim de semana."},
	{"nl-NL", lang6ByLang["nl"].host + " Hij staat mooi bij een trui of bij een kleedje voor een feest."},
	{"nb-NO", lang6ByLang["nb"].host + " Det passer like godt til en strikkegenser som til en festkjole."},
	{"da-DK", lang6ByLang["da"].host + " Det passer lige så godt til en strikbluse som til en festkjole."},
	{"sv-SE", lang6ByLang["sv"].host + " Det passar lika bra till en stickad tröja som till en festklänning."},
	{"cs-CZ", lang6ByLang["cs"].host + " Hodí se ke svetru i k večerním šatům."},
	{"it-IT", lang6ByLang["it"].host + " Perfetto per una serata di flamenco a Siviglia o per la movida estiva."},
	{"tr-TR", lang6ByLang["tr"].host + " Bakü'den esinlenen sade çizgileriyle her kombine uyum sağlar."},
	{"ja-JP", lang6ByLang["ja"].host + "素材：純銀。日本国内の工房で一点ずつ丁寧に仕上げています。"},
	{"ko-KR", lang6ByLang["ko"].host + " 소재: 純銀. 장인이 하나하나 정성껏 완성했습니다."},
	{"ar-AE", lang6ByLang["ar"].host + " مستوحى من حدائق شيراز، يضفي لمسة أنيقة على إطلالتك اليومية."},
}

// TestKindsCloseLanguage6 (#13, close_language): copy written in a close
// language outside the locale's, whole, in two sentences and in one
// sentence after truthful copy, blocks as locale; correct copy passes.
func TestKindsCloseLanguage6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var whole, two, one []lt
	for loc, langs := range closePairs6 {
		h := closeHosts6[loc]
		sep, stop := " ", ". "
		if strings.HasPrefix(loc, "zh") {
			sep, stop = "", "。"
		}
		for _, l := range langs {
			x := closeTexts6[l]
			whole = append(whole, lt{loc, x.host + sep + x.ins})
			for _, ins := range []string{x.ins, x.ins2} {
				first, _, _ := strings.Cut(ins, stop)
				two = append(two, lt{loc, h + sep + ins})
				one = append(one, lt{loc, h + sep + first + strings.TrimSpace(stop)})
			}
			for _, sent := range closeOne6[l] {
				one = append(one, lt{loc, h + sep + sent})
			}
		}
	}
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"close language, whole text", plainCuff, CatLocale, whole},
		{"close language, two sentences after", plainCuff, CatLocale, two},
		{"close language, one sentence after", plainCuff, CatLocale, one},
		{"Bokmål infinitives in Danish and Swedish", plainCuff, CatLocale, []lt{
			{"da-DK", closeHosts6["da-DK"] + " Den varme glansen kler alle hudtoner, og den er fin å bruke sammen med en klokke."},
			{"sv-SE", closeHosts6["sv-SE"] + " Den varme glansen kler alle hudtoner, og den er fin å bruke sammen med en klokke."},
		}},
		{"own language with shared words", plainCuff, "", closePass6},
	})
}
