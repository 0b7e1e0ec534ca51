package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// c10FarLang is one language's texts of the far goes-with kind: the
// metal of other pieces more than three words after the verb of
// matching (pass), and the piece's own metal before it (block).
type c10FarLang struct {
	far, own []string
}

var c10FarTexts = map[string]c10FarLang{
	"en": {far: []string{"The pendant pairs beautifully with your favourite white gold pieces.", "It goes well with all of your other yellow gold jewellery."},
		own: []string{"The white gold pendant pairs beautifully with all your favourite outfits."}},
	"fr": {far: []string{"Ce pendentif s'accorde avec tous vos bijoux préférés en or jaune.", "Il va avec toutes vos autres créations en or blanc."},
		own: []string{"Ce pendentif en or jaune s'accorde avec toutes vos tenues préférées."}},
	"de": {far: []string{"Der Anhänger passt wunderbar zu all deinen Lieblingsstücken aus Weißgold.", "Er passt zu all Ihren anderen Schmuckstücken aus Gelbgold."},
		own: []string{"Der Anhänger aus Weißgold passt wunderbar zu all deinen Lieblingsoutfits."}},
	"it": {far: []string{"Il ciondolo si abbina a tutti i tuoi gioielli preferiti in oro bianco.", "Sta bene con tutte le tue altre creazioni in oro giallo."},
		own: []string{"Il ciondolo in oro bianco si abbina a tutti i tuoi outfit preferiti."}},
	"es": {far: []string{"El colgante combina con todas tus joyas favoritas de oro blanco.", "Queda con todas tus otras piezas de oro amarillo."},
		own: []string{"El colgante de oro blanco combina con todos tus looks favoritos."}},
	"pt": {far: []string{"O pingente combina com todas as suas joias favoritas de ouro branco.", "Fica com todas as suas outras peças de ouro amarelo."},
		own: []string{"O pingente de ouro branco combina com todos os seus looks favoritos."}},
	"nl": {far: []string{"De hanger past mooi bij al je favoriete sieraden van witgoud.", "Hij staat bij al je andere stukken van geelgoud."},
		own: []string{"De witgouden hanger past mooi bij al je favoriete outfits."}},
	"sv": {far: []string{"Hänget passar fint till alla dina favoritsmycken i vitguld.", "Det passar till alla dina andra smycken i gult guld."},
		own: []string{"Hänget i vitguld passar fint till alla dina favoritplagg."}},
	"da": {far: []string{"Vedhænget passer smukt til alle dine yndlingssmykker i hvidguld.", "Det går godt med alle dine andre smykker i gult guld."},
		own: []string{"Vedhænget i hvidguld passer smukt til alle dine yndlingsoutfits."}},
	"nb": {far: []string{"Anhenget passer fint til alle dine favorittsmykker i hvitt gull.", "Det går godt med alle dine andre smykker i gult gull."},
		own: []string{"Anhenget i hvitt gull passer fint til alle dine favorittantrekk."}},
	"fi": {far: []string{"Riipus sopii kauniisti yhteen kaikkien muiden valkokultaisten korujesi kanssa.", "Riipus sopii kaikkien muiden keltakultaisten korujesi kanssa."},
		own: []string{"Valkokultainen riipus sopii kauniisti kaikkien asujesi kanssa."}},
	"pl": {far: []string{"Wisiorek pięknie pasuje do wszystkich twoich ulubionych ozdób z białego złota.", "Współgra ze wszystkimi twoimi innymi klejnotami z żółtego złota."},
		own: []string{"Wisiorek z białego złota pięknie pasuje do wszystkich twoich ulubionych stylizacji."}},
	"cs": {far: []string{"Přívěsek se krásně hodí ke všem vašim oblíbeným kouskům z bílého zlata.", "Ladí se všemi vašimi dalšími šperky ze žlutého zlata."},
		own: []string{"Přívěsek z bílého zlata se krásně hodí ke všem vašim oblíbeným outfitům."}},
	"tr": {far: []string{"Kolye ucu, sevdiğiniz tüm diğer beyaz altın takılarınızla uyumludur.", "Kolye ucu, gardırobunuzdaki tüm sarı altın parçalarınızla çok yakışır."},
		own: []string{"Beyaz altın kolye ucu, sevdiğiniz tüm kombinlerinizle uyumludur."}},
	"el": {far: []string{"Το μενταγιόν ταιριάζει όμορφα με όλα τα αγαπημένα σας κοσμήματα από λευκό χρυσό.", "Δένει με όλα τα άλλα σας κομμάτια από κίτρινο χρυσό."},
		own: []string{"Το μενταγιόν από λευκό χρυσό ταιριάζει όμορφα με όλα τα αγαπημένα σας ρούχα."}},
	"ar": {far: []string{"تتماشى القلادة مع جميع قطعك المفضلة من الذهب الأبيض.", "يتناسب مع كل مجوهراتك الأخرى المصنوعة من الذهب الأصفر."},
		own: []string{"القلادة من الذهب الأبيض وتتماشى مع جميع إطلالاتك المفضلة."}},
	"ja": {far: []string{"お手持ちのお気に入りのホワイトゴールドのジュエリーにもよく合います。", "普段使いの他のイエローゴールドのアクセサリーにも合います。"},
		own: []string{"ホワイトゴールドのペンダントはお気に入りのどんな服にもよく合います。"}},
	"ko": {far: []string{"이 펜던트는 즐겨 착용하는 다른 화이트 골드 주얼리와 잘 어울립니다.", "이 펜던트는 가지고 계신 다른 옐로우 골드 액세서리와도 잘 어울립니다."},
		own: []string{"화이트 골드 펜던트는 즐겨 입는 어떤 옷과도 잘 어울립니다."}},
	"zh-CN": {far: []string{"这款吊坠与您钟爱的其他白金首饰也很搭配。", "这款吊坠和您平时佩戴的黄金饰品也很相配。"},
		own: []string{"这款白金吊坠与您钟爱的任何服装都很搭配。"}},
	"zh-TW": {far: []string{"這款吊墜與您鍾愛的其他白金首飾也很搭配。", "這款吊墜和您平時佩戴的黃金飾品也很相配。"},
		own: []string{"這款白金吊墜與您鍾愛的任何服裝都很搭配。"}},
}

// TestKindsGoesWithFar (issue #13: cross_sell) in every supported
// locale: the metal of other pieces more than three words after a verb
// of matching ("pairs beautifully with your favourite white gold pieces",
// "passt wunderbar zu all deinen Lieblingsstücken aus Weißgold") passes
// on the silver pendant; the piece's own metal before the verb blocks.
func TestKindsGoesWithFar(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var far, own []lt
	perLocale(t, c10FarTexts, "ctx10 goes-with far", func(loc string, x c10FarLang, in func([]string) []lt) {
		far = append(far, in(x.far)...)
		own = append(own, in(x.own)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"goes with other pieces' metal, far from the verb", c9SilverPendant, "", far},
		{"the piece's own metal before a verb of matching", c9SilverPendant, CatGrounding, own},
	})
}
