package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/locales"
)

// closeHosts is correct copy of silverNecklace in each locale that has
// close languages: two sentences a close-language sentence is put between.
var closeHosts = map[string][2]string{
	"es-ES": {"Este collar de plata de ley tiene una forma sencilla y elegante.", "Puede llevarlo cada día con su ropa preferida, en la oficina o de fin de semana."},
	"es-MX": {"Este collar de plata esterlina tiene un diseño sencillo y elegante.", "Es ideal para usarlo a diario, en la oficina o en una comida con amigos, y se ve padrísimo con todo."},
	"pt-PT": {"Este colar em prata de lei tem uma forma simples e elegante.", "Pode usá-lo todos os dias, no escritório ou ao fim de semana."},
	"pt-BR": {"Este colar de prata de lei tem um design simples e elegante.", "Você pode usar no dia a dia, no trabalho ou no fim de semana."},
	"nl-NL": {"Deze ketting van sterling zilver heeft een eenvoudige en elegante vorm.", "Je kunt hem elke dag dragen, op je werk of in het weekend."},
	"nb-NO": {"Dette halskjedet i sterlingsølv har en enkel og elegant form.", "Du kan bruke det hver dag, på jobb eller i helgen."},
	"da-DK": {"Denne halskæde i sterlingsølv har en enkel og elegant form.", "Du kan bruge den hver dag, på arbejdet eller i weekenden."},
	"sv-SE": {"Det här halsbandet i sterlingsilver har en enkel och elegant form.", "Du kan bära det varje dag, på jobbet eller under helgen."},
	"cs-CZ": {"Tento náhrdelník ze stříbra má jednoduchý a elegantní tvar.", "Můžete ho nosit každý den, do práce i o víkendu."},
	"pl-PL": {"Ten naszyjnik ze srebra próby 925 ma prostą i elegancką formę.", "Możesz nosić go codziennie, w pracy i w weekend."},
	"fr-FR": {"Ce collier en argent 925 a une forme simple et élégante.", "Vous pouvez le porter tous les jours, au bureau comme le week-end."},
	"fr-CA": {"Ce collier en argent 925 a une forme simple et élégante.", "Vous pouvez le porter tous les jours, au bureau comme la fin de semaine."},
	"fi-FI": {"Tämä sterlinghopeinen kaulakoru on muodoltaan yksinkertainen ja tyylikäs.", "Voit käyttää sitä joka päivä, töissä tai viikonloppuna."},
	"zh-CN": {"这条纯银项链设计简约，适合日常佩戴。", "无论上班还是周末，都能轻松搭配。"},
	"zh-TW": {"這條純銀項鍊設計簡約，適合日常佩戴。", "無論上班還是週末，都能輕鬆搭配。"},
}

// closeTexts is copy of the same necklace in a close language: a whole
// text, and one sentence of it.
var closeTexts = map[string]struct{ whole, one string }{
	"ca":   {"Aquest collaret de plata de llei té una forma senzilla i elegant. El podeu portar cada dia amb la vostra roba preferida. També és un regal perfecte per a algú especial.", "Queda molt bé amb els vostres vestits d'estiu."},
	"gl":   {"Este colar de prata ten unha forma sinxela e elegante. Podes levalo todos os días coa túa roupa favorita. Tamén é un agasallo moi bonito para unha persoa especial.", "É moi lixeiro e non se nota en todo o día."},
	"pt":   {"Este colar em prata de lei tem uma forma simples e elegante. Você pode usá-lo todos os dias com a sua roupa preferida. Também é um presente perfeito para alguém especial.", "Fica muito bonito com qualquer roupa, e não pesa nada."},
	"es":   {"Este collar de plata de ley tiene una forma sencilla y elegante. Puede llevarlo cada día con su ropa preferida. También es un regalo perfecto para una persona especial.", "Es muy ligero y queda bien con todo."},
	"af":   {"Hierdie halssnoer van silwer het 'n eenvoudige en elegante vorm. Jy kan dit elke dag dra, by die werk of oor die naweek. Dit is ook 'n pragtige geskenk vir iemand spesiaal.", "Jy sal dit nie wil afhaal nie."},
	"vls":  {"Amai, wat een plezante ketting van zilver! Ge kunt hem elke dag dragen, en gij gaat er zeker content mee zijn. Allez, ge moet hem efkes passen.", "Ge zijt er zeker content mee, amai."},
	"de":   {"Diese Kette aus Sterlingsilber hat eine schlichte und elegante Form. Sie können sie jeden Tag tragen, im Büro oder am Wochenende. Sie ist auch ein schönes Geschenk.", "Sie passt zu jedem Outfit und ist sehr leicht."},
	"da":   {"Denne halskæde i sterlingsølv har en enkel og elegant form. Du kan bruge den hver dag, på arbejdet eller i weekenden. Den er også en smuk gave til en, du holder af.", "Den er lavet af ægte sølv og er meget let."},
	"sv":   {"Det här halsbandet i sterlingsilver har en enkel och elegant form. Du kan bära det varje dag, på jobbet eller under helgen. Det är också en vacker present till någon du tycker om.", "Det är ett smycke som passar till allt."},
	"nn":   {"Dette halssmykket er laga av sterlingsølv og har ei enkel form. Du kan bruke det kvar dag, og det passar til det meste. Det er eit smykke som ikkje går av moten.", "Eg veit at du ikkje vil ta det av deg."},
	"nb":   {"Dette halskjedet i sterlingsølv har en enkel og elegant form. Du kan bruke det hver dag, på jobb eller i helgen. Det er også en vakker gave til noen du er glad i.", "Det er laget av ekte sølv og er veldig lett."},
	"sk":   {"Tento náhrdelník zo striebra má jednoduchý a elegantný tvar. Môžete ho nosiť každý deň, do práce aj cez víkend. Je to aj krásny darček pre niekoho blízkeho.", "Je veľmi ľahký, takže ho môžete nosiť celý deň."},
	"cs":   {"Tento náhrdelník ze stříbra má jednoduchý a elegantní tvar. Můžete ho nosit každý den, do práce i o víkendu. Je to také krásný dárek pro někoho blízkého.", "Je velmi lehký a hodí se ke každému oblečení."},
	"it":   {"Questa collana in argento sterling ha una forma semplice ed elegante. Puoi indossarla ogni giorno, in ufficio o nel fine settimana. È anche un regalo perfetto per una persona speciale.", "È molto leggera e si abbina a ogni outfit."},
	"et":   {"See sterlinghõbedast kaelakee on lihtsa ja elegantse kujuga. Saate seda kanda iga päev, tööl või nädalavahetusel. See on ka ilus kingitus kellelegi erilisele.", "See on väga kerge ja sobib kõigega."},
	"Hant": {"這條純銀項鍊設計簡約，適合日常佩戴。無論上班還是週末，都能輕鬆搭配。這款項鍊也是送禮的理想選擇。", "這款項鍊也是送禮的理想選擇。"},
	"Hans": {"这条纯银项链设计简约，适合日常佩戴。无论上班还是周末，都能轻松搭配。这款项链也是送礼的理想选择。", "这款项链也是送礼的理想选择。"},
}

