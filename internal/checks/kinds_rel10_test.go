package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// r10Charm is a sterling silver heart charm with zirconia, nickel-free.
var r10Charm = core.Product{SKU: "R10", Name: "Heart", Category: "charm",
	Metals: []core.Metal{{Base: "sterling silver"}}, Colours: []string{"silver"},
	Stones:   []core.Stone{{Type: "cubic zirconia", Count: 14, Colour: "clear", Origin: "simulant"}},
	Features: []string{"nickel-free"}}

// TestKindsOfferHomograph (issue #13, false blocks: a word of the language
// with another sense): an offer or price word that is also an everyday
// word of design copy is the offer only in its offer sense. Italian
// "scontato" is also "predictable" ("un classico mai scontato") and "saldi"
// also "firm" ("li tengono saldi"); German "reduziert" also "minimalist"
// ("ein reduziertes Design"); Chinese 全场 also "the whole room" (成为全场
// 焦点, the centre of attention). The offer in words still blocks in each
// language, the Taiwanese 免運 (free shipping) included (EU Directive
// 2005/29/EC Annex I and the guide's no-offer rule: copy reused on every
// channel carries no price terms).
func TestKindsOfferHomograph(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"offer word in another sense", r10Charm, "", []lt{
			{"it-IT", "Un cuore d'argento, un classico mai scontato."},
			{"it-IT", "Un'eleganza mai scontata, da portare ogni giorno."},
			{"it-IT", "Le chiusure lo tengono saldi al bracciale tutto il giorno."},
			{"it-IT", "Restano saldi al loro posto anche quando ti muovi."},
			{"de-DE", "Ein reduziertes Design aus Silber, klar und zeitlos."},
			{"de-DE", "Die Form ist bewusst reduziert: ein kleines Herz aus Silber."},
			{"zh-CN", "这款银色心形吊饰让您成为全场焦点。"},
			{"zh-TW", "這款銀色心形吊飾讓您成為全場焦點。"},
		}},
		{"offer in words", r10Charm, CatBannedTerm, []lt{
			{"it-IT", "Oggi il ciondolo è scontato del 30 per cento."},
			{"it-IT", "Approfitta dei saldi: il cuore d'argento ti aspetta."},
			{"it-IT", "In saldi fino a domenica, solo online."},
			{"it-IT", "Un cuore d'argento con uno sconto speciale."},
			{"de-DE", "Jetzt reduziert: das Herz aus Silber."},
			{"de-DE", "Das Herz aus Silber ist stark reduziert."},
			{"de-DE", "Der Anhänger ist um 20 Euro reduziert."},
			{"zh-CN", "全场满299元即享优惠。"},
			{"zh-TW", "全館免運，銀色心形吊飾今天就帶回家。"},
			{"zh-TW", "滿千免運，心形吊飾送給她。"},
		}},
	})
}

// TestKindsNegationSuffixInflected (issue #13, false blocks, released 10):
// a free-of compound denies the metal it names in every inflected form:
// German "nickelfreie", "nickelfreiem", Dutch "nikkelvrije", Swedish
// "nickelfria", Danish and Norwegian "nikkelfrie", Finnish "nikkelitöntä",
// "nikkelittömästä", Turkish "nikelsizdir". Nickel named as a material
// without the suffix still blocks.
func TestKindsNegationSuffixInflected(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"free-of compound, inflected", r10Charm, "", []lt{
			{"de-DE", "Das nickelfreie Silber trägt sich angenehm."},
			{"de-DE", "Ein Herz aus nickelfreiem Sterlingsilber."},
			{"de-DE", "Ein nickelfreies Herz aus Silber."},
			{"nl-NL", "Het nikkelvrije zilver draagt prettig."},
			{"sv-SE", "Den nickelfria bedån i silver är skön att bära."},
			{"sv-SE", "Ett nickelfritt hjärta i silver."},
			{"da-DK", "Det nikkelfrie sølv er behageligt at bære."},
			{"nb-NO", "Det nikkelfrie sølvet er behagelig å bruke."},
			{"fi-FI", "Sydän on nikkelitöntä hopeaa."},
			{"fi-FI", "Nikkelittömästä hopeasta valmistettu sydän."},
			{"fi-FI", "Nikkelivapaata hopeaa, kevyt kantaa."},
			{"tr-TR", "Gümüş kalp nikelsizdir ve hafiftir."},
			{"en-GB", "The nickel-free silver heart is light."},
		}},
		{"nickel as the material", r10Charm, CatGrounding, []lt{
			{"de-DE", "Ein Herz aus Nickel und Silber."},
			{"nl-NL", "Een hart van nikkel en zilver."},
			{"sv-SE", "Ett hjärta av nickel och silver."},
			{"fi-FI", "Sydän on nikkeliä ja hopeaa."},
			{"tr-TR", "Nikel ve gümüşten bir kalp."},
		}},
	})
}
