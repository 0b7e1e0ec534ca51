package checks

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// rel9 tables (issue #13, kinds read on the released half of the ninth
// blind set): each fails before its step and passes after, in every
// supported locale.

// rel9Charm is a plain sterling charm: no fact of the brand tables is in
// question, only the words beside the brand.
var rel9Charm = core.Product{SKU: "R91", Name: "Nova", Category: "charm",
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}

// rel9BrandLang is one language's texts beside the example guide's brand
// "Aurelia": common words a couple of letters from it (Portuguese "areia",
// sand; "áurea"/"aurea", golden, in Portuguese, Spanish and Italian;
// Italian "aurei"), which are no misspelling, and slips of the brand
// (a letter doubled, changed, swapped or dropped), which block as
// trademark.
type rel9BrandLang struct {
	words, slips []string
}

var rel9BrandTexts = map[string]rel9BrandLang{
	"en":    {words: []string{"Aurelia borrows the sectio aurea of the old masters.", "Aurelia draws its lines from the sand of the beach."}, slips: []string{"A charm by Aurellia.", "A charm by Auerlia."}},
	"fr":    {words: []string{"Aurelia suit le nombre d'or, la sectio aurea des anciens.", "Aurelia aura plu à votre aïeule."}, slips: []string{"Un charm signé Aurellia.", "Un charm signé Aurelya."}},
	"de":    {words: []string{"Aurelia folgt der sectio aurea der alten Meister.", "Aurelia zeigt ein Areal aus Licht."}, slips: []string{"Ein Charm von Aurellia.", "Ein Charm von Auerlia."}},
	"it":    {words: []string{"Aurelia segue la sezione aurea.", "I numeri aurei ispirano Aurelia."}, slips: []string{"Un charm firmato Aurellia.", "Un charm firmato Aurelya."}},
	"es":    {words: []string{"Aurelia sigue la proporción áurea.", "La sección aurea inspira a Aurelia."}, slips: []string{"Un charm de Aurellia.", "Un charm de Auerlia."}},
	"pt":    {words: []string{"A Aurelia desenha elos como ondas na areia.", "A proporção áurea inspira a Aurelia."}, slips: []string{"Um charm da Aurellia.", "Um charm da Aurelya."}},
	"nl":    {words: []string{"Aurelia volgt de gulden snede, de sectio aurea.", "Aurelia houdt van het zand, de areia van Lissabon."}, slips: []string{"Een bedel van Aurellia.", "Een bedel van Auerlia."}},
	"sv":    {words: []string{"Aurelia följer de gamla mästarnas sectio aurea.", "Aurelia ger ett areal av ljus."}, slips: []string{"En berlock från Aurellia.", "En berlock från Aurelya."}},
	"da":    {words: []string{"Aurelia følger de gamle mestres sectio aurea.", "Aurelia giver et areal af lys."}, slips: []string{"En charm fra Aurellia.", "En charm fra Auerlia."}},
	"nb":    {words: []string{"Aurelia følger de gamle mestrenes sectio aurea.", "Aurelia gir et areal av lys."}, slips: []string{"En charm fra Aurellia.", "En charm fra Aurelya."}},
	"fi":    {words: []string{"Aurelia seuraa vanhojen mestarien sectio aurea -sääntöä.", "Aurelia-riipus sopii jokaiseen päivään."}, slips: []string{"Aurellia-riipus.", "Auerlia-riipus."}},
	"pl":    {words: []string{"Aurelia kieruje się zasadą sectio aurea dawnych mistrzów.", "Aurelia lubi aurę spokoju."}, slips: []string{"Zawieszka od Aurellia.", "Zawieszka od Aurelya."}},
	"cs":    {words: []string{"Aurelia sleduje pravidlo sectio aurea starých mistrů.", "Aurelia má auru klidu."}, slips: []string{"Přívěsek od Aurellia.", "Přívěsek od Auerlia."}},
	"tr":    {words: []string{"Aurelia eski ustaların sectio aurea kuralını izler.", "Aurelia sakin bir aura taşır."}, slips: []string{"Aurellia imzalı bir charm.", "Aurelya imzalı bir charm."}},
	"el":    {words: []string{"Η Aurelia ακολουθεί τον κανόνα sectio aurea των παλιών δασκάλων.", "Η Aurelia έχει μια αύρα ηρεμίας."}, slips: []string{"Ένα charm της Aurellia.", "Ένα charm της Auerlia."}},
	"ar":    {words: []string{"تتبع Aurelia قاعدة sectio aurea عند الأساتذة القدامى.", "هذه القلادة الصغيرة من تصميم Aurelia."}, slips: []string{"تعويذة من Aurellia.", "تعويذة من Aurelya."}},
	"ja":    {words: []string{"Aurelia のチャームは、昔の職人が使った sectio aurea という比率にならって作られています。", "Aurelia のチャームは、毎日のコーディネートに合わせやすいデザインです。"}, slips: []string{"Aurellia のチャームは、毎日のコーディネートに合わせやすいデザインです。", "Auerlia のチャームは、毎日のコーディネートに合わせやすいデザインです。"}},
	"ko":    {words: []string{"Aurelia의 참은 옛 장인들이 쓰던 sectio aurea 비율을 따라 만들었습니다.", "Aurelia의 참은 매일 착용하기 좋은 디자인입니다."}, slips: []string{"Aurellia의 참은 매일 착용하기 좋은 디자인입니다.", "Aurelya의 참은 매일 착용하기 좋은 디자인입니다."}},
	"zh-CN": {words: []string{"Aurelia 的这款吊饰按照古代工匠使用的 sectio aurea 比例设计。", "Aurelia 的这款吊饰适合日常佩戴。"}, slips: []string{"Aurellia 的这款吊饰适合日常佩戴。", "Auerlia 的这款吊饰适合日常佩戴。"}},
	"zh-TW": {words: []string{"Aurelia 的這款吊飾按照古代工匠使用的 sectio aurea 比例設計。", "Aurelia 的這款吊飾適合日常佩戴。"}, slips: []string{"Aurellia 的這款吊飾適合日常佩戴。", "Aurelya 的這款吊飾適合日常佩戴。"}},
}

