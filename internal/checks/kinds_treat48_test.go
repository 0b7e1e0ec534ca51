package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsTreat48 (#13, treat48): probe 48's treated stones.
var (
	treat48Carnelian = core.Product{SKU: "T48C", Name: "Ember Signet Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "925", PlatingMicrons: 2.5}},
		Stones:  []core.Stone{{Type: "carnelian", Colour: "orange", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"gold", "orange"}}
	treat48Opal = core.Product{SKU: "T48O", Name: "Pendente Aurora", Category: "pendant", Collection: "Reflexions",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "opal doublet", Colour: "multicolour", Count: 1, Origin: core.OriginNatural, Treatment: "assembled"}},
		Colours: []string{"multicolour", "silver"}}
	treat48Amber = core.Product{SKU: "T48A", Name: "Baltic Amber Pendant", Category: "necklace", Collection: "Heritage",
		Materials: []string{"gold-plated sterling silver", "amber"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "925", PlatingMicrons: 2}},
		Stones:  []core.Stone{{Type: "amber", Colour: "cognac", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"cognac", "gold"}}
	treat48Ruby = core.Product{SKU: "T48R", Name: "Ruby Stud Earrings", Category: "earrings", Collection: "Lumière",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "ruby", Colour: "red", Count: 2, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"red", "gold"}}
	treat48Turquoise = core.Product{SKU: "T48T", Name: "Turquoise Cocktail Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "stabilised"}},
		Colours: []string{"blue", "silver"}}
	treat48Topaz = core.Product{SKU: "T48Z", Name: "London Blue Topaz Ring", Category: "ring", Collection: "Lumière",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "London blue topaz", Colour: "deep blue", Count: 1, Origin: core.OriginNatural, Treatment: "irradiated"}},
		Colours: []string{"blue", "silver"}}
)

