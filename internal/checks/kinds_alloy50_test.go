package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsAlloy50 (#13, alloy50): the alloys of blind set
// 50's pools, explained by what they are made of or free of.
var (
	alloy50Ti23 = core.Product{SKU: "A50T", Name: "Titanium Climber Earrings", Category: "earrings", Collection: "Reflexions", Materials: []string{"grade-23 titanium"},
		Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"silver grey"}, Features: []string{"nickel-free", "lightweight"},
		Attributes: map[string]string{"titanium_grade": "ASTM F136 grade 23"}}
	alloy50PdWhite = core.Product{SKU: "A50P", Name: "Palladium White Gold Band", Category: "ring", Collection: "Timeless", Materials: []string{"18k palladium white gold"},
		Metals: []core.Metal{{Base: "palladium white gold", Fineness: "18k"}}, Colours: []string{"white"}, Features: []string{"nickel-free"},
		Attributes: map[string]string{"alloy": "palladium white gold"}}
	alloy50Pt900 = core.Product{SKU: "A50I", Name: "Platinum Solitaire Band", Category: "ring", Collection: "Timeless", Materials: []string{"platinum 900 iridium"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "900"}}, Colours: []string{"white"}}
	alloy50Rose = core.Product{SKU: "A50R", Name: "Rose Gold Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"14k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "14k"}}, Colours: []string{"rose gold"}}
	alloy50Gold9 = core.Product{SKU: "A50G", Name: "Timeless Signet", Category: "ring", Collection: "Timeless", Materials: []string{"9ct yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9ct"}}, Colours: []string{"gold"}}
)

// alloy50Titanium: grade-23 titanium (Ti-6Al-4V ELI, ASTM F136) explained
// as titanium with aluminium and vanadium, in 25 locales (released 50A
// en-GB, it-IT, ko-KR 50A104 blocked aluminium as a material of the piece).
var alloy50Titanium = [][2]string{
	{"en-GB", "Grade-23 titanium is titanium with small amounts of aluminium and vanadium, which makes it strong and light."},
	{"en-US", "Grade 23 titanium is an alloy of titanium with about 6% aluminum and 4% vanadium."},
	{"en-AU", "Ti-6Al-4V is titanium alloyed with aluminium and vanadium, refined to keep impurities low."},
	{"de-DE", "Titan Grad 23 ist Titan mit geringen Anteilen von Aluminium und Vanadium."},
	{"fr-FR", "Le titane de grade 23 est un titane allié à de petites quantités d'aluminium et de vanadium."},
	{"fr-CA", "Le titane grade 23 est un alliage de titane avec environ 6 % d'aluminium et 4 % de vanadium."},
	{"es-ES", "El titanio de grado 23 es titanio con pequeñas cantidades de aluminio y vanadio."},
	{"es-MX", "El titanio grado 23 es una aleación de titanio con un poco de aluminio y vanadio."},
	{"it-IT", "Il titanio grado 23 è una lega di titanio con piccole quantità di alluminio e vanadio."},
	{"pt-PT", "O titânio de grau 23 é titânio com pequenas quantidades de alumínio e vanádio."},
	{"pt-BR", "O titânio grau 23 é uma liga de titânio com um pouco de alumínio e vanádio."},
	{"nl-NL", "Titanium graad 23 is titanium met kleine hoeveelheden aluminium en vanadium."},
	{"nb-NO", "Titan grad 23 er titan med små mengder aluminium og vanadium."},
	{"da-DK", "Titanium grade 23 er titanium med små mængder aluminium og vanadium."},
	{"sv-SE", "Titan grad 23 är titan med små mängder aluminium och vanadin."},
	{"fi-FI", "Luokan 23 titaani on titaaniseos, jossa on pieniä määriä alumiinia ja vanadiinia."},
	{"pl-PL", "Tytan klasy 23 to stop tytanu z niewielką ilością aluminium i wanadu."},
	{"cs-CZ", "Titan třídy 23 je slitina titanu s malým množstvím hliníku a vanadu."},
	{"el-GR", "Το τιτάνιο βαθμού 23 είναι κράμα τιτανίου με μικρές ποσότητες αλουμινίου και βαναδίου."},
	{"tr-TR", "23. sınıf titanyum, az miktarda alüminyum ve vanadyum içeren bir titanyum alaşımıdır."},
	{"ar-AE", "التيتانيوم من الدرجة 23 سبيكة من التيتانيوم مع كميات صغيرة من الألومنيوم والفاناديوم."},
	{"ja-JP", "グレード23チタンは、チタンに少量のアルミニウムとバナジウムを加えた合金です。"},
	{"ko-KR", "그레이드 23 티타늄은 티타늄에 소량의 알루미늄과 바나듐을 더한 합금입니다."},
	{"zh-CN", "23级钛是在钛中加入少量铝和钒制成的合金。"},
	{"zh-TW", "23級鈦是在鈦中加入少量鋁和釩製成的合金。"},
}

