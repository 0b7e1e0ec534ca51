package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// layer41 (#13, the thirty-fifth session's claims41): a plating's or a
// metal's own protective film explained, and a gold-filled layer set
// against a plating, read as promises that the finish will not tarnish.

func layer41Product(sku, material, base, plating, fineness, colour string, features ...string) core.Product {
	return core.Product{SKU: sku, Name: "Cuff", Category: "bracelet", Collection: "Essence", Materials: []string{material},
		Metals: []core.Metal{{Base: base, Plating: plating, Fineness: fineness}}, Colours: []string{colour}, Features: features}
}

// layer41Steel is the protective film of a steel body explained under its
// plating, in every locale.
var layer41Steel = []locText{
	{"en-GB", "Underneath, the chromium in the steel forms its own protective layer against corrosion."},
	{"en-US", "Beneath the plating, the chromium in the steel forms a protective layer against corrosion."},
	{"en-AU", "Under the colour, the chromium in the steel forms its own protective layer against corrosion."},
	{"de-DE", "Darunter bildet das Chrom im Edelstahl eine eigene Schutzschicht gegen Korrosion."},
	{"fr-FR", "En dessous, le chrome de l'acier forme sa propre couche protectrice contre la corrosion."},
	{"fr-CA", "Sous la couleur, le chrome de l'acier forme une couche qui le protège de la corrosion."},
	{"es-ES", "Debajo, el cromo del acero forma su propia capa protectora contra la corrosión."},
	{"es-MX", "Debajo del color, el cromo del acero forma una capa que lo protege de la corrosión."},
	{"it-IT", "Sotto, il cromo dell'acciaio forma un proprio strato protettivo contro la corrosione."},
	{"pt-PT", "Por baixo, o crómio do aço forma a sua própria camada protetora contra a corrosão."},
	{"pt-BR", "Por baixo, o cromo do aço forma uma camada que o protege da corrosão."},
	{"nl-NL", "Daaronder vormt het chroom in het staal een eigen beschermende laag tegen corrosie."},
	{"sv-SE", "Under färgen bildar kromet i stålet ett eget skyddande skikt mot korrosion."},
	{"da-DK", "Under farven danner kromen i stålet sit eget beskyttende lag mod korrosion."},
	{"nb-NO", "Under fargen danner kromet i stålet sitt eget beskyttende lag mot korrosjon."},
	{"fi-FI", "Pinnan alla teräksen kromi muodostaa oman suojakerroksen, joka suojaa sitä korroosiolta."},
	{"pl-PL", "Sama stal zawiera chrom, który chroni ją przed korozją."},
	{"cs-CZ", "Samotná ocel obsahuje chrom, který ji chrání před korozí."},
	{"tr-TR", "Pembe tonun altında, çeliğin içerdiği krom yüzeyde koruyucu bir tabaka oluşturarak onu korozyona karşı dayanıklı kılar."},
	{"el-GR", "Από κάτω, το χρώμιο του χάλυβα σχηματίζει ένα δικό του προστατευτικό στρώμα που τον προστατεύει από τη διάβρωση."},
	{"ar-AE", "تحت اللون، يشكل الكروم في الفولاذ طبقة واقية تحميه من التآكل."},
	{"ja-JP", "その下では、ステンレスに含まれるクロムが腐食を防ぐ保護膜を作ります。"},
	{"ko-KR", "그 아래에서는 스테인리스에 들어 있는 크롬이 부식을 막는 보호막을 만듭니다."},
	{"zh-CN", "在颜色之下，不锈钢中的铬会形成一层防止腐蚀的保护膜。"},
	{"zh-TW", "在顏色之下，不鏽鋼中的鉻會形成一層防止腐蝕的保護膜。"},
}

// layer41Plating says the plating itself protects the piece: the claim.
var layer41Plating = []locText{
	{"en-GB", "The rose gold plating forms a protective layer against tarnish and corrosion."},
	{"de-DE", "Die Roségold-Beschichtung bildet eine Schutzschicht gegen Anlaufen und Korrosion."},
	{"it-IT", "La placcatura in oro rosa forma uno strato protettivo contro l'ossidazione e la corrosione."},
	{"pt-BR", "O banho de ouro rosé forma uma camada que protege contra a oxidação e a corrosão."},
	{"nl-NL", "De roségouden coating vormt een beschermende laag tegen verkleuring en corrosie."},
	{"sv-SE", "Pläteringen i roséguld skyddar mot missfärgning och korrosion."},
	{"pl-PL", "Powłoka z różowego złota chroni przed ciemnieniem i korozją."},
	{"cs-CZ", "Povlak z růžového zlata chrání před černáním a korozí."},
	{"tr-TR", "Rose altın kaplama, kararmaya ve korozyona karşı koruyucu bir tabaka oluşturur."},
	{"ja-JP", "ローズゴールドのメッキが変色や腐食を防ぎます。"},
	{"ko-KR", "로즈골드 도금이 변색과 부식을 막아 줍니다."},
	{"zh-CN", "玫瑰金镀层可以防止变色和腐蚀。"},
}

