package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsEnglishFragmentScripts (#13, english_fragment): an untranslated
// English phrase inside copy of every other locale blocks, in Latin
// scripts and beside Greek, Arabic, Cyrillic-free CJK and Hangul text
// alike; English loanwords, the brand and collection names and the
// product's name do not, and English copy is never foreign.
func TestKindsEnglishFragmentScripts(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	inColl := silverNecklace
	inColl.Collection = "Reflexions"
	runKinds(t, c, guide(t), []kindTable{
		{"english phrase", silverNecklace, CatLocale, []lt{
			{"fr-FR", "Ce collier en argent se porte seul, a lovely gift for her birthday."},
			{"fr-CA", "Ce collier en argent brille doucement, so easy to wear every day."},
			{"de-DE", "Die Kette aus Silber ist schlicht, just perfect for your everyday look."},
			{"it-IT", "La collana in argento è semplice, made to be worn every single day."},
			{"es-ES", "El collar de plata es sencillo, the perfect finishing touch for any outfit."},
			{"es-MX", "El collar de plata brilla, a little treat you will love forever."},
			{"pt-BR", "O colar de prata é delicado, a sweet reminder of someone special."},
			{"pt-PT", "O colar de prata é discreto, made with love for the one you adore."},
			{"nl-NL", "De ketting van zilver is subtiel, a timeless piece you will keep forever."},
			{"da-DK", "Halskæden i sølv er enkel, the kind of piece you wear every day."},
			{"nb-NO", "Halskjedet i sølv er enkelt, a gift she will treasure for years."},
			{"sv-SE", "Halsbandet i silver är enkelt, a keepsake to treasure for a lifetime."},
			{"fi-FI", "Hopeinen kaulakoru on yksinkertainen, the perfect gift for your best friend."},
			{"pl-PL", "Naszyjnik ze srebra jest prosty, a beautiful way to say thank you."},
			{"cs-CZ", "Náhrdelník ze stříbra je jednoduchý, a little sparkle for every day."},
			{"el-GR", "Το ασημένιο κολιέ είναι απλό, a perfect gift for someone you love."},
			{"tr-TR", "Gümüş kolye sade bir tasarım, the perfect gift for your mum."},
			{"ar-AE", "القلادة الفضية بسيطة وأنيقة، a lovely gift for someone special."},
			{"ja-JP", "シルバーのネックレスは、a lovely gift for someone special です。"},
			{"ko-KR", "실버 목걸이는 a perfect gift for your best friend 입니다."},
			{"zh-CN", "这条银项链简约大方，a lovely gift for someone special。"},
			{"zh-TW", "這條銀項鍊簡約大方，the perfect gift for your best friend。"},
		}},
		{"english words other languages share, in another script", silverNecklace, CatLocale, []lt{
			{"el-GR", "Το ασημένιο κολιέ είναι elegant and modern για κάθε μέρα."},
			{"ar-AE", "القلادة الفضية elegant and modern لكل يوم."},
			{"ja-JP", "シルバーのネックレスは elegant and modern な印象です。"},
			{"ko-KR", "실버 목걸이는 elegant and modern 한 느낌입니다."},
			{"zh-CN", "这条银项链 elegant and modern，适合日常佩戴。"},
			{"zh-TW", "這條銀項鍊 elegant and modern，適合日常佩戴。"},
			{"pl-PL", "Naszyjnik ze srebra, crafted for graceful women."},
			{"de-DE", "Die Kette aus Silber, handcrafted for radiant women."},
		}},
		{"loanwords and names", inColl, "", []lt{
			{"en-GB", "A lovely gift for someone special, perfect for every day."},
			{"en-US", "The perfect gift for your best friend."},
			{"en-AU", "A little sparkle for every day."},
			{"fr-FR", "Ce collier en argent est un indispensable de votre look."},
			{"de-DE", "Die Kette aus Silber ist ein echtes Must-have für jedes Outfit."},
			{"ja-JP", "シルバーのネックレスはギフトにもおすすめです。"},
			{"zh-CN", "这条银项链简约大方，适合日常佩戴。"},
			{"ko-KR", "실버 목걸이는 데일리 룩에 잘 어울립니다."},
			{"ja-JP", "Aurelia の Reflexions コレクションのネックレスです。"},
			{"el-GR", "Το κολιέ της συλλογής Reflexions από την Aurelia."},
		}},
	})
}