// alloy50Compared: titanium compared with aluminium, the standard of a
// comparison, in 25 locales.
var alloy50Compared = [][2]string{
	{"en-GB", "Titanium is stronger than aluminium and far lighter than steel."},
	{"en-US", "Titanium is stronger than aluminum and much lighter than steel."},
	{"en-AU", "Titanium is stronger than aluminium, yet light enough to forget you are wearing it."},
	{"de-DE", "Titan ist fester als Aluminium und viel leichter als Stahl."},
	{"fr-FR", "Le titane est plus résistant que l'aluminium et bien plus léger que l'acier."},
	{"fr-CA", "Le titane est plus solide que l'aluminium et beaucoup plus léger que l'acier."},
	{"es-ES", "El titanio es más resistente que el aluminio y mucho más ligero que el acero."},
	{"es-MX", "El titanio es más resistente que el aluminio y mucho más ligero que el acero."},
	{"it-IT", "Il titanio è più resistente dell'alluminio e molto più leggero dell'acciaio."},
	{"pt-PT", "O titânio é mais resistente do que o alumínio e muito mais leve do que o aço."},
	{"pt-BR", "O titânio é mais resistente que o alumínio e muito mais leve que o aço."},
	{"nl-NL", "Titanium is sterker dan aluminium en veel lichter dan staal."},
	{"nb-NO", "Titan er sterkere enn aluminium og mye lettere enn stål."},
	{"da-DK", "Titanium er stærkere end aluminium og meget lettere end stål."},
	{"sv-SE", "Titan är starkare än aluminium och mycket lättare än stål."},
	{"fi-FI", "Titaani on alumiinia lujempaa ja paljon terästä kevyempää."},
	{"pl-PL", "Tytan jest mocniejszy od aluminium i dużo lżejszy od stali."},
	{"cs-CZ", "Titan je pevnější než hliník a mnohem lehčí než ocel."},
	{"el-GR", "Το τιτάνιο είναι πιο ανθεκτικό από το αλουμίνιο και πολύ ελαφρύτερο από τον χάλυβα."},
	{"tr-TR", "Titanyum alüminyumdan daha dayanıklıdır ve çelikten çok daha hafiftir."},
	{"ar-AE", "التيتانيوم أقوى من الألومنيوم وأخف بكثير من الفولاذ."},
	{"ja-JP", "チタンはアルミニウムより強く、鋼よりずっと軽い金属です。"},
	{"ko-KR", "티타늄은 알루미늄보다 강하고 강철보다 훨씬 가볍습니다."},
	{"zh-CN", "钛比铝更坚固，也比钢轻得多。"},
	{"zh-TW", "鈦比鋁更堅固，也比鋼輕得多。"},
}

