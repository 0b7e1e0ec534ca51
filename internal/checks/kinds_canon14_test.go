package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A product stone or metal whose type carries a trade qualifier (#13, the
// fourteenth session's canon14, from the fourteenth blind set and probe
// copy): a "freshwater cultured keshi pearl" or "baroque pearl" is a
// freshwater cultured pearl, a "red bamboo coral" a coral, a shell cameo on
// "carved shell" is shell, and Argentium 935 is a sterling silver alloy
// (the Argentium Silver Company; hallmarked as sterling): "freshwater
// cultured pearls", "corail", "الصدف", "Sterling-Silber" were blocked. The
// qualifier is read off the type (vocab/canon.yaml type_qualifiers) and the
// trade names imply their species or standard, never the reverse: keshi on
// a plain pearl, Argentium on sterling silver, a wrong species still block.
func TestKindsCanon14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pearls := core.Product{SKU: "H14P", Name: "Keshi Cluster Earrings", Category: "earrings", Collection: "Tide",
		Materials: []string{"sterling silver"},
		Stones: []core.Stone{{Type: "freshwater cultured keshi pearl", Colour: "white", Count: 3, Origin: "natural"},
			{Type: "freshwater cultured baroque pearl", Colour: "cream", Count: 2, Origin: "natural"}}}
	plainPearl := core.Product{SKU: "H14Q", Name: "Pearl Studs", Category: "earrings", Collection: "Tide",
		Materials: []string{"sterling silver"}, Stones: []core.Stone{{Type: "freshwater cultured pearl", Colour: "white", Count: 2, Origin: "natural"}}}
	coral := core.Product{SKU: "H14C", Name: "Bead Necklace", Category: "necklace", Collection: "Heritage",
		Materials: []string{"bamboo coral", "gold-plated brass"},
		Stones:    []core.Stone{{Type: "bamboo coral", Colour: "red", Count: 75, Origin: "natural", Treatment: "dyed"}}, Colours: []string{"red", "gold"}}
	cameo := core.Product{SKU: "H14S", Name: "Cameo Brooch", Category: "brooch", Collection: "Heritage",
		Materials: []string{"carved shell", "gold-plated sterling silver"},
		Stones:    []core.Stone{{Type: "shell cameo", Colour: "cream on peach", Count: 1, Origin: "natural"}}}
	argentium := core.Product{SKU: "H14A", Name: "Signet Ring", Category: "ring", Collection: "Reflexions",
		Materials: []string{"Argentium silver", "935 Argentium silver"}}
	sterling := core.Product{SKU: "H14T", Name: "Signet Ring", Category: "ring", Collection: "Reflexions",
		Materials: []string{"sterling silver"}}
	for _, r := range []struct {
		locale string
		p      core.Product
		text   string
		block  bool
	}{
		{"en-US", pearls, "Five freshwater cultured pearls cluster on the earrings.", false},
		{"fr-FR", pearls, "Des perles de culture d'eau douce se regroupent sur chaque boucle.", false},
		{"it-IT", pearls, "Perle coltivate d'acqua dolce raccolte su ogni orecchino.", false},
		{"zh-TW", pearls, "每只耳環都綴有淡水養殖珍珠。", false},
		{"de-DE", pearls, "Zuchtperlen aus Süßwasser an jedem Ohrring.", false},
		{"en-GB", pearls, "Tiny keshi pearls beside baroque ones.", false},
		{"fr-CA", coral, "Des perles rondes de corail rouge teint.", false},
		{"fi-FI", coral, "Koralli on huokoinen, joten riisu kaulakoru ennen uintia.", false},
		{"zh-CN", coral, "红色珊瑚圆珠串成的项链。", false},
		{"pt-BR", coral, "Contas redondas de coral tingido de vermelho.", false},
		{"en-US", coral, "Round beads of dyed red coral.", false},
		{"ar-AE", cameo, "بروش من الصدف المنحوت بإطار مطلي بالذهب.", false},
		{"de-DE", argentium, "Der Ring ist aus Sterling-Silber gefertigt.", false},
		{"es-ES", argentium, "Un anillo de plata de ley pulida.", false},
		{"sv-SE", argentium, "Ringen är gjord av sterlingsilver.", false},
		{"pl-PL", argentium, "Sygnet wykonano ze srebra próby 925.", false},
		{"tr-TR", argentium, "Yüzük 925 ayar gümüşten yapılmıştır.", false},
		{"en-GB", argentium, "A signet ring in sterling silver.", false},
		// The bad neighbours: a plain pearl licenses no keshi, sterling
		// silver no Argentium, and a wrong species still blocks.
		{"en-US", plainPearl, "Two tiny keshi pearls on each stud.", true},
		{"en-US", sterling, "A signet ring in Argentium silver.", true},
		{"en-US", pearls, "Five Akoya pearls cluster on each earring.", true},
		{"fr-CA", coral, "Des perles rondes de grenat rouge.", true},
		{"en-US", coral, "Round beads of red jasper.", true},
		{"de-DE", argentium, "Der Ring ist aus 18 Karat Gold gefertigt.", true},
		{"en-US", argentium, "A signet ring in gold-plated brass.", true},
		{"en-GB", cameo, "A cameo of carved coral in a gold frame.", true},
	} {
		blocked, fs := blockedIn(t, svc, "", r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %s %q: blocked %v, want %v: %+v", r.locale, r.p.SKU, r.text, blocked, r.block, fs)
		}
	}
}
