package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// adv45PlatedSapphire is a heated sapphire pendant in gold-plated silver:
// a fading or tarnish claim after a sentence of the stone's heating.
var adv45PlatedSapphire = core.Product{SKU: "A45P", Name: "Sapphire Drop Pendant", Category: "pendant", Collection: "Timeless", Materials: []string{"gold-plated sterling silver", "sapphire"},
	Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "925", PlatingMicrons: 0.5}}, Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
	Colours: []string{"gold", "blue"}}

// TestKindsAdv45 (adversarial, #13): bad twins of this session's
// relaxations, each false or forbidden copy shaped like copy a relaxation
// lets pass, and clean twins of treat45's new blocking rule. 124 rows
// were written (110 here, 14 in TestKindsAdv45Open); 29 slipped on main,
// 15 are fixed:
// explain45's fracture filler excused anywhere in a sentence with a word
// of filling ("The centre stone is glass, filled with sparkle", "Filled
// with light, it is pure glass", "Der Stein ist aus Glas und mit Glanz
// gefüllt", ja/zh/tr with the glass said of the stone before a comma):
// the filler must sit within a few words of its filling word, no break
// between and no stone noun in the sentence (treatment_filling.go
// fillerNear); explain45's verb-final mineral sentence freeing a
// contained metal past a clause break ("Bakır içeren, el yapımı bir
// mineraldir"; mineral_chem.go mineralPredicate); hoops called rings
// worn on a named finger (de Zeigefinger, it anulare: measure_words
// wearer).
func TestKindsAdv45(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	f, tq := explain45Filled, explain45Turquoise
	// explain45 filling: bad twins (the piece or its stone said to be glass)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Its cracks are filled with glass, and the stone itself is glass.", f, true},
		{"en-GB", "The centre stone is glass, filled with sparkle.", f, true},
		{"en-GB", "Filled with light, it is pure glass.", f, true},
		{"en-US", "Its cracks are filled; the whole thing is made of glass.", f, true},
		{"de-DE", "Mit Licht gefüllt, ganz aus Glas.", f, true},
		{"de-DE", "Der Stein ist aus Glas und mit Glanz gefüllt.", f, true},
		{"fr-FR", "Rempli de lumière, il est tout en verre.", f, true},
		{"es-ES", "La piedra es de vidrio, rellena de brillo.", f, true},
		{"nl-NL", "De steen is van glas, gevuld met glans.", f, true},
		{"ja-JP", "このダイヤモンドは実はガラスで、亀裂は充填されています。", f, true},
		{"zh-CN", "这颗钻石其实是玻璃，裂隙经过填充。", f, true},
		{"tr-TR", "Taş aslında camdır; çatlakları doldurulmuştur.", f, true},
	})
	// explain45 chemistry: bad twins (the piece's metal in a compound)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The hoops are a copper-aluminium alloy.", tq, true},
		{"de-DE", "Die Fassung ist aus einer Kupfer-Aluminium-Legierung.", tq, true},
		{"nl-NL", "De oorbellen zijn van koper-aluminium.", tq, true},
		{"tr-TR", "Bakır içeren gövdesiyle küpeler doğal bir mineraldir.", tq, true},
		{"tr-TR", "Bakır içeren, el yapımı bir mineraldir.", tq, true},
		{"en-GB", "Made with copper-rich metal, it cradles a natural mineral.", tq, true},
	})
	// sense45 hoops called rings: wrong facts and finger words
	checkKindRows(t, svc, "", []kindRow{
		{"sv-SE", "Creolerna är tunna ringar i 18 karat guld.", sense45Hoops("Creoler"), true},
		{"de-DE", "Die Ringe sind aus Gelbgold.", sense45Hoops("Silberne Ohrringe"), true},
		{"nl-NL", "De ringen hebben een doorsnede van 30 mm.", sense45Hoops("Oorringen van gerecycled zilver"), true},
		{"es-MX", "Las arracadas son anillos de oro de 30 mm.", sense45Hoops("Arracadas de plata"), true},
		{"ja-JP", "直径30mmの細いリングです。", sense45Hoops("シルバーフープピアス"), true},
		{"ko-KR", "지름 30mm의 가는 링입니다.", sense45Hoops("실버 후프 귀걸이"), true},
		{"da-DK", "Creolerne er tynde, runde ringe i guld.", sense45Hoops("Creoler i sølv"), true},
		{"de-DE", "Die Ringe tragen Sie am Zeigefinger.", sense45Hoops("Silberne Ohrringe"), true},
		{"it-IT", "Gli anelli si portano all'anulare.", sense45Hoops("Cerchi in argento"), true},
	})
	// sense45 collection after a cue: the piece's own facts after it
	r := sense45Platinum
	checkKindRows(t, svc, "", []kindRow{
		{"pl-PL", "Noś go obok pierścionka Essence; sam jest z różowego złota.", r, true},
		{"cs-CZ", "Noste ho vedle prstenu Essence; sám je z růžového zlata.", r, true},
		{"el-GR", "Φορέστε το δίπλα στο δαχτυλίδι Essence. Είναι από ροζ χρυσό.", r, true},
		{"pl-PL", "Obok pierścionka Essence ten pierścionek z różowego złota lśni.", r, true},
	})
	// sense45 own words and inspired-by: bad twins and clean twins
	p, n, c := other44Pendant, regress44Necklace, sense45Pave
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Pair it with the Luna bracelet; the pendant hangs on a 45 cm chain.", p, true},
		{"en-GB", "Inspired by the Aurora Pendant, it hangs on a 50 cm chain.", n, true},
		{"de-DE", "Inspiriert vom Anhänger Aurora, hängt diese Kette 50 cm lang.", n, true},
		{"fr-FR", "Inspiré du pendentif Aurora, ce collier mesure 50 cm.", n, true},
		{"en-GB", "Nine zirconia on each hoop, 20 in all across the pair.", c, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Pair it with the Luna bracelet, which has its own 45 cm chain.", p, false},
		{"en-GB", "Inspired by the Aurora Pendant, a slim bar on a 42 cm chain.", n, false},
	})
	// claims45: clarity, mod/mot, result, care warning, gem, lager
	a, v, pb, m := claims45Amethyst, claims45Vermeil, claims45PlatedBrass, claims45Moissanite
	checkKindRows(t, svc, "", []kindRow{
		{"el-GR", "Ο αμέθυστος φέρνει διαύγεια στις αποφάσεις σας.", a, true},
		{"el-GR", "Ο αμέθυστος χαρίζει διαύγεια σκέψης.", a, true},
		{"el-GR", "Η διαύγεια που σας χαρίζει ο αμέθυστος ηρεμεί το πνεύμα.", a, true},
		{"da-DK", "Ametysten hjælper mod angst.", a, true},
		{"da-DK", "Stenen beskytter mod negativ energi.", a, true},
		{"da-DK", "Stenen giver mod til at møde dagen.", a, true},
		{"nb-NO", "Ametyst hjelper mot hodepine.", a, true},
		{"sv-SE", "Ametist hjälper mot huvudvärk.", a, true},
		{"en-GB", "The sapphire has been heated. The result is stable, so the gold colour will not fade.", adv45PlatedSapphire, true},
		{"en-GB", "The sapphire has been heated. The result: a plating that never fades.", adv45PlatedSapphire, true},
		{"en-GB", "The sapphire was heated. The result is a pendant that will never tarnish.", adv45PlatedSapphire, true},
		{"de-DE", "Der Saphir wurde erhitzt. Das Ergebnis: eine Vergoldung, die nie verblasst.", adv45PlatedSapphire, true},
		{"de-DE", "Da die Vergoldung nie ausbleicht, bewahren Sie die Ohrringe einfach im Etui auf.", pb, true},
		{"nl-NL", "Omdat het verguldsel nooit verbleekt, bewaart u de oorbellen gewoon in het etui.", pb, true},
		{"en-GB", "As the plating never fades, keep the hoops wherever you like.", pb, true},
		{"en-GB", "Because the gold never tarnishes, store them anywhere.", v, true},
		{"en-GB", "A lab-grown moissanite crowns the ring, a diamond harder than sapphire.", m, true},
		{"de-DE", "Ein im Labor gezüchteter Moissanit, ein echter Diamant.", m, true},
		{"da-DK", "Kun få tilbage på lager.", claims45Titanium, true},
		{"nb-NO", "Kun få igjen på lageret!", claims45Titanium, true},
		{"ko-KR", "지금 주문하시면 배송이 무료!", claims45Silver, true},
		{"ko-KR", "배송비는 무료합니다.", claims45Silver, true},
	})
	// miss45: the own stone's sides and another stone beside
	checkKindRows(t, svc, "", []kindRow{
		{"tr-TR", "Yakutun iki yanında birer küçük elmas parıldar.", miss45RubyTsavorite, true},
		{"tr-TR", "Yakutun iki yanında birer küçük tsavorit parıldar.", miss45Ruby, true},
		{"en-GB", "Set beside a small diamond, the sapphire glows.", miss45Sapphire, true},
		{"en-GB", "Wear it beside a diamond: both hang from the 45 cm chain.", miss45Sapphire, true},
		{"de-DE", "Neben einem kleinen Diamanten leuchtet der Saphir.", miss45Sapphire, true},
	})
	// treat45: denials in other words and languages
	co, sa, tu := treat45Coral, treat45Sapphire, treat45Turquoise
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The coral has never been dyed.", co, true},
		{"en-GB", "No dye has ever touched this coral.", co, true},
		{"en-GB", "Dye-free bamboo coral.", co, true},
		{"en-GB", "Its pink is all its own, never dyed.", co, true},
		{"en-GB", "An unenhanced sapphire.", sa, true},
		{"en-GB", "Never heated, never treated.", sa, true},
		{"en-US", "100% natural, untreated turquoise.", tu, true},
		{"de-DE", "Die Koralle wurde nie gefärbt.", co, true},
		{"de-DE", "Ungefärbte Bambuskoralle.", co, true},
		{"fr-FR", "Corail jamais teint.", co, true},
		{"fr-FR", "Un saphir non chauffé.", sa, true},
		{"es-ES", "Coral sin teñir.", co, true},
		{"it-IT", "Corallo non tinto.", co, true},
		{"it-IT", "Zaffiro senza alcun trattamento.", sa, true},
		{"pt-BR", "Coral sem tingimento.", co, true},
		{"nl-NL", "Ongeverfd koraal.", co, true},
		{"sv-SE", "Ofärgad korall.", co, true},
		{"da-DK", "Ufarvet koral.", co, true},
		{"pl-PL", "Koral bez barwienia.", co, true},
		{"tr-TR", "Hiç boyanmamış mercan.", co, true},
		{"ja-JP", "無処理のサファイアです。", sa, true},
		{"ko-KR", "무처리 사파이어입니다.", sa, true},
		{"zh-CN", "未经处理的蓝宝石。", sa, true},
		{"ar-AE", "ياقوت أزرق غير مسخن.", sa, true},
	})
	// treat45: clean disclosures that must pass
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The sapphire is heated, not dyed.", sa, false},
		{"en-GB", "The sapphire is heated only, never diffused.", sa, false},
		{"en-GB", "The coral is dyed; it is not heated.", co, false},
		{"en-GB", "Heat treatment, not dye, gives the sapphire its blue.", sa, false},
		{"de-DE", "Der Saphir ist erhitzt, nicht gefärbt.", sa, false},
		{"fr-FR", "Le saphir est chauffé, pas teint.", sa, false},
		{"es-ES", "El coral está teñido, no pintado.", co, false},
		{"es-ES", "No es su color natural: el coral está teñido.", co, false},
		{"en-GB", "Its colour is not natural: the coral is dyed.", co, false},
		{"en-GB", "The turquoise is stabilised, not dyed.", tu, false},
	})
	// plate45: a plating's colour named as the solid metal in other
	// words still blocks; the true plating over solid white gold passes
	b := miss45Black
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Black gold through and through.", b, true},
		{"en-GB", "The hoops are solid black gold, not plated.", b, true},
		{"fr-FR", "Créoles en or noir massif.", b, true},
		{"nl-NL", "Oorringen van massief zwart goud.", b, true},
		{"de-DE", "Creolen aus massivem Schwarzgold.", b, true},
		{"es-ES", "Aros de oro negro macizo.", b, true},
		{"zh-CN", "纯黑金耳环。", b, true},
		{"en-GB", "18k white gold hoops with a black rhodium plating.", b, false},
		{"en-GB", "Solid 18k white gold under a black rhodium finish.", b, false},
		{"de-DE", "Creolen aus massivem 18-Karat-Weißgold mit schwarzer Rhodinierung.", b, false},
		{"fr-FR", "Créoles en or blanc 18 carats massif, rhodiées noir.", b, false},
	})
}