// TestKindsBrandCommonWord (issue #13, rel9: pt-PT "areia" blocked as a
// misspelt "Aurelia") in every supported locale: a word two letters
// shorter or longer than the brand at two edits is a word of its own,
// a slip of the brand still blocks.
func TestKindsBrandCommonWord(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var words, slips []lt
	perLocale(t, rel9BrandTexts, "rel9 brand", func(loc string, x rel9BrandLang, in func([]string) []lt) {
		words = append(words, in(x.words)...)
		slips = append(slips, in(x.slips)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"common word near the brand", rel9Charm, "", words},
		{"brand slip", rel9Charm, CatTrademark, slips},
	})
}

// TestKindsBrandVocabWord: a guide whose brand is near a stone word of the
// languages ("Saphira") does not read the stone word as a misspelt brand
// ("sapphire", "saphir", "Saphir", "safira" are the locale's vocabulary);
// slips of the brand still block.
func TestKindsBrandVocabWord(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../../testdata/styleguide.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := styleguide.Parse([]byte(strings.Replace(string(src), "brand: Aurelia", "brand: Saphira", 1)))
	if err != nil {
		t.Fatal(err)
	}
	p := core.Product{SKU: "R92", Name: "Nova", Category: "ring", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1}}}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, g, []kindTable{
		{"stone word near the brand", p, "", []lt{
			{"en-GB", "A Saphira ring set with a blue sapphire."}, {"en-US", "A Saphira ring with a blue sapphire."}, {"en-AU", "A Saphira ring with a blue sapphire."},
			{"fr-FR", "Une bague Saphira ornée d'un saphir bleu."}, {"fr-CA", "Une bague Saphira ornée d'un saphir bleu."},
			{"de-DE", "Ein Ring von Saphira mit einem blauen Saphir."},
			{"pt-BR", "Um anel Saphira com uma safira azul."}, {"pt-PT", "Um anel Saphira com uma safira azul."},
		}},
		{"brand slip", p, CatTrademark, []lt{
			{"en-GB", "A Sapphira ring set with a blue sapphire."}, {"fr-FR", "Une bague Saphyra ornée d'un saphir bleu."},
			{"de-DE", "Ein Ring von Saphirra mit einem blauen Saphir."}, {"pt-BR", "Um anel Safhira com uma safira azul."},
		}},
	})
}

// rel9 count products: a tennis bracelet of twenty sapphires, a halo ring
// of one centre diamond and twelve around it, a charm of one pink and
// eight clear zirconia (the ninth set's groups: 1 + 12, 1 + 8).
var (
	rel9Tennis = core.Product{SKU: "R93", Name: "Line", Category: "bracelet", Metals: []core.Metal{{Base: "sterling silver", Plating: "rhodium", Fineness: "925"}},
		Colours: []string{"silver", "blue"}, Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 20}}}
	rel9Halo = core.Product{SKU: "R94", Name: "Orbit", Category: "ring", Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1}, {Type: "diamond", Colour: "clear", Count: 12}}}
	rel9PinkCharm = core.Product{SKU: "R95", Name: "Orbit", Category: "charm", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "pink"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "pink", Count: 1}, {Type: "cubic zirconia", Colour: "clear", Count: 8}}}
)

// rel9OneLang is one language's numerals that count no stone on the
// twenty-sapphire bracelet (one at a time; in ja, ko and zh also a
// numeral glued to a counter of the piece, a row or a strand, or to a
// noun of time: 一本, 一列, 一連, 一日中, 한 줄, 한 번, 一排, 一条), which pass,
// and real counts beside them, which block (twelve sapphires set one by
// one; one sapphire of twenty; 左右に一粒ずつ, 两侧各一颗: one on each side).
type rel9OneLang struct {
	notCount, count []string
}

