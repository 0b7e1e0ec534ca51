package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A brilliant counted with an adjective of size between (#13, probe17a,
// brilliant17): pt-BR "Quatro pequenos brilhantes enfeitam o passador" on
// four lab-grown diamonds passed, since "brilhantes" is read as the stone
// only right after a numeral or an article, and "pequenos" stood between.
// In Brazil and Portugal, France, Spain and Italy a brilliant is a diamond
// (pt "brilhante", fr "brillant", es "brillante", it "brillante"; CIBJO
// Diamond Book; ISO 18323), and a lab-grown one must be named with its
// qualifier (16 CFR 23.12; décret n°2002-65). The market's brilliant words
// now take sizes (locales.BrilliantWords): the word before one decides as
// if it stood right before the brilliant. The noun-only and diamond words
// of the other languages already block; an adjective before a light noun
// ("Les petits brillants reflets") and a qualified brilliant pass.
func TestKindsBrilliant17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "B17", Name: "Pendant", Category: "pendant", Collection: "Timeless",
		Materials: []string{"10k white gold", "chrome diopside", "lab-grown diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "10k", Plating: "rhodium"}},
		Stones: []core.Stone{{Type: "chrome diopside", Colour: "green", Count: 1, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 4, Origin: core.OriginLabGrown}},
		Colours: []string{"green", "white"}}
	rows := []kindRow{
		{"pt-BR", "Quatro pequenos brilhantes enfeitam o passador acima da pedra.", p, true},
		{"pt-PT", "Quatro pequenos brilhantes enfeitam o passador acima da pedra.", p, true},
		{"fr-FR", "Quatre petits brillants ornent la bélière au-dessus de la pierre.", p, true},
		{"fr-CA", "La bélière est sertie de quatre minuscules brillants.", p, true},
		{"es-ES", "Cuatro pequeños brillantes adornan el pasador sobre la piedra.", p, true},
		{"es-MX", "Cuatro pequeños brillantes adornan el pasador sobre la piedra.", p, true},
		{"it-IT", "Quattro piccoli brillanti decorano la maglia sopra la pietra.", p, true},
		// nouns and diamond words of the other languages: still blocked
		{"de-DE", "Vier kleine Brillanten zieren die Öse über dem Stein.", p, true},
		{"en-GB", "Four small brilliants decorate the bail above the stone.", p, true},
		{"en-US", "Four small brilliants decorate the bail above the stone.", p, true},
		{"en-AU", "Four tiny diamonds decorate the bail above the stone.", p, true},
		{"nl-NL", "Vier kleine briljanten sieren de oog boven de steen.", p, true},
		{"sv-SE", "Fyra små briljanter pryder öglan ovanför stenen.", p, true},
		{"da-DK", "Fire små brillanter pryder øskenen over stenen.", p, true},
		{"nb-NO", "Fire små briljanter pryder øyet over steinen.", p, true},
		{"fi-FI", "Neljä pientä briljanttia koristaa ripustinta kiven yllä.", p, true},
		{"pl-PL", "Cztery małe diamenty zdobią zawieszkę nad kamieniem.", p, true},
		{"cs-CZ", "Čtyři malé diamanty zdobí očko nad kamenem.", p, true},
		{"el-GR", "Τέσσερα μικρά διαμάντια στολίζουν τον κρίκο πάνω από την πέτρα.", p, true},
		{"tr-TR", "Dört küçük pırlanta taşın üstündeki halkayı süslüyor.", p, true},
		{"ja-JP", "石の上のバチを4粒の小さなダイヤモンドが飾ります。", p, true},
		{"ko-KR", "작은 다이아몬드 4개가 스톤 위 고리를 장식합니다.", p, true},
		{"zh-CN", "四颗小钻石点缀宝石上方的扣头。", p, true},
		{"zh-TW", "四顆小鑽石點綴寶石上方的扣頭。", p, true},
		{"ar-AE", "أربعة ألماسات صغيرة تزين الحلقة فوق الحجر.", p, true},
		// the adjective before its light noun, and a qualified brilliant
		{"fr-FR", "Les petits brillants reflets de la pierre attirent la lumière.", p, false},
		{"es-ES", "Los pequeños brillantes destellos de la piedra atrapan la luz.", p, false},
		{"pt-BR", "Quatro pequenos brilhantes criados em laboratório enfeitam o passador.", p, false},
		{"it-IT", "Quattro piccoli brillanti creati in laboratorio decorano la maglia.", p, false},
	}
	checkKindRows(t, svc, CatRegulatory, rows)
}
