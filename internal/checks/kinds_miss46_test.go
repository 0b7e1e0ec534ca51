package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsMiss46 (#13, miss46), after probe 46C/46D and
// released 46A/46B.
var (
	miss46Amber = core.Product{SKU: "M46A", Name: "Essence Amber Pendant", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver", "amber"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "amber", Colour: "honey", Count: 1, Origin: core.OriginNatural, Treatment: "reconstructed"}},
		Colours: []string{"honey", "silver"}, Measurements: []core.Measurement{{Name: "pendant length", Value: 22, Unit: "mm"}, {Name: "chain length", Value: 45, Unit: "cm"}}}
	miss46Titanium = core.Product{SKU: "M46T", Name: "Signature Black Titanium Band", Category: "ring", Collection: "Signature", Materials: []string{"titanium"},
		Metals: []core.Metal{{Base: "titanium", Plating: "black PVD"}}, Colours: []string{"black"}, Features: []string{"lightweight"},
		Measurements: []core.Measurement{{Name: "width", Value: 6, Unit: "mm"}}}
	miss46Rose = core.Product{SKU: "M46R", Name: "Timeless Band Ring", Category: "ring", Collection: "Timeless", Materials: []string{"9k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "9k"}}, Colours: []string{"rose gold"}, Measurements: []core.Measurement{{Name: "band width", Value: 3, Unit: "mm"}}}
	miss46Tungsten = core.Product{SKU: "M46W", Name: "Timeless Tungsten Carbide Band", Category: "ring", Collection: "Timeless", Materials: []string{"tungsten carbide"},
		Metals: []core.Metal{{Base: "tungsten carbide"}}, Colours: []string{"grey"}, Features: []string{"scratch-resistant"}, Measurements: []core.Measurement{{Name: "width", Value: 8, Unit: "mm"}}}
	miss46Aqua = core.Product{SKU: "M46Q", Name: "Aquamarine Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "aquamarine", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"blue", "gold"}, Measurements: []core.Measurement{{Name: "chain length", Value: 42, Unit: "cm"}, {Name: "stone length", Value: 10, Unit: "mm"}}}
	miss46Tourm = core.Product{SKU: "M46O", Name: "Turmalin-ørepynt", Category: "earrings", Collection: "Lumière", Materials: []string{"14k rose gold", "pink tourmaline"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "tourmaline", Colour: "pink", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"rose gold", "pink"}, Measurements: []core.Measurement{{Name: "stud diameter", Value: 5, Unit: "mm"}}}
	miss46Tahiti = core.Product{SKU: "M46H", Name: "Brincos de pérolas do Taiti", Category: "earrings", Collection: "Lumière", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "Tahitian cultured pearl", Colour: "black", Count: 2, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 4, Origin: core.OriginNatural}}, Colours: []string{"black", "white"},
		Measurements: []core.Measurement{{Name: "pearl diameter", Value: 9, Unit: "mm"}}}
	miss46Coral = core.Product{SKU: "M46C", Name: "Heritage 珊瑚耳環", Category: "earrings", Collection: "Heritage", Materials: []string{"sterling silver", "coral"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "coral", Colour: "red", Count: 2, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"red", "silver"}, Measurements: []core.Measurement{{Name: "drop length", Value: 28, Unit: "mm"}}}
	miss46Pearl = core.Product{SKU: "M46P", Name: "Moments Pearl Bracelet", Category: "bracelet", Collection: "Moments", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 5, Origin: core.OriginNatural}},
		Colours: []string{"white", "silver"}, Measurements: []core.Measurement{{Name: "length", Value: 18, Unit: "cm"}}}
)