// layer41Never says the steel never tarnishes: absolute, the claim.
var layer41Never = []locText{
	{"en-GB", "The chromium in the steel means it will never tarnish."},
	{"de-DE", "Dank des Chroms im Edelstahl läuft er niemals an."},
	{"fr-FR", "Grâce au chrome de l'acier, il ne ternit jamais."},
	{"es-ES", "Gracias al cromo del acero, nunca se oscurece."},
	{"it-IT", "Grazie al cromo dell'acciaio, non si ossida mai."},
	{"nl-NL", "Door het chroom in het staal verkleurt hij nooit."},
	{"sv-SE", "Tack vare kromet i stålet mörknar det aldrig."},
	{"pl-PL", "Dzięki chromowi stal nigdy nie ciemnieje."},
	{"tr-TR", "Çeliğin içerdiği krom sayesinde asla kararmaz."},
	{"ja-JP", "ステンレスのクロムのおかげで、決して変色しません。"},
	{"zh-CN", "由于不锈钢中含铬，它永远不会变色。"},
}

// TestKindsLayer41Base (probe 41D en-AU 41D104 "the chromium in the steel
// forms its own protective layer against corrosion", pl-PL 41D103 "Sama
// stal zawiera chrom, który chroni ją przed korozją", tr-TR 41D101
// "çeliğin içerdiği krom yüzeyde koruyucu bir tabaka oluşturarak onu
// korozyona karşı"): the passive film a stainless steel or titanium body
// grows of itself, said to keep it from corroding under its plating, is
// true of the metal (tarnish_proof's `base` words and `base_evidence`,
// concepts.go baseSubject). The plating said to protect, the steel said
// never to tarnish, and the same words on plated brass still block.
func TestKindsLayer41Base(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	steel := layer41Product("L41S", "rose gold-plated stainless steel", "stainless steel", "rose gold", "", "rose gold", "PVD coating")
	titanium := layer41Product("L41T", "gold-plated titanium", "titanium", "yellow gold", "", "gold")
	brass := layer41Product("L41B", "rose gold-plated brass", "brass", "rose gold", "", "rose gold")
	var rows []kindRow
	rows = append(rows, passBlockRows(steel, layer41Steel, layer41Plating)...)
	rows = append(rows, passBlockRows(steel, nil, layer41Never)...)
	rows = append(rows, passBlockRows(titanium, []locText{
		{"en-GB", "Titanium forms a thin oxide layer of its own that protects it against corrosion."},
		{"de-DE", "Titan bildet von selbst eine dünne Oxidschicht, die es vor Korrosion schützt."},
		{"fr-FR", "Le titane forme de lui-même une fine couche d'oxyde qui le protège de la corrosion."},
		{"it-IT", "Il titanio forma da sé un sottile strato di ossido che lo protegge dalla corrosione."},
		{"es-ES", "El titanio forma por sí mismo una fina capa de óxido que lo protege de la corrosión."},
	}, []locText{
		{"en-GB", "The gold plating protects it against tarnish."},
		{"en-GB", "Titanium forms an oxide layer, so it will never tarnish."},
	})...)
	checkKindRows(t, svc, "claim", rows)
	// On plated brass the steel's film is no fact of the piece: it blocks
	// (the claim, or the steel named against the product's brass).
	checkKindRows(t, svc, "", passBlockRows(brass, nil, layer41Steel))
}

