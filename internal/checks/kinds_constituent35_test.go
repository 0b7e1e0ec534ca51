package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsConstituent35 (#13, constituent35): copy that explains the
// piece's own stone names the minerals it is made of, is a variety of or
// forms in (canon stone_families, stone_groups), and each was read as a
// wrong stone on the piece (released 35's en-AU aventurine "a quartz that
// takes its colour … from tiny flakes of a green, chromium-bearing mica
// called fuchsite", sv-SE and ar-AE unakite "fältspat", "kvarts",
// "الفلسبار", "من الكوارتز", da-DK "fuchsit"); and a material word in a
// lustre simile (zh-CN "玻璃般的光泽", a glass-like lustre) was read as a
// material of the piece. A constituent passes in an apposition or relative
// clause after the product's stone with a word of explanation, or in a
// sentence of the stone's explanation with no word of the piece
// (grounding/constituent.go); the constituent set on the piece or heading
// a bead or cabochon still blocks, and so does a sibling variety of the
// same group (a sapphire on a ruby) and an unrelated stone in the same
// frame.
func TestKindsConstituent35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stonePiece := func(sku, cat, stone, colour string) core.Product {
		return core.Product{SKU: sku, Name: "Heritage Piece", Category: cat, Collection: "Heritage",
			Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones:  []core.Stone{{Type: stone, Colour: colour, Count: 1, Origin: core.OriginNatural}},
			Colours: []string{"silver", colour}}
	}
	av := stonePiece("C35A", "bracelet", "green aventurine", "green")
	una := stonePiece("C35U", "necklace", "unakite", "pink and green")
	tour := stonePiece("C35T", "ring", "black tourmaline", "black")
	ruby := stonePiece("C35R", "ring", "ruby", "red")
	lapis := stonePiece("C35L", "pendant", "lapis lazuli", "blue")
	rows := []kindRow{
		// the constituents of aventurine after it, explained (pass)
		{"en-GB", "The bracelet strings beads of green aventurine, a quartz that takes its colour from tiny flakes of a green mica called fuchsite.", av, false},
		{"en-US", "The bracelet strings beads of green aventurine, a quartz that gets its color from tiny flakes of fuchsite, a green mica.", av, false},
		{"en-AU", "The bracelet strings beads of green aventurine, a quartz whose shimmer comes from tiny flakes of fuchsite.", av, false},
		{"de-DE", "Das Armband reiht Perlen aus grünem Aventurin, einem Quarz, der seine Farbe winzigen Plättchen aus Fuchsit verdankt, einem grünen Glimmer.", av, false},
		{"fr-FR", "Le bracelet aligne des perles d'aventurine verte, un quartz qui doit sa couleur à de minuscules paillettes de fuchsite, un mica vert.", av, false},
		{"fr-CA", "Le bracelet aligne des perles d'aventurine verte, un quartz qui tire sa couleur de fines lamelles de fuchsite.", av, false},
		{"es-ES", "La pulsera engarza cuentas de aventurina verde, un cuarzo que debe su color a diminutas laminillas de fucsita, una mica verde.", av, false},
		{"es-MX", "La pulsera reúne cuentas de aventurina verde, un cuarzo que obtiene su color de pequeñas escamas de fucsita.", av, false},
		{"it-IT", "Il bracciale infila perle di avventurina verde, un quarzo che deve il suo colore a minuscole lamelle di fucsite, una mica verde.", av, false},
		{"pt-PT", "A pulseira junta contas de aventurina verde, um quartzo que deve a sua cor a minúsculas lamelas de fuchsite.", av, false},
		{"pt-BR", "A pulseira reúne contas de aventurina verde, um quartzo que deve sua cor a minúsculas lamelas de fuchsita, uma mica verde.", av, false},
		{"nl-NL", "De armband rijgt kralen van groene aventurijn, een kwarts die zijn kleur dankt aan piepkleine schilfertjes fuchsiet, een groene mica.", av, false},
		{"sv-SE", "Armbandet har pärlor av grön aventurin, en kvarts som får sin färg från små flagor av fuchsit, en grön glimmer.", av, false},
		{"da-DK", "Armbåndet har perler af grøn aventurin, en kvarts, der får sin farve fra bittesmå flager af fuchsit, en kromholdig glimmer.", av, false},
		{"nb-NO", "Armbåndet har perler av grønn aventurin, en kvarts som får fargen fra bittesmå flak av fuksitt, en grønn glimmer.", av, false},
		{"fi-FI", "Rannekorun helmet ovat vihreää aventuriinia, kvartsia, joka saa värinsä pienistä fuksiittihiutaleista.", av, false},
		{"pl-PL", "Bransoletka ma koraliki z zielonego awenturynu, kwarcu, który zawdzięcza barwę drobnym blaszkom fuksytu, zielonej miki.", av, false},
		{"cs-CZ", "Náramek tvoří korálky ze zeleného avanturínu, křemene, který vděčí za barvu drobným šupinkám fuchsitu, zelené slídy.", av, false},
		{"tr-TR", "Bileklik yeşil aventurin boncuklardan oluşur; aventurin, rengini küçük fuksit pulcuklarından alan bir kuvarstır.", av, false},
		{"el-GR", "Το βραχιόλι έχει χάντρες από πράσινη αβεντουρίνη, έναν χαλαζία που οφείλει το χρώμα του σε μικροσκοπικά λέπια φουξίτη.", av, false},
		{"ar-AE", "يضم السوار خرزات من الأفينتورين الأخضر، وهو كوارتز يستمد لونه من رقائق دقيقة من الفوكسيت، وهو ميكا خضراء.", av, false},
		{"ja-JP", "ブレスレットはグリーンアベンチュリンのビーズを連ねています。アベンチュリンは石英の一種で、フクサイトの微細な薄片が緑色を生みます。", av, false},
		{"ko-KR", "팔찌는 그린 어벤추린 비즈로 이루어져 있습니다. 어벤추린은 석영의 일종으로, 푹사이트의 작은 박편이 초록빛을 냅니다.", av, false},
		{"zh-CN", "手链串起绿色东陵石珠子。东陵石是一种石英，其绿色来自细小的铬云母鳞片。", av, false},
		{"zh-TW", "手鍊串起綠色東陵石珠子。東陵石是一種石英，其綠色來自細小的鉻雲母鱗片。", av, false},
		// the constituent set on the piece as a cabochon (block)
		{"en-GB", "The bracelet is set with a fuchsite cabochon.", av, true},
		{"de-DE", "Das Armband ist mit einem Fuchsit-Cabochon besetzt.", av, true},
		{"fr-FR", "Le bracelet est serti d'un cabochon de fuchsite.", av, true},
		{"pt-BR", "A pulseira é cravejada com um cabochão de fuchsita.", av, true},
		{"nl-NL", "De armband is gezet met een fuchsiet cabochon.", av, true},
		{"da-DK", "Armbåndet er besat med en fuchsit-cabochon.", av, true},
		{"fi-FI", "Rannekorussa on fuksiittikabošon.", av, true},
		{"pl-PL", "Bransoletka jest ozdobiona kaboszonem z fuksytu.", av, true},
		{"cs-CZ", "Náramek je osazen kabošonem z fuchsitu.", av, true},
		{"tr-TR", "Bileklik bir fuksit kabaşonla süslenmiştir.", av, true},
		{"el-GR", "Το βραχιόλι είναι δεμένο με ένα καμπουσόν φουξίτη.", av, true},
		{"ar-AE", "السوار مرصع بحجر فوكسيت مصقول.", av, true},
		{"ja-JP", "ブレスレットにはフクサイトのカボションをあしらいました。", av, true},
		{"ko-KR", "팔찌에는 푹사이트 카보숑이 세팅되어 있습니다.", av, true},
		{"zh-CN", "手链镶嵌一颗铬云母蛋面。", av, true},
		// the constituents of unakite in the sentence after its nature (pass)
		{"en-GB", "The pendant holds an unakite cabochon, a rock that forms when granite is altered deep underground. Salmon-pink feldspar and olive-green epidote mix with small grains of quartz.", una, false},
		{"en-US", "The necklace holds an unakite cabochon. Unakite forms when granite is slowly altered. Pink feldspar and green epidote mingle with grains of quartz, so each stone is unique.", una, false},
		{"de-DE", "Die Kette trägt einen Unakit-Cabochon. Unakit entsteht, wenn Granit tief in der Erde umgewandelt wird. Lachsrosa Feldspat und olivgrüner Epidot mischen sich mit kleinen Quarzkörnern.", una, false},
		{"fr-FR", "Le collier porte un cabochon d'unakite. L'unakite se forme quand un granite se transforme lentement. Le feldspath rose et l'épidote verte s'y mêlent à de petits grains de quartz.", una, false},
		{"es-ES", "El collar lleva un cabujón de unakita. La unakita se forma cuando el granito se transforma lentamente. El feldespato rosa y la epidota verde se mezclan con granos de cuarzo.", una, false},
		{"it-IT", "La collana porta un cabochon di unakite. L'unakite si forma quando il granito si trasforma lentamente. Il feldspato rosa e l'epidoto verde si mescolano a piccoli grani di quarzo.", una, false},
		{"pt-BR", "O colar tem um cabochão de unakita. A unakita se forma quando o granito se transforma lentamente. O feldspato rosa e o epídoto verde se misturam a pequenos grãos de quartzo.", una, false},
		{"nl-NL", "De ketting draagt een cabochon van unakiet. Unakiet ontstaat wanneer graniet langzaam wordt omgezet. Roze veldspaat en groene epidoot mengen zich met korrels kwarts.", una, false},
		{"sv-SE", "Hänget bär en oval cabochon av unakit, en ovanlig bergart som bildas när granit långsamt omvandlas djupt i jordskorpan. Laxrosa fältspat och olivgrön epidot blandas med små korn av kvarts, så att varje sten får sitt eget fläckiga mönster.", una, false},
		{"da-DK", "Halskæden bærer en cabochon af unakit. Unakit dannes, når granit langsomt omdannes. Laksefarvet feldspat og olivengrøn epidot blandes med små korn af kvarts.", una, false},
		{"nb-NO", "Halskjedet bærer en cabochon av unakitt. Unakitt dannes når granitt sakte omdannes. Laksrosa feltspat og olivengrønn epidot blandes med små korn av kvarts.", una, false},
		{"pl-PL", "Naszyjnik ma kaboszon z unakitu. Unakit powstaje, gdy granit powoli się przeobraża. Różowy skaleń i zielony epidot mieszają się z drobnymi ziarnami kwarcu.", una, false},
		{"ar-AE", "تحمل القلادة حجراً بيضاوياً من اليوناكيت، وهو صخر نادر يتكوّن عندما يتحوّل الغرانيت ببطء في أعماق الأرض. يمتزج فيه الفلسبار الوردي والإبيدوت الأخضر الزيتوني مع حبيبات صغيرة من الكوارتز، فيحمل كل حجر نقشاً مرقّطاً خاصاً به.", una, false},
		// the constituent as a stone of the piece, and an unrelated stone in the same frame (block)
		{"en-GB", "The pendant is set with a feldspar cabochon.", una, true},
		{"en-GB", "The pendant holds an unakite cabochon, a rock that forms when granite is altered deep underground. Pink sapphires and green garnets mix with small grains of quartz.", una, true},
		{"de-DE", "Die Kette ist mit einem Feldspat-Cabochon besetzt.", una, true},
		{"fr-FR", "Le collier est serti d'un cabochon de feldspath.", una, true},
		{"sv-SE", "Hänget bär en oval cabochon av unakit, en bergart som bildas när granit omvandlas. Rosa safirer och gröna granater blandas med små korn av kvarts.", una, true},
		{"ar-AE", "تحمل القلادة حجراً بيضاوياً من اليوناكيت، وهو صخر نادر يتكوّن عندما يتحوّل الغرانيت. يمتزج فيه الياقوت الأزرق الوردي مع حبيبات صغيرة من الكوارتز.", una, true},
		// a lustre simile is a comparison (pass); glass as the piece's material (block)
		{"zh-CN", "戒指镶嵌一颗黑碧玺。它不透光，呈深邃的黑色，却带有玻璃般的光泽，线条感十足。", tour, false},
		{"zh-TW", "戒指鑲嵌一顆黑碧璽。它不透光，卻帶有玻璃般的光澤。", tour, false},
		{"zh-CN", "戒指镶嵌一颗黑碧玺。它有钻石似的光芒。", tour, false},
		{"zh-CN", "戒指镶嵌一颗黑碧玺。戒托由玻璃制成。", tour, true},
		{"zh-TW", "戒指鑲嵌一顆黑碧璽。戒托由玻璃製成。", tour, true},
		{"en-GB", "The ring holds a black tourmaline. It is opaque and deep black, yet it has a glass-like lustre.", tour, false},
		{"en-GB", "The ring holds a black tourmaline set in a glass bezel.", tour, true},
		// the group of the stone explained passes, a sibling variety blocks
		{"en-GB", "The ring holds a ruby, a corundum that takes its colour from chromium.", ruby, false},
		{"en-GB", "The ring holds a ruby, a sapphire that takes its colour from chromium.", ruby, true},
		{"en-GB", "The ring holds a ruby. Sapphires sparkle all around it.", ruby, true},
		{"fr-FR", "La bague porte un rubis, un corindon qui doit sa couleur au chrome.", ruby, false},
		{"fr-FR", "La bague porte un rubis, un saphir qui doit sa couleur au chrome.", ruby, true},
		// lapis lazuli's calcite and pyrite explained (pass), set as stones (block)
		{"en-GB", "The pendant holds a lapis lazuli cabochon, a rock whose blue comes from lazurite, with grains of calcite and pyrite.", lapis, false},
		{"en-GB", "The pendant holds a lapis lazuli cabochon and a calcite bead.", lapis, true},
		// aventurine's constituents after a sentence about the piece only (block)
		{"en-GB", "The bracelet strings green aventurine beads. Fuchsite sparkles all around them.", av, true},
		{"en-GB", "The bracelet strings green aventurine beads. Fuchsite beads sit between them.", av, true},
		{"en-GB", "The bracelet strings green aventurine beads. Tourmaline sparkles in the clasp.", av, true},
	}
	checkKindRows(t, svc, CatGrounding, rows)
}