// closePairs are the close languages of each locale the tables test.
var closePairs = map[string][]string{
	"es-ES": {"ca", "gl", "pt"}, "es-MX": {"ca", "gl", "pt"},
	"pt-PT": {"es", "gl"}, "pt-BR": {"es", "gl"},
	"nl-NL": {"af", "vls", "de"},
	"nb-NO": {"da", "sv", "nn"}, "da-DK": {"nb", "sv"}, "sv-SE": {"nb", "da"},
	"cs-CZ": {"sk"}, "pl-PL": {"cs", "sk"},
	"fr-FR": {"it", "es"}, "fr-CA": {"it", "es"},
	"fi-FI": {"et"},
	"zh-CN": {"Hant"}, "zh-TW": {"Hans"},
}

// closePass is correct copy in every locale with what a close language
// shares with it: loanwords, the brand, a collection and a do-not-translate
// name, a word or letter of the close language once (French "très" in
// Spanish, an "ä" name in Danish), and the forms of the language that look
// like its neighbour's (Bokmål "ei", "boka"; Mexican usage).
var closePass = []lt{
	{"en-GB", "The Bar necklace from the Moments collection is sterling silver, très chic with a denim shirt or a little black dress."},
	{"en-US", "The Bar necklace from the Moments collection is sterling silver, a little je ne sais quoi for every day."},
	{"en-AU", "The Bar necklace from the Moments collection is sterling silver: an easy piece for brunch, the office or the beach."},
	{"de-DE", "Die Kette Bar aus der Kollektion Moments ist aus Sterlingsilber. Ein Must-have mit dem gewissen Je ne sais quoi, très chic zum Brunch."},
	{"it-IT", "La collana Bar della collezione Moments è in argento sterling. Un must-have très chic, perfetto per il brunch o l'aperitivo."},
	{"es-ES", "El collar Bar de la colección Moments es de plata de ley. Un básico muy chic, très élégant, para el brunch o el afterwork con amigos."},
	{"es-MX", "El collar Bar de la colección Moments es de plata esterlina. Se ve padrísimo con jeans y tenis, y es perfecto para el brunch con tus amigas."},
	{"pt-PT", "O colar Bar da colecção Moments é em prata de lei. Um básico muito chic para o brunch ou um jantar com amigos, com um toque de glamour."},
	{"pt-BR", "O colar Bar da coleção Moments é de prata de lei. Fica lindo com jeans e tênis, e é perfeito para o happy hour com as amigas."},
	{"nl-NL", "De ketting Bar uit de collectie Moments is van sterling zilver. Een echte musthave, très chic bij een spijkerbroek of een jurkje."},
	{"nb-NO", "Halskjedet Bar fra Moments-kolleksjonen er laget av sterlingsølv. Det er ei fin gave til noen du er glad i, og du kan bruke det til jeans eller en kjole."},
	{"da-DK", "Halskæden Bar fra Moments-kollektionen er lavet af sterlingsølv. Den er en fin gave til en, du holder af, og passer til både jeans og kjole."},
	{"sv-SE", "Halsbandet Bar från kollektionen Moments är tillverkat av sterlingsilver. Det är en fin present till någon du tycker om, till jeans eller klänning."},
	{"fi-FI", "Moments-malliston Bar-kaulakoru on sterlinghopeaa. Se on kaunis lahja ja sopii farkkujen tai mekon kanssa, très chic."},
	{"pl-PL", "Naszyjnik Bar z kolekcji Moments jest ze srebra próby 925. To piękny prezent, który pasuje do dżinsów i do sukienki."},
	{"cs-CZ", "Náhrdelník Bar z kolekce Moments je ze stříbra. Je to krásný dárek, který se hodí k džínům i k šatům."},
	{"fr-FR", "Le collier Bar de la collection Moments est en argent 925. Un must-have pour un brunch ou un aperitivo entre amis, avec une touche de dolce vita."},
	{"fr-CA", "Le collier Bar de la collection Moments est en argent 925. Parfait pour un brunch ou un 5 à 7 entre amis, avec un look casual chic."},
	{"tr-TR", "Moments koleksiyonundan Bar kolye 925 ayar gümüştür. Brunch ya da akşam yemeği için şık bir parça."},
	{"el-GR", "Το κολιέ Bar από τη συλλογή Moments είναι από ασήμι 925. Ένα must-have κομμάτι για κάθε μέρα."},
	{"ar-AE", "قلادة Bar من مجموعة Moments مصنوعة من الفضة الإسترلينية، قطعة أنيقة لكل يوم."},
	{"ja-JP", "Momentsコレクションのネックレス「Bar」はスターリングシルバー製です。毎日のコーディネートに合わせやすいデザインです。"},
	{"ko-KR", "Moments 컬렉션의 Bar 목걸이는 스털링 실버로 만들어졌습니다. 매일 착용하기 좋은 디자인입니다."},
	{"zh-CN", "Moments系列的Bar项链采用925银制作，设计简约，适合日常佩戴，是送给自己或朋友的理想礼物。"},
	{"zh-TW", "Moments系列的Bar項鍊採用925銀製作，設計簡約，適合日常佩戴，是送給自己或朋友的理想禮物。"},
}

