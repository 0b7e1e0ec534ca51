package checks

import (
	"testing"
)

// Products of TestKindsExplain60 (#13, explain60): those of held-out 59A
// en-US 59A03, released 59A pt-PT 59A04 and 59B ja-JP 59B04, probe 58C
// cs-CZ 58C01/58C02, 58D da-DK 58D04, probe 59C es-MX/ko-KR 59C04, fi-FI
// 59C02 and 59D pl-PL 59D03.
var (
	explain60Hiddenite   = misses49Product(`{"sku": "B59A-enUS-03", "name": "Hiddenite Drop Pendant", "category": "necklace", "collection": "Heritage", "metals": [{"base": "white gold", "fineness": "14k"}], "stones": [{"type": "hiddenite", "colour": "green", "count": 1, "origin": "natural"}], "measurements": [{"name": "chain length", "value": 18, "unit": "in"}, {"name": "stone length", "value": 9, "unit": "mm"}], "total_carat_weight": 1.8, "colours": ["green", "white"]}`)
	explain60Clinohumite = misses49Product(`{"sku": "B59A-ptPT-04", "name": "Pendente Clinohumite", "category": "pendant", "collection": "Heritage", "metals": [{"base": "yellow gold", "fineness": "18k"}], "stones": [{"type": "clinohumite", "colour": "orange", "count": 1, "origin": "natural"}], "measurements": [{"name": "stone diameter", "value": 5, "unit": "mm"}, {"name": "chain length", "value": 45, "unit": "cm"}], "total_carat_weight": 0.5, "colours": ["orange", "gold"]}`)
	explain60RedBeryl    = misses49Product(`{"sku": "B59B-jaJP-04", "name": "レッドベリルリング", "category": "ring", "collection": "Heritage", "metals": [{"base": "white gold", "fineness": "9k", "plating": "rhodium"}], "stones": [{"type": "red beryl", "colour": "red", "count": 1, "origin": "natural", "treatment": "none"}], "total_carat_weight": 0.25, "colours": ["red", "white"], "attributes": {"stone origin": "Wah Wah Mountains, Utah", "cut": "oval"}}`)
	explain60Goldstone   = misses49Product(`{"sku": "B58C-csCZ-01", "name": "Náušnice s goldstonem", "category": "earrings", "collection": "Essence", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "goldstone", "colour": "copper brown", "count": 2, "origin": "simulant"}], "colours": ["brown", "silver"], "measurements": [{"name": "stone diameter", "value": 8, "unit": "mm"}], "features": [], "occasions": [], "keywords": []}`)
	explain60Damascus    = misses49Product(`{"sku": "B58C-csCZ-02", "name": "Prsten z damaškové oceli", "category": "ring", "collection": "Signature", "materials": ["Damascus steel"], "metals": [{"base": "Damascus steel"}], "colours": ["grey"], "attributes": {"steel": "pattern-welded stainless steel, acid-etched"}, "measurements": [{"name": "band width", "value": 7, "unit": "mm"}], "stones": [], "features": [], "occasions": [], "keywords": []}`)
	explain60Zircon      = misses49Product(`{"sku": "B58D-daDK-04", "name": "Klarhed ring", "category": "ring", "collection": "Timeless", "materials": ["rhodium-plated 10k white gold"], "metals": [{"base": "white gold", "plating": "rhodium", "fineness": "10k", "plating_microns": 0.3}], "stones": [{"type": "zircon", "origin": "natural", "treatment": "heated", "colour": "colourless", "count": 1}], "colours": ["silver", "colourless"], "features": [], "occasions": [], "keywords": [], "measurements": [{"name": "stone diameter", "value": 6, "unit": "mm"}], "total_carat_weight": 1.0}`)
	explain60Alexandrite = misses49Product(`{"sku": "B59C-esMX-04", "name": "Anillo Alejandrita", "category": "ring", "collection": "Signature", "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "alexandrite", "colour": "colour-change green/purple", "count": 1, "origin": "lab_grown"}], "measurements": [{"name": "stone size", "value": 6, "unit": "mm"}], "total_carat_weight": 0.9, "colours": ["gold", "green", "purple"]}`)
	explain60Niello      = misses49Product(`{"sku": "B59C-fiFI-02", "name": "Niello-rannekoru", "category": "bracelet", "collection": "Heritage", "metals": [{"base": "sterling silver", "fineness": "925"}], "materials": ["niello"], "measurements": [{"name": "width", "value": 10, "unit": "mm"}, {"name": "inner circumference", "value": 17, "unit": "cm"}], "colours": ["silver", "black"]}`)
	explain60Taaffeite   = misses49Product(`{"sku": "B59D-plPL-03", "name": "Kolczyki z taaffeitem", "category": "earrings", "collection": "Signature", "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "taaffeite", "colour": "lavender", "count": 2, "origin": "natural", "treatment": "none"}], "measurements": [{"name": "stone diameter", "value": 3, "unit": "mm"}], "total_carat_weight": 0.24, "colours": ["lavender", "gold"], "features": ["nickel-free"], "occasions": [], "keywords": []}`)
)

