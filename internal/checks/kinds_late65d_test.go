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

// A dyed jadeite said never dyed or treated, its colour wholly natural
// (#13, late65d; probe 65C zh-TW 65C03-2 "綠色完全天然，從未經過任何染色或處理"):
// the "never went through" and colour-word forms in Traditional and
// Simplified Chinese, beside the same denial in other packs (FTC 16 CFR
// 23.22: a treatment must be disclosed).
var l65dJade = core.Product{SKU: "L65J", Name: "Heritage", Category: "pendant", Collection: "Heritage",
	Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
	Stones:  []core.Stone{{Type: "jadeite", Origin: "natural", Treatment: "dyed", Colour: "green", Count: 1}},
	Colours: []string{"green", "gold"}}

func TestKindsLate65dTreatmentBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(l65dJade, true, [][2]string{
		{"zh-TW", "這塊翡翠為天然A貨，綠色完全天然，從未經過任何染色或處理。"},
		{"zh-TW", "這塊翡翠從未經過任何處理。"},
		{"zh-TW", "這塊翡翠從未經過染色。"},
		{"zh-CN", "这块翡翠绿色完全天然，从未经过任何染色或处理。"},
		{"zh-CN", "这块翡翠从未经过染色。"},
		{"en-US", "The green of this disc is entirely natural: the stone has never been dyed or enhanced in any way."},
		{"pt-PT", "O verde destas pedras é totalmente natural: não foram tingidas nem sofreram qualquer tratamento."},
	}))
}

// TestKindsLate65dTreatmentOk: the dye said, and jade's making told, pass.
func TestKindsLate65dTreatmentOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(l65dJade, false, [][2]string{
		{"zh-TW", "翡翠在地底高壓下形成，質地緻密，觸感溫潤細膩。"},
		{"zh-CN", "翡翠在地底高压下形成，质地致密。"},
		{"en-US", "Jadeite forms under high pressure deep in the earth."},
	}))
}