var rel9OneTexts = map[string]rel9OneLang{
	"en":    {notCount: []string{"The sapphires are set one by one by hand.", "Each sapphire is set one at a time."}, count: []string{"Twelve sapphires are set one by one."}},
	"fr":    {notCount: []string{"Les saphirs sont sertis un à un à la main.", "Chaque saphir est serti un par un."}, count: []string{"Douze saphirs sont sertis un à un."}},
	"de":    {notCount: []string{"Die Saphire werden einer nach dem anderen von Hand gefasst.", "Jeder Saphir wird einzeln gefasst."}, count: []string{"Zwölf Saphire werden einer nach dem anderen gefasst."}},
	"it":    {notCount: []string{"Gli zaffiri sono incastonati uno a uno a mano.", "Ogni zaffiro è incastonato uno per uno."}, count: []string{"Dodici zaffiri sono incastonati uno a uno."}},
	"es":    {notCount: []string{"Los zafiros se engastan uno a uno a mano.", "Cada zafiro se engasta uno por uno."}, count: []string{"Doce zafiros se engastan uno a uno."}},
	"pt":    {notCount: []string{"As safiras são cravadas uma a uma à mão.", "Cada safira é cravada uma por uma."}, count: []string{"Doze safiras são cravadas uma a uma."}},
	"nl":    {notCount: []string{"De saffieren worden één voor één met de hand gezet.", "Elke saffier wordt één voor één gezet."}, count: []string{"Twaalf saffieren worden één voor één gezet."}},
	"sv":    {notCount: []string{"Safirerna fattas en och en för hand.", "Varje safir fattas en i taget."}, count: []string{"Tolv safirer fattas en och en."}},
	"da":    {notCount: []string{"Safirerne fattes en efter en i hånden.", "Hver safir fattes en ad gangen."}, count: []string{"Tolv safirer fattes en efter en."}},
	"nb":    {notCount: []string{"Safirene er fattet én etter én for hånd.", "Hver safir fattes én om gangen."}, count: []string{"Tolv safirer fattes én etter én."}},
	"fi":    {notCount: []string{"Safiirit on istutettu yksi kerrallaan käsin.", "Jokainen safiiri istutetaan yksi kerrallaan."}, count: []string{"Kaksitoista safiiria istutetaan yksi kerrallaan."}},
	"pl":    {notCount: []string{"Szafiry osadzono ręcznie jeden po drugim.", "Każdy szafir osadzono po jednym."}, count: []string{"Dwanaście szafirów osadzono jeden po drugim."}},
	"cs":    {notCount: []string{"Safíry jsou zasazeny ručně jeden po druhém.", "Každý safír je zasazen po jednom."}, count: []string{"Dvanáct safírů je zasazeno jeden po druhém."}},
	"tr":    {notCount: []string{"Safirler tek tek elle yerleştirildi.", "Safirler birer birer elle yerleştirildi."}, count: []string{"On iki safir tek tek yerleştirildi."}},
	"el":    {notCount: []string{"Τα ζαφείρια δένονται ένα ένα στο χέρι.", "Κάθε ζαφείρι δένεται ένα ένα."}, count: []string{"Δώδεκα ζαφείρια δένονται ένα ένα."}},
	"ar":    {notCount: []string{"رُصّعت أحجار الياقوت الأزرق واحدة تلو الأخرى يدويًا.", "يُرصّع كل حجر ياقوت أزرق واحدًا تلو الآخر."}, count: []string{"رُصّعت اثنتا عشرة ياقوتة زرقاء واحدة تلو الأخرى."}},
	"ja":    {notCount: []string{"直径3mmのサファイアを一つずつ爪で留めています。", "サファイアをひとつずつ丁寧に留めました。", "サファイアを一つ一つ丁寧に留めました。", "サファイア一石一石が輝きます。", "サファイアを一石ずつ手作業でセッティング。", "時計と重ねても、一本だけでも映えます。", "サファイア20石が一連に並びます。", "サファイア20石を一列に並べたブレスレット。", "サファイア20石は一日中輝きます。", "一点もののサファイアのブレスレット。"}, count: []string{"一粒のサファイアが輝きます。", "左右に一粒ずつサファイアを留めました。"}},
	"ko":    {notCount: []string{"사파이어를 하나씩 정성껏 세팅했습니다.", "사파이어를 한 개씩 세팅했습니다.", "사파이어 20개를 한 줄로 세팅했습니다.", "사파이어 하나하나가 빛납니다.", "한 번 착용하면 매일 찾게 되는 사파이어 팔찌입니다."}, count: []string{"사파이어 한 개가 빛납니다.", "양쪽에 사파이어를 한 개씩 세팅했습니다."}},
	"zh-CN": {notCount: []string{"蓝宝石一颗颗排列。", "每一颗蓝宝石都很闪耀。", "一颗颗蓝宝石排成一排。", "二十颗蓝宝石排成一排。", "单独佩戴一条也很出彩。"}, count: []string{"一颗蓝宝石闪耀。", "两侧各一颗蓝宝石。"}},
	"zh-TW": {notCount: []string{"藍寶石一顆顆排列。", "每一顆藍寶石都很閃耀。", "一顆顆藍寶石排成一排。", "二十顆藍寶石排成一排。", "單獨佩戴一條也很出色。"}, count: []string{"一顆藍寶石閃耀。", "兩側各一顆藍寶石。"}},
}

// TestKindsNumeralNoStoneCount (issue #13, rel9: ja "一つずつ" blocked a
// tennis bracelet as "1 per part") in every supported locale.
func TestKindsNumeralNoStoneCount(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var notCount, count []lt
	perLocale(t, rel9OneTexts, "rel9 one", func(loc string, x rel9OneLang, in func([]string) []lt) {
		notCount = append(notCount, in(x.notCount)...)
		count = append(count, in(x.count)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"numeral that counts no stone", rel9Tennis, "", notCount},
		{"a count beside them", rel9Tennis, CatGrounding, count},
	})
}

// rel9GroupLang is one language's counts on products of stone groups:
// the halo ring's twelve around the centre (and six on each side) and the
// charm's eight clear around one pink pass; ten around the centre and six
// clear block.
type rel9GroupLang struct {
	haloTrue, haloFalse, charmTrue, charmFalse []string
}

