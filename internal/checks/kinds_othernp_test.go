package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// npPendant is a gold-plated sterling silver necklace with one white
// cubic zirconia: solid gold, rose gold, a ruby or red said of it block
// (claim.solid_gold, regulatory.plating, grounding).
var npPendant = core.Product{SKU: "NP1", Name: "Iris", Category: "necklace", Metals: []core.Metal{{Base: "sterling silver", Plating: "18k gold"}},
	Stones: []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 1}}, Colours: []string{"gold", "white"}}

// npCharm is a sterling silver charm named Petra with one pink cubic
// zirconia.
var npCharm = core.Product{SKU: "NP2", Name: "Petra", Category: "charm", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones: []core.Stone{{Type: "cubic zirconia", Colour: "pink", Count: 1}}, Colours: []string{"silver", "pink"}}

// TestKindsOtherPieceHead (issue #13, false blocks: "another product
// suggested alongside"): a metal, stone or colour word whose noun phrase
// is headed by a category of another kind is that piece's (grounding
// scope_head.go), and so is the rest of a sentence about a piece a cue
// names as another without a verb of pairing: a comparison ("like our",
// "comme notre", "wie unser", "のように", "처럼", "就像…一样"), kinship
// and sets ("sister", "jumelle", "a juego", "おそろいの", "配套的"), "sold
// separately" ("vendu séparément", "別売り", "单独购买"), in pre-nominal,
// post-nominal ("une bague en or massif", "خاتم من الذهب"), case-marked
// and compound forms. Solid gold of another piece trips neither the
// solid-gold claim nor the plating rule. The controls keep recall: the
// piece itself after a demonstrative in a pairing sentence ("pair this
// solid gold necklace with our earrings"), or after a comparison with
// another piece ("like our earrings, this necklace is set with a ruby"),
// still blocks.
func TestKindsOtherPieceHead(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"other piece compared with this one", npPendant, "", []lt{
			{"en-GB", "It has the same warm shine as our solid gold ruby ring."},
			{"en-US", "Just like our rose gold bracelet with rubies, it is made for every day."},
			{"en-AU", "It is as easy to wear as the solid gold ring with a red ruby."},
			{"fr-FR", "Comme notre bague en or massif sertie d'un rubis, il se porte tous les jours."},
			{"fr-CA", "Tout comme nos boucles d'oreilles en or rose, il se porte au quotidien."},
			{"de-DE", "Wie unser Armband aus massivem Gold mit Rubinen ist sie für jeden Tag gemacht."},
			{"it-IT", "Come il nostro anello in oro massiccio con rubino, si porta ogni giorno."},
			{"es-ES", "Como nuestro anillo de oro macizo con un rubí, se lleva a diario."},
			{"es-MX", "Al igual que nuestros aretes de oro rosa, se usa todos los días."},
			{"pt-BR", "Assim como o nosso anel de ouro maciço com rubi, é para usar todo dia."},
			{"pt-PT", "Tal como a nossa pulseira em ouro rosa com rubis, usa-se todos os dias."},
			{"nl-NL", "Net als onze massief gouden ring met robijn draag je hem elke dag."},
			{"da-DK", "Ligesom vores ring i massivt guld med en rubin kan den bæres hver dag."},
			{"sv-SE", "Precis som vår ring i massivt guld med en rubin kan det bäras varje dag."},
			{"nb-NO", "Akkurat som vår ring i massivt gull med en rubin kan det brukes hver dag."},
			{"fi-FI", "Kuten täyskultainen rubiinisormus, se sopii joka päivään."},
			{"pl-PL", "Tak jak nasz pierścionek z litego złota z rubinem, nadaje się na co dzień."},
			{"cs-CZ", "Stejně jako náš prsten z ryzího zlata s rubínem se hodí na každý den."},
			{"tr-TR", "Yakut taşlı som altın yüzük gibi her gün takılabilir."},
			{"el-GR", "Όπως το δαχτυλίδι μας από ατόφιο χρυσό με ρουμπίνι, φοριέται κάθε μέρα."},
			{"ar-AE", "مثل خاتمنا من الذهب الخالص المرصع بالياقوت، يمكن ارتداؤها كل يوم."},
			{"ja-JP", "ルビー付きの純金リングのように、毎日身に着けられます。"},
			{"ko-KR", "루비가 세팅된 순금 반지처럼 매일 착용할 수 있습니다."},
			{"zh-CN", "就像我们镶红宝石的纯金戒指一样，可以每天佩戴。"},
			{"zh-TW", "就像我們鑲紅寶石的純金戒指一樣，可以每天配戴。"},
		}},
		{"other piece named as its sister, twin, match or set", npPendant, "", []lt{
			{"en-GB", "Its sister earrings hold a red ruby each."},
			{"en-US", "The matching ring comes in solid gold with a ruby."},
			{"en-AU", "From the same collection: rose gold earrings set with rubies."},
			{"fr-FR", "Sa bague jumelle, en or rose, est sertie d'un rubis rouge."},
			{"fr-CA", "Les boucles d'oreilles assorties sont en or massif avec des rubis."},
			{"de-DE", "Die passenden Ohrringe aus Roségold tragen je einen Rubin."},
			{"it-IT", "Gli orecchini gemelli sono in oro rosa con un rubino rosso."},
			{"es-ES", "Los pendientes a juego son de oro rosa con rubíes."},
			{"es-MX", "Su anillo gemelo es de oro macizo con un rubí rojo."},
			{"pt-BR", "Os brincos combinando são de ouro rosé com rubis."},
			{"pt-PT", "Os brincos irmãos são em ouro rosa com rubis vermelhos."},
			{"nl-NL", "De bijpassende oorbellen zijn van roségoud met een robijn."},
			{"da-DK", "De matchende øreringe er i rosaguld med rubiner."},
			{"sv-SE", "De matchande örhängena är i roséguld med rubiner."},
			{"nb-NO", "De matchende øredobbene er i rosegull med rubiner."},
			{"fi-FI", "Sarjan korvakorut ovat ruusukultaa, ja niissä on rubiinit."},
			{"pl-PL", "Pasujące kolczyki są z różowego złota z rubinami."},
			{"cs-CZ", "Ladící náušnice jsou z růžového zlata s rubíny."},
			{"tr-TR", "İkiz küpeler rose altından yapılmış ve yakut taşlıdır."},
			{"el-GR", "Τα ασορτί σκουλαρίκια είναι από ροζ χρυσό με ρουμπίνια."},
			{"ar-AE", "الأقراط المطابقة مصنوعة من الذهب الوردي ومرصعة بالياقوت."},
			{"ja-JP", "おそろいのピアスはローズゴールドでルビー付きです。"},
			{"ko-KR", "세트 귀걸이는 로즈 골드에 루비가 세팅되어 있습니다."},
			{"zh-CN", "配套的耳环为玫瑰金材质，镶有红宝石。"},
			{"zh-TW", "成套的耳環為玫瑰金材質，鑲有紅寶石。"},
		}},
		{"other piece sold separately", npPendant, "", []lt{
			{"en-GB", "Our solid gold chain bracelet is sold separately."},
			{"en-US", "Our ruby studs in rose gold are sold separately."},
			{"en-AU", "The gift set adds rose gold earrings with red rubies."},
			{"fr-FR", "Notre bracelet en or massif est vendu séparément."},
			{"fr-CA", "Nos boucles d'oreilles en or rose avec rubis sont vendues séparément."},
			{"de-DE", "Unsere Rubinohrringe aus Roségold werden separat verkauft."},
			{"it-IT", "Il nostro bracciale in oro massiccio è venduto separatamente."},
			{"es-ES", "Nuestra pulsera de oro macizo se vende por separado."},
			{"es-MX", "Nuestros aretes de oro rosa con rubíes se venden por separado."},
			{"pt-BR", "Nossa pulseira de ouro maciço é vendida separadamente."},
			{"pt-PT", "A nossa pulseira em ouro maciço é vendida à parte."},
			{"nl-NL", "Onze massief gouden armband wordt apart verkocht."},
			{"da-DK", "Vores armbånd i massivt guld sælges separat."},
			{"sv-SE", "Vårt armband i massivt guld säljs separat."},
			{"nb-NO", "Vårt armbånd i massivt gull selges separat."},
			{"fi-FI", "Täyskultainen rannekorumme myydään erikseen."},
			{"pl-PL", "Nasza bransoletka z litego złota jest sprzedawana osobno."},
			{"cs-CZ", "Náš náramek z ryzího zlata se prodává samostatně."},
			{"tr-TR", "Som altın bileziğimiz ayrı olarak satılır."},
			{"el-GR", "Το βραχιόλι μας από ατόφιο χρυσό πωλείται χωριστά."},
			{"ar-AE", "سوارنا من الذهب الخالص يباع بشكل منفصل."},
			{"ja-JP", "当店の純金ブレスレットは別売りです。"},
			{"ko-KR", "저희 순금 팔찌는 별도로 판매됩니다."},
			{"zh-CN", "我们的纯金手链需单独购买。"},
			{"zh-TW", "我們的純金手鍊需另行購買。"},
		}},
		{"other piece given or layered with it", npPendant, "", []lt{
			{"en-GB", "Give it as a gift together with our solid gold ruby earrings."},
			{"en-US", "Gift it alongside the rose gold ruby studs."},
			{"en-AU", "It is lovely layered over a solid gold chain bracelet with rubies."},
			{"fr-FR", "Offrez-le avec les boucles d'oreilles en or massif serties de rubis."},
			{"fr-CA", "Offrez-le en duo avec la bague en or rose."},
			{"de-DE", "Verschenken Sie sie zusammen mit den Ohrringen aus Massivgold mit Rubinen."},
			{"it-IT", "Regalala insieme agli orecchini in oro massiccio con rubini."},
			{"es-ES", "Regálalo junto con los pendientes de oro macizo con rubíes."},
			{"es-MX", "Regálalo con los aretes de oro rosa con rubíes."},
			{"pt-BR", "Presenteie junto com os brincos de ouro maciço com rubis."},
			{"pt-PT", "Ofereça-o com os brincos em ouro rosa com rubis."},
			{"nl-NL", "Geef hem cadeau samen met de massief gouden oorbellen met robijnen."},
			{"da-DK", "Giv den i gave sammen med øreringene i massivt guld med rubiner."},
			{"sv-SE", "Ge det i present tillsammans med örhängena i massivt guld med rubiner."},
			{"nb-NO", "Gi det i gave sammen med øredobbene i massivt gull med rubiner."},
			{"fi-FI", "Anna se lahjaksi yhdessä täyskultaisten rubiinikorvakorujen kanssa."},
			{"pl-PL", "Podaruj go razem z kolczykami z litego złota z rubinami."},
			{"cs-CZ", "Darujte ho spolu s náušnicemi z ryzího zlata s rubíny."},
			{"tr-TR", "Yakut taşlı som altın küpelerle birlikte hediye edin."},
			{"el-GR", "Χαρίστε το μαζί με τα σκουλαρίκια από ατόφιο χρυσό με ρουμπίνια."},
			{"ar-AE", "قدّميها هدية مع أقراط من الذهب الخالص مرصعة بالياقوت."},
			{"ja-JP", "純金のルビーピアスと一緒にギフトにどうぞ。"},
			{"ko-KR", "순금 루비 귀걸이와 함께 선물해 보세요."},
			{"zh-CN", "可与纯金红宝石耳环一起作为礼物送出。"},
			{"zh-TW", "可與純金紅寶石耳環一起作為禮物送出。"},
		}},
		{"control: this necklace itself in a pairing sentence", npPendant, CatRegulatory, []lt{
			{"en-GB", "Pair this solid gold necklace with our earrings."},
			{"en-US", "Layer this solid gold necklace with our hoops."},
			{"en-AU", "Team this rose gold necklace with our studs."},
			{"fr-FR", "Associez ce collier en or massif à nos boucles d'oreilles."},
			{"fr-CA", "Agencez ce collier en or rose avec nos bagues."},
			{"de-DE", "Kombinieren Sie diese Kette aus massivem Gold mit unseren Ohrringen."},
			{"it-IT", "Abbina questa collana in oro massiccio ai nostri orecchini."},
			{"es-ES", "Combina este collar de oro macizo con nuestros pendientes."},
			{"es-MX", "Combina este collar de oro rosa con nuestros aretes."},
			{"pt-BR", "Combine este colar de ouro maciço com nossos brincos."},
			{"pt-PT", "Conjugue este colar em ouro rosa com os nossos brincos."},
			{"nl-NL", "Combineer deze massief gouden ketting met onze oorbellen."},
			{"da-DK", "Kombinér denne halskæde i massivt guld med vores øreringe."},
			{"sv-SE", "Kombinera detta halsband i massivt guld med våra örhängen."},
			{"nb-NO", "Kombiner dette halskjedet i massivt gull med våre øredobber."},
			{"fi-FI", "Yhdistä tämä kultainen kaulakoru korvakorujemme kanssa."},
			{"pl-PL", "Połącz ten naszyjnik z litego złota z naszymi kolczykami."},
			{"cs-CZ", "Zkombinujte tento náhrdelník z ryzího zlata s našimi náušnicemi."},
			{"tr-TR", "Bu som altın kolyeyi küpelerimizle kombinleyin."},
			{"el-GR", "Συνδυάστε αυτό το κολιέ από ατόφιο χρυσό με τα σκουλαρίκια μας."},
			{"ar-AE", "نسّقي هذه القلادة من الذهب الخالص مع أقراطنا."},
			{"ja-JP", "この純金のネックレスを当店のピアスと合わせて。"},
			{"ko-KR", "이 순금 목걸이를 저희 귀걸이와 매치해 보세요."},
			{"zh-CN", "将这条纯金项链与我们的耳环搭配。"},
			{"zh-TW", "將這條純金項鍊與我們的耳環搭配。"},
		}},
		{"control: this necklace itself after a comparison", npPendant, CatGrounding, []lt{
			{"en-GB", "Like our earrings, this necklace is set with a red ruby."},
			{"en-US", "Just like our hoops, this necklace holds a ruby."},
			{"en-AU", "Like the studs, this necklace carries a red ruby."},
			{"fr-FR", "Comme nos boucles d'oreilles, ce collier est serti d'un rubis rouge."},
			{"fr-CA", "Tout comme nos bagues, ce collier porte un rubis."},
			{"de-DE", "Wie unsere Ohrringe trägt diese Kette einen roten Rubin."},
			{"it-IT", "Come i nostri orecchini, questa collana ha un rubino rosso."},
			{"es-ES", "Como nuestros pendientes, este collar lleva un rubí rojo."},
			{"es-MX", "Al igual que nuestros aretes, este collar lleva un rubí."},
			{"pt-BR", "Assim como nossos brincos, este colar tem um rubi vermelho."},
			{"pt-PT", "Tal como os nossos brincos, este colar tem um rubi."},
			{"nl-NL", "Net als onze oorbellen heeft deze ketting een rode robijn."},
			{"da-DK", "Ligesom vores øreringe har denne halskæde en rød rubin."},
			{"sv-SE", "Precis som våra örhängen har detta halsband en röd rubin."},
			{"nb-NO", "Akkurat som våre øredobber har dette halskjedet en rød rubin."},
			{"fi-FI", "Kuten korvakorumme, tässä kaulakorussa on punainen rubiini."},
			{"pl-PL", "Tak jak nasze kolczyki, ten naszyjnik ma czerwony rubin."},
			{"cs-CZ", "Stejně jako naše náušnice má tento náhrdelník červený rubín."},
			{"tr-TR", "Küpelerimiz gibi bu kolyede de kırmızı bir yakut var."},
			{"el-GR", "Όπως τα σκουλαρίκια μας, αυτό το κολιέ έχει ένα κόκκινο ρουμπίνι."},
			{"ar-AE", "مثل أقراطنا، تحمل هذه القلادة حجر ياقوت أحمر."},
			{"ja-JP", "当店のピアスのように、このネックレスにも赤いルビーが輝きます。"},
			{"ko-KR", "저희 귀걸이처럼 이 목걸이에도 붉은 루비가 있습니다."},
			{"zh-CN", "就像我们的耳环一样，这条项链也镶有一颗红宝石。"},
			{"zh-TW", "就像我們的耳環一樣，這條項鍊也鑲有一顆紅寶石。"},
		}},
	})
}

