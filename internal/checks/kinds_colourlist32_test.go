package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsColourList32: a metal or plating word that stands in a
// coordinated list of colours, or qualifies a colour word, is a colour,
// not a metal or a plating of the piece (#13, colourlist32;
// grounding/list_colour.go metalColourListed, colourWordListed). "Ammolite
// shows flashes of red, green and gold and is often compared with opal"
// on an 18k gold ammolite pendant read the gold as the piece's own metal
// (es "dorados", pt "dourados", fr "dorés" as plating words), which made
// the sentence the piece's and blocked grounding.stone on the opal; on a
// sterling silver andalusite ring "green, red and gold" blocked
// grounding.material on the gold, "amarillo dorado" (golden yellow)
// grounding.colour. Each pass row blocked before in its locale. Each twin
// still blocks as grounding: the opal said of the pendant ("The pendant …
// also holds an opal"), the gold colour said of the silver ring ("The ring
// is green, red and gold").
func TestKindsColourList32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ammolite := core.Product{SKU: "A32", Name: "Ammolite Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"18k yellow gold", "ammolite"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "ammolite", Colour: "multicolour", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"gold", "red", "green"}}
	andalusite := core.Product{SKU: "B32", Name: "Andalusite Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver", "andalusite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "andalusite", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"green", "red", "brown", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The ring holds an andalusite in sterling silver. Andalusite shows green, red and gold and is often compared with alexandrite.", andalusite, false},
		{"en-US", "The ring holds an andalusite in sterling silver. Andalusite shows green, red and gold and is often compared with alexandrite.", andalusite, false},
		{"en-AU", "The ring holds an andalusite in sterling silver. Andalusite shows green, red and gold and is often compared with alexandrite.", andalusite, false},
		{"de-DE", "Der Anhänger trägt einen Ammolith in 18 Karat Gelbgold. Ammolith zeigt Blitze in Rot, Grün und Gold und wird oft mit Opal verglichen.", ammolite, false},
		{"de-DE", "Der Ring trägt einen Andalusit in Sterlingsilber. Andalusit zeigt Grün, Rot und Gold und wird oft mit Alexandrit verglichen.", andalusite, false},
		{"fr-FR", "Le pendentif porte une ammolite sur or jaune 18 carats. L'ammolite montre des éclats rouges, verts et dorés et on la compare souvent à l'opale.", ammolite, false},
		{"fr-FR", "La bague porte une andalousite sur argent sterling. L'andalousite montre les couleurs vert, rouge et or et on la compare souvent à l'alexandrite.", andalusite, false},
		{"fr-FR", "La bague porte une andalousite sur argent sterling. L'andalousite montre du vert, du jaune doré et du brun rougeâtre.", andalusite, false},
		{"fr-CA", "Le pendentif porte une ammolite sur or jaune 18 carats. L'ammolite montre des éclats rouges, verts et dorés et on la compare souvent à l'opale.", ammolite, false},
		{"fr-CA", "La bague porte une andalousite sur argent sterling. L'andalousite montre les couleurs vert, rouge et or et on la compare souvent à l'alexandrite.", andalusite, false},
		{"fr-CA", "La bague porte une andalousite sur argent sterling. L'andalousite montre du vert, du jaune doré et du brun rougeâtre.", andalusite, false},
		{"es-ES", "El colgante lleva una amolita en oro amarillo de 18 quilates. La amolita muestra destellos rojos, verdes y dorados y se la compara a menudo con el ópalo.", ammolite, false},
		{"es-ES", "El anillo lleva una andalucita en plata de ley. La andalucita muestra verde, rojo y oro y se la compara a menudo con la alejandrita.", andalusite, false},
		{"es-ES", "El anillo lleva una andalucita en plata de ley. La andalucita muestra verde, amarillo dorado y café rojizo.", andalusite, false},
		{"es-MX", "El colgante lleva una amolita en oro amarillo de 18 quilates. La amolita muestra destellos rojos, verdes y dorados y se la compara a menudo con el ópalo.", ammolite, false},
		{"es-MX", "El anillo lleva una andalucita en plata de ley. La andalucita muestra verde, rojo y oro y se la compara a menudo con la alejandrita.", andalusite, false},
		{"es-MX", "El anillo lleva una andalucita en plata de ley. La andalucita muestra verde, amarillo dorado y café rojizo.", andalusite, false},
		{"it-IT", "L'anello porta un'andalusite in argento sterling. L'andalusite mostra verde, rosso e oro ed è spesso paragonata all'alessandrite.", andalusite, false},
		{"it-IT", "L'anello porta un'andalusite in argento sterling. L'andalusite mostra verde, giallo dorato e bruno rossastro.", andalusite, false},
		{"pt-PT", "O anel tem uma andaluzita em prata de lei. A andaluzita mostra verde, vermelho e ouro e é muitas vezes comparada à alexandrita.", andalusite, false},
		{"pt-PT", "O anel tem uma andaluzita em prata de lei. A andaluzita mostra verde, amarelo-dourado e castanho-avermelhado.", andalusite, false},
		{"pt-BR", "O anel tem uma andaluzita em prata de lei. A andaluzita mostra verde, vermelho e ouro e é muitas vezes comparada à alexandrita.", andalusite, false},
		{"pt-BR", "O anel tem uma andaluzita em prata de lei. A andaluzita mostra verde, amarelo-dourado e castanho-avermelhado.", andalusite, false},
		{"nl-NL", "De ring draagt een andalusiet in sterling zilver. Andalusiet laat groen, rood en goud zien en wordt vaak vergeleken met alexandriet.", andalusite, false},
		{"sv-SE", "Hänget har en ammolit i 18 karat gult guld. Ammolit visar blixtar av rött, grönt och guld och jämförs ofta med opal.", ammolite, false},
		{"sv-SE", "Ringen har en andalusit i sterlingsilver. Andalusit visar grönt, rött och guld och jämförs ofta med alexandrit.", andalusite, false},
		{"da-DK", "Vedhænget har en ammolit i 18 karat gult guld. Ammolit viser glimt af rødt, grønt og guld og sammenlignes ofte med opal.", ammolite, false},
		{"da-DK", "Ringen har en andalusit i sterlingsølv. Andalusit viser grønt, rødt og guld og sammenlignes ofte med alexandrit.", andalusite, false},
		{"nb-NO", "Anheng har en ammolitt i 18 karat gult gull. Ammolitt viser glimt av rødt, grønt og gull og sammenlignes ofte med opal.", ammolite, false},
		{"nb-NO", "Ringen har en andalusitt i sterlingsølv. Andalusitt viser grønt, rødt og gull og sammenlignes ofte med aleksandritt.", andalusite, false},
		{"fi-FI", "Riipuksessa on ammoliitti 18 karaatin keltakullassa. Ammoliitti näyttää punaisia, vihreitä ja kultaisia välähdyksiä, ja sitä verrataan usein opaaliin.", ammolite, false},
		{"fi-FI", "Sormuksessa on andalusiitti sterlinghopeassa. Andalusiitti näyttää vihreää, punaista ja kultaa, ja sitä verrataan usein aleksandriittiin.", andalusite, false},
		{"pl-PL", "Wisiorek ma amolit w 18-karatowym żółtym złocie. Amolit ukazuje błyski czerwieni, zieleni i złota i często porównuje się go z opalem.", ammolite, false},
		{"pl-PL", "Pierścionek ma andaluzyt w srebrze próby 925. Andaluzyt ukazuje zieleń, czerwień i złoto i często porównuje się go z aleksandrytem.", andalusite, false},
		{"cs-CZ", "Přívěsek nese amolit ve žlutém 18karátovém zlatě. Amolit ukazuje záblesky červené, zelené a zlaté a často se přirovnává k opálu.", ammolite, false},
		{"cs-CZ", "Prsten nese andalusit ve stříbře. Andalusit ukazuje zelenou, červenou a zlatou a často se přirovnává k alexandritu.", andalusite, false},
		{"tr-TR", "Kolyede 18 ayar sarı altın üzerinde bir amolit var. Amolit kırmızı, yeşil ve altın parıltılar gösterir ve sıklıkla opalle karşılaştırılır.", ammolite, false},
		{"tr-TR", "Yüzükte 925 ayar gümüş üzerinde bir andaluzit var. Andaluzit yeşil, kırmızı ve altın gösterir ve sıklıkla aleksandritle karşılaştırılır.", andalusite, false},
		{"el-GR", "Το μενταγιόν έχει έναν αμμολίτη σε κίτρινο χρυσό 18 καρατίων. Ο αμμολίτης δείχνει αναλαμπές σε κόκκινο, πράσινο και χρυσό και συχνά συγκρίνεται με τον οπάλιο.", ammolite, false},
		{"el-GR", "Το δαχτυλίδι έχει έναν ανδαλουσίτη σε ασήμι 925. Ο ανδαλουσίτης δείχνει πράσινο, κόκκινο και χρυσό και συχνά συγκρίνεται με τον αλεξανδρίτη.", andalusite, false},
		{"ar-AE", "تضم القلادة حجر أموليت في ذهب أصفر عيار 18. يُظهر الأموليت ومضات من الأحمر والأخضر والذهب وكثيرًا ما يُقارن بالأوبال.", ammolite, false},
		{"ja-JP", "このペンダントは18金イエローゴールドにアンモライトをあしらいました。アンモライトは赤や緑、金の輝きを見せ、よくオパールと比べられます。", ammolite, false},
		{"ko-KR", "이 반지는 스털링 실버에 안달루사이트를 세팅했습니다. 안달루사이트는 그린, 레드, 골드를 보여 주며 흔히 알렉산드라이트와 비교됩니다.", andalusite, false},
		{"zh-CN", "这款吊坠以18K黄金镶嵌一颗斑彩石。斑彩石闪现红、绿、金三色的光芒，常被拿来与欧泊相比。", ammolite, false},
		{"zh-CN", "这枚戒指以纯银镶嵌一颗红柱石。红柱石呈现绿、红、金三色，常被拿来与变石相比。", andalusite, false},
		{"zh-TW", "這款吊墜以18K黃金鑲嵌一顆斑彩石。斑彩石閃現紅、綠、金三色的光芒，常被拿來與蛋白石相比。", ammolite, false},
		{"zh-TW", "這枚戒指以純銀鑲嵌一顆紅柱石。紅柱石呈現綠、紅、金三色，常被拿來與變石相比。", andalusite, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The pendant holds an ammolite in 18k yellow gold. The pendant shows red, green and gold and also holds an opal.", ammolite, true},
		{"en-GB", "The ring holds an andalusite in sterling silver. The ring is green, red and gold.", andalusite, true},
		{"en-US", "The pendant holds an ammolite in 18k yellow gold. The pendant shows red, green and gold and also holds an opal.", ammolite, true},
		{"en-US", "The ring holds an andalusite in sterling silver. The ring is green, red and gold.", andalusite, true},
		{"en-AU", "The pendant holds an ammolite in 18k yellow gold. The pendant shows red, green and gold and also holds an opal.", ammolite, true},
		{"en-AU", "The ring holds an andalusite in sterling silver. The ring is green, red and gold.", andalusite, true},
		{"de-DE", "Der Anhänger trägt einen Ammolith in 18 Karat Gelbgold. Der Anhänger zeigt Rot, Grün und Gold und trägt außerdem einen Opal.", ammolite, true},
		{"de-DE", "Der Ring trägt einen Andalusit in Sterlingsilber. Der Ring ist grün, rot und gold.", andalusite, true},
		{"fr-FR", "Le pendentif porte une ammolite sur or jaune 18 carats. Le pendentif montre des reflets rouges, verts et dorés et porte aussi une opale.", ammolite, true},
		{"fr-FR", "La bague porte une andalousite sur argent sterling. La bague est verte, rouge et dorée.", andalusite, true},
		{"fr-CA", "Le pendentif porte une ammolite sur or jaune 18 carats. Le pendentif montre des reflets rouges, verts et dorés et porte aussi une opale.", ammolite, true},
		{"fr-CA", "La bague porte une andalousite sur argent sterling. La bague est verte, rouge et dorée.", andalusite, true},
		{"es-ES", "El colgante lleva una amolita en oro amarillo de 18 quilates. El colgante muestra destellos rojos, verdes y dorados y lleva también un ópalo.", ammolite, true},
		{"es-ES", "El anillo lleva una andalucita en plata de ley. El anillo es verde, rojo y dorado.", andalusite, true},
		{"es-MX", "El colgante lleva una amolita en oro amarillo de 18 quilates. El colgante muestra destellos rojos, verdes y dorados y lleva también un ópalo.", ammolite, true},
		{"es-MX", "El anillo lleva una andalucita en plata de ley. El anillo es verde, rojo y dorado.", andalusite, true},
		{"it-IT", "Il ciondolo porta un'ammolite in oro giallo 18 carati. Il ciondolo mostra lampi rossi, verdi e dorati e porta anche un opale.", ammolite, true},
		{"it-IT", "L'anello porta un'andalusite in argento sterling. L'anello è verde, rosso e dorato.", andalusite, true},
		{"pt-PT", "O pingente tem uma amolita em ouro amarelo 18 quilates. O pingente mostra reflexos vermelhos, verdes e dourados e tem também uma opala.", ammolite, true},
		{"pt-PT", "O anel tem uma andaluzita em prata de lei. O anel é verde, vermelho e dourado.", andalusite, true},
		{"pt-BR", "O pingente tem uma amolita em ouro amarelo 18 quilates. O pingente mostra reflexos vermelhos, verdes e dourados e tem também uma opala.", ammolite, true},
		{"pt-BR", "O anel tem uma andaluzita em prata de lei. O anel é verde, vermelho e dourado.", andalusite, true},
		{"nl-NL", "De hanger draagt een ammoliet in 18 karaat geelgoud. De hanger toont rood, groen en goud en draagt ook een opaal.", ammolite, true},
		{"nl-NL", "De ring draagt een andalusiet in sterling zilver. De ring is groen, rood en goud.", andalusite, true},
		{"sv-SE", "Hänget har en ammolit i 18 karat gult guld. Hänget visar rött, grönt och guld och har också en opal.", ammolite, true},
		{"sv-SE", "Ringen har en andalusit i sterlingsilver. Ringen är grön, röd och guld.", andalusite, true},
		{"da-DK", "Vedhænget har en ammolit i 18 karat gult guld. Vedhænget viser rødt, grønt og guld og har også en opal.", ammolite, true},
		{"da-DK", "Ringen har en andalusit i sterlingsølv. Ringen er grøn, rød og guld.", andalusite, true},
		{"nb-NO", "Anheng har en ammolitt i 18 karat gult gull. Anhenget viser rødt, grønt og gull og har også en opal.", ammolite, true},
		{"nb-NO", "Ringen har en andalusitt i sterlingsølv. Ringen er grønn, rød og gull.", andalusite, true},
		{"fi-FI", "Riipuksessa on ammoliitti 18 karaatin keltakullassa. Riipus näyttää punaista, vihreää ja kultaa, ja siinä on myös opaali.", ammolite, true},
		{"fi-FI", "Sormuksessa on andalusiitti sterlinghopeassa. Sormus on vihreä, punainen ja kultainen.", andalusite, true},
		{"pl-PL", "Wisiorek ma amolit w 18-karatowym żółtym złocie. Wisiorek ukazuje czerwień, zieleń i złoto i ma też opal.", ammolite, true},
		{"pl-PL", "Pierścionek ma andaluzyt w srebrze próby 925. Pierścionek jest zielony, czerwony i złoty.", andalusite, true},
		{"cs-CZ", "Přívěsek nese amolit ve žlutém 18karátovém zlatě. Přívěsek ukazuje červenou, zelenou a zlatou a nese také opál.", ammolite, true},
		{"cs-CZ", "Prsten nese andalusit ve stříbře. Prsten je zelený, červený a zlatý.", andalusite, true},
		{"tr-TR", "Kolyede 18 ayar sarı altın üzerinde bir amolit var. Kolye kırmızı, yeşil ve altın gösterir ve ayrıca bir opal taşır.", ammolite, true},
		{"tr-TR", "Yüzükte 925 ayar gümüş üzerinde bir andaluzit var. Yüzük yeşil, kırmızı ve altın renginde.", andalusite, true},
		{"el-GR", "Το μενταγιόν έχει έναν αμμολίτη σε κίτρινο χρυσό 18 καρατίων. Το μενταγιόν δείχνει κόκκινο, πράσινο και χρυσό και έχει επίσης έναν οπάλιο.", ammolite, true},
		{"el-GR", "Το δαχτυλίδι έχει έναν ανδαλουσίτη σε ασήμι 925. Το δαχτυλίδι είναι πράσινο, κόκκινο και χρυσό.", andalusite, true},
		{"ar-AE", "تضم القلادة حجر أموليت في ذهب أصفر عيار 18. تُظهر القلادة الأحمر والأخضر والذهب وتضم أيضًا حجر أوبال.", ammolite, true},
		{"ar-AE", "يضم الخاتم حجر أندالوسيت في فضة إسترلينية. الخاتم أخضر وأحمر وذهبي.", andalusite, true},
		{"ja-JP", "このペンダントは18金イエローゴールドにアンモライトをあしらいました。ペンダントは赤や緑、金の輝きを見せ、オパールも留めています。", ammolite, true},
		{"ja-JP", "このリングはスターリングシルバーにアンダリュサイトをあしらいました。このリングは緑、赤、金です。", andalusite, true},
		{"ko-KR", "이 펜던트는 18K 옐로 골드에 암몰라이트를 세팅했습니다. 펜던트는 레드, 그린, 골드 컬러를 보여 주며 오팔도 세팅되어 있습니다.", ammolite, true},
		{"ko-KR", "이 반지는 스털링 실버에 안달루사이트를 세팅했습니다. 이 반지는 그린, 레드, 골드입니다.", andalusite, true},
		{"zh-CN", "这款吊坠以18K黄金镶嵌一颗斑彩石。吊坠闪现红、绿、金三色，还镶有一颗欧泊。", ammolite, true},
		{"zh-CN", "这枚戒指以纯银镶嵌一颗红柱石。这枚戒指是绿、红、金三色的。", andalusite, true},
		{"zh-TW", "這款吊墜以18K黃金鑲嵌一顆斑彩石。吊墜閃現紅、綠、金三色，還鑲有一顆蛋白石。", ammolite, true},
		{"zh-TW", "這枚戒指以純銀鑲嵌一顆紅柱石。這枚戒指是綠、紅、金三色的。", andalusite, true},
	})
}
