package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The product of late65d's tarnish rows: rose gold earrings with two
// colour-treated Tahitian cultured pearls and no tarnish feature.
var l65dPearl = core.Product{SKU: "L65D", Name: "Signature", Category: "earrings", Collection: "Signature",
	Metals:  []core.Metal{{Base: "rose gold", Fineness: "14k"}},
	Stones:  []core.Stone{{Type: "Tahitian cultured pearl", Origin: "natural", Treatment: "colour-treated", Colour: "chocolate", Count: 2}},
	Colours: []string{"brown", "rose gold"}}

// The finish's shine promised never to be lost (#13, late65d; released
// 65B04-1 el-GR "Δεν χάνουν ποτέ τη λάμψη τους και θα μείνουν ίδια για
// πάντα, ό,τι κι αν συμβεί"): the Greek plural and future forms, checked
// beside the same promise in the other packs (FTC 16 CFR 23.1, deception
// as to durability).
func TestKindsLate65dTarnishBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, pairRows(l65dPearl, true, [][2]string{
		{"el-GR", "Δεν χάνουν ποτέ τη λάμψη τους και θα μείνουν ίδια για πάντα, ό,τι κι αν συμβεί."},
		{"el-GR", "Τα μαργαριτάρια δεν χάνουν ποτέ τη λάμψη τους."},
		{"el-GR", "Το κόσμημα δεν θα χάσει ποτέ τη λάμψη του."},
		{"en-GB", "They never lose their shine and will stay the same forever, whatever happens."},
		{"de-DE", "Sie verlieren nie ihren Glanz und bleiben für immer gleich, was auch passiert."},
		{"fr-FR", "Elles ne perdent jamais leur éclat et resteront identiques pour toujours, quoi qu'il arrive."},
		{"es-ES", "Nunca pierden su brillo y seguirán iguales para siempre, pase lo que pase."},
		{"it-IT", "Non perdono mai la loro lucentezza e resteranno uguali per sempre, qualunque cosa accada."},
		{"ja-JP", "この美しい色と輝きは永遠に色あせることがなく、一生変わりません。"},
		{"zh-CN", "耳钉色泽永不褪色，光泽永远如新。"},
	}))
}

// TestKindsLate65dTarnishOk: a hedged finish with care, and shine kept by
// wiping, and a memory kept for ever, still pass.
func TestKindsLate65dTarnishOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, pairRows(l65dPearl, false, [][2]string{
		{"el-GR", "Βάζετε πρώτα το άρωμα και μετά τα μαργαριτάρια, και τα σκουπίζετε με μαλακό πανί."},
		{"el-GR", "Τα μαργαριτάρια Ταϊτής καλλιεργούνται στις λιμνοθάλασσες της Γαλλικής Πολυνησίας."},
		{"el-GR", "Με σωστή φροντίδα τα μαργαριτάρια δεν χάνουν εύκολα τη λάμψη τους."},
		{"el-GR", "Η ανάμνηση θα μείνει ίδια για πάντα."},
		{"de-DE", "Mit etwas Pflege verlieren die Perlen ihren Glanz nicht so leicht."},
	}))
}
