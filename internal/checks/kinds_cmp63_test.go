package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of cmp63's rows: anodised niobium earrings, an axinite ring
// in sterling silver and a petalite brooch in 835 silver.
var (
	c63Niobium = core.Product{SKU: "C63N", Name: "Lilac", Category: "earrings", Collection: "Essence",
		Metals: []core.Metal{{Base: "niobium"}}, Colours: []string{"purple"}}
	c63Axinite = core.Product{SKU: "C63A", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "axinite", Colour: "brown", Count: 1, Origin: "natural"}},
		Colours: []string{"silver", "brown"}}
	c63Petalite = core.Product{SKU: "C63P", Name: "Reflexions", Category: "brooch", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "silver", Fineness: "835"}},
		Stones:  []core.Stone{{Type: "petalite", Colour: "colourless", Count: 1, Origin: "natural"}},
		Colours: []string{"silver", "colourless"}}
)

// cmp63 coordinated standards: the first arm of a coordination before a
// comparative ("lighter than gold or silver", 금이나 은보다, 金や銀より).
var cmp63Coordinated = [][2]string{
	{"ko-KR", "니오븀은 합금이 아닌 순수한 원소 금속으로, 금이나 은보다 가볍습니다."},
	{"ko-KR", "니오븀은 금과 은보다 가볍습니다."},
	{"ko-KR", "니오븀은 금와 은보다 가볍습니다."},
	{"ko-KR", "니오븀은 금하고 은보다 가볍습니다."},
	{"ko-KR", "니오븀은 금이나 은보다 훨씬 가볍습니다."},
	{"ja-JP", "ニオブは金や銀より軽い金属です。"},
	{"ja-JP", "ニオブは金と銀より軽い金属です。"},
	{"ja-JP", "ニオブは金や銀よりも軽い金属です。"},
	{"zh-CN", "铌比金或银更轻。"},
	{"zh-CN", "铌比金和银更轻。"},
	{"zh-TW", "鈮比金或銀更輕。"},
	{"tr-TR", "Niyobyum altın veya gümüşten daha hafiftir."},
	{"tr-TR", "Niyobyum altın ve gümüşten daha hafiftir."},
	{"tr-TR", "Niyobyum altından ya da gümüşten daha hafiftir."},
	{"en-US", "Niobium is lighter than gold or silver."},
	{"en-US", "Niobium is lighter than gold and silver."},
	{"de-DE", "Niob ist leichter als Gold oder Silber."},
	{"fr-FR", "Le niobium est plus léger que l'or ou l'argent."},
	{"es-ES", "El niobio es más ligero que el oro o la plata."},
	{"it-IT", "Il niobio è più leggero dell'oro o dell'argento."},
	{"pt-BR", "O nióbio é mais leve que o ouro ou a prata."},
	{"nl-NL", "Niobium is lichter dan goud of zilver."},
	{"sv-SE", "Niob är lättare än guld eller silver."},
	{"da-DK", "Niob er lettere end guld eller sølv."},
	{"nb-NO", "Niob er lettere enn gull eller sølv."},
	{"fi-FI", "Niobi on kevyempää kuin kulta tai hopea."},
	{"pl-PL", "Niob jest lżejszy niż złoto czy srebro."},
	{"cs-CZ", "Niob je lehčí než zlato nebo stříbro."},
	{"el-GR", "Το νιόβιο είναι ελαφρύτερο από τον χρυσό ή το ασήμι."},
	{"ar-AE", "النيوبيوم أخف من الذهب أو الفضة."},
}

// cmp63 other metal "too, by the same principle": another metal said to
// share the process the copy explains (ko 티타늄도 같은 원리로).
var cmp63SamePrinciple = [][2]string{
	{"ko-KR", "니오븀은 순수한 원소 금속입니다. 색은 아노다이징으로 만듭니다. 티타늄도 같은 원리로 색을 냅니다."},
	{"en-GB", "Niobium is a pure element. Its colour comes from anodising. Titanium takes its colour by the same principle."},
	{"de-DE", "Niob ist ein reines Element. Die Farbe entsteht durch Anodisieren. Titan wird nach demselben Prinzip gefärbt."},
	{"fr-FR", "Le niobium est un métal pur. Sa couleur vient de l'anodisation. Le titane se colore selon le même principe."},
	{"es-ES", "El niobio es un metal puro. Su color nace del anodizado. El titanio se colorea según el mismo principio."},
	{"sv-SE", "Niob är en ren metall. Färgen kommer från anodisering. Titan färgas enligt samma princip."},
	{"ja-JP", "ニオブは純粋な金属です。色は陽極酸化で生まれます。チタンも同じ原理で発色します。"},
	{"zh-CN", "铌是一种纯金属。颜色来自阳极氧化。钛也以同样的原理显色。"},
}

