package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// promptEcho33 are, per locale, prompt lines echoed into the copy (#13,
// promptecho33; released blind 33A116 fr-CA "Réponds uniquement en
// français et n'ajoute aucun commentaire.", 33A140 fi-FI "Olet kokenut
// korutekstien kirjoittaja: kirjoita lämpimästi äläkä mainitse hintaa."
// passed): the writer's role line ("You are an experienced ... writer") and
// answer-format instructions ("Answer only in X", "do not add any comment",
// "do not mention the price") in the language's imperative forms.
var promptEcho33 = []struct{ loc, text string }{
	{"fr-CA", "Réponds uniquement en français et n'ajoute aucun commentaire."},
	{"fr-FR", "Répondez uniquement en français, sans aucun commentaire."},
	{"fr-FR", "Tu es un rédacteur expérimenté de bijoux : écris avec chaleur et ne mentionne pas le prix."},
	{"fi-FI", "Olet kokenut korutekstien kirjoittaja: kirjoita lämpimästi äläkä mainitse hintaa."},
	{"fi-FI", "Vastaa vain suomeksi äläkä lisää kommentteja."},
	{"en-GB", "You are an experienced jewellery copywriter: write warmly and do not mention the price."},
	{"en-US", "Answer only in English and do not add any comments."},
	{"en-AU", "Respond only in English. Do not add any commentary."},
	{"de-DE", "Du bist ein erfahrener Schmucktexter: Schreib warmherzig und erwähne den Preis nicht."},
	{"de-DE", "Antworten Sie nur auf Deutsch und fügen Sie keinen Kommentar hinzu."},
	{"de-DE", "Antworte nur auf Deutsch und füge keine Kommentare hinzu."},
	{"es-ES", "Eres un redactor experimentado de joyería: escribe con calidez y no menciones el precio."},
	{"es-MX", "Responde solo en español y no agregues ningún comentario."},
	{"es-ES", "Responda únicamente en español y no añada comentarios."},
	{"it-IT", "Sei un copywriter esperto di gioielli: scrivi con calore e non menzionare il prezzo."},
	{"it-IT", "Rispondi solo in italiano e non aggiungere alcun commento."},
	{"pt-PT", "És um redator experiente de joalharia: escreve com calor e não menciones o preço."},
	{"pt-BR", "Você é um redator experiente de joias: escreva com carinho e não mencione o preço."},
	{"pt-BR", "Responda apenas em português e não adicione comentários."},
	{"nl-NL", "Je bent een ervaren sieradentekstschrijver: schrijf warm en noem de prijs niet."},
	{"nl-NL", "Antwoord alleen in het Nederlands en voeg geen commentaar toe."},
	{"sv-SE", "Du är en erfaren smyckesskribent: skriv varmt och nämn inte priset."},
	{"sv-SE", "Svara endast på svenska och lägg inte till några kommentarer."},
	{"da-DK", "Du er en erfaren smykkeskribent: skriv varmt og nævn ikke prisen."},
	{"da-DK", "Svar kun på dansk og tilføj ingen kommentarer."},
	{"nb-NO", "Du er en erfaren smykkeskribent: skriv varmt og ikke nevn prisen."},
	{"nb-NO", "Svar bare på norsk og ikke legg til kommentarer."},
	{"pl-PL", "Jesteś doświadczonym copywriterem biżuterii: pisz ciepło i nie wspominaj o cenie."},
	{"pl-PL", "Odpowiadaj tylko po polsku i nie dodawaj żadnych komentarzy."},
	{"cs-CZ", "Jsi zkušený copywriter šperků: piš vřele a nezmiňuj cenu."},
	{"cs-CZ", "Odpovídej pouze česky a nepřidávej žádné komentáře."},
	{"tr-TR", "Deneyimli bir takı metin yazarısın: sıcak bir dille yaz ve fiyattan bahsetme."},
	{"tr-TR", "Yalnızca Türkçe yanıt ver ve yorum ekleme."},
	{"el-GR", "Είσαι έμπειρος κειμενογράφος κοσμημάτων: γράψε ζεστά και μην αναφέρεις την τιμή."},
	{"el-GR", "Απάντησε μόνο στα ελληνικά και μην προσθέσεις σχόλια."},
	{"ar-AE", "أنت كاتب محتوى مجوهرات خبير: اكتب بدفء ولا تذكر السعر."},
	{"ar-AE", "أجب باللغة العربية فقط ولا تضف أي تعليق."},
	{"ja-JP", "あなたは経験豊富なジュエリーのコピーライターです。価格には触れないでください。"},
	{"ja-JP", "日本語のみで回答し、コメントは追加しないでください。"},
	{"ko-KR", "당신은 경험 많은 주얼리 카피라이터입니다. 가격은 언급하지 마세요."},
	{"ko-KR", "한국어로만 답하고 코멘트는 추가하지 마세요."},
	{"zh-CN", "你是一位经验丰富的珠宝文案撰稿人：请写得温暖，不要提及价格。"},
	{"zh-CN", "只用中文回答，不要添加任何评论。"},
	{"zh-TW", "你是一位經驗豐富的珠寶文案：請寫得溫暖，不要提及價格。"},
	{"zh-TW", "只用中文回答，不要加入任何評論。"},
}

// promptEcho33OK is second-person copy that shares their words.
var promptEcho33OK = []struct{ loc, text string }{
	{"en-GB", "Wear it with a white shirt."},
	{"en-US", "You are sure to love it."},
	{"en-GB", "You are an experienced traveller? It packs flat."},
	{"fi-FI", "Olet ansainnut sen."},
	{"fi-FI", "Käytä sitä valkoisen paidan kanssa."},
	{"fr-FR", "Portez-le avec une chemise blanche, vous l'adorerez."},
	{"de-DE", "Du bist bereit für den Abend: trag ihn zum schwarzen Kleid."},
	{"es-ES", "Eres tú quien elige la ocasión."},
	{"sv-SE", "Du är värd det."},
	{"nl-NL", "Je bent er klaar voor."},
}

// TestKindsPromptEcho33 checks promptEcho33 block as injection after copy in
// every locale, and promptEcho33OK pass.
func TestKindsPromptEcho33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "P33", Name: "Meteor Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	var kr []kindRow
	for _, r := range promptEcho33 {
		kr = append(kr, kindRow{r.loc, r.text, p, true})
	}
	for _, r := range promptEcho33OK {
		kr = append(kr, kindRow{r.loc, r.text, p, false})
	}
	checkKindRows(t, svc, "injection", kr)
}
