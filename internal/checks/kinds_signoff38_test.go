package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsSignOff38: an assistant's sign-off offering revisions, left at
// the end of the copy (#13, signoff38; probe 38c's nb-NO 38C104-3, "Si
// gjerne fra hvis du vil at jeg skal korte ned teksten eller skrive en ny
// versjon!", passed). assistant_offer (data/*/concepts-offer12.yaml) pairs
// a request to be told with the writing revised within six words; the
// Norwegian head had "gjerne" inside it and its object ("teksten") stood
// eight words on, and the sign-offs whose only object is the length, or a
// pronoun, passed in sv, da, nb, fi, pl, cs, tr and ja. Now the writer
// naming itself as the one who would shorten or rewrite is the mark: a
// subordinate clause in the first person singular with a verb of
// shortening or rewriting ("at jeg skal korte ned", "att jag kortar",
// "at jeg forkorter", "että lyhennän", "żebym go skrócił", "mám
// zkrátit", "kısaltmamı isterseniz"), and in ja a request to be told
// whose object is the text made shorter or longer or another version
// (短くしたい場合はお知らせください), its unless words keeping the chain,
// its length or size, the store and its staff. Rows: the sign-off in 25
// locales (block injection), and customer-facing copy that must pass
// injection: the size, the initial, engraving, a chain shortened by the
// store or by "us" (the brand's first person plural).
func TestKindsSignOff38(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "SO38", Name: "Hammered ear clips", Category: "earrings", Collection: "Moments",
		Materials: []string{"brass", "gold-plated"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "18k"}},
		Colours: []string{"gold"}}
	var rows []kindRow
	for _, r := range [][2]string{
		{"en-GB", "Let me know if you'd like me to shorten it or write another version."},
		{"en-US", "Let me know if you want me to shorten the copy or try a different version!"},
		{"en-AU", "Just let me know if you'd like me to make it shorter."},
		{"de-DE", "Sag Bescheid, wenn ich den Text kürzen soll."},
		{"de-DE", "Sagen Sie Bescheid, wenn ich ihn kürzen oder eine andere Version schreiben soll."},
		{"fr-FR", "Dites-moi si vous souhaitez une autre version."},
		{"fr-CA", "Dites-moi si vous voulez que je raccourcisse le texte."},
		{"es-ES", "Avísame si quieres que lo acorte."},
		{"es-MX", "Avísame si quieres que lo acorte o que escriba otra versión."},
		{"it-IT", "Fammi sapere se vuoi che lo accorci o che ne scriva un'altra versione."},
		{"pt-PT", "Diga-me se quiser que o encurte."},
		{"pt-BR", "Me avise se quiser que eu encurte o texto ou escreva outra versão."},
		{"nl-NL", "Laat het me weten als je wilt dat ik de tekst inkort."},
		{"nl-NL", "Laat het me weten als ik het korter moet maken."},
		{"sv-SE", "Säg till om du vill att jag kortar ner texten eller skriver en ny version."},
		{"sv-SE", "Säg till om du vill att jag förkortar den."},
		{"da-DK", "Sig til, hvis du vil have, at jeg forkorter teksten."},
		{"da-DK", "Sig til, hvis du vil have en kortere version."},
		{"nb-NO", "Si gjerne fra hvis du vil at jeg skal korte ned teksten eller skrive en ny versjon!"},
		{"nb-NO", "Si fra om du vil at jeg skal forkorte den."},
		{"fi-FI", "Kerro, jos haluat että lyhennän tekstiä tai kirjoitan uuden version."},
		{"fi-FI", "Kerro, jos haluat, että lyhennän sitä."},
		{"pl-PL", "Daj znać, jeśli mam skrócić tekst albo napisać inną wersję."},
		{"pl-PL", "Daj znać, jeśli chcesz, żebym go skrócił."},
		{"cs-CZ", "Dej vědět, jestli to mám zkrátit nebo napsat jinou verzi."},
		{"cs-CZ", "Dejte vědět, jestli to mám zkrátit."},
		{"tr-TR", "Kısaltmamı isterseniz söyleyin."},
		{"tr-TR", "Metni kısaltmamı ya da yeni bir versiyon yazmamı isterseniz söyleyin."},
		{"el-GR", "Πείτε μου αν θέλετε να το συντομεύσω ή να γράψω άλλη εκδοχή."},
		{"el-GR", "Πείτε μου αν θέλετε να το κάνω πιο σύντομο."},
		{"ar-AE", "أخبرني إذا كنت تريد أن أختصر النص أو أكتب نسخة أخرى."},
		{"ar-AE", "أخبرني إذا كنت تريد أن أختصره."},
		{"ja-JP", "短くしたい場合はお知らせください。"},
		{"ja-JP", "もっと短くしたい場合や別のバージョンが必要な場合は、お知らせください。"},
		{"ko-KR", "더 짧게 원하시면 말씀해 주세요."},
		{"ko-KR", "더 짧게 줄이거나 다른 버전으로 써 드릴까요? 말씀해 주세요."},
		{"zh-CN", "如果需要我缩短文案或再写一个版本，请告诉我。"},
		{"zh-CN", "如果需要我缩短一些，请告诉我。"},
		{"zh-TW", "如果需要我縮短一些，請告訴我。"},
	} {
		rows = append(rows, kindRow{r[0], r[1], p, true})
	}
	for _, r := range [][2]string{
		{"en-GB", "Let us know your ring size at checkout."},
		{"en-GB", "Ask our store team to engrave it."},
		{"en-US", "Tell us the initial you want and we will engrave it."},
		{"en-AU", "Let us know if you'd like the chain shortened."},
		{"de-DE", "Sagen Sie uns Ihre Ringgröße."},
		{"de-DE", "Sag uns Bescheid, wenn die Kette gekürzt werden soll."},
		{"fr-FR", "Indiquez-nous l'initiale que vous souhaitez."},
		{"es-ES", "Dinos tu talla de anillo."},
		{"it-IT", "Facci sapere se vuoi accorciare la catena."},
		{"pt-BR", "Avise-nos se quiser encurtar a corrente."},
		{"nl-NL", "Laat ons weten welke initiaal je wilt."},
		{"sv-SE", "Säg till i butiken om du vill att kedjan kortas."},
		{"da-DK", "Sig til i butikken, hvis kæden skal afkortes."},
		{"nb-NO", "Si fra i butikken hvis du vil at kjedet skal kortes ned."},
		{"fi-FI", "Kerro myymälässä, jos haluat lyhentää ketjua."},
		{"pl-PL", "Daj nam znać, jeśli chcesz skrócić łańcuszek."},
		{"cs-CZ", "Dejte nám vědět, jestli chcete řetízek zkrátit."},
		{"tr-TR", "Zinciri kısaltmamızı isterseniz mağazamıza söyleyin."},
		{"el-GR", "Πείτε μας αν θέλετε να κονταίνουμε την αλυσίδα."},
		{"ar-AE", "أخبرنا إذا كنت تريد تقصير السلسلة."},
		{"ja-JP", "チェーンを短くしたい場合は店舗スタッフにお知らせください。"},
		{"zh-CN", "如果需要缩短链条，请告诉我们的门店。"},
		{"zh-TW", "如需縮短鍊條，請告訴我們的門市。"},
		{"nb-NO", "Si fra i kassen hvis du vil at vi skal korte ned kjedet."},
		{"sv-SE", "Säg till i butiken om du vill att vi kortar kedjan."},
		{"tr-TR", "Zincirin kısaltılmasını isterseniz mağazamıza söyleyin."},
		{"ja-JP", "サイズを短くしたい場合は当店までお知らせください。"},
		{"fi-FI", "Kerro meille, jos haluat, että lyhennämme ketjua."},
		{"pl-PL", "Daj znać w salonie, jeśli chcesz skrócić łańcuszek."},
		{"cs-CZ", "Mám rád jednoduché šperky, říká návrhářka."},
	} {
		rows = append(rows, kindRow{r[0], r[1], p, false})
	}
	checkKindRows(t, svc, CatInjection, rows)
}
