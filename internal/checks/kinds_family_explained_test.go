package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the family-explained rows: one sardonyx signet ring,
// a star ruby ring, an anyolite ring and a sapphire ring.
var (
	famSardonyx = core.Product{SKU: "FAM1", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sardonyx", Colour: "red-brown and white", Count: 1, Origin: "natural"}},
		Colours: []string{"red", "white", "silver"}}
	famStarRuby = core.Product{SKU: "FAM2", Name: "Signature", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "star ruby", Colour: "red", Count: 1, Origin: "natural"}},
		Colours: []string{"red", "white"}}
	famAnyolite = core.Product{SKU: "FAM3", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "anyolite (ruby in zoisite)", Colour: "green and red", Count: 1, Origin: "natural"}},
		Colours: []string{"green", "red", "silver"}}
	famJadeite = core.Product{SKU: "FAM5", Name: "Heritage", Category: "bracelet", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "jadeite", Colour: "green", Count: 16, Origin: "natural"}},
		Colours: []string{"green", "gold"}}
	famAquamarine = core.Product{SKU: "FAM6", Name: "Heritage", Category: "pendant", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "aquamarine", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours: []string{"blue", "silver"}}
	famMoonstone = core.Product{SKU: "FAM7", Name: "Heritage", Category: "pendant", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: "natural"}},
		Colours: []string{"white", "silver"}}
	famSapphire = core.Product{SKU: "FAM4", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours: []string{"blue", "gold"}}
)

// famCountOk: the members of the product's stone's family counted where
// copy names a sibling and the family ("all three are chalcedonies" on
// one sardonyx; canon stone_groups chalcedony).
var famCountOk = [][2]string{
	{"en-GB", "At first glance the stone recalls agate or onyx, and in fact all three are chalcedonies."},
	{"de-DE", "Auf den ersten Blick erinnert der Stein an Achat oder Onyx, und tatsächlich sind alle drei Chalcedone."},
	{"nb-NO", "Steinen kan minne om agat eller onyks, og det er ikke tilfeldig: Alle tre er kalsedon."},
	{"da-DK", "Stenen kan minde om agat eller onyx, og det er ingen tilfældighed: Alle tre er kalcedoner."},
	{"sv-SE", "Stenen kan påminna om agat eller onyx, och det är ingen slump: Alla tre är kalcedoner."},
	{"nl-NL", "De steen doet denken aan agaat of onyx, en dat is geen toeval: alle drie zijn chalcedoon."},
	{"fr-FR", "La pierre rappelle l'agate ou l'onyx, et pour cause : toutes trois sont des calcédoines."},
	{"es-ES", "La piedra recuerda al ágata o al ónix, y no es casualidad: las tres son calcedonias."},
	{"it-IT", "La pietra ricorda l'agata o l'onice, e non per caso: tutte e tre sono calcedoni."},
	{"pt-BR", "A pedra lembra a ágata ou o ônix, e não por acaso: as três são calcedônias."},
	{"pl-PL", "Kamień przypomina agat lub onyks i nie jest to przypadek: wszystkie trzy to chalcedony."},
	{"cs-CZ", "Kámen připomíná achát nebo onyx a není to náhoda: všechny tři jsou chalcedony."},
	{"fi-FI", "Kivi näyttää samalta kuin akaatti tai onyksi, eikä syyttä: kaikki kolme ovat kalsedonia."},
	{"el-GR", "Η πέτρα θυμίζει αχάτη ή όνυχα, και όχι τυχαία: και οι τρεις είναι χαλκηδόνιοι."},
	{"tr-TR", "Akik, oniks ve sardoniks, üç farklı kalseduan türüdür."},
	{"ar-AE", "العقيق والعقيق الأسود والسردونيكس ثلاثة أنواع من الكالسيدوني."},
	{"ja-JP", "この石はアゲートやオニキスを思わせますが、それもそのはず、三つともカルセドニーです。"},
	{"ko-KR", "사도닉스는 마노, 오닉스와 같은 칼세도니의 일종으로, 세 가지 모두 칼세도니입니다."},
	{"zh-CN", "这块石头让人想起玛瑙或缟玛瑙，其实三者都是玉髓。"},
}

