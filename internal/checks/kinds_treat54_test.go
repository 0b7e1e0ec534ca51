package checks

import "testing"

// Products of TestKindsTreat54 (#13, treat54): those of the probe 54C/54D and
// released 54B rows whose rows these are (misses49Product reads the product
// model's JSON, as POST /v1/checks takes it), and controls made from them.
var (
	treat54P1 = misses49Product(`{"sku": "P54C-enUS-02", "name": "Aurora Drusy Pendant", "category": "pendant", "collection": "Moments", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "drusy quartz", "colour": "blue", "count": 1, "origin": "natural", "treatment": "titanium-coated"}], "colours": ["blue", "silver"], "features": ["bezel setting"], "occasions": ["birthday"], "keywords": ["statement pendant"], "measurements": [{"name": "pendant length", "value": 20, "unit": "mm"}, {"name": "chain length", "value": 18, "unit": "in"}]}`)
	treat54P2 = misses49Product(`{"sku": "P54C-deDE-04", "name": "Sternstaub-Ohrstecker", "category": "earrings", "collection": "Reflexions", "materials": ["gold-plated sterling silver"], "metals": [{"base": "sterling silver", "plating": "gold", "fineness": "925", "plating_microns": 1.0}], "stones": [{"type": "drusy quartz", "colour": "rainbow", "count": 2, "origin": "natural", "treatment": "titanium-coated"}], "colours": ["multicolour", "gold"], "features": [], "occasions": ["evening"], "keywords": ["Druzy Ohrstecker"], "measurements": [{"name": "stone diameter", "value": 8, "unit": "mm"}]}`)
	treat54P3 = misses49Product(`{"sku": "P54C-itIT-04", "name": "Gemelli Cristallo Notte", "category": "cufflinks", "collection": "Heritage", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "drusy quartz", "colour": "blue", "count": 2, "origin": "natural", "treatment": "titanium-coated"}], "colours": ["blue", "silver"], "features": [], "occasions": ["wedding"], "keywords": ["gemelli da sposo"], "measurements": [{"name": "face diameter", "value": 16, "unit": "mm"}]}`)
	treat54P4 = misses49Product(`{"sku": "P54C-nlNL-02", "name": "Hanger Sterrenhemel", "category": "pendant", "collection": "Moments", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "drusy quartz", "colour": "purple", "count": 1, "origin": "natural", "treatment": "titanium-coated"}], "colours": ["purple", "silver"], "features": [], "occasions": ["birthday"], "keywords": ["drusy hanger"], "measurements": [{"name": "pendant diameter", "value": 15, "unit": "mm"}, {"name": "chain length", "value": 42, "unit": "cm"}]}`)
	treat54P5 = misses49Product(`{"sku": "P54C-csCZ-04", "name": "Náušnice Jinovatka", "category": "earrings", "collection": "Reflexions", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "drusy quartz", "colour": "blue", "count": 2, "origin": "natural", "treatment": "titanium-coated"}], "colours": ["blue", "silver"], "features": ["handmade"], "occasions": ["evening"], "keywords": ["modré náušnice"], "measurements": [{"name": "stone diameter", "value": 10, "unit": "mm"}]}`)
	treat54P6 = misses49Product(`{"sku": "P54C-zhTW-01", "name": "星塵晶簇墜飾", "category": "pendant", "collection": "Reflexions", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "drusy quartz", "colour": "rainbow", "count": 1, "origin": "natural", "treatment": "titanium-coated"}], "colours": ["multicolour", "silver"], "features": [], "occasions": ["birthday"], "keywords": ["生日禮物"], "measurements": [{"name": "pendant length", "value": 18, "unit": "mm"}, {"name": "chain length", "value": 45, "unit": "cm"}]}`)
	treat54P7 = misses49Product(`{"sku": "P54D-ptBR-02", "name": "Anel Constelação", "category": "ring", "collection": "Moments", "materials": ["18k white gold", "diamond"], "metals": [{"base": "white gold", "fineness": "18k"}], "stones": [{"type": "diamond", "colour": "blue", "count": 3, "origin": "natural", "treatment": "irradiated"}, {"type": "diamond", "colour": "white", "count": 4, "origin": "natural", "treatment": "none"}], "colours": ["blue", "white"], "features": ["colour-treated"], "occasions": ["anniversary"], "keywords": ["anel delicado"], "measurements": [{"name": "total carat weight", "value": 0.35, "unit": "ct"}, {"name": "band width", "value": 1.8, "unit": "mm"}]}`)
	treat54P8 = misses49Product(`{"sku": "B54B-jaJP-04", "name": "ソレイユ リング", "category": "ring", "collection": "Signature", "materials": ["sterling silver", "18k gold plating"], "metals": [{"base": "sterling silver", "plating": "gold", "fineness": "18k", "plating_microns": 3}], "stones": [], "colours": ["gold"], "features": [], "occasions": [], "keywords": ["ゴールドリング"], "measurements": [{"name": "band width", "value": 4, "unit": "mm"}], "attributes": {"profile": "court (甲丸)", "plating": "electroplated 18k gold, 3 microns"}}`)
	// controls: the same drusy untreated, and the ring's gold too thin, over
	// brass, or of 9 karat for vermeil (16 CFR 23.5(b))
	treat54Plain = misses49Product(`{"sku": "P54C-enUS-02", "name": "Aurora Drusy Pendant", "category": "pendant", "collection": "Moments", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "drusy quartz", "colour": "blue", "count": 1, "origin": "natural", "treatment": "none"}], "colours": ["blue", "silver"], "features": ["bezel setting"], "occasions": ["birthday"], "keywords": ["statement pendant"], "measurements": [{"name": "pendant length", "value": 20, "unit": "mm"}, {"name": "chain length", "value": 18, "unit": "in"}]}`)
	treat54Thin  = misses49Product(`{"sku": "B54B-jaJP-04", "name": "ソレイユ リング", "category": "ring", "collection": "Signature", "materials": ["sterling silver", "18k gold plating"], "metals": [{"base": "sterling silver", "plating": "gold", "fineness": "18k", "plating_microns": 1}], "stones": [], "colours": ["gold"], "features": [], "occasions": [], "keywords": ["ゴールドリング"], "measurements": [{"name": "band width", "value": 4, "unit": "mm"}]}`)
	treat54Brass = misses49Product(`{"sku": "B54B-jaJP-04", "name": "ソレイユ リング", "category": "ring", "collection": "Signature", "materials": ["brass", "18k gold plating"], "metals": [{"base": "brass", "plating": "gold", "fineness": "18k", "plating_microns": 3}], "stones": [], "colours": ["gold"], "features": [], "occasions": [], "keywords": ["ゴールドリング"], "measurements": [{"name": "band width", "value": 4, "unit": "mm"}]}`)
	treat54Nine  = misses49Product(`{"sku": "B54B-jaJP-04", "name": "ソレイユ リング", "category": "ring", "collection": "Signature", "materials": ["sterling silver", "9k gold plating"], "metals": [{"base": "sterling silver", "plating": "gold", "fineness": "9k", "plating_microns": 3}], "stones": [], "colours": ["gold"], "features": [], "occasions": [], "keywords": ["ゴールドリング"], "measurements": [{"name": "band width", "value": 4, "unit": "mm"}]}`)
	treat54Rose  = misses49Product(`{"sku": "B54B-jaJP-04", "name": "ソレイユ リング", "category": "ring", "collection": "Signature", "materials": ["sterling silver", "14k rose gold plating"], "metals": [{"base": "sterling silver", "plating": "rose gold", "fineness": "14k", "plating_microns": 2.5}], "stones": [], "colours": ["gold"], "features": [], "occasions": [], "keywords": ["ゴールドリング"], "measurements": [{"name": "band width", "value": 4, "unit": "mm"}]}`)
)