// TestKindsMiss46 (#13, miss46): bad copy that passed on main 099be13a.
// (1) Muscle tension released or eased by the piece (concepts-tension46:
// "soll er Verspannungen lösen"). (2) A finish or colour said never to
// change or peel (concepts-finish46: "색이 변하거나 벗겨지지 않아", "ولن يفقد
// بريقه أو يتغير لونه"). (3) Protection or grounding given to the wearer
// named by a relative clause, and a happy marriage brought by a stone
// (concepts-wearer46: "protège celui qui le porte", "幸せな結婚を呼ぶ").
// (4) Close languages: Danish guld compounds and æ verbs in Bokmål copy,
// Spanish imperatives with the pronoun glued on in Portuguese copy
// (identity.close of nb-NO, pt-BR). (5) A pearl's kind after the
// cultured word ("pérolas cultivadas Akoya" on Tahitian pearls; vocab
// forms). (2b) A hardness said of the piece keeps the tarnish claim after
// it (concepts.go subjectOfOther). Clean twins of every new block.
func TestKindsMiss46(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// failing before: the probe and released sentences
	checkKindRows(t, svc, "claim", []kindRow{
		{"de-DE", "Direkt auf der Haut getragen, soll er Verspannungen lösen.", miss46Amber, true},
		{"fr-CA", "Cette densité lui donne son poids rassurant et une énergie qui ancre et protège celui qui le porte.", miss46Tungsten, true},
		{"ko-KR", "색이 변하거나 벗겨지지 않아 따로 관리할 필요가 없습니다.", miss46Titanium, true},
		{"ja-JP", "幸せな結婚を呼ぶ石とされ、開いた襟元に合わせ、急な温度変化や強い衝撃は避けてください。", miss46Aqua, true},
		{"ar-AE", "كما يجعل هذا المزيج الخاتم أكثر صلابة ومقاومة للخدوش، ولن يفقد بريقه أو يتغير لونه مهما مرّت السنوات.", miss46Rose, true},
	})
	checkKindRows(t, svc, "locale", []kindRow{
		{"nb-NO", "Den rosa fargen kommer fra små mengder mangan som bygges inn i krystallet mens det vokser. Rosaguldet fremhæver den varme tone i stenene, og de er lette at bære hele dagen. Rengjør ørepynten med lunkent såpevann og en myk børste.", miss46Tourm, true},
		{"pt-BR", "Ela mede 18 cm e fecha com um fecho lagosta fácil de manusear. Úsela sola para un look ligero o junto a un reloj de correa fina. Um presente carinhoso para o Dia das Mães.", miss46Pearl, true},
	})
	// clean twins of the close-language words: the locale's own sentence
	checkKindRows(t, svc, "locale", []kindRow{
		{"nb-NO", "Roségullet fremhever den varme tonen i steinene, og de er lette å bære hele dagen.", miss46Tourm, false},
		{"da-DK", "Rosaguldet fremhæver den varme tone i stenene, og de er lette at bære hele dagen.", miss46Tourm, false},
		{"sv-SE", "Roséguldet framhäver den varma tonen i stenarna.", miss46Tourm, false},
		{"pt-BR", "Use-a sozinha para um visual leve ou junto com um relógio de pulseira fina.", miss46Pearl, false},
		{"pt-PT", "Use-a sozinha para um visual leve ou junto a um relógio de correia fina.", miss46Pearl, false},
		{"es-ES", "Úsela sola para un look ligero o junto a un reloj de correa fina.", miss46Pearl, false},
	})
	// (1) tension released: 25 locales block
	a := miss46Amber
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "Worn against the skin, it is said to release muscle tension.", a, true},
		{"en-US", "Worn against the skin, it is said to melt away tension.", a, true},
		{"en-AU", "Worn against the skin, it is said to loosen stiffness in the neck.", a, true},
		{"de-DE", "Auf der Haut getragen, löst er Verspannungen im Nacken.", a, true},
		{"fr-FR", "Porté sur la peau, il soulagerait les tensions musculaires.", a, true},
		{"fr-CA", "Porté sur la peau, il dénoue les tensions du cou.", a, true},
		{"es-ES", "Llevado sobre la piel, alivia la tensión muscular.", a, true},
		{"es-MX", "Usado sobre la piel, afloja las contracturas del cuello.", a, true},
		{"it-IT", "Indossato sulla pelle, scioglie le tensioni muscolari.", a, true},
		{"pt-PT", "Usado junto à pele, alivia a tensão muscular.", a, true},
		{"pt-BR", "Usado junto à pele, solta as tensões do pescoço.", a, true},
		{"nl-NL", "Op de huid gedragen verlicht hij spierspanning in de nek.", a, true},
		{"sv-SE", "Buren mot huden sägs den lindra spänningar i nacken.", a, true},
		{"da-DK", "Båret mod huden siges den at lindre spændinger i nakken.", a, true},
		{"nb-NO", "Båret mot huden skal den lindre spenninger i nakken.", a, true},
		{"fi-FI", "Iholla kannettuna sen sanotaan lievittävän lihasjännitystä.", a, true},
		{"pl-PL", "Noszony na skórze łagodzi napięcie mięśni karku.", a, true},
		{"cs-CZ", "Nošený na kůži uvolňuje svalové napětí.", a, true},
		{"el-GR", "Φορεμένο στο δέρμα, ανακουφίζει τη μυϊκή ένταση.", a, true},
		{"tr-TR", "Tene temas ederek takıldığında kas gerginliğini giderir.", a, true},
		{"ar-AE", "عند ارتدائه على البشرة، يخفف الشد العضلي في الرقبة.", a, true},
		{"ja-JP", "肌に直接着けると、肩の緊張をほぐすといわれています。", a, true},
		{"ko-KR", "피부에 직접 닿게 착용하면 근육의 긴장을 풀어 준다고 합니다.", a, true},
		{"zh-CN", "贴肤佩戴，据说可以缓解肌肉紧张。", a, true},
		{"zh-TW", "貼膚配戴，據說可以緩解肌肉緊張。", a, true},
	})
	// (1) clean twins: tension of a setting or a clasp, with no releasing verb
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "The diamond is held by tension alone, so press the clasp gently when you open it.", a, false},
		{"de-DE", "Die Spannfassung hält den Stein nur durch Spannung; öffnen Sie den Verschluss vorsichtig.", a, false},
		{"fr-FR", "La pierre est maintenue par la seule tension du métal; ouvrez le fermoir doucement.", a, false},
		{"es-ES", "La piedra se sujeta solo por la tensión del metal; abra el cierre con suavidad.", a, false},
		{"nl-NL", "De steen wordt alleen door spanning in het metaal vastgehouden.", a, false},
		{"ja-JP", "緊張感のあるシャープなデザインです。", a, false},
		{"zh-CN", "简洁的线条带来一种紧张感与力量感。", a, false},
	})
	// (2) a finish or colour that never changes or peels: 25 locales block
	ti, q0 := miss46Titanium, miss46Aqua
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "The colour does not change or peel off, so it needs no special care.", ti, true},
		{"en-US", "Its color will never change, however many years pass.", ti, true},
		{"en-AU", "The black finish does not chip or peel.", ti, true},
		{"de-DE", "Die Farbe verändert sich nicht und die Beschichtung blättert nie ab.", ti, true},
		{"fr-FR", "La couleur ne change jamais et le revêtement ne s'écaille pas.", ti, true},
		{"fr-CA", "Le fini noir ne pèle jamais.", ti, true},
		{"es-ES", "El color no cambia con los años y el acabado no se pela.", ti, true},
		{"es-MX", "El acabado negro nunca se descascara.", ti, true},
		{"it-IT", "Il colore non cambia mai e la finitura non si spella.", ti, true},
		{"pt-PT", "A cor não muda com o tempo e o acabamento não descasca.", ti, true},
		{"pt-BR", "O acabamento preto nunca descasca.", ti, true},
		{"nl-NL", "De kleur verandert nooit en de coating bladdert niet af.", ti, true},
		{"sv-SE", "Färgen ändras aldrig och ytan flagnar inte.", ti, true},
		{"da-DK", "Farven ændrer sig aldrig, og belægningen skaller ikke af.", ti, true},
		{"nb-NO", "Fargen endrer seg aldri, og belegget flasser ikke.", ti, true},
		{"fi-FI", "Väri ei koskaan muutu eikä pinnoite hilseile.", ti, true},
		{"pl-PL", "Kolor nigdy się nie zmieni, a powłoka nie łuszczy się.", ti, true},
		{"cs-CZ", "Barva se nezmění a povrch se neloupe.", ti, true},
		{"el-GR", "Το χρώμα δεν αλλάζει ποτέ και η επίστρωση δεν ξεφλουδίζει.", ti, true},
		{"tr-TR", "Rengi asla değişmez ve kaplama soyulmaz.", ti, true},
		{"ar-AE", "لن يتغير لونه مهما مرّت السنوات ولن يتقشر الطلاء.", ti, true},
		{"ja-JP", "色が変わったり剥がれたりしません。", ti, true},
		{"ko-KR", "코팅이 벗겨지지 않습니다.", ti, true},
		{"zh-CN", "颜色不会改变，涂层也不会脱落。", ti, true},
		{"zh-TW", "顏色不會改變，塗層也不會脫落。", ti, true},
	})
	// (2) clean twins: care that keeps the colour, a stone's colour that changes
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "Avoid abrasive cloths, which can make the finish peel over time.", ti, false},
		{"de-DE", "Vermeiden Sie Scheuermittel, denn sie können die Beschichtung abblättern lassen.", ti, false},
		{"fr-FR", "Évitez les chiffons abrasifs qui pourraient faire écailler le fini.", ti, false},
		{"ko-KR", "연마제는 코팅이 벗겨지게 할 수 있으니 피해 주십시오.", ti, false},
		{"ar-AE", "تجنبي المنظفات القاسية لأنها قد تغير لون الطلاء.", ti, false},
		{"sv-SE", "Undvik slipande dukar, som kan få ytan att flagna.", ti, false},
		{"zh-CN", "请避免使用研磨布，以免涂层脱落。", ti, false},
	})
	// (2b) the piece's own hardness before the claim keeps the claim; a
	// stone's hardness still speaks of the stone
	r := miss46Rose
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "The copper gives the ring hardness, and it will never lose its shine.", r, true},
		{"es-ES", "El cobre da al anillo dureza y nunca perderá su brillo.", r, true},
		{"de-DE", "Das Kupfer gibt dem Ring Härte, und er verliert nie seinen Glanz.", r, true},
		{"zh-CN", "铜让戒指硬度更高，永远不会失去光泽。", r, true},
		{"en-GB", "With a hardness of 9, the sapphire keeps its polish for years.", q0, false},
		{"es-ES", "Con una dureza de 9, el zafiro conserva su pulido durante años.", q0, false},
	})
	// (5) the pearl's kind after the cultured word (pt, es, it, pl) or
	// with it before the noun (cs, tr) on another kind of pearl
	th := miss46Tahiti
	checkKindRows(t, svc, "grounding", []kindRow{
		{"pt-BR", "Os brincos da coleção Lumière trazem duas pérolas cultivadas Akoya de 9 mm, presas abaixo de quatro pequenos diamantes, em ouro branco 18k.", th, true},
		{"pt-PT", "Os brincos trazem duas pérolas cultivadas Akoya de 9 mm.", th, true},
		{"es-MX", "Los aretes llevan dos perlas cultivadas Akoya de 9 mm.", th, true},
		{"it-IT", "Gli orecchini portano due perle coltivate Akoya da 9 mm.", th, true},
		{"pl-PL", "Kolczyki mają dwie perły hodowlane Akoya o średnicy 9 mm.", th, true},
		{"cs-CZ", "Náušnice nesou dvě kultivované perly Akoya o průměru 9 mm.", th, true},
		{"tr-TR", "Küpelerde 9 mm iki Akoya kültür incisi var.", th, true},
		{"pt-BR", "Os brincos trazem duas pérolas cultivadas do Taiti de 9 mm.", th, false},
		{"es-ES", "Los pendientes llevan dos perlas cultivadas de Tahití de 9 mm.", th, false},
		{"it-IT", "Gli orecchini portano due perle coltivate di Tahiti da 9 mm.", th, false},
		{"tr-TR", "Küpelerde 9 mm iki Tahiti kültür incisi var.", th, false},
	})
	// (3) protection given to the wearer, a happy marriage brought: 25 locales block
	w, q := miss46Tungsten, miss46Aqua
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "It gives off an energy that protects whoever wears it.", w, true},
		{"en-US", "Aquamarine is known as the stone that brings a happy marriage.", q, true},
		{"en-AU", "Its weight is said to ground and protect the one who wears it.", w, true},
		{"de-DE", "Man sagt, er schütze jeden, der ihn trägt, und bringe eine glückliche Ehe.", q, true},
		{"fr-FR", "On dit que l'aigue-marine apporte un mariage heureux.", q, true},
		{"fr-CA", "Il dégage une énergie qui protège celle qui le porte.", w, true},
		{"es-ES", "Se dice que protege a quien lo lleva.", w, true},
		{"es-MX", "Se dice que la aguamarina atrae un matrimonio feliz.", q, true},
		{"it-IT", "Si dice che protegga chi lo indossa e porti un matrimonio felice.", q, true},
		{"pt-PT", "Diz-se que protege quem o usa.", w, true},
		{"pt-BR", "Dizem que a água-marinha traz um casamento feliz.", q, true},
		{"nl-NL", "Men zegt dat hij wie hem draagt beschermt.", w, true},
		{"sv-SE", "Den sägs skydda den som bär den.", w, true},
		{"da-DK", "Den siges at beskytte den, der bærer den, og bringe et lykkeligt ægteskab.", q, true},
		{"nb-NO", "Den sies å beskytte den som bærer den.", w, true},
		{"fi-FI", "Sen sanotaan suojaavan kantajaansa.", w, true},
		{"pl-PL", "Mówi się, że akwamaryn przynosi szczęśliwe małżeństwo.", q, true},
		{"cs-CZ", "Říká se, že akvamarín přináší šťastné manželství.", q, true},
		{"el-GR", "Λέγεται ότι προστατεύει όποιον το φοράει.", w, true},
		{"tr-TR", "Akuamarinin mutlu bir evlilik getirdiğine inanılır.", q, true},
		{"ar-AE", "يقال إنه يحمي من يرتديه.", w, true},
		{"ja-JP", "身に着ける人を守るといわれています。", w, true},
		{"ko-KR", "행복한 결혼을 가져다주는 돌로 알려져 있습니다.", q, true},
		{"zh-CN", "据说海蓝宝能带来幸福婚姻。", q, true},
		{"zh-TW", "據說能保護佩戴者。", w, true},
	})
	// (3) clean twins: a piece that protects its stone, a ring for a marriage
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "The raised bezel protects the stone, and the ring makes a fine gift to celebrate a happy marriage.", q, false},
		{"de-DE", "Die Zarge schützt den Stein vor Stößen.", q, false},
		{"fr-FR", "Le serti clos protège la pierre des chocs, pour celle qui la porte chaque jour.", q, false},
		{"es-ES", "El engaste protege la piedra de los golpes.", q, false},
		{"it-IT", "La castonatura protegge la pietra da urti.", q, false},
		{"ja-JP", "覆輪留めが石を守ります。", q, false},
		{"zh-CN", "包镶能保护宝石。", q, false},
	})
}

// TestKindsMiss46Open (#13, miss46): rows left open, skipped with the
// reason.
func TestKindsMiss46Open(t *testing.T) {
	t.Skip("open: probe 46C zh-TW 46C104-3, a stone counted after own_pairing 搭配 (耳環以純銀耳鉤搭配兩顆紅玉髓珠) is read as another item suggested; the piece's own count after 搭配 needs a scope rule (grounding cross_sell) not reached this session")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"zh-TW", "Heritage 耳環以 925 純銀耳鉤搭配兩顆拋光紅玉髓珠，每只垂墜長 28 mm。", miss46Coral, true},
		{"zh-CN", "耳环以纯银耳钩搭配两颗红宝石珠。", miss46Coral, true},
		{"zh-TW", "耳環可搭配紅寶石項鍊。", miss46Coral, false},
	})
}
