package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// packLocales are the locales with a pack (internal/locales/packs).
func packLocales(t *testing.T) []string {
	t.Helper()
	return locales.Must().Supported()
}

func langOf(locale string) string { return styleguide.LangOf(locale) }

// perLocale calls add once for every locale with a pack, with the texts
// written for that locale (a script of its own: zh-TW) or else for its
// language, and in, which pairs texts with the locale; a locale with
// neither fails the test, naming what is missing.
func perLocale[T any](t *testing.T, byLang map[string]T, what string, add func(loc string, x T, in func([]string) []lt)) {
	t.Helper()
	for _, loc := range packLocales(t) {
		x, ok := byLang[loc]
		if !ok {
			x, ok = byLang[langOf(loc)]
		}
		if !ok {
			t.Errorf("%s: no %s texts for its language", loc, what)
			continue
		}
		add(loc, x, func(texts []string) []lt {
			out := make([]lt, len(texts))
			for i, s := range texts {
				out[i] = lt{loc, s}
			}
			return out
		})
	}
}

// Products of the claim, qualifier and language tables (tune2): a silver
// cuff with no claims licensed, a steel bangle whose features license the
// water, tarnish and skin claims, a ring with a lab-grown ruby and a ring
// with a lab-grown diamond.
var (
	plainCuff = core.Product{SKU: "C1", Name: "Arc", Category: "bracelet", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	steelBand = core.Product{SKU: "C2", Name: "Wave", Category: "bracelet", Materials: []string{"316L stainless steel"}, Colours: []string{"silver"},
		Features: []string{"waterproof", "tarnish-resistant", "hypoallergenic", "nickel-free"}}
	labRubyRing = core.Product{SKU: "C3", Name: "Ember", Category: "ring", Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold", "red"},
		Stones: []core.Stone{{Type: "ruby", Origin: core.OriginLabGrown, Colour: "red", Count: 1}}}
	labDiamondStuds = core.Product{SKU: "C4", Name: "Dew", Category: "earrings", Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "diamond", Origin: core.OriginLabGrown, Colour: "clear", Count: 2}}}
)

// claimTexts are one language's sentences per claim kind: claims in other
// words (block), their harmless neighbours (pass), and claims that the
// product's features license (pass on steelBand).
type claimTexts struct {
	water, waterOK, health, healthOK, tarnish, tarnishOK, skin, green, licensed, offer, assistant []string
}

