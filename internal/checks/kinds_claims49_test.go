package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsClaims49 (#13, claims49): the pools of set 49 (gold
// vermeil, 14/20 gold-filled over brass, sterling silver with an e-coat
// lacquer, palladium 950, 14k rose gold) and the products of probe 49's
// rows (stabilised turquoise, lab-grown diamonds, a lab-grown emerald,
// moissanite, nickel white gold plated with rhodium, bronze).
var (
	claims49Vermeil = core.Product{SKU: "CL49V", Name: "Alba Bangle", Category: "bangle", Collection: "Timeless", Materials: []string{"gold vermeil"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, Colours: []string{"gold"}, Keywords: []string{"stacking bangle"}}
	claims49GoldFilled = core.Product{SKU: "CL49F", Name: "Cable Chain", Category: "necklace", Collection: "Essentials", Materials: []string{"14/20 gold-filled", "brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "14k gold-filled", Fineness: "14k"}}, Colours: []string{"gold"}, Features: []string{"nickel-free"}}
	claims49ECoat = core.Product{SKU: "CL49E", Name: "Fern Cuff", Category: "bracelet", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}, Features: []string{"e-coat lacquer"}}
	claims49Palladium = core.Product{SKU: "CL49P", Name: "Palladium Band", Category: "ring", Collection: "Signature", Materials: []string{"palladium 950"},
		Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"white"}, Features: []string{"comfort fit"}}
	claims49RoseGold = core.Product{SKU: "CL49R", Name: "Rose Band", Category: "ring", Collection: "Timeless", Materials: []string{"14k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "14k"}}, Colours: []string{"rose gold"}}
	claims49Turquoise = core.Product{SKU: "CL49T", Name: "Turquoise Ring", Category: "ring", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "stabilised"}}, Colours: []string{"blue", "silver"}}
	claims49LabDiamond = core.Product{SKU: "CL49L", Name: "Halo Ring", Category: "ring", Collection: "Moments", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "lab-grown diamond", Colour: "clear", Count: 1, Origin: core.OriginLabGrown}, {Type: "lab-grown diamond", Colour: "clear", Count: 10, Origin: core.OriginLabGrown}}, TotalCaratWeight: 0.9, Colours: []string{"silver"}}
	claims49LabEmerald = core.Product{SKU: "CL49M", Name: "Emerald Studs", Category: "earrings", Collection: "Moments", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "lab-grown emerald", Colour: "green", Count: 2, Origin: core.OriginLabGrown}}, Colours: []string{"gold", "green"}}
	claims49Moissanite = core.Product{SKU: "CL49S", Name: "Starlight Pendant", Category: "pendant", Collection: "Lumière", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "moissanite", Colour: "colourless", Count: 1, Origin: core.OriginLabGrown}}, Colours: []string{"gold"}}
	claims49NickelWhite = core.Product{SKU: "CL49W", Name: "Linia Band", Category: "ring", Collection: "Timeless", Materials: []string{"9k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "9k", Plating: "rhodium", PlatingMicrons: 0.5}}, Colours: []string{"silver"}, Attributes: map[string]string{"alloy": "nickel white gold"}}
	claims49Bronze = core.Product{SKU: "CL49Z", Name: "Leaf Earrings", Category: "earrings", Collection: "Heritage", Materials: []string{"bronze"},
		Metals: []core.Metal{{Base: "bronze"}}, Colours: []string{"bronze"}}
)

// TestKindsClaims49 (#13, claims49): true explanations the checker blocked
// as claims or as regulatory qualifiers, by kind, with the released and
// probe rows of set 49 they came from. A comparative said of a thick gold
// layer (vermeil: gold over sterling silver at least 2.5 microns thick,
// FTC 16 CFR 23.5(b)) set against ordinary plating: released 49A zh-TW
// 49A104 "這層金比一般電鍍厚得多，因此色澤更持久" (product.go
// thickGoldLayer, as claims41 read gold-filled). A treated stone's colour
// holding better, the stone named and no metal: probe 49C nb-NO 49C103
// "Da holder fargen seg bedre, og steinen trekker mindre til seg fett"
// (concepts.go, treatedStone). The natural stone or diamond
// as the standard of an equative: probe 49D ja-JP 49D103
// 天然エメラルドと同じベリルの結晶, sv-SE 49D103 "nästan lika hård som
// diamant" (grounding EquativeStandardAt; packs' equative_before and
// equative_degree). The brand's own advice denied to allergic wearers:
// probe 49D pl-PL 49D104 "nie polecamy obrączki osobom uczulonym"
// (allergywarn17 heads). Bronze's golden tone: probe 49D pt-BR 49D103
// (canon metal_shades). And the held-out pools' true copy on vermeil,
// gold-filled and e-coated silver that must still pass.
func TestKindsClaims49(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", catRows49(
		pairRows(claims49Vermeil, false, [][2]string{
			{"zh-TW", "這層金比一般電鍍厚得多，因此色澤更持久，內裡仍是實心銀。"},
			{"de-DE", "Diese Schicht ist deutlich stärker als eine übliche Vergoldung, weshalb Vermeil seinen warmen Goldton lange behält."},
			{"it-IT", "Rispetto a una normale placcatura, lo strato del vermeil è molto più consistente e dura più a lungo."},
			{"en-GB", "It is vermeil: sterling silver under 2.5 microns of 18k gold, a layer far thicker than ordinary plating, so it keeps its colour longer."},
			{"en-US", "Vermeil means sterling silver with at least 2.5 microns of gold, much thicker than standard plating, so the color lasts longer."},
			{"en-AU", "This vermeil is sterling silver under a 2.5-micron layer of 18k gold, thicker than ordinary plating, so its colour lasts longer."},
			{"de-DE", "Vermeil ist Sterlingsilber mit einer 2,5 Mikrometer dicken Goldschicht, viel dicker als eine übliche Vergoldung, daher hält die Farbe länger."},
			{"fr-FR", "Le vermeil est de l'argent massif recouvert de 2,5 microns d'or 18 carats, une couche bien plus épaisse qu'un plaqué ordinaire, qui garde donc sa couleur plus longtemps."},
			{"fr-CA", "Le vermeil, c'est de l'argent sterling sous 2,5 microns d'or 18 carats, une couche plus épaisse qu'un placage ordinaire : sa couleur dure plus longtemps."},
			{"es-ES", "El vermeil es plata de ley con una capa de oro de 18 quilates de 2,5 micras, mucho más gruesa que un baño normal, por eso conserva su color más tiempo."},
			{"es-MX", "El vermeil es plata esterlina con 2.5 micras de oro de 18 k, una capa más gruesa que un chapado común, así que su color dura más."},
			{"it-IT", "Il vermeil è argento sterling ricoperto da 2,5 micron d'oro 18 carati, uno strato molto più spesso di una normale placcatura, che mantiene il colore più a lungo."},
			{"pt-PT", "O vermeil é prata de lei com uma camada de ouro de 18 quilates de 2,5 mícrones, mais espessa do que um banho comum, por isso a cor dura mais tempo."},
			{"pt-BR", "O vermeil é prata de lei com 2,5 mícrons de ouro 18k, uma camada bem mais grossa que um banho comum, por isso mantém a cor por mais tempo."},
			{"nl-NL", "Vermeil is sterling zilver met een laag van 2,5 micron 18 karaat goud, veel dikker dan gewoon verguldsel, zodat de kleur langer mooi blijft."},
			{"sv-SE", "Vermeil är sterlingsilver med 2,5 mikrometer 18 karats guld, ett mycket tjockare lager än vanlig förgyllning, så färgen håller längre."},
			{"da-DK", "Vermeil er sterlingsølv med 2,5 mikrometer 18 karat guld, et langt tykkere lag end almindelig forgyldning, så farven holder længere."},
			{"nb-NO", "Vermeil er sterlingsølv med 2,5 mikrometer 18 karat gull, et mye tykkere lag enn vanlig forgylling, så fargen holder lenger."},
			{"fi-FI", "Vermeil on sterlinghopeaa, jonka päällä on 2,5 mikrometrin kerros 18 karaatin kultaa, paljon paksumpi kuin tavallinen kullattu pinta, joten väri kestää pidempään."},
			{"cs-CZ", "Vermeil je sterlingové stříbro s vrstvou 18karátového zlata o tloušťce 2,5 mikronu, mnohem silnější než běžné pozlacení, takže barva vydrží déle."},
			{"pl-PL", "Vermeil to srebro próby 925 pokryte warstwą 18-karatowego złota o grubości 2,5 mikrona, znacznie grubszą niż zwykłe złocenie, dlatego kolor utrzymuje się dłużej."},
			{"el-GR", "Το βερμέιγ είναι ασήμι στερλίνας με στρώμα χρυσού 18 καρατίων πάχους 2,5 μικρών, πολύ παχύτερο από μια απλή επιχρύσωση, γι' αυτό το χρώμα διαρκεί περισσότερο."},
			{"tr-TR", "Vermeil, 2,5 mikron kalınlığında 18 ayar altın kaplı 925 ayar gümüştür; bu katman sıradan kaplamadan çok daha kalın olduğu için rengi daha uzun süre korur."},
			{"ar-AE", "الفيرميل فضة استرلينية مغطاة بطبقة من ذهب عيار 18 بسماكة 2.5 ميكرون، أسمك بكثير من الطلاء العادي، لذلك يدوم لونه أطول."},
			{"ko-KR", "버메일은 스털링 실버에 2.5미크론 두께의 18K 금을 입힌 것으로, 일반 도금보다 훨씬 두꺼워 색이 더 오래 유지됩니다."},
			{"zh-CN", "这款镀金银以925银为底，覆上2.5微米厚的18K金层，比一般电镀厚得多，因此色泽更持久。"},
		}),
		pairRows(claims49ECoat, false, [][2]string{
			{"en-GB", "A clear e-coat lacquer seals the silver and slows tarnishing; wipe it with a soft, dry cloth."},
			{"en-US", "The clear e-coat lacquer slows tarnish, so a wipe with a soft cloth keeps it bright."},
			{"de-DE", "Ein klarer E-Coat-Lack versiegelt das Silber und verlangsamt das Anlaufen; wischen Sie es mit einem weichen Tuch ab."},
			{"fr-FR", "Un vernis e-coat transparent scelle l'argent et ralentit le ternissement ; essuyez-le avec un chiffon doux."},
			{"es-ES", "Una laca e-coat transparente sella la plata y retrasa el oscurecimiento; límpiela con un paño suave."},
			{"it-IT", "Una laccatura e-coat trasparente sigilla l'argento e rallenta l'ossidazione; lo pulisca con un panno morbido."},
			{"nl-NL", "Een heldere e-coatlak sluit het zilver af en vertraagt het aanslaan; veeg het af met een zachte doek."},
			{"sv-SE", "En klar e-coat-lack förseglar silvret och fördröjer att det mörknar; torka av det med en mjuk duk."},
			{"pl-PL", "Przezroczysty lakier e-coat zabezpiecza srebro i spowalnia jego ciemnienie; przecieraj je miękką ściereczką."},
			{"ja-JP", "透明なEコートがシルバーを覆い、変色を遅らせます。柔らかい布で拭いてください。"},
		}),
		pairRows(claims49GoldFilled, false, [][2]string{
			{"en-US", "Gold-filled means a layer of 14k gold bonded to a brass core with heat and pressure, one twentieth of the metal's weight, far thicker than plating, so it lasts longer."},
			{"en-GB", "The 14k gold layer is bonded to the brass core by heat and pressure and makes up a twentieth of the weight."},
			{"de-DE", "Bei Gold-filled ist eine Schicht aus 14 Karat Gold mit Hitze und Druck auf einen Messingkern gebunden; sie hält viel länger als eine Vergoldung."},
			{"fr-FR", "Le gold-filled est une couche d'or 14 carats liée à un cœur en laiton par la chaleur et la pression, bien plus épaisse qu'un plaqué, qui dure donc plus longtemps."},
			{"es-ES", "El gold-filled es una capa de oro de 14 quilates unida a un núcleo de latón con calor y presión, mucho más gruesa que un baño, por eso dura más."},
			{"sv-SE", "Guldfyllt betyder ett lager 14 karats guld som med värme och tryck fästs på en kärna av mässing, tjockare än förgyllning, så det håller längre."},
		}),
		pairRows(claims49Turquoise, false, [][2]string{
			{"nb-NO", "Steinen er stabilisert: Naturlig turkis er porøs, så den fylles med en klar harpiks som herder inne i steinen. Da holder fargen seg bedre, og steinen trekker mindre til seg fett og fuktighet."},
			{"da-DK", "Stenen er stabiliseret med en klar harpiks. Så holder farven sig bedre, og stenen suger mindre fedt til sig."},
			{"en-GB", "The turquoise is stabilised with a clear resin, so its colour holds better and the stone absorbs less oil."},
		}),
		pairRows(claims49LabEmerald, false, [][2]string{
			{"ja-JP", "Momentsコレクションのスタッドピアスは、ラボグロウンエメラルド2石をK18イエローゴールドの爪で留めました。この石は研究所で、天然エメラルドと同じベリルの結晶を高温の水溶液からゆっくり育てたもの。"},
			{"en-GB", "The studs hold two lab-grown emeralds. They are the same beryl crystal as natural emerald, grown slowly in a lab."},
			{"zh-CN", "这对耳钉镶嵌两颗实验室培育祖母绿。它们与天然祖母绿一样是绿柱石晶体，在实验室中慢慢生长。"},
			{"ko-KR", "랩그로운 에메랄드 두 개를 세팅한 귀걸이입니다. 천연 에메랄드와 같은 베릴 결정을 실험실에서 천천히 키웠습니다."},
		}),
		pairRows(claims49Moissanite, false, [][2]string{
			{"en-GB", "The pendant holds a lab-grown moissanite. Moissanite is almost as hard as diamond."},
			{"en-US", "The pendant holds a lab-created moissanite. Moissanite is nearly as hard as diamond and throws more fire."},
			{"en-AU", "The pendant holds a lab-grown moissanite. It is almost as hard as a diamond."},
			{"de-DE", "Der Anhänger trägt einen im Labor gezüchteten Moissanit. Moissanit ist fast so hart wie Diamant."},
			{"fr-FR", "Le pendentif porte une moissanite de synthèse. La moissanite est presque aussi dure que le diamant."},
			{"fr-CA", "Le pendentif porte une moissanite créée en laboratoire. La moissanite est presque aussi dure que le diamant."},
			{"es-ES", "El colgante lleva una moissanita creada en laboratorio. La moissanita es casi tan dura como el diamante."},
			{"es-MX", "El dije lleva una moissanita creada en laboratorio. La moissanita es casi tan dura como el diamante."},
			{"it-IT", "Il pendente ha una moissanite creata in laboratorio. La moissanite è dura quasi quanto il diamante."},
			{"pt-PT", "O pendente tem uma moissanite criada em laboratório. A moissanite é quase tão dura como o diamante."},
			{"pt-BR", "O pingente tem uma moissanita criada em laboratório. A moissanita é quase tão dura quanto o diamante."},
			{"nl-NL", "De hanger heeft een in het laboratorium gekweekte moissaniet. Moissaniet is bijna zo hard als diamant."},
			{"sv-SE", "Hänget har en labbodlad moissanit. Moissanit är nästan lika hård som diamant och har ett livligt ljusspel."},
			{"da-DK", "Vedhænget har en laboratoriedyrket moissanit. Moissanit er næsten lige så hård som diamant."},
			{"nb-NO", "Anheng med en laboratoriedyrket moissanitt. Moissanitt er nesten like hard som diamant."},
			{"fi-FI", "Riipuksessa on laboratoriossa kasvatettu moissaniitti. Moissaniitti on lähes yhtä kova kuin timantti."},
			{"pl-PL", "Zawieszka ma moissanit wyhodowany w laboratorium. Moissanit jest prawie tak twardy jak diament."},
			{"cs-CZ", "Přívěsek nese moissanit vypěstovaný v laboratoři. Moissanit je téměř stejně tvrdý jako diamant."},
			{"el-GR", "Το μενταγιόν έχει έναν εργαστηριακό μουασανίτη. Ο μουασανίτης είναι σχεδόν τόσο σκληρός όσο το διαμάντι."},
			{"tr-TR", "Kolyede laboratuvarda üretilmiş bir moissanit var. Moissanit neredeyse elmas kadar serttir."},
			{"ar-AE", "تحمل القلادة حجر مويسانيت مصنّعًا في المختبر. المويسانيت صلب تقريبًا مثل الألماس."},
			{"ja-JP", "ラボグロウンのモアサナイトを留めたペンダント。モアサナイトはダイヤモンドに近い硬さを持ちます。"},
			{"ko-KR", "랩그로운 모이사나이트를 세팅한 펜던트입니다. 모이사나이트는 다이아몬드만큼 단단합니다."},
			{"zh-CN", "吊坠镶嵌一颗实验室培育的莫桑石。莫桑石的硬度几乎和钻石一样。"},
			{"zh-TW", "吊墜鑲嵌一顆實驗室培育的莫桑石。莫桑石的硬度幾乎和鑽石一樣。"},
		}),
		pairRows(claims49NickelWhite, false, [][2]string{
			{"pl-PL", "Stop zawiera nikiel, dlatego nie polecamy obrączki osobom uczulonym na ten metal."},
			{"en-GB", "The alloy contains nickel, so we do not recommend the band for anyone allergic to it."},
			{"de-DE", "Die Legierung enthält Nickel, daher empfehlen wir den Ring nicht für Menschen mit Nickelallergie."},
			{"fr-FR", "L'alliage contient du nickel : nous ne recommandons pas cette alliance aux personnes allergiques à ce métal."},
			{"es-ES", "La aleación contiene níquel, por eso no recomendamos el anillo a personas alérgicas a este metal."},
			{"it-IT", "La lega contiene nichel, perciò sconsigliamo la fede a chi è allergico a questo metallo."},
			{"nl-NL", "De legering bevat nikkel, daarom raden we de ring af voor mensen die allergisch zijn voor nikkel."},
			{"cs-CZ", "Slitina obsahuje nikl, proto prsten nedoporučujeme lidem alergickým na tento kov."},
			{"sv-SE", "Legeringen innehåller nickel, så vi rekommenderar inte ringen till personer som är allergiska mot nickel."},
			{"pt-PT", "A liga contém níquel, por isso não recomendamos a aliança a pessoas alérgicas a este metal."},
			{"de-DE", "Die Legierung enthält Nickel, daher raten wir Menschen mit Nickelallergie vom Ring ab."},
		}),
		pairRows(claims49Bronze, false, [][2]string{
			{"pt-BR", "O bronze tem um tom dourado mais quente e avermelhado que o latão."},
			{"en-GB", "Bronze has a warmer, redder golden tone than brass."},
			{"pt-BR", "O bronze tem um tom dourado mais quente e avermelhado que o latão e, com o tempo, ganha uma pátina suave."},
			{"en-GB", "Bronze has a warm golden tone, redder than brass, and softens to a gentle patina."},
			{"de-DE", "Bronze hat einen warmen goldenen Ton, röter als Messing."},
			{"fr-FR", "Le bronze a une teinte dorée et chaude, plus rouge que le laiton."},
			{"es-ES", "El bronce tiene un tono dorado cálido, más rojizo que el latón."},
			{"it-IT", "Il bronzo ha un tono dorato caldo, più rossastro dell'ottone."},
		}),
	))
}

