package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// price13Locket is an engraved silver locket: copy about it never names a
// price or an offer.
var price13Locket = core.Product{SKU: "L13", Name: "Oval Locket", Category: "locket", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
	Features: []string{"engraved", "holds two photos"}}

// price13Lang is one language's price word held in another sense (idiom:
// priceless, "n'a pas de prix", "não tem preço", an honour or appreciation
// such as Danish "sætte pris på") and its real prices and offers (block).
type price13Lang struct{ idiom, block []string }

var price13Texts = map[string]price13Lang{
	"en": {idiom: []string{"A priceless keepsake for Mother's Day.", "A price-less memory, close to the heart.", "You can't put a price on a memory kept close."},
		block: []string{"Now at half price.", "Free shipping on every locket.", "A priceless keepsake, now at a special price."}},
	"de": {idiom: []string{"Ein Geschenk, das keinen Preis hat.", "Erinnerungen haben keinen Preis.", "Ein unbezahlbares Andenken."},
		block: []string{"Jetzt zum halben Preis.", "Versandkostenfrei bestellen.", "Erinnerungen haben keinen Preis, dieses Medaillon jetzt zum halben Preis."}},
	"fr": {idiom: []string{"Un cadeau qui n'a pas de prix.", "Les souvenirs n'ont pas de prix.", "Un souvenir d'un prix inestimable."},
		block: []string{"À moitié prix cette semaine.", "Livraison gratuite.", "Un cadeau qui n'a pas de prix, à moitié prix cette semaine."}},
	"it": {idiom: []string{"Un regalo che non ha prezzo.", "I ricordi non hanno prezzo."},
		block: []string{"A metà prezzo questa settimana.", "Spedizione gratuita."}},
	"es": {idiom: []string{"Un regalo que no tiene precio.", "Los recuerdos no tienen precio."},
		block: []string{"A mitad de precio esta semana.", "Envío gratis.", "Precio especial esta semana."}},
	"pt": {idiom: []string{"Um presente que não tem preço.", "Memórias não têm preço."},
		block: []string{"Preço especial esta semana.", "Frete grátis.", "Metade do preço esta semana."}},
	"nl": {idiom: []string{"Een cadeau dat geen prijs heeft.", "Herinneringen hebben geen prijs.", "Een onbetaalbaar aandenken."},
		block: []string{"Nu voor de halve prijs.", "Gratis verzending."}},
	"da": {idiom: []string{"Et uvurderligt minde.", "Du vil sætte pris på den bløde glans.", "Hun sætter pris på et personligt minde."},
		block: []string{"Nu til halv pris.", "Gratis fragt."}},
	"nb": {idiom: []string{"Et uvurderlig minne.", "Du vil sette pris på den myke glansen."},
		block: []string{"Nå til halv pris.", "Gratis frakt."}},
	"sv": {idiom: []string{"Ett ovärderligt minne.", "Du kommer att sätta pris på den mjuka glansen."},
		block: []string{"Nu till halva priset.", "Fri frakt."}},
	"fi": {idiom: []string{"Korvaamaton muisto.", "Hinnaton lahja äidille.", "Muistoilla ei ole hintaa."},
		block: []string{"Nyt puoleen hintaan.", "Ilmainen toimitus."}},
	"pl": {idiom: []string{"Bezcenna pamiątka.", "Wspomnienia nie mają ceny.", "Prawdziwa miłość nie ma ceny."},
		block: []string{"Teraz w promocyjnej cenie.", "Darmowa dostawa."}},
	"cs": {idiom: []string{"Vzpomínka k nezaplacení.", "Vzpomínky nemají cenu vyčíslitelnou penězi."},
		block: []string{"Nyní za poloviční cenu.", "Doprava zdarma."}},
	"tr": {idiom: []string{"Paha biçilmez bir hatıra.", "Anıların fiyatı yoktur."},
		block: []string{"Şimdi yarı fiyatına.", "Ücretsiz kargo."}},
	"el": {idiom: []string{"Ένα ανεκτίμητο ενθύμιο.", "Οι αναμνήσεις δεν έχουν τιμή.", "Είναι τιμή μας να σας το προσφέρουμε."},
		block: []string{"Τώρα στη μισή τιμή.", "Δωρεάν αποστολή."}},
	"ar": {idiom: []string{"تذكار لا يقدر بثمن.", "الذكريات لا تقدر بثمن."},
		block: []string{"الآن بنصف السعر.", "شحن مجاني."}},
	"ja": {idiom: []string{"プライスレスな贈り物です。", "値段がつけられない思い出です。"},
		block: []string{"今だけ特別価格です。", "送料無料です。"}},
	"ko": {idiom: []string{"값을 매길 수 없는 추억입니다.", "가격을 매길 수 없는 선물입니다."},
		block: []string{"지금 특별 가격으로 만나보세요.", "무료 배송입니다."}},
	"zh-CN": {idiom: []string{"一份无价的纪念。", "回忆是无价之宝。"},
		block: []string{"本周特价。", "全场包邮。"}},
	"zh-TW": {idiom: []string{"一份無價的紀念。", "回憶是無價之寶。"},
		block: []string{"本週特價。", "免運費。"}},
}

// TestKindsPriceless13: a price word held in another sense is no offer
// (#13, thirteenth blind set: fr "un cadeau qui n'a pas de prix" and pt
// "um sim que não tem preço" blocked as banned_term.offer). The idioms of
// the offer concept (concepts-priceless13.yaml: priceless, "price-less",
// "keinen Preis hat", "non ha prezzo", "no tiene precio", "geen prijs
// heeft", "nie ma ceny", "fiyatı yoktur", "δεν έχουν τιμή", "가격을 매길 수
// 없는", and the Scandinavian "sætte/sette/sätta pris på", to appreciate,
// and Greek "τιμή μας", our honour) hold a match wholly inside them; a
// real price or offer, also in the same sentence, still blocks.
func TestKindsPriceless13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var idiom, block []lt
	perLocale(t, price13Texts, "priceless13", func(loc string, x price13Lang, in func([]string) []lt) {
		idiom = append(idiom, in(x.idiom)...)
		block = append(block, in(x.block)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a price word held in another sense", price13Locket, "", idiom},
		{"a real price or offer", price13Locket, CatBannedTerm, block},
	})
}