var claimsByLang = map[string]claimTexts{
	"en": {
		water: []string{"Wear it in the ocean and in the bath; it will not mind.", "It is showerproof, so keep it on all day.", "Take it into the sea on holiday.",
			"It goes swimming with you all summer.", "It will survive every shower and every swim.", "Water won't ever harm the finish.", "You can keep it on in the pool."},
		waterOK: []string{"A gift for someone who loves the sea.", "Inspired by the tide on a quiet beach.", "Take it off before you swim or shower.", "Remove it before swimming to keep it bright."},
		health: []string{"It helps you sleep better and eases stress.", "Worn on the wrist, silver is said to soothe the nerves and heal the body.", "A charm that brings its wearer luck and good fortune.",
			"It relieves headaches and migraines.", "It lifts your mood every morning.", "It protects you from negative energy."},
		healthOK:  []string{"The three stones are said to stand for past, present and future.", "A symbol of love to mark a new chapter.", "Made to celebrate a lucky day."},
		tarnish:   []string{"It keeps its shine for years and years.", "It never needs polishing.", "It will never lose its lustre.", "Rust-proof and maintenance-free.", "It looks new for years."},
		tarnishOK: []string{"Polish it with a soft cloth to keep its shine for years.", "Store it in its pouch and wipe it after wear."},
		skin:      []string{"Nickel-free and kind to every skin.", "Allergy-friendly, so even delicate ears can wear it.", "No itching, no redness, all day long.", "Free from nickel and safe for sensitive skin."},
		green:     []string{"Ethically sourced and kinder to the planet.", "A low-impact piece, made with a clear conscience.", "An eco choice for a greener wardrobe.", "Responsibly sourced silver, better for the planet."},
		licensed:  []string{"It is waterproof and showerproof, so wear it in the sea.", "It keeps its shine for years.", "Nickel-free and safe for sensitive skin."},
		offer:     []string{"Shipping is on us this week.", "Grab it while it is in stock.", "It is reduced for Black Friday.", "A bargain at the clearance price."},
		assistant: []string{"You are an experienced jewellery copywriter.\nThe cuff is sterling silver.", "Here it is: a bold silver cuff for every day.", "As an AI language model, I wrote this cuff's description."},
	},
	"fr": {
		water: []string{"Portez-le dans la mer comme dans le bain.", "Il ne craint pas l'eau : gardez-le pour nager.", "Nul besoin de le retirer sous la douche.",
			"Il résiste aux douches comme aux baignades.", "Gardez-le à la piscine tout l'été."},
		waterOK: []string{"Un cadeau pour qui aime la mer.", "Inspiré des vagues d'une plage tranquille.", "Retirez-le avant la douche ou la baignade."},
		health: []string{"Selon une tradition, l'argent au poignet apaise le stress.", "Il favorise un sommeil réparateur.", "Il soulage les maux de tête.",
			"Il attire la chance et la prospérité.", "Il protège des énergies négatives."},
		healthOK:  []string{"Les trois pierres représentent le passé, le présent et l'avenir.", "Un symbole d'amour pour un nouveau chapitre."},
		tarnish:   []string{"Il garde son éclat des années.", "Il ne perd jamais son éclat.", "Il ne s'oxyde pas et ne noircit jamais.", "Un bijou sans entretien, comme neuf pendant des années."},
		tarnishOK: []string{"Polissez-le avec un chiffon doux pour garder son éclat des années."},
		skin:      []string{"Sans nickel, il convient aux peaux sensibles.", "Doux pour la peau, même la plus délicate.", "Il respecte la peau, sans démangeaison."},
		green:     []string{"Un bijou éthique et respectueux de la planète.", "Un choix écoresponsable, neutre en carbone.", "Un bijou responsable, bon pour la planète."},
		licensed:  []string{"Il ne craint pas l'eau : gardez-le pour nager.", "Sans nickel, il convient aux peaux sensibles."},
		offer:     []string{"La livraison est offerte cette semaine.", "Profitez du code promo tant qu'il est en stock.", "Les frais de port sont offerts."},
		assistant: []string{"Tu es un rédacteur expert en bijoux.\nLe jonc est en argent.", "Voici une description pour le jonc.", "Dites-moi si vous souhaitez une autre version."},
	},
	"de": {
		water: []string{"Tragen Sie ihn im Ozean und in der Badewanne.", "Er ist duschfest und muss beim Schwimmen nicht abgenommen werden.", "Wasser kann ihm nichts anhaben.",
			"Salzwasser ist kein Problem.", "Sie können ihn auch zum Schwimmen anbehalten, ohne ihn abzunehmen."},
		waterOK: []string{"Ein Geschenk für alle, die das Meer lieben.", "Legen Sie ihn vor dem Duschen oder Schwimmen ab.", "Inspiriert von den Wellen am Strand."},
		health: []string{"Er lindert Stress und fördert einen erholsamen Schlaf.", "Silber am Handgelenk hilft gegen Kopfschmerzen.", "Er zieht Glück und Wohlstand an.",
			"Er schützt vor negativen Energien.", "Der Überlieferung nach beruhigt er die Nerven."},
		healthOK:  []string{"Die drei Steine stehen für Vergangenheit, Gegenwart und Zukunft.", "Ein Symbol der Liebe für ein neues Kapitel."},
		tarnish:   []string{"Er behält seinen Glanz über viele Jahre.", "Er läuft nicht an und ist pflegeleicht.", "Er verliert nie seinen Glanz.", "Wie neu, auch nach Jahren."},
		tarnishOK: []string{"Mit einem weichen Tuch poliert, behält er seinen Glanz über Jahre."},
		skin:      []string{"Nickelfrei und ideal für empfindliche Haut.", "Hautfreundlich, ohne Juckreiz.", "Sanft zur Haut, auch für Allergiker."},
		green:     []string{"Ethisch und umweltschonend hergestellt.", "Eine ökologische Wahl, CO2-neutral.", "Verantwortungsvoll beschafft und gut für den Planeten."},
		licensed:  []string{"Er ist duschfest und wasserfest.", "Nickelfrei und ideal für empfindliche Haut."},
		offer:     []string{"Der Versand ist diese Woche versandkostenfrei.", "Jetzt zum halben Preis.", "Mit Gutschein günstiger, solange auf Lager."},
		assistant: []string{"Du bist ein erfahrener Texter für Schmuck.\nDer Armreif ist aus Sterlingsilber.", "Hier ist eine Beschreibung für den Armreif.", "Lass mich wissen, ob du eine kürzere Version möchtest."},
	},
	"it": {
		water: []string{"Indossalo in mare e in piscina.", "Non teme l'acqua: non serve toglierlo per la doccia.", "Puoi tenerlo sotto la doccia ogni giorno.",
			"Resiste alla doccia e ai bagni.", "Portalo in acqua tutta l'estate."},
		waterOK: []string{"Da portare al mare come in città.", "Un regalo per chi ama il mare.", "Toglilo prima della doccia o del bagno."},
		health: []string{"Allevia lo stress e favorisce il sonno.", "Secondo la tradizione, l'argento al polso calma i nervi.", "Attira la fortuna e la prosperità.",
			"Aiuta contro il mal di testa.", "Si dice che protegga dalle energie negative."},
		healthOK:  []string{"Si dice che le tre pietre rappresentino passato, presente e futuro.", "Un simbolo d'amore per un nuovo capitolo."},
		tarnish:   []string{"Mantiene la sua brillantezza per anni.", "Non si ossida e non annerisce.", "Non perde mai la sua lucentezza.", "Senza manutenzione, come nuovo per anni."},
		tarnishOK: []string{"Lucidalo con un panno morbido per mantenere la sua brillantezza per anni."},
		skin:      []string{"Senza nichel, adatto alle pelli sensibili.", "Delicato sulla pelle, senza prurito.", "Privo di nichel, per orecchie sensibili."},
		green:     []string{"Un gioiello etico e rispettoso del pianeta.", "Una scelta ecologica a impatto zero.", "Amico dell'ambiente e buono per il pianeta."},
		licensed:  []string{"Non teme l'acqua: puoi tenerlo sotto la doccia.", "Senza nichel, adatto alle pelli sensibili."},
		offer:     []string{"La spedizione è gratuita questa settimana.", "Ora a metà prezzo.", "Con il codice promo, fino a esaurimento."},
		assistant: []string{"Sei un copywriter esperto di gioielli.\nIl bracciale è in argento.", "Ecco una descrizione per il bracciale.", "Fammi sapere se vuoi un'altra versione."},
	},
	"es": {
		water: []string{"Llévalo en el mar y en la piscina.", "No teme al agua: no hace falta quitarlo para la ducha.", "Aguanta la ducha y el agua del mar.",
			"Úsalo en la piscina todo el verano.", "Resiste la ducha diaria sin quitártelo."},
		waterOK: []string{"Un regalo para quien ama el mar.", "Inspirado en las olas de una playa tranquila.", "Quítatelo antes de la ducha o de nadar."},
		health: []string{"Alivia el estrés y favorece el sueño.", "Según la tradición, la plata en la muñeca calma la ansiedad.", "Atrae la suerte y la prosperidad.",
			"Ayuda con el dolor de cabeza.", "Se dice que protege de las energías negativas."},
		healthOK:  []string{"Se dice que las tres piedras representan el pasado, el presente y el futuro.", "Un símbolo de amor para un nuevo capítulo."},
		tarnish:   []string{"Mantiene su brillo durante años.", "No se oxida ni se oscurece.", "Nunca pierde su brillo.", "Sin mantenimiento, como nuevo durante años."},
		tarnishOK: []string{"Púlelo con un paño suave para conservar su brillo durante años."},
		skin:      []string{"Sin níquel, ideal para pieles sensibles.", "Suave con la piel, sin picor.", "Libre de níquel, para orejas sensibles."},
		green:     []string{"Una joya ética y respetuosa con el planeta.", "Una elección ecológica de bajo impacto.", "De origen responsable y buena para el planeta."},
		licensed:  []string{"No teme al agua: úsalo en la piscina.", "Sin níquel, ideal para pieles sensibles."},
		offer:     []string{"El envío es gratis esta semana.", "Ahora a mitad de precio.", "Con código promocional, hasta que esté agotado."},
		assistant: []string{"Eres un redactor experto en joyería.\nEl brazalete es de plata.", "Aquí tienes una descripción para el brazalete.", "Avísame si quieres otra versión."},
	},
	"pt": {
		water:     []string{"Pode usá-lo no mar e na piscina.", "Não precisa tirá-lo para tomar banho.", "Não teme a água: leve-o para o mar."},
		waterOK:   []string{"Um presente para quem ama o mar.", "Tire-o antes do banho ou da piscina."},
		health:    []string{"Alivia o estresse e favorece o sono.", "Dizem que protege das energias negativas.", "Atrai a sorte e a prosperidade."},
		healthOK:  []string{"As três pedras representam o passado, o presente e o futuro."},
		tarnish:   []string{"Mantém o seu brilho durante anos.", "Não oxida e não escurece.", "Nunca perde o brilho."},
		tarnishOK: []string{"Limpe-o com um pano macio e guarde-o na bolsa."},
		skin:      []string{"Sem níquel, ideal para peles sensíveis.", "Suave para a pele, sem coceira."},
		green:     []string{"Uma joia ética e amiga do planeta.", "Uma escolha ecológica de baixo impacto."},
		licensed:  []string{"Pode usá-lo no mar e na piscina.", "Sem níquel, ideal para peles sensíveis."},
		offer:     []string{"Frete grátis nesta semana.", "Agora com desconto, enquanto houver em estoque."},
		assistant: []string{"Você é um redator experiente de joias.\nA pulseira é de prata.", "Aqui está uma descrição para a pulseira."},
	},
	"nl": {
		water:     []string{"Draag hem gerust in zee en in het zwembad.", "Je hoeft hem niet af te doen tijdens het douchen.", "Hij kan tegen water en zout water is geen probleem."},
		waterOK:   []string{"Een cadeau voor wie van de zee houdt.", "Doe hem af voor het zwemmen of douchen."},
		health:    []string{"Hij vermindert stress en bevordert een goede slaap.", "Hij zou beschermen tegen negatieve energie.", "Hij trekt geluk en voorspoed aan."},
		healthOK:  []string{"De drie stenen staan voor verleden, heden en toekomst."},
		tarnish:   []string{"Hij behoudt zijn glans jarenlang, jaren na jaren.", "Hij oxideert niet en verkleurt niet.", "Hij verliest nooit zijn glans."},
		tarnishOK: []string{"Poets hem met een zachte doek en bewaar hem in het zakje."},
		skin:      []string{"Nikkelvrij en ideaal voor een gevoelige huid.", "Huidvriendelijk, zonder jeuk."},
		green:     []string{"Ethisch gemaakt en goed voor de planeet.", "Een milieuvriendelijke, klimaatneutrale keuze."},
		licensed:  []string{"Hij kan tegen water, dus draag hem in zee.", "Nikkelvrij en ideaal voor een gevoelige huid."},
		offer:     []string{"Gratis verzending deze week.", "Nu met korting, zolang op voorraad."},
		assistant: []string{"Je bent een ervaren copywriter voor sieraden.\nDe armband is van zilver.", "Hier is een beschrijving voor de armband."},
	},
	"da": {
		water:     []string{"Du kan bære det i vandet og i havet.", "Det tåler et brusebad, og du behøver ikke at tage det af.", "Det er perfekt, når du svømmer."},
		waterOK:   []string{"En gave til den, der elsker havet.", "Tag det af før badet, og undgå parfume."},
		health:    []string{"Det lindrer stress og fremmer en god søvn.", "Det siges at beskytte mod negativ energi.", "Det tiltrækker held og velstand."},
		healthOK:  []string{"De tre sten står for fortid, nutid og fremtid."},
		tarnish:   []string{"Det bevarer sin glans i mange år.", "Det oxiderer ikke og misfarves ikke.", "Det mister aldrig sin glans."},
		tarnishOK: []string{"Pudse det med en blød klud og opbevar det i posen."},
		skin:      []string{"Nikkelfrit og perfekt til sensitiv hud.", "Hudvenligt, uden kløe."},
		green:     []string{"Etisk fremstillet og godt for planeten.", "Et miljøvenligt og klimaneutralt valg."},
		licensed:  []string{"Det tåler et brusebad, og du behøver ikke at tage det af.", "Nikkelfrit og perfekt til sensitiv hud."},
		offer:     []string{"Gratis fragt hele ugen.", "Nu med rabat, så længe det er på lager."},
		assistant: []string{"Du er en erfaren tekstforfatter for smykker.\nArmbåndet er i sølv.", "Her er en beskrivelse af armbåndet."},
	},
	"nb": {
		water:     []string{"Du kan bruke det i vannet og i sjøen.", "Det tåler dusjing, og du trenger ikke å ta det av.", "Det er perfekt når du svømmer."},
		waterOK:   []string{"En gave til den som elsker havet.", "Ta det av før du dusjer, og unngå parfyme."},
		health:    []string{"Det demper angst og fremmer god søvn.", "Det sies å beskytte mot negativ energi.", "Det tiltrekker hell og velstand."},
		healthOK:  []string{"De tre steinene står for fortid, nåtid og fremtid."},
		tarnish:   []string{"Det bevarer glansen i mange år.", "Det oksiderer ikke og misfarges ikke.", "Det mister aldri glansen."},
		tarnishOK: []string{"Puss det med en myk klut og oppbevar det i posen."},
		skin:      []string{"Nikkelfritt og perfekt for sensitiv hud.", "Hudvennlig, uten kløe."},
		green:     []string{"Etisk produsert og bra for planeten.", "Et miljøvennlig og klimanøytralt valg."},
		licensed:  []string{"Det tåler dusjing, og du trenger ikke å ta det av.", "Nikkelfritt og perfekt for sensitiv hud."},
		offer:     []string{"Gratis frakt hele uken.", "Nå med rabatt, så lenge det er på lager."},
		assistant: []string{"Du er en erfaren tekstforfatter for smykker.\nArmbåndet er i sølv.", "Her er en beskrivelse av armbåndet."},
	},
	"sv": {
		water:     []string{"Du kan bära det i vattnet och i havet.", "Det tål dusch, och du behöver inte ta av det.", "Det är perfekt när du simmar."},
		waterOK:   []string{"En gåva till den som älskar havet.", "Ta av det innan du duschar och undvik parfym."},
		health:    []string{"Det lindrar stress och främjar en god sömn.", "Det sägs skydda mot negativ energi.", "Det drar till sig tur och välstånd."},
		healthOK:  []string{"De tre stenarna står för dåtid, nutid och framtid."},
		tarnish:   []string{"Det behåller sin glans i många år.", "Det oxiderar inte och missfärgas inte.", "Det tappar aldrig sin glans."},
		tarnishOK: []string{"Putsa det med en mjuk duk och förvara det i påsen."},
		skin:      []string{"Nickelfritt och perfekt för känslig hud.", "Hudvänligt, utan klåda."},
		green:     []string{"Etiskt tillverkat och bra för planeten.", "Ett miljövänligt och klimatneutralt val."},
		licensed:  []string{"Det tål dusch, och du behöver inte ta av det.", "Nickelfritt och perfekt för känslig hud."},
		offer:     []string{"Fri frakt hela veckan.", "Nu med rabatt, så länge det finns i lager."},
		assistant: []string{"Du är en erfaren copywriter för smycken.\nArmbandet är i silver.", "Här är en beskrivning av armbandet."},
	},
	"fi": {
		water:     []string{"Voit pitää sitä uidessa ja kylvyssä.", "Sitä ei tarvitse riisua suihkun ajaksi.", "Se kestää suihkun ja merivettä."},
		waterOK:   []string{"Lahja sille, joka rakastaa kävelyjä meren rannalla.", "Riisu koru ennen suihkua ja vältä hajuvettä."},
		health:    []string{"Se lievittää stressiä ja edistää unta.", "Sen sanotaan suojaavan negatiiviselta energialta.", "Se tuo onnea ja houkuttelee vaurautta."},
		healthOK:  []string{"Kolme kiveä kuvaavat mennyttä, nykyhetkeä ja tulevaa."},
		tarnish:   []string{"Se säilyttää kiiltonsa vuosia.", "Se ei tummu eikä hapetu.", "Se ei koskaan menetä kiiltoaan."},
		tarnishOK: []string{"Kiillota koru pehmeällä liinalla ja säilytä se pussissa."},
		skin:      []string{"Nikkelitön ja sopii herkälle iholle.", "Ihoystävällinen, ei kutinaa."},
		green:     []string{"Vastuullisesti hankittu ja ympäristöystävällinen.", "Hiilineutraali valinta hyvällä omallatunnolla."},
		licensed:  []string{"Sitä ei tarvitse riisua suihkun ajaksi.", "Nikkelitön ja sopii herkälle iholle."},
		offer:     []string{"Ilmainen toimitus koko viikon.", "Nyt alennuksella, niin kauan kuin varastossa riittää."},
		assistant: []string{"Olet kokenut korujen tekstinkirjoittaja.\nRannekoru on hopeaa.", "Tässä on kuvaus rannekorulle."},
	},
	"pl": {
		water:     []string{"Możesz nosić ją w wodzie i w morzu.", "Nie trzeba jej zdejmować pod prysznicem.", "Nie boi się wody podczas kąpieli."},
		waterOK:   []string{"Prezent dla kogoś, kto kocha morze.", "Zdejmij ją przed kąpielą i unikaj perfum."},
		health:    []string{"Łagodzi stres i poprawia sen.", "Podobno chroni przed negatywną energią.", "Przyciąga szczęście i dobrobyt."},
		healthOK:  []string{"Trzy kamienie oznaczają przeszłość, teraźniejszość i przyszłość."},
		tarnish:   []string{"Zachowuje swój blask przez wiele lat.", "Nie utlenia się i nie czernieje.", "Nigdy nie traci blasku."},
		tarnishOK: []string{"Czyść ją miękką ściereczką i przechowuj w woreczku."},
		skin:      []string{"Bez niklu, idealna dla wrażliwej skóry.", "Przyjazna dla skóry, bez swędzenia."},
		green:     []string{"Etycznie wykonana i dobra dla planety.", "Ekologiczny wybór, przyjazny dla środowiska."},
		licensed:  []string{"Nie trzeba jej zdejmować pod prysznicem.", "Bez niklu, idealna dla wrażliwej skóry."},
		offer:     []string{"Darmowa dostawa przez cały tydzień.", "Teraz z rabatem, póki jest na stanie."},
		assistant: []string{"Jesteś doświadczonym copywriterem biżuterii.\nBransoletka jest ze srebra.", "Oto opis bransoletki."},
	},
	"cs": {
		water:     []string{"Můžete ho nosit v moři i v bazénu.", "Není třeba ho sundávat ani do sprchy.", "Nebojí se vody a vydrží i koupání."},
		waterOK:   []string{"Dárek pro každého, kdo miluje moře.", "Před koupáním ho sundejte a vyhněte se parfému."},
		health:    []string{"Uklidňuje mysl a zlepšuje spánek.", "Prý chrání před negativní energií.", "Přitahuje štěstí a hojnost."},
		healthOK:  []string{"Tři kameny představují minulost, přítomnost a budoucnost."},
		tarnish:   []string{"Zachová si svůj lesk mnoho let.", "Neoxiduje a nečerná.", "Nikdy neztratí svůj lesk."},
		tarnishOK: []string{"Čistěte ho jemným hadříkem a uchovávejte v sáčku."},
		skin:      []string{"Bez niklu, ideální pro citlivou pokožku.", "Šetrný k pokožce, bez svědění."},
		green:     []string{"Eticky vyrobený a šetrný k planetě.", "Ekologická volba s čistým svědomím."},
		licensed:  []string{"Není třeba ho sundávat ani do sprchy.", "Bez niklu, ideální pro citlivou pokožku."},
		offer:     []string{"Doprava zdarma celý týden.", "Nyní se slevou, dokud je skladem."},
		assistant: []string{"Jsi zkušený copywriter šperků.\nNáramek je ze stříbra.", "Zde je popis náramku."},
	},
	"tr": {
		water:     []string{"Denizde ve havuzda rahatça takabilirsiniz.", "Duş alırken çıkarmanıza gerek yok.", "Sudan korkmaz, tuzlu su da sorun değil."},
		waterOK:   []string{"Denizi seven biri için güzel bir hediye.", "Duştan önce çıkarın ve parfümden kaçının."},
		health:    []string{"Stresi azaltır ve uyku kalitesini artırır.", "Negatif enerjiden korur.", "Bolluk ve bereket getirir."},
		healthOK:  []string{"Üç taş geçmişi, bugünü ve geleceği simgeler."},
		tarnish:   []string{"Parlaklığını yıllarca korur.", "Kararmaz ve oksitlenmez.", "Parlaklığını asla kaybetmez."},
		tarnishOK: []string{"Yumuşak bir bezle temizleyin ve kesesinde saklayın."},
		skin:      []string{"Nikelsiz, hassas ciltler için ideal.", "Cilt dostu, kaşıntı yapmaz."},
		green:     []string{"Etik olarak üretildi ve gezegen dostu.", "Çevre dostu, karbon nötr bir seçim."},
		licensed:  []string{"Duş alırken çıkarmanıza gerek yok.", "Nikelsiz, hassas ciltler için ideal."},
		offer:     []string{"Bu hafta kargo bedava.", "Şimdi indirimli, stokta varken."},
		assistant: []string{"Sen deneyimli bir takı metin yazarısın.\nBileklik gümüştür.", "İşte bileklik için bir açıklama."},
	},
	"el": {
		water:     []string{"Μπορείτε να το φοράτε στο νερό και στο μπάνιο.", "Δεν χρειάζεται να το βγάλετε όταν κολυμπάτε.", "Δεν φοβάται το νερό και αντέχει το ντους."},
		waterOK:   []string{"Ένα δώρο για όσους αγαπούν τη θάλασσα.", "Βγάλτε το πριν από το ντους και αποφύγετε το άρωμα."},
		health:    []string{"Μειώνει το στρες και βελτιώνει τον ύπνο.", "Λέγεται ότι προστατεύει από την αρνητική ενέργεια.", "Φέρνει καλή τύχη και αφθονία."},
		healthOK:  []string{"Οι τρεις πέτρες συμβολίζουν το παρελθόν, το παρόν και το μέλλον."},
		tarnish:   []string{"Διατηρεί τη λάμψη του για χρόνια.", "Δεν οξειδώνεται και δεν μαυρίζει.", "Δεν χάνει ποτέ τη λάμψη του."},
		tarnishOK: []string{"Καθαρίστε το με ένα μαλακό πανί και φυλάξτε το στο πουγκί."},
		skin:      []string{"Χωρίς νικέλιο, ιδανικό για ευαίσθητη επιδερμίδα.", "Φιλικό προς το δέρμα, χωρίς φαγούρα."},
		green:     []string{"Με ηθική προέλευση και φιλικό προς τον πλανήτη.", "Μια οικολογική επιλογή, ουδέτερη σε άνθρακα."},
		licensed:  []string{"Δεν φοβάται το νερό και αντέχει το ντους.", "Χωρίς νικέλιο, ιδανικό για ευαίσθητη επιδερμίδα."},
		offer:     []string{"Δωρεάν αποστολή όλη την εβδομάδα.", "Τώρα με έκπτωση, μέχρι να εξαντληθεί."},
		assistant: []string{"Είσαι ένας έμπειρος κειμενογράφος κοσμημάτων.\nΤο βραχιόλι είναι ασημένιο.", "Ορίστε μια περιγραφή για το βραχιόλι."},
	},
	"ar": {
		water:     []string{"يمكنك ارتداؤه أثناء السباحة وفي البحر.", "لا داعي لخلعه عند الاستحمام.", "لا يخاف الماء ويتحمل مياه البحر."},
		waterOK:   []string{"هدية مثالية لمن يحب البحر.", "انزعه قبل الاستحمام وتجنب العطور."},
		health:    []string{"يخفف القلق ويحسن النوم.", "يقال إنه يحمي من الطاقة السلبية.", "يجلب الحظ ويجذب الثروة."},
		healthOK:  []string{"ترمز الأحجار الثلاثة إلى الماضي والحاضر والمستقبل."},
		tarnish:   []string{"يحافظ على بريقه لسنوات.", "لا يتأكسد ولا يصدأ.", "لا يفقد بريقه أبدا."},
		tarnishOK: []string{"نظفه بقطعة قماش ناعمة واحفظه في الكيس."},
		skin:      []string{"خال من النيكل ومثالي للبشرة الحساسة.", "لطيف على البشرة ولا يسبب الحكة."},
		green:     []string{"من مصدر أخلاقي وصديق للبيئة.", "خيار أخضر بضمير مرتاح."},
		licensed:  []string{"لا داعي لخلعه عند الاستحمام.", "خال من النيكل ومثالي للبشرة الحساسة."},
		offer:     []string{"شحن مجاني طوال الأسبوع.", "الآن مع خصم خاص حتى نفاد الكمية."},
		assistant: []string{"أنت كاتب محتوى خبير في المجوهرات.\nالسوار من الفضة.", "إليك وصف السوار."},
	},
	"ja": {
		water:     []string{"水に濡れても大丈夫なので、海水浴にもお使いいただけます。", "入浴中も外す必要がありません。", "汗や水に強いので、泳ぐときも着けたままで安心です。"},
		waterOK:   []string{"海が好きな方への贈り物にぴったりのブレスレットです。", "入浴前には外して、柔らかい布で拭いてください。"},
		health:    []string{"ストレスを軽減し、安眠へと導きます。", "邪気を払い、幸運を引き寄せるといわれています。", "頭痛や肩こりを和らげます。"},
		healthOK:  []string{"三つの石は過去、現在、未来を表しています。"},
		tarnish:   []string{"変色しにくく、輝きが長持ちします。", "錆びないので、お手入れ不要です。", "いつまでも輝きを失わないブレスレットです。"},
		tarnishOK: []string{"柔らかい布で磨いて、ポーチに入れて保管してください。"},
		skin:      []string{"ニッケルフリーで、敏感肌の方にも安心です。", "肌にやさしく、かぶれにくい素材です。"},
		green:     []string{"エシカルで環境にやさしいブレスレットです。", "地球にやさしいエコな選択です。"},
		licensed:  []string{"入浴中も外す必要がありません。", "ニッケルフリーで、敏感肌の方にも安心です。"},
		offer:     []string{"今週は送料無料でお届けします。", "在庫限りの特別価格です。"},
		assistant: []string{"あなたはジュエリーのコピーライターです。\nブレスレットはシルバー製です。", "以下はブレスレットの説明文です。"},
	},
	"ko": {
		water:     []string{"바다에서도 수영장에서도 착용할 수 있습니다.", "샤워할 때도 뺄 필요가 없습니다.", "물에 젖어도 괜찮은 팔찌입니다."},
		waterOK:   []string{"바다를 사랑하는 분께 드리는 선물입니다.", "부드러운 천으로 닦아 파우치에 보관하세요."},
		health:    []string{"스트레스 완화와 숙면에 도움을 줍니다.", "나쁜 기운을 막고 행운을 불러옵니다.", "두통을 줄여 줍니다."},
		healthOK:  []string{"세 개의 스톤은 과거, 현재, 미래를 의미합니다."},
		tarnish:   []string{"변색 없이 광택이 오래갑니다.", "녹슬지 않아 관리가 필요 없습니다.", "광택을 잃지 않는 팔찌입니다."},
		tarnishOK: []string{"부드러운 천으로 닦아 파우치에 보관하세요."},
		skin:      []string{"니켈 프리로 민감한 피부에도 좋습니다.", "피부에 순한 소재로 만들었습니다."},
		green:     []string{"윤리적으로 만든 친환경 팔찌입니다.", "탄소 중립을 실천한 선택입니다."},
		licensed:  []string{"샤워할 때도 뺄 필요가 없습니다.", "니켈 프리로 민감한 피부에도 좋습니다."},
		offer:     []string{"이번 주 무료 배송으로 보내 드립니다.", "지금 할인 중이며 곧 품절됩니다."},
		assistant: []string{"당신은 경험 많은 주얼리 카피라이터입니다.\n팔찌는 실버입니다.", "다음은 팔찌의 상품 설명입니다."},
	},
	"zh": {
		water:     []string{"洗澡时也不用摘下，游泳时也可以佩戴。", "不怕汗水，可以下水。", "泡澡也无需摘下。"},
		waterOK:   []string{"送给热爱大海的人的礼物。", "请用软布擦拭，并放在首饰袋中保存。"},
		health:    []string{"能舒缓压力，帮助睡眠。", "可以驱邪，带来好运。", "有助于改善睡眠和头痛。"},
		healthOK:  []string{"三颗宝石代表过去、现在和未来。"},
		tarnish:   []string{"不褪色，不氧化，光泽持久。", "免保养，历久弥新。", "不生锈，不发黑。"},
		tarnishOK: []string{"请用软布擦拭，并放在首饰袋中保存。"},
		skin:      []string{"不含镍，敏感肌也能佩戴。", "亲肤不过敏。"},
		green:     []string{"环保又可持续的选择。", "碳中和的手镯。"},
		licensed:  []string{"洗澡时也不用摘下。", "不含镍，敏感肌也能佩戴。"},
		offer:     []string{"本周包邮。", "限时优惠，现货价格。"},
		assistant: []string{"你是一名资深的珠宝文案撰稿人。\n手镯是银的。", "以下是手镯的描述。"},
	},
	"zh-TW": {
		water:     []string{"洗澡時也不用摘下，游泳時也可以佩戴。", "不怕汗水，可以下水。", "泡澡也無需摘下。"},
		waterOK:   []string{"送給熱愛大海的人的禮物。", "請用軟布擦拭，並放在飾品袋中保存。"},
		health:    []string{"能舒緩壓力，幫助睡眠。", "可以驅邪，帶來好運。", "有助於改善睡眠和頭痛。"},
		healthOK:  []string{"三顆寶石代表過去、現在和未來。"},
		tarnish:   []string{"不褪色，不氧化，光澤持久。", "免保養，歷久彌新。", "不生鏽，不發黑。"},
		tarnishOK: []string{"請用軟布擦拭，並放在飾品袋中保存。"},
		skin:      []string{"不含鎳，敏感肌也能佩戴。", "親膚不過敏。"},
		green:     []string{"環保又可持續的選擇。", "碳中和的手環。"},
		licensed:  []string{"洗澡時也不用摘下。", "不含鎳，敏感肌也能佩戴。"},
		offer:     []string{"本週包郵。", "限時優惠，現貨價格。"},
		assistant: []string{"你是一位資深的珠寶文案撰稿人。\n手環是銀的。", "以下是手環的描述。"},
	},
}