var rel9GroupTexts = map[string]rel9GroupLang{
	"en":    {haloTrue: []string{"A centre diamond circled by twelve smaller diamonds.", "Twelve diamonds surround the centre stone, six on each side."}, haloFalse: []string{"Ten diamonds surround the centre diamond."}, charmTrue: []string{"One pink zirconia sits among eight clear zirconia."}, charmFalse: []string{"One pink zirconia sits among six clear zirconia."}},
	"fr":    {haloTrue: []string{"Un diamant central entouré de douze diamants plus petits.", "Douze diamants entourent la pierre centrale, six de chaque côté."}, haloFalse: []string{"Dix diamants entourent le diamant central."}, charmTrue: []string{"Un oxyde de zirconium rose entouré de huit oxydes de zirconium blancs."}, charmFalse: []string{"Un oxyde de zirconium rose entouré de six oxydes de zirconium blancs."}},
	"de":    {haloTrue: []string{"Ein Diamant in der Mitte, umgeben von zwölf kleineren Diamanten.", "Zwölf Diamanten umgeben den Mittelstein, sechs auf jeder Seite."}, haloFalse: []string{"Zehn Diamanten umgeben den mittleren Diamanten."}, charmTrue: []string{"Ein rosa Zirkonia zwischen acht klaren Zirkonia."}, charmFalse: []string{"Ein rosa Zirkonia zwischen sechs klaren Zirkonia."}},
	"it":    {haloTrue: []string{"Un diamante centrale circondato da dodici diamanti più piccoli.", "Dodici diamanti circondano la pietra centrale, sei per lato."}, haloFalse: []string{"Dieci diamanti circondano il diamante centrale."}, charmTrue: []string{"Una zirconia rosa tra otto zirconie bianche."}, charmFalse: []string{"Una zirconia rosa tra sei zirconie bianche."}},
	"es":    {haloTrue: []string{"Un diamante central rodeado de doce diamantes más pequeños.", "Doce diamantes rodean la piedra central, seis a cada lado."}, haloFalse: []string{"Diez diamantes rodean el diamante central."}, charmTrue: []string{"Una circonita rosa entre ocho circonitas transparentes."}, charmFalse: []string{"Una circonita rosa entre seis circonitas transparentes."}},
	"pt":    {haloTrue: []string{"Um diamante central rodeado por doze diamantes mais pequenos.", "Doze diamantes rodeiam a pedra central, seis de cada lado."}, haloFalse: []string{"Dez diamantes rodeiam o diamante central."}, charmTrue: []string{"Uma zircónia rosa entre oito zircónias transparentes."}, charmFalse: []string{"Uma zircónia rosa entre seis zircónias transparentes."}},
	"pt-BR": {haloTrue: []string{"Um diamante central cercado por doze diamantes menores.", "Doze diamantes cercam a pedra central, seis de cada lado."}, haloFalse: []string{"Dez diamantes cercam o diamante central."}, charmTrue: []string{"Uma zircônia rosa entre oito zircônias transparentes."}, charmFalse: []string{"Uma zircônia rosa entre seis zircônias transparentes."}},
	"nl":    {haloTrue: []string{"Een diamant in het midden, omringd door twaalf kleinere diamanten.", "Twaalf diamanten omringen de middensteen, zes aan elke kant."}, haloFalse: []string{"Tien diamanten omringen de middelste diamant."}, charmTrue: []string{"Eén roze zirkonia tussen acht heldere zirkonia's."}, charmFalse: []string{"Eén roze zirkonia tussen zes heldere zirkonia's."}},
	"sv":    {haloTrue: []string{"En diamant i mitten omgiven av tolv mindre diamanter.", "Tolv diamanter omger mittstenen, sex på varje sida."}, haloFalse: []string{"Tio diamanter omger diamanten i mitten."}, charmTrue: []string{"En rosa zirkonia bland åtta klara zirkonior."}, charmFalse: []string{"En rosa zirkonia bland sex klara zirkonior."}},
	"da":    {haloTrue: []string{"En diamant i midten omgivet af tolv mindre diamanter.", "Tolv diamanter omgiver midterstenen, seks på hver side."}, haloFalse: []string{"Ti diamanter omgiver diamanten i midten."}, charmTrue: []string{"En lyserød zirkonia blandt otte klare zirkonia."}, charmFalse: []string{"En lyserød zirkonia blandt seks klare zirkonia."}},
	"nb":    {haloTrue: []string{"En diamant i midten omgitt av tolv mindre diamanter.", "Tolv diamanter omgir midtsteinen, seks på hver side."}, haloFalse: []string{"Ti diamanter omgir diamanten i midten."}, charmTrue: []string{"En rosa zirkonia blant åtte klare zirkonia."}, charmFalse: []string{"En rosa zirkonia blant seks klare zirkonia."}},
	"fi":    {haloTrue: []string{"Keskimmäistä timanttia kiertää kaksitoista pienempää timanttia.", "Kaksitoista timanttia ympäröi keskikiveä, kuusi kummallakin puolella."}, haloFalse: []string{"Kymmenen timanttia ympäröi keskimmäistä timanttia."}, charmTrue: []string{"Yksi vaaleanpunainen zirkonia kahdeksan kirkkaan zirkonian keskellä."}, charmFalse: []string{"Yksi vaaleanpunainen zirkonia kuuden kirkkaan zirkonian keskellä."}},
	"pl":    {haloTrue: []string{"Centralny diament otoczony dwunastoma mniejszymi diamentami.", "Dwanaście diamentów otacza centralny kamień, po sześć z każdej strony."}, haloFalse: []string{"Dziesięć diamentów otacza centralny diament."}, charmTrue: []string{"Jedna różowa cyrkonia wśród ośmiu przezroczystych cyrkonii."}, charmFalse: []string{"Jedna różowa cyrkonia wśród sześciu przezroczystych cyrkonii."}},
	"cs":    {haloTrue: []string{"Středový diamant obklopuje dvanáct menších diamantů.", "Dvanáct diamantů obklopuje středový kámen, šest na každé straně."}, haloFalse: []string{"Deset diamantů obklopuje středový diamant."}, charmTrue: []string{"Jedna růžová zirkonie mezi osmi čirými zirkoniemi."}, charmFalse: []string{"Jedna růžová zirkonie mezi šesti čirými zirkoniemi."}},
	"tr":    {haloTrue: []string{"Ortadaki pırlantayı on iki küçük pırlanta çevreliyor.", "On iki pırlanta orta taşı çevreliyor, her yanda altı tane."}, haloFalse: []string{"On pırlanta ortadaki pırlantayı çevreliyor."}, charmTrue: []string{"Sekiz şeffaf zirkonya arasında bir pembe zirkonya."}, charmFalse: []string{"Altı şeffaf zirkonya arasında bir pembe zirkonya."}},
	"el":    {haloTrue: []string{"Ένα κεντρικό διαμάντι περιβάλλεται από δώδεκα μικρότερα διαμάντια.", "Δώδεκα διαμάντια περιβάλλουν την κεντρική πέτρα, έξι σε κάθε πλευρά."}, haloFalse: []string{"Δέκα διαμάντια περιβάλλουν το κεντρικό διαμάντι."}, charmTrue: []string{"Ένα ροζ ζιρκόνιο ανάμεσα σε οκτώ διάφανα ζιρκόνια."}, charmFalse: []string{"Ένα ροζ ζιρκόνιο ανάμεσα σε έξι διάφανα ζιρκόνια."}},
	"ar":    {haloTrue: []string{"ماسة في الوسط تحيط بها اثنتا عشرة ماسة أصغر.", "تحيط اثنتا عشرة ماسة بالحجر الأوسط، ست على كل جانب."}, haloFalse: []string{"تحيط عشر ماسات بالماسة الوسطى."}, charmTrue: []string{"زركونة وردية واحدة بين ثماني زركونات شفافة."}, charmFalse: []string{"زركونة وردية واحدة بين ست زركونات شفافة."}},
	"ja":    {haloTrue: []string{"中央のダイヤモンドを12石の小さなダイヤモンドが囲みます。", "12石のダイヤモンドがセンターストーンを囲み、左右に6石ずつ並びます。"}, haloFalse: []string{"10石のダイヤモンドが中央のダイヤモンドを囲みます。"}, charmTrue: []string{"ピンクのジルコニア1石を8石のクリアジルコニアが囲みます。"}, charmFalse: []string{"ピンクのジルコニア1石を6石のクリアジルコニアが囲みます。"}},
	"ko":    {haloTrue: []string{"중앙의 다이아몬드를 작은 다이아몬드 12개가 둘러쌉니다.", "다이아몬드 12개가 센터 스톤을 감싸며 양쪽에 6개씩 놓였습니다."}, haloFalse: []string{"다이아몬드 10개가 중앙 다이아몬드를 둘러쌉니다."}, charmTrue: []string{"핑크 지르코니아 1개를 투명한 지르코니아 8개가 둘러쌉니다."}, charmFalse: []string{"핑크 지르코니아 1개를 투명한 지르코니아 6개가 둘러쌉니다."}},
	"zh-CN": {haloTrue: []string{"中央的钻石由十二颗小钻石环绕。", "十二颗钻石环绕主石，每侧六颗。"}, haloFalse: []string{"十颗钻石环绕中央的钻石。"}, charmTrue: []string{"一颗粉色立方氧化锆被八颗透明立方氧化锆环绕。"}, charmFalse: []string{"一颗粉色立方氧化锆被六颗透明立方氧化锆环绕。"}},
	"zh-TW": {haloTrue: []string{"中央的鑽石由十二顆小鑽石環繞。", "十二顆鑽石環繞主石，每側六顆。"}, haloFalse: []string{"十顆鑽石環繞中央的鑽石。"}, charmTrue: []string{"一顆粉色立方氧化鋯被八顆透明立方氧化鋯環繞。"}, charmFalse: []string{"一顆粉色立方氧化鋯被六顆透明立方氧化鋯環繞。"}},
}