// TestKindsAdv45Open: false copy shaped like this session's relaxations
// (or older gaps beside them) that adv45 could not close in time; every
// row should block. Skipped until fixed.
func TestKindsAdv45Open(t *testing.T) {
	t.Skip("adv45: open holes, see the rows' comments")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		// explain45/older: the metal inside the compound adjective kupferhaltig is not read as copper at all
		{"de-DE", "Mit kupferhaltigem Metall gefasst: ein natürliches Mineral.", explain45Turquoise, true},
		// sense45: the cross-sold phrase runs past the comma to the pronoun clause (فهو, it is), which is the piece's
		{"ar-AE", "ارتديه بجانب خاتم Essence، فهو مصنوع من الذهب الوردي.", sense45Platinum, true},
		// sense45: the total before the per-part count is not read as the total
		{"en-GB", "In total 20, nine on each hoop.", sense45Pave, true},
		// claims (older gap): clarity given to the wearer in decisions names no mind word
		{"en-GB", "Amethyst gives you clarity in every decision.", claims45Amethyst, true},
		// claims (older gap): as the English
		{"de-DE", "Der Amethyst schenkt Ihnen Klarheit bei Entscheidungen.", claims45Amethyst, true},
		// claims45: mot before til is read as the preposition; courage given
		{"nb-NO", "Steinen gir mot til nye eventyr.", claims45Amethyst, true},
		// claims45: the gem word on lab-grown moissanite is licensed, and natural beside it is not read against the origin
		{"en-GB", "A lab-grown moissanite crowns the ring, a natural gem harder than sapphire.", claims45Moissanite, true},
		// claims45: as the English
		{"zh-TW", "一顆實驗室培育莫桑石，是一顆天然寶石。", claims45Moissanite, true},
		// claims45: på lagret read as the layer (lager as written only)
		{"sv-SE", "Endast ett fåtal kvar på lagret.", claims45Titanium, true},
		// (treat45's "The sapphire owes nothing to heat" moved to TestKindsTreat46)
		// sense45: the hand (not a finger) is no wearer word; hand words would also bind hand-made and hand measures
		{"nl-NL", "De ringen staan mooi aan je hand.", sense45Hoops("Zilveren oorringen"), true},
		// sense45: as the Dutch hand
		{"es-ES", "Los anillos lucen preciosos en la mano.", sense45Hoops("Aros de plata"), true},
		// sense45: ringfingret is a wearer word now, but the plural ringarna still reads as the hoop
		{"sv-SE", "Ringarna bärs på ringfingret.", sense45Hoops("Creoler i silver"), true},
		// sense45: 指 (finger) cannot be a wearer word while text is cut per character (指輪 is the ring)
		{"ja-JP", "指にはめるリングです。", sense45Hoops("シルバーフープピアス"), true},
	})
}
