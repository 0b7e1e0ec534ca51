package checks

import "testing"

// name51NameSubject: a styling cue (packs' cross_sell) and then, in the
// same sentence, a clause whose subject is the product's own name
// (product.name: "Linea Band"), with or without an article, in any case
// the pack knows (ko "Linea Band는", "Linea Band가"), bare or before the
// piece's own category word (fi "Linea Band -sormuksella", ja "Linea
// Bandリングは"), or heading a relative clause (fi "joka on", "which is",
// "der … ist", "som är", "która jest", "που είναι"): the clause states a
// false metal of the band itself (it is 14k white gold), never of the
// item the cue names (#13, name51; adv50a's open leak (1)).
var name51NameSubject = [][2]string{
	{"en-GB", "Wear it with jeans, because the Linea Band itself is solid 18k yellow gold."},
	{"en-GB", "Wear it with jeans, because Linea Band is solid 18k yellow gold."},
	{"en-GB", "Wear it with jeans, because the Linea Band, which is solid 18k yellow gold, suits denim."},
	{"en-US", "Complement it with denim, since the Linea Band is solid yellow gold."},
	{"en-US", "Style it with a white tee: the Linea Band is 18k yellow gold."},
	{"en-AU", "Accompany it with a silk scarf, as the Linea Band is crafted in yellow gold."},
	{"de-DE", "Ergänzen Sie ihn mit Jeans, denn der Linea Band ist aus Gelbgold."},
	{"de-DE", "Ergänzen Sie ihn mit Jeans, denn Linea Band ist aus Gelbgold."},
	{"de-DE", "Kombinieren Sie ihn mit Jeans, denn der Linea Band, der aus Gelbgold gefertigt ist, passt zu Denim."},
	{"de-DE", "Kombinieren Sie ihn mit Jeans: Linea Band besteht aus Gelbgold."},
	{"fr-FR", "Complétez-la d'une robe noire, car Linea Band est en or jaune 18 carats."},
	{"fr-FR", "Associez-la à un jean, car la Linea Band, qui est en or jaune, s'accorde au denim."},
	{"fr-CA", "Accompagnez-la d'un jean, car la Linea Band est en or jaune."},
	{"it-IT", "Lo completi con un abito nero, perché Linea Band è in oro giallo."},
	{"it-IT", "Abbinalo ai jeans, perché il Linea Band è realizzato in oro giallo."},
	{"es-ES", "Complétalo con unos vaqueros, ya que Linea Band es de oro amarillo."},
	{"es-ES", "Combínalo con vaqueros, porque el Linea Band está hecho de oro amarillo."},
	{"es-MX", "Acompáñelo de unos jeans, porque Linea Band es de oro amarillo."},
	{"pt-PT", "Pode conjugá-lo com jeans, pois o Linea Band é em ouro amarelo."},
	{"pt-BR", "Complete-o com jeans, pois o Linea Band é de ouro amarelo."},
	{"pt-BR", "Combine-o com jeans, porque o Linea Band, que é de ouro amarelo, combina com tudo."},
	{"nl-NL", "Draag hem met jeans, want de Linea Band is van geelgoud."},
	{"nl-NL", "Combineer hem met jeans, want de Linea Band, die van geelgoud is, past bij denim."},
	{"sv-SE", "Bär den gärna med jeans, för Linea Band är gjord i gult guld."},
	{"sv-SE", "Kombinera den med jeans, eftersom Linea Band, som är i gult guld, passar till allt."},
	{"da-DK", "Bær den gerne med jeans, for Linea Band er lavet i gult guld."},
	{"da-DK", "Kombiner den med jeans, fordi Linea Band, som er i gult guld, passer til alt."},
	{"nb-NO", "Bruk den gjerne med jeans, for Linea Band er laget i gult gull."},
	{"nb-NO", "Kombiner den med jeans, fordi Linea Band, som er i gult gull, passer til alt."},
	{"fi-FI", "Täydennä asuasi Linea Band -sormuksella, joka on keltakultaa."},
	{"fi-FI", "Täydennä asuasi farkuilla, sillä Linea Band on keltakultaa."},
	{"pl-PL", "Noś go z dżinsami, bo Linea Band jest z żółtego złota."},
	{"pl-PL", "Połącz ją z dżinsami, bo Linea Band, która jest z żółtego złota, pasuje do wszystkiego."},
	{"pl-PL", "Noś ją z dżinsami, bo obrączka Linea Band wykonana jest z żółtego złota."},
	{"cs-CZ", "Noste ho s džínami, protože Linea Band je ze žlutého zlata."},
	{"cs-CZ", "Zkombinujte ho s džínami, protože Linea Band, který je ze žlutého zlata, se hodí ke všemu."},
	{"el-GR", "Φορέστε το με τζιν, γιατί το Linea Band είναι από κίτρινο χρυσό."},
	{"el-GR", "Συνδυάστε το με τζιν, γιατί το Linea Band, που είναι από κίτρινο χρυσό, ταιριάζει με όλα."},
	{"tr-TR", "Kot pantolonla kombinleyin, çünkü Linea Band sarı altından yapılmıştır."},
	{"tr-TR", "Kot pantolonla kombinleyin, çünkü Linea Band yüzük sarı altından yapılmıştır."},
	{"ar-AE", "نسّقه مع الجينز، لأن Linea Band مصنوع من الذهب الأصفر."},
	{"ar-AE", "نسّقه مع الجينز، لأن خاتم Linea Band مصنوع من الذهب الأصفر."},
	{"ar-AE", "نسّقه مع الجينز، لأن Linea Band هو من الذهب الأصفر عيار 18."},
	{"ja-JP", "ジーンズと合わせて、Linea Bandはイエローゴールド製です。"},
	{"ja-JP", "ジーンズと合わせて、Linea Bandリングはイエローゴールド製です。"},
	{"ko-KR", "청바지와 함께 착용하세요, Linea Band는 옐로 골드입니다."},
	{"ko-KR", "청바지와 함께 착용하세요, Linea Band 반지는 옐로 골드입니다."},
	{"ko-KR", "청바지와 함께 착용하세요, Linea Band가 옐로 골드로 만들어졌습니다."},
	{"zh-CN", "可搭配牛仔裤佩戴，Linea Band为18K黄金。"},
	{"zh-CN", "可搭配牛仔裤佩戴，Linea Band是18K黄金打造的。"},
	{"zh-TW", "可搭配牛仔褲佩戴，Linea Band為18K黃金。"},
	{"zh-TW", "可搭配牛仔褲佩戴，Linea Band戒指為18K黃金。"},
}