// famJadeCountOk: the two minerals called jade counted on a jadeite
// piece, nephrite named the sentence before (canon stone_groups jade).
var famJadeCountOk = [][2]string{
	{"es-ES", "Estas cuentas son de jadeíta, no de nefrita. Las dos se llaman jade, pero la jadeíta es más escasa."},
	{"en-GB", "These beads are jadeite, not nephrite. The two are both called jade, but jadeite is rarer."},
	{"fr-FR", "Ces perles sont en jadéite, pas en néphrite. Les deux sont appelées jade, mais la jadéite est plus rare."},
	{"de-DE", "Die Perlen sind aus Jadeit, nicht aus Nephrit. Beide werden Jade genannt, doch die zwei Jade-Minerale unterscheiden sich."},
}

// famInclusionOk: the rutile needles that make a star ruby's star, the
// inclusion of the named variety (canon hosted_stones corundum: rutile).
var famInclusionOk = [][2]string{
	{"en-GB", "Ruby is a variety of corundum, and its star comes from fine needles of rutile inside the crystal."},
	{"de-DE", "Rubin ist eine Varietät des Korunds, und sein Stern entsteht durch feine Nadeln aus Rutil im Kristall."},
	{"fr-FR", "Le rubis est une variété de corindon, et son étoile naît de fines aiguilles de rutile dans le cristal."},
	{"es-ES", "El rubí es una variedad de corindón, y su estrella se debe a finas agujas de rutilo dentro del cristal."},
	{"it-IT", "Il rubino è una varietà di corindone e la sua stella nasce da sottili aghi di rutilo nel cristallo."},
	{"pt-BR", "O rubi é uma variedade de coríndon, e sua estrela vem de finas agulhas de rutilo dentro do cristal."},
	{"nl-NL", "Robijn is een variëteit van korund, en de ster ontstaat door fijne naaldjes rutiel in het kristal."},
	{"da-DK", "Rubin er en varietet af korund, og stjernen skyldes fine nåle af rutil i krystallen."},
	{"nb-NO", "Rubin er en variant av korund, og stjernen skyldes fine nåler av rutil i krystallen."},
	{"sv-SE", "Rubin är en varietet av korund, och stjärnan beror på fina nålar av rutil i kristallen."},
	{"fi-FI", "Rubiini on korundin muunnos, ja sen tähti syntyy kiteen ohuista rutiilineulasista."},
	{"pl-PL", "Rubin to odmiana korundu, a gwiazda powstaje dzięki cieniutkim igiełkom rutylu w krysztale."},
	{"cs-CZ", "Rubín je odrůda korundu a hvězda vzniká díky jemným jehličkám rutilu v krystalu."},
	{"el-GR", "Το ρουμπίνι είναι ποικιλία κορουνδίου και το αστέρι του οφείλεται σε λεπτές βελόνες ρουτιλίου μέσα στον κρύσταλλο."},
	{"tr-TR", "Yakut bir korindon türüdür ve yıldızı, kristalin içindeki ince rutil iğnelerinden doğar."},
	{"ar-AE", "الياقوت نوع من الكوراندوم، ونجمته تأتي من إبر دقيقة من الروتيل داخل البلورة."},
	{"ja-JP", "ルビーはコランダムの一種で、スターは結晶の中の細いルチルの針によって生まれます。"},
	{"ko-KR", "루비는 커런덤의 한 종류이며, 별은 결정 속의 가는 루틸 바늘에서 생깁니다."},
	{"zh-CN", "红宝石是刚玉的一种，星光来自晶体中细小的金红石针状内含物。"},
}

// famConstituentOk: anyolite's constituents and their colours (canon
// stone_families anyolite: hornblende, an amphibole), and the black of
// onyx, a sibling set apart from the sardonyx.
var famConstituentOk = [][2]string{
	{"en-GB", "Anyolite is a rock in which opaque ruby crystals grow in green zoisite, often with black specks of amphibole."},
	{"de-DE", "Anyolith ist ein Gestein, in dem Rubinkristalle in grünem Zoisit wachsen, oft mit schwarzen Sprenkeln aus Amphibol."},
	{"fr-FR", "L'anyolite est une roche où des cristaux de rubis se forment dans la zoïsite verte, souvent avec des mouchetures noires d'amphibole."},
	{"es-ES", "La anyolita es una roca en la que cristales de rubí crecen en zoisita verde, a menudo con motas negras de anfíbol."},
	{"zh-CN", "红绿宝是黝帘石与红宝石共生而成的宝石，常伴有黑色角闪石斑点。"},
	{"ja-JP", "ルビーインゾイサイトは緑のゾイサイトの中でルビーが育った石で、黒い角閃石の斑点を伴うことがよくあります。"},
}

