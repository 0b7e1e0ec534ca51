package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of the held51 kinds (#13, held51): the helper's own copy on
// the pools of blind set 50's held-out half (positions 1 and 3: everyday
// pieces and copy that explains its material), written blind to its
// texts.
var (
	// held51Band is a platinum 900 iridium eternity band set with fifteen
	// lab-grown diamonds.
	held51Band = core.Product{SKU: "H51-006", Name: "Eternity Band", Category: "ring", Collection: "Lumière", Materials: []string{"platinum 900 iridium"},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 15, Origin: core.OriginLabGrown}}, Colours: []string{"white"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "900"}}, Occasions: []string{"wedding"}}
	// held51Mixed is the band with a natural sapphire beside its
	// lab-grown diamonds: "every stone is lab-grown" discloses nothing on it.
	held51Mixed = core.Product{SKU: "H51-016", Name: "Eternity Band", Category: "ring", Collection: "Lumière", Materials: []string{"platinum 900 iridium"},
		Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 15, Origin: core.OriginLabGrown}, {Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"white", "blue"}, Metals: []core.Metal{{Base: "platinum", Fineness: "900"}}}
	// held51Studs are rhodium-plated sterling silver studs with two
	// lab-grown diamonds.
	held51Studs = core.Product{SKU: "H51-001", Name: "Aura Studs", Category: "earrings", Collection: "Moments", Materials: []string{"sterling silver"},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 2, Origin: core.OriginLabGrown}}, Colours: []string{"silver", "white"},
		Features: []string{"rhodium-plated", "butterfly backs"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}}}
	// held51Ti are grade-23 titanium huggie hoops.
	held51Ti = core.Product{SKU: "H51-010", Name: "Titanium Huggies", Category: "earrings", Collection: "Reflexions", Materials: []string{"grade-23 titanium"},
		Colours: []string{"silver grey"}, Features: []string{"nickel-free", "lightweight"}, Metals: []core.Metal{{Base: "titanium"}}}
	// held51Bracelet is a plain sterling silver charm bracelet.
	held51Bracelet = core.Product{SKU: "H51-005", Name: "Moments Charm Bracelet", Category: "bracelet", Collection: "Moments", Materials: []string{"sterling silver"},
		Colours: []string{"silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}}
	// held51Citrine is a 9ct yellow gold signet ring with a heated
	// citrine.
	held51Citrine = core.Product{SKU: "H51-011", Name: "Citrine Signet Ring", Category: "ring", Collection: "Heritage", Materials: []string{"9ct yellow gold"},
		Stones: []core.Stone{{Type: "citrine", Colour: "golden yellow", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}}, Colours: []string{"gold", "yellow"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9ct"}}}
	// held51Climbers are rose-gold vermeil ear climbers with six
	// rhodolite garnets.
	held51Climbers = core.Product{SKU: "H51-008", Name: "Rhodolite Ear Climbers", Category: "earrings", Collection: "Heritage", Materials: []string{"rose-gold vermeil"},
		Stones: []core.Stone{{Type: "rhodolite garnet", Colour: "raspberry red", Count: 6, Origin: core.OriginNatural}}, Colours: []string{"rose gold", "red"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 2.5}}}
	// held51Vermeil is a rose-gold vermeil bangle (18k rose gold over
	// sterling silver, 2.5 microns).
	held51Vermeil = core.Product{SKU: "H51-014", Name: "Signature Bangle", Category: "bangle", Collection: "Signature", Materials: []string{"rose-gold vermeil"},
		Colours: []string{"rose gold"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 2.5}}}
)

// TestKindsHeld51Qualifier (#13, held51): the stones said lab-grown in the
// sentence before the first diamond ("Every stone in this band is
// lab-grown. Fifteen diamonds circle the finger.") name the diamonds
// after them qualified, on a piece whose stones are all lab-grown, in 25
// locales (the market's qualifier said of its stone_nouns, checks
// labStonesSaid); and Danish "dyrket i et laboratorium", the qualifier
// with its article, is one of da-DK's qualifiers. Every row blocked
// regulatory.stone_qualifier on main 7ff2e44a.
func TestKindsHeld51Qualifier(t *testing.T) {
	t.Parallel()
	rows := pairRows(held51Band, false, held51QualTrue)
	rows = append(rows, pairRows(held51Studs, false, [][2]string{
		{"da-DK", "Begge diamanter er dyrket i et laboratorium og måler 4 mm."},
	})...)
	checkKindRows(t, checkService(t), "regulatory", rows)
}

// TestKindsHeld51QualifierBad: the stones said hand-set, or said not to
// be lab-grown, or graded by a laboratory, before the diamonds, and "every stone is lab-grown" on a
// piece with a natural sapphire beside its lab-grown diamonds, disclose
// nothing: the bare diamonds still block as regulatory in 25 locales.
func TestKindsHeld51QualifierBad(t *testing.T) {
	t.Parallel()
	rows := pairRows(held51Band, true, held51QualBad)
	rows = append(rows, pairRows(held51Mixed, true, [][2]string{
		{"en-GB", "Every stone in this band is lab-grown. Fifteen diamonds circle the finger."},
		{"de-DE", "Jeder Stein dieses Rings ist im Labor gezüchtet. Fünfzehn Diamanten umrunden den Finger."},
		{"sv-SE", "Varje sten i den här ringen är labbodlad. Femton diamanter löper runt fingret."},
		{"ja-JP", "このリングの石はすべてラボグロウンです。15石のダイヤモンドが指をぐるりと囲みます。"},
		{"zh-CN", "这枚戒指上的每颗宝石都是实验室培育的。十五颗钻石环绕手指一圈。"},
	})...)
	// The laboratory that graded the stones is no qualifier of them
	// (weakLabQualifiers, zhStoneCopulas).
	rows = append(rows, pairRows(held51Band, true, [][2]string{
		{"es-MX", "Cada piedra tiene certificado de laboratorio. Quince diamantes rodean el dedo."},
		{"pt-PT", "Cada pedra tem certificado de laboratório. Quinze diamantes dão a volta ao dedo."},
		{"cs-CZ", "Každý kámen má certifikát z laboratoře. Patnáct diamantů obepíná prst."},
		{"zh-TW", "每顆寶石都經過實驗室鑑定。十五顆鑽石環繞手指一圈。"},
	})...)
	checkKindRows(t, checkService(t), "regulatory", rows)
}

var held51QualTrue = [][2]string{
	{"en-GB", "Every stone in this band is lab-grown. Fifteen diamonds circle the finger."},
	{"en-US", "All the stones in this band are lab-grown. Fifteen diamonds circle the finger."},
	{"en-AU", "The stones in this band are laboratory-grown. Fifteen diamonds circle the finger."},
	{"de-DE", "Jeder Stein dieses Rings ist im Labor gezüchtet. Fünfzehn Diamanten umrunden den Finger."},
	{"fr-FR", "Chaque pierre de cette alliance est synthétique. Quinze diamants font le tour du doigt."},
	{"fr-CA", "Chaque pierre de cette alliance est cultivée en laboratoire. Quinze diamants font le tour du doigt."},
	{"es-ES", "Todas las piedras de esta alianza son creadas en laboratorio. Quince diamantes rodean el dedo."},
	{"es-MX", "Todas las piedras de esta argolla son cultivadas en laboratorio. Quince diamantes rodean el dedo."},
	{"it-IT", "Ogni pietra di questa fedina è creata in laboratorio. Quindici diamanti girano intorno al dito."},
	{"pt-PT", "Todas as pedras desta aliança são criadas em laboratório. Quinze diamantes dão a volta ao dedo."},
	{"pt-BR", "Todas as pedras desta aliança são cultivadas em laboratório. Quinze diamantes circundam o dedo."},
	{"nl-NL", "Elke steen in deze ring is in een lab gekweekt. Vijftien diamanten lopen rond de vinger."},
	{"sv-SE", "Varje sten i den här ringen är labbodlad. Femton diamanter löper runt fingret."},
	{"da-DK", "Hver sten i denne ring er laboratoriedyrket. Ringen har femten diamanter."},
	{"nb-NO", "Hver stein i denne ringen er labdyrket. Femten diamanter går rundt fingeren."},
	{"fi-FI", "Jokainen tämän sormuksen kivi on laboratoriossa kasvatettu. Viisitoista timanttia kiertää sormen."},
	{"pl-PL", "Każdy kamień tej obrączki jest hodowany w laboratorium. Piętnaście diamentów otacza palec."},
	{"cs-CZ", "Každý kámen tohoto prstenu je vypěstovaný v laboratoři. Patnáct diamantů obepíná prst."},
	{"el-GR", "Κάθε πέτρα αυτού του δαχτυλιδιού είναι εργαστηριακή. Δεκαπέντε διαμάντια αγκαλιάζουν το δάχτυλο."},
	{"tr-TR", "Bu yüzükteki her taş laboratuvarda üretilmiştir. On beş pırlanta parmağı çevreler."},
	{"ar-AE", "كل حجر في هذا الخاتم مصنّع في المختبر. خمس عشرة ماسة تحيط بالإصبع."},
	{"ja-JP", "このリングの石はすべてラボグロウンです。15石のダイヤモンドが指をぐるりと囲みます。"},
	{"ko-KR", "이 반지의 모든 스톤은 랩그로운입니다. 열다섯 개의 다이아몬드가 손가락을 감쌉니다."},
	{"zh-CN", "这枚戒指上的每颗宝石都是实验室培育的。十五颗钻石环绕手指一圈。"},
	{"zh-TW", "這枚戒指上的每顆寶石都是實驗室培育的。十五顆鑽石環繞手指一圈。"},
}

var held51QualBad = [][2]string{
	{"en-GB", "Every stone in this band is set by hand. Fifteen diamonds circle the finger."},
	{"en-GB", "None of the stones is lab-grown. Fifteen diamonds circle the finger."},
	{"en-US", "All the stones in this band are hand-set. Fifteen diamonds circle the finger."},
	{"en-US", "The stones are not lab-grown. Fifteen diamonds circle the finger."},
	{"en-AU", "The stones in this band are hand-set. Fifteen diamonds circle the finger."},
	{"en-AU", "The stones are not laboratory-grown. Fifteen diamonds circle the finger."},
	{"de-DE", "Jeder Stein dieses Rings ist von Hand gefasst. Fünfzehn Diamanten umrunden den Finger."},
	{"de-DE", "Die Steine sind nicht im Labor gezüchtet. Fünfzehn Diamanten umrunden den Finger."},
	{"fr-FR", "Chaque pierre de cette alliance est sertie à la main. Quinze diamants font le tour du doigt."},
	{"fr-FR", "Les pierres ne sont pas synthétiques. Quinze diamants font le tour du doigt."},
	{"fr-CA", "Chaque pierre de cette alliance est sertie à la main. Quinze diamants font le tour du doigt."},
	{"fr-CA", "Les pierres ne sont pas cultivées en laboratoire. Quinze diamants font le tour du doigt."},
	{"es-ES", "Todas las piedras de esta alianza están engastadas a mano. Quince diamantes rodean el dedo."},
	{"es-ES", "Las piedras no son creadas en laboratorio. Quince diamantes rodean el dedo."},
	{"es-MX", "Todas las piedras de esta argolla están engastadas a mano. Quince diamantes rodean el dedo."},
	{"es-MX", "Las piedras no son cultivadas en laboratorio. Quince diamantes rodean el dedo."},
	{"it-IT", "Ogni pietra di questa fedina è incastonata a mano. Quindici diamanti girano intorno al dito."},
	{"it-IT", "Le pietre non sono create in laboratorio. Quindici diamanti girano intorno al dito."},
	{"pt-PT", "Todas as pedras desta aliança são cravadas à mão. Quinze diamantes dão a volta ao dedo."},
	{"pt-PT", "As pedras não são criadas em laboratório. Quinze diamantes dão a volta ao dedo."},
	{"pt-BR", "Todas as pedras desta aliança são cravejadas à mão. Quinze diamantes circundam o dedo."},
	{"pt-BR", "As pedras não são cultivadas em laboratório. Quinze diamantes circundam o dedo."},
	{"nl-NL", "Elke steen in deze ring is met de hand gezet. Vijftien diamanten lopen rond de vinger."},
	{"nl-NL", "De stenen zijn niet in een lab gekweekt. Vijftien diamanten lopen rond de vinger."},
	{"sv-SE", "Varje sten i den här ringen är handfattad. Femton diamanter löper runt fingret."},
	{"sv-SE", "Stenarna är inte labbodlade. Femton diamanter löper runt fingret."},
	{"da-DK", "Hver sten i denne ring er håndfattet. Ringen har femten diamanter."},
	{"da-DK", "Stenene er ikke laboratoriedyrkede. Ringen har femten diamanter."},
	{"nb-NO", "Hver stein i denne ringen er håndinnfattet. Femten diamanter går rundt fingeren."},
	{"nb-NO", "Steinene er ikke labdyrket. Femten diamanter går rundt fingeren."},
	{"fi-FI", "Jokainen tämän sormuksen kivi on käsin istutettu. Viisitoista timanttia kiertää sormen."},
	{"fi-FI", "Kivet eivät ole laboratoriossa kasvatettuja. Viisitoista timanttia kiertää sormen."},
	{"pl-PL", "Każdy kamień tej obrączki jest osadzony ręcznie. Piętnaście diamentów otacza palec."},
	{"pl-PL", "Kamienie nie są hodowane w laboratorium. Piętnaście diamentów otacza palec."},
	{"cs-CZ", "Každý kámen tohoto prstenu je zasazený ručně. Patnáct diamantů obepíná prst."},
	{"cs-CZ", "Kameny nejsou vypěstované v laboratoři. Patnáct diamantů obepíná prst."},
	{"el-GR", "Κάθε πέτρα αυτού του δαχτυλιδιού είναι δεμένη στο χέρι. Δεκαπέντε διαμάντια αγκαλιάζουν το δάχτυλο."},
	{"el-GR", "Οι πέτρες δεν είναι εργαστηριακές. Δεκαπέντε διαμάντια αγκαλιάζουν το δάχτυλο."},
	{"tr-TR", "Bu yüzükteki her taş elle yerleştirilmiştir. On beş pırlanta parmağı çevreler."},
	{"tr-TR", "Bu taşlar laboratuvarda üretilmemiştir. On beş pırlanta parmağı çevreler."},
	{"ar-AE", "كل حجر في هذا الخاتم مرصّع يدويًا. خمس عشرة ماسة تحيط بالإصبع."},
	{"ar-AE", "الأحجار ليست مصنّعة في المختبر. خمس عشرة ماسة تحيط بالإصبع."},
	{"ja-JP", "このリングの石はすべて手作業で留めています。15石のダイヤモンドが指をぐるりと囲みます。"},
	{"ja-JP", "このリングの石はラボグロウンではありません。15石のダイヤモンドが指をぐるりと囲みます。"},
	{"ko-KR", "이 반지의 모든 스톤은 수작업으로 세팅했습니다. 열다섯 개의 다이아몬드가 손가락을 감쌉니다."},
	{"ko-KR", "이 반지의 스톤은 랩그로운이 아닙니다. 열다섯 개의 다이아몬드가 손가락을 감쌉니다."},
	{"zh-CN", "这枚戒指上的每颗宝石都是手工镶嵌的。十五颗钻石环绕手指一圈。"},
	{"zh-CN", "这枚戒指上的宝石不是实验室培育的。十五颗钻石环绕手指一圈。"},
	{"zh-TW", "這枚戒指上的每顆寶石都是手工鑲嵌的。十五顆鑽石環繞手指一圈。"},
	{"zh-TW", "這枚戒指上的寶石不是實驗室培育的。十五顆鑽石環繞手指一圈。"},
}

// TestKindsHeld51Tarnish (#13, held51): two careful tarnish sentences.
// (1) The example guide's tarnish-proof claim phrases said of a metal that
// does not tarnish of itself, in general ("Unlike silver, platinum will
// not tarnish", "Titan läuft nicht an", "Le platine ne ternit pas", "El
// platino no se oxida", "Il platino non si ossida"): the guide's phrase
// list blocked what the tarnish concept's own forms, in the same words,
// let pass (corrosion48's noble subjects); the guide's claims now spare
// them as the concept does (nobleGeneral). (2) The silver that may
// darken and the rhodium that slows *it* (ko "변색될 수 있으며, 로듐
// 도금이 이를 늦춰 줍니다", zh "氧化变暗，镀铑层可以减缓这一过程"): the hedge
// pair read the darkening word of the first clause with the slowing verb
// whose object is the pronoun; idiom pairs (concepts-hedge51.yaml) hold
// them. Every row blocked claim.tarnish_proof on main 7ff2e44a. The
// guide phrases exist in en, de, fr, es and it; the other locales'
// sentences already passed.
func TestKindsHeld51Tarnish(t *testing.T) {
	t.Parallel()
	rows := pairRows(held51Band, false, [][2]string{
		{"en-GB", "Unlike silver, platinum will not tarnish."},
		{"en-US", "Platinum won't tarnish or fade."},
		{"de-DE", "Platin läuft nicht an, daher behält der Ring seinen weißen Glanz."},
		{"fr-FR", "Le platine ne ternit pas, l'alliance garde donc son éclat blanc."},
		{"fr-CA", "Le platine ne ternit pas, l'alliance garde donc son éclat blanc."},
		{"es-ES", "El platino no se oxida ni pierde el color, así que la alianza conserva su brillo blanco."},
		{"es-MX", "El platino no se oxida ni pierde el color, así que la argolla conserva su brillo blanco."},
		{"it-IT", "Il platino non si ossida, così la fede mantiene la sua lucentezza bianca."},
	})
	rows = append(rows, pairRows(held51Ti, false, [][2]string{
		{"en-GB", "Unlike silver, titanium will not tarnish."},
		{"en-AU", "Titanium will not tarnish or rust, and it needs no plating."},
		{"de-DE", "Titan läuft nicht an und rostet nicht, eine Beschichtung braucht es nicht."},
		{"fr-FR", "Le titane ne ternit pas et ne rouille pas ; il n'a besoin d'aucun placage."},
		{"fr-CA", "Le titane ne ternit pas et ne rouille pas ; il n'a besoin d'aucun placage."},
	})...)
	rows = append(rows, pairRows(held51Studs, false, [][2]string{
		{"ko-KR", "스털링 실버는 시간이 지나면서 변색될 수 있으며, 로듐 도금이 이를 늦춰 줍니다."},
		{"zh-CN", "纯银会随时间氧化变暗，镀铑层可以减缓这一过程。"},
		{"zh-TW", "純銀會隨時間氧化變暗，鍍銠層可以減緩這個過程。"},
	})...)
	checkKindRows(t, checkService(t), "claim", rows)
}

// TestKindsHeld51TarnishBad: the piece itself said not to tarnish, the
// metal said never to tarnish (an absolute word), a noble metal's claim on
// a plated piece, and the rhodium said to prevent the darkening itself
// (the darkening word its object) still block as claims.
func TestKindsHeld51TarnishBad(t *testing.T) {
	t.Parallel()
	rows := pairRows(held51Band, true, [][2]string{
		{"en-GB", "This ring will not tarnish."},
		{"en-GB", "Platinum will never tarnish."},
		{"en-US", "The band won't tarnish."},
		{"de-DE", "Der Ring läuft nicht an."},
		{"fr-FR", "Cette alliance ne ternit pas."},
		{"es-ES", "La alianza no se oxida."},
		{"it-IT", "La fede non si ossida."},
	})
	rows = append(rows, pairRows(held51Vermeil, true, [][2]string{
		{"en-GB", "Platinum will not tarnish, and neither will this bangle."},
		{"de-DE", "Dieser Armreif läuft nicht an."},
	})...)
	rows = append(rows, pairRows(held51Studs, true, [][2]string{
		{"ko-KR", "로듐 도금이 변색을 막아 줍니다."},
		// "로듐 도금이 변색을 늦춰 줍니다" (slows the darkening) is
		// licensed by the studs' own rhodium plating since tarnish54
		// (conceptDef.HedgeEvidence; TestKindsTarnish54).
	})...)
	rows = append(rows, pairRows(held51Bracelet, true, [][2]string{
		{"zh-CN", "这款手链永不氧化变色。"},
		{"zh-TW", "這款手鍊永不氧化變色。"},
	})...)
	checkKindRows(t, checkService(t), "claim", rows)
}

// held51Charm are sterling silver huggies that carry a heart charm each
// (their name and keywords say charm).
var held51Charm = core.Product{SKU: "H51-018", Name: "Heart Charm Huggies", Category: "earrings", Collection: "Moments", Materials: []string{"sterling silver"},
	Colours: []string{"silver"}, Keywords: []string{"charm hoops"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}}

// held51Signet is a 9ct yellow gold signet pendant on its chain.
var held51Signet = core.Product{SKU: "H51-017", Name: "Signet Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"9ct yellow gold"},
	Colours: []string{"gold"}, Features: []string{"engravable"}, Keywords: []string{"signet necklace"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9ct"}}}

// TestKindsHeld51Category (#13, held51): a category word that is a part
// or a style of the piece, not its category. The charm each huggie of a
// pair of charm hoops carries ("Each huggie carries a tiny heart charm",
// "Chaque anneau porte une petite breloque cœur", "Cada argolinha tem um
// pequeno pingente de coração", 各フープに小さなハートチャームが揺れます,
// 每只耳圈上都挂着一颗小小的爱心吊饰) called the earrings a charm or a
// pendant: canon shape_senses "charm shape" now holds earrings whose data
// say charm, and the charm words of 20 packs carry that part sense as the
// pendant words did. French "un collier chevalière" (a signet-style
// necklace) on a signet pendant is the style (fr ignore forms). Every row
// blocked grounding.category on main 7ff2e44a; de, nl, sv, da, nb, fi,
// pl and cs copy of the same shape already passed.
func TestKindsHeld51Category(t *testing.T) {
	t.Parallel()
	rows := pairRows(held51Charm, false, [][2]string{
		{"en-GB", "Each huggie carries a tiny heart charm."},
		{"en-GB", "A small heart charm swings from each hoop."},
		{"en-US", "Each huggie carries a tiny heart charm."},
		{"en-US", "A small heart charm swings from each hoop."},
		{"en-AU", "Each huggie carries a tiny heart charm."},
		{"en-AU", "A small heart charm swings from each hoop."},
		{"fr-FR", "Une petite breloque en forme de cœur se balance à chaque anneau."},
		{"fr-CA", "Chaque anneau porte une petite breloque cœur."},
		{"fr-CA", "Une petite breloque en forme de cœur se balance à chaque anneau."},
		{"es-ES", "Cada aro lleva un pequeño charm de corazón."},
		{"es-ES", "Un pequeño colgante de corazón se balancea en cada aro."},
		{"es-MX", "Un pequeño dije de corazón se mece en cada arito."},
		{"it-IT", "Ogni cerchietto porta un piccolo charm a cuore."},
		{"pt-PT", "Um pequeno charm de coração balança em cada argola."},
		{"pt-BR", "Cada argolinha tem um pequeno pingente de coração."},
		{"pt-BR", "Um pequeno berloque de coração balança em cada argola."},
		{"el-GR", "Κάθε κρικάκι έχει ένα μικρό charm καρδιά."},
		{"el-GR", "Ένα μικρό κρεμαστό καρδιά ταλαντεύεται από κάθε κρίκο."},
		{"tr-TR", "Her halkada küçük bir kalp charm sallanır."},
		{"ar-AE", "تتأرجح دلاية صغيرة على شكل قلب من كل حلقة."},
		{"ja-JP", "各フープに小さなハートチャームが揺れます。"},
		{"ja-JP", "それぞれのリングから小さなハートのチャームが揺れます。"},
		{"ko-KR", "각 후프에 작은 하트 참이 달려 있습니다."},
		{"ko-KR", "각 링에서 작은 하트 참이 흔들립니다."},
		{"zh-CN", "每只耳圈上都挂着一颗小小的爱心吊饰。"},
		{"zh-CN", "每个圈上都垂着一颗小巧的心形吊坠。"},
		{"zh-TW", "每只耳圈上都掛著一顆小小的愛心吊飾。"},
	})
	rows = append(rows, pairRows(held51Signet, false, [][2]string{
		{"fr-FR", "Un collier chevalière : un plateau ovale en or sur une fine chaîne."},
		{"fr-CA", "Un collier chevalière : un plateau ovale en or sur une fine chaîne."},
	})...)
	checkKindRows(t, checkService(t), "grounding", rows)
}

// TestKindsHeld51CategoryBad: "this charm" of the charm hoops is still the
// piece called a charm (not_this), and a signet ring named on the
// pendant ("Cette chevalière", "une bague chevalière") still blocks as
// grounding.
func TestKindsHeld51CategoryBad(t *testing.T) {
	t.Parallel()
	rows := pairRows(held51Charm, true, [][2]string{
		{"en-GB", "This charm clips onto any bracelet."},
		{"en-US", "This charm clips onto any bracelet."},
		{"de-DE", "Dieser Charm passt an jedes Armband."},
		{"fr-FR", "Cette breloque se fixe à tout bracelet."},
		{"es-ES", "Este charm se engancha a cualquier pulsera."},
		{"it-IT", "Questo charm si aggancia a qualsiasi bracciale."},
		{"ja-JP", "このチャームはどのブレスレットにも付けられます。"},
		{"zh-CN", "这款吊饰可挂在任何手链上。"},
		{"pt-BR", "Este berloque prende em qualquer pulseira."},
		{"ko-KR", "이 참은 어떤 팔찌에도 달 수 있습니다."},
	})
	rows = append(rows, pairRows(held51Signet, true, [][2]string{
		{"fr-FR", "Cette chevalière se porte à l'auriculaire."},
		{"fr-FR", "Une bague chevalière en or jaune."},
	})...)
	checkKindRows(t, checkService(t), "grounding", rows)
}

// TestKindsHeld51Open (#13, held51): rows of the session's own copy left
// blocking or passing wrongly.
func TestKindsHeld51Open(t *testing.T) {
	t.Skip("open (#13, held51): a qualifier after a negation in its sentence (lab-grown, not mined) or in the clause after a pronoun discloses nothing (labStonesSaid reads no negation's scope); 18k gold is no noble subject (corrosion48 leaves gold out, read as the piece's alloy), and a keep word before the noble metal (\"sterling\" of the metal it is set against) keeps the claim; the species' colour range in ja and a tint in fi block as grounding.colour")
	svc := checkService(t)
	checkKindRows(t, svc, "regulatory", pairRows(held51Band, false, [][2]string{
		{"en-GB", "The stones are lab-grown, not mined. Fifteen diamonds circle the finger."},
		{"en-GB", "These diamonds were not mined: they were grown in a laboratory."},
	}))
	checkKindRows(t, svc, "claim", pairRows(held51Ti, false, [][2]string{
		{"en-GB", "Unlike sterling silver, titanium will not tarnish."},
	}))
	checkKindRows(t, svc, "", []kindRow{
		{"ja-JP", "シトリンは黄色からオレンジ色のクォーツです。", held51Citrine, false},
		{"fi-FI", "Rodoliitti on pyroopin ja almandiinin välimuoto, jonka punaisessa on violettia.", held51Climbers, false},
	})
}