// name51NecklaceSubject: the same kind on the sterling silver Linea
// Necklace, whose name holds its category word, quoted or bare, beside a
// false gold (#13, name51).
var name51NecklaceSubject = [][2]string{
	{"en-GB", "Layer it with a long chain, because the Linea Necklace is solid 18k gold."},
	{"en-GB", "Wear it with jeans, because the “Linea Necklace” is 18k gold."},
	{"de-DE", "Kombinieren Sie sie mit einem Pullover, denn die Linea Necklace ist aus 18 Karat Gold."},
	{"ja-JP", "ニットと合わせて、Linea Necklaceは18Kゴールド製です。"},
	{"tr-TR", "Kot pantolonla kombinleyin, çünkü Linea Necklace 18 ayar altından yapılmıştır."},
	{"ko-KR", "청바지와 함께 착용하세요, Linea Necklace은 18K 골드입니다."},
	{"en-GB", "Wear it with jeans, because the Linea Necklace's chain is 18k gold."},
	{"en-US", "Wear it with a tee, since the Linea Necklace was crafted in 18k gold."},
	{"pl-PL", "Noś go z dżinsami, bo naszyjnik Linea Necklace został wykonany z 18-karatowego złota."},
	{"es-ES", "Combínalo con vaqueros, porque el collar Linea Necklace fue elaborado en oro de 18 quilates."},
}