// layer41Thick sets a gold-filled layer against a plating, in every locale.
var layer41Thick = []locText{
	{"en-GB", "The gold layer is many times thicker than ordinary plating, so it withstands wear better."},
	{"en-US", "Its warm color lasts much longer than gold-plated pieces."},
	{"en-AU", "The layer is far thicker than a plain plating, so its colour lasts longer."},
	{"de-DE", "Die Goldschicht ist um ein Vielfaches dicker als eine Vergoldung, deshalb hält ihre Farbe länger."},
	{"fr-FR", "La couche d'or est bien plus épaisse qu'un simple placage : sa couleur dure donc plus longtemps."},
	{"fr-CA", "Sa couleur chaude dure bien plus longtemps que celle des bijoux plaqués or."},
	{"es-ES", "La capa de oro es mucho más gruesa que un baño normal, por eso su color dura más."},
	{"es-MX", "Su color cálido dura mucho más que el de las piezas con chapado de oro."},
	{"it-IT", "Lo strato d'oro è molto più spesso di una placcatura, per questo il colore dura più a lungo."},
	{"pt-PT", "A camada de ouro é muito mais espessa do que um banho comum, por isso a cor dura mais."},
	{"pt-BR", "A cor quente dura muito mais do que a de peças com banho de ouro."},
	{"nl-NL", "De goudlaag is vele malen dikker dan een gewone plating, daardoor gaat de kleur langer mee."},
	{"sv-SE", "Guldskiktet är mycket tjockare än en vanlig förgyllning, så färgen håller längre."},
	{"da-DK", "Guldlaget er mange gange tykkere end almindelig forgyldning, så farven holder længere."},
	{"nb-NO", "Gulllaget er mange ganger tykkere enn vanlig forgylling, så fargen holder lenger."},
	{"fi-FI", "Kultakerros on monta kertaa paksumpi kuin tavallinen pinnoite, joten väri kestää pidempään."},
	{"pl-PL", "Warstwa złota jest wielokrotnie grubsza niż zwykłe złocenie, dlatego kolor utrzymuje się dłużej."},
	{"cs-CZ", "Vrstva zlata je mnohonásobně silnější než běžné pozlacení, a proto barva vydrží déle."},
	{"tr-TR", "Altın katman sıradan bir kaplamadan çok daha kalındır, bu yüzden rengi daha uzun süre dayanır."},
	{"el-GR", "Το στρώμα αυτό είναι πολλές φορές παχύτερο από μια απλή επιχρύσωση, γι' αυτό αντέχει καλύτερα στη φθορά της καθημερινότητας."},
	{"ar-AE", "لذلك يدوم لونه الدافئ أطول بكثير من القطع المطلية بالذهب، ويتحمل الارتداء اليومي."},
	{"ja-JP", "金の層は通常のメッキより何倍も厚いため、色がより長く持ちます。"},
	{"ko-KR", "금 층이 일반 도금보다 훨씬 두꺼워 색이 더 오래 유지됩니다."},
	{"zh-CN", "金层比普通镀金厚得多，因此颜色更持久。"},
	{"zh-TW", "金層比普通鍍金厚得多，因此顏色更持久。"},
}

// TestKindsLayer41Compare (released 41B el-GR 41B104 "παχύτερο από μια
// απλή επιχρύσωση, γι' αυτό αντέχει καλύτερα", ar-AE 41B104 "يدوم لونه
// الدافئ أطول بكثير من القطع المطلية"): a gold-filled layer's colour said
// to last longer than a plating's is the trade's account of the material
// (tarnish_proof's `compare` words beside a `coating` word, product.go
// thickGoldLayer). On a gold-plated piece the same words block, and so
// does a gold-filled layer said never to tarnish.
func TestKindsLayer41Compare(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	filled := layer41Product("L41G", "14k gold-filled brass", "brass", "gold-filled", "14k", "gold", "gold-filled")
	plated := layer41Product("L41P", "gold-plated brass", "brass", "yellow gold", "", "gold")
	var rows []kindRow
	rows = append(rows, passBlockRows(filled, layer41Thick, []locText{
		{"en-GB", "The layer is far thicker than plating, so it will never tarnish."},
		{"de-DE", "Die Schicht ist viel dicker als eine Vergoldung, deshalb läuft sie niemals an."},
		{"fr-FR", "La couche est bien plus épaisse qu'un placage : elle ne ternit jamais."},
		{"es-ES", "La capa es mucho más gruesa que un baño, así que nunca se oscurece."},
		{"el-GR", "Το στρώμα είναι παχύτερο από μια επιχρύσωση, γι' αυτό δεν μαυρίζει ποτέ."},
		{"ar-AE", "الطبقة أسمك بكثير من الطلاء، لذلك لا يبهت لونها أبدا."},
		{"en-US", "Its color lasts forever, much longer than gold-plated pieces."},
	})...)
	// On a plated piece the comparison is the claim where its words are
	// one (the locales whose words a form takes).
	var platedRows []locText
	for _, r := range layer41Thick {
		switch r.loc {
		case "en-US", "en-AU", "de-DE", "pl-PL", "cs-CZ", "el-GR", "ar-AE", "zh-CN", "zh-TW":
			platedRows = append(platedRows, r)
		}
	}
	rows = append(rows, passBlockRows(plated, nil, platedRows)...)
	checkKindRows(t, svc, "claim", rows)
}