// alloy50NickelGeneric: nickel said of white gold in general, in a clause
// with a word of what such alloys usually hold and no word of the piece,
// beside the palladium this piece's alloy holds instead (probe 50D en-AU
// 50D103, sv-SE 50D104 blocked nickel on a nickel-free palladium white
// gold).
var alloy50NickelGeneric = [][2]string{
	{"en-GB", "White gold is often whitened with nickel; this alloy uses palladium instead."},
	{"en-US", "Much white gold is whitened with nickel; this alloy uses palladium instead, so the band is nickel-free."},
	{"en-AU", "Many white golds contain nickel, but this one is alloyed with palladium."},
	{"de-DE", "Weißgold wird oft mit Nickel legiert, hier sorgt stattdessen Palladium für die helle Farbe."},
	{"fr-FR", "L'or gris est souvent blanchi au nickel ; cet alliage utilise du palladium à la place."},
	{"fr-CA", "L'or blanc est souvent blanchi au nickel, mais cet alliage utilise le palladium."},
	{"es-ES", "El oro blanco a menudo se blanquea con níquel, pero esta aleación usa paladio."},
	{"es-MX", "Muchas aleaciones de oro blanco llevan níquel; aquí se usa paladio."},
	{"it-IT", "L'oro bianco è spesso legato con il nichel, ma questa lega usa il palladio."},
	{"pt-PT", "O ouro branco é muitas vezes branqueado com níquel, mas esta liga usa paládio."},
	{"pt-BR", "O ouro branco muitas vezes leva níquel, mas esta liga usa paládio."},
	{"nl-NL", "Witgoud wordt vaak gebleekt met nikkel, maar deze legering gebruikt palladium."},
	{"nb-NO", "Hvitt gull blekes ofte med nikkel, men her brukes palladium."},
	{"da-DK", "Hvidguld bleges ofte med nikkel, men her bruges palladium."},
	{"sv-SE", "Vitguld blekas ofta med nickel, men här används palladium, så ringen är nickelfri."},
	{"fi-FI", "Valkokulta valkaistaan usein nikkelillä, mutta tässä seoksessa käytetään palladiumia."},
	{"pl-PL", "Białe złoto często wybiela się niklem, ale ten stop zawiera pallad."},
	{"cs-CZ", "Bílé zlato se často bělí niklem, ale tato slitina používá palladium."},
	{"el-GR", "Ο λευκός χρυσός συχνά λευκαίνεται με νικέλιο, αλλά αυτό το κράμα χρησιμοποιεί παλλάδιο."},
	{"tr-TR", "Beyaz altın genellikle nikelle beyazlatılır, ancak bu alaşımda paladyum kullanılır."},
	{"ar-AE", "غالبًا ما يُبيَّض الذهب الأبيض بالنيكل، لكن هذه السبيكة تستخدم البلاديوم."},
	{"ja-JP", "ホワイトゴールドは通常ニッケルで白くされますが、この合金はパラジウムを使っています。"},
	{"ko-KR", "화이트 골드는 흔히 니켈로 희게 만들지만, 이 합금은 팔라듐을 사용합니다."},
	{"zh-CN", "白金通常用镍来增白，而这种合金使用钯。"},
	{"zh-TW", "白金通常用鎳來增白，而這種合金使用鈀。"},
}

// alloy50Gold9Rest: nine-carat gold's rest named as silver and copper.
var alloy50Gold9Rest = [][2]string{
	{"en-GB", "Nine-carat gold is 37.5 per cent gold; the rest is silver and copper."},
	{"de-DE", "Neunkarätiges Gold besteht zu 37,5 Prozent aus Gold, der Rest ist Silber und Kupfer."},
	{"sv-SE", "Nio karat betyder att 37,5 procent av metallen är rent guld, blandat med silver och koppar."},
	{"it-IT", "L'oro 9 carati contiene il 37,5% di oro; il resto è argento e rame."},
}

// alloy50Pt900Rows: platinum 900's iridium named as what the alloy holds.
var alloy50Pt900Rows = [][2]string{
	{"en-GB", "Platinum 900 is 90% platinum and 10% iridium, which makes it harder."},
	{"de-DE", "Platin 900 besteht zu 90 % aus Platin und zu 10 % aus Iridium."},
	{"fr-FR", "Le platine 900 contient 90 % de platine et 10 % d'iridium."},
	{"it-IT", "Il platino 900 è composto per il 90% da platino e per il 10% da iridio."},
	{"es-ES", "El platino 900 tiene un 90 % de platino y un 10 % de iridio."},
	{"pl-PL", "Platyna 900 to 90% platyny i 10% irydu."},
	{"ja-JP", "プラチナ900は、プラチナ90%とイリジウム10%の合金です。"},
}

// alloy50RoseRows: rose gold's copper named as what gives its colour.
var alloy50RoseRows = [][2]string{
	{"en-GB", "Rose gold takes its blush from copper."},
	{"en-US", "Copper gives rose gold its blush."},
	{"fr-FR", "L'or rose doit sa teinte au cuivre."},
	{"es-ES", "El tono del oro rosa procede del cobre de la aleación."},
	{"zh-CN", "玫瑰金的粉调来自铜。"},
}