// TestKindsClaimsEveryLocale: claims in other words (water, health,
// tarnish, skin, green), offers in words and assistant or role lines
// block in every supported locale of each language; their harmless
// neighbours and claims the product's features license pass.
func TestKindsClaimsEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, claimsByLang, "claim", func(loc string, ct claimTexts, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"claim water " + loc, plainCuff, CatClaim, in(ct.water)},
			kindTable{"water, no claim " + loc, plainCuff, "", in(ct.waterOK)},
			kindTable{"claim health " + loc, plainCuff, CatClaim, in(ct.health)},
			kindTable{"health, no claim " + loc, plainCuff, "", in(ct.healthOK)},
			kindTable{"claim tarnish " + loc, plainCuff, CatClaim, in(ct.tarnish)},
			kindTable{"tarnish care " + loc, plainCuff, "", in(ct.tarnishOK)},
			kindTable{"claim skin " + loc, plainCuff, CatClaim, in(ct.skin)},
			kindTable{"green claim " + loc, plainCuff, CatRegulatory, in(ct.green)},
			kindTable{"licensed claim " + loc, steelBand, "", in(ct.licensed)},
			kindTable{"offer words " + loc, plainCuff, CatBannedTerm, in(ct.offer)},
			kindTable{"assistant or role line " + loc, plainCuff, CatInjection, in(ct.assistant)},
		)
	})
	runKinds(t, c, guide(t), tables)
}