// TestKindsCountGroups9 (issue #13, rel9: products of groups 1 + 12 and
// 1 + 8) in every supported locale: a count of one group, of both, or per
// side passes; another number blocks.
func TestKindsCountGroups9(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var ht, hf, ct, cf []lt
	perLocale(t, rel9GroupTexts, "rel9 groups", func(loc string, x rel9GroupLang, in func([]string) []lt) {
		ht = append(ht, in(x.haloTrue)...)
		hf = append(hf, in(x.haloFalse)...)
		ct = append(ct, in(x.charmTrue)...)
		cf = append(cf, in(x.charmFalse)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"halo: a group's count", rel9Halo, "", ht},
		{"halo: no group's count", rel9Halo, CatGrounding, hf},
		{"charm: a group's count", rel9PinkCharm, "", ct},
		{"charm: no group's count", rel9PinkCharm, CatGrounding, cf},
	})
}

// rel9 component products: an 18k vermeil necklace with one freshwater
// pearl, a rhodium-plated brass bangle.
var (
	rel9PearlNecklace = core.Product{SKU: "R96", Name: "Drop", Category: "necklace", Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
		Colours: []string{"gold", "white"}, Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 1}}}
	rel9TwistBangle = core.Product{SKU: "R97", Name: "Twist", Category: "bangle", Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}}, Colours: []string{"silver"}}
)

