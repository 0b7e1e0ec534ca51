package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Collectors' and ornamental gem species the vocabularies still lacked (#13,
// gems55; issue #13 "Closed vocabularies"): "The Aura Ring sets a single
// tugtupite in 18ct rose gold" passed on an 18ct rose gold ring with no
// stones, as did vesuvianite (idocrase), scapolite, clinohumite,
// poudretteite, petalite, phenakite, brazilianite, hambergite, axinite,
// ekanite, celestite (celestine), hypersthene, smithsonite, datolite,
// natrolite, epidote, staurolite, magnetite, dolomite and rhyolite, and the
// collectors' scolecite, schorl, dravite, vivianite and dioptase: a closed
// vocabulary compares nothing it does not know. The locale packs now know
// them with each language's name and inflected forms (vocab.yaml, the
// "#13 (gems55)" block after unknown14's), and vocab/canon.yaml implies
// their groups (schorl and dravite tourmalines, natrolite and scolecite
// zeolites, hypersthene a pyroxene).
func gems55Ring() core.Product {
	return core.Product{SKU: "G55R", Name: "Aura Ring", Category: "ring", Collection: "Aura", Materials: []string{"18ct rose gold"}}
}

func gems55With(types ...string) core.Product {
	p := gems55Ring()
	p.SKU = "G55S"
	for _, ty := range types {
		p.Stones = append(p.Stones, core.Stone{Type: ty, Count: 1, Origin: "natural"})
	}
	return p
}

func TestKindsGems55(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := gems55Ring()
	sapphire := gems55With("sapphire")
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The Aura Ring sets a single tugtupite in 18ct rose gold.", ring, true},
		{"en-GB", "The Aura Ring sets a single idocrase in 18ct rose gold.", ring, true},
		{"en-US", "The Aura Ring sets a single poudretteite in 18k rose gold.", ring, true},
		{"en-AU", "The Aura Ring sets a single celestine in 18ct rose gold.", ring, true},
		{"en-GB", "Three small phenakites flank the sapphire.", sapphire, true},
		{"en-GB", "The Aura Ring sets a single hypersthene in 18ct rose gold.", ring, true},
		{"en-US", "A band of polished rhyolite wraps the ring.", ring, true},
		{"en-GB", "The Aura Ring sets a single dolomite in 18ct rose gold.", ring, true},
		{"de-DE", "Der Aura Ring fasst einen einzelnen Tugtupit in 18 Karat Roségold.", ring, true},
		{"de-DE", "Zwei kleine Phenakite umrahmen den Saphir.", sapphire, true},
		{"fr-FR", "La bague Aura sertit une seule vésuvianite en or rose 18 carats.", ring, true},
		{"fr-CA", "La bague Aura sertit une pétalite en or rose 18 carats.", ring, true},
		{"es-ES", "El anillo Aura engasta una sola escapolita en oro rosa de 18 quilates.", ring, true},
		{"es-MX", "El anillo Aura lleva una brasilianita en oro rosa de 18 quilates.", ring, true},
		{"it-IT", "L'anello Aura incastona una sola clinohumite in oro rosa 18 carati.", ring, true},
		{"pt-BR", "O anel Aura traz uma única smithsonita em ouro rosé 18k.", ring, true},
		{"pt-PT", "O anel Aura engasta uma axinita em ouro rosa de 18 quilates.", ring, true},
		{"nl-NL", "De Aura-ring is gezet met één enkele hambergiet in 18 karaat roségoud.", ring, true},
		{"nb-NO", "Aura-ringen har en enkelt datolitt i 18 karat rosegull.", ring, true},
		{"da-DK", "Aura-ringen har en enkelt natrolit i 18 karat rosaguld.", ring, true},
		{"sv-SE", "Aura-ringen har en enda epidot i 18 karat roséguld.", ring, true},
		{"fi-FI", "Aura-sormuksessa on yksi stauroliitti 18 karaatin ruusukullassa.", ring, true},
		{"pl-PL", "Pierścionek Aura z pojedynczym magnetytem w 18-karatowym różowym złocie.", ring, true},
		{"cs-CZ", "Prsten Aura s jediným ekanitem v 18karátovém růžovém zlatě.", ring, true},
		{"el-GR", "Το δαχτυλίδι Aura έχει έναν μόνο σμιθσονίτη σε ροζ χρυσό 18 καρατίων.", ring, true},
		{"tr-TR", "Aura yüzük 18 ayar roze altın içinde tek bir petalit taşır.", ring, true},
		{"ar-AE", "خاتم أورا مرصع بحجر التوغتوبيت في ذهب وردي عيار 18.", ring, true},
		{"ja-JP", "オーラリングには18金ピンクゴールドにベスビアナイトが一粒留められています。", ring, true},
		{"ko-KR", "아우라 링에는 18K 로즈 골드에 페탈라이트 한 알이 세팅되어 있습니다.", ring, true},
		{"zh-CN", "Aura戒指以18K玫瑰金镶嵌一颗天青石。", ring, true},
		{"zh-TW", "Aura戒指以18K玫瑰金鑲嵌一顆菱鋅礦。", ring, true},
	})
}

