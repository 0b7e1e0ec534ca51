package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// chromo57 products: a turquoise ring in sterling silver (the lead's da-DK
// example), a chrysoprase pendant in sterling silver, and a plain sterling
// silver ring with a white diamond and one with no stone (the controls).
var (
	chromo57Ring = core.Product{SKU: "CH57R", Name: "Azure Ring", Category: "ring", Collection: "Reflexions", Materials: []string{"sterling silver", "turquoise"},
		Metals: []core.Metal{{Base: "silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue", "silver"}}
	chromo57Pendant = core.Product{SKU: "CH57P", Name: "Verdant Pendant", Category: "pendant", Collection: "Reflexions", Materials: []string{"sterling silver", "chrysoprase"},
		Metals: []core.Metal{{Base: "silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "chrysoprase", Colour: "green", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"green", "silver"}}
	chromo57Diamond = core.Product{SKU: "CH57D", Name: "Clear Ring", Category: "ring", Collection: "Reflexions", Materials: []string{"sterling silver", "diamond"},
		Metals: []core.Metal{{Base: "silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"silver"}}
	chromo57Plain = core.Product{SKU: "CH57N", Name: "Plain Band", Category: "ring", Collection: "Reflexions", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "silver", Fineness: "925"}}, Colours: []string{"silver"}}
)

// TestKindsChromo57 (#13, chromo57): a base metal that colours a stone
// (canon chromophore_metals and chromophore_stones: copper in turquoise,
// nickel in chrysoprase) named as where the stone's colour comes from, in
// a sentence with no word of the piece, blocked grounding.material in
// every base language ("Ringen har turkis. Den himmelblå farve kommer fra
// kobber"): chromophoreSubject read the metal only opening its sentence.
// The stone is named in the sentence before (the turquoise rows, with
// the pronoun "its colour" where the language has one) or in the same
// sentence (the chrysoprase rows). Every row passes grounding
// (grounding/chromophore57.go stoneChromophore, the packs'
// colour_source_words).
func TestKindsChromo57(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(chromo57Ring, false, [][2]string{
		{"en-GB", "The ring has a turquoise. Its sky-blue colour comes from copper."},
		{"en-US", "The ring is set with turquoise. The blue hue is due to copper."},
		{"de-DE", "Der Ring trägt einen Türkis. Seine himmelblaue Farbe verdankt er dem Kupfer."},
		{"fr-FR", "La bague porte une turquoise. Sa couleur bleu ciel vient du cuivre."},
		{"es-ES", "El anillo lleva una turquesa. Su color azul cielo se debe al cobre."},
		{"it-IT", "L'anello ha un turchese. Il suo colore azzurro viene dal rame."},
		{"pt-PT", "O anel tem uma turquesa. A sua cor azul-celeste vem do cobre."},
		{"nl-NL", "De ring heeft een turkoois. De hemelsblauwe kleur komt van koper."},
		{"sv-SE", "Ringen har en turkos. Den himmelsblå färgen kommer från koppar."},
		{"da-DK", "Ringen har turkis. Den himmelblå farve kommer fra kobber."},
		{"nb-NO", "Ringen har turkis. Den himmelblå fargen kommer fra kobber."},
		{"fi-FI", "Sormuksessa on turkoosi. Sen taivaansininen väri tulee kuparista."},
		{"pl-PL", "Pierścionek ma turkus. Jego błękitny kolor pochodzi od miedzi."},
		{"cs-CZ", "Prsten má tyrkys. Jeho nebesky modrá barva pochází z mědi."},
		{"tr-TR", "Yüzükte turkuaz var. Gök mavisi rengini bakırdan alır."},
		{"el-GR", "Το δαχτυλίδι έχει τιρκουάζ. Το γαλάζιο χρώμα του οφείλεται στον χαλκό."},
		{"ar-AE", "يحمل الخاتم حجر الفيروز. لونه الأزرق السماوي يأتي من النحاس."},
		{"ja-JP", "リングにはターコイズがあしらわれています。空色は銅に由来します。"},
		{"ko-KR", "반지에는 터키석이 있습니다. 하늘색은 구리에서 나옵니다."},
		{"zh-CN", "戒指镶有绿松石。天蓝色来自铜。"},
		{"zh-TW", "戒指鑲有綠松石。天藍色來自銅。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(chromo57Pendant, false, [][2]string{
		{"en-GB", "The pendant holds a chrysoprase. The green comes from nickel."},
		{"en-AU", "The pendant holds a chrysoprase. Its apple-green colour owes everything to nickel."},
		{"de-DE", "Der Anhänger trägt einen Chrysopras. Sein Grün stammt vom Nickel."},
		{"fr-CA", "Le pendentif porte une chrysoprase. Son vert vient du nickel."},
		{"es-MX", "El colgante lleva una crisoprasa. Su verde se debe al níquel."},
		{"it-IT", "Il ciondolo ha un crisoprasio. Il verde è dovuto al nichel."},
		{"pt-BR", "O pingente tem um crisoprásio. O verde vem do níquel."},
		{"nl-NL", "De hanger heeft een chrysopraas. Het groen komt van nikkel."},
		{"sv-SE", "Hänget har en krysopras. Den gröna färgen beror på nickel."},
		{"da-DK", "Vedhænget har en krysopras. Den grønne farve skyldes nikkel."},
		{"nb-NO", "Anhenget har en krysopras. Den grønne fargen skyldes nikkel."},
		{"fi-FI", "Riipuksessa on krysopraasi. Sen vihreä väri johtuu nikkelistä."},
		{"pl-PL", "Wisiorek ma chryzopraz. Zielona barwa pochodzi od niklu."},
		{"cs-CZ", "Přívěsek má chryzopras. Jeho zelená barva pochází z niklu."},
		{"tr-TR", "Kolye ucunda krizopraz var. Yeşil rengi nikelden kaynaklanır."},
		{"el-GR", "Το μενταγιόν έχει χρυσόπρασο. Το πράσινο χρώμα οφείλεται στο νικέλιο."},
		{"ar-AE", "تحمل الدلاية حجر الكريزوبراز. يأتي لونها الأخضر من النيكل."},
		{"ja-JP", "ペンダントにはクリソプレーズがあしらわれています。緑色はニッケルによるものです。"},
		{"ko-KR", "펜던트에는 크리소프레이즈가 있습니다. 녹색은 니켈에서 나옵니다."},
		{"zh-CN", "吊坠镶有绿玉髓。绿色源自镍。"},
	}))
}

// TestKindsChromo57Bad: the metal as the piece's material, its part's or
// its colour, and the same explanation on a piece with no stone, still
// block grounding.material.
func TestKindsChromo57Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(chromo57Ring, true, [][2]string{
		{"en-GB", "The ring is made of copper."},
		{"en-GB", "Its copper band gives it a warm colour."},
		{"en-GB", "The blue comes from the copper setting."},
		{"en-GB", "The ring gets its blue colour from copper."},
		{"en-GB", "Its warm copper tone comes from the metal."},
		{"en-GB", "Made of copper, it has a blue colour."},
		{"en-GB", "Its blue comes from copper and sterling silver."},
		{"de-DE", "Das Blau stammt von der Fassung aus Kupfer."},
		{"fr-FR", "Sa couleur vient de la monture en cuivre."},
		{"fr-FR", "La bague doit sa couleur cuivre au métal."},
		{"es-ES", "El azul viene del engaste de cobre."},
		{"it-IT", "Il colore è rame."},
		{"da-DK", "Ringen får sin blå farve fra kobber."},
		{"ja-JP", "青色は銅製の枠に由来します。"},
		{"zh-CN", "蓝色来自铜制戒圈。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(chromo57Plain, true, [][2]string{
		{"en-GB", "Its warm colour comes from copper."},
		{"de-DE", "Die warme Farbe stammt vom Kupfer."},
		{"fr-FR", "Sa couleur chaude vient du cuivre."},
		{"da-DK", "Den varme farve kommer fra kobber."},
		{"ko-KR", "따뜻한 색은 구리에서 나옵니다."},
		{"zh-CN", "暖色来自铜。"},
		{"ja-JP", "温かみのある色は銅に由来します。"},
		{"tr-TR", "Sıcak rengini bakırdan alır."},
		{"fi-FI", "Sen lämmin väri tulee kuparista."},
		{"ar-AE", "لونه الدافئ يأتي من النحاس."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(chromo57Diamond, true, [][2]string{
		{"en-GB", "The ring holds a diamond. Its colour comes from copper."},
		{"de-DE", "Der Ring trägt einen Diamanten. Seine Farbe stammt vom Kupfer."},
	}))
}