// cmp63 equatives with an adjective between the degree word and the
// standard, the piece's stone named before ("nästan lika hård som kvarts").
var cmp63Equative = [][2]string{
	{"sv-SE", "Stenen påminner om rökkvarts vid första anblicken. Med en hårdhet på 7 är den nästan lika hård som kvarts."},
	{"sv-SE", "Axinit är nästan lika hård som kvarts."},
	{"en-US", "Axinite is almost as hard as quartz."},
	{"en-US", "Axinite is named for an axe. The stone recalls smoky quartz at first glance. At 7 on the Mohs scale it is almost as hard as quartz."},
	{"ko-KR", "액시나이트는 석영이나 토파즈보다 무릅니다."},
	{"ko-KR", "액시나이트는 석영과 토파즈보다 무릅니다."},
	{"de-DE", "Axinit ist fast so hart wie Quarz."},
	{"fr-FR", "L'axinite est presque aussi dure que le quartz."},
	{"es-ES", "La axinita es casi tan dura como el cuarzo."},
	{"it-IT", "L'axinite è quasi dura quanto il quarzo."},
	{"pt-BR", "A axinita é quase tão dura quanto o quartzo."},
	{"nl-NL", "Axiniet is bijna even hard als kwarts."},
	{"da-DK", "Axinit er næsten lige så hård som kvarts."},
	{"nb-NO", "Aksinitt er nesten like hard som kvarts."},
	{"fi-FI", "Aksiniitti on lähes yhtä kova kuin kvartsi."},
	{"pl-PL", "Aksynit jest prawie tak twardy jak kwarc."},
	{"cs-CZ", "Axinit je téměř stejně tvrdý jako křemen."},
	{"el-GR", "Ο αξινίτης είναι σχεδόν τόσο σκληρός όσο ο χαλαζίας."},
	{"tr-TR", "Aksinit neredeyse kuvars kadar serttir."},
	{"ko-KR", "액시나이트는 석영만큼 단단합니다."},
	{"zh-CN", "斧石几乎和石英一样硬。"},
}

// cmp63 a diamond named as the standard of a comparison of a quality
// (16 CFR 23.12: none of the piece's): "nemá ohnivost diamantu", 不如鑽石.
var cmp63Diamond = [][2]string{
	{"cs-CZ", "Je měkčí než křemen a nemá ohnivost diamantu, takže se leskne klidně."},
	{"zh-TW", "它比石英柔軟，火彩也不如鑽石強烈，散發如清水般沉靜的光芒。"},
	{"zh-CN", "它比石英柔软，火彩也不如钻石强烈。"},
	{"en-US", "It is softer than quartz and lacks the fire of diamond, so it shines calmly."},
	{"en-US", "It is softer than quartz and has less fire than diamond."},
	{"de-DE", "Er ist weicher als Quarz und hat nicht das Feuer des Diamanten."},
	{"fr-FR", "Elle est plus tendre que le quartz et n'a pas le feu du diamant."},
	{"es-ES", "Es más blanda que el cuarzo y no tiene el fuego del diamante."},
	{"pl-PL", "Jest bardziej miękki niż kwarc i nie ma ognia diamentu."},
}

// TestKindsCmp63: another material named in a comparison in copy that
// explains the piece's own (released 62A cs-CZ and zh-TW 62A04-1, probe
// 62C ko-KR 62C02-1/-3, probe 62D sv-SE 62D02-1) is not the piece's.
func TestKindsCmp63(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(c63Niobium, false, cmp63Coordinated, cmp63SamePrinciple)...)
	rows = append(rows, pairRows(c63Axinite, false, cmp63Equative)...)
	rows = append(rows, pairRows(c63Petalite, false, cmp63Diamond)...)
	checkKindRows(t, svc, "", rows)
}

// TestKindsCmp63Bad: the piece said to be the material, or likened to a
// diamond, still blocks.
func TestKindsCmp63Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", []kindRow{
		{"ko-KR", "이 팔찌는 금입니다.", c63Niobium, true},
		{"ko-KR", "이 귀걸이는 금이나 은으로 만들었습니다.", c63Niobium, true},
		{"en-US", "These earrings are gold or silver.", c63Niobium, true},
		{"sv-SE", "Ringen är av kvarts.", c63Axinite, true},
		{"sv-SE", "Ringen är nästan lika hård som kvarts och fattad med kvarts.", c63Axinite, true},
		{"en-US", "The ring is set with quartz, almost as hard as axinite.", c63Axinite, true},
		{"en-US", "It has the fire of a diamond.", c63Petalite, true},
		{"cs-CZ", "Brož má ohnivost diamantu.", c63Petalite, true},
		{"zh-TW", "這枚胸針鑲嵌鑽石。", c63Petalite, true},
		{"ko-KR", "이 귀걸이는 티타늄도 들어 있습니다.", c63Niobium, true},
		{"en-GB", "Niobium is pure. These earrings are titanium, coloured by the same principle.", c63Niobium, true},
		{"en-GB", "Titanium takes its colour by the same principle.", c63Niobium, true},
		{"en-US", "It lacks nothing: the ring is set with diamond.", c63Petalite, true},
		{"ko-KR", "이 귀걸이는 금이나 은으로 도금했습니다.", c63Niobium, true},
	})
}