// name51OurPart: a position word of the packs' cross_sell (pl "obok", cs
// "vedle") before ours and a component of the necklace itself in the
// case the preposition governs (genitive: pl "zapięcia",
// "karabińczyka", cs "zapínání", "karabinky", "háčku"), then a verb and
// a stone with no article: the stone hangs on the necklace, which has
// none (#13, name51; adv50a's open leak (2)).
var name51OurPart = [][2]string{
	{"pl-PL", "Obok naszego zapięcia wisi mały szafir."},
	{"pl-PL", "Obok naszego karabińczyka wisi mały szafir."},
	{"cs-CZ", "Vedle našeho zapínání visí malý safír."},
	{"cs-CZ", "Vedle naší karabinky visí malý safír."},
	{"cs-CZ", "Vedle našeho háčku visí malý safír."},
}

// name51OtherName: true copy on the sterling silver Linea Necklace that
// names another product of ours by its own name ("Linea Band"), whose
// metal the clause states: the other name is no run of product.name, so
// the styling cue still covers it, in 25 locales; and a clasp of ours
// sold with its own metal right after it (head links: pl "z", cs "ze").
var name51OtherName = [][2]string{
	{"en-GB", "Pair it with our Linea Band, which is solid 18k yellow gold."},
	{"en-US", "Wear it with jeans and the Linea Band, which is 18k yellow gold."},
	{"en-AU", "Layer it with our Linea Band in yellow gold."},
	{"de-DE", "Kombinieren Sie sie mit unserem Linea Band, der aus Gelbgold ist."},
	{"fr-FR", "Associez-le à notre Linea Band, qui est en or jaune 18 carats."},
	{"fr-CA", "Accompagnez-le de notre bague Linea Band en or jaune."},
	{"it-IT", "Abbinala al nostro Linea Band, che è in oro giallo."},
	{"es-ES", "Combínalo con nuestro Linea Band, que es de oro amarillo."},
	{"es-MX", "Acompáñelo de nuestro anillo Linea Band de oro amarillo."},
	{"pt-PT", "Conjugue-o com o nosso Linea Band, que é em ouro amarelo."},
	{"pt-BR", "Combine-o com o nosso Linea Band, que é de ouro amarelo."},
	{"nl-NL", "Combineer hem met onze Linea Band, die van geelgoud is."},
	{"sv-SE", "Kombinera det med vår Linea Band, som är i gult guld."},
	{"da-DK", "Kombiner den med vores Linea Band, som er i gult guld."},
	{"nb-NO", "Kombiner det med vår Linea Band, som er i gult gull."},
	{"fi-FI", "Yhdistä se Linea Band -sormukseemme, joka on keltakultaa."},
	{"pl-PL", "Połącz go z naszą obrączką Linea Band, która jest z żółtego złota."},
	{"cs-CZ", "Zkombinujte ho s naším prstenem Linea Band, který je ze žlutého zlata."},
	{"el-GR", "Συνδυάστε το με το Linea Band μας, που είναι από κίτρινο χρυσό."},
	{"tr-TR", "Linea Band yüzüğümüzle kombinleyin, Linea Band sarı altından yapılmıştır."},
	{"ar-AE", "نسّقه مع خاتم Linea Band المصنوع من الذهب الأصفر."},
	{"ja-JP", "Linea Bandリングと合わせて、Linea Bandはイエローゴールド製です。"},
	{"ko-KR", "Linea Band 반지와 함께 착용하세요, Linea Band는 옐로 골드입니다."},
	{"zh-CN", "可搭配我们的Linea Band戒指佩戴，Linea Band为18K黄金。"},
	{"zh-TW", "可搭配我們的Linea Band戒指佩戴，Linea Band為18K黃金。"},
	{"pl-PL", "Połącz go z naszym karabińczykiem z żółtego złota."},
	{"cs-CZ", "Doplňte ho naší karabinkou ze žlutého zlata."},
}