// TestKindsRingComponentShape (issue #13, rel9: pt-PT "numa fina argola"
// on a necklace, Arabic "حلقة" on a bangle) in every supported locale: the
// ring, loop or bail a pearl hangs from (a hanging word before it in its
// clause, or after it where the verb follows: hang_words,
// hang_words_after) is a component; a bangle described as a ring shape
// (Arabic حلقة as hoop, Dutch and Scandinavian "ring" with the sense "ring
// shape", related to bangle) is the bangle; the necklace called "this
// ring" still blocks.
func TestKindsRingComponentShape(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"ring a pearl hangs from", rel9PearlNecklace, "", []lt{
			{"pt-PT", "O pendente suspende uma pérola de água doce numa fina argola banhada a ouro."},
			{"pt-BR", "O pingente prende a pérola de água doce numa argolinha banhada a ouro."},
			{"es-ES", "La perla cuelga de una pequeña anilla bañada en oro."},
			{"es-ES", "La perla cuelga de una argolla bañada en oro."},
			{"fr-FR", "La perle est suspendue à une bélière dorée à l'or fin."},
			{"fr-FR", "La perle pend à un petit anneau plaqué or."},
			{"it-IT", "La perla pende da un piccolo anellino placcato oro."},
			{"it-IT", "La perla è appesa a un anello placcato oro."},
			{"de-DE", "Die Perle hängt an einer kleinen vergoldeten Öse."},
			{"de-DE", "Die Perle hängt an einem kleinen vergoldeten Ring."},
			{"en-GB", "The pearl hangs from a small gold-plated ring."},
			{"en-GB", "The pearl hangs from a gold-plated jump ring."},
			{"en-GB", "The pearl hangs from a gold-plated bail."},
			{"nl-NL", "De parel hangt aan een klein verguld ringetje."},
			{"nl-NL", "De parel hangt aan een vergulde ring."},
			{"sv-SE", "Pärlan hänger i en liten förgylld ring."},
			{"da-DK", "Perlen hænger i en lille forgyldt ring."},
			{"nb-NO", "Perlen henger i en liten forgylt ring."},
			{"fi-FI", "Helmi roikkuu pienessä kullatussa renkaassa."},
			{"pl-PL", "Perła zwisa z małego pozłacanego kółeczka."},
			{"cs-CZ", "Perla visí na malém pozlaceném kroužku."},
			{"tr-TR", "İnci küçük altın kaplama bir halkadan sarkıyor."},
			{"el-GR", "Το μαργαριτάρι κρέμεται από έναν μικρό επιχρυσωμένο κρίκο."},
			{"ar-AE", "تتدلى اللؤلؤة من حلقة صغيرة مطلية بالذهب."},
			{"ja-JP", "パールは金メッキの小さな丸カンから下がります。"},
			{"ja-JP", "パールは金メッキの小さなリングから下がります。"},
			{"ko-KR", "진주는 금도금된 작은 고리에 매달려 있습니다."},
			{"ko-KR", "진주는 금도금된 작은 링에 매달려 있습니다."},
			{"zh-CN", "珍珠挂在镀金的小圆环上。"},
			{"zh-TW", "珍珠掛在鍍金的小圓環上。"},
			{"es-MX", "La perla cuelga de una pequeña argolla bañada en oro."},
			{"fr-CA", "La perle pend à un petit anneau plaqué or."},
			{"en-US", "The pearl hangs from a small gold-plated ring."},
			{"en-AU", "The pearl is suspended from a fine gold-plated ring."},
		}},
		{"bangle as a ring shape", rel9TwistBangle, "", []lt{
			{"ar-AE", "سوار Twist حلقة مجدولة من النحاس الأصفر المطلي بالروديوم."},
			{"en-GB", "The Twist bangle is a twisted hoop of rhodium-plated brass."},
			{"en-GB", "The Twist bangle is a twisted ring of rhodium-plated brass."},
			{"de-DE", "Der Armreif Twist ist ein gedrehter Ring aus rhodiniertem Messing."},
			{"nl-NL", "De Twist-armband is een gedraaide ring van gerodineerd messing."},
			{"sv-SE", "Armringen Twist är en tvinnad ring av rodinerad mässing."},
			{"pl-PL", "Bransoleta Twist to skręcone koło z rodowanego mosiądzu."},
			{"pt-PT", "A pulseira rígida Twist é um aro torcido de latão banhado a ródio."},
			{"pt-PT", "A pulseira rígida Twist é uma argola torcida de latão banhado a ródio."},
			{"es-ES", "La esclava Twist es una argolla trenzada de latón bañado en rodio."},
			{"tr-TR", "Twist bileziği rodyum kaplama pirinçten burgulu bir halka."},
			{"el-GR", "Το βραχιόλι Twist είναι ένας στριφτός κρίκος από επιροδιωμένο ορείχαλκο."},
			{"fi-FI", "Twist-rannerengas on kierretty rengas rodinoitua messinkiä."},
			{"cs-CZ", "Náramek Twist je kroucený kruh z rhodiované mosazi."},
			{"ja-JP", "Twistバングルはロジウムメッキの真鍮をねじったリングです。"},
			{"ko-KR", "Twist 뱅글은 로듐 도금 황동을 꼬아 만든 링입니다."},
			{"zh-CN", "Twist手镯是一个由镀铑黄铜扭成的圆环。"},
		}},
		{"necklace called a ring", rel9PearlNecklace, CatGrounding, []lt{
			{"ar-AE", "هذا الخاتم المطلي بالذهب يحمل لؤلؤة مياه عذبة."},
			{"cs-CZ", "Tento pozlacený prsten nese sladkovodní perlu."},
			{"da-DK", "Denne forgyldte ring bærer en ferskvandsperle."},
			{"de-DE", "Dieser vergoldete Ring trägt eine Süßwasserperle."},
			{"el-GR", "Αυτό το επιχρυσωμένο δαχτυλίδι έχει ένα μαργαριτάρι γλυκού νερού."},
			{"en-AU", "This gold-plated ring holds a freshwater pearl."},
			{"en-GB", "This gold-plated ring holds a freshwater pearl."},
			{"en-US", "This gold-plated ring holds a freshwater pearl."},
			{"es-ES", "Este anillo bañado en oro lleva una perla de agua dulce."},
			{"es-MX", "Este anillo bañado en oro lleva una perla de agua dulce."},
			{"fi-FI", "Tämä kullattu sormus kantaa makeanveden helmeä."},
			{"fr-CA", "Cette bague plaquée or porte une perle d'eau douce."},
			{"fr-FR", "Cette bague plaquée or porte une perle d'eau douce."},
			{"it-IT", "Questo anello placcato oro porta una perla d'acqua dolce."},
			{"ja-JP", "この金メッキのリングには淡水パールが一粒付いています。"},
			{"ko-KR", "이 금도금 반지에는 담수 진주가 달려 있습니다."},
			{"nb-NO", "Denne forgylte ringen bærer en ferskvannsperle."},
			{"nl-NL", "Deze vergulde ring draagt een zoetwaterparel."},
			{"pl-PL", "Ten pozłacany pierścionek ma perłę słodkowodną."},
			{"pt-BR", "Este anel banhado a ouro tem uma pérola de água doce."},
			{"pt-PT", "Este anel banhado a ouro tem uma pérola de água doce."},
			{"sv-SE", "Den här förgyllda ringen bär en sötvattenspärla."},
			{"tr-TR", "Bu altın kaplama yüzük bir tatlı su incisi taşıyor."},
			{"zh-CN", "这枚镀金戒指镶有一颗淡水珍珠。"},
			{"zh-TW", "這枚鍍金戒指鑲有一顆淡水珍珠。"},
		}},
	})
	// every locale has rows of the component kind
	seen := map[string]bool{}
	for _, x := range rel9ComponentLocales {
		seen[x] = true
	}
	for _, loc := range packLocales(t) {
		if !seen[loc] {
			t.Errorf("%s: no component rows", loc)
		}
	}
}

