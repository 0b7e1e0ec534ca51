package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// other50Band is the product of TestKindsOther50 (#13, other50): a 14k
// white gold band plated with rhodium, no stones, in the Timeless
// collection.
var other50Band = core.Product{SKU: "OT50", Name: "Linea Band", Category: "ring", Collection: "Timeless", Materials: []string{"14k white gold"},
	Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "rhodium"}}, Colours: []string{"white"}}

// TestKindsOther50 (#13, other50): copy that names another product as a
// styling partner, or explains another metal, where the metal word
// describes that other piece or the compared metal, not the band. A
// styling verb with its object pronoun or in the infinitive (packs'
// cross_sell: released 50A pt-PT 50A104-3 "pode conjugá-lo com o nosso
// anel de prata de lei com zircónias", cs-CZ 50A102-3 "Doplnit je můžete
// našimi zlacenými kruhy", 50B sv-SE 50B104-3 "Bär den gärna med våra
// Essence Pärlstift i silver"); a component noun after ours is another
// piece, not a part of the band (grounding besideOwnPart: probe 50C es-MX
// 50C102-3 "acompáñelo de nuestra argolla de oro amarillo"); and the
// contrastive topic marker after another metal (packs' contrast_inner:
// 50B tr-TR 50B104-3 "Beyaz altın ise sarı altının rodyumla kaplanmasıyla
// elde edilir", Arabic أما). 25 locales; TestKindsOther50Bad holds the
// same sentences beside a band called yellow gold, which still blocks.
func TestKindsOther50(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", pairRows(other50Band, false, other50True))
}

// TestKindsOther50Bad: the styling or contrast sentence of each row of
// TestKindsOther50 does not make the piece's own metal another's: a band
// said to be yellow gold (or, after the contrast marker, the band as the
// subject of the contrasted clause) still blocks as grounding, in every
// locale.
func TestKindsOther50Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(other50Band, true, other50Bad))
}

var other50True = [][2]string{
	{"en-GB", "The Linea Band is made of 14k white gold. Complement it with a yellow gold band for a two-tone stack."},
	{"en-US", "The Linea Band is 14k white gold. Accompany it with a yellow gold band for a two-tone stack."},
	{"en-AU", "The Linea Band is crafted in 14k white gold. Complement it with a slim yellow gold band."},
	{"de-DE", "Der Linea Band ist aus 14 Karat Weißgold. Ergänzen Sie ihn mit unserem Ring aus Gelbgold."},
	{"fr-FR", "La bague Linea Band est en or blanc 14 carats. Complétez-la d'un anneau en or jaune."},
	{"fr-CA", "La bague Linea Band est en or blanc 14 carats. Accompagnez-la d'un anneau en or jaune."},
	{"it-IT", "L'anello Linea Band è in oro bianco 14 carati. Lo completi con una fedina in oro giallo."},
	{"es-ES", "El anillo Linea Band es de oro blanco de 14 quilates. Complétalo con una alianza de oro amarillo."},
	{"es-MX", "El anillo Linea Band es de oro blanco de 14 quilates. Acompáñelo de nuestra argolla de oro amarillo."},
	{"pt-PT", "O anel Linea Band é em ouro branco de 14 quilates. Pode conjugá-lo com o nosso anel de prata de lei com zircónias."},
	{"pt-BR", "O anel Linea Band é de ouro branco 14k. Complete-o com a nossa aliança de ouro amarelo."},
	{"nl-NL", "De Linea Band is gemaakt van 14 karaat witgoud. Draag hem met een ring van geelgoud."},
	{"sv-SE", "Linea Band är gjord i 14 karats vitguld. Bär den gärna med våra Essence Pärlstift i silver."},
	{"da-DK", "Linea Band er lavet i 14 karat hvidguld. Bær den gerne med vores ring i gult guld."},
	{"nb-NO", "Linea Band er laget i 14 karat hvitt gull. Bruk den gjerne med vår ring i gult gull."},
	{"fi-FI", "Linea Band on 14 karaatin valkokultaa. Täydennä sitä keltakultaisella sormuksella."},
	{"pl-PL", "Obrączka Linea Band jest wykonana z 14-karatowego białego złota. Możesz ją połączyć z naszym pierścionkiem z żółtego złota."},
	{"cs-CZ", "Prsten Linea Band je vyroben ze 14karátového bílého zlata. Doplnit ho můžete naším prstenem ze žlutého zlata."},
	{"el-GR", "Το δαχτυλίδι Linea Band είναι από λευκό χρυσό 14 καρατίων. Φορέστε το με το δαχτυλίδι μας από κίτρινο χρυσό."},
	{"tr-TR", "Linea Band yüzük 14 ayar beyaz altından yapılmıştır. Pembe altın ise bakırın verdiği sıcak bir renge sahiptir."},
	{"ar-AE", "خاتم Linea Band مصنوع من الذهب الأبيض عيار 14. أما البلاتين فهو أبيض بطبيعته ولا يحتاج إلى طلاء."},
	{"ja-JP", "Linea Bandリングは14Kホワイトゴールド製です。イエローゴールドのリングと合わせて重ね付けするのもおすすめです。"},
	{"ko-KR", "Linea Band 반지는 14K 화이트 골드로 만들었습니다. 옐로 골드 반지와 함께 레이어드해도 멋집니다."},
	{"zh-CN", "Linea Band戒指采用14K白K金制作。可搭配我们的18K黄金戒指一起佩戴。"},
	{"zh-TW", "Linea Band戒指採用14K白K金製作。可搭配我們的18K黃金戒指一起佩戴。"},
}

