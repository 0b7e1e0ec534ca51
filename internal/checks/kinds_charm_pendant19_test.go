package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A pendant word naming the charms of a charm bracelet (#13,
// charm_pendant19, dev-probe20a P20a04 nb-NO cs-CZ): "fem små anheng",
// "pět drobných přívěsků" were read as the bracelet called a pendant. In
// most languages the word for a charm is the pendant word (Anhänger,
// anheng, vedhæng, hänge, hanger, riipus, přívěsek, zawieszka, colgante,
// pingente, ciondolo, pendentif, κρεμαστό, kolye ucu, ペンダント, 吊坠,
// 펜던트, دلاية): on a piece whose data say charm (canon shape_senses
// "charm shape") it names the charms. "This pendant" and a pendant word on
// a bracelet without charms still block.
func TestKindsCharmPendant19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	charm := core.Product{SKU: "CP19C", Name: "Keepsake Charm Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Colours: []string{"silver"}, Features: []string{"lobster clasp", "five charms"},
		Keywords:   []string{"charm bracelet", "good-luck charms"},
		Attributes: map[string]string{"charms": "heart, star, key, four-leaf clover, crescent moon"}}
	plain := core.Product{SKU: "CP19P", Name: "Rolo Chain Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Colours: []string{"silver"}, Features: []string{"lobster clasp"}, Keywords: []string{"chain bracelet"}}
	checkKindRows(t, svc, "", []kindRow{
		{"nb-NO", "Dette armbåndet fra kolleksjonen Moments har fem små anheng på en rolo-kjede: et hjerte, en stjerne og en nøkkel.", charm, false},
		{"nb-NO", "Hvert anheng beveger seg fritt, så armbåndet følger deg gjennom dagen.", charm, false},
		{"cs-CZ", "Tento náramek z kolekce Moments nese pět drobných přívěsků na řetízku typu rolo: srdíčko, hvězdu a klíček.", charm, false},
		{"cs-CZ", "Každý přívěsek se volně pohybuje, takže vás náramek provází dnem.", charm, false},
		{"de-DE", "Dieses Armband aus der Kollektion Moments trägt fünf kleine Anhänger an einer Rolo-Kette: ein Herz, einen Stern und einen Schlüssel.", charm, false},
		{"da-DK", "Dette armbånd fra kollektionen Moments har fem små vedhæng på en rolo-kæde: et hjerte, en stjerne og en nøgle.", charm, false},
		{"sv-SE", "Det här armbandet från kollektionen Moments har fem små hängen på en rolo-kedja: ett hjärta, en stjärna och en nyckel.", charm, false},
		{"nl-NL", "Deze armband uit de collectie Moments heeft vijf kleine hangers aan een rolo-schakel: een hart, een ster en een sleutel.", charm, false},
		{"pl-PL", "Ta bransoletka z kolekcji Moments ma pięć małych zawieszek na łańcuszku rolo: serce, gwiazdkę i kluczyk.", charm, false},
		{"es-ES", "Esta pulsera de la colección Moments lleva cinco pequeños colgantes en una cadena rolo: un corazón, una estrella y una llave.", charm, false},
		{"es-MX", "Esta pulsera de la colección Moments lleva cinco pequeños colgantes en una cadena rolo: un corazón, una estrella y una llave.", charm, false},
		{"pt-BR", "Esta pulseira da coleção Moments traz cinco pequenos pingentes numa corrente rolo: um coração, uma estrela e uma chave.", charm, false},
		{"pt-PT", "Esta pulseira da coleção Moments tem cinco pequenos pendentes numa corrente rolo: um coração, uma estrela e uma chave.", charm, false},
		{"it-IT", "Questo bracciale della collezione Moments porta cinque piccoli ciondoli su una catena rolo: un cuore, una stella e una chiave.", charm, false},
		{"fr-FR", "Ce bracelet de la collection Moments porte cinq petits pendentifs sur une chaîne rolo : un cœur, une étoile et une clé.", charm, false},
		{"fr-CA", "Ce bracelet de la collection Moments porte cinq petits pendentifs sur une chaîne rolo : un cœur, une étoile et une clé.", charm, false},
		{"en-GB", "This bracelet from the Moments collection carries five small pendants on a rolo chain: a heart, a star and a key.", charm, false},
		{"en-US", "This bracelet from the Moments collection carries five small pendants on a rolo chain: a heart, a star and a key.", charm, false},
		{"en-AU", "Each pendant moves freely, so the bracelet chimes softly through the day.", charm, false},
		{"ja-JP", "このブレスレットには、ハート、星、鍵など5つの小さなペンダントが揺れます。", charm, false},
		{"zh-CN", "这条手链上挂着五个小吊坠：心形、星星和钥匙。", charm, false},
		{"zh-TW", "這條手鍊上掛著五個小吊墜：心形、星星和鑰匙。", charm, false},
		{"ko-KR", "이 팔찌에는 하트, 별, 열쇠 등 다섯 개의 작은 펜던트가 달려 있습니다.", charm, false},
		{"tr-TR", "Bu bileklikte kalp, yıldız ve anahtar gibi beş küçük kolye ucu sallanır.", charm, false},
		{"el-GR", "Αυτό το βραχιόλι έχει πέντε μικρά κρεμαστά: μια καρδιά, ένα αστέρι και ένα κλειδί.", charm, false},
		{"ar-AE", "يحمل هذا السوار خمس دلايات صغيرة: قلب ونجمة ومفتاح.", charm, false},
		{"fi-FI", "Tässä rannekorussa on viisi pientä riipusta: sydän, tähti ja avain.", charm, false},
		// each of the charms
		{"de-DE", "Jeder Anhänger bewegt sich frei, sodass das Armband leise klingt.", charm, false},
		{"da-DK", "Hvert vedhæng bevæger sig frit, så armbåndet klinger sagte.", charm, false},
		{"sv-SE", "Varje hänge rör sig fritt, så armbandet klingar mjukt.", charm, false},
		{"nl-NL", "Elke hanger beweegt vrij, zodat de armband zacht rinkelt.", charm, false},
		{"pl-PL", "Każda zawieszka porusza się swobodnie, więc bransoletka cicho dzwoni.", charm, false},
		{"es-ES", "Cada colgante se mueve libremente y la pulsera tintinea suavemente.", charm, false},
		{"pt-BR", "Cada pingente se move livremente, e a pulseira tilinta suavemente.", charm, false},
		{"it-IT", "Ogni ciondolo si muove liberamente e il bracciale tintinna piano.", charm, false},
		{"fr-FR", "Chaque pendentif bouge librement et le bracelet tinte doucement.", charm, false},
		{"el-GR", "Κάθε κρεμαστό κινείται ελεύθερα και το βραχιόλι κουδουνίζει απαλά.", charm, false},
		{"tr-TR", "Her kolye ucu serbestçe hareket eder ve bileklik hafifçe çınlar.", charm, false},
		{"fi-FI", "Jokainen riipus liikkuu vapaasti, ja rannekoru kilisee hiljaa.", charm, false},
		{"ja-JP", "それぞれのペンダントが自由に揺れ、ブレスレットがやさしく鳴ります。", charm, false},
		{"zh-CN", "每个吊坠都能自由摆动，手链轻轻作响。", charm, false},
		{"ko-KR", "각 펜던트가 자유롭게 움직여 팔찌가 은은하게 울립니다.", charm, false},
		{"ar-AE", "تتحرك كل دلاية بحرية فيرن السوار بهدوء.", charm, false},
		// the piece itself called a pendant still blocks
		{"en-GB", "This pendant is 17 cm long.", charm, true},
		{"en-GB", "This pendant is 17 cm long.", plain, true},
		{"de-DE", "Dieser Anhänger ist 17 cm lang.", charm, true},
		{"nb-NO", "Dette anhenget er 17 cm langt.", plain, true},
		{"cs-CZ", "Tento přívěsek měří 17 cm.", plain, true},
		{"fr-FR", "Ce pendentif mesure 17 cm.", charm, true},
		{"de-DE", "Jeder Anhänger bewegt sich frei, sodass das Armband leise klingt.", plain, true},
		{"en-GB", "Each pendant moves freely, so the bracelet chimes softly through the day.", plain, true},
	})
}
