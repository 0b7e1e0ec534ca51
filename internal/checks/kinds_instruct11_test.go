package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// instruct11Texts are one language's instruction lines (#13, eleventh
// session): the writing prompt's instructions on tone and on the form of
// address (internal/prompts: "Brand voice", the locale pack's register
// line) echoed in the copy's language, which must block, and copy that
// shares their words (a story to write, a warm tone of the metal), which
// must pass.
type instruct11Texts struct {
	instr [2]string
	copy  [2]string
}

var instruct11ByLang = map[string]instruct11Texts{
	"en": {[2]string{"Write in a warm, friendly tone, addressing the reader as you.", "Address the reader formally throughout."},
		[2]string{"Write your own story with this bracelet; it is a piece to write home about.", "Its warm tone suits every outfit."}},
	"fr": {[2]string{"Rédigez dans un ton chaleureux et vouvoyez le lecteur.", "Écris sur un ton chaleureux et tutoie la lectrice."},
		[2]string{"Écrivez votre propre histoire avec ce bracelet.", "Son ton chaud sublime toutes les tenues."}},
	"de": {[2]string{"Schreiben Sie in einem warmen, freundlichen Ton.", "Verwende die Sie-Form und sprich den Leser direkt an."},
		[2]string{"Schreiben Sie Ihre eigene Geschichte mit diesem Armband.", "Der warme Ton des Silbers passt zu jedem Outfit."}},
	"it": {[2]string{"Scrivi con un tono caldo e amichevole.", "Dai del Lei al lettore in tutto il testo."},
		[2]string{"Scrivi la tua storia con questo bracciale.", "Il suo tono caldo valorizza ogni outfit."}},
	"es": {[2]string{"Escribe en un tono cálido y cercano.", "Trata al lector de usted en todo el texto."},
		[2]string{"Escribe tu propia historia con esta pulsera.", "Su tono cálido favorece a todos los looks."}},
	"pt": {[2]string{"Escreva num tom caloroso e próximo.", "Trate o leitor por você em todo o texto."},
		[2]string{"Escreva a sua própria história com esta pulseira.", "O seu tom quente valoriza todos os looks."}},
	"nl": {[2]string{"Schrijf in een warme, vriendelijke toon.", "Spreek de lezer aan met je en jij."},
		[2]string{"Schrijf je eigen verhaal met deze armband.", "De warme toon van het zilver past bij elke outfit."}},
	"da": {[2]string{"Skriv i en varm og venlig tone, og tiltal læseren med du.", "Tiltal læseren med du i hele teksten."},
		[2]string{"Skriv din egen historie med dette smukke armbånd i sterlingsølv.", "Sølvets varme tone klæder ethvert outfit, både til hverdag og fest."}},
	"nb": {[2]string{"Skriv i en varm og vennlig tone, og tiltal leseren med du.", "Tiltal leseren med du i hele teksten."},
		[2]string{"Skriv din egen historie med dette vakre armbåndet i sterlingsølv.", "Sølvets varme tone kler ethvert antrekk, både til hverdags og til fest."}},
	"sv": {[2]string{"Skriv i en varm och vänlig ton.", "Tilltala läsaren med du i hela texten."},
		[2]string{"Skriv din egen historia med det här armbandet.", "Silvrets varma ton klär alla outfits."}},
	"fi": {[2]string{"Kirjoita lämpimällä ja ystävällisellä sävyllä.", "Puhuttele lukijaa sinuttelemalla koko tekstissä."},
		[2]string{"Kirjoita oma tarinasi tämän rannekorun kanssa.", "Hopean lämmin sävy sopii jokaiseen asuun."}},
	"pl": {[2]string{"Pisz ciepłym, przyjaznym tonem.", "Zwracaj się do czytelnika per Ty w całym tekście."},
		[2]string{"Napisz własną historię z tą bransoletką.", "Ciepły ton srebra pasuje do każdej stylizacji."}},
	"cs": {[2]string{"Piš vřelým a přátelským tónem.", "Oslovuj čtenáře vykáním v celém textu."},
		[2]string{"Napište svůj vlastní příběh s tímto náramkem.", "Teplý tón stříbra sluší každému outfitu."}},
	"tr": {[2]string{"Sıcak ve samimi bir tonda, siz hitabıyla yaz.", "Okuyucuya siz diye hitap edin."},
		[2]string{"Bu bileklikle kendi hikayenizi yazın; her yaşa hitap eden bir tasarım.", "Sıcak bir tonda parlayan bu bileklik yaz akşamlarının vazgeçilmezi."}},
	"el": {[2]string{"Γράψε με ζεστό και φιλικό τόνο.", "Απευθύνσου στον αναγνώστη στον πληθυντικό ευγενείας."},
		[2]string{"Γράψτε τη δική σας ιστορία με αυτό το βραχιόλι.", "Ο ζεστός τόνος του ασημιού ταιριάζει με κάθε ντύσιμο."}},
	"ar": {[2]string{"اكتب بنبرة دافئة وودودة.", "خاطب القارئ بصيغة الاحترام في النص كله."},
		[2]string{"اكتبي قصتك الخاصة مع هذا السوار.", "يناسب اللون الدافئ للفضة كل إطلالة."}},
	"ja": {[2]string{"温かく親しみやすいトーンで書いてください。", "読者には敬語で語りかけてください。"},
		[2]string{"このブレスレットと一緒に、あなただけの物語を紡いでください。", "シルバーの温かなトーンはどんな装いにもなじみます。"}},
	"ko": {[2]string{"따뜻하고 친근한 어조로 작성하세요.", "독자에게 존댓말로 말하세요."},
		[2]string{"이 팔찌와 함께 당신만의 이야기를 써 보세요.", "실버의 따뜻한 톤은 어떤 룩에도 잘 어울립니다."}},
	"zh-CN": {[2]string{"用温暖亲切的语气撰写。", "以“您”称呼读者。"},
		[2]string{"与这条手链一起书写属于您的故事。", "银饰温暖的色调适合各种穿搭。"}},
	"zh-TW": {[2]string{"用溫暖親切的語氣撰寫。", "以「您」稱呼讀者。"},
		[2]string{"與這條手鍊一起書寫屬於您的故事。", "銀飾溫暖的色調適合各種穿搭。"}},
}

// TestKindsInstruct11 (#13, eleventh session: released11b tr-TR "Sıcak ve
// samimi bir tonda, siz hitabıyla yaz." passed): an instruction to the
// writer on its tone or on the form of address (the prompt's brand voice
// and register lines, internal/prompts and the locale packs' formality
// prompt) blocks as injection in every supported locale, in the copy's
// language; a story to write and the warm tone of the metal pass.
func TestKindsInstruct11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var instr, copy []lt
	perLocale(t, instruct11ByLang, "instruct11", func(loc string, x instruct11Texts, in func([]string) []lt) {
		instr = append(instr, in(x.instr[:])...)
		copy = append(copy, in(x.copy[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"copy", plainCuff, "", copy},
		{"instruction", plainCuff, CatInjection, instr},
	})
}