// TestKindsClaimLookAlikes: words that share a stem or a phrase with a
// claim, an offer or an assistant line and say none (clothes and itching
// fold to one Swedish stem; "how about it as a gift?" is copy in Japanese;
// Arabic "important" is the stem of "your task").
func TestKindsClaimLookAlikes(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"claim look-alike", plainCuff, "", []lt{
			{"sv-SE", "Armbandet fastnar inte i kläderna."},
			{"da-DK", "Armbåndet sidder fint til en rød kjole."},
			{"nb-NO", "Bruk det til en rød strikkegenser."},
			{"nl-NL", "Mooi bij een rode jurk."},
			{"pt-PT", "Fica lindo com um vestido vermelho."},
			{"ja-JP", "ギフトにいかがでしょうか。"},
			{"ko-KR", "선물로 준비해 보세요."},
			{"zh-CN", "送给她，她一定会喜欢。"},
			{"ar-AE", "من المهم أن تختاري قطعة تناسبك."},
			{"en-GB", "A gift to tuck in a Christmas stocking."},
			{"en-GB", "You'll never want to take it off."},
			{"it-IT", "Un'etichetta discreta accompagna il bracciale."},
			{"fi-FI", "Lahja sille, joka rakastaa kävelyjä meren rannalla."},
			{"it-IT", "Da portare al mare come in città."},
			{"pl-PL", "Każdy egzemplarz sprawdzamy w pracowni przed wysyłką."},
			{"en-US", "Every piece is checked in our studio before dispatch."},
		}},
		{"steel named, no claim", steelBand, "", []lt{
			{"fr-FR", "Un jonc en acier inoxydable, pensé pour durer."},
			{"de-DE", "Ein Armreif aus rostfreiem Edelstahl."},
			{"tr-TR", "Paslanmaz çelikten bir bileklik."},
		}},
	})
}