// name51OwnNameOther: true copy on the white gold band where its own name
// stands after the cue and the yellow gold is another piece's: named
// after it in the clause ("and the hoops are yellow gold"), before the
// name ("our yellow gold hoops, since the Linea Band is white gold"), or
// the name heads another product's name ("the Linea Band Earrings").
var name51OwnNameOther = [][2]string{
	{"en-GB", "Pair it with our hoops: the Linea Band is white gold and the hoops are yellow gold."},
	{"en-GB", "Stack it with the Linea Band Earrings in yellow gold."},
	{"en-US", "Wear it with our yellow gold hoops, since the Linea Band is white gold."},
	{"de-DE", "Kombinieren Sie ihn mit unseren Creolen, denn der Linea Band ist aus Weißgold und die Creolen aus Gelbgold."},
	{"fr-FR", "Associez-la à nos créoles, car la Linea Band est en or blanc et les créoles en or jaune."},
	{"sv-SE", "Bär den med våra örhängen, för Linea Band är i vitguld och örhängena i gult guld."},
	{"pl-PL", "Noś ją z naszymi kolczykami, bo Linea Band jest z białego złota, a kolczyki z żółtego złota."},
	{"ja-JP", "イエローゴールドのピアスと合わせて、Linea Bandはホワイトゴールド製です。"},
	{"ko-KR", "옐로 골드 귀걸이와 함께 착용하세요, Linea Band는 화이트 골드입니다."},
	{"zh-CN", "可搭配我们的黄金耳环，Linea Band为白K金。"},
	{"en-GB", "Pair it with the Linea Band's sister hoops in yellow gold."},
	{"en-US", "Wear it with our hoops, since the Linea Band's hoops are crafted in yellow gold."},
}

// TestKindsName51 (#13, name51): the guard rails of the leak fixed in
// TestKindsName51Bad. True copy still passes grounding: another product
// of ours named by its own name with its metal (25 locales), a clasp of
// ours with its metal after it, and the band's own name after a styling
// cue where the yellow gold is another piece's. These rows pass on main
// 7ff2e44a as after the change; the rows of the kind that failed on main
// are TestKindsName51Bad's (a leak: they passed grounding there).
func TestKindsName51(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(adv50aNecklace, false, name51OtherName))
	checkKindRows(t, svc, CatGrounding, pairRows(other50Band, false, name51OwnNameOther))
}

// TestKindsName51Bad (#13, name51): the leak. After a styling cue the
// product's own name as the subject of a clause (grounding
// ownNameSubject), or ours before a component of the piece and then a
// verb and a stone (grounding besideOwnPart, linkedAfter; pl/cs
// component cases in the packs), still block as grounding in 25 locales.
// Every row passed grounding on main d8b2d461 (adv50a's open rows and
// their kind in every locale).
func TestKindsName51Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(other50Band, true, name51NameSubject))
	checkKindRows(t, svc, CatGrounding, pairRows(adv50aNecklace, true, name51NecklaceSubject))
	checkKindRows(t, svc, CatGrounding, pairRows(adv50aNecklace, true, name51OurPart))
}

// TestKindsName51Open (#13, name51): the kind's rows left passing.
func TestKindsName51Open(t *testing.T) {
	t.Skip("open (#13, name51): a passive auxiliary and a verb of making that no pack lists (cs 'byl vyroben z': vyroben is no cs piece_verbs form) and German's verb-final passive ('wurde aus 18 Karat Gold gefertigt': the verb stands after the metal, three tokens past the name)")
	checkKindRows(t, checkService(t), CatGrounding, pairRows(adv50aNecklace, true, [][2]string{
		{"cs-CZ", "Noste ho s džínami, protože náhrdelník Linea Necklace byl vyroben z 18karátového zlata."},
		{"de-DE", "Kombinieren Sie sie mit Jeans, denn die Linea Necklace wurde aus 18 Karat Gold gefertigt."},
	}))
}
