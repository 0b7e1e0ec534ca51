package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// karatScale39 is one locale's copy that explains the karat scale on an
// 18k gold piece: pure 24 karat before the sentence that states 18k's
// share (pure), the share stated and the scale's other steps compared
// with their own shares (compare), the share stated and 24 karat carried
// in the next sentence (carried); and the bad twins, the piece said to be
// of another fineness after the same share (this14k, madeOf24).
type karatScale39 struct {
	locale, pure, anchor, compare, carried, this14k, madeOf24 string
}

var karatScale39Rows = []karatScale39{
	{"en-GB", "Pure 24-karat gold is too soft for everyday wear.", "18k gold is 75 per cent gold, or 750 parts per thousand.", "By comparison, 14k gold holds 58.5 per cent gold and 9k only 37.5 per cent.", "24-karat gold bends too easily for daily wear.", "This 14k ring is polished to a soft shine.", "The ring is made of 24-karat gold."},
	{"en-US", "Pure 24-karat gold is too soft for everyday wear.", "18k gold is 75 percent gold, or 18 parts of 24.", "By comparison, 14k gold holds 58.5 percent gold and 10k only 41.7 percent.", "24-karat gold bends too easily for daily wear.", "This 14k ring is polished to a soft shine.", "Made of 24-karat gold."},
	{"en-AU", "Pure 24 karat gold is too soft for everyday wear.", "18 karat gold is 75% gold, or 750 parts per thousand.", "By comparison, 14 karat gold holds 58.5% gold and 9 karat only 37.5%.", "24 karat gold bends too easily for daily wear.", "This 14 karat ring is polished to a soft shine.", "The ring is made of 24 karat gold."},
	{"de-DE", "Reines 24 Karat Gold ist für den Alltag zu weich.", "18 Karat Gold besteht zu 75 Prozent aus Gold, also 750 Tausendstel.", "Zum Vergleich: 14 Karat Gold enthält 58,5 Prozent Gold und 9 Karat nur 37,5 Prozent.", "24 Karat Gold verbiegt sich im Alltag zu leicht.", "Dieser Ring aus 14 Karat Gold ist hochglanzpoliert.", "Der Ring ist aus 24 Karat Gold gefertigt."},
	{"fr-FR", "L'or pur 24 carats est trop mou pour un usage quotidien.", "L'or 18 carats se compose de 75 % d'or fin, soit 750 millièmes.", "Par comparaison, l'or 14 carats contient 58,5 % d'or et l'or 9 carats seulement 37,5 %.", "L'or 24 carats se déforme facilement au quotidien.", "Cette bague en or 14 carats est polie.", "La bague est faite d'or 24 carats."},
	{"fr-CA", "L'or pur 24 carats est trop mou pour un usage quotidien.", "L'or 18 carats contient 75 pour cent d'or, soit 750 millièmes.", "Par comparaison, l'or 14 carats contient 58,5 pour cent d'or et l'or 10 carats seulement 41,7 pour cent.", "L'or 24 carats se déforme facilement au quotidien.", "Cette bague en or 14 carats est polie.", "La bague est faite d'or 24 carats."},
	{"es-ES", "El oro puro de 24 quilates es demasiado blando para el uso diario.", "El oro de 18 quilates contiene un 75 por ciento de oro, es decir, 750 milésimas.", "En comparación, el oro de 14 quilates contiene un 58,5 por ciento de oro y el de 9 quilates solo un 37,5 por ciento.", "El oro de 24 quilates se dobla con facilidad en el uso diario.", "Este anillo de oro de 14 quilates está pulido.", "El anillo está hecho de oro de 24 quilates."},
	{"es-MX", "El oro puro de 24 quilates es demasiado blando para el uso diario.", "El oro de 18 quilates contiene 75% de oro, es decir, 750 milésimas.", "En comparación, el oro de 14 quilates contiene 58.5% de oro y el de 10 quilates solo 41.7%.", "El oro de 24 quilates se dobla con facilidad en el uso diario.", "Este anillo de oro de 14 quilates está pulido.", "El anillo está hecho de oro de 24 quilates."},
	{"it-IT", "L'oro puro a 24 carati è troppo morbido per l'uso quotidiano.", "L'oro 18 carati contiene il 75 per cento di oro, cioè 750 millesimi.", "Per confronto, l'oro 14 carati contiene il 58,5 per cento di oro e il 9 carati solo il 37,5 per cento.", "L'oro a 24 carati si piega facilmente nell'uso quotidiano.", "Questo anello in oro 14 carati è lucidato.", "L'anello è fatto di oro 24 carati."},
	{"pt-PT", "O ouro puro de 24 quilates é demasiado macio para o dia a dia.", "O ouro de 18 quilates contém 75 por cento de ouro, ou seja, 750 milésimas.", "Em comparação, o ouro de 14 quilates contém 58,5 por cento de ouro e o de 9 quilates apenas 37,5 por cento.", "O ouro de 24 quilates dobra-se facilmente no dia a dia.", "Este anel de ouro de 14 quilates é polido.", "O anel é feito de ouro de 24 quilates."},
	{"pt-BR", "O ouro puro de 24 quilates é macio demais para o uso diário.", "O ouro de 18 quilates contém 75% de ouro, ou seja, 750 milésimos.", "Em comparação, o ouro de 14 quilates contém 58,5% de ouro e o de 10 quilates apenas 41,7%.", "O ouro de 24 quilates se dobra facilmente no uso diário.", "Este anel de ouro de 14 quilates é polido.", "O anel é feito de ouro de 24 quilates."},
	{"nl-NL", "Puur 24 karaat goud is te zacht voor dagelijks gebruik.", "18 karaat goud bestaat voor 75 procent uit goud, oftewel 750 duizendsten.", "Ter vergelijking: 14 karaat goud bevat 58,5 procent goud en 9 karaat slechts 37,5 procent.", "24 karaat goud buigt bij dagelijks gebruik gemakkelijk.", "Deze ring van 14 karaat goud is hoogglans gepolijst.", "De ring is gemaakt van 24 karaat goud."},
	{"da-DK", "Rent 24 karat guld er for blødt til daglig brug.", "18 karat guld består af 75 procent guld, altså 750 tusindedele.", "Til sammenligning indeholder 14 karat guld 58,5 procent guld og 8 karat kun 33,3 procent.", "24 karat guld bøjer let ved daglig brug.", "Denne ring i 14 karat guld er højglanspoleret.", "Ringen er lavet af 24 karat guld."},
	{"sv-SE", "Rent 24 karats guld är för mjukt för daglig användning.", "18 karats guld består av 75 procent guld, alltså 750 tusendelar.", "Som jämförelse innehåller 14 karats guld 58,5 procent guld och 9 karats guld bara 37,5 procent.", "24 karats guld böjs lätt vid daglig användning.", "Den här ringen i 14 karats guld är högglanspolerad.", "Ringen är gjord av 24 karats guld."},
	{"nb-NO", "Rent 24 karat gull er for mykt til daglig bruk.", "18 karat gull består av 75 prosent gull, altså 750 tusendeler.", "Til sammenligning inneholder 14 karat gull 58,5 prosent gull og 9 karat gull bare 37,5 prosent.", "24 karat gull bøyer seg lett ved daglig bruk.", "Denne ringen i 14 karat gull er høyglanspolert.", "Ringen er laget av 24 karat gull."},
	{"fi-FI", "Puhdas 24 karaatin kulta on liian pehmeää päivittäiseen käyttöön.", "18 karaatin kullassa on 75 prosenttia kultaa eli 750 tuhannesosaa.", "Vertailun vuoksi 14 karaatin kullassa on kultaa 58,5 prosenttia ja 9 karaatin kullassa vain 37,5 prosenttia.", "24 karaatin kulta taipuu helposti päivittäisessä käytössä.", "Tämä 14 karaatin kultasormus on kiillotettu.", "Sormus on tehty 24 karaatin kullasta."},
	{"pl-PL", "Czyste 24-karatowe złoto jest zbyt miękkie do codziennego noszenia.", "18-karatowe złoto zawiera 75 procent złota, czyli 750 tysięcznych.", "Dla porównania 14-karatowe złoto zawiera 58,5 procent złota, a 9-karatowe tylko 37,5 procent.", "24-karatowe złoto łatwo się wygina przy codziennym noszeniu.", "Ten pierścionek z 14-karatowego złota jest wypolerowany.", "Pierścionek jest zrobiony z 24-karatowego złota."},
	{"cs-CZ", "Čisté 24karátové zlato je na každodenní nošení příliš měkké.", "18karátové zlato obsahuje 75 procent zlata, tedy 750 tisícin.", "Pro srovnání 14karátové zlato obsahuje 58,5 procenta zlata a 9karátové jen 37,5 procenta.", "24karátové zlato se při každodenním nošení snadno ohýbá.", "Tento prsten ze 14karátového zlata je vyleštěný.", "Prsten je vyroben z 24karátového zlata."},
	{"el-GR", "Ο καθαρός χρυσός 24 καρατίων είναι πολύ μαλακός για καθημερινή χρήση.", "Ο χρυσός 18 καρατίων περιέχει 75 τοις εκατό χρυσό, δηλαδή 750 χιλιοστά.", "Για σύγκριση, ο χρυσός 14 καρατίων περιέχει 58,5 τοις εκατό χρυσό και ο χρυσός 9 καρατίων μόνο 37,5 τοις εκατό.", "Ο χρυσός 24 καρατίων λυγίζει εύκολα στην καθημερινή χρήση.", "Αυτό το δαχτυλίδι από χρυσό 14 καρατίων είναι γυαλισμένο.", "Το δαχτυλίδι είναι φτιαγμένο από χρυσό 24 καρατίων."},
	{"tr-TR", "Saf 24 ayar altın günlük kullanım için fazla yumuşaktır.", "18 ayar altın yüzde 75 altın, yani binde 750 altın içerir.", "Karşılaştırmak gerekirse 14 ayar altın yüzde 58,5 altın, 9 ayar altın ise yalnızca yüzde 37,5 altın içerir.", "24 ayar altın günlük kullanımda kolayca eğilir.", "Bu 14 ayar altın yüzük parlak cilalıdır.", "Yüzük 24 ayar altından yapılmıştır."},
	{"ar-AE", "الذهب الخالص عيار 24 طري جدًا للاستخدام اليومي.", "الذهب عيار 18 يحتوي على 75 في المئة من الذهب، أي 750 من الألف.", "وللمقارنة، يحتوي الذهب عيار 14 على 58.5 في المئة من الذهب، والذهب عيار 9 على 37.5 في المئة فقط.", "الذهب عيار 24 ينثني بسهولة في الاستخدام اليومي.", "هذا الخاتم من الذهب عيار 14 مصقول بلمعان ناعم.", "الخاتم مصنوع من الذهب عيار 24."},
	{"ja-JP", "24金の純金は柔らかすぎて日常使いには向きません。", "18金は75%が金で、千分の750です。", "比べると、14金は金が58.5%、9金はわずか37.5%です。", "24金は日常使いで曲がりやすい金属です。", "この14金の指輪は鏡面仕上げです。", "この指輪は24金でできています。"},
	{"ko-KR", "24K 순금은 너무 물러서 일상용으로 적합하지 않습니다.", "18K 금은 75%가 금으로, 천분의 750입니다.", "비교하면 14K 금은 금 함량이 58.5%이고 9K 금은 37.5%에 불과합니다.", "24K 금은 일상에서 쉽게 휘어집니다.", "이 14K 금 반지는 광택 마감되었습니다.", "이 반지는 24K 금으로 만들어졌습니다."},
	{"zh-CN", "24K纯金太软，不适合日常佩戴。", "18K金含75%的金，也就是千分之750。", "相比之下，14K金含金58.5%，9K金仅含37.5%。", "24K金在日常佩戴中容易变形。", "这枚14K金戒指经过抛光。", "这枚戒指由24K金制成。"},
	{"zh-TW", "24K純金太軟，不適合日常配戴。", "18K金含75%的金，也就是千分之750。", "相比之下，14K金含金58.5%，9K金僅含37.5%。", "24K金在日常配戴中容易變形。", "這枚14K金戒指經過拋光。", "這枚戒指由24K金製成。"},
}