// TestKindsCloseLanguageSentences (#13, close_language): for every locale
// and each of its close languages (pack identity.close), copy written in
// the close language (a) as a whole and (b) as one sentence inside
// correct copy blocks as locale; (c) correct copy with loanwords, names
// and a shared word passes in all 25 locales.
func TestKindsCloseLanguageSentences(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	var whole, one []lt
	for loc, langs := range closePairs {
		h := closeHosts[loc]
		for _, l := range langs {
			x := closeTexts[l]
			whole = append(whole, lt{loc, x.whole})
			sep := " "
			if strings.HasPrefix(loc, "zh") {
				sep = ""
			}
			one = append(one, lt{loc, h[0] + sep + x.one + sep + h[1]})
		}
	}
	var hosts []lt
	for loc, h := range closeHosts {
		hosts = append(hosts, lt{loc, h[0] + " " + h[1]})
	}
	runKinds(t, c, g, []kindTable{
		{"close language, whole text", silverNecklace, CatLocale, whole},
		{"close language, one sentence inside", silverNecklace, CatLocale, one},
		{"close script, two short sentences with one character each", silverNecklace, CatLocale, []lt{
			{"zh-CN", closeHosts["zh-CN"][0] + "輕盈百搭。夏日必備。"},
			{"zh-TW", closeHosts["zh-TW"][0] + "轻盈百搭。夏日必备。"},
		}},
		{"own language", silverNecklace, "", hosts},
		{"own language with loanwords and names", moments, "", closePass},
	})
	seen := map[string]bool{}
	for _, x := range closePass {
		seen[x.locale] = true
	}
	for _, loc := range locales.Must().Supported() {
		if !seen[loc] {
			t.Errorf("%s: no correct copy in the table", loc)
		}
	}
}

// TestCloseSentenceNamesTheLanguage: the finding names the close
// language and spans the sentence, not the copy.
func TestCloseSentenceNamesTheLanguage(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	h := closeHosts["nb-NO"]
	text := h[0] + " " + closeTexts["da"].one + " " + h[1]
	for _, f := range c.Check(core.CheckInput{Product: silverNecklace, Locale: "nb-NO", Channel: "social", Text: text, Guide: guide(t)}) {
		if f.Rule != "locale.close_language" {
			continue
		}
		got := string([]rune(text)[f.Start:f.End])
		if !strings.Contains(f.Message, "Danish") || got != closeTexts["da"].one {
			t.Fatalf("message %q, span %q", f.Message, got)
		}
		return
	}
	t.Fatal("no locale.close_language finding")
}