// TestKindsExplain60 (#13, explain60): a stone, metal or crystal named
// inside an explanation of the piece's material must not block as the
// piece's own: what a prospector looked for ("sent to look for
// platinum"), the gems the element colouring the piece's stone colours too
// ("the same element that colours emerald and ruby"), the host rock the
// crystals grow in ("流紋岩の割れ目で結晶し"), the mineral's own crystals
// ("the cutter orients each crystal", "Os cristais límpidos são quase
// sempre pequenos"), a verb of making said of a denied look-alike, the
// metals of niello's recipe, copper crystals in goldstone, wood grain a
// pattern recalls and a nickel-free claim. Every row blocked on main.
func TestKindsExplain60(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []kindRow{
		{"en-US", "The pendant holds a hiddenite in 14k white gold. Hiddenite is the green variety of spodumene. William Earl Hidden was sent to North Carolina to look for platinum and found these green crystals instead.", explain60Hiddenite, false},
		{"de-DE", "Der Anhänger trägt einen Hiddenit in 14 Karat Weißgold. Hiddenit ist die grüne Varietät des Spodumens. William Earl Hidden sollte in North Carolina nach Platin suchen und fand stattdessen diese grünen Kristalle.", explain60Hiddenite, false},
		{"fr-FR", "Le pendentif porte une hiddénite en or blanc 14 carats. L'hiddénite est la variété verte du spodumène. William Earl Hidden, envoyé en Caroline du Nord pour chercher du platine, a trouvé ces cristaux verts.", explain60Hiddenite, false},
		{"es-ES", "El colgante lleva una hiddenita en oro blanco de 14 quilates. La hiddenita es la variedad verde de la espodumena. William Earl Hidden fue enviado a Carolina del Norte a buscar platino y encontró estos cristales verdes.", explain60Hiddenite, false},
		{"it-IT", "Il pendente ha una hiddenite in oro bianco 14 carati. L'hiddenite è la varietà verde dello spodumene. William Earl Hidden fu mandato in North Carolina a cercare platino e trovò questi cristalli verdi.", explain60Hiddenite, false},
		{"pt-BR", "O pingente tem uma hiddenita em ouro branco 14k. A hiddenita é a variedade verde do espodumênio. William Earl Hidden foi enviado à Carolina do Norte para procurar platina e encontrou estes cristais verdes.", explain60Hiddenite, false},
		{"nl-NL", "De hanger draagt een hiddeniet in 14 karaat witgoud. Hiddeniet is de groene variëteit van spodumeen. William Earl Hidden werd naar North Carolina gestuurd om te zoeken naar platina en vond deze groene kristallen.", explain60Hiddenite, false},
		{"pl-PL", "Wisiorek ma hiddenit w białym złocie próby 585. Hiddenit to zielona odmiana spodumenu. William Earl Hidden został wysłany do Karoliny Północnej w poszukiwaniu platyny i znalazł te zielone kryształy.", explain60Hiddenite, false},
		{"sv-SE", "Hänget har en hiddenit i 14 karat vitguld. Hiddenit är den gröna varianten av spodumen. William Earl Hidden skickades till North Carolina för att leta efter platina och hittade dessa gröna kristaller.", explain60Hiddenite, false},
		{"zh-CN", "吊坠镶嵌一颗翠绿锂辉石，14K白金。翠绿锂辉石是锂辉石的绿色品种。希登当年被派往北卡罗来纳州寻找铂金，却发现了这些绿色晶体。", explain60Hiddenite, false},
		{"ja-JP", "ペンダントはヒデナイトを14Kホワイトゴールドに留めました。ヒデナイトはスポデューメンの緑色の変種です。ヒデンはプラチナを探しにノースカロライナへ派遣され、この緑の結晶を見つけました。", explain60Hiddenite, false},
		{"ko-KR", "펜던트에는 히데나이트가 14K 화이트 골드에 세팅되어 있습니다. 히데나이트는 스포듀민의 녹색 변종입니다. 히든은 백금을 찾으러 노스캐롤라이나에 파견되었다가 이 녹색 결정을 발견했습니다.", explain60Hiddenite, false},
		{"tr-TR", "Kolye ucunda 14 ayar beyaz altına oturtulmuş bir hiddenit var. Hiddenit, spodumenin yeşil türüdür. William Earl Hidden, Kuzey Carolina'ya platin aramak için gönderildi ve bu yeşil kristalleri buldu.", explain60Hiddenite, false},
		{"fi-FI", "Riipuksessa on hiddeniitti 14 karaatin valkokullassa. Hiddeniitti on spodumeenin vihreä muunnos. William Earl Hidden lähetettiin Pohjois-Carolinaan platinaa etsimään, ja hän löysi nämä vihreät kiteet.", explain60Hiddenite, false},
		{"da-DK", "Vedhænget har en hiddenit i 14 karat hvidguld. Hiddenit er den grønne variant af spodumen. William Earl Hidden blev sendt til North Carolina for at lede efter platin og fandt disse grønne krystaller.", explain60Hiddenite, false},
		{"de-DE", "Der Ring trägt einen Laboralexandrit in 14 Karat Gold. Er wächst aus einer Schmelze. Chrom, das auch Smaragd und Rubin färbt, erklärt den Farbwechsel.", explain60Alexandrite, false},
		{"fr-FR", "La bague porte une alexandrite synthétique en or 14 carats. Elle croît dans un bain fondu. Le chrome, qui colore aussi l'émeraude et le rubis, explique son changement de couleur.", explain60Alexandrite, false},
		{"es-MX", "El anillo lleva una alejandrita creada en laboratorio en oro de 14k. Crece a partir de un fundido. El cromo, el mismo elemento que colorea la esmeralda y el rubí, explica su cambio de color.", explain60Alexandrite, false},
		{"it-IT", "L'anello ha un'alessandrite di laboratorio in oro 14 carati. Cresce da un fuso. Il cromo, che colora anche lo smeraldo e il rubino, spiega il cambio di colore.", explain60Alexandrite, false},
		{"pt-BR", "O anel tem uma alexandrita de laboratório em ouro 14k. Ela cresce a partir de um banho fundido. O cromo, que colore também a esmeralda e o rubi, explica a mudança de cor.", explain60Alexandrite, false},
		{"nl-NL", "De ring draagt een labalexandriet in 14 karaat goud. Hij groeit uit een smelt. Chroom, dat ook smaragd en robijn kleurt, verklaart de kleurwisseling.", explain60Alexandrite, false},
		{"pl-PL", "Pierścionek ma laboratoryjny aleksandryt w złocie próby 585. Rośnie ze stopu. Chrom, który barwi też szmaragd i rubin, odpowiada za zmianę barwy.", explain60Alexandrite, false},
		{"cs-CZ", "Prsten má laboratorní alexandrit ve zlatě. Roste z taveniny. Chrom, který barví i smaragd a rubín, vysvětluje změnu barvy.", explain60Alexandrite, false},
		{"ko-KR", "반지에는 랩그로운 알렉산드라이트가 14K 골드에 세팅되어 있습니다. 녹인 원료에서 자랍니다. 에메랄드와 루비를 물들이는 원소이기도 한 미량의 크롬 덕분에 색이 바뀝니다.", explain60Alexandrite, false},
		{"ja-JP", "リングはラボグロウンのアレキサンドライトを14Kゴールドに留めました。融液から育ちます。エメラルドやルビーを発色させるのと同じクロムが、色の変化を生みます。", explain60Alexandrite, false},
		{"zh-CN", "戒指镶嵌一颗实验室培育变石，14K金。它从熔体中生长。铬同样为祖母绿和红宝石着色，正是它带来变色效果。", explain60Alexandrite, false},
		{"fi-FI", "Sormuksessa on laboratoriossa kasvatettu aleksandriitti 14 karaatin kullassa. Se kasvaa sulasta. Kromi, joka värjää myös smaragdin ja rubiinin, selittää värinvaihdon.", explain60Alexandrite, false},
		{"tr-TR", "Yüzükte 14 ayar altına oturtulmuş laboratuvarda üretilmiş bir aleksandrit var. Eriyikten büyür. Zümrüt ve yakutu da renklendiren krom, renk değişimini açıklar.", explain60Alexandrite, false},
		{"el-GR", "Το δαχτυλίδι έχει εργαστηριακό αλεξανδρίτη σε χρυσό 14 καρατίων. Αναπτύσσεται από τήγμα. Το χρώμιο, που χρωματίζει και το σμαράγδι και το ρουμπίνι, εξηγεί την αλλαγή χρώματος.", explain60Alexandrite, false},
		{"ja-JP", "リングはレッドベリルをホワイトゴールドで留めました。レッドベリルは希少な石です。流紋岩の割れ目で結晶します。", explain60RedBeryl, false},
		{"ko-KR", "반지에는 레드 베릴이 세팅되어 있습니다. 레드 베릴은 매우 희귀한 보석입니다. 유문암의 틈에서 결정을 이룹니다.", explain60RedBeryl, false},
		{"tr-TR", "Yüzükte beyaz altına oturtulmuş bir kırmızı beril var. Kırmızı beril çok nadir bir taştır. Riyolit çatlaklarında kristalleşir.", explain60RedBeryl, false},
		{"fi-FI", "Sormuksessa on punainen berylli valkokullassa. Punainen berylli on hyvin harvinainen. Ryoliitin halkeamissa se kiteytyy.", explain60RedBeryl, false},
		{"de-DE", "Der Ring trägt einen roten Beryll in Weißgold. Roter Beryll ist sehr selten. Rhyolith bildet das Wirtsgestein seiner Kristalle.", explain60RedBeryl, false},
		{"en-US", "The pendant holds a hiddenite in 14k white gold. Hiddenite is the green variety of spodumene. Spodumene splits easily, and the cutter orients each crystal to show the deepest colour.", explain60Hiddenite, false},
		{"de-DE", "Der Anhänger trägt einen Hiddenit in 14 Karat Weißgold. Hiddenit ist die grüne Varietät des Spodumens. Spodumen spaltet leicht, und der Schleifer richtet jeden Kristall so aus, dass die Farbe am tiefsten wirkt.", explain60Hiddenite, false},
		{"fr-FR", "Le pendentif porte une hiddénite en or blanc 14 carats. L'hiddénite est la variété verte du spodumène. Le spodumène se clive facilement, et le tailleur oriente chaque cristal pour montrer la couleur la plus profonde.", explain60Hiddenite, false},
		{"es-ES", "El colgante lleva una hiddenita en oro blanco de 14 quilates. La hiddenita es la variedad verde de la espodumena. La espodumena se exfolia con facilidad, y el tallador orienta cada cristal para lucir su color.", explain60Hiddenite, false},
		{"pt-PT", "O pendente tem uma clinohumite em ouro amarelo. A clinohumite é um silicato de magnésio. Os cristais límpidos são quase sempre pequenos.", explain60Clinohumite, false},
		{"it-IT", "Il pendente ha una clinohumite in oro giallo. La clinohumite è un silicato di magnesio. I cristalli limpidi sono quasi sempre piccoli.", explain60Clinohumite, false},
		{"en-GB", "The pendant holds a clinohumite in yellow gold. Clinohumite is a magnesium silicate. Clean crystals are almost always small.", explain60Clinohumite, false},
		{"de-DE", "Der Anhänger trägt einen Klinohumit in Gelbgold. Klinohumit ist ein Magnesiumsilikat. Klare Kristalle sind fast immer klein.", explain60Clinohumite, false},
		{"fr-FR", "Le pendentif porte une clinohumite en or jaune. La clinohumite est un silicate de magnésium. Les cristaux limpides sont presque toujours petits.", explain60Clinohumite, false},
		{"pl-PL", "Wisiorek ma klinohumit w żółtym złocie. Klinohumit to krzemian magnezu. Czyste kryształy są prawie zawsze małe.", explain60Clinohumite, false},
		{"da-DK", "Ringen har en farveløs zirkon i hvidguld. Zirkon må ikke forveksles med kubisk zirkonia, som er fremstillet zirkoniumoxid: Zirkon er et naturligt mineral og blandt de ældste krystaller på Jorden.", explain60Zircon, false},
		{"pl-PL", "Kolczyki osadzone w niezawierającym niklu złocie próby 585.", explain60Taaffeite, false},
		{"pl-PL", "Kolczyki osadzone w złocie próby 585 pozbawionym niklu.", explain60Taaffeite, false},
		{"cs-CZ", "Náušnice jsou zasazené do zlata neobsahujícího nikl.", explain60Taaffeite, false},
		{"fi-FI", "Korvakorut on upotettu nikkeliä sisältämättömään 14 karaatin kultaan.", explain60Taaffeite, false},
		{"fi-FI", "Rannekoru on sterlinghopeaa ja niellolla täytetty. Niello ei ole emalia vaan musta seos hopean, kuparin ja lyijyn sulfideista.", explain60Niello, false},
		{"en-GB", "The cuff is sterling silver inlaid with niello. Niello is not enamel but a black mix of silver, copper and lead sulphides.", explain60Niello, false},
		{"cs-CZ", "Prsten je z damaškové oceli se vzorem, který připomíná letokruhy dřeva nebo vlny na vodě.", explain60Damascus, false},
		{"cs-CZ", "Náušnice mají kabošon z goldstonu. Sklovina se taví s mědí, takže v ní vzniknou tisíce drobných měděných krystalků.", explain60Goldstone, false},
	}
	checkKindRows(t, svc, "", rows)
}

