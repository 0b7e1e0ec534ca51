package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsEveryday37Distributive: everyday copy lists a piece's stones by
// group and qualifies them once, after the list, with a distributive word:
// "a 5 mm centre diamond and twelve smaller diamonds, all lab-grown",
// "todos creados en laboratorio", "alle laboratoriedyrkede", "kaikki
// laboratoriossa kasvatettuja", "hepsi laboratuvarda yetiştirilmiş".
// Probe 37e's halo ring (one lab-grown centre diamond, twelve lab-grown
// pavé diamonds) blocked regulatory.stone_qualifier on ten truthful texts
// in ten locales so written, because the qualifier stood more than four
// words after the first diamond. The market's distributive words
// (locales.Qualifiers.Distributive, market.yaml lab_grown.distributive)
// now carry a qualifier up to three words after one to every stone listed
// before it in the sentence, within fourteen words, as the copula does
// (predicateQualified). Every pass row blocked before. The twins keep the
// rule: a distributive word with no qualifier after it ("all set in white
// gold", "todos de talla brillante"), a qualifier in the next sentence,
// or a negated one still block.
func TestKindsEveryday37Distributive(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "E37D", Name: "Aurora Halo Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"14k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "585"}},
		Stones: []core.Stone{{Type: "lab-grown diamond", Colour: "clear", Count: 1, Origin: core.OriginLabGrown},
			{Type: "lab-grown diamond", Colour: "clear", Count: 12, Origin: core.OriginLabGrown}},
		Colours: []string{"silver"}}
	pass := []kindRow{
		{"en-GB", "The ring sets a 5 mm centre diamond and twelve smaller diamonds around it, all lab-grown, in 14k white gold.", ring, false},
		{"en-US", "The ring sets a 5 mm center diamond and twelve smaller diamonds around it, all lab-grown, in 14k white gold.", ring, false},
		{"en-AU", "The ring sets a 5 mm centre diamond and twelve smaller diamonds around it, all lab-grown, in 14ct white gold.", ring, false},
		{"de-DE", "Der Ring trägt einen Diamanten von 5 mm in der Mitte und zwölf kleinere Diamanten im Kranz, alle im Labor gezüchtet.", ring, false},
		{"fr-FR", "La bague réunit un diamant central de 5 mm et douze diamants plus petits en halo, tous synthétiques, sur de l'or blanc.", ring, false},
		{"fr-CA", "La bague réunit un diamant central de 5 mm et douze diamants plus petits en halo, tous cultivés en laboratoire.", ring, false},
		{"es-ES", "El anillo une un diamante central de 5 mm y doce diamantes más pequeños a su alrededor, todos creados en laboratorio.", ring, false},
		{"es-MX", "El anillo une un diamante central de 5 mm y doce diamantes pequeños alrededor, todos cultivados en laboratorio.", ring, false},
		{"it-IT", "L'anello unisce un diamante centrale di 5 mm e dodici diamanti più piccoli intorno, tutti creati in laboratorio.", ring, false},
		{"pt-PT", "O anel junta um diamante central de 5 mm e doze diamantes mais pequenos à volta, todos criados em laboratório.", ring, false},
		{"pt-BR", "O anel reúne um diamante central de 5 mm e doze diamantes pequenos ao redor, todos cultivados em laboratório.", ring, false},
		{"nl-NL", "De ring combineert een centrale diamant van 5 mm met twaalf kleinere diamanten eromheen, allemaal in het lab gekweekt.", ring, false},
		{"sv-SE", "Ringen har en diamant på 5 mm i mitten och tolv mindre diamanter runt om, alla labbodlade.", ring, false},
		{"da-DK", "Ringen samler en central diamant på 5 mm og tolv små diamanter omkring den, alle laboratoriedyrkede.", ring, false},
		{"nb-NO", "Ringen har én diamant på 5 mm i midten og tolv små diamanter rundt, alle laboratoriedyrkede.", ring, false},
		{"fi-FI", "Sormuksessa on keskellä 5 mm:n timantti ja sen ympärillä kaksitoista pienempää timanttia, kaikki laboratoriossa kasvatettuja.", ring, false},
		{"pl-PL", "Pierścionek łączy diament centralny o średnicy 5 mm i dwanaście mniejszych diamentów wokół, wszystkie hodowane w laboratorium.", ring, false},
		{"cs-CZ", "Prsten spojuje středový diamant o průměru 5 mm a dvanáct menších diamantů kolem něj, všechny laboratorně vypěstované.", ring, false},
		{"tr-TR", "Yüzüğün ortasında 5 mm'lik bir elmas, çevresinde on iki küçük elmas var, hepsi laboratuvarda yetiştirilmiş.", ring, false},
		{"el-GR", "Το δαχτυλίδι ενώνει ένα κεντρικό διαμάντι 5 mm με δώδεκα μικρότερα διαμάντια γύρω του, όλα συνθετικά.", ring, false},
		{"ar-AE", "يجمع الخاتم ماسة مركزية بقطر 5 مم واثنتي عشرة ماسة صغيرة حولها، كلها مزروعة في المختبر.", ring, false},
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"en-GB", "The ring sets a 5 mm centre diamond and twelve smaller diamonds around it, all set in 14k white gold.", ring, true},
		{"en-US", "The ring sets a 5 mm center diamond and twelve smaller diamonds around it, all brilliant-cut. All are lab-grown.", ring, true},
		{"de-DE", "Der Ring trägt einen Diamanten von 5 mm in der Mitte und zwölf kleinere Diamanten im Kranz, alle in Weißgold gefasst.", ring, true},
		{"fr-FR", "La bague réunit un diamant central de 5 mm et douze diamants plus petits en halo, tous sertis à la main.", ring, true},
		{"es-ES", "El anillo une un diamante central de 5 mm y doce diamantes más pequeños a su alrededor, todos de talla brillante.", ring, true},
		{"es-MX", "El anillo une un diamante central de 5 mm y doce diamantes pequeños alrededor, todos no cultivados en laboratorio.", ring, true},
		{"da-DK", "Ringen samler en central diamant på 5 mm og tolv små diamanter omkring den, alle i hvidguld.", ring, true},
		{"fi-FI", "Sormuksessa on keskellä 5 mm:n timantti ja sen ympärillä kaksitoista pienempää timanttia, kaikki briljanttihiottuja.", ring, true},
		{"tr-TR", "Yüzüğün ortasında 5 mm'lik bir elmas, çevresinde on iki küçük elmas var, hepsi beyaz altına yerleştirilmiş.", ring, true},
		{"el-GR", "Το δαχτυλίδι ενώνει ένα κεντρικό διαμάντι 5 mm με δώδεκα μικρότερα διαμάντια γύρω του, όλα σε λευκό χρυσό.", ring, true},
	})
}