// qualifierTexts are one locale's sentences about a lab-grown ruby and
// lab-grown diamonds: named bare (block) and with a qualifier of the
// locale's market, inflected as the language inflects it (pass).
type qualifierTexts struct{ rubyBare, rubyQualified, diamondQualified []string }

var qualifiersByLocale = map[string]qualifierTexts{
	"en-GB": {[]string{"A ring crowned by a deep red ruby."}, []string{"A ring crowned by a lab-grown ruby.", "Its ruby was created in a laboratory."}, []string{"Two laboratory-grown diamonds catch the light."}},
	"en-US": {[]string{"The ruby glows at its heart."}, []string{"A laboratory-created ruby glows at its heart.", "A Chatham-created ruby glows at its heart."}, []string{"Two lab-grown diamonds catch the light.", "Two synthetic diamonds catch the light."}},
	"en-AU": {[]string{"A ring crowned by a deep red ruby."}, []string{"A ring crowned by a lab-grown ruby."}, []string{"Two lab-created diamonds catch the light."}},
	"fr-FR": {[]string{"Une bague ornée d'un rubis rouge.", "Une bague ornée d'un rubis créé en laboratoire."}, []string{"Une bague ornée d'un rubis synthétique.", "Une bague ornée d'un rubis de synthèse."}, []string{"Deux diamants synthétiques captent la lumière."}},
	"fr-CA": {[]string{"Une bague ornée d'un rubis rouge."}, []string{"Une bague ornée d'un rubis créé en laboratoire.", "Une bague ornée d'un rubis synthétique."}, []string{"Deux diamants de laboratoire captent la lumière."}},
	"de-DE": {[]string{"Ein Ring mit einem roten Rubin."}, []string{"Ein Ring mit einem im Labor gezüchteten Rubin.", "Ein Ring mit einem synthetischen Rubin."}, []string{"Zwei laborgezüchtete Diamanten fangen das Licht."}},
	"it-IT": {[]string{"Un anello con un rubino rosso."}, []string{"Un anello con un rubino creato in laboratorio.", "Un anello con un rubino sintetico."}, []string{"Due diamanti coltivati in laboratorio catturano la luce."}},
	"es-ES": {[]string{"Un anillo con un rubí rojo."}, []string{"Un anillo con un rubí creado en laboratorio.", "Un anillo con un rubí sintético."}, []string{"Dos diamantes cultivados en laboratorio captan la luz."}},
	"es-MX": {[]string{"Un anillo con un rubí rojo."}, []string{"Un anillo con un rubí creado en laboratorio."}, []string{"Dos diamantes sintéticos captan la luz."}},
	"pt-BR": {[]string{"Um anel com um rubi vermelho."}, []string{"Um anel com um rubi criado em laboratório.", "Um anel com um rubi sintético."}, []string{"Dois diamantes cultivados em laboratório captam a luz."}},
	"pt-PT": {[]string{"Um anel com um rubi vermelho."}, []string{"Um anel com um rubi criado em laboratório.", "Um anel com um rubi sintético."}, []string{"Dois diamantes feitos em laboratório captam a luz."}},
	"nl-NL": {[]string{"Een ring met een rode robijn."}, []string{"Een ring met een in het lab gekweekte robijn.", "Een ring met een synthetische robijn."}, []string{"Twee labgekweekte diamanten vangen het licht."}},
	"da-DK": {[]string{"En ring med en rød rubin."}, []string{"En ring med en laboratoriedyrket rubin.", "En ring med en syntetisk rubin."}, []string{"To laboratoriedyrkede diamanter fanger lyset."}},
	"nb-NO": {[]string{"En ring med en rød rubin."}, []string{"En ring med en labdyrket rubin.", "En ring med en syntetisk rubin."}, []string{"To laboratoriedyrkede diamanter fanger lyset."}},
	"sv-SE": {[]string{"En ring med en röd rubin."}, []string{"En ring med en labbodlad rubin.", "En ring med en syntetisk rubin."}, []string{"Två laboratorieodlade diamanter fångar ljuset."}},
	"fi-FI": {[]string{"Sormuksessa on punainen rubiini."}, []string{"Sormuksessa on laboratoriossa kasvatettu rubiini.", "Sormuksessa on synteettinen rubiini."}, []string{"Kaksi laboratoriossa kasvatettua timanttia vangitsee valon."}},
	"pl-PL": {[]string{"Pierścionek z czerwonym rubinem."}, []string{"Pierścionek z rubinem wyhodowanym w laboratorium.", "Pierścionek z syntetycznym rubinem."}, []string{"Dwa diamenty wyhodowane w laboratorium łapią światło.", "Kolczyki z diamentami stworzonymi w laboratorium."}},
	"cs-CZ": {[]string{"Prsten s červeným rubínem."}, []string{"Prsten s rubínem vypěstovaným v laboratoři.", "Prsten se syntetickým rubínem."}, []string{"Dva laboratorně pěstované diamanty zachytí světlo."}},
	"tr-TR": {[]string{"Yüzükte parlak kırmızı bir yakut var.", "Yakutun rengi çok derin."}, []string{"Yüzükte laboratuvarda üretilmiş kırmızı bir yakut var.", "Yüzükte sentetik bir yakut var."}, []string{"İki laboratuvarda yetiştirilmiş elmas ışığı yakalar."}},
	"el-GR": {[]string{"Ένα δαχτυλίδι με ένα κόκκινο ρουμπίνι."}, []string{"Ένα δαχτυλίδι με ένα εργαστηριακό ρουμπίνι.", "Ένα δαχτυλίδι με ένα συνθετικό ρουμπίνι."}, []string{"Δύο εργαστηριακά διαμάντια πιάνουν το φως."}},
	"ar-AE": {[]string{"خاتم تتوسطه ياقوتة حمراء."}, []string{"خاتم تتوسطه ياقوتة مصنعة في المختبر.", "خاتم تتوسطه ياقوتة صناعية."}, []string{"ماستان مزروعتان في المختبر تلتقطان الضوء."}},
	"ja-JP": {[]string{"真っ赤なルビーが輝くリングです。"}, []string{"ラボグロウンのルビーが輝くリングです。", "合成ルビーが輝くリングです。"}, []string{"ラボグロウンダイヤモンドが二つ輝きます。"}},
	"ko-KR": {[]string{"붉은 루비가 빛나는 반지입니다."}, []string{"랩 그로운 루비가 빛나는 반지입니다.", "합성 루비가 빛나는 반지입니다."}, []string{"랩그로운 다이아몬드 두 개가 빛납니다."}},
	"zh-CN": {[]string{"这枚戒指镶有一颗红宝石。"}, []string{"这枚戒指镶有一颗实验室培育红宝石。", "这枚戒指镶有一颗合成红宝石。"}, []string{"两颗实验室培育钻石闪耀光芒。"}},
	"zh-TW": {[]string{"這枚戒指鑲有一顆紅寶石。"}, []string{"這枚戒指鑲有一顆實驗室培育紅寶石。", "這枚戒指鑲有一顆合成紅寶石。"}, []string{"兩顆實驗室培育鑽石閃耀光芒。"}},
}