// alloy50Bad: the alloy's member, or its denied metal, said of the piece.
var alloy50Bad = [][2]string{
	{"en-GB", "The earrings are made of aluminium."},
	{"en-US", "These aluminum earrings are light."},
	{"en-AU", "Each climber is cut from aluminium."},
	{"de-DE", "Die Ohrringe sind aus Aluminium gefertigt."},
	{"fr-FR", "Les boucles d'oreilles sont en aluminium."},
	{"fr-CA", "Ces boucles d'oreilles sont fabriquées en aluminium."},
	{"es-ES", "Los pendientes están hechos de aluminio."},
	{"es-MX", "Los aretes están hechos de aluminio."},
	{"it-IT", "Gli orecchini sono realizzati in alluminio."},
	{"pt-PT", "Os brincos são feitos de alumínio."},
	{"pt-BR", "Os brincos são feitos de alumínio."},
	{"nl-NL", "De oorbellen zijn gemaakt van aluminium."},
	{"nb-NO", "Øredobbene er laget av aluminium."},
	{"da-DK", "Øreringene er lavet af aluminium."},
	{"sv-SE", "Örhängena är gjorda av aluminium."},
	{"fi-FI", "Korvakorut on valmistettu alumiinista."},
	{"pl-PL", "Kolczyki są wykonane z aluminium."},
	{"cs-CZ", "Náušnice jsou vyrobeny z hliníku."},
	{"el-GR", "Τα σκουλαρίκια είναι κατασκευασμένα από αλουμίνιο."},
	{"tr-TR", "Küpeler alüminyumdan yapılmıştır."},
	{"ar-AE", "الأقراط مصنوعة من الألومنيوم."},
	{"ja-JP", "このイヤリングはアルミニウム製です。"},
	{"ko-KR", "이 이어링은 알루미늄으로 만들었습니다."},
	{"zh-CN", "这对耳环由铝制成。"},
	{"zh-TW", "這對耳環由鋁製成。"},
}

// alloy50NickelBad: nickel said of the nickel-free piece's own alloy, in
// the locales whose packs know nickel's word.
var alloy50NickelBad = [][2]string{
	{"en-GB", "The band is a nickel alloy."},
	{"en-US", "Like many white golds, this ring is whitened with nickel."},
	{"de-DE", "Der Ring ist aus einer Nickellegierung."},
	{"fr-FR", "Cette bague est souvent blanchie au nickel."},
	{"es-ES", "Este anillo está aleado con níquel."},
	{"it-IT", "L'anello è in lega di nichel."},
	{"ja-JP", "このリングはニッケル合金です。"},
}

// alloy50SilverBad: silver said of the 9ct gold ring itself.
var alloy50SilverBad = [][2]string{
	{"en-GB", "A silver ring with a smooth oval top."},
	{"de-DE", "Ein Silberring mit glatter ovaler Platte."},
	{"sv-SE", "En silverring med en slät oval platta."},
	{"it-IT", "Un anello d'argento con un castone ovale liscio."},
	{"fr-FR", "Une bague en argent au plateau ovale lisse."},
}

// TestKindsAlloy50 (#13, alloy50): copy that explains what an alloy is
// made of, or what it is free of, names metals the piece is not as a
// whole: grade-23 titanium's aluminium (ASTM F136: Ti-6Al-4V ELI), the
// nickel other white golds hold where this one holds palladium (EN 1811),
// nine-carat gold's silver and copper.
func TestKindsAlloy50(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(alloy50Ti23, false, alloy50Titanium, alloy50Compared)
	rows = append(rows, pairRows(alloy50PdWhite, false, alloy50NickelGeneric)...)
	rows = append(rows, pairRows(alloy50Gold9, false, alloy50Gold9Rest)...)
	rows = append(rows, pairRows(alloy50Pt900, false, alloy50Pt900Rows)...)
	rows = append(rows, pairRows(alloy50Rose, false, alloy50RoseRows)...)
	checkKindRows(t, svc, "grounding", rows)
}

// TestKindsAlloy50Bad (#13, alloy50): the same metals said of the piece
// still block: "made of aluminium" on titanium, "a nickel alloy" on a
// nickel-free white gold, "a silver ring" on a 9ct gold ring.
func TestKindsAlloy50Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(alloy50Ti23, true, alloy50Bad)
	rows = append(rows, pairRows(alloy50PdWhite, true, alloy50NickelBad)...)
	rows = append(rows, pairRows(alloy50Gold9, true, alloy50SilverBad)...)
	rows = append(rows, pairRows(alloy50Pt900, true, [][2]string{{"en-GB", "The band is made of palladium."}, {"de-DE", "Der Ring ist aus Palladium gefertigt."}})...)
	rows = append(rows, pairRows(alloy50Rose, true, [][2]string{{"en-GB", "The hoops are copper."}, {"fr-FR", "Ces créoles sont en cuivre."}, {"en-US", "These hoops are titanium with small amounts of copper."}})...)
	checkKindRows(t, svc, "grounding", rows)
}