// TestKindsLayer41OxideFilm (probe 41C ko-KR 41C101 "아주 얇은 금속
// 산화물 막을 입혀"): a mystic topaz's thin metal oxide film is a
// coating on the stone, not oxidation prevented (Korean 막, a film, is no
// 막다, to prevent: tarnish_proof's idioms), in every locale.
func TestKindsLayer41OxideFilm(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	topaz := core.Product{SKU: "L41M", Name: "Mystic Topaz Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"sterling silver", "mystic topaz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"multicolour", "silver"}, Stones: []core.Stone{{Type: "topaz", Colour: "multicolour", Count: 1, Origin: "natural", Treatment: "coated"}}}
	rows := passBlockRows(topaz, []locText{
		{"en-GB", "A very thin film of metal oxide is applied to the surface of the colourless topaz."},
		{"en-US", "A very thin metal oxide film is applied to the colorless topaz."},
		{"en-AU", "The topaz gets a very thin film of metal oxide on its surface."},
		{"de-DE", "Auf die farblose Oberfläche des Topas wird eine sehr dünne Metalloxidschicht aufgetragen."},
		{"fr-FR", "Une très fine couche d'oxyde métallique est déposée sur la topaze incolore."},
		{"fr-CA", "On dépose une très mince pellicule d'oxyde métallique sur la topaze incolore."},
		{"es-ES", "Sobre el topacio incoloro se aplica una película muy fina de óxido metálico."},
		{"es-MX", "Al topacio incoloro se le aplica una capa muy delgada de óxido metálico."},
		{"it-IT", "Sul topazio incolore viene applicata una pellicola sottilissima di ossido metallico."},
		{"pt-PT", "Sobre o topázio incolor é aplicada uma película muito fina de óxido metálico."},
		{"pt-BR", "O topázio incolor recebe uma película muito fina de óxido metálico."},
		{"nl-NL", "Op de kleurloze topaas wordt een heel dun laagje metaaloxide aangebracht."},
		{"sv-SE", "Ett mycket tunt skikt av metalloxid läggs på den färglösa topasen."},
		{"da-DK", "Et meget tyndt lag metaloxid lægges på den farveløse topas."},
		{"nb-NO", "Et svært tynt lag metalloksid legges på den fargeløse topasen."},
		{"fi-FI", "Värittömän topaasin pintaan lisätään hyvin ohut metallioksidikalvo."},
		{"pl-PL", "Na bezbarwny topaz nakłada się bardzo cienką warstwę tlenku metalu."},
		{"cs-CZ", "Na bezbarvý topaz se nanáší velmi tenká vrstva oxidu kovu."},
		{"tr-TR", "Renksiz topazın yüzeyine çok ince bir metal oksit tabakası kaplanır."},
		{"el-GR", "Στο άχρωμο τοπάζι εφαρμόζεται ένα πολύ λεπτό στρώμα οξειδίου μετάλλου."},
		{"ar-AE", "تُطلى سطح حجر التوباز عديم اللون بطبقة رقيقة جدًا من أكسيد معدني."},
		{"ja-JP", "無色のトパーズの表面に、ごく薄い金属酸化物の膜をコーティングしています。"},
		{"ko-KR", "무색의 천연 토파즈 표면에 진공 상태에서 아주 얇은 금속 산화물 막을 입혀, 무지갯빛이 나타납니다."},
		{"ko-KR", "토파즈 표면에 얇은 산화막을 입혔습니다."},
		{"zh-CN", "在无色托帕石表面镀上一层极薄的金属氧化物膜。"},
		{"zh-TW", "在無色托帕石表面鍍上一層極薄的金屬氧化物膜。"},
	}, []locText{
		{"ko-KR", "산화물 막이 은의 산화를 막아 줍니다."},
		{"ko-KR", "은이 산화를 막아 오래 빛납니다."},
		{"en-GB", "A thin film protects the silver against tarnish."},
	})
	checkKindRows(t, svc, "claim", rows)
}
