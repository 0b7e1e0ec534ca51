package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsCosmeticHomograph9 (#13, lang9): an enamel word that is also a
// cosmetic (Italian smalto, Spanish and Portuguese esmalte: nail polish) is
// the wearer's nail polish when it is theirs ("il tuo smalto", "teu
// esmalte"), nude, their favourite or what they wear ("che porti"), as
// "smalto per unghie" was: the copy passes on a product without enamel;
// enamel said of the piece still blocks there, in every locale, and
// passes on an enamelled piece. "Perfetto con uno smalto rosso" is left
// to the grounding of what a piece goes with (ctx9).
func TestKindsCosmeticHomograph9(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	enamelCuff := plainCuff
	enamelCuff.Materials = []string{"enamel"}
	enamelCuff.Colours = []string{"silver", "blue"}
	rows := []struct {
		loc, text string
		enamel    bool
		want      bool // blocks
	}{
		{"it-IT", "Abbinalo a uno smalto rosso per un look deciso.", false, false},
		{"it-IT", "Sta benissimo con il tuo smalto preferito.", false, false},
		{"es-ES", "Queda perfecto con tu esmalte nude de siempre.", false, false},
		{"pt-BR", "Fica perfeita com o esmalte nude que você usa todo dia.", false, false},
		{"pt-BR", "Fica linda com seu esmalte vermelho preferido.", false, false},
		{"fr-FR", "Parfait avec le vernis nude que vous portez chaque jour.", false, false},
		{"fr-FR", "Parfait avec votre vernis rouge préféré.", false, false},
		{"de-DE", "Perfekt zu Ihrem roten Lieblingsnagellack.", false, false},
		{"en-GB", "Perfect with your favourite red nail enamel.", false, false},
		{"it-IT", "Perfetto con lo smalto nude che porti ogni giorno.", false, false},
		{"it-IT", "Indossalo con uno smalto per unghie bordeaux.", false, false},
		{"it-IT", "Il bracciale è decorato con smalto rosso.", false, true},
		{"it-IT", "Il bracciale è decorato con smalto blu.", true, false},
		{"it-IT", "Un tocco di smalto nero illumina la superficie.", false, true},
		{"es-ES", "Combínalo con un esmalte rojo para un look atrevido.", false, false},
		{"es-ES", "El brazalete está decorado con esmalte rojo.", false, true},
		{"es-MX", "Combínalo con tu esmalte de uñas favorito.", false, false},
		{"pt-BR", "Combine com um esmalte vermelho para um visual marcante.", false, false},
		{"pt-BR", "A pulseira é decorada com esmalte vermelho.", false, true},
		{"pt-PT", "Combine-a com um verniz vermelho para um visual marcante.", false, false},
		{"fr-FR", "Associez-le à un vernis rouge pour un look affirmé.", false, false},
		{"fr-FR", "Le jonc est décoré d'émail rouge.", false, true},
		{"de-DE", "Kombinieren Sie ihn mit rotem Nagellack.", false, false},
		{"de-DE", "Der Armreif ist mit rotem Lack verziert.", false, true},
		{"de-DE", "Der Armreif ist mit roter Emaille verziert.", false, true},
		{"nl-NL", "Combineer hem met rode nagellak.", false, false},
		{"nl-NL", "De armband is versierd met rode emaille.", false, true},
		{"en-GB", "Pair it with a red nail polish for a bold look.", false, false},
		{"en-GB", "Pair it with a satin dress for the evening.", false, false},
		{"en-GB", "The cuff is finished with red enamel.", false, true},
		{"en-GB", "Pair it with a coral lipstick.", false, false},
		{"da-DK", "Kombiner det med rød neglelak.", false, false},
		{"sv-SE", "Kombinera det med rött nagellack.", false, false},
		{"pl-PL", "Połącz ją z czerwonym lakierem do paznokci.", false, false},
		{"pl-PL", "Bransoletka jest ozdobiona czerwoną emalią.", false, true},
		{"cs-CZ", "Kombinujte ho s červeným lakem na nehty.", false, false},
		{"tr-TR", "Kırmızı ojeyle kombinleyin.", false, false},
		{"tr-TR", "Bileklik kırmızı emaye ile süslenmiştir.", false, true},
		{"el-GR", "Συνδυάστε το με κόκκινο βερνίκι νυχιών.", false, false},
		{"fi-FI", "Yhdistä se punaiseen kynsilakkaan.", false, false},
		{"ja-JP", "赤いネイルと合わせて。", false, false},
		{"ja-JP", "赤いエナメルで装飾されています。", false, true},
		{"ko-KR", "빨간 네일과 함께 매치해 보세요.", false, false},
		{"zh-CN", "搭配红色指甲油更出彩。", false, false},
		{"zh-CN", "手镯饰有红色珐琅。", false, true},
		{"ar-AE", "نسقيه مع طلاء أظافر أحمر.", false, false},
		{"nb-NO", "Kombiner det med rød neglelakk.", false, false},
		{"fr-CA", "Agencez-le à un vernis à ongles rouge.", false, false},
		{"en-US", "Pair it with red nail polish.", false, false},
		{"en-AU", "Pair it with red nail polish.", false, false},
		{"zh-TW", "搭配紅色指甲油更出彩。", false, false},
	}
	for _, x := range rows {
		lang := langOf(x.loc)
		host := lang6ByLang[lang].host
		if y, ok := lang6ByLang[x.loc]; ok {
			host = y.host
		}
		sep := " "
		if lang == "zh" || lang == "ja" {
			sep = ""
		}
		p := plainCuff
		if x.enamel {
			p = enamelCuff
		}
		txt := host + sep + x.text
		fs := c.Check(core.CheckInput{Product: p, Locale: x.loc, Channel: "marketplace", Text: txt, Guide: g})
		if core.Blocks(fs) != x.want {
			t.Errorf("%s want block=%v %q: %s", x.loc, x.want, txt, describe(fs, "", txt))
		}
	}
}