// TestKindsKaratScale39 (#13, karat39; probe 39C en-US 39C102, it-IT
// 39C101, pt-PT 39C104, nl-NL 39C102, nb-NO 39C103, fi-FI 39C104, cs-CZ
// 39C101, zh-TW 39C104, en-GB 39C103-2): copy that explains an 18k
// piece's fineness by the karat scale names the scale's other steps, pure
// 24 karat and the finenesses compared with their own shares of gold;
// they are the scale's, not the piece's (grounding/karat_scale.go). Before,
// each blocked grounding.karat. Bad twins: after the same share, the
// piece called 14k ("This 14k ring") or made of 24-karat gold, and the
// explanation on a gold-plated piece, still block.
func TestKindsKaratScale39(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	gold := core.Product{SKU: "KS39A", Name: "Solace", Category: "ring", Collection: "Essence",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}
	plated := core.Product{SKU: "KS39B", Name: "Solace", Category: "ring", Collection: "Essence",
		Materials: []string{"gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold"}}, Colours: []string{"gold"}}
	var rows []kindRow
	for _, r := range karatScale39Rows {
		rows = append(rows,
			kindRow{r.locale, r.pure + " " + r.anchor, gold, false},
			kindRow{r.locale, r.anchor + " " + r.compare, gold, false},
			kindRow{r.locale, r.anchor + " " + r.carried, gold, false},
			kindRow{r.locale, r.anchor + " " + r.this14k, gold, true},
			kindRow{r.locale, r.anchor + " " + r.madeOf24, gold, true},
			kindRow{r.locale, r.pure + " " + r.anchor, plated, true},
		)
	}
	checkKindRows(t, svc, "", rows)
}