// famSiblingColourOk: a sibling's colours in a clause that sets it apart.
var famSiblingColourOk = [][2]string{
	{"nb-NO", "Men der onyks er svart og hvit, har sardonyks rødbrune lag av sard."},
	{"en-GB", "Like agate and onyx, sardonyx is a chalcedony; onyx is black and white, carnelian orange."},
}

// famCoMemberAquaOk, famCoMemberMoonOk: the product's stone and a
// sibling named together as members of their group, counted or not.
var famCoMemberAquaOk = [][2]string{
	{"en-GB", "Aquamarine and emerald are two beryls: iron makes one blue and chromium the other green."},
	{"de-DE", "Aquamarin und Smaragd sind zwei Berylle, doch Eisen färbt den einen blau."},
	{"fr-FR", "L'aigue-marine et l'émeraude sont deux béryls."},
	{"es-ES", "La aguamarina y la esmeralda son dos berilos."},
	{"it-IT", "L'acquamarina e lo smeraldo sono due berilli."},
	{"sv-SE", "Akvamarin och smaragd är två beryller."},
	{"pl-PL", "Akwamaryn i szmaragd to dwa beryle."},
	{"ja-JP", "アクアマリンとエメラルドは、どちらも二つのベリルです。"},
	{"zh-CN", "海蓝宝石和祖母绿是两种绿柱石。"},
	{"en-GB", "Aquamarine, emerald and morganite: all three are beryls."},
}

var famCoMemberMoonOk = [][2]string{
	{"en-GB", "Moonstone, labradorite and sunstone are three feldspars."},
	{"de-DE", "Mondstein, Labradorit und Sonnenstein sind drei Feldspäte."},
	{"en-GB", "Moonstone and labradorite are two feldspars with a sheen."},
}

func TestKindsFamilyExplained(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(famSardonyx, false, famCountOk, famSiblingColourOk)...)
	rows = append(rows, pairRows(famStarRuby, false, famInclusionOk)...)
	rows = append(rows, pairRows(famAnyolite, false, famConstituentOk)...)
	rows = append(rows, pairRows(famJadeite, false, famJadeCountOk)...)
	rows = append(rows, pairRows(famAquamarine, false, famCoMemberAquaOk)...)
	rows = append(rows, pairRows(famMoonstone, false, famCoMemberMoonOk)...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsFamilyExplainedBad: a family member, a count or a constituent
// claimed for the piece itself still blocks, and a sibling of the same
// group (a ruby on a sapphire piece) is another stone.
func TestKindsFamilyExplainedBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "This signet ring is set with three chalcedonies.", famSardonyx, true},
		{"de-DE", "Der Siegelring ist mit drei Chalcedonen besetzt.", famSardonyx, true},
		{"es-ES", "Este anillo lleva tres calcedonias.", famSardonyx, true},
		{"en-GB", "Unlike agate, this ring holds three chalcedonies.", famSardonyx, true},
		{"en-GB", "The ring is set with a black onyx.", famSardonyx, true},
		{"nb-NO", "Ringen er besatt med en svart onyks.", famSardonyx, true},
		{"en-GB", "Ruby and sapphire are both corundum, and this ring is set with a ruby.", famSapphire, true},
		{"de-DE", "Rubin und Saphir sind beide Korund; dieser Ring trägt einen Rubin.", famSapphire, true},
		{"en-GB", "The ring is set with a rutile.", famStarRuby, true},
		{"pl-PL", "Pierścionek jest ozdobiony rutylem.", famStarRuby, true},
		{"en-GB", "The ring holds a black amphibole cabochon.", famAnyolite, true},
		{"zh-CN", "这枚戒指镶嵌一颗黑色角闪石。", famAnyolite, true},
		{"en-GB", "This sardonyx ring is black.", famSardonyx, true},
		{"es-ES", "La pulsera lleva dos cuentas de jade.", famJadeite, true},
		{"en-GB", "This pendant holds two beryls.", famAquamarine, true},
		{"en-GB", "Like emerald, this pendant holds two beryls.", famAquamarine, true},
		{"en-GB", "The pendant pairs an aquamarine with an emerald, two beryls.", famAquamarine, true},
		{"en-GB", "Moonstone and sunstone are feldspars, and this pendant is set with a sunstone.", famMoonstone, true},
	})
}
