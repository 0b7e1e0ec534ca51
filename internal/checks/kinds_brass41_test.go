package checks

import "testing"

// TestKindsBrass41 (adv41's open rows after metals41 made brass and bronze
// hold copper, canon alloy_metals): a base metal of the piece's alloy called
// solid ("solid copper", "massives Kupfer", "cuivre massif") is the piece's
// body, not the alloy's share, wherever the alloy was explained
// (grounding/contrast.go alloyMetalAt, solidBeside). The alloy's copper
// explained without a word of solidity still passes (TestKindsBrassCopper41).
func TestKindsBrass41(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Made of brass, an alloy of copper and zinc, and solid copper inside.", adv41Brass, true},
		{"de-DE", "Messing ist eine Legierung aus Kupfer und Zink. Darunter ist es massives Kupfer.", adv41Brass, true},
		{"fr-FR", "Le laiton est un alliage de cuivre et de zinc ; dessous, c'est du cuivre massif.", adv41Brass, true},
		{"es-ES", "El latón es una aleación de cobre y zinc; por dentro es cobre macizo.", adv41Brass, true},
		{"it-IT", "L'ottone è una lega di rame e zinco; all'interno è rame massiccio.", adv41Brass, true},
		{"nl-NL", "Messing is een legering van koper en zink; vanbinnen is het massief koper.", adv41Brass, true},
		{"sv-SE", "Mässing är en legering av koppar och zink; inuti är det massiv koppar.", adv41Brass, true},
		{"pl-PL", "Mosiądz to stop miedzi i cynku; w środku to lita miedź.", adv41Brass, true},
	})
}