// TestKindsOtherPieceNamed (issue #13, false blocks: "another product
// suggested alongside"): a piece of the product's own kind (or a related
// one) named as another by a name beside it is the head of its facts
// ("ブラックオニキスのNovaチャーム"), and so is a relative or participle
// clause right after it (relative_openers: "the Nova charm, set with green
// emeralds", "Nova-riipuksen rinnalla, jossa on musta onyksi"). The
// control, the product under its own name with the same clause, still
// blocks.
func TestKindsOtherPieceNamed(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"another piece of its kind, by name", npCharm, "", []lt{
			{"en-GB", "It looks lovely beside the Nova charm with black onyx."},
			{"en-US", "Try it next to our Nova charm in rose gold."},
			{"en-AU", "Add the Nova charm, set with green emeralds, for contrast."},
			{"fr-FR", "Il est ravissant à côté du charm Nova orné d'onyx noir."},
			{"fr-CA", "Ajoutez la breloque Nova en or rose pour un contraste."},
			{"de-DE", "Schön neben dem Nova-Charm mit schwarzem Onyx."},
			{"de-DE", "Kombinieren Sie ihn mit dem Charm Nova aus Roségold."},
			{"it-IT", "Sta benissimo accanto al charm Nova con onice nera."},
			{"es-ES", "Queda precioso junto al charm Nova con ónix negro."},
			{"es-MX", "Combínalo con el dije Nova de oro rosa."},
			{"pt-BR", "Fica lindo ao lado do berloque Nova com ônix preto."},
			{"pt-PT", "Combine-o com o pendente Nova em ouro rosa."},
			{"nl-NL", "Mooi naast de Nova-bedel met zwarte onyx."},
			{"da-DK", "Flot ved siden af Nova-charmen med sort onyx."},
			{"sv-SE", "Snygg bredvid Nova-berlocken i roséguld."},
			{"nb-NO", "Fin ved siden av Nova-charmen med svart onyks."},
			{"fi-FI", "Se näyttää upealta Nova-riipuksen rinnalla, jossa on musta onyksi."},
			{"pl-PL", "Pięknie wygląda obok zawieszki Nova z czarnym onyksem."},
			{"cs-CZ", "Krásně vypadá vedle přívěsku Nova s černým onyxem."},
			{"tr-TR", "Siyah oniks taşlı Nova charm ile harika görünür."},
			{"el-GR", "Δείχνει υπέροχο δίπλα στο charm Nova με μαύρο όνυχα."},
			{"ar-AE", "تبدو رائعة بجانب تعويذة Nova المرصعة بالعقيق الأسود."},
			{"ja-JP", "ブラックオニキスのNovaチャームと並べてもすてきです。"},
			{"ko-KR", "블랙 오닉스 Nova 참과 함께 착용해도 멋집니다."},
			{"zh-CN", "与镶黑玛瑙的Nova吊饰搭配也很好看。"},
			{"zh-TW", "與鑲黑瑪瑙的Nova吊飾搭配也很好看。"},
		}},
		{"a relative clause after another piece of its kind", npCharm, "", []lt{
			{"en-GB", "It sits well beside the Nova charm, which holds a green emerald."},
			{"en-US", "It shines next to the Nova charm, featuring a green emerald."},
			{"fr-FR", "Il brille à côté du charm Nova, serti d'une émeraude verte."},
			{"fr-CA", "Il est superbe près de la breloque Nova, qui porte une émeraude verte."},
			{"it-IT", "Brilla vicino al charm Nova, che ha uno smeraldo verde."},
			{"es-ES", "Brilla cerca del charm Nova, que lleva una esmeralda verde."},
			{"pt-BR", "Brilha perto do berloque Nova, que tem uma esmeralda verde."},
			{"nl-NL", "Hij straalt bij de bedel Nova, die een groene smaragd heeft."},
			{"cs-CZ", "Září u přívěsku Nova, který má zelený smaragd."},
			{"el-GR", "Λάμπει κοντά στο charm Nova, που έχει ένα πράσινο σμαράγδι."},
		}},
		{"control: the piece under its own name", npCharm, CatGrounding, []lt{
			{"en-GB", "Slide the Petra charm, set with a green emerald, onto a bracelet."},
			{"en-US", "Clip on the Petra charm, which holds a green emerald."},
			{"en-AU", "Add the Petra charm, featuring a green emerald, to a bracelet."},
			{"fr-FR", "Glissez le charm Petra, serti d'une émeraude verte, sur un bracelet."},
			{"fr-CA", "Ajoutez la breloque Petra, qui porte une émeraude verte."},
			{"de-DE", "Hängen Sie den Charm Petra, der einen grünen Smaragd trägt, an ein Armband."},
			{"it-IT", "Aggiungi il charm Petra, che ha uno smeraldo verde, al bracciale."},
			{"es-ES", "Añade el charm Petra, que lleva una esmeralda verde, a tu pulsera."},
			{"es-MX", "Agrega el dije Petra, con una esmeralda verde, a tu pulsera."},
			{"pt-BR", "Coloque o berloque Petra, que tem uma esmeralda verde, na pulseira."},
			{"pt-PT", "Junte o pendente Petra, com uma esmeralda verde, à pulseira."},
			{"nl-NL", "Hang de bedel Petra, met een groene smaragd, aan een armband."},
			{"da-DK", "Sæt charmen Petra, som har en grøn smaragd, på et armbånd."},
			{"sv-SE", "Sätt berlocken Petra, som har en grön smaragd, på ett armband."},
			{"nb-NO", "Fest charmen Petra, som har en grønn smaragd, på et armbånd."},
			{"fi-FI", "Kiinnitä Petra-riipus, jossa on vihreä smaragdi, rannekoruun."},
			{"pl-PL", "Dodaj zawieszkę Petra, która ma zielony szmaragd, do bransoletki."},
			{"cs-CZ", "Přidejte přívěsek Petra, který má zelený smaragd, na náramek."},
			{"tr-TR", "Yeşil zümrüt taşlı Petra charm'ı bilekliğinize takın."},
			{"el-GR", "Προσθέστε το charm Petra, που έχει ένα πράσινο σμαράγδι, στο βραχιόλι."},
			{"ar-AE", "أضيفي تعويذة Petra، المرصعة بزمرد أخضر، إلى السوار."},
			{"ja-JP", "緑のエメラルドをあしらったPetraチャームをブレスレットに付けて。"},
			{"ko-KR", "초록 에메랄드가 세팅된 Petra 참을 팔찌에 달아 보세요."},
			{"zh-CN", "把镶有绿色祖母绿的Petra吊饰挂在手链上。"},
			{"zh-TW", "把鑲有綠色祖母綠的Petra吊飾掛在手鍊上。"},
		}},
	})
}

// TestKindsOtherPieceGuideCondition (issue #13, "another product
// suggested alongside"): a guide's conditional rule (vermeil needs
// "sterling silver", en-GB and en-US in the example guide) is set off by
// the product's own words, not by another piece's ("add our drop earrings
// in gold vermeil"); the piece itself in vermeil still blocks. The rule is
// the guide's, for the locales it names.
func TestKindsOtherPieceGuideCondition(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"another piece in gold vermeil", npPendant, "", []lt{
			{"en-GB", "For a matching set, add our drop earrings in gold vermeil."},
			{"en-US", "Our gold vermeil hoops are sold separately."},
		}},
		{"control: the necklace itself in gold vermeil", npPendant, CatRegulatory, []lt{
			{"en-GB", "This necklace comes in gold vermeil."},
			{"en-US", "This gold vermeil necklace is made for every day."},
		}},
	})
}