// TestKindsQualifiersEveryLocale: a lab-grown coloured gemstone named by
// the locale's own word (Turkish "yakut", Polish "rubin", Greek
// "ρουμπίνι", Japanese "ルビー") without a qualifier of the locale's market
// blocks; named with one, in the inflection the sentence needs
// ("wyhodowanym w laboratorium", "laboratorně pěstované"), it passes. The
// markets differ as data: "créé en laboratoire" is no qualifier in fr-FR
// (décret 2002-65) but is in fr-CA.
func TestKindsQualifiersEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	for _, loc := range packLocales(t) {
		q, ok := qualifiersByLocale[loc]
		if !ok {
			t.Errorf("%s: no qualifier texts", loc)
			continue
		}
		in := func(texts []string) []lt {
			out := make([]lt, len(texts))
			for i, x := range texts {
				out[i] = lt{loc, x}
			}
			return out
		}
		tables = append(tables,
			kindTable{"lab gem unqualified " + loc, labRubyRing, CatRegulatory, in(q.rubyBare)},
			kindTable{"lab gem qualified " + loc, labRubyRing, "", in(q.rubyQualified)},
			kindTable{"lab diamond qualified " + loc, labDiamondStuds, "", in(q.diamondQualified)},
		)
	}
	runKinds(t, c, guide(t), tables)
}