var rel9ComponentLocales = []string{"es-MX", "fr-CA", "en-US", "en-AU", "ar-AE", "cs-CZ", "da-DK", "de-DE", "el-GR", "en-GB", "es-ES", "fi-FI", "fr-FR", "it-IT", "ja-JP", "ko-KR", "nb-NO", "nl-NL", "pl-PL", "pt-BR", "pt-PT", "sv-SE", "tr-TR", "zh-CN", "zh-TW"}

// rel9SteelBracelet is the ninth set's gold-plated steel bracelet: no
// leather anywhere.
var rel9SteelBracelet = core.Product{SKU: "R98", Name: "Curb", Category: "bracelet",
	Metals: []core.Metal{{Base: "stainless steel", Plating: "gold", PlatingMicrons: 1}}, Colours: []string{"gold"}}

// rel9HomographLang is one language's material homographs on the steel
// bracelet: a leather word in another sense (Dutch "leer"/"leren" and
// Bokmål "lær", to learn; the scalp, "cuero cabelludo", "cuoio
// capelluto", "couro cabeludo", "cuir chevelu"; Japanese 革新, innovation;
// the skin in the languages whose leather word is also skin), which
// passes, and leather said of the piece, which blocks.
type rel9HomographLang struct {
	other, leather []string
}

var rel9HomographTexts = map[string]rel9HomographLang{
	"en":    {other: []string{"A bracelet that steels you for the day.", "It costs less than a nickel a day to love it."}, leather: []string{"The bracelet comes on a leather strap."}},
	"fr":    {other: []string{"Rien à voir avec le cuir chevelu : un bracelet d'acier doré."}, leather: []string{"Le bracelet est monté sur un lien en cuir."}},
	"de":    {other: []string{"Das Armband aus vergoldetem Edelstahl ist fein gearbeitet."}, leather: []string{"Das Armband hat ein Band aus Leder."}},
	"it":    {other: []string{"Niente a che fare con il cuoio capelluto: un bracciale d'acciaio dorato."}, leather: []string{"Il bracciale ha un cinturino in cuoio."}},
	"es":    {other: []string{"Nada que ver con el cuero cabelludo: una pulsera de acero dorado."}, leather: []string{"La pulsera lleva una correa de cuero."}},
	"pt":    {other: []string{"Nada a ver com o couro cabeludo: uma pulseira de aço dourado."}, leather: []string{"A pulseira tem uma tira de couro."}},
	"nl":    {other: []string{"Leer hoe je de armband van verguld staal combineert.", "Je zult deze armband snel leren kennen.", "Wat leer je van deze armband? Dat verguld staal mooi blijft."}, leather: []string{"De armband heeft een band van leer.", "Een armband met een leren band."}},
	"sv":    {other: []string{"Lär dig hur du kombinerar armbandet."}, leather: []string{"Armbandet har ett band i läder."}},
	"da":    {other: []string{"Lær hvordan du kombinerer armbåndet."}, leather: []string{"Armbåndet har en rem af læder."}},
	"nb":    {other: []string{"Lær hvordan du kombinerer armbåndet i forgylt stål.", "Du vil fort lære å like dette armbåndet."}, leather: []string{"Armbåndet har en reim i lær."}},
	"fi":    {other: []string{"Rannekoru on kullattua ruostumatonta terästä."}, leather: []string{"Rannekorussa on nahkaa."}},
	"pl":    {other: []string{"Bransoletka dobrze wygląda na opalonej skórze."}, leather: []string{"Bransoletka jest wykonana ze skóry naturalnej."}},
	"cs":    {other: []string{"Náramek je šetrný ke kůži."}, leather: []string{"Náramek má pásek z pravé kůže."}},
	"tr":    {other: []string{"Bilezik manşetin altında şık durur."}, leather: []string{"Bileziğin deri bir kayışı var."}},
	"el":    {other: []string{"Το βραχιόλι ταιριάζει με μαυρισμένο δέρμα."}, leather: []string{"Το βραχιόλι έχει λουράκι από δέρμα."}},
	"ar":    {other: []string{"سوار لطيف على الجلد."}, leather: []string{"السوار مصنوع من الجلد."}},
	"ja":    {other: []string{"革新的なデザインの金メッキステンレスのブレスレットです。", "金メッキのステンレスが改革をもたらしたブレスレット。"}, leather: []string{"このブレスレットは革のストラップ付きです。"}},
	"ko":    {other: []string{"혁신적인 디자인의 팔찌입니다."}, leather: []string{"이 팔찌는 가죽 스트랩으로 되어 있습니다."}},
	"zh-CN": {other: []string{"这款手链设计革新。"}, leather: []string{"这款手链配有皮革表带。"}},
	"zh-TW": {other: []string{"這款手鏈設計革新。"}, leather: []string{"這款手鏈配有皮革錶帶。"}},
}

