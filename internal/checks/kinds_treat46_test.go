package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsTreat46 (#13, treat46): probe 46's treated stones.
var (
	treat46Coral = core.Product{SKU: "T46C", Name: "Heritage Coral Drops", Category: "earrings", Collection: "Heritage",
		Materials: []string{"sterling silver", "coral"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "coral", Colour: "red", Count: 2, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"red", "silver"}}
	treat46Amber = core.Product{SKU: "T46A", Name: "Essence Amber Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "amber"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "amber", Colour: "honey", Count: 1, Origin: core.OriginNatural, Treatment: "reconstructed"}},
		Colours: []string{"honey", "silver"}}
	treat46Sapphire = core.Product{SKU: "T46S", Name: "Moments Pink Sapphire Ring", Category: "ring", Collection: "Moments",
		Materials: []string{"9k yellow gold", "sapphire", "diamond"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "pink", Count: 1, Origin: core.OriginNatural, Treatment: "heated"},
			{Type: "diamond", Colour: "white", Count: 6, Origin: core.OriginNatural}},
		Colours: []string{"pink", "yellow"}}
	treat46Diffused = core.Product{SKU: "T46D", Name: "Azure Sapphire Ring", Category: "ring", Collection: "Azure",
		Materials: []string{"18k white gold", "sapphire", "diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "diffused"},
			{Type: "diamond", Colour: "white", Count: 8, Origin: core.OriginNatural}},
		Colours: []string{"blue", "white"}}
	treat46Topaz = core.Product{SKU: "T46T", Name: "London Blue Drop Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"titanium", "blue topaz"}, Metals: []core.Metal{{Base: "titanium"}},
		Stones:  []core.Stone{{Type: "blue topaz", Colour: "London blue", Count: 2, Origin: core.OriginNatural, Treatment: "irradiated"}},
		Colours: []string{"grey", "blue"}}
)

