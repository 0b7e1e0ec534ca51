package checks

import "testing"

// mat52bTung is a tungsten carbide band (the vocabularies read tungsten
// carbide as tungsten), the pool of issue #13's unseen copy whose
// explanation names the carbide's cobalt or nickel binder.
var mat52bTung = misses49Product(`{"name": "Forge Band", "category": "ring", "collection": "Moments", "materials": ["tungsten carbide"], "metals": [{"base": "tungsten carbide"}], "stones": [], "colours": ["grey"], "sku": "M52B-001"}`)

// TestKindsMat52b (#13, mat52b): copy that explains how tungsten carbide
// is made names the cobalt or nickel binder its grains are sintered in
// (ISO 4499, cemented carbides); every row blocked grounding.material on
// main 0557c869. Canon alloy_metals gains tungsten: [cobalt, nickel], so
// the binder reads as what the product's own material holds, through
// every path that reads alloy_metals.
func TestKindsMat52b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52bTung, "en-GB", "The Forge Band is cut from tungsten carbide, one of the hardest materials used in jewellery. Tungsten powder is pressed with a little cobalt or nickel as a binder and sintered at high heat, which makes a dense, scratch-resistant ring. It feels heavier than titanium and keeps its polish for years. Wear it every day with denim or a grey suit."},
		{mat52bTung, "de-DE", "Der Ring Forge besteht aus Wolframkarbid, einem der härtesten Materialien im Schmuck. Wolframpulver wird mit etwas Kobalt oder Nickel als Bindemittel gepresst und bei großer Hitze gesintert. So entsteht ein dichter, kratzfester Ring, der schwerer als Titan in der Hand liegt. Tragen Sie ihn täglich zu Jeans oder zum grauen Anzug."},
		{mat52bTung, "es-ES", "El anillo Forge está hecho de carburo de tungsteno, uno de los materiales más duros de la joyería. El polvo de tungsteno se prensa con un poco de cobalto o níquel como aglutinante y se sinteriza a alta temperatura. El resultado es denso, resistente a los arañazos y más pesado que el titanio. Llévalo a diario con vaqueros."},
		{mat52bTung, "it-IT", "L'anello Forge è in carburo di tungsteno, uno dei materiali più duri in gioielleria. La polvere di tungsteno viene pressata con un po' di cobalto o nichel come legante e sinterizzata ad alta temperatura. Ne nasce un anello denso e resistente ai graffi, più pesante del titanio. Da portare ogni giorno con i jeans."},
		{mat52bTung, "nl-NL", "De Forge-ring is gemaakt van wolfraamcarbide, een van de hardste materialen in sieraden. Wolfraampoeder wordt met een beetje kobalt of nikkel als bindmiddel geperst en op hoge temperatuur gesinterd. Zo ontstaat een dichte, krasbestendige ring die zwaarder is dan titanium. Draag hem elke dag bij een spijkerbroek."},
		{mat52bTung, "sv-SE", "Ringen Forge är gjord av volframkarbid, ett av de hårdaste materialen i smycken. Volframpulver pressas med lite kobolt eller nickel som bindemedel och sintras vid hög värme. Resultatet är en tät, reptålig ring som känns tyngre än titan. Bär den varje dag till jeans eller till en grå kostym på kontoret."},
		{mat52bTung, "pl-PL", "Pierścionek Forge wykonano z węglika wolframu, jednego z najtwardszych materiałów w jubilerstwie. Proszek wolframu prasuje się z odrobiną kobaltu lub niklu jako spoiwem i spieka w wysokiej temperaturze. Powstaje gęsty, odporny na zarysowania pierścionek, cięższy od tytanu. Noś go na co dzień do dżinsów."},
		{mat52bTung, "zh-CN", "Forge 戒指由碳化钨制成，是珠宝中最坚硬的材料之一。钨粉与少量钴或镍作为粘结剂一起压制，再经高温烧结而成。戒指密实耐刮，比钛更有分量。日常搭配牛仔裤或西装都很合适。"},
		{mat52bTung, "tr-TR", "Forge yüzük, mücevherde kullanılan en sert malzemelerden biri olan tungsten karbürden yapılmıştır. Tungsten tozu, bağlayıcı olarak az miktarda kobalt veya nikel ile preslenir ve yüksek ısıda sinterlenir. Sonuç, titanyumdan daha ağır, çizilmeye dayanıklı yoğun bir yüzüktür. Her gün kotla ya da gri bir takım elbiseyle takın."},
	}, false))
}

// TestKindsMat52bBad: a binder metal said of the piece, or a metal that is
// no binder of the carbide, still blocks grounding.material.
func TestKindsMat52bBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52bTung, "en-GB", "The Forge Band is made of cobalt."},
		{mat52bTung, "en-GB", "A nickel ring for every day."},
		{mat52bTung, "en-GB", "Tungsten powder is pressed with a little silver as a binder."},
		{mat52bTung, "de-DE", "Der Ring ist aus Nickel gefertigt."},
		{mat52bTung, "es-ES", "El anillo es de níquel."},
		{mat52bTung, "sv-SE", "Ringen är gjord av nickel."},
		{mat52bTung, "pl-PL", "Pierścionek wykonano z niklu."},
		{mat52bTung, "zh-CN", "这款戒指由镍制成。"},
	}, true))
}

// TestKindsMat52bOpen records a binder row that blocked: fr "un peu de
// cobalt ou de nickel comme liant" (the second "de" before nickel is read
// as the piece's "de", material of). Since weak53 the nickel, named in a
// later sentence that explains with nothing attaching it to the piece, is
// a warning (grounding attachment53.go), and the row passes grounding.
func TestKindsMat52bOpen(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{mat52bTung, "fr-FR", "La bague Forge est taillée dans le carbure de tungstène, l'un des matériaux les plus durs de la bijouterie. La poudre de tungstène est pressée avec un peu de cobalt ou de nickel comme liant, puis frittée à haute température. Le résultat est dense et résiste aux rayures, plus lourd que le titane. À porter tous les jours avec un jean."},
	}, false))
}