// TestKindsTreat48 (#13, treat48): a disclosed treatment denied by a
// negated verb or participle of treatment joined to another ("has not been
// heated or treated in any way", "weder erhitzt noch auf andere Weise
// behandelt": the bare "treated" read as a disclosure explained the
// denial), by a verb of receiving or being subjected to none ("no han
// recibido calor", "não foi sujeita a qualquer tratamento", "hiçbir
// işlemden geçmemiştir"), by "in no way" ("w żaden sposób
// uszlachetniane"), by an adjective ("nieobrabiany") and by a natural
// colour said of a compound colour ("orange-red") passed (probe 48C
// en-GB 48C101-2, es-MX 48C102-2, pt-PT 48C101-2, probe 48D pl-PL
// 48D101-2, 48D102-2, tr-TR 48D101-2); each denial passes on the product
// with its treatments cleared. And a stone's colour kept after its
// treatment ("un tratamiento estable que no se desvanece", "não desbota",
// "لا يبهت لونها" of an irradiated topaz; probe 48D es-ES, pt-BR, ar-AE
// 48D103-1) blocked as claim.tarnish_proof: the nouns of irradiation and
// heating are other subjects of the claim now (concepts-stone12.yaml);
// the plating or the silver that does not fade still blocks.
func TestKindsTreat48(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	c := treat48Carnelian
	denials := pairRows(c, true, [][2]string{
		{"en-GB", "Its colour is natural: the stone has not been heated or treated in any way."},
		{"en-GB", "Its orange-red colour is entirely natural."},
		{"en-US", "The carnelian has not been heated or treated in any way."},
		{"en-AU", "This stone hasn't been heated or treated."},
		{"de-DE", "Der Stein wurde weder erhitzt noch auf andere Weise behandelt."},
		{"fr-FR", "La pierre n'a été ni chauffée ni traitée de quelque façon que ce soit."},
		{"fr-CA", "La pierre n'a pas été chauffée ni traitée d'aucune façon."},
		{"es-ES", "La piedra no ha sido calentada ni tratada de ninguna manera."},
		{"es-MX", "Las piedras no han recibido calor ni ningún otro tratamiento."},
		{"it-IT", "La pietra non è stata riscaldata né trattata in alcun modo."},
		{"pt-PT", "A pedra não foi aquecida nem sujeita a qualquer tratamento."},
		{"pt-BR", "A pedra não foi aquecida nem tratada de forma alguma."},
		{"nl-NL", "De steen is niet verhit of behandeld."},
		{"nb-NO", "Steinen er verken varmebehandlet eller behandlet på noen måte."},
		{"da-DK", "Stenen er hverken opvarmet eller behandlet på nogen måde."},
		{"sv-SE", "Stenen har varken värmts eller behandlats på något sätt."},
		{"fi-FI", "Kiveä ei ole kuumennettu eikä käsitelty millään tavalla."},
		{"cs-CZ", "Kámen nebyl nijak zahříván ani upravován."},
		{"el-GR", "Η πέτρα δεν έχει θερμανθεί ούτε έχει υποστεί καμία επεξεργασία."},
		{"tr-TR", "Taş ısıtılmamış ve hiçbir işleme tabi tutulmamıştır."},
		{"ja-JP", "この石は加熱も処理も一切されていません。"},
		{"ko-KR", "이 원석은 가열이나 어떠한 처리도 하지 않았습니다."},
		{"zh-CN", "这颗宝石未经加热，也未经任何处理。"},
		{"zh-TW", "這顆寶石未經加熱，也未經任何處理。"},
	})
	denials = append(denials,
		// probe 48's missed denials
		kindRow{"pt-PT", "A opala não foi sujeita a qualquer tratamento e mantém a sua cor natural.", treat48Opal, true},
		kindRow{"pl-PL", "Nasze rubiny nie były w żaden sposób uszlachetniane ani podgrzewane.", treat48Ruby, true},
		kindRow{"pl-PL", "Nasz bursztyn jest całkowicie naturalny i nieobrabiany.", treat48Amber, true},
		kindRow{"tr-TR", "Taşımız hiçbir işlemden geçmemiştir.", treat48Turquoise, true},
	)
	checkDenialsAndUntreatedTwins(t, svc, denials)
	// true disclosures: heated to deepen its colour, a stable treatment
	checkKindRows(t, svc, "", pairRows(c, false, [][2]string{
		{"en-GB", "The carnelian has been heated to deepen its colour, a stable, permanent treatment."},
		{"en-US", "The carnelian was heated to deepen its color, a stable, permanent treatment."},
		{"en-AU", "The carnelian has been heated to deepen its colour, a stable, permanent treatment."},
		{"de-DE", "Der Karneol wurde erhitzt, um seine Farbe zu vertiefen – eine stabile, dauerhafte Behandlung."},
		{"fr-FR", "La cornaline a été chauffée pour intensifier sa couleur, un traitement stable et permanent."},
		{"fr-CA", "La cornaline a été chauffée pour intensifier sa couleur, un traitement stable et permanent."},
		{"es-ES", "La cornalina ha sido calentada para intensificar su color, un tratamiento estable y permanente."},
		{"es-MX", "La cornalina fue calentada para intensificar su color, un tratamiento estable y permanente."},
		{"it-IT", "La corniola è stata riscaldata per intensificarne il colore, un trattamento stabile e permanente."},
		{"pt-PT", "A cornalina foi aquecida para intensificar a sua cor, um tratamento estável e permanente."},
		{"pt-BR", "A cornalina foi aquecida para intensificar a sua cor, um tratamento estável e permanente."},
		{"nl-NL", "De carneool is verhit om de kleur te verdiepen, een stabiele, blijvende behandeling."},
		{"nb-NO", "Karneolen er varmebehandlet for å gi en dypere farge, en stabil og permanent behandling."},
		{"da-DK", "Karneolen er opvarmet for at give en dybere farve, en stabil og permanent behandling."},
		{"sv-SE", "Karneolen har värmebehandlats för att fördjupa färgen, en stabil och permanent behandling."},
		{"fi-FI", "Karneoli on kuumennettu värin syventämiseksi, mikä on pysyvä käsittely."},
		{"cs-CZ", "Karneol byl zahříván, aby se prohloubila jeho barva; jde o stálou a trvalou úpravu."},
		{"pl-PL", "Karneol był podgrzewany, aby pogłębić jego kolor; to trwały i stabilny zabieg."},
		{"el-GR", "Ο καρνεόλης έχει θερμανθεί για να βαθύνει το χρώμα του, μια σταθερή και μόνιμη επεξεργασία."},
		{"tr-TR", "Karneol, rengini derinleştirmek için ısıtılmıştır; bu kalıcı ve kararlı bir işlemdir."},
		{"ar-AE", "تم تسخين العقيق الأحمر لتعميق لونه، وهي معالجة مستقرة ودائمة."},
		{"ja-JP", "カーネリアンは色を深めるために加熱処理されています。安定した永続的な処理です。"},
		{"ko-KR", "카넬리안은 색을 깊게 하기 위해 가열 처리되었으며, 이는 안정적이고 영구적인 처리입니다."},
		{"zh-CN", "这颗红玉髓经过加热处理以加深颜色，这是一种稳定、持久的处理。"},
		{"zh-TW", "這顆紅玉髓經過加熱處理以加深顏色，這是一種穩定、持久的處理。"},
		// a negation that ends before the disclosure
		{"en-GB", "The stone is not dyed but heated to deepen its orange."},
		{"de-DE", "Der Stein ist nicht gefärbt, sondern erhitzt."},
		{"es-ES", "La piedra no está teñida, sino calentada para intensificar su color."},
		{"pl-PL", "Kamień nie jest barwiony, lecz podgrzewany."},
	}))
	// the colour of the irradiated topaz kept: no tarnish claim
	z := treat48Topaz
	checkKindRows(t, svc, "", pairRows(z, false, [][2]string{
		{"en-GB", "Its deep blue comes from irradiation, a stable treatment that will not fade."},
		{"es-ES", "Su azul intenso procede de una irradiación, un tratamiento estable que no se desvanece."},
		{"pt-BR", "O azul profundo é obtido por irradiação, um tratamento estável que não desbota."},
		{"ar-AE", "يأتي الأزرق العميق من معالجة بالإشعاع، وهي معالجة مستقرة لا يبهت لونها."},
		{"fr-FR", "Son bleu profond vient d'une irradiation, un traitement stable qui ne s'estompe pas."},
		{"it-IT", "Il blu intenso deriva dall'irradiazione, un trattamento stabile che non sbiadisce."},
		{"de-DE", "Das tiefe Blau entsteht durch Bestrahlung, eine stabile Behandlung, die nicht verblasst."},
		{"nl-NL", "Het diepe blauw komt van bestraling, een stabiele behandeling die niet vervaagt."},
		{"sv-SE", "Den djupblå färgen kommer från bestrålning, en stabil behandling som inte bleknar."},
		{"da-DK", "Den dybe blå farve kommer fra bestråling, en stabil behandling, der ikke falmer."},
		{"nb-NO", "Den dype blåfargen kommer fra bestråling, en stabil behandling som ikke falmer."},
		{"fi-FI", "Syvä sininen syntyy säteilytyksellä, joka on pysyvä käsittely eikä haalistu."},
		{"cs-CZ", "Sytá modrá vzniká ozařováním, stálou úpravou, která nebledne."},
		{"pl-PL", "Głęboki błękit pochodzi z napromieniowania, trwałego zabiegu, który nie blaknie."},
		{"el-GR", "Το βαθύ μπλε προέρχεται από ακτινοβόληση, μια σταθερή επεξεργασία που δεν ξεθωριάζει."},
		{"tr-TR", "Derin mavi renk ışınlamadan gelir; bu kalıcı işlem solmaz."},
		{"ja-JP", "深い青は照射処理によるもので、色あせない安定した処理です。"},
		{"ko-KR", "깊은 블루는 방사선 조사 처리로 얻은 것으로, 바래지 않는 안정적인 처리입니다."},
		{"zh-CN", "深蓝色来自辐照处理，这是一种稳定、不会褪色的处理。"},
		{"zh-TW", "深藍色來自輻照處理，這是一種穩定、不會褪色的處理。"},
	}))
	// the plating or the silver that does not fade still blocks
	checkKindRows(t, svc, CatClaim, append(pairRows(c, true, [][2]string{
		{"en-GB", "The gold plating will not fade."},
		{"es-ES", "El baño de oro no se desvanece."},
		{"pt-BR", "O banho de ouro não desbota."},
		{"ar-AE", "الطلاء الذهبي لا يبهت."},
	}), pairRows(z, true, [][2]string{
		{"es-ES", "La plata no se desvanece con el uso."},
		{"pt-BR", "A prata não desbota com o uso."},
		{"ar-AE", "الفضة لا يبهت لونها مع الارتداء."},
	})...))
}

// TestKindsTreat48Open (#13, treat48): rows left open.
func TestKindsTreat48Open(t *testing.T) {
	t.Skip("open: ar-AE \"لم يتم تسخين الحجر أو معالجته\" (a negated verb of doing before the verbal noun) is not read as a denial; " +
		"sv-SE \"inte färgad utan värmebehandlad\" reads the negation past utan (but) and blocks the disclosure")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{{"ar-AE", "لم يتم تسخين الحجر أو معالجته بأي شكل من الأشكال.", treat48Carnelian, true}})
	checkKindRows(t, svc, "", []kindRow{{"sv-SE", "Stenen är inte färgad utan värmebehandlad.", treat48Carnelian, false}})
}