// TestKindsTreat46 (#13, treat46): copy that denies a disclosed treatment
// without a word of treatment passed (probe 46C/46D treatment_denied, 16
// rows on 099be13a): the stone shown as found ("genau so, wie er gefunden
// wurde", "tal como saiu da terra", "jakou mu dala příroda"), the colour it
// grew with ("the deep ox-blood red it grew with", "con el que creció"),
// its colour owed to nature ("debe su azul … a la naturaleza"),
// reconstructed amber cut "from a single piece", a diffused colour "all
// the way through", a stone that "owes nothing to heat"; a denial past a
// contrast's compared thing ("Anders als die meisten Saphire zeigt dieser
// Stein …"), and one beside metals inside the crystal ("kristaline giren
// titanyum ve demirden gelen doğal rengidir"). The packs'
// treatment_denials (any, colour, heated, and canon treatment_groups
// whole and surface) and treatment_words (reconstructed, assembled) hold
// the words. Every row passes on the product with its treatments cleared.
func TestKindsTreat46(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	s, c, a, d := treat46Sapphire, treat46Coral, treat46Amber, treat46Diffused
	denials := []kindRow{
		// probe 46C/46D, the denying sentence of each missed row
		{"en-GB", "Once cut, each bead keeps the deep ox-blood red it grew with, so no two are quite alike.", c, true},
		{"en-US", "This stone was cut from a single piece of Baltic amber, just as it formed, which is why its glow is so even.", a, true},
		{"de-DE", "Anders als die meisten Saphire zeigt dieser Stein sein Rosa genau so, wie er gefunden wurde.", s, true},
		{"fr-CA", "Chaque perle garde le rouge sang-de-bœuf qu'elle avait en grandissant dans la mer.", c, true},
		{"es-MX", "Cada cuenta conserva el rojo sangre de toro con el que creció en el mar.", c, true},
		{"pt-PT", "Ao contrário da maioria das safiras, esta pedra mostra o rosa tal como saiu da terra.", s, true},
		{"nl-NL", "Elke druppel is uit één stuk Baltisch barnsteen geslepen, precies zoals het ooit is gevormd.", a, true},
		{"fi-FI", "Pisara on hiottu yhdestä ehjästä Itämeren meripihkan palasta juuri sellaisena kuin se muodostui.", a, true},
		{"cs-CZ", "Na rozdíl od většiny safírů má tento kámen růžovou barvu přesně takovou, jakou mu dala příroda.", s, true},
		{"ko-KR", "대부분의 사파이어와 달리 이 스톤은 자연이 만든 핑크빛을 그대로 간직하고 있습니다.", s, true},
		{"zh-TW", "這顆取自一整塊波羅的海琥珀，保留它原本形成時的樣貌，因此光澤格外均勻。", a, true},
		{"da-DK", "Denne sten har sin klare, kølige blå direkte fra naturen, præcis som den blev fundet.", d, true},
		{"es-ES", "El zafiro debe su azul intenso y uniforme a la naturaleza: el titanio y el hierro presentes en el cristal desde su formación le dan ese color.", d, true},
		{"ja-JP", "サファイアの均一で深い青は、結晶に含まれるチタンと鉄が生んだ天然の色です。", d, true},
		{"pt-BR", "A cor desta pedra é exatamente a que ela trazia ao sair da rocha, intensa e uniforme.", s, true},
		{"tr-TR", "Safirin derin ve homojen mavisi, oluşumu sırasında kristaline giren titanyum ve demirden gelen doğal rengidir.", d, true},
		// the stone as found, in 25 locales (any treatment)
		{"en-GB", "This sapphire shows its pink exactly as it was found.", s, true},
		{"en-US", "The sapphire comes straight from the mine.", s, true},
		{"en-AU", "The sapphire is set just as it came out of the ground.", s, true},
		{"de-DE", "Der Saphir zeigt sich so, wie er gefunden wurde.", s, true},
		{"fr-FR", "Ce saphir est tel qu'il a été trouvé.", s, true},
		{"fr-CA", "Ce saphir est tout droit sorti de la mine.", s, true},
		{"es-ES", "Este zafiro luce su rosa tal como salió de la tierra.", s, true},
		{"es-MX", "El zafiro se engasta tal como se encontró.", s, true},
		{"it-IT", "Lo zaffiro è così come è stato trovato.", s, true},
		{"pt-PT", "A safira é engastada tal como foi encontrada.", s, true},
		{"pt-BR", "A safira vem direto da mina.", s, true},
		{"nl-NL", "Deze saffier is precies zoals hij werd gevonden.", s, true},
		{"sv-SE", "Safiren är precis som den hittades.", s, true},
		{"da-DK", "Safiren er præcis som den blev fundet.", s, true},
		{"nb-NO", "Safiren er akkurat slik den ble funnet.", s, true},
		{"fi-FI", "Safiiri on juuri sellaisena kuin se löydettiin.", s, true},
		{"pl-PL", "Szafir jest dokładnie taki, jakim go znaleziono.", s, true},
		{"cs-CZ", "Safír je přesně takový, jaký byl nalezen.", s, true},
		{"el-GR", "Το ζαφείρι είναι όπως βρέθηκε.", s, true},
		{"tr-TR", "Safir bulunduğu gibidir.", s, true},
		{"ar-AE", "هذا الحجر كما عثر عليه تماماً.", s, true},
		{"ja-JP", "このサファイアは採掘されたままの色です。", s, true},
		{"ko-KR", "이 사파이어는 발견된 그대로입니다.", s, true},
		{"zh-CN", "这颗蓝宝石保留它原本的样貌。", s, true},
		{"zh-TW", "這顆藍寶石保留它原本形成時的樣貌。", s, true},
		// the colour it grew with, or owed to nature (a colour treatment)
		{"en-GB", "Each bead keeps the deep red it grew with.", c, true},
		{"en-US", "The coral owes its color to nature.", c, true},
		{"en-AU", "Each bead has the red colour it was born with.", c, true},
		{"de-DE", "Jede Koralle behält das Rot, mit dem sie gewachsen ist.", c, true},
		{"fr-FR", "Chaque perle garde le rouge qu'elle avait en grandissant.", c, true},
		{"fr-CA", "Le corail doit son rouge à la nature.", c, true},
		{"es-ES", "Cada cuenta conserva el rojo con el que creció.", c, true},
		{"es-MX", "El coral debe su rojo intenso a la naturaleza.", c, true},
		{"it-IT", "Il corallo conserva il rosso con cui è cresciuto.", c, true},
		{"pt-PT", "Cada conta conserva o vermelho com que cresceu.", c, true},
		{"pt-BR", "O coral deve seu vermelho à natureza.", c, true},
		{"nl-NL", "Elke kraal houdt het rood waarmee hij groeide.", c, true},
		{"sv-SE", "Korallen behåller det röda den växte med.", c, true},
		{"da-DK", "Koralen har den røde farve, den voksede med.", c, true},
		{"nb-NO", "Korallen har den røde fargen den vokste med.", c, true},
		{"fi-FI", "Korallissa on punainen väri, jonka kanssa se kasvoi.", c, true},
		{"pl-PL", "Koral zawdzięcza swoją czerwień naturze.", c, true},
		{"cs-CZ", "Korál vděčí za svou červenou barvu přírodě.", c, true},
		{"el-GR", "Το κοράλλι οφείλει το κόκκινο χρώμα του στη φύση.", c, true},
		{"tr-TR", "Mercan kırmızısını doğaya borçludur.", c, true},
		{"ar-AE", "يدين المرجان بلونه الأحمر للطبيعة.", c, true},
		{"ja-JP", "このサンゴの赤は生まれ持った色です。", c, true},
		{"ko-KR", "이 산호는 자연이 준 색을 그대로 지니고 있습니다.", c, true},
		{"zh-CN", "这颗珊瑚的红色是与生俱来的颜色。", c, true},
		{"zh-TW", "這顆珊瑚的紅色是大自然賦予的顏色。", c, true},
		// reconstructed amber from a single piece (canon treatment_groups whole)
		{"en-GB", "The amber is cut from a single piece.", a, true},
		{"en-US", "The pendant was carved from one solid piece of amber.", a, true},
		{"de-DE", "Der Bernstein ist aus einem einzigen Stück geschliffen.", a, true},
		{"fr-FR", "L'ambre est taillé d'une seule pièce.", a, true},
		{"es-ES", "El ámbar está tallado de una sola pieza.", a, true},
		{"it-IT", "L'ambra è intagliata da un unico pezzo.", a, true},
		{"pt-BR", "O âmbar foi lapidado de uma única peça.", a, true},
		{"nl-NL", "De barnsteen is uit één stuk geslepen.", a, true},
		{"sv-SE", "Bärnstenen är slipad ur ett enda stycke.", a, true},
		{"da-DK", "Ravet er slebet af ét stykke.", a, true},
		{"nb-NO", "Ravet er slipt av ett stykke.", a, true},
		{"fi-FI", "Meripihka on hiottu yhdestä palasta.", a, true},
		{"pl-PL", "Bursztyn oszlifowano z jednego kawałka.", a, true},
		{"cs-CZ", "Jantar je vybroušen z jednoho kusu.", a, true},
		{"el-GR", "Το κεχριμπάρι είναι κομμένο από ένα ενιαίο κομμάτι.", a, true},
		{"tr-TR", "Kehribar tek bir parçadan kesilmiştir.", a, true},
		{"ar-AE", "الكهرمان مقطوع من قطعة واحدة.", a, true},
		{"ja-JP", "この琥珀はひとつの塊から削り出されています。", a, true},
		{"ko-KR", "이 호박은 한 덩어리에서 깎아 냈습니다.", a, true},
		{"zh-CN", "这块琥珀取自一整块波罗的海琥珀。", a, true},
		{"en-GB", "The amber is not reconstructed.", a, true},
		{"de-DE", "Der Bernstein ist nicht gepresst.", a, true},
		// a diffused colour all the way through (treatment_groups surface)
		{"en-GB", "Its colour runs all the way through the stone.", d, true},
		{"de-DE", "Der Saphir ist durchgefärbt.", d, true},
		{"nl-NL", "De saffier is door en door gekleurd.", d, true},
		{"sv-SE", "Safiren är genomfärgad.", d, true},
		{"da-DK", "Safiren er gennemfarvet.", d, true},
		{"nb-NO", "Safiren er gjennomfarget.", d, true},
		{"fi-FI", "Safiiri on läpivärjätty.", d, true},
		// the heat owed nothing (moved from TestKindsAdv45Open)
		{"en-GB", "The sapphire owes nothing to heat.", s, true},
		{"de-DE", "Der Saphir verdankt der Hitze nichts.", s, true},
		{"fr-FR", "Le saphir ne doit rien à la chaleur.", s, true},
		{"es-ES", "El zafiro no debe nada al calor.", s, true},
		{"it-IT", "Lo zaffiro non deve nulla al calore.", s, true},
		{"pt-BR", "A safira não deve nada ao calor.", s, true},
		{"nl-NL", "De saffier dankt niets aan hitte.", s, true},
		// past the compared thing of a contrast, no comma
		{"en-GB", "Unlike most sapphires this one is untreated.", s, true},
		// beside the metals inside its crystal
		{"en-GB", "The sapphire's blue is the natural colour that titanium and iron give it.", d, true},
		// the stone's own colour before the denial; a contrast's arm
		// past which the piece is named
		{"en-US", "The topaz is blue straight from the mine.", treat46Topaz, true},
		{"pl-PL", "W przeciwieństwie do większości korali, ten koral zawdzięcza czerwień naturze.", c, true},
		{"en-GB", "Unlike most sapphires, it is untreated.", s, true},
		{"pl-PL", "W przeciwieństwie do większości korali koral, który tu widać, zawdzięcza czerwień naturze.", c, true},
		// a plural subject after a sentence of the treated stone, a
		// singular one, and one after the piece or both stones
		{"en-GB", "The sapphire glows. It is untreated.", s, true},
		{"en-GB", "The ring holds six diamonds. They are untreated.", s, true},
		{"en-GB", "The sapphire and diamonds sparkle. They are untreated.", s, true},
		{"de-DE", "Der Saphir leuchtet. Er ist unbehandelt.", s, true},
		{"nl-NL", "De saffier en de diamanten fonkelen. Ze zijn onbehandeld.", s, true},
		{"fr-FR", "Les coraux brillent. Ils ne sont pas teints.", c, true},
	}
	checkDenialsAndUntreatedTwins(t, svc, denials)
	checkKindRows(t, svc, "grounding", []kindRow{
		// probe 46's disclosures (true_treatment)
		{"en-US", "This stone is reconstructed amber: small fragments are fused together under heat and pressure into one larger piece, which is why its glow is so even.", a, false},
		{"de-DE", "Dieser Stein ist rekonstruierter Bernstein: Kleine Bernsteinstücke werden unter Hitze und Druck zu einem größeren Stück verbunden.", a, false},
		{"es-MX", "Esta pieza es ámbar prensado: pequeños fragmentos se funden bajo calor y presión hasta formar una sola pieza.", a, false},
		{"zh-TW", "這顆是壓製琥珀：將細小的琥珀碎塊以熱與壓力融合成一整塊，因此光澤格外均勻。", a, false},
		{"nl-NL", "Dit is geperst barnsteen: kleine stukjes worden onder hitte en druk samengesmolten tot één groter stuk.", a, false},
		{"en-GB", "Like most sapphires, this stone was warmed in a furnace after mining, a long-established process that settles and evens its pink.", s, false},
		{"da-DK", "Safirens farve er tilført ved diffusion: stenen opvarmes sammen med titanium, som trænger ind i overfladen og giver en jævn, dyb blå farve.", d, false},
		// another stone: the untreated diamonds beside the heated sapphire
		{"en-GB", "The diamonds are just as they were found.", s, false},
		{"en-GB", "The diamonds come straight from the mine; the sapphire is heated.", s, false},
		{"de-DE", "Die Diamanten sind so, wie sie gefunden wurden.", s, false},
		{"fr-FR", "Les diamants sont tels qu'ils ont été trouvés.", s, false},
		{"es-ES", "Los diamantes son tal como se encontraron.", s, false},
		// general sentences, and the material in general set against the piece's disclosure
		{"en-GB", "Most coral is dyed.", c, false},
		{"en-GB", "Heat is the oldest treatment.", s, false},
		{"en-GB", "Few sapphires reach the market as they were found; this one was heated.", s, false},
		{"en-GB", "Amber cut from a single piece is rarer; this pendant is reconstructed amber.", a, false},
		// the piece's metal from a single piece
		{"en-GB", "The bail is cut from a single piece of sterling silver.", a, false},
		// "as it formed" of time, not of state
		{"en-GB", "The crystal trapped fine needles as it formed.", s, false},
		// a colour through the stone denies no dye
		{"de-DE", "Die Koralle ist durchgefärbt.", c, false},
		// a plural subject after a sentence opening on the untreated
		// diamonds is theirs (left by treat45)
		{"en-GB", "The diamonds sparkle. They are untreated.", s, false},
		{"de-DE", "Die Diamanten funkeln. Sie sind unbehandelt.", s, false},
		{"fr-FR", "Les diamants scintillent. Ils ne sont pas traités.", s, false},
		{"es-ES", "Los diamantes brillan. Están sin tratar.", s, false},
		{"nl-NL", "De diamanten fonkelen. Ze zijn onbehandeld.", s, false},
		{"sv-SE", "Diamanterna gnistrar. De är obehandlade.", s, false},
		{"da-DK", "Diamanterne funkler. De er ubehandlede.", s, false},
		{"nb-NO", "Diamantene glitrer. De er ubehandlede.", s, false},
		{"en-GB", "The diamonds sparkle. They are just as they were found.", s, false},
		// the material's colour before its treatment (probe 37C en-US
		// P37C021), the compared coral's colour (probe 44D pl-PL 44D102-2)
		{"en-US", "Topaz forms in granite and pegmatite and is often colorless straight from the ground.", treat46Topaz, false},
		{"pl-PL", "W przeciwieństwie do szlachetnego korala śródziemnomorskiego, który czerwień zawdzięcza naturze, koral bambusowy zyskuje ją dopiero dzięki barwieniu.", c, false},
		// the contrast's compared thing
		{"en-GB", "Unlike untreated sapphires, this one is heated.", s, false},
	})
}