var other50Bad = [][2]string{
	{"en-GB", "The Linea Band is made of 14k yellow gold. Complement it with a white gold band for a two-tone stack."},
	{"en-US", "The Linea Band is 14k yellow gold. Accompany it with a white gold band for a two-tone stack."},
	{"en-AU", "The Linea Band is crafted in 14k yellow gold. Complement it with a slim white gold band."},
	{"de-DE", "Der Linea Band ist aus 14 Karat Gelbgold. Ergänzen Sie ihn mit unserem Ring aus Weißgold."},
	{"fr-FR", "La bague Linea Band est en or jaune 14 carats. Complétez-la d'un anneau en or blanc."},
	{"fr-CA", "La bague Linea Band est en or jaune 14 carats. Accompagnez-la d'un anneau en or blanc."},
	{"it-IT", "L'anello Linea Band è in oro giallo 14 carati. Lo completi con una fedina in oro bianco."},
	{"es-ES", "El anillo Linea Band es de oro amarillo de 14 quilates. Complétalo con una alianza de oro blanco."},
	{"es-MX", "El anillo Linea Band es de oro amarillo de 14 quilates. Acompáñelo de nuestra argolla de oro blanco."},
	{"pt-PT", "O anel Linea Band é em prata de lei com zircónias. Pode conjugá-lo com o nosso anel de ouro branco."},
	{"pt-BR", "O anel Linea Band é de ouro amarelo 14k. Complete-o com a nossa aliança de ouro branco."},
	{"nl-NL", "De Linea Band is gemaakt van 14 karaat geelgoud. Draag hem met een ring van witgoud."},
	{"sv-SE", "Linea Band är gjord i 14 karats gult guld. Bär den gärna med våra Essence Pärlstift i silver."},
	{"da-DK", "Linea Band er lavet i 14 karat gult guld. Bær den gerne med vores ring i hvidguld."},
	{"nb-NO", "Linea Band er laget i 14 karat gult gull. Bruk den gjerne med vår ring i hvitt gull."},
	{"fi-FI", "Linea Band on 14 karaatin keltakultaa. Täydennä sitä valkokultaisella sormuksella."},
	{"pl-PL", "Obrączka Linea Band jest wykonana z 14-karatowego żółtego złota. Możesz ją połączyć z naszym pierścionkiem z białego złota."},
	{"cs-CZ", "Prsten Linea Band je vyroben ze 14karátového žlutého zlata. Doplnit ho můžete naším prstenem z bílého zlata."},
	{"el-GR", "Το δαχτυλίδι Linea Band είναι από κίτρινο χρυσό 14 καρατίων. Φορέστε το με το δαχτυλίδι μας από λευκό χρυσό."},
	{"tr-TR", "Platin doğal olarak beyazdır. Linea Band yüzük ise 14 ayar sarı altından yapılmıştır."},
	{"ar-AE", "أما خاتم Linea Band فهو مصنوع من الذهب الأصفر عيار 14."},
	{"ja-JP", "Linea Bandリングは14Kイエローゴールド製です。ホワイトゴールドのリングと合わせて重ね付けするのもおすすめです。"},
	{"ko-KR", "Linea Band 반지는 14K 옐로 골드로 만들었습니다. 화이트 골드 반지와 함께 레이어드해도 멋집니다."},
	{"zh-CN", "Linea Band戒指采用18K黄金制作。可搭配我们的14K白K金戒指一起佩戴。"},
	{"zh-TW", "Linea Band戒指採用18K黃金製作。可搭配我們的14K白K金戒指一起佩戴。"},
}
