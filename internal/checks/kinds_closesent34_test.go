package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// One sentence of a close language after sentences in the locale's own
// language (#13, closesent34, the twenty-eighth session): a Galician
// styling line in Spanish or Portuguese copy ("Lévaos cun xersei de colo
// alto e o cabelo recollido para amosar o xiro." held "cun" alone of the
// packs' Galician words, and lingua has no Galician), a Slovak line in
// Czech copy and a Swiss German line in German copy passed. The packs now
// list the close languages' frequent words the locale's language never
// writes: Galician x for Spanish j/g and Portuguese j/g/x (xersei, xiro,
// amosar, hoxe, viaxe), its enclitic pronouns written on the verb
// (lévaos, combínaos, gárdaos), its ll for Portuguese lh (recollido);
// Slovak words and forms Czech writes otherwise (vďaka, hodia, bielej,
// všetkému); Swiss German lower-case function words and verbs (gäll,
// dini, hüt, händ, hochgsteckt). Each blocking row has a passing twin,
// the same content in the locale's own language with loanwords and names.
func TestKindsCloseSentence34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "CS34", Name: "Aria", Category: "earrings",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	const (
		es = "Los pendientes Aria son de plata de ley. Son ligeros y cómodos para todo el día. "
		pt = "Os brincos Aria são de prata de lei. São leves e confortáveis para o dia todo. "
		cs = "Náušnice Aria jsou ze stříbra. Jsou lehké a pohodlné na celý den. "
		de = "Die Ohrringe Aria sind aus Sterlingsilber. Sie sind leicht und bequem für den ganzen Tag. "
	)
	type pair struct {
		locales          []string
		head, close, own string
	}
	esL, ptL := []string{"es-ES", "es-MX"}, []string{"pt-PT", "pt-BR"}
	pairs := []pair{
		{esL, es, "Lévaos cun xersei de colo alto e o cabelo recollido para amosar o xiro.", "Llévalos con un jersey de cuello alto y el pelo recogido para lucir el giro."},
		{esL, es, "Combínaos hoxe cun vestido de festa e o cabelo solto.", "Combínalos hoy con un vestido de fiesta y el pelo suelto."},
		{esL, es, "Son perfectos para unha viaxe e quedan xeniais con vaqueiros.", "Son perfectos para un viaje y quedan geniales con vaqueros."},
		{esL, es, "Quedan xeniais cun traxe escuro e o cabelo recollido.", "Quedan geniales con un traje oscuro y el pelo recogido."},
		{ptL, pt, "Lévaos cun xersei de colo alto e o cabelo recollido para amosar o xiro.", "Use-os com uma camisola de gola alta e o cabelo apanhado para mostrar o giro."},
		{ptL, pt, "Combínaos hoxe cun vestido de festa e o cabelo solto.", "Combine-os hoje com um vestido de festa e o cabelo solto."},
		{ptL, pt, "Amósaos hoxe cun vestido curto e o pescozo ao aire.", "Mostre-os hoje com um vestido curto e o pescoço ao ar."},
		{ptL, pt, "Quedan xeniais cun traxe escuro e o cabelo recollido.", "Ficam geniais com um fato escuro e o cabelo apanhado."},
		{[]string{"cs-CZ"}, cs, "Vďaka jemnému lesku vyniknú pri večernom oblečení.", "Díky jemnému lesku vyniknou při večerním oblečení."},
		{[]string{"cs-CZ"}, cs, "Hodia sa k bielej košeli aj k tmavým šatám.", "Hodí se k bílé košili i k tmavým šatům."},
		{[]string{"cs-CZ"}, cs, "Pristanú k všetkému, čo máte v šatníku.", "Sluší ke všemu, co máte v šatníku."},
		{[]string{"de-DE"}, de, "Die Ohrringe passe perfekt zu dinere Lieblingsjeans, gäll.", "Die Ohrringe passen perfekt zu deiner Lieblingsjeans."},
		{[]string{"de-DE"}, de, "Trag sie hüt zum Pulli und mit de Haar hochgsteckt.", "Trag sie heute zum Pulli und mit hochgesteckten Haaren."},
		{[]string{"de-DE"}, de, "Die händ mir grad guet gfalle, wil sie so fein glänzed.", "Die haben mir gerade gut gefallen, weil sie so fein glänzen."},
	}
	var rows []kindRow
	for _, pr := range pairs {
		for _, loc := range pr.locales {
			rows = append(rows, kindRow{loc, pr.head + pr.close, p, true}, kindRow{loc, pr.head + pr.own, p, false})
		}
	}
	checkKindRows(t, svc, "locale", rows)
}