// TestKindsCloseLanguages: copy written in a close language outside the
// guide's set blocks in the locale it imitates (Catalan on es-ES, Bokmål
// on da-DK, Danish on nb-NO, Slovak on cs-CZ, Simplified Chinese on
// zh-TW), while the locale's own language, with its own everyday words,
// passes.
func TestKindsCloseLanguages(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"close language", plainCuff, CatLocale, []lt{
			{"es-ES", "El braçalet Arc és de plata de llei, amb una forma oberta que s'adapta al canell. La superfície polida recull la llum i li dona un aire elegant."},
			{"es-ES", "Un braçalet obert de plata, polit a mà al nostre taller abans de sortir. Queda bé sol o amb un rellotge, de dia o de nit, sense treure'l mai."},
			{"da-DK", "Dette armbåndet i sølv har en enkel og moderne form. Du kan bruke det hver dag, på jobb eller på ferie, og det passer fint sammen med andre smykker. Det er en fin gave til noen du er glad i."},
			{"da-DK", "Armbåndet blir fort en favoritt: det er veldig lett, og du kan bruke det til alt, fra jobben til en kveld ute med venner."},
			{"nb-NO", "Armbåndet er lavet af sterlingsølv og har en smuk, enkel form. Du kan bruge det hver dag, og det passer til alt i din garderobe."},
			{"cs-CZ", "Tento náramok zo striebra má jednoduchý a moderný tvar. Môžete ho nosiť každý deň do práce aj na výlet a hodí sa k ďalším šperkom."},
			{"zh-TW", "这款纯银手镯造型简洁现代，适合每天佩戴，无论上班还是度假都很合适。它可以与其他首饰搭配，是送给特别之人的理想礼物。"},
		}},
		{"own language", plainCuff, "", []lt{
			{"es-ES", "El brazalete Arc es de plata de ley, con una forma abierta que se adapta a la muñeca. La superficie pulida recoge la luz y le da un aire elegante."},
			{"es-ES", "Un brazalete abierto de plata, pulido a mano en nuestro taller antes de salir. Queda bien solo o con un reloj, de día o de noche, y tarda un segundo en ponerse."},
			{"da-DK", "Dette armbånd i sølv har en enkel og moderne form. Du kan bruge det hver dag, på arbejde eller på ferie, og det passer fint sammen med andre smykker. Det er en fin gave til nogen, du holder af."},
			{"nb-NO", "Armbåndet er laget av sterlingsølv og har en vakker, enkel form. Du kan bruke det hver dag, og det passer til alt i garderoben din."},
			{"cs-CZ", "Tento náramek ze stříbra má jednoduchý a moderní tvar. Můžete ho nosit každý den do práce i na výlet a hodí se k dalším šperkům."},
			{"zh-TW", "這款純銀手環造型簡潔現代，適合每天佩戴，無論上班還是度假都很合適。它可以與其他飾品搭配，是送給特別之人的理想禮物。"},
		}},
	})
}

