package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// cg10 tables (issue #13, the kinds the ninth blind set found short:
// count_group, legal_qualifier, claim_tarnish), in every supported locale,
// written from the kind's description, not from any case.

// cg10Halo is a halo ring of one centre diamond and twelve around it;
// cg10Duo a ring of three blue and six white sapphires.
var (
	cg10Halo = core.Product{SKU: "K10H", Name: "Orbit", Category: "ring", Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 12, Origin: core.OriginNatural}}}
	cg10Duo = core.Product{SKU: "K10D", Name: "Tide", Category: "ring", Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Colours: []string{"silver", "blue", "white"},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 3, Origin: core.OriginNatural}, {Type: "sapphire", Colour: "white", Count: 6, Origin: core.OriginNatural}}}
)

// cg10CountLang is one language's counts on the two products: a group's
// count in words, digits, with classifiers and inflected numerals, a halo
// "of 12", "1 + 12", "a dozen", the total "in all", a generic stone noun
// for one group (true, must pass), and a count no group and no total has
// (false, must block).
type cg10CountLang struct {
	haloTrue, haloFalse, duoTrue, duoFalse []string
}

var cg10CountTexts = map[string]cg10CountLang{
	"en": {haloTrue: []string{"A halo of 12 diamonds frames the centre diamond.", "The ring is set with 1 + 12 diamonds.", "13 diamonds in all catch the light.", "A dozen smaller diamonds surround the centre stone.", "Twelve small stones circle the centre diamond.", "The centre diamond is surrounded by twelve smaller ones.", "Thirteen diamonds in total: one centre stone and a halo of twelve."},
		haloFalse: []string{"A halo of 10 diamonds frames the centre diamond.", "15 diamonds in all catch the light.", "The centre diamond is surrounded by ten smaller diamonds."},
		duoTrue:   []string{"Three blue sapphires alternate with six white sapphires.", "Six white stones sit between the blue sapphires.", "Nine sapphires in all, three of them blue."},
		duoFalse:  []string{"Four blue sapphires alternate with six white sapphires.", "Eight white sapphires sit between the blue sapphires."}},
	"fr": {haloTrue: []string{"Un halo de 12 diamants encadre le diamant central.", "La bague est sertie de 1 + 12 diamants.", "13 diamants au total captent la lumière.", "Une douzaine de petits diamants entourent la pierre centrale.", "Douze petites pierres entourent le diamant central.", "Le diamant central est entouré de douze plus petits."},
		haloFalse: []string{"Un halo de 10 diamants encadre le diamant central.", "15 diamants au total captent la lumière."},
		duoTrue:   []string{"Trois saphirs bleus alternent avec six saphirs blancs.", "Six pierres blanches entourent les saphirs bleus.", "Neuf saphirs au total, dont trois bleus."},
		duoFalse:  []string{"Quatre saphirs bleus alternent avec six saphirs blancs."}},
	"de": {haloTrue: []string{"Ein Halo aus 12 Diamanten umrahmt den mittleren Diamanten.", "Der Ring ist mit 1 + 12 Diamanten besetzt.", "Insgesamt 13 Diamanten fangen das Licht.", "Ein Dutzend kleinere Diamanten umgeben den Mittelstein.", "Zwölf kleine Steine umgeben den Diamanten in der Mitte."},
		haloFalse: []string{"Ein Halo aus 10 Diamanten umrahmt den mittleren Diamanten.", "Insgesamt 15 Diamanten fangen das Licht."},
		duoTrue:   []string{"Drei blaue Saphire wechseln sich mit sechs weißen Saphiren ab.", "Sechs weiße Steine umgeben die blauen Saphire.", "Neun Saphire insgesamt, davon drei blaue."},
		duoFalse:  []string{"Vier blaue Saphire wechseln sich mit sechs weißen Saphiren ab."}},
	"it": {haloTrue: []string{"Un halo di 12 diamanti incornicia il diamante centrale.", "L'anello è incastonato con 1 + 12 diamanti.", "13 diamanti in tutto catturano la luce.", "Una dozzina di piccoli diamanti circonda la pietra centrale.", "Dodici piccole pietre circondano il diamante centrale."},
		haloFalse: []string{"Un halo di 10 diamanti incornicia il diamante centrale.", "15 diamanti in tutto catturano la luce."},
		duoTrue:   []string{"Tre zaffiri blu si alternano a sei zaffiri bianchi.", "Sei pietre bianche circondano gli zaffiri blu.", "Nove zaffiri in tutto, di cui tre blu."},
		duoFalse:  []string{"Quattro zaffiri blu si alternano a sei zaffiri bianchi."}},
	"es": {haloTrue: []string{"Un halo de 12 diamantes enmarca el diamante central.", "El anillo lleva engastados 1 + 12 diamantes.", "13 diamantes en total atrapan la luz.", "Una docena de pequeños diamantes rodea la piedra central.", "Doce piedras pequeñas rodean el diamante central."},
		haloFalse: []string{"Un halo de 10 diamantes enmarca el diamante central.", "15 diamantes en total atrapan la luz."},
		duoTrue:   []string{"Tres zafiros azules se alternan con seis zafiros blancos.", "Seis piedras blancas rodean los zafiros azules.", "Nueve zafiros en total, tres de ellos azules."},
		duoFalse:  []string{"Cuatro zafiros azules se alternan con seis zafiros blancos."}},
	"pt": {haloTrue: []string{"Um halo de 12 diamantes emoldura o diamante central.", "O anel é cravejado com 1 + 12 diamantes.", "13 diamantes no total captam a luz.", "Uma dúzia de pequenos diamantes rodeia a pedra central.", "Doze pedras pequenas rodeiam o diamante central."},
		haloFalse: []string{"Um halo de 10 diamantes emoldura o diamante central.", "15 diamantes no total captam a luz."},
		duoTrue:   []string{"Três safiras azuis alternam com seis safiras brancas.", "Seis pedras brancas rodeiam as safiras azuis.", "Nove safiras no total, três delas azuis."},
		duoFalse:  []string{"Quatro safiras azuis alternam com seis safiras brancas."}},
	"nl": {haloTrue: []string{"Een halo van 12 diamanten omlijst de middelste diamant.", "De ring is gezet met 1 + 12 diamanten.", "In totaal 13 diamanten vangen het licht.", "Een dozijn kleinere diamanten omringt de middensteen.", "Twaalf kleine stenen omringen de diamant in het midden."},
		haloFalse: []string{"Een halo van 10 diamanten omlijst de middelste diamant.", "In totaal 15 diamanten vangen het licht."},
		duoTrue:   []string{"Drie blauwe saffieren wisselen af met zes witte saffieren.", "Zes witte stenen omringen de blauwe saffieren.", "Negen saffieren in totaal, waarvan drie blauw."},
		duoFalse:  []string{"Vier blauwe saffieren wisselen af met zes witte saffieren."}},
	"sv": {haloTrue: []string{"En halo av 12 diamanter ramar in diamanten i mitten.", "Ringen är fattad med 1 + 12 diamanter.", "Totalt 13 diamanter fångar ljuset.", "Ett dussin mindre diamanter omger mittstenen.", "Tolv små stenar omger diamanten i mitten."},
		haloFalse: []string{"En halo av 10 diamanter ramar in diamanten i mitten.", "Totalt 15 diamanter fångar ljuset."},
		duoTrue:   []string{"Tre blå safirer växlar med sex vita safirer.", "Sex vita stenar omger de blå safirerna.", "Nio safirer totalt, varav tre blå."},
		duoFalse:  []string{"Fyra blå safirer växlar med sex vita safirer."}},
	"da": {haloTrue: []string{"En halo af 12 diamanter indrammer diamanten i midten.", "Ringen er besat med 1 + 12 diamanter.", "I alt 13 diamanter fanger lyset.", "Et dusin mindre diamanter omgiver midterstenen.", "Tolv små sten omgiver diamanten i midten."},
		haloFalse: []string{"En halo af 10 diamanter indrammer diamanten i midten.", "I alt 15 diamanter fanger lyset."},
		duoTrue:   []string{"Tre blå safirer veksler med seks hvide safirer.", "Seks hvide sten omgiver de blå safirer.", "Ni safirer i alt, heraf tre blå."},
		duoFalse:  []string{"Fire blå safirer veksler med seks hvide safirer."}},
	"nb": {haloTrue: []string{"En halo av 12 diamanter rammer inn diamanten i midten.", "Ringen er besatt med 1 + 12 diamanter.", "Totalt 13 diamanter fanger lyset.", "Et dusin mindre diamanter omgir midtsteinen.", "Tolv små steiner omgir diamanten i midten."},
		haloFalse: []string{"En halo av 10 diamanter rammer inn diamanten i midten.", "Totalt 15 diamanter fanger lyset."},
		duoTrue:   []string{"Tre blå safirer veksler med seks hvite safirer.", "Seks hvite steiner omgir de blå safirene.", "Ni safirer totalt, hvorav tre blå."},
		duoFalse:  []string{"Fire blå safirer veksler med seks hvite safirer."}},
	"fi": {haloTrue: []string{"12 timantin halo kehystää keskimmäistä timanttia.", "Sormukseen on istutettu 1 + 12 timanttia.", "Yhteensä 13 timanttia vangitsee valon.", "Tusina pienempää timanttia ympäröi keskikiveä.", "Kaksitoista pientä kiveä ympäröi keskimmäistä timanttia.", "Keskikiveä ympäröi 12 timanttia."},
		haloFalse: []string{"10 timantin halo kehystää keskimmäistä timanttia.", "Yhteensä 15 timanttia vangitsee valon.", "Keskikiveä ympäröi 10 timanttia."},
		duoTrue:   []string{"Kolme sinistä safiiria vuorottelee kuuden valkoisen safiirin kanssa.", "Kuusi valkoista kiveä ympäröi sinisiä safiireja.", "Yhteensä yhdeksän safiiria, joista kolme sinistä."},
		duoFalse:  []string{"Neljä sinistä safiiria vuorottelee kuuden valkoisen safiirin kanssa."}},
	"pl": {haloTrue: []string{"Pierścień z 12 diamentów otacza centralny diament.", "Pierścionek zdobi 1 + 12 diamentów.", "Łącznie 13 diamentów chwyta światło.", "Tuzin mniejszych diamentów otacza centralny kamień.", "Centralny diament otacza dwanaście małych kamieni.", "Pierścionek ozdobiony dwunastoma diamentami wokół centralnego diamentu.", "Wokół centralnego diamentu lśni 12 mniejszych kamieni."},
		haloFalse: []string{"Aureola z 10 diamentów otacza centralny diament.", "Łącznie 15 diamentów chwyta światło.", "Pierścionek ozdobiony dziesięcioma diamentami wokół centralnego diamentu."},
		duoTrue:   []string{"Trzy niebieskie szafiry przeplatają się z sześcioma białymi szafirami.", "Sześć białych kamieni otacza niebieskie szafiry.", "Łącznie dziewięć szafirów, w tym trzy niebieskie."},
		duoFalse:  []string{"Cztery niebieskie szafiry przeplatają się z sześcioma białymi szafirami."}},
	"cs": {haloTrue: []string{"Halo z 12 diamantů rámuje středový diamant.", "Prsten zdobí 1 + 12 diamantů.", "Celkem 13 diamantů zachycuje světlo.", "Tucet menších diamantů obklopuje středový kámen.", "Středový diamant obklopuje dvanáct malých kamenů.", "Prsten osázený dvanácti diamanty kolem středového diamantu.", "Kolem středového diamantu září 12 menších kamenů."},
		haloFalse: []string{"Halo z 10 diamantů rámuje středový diamant.", "Celkem 15 diamantů zachycuje světlo.", "Prsten osázený deseti diamanty kolem středového diamantu."},
		duoTrue:   []string{"Tři modré safíry se střídají se šesti bílými safíry.", "Šest bílých kamenů obklopuje modré safíry.", "Celkem devět safírů, z toho tři modré."},
		duoFalse:  []string{"Čtyři modré safíry se střídají se šesti bílými safíry."}},
	"tr": {haloTrue: []string{"12 pırlantadan oluşan bir hale ortadaki pırlantayı çevreliyor.", "Yüzükte 1 + 12 pırlanta var.", "Toplam 13 pırlanta ışığı yakalıyor.", "Bir düzine küçük pırlanta orta taşı çevreliyor.", "On iki küçük taş ortadaki pırlantayı çevreliyor."},
		haloFalse: []string{"10 pırlantadan oluşan bir hale ortadaki pırlantayı çevreliyor.", "Toplam 15 pırlanta ışığı yakalıyor."},
		duoTrue:   []string{"Üç mavi safir altı beyaz safirle sıralanıyor.", "Altı beyaz taş mavi safirleri çevreliyor.", "Toplam dokuz safir, üçü mavi."},
		duoFalse:  []string{"Dört mavi safir altı beyaz safirle sıralanıyor."}},
	"el": {haloTrue: []string{"Ένα halo από 12 διαμάντια πλαισιώνει το κεντρικό διαμάντι.", "Το δαχτυλίδι φέρει 1 + 12 διαμάντια.", "Συνολικά 13 διαμάντια πιάνουν το φως.", "Μια ντουζίνα μικρότερα διαμάντια περιβάλλουν την κεντρική πέτρα.", "Δώδεκα μικρές πέτρες περιβάλλουν το κεντρικό διαμάντι.", "Το κεντρικό διαμάντι περιβάλλεται από δώδεκα μικρότερα."},
		haloFalse: []string{"Ένα halo από 10 διαμάντια πλαισιώνει το κεντρικό διαμάντι.", "Συνολικά 15 διαμάντια πιάνουν το φως."},
		duoTrue:   []string{"Τρία μπλε ζαφείρια εναλλάσσονται με έξι λευκά ζαφείρια.", "Έξι λευκές πέτρες περιβάλλουν τα μπλε ζαφείρια.", "Εννέα ζαφείρια συνολικά, τα τρία μπλε."},
		duoFalse:  []string{"Τέσσερα μπλε ζαφείρια εναλλάσσονται με έξι λευκά ζαφείρια."}},
	"ar": {haloTrue: []string{"هالة من 12 ماسة تحيط بالماسة الوسطى.", "الخاتم مرصع بـ 1 + 12 ماسة.", "13 ماسة في المجموع تلتقط الضوء.", "اثنا عشر حجرًا صغيرًا تحيط بالماسة الوسطى.", "تحيط بالماسة الوسطى اثنتا عشرة ماسة أصغر.", "تحيط بالماسة الوسطى ماسات صغيرة عددها 12."},
		haloFalse: []string{"هالة من 10 ماسات تحيط بالماسة الوسطى.", "15 ماسة في المجموع تلتقط الضوء."},
		duoTrue:   []string{"ثلاثة أحجار ياقوت أزرق تتناوب مع ستة أحجار صفير أبيض.", "ستة أحجار بيضاء تحيط بالياقوت الأزرق."},
		duoFalse:  []string{"أربعة أحجار ياقوت أزرق تتناوب مع ستة أحجار صفير أبيض."}},
	"ja": {haloTrue: []string{"12石のダイヤモンドのヘイローが中央のダイヤモンドを縁取ります。", "1+12石のダイヤモンドをセッティングしたリングです。", "合計13石のダイヤモンドが光を集めます。", "中央のダイヤモンドを小さな石12個が囲みます。", "中央のダイヤモンドを12粒のメレダイヤモンドが囲みます。", "中央のダイヤモンドを十二粒の小さなダイヤモンドが囲みます。"},
		haloFalse: []string{"10石のダイヤモンドのヘイローが中央のダイヤモンドを縁取ります。", "合計15石のダイヤモンドが光を集めます。"},
		duoTrue:   []string{"ブルーサファイア3石とホワイトサファイア6石が交互に並びます。", "白い石6個がブルーサファイアを囲みます。", "サファイアは全部で9石、そのうち3石がブルーです。"},
		duoFalse:  []string{"ブルーサファイア4石とホワイトサファイア6石が交互に並びます。"}},
	"ko": {haloTrue: []string{"다이아몬드 12개로 이루어진 헤일로가 중앙 다이아몬드를 감쌉니다.", "1+12개의 다이아몬드를 세팅한 반지입니다.", "총 13개의 다이아몬드가 빛을 모읍니다.", "작은 스톤 12개가 중앙 다이아몬드를 둘러쌉니다.", "열두 알의 작은 다이아몬드가 중앙 스톤을 감쌉니다."},
		haloFalse: []string{"다이아몬드 10개로 이루어진 헤일로가 중앙 다이아몬드를 감쌉니다.", "총 15개의 다이아몬드가 빛을 모읍니다."},
		duoTrue:   []string{"블루 사파이어 3개와 화이트 사파이어 6개가 번갈아 놓입니다.", "흰 스톤 6개가 블루 사파이어를 감쌉니다.", "사파이어는 모두 9개이며 그중 3개가 블루입니다."},
		duoFalse:  []string{"블루 사파이어 4개와 화이트 사파이어 6개가 번갈아 놓입니다."}},
	"zh-CN": {haloTrue: []string{"由12颗钻石组成的光环环绕中央钻石。", "戒指镶嵌1+12颗钻石。", "共13颗钻石捕捉光线。", "十二颗小宝石环绕中央钻石。", "中央钻石周围环绕着十二颗较小的钻石。"},
		haloFalse: []string{"由10颗钻石组成的光环环绕中央钻石。", "共15颗钻石捕捉光线。"},
		duoTrue:   []string{"三颗蓝色蓝宝石与六颗白色蓝宝石交替排列。", "六颗白色宝石环绕蓝色蓝宝石。", "共九颗蓝宝石，其中三颗为蓝色。"},
		duoFalse:  []string{"四颗蓝色蓝宝石与六颗白色蓝宝石交替排列。"}},
	"zh-TW": {haloTrue: []string{"由12顆鑽石組成的光環環繞中央鑽石。", "戒指鑲嵌1+12顆鑽石。", "共13顆鑽石捕捉光線。", "十二顆小寶石環繞中央鑽石。", "中央鑽石周圍環繞著十二顆較小的鑽石。"},
		haloFalse: []string{"由10顆鑽石組成的光環環繞中央鑽石。", "共15顆鑽石捕捉光線。"},
		duoTrue:   []string{"三顆藍色藍寶石與六顆白色藍寶石交替排列。", "六顆白色寶石環繞藍色藍寶石。", "共九顆藍寶石，其中三顆為藍色。"},
		duoFalse:  []string{"四顆藍色藍寶石與六顆白色藍寶石交替排列。"}},
}

