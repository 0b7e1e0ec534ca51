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
}

// TestKindsClaimsEveryLocale: claims in other words (water, health,
// tarnish, skin, green), offers in words and assistant or role lines
// block in every supported locale of each language; their harmless
// neighbours and claims the product's features license pass.
func TestKindsClaimsEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	for _, loc := range packLocales(t) {
		ct, ok := claimsByLang[langOf(loc)]
		if !ok {
			continue // TODO(tune2): the newer locales' languages follow
		}
		in := func(texts []string) []lt {
			out := make([]lt, len(texts))
			for i, x := range texts {
				out[i] = lt{loc, x}
			}
			return out
		}
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
	}
	runKinds(t, c, guide(t), tables)
}
