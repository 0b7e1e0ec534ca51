package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// alloyed56Ring is a 24k gold band ring, 999.9 fine.
var alloyed56Ring = core.Product{SKU: "AL56", Name: "Pure Gold Band", Category: "ring", Collection: "Heritage", Materials: []string{"24k gold"},
	Metals: []core.Metal{{Base: "gold", Fineness: "24k"}}, Colours: []string{"gold"}, Attributes: map[string]string{"gold_purity": "999.9"}}

// TestKindsAlloyed56 (#13, alloyed56; held-out 55 ja-JP 55B03-2): copy
// on a 24k piece names its own fineness and then explains a lower karat
// as gold alloyed with other metals ("K18などは銀や銅を混ぜて硬くしています
// が、このリングは…"); grounding.karat blocked that karat as the piece's
// (grounding/fineness_alloyed56.go: the fineness's clause names the alloy
// or another metal and nothing of the piece, the piece's own fineness
// named in its sentence or the two before). Every row passes grounding.
func TestKindsAlloyed56(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(alloyed56Ring, false, [][2]string{
		{"ja-JP", "このリングは純金（K24）で作りました。K18は銀や銅を混ぜて硬くしていますが、このリングはほかの金属をほとんど含みません。"},
		{"en-GB", "This ring is made of pure 24k gold. 18k gold is alloyed with silver and copper to make it harder, but this ring contains almost no other metal."},
		{"en-US", "The band is 24k gold. Gold such as 18k is mixed with silver and copper for hardness, while this ring is almost pure gold."},
		{"fr-FR", "Cette bague est en or pur 24 carats. L'or 18 carats est allié à l'argent et au cuivre pour le durcir, alors que cette bague ne contient presque aucun autre métal."},
		{"pt-BR", "Este anel é de ouro puro 24 quilates. O ouro 18 quilates é ligado com prata e cobre para ficar mais duro, mas este anel quase não contém outros metais."},
		{"nl-NL", "Deze ring is van puur 24 karaat goud. 18 karaat goud wordt gelegeerd met zilver en koper om het harder te maken, maar deze ring bevat bijna geen andere metalen."},
		{"sv-SE", "Den här ringen är gjord av rent 24 karats guld. 18 karats guld legeras med silver och koppar för att bli hårdare, men den här ringen innehåller nästan inga andra metaller."},
		{"da-DK", "Denne ring er lavet af rent 24 karat guld. 18 karat guld legeres med sølv og kobber for at gøre det hårdere, men denne ring indeholder næsten ingen andre metaller."},
		{"pl-PL", "Ten pierścionek wykonano z czystego 24-karatowego złota. Złoto 18-karatowe jest stopem ze srebrem i miedzią, by było twardsze, ale ten pierścionek prawie nie zawiera innych metali."},
		{"zh-CN", "这枚戒指由24K纯金制成。18K金等会掺入银和铜来增加硬度，而这枚戒指几乎不含其他金属。"},
		{"ko-KR", "이 반지는 24K 순금으로 만들었습니다. 18K 등은 은과 구리를 섞어 단단하게 만들지만, 이 반지는 다른 금속을 거의 포함하지 않습니다."},
		{"tr-TR", "Bu yüzük saf 24 ayar altından yapılmıştır. 18 ayar altın sertlik için gümüş ve bakırla alaşım yapılır, ancak bu yüzük neredeyse hiç başka metal içermez."},
	}))
}

// TestKindsAlloyed56Bad: a lower karat said of the piece, or explained
// with nothing of the piece's own fineness beside it, still blocks: the
// piece in the fineness's clause ("This ring is 18k gold, alloyed with
// ...", "このリングはK18で"), ours, no alloy named. Every row blocks as
// grounding.
func TestKindsAlloyed56Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(alloyed56Ring, true, [][2]string{
		{"en-GB", "This ring is made of pure 24k gold. This ring is 18k gold, alloyed with silver and copper."},
		{"en-GB", "This ring is made of pure 24k gold. Our 18k gold is alloyed with copper."},
		{"en-GB", "This ring is made of pure 24k gold. 18k gold gives it a warm glow."},
		{"ja-JP", "このリングは純金（K24）で作りました。このリングはK18で、銀や銅を混ぜて硬くしています。"},
		{"de-DE", "Dieser Ring ist aus 18 Karat Gold, mit Silber und Kupfer legiert."},
		{"en-GB", "18k gold is alloyed with silver and copper to make this ring harder."},
	}))
}