// TestKindsCountGroup10 (issue #13, count_group of the ninth blind set:
// truthful counts of one group blocked) in every supported locale.
func TestKindsCountGroup10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var ht, hf, dt, df []lt
	perLocale(t, cg10CountTexts, "cg10 count", func(loc string, x cg10CountLang, in func([]string) []lt) {
		ht = append(ht, in(x.haloTrue)...)
		hf = append(hf, in(x.haloFalse)...)
		dt = append(dt, in(x.duoTrue)...)
		df = append(df, in(x.duoFalse)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"halo count true", cg10Halo, "", ht},
		{"halo count false", cg10Halo, CatGrounding, hf},
		{"two-colour count true", cg10Duo, "", dt},
		{"two-colour count false", cg10Duo, CatGrounding, df},
	})
}

// cg10SidesLang is one language's counts given with the sides of the
// piece together and no stone noun after the number, on a ring of one
// centre diamond and eight beside it: "eight smaller ones on both sides",
// "ośmioma po bokach", "osmi po stranách", 양쪽에 … 모두 8개 are the
// group across the sides and pass; another number, and the same number
// on each side (sixteen), block.
type cg10SidesLang struct {
	total, wrong, each []string
}

var cg10SidesTexts = map[string]cg10SidesLang{
	"en":    {total: []string{"A centre diamond and eight smaller ones on both sides."}, each: []string{"A centre diamond and eight smaller ones on each side."}},
	"fr":    {total: []string{"Un diamant central et huit plus petits de part et d'autre."}, each: []string{"Un diamant central et huit plus petits de chaque côté."}},
	"de":    {total: []string{"Ein Diamant in der Mitte und acht kleinere zu beiden Seiten."}, wrong: []string{"Ein Diamant in der Mitte und sechs kleinere zu beiden Seiten."}, each: []string{"Ein Diamant in der Mitte und acht kleinere auf jeder Seite."}},
	"it":    {total: []string{"Un diamante centrale e otto più piccoli ai lati."}, wrong: []string{"Un diamante centrale e sei più piccoli ai lati."}, each: []string{"Un diamante centrale e otto più piccoli su ogni lato."}},
	"es":    {total: []string{"Un diamante central y ocho más pequeños a ambos lados."}, each: []string{"Un diamante central y ocho más pequeños a cada lado."}},
	"pt":    {total: []string{"Um diamante central e oito menores de ambos os lados."}, each: []string{"Um diamante central e oito menores de cada lado."}},
	"nl":    {total: []string{"Een diamant in het midden en acht kleinere aan weerszijden."}, wrong: []string{"Een diamant in het midden en zes kleinere aan weerszijden."}, each: []string{"Een diamant in het midden en acht kleinere aan elke kant."}},
	"sv":    {total: []string{"En diamant i mitten och åtta mindre på båda sidor."}, wrong: []string{"En diamant i mitten och sex mindre på båda sidor."}, each: []string{"En diamant i mitten och åtta mindre på varje sida."}},
	"da":    {total: []string{"En diamant i midten og otte mindre på begge sider."}, wrong: []string{"En diamant i midten og seks mindre på begge sider."}, each: []string{"En diamant i midten og otte mindre på hver side."}},
	"nb":    {total: []string{"En diamant i midten og åtte mindre på begge sider."}, wrong: []string{"En diamant i midten og seks mindre på begge sider."}, each: []string{"En diamant i midten og åtte mindre på hver side."}},
	"fi":    {total: []string{"Keskellä on timantti ja kahdeksan pienempää molemmin puolin."}, wrong: []string{"Keskellä on timantti ja kuusi pienempää molemmin puolin."}, each: []string{"Keskellä on timantti ja kahdeksan pienempää kummallakin puolella."}},
	"pl":    {total: []string{"Pośrodku lśni diament, a osiem mniejszych po bokach.", "Pierścionek z jednym diamentem pośrodku i ośmioma po bokach.", "Obrączka ma dziewięć diamentów: jeden większy pośrodku i osiem mniejszych po obu stronach."}, wrong: []string{"Pierścionek z jednym diamentem pośrodku i sześcioma po bokach."}, each: []string{"Pierścionek z jednym diamentem pośrodku i ośmioma z każdej strony."}},
	"cs":    {total: []string{"Uprostřed září diamant a osm menších po stranách.", "Prsten s jedním diamantem uprostřed a osmi po stranách.", "Prsten má devět diamantů: jeden větší uprostřed a osm menších po obou stranách."}, wrong: []string{"Prsten s jedním diamantem uprostřed a šesti po stranách."}, each: []string{"Prsten s jedním diamantem uprostřed a osmi na každé straně."}},
	"tr":    {total: []string{"Ortadaki pırlantanın her iki yanında toplam sekiz tane daha var."}},
	"el":    {total: []string{"Ένα διαμάντι στο κέντρο και οκτώ μικρότερα στα πλάγια."}, each: []string{"Ένα διαμάντι στο κέντρο και οκτώ μικρότερα σε κάθε πλευρά."}},
	"ar":    {total: []string{"ماسة في الوسط وثمانٍ أصغر منها على جانبيها."}, wrong: []string{"ماسة في الوسط وست أصغر منها على جانبيها."}},
	"ja":    {total: []string{"中央にダイヤモンド、その両側に小さなものを合わせて8つ。"}, each: []string{"中央にダイヤモンド、その左右に小さなものを8つずつ。"}},
	"ko":    {total: []string{"가운데 다이아몬드 양쪽에 작은 스톤을 모두 8개 세팅했습니다."}, wrong: []string{"가운데 다이아몬드 양쪽에 작은 스톤을 모두 6개 세팅했습니다."}},
	"zh-CN": {total: []string{"中央一颗钻石，两侧共八颗小的。"}, wrong: []string{"中央一颗钻石，两侧共六颗小的。"}, each: []string{"中央一颗钻石，两侧各八颗小的。"}},
	"zh-TW": {total: []string{"中央一顆鑽石，兩側共八顆小的。"}, wrong: []string{"中央一顆鑽石，兩側共六顆小的。"}, each: []string{"中央一顆鑽石，兩側各八顆小的。"}},
}