// TestKindsMaterialHomograph (issue #13, rel9: nl "leer", to learn,
// blocked a steel bracelet as leather) in every supported locale.
func TestKindsMaterialHomograph(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var other, leather []lt
	perLocale(t, rel9HomographTexts, "rel9 homograph", func(loc string, x rel9HomographLang, in func([]string) []lt) {
		other = append(other, in(x.other)...)
		leather = append(leather, in(x.leather)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"material word in another sense", rel9SteelBracelet, "", other},
		{"leather said of the piece", rel9SteelBracelet, CatGrounding, leather},
	})
}

// rel9SapphireStuds are the ninth set's 9k studs with two blue sapphires.
var rel9SapphireStuds = core.Product{SKU: "R99", Name: "Iris", Category: "earrings", Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
	Colours: []string{"gold", "blue"}, Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 2}}}

// rel9BesideLang is one language's "next to": beside one of the piece's
// own stones it places a stone the product lacks in the piece (block:
// da "Ved siden af hver safir sidder en lille tanzanit" passed, "ved
// siden af" read as a cross-sell); beside other pieces it suggests them
// (pass).
type rel9BesideLang struct {
	inPiece, otherPiece []string
}

var rel9BesideTexts = map[string]rel9BesideLang{
	"en":    {inPiece: []string{"Next to each sapphire sits a small tanzanite."}, otherPiece: []string{"Wear them next to your rings with rubies."}},
	"fr":    {inPiece: []string{"À côté de chaque saphir se trouve une petite tanzanite."}, otherPiece: []string{"Portez-les à côté de vos bagues en rubis."}},
	"de":    {inPiece: []string{"Neben jedem Saphir sitzt ein kleiner Tansanit."}, otherPiece: []string{"Tragen Sie sie neben Ihren Ringen mit Rubinen."}},
	"it":    {inPiece: []string{"Accanto a ogni zaffiro c'è una piccola tanzanite."}, otherPiece: []string{"Indossali accanto ai tuoi anelli con rubini."}},
	"es":    {inPiece: []string{"Junto a cada zafiro hay una pequeña tanzanita."}, otherPiece: []string{"Llévalos junto a tus anillos con rubíes."}},
	"pt":    {inPiece: []string{"Ao lado de cada safira há uma pequena tanzanite."}, otherPiece: []string{"Use-os ao lado dos seus anéis com rubis."}},
	"nl":    {inPiece: []string{"Naast elke saffier zit een kleine tanzaniet."}, otherPiece: []string{"Draag ze naast je ringen met robijnen."}},
	"sv":    {inPiece: []string{"Bredvid varje safir sitter en liten tanzanit."}, otherPiece: []string{"Bär dem bredvid dina ringar med rubiner."}},
	"da":    {inPiece: []string{"Ved siden af hver safir sidder en lille tanzanit."}, otherPiece: []string{"Bær dem ved siden af dine ringe med rubiner."}},
	"nb":    {inPiece: []string{"Ved siden av hver safir sitter en liten tanzanitt."}, otherPiece: []string{"Bruk dem ved siden av ringene dine med rubiner."}},
	"fi":    {inPiece: []string{"Jokaisen safiirin vieressä on pieni tansaniitti."}, otherPiece: []string{"Yhdistä ne rubiinisormuksiisi."}},
	"pl":    {inPiece: []string{"Obok każdego szafiru znajduje się mały tanzanit."}, otherPiece: []string{"Noś je obok swoich pierścionków z rubinami."}},
	"cs":    {inPiece: []string{"Vedle každého safíru sedí malý tanzanit."}, otherPiece: []string{"Noste je vedle svých prstenů s rubíny."}},
	"tr":    {inPiece: []string{"Her safirin yanında küçük bir tanzanit var."}, otherPiece: []string{"Yakutlu yüzüklerinizin yanında takın."}},
	"el":    {inPiece: []string{"Δίπλα σε κάθε ζαφείρι υπάρχει ένας μικρός τανζανίτης."}, otherPiece: []string{"Συνδυάστε τα με τα δαχτυλίδια σας με ρουμπίνια."}},
	"ar":    {inPiece: []string{"بجانب كل ياقوتة زرقاء حجر تنزانيت صغير."}, otherPiece: []string{"ارتديها بجانب خواتمك المرصعة بالياقوت الأحمر."}},
	"ja":    {inPiece: []string{"それぞれのサファイアの隣に小さなタンザナイトが付いています。"}, otherPiece: []string{"ルビーのリングと並べて着けても素敵です。"}},
	"ko":    {inPiece: []string{"각 사파이어 옆에 작은 탄자나이트가 있습니다."}, otherPiece: []string{"루비 반지 옆에 함께 착용해 보세요."}},
	"zh-CN": {inPiece: []string{"每颗蓝宝石旁边都有一颗小坦桑石。"}, otherPiece: []string{"可与红宝石戒指一起佩戴。"}},
	"zh-TW": {inPiece: []string{"每顆藍寶石旁邊都有一顆小坦桑石。"}, otherPiece: []string{"可與紅寶石戒指一起佩戴。"}},
}

// TestKindsBesideOwnStone (issue #13, rel9: da "ved siden af hver safir",
// es-MX "junto al broche" hid a stone the product lacks) in every
// supported locale.
func TestKindsBesideOwnStone(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var in, other []lt
	perLocale(t, rel9BesideTexts, "rel9 beside", func(loc string, x rel9BesideLang, add func([]string) []lt) {
		in = append(in, add(x.inPiece)...)
		other = append(other, add(x.otherPiece)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a stone beside the piece's own", rel9SapphireStuds, CatGrounding, in},
		{"beside other pieces", rel9SapphireStuds, "", other},
	})
}