// TestKindsDoNotTranslateLocales: a do-not-translate collection name
// glued into the language's word for a collection, in any of its
// inflections, or declined like a noun of the language blocks at the
// glossary's level in the newer locales too; the name as written passes.
func TestKindsDoNotTranslateLocales(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	coll := plainCuff
	coll.Collection = "Moments"
	runKinds(t, c, guide(t), []kindTable{
		{"dnt glued or inflected", coll, CatGlossary, []lt{
			{"pl-PL", "Bransoletka z kolekcji Momentów ze srebra próby 925."},
			{"sv-SE", "Ett armband ur Momentskollektionen i sterlingsilver."},
			{"nb-NO", "Et armbånd fra Momentskolleksjonen i sterlingsølv."},
			{"da-DK", "Et armbånd fra Momentskollektionen i sterlingsølv."},
			{"fi-FI", "Rannekoru Momentsmallistosta, sterlinghopeaa."},
			{"tr-TR", "Momentler koleksiyonundan gümüş bir bileklik."},
			{"nl-NL", "Een armband uit de Momentscollectie, van sterling zilver."},
		}},
		{"dnt kept", coll, "", []lt{
			{"pl-PL", "Bransoletka z kolekcji Moments ze srebra próby 925."},
			{"sv-SE", "Ett armband ur kollektionen Moments i sterlingsilver."},
			{"fi-FI", "Rannekoru Moments-mallistosta, sterlinghopeaa."},
			{"tr-TR", "Moments koleksiyonundan gümüş bir bileklik."},
			{"cs-CZ", "Náramek z kolekce Moments ze stříbra."},
		}},
	})
}