// cg10HaloWords is one language's word for a halo setting ("aureola" in
// Italian, Spanish, Portuguese, Polish and Czech, Finnish "aureoli"),
// which is a word of the language, not the brand "Aurelia" misspelt.
var cg10HaloWords = map[string][]string{
	"en":    {"A diamond aureole of twelve stones frames the centre diamond."},
	"fr":    {"Une auréole de douze diamants entoure le diamant central."},
	"de":    {"Eine Aureole aus zwölf Diamanten umgibt den Mittelstein."},
	"it":    {"Un'aureola di dodici diamanti circonda il diamante centrale.", "Il diamante centrale è racchiuso in un'aureola di diamanti."},
	"es":    {"Una aureola de doce diamantes rodea el diamante central.", "El diamante central brilla dentro de su aureola."},
	"pt":    {"Uma auréola de doze diamantes rodeia o diamante central.", "Uma aureola de diamantes envolve o diamante central."},
	"nl":    {"Een aureool van twaalf diamanten omringt de middensteen."},
	"sv":    {"En aureol av tolv diamanter omger mittstenen."},
	"da":    {"En aureole af tolv diamanter omgiver midterstenen."},
	"nb":    {"En aureol av tolv diamanter omgir midtsteinen."},
	"fi":    {"Kahdentoista timantin aureoli ympäröi keskikiveä.", "Keskikiveä kehystää timanttien aureoli."},
	"pl":    {"Aureola z dwunastu diamentów otacza centralny diament.", "Centralny diament otacza aureola dwunastu diamentów.", "Pierścionek z 13 diamentami: jednym centralnym i dwunastoma w aureoli.", "Diament w aureoli z dwunastu mniejszych."},
	"cs":    {"Aureola z dvanácti diamantů obklopuje středový diamant.", "Středový diamant září v aureole dvanácti diamantů."},
	"tr":    {"On iki pırlantadan bir hale orta taşı çevreliyor."},
	"el":    {"Ένα φωτοστέφανο από δώδεκα διαμάντια περιβάλλει το κεντρικό διαμάντι."},
	"ar":    {"هالة من اثنتي عشرة ماسة تحيط بالماسة الوسطى."},
	"ja":    {"12石のダイヤモンドのヘイローが中央のダイヤモンドを囲みます。"},
	"ko":    {"다이아몬드 12개의 헤일로가 중앙 다이아몬드를 감쌉니다."},
	"zh-CN": {"十二颗钻石组成的光环环绕中央钻石。"},
	"zh-TW": {"十二顆鑽石組成的光環環繞中央鑽石。"},
}

// TestKindsCountSides10 (issue #13, count_group: a count of the stones on
// both sides together read as a count per side) in every supported
// locale.
func TestKindsCountSides10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var total, wrong, each []lt
	perLocale(t, cg10SidesTexts, "cg10 sides", func(loc string, x cg10SidesLang, in func([]string) []lt) {
		total = append(total, in(x.total)...)
		wrong = append(wrong, in(x.wrong)...)
		each = append(each, in(x.each)...)
	})
	var halo []lt
	perLocale(t, cg10HaloWords, "cg10 halo", func(loc string, x []string, in func([]string) []lt) {
		halo = append(halo, in(x)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"count across both sides", cg10Eight, "", total},
		{"another count across both sides", cg10Eight, CatGrounding, wrong},
		{"the group's count on each side", cg10Eight, CatGrounding, each},
		{"halo word beside the brand", cg10Halo, "", halo},
	})
}

// cg10Eight is a ring of one centre diamond and eight beside it.
var cg10Eight = core.Product{SKU: "K10E", Name: "Band", Category: "ring", Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"silver"},
	Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 8, Origin: core.OriginNatural}}}