// TestKindsClaims49Bad (#13, claims49): the bad twins. Tarnish promises on
// the held-out pools' metals (vermeil, gold-filled, e-coated silver,
// palladium 950, 14k rose gold) in 25 locales block: an e-coat lacquer is
// now weak evidence of slowed tarnish, not of "never" (data/<lang>/
// concepts.yaml tarnish_proof). A thick layer, a treated stone or an
// e-coat with an absolute word or a forever phrase stays the claim; "real
// diamond" said of the piece, with "natural" or of lab-grown diamonds as a
// kind ("Lab-grown diamonds are real diamonds": 16 CFR 23.27, "It is
// unfair or deceptive to use the word 'real' ... to describe any industry
// product that is manufactured or produced artificially"), natural said of the
// lab-grown emerald, a diamond named as the moissanite, and the piece
// recommended to allergic wearers still block.
func TestKindsClaims49Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", catRows49(
		pairRows(claims49Vermeil, true, [][2]string{
			{"en-GB", "The thick vermeil layer means it will never tarnish or fade."},
			{"de-DE", "Dank der dicken Vermeil-Schicht läuft der Armreif niemals an."},
			{"fr-CA", "Grâce à l'épaisse couche de vermeil, le bracelet ne ternit jamais."},
			{"it-IT", "Lo strato di vermeil non si ossida mai e resta brillante per sempre."},
			{"nl-NL", "Door de dikke vermeillaag verkleurt de armband nooit."},
			{"cs-CZ", "Díky silné vrstvě vermeilu náramek nikdy neztratí lesk."},
			{"el-GR", "Χάρη στο παχύ στρώμα βερμέιγ, το βραχιόλι δεν μαυρίζει ποτέ."},
			{"ar-AE", "طبقة الفيرميل السميكة تجعل السوار لا يفقد لونه أبدًا."},
			{"zh-CN", "厚实的金层让手镯永不褪色。"},
			{"fi-FI", "Paksu vermeil-kerros pitää rannekorun kiiltävänä ikuisesti."},
			{"en-GB", "It is vermeil: sterling silver under 18k gold, far thicker than ordinary plating, so it will never lose its colour."},
			{"de-DE", "Vermeil ist Sterlingsilber mit einer dicken Goldschicht, viel dicker als eine übliche Vergoldung, daher hält die Farbe für immer."},
			{"fr-FR", "Une couche bien plus épaisse qu'un plaqué ordinaire, qui ne ternira jamais."},
			{"zh-CN", "这层金比一般电镀厚得多，因此永不褪色。"},
			{"es-ES", "Una capa mucho más gruesa que un baño normal, por eso nunca pierde su color."},
			{"ko-KR", "일반 도금보다 훨씬 두꺼워 절대 변색되지 않습니다."},
		}),
		pairRows(claims49GoldFilled, true, [][2]string{
			{"en-US", "Gold-filled jewelry never tarnishes, so you can wear it forever."},
			{"fr-FR", "Cette chaîne gold-filled ne ternira jamais."},
			{"pt-PT", "O gold-filled nunca escurece nem perde a cor."},
			{"fi-FI", "Gold-filled-ketju ei koskaan tummu."},
			{"tr-TR", "Altın dolgulu zincir asla kararmaz."},
			{"zh-TW", "包金項鍊永不褪色。"},
			{"es-ES", "La cadena gold-filled nunca pierde su color."},
			{"sv-SE", "Den guldfyllda kedjan mattas aldrig."},
		}),
		pairRows(claims49ECoat, true, [][2]string{
			{"en-AU", "Thanks to the e-coat lacquer, the silver will never tarnish."},
			{"de-DE", "Die E-Coat-Lackierung sorgt dafür, dass das Silber nie anläuft."},
			{"pt-BR", "Com o verniz e-coat, a prata nunca escurece."},
			{"nb-NO", "E-coat-lakken gjør at sølvet aldri anløper."},
			{"ja-JP", "Eコート加工により、シルバーは永遠に変色しません。"},
			{"es-MX", "Gracias a la laca e-coat, la plata nunca se oscurece."},
			{"pl-PL", "Dzięki lakierowi e-coat srebro nigdy nie ciemnieje."},
			{"ko-KR", "E코팅 덕분에 은이 절대 변색되지 않습니다."},
			{"en-GB", "A clear e-coat lacquer seals the silver, so it will never tarnish."},
			{"fr-FR", "Grâce au vernis e-coat, l'argent ne ternira jamais."},
			{"it-IT", "Grazie alla laccatura e-coat, l'argento non si ossida mai."},
			{"zh-CN", "电泳涂层让银饰永不氧化发黑。"},
			{"tr-TR", "E-coat vernik sayesinde gümüş asla kararmaz."},
		}),
		pairRows(claims49Palladium, true, [][2]string{
			{"es-ES", "Este anillo de paladio conservará su brillo para siempre."},
			{"sv-SE", "Palladiumringen behåller sin glans för alltid."},
			{"pl-PL", "Obrączka z palladu nigdy nie straci blasku."},
			{"da-DK", "Palladiumringen mister aldrig sin glans."},
			{"en-GB", "This palladium band will keep its shine forever, with no polishing ever needed."},
		}),
		pairRows(claims49RoseGold, true, [][2]string{
			{"es-MX", "Este anillo de oro rosa nunca perderá su color."},
			{"da-DK", "Ringen i rosaguld mister aldrig sin farve."},
			{"ko-KR", "로즈골드 반지는 영원히 변색되지 않습니다."},
			{"en-US", "This rose gold ring will never tarnish or fade."},
			{"it-IT", "L'anello in oro rosa non perde mai il suo colore."},
		}),
		pairRows(claims49Turquoise, true, [][2]string{
			{"nb-NO", "Steinen er stabilisert. Da holder fargen seg for alltid, og steinen trekker ikke til seg fett."},
		}),
		pairRows(claims49LabDiamond, true, [][2]string{
			{"en-AU", "The Halo Ring sets a round laboratory-grown diamond at its centre. It is a real diamond, mined deep underground."},
			{"en-GB", "The ring sets a lab-grown diamond. Lab-grown diamonds are real, natural diamonds."},
			{"en-US", "The ring sets a lab-grown diamond. This is a real diamond."},
			{"de-DE", "Der Ring trägt einen im Labor gezüchteten Diamanten. Es ist ein echter Diamant."},
			{"fr-FR", "La bague porte un diamant de synthèse. C'est un vrai diamant naturel."},
			{"en-GB", "The ring sets a lab-grown diamond, a real diamond from the earth."},
			// "Real" said of lab-grown diamonds as a kind is the word 16
			// CFR 23.27 forbids for any artificially produced product:
			// probe 49D en-AU 49D102's label (pass) disagrees, and its
			// two rows stay false blocks (real49).
			{"en-AU", "Laboratory-grown diamonds are real diamonds: carbon crystallised under heat and pressure in a lab instead of deep underground."},
			{"en-AU", "The Halo Ring sets a round laboratory-grown diamond at its centre. Laboratory-grown diamonds are real diamonds: carbon crystallised under heat and pressure in a lab instead of deep underground."},
			{"en-US", "The ring sets a lab-grown diamond at its center. Lab-grown diamonds are real diamonds, with the same hardness and fire as mined stones."},
			{"de-DE", "Der Ring trägt einen im Labor gezüchteten Diamanten. Im Labor gezüchtete Diamanten sind echte Diamanten aus reinem Kohlenstoff."},
			{"fr-FR", "La bague porte un diamant de synthèse. Les diamants de synthèse sont de vrais diamants, du carbone pur."},
			{"es-ES", "El anillo lleva un diamante cultivado en laboratorio. Los diamantes cultivados en laboratorio son diamantes reales, de carbono puro."},
			{"it-IT", "L'anello ha un diamante creato in laboratorio. I diamanti creati in laboratorio sono veri diamanti, di puro carbonio."},
		}),
		pairRows(claims49NickelWhite, true, [][2]string{
			{"pl-PL", "Polecamy obrączkę osobom uczulonym na metale."},
			{"pl-PL", "Obrączka jest idealna dla osób uczulonych."},
			{"en-GB", "We recommend the band for anyone allergic to metals."},
			{"pl-PL", "Nie uczula, więc polecamy ją alergikom."},
			{"fr-FR", "Nous recommandons cette alliance aux personnes allergiques."},
			{"es-ES", "Recomendamos el anillo a personas alérgicas."},
			{"it-IT", "Consigliamo la fede a chi è allergico ai metalli."},
			{"nl-NL", "We raden de ring aan voor mensen die allergisch zijn."},
			{"pt-PT", "Recomendamos a aliança a pessoas alérgicas."},
		}),
	))
	checkKindRows(t, svc, "", catRows49(
		pairRows(claims49LabEmerald, true, [][2]string{
			{"ja-JP", "天然エメラルドを留めたピアスです。ラボグロウンエメラルドと同じ輝きです。"},
			{"en-GB", "The studs hold two natural lab-grown emeralds."},
		}),
		pairRows(claims49Moissanite, true, [][2]string{
			{"sv-SE", "Hänget har en labbodlad moissanit. Stenen är en diamant."},
			{"en-GB", "The pendant holds a lab-grown moissanite, as good as a diamond and sold as a diamond."},
			{"sv-SE", "Hänget har en diamant som glittrar."},
			{"de-DE", "Der Anhänger trägt einen Diamanten, fast so hart wie Moissanit."},
		}),
		pairRows(claims49Bronze, true, [][2]string{
			{"en-GB", "The earrings are a cool silver colour."},
			{"pt-BR", "Os brincos têm um tom prateado e frio."},
			{"en-GB", "The earrings are made of yellow gold."},
		}),
	))
}