// TestKindsTreat54 (#13, treat54): publishable copy of probe 54C/54D and
// released 54B that blocked grounding on main cdcae496; every row did.
// (1) The material a stone's treatment names itself, beside a word of
// coating (facts.coatings, coating_words in the 19 vocabularies, read by
// fillingMaterial): the titanium of a titanium-coated drusy quartz
// ("coated with a fine layer of titanium", "mit Titan bedampft",
// "rivestimento di titanio", "laagje titanium", "vrstvou titanu",
// 鍍上一層極薄的鈦金屬膜), in every locale. (2) Crystal words for what the
// stone is: the nl compound "kwartskristallen" is a crystal (as de
// "*kristall"; da, nb, sv too), so the druzy's crystals told growing make
// "De kristallen van deze steen" its own (crystalAgain); pt "a estrutura
// do cristal" and its kin with an article (es, fr, it, en, de, nl) are
// the crystal's structure, not a crystal stone. (3) Vermeil on a product
// whose metals record karat gold of at least 10 karat and 2.5 microns
// over sterling silver (16 CFR 23.5(b); vermeil_layer54.go):
// ゴールドヴェルメイユ and every locale's vermeil word.
func TestKindsTreat54(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{treat54P1, "en-US", `The Aurora Drusy Pendant from the Moments collection sets a sparkling slice of drusy quartz in a sterling silver bezel on an 18-inch chain. Drusy forms when tiny quartz crystals grow over the surface of a rock cavity, creating a glittering, sugar-like crust. The crystals on this stone are coated with a fine layer of titanium, bonded in a vacuum chamber, which gives them their shifting blue-violet shimmer. The coating can scratch, so put the pendant on after lotion and perfume and store it on its own. At 20 mm, it reads from across the room.`},                                                                      // probe54C-en-US-54C02-1
		{treat54P1, "en-US", `The Aurora Drusy Pendant from the Moments collection sets a sparkling slice of drusy quartz in a sterling silver bezel on an 18-inch chain. Drusy forms when tiny quartz crystals grow over the surface of a rock cavity, creating a glittering crust that looks like sugar or craft glitter but is real crystal, not glass. The crystals on this stone are coated with a fine layer of titanium, bonded in a vacuum chamber, which gives them their shifting blue-violet shimmer. The coating can scratch, so put the pendant on after lotion and perfume and store it on its own. At 20 mm, it reads from across the room.`},            // probe54C-en-US-54C02-3
		{treat54P2, "de-DE", `Die Sternstaub-Ohrstecker aus der Kollektion Reflexions fassen je einen runden Drusenquarz von 8 mm in Sterling-Silber 925 mit Goldauflage. Eine Druse entsteht, wenn winzige Quarzkristalle an der Wand eines Gesteinshohlraums wachsen und eine glitzernde Kruste bilden. Die Kristalle dieser Steine wurden im Vakuum mit Titan bedampft, daher schimmern sie in Regenbogenfarben. Die hauchdünne Schicht ist empfindlich: Legen Sie die Ohrstecker erst nach Parfüm und Haarspray an und bewahren Sie sie einzeln auf. So begleiten sie Sie lange zu festlichen Abenden.`},                                                            // probe54C-de-DE-54C04-1
		{treat54P2, "de-DE", `Die Sternstaub-Ohrstecker aus der Kollektion Reflexions fassen je einen runden Drusenquarz von 8 mm in Sterling-Silber 925, auf das galvanisch eine 1 Mikrometer starke Goldschicht aufgetragen wurde. Eine Druse entsteht, wenn winzige Quarzkristalle an der Wand eines Gesteinshohlraums wachsen und eine glitzernde Kruste bilden. Die Kristalle dieser Steine wurden im Vakuum mit Titan bedampft, daher schimmern sie in Regenbogenfarben. Die hauchdünne Schicht ist empfindlich: Legen Sie die Ohrstecker erst nach Parfüm und Haarspray an und bewahren Sie sie einzeln auf. So begleiten sie Sie lange zu festlichen Abenden.`}, // probe54C-de-DE-54C04-3
		{treat54P3, "it-IT", `I Gemelli Cristallo Notte della collezione Heritage hanno un disco di 16 mm in argento 925 con al centro una drusa di quarzo blu notte. La drusa è un tappeto di minuscoli cristalli di quarzo cresciuti sulla parete di una cavità nella roccia. Il suo riflesso blu nasce da un sottilissimo rivestimento di titanio, depositato sotto vuoto sulla superficie dei cristalli. Il rivestimento teme i graffi: riponga i gemelli separati, nella loro scatola, lontano da altri gioielli. Sono un regalo elegante per uno sposo o per un anniversario.`},                                                                                   // probe54C-it-IT-54C04-1
		{treat54P3, "it-IT", `I Gemelli Cristallo Notte della collezione Heritage hanno un disco di 16 mm in argento 925 con al centro una drusa di quarzo blu notte. La drusa è un tappeto di minuscoli cristalli di quarzo cresciuti sulla parete di una cavità nella roccia. Il suo riflesso blu nasce da un sottilissimo rivestimento di titanio, depositato sotto vuoto sulla superficie dei cristalli. Il rivestimento teme i graffi: riponga i gemelli separati, nella loro scatola, lontano da altri gioielli. Come gemelli da sposo sono un regalo elegante, ma accompagnano bene anche un anniversario.`},                                                     // probe54C-it-IT-54C04-2
		{treat54P3, "it-IT", `I Gemelli Cristallo Notte della collezione Heritage hanno un disco di 16 mm in argento 925 con al centro una drusa di quarzo blu notte. Non è vetro né smalto: la drusa è un tappeto di minuscoli cristalli di quarzo cresciuti sulla parete di una cavità nella roccia. Il suo riflesso blu nasce da un sottilissimo rivestimento di titanio, depositato sotto vuoto sulla superficie dei cristalli. Il rivestimento teme i graffi: riponga i gemelli separati, nella loro scatola, lontano da altri gioielli. Sono un regalo elegante per uno sposo o per un anniversario.`},                                                            // probe54C-it-IT-54C04-3
		{treat54P4, "nl-NL", `De hanger Sterrenhemel uit de collectie Moments vat een ronde drusy kwarts van 15 mm in sterling zilver, aan een ketting van 42 cm. Drusy ontstaat wanneer piepkleine kwartskristallen aan de wand van een holte in gesteente groeien en samen een glinsterende korst vormen. De kristallen van deze steen zijn bedekt met een flinterdun laagje titanium, dat hun paarse glans geeft. Die laag kan krassen, dus doe de hanger pas om na parfum en bodylotion en bewaar hem apart. Een bijzonder cadeau voor een verjaardag.`},                                                                                                            // probe54C-nl-NL-54C02-1
		{treat54P4, "nl-NL", `De hanger Sterrenhemel uit de collectie Moments vat een ronde drusy kwarts van 15 mm in sterling zilver, aan een ketting van 42 cm. Drusy ontstaat wanneer piepkleine kwartskristallen aan de wand van een holte in gesteente groeien en samen een glinsterende korst vormen. In een vacuümkamer is op de kristallen een flinterdun laagje titanium opgedampt; dat laagje breekt het licht en geeft de steen zijn paarse glans. Die laag kan krassen, dus doe de hanger pas om na parfum en bodylotion en bewaar hem apart. Een bijzonder cadeau voor een verjaardag.`},                                                                   // probe54C-nl-NL-54C02-3
		{treat54P5, "cs-CZ", `Náušnice Jinovatka z kolekce Reflexions mají dvě kulaté drúzy o průměru 10 mm, zasazené do stříbra ryzosti 925. Drúza vzniká, když drobné krystaly křemene narostou na stěně dutiny v hornině a vytvoří třpytivou kůru. Krystaly těchto kamenů byly ve vakuu potaženy tenkou vrstvou titanu, která jim dává modrý kovový lesk. Vrstva se může poškrábat, proto si náušnice nasazujte až po parfému a ukládejte je odděleně. Sluší k večerním šatům stejně jako k džínům.`},                                                                                                                                                                // probe54C-cs-CZ-54C04-1
		{treat54P5, "cs-CZ", `Náušnice Jinovatka z kolekce Reflexions mají v každé náušnici jednu kulatou drúzu o průměru 10 mm, zasazenou do stříbra ryzosti 925. Drúza vzniká, když drobné krystaly křemene narostou na stěně dutiny v hornině a vytvoří třpytivou kůru. Krystaly těchto kamenů byly ve vakuu potaženy tenkou vrstvou titanu, která jim dává modrý kovový lesk. Vrstva se může poškrábat, proto si náušnice nasazujte až po parfému a ukládejte je odděleně. Sluší k večerním šatům stejně jako k džínům.`},                                                                                                                                           // probe54C-cs-CZ-54C04-2
		{treat54P5, "cs-CZ", `Náušnice Jinovatka z kolekce Reflexions mají dvě kulaté drúzy o průměru 10 mm, ručně zasazené do stříbra ryzosti 925. Drúza vzniká, když drobné krystaly křemene narostou na stěně dutiny v hornině a vytvoří třpytivou kůru. Krystaly těchto kamenů byly ve vakuu potaženy tenkou vrstvou titanu, která jim dává modrý kovový lesk. Vrstva se může poškrábat, proto si náušnice nasazujte až po parfému a ukládejte je odděleně. Sluší k večerním šatům stejně jako k džínům.`},                                                                                                                                                          // probe54C-cs-CZ-54C04-3
		{treat54P6, "zh-TW", `Reflexions 系列的星塵晶簇墜飾，以925純銀包鑲一片18mm的晶簇石英，搭配45公分項鍊。晶簇是細小的石英結晶在岩石空洞內壁生長而成，表面如糖霜般閃爍。這片晶簇在真空中鍍上一層極薄的鈦金屬膜，因此呈現彩虹般的光澤。鍍膜怕刮，請在擦完香水與乳液後再配戴，並單獨收納。送給生日的壽星，是一份閃亮的心意。`},                                                                                                                                                                                                                                                                                                                                                                                                                                                                              // probe54C-zh-TW-54C01-1
		{treat54P6, "zh-TW", `Reflexions 系列的星塵晶簇墜飾，以925純銀包鑲一片18mm的晶簇石英，搭配45公分項鍊。晶簇是細小的石英結晶在岩石空洞內壁生長而成，表面如糖霜般閃爍。這片晶簇經過鍍鈦處理：在真空中讓鈦金屬蒸氣沉積於結晶表面，形成極薄的膜層，折射出彩虹般的光澤。鍍膜怕刮，請在擦完香水與乳液後再配戴，並單獨收納。送給生日的壽星，是一份閃亮的心意。`},                                                                                                                                                                                                                                                                                                                                                                                                                                                              // probe54C-zh-TW-54C01-2
		{treat54P6, "zh-TW", `Reflexions 系列的星塵晶簇墜飾，以925純銀包鑲一片18mm的晶簇石英，搭配45公分項鍊。晶簇是細小的石英結晶在岩石空洞內壁生長而成，表面如糖霜般閃爍。這片晶簇在真空中鍍上一層極薄的鈦金屬膜，因此呈現彩虹般的光澤。鍍膜怕刮，請在擦完香水與乳液後再配戴，並單獨收納。也可搭配一條14K玫瑰金細手鍊，一起配戴。`},                                                                                                                                                                                                                                                                                                                                                                                                                                                                          // probe54C-zh-TW-54C01-3
		{treat54P7, "pt-BR", `O anel Constelação, da coleção Moments, espalha três diamantes naturais azuis e quatro diamantes brancos sobre um aro fino de ouro branco 18k, com 1,8 mm de largura e 0,35 ct no total. A cor dos diamantes azuis é tratada: depois de lapidadas, as pedras naturais passam por irradiação em laboratório, que altera a estrutura do cristal e deixa o azul estável. O uso diário não altera a cor, mas o calor intenso pode alterá-la, então avise o joalheiro antes de qualquer conserto. Um presente delicado para marcar uma data especial.`},                                                                                        // probe54D-pt-BR-54D02-1
		{treat54P7, "pt-BR", `O anel Constelação, da coleção Moments, espalha três diamantes naturais azuis e quatro diamantes brancos sobre um aro fino de ouro branco 18k, com 1,8 mm de largura e 0,35 ct no total. A cor dos diamantes azuis é tratada: depois de lapidadas, as pedras naturais passam por irradiação em laboratório, que altera a estrutura do cristal e deixa o azul estável. O uso diário não altera a cor, mas o calor intenso pode alterá-la, então avise o joalheiro antes de qualquer conserto. São sete pedras ao todo, três azuis e quatro brancas, num presente delicado para marcar uma data especial.`},                                 // probe54D-pt-BR-54D02-3
		{treat54P8, "ja-JP", `Signatureコレクションの「ソレイユ」リングは、シルバー925にK18ゴールドを3ミクロンの厚さで重ねた、ゴールドヴェルメイユです。一般的なめっきより厚く重ねているため、落ち着いた深みのある金色に仕上がりました。めっきを長く保つため、入浴や水仕事の前には外し、使用後は柔らかい布で汗を拭き取ってください。幅4mmの甲丸アームで、一本でも存在感があります。`},                                                                                                                                                                                                                                                                                                                                                                                                                                                    // blind54B-ja-JP-54B04-2
		{treat54P1, "en-GB", `The surface of the drusy quartz is coated with a thin layer of titanium, which gives it a rainbow shimmer.`},
		{treat54P1, "en-AU", `A film of titanium, bonded to the quartz in a vacuum, gives the stone its blue shimmer.`},
		{treat54P1, "fr-FR", `La surface de la druse est recouverte d'une fine couche de titane qui lui donne un éclat irisé.`},
		{treat54P1, "fr-CA", `Un revêtement de titane déposé sous vide donne à la pierre ses reflets bleus.`},
		{treat54P1, "es-ES", `La superficie de la drusa está recubierta con una fina capa de titanio que le da un brillo irisado.`},
		{treat54P1, "es-MX", `Un recubrimiento de titanio, depositado al vacío, le da a la piedra su brillo azul.`},
		{treat54P1, "pt-BR", `A superfície da drusa é revestida com uma fina camada de titânio, que lhe dá um brilho irisado.`},
		{treat54P1, "pt-PT", `Uma película de titânio depositada em vácuo dá à pedra o seu brilho azul.`},
		{treat54P1, "da-DK", `Stenens overflade er belagt med et tyndt lag titanium, som giver den et regnbueskær.`},
		{treat54P1, "nb-NO", `Steinens overflate er belagt med et tynt lag titan, som gir den et regnbueskjær.`},
		{treat54P1, "sv-SE", `Stenens yta är belagd med ett tunt lager titan, som ger den ett regnbågsskimmer.`},
		{treat54P1, "fi-FI", `Kiven pinta on pinnoitettu ohuella kerroksella titaania, joka antaa sille sateenkaaren hohteen.`},
		{treat54P1, "pl-PL", `Powierzchnię kamienia pokryto cienką warstwą tytanu, która nadaje mu tęczowy połysk.`},
		{treat54P1, "el-GR", `Η επιφάνεια της πέτρας έχει λεπτή επικάλυψη τιτανίου που της δίνει ιριδίζουσα λάμψη.`},
		{treat54P1, "tr-TR", `Taşın yüzeyi ince bir titanyum kaplama ile kaplanmıştır ve gökkuşağı gibi parlar.`},
		{treat54P1, "ar-AE", `سطح الحجر مغطى بطبقة رقيقة من التيتانيوم تمنحه بريقًا بألوان قوس قزح.`},
		{treat54P1, "ja-JP", `ドゥルージークォーツの表面はチタンでコーティングされ、虹色に輝きます。`},
		{treat54P1, "zh-CN", `晶簇石英表面镀上一层极薄的钛膜，呈现彩虹般的光泽。`},
		{treat54P8, "en-US", `The Soleil ring is gold vermeil: 18k gold layered 3 microns thick over sterling silver.`},
		{treat54P8, "de-DE", `Der Ring Soleil ist aus Vermeil: 18 Karat Gold, 3 Mikrometer dick auf Sterlingsilber aufgetragen.`},
		{treat54P8, "fr-FR", `La bague Soleil est en vermeil : une couche d'or 18 carats de 3 microns sur argent massif 925.`},
		{treat54P8, "ko-KR", `솔레이유 반지는 스털링 실버에 18K 골드를 3미크론 두께로 입힌 버메일입니다.`},
		{treat54P8, "zh-CN", `Soleil戒指采用维米尔工艺：在925银上镀3微米厚的18K金。`},
		{treat54P8, "tr-TR", `Soleil yüzük vermeil: 925 ayar gümüş üzerine 3 mikron kalınlığında 18 ayar altın.`},
	}, false))
}

