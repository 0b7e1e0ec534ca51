package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsCompetitorEstablishedNames (#13, competitor_stylised): a short
// competitor name (Tiffany, Cartier, Bulgari, Mejuri: four sound classes or
// fewer, which the sound skeleton leaves to avoid ordinary words) spelt in
// katakana, Hangul, Arabic or Greek is found by its established spelling
// (data/<lang>/glossary.yaml competitors), as the Chinese names are, in
// every locale; copy with no competitor passes.
func TestKindsCompetitorEstablishedNames(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"competitor named", silverNecklace, CatCompetitor, []lt{
			{"en-GB", "A slim bar in the spirit of Cartier."},
			{"en-US", "A slim bar that rivals Tiffany."},
			{"en-AU", "A slim bar, as fine as Bulgari."},
			{"fr-FR", "Une barre fine dans l'esprit de Cartier."},
			{"fr-CA", "Une barre fine digne de Tiffany."},
			{"de-DE", "Ein schmaler Stab im Stil von Cartier."},
			{"it-IT", "Una barretta sottile in stile Bulgari."},
			{"es-ES", "Una barra fina al estilo de Tiffany."},
			{"es-MX", "Una barra delgada como las de Cartier."},
			{"pt-BR", "Uma barra fina no estilo da Tiffany."},
			{"pt-PT", "Uma barra fina ao estilo da Cartier."},
			{"nl-NL", "Een slanke staaf in de stijl van Mejuri."},
			{"da-DK", "En slank stav i samme stil som Tiffany."},
			{"nb-NO", "En slank stav i samme stil som Cartier."},
			{"sv-SE", "En smal stav i samma stil som Bulgari."},
			{"fi-FI", "Kapea sauva Tiffanyn tyyliin."},
			{"pl-PL", "Smukła zawieszka w stylu Cartier."},
			{"cs-CZ", "Štíhlý přívěsek ve stylu Tiffany."},
			{"el-GR", "Ένα λεπτό κολιέ σε στιλ Καρτιέ."},
			{"tr-TR", "Tiffany tarzında ince bir kolye."},
			{"ar-AE", "قلادة رفيعة بأسلوب كارتييه."},
			{"ja-JP", "ティファニーのようなスリムなバーのネックレスです。"},
			{"ko-KR", "까르띠에를 닮은 슬림한 바 목걸이입니다."},
			{"zh-CN", "一条如蒂芙尼般纤细的银项链。"},
			{"zh-TW", "一條如卡地亞般纖細的銀項鍊。"},
		}},
		{"no competitor", silverNecklace, "", []lt{
			{"el-GR", "Ένα λεπτό ασημένιο κολιέ για κάθε μέρα."},
			{"ar-AE", "قلادة فضية رفيعة لكل يوم."},
			{"ja-JP", "毎日使えるスリムなシルバーのネックレスです。"},
			{"ko-KR", "매일 하기 좋은 슬림한 실버 목걸이입니다."},
			// A predicate whose skeleton is one edit from a competitor's
			// (문구입니다, "is a phrase": MNKBNT, Monica Vinader MNKBNTR).
			{"ko-KR", "원하는 각인 문구입니다. 매일 하기 좋은 슬림한 실버 목걸이입니다."},
		}},
		{"competitor spelt another way, with its copula", silverNecklace, CatCompetitor, []lt{
			{"ko-KR", "메쥬리 스타일의 슬림한 실버 목걸이입니다."},
			{"ko-KR", "매일 하기 좋은 이 목걸이는 스와로브스키입니다."},
		}},
	})
}

// TestKindsForbiddenTermChineseForms (#13, glossary_block): the guide's
// forbidden "rhinestone" in its other Chinese name (莱茵石, 萊茵石, beside
// 水钻) blocks in Simplified and Traditional copy.
func TestKindsForbiddenTermChineseForms(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"forbidden term", silverNecklace, CatGlossary, []lt{
			{"zh-CN", "吊坠上镶着一颗闪亮的莱茵石。"},
			{"zh-TW", "吊墜上鑲著一顆閃亮的萊茵石。"},
		}},
	})
}
