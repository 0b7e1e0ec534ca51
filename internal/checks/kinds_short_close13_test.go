package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// One short sentence of a close language at the end of the copy is the
// locale's failure (#13, the thirteenth session: it-IT copy of a jadeite
// bangle ending "Un regalo perfecto para mamá." passed: 5 words, no
// listed Spanish word). The packs' close lists gain the words of short gift
// and care sentences a close language writes and the locale's never does
// (it-IT es: perfecto, ella, detalle, mamá; pt-BR/pt-PT es: madre, mamá,
// estuche; es-ES ca: per, dia; da-DK nb: mamma, pappa). The same sentence in
// the locale's own language passes.
func TestKindsShortClose13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "H13a08", Name: "Jadeite Bangle", Category: "bangle", Collection: "Timeless",
		Materials: []string{"jadeite"},
		Stones:    []core.Stone{{Type: "jadeite", Colour: "green", Count: 1, Origin: "natural"}},
		Colours:   []string{"green"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Un regalo perfecto para mamá.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Ideal para regalar a tu madre.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Perfecto para llevar todos los días.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Un detalle precioso para ella.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Queda muy bonito con todo.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Guárdalo en su estuche después de usarlo.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Um presente perfeito para a mãe.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Ideal para oferecer à sua mãe.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Perfeito para usar todos os dias.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Fica lindo com tudo.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Guarde-o no estojo depois de usar.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Un cadeau parfait pour maman.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Idéal à offrir à votre mère.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Parfait à porter tous les jours.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Il va avec tout.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Un regal perfecte per a la mare.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Ideal per regalar a la teva mare.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Perfecte per portar cada dia.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Queda molt bé amb tot.", true},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Un regalo perfetto per la mamma.", false},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Perfetto con un look casual o elegante.", false},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Un tocco di stile, sempre.", false},
		{"it-IT", "Bracciale rigido in giadeite verde naturale, diametro interno 58 mm. Da togliere prima di fare sport: un urto forte può incrinarlo. Ideale come regalo per lei.", false},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Un regalo perfetto per la mamma.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Ideale da regalare a tua madre.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Perfetto da indossare ogni giorno.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Sta bene con tutto.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Conservalo nella sua custodia dopo l'uso.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Um presente perfeito para a mãe.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Ideal para oferecer à sua mãe.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Perfeito para usar todos os dias.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Fica lindo com tudo.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Guarde-o no estojo depois de usar.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Un regal perfecte per a la mare.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Ideal per regalar a la teva mare.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Perfecte per portar cada dia.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Queda molt bé amb tot.", true},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Un regalo perfecto para mamá.", false},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Queda genial con un look casual.", false},
		{"es-ES", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quítatelo antes de hacer deporte: un golpe fuerte puede agrietarlo. Un toque de estilo para cada día.", false},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Un regalo perfetto per la mamma.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Ideale da regalare a tua madre.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Perfetto da indossare ogni giorno.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Sta bene con tutto.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Conservalo nella sua custodia dopo l'uso.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Um presente perfeito para a mãe.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Ideal para oferecer à sua mãe.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Perfeito para usar todos os dias.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Fica lindo com tudo.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Guarde-o no estojo depois de usar.", true},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Un regalo perfecto para mamá.", false},
		{"es-MX", "Brazalete rígido de jadeíta verde natural, con un diámetro interior de 58 mm. Quíteselo antes de hacer deporte: un golpe fuerte puede agrietarlo. Se ve increíble con jeans y blusa.", false},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Un regalo perfecto para mamá.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Perfecto para llevar todos los días.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Un detalle precioso para ella.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Queda muy bonito con todo.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Guárdalo en su estuche después de usarlo.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Un regalo perfetto per la mamma.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Ideale da regalare a tua madre.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Perfetto da indossare ogni giorno.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Sta bene con tutto.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Conservalo nella sua custodia dopo l'uso.", true},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Um presente perfeito para a mãe.", false},
		{"pt-PT", "Pulseira rígida em jadeíte verde natural, com diâmetro interior de 58 mm. Retire-a antes de fazer desporto: uma pancada forte pode rachá-la. Fica bem com um look casual.", false},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Un regalo perfecto para mamá.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Perfecto para llevar todos los días.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Un detalle precioso para ella.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Queda muy bonito con todo.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Guárdalo en su estuche después de usarlo.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Un regalo perfetto per la mamma.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Ideale da regalare a tua madre.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Perfetto da indossare ogni giorno.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Sta bene con tutto.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Conservalo nella sua custodia dopo l'uso.", true},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Um presente perfeito para a mamãe.", false},
		{"pt-BR", "Bracelete rígido de jadeíta verde natural, com diâmetro interno de 58 mm. Tire antes de praticar esportes: uma batida forte pode rachar a peça. Combina com um look casual.", false},
		{"da-DK", "Armring i naturlig grøn jadeit med en indvendig diameter på 58 mm. Tag den af før sport, da et hårdt slag kan knække den. Oppbevar den i esken etter bruk.", true},
		{"da-DK", "Armring i naturlig grøn jadeit med en indvendig diameter på 58 mm. Tag den af før sport, da et hårdt slag kan knække den. En perfekt present till mamma.", true},
		{"da-DK", "Armring i naturlig grøn jadeit med en indvendig diameter på 58 mm. Tag den af før sport, da et hårdt slag kan knække den. Den passar till allt du har på dig.", true},
		{"da-DK", "Armring i naturlig grøn jadeit med en indvendig diameter på 58 mm. Tag den af før sport, da et hårdt slag kan knække den. Förvara den i asken efter användning.", true},
		{"da-DK", "Armring i naturlig grøn jadeit med en indvendig diameter på 58 mm. Tag den af før sport, da et hårdt slag kan knække den. Ett fint smycke till vardags.", true},
		{"da-DK", "Armring i naturlig grøn jadeit med en indvendig diameter på 58 mm. Tag den af før sport, da et hårdt slag kan knække den. En perfekt gave til mor.", false},
		{"da-DK", "Armring i naturlig grøn jadeit med en indvendig diameter på 58 mm. Tag den af før sport, da et hårdt slag kan knække den. Den passer til alt, du har på.", false},
		{"nb-NO", "Armring i naturlig grønn jadeitt med innvendig diameter på 58 mm. Ta den av før trening, for et hardt slag kan knekke den. Opbevar den i æsken efter brug.", true},
		{"nb-NO", "Armring i naturlig grønn jadeitt med innvendig diameter på 58 mm. Ta den av før trening, for et hardt slag kan knekke den. Et smukt smykke til hverdag.", true},
		{"nb-NO", "Armring i naturlig grønn jadeitt med innvendig diameter på 58 mm. Ta den av før trening, for et hardt slag kan knekke den. En perfekt present till mamma.", true},
		{"nb-NO", "Armring i naturlig grønn jadeitt med innvendig diameter på 58 mm. Ta den av før trening, for et hardt slag kan knekke den. Den passar till allt du har på dig.", true},
		{"nb-NO", "Armring i naturlig grønn jadeitt med innvendig diameter på 58 mm. Ta den av før trening, for et hardt slag kan knekke den. Förvara den i asken efter användning.", true},
		{"nb-NO", "Armring i naturlig grønn jadeitt med innvendig diameter på 58 mm. Ta den av før trening, for et hardt slag kan knekke den. Ett fint smycke till vardags.", true},
		{"nb-NO", "Armring i naturlig grønn jadeitt med innvendig diameter på 58 mm. Ta den av før trening, for et hardt slag kan knekke den. En perfekt gave til mamma.", false},
		{"nb-NO", "Armring i naturlig grønn jadeitt med innvendig diameter på 58 mm. Ta den av før trening, for et hardt slag kan knekke den. Den passer til alt du har på deg.", false},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. En perfekt gave til mamma.", true},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. Den passer til alt du har på deg.", true},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. Oppbevar den i esken etter bruk.", true},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. Et fint smykke til hverdags.", true},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. En perfekt gave til mor.", true},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. Den passer til alt, du har på.", true},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. Opbevar den i æsken efter brug.", true},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. Et smukt smykke til hverdag.", true},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. En perfekt present till mamma.", false},
		{"sv-SE", "Armring i naturlig grön jadeit med en innerdiameter på 58 mm. Ta av den före träning, eftersom en hård stöt kan spräcka den. Den passar till allt du har på dig.", false},
	} {
		if loc, fs := blockedIn(t, svc, CatLocale, p, r.locale, r.text); loc != r.block {
			t.Errorf("%s %q: locale block %v, want %v: %+v", r.locale, r.text, loc, r.block, fs)
		}
	}
}
