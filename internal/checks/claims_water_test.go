package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// wornInWaterTexts are one language's "you never need to take it off"
// sentences: beside a word for water (shower, swim, bath, pool, sea,
// sauna) they promise water resistance (block); without one they are a
// compliment ("you will never want to take it off", pass).
type wornInWaterTexts struct{ claims, compliment []string }

var wornInWaterByLang = map[string]wornInWaterTexts{
	"en":    {[]string{"Shower, swim, repeat: you never have to take it off.", "No need to take it off for the pool or the sea."}, []string{"You'll never want to take it off."}},
	"fr":    {[]string{"Douche, piscine, plage : inutile de le retirer.", "Vous n'aurez jamais à l'enlever, même pour nager."}, []string{"Vous ne voudrez plus jamais l'enlever."}},
	"de":    {[]string{"Duschen, Baden, Sauna: Sie müssen ihn nie abnehmen.", "Auch beim Schwimmen brauchen Sie ihn nicht abzunehmen."}, []string{"Sie werden ihn nie wieder abnehmen wollen."}},
	"it":    {[]string{"Doccia, piscina, mare: non serve mai toglierlo.", "Non dovrai mai toglierlo, nemmeno per nuotare."}, []string{"Non vorrai mai più toglierlo."}},
	"es":    {[]string{"Ducha, piscina o mar: nunca tendrás que quitártelo.", "Nunca hace falta quitártelo para nadar."}, []string{"Nunca querrás quitártelo."}},
	"pt":    {[]string{"Chuveiro, piscina ou mar: nunca vai precisar tirá-lo.", "Nunca vai precisar tirá-lo para nadar."}, []string{"Nunca vai querer tirá-lo."}},
	"nl":    {[]string{"Douchen, zwemmen, sauna: je hoeft hem nooit af te doen.", "Je kunt hem gewoon omhouden in de zee."}, []string{"Je wilt hem nooit meer af doen."}},
	"sv":    {[]string{"Dusch, bad och bastu: du behöver aldrig ta av det.", "Du kan behålla det på i havet."}, []string{"Du kommer aldrig vilja ta av det."}},
	"da":    {[]string{"Brusebad, svømning og sauna: du skal aldrig tage det af.", "Du kan beholde det på i havet."}, []string{"Du vil aldrig tage det af igen."}},
	"nb":    {[]string{"Dusj, bad og badstue: du trenger aldri å ta det av.", "Du kan beholde det på i sjøen."}, []string{"Du vil aldri ta det av igjen."}},
	"fi":    {[]string{"Suihkussa, uidessa ja saunassa sitä ei koskaan tarvitse riisua.", "Voit pitää sen päällä meressä."}, []string{"Et halua koskaan riisua sitä."}},
	"pl":    {[]string{"Prysznic, basen, morze: nigdy nie musisz jej zdejmować.", "Nigdy nie zdejmuj jej, nawet do pływania."}, []string{"Nigdy nie zechcesz jej zdejmować."}},
	"cs":    {[]string{"Sprcha, bazén, moře: nikdy ho nemusíte sundávat.", "Nikdy ho nesundávejte, ani při plavání."}, []string{"Nikdy ho nebudete chtít sundat."}},
	"tr":    {[]string{"Duş, havuz, deniz: asla çıkarmanız gerekmez.", "Yüzerken bile hiç çıkarmak zorunda değilsiniz."}, []string{"Onu asla çıkarmak istemeyeceksiniz."}},
	"el":    {[]string{"Ντους, πισίνα, θάλασσα: ποτέ δεν θα χρειαστεί να το βγάλετε.", "Ποτέ μην το βγάζετε, ούτε στο κολύμπι."}, []string{"Δεν θα θέλετε ποτέ να το βγάλετε."}},
	"ar":    {[]string{"في الاستحمام أو السباحة أو البحر لن تحتاجي إلى خلعه.", "لن تحتاج أبدا إلى خلعه في الماء."}, []string{"لن ترغبي في خلعه أبدا."}},
	"ja":    {[]string{"シャワーや水泳のときも外さないで大丈夫です。", "海でもつけたままで大丈夫です。"}, []string{"一度つけたら外したくなくなるブレスレットです。"}},
	"ko":    {[]string{"샤워나 수영을 할 때도 빼지 않아도 됩니다.", "바다에서도 착용한 채로 즐기세요."}, []string{"한번 착용하면 빼고 싶지 않을 거예요."}},
	"zh":    {[]string{"洗澡、游泳都不必摘下。", "在海边也可以一直佩戴。"}, []string{"戴上就不想摘下来。"}},
	"zh-TW": {[]string{"洗澡、游泳都不必摘下。", "在海邊也可以一直佩戴。"}, []string{"戴上就不想摘下來。"}},
}

// TestWornInWaterNeedsContext: "never take it off" and its paraphrases
// block as a water claim in every locale when the sentence names water,
// pass without it, and pass when the product's features say waterproof.
func TestWornInWaterNeedsContext(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, wornInWaterByLang, "worn-in-water", func(loc string, tx wornInWaterTexts, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"worn in water " + loc, plainCuff, CatClaim, in(tx.claims)},
			kindTable{"never taken off, no water " + loc, plainCuff, "", in(tx.compliment)},
			kindTable{"worn in water, waterproof " + loc, steelBand, "", in(tx.claims)})
	})
	runKinds(t, c, guide(t), tables)
}