// TestKindsGems55Bad: the gem on its own product passes, a species on its
// variety's group word passes, and the homographs left out of the packs
// (the Dolomites, a serpentine chain, a shawl, a given name) stay unread.
func TestKindsGems55Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := gems55Ring()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// The gem on its own product.
		{"en-GB", "The Aura Ring sets a single tugtupite in 18ct rose gold.", gems55With("tugtupite"), false},
		{"en-GB", "The Aura Ring sets a single idocrase in 18ct rose gold.", gems55With("vesuvianite"), false},
		{"en-GB", "The Aura Ring sets a single celestine in 18ct rose gold.", gems55With("celestite"), false},
		{"de-DE", "Der Aura Ring fasst einen einzelnen Tugtupit in 18 Karat Roségold.", gems55With("tugtupite"), false},
		{"fr-FR", "La bague Aura sertit une seule vésuvianite en or rose 18 carats.", gems55With("vesuvianite"), false},
		{"es-ES", "El anillo Aura engasta una sola escapolita en oro rosa de 18 quilates.", gems55With("scapolite"), false},
		{"fi-FI", "Aura-sormuksessa on yksi stauroliitti 18 karaatin ruusukullassa.", gems55With("staurolite"), false},
		{"ja-JP", "オーラリングには18金ピンクゴールドにベスビアナイトが一粒留められています。", gems55With("vesuvianite"), false},
		{"zh-CN", "Aura戒指以18K玫瑰金镶嵌一颗天青石。", gems55With("celestite"), false},
		// A group named on its member: schorl is a tourmaline, natrolite a zeolite.
		{"en-GB", "A single schorl, a tourmaline, crowns the ring.", gems55With("schorl"), false},
		{"en-GB", "The natrolite, a zeolite, sits in 18ct rose gold.", gems55With("natrolite"), false},
		// Never the reverse: a tourmaline is no schorl.
		{"en-GB", "The Aura Ring sets a single schorl in 18ct rose gold.", gems55With("tourmaline"), true},
		// Homographs left out.
		{"en-GB", "A ring inspired by the Dolomites, in 18ct rose gold.", ring, false},
		{"it-IT", "Un anello ispirato alle Dolomiti, in oro rosa 18 carati.", ring, false},
		{"de-DE", "Ein Ring, inspiriert von den Dolomiten, in 18 Karat Roségold.", ring, false},
		{"nl-NL", "Een ring geïnspireerd op de Dolomieten, in 18 karaat roségoud.", ring, false},
		{"sv-SE", "En ring inspirerad av Dolomiterna, i 18 karat roséguld.", ring, false},
		{"da-DK", "En ring inspireret af Dolomitterne, i 18 karat rosaguld.", ring, false},
		{"nb-NO", "En ring inspirert av Dolomittene, i 18 karat rosegull.", ring, false},
		{"en-GB", "A serpentine chain in 18ct rose gold.", ring, false},
		{"ja-JP", "ショールに合わせやすい18金ピンクゴールドのリングです。", ring, false},
		{"ko-KR", "어떤 쇼를 보러 가도 어울리는 18K 로즈 골드 링입니다.", ring, false},
		{"fr-FR", "Célestine a dessiné cette bague en or rose 18 carats.", ring, false},
		{"it-IT", "Un anello in oro rosa 18 carati dal riflesso celestino.", ring, false},
	})
}
