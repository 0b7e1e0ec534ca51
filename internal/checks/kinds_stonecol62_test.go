package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of stonecol62's rows.
var (
	sc62Heated = core.Product{SKU: "SC62H", Name: "Ocean", Category: "ring", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"blue", "white"}}
	sc62Halo = core.Product{SKU: "SC62D", Name: "Halo", Category: "ring", Collection: "Lumière",
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 12, Origin: core.OriginNatural}},
		Colours: []string{"blue", "white"}}
)

// A colour said of the generic stone noun ("a yellow stone", "der Stein
// ist gelb", 黄色い石) on a product whose stones are all of another colour
// (#13, stonecol62): the generic noun is the product's stone, and its
// colour must be a stone group's.
func TestKindsStoneCol62(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(c62Sapphire, true, [][2]string{
		{"en-GB", "A yellow stone sits at the heart of the pendant."},
		{"en-GB", "A cloudy yellow stone catches the light."},
		{"en-GB", "The centre stone is a warm yellow gem."},
		{"en-US", "A yellow gemstone hangs from the chain."},
		{"de-DE", "Ein gelber Stein schmückt den Anhänger."},
		{"de-DE", "Ein gelber Edelstein schmückt den Anhänger."},
		{"fr-FR", "Une pierre jaune orne le pendentif."},
		{"es-ES", "Una piedra amarilla adorna el colgante."},
		{"it-IT", "Una pietra gialla impreziosisce il ciondolo."},
		{"pt-PT", "Uma pedra amarela adorna o pendente."},
		{"nl-NL", "Een gele steen siert de hanger."},
		{"da-DK", "En gul sten pryder vedhænget."},
		{"nb-NO", "En gul stein pryder anhenget."},
		{"sv-SE", "En gul sten pryder hänget."},
		{"fi-FI", "Keltainen kivi koristaa riipusta."},
		{"pl-PL", "Żółty kamień zdobi wisiorek."},
		{"cs-CZ", "Žlutý kámen zdobí přívěsek."},
		{"tr-TR", "Kolyeyi sarı bir taş süslüyor."},
		{"el-GR", "Μια κίτρινη πέτρα στολίζει το μενταγιόν."},
		{"ar-AE", "حجر أصفر يزين القلادة."},
		{"ja-JP", "黄色い石がペンダントを彩ります。"},
		{"ko-KR", "노란색 보석이 펜던트를 장식합니다."},
		{"zh-CN", "黄色的石头点缀着吊坠。"},
		{"zh-TW", "黃色的寶石點綴著吊墜。"},
	}))
}

// TestKindsStoneCol62Ok: the colour of another thing, the rough's colour in
// an explanation of the material, a clarity word beside the hue, a stone of
// any colour, a stone of the product's colour and plural stones one group
// of which has the colour still pass.
func TestKindsStoneCol62Ok(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "A blue stone sits at the heart of the pendant.", c62Sapphire, false},
		{"de-DE", "Der Stein ist blau.", c62Sapphire, false},
		{"fr-FR", "Une pierre bleue orne le pendentif.", c62Sapphire, false},
		{"ja-JP", "青い石がペンダントを彩ります。", c62Sapphire, false},
		{"en-GB", "Wear it with a yellow dress.", c62Sapphire, false},
		{"en-GB", "The rough is often a yellow stone before heating.", sc62Heated, false},
		{"en-GB", "The result is a clear stone with a deep blue tone.", c62Sapphire, false},
		{"en-GB", "The setting suits a stone of any colour.", c62Sapphire, false},
		{"en-GB", "White stones frame the blue centre.", sc62Halo, false},
		{"de-DE", "Weiße Steine umrahmen das blaue Zentrum.", sc62Halo, false},
		{"fr-FR", "Des pierres blanches entourent le centre bleu.", sc62Halo, false},
		{"en-GB", "A blue stone sits among white stones.", sc62Halo, false},
	})
}

// TestKindsStoneCol62Bad: a colour said of the stone noun across a copula,
// and of the gem's own name, blocked before and still block.
func TestKindsStoneCol62Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(c62Sapphire, true, [][2]string{
		{"en-GB", "The stone is yellow."},
		{"de-DE", "Der Stein ist gelb."},
		{"fr-FR", "La pierre est jaune."},
		{"es-ES", "La piedra es amarilla."},
		{"en-GB", "A yellow sapphire sits at the heart of the pendant."},
		{"de-DE", "Ein gelber Saphir schmückt den Anhänger."},
	}))
}