// TestKindsClaims49Open (#13, claims49): rows not reached.
func TestKindsClaims49Open(t *testing.T) {
	t.Skip("open: a one-word lab qualifier compound as the subject (Labgekweekte diamanten zijn echte diamanten); ja ずっと (much) before a comparative read as an absolute; natural said of the lab-grown stone after its disclosure; dangling comparatives and ja 永遠に変わりません not read as tarnish claims")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", catRows49(
		pairRows(claims49LabDiamond, false, [][2]string{
			{"nl-NL", "De ring heeft een in het laboratorium gekweekte diamant. Labgekweekte diamanten zijn echte diamanten van zuivere koolstof."},
		}),
		pairRows(claims49Vermeil, false, [][2]string{
			{"ja-JP", "ヴェルメイユはスターリングシルバーに2.5ミクロンの18金を重ねたもの。一般的なメッキよりずっと厚いため、色がより長持ちします。"},
		}),
		pairRows(claims49Vermeil, true, [][2]string{
			{"ja-JP", "一般的なメッキよりずっと厚いため、色は永遠に変わりません。"},
		}),
		pairRows(claims49LabEmerald, true, [][2]string{
			{"ja-JP", "ラボグロウンエメラルド2石を留めたピアス。この天然エメラルドは深い緑です。"},
			{"en-GB", "The studs hold two lab-grown emeralds, natural emeralds of deep green."},
			{"en-US", "Natural emerald studs: two emeralds grown in a lab."},
			{"de-DE", "Die Stecker tragen zwei natürliche, im Labor gezüchtete Smaragde."},
		}),
		pairRows(claims49Turquoise, true, [][2]string{
			{"nb-NO", "Sølvet er polert. Da holder sølvet fargen bedre enn før."},
			{"en-GB", "The turquoise is stabilised, so the silver keeps its shine better."},
		}),
	))
}

// catRows49 joins tables of rows.
func catRows49(sets ...[]kindRow) []kindRow {
	var rows []kindRow
	for _, s := range sets {
		rows = append(rows, s...)
	}
	return rows
}