// TestKindsTreat54Bad (#13, treat54): the piece claimed to be made of the
// coating's metal still blocks ("a titanium pendant", "set in titanium",
// "Ohrstecker aus Titan", "De hanger is gemaakt van titanium", 鈦金屬墜飾),
// as does titanium on a drusy whose treatment does not name it, a coating
// word far after the metal, crystals set on the piece, and vermeil on a
// gold layer under 2.5 microns, over brass, or of 9 karat.
func TestKindsTreat54Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{treat54P1, "en-US", `This titanium pendant holds a slice of drusy quartz whose crystals are coated.`},
		{treat54P1, "en-US", `The drusy quartz is coated and set in titanium.`},
		{treat54P1, "en-US", `The pendant is coated with a fine layer of titanium.`},
		{treat54P1, "en-US", `The drusy quartz sits in a bezel coated with titanium.`},
		{treat54P1, "en-GB", `Its crystals are coated with a layer of titanium, and the chain is titanium too.`},
		{treat54Plain, "en-US", `The surface of the drusy quartz is coated with a thin layer of titanium, which gives it a rainbow shimmer.`},
		{treat54P2, "de-DE", `Die Ohrstecker aus Titan sind mit Drusenquarz besetzt, dessen Kristalle bedampft wurden.`},
		{treat54P2, "de-DE", `Die Kristalle wurden mit Titan bedampft und in Titan gefasst.`},
		{treat54P3, "it-IT", `I gemelli in titanio hanno una drusa con rivestimento iridescente.`},
		{treat54P1, "fr-FR", `Ce pendentif en titane porte une druse au revêtement irisé.`},
		{treat54P1, "es-ES", `Este colgante de titanio lleva una drusa con recubrimiento irisado.`},
		{treat54P4, "nl-NL", `De hanger is gemaakt van titanium met een laagje op de kristallen.`},
		{treat54P4, "nl-NL", `De hanger is bezet met glinsterende glaskristallen rond de drusy.`}, // a compound crystal, unread (passed) on main
		{treat54P5, "cs-CZ", `Náušnice z titanu mají krystaly potažené tenkou vrstvou.`},
		{treat54P6, "zh-TW", `這款鈦金屬墜飾鑲嵌一片鍍膜晶簇。`},
		{treat54P6, "zh-TW", `墜飾以鈦金屬製成，晶簇表面鍍膜。`},
		{treat54P7, "pt-BR", `O anel tem cristais cravejados ao redor dos diamantes azuis.`},
		{treat54Thin, "ja-JP", `シルバー925にK18ゴールドを重ねた、ゴールドヴェルメイユのリングです。`},
		{treat54Brass, "ja-JP", `真鍮にK18ゴールドを3ミクロン重ねた、ゴールドヴェルメイユのリングです。`},
		{treat54Nine, "en-US", `The Soleil ring is gold vermeil, finished in 9k gold over sterling silver.`},
		{treat54Thin, "de-DE", `Der Ring Soleil ist aus Vermeil auf Sterlingsilber.`},
	}, true))
}

// TestKindsTreat54Rose (#13, treat54): a rose gold layer of 14 karat and
// 2.5 microns over sterling silver is rose gold vermeil.
func TestKindsTreat54Rose(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{treat54Rose, "en-GB", `The Soleil ring is rose gold vermeil: 14k rose gold, 2.5 microns thick, over sterling silver.`},
	}, false))
}
