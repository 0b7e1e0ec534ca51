package checks

import "testing"

// The species, varieties, rocks and man-made stones gems55 left unread (#13,
// gems55b; issue #13 "Closed vocabularies"): "The Aura Ring sets a single
// sapphirine in 18ct rose gold" passed on an 18ct rose gold ring with no
// stones, as did pezzottaite, cymophane (chrysoberyl cat's eye), willemite,
// sard (a chalcedony), septarian (a concretion rock), opalite (a man-made
// glass), gem silica (chrysocolla chalcedony), maw sit sit and falcon's eye
// (hawk's eye's other name, a quartz). The locale packs now know them
// (vocab.yaml, the "#13 (gems55b)" block after gems55's) and
// vocab/canon.yaml implies cymophane's chrysoberyl and sard's chalcedony.
// Shapes: gems55Ring and gems55With (kinds_gems55_test.go).
func TestKindsGems55b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := gems55Ring()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The Aura Ring sets a single sapphirine in 18ct rose gold.", ring, true},
		{"en-GB", "The Aura Ring sets a single pezzottaite in 18ct rose gold.", ring, true},
		{"en-US", "The Aura Ring sets a single cymophane in 18k rose gold.", ring, true},
		{"en-AU", "The Aura Ring sets a single willemite in 18ct rose gold.", ring, true},
		{"en-GB", "The Aura Ring sets a single sard in 18ct rose gold.", ring, true},
		{"en-GB", "A slice of septarian crowns the ring.", ring, true},
		{"en-US", "A polished opalite crowns the ring.", ring, true},
		{"en-GB", "A cabochon of gem silica crowns the ring.", ring, true},
		{"en-GB", "A cabochon of maw sit sit crowns the ring.", ring, true},
		{"en-GB", "The Aura Ring sets a single falcon's eye in 18ct rose gold.", ring, true},
		{"de-DE", "Der Aura Ring fasst einen einzelnen Willemit in 18 Karat Roségold.", ring, true},
		{"fr-FR", "La bague Aura sertit une seule saphirine en or rose 18 carats.", ring, true},
		{"fr-CA", "La bague Aura sertit une sardoine en or rose 18 carats.", ring, true},
		{"es-ES", "El anillo Aura engasta una sola cimofana en oro rosa de 18 quilates.", ring, true},
		{"es-MX", "El anillo Aura lleva una opalita en oro rosa de 18 quilates.", ring, true},
		{"it-IT", "L'anello Aura incastona una sola pezzottaite in oro rosa 18 carati.", ring, true},
		{"pt-BR", "O anel Aura traz uma única willemita em ouro rosé 18k.", ring, true},
		{"pt-PT", "O anel Aura engasta um sárdio em ouro rosa de 18 quilates.", ring, true},
		{"nl-NL", "De Aura-ring is gezet met één enkele willemiet in 18 karaat roségoud.", ring, true},
		{"nb-NO", "Aura-ringen har en enkelt opalitt i 18 karat rosegull.", ring, true},
		{"da-DK", "Aura-ringen har en enkelt safirin i 18 karat rosaguld.", ring, true},
		{"sv-SE", "Aura-ringen har en enda willemit i 18 karat roséguld.", ring, true},
		{"fi-FI", "Aura-sormuksessa on yksi opaliitti 18 karaatin ruusukullassa.", ring, true},
		{"pl-PL", "Pierścionek Aura z pojedynczym willemitem w 18-karatowym różowym złocie.", ring, true},
		{"cs-CZ", "Prsten Aura s jediným opalitem v 18karátovém růžovém zlatě.", ring, true},
		{"el-GR", "Το δαχτυλίδι Aura έχει έναν μόνο βιλλεμίτη σε ροζ χρυσό 18 καρατίων.", ring, true},
		{"tr-TR", "Aura yüzük 18 ayar roze altın içinde tek bir opalit taşır.", ring, true},
		{"ar-AE", "خاتم أورا مرصع بحجر الويليميت في ذهب وردي عيار 18.", ring, true},
		{"ja-JP", "オーラリングには18金ピンクゴールドにウィレマイトが一粒留められています。", ring, true},
		{"ko-KR", "아우라 링에는 18K 로즈 골드에 오팔라이트 한 알이 세팅되어 있습니다.", ring, true},
		{"zh-CN", "Aura戒指以18K玫瑰金镶嵌一颗硅锌矿。", ring, true},
		{"zh-TW", "Aura戒指以18K玫瑰金鑲嵌一顆矽鋅礦。", ring, true},
	})
}

// TestKindsGems55bBad: the stone on its own product passes, a variety on
// its species' word passes (cymophane a chrysoberyl, sard a chalcedony,
// falcon's eye a quartz), never the reverse, and the homographs left out
// (Sardinian, a sardine's Italian, third, THAAD) stay unread.
func TestKindsGems55bBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := gems55Ring()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// The stone on its own product.
		{"en-GB", "The Aura Ring sets a single sapphirine in 18ct rose gold.", gems55With("sapphirine"), false},
		{"en-GB", "A cabochon of maw sit sit crowns the ring.", gems55With("maw sit sit"), false},
		{"en-GB", "A cabochon of gem silica crowns the ring.", gems55With("gem silica"), false},
		{"de-DE", "Der Aura Ring fasst einen einzelnen Willemit in 18 Karat Roségold.", gems55With("willemite"), false},
		{"ja-JP", "オーラリングには18金ピンクゴールドにウィレマイトが一粒留められています。", gems55With("willemite"), false},
		{"zh-CN", "Aura戒指以18K玫瑰金镶嵌一颗硅锌矿。", gems55With("willemite"), false},
		// Falcon's eye is hawk's eye.
		{"en-GB", "A single falcon's eye crowns the ring.", gems55With("hawk's eye"), false},
		// A species named on its variety.
		{"en-GB", "A single cymophane, a chrysoberyl, crowns the ring.", gems55With("cymophane"), false},
		{"en-GB", "The sard, a chalcedony, sits in 18ct rose gold.", gems55With("sard"), false},
		// Never the reverse: a chrysoberyl is no cymophane.
		{"en-GB", "The Aura Ring sets a single cymophane in 18ct rose gold.", gems55With("chrysoberyl"), true},
		{"en-GB", "The Aura Ring sets a single sard in 18ct rose gold.", gems55With("chalcedony"), true},
		// Homographs left out.
		{"fr-FR", "Une bague d'inspiration sarde, en or rose 18 carats.", ring, false},
		{"it-IT", "Un anello di ispirazione sarda, in oro rosa 18 carati.", ring, false},
		{"es-ES", "Un anillo de inspiración sarda en oro rosa de 18 quilates.", ring, false},
		{"ja-JP", "サードシーズンを記念した18金ピンクゴールドのリングです。", ring, false},
	})
}
