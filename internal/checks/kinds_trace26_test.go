package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The element that colours a stone, named in the case its language gives
// it, is the stone's chemistry, not a metal of the piece (#13, trace26;
// released 26's pl-PL lab-grown sapphire "jego błękit pochodzi od śladów
// żelaza i tytanu": the Polish noun of the colour, błękit, was no colour
// word, so the trace rule of probe26k did not apply). The trace noun may
// follow the genitive list (fi "raudan ja titaanin hivenistä") and takes its
// case (cs "ze stop železa a titanu"). Every pass row has a control: the
// band said to contain traces of titanium, with no colour, still blocks.
func TestKindsTrace26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K26T1", Name: "Halo Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"platinum"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones: []core.Stone{{Type: "lab-grown sapphire", Colour: "blue", Count: 1, Origin: "lab_grown"}}}
	q := core.Product{SKU: "K26T2", Name: "Mint Pendant", Category: "pendant", Collection: "Signature",
		Materials: []string{"chrysoprase", "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "chrysoprase", Colour: "green", Count: 1, Origin: "natural"}}, Colours: []string{"green", "silver"}}
	c := func(loc, text string) kindRow { return kindRow{loc, text, p, false} }
	cc := func(loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		c("en-GB", "This lab-grown sapphire is corundum. Its blue comes from traces of iron and titanium."),
		cc("en-GB", "The band contains traces of titanium."),
		c("en-US", "This lab-grown sapphire is corundum, and its blue comes from trace amounts of iron and titanium."),
		cc("en-US", "The band contains trace amounts of titanium."),
		c("en-AU", "The lab-grown sapphire is corundum; traces of iron and titanium give it its blue."),
		cc("en-AU", "The band contains traces of titanium."),
		c("de-DE", "Dieser synthetische Saphir ist Korund. Sein Blau stammt von Spuren von Eisen und Titan."),
		cc("de-DE", "Die Ringschiene enthält Spuren von Titan."),
		c("fr-FR", "Ce saphir synthétique est un corindon. Son bleu vient de traces de fer et de titane."),
		cc("fr-FR", "L'anneau contient des traces de titane."),
		c("fr-CA", "Ce saphir synthétique est un corindon; son bleu vient de traces de fer et de titane."),
		cc("fr-CA", "L'anneau contient des traces de titane."),
		c("es-ES", "Este zafiro sintético es corindón. Su azul procede de trazas de hierro y titanio."),
		cc("es-ES", "El aro contiene trazas de titanio."),
		c("es-MX", "Este zafiro sintético es corindón, y su azul viene de trazas de hierro y titanio."),
		cc("es-MX", "El aro contiene trazas de titanio."),
		c("it-IT", "Questo zaffiro sintetico è corindone. Il suo blu deriva da tracce di ferro e titanio."),
		cc("it-IT", "La fascia contiene tracce di titanio."),
		c("pt-PT", "Esta safira sintética é corindo. O seu azul vem de vestígios de ferro e titânio."),
		cc("pt-PT", "O aro contém vestígios de titânio."),
		c("pt-BR", "Esta safira sintética é corindon. Seu azul vem de traços de ferro e titânio."),
		cc("pt-BR", "O aro contém traços de titânio."),
		c("nl-NL", "Deze synthetische saffier is korund. Het blauw komt van sporen van ijzer en titanium."),
		cc("nl-NL", "De ringband bevat sporen van titanium."),
		c("sv-SE", "Denna syntetiska safir är korund. Den blå färgen kommer från spår av järn och titan."),
		cc("sv-SE", "Ringskenan innehåller spår av titan."),
		c("da-DK", "Denne syntetiske safir er korund. Den blå farve skyldes spor af jern og titan."),
		cc("da-DK", "Ringen indeholder spor af titan."),
		c("nb-NO", "Denne syntetiske safiren er korund. Den blå fargen kommer fra spor av jern og titan."),
		cc("nb-NO", "Ringskinnen inneholder spor av titan."),
		c("fi-FI", "Tämä synteettinen safiiri on korundia. Sen sininen väri tulee raudan ja titaanin jäämistä."),
		cc("fi-FI", "Sormus sisältää titaanin jäämiä."),
		c("pl-PL", "Ten syntetyczny szafir to korund. Jego błękit pochodzi od śladów żelaza i tytanu."),
		cc("pl-PL", "Obrączka zawiera ślady tytanu."),
		c("cs-CZ", "Tento syntetický safír je korund. Jeho modrá barva pochází ze stop železa a titanu."),
		cc("cs-CZ", "Obroučka obsahuje stopy titanu."),
		c("el-GR", "Αυτό το συνθετικό ζαφείρι είναι κορούνδιο. Το μπλε του οφείλεται σε ίχνη σιδήρου και τιτανίου."),
		cc("el-GR", "Ο κρίκος περιέχει ίχνη τιτανίου."),
		c("tr-TR", "Bu sentetik safir bir korundumdur. Mavisi eser miktarda demir ve titanyumdan gelir."),
		cc("tr-TR", "Yüzük eser miktarda titanyum içerir."),
		c("ar-AE", "هذا الياقوت الأزرق الصناعي هو كوراندوم. ويأتي لونه الأزرق من آثار الحديد والتيتانيوم."),
		cc("ar-AE", "يحتوي الخاتم على آثار التيتانيوم."),
		c("ja-JP", "この合成サファイアはコランダムです。その青は微量の鉄とチタンによるものです。"),
		cc("ja-JP", "このリングには微量のチタンが含まれています。"),
		c("ko-KR", "합성 사파이어는 커런덤입니다. 푸른색은 미량의 철과 티타늄에서 나옵니다."),
		cc("ko-KR", "이 반지에는 미량의 티타늄이 들어 있습니다."),
		c("zh-CN", "这颗合成蓝宝石属于刚玉，其蓝色源于微量的铁和钛。"),
		cc("zh-CN", "这枚戒指含有微量的钛。"),
		c("zh-TW", "這顆合成藍寶石屬於剛玉，其藍色源於微量的鐵和鈦。"),
		cc("zh-TW", "這枚戒指含有微量的鈦。"),
		// The metal in the case its language gives it: a colouring
		// agent's genitive passes, the piece's metal in any case blocks.
		{"el-GR", "Το πράσινο χρώμα του χρυσόπρασου οφείλεται σε ίχνη νικελίου.", q, false},
		{"el-GR", "Η αλυσίδα περιέχει ίχνη νικελίου.", q, true},
		{"fi-FI", "Krysopraasin vihreä väri tulee nikkelin hivenistä.", q, false},
		{"fi-FI", "Ketju sisältää nikkelin jäämiä.", q, true},
		{"pl-PL", "Zieleń chryzoprazu pochodzi od śladów niklu.", q, false},
		{"pl-PL", "Łańcuszek zawiera ślady niklu.", q, true},
		{"cs-CZ", "Zeleň chryzoprasu pochází ze stop niklu.", q, false},
		{"cs-CZ", "Řetízek obsahuje stopy niklu.", q, true},
		cc("da-DK", "Ringen er lavet af titan."),
		cc("nb-NO", "Ringen er laget av titan."),
		cc("sv-SE", "Ringen är gjord av titan."),
	})
}