// TestKindsExplain60Bad (#13, explain60): the same words claiming the
// stone or metal for the piece still block: platinum the piece is set in,
// a platinum pendant sought, a ruby beside the stone or set beside it, a
// gem another element colours, a rhyolite ring, crystals set around the
// stone or on a glass stone, gold with nickel, a lead cuff, a wooden ring.
func TestKindsExplain60Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []kindRow{
		{"en-US", "The pendant holds a hiddenite in 14k white gold. Hiddenite is the green variety of spodumene. The pendant itself is set in platinum.", explain60Hiddenite, true},
		{"en-US", "The pendant holds a hiddenite in 14k white gold. Hiddenite is the green variety of spodumene. Looking for a platinum pendant instead? This one is platinum too.", explain60Hiddenite, true},
		{"en-US", "Looking for platinum? This hiddenite pendant is made in platinum.", explain60Hiddenite, true},
		{"en-US", "The pendant holds a hiddenite in 14k white gold. We searched far and wide for platinum to set this hiddenite.", explain60Hiddenite, true},
		{"de-DE", "Der Anhänger trägt einen Hiddenit. Wer nach Platin sucht, findet ihn hier in Platin gefasst.", explain60Hiddenite, true},
		{"en-US", "The ring holds a lab-grown alexandrite in 14k gold. It is grown from a melt. Beside it sits a ruby coloured by chromium.", explain60Alexandrite, true},
		{"es-MX", "El anillo lleva una alejandrita creada en laboratorio en oro de 14k. Crece a partir de un fundido. El cromo colorea el rubí engastado a su lado.", explain60Alexandrite, true},
		{"fr-FR", "La bague porte une alexandrite de laboratoire en or 14 carats. Elle croît dans un bain fondu. Le fer, qui colore l'aigue-marine, est absent.", explain60Alexandrite, true},
		{"de-DE", "Der Ring trägt einen Laboralexandrit in 14 Karat Gold. Er wächst aus einer Schmelze. Daneben funkelt ein Rubin, von Chrom gefärbt.", explain60Alexandrite, true},
		{"ja-JP", "リングはレッドベリルをホワイトゴールドで留めました。流紋岩のリングです。", explain60RedBeryl, true},
		{"en-GB", "The ring holds a red beryl in white gold. Rhyolite cavities line the ring.", explain60RedBeryl, true},
		{"en-US", "The pendant holds a hiddenite in 14k white gold. Hiddenite is the green variety of spodumene. Each crystal is set by hand around the hiddenite.", explain60Hiddenite, true},
		{"en-GB", "The earrings hold goldstone in silver. Goldstone is glass. The cutter orients each crystal to show the sparkle.", explain60Goldstone, true},
		{"pt-PT", "Os brincos têm goldstone em prata. O goldstone é vidro. Os cristais límpidos são pequenos.", explain60Goldstone, true},
		{"pt-PT", "O pendente tem uma clinohumite em ouro amarelo. A clinohumite é um silicato de magnésio. Os cristais são cravados à volta da pedra.", explain60Clinohumite, true},
		{"pl-PL", "Kolczyki osadzone w złocie próby 585 z dodatkiem niklu.", explain60Taaffeite, true},
		{"cs-CZ", "Náušnice jsou zasazené do zlata obsahujícího nikl.", explain60Taaffeite, true},
		{"fi-FI", "Korvakorut on upotettu nikkeliä sisältävään 14 karaatin kultaan.", explain60Taaffeite, true},
		{"fi-FI", "Rannekoru on lyijyä ja kuparia.", explain60Niello, true},
		{"cs-CZ", "Prsten je z damaškové oceli. Vzor připomíná prsten ze dřeva.", explain60Damascus, true},
		{"cs-CZ", "Prsten je ze dřeva.", explain60Damascus, true},
		{"cs-CZ", "Náušnice mají kabošon z goldstonu. V náušnicích se třpytí tisíce drobných lesklých krystalků.", explain60Goldstone, true},
		{"en-US", "The pendant holds a hiddenite in 14k white gold. Hiddenite is the green variety of spodumene. Each crystal is set by hand around the hiddenite.", explain60Hiddenite, true},
		{"en-US", "The pendant holds a hiddenite in 14k white gold. Hiddenite is the green variety of spodumene. Each crystal sparkles beside the hiddenite.", explain60Hiddenite, true},
	}
	checkKindRows(t, svc, "grounding", rows)
}
