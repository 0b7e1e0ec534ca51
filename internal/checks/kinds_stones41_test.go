package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// locales41 are the 25 locales the stones41 kinds are written in; a
// locale missing from a table takes its family's text (stones41Text).
var locales41 = []string{"en-GB", "en-US", "en-AU", "de-DE", "fr-FR", "fr-CA", "es-ES", "es-MX", "it-IT", "pt-PT", "pt-BR", "nl-NL",
	"sv-SE", "da-DK", "nb-NO", "fi-FI", "pl-PL", "cs-CZ", "el-GR", "tr-TR", "ar-AE", "ja-JP", "ko-KR", "zh-CN", "zh-TW"}

var family41 = map[string]string{"en-US": "en-GB", "en-AU": "en-GB", "fr-CA": "fr-FR", "es-MX": "es-ES", "pt-PT": "pt-BR", "zh-TW": "zh-CN"}

// stones41Rows makes one row a locale from a table of texts.
func stones41Rows(texts map[string]string, p core.Product, block bool) []kindRow {
	var rows []kindRow
	for _, l := range locales41 {
		tx, ok := texts[l]
		if !ok {
			tx = texts[family41[l]]
		}
		rows = append(rows, kindRow{l, tx, p, block})
	}
	return rows
}

// TestKindsStones41Ore (#13, stones41; probe 41C's titanium rings in
// en-US 41C101, pt-PT 41C102, nl-NL 41C102, nb-NO 41C104, cs-CZ 41C101,
// zh-TW 41C102, "Titanium is refined from minerals such as rutile and
// ilmenite"): a stone named, after a metal, by a word of winning the metal
// from its ore (ore_words) is the metal's ore, not a stone of the piece
// (grounding/explained_stone.go oreStone); before, rutile blocked
// grounding.stone on a piece with no stones. A metal that is a masked
// keyword ("titan") counts as the metal. Twins: the ore sentence joined to
// a clause that sets the rutile in the ring still blocks.
func TestKindsStones41Ore(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ti := core.Product{SKU: "ST41O", Name: "Band", Category: "ring", Collection: "Essence",
		Materials: []string{"titanium"}, Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"}, Keywords: []string{"titan"}}
	ore := map[string]string{
		"en-GB": "Titanium is refined from minerals such as rutile and ilmenite, and it is very light.",
		"de-DE": "Titan wird aus Erzen wie Rutil und Ilmenit gewonnen und ist sehr leicht.",
		"fr-FR": "Le titane est extrait de minéraux comme le rutile et l'ilménite, et il est très léger.",
		"es-ES": "El titanio se extrae de minerales como el rutilo y la ilmenita, y es muy ligero.",
		"it-IT": "Il titanio è estratto da minerali come il rutilo e l'ilmenite, ed è molto leggero.",
		"pt-BR": "O titânio é extraído de minerais como o rutilo e a ilmenita, e é muito leve.",
		"nl-NL": "Titanium wordt gewonnen uit mineralen als rutiel en ilmeniet en is heel licht.",
		"sv-SE": "Titan utvinns ur mineral som rutil och ilmenit och är mycket lätt.",
		"da-DK": "Titan udvindes af mineraler som rutil og ilmenit og er meget let.",
		"nb-NO": "Titan utvinnes fra mineraler som rutil og ilmenitt og er svært lett.",
		"fi-FI": "Titaani jalostetaan malmeista, kuten rutiili ja ilmeniitti, ja se on hyvin kevyt.",
		"pl-PL": "Tytan pozyskuje się z minerałów takich jak rutyl i ilmenit, a jest bardzo lekki.",
		"cs-CZ": "Titan se získává z minerálů, jako je rutil nebo ilmenit, a je velmi lehký.",
		"el-GR": "Το τιτάνιο εξάγεται από ορυκτά όπως το ρουτίλιο και ο ιλμενίτης και είναι πολύ ελαφρύ.",
		"tr-TR": "Titanyum, rutil ve ilmenit gibi minerallerden elde edilir ve çok hafiftir.",
		"ar-AE": "التيتانيوم يُستخرج من معادن مثل الروتيل والإلمنيت، وهو خفيف جداً.",
		"ja-JP": "チタンはルチルやイルメナイトなどの鉱物から精錬される、とても軽い金属です。",
		"ko-KR": "티타늄은 루틸과 일메나이트 같은 광물에서 추출되며 매우 가볍습니다.",
		"zh-CN": "钛是从金红石、钛铁矿等矿物提炼而成的金属，非常轻。",
		"zh-TW": "鈦是從金紅石、鈦鐵礦等礦物提煉而成的金屬，非常輕。",
	}
	bad := map[string]string{
		"en-GB": "Titanium is refined from ilmenite, and the ring is set with a rutile.",
		"de-DE": "Titan wird aus Ilmenit gewonnen, und der Ring ist mit einem Rutil besetzt.",
		"fr-FR": "Le titane est extrait de l'ilménite, et la bague est sertie d'un rutile.",
		"es-ES": "El titanio se extrae de la ilmenita, y el anillo está engastado con un rutilo.",
		"it-IT": "Il titanio è estratto dall'ilmenite, e l'anello è incastonato con un rutilo.",
		"pt-BR": "O titânio é extraído da ilmenita, e o anel é cravejado com um rutilo.",
		"nl-NL": "Titanium wordt gewonnen uit ilmeniet, en de ring is gezet met een rutiel.",
		"sv-SE": "Titan utvinns ur ilmenit, och ringen är infattad med en rutil.",
		"da-DK": "Titan udvindes af ilmenit, og ringen er besat med en rutil.",
		"nb-NO": "Titan utvinnes fra ilmenitt, og ringen er besatt med en rutil.",
		"fi-FI": "Titaani jalostetaan ilmeniitistä, ja sormuksessa on rutiili.",
		"pl-PL": "Tytan pozyskuje się z ilmenitu, a pierścionek jest wysadzany rutylem.",
		"cs-CZ": "Titan se získává z ilmenitu a prsten je osazen rutilem.",
		"el-GR": "Το τιτάνιο εξάγεται από ιλμενίτη, και το δαχτυλίδι είναι δεμένο με ένα ρουτίλιο.",
		"tr-TR": "Titanyum ilmenitten elde edilir ve yüzük bir rutil ile süslenmiştir.",
		"ar-AE": "التيتانيوم يُستخرج من الإلمنيت، والخاتم مرصع بحجر روتيل.",
		"ja-JP": "チタンはイルメナイトから精錬されます。このリングにはルチルがあしらわれています。",
		"ko-KR": "티타늄은 일메나이트에서 추출되며, 이 반지에는 루틸이 세팅되어 있습니다.",
		"zh-CN": "钛是从钛铁矿提炼而成的，这款戒指镶有一颗金红石。",
		"zh-TW": "鈦是從鈦鐵礦提煉而成的，這款戒指鑲有一顆金紅石。",
	}
	rows := append(stones41Rows(ore, ti, false), stones41Rows(bad, ti, true)...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsStones41Crystal (#13, stones41; released 41's fr-CA and it-IT
// 41A104 "La pierre de lune arc-en-ciel est un feldspath transparent …
// Ces reflets naissent de fines couches superposées dans le cristal",
// pt-PT 41A104 "…; alguns cristais chegaram mesmo dentro de meteoritos",
// pt-BR 41B102 "uma zircônia cristal"): crystal in its mineral sense and
// as a colour name. Three readings: an indefinite article right after a
// copula ("est un feldspath") is the predicate's article and counts no
// stone, so the sentence that defines the stone is about the material and
// the crystal of the next is the stone's (grounding/material_sentence.go
// predicateArticle), and a keyword that names the stone in the copy's
// language ("pierre de lune") names the stone, masked or not
// (stoneNameAt); crystals opening the half of a sentence after a semicolon
// on a piece of natural stones go on with it (joinedCrystal); "cristal"
// right beside the piece's own clear stone is its colour name
// (explained_stone.go crystalColourName). Twins: a crystal set in the
// piece after the same definition, crystals set in the piece after the
// semicolon, and "zircônia cristal" on a red zirconia still block.
func TestKindsStones41Crystal(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	moon := core.Product{SKU: "ST41M", Name: "Reverie", Category: "pendant", Collection: "Reflexions",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "white"}}
	layers := map[string]string{
		"en-GB": "Moonstone is a transparent feldspar. Its glow comes from thin layers inside the crystal.",
		"de-DE": "Mondstein ist ein durchscheinender Feldspat. Sein Schimmer entsteht in dünnen Schichten im Inneren des Kristalls.",
		"fr-FR": "La pierre de lune est un feldspath transparent. Ses reflets naissent de fines couches dans le cristal.",
		"es-ES": "La piedra de luna es un feldespato transparente. Su brillo nace de finas capas dentro del cristal.",
		"it-IT": "La pietra di luna è un feldspato trasparente. Il suo riflesso nasce da sottili strati all'interno del cristallo.",
		"pt-BR": "A pedra da lua é um feldspato transparente. O seu brilho nasce de finas camadas dentro do cristal.",
		"nl-NL": "Maansteen is een doorschijnend veldspaat. De glans ontstaat in dunne laagjes binnen in het kristal.",
		"sv-SE": "Månsten är en genomskinlig fältspat. Skimret uppstår i tunna skikt inne i kristallen.",
		"da-DK": "Månesten er en gennemsigtig feldspat. Skæret opstår i tynde lag inde i krystallen.",
		"nb-NO": "Månestein er en gjennomsiktig feltspat. Skimmeret oppstår i tynne lag inne i krystallen.",
		"fi-FI": "Kuukivi on läpikuultava maasälpä. Sen hohde syntyy ohuista kerroksista kiteen sisällä.",
		"pl-PL": "Kamień księżycowy to przezroczysty skaleń. Jego blask powstaje w cienkich warstwach wewnątrz kryształu.",
		"cs-CZ": "Měsíční kámen je průhledný živec. Jeho lesk vzniká v tenkých vrstvách uvnitř krystalu.",
		"el-GR": "Η πέτρα του φεγγαριού είναι ένας διαφανής άστριος. Η λάμψη της γεννιέται σε λεπτά στρώματα μέσα στον κρύσταλλο.",
		"tr-TR": "Ay taşı saydam bir feldispattır. Parıltısı, ışığı dağıtan ince katmanlar sayesinde kristalin içinde doğar.",
		"ar-AE": "حجر القمر فلسبار شفاف. ينشأ بريقه من طبقات رقيقة داخل البلورة.",
		"ja-JP": "ムーンストーンは透明な長石です。その輝きは結晶の内部の薄い層から生まれます。",
		"ko-KR": "문스톤은 투명한 장석입니다. 그 빛은 결정 내부의 얇은 층에서 생깁니다.",
		"zh-CN": "月光石是一种透明的长石。它的光泽来自晶体内部的薄层。",
		"zh-TW": "月光石是一種透明的長石。它的光澤來自晶體內部的薄層。",
	}
	layersBad := map[string]string{
		"en-GB": "Moonstone is a transparent feldspar. The pendant is also set with a crystal.",
		"de-DE": "Mondstein ist ein durchscheinender Feldspat. Der Anhänger ist auch mit einem Kristall besetzt.",
		"fr-FR": "La pierre de lune est un feldspath transparent. Le pendentif est aussi serti d'un cristal.",
		"es-ES": "La piedra de luna es un feldespato transparente. El colgante también está engastado con un cristal.",
		"it-IT": "La pietra di luna è un feldspato trasparente. Il ciondolo è anche incastonato con un cristallo.",
		"pt-BR": "A pedra da lua é um feldspato transparente. O pingente também é cravejado com um cristal.",
		"nl-NL": "Maansteen is een doorschijnend veldspaat. De hanger is ook gezet met een kristal.",
		"sv-SE": "Månsten är en genomskinlig fältspat. Hänget är också infattat med en kristall.",
		"da-DK": "Månesten er en gennemsigtig feldspat. Vedhænget er også besat med en krystal.",
		"nb-NO": "Månestein er en gjennomsiktig feltspat. Anhenget er også besatt med en krystall.",
		"fi-FI": "Kuukivi on läpikuultava maasälpä. Riipukseen on upotettu myös kristalli.",
		"pl-PL": "Kamień księżycowy to przezroczysty skaleń. Zawieszka jest też wysadzana kryształem.",
		"cs-CZ": "Měsíční kámen je průhledný živec. Přívěsek je také osazen krystalem.",
		"el-GR": "Η πέτρα του φεγγαριού είναι ένας διαφανής άστριος. Το μενταγιόν είναι επίσης δεμένο με έναν κρύσταλλο.",
		"tr-TR": "Ay taşı saydam bir feldispattır. Kolye ucu ayrıca bir kristal ile süslenmiştir.",
		"ar-AE": "حجر القمر فلسبار شفاف. والقلادة مرصعة أيضاً بكريستال.",
		"ja-JP": "ムーンストーンは透明な長石です。このペンダントにはクリスタルもあしらわれています。",
		"ko-KR": "문스톤은 투명한 장석입니다. 이 펜던트에는 크리스털도 세팅되어 있습니다.",
		"zh-CN": "月光石是一种透明的长石。这款吊坠还镶有一颗水晶。",
		"zh-TW": "月光石是一種透明的長石。這款吊墜還鑲有一顆水晶。",
	}
	rows := append(stones41Rows(layers, moon, false), stones41Rows(layersBad, moon, true)...)
	// The stone's name among the keywords, in the copy's language.
	kw := moon
	kw.Keywords = []string{"pierre de lune", "pietra di luna"}
	rows = append(rows,
		kindRow{"fr-CA", "La pierre de lune est un feldspath transparent, traversé de reflets. Ces reflets naissent de fines couches dans le cristal.", kw, false},
		kindRow{"it-IT", "La pietra di luna è un feldspato trasparente, attraversato da riflessi. Il fenomeno nasce da sottili strati all'interno del cristallo.", kw, false},
		kindRow{"fr-CA", "La pierre de lune est un feldspath transparent. Le pendentif porte aussi un cristal.", kw, true},
	)
	peri := core.Product{SKU: "ST41P", Name: "Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "peridot", Colour: "green", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"silver", "green"}}
	joined := map[string]string{
		"en-GB": "Peridot is the gem form of olivine, born deep in the mantle; some crystals even arrived from space.",
		"de-DE": "Peridot ist die Edelsteinform des Olivins, tief im Erdmantel entstanden; manche Kristalle kamen sogar aus dem All.",
		"fr-FR": "Le péridot est la forme gemme de l'olivine, née dans le manteau terrestre ; certains cristaux sont même venus de l'espace.",
		"es-ES": "El peridoto es la forma gema del olivino, nacido en el manto terrestre; algunos cristales llegaron incluso del espacio.",
		"it-IT": "Il peridoto è la forma preziosa dell'olivina, nata nel mantello terrestre; alcuni cristalli sono arrivati perfino dallo spazio.",
		"pt-BR": "O peridoto é a forma preciosa da olivina, nascida no manto terrestre; alguns cristais chegaram mesmo do espaço.",
		"nl-NL": "Peridot is de edelsteenvorm van olivijn, ontstaan diep in de mantel; sommige kristallen kwamen zelfs uit de ruimte.",
		"sv-SE": "Peridot är ädelstensformen av olivin, bildad djupt i manteln; vissa kristaller kom till och med från rymden.",
		"da-DK": "Peridot er ædelstensformen af olivin, dannet dybt i kappen; nogle krystaller kom endda fra rummet.",
		"nb-NO": "Peridot er edelsteinsformen av olivin, dannet dypt i mantelen; noen krystaller kom til og med fra verdensrommet.",
		"fi-FI": "Peridootti on oliviinin jalokivimuoto, joka syntyy syvällä vaipassa; jotkin kiteet ovat tulleet jopa avaruudesta.",
		"pl-PL": "Perydot to szlachetna odmiana oliwinu, powstała głęboko w płaszczu Ziemi; niektóre kryształy przybyły nawet z kosmosu.",
		"cs-CZ": "Peridot je drahokamová forma olivínu, vzniklá hluboko v plášti; některé krystaly přilétly dokonce z vesmíru.",
		"el-GR": "Το περίδοτο είναι η πολύτιμη μορφή του ολιβίνη, γεννημένη βαθιά στον μανδύα· μερικοί κρύσταλλοι ήρθαν ακόμη και από το διάστημα.",
		"tr-TR": "Peridot, olivinin değerli taş biçimidir ve mantoda oluşur; bazı kristaller uzaydan bile gelmiştir.",
		"ar-AE": "الزبرجد هو الشكل الكريم من الأوليفين، ويتكون في عمق الوشاح؛ وبعض البلورات جاءت من الفضاء.",
		"ja-JP": "ペリドットはかんらん石の宝石質のもので、マントルの奥深くで生まれます；一部の結晶は宇宙から届きました。",
		"ko-KR": "페리도트는 감람석의 보석 형태로 맨틀 깊은 곳에서 생깁니다; 일부 결정은 우주에서 오기도 했습니다.",
		"zh-CN": "橄榄石是橄榄石矿物的宝石形态，形成于地幔深处；有些晶体甚至来自太空。",
		"zh-TW": "橄欖石是橄欖石礦物的寶石形態，形成於地函深處；有些晶體甚至來自太空。",
	}
	joinedBad := map[string]string{
		"en-GB": "Peridot is the gem form of olivine, born deep in the mantle; crystals are set around each stud.",
		"de-DE": "Peridot ist die Edelsteinform des Olivins, tief im Erdmantel entstanden; Kristalle sind um jeden Ohrstecker gefasst.",
		"fr-FR": "Le péridot est la forme gemme de l'olivine, née dans le manteau terrestre ; des cristaux sont sertis autour de chaque boucle.",
		"es-ES": "El peridoto es la forma gema del olivino, nacido en el manto terrestre; unos cristales están engastados alrededor de cada pendiente.",
		"it-IT": "Il peridoto è la forma preziosa dell'olivina, nata nel mantello terrestre; dei cristalli sono incastonati attorno a ogni orecchino.",
		"pt-BR": "O peridoto é a forma preciosa da olivina, nascida no manto terrestre; cristais são cravejados em volta de cada brinco.",
		"nl-NL": "Peridot is de edelsteenvorm van olivijn, ontstaan diep in de mantel; de oorbellen zijn ook met kristallen bezet.",
		"sv-SE": "Peridot är ädelstensformen av olivin, bildad djupt i manteln; kristaller är infattade runt varje örhänge.",
		"da-DK": "Peridot er ædelstensformen af olivin, dannet dybt i kappen; krystaller er besat omkring hver ørestikker.",
		"nb-NO": "Peridot er edelsteinsformen av olivin, dannet dypt i mantelen; krystaller er besatt rundt hver ørepynt.",
		"fi-FI": "Peridootti on oliviinin jalokivimuoto, joka syntyy syvällä vaipassa; kristallit on upotettu jokaisen korvakorun ympärille.",
		"pl-PL": "Perydot to szlachetna odmiana oliwinu, powstała głęboko w płaszczu Ziemi; kryształy otaczają każdy kolczyk.",
		"cs-CZ": "Peridot je drahokamová forma olivínu, vzniklá hluboko v plášti; krystaly jsou osazeny kolem každé náušnice.",
		"el-GR": "Το περίδοτο είναι η πολύτιμη μορφή του ολιβίνη, γεννημένη βαθιά στον μανδύα· κρύσταλλοι είναι δεμένοι γύρω από κάθε σκουλαρίκι.",
		"tr-TR": "Peridot, olivinin değerli taş biçimidir ve mantoda oluşur; her küpenin etrafına kristaller işlenmiştir.",
		"ar-AE": "الزبرجد هو الشكل الكريم من الأوليفين، ويتكون في عمق الوشاح؛ والأقراط مرصعة أيضاً بكريستال.",
		"ja-JP": "ペリドットはかんらん石の宝石質のもので、マントルの奥深くで生まれます；各ピアスの周りにはクリスタルがあしらわれています。",
		"ko-KR": "페리도트는 감람석의 보석 형태로 맨틀 깊은 곳에서 생깁니다; 각 귀걸이 주위에는 크리스털이 세팅되어 있습니다.",
		"zh-CN": "橄榄石是橄榄石矿物的宝石形态，形成于地幔深处；每只耳环周围都镶有水晶。",
		"zh-TW": "橄欖石是橄欖石礦物的寶石形態，形成於地函深處；每只耳環周圍都鑲有水晶。",
	}
	rows = append(rows, stones41Rows(joined, peri, false)...)
	rows = append(rows, stones41Rows(joinedBad, peri, true)...)
	cz := core.Product{SKU: "ST41Z", Name: "Drops", Category: "earrings", Collection: "Moments",
		Materials: []string{"sterling silver", "cubic zirconia"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 2, Origin: core.OriginSimulant}},
		Colours: []string{"silver", "clear"}}
	red := cz
	red.Stones = []core.Stone{{Type: "cubic zirconia", Colour: "red", Count: 2, Origin: core.OriginSimulant}}
	red.Colours = []string{"silver", "red"}
	colourName := map[string]string{
		"en-GB": "Each earring holds one crystal cubic zirconia drop.",
		"de-DE": "Jeder Ohrring trägt einen Zirkonia Kristall als Tropfen.",
		"fr-FR": "Chaque boucle porte un zircon cristal en forme de goutte.",
		"es-ES": "Cada pendiente lleva una circonita cristal en forma de gota.",
		"it-IT": "Ogni orecchino porta una zirconia cristallo a goccia.",
		"pt-BR": "Cada brinco tem uma zircônia cristal em formato de gota.",
		"nl-NL": "Elke oorbel draagt een kristal zirkonia in druppelvorm.",
		"sv-SE": "Varje örhänge bär en kristall zirkonia formad som en droppe.",
		"da-DK": "Hver ørering bærer en krystal zirkonia formet som en dråbe.",
		"nb-NO": "Hver ørering har en krystall zirkonia formet som en dråpe.",
		"fi-FI": "Jokaisessa korvakorussa on kristalli zirkonia pisaran muotoisena.",
		"pl-PL": "Każdy kolczyk ma cyrkonię kryształ w kształcie kropli.",
		"cs-CZ": "Každá náušnice nese zirkon krystal ve tvaru kapky.",
		"el-GR": "Κάθε σκουλαρίκι έχει ένα ζιργκόν κρύσταλλο σε σχήμα σταγόνας.",
		"tr-TR": "Her küpede damla biçiminde bir kristal zirkon var.",
		"ar-AE": "يحمل كل قرط زركون كريستال على شكل قطرة.",
		"ja-JP": "各ピアスにはしずく形のクリスタルキュービックジルコニアがひとつ。",
		"ko-KR": "각 귀걸이에는 물방울 모양의 크리스털 큐빅 지르코니아가 하나 있습니다.",
		"zh-CN": "每只耳环都有一颗水晶色锆石水滴。",
		"zh-TW": "每只耳環都有一顆水晶色鋯石水滴。",
	}
	rows = append(rows, stones41Rows(colourName, cz, false)...)
	// On a red zirconia the crystal is no colour name of its stone. Chinese
	// reads 水晶色 as a colour word itself; its twin names a crystal beside
	// the zirconia.
	redName := map[string]string{}
	for l, tx := range colourName {
		redName[l] = tx
	}
	redName["zh-CN"] = "每只耳环都有一颗锆石和一颗水晶。"
	redName["zh-TW"] = "每只耳環都有一顆鋯石和一顆水晶。"
	rows = append(rows, stones41Rows(redName, red, true)...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsStones41Sibling (#13, stones41; probe 41C's it-IT 41C104 on
// sapphire (lab-grown there, natural here, so no qualifier is asked), "Anche il rubino è corindone, tinto di rosso dal
// cromo"): a relative of the piece's stone (canon stone_groups) said, as
// the first fact of its clause, to be the species the piece's stone
// belongs to (genusOfOwn), in a sentence with no word of the piece, is the
// species explained through its sibling (grounding/explained_stone.go
// siblingSpecies); before, the ruby blocked grounding.stone where a word
// of another sense ("tinto", dyed) made the sentence the piece's. Twins: a
// ruby set in the earrings and said to be corundum, and the earrings' own
// ruby, still block.
func TestKindsStones41Sibling(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	sa := core.Product{SKU: "ST41S", Name: "Drops", Category: "earrings", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"silver", "blue"}}
	ok := map[string]string{
		"en-GB": "Sapphire is corundum. Ruby is also corundum, dyed red by chromium.",
		"de-DE": "Saphir ist Korund. Auch Rubin ist Korund, rot gefärbt durch Chrom.",
		"fr-FR": "Le saphir est un corindon. Le rubis est lui aussi un corindon, teinté de rouge par le chrome.",
		"es-ES": "El zafiro es corindón. El rubí también es corindón, teñido de rojo por el cromo.",
		"it-IT": "Lo zaffiro è corindone. Anche il rubino è corindone, tinto di rosso dal cromo.",
		"pt-BR": "A safira é coríndon. O rubi também é coríndon, tingido de vermelho pelo crómio.",
		"nl-NL": "Saffier is korund. Ook robijn is korund, rood geverfd door chroom.",
		"sv-SE": "Safir är korund. Även rubin är korund, rödfärgad av krom.",
		"da-DK": "Safir er korund. Også rubin er korund, farvet rød af krom.",
		"nb-NO": "Safir er korund. Også rubin er korund, farget rød av krom.",
		"fi-FI": "Safiiri on korundia. Myös rubiini on korundia, jonka kromi värjää punaiseksi.",
		"pl-PL": "Szafir to korund. Rubin to także korund, barwiony na czerwono przez chrom.",
		"cs-CZ": "Safír je korund. Také rubín je korund, zbarvený do červena chromem.",
		"el-GR": "Το ζαφείρι είναι κορούνδιο. Και το ρουμπίνι είναι κορούνδιο, βαμμένο κόκκινο από χρώμιο.",
		"tr-TR": "Safir bir korindondur. Yakut da korindondur, kromla kırmızıya boyanır.",
		"ar-AE": "الياقوت الأزرق من الكوراندوم. والياقوت الأحمر أيضاً كوراندوم يصبغه الكروم بالأحمر.",
		"ja-JP": "サファイアはコランダムです。ルビーもコランダムで、クロムで赤く染まります。",
		"ko-KR": "사파이어는 커런덤입니다. 루비도 커런덤이며 크롬으로 붉게 물듭니다.",
		"zh-CN": "蓝宝石是刚玉。红宝石也是刚玉，由铬染成红色。",
		"zh-TW": "藍寶石是剛玉。紅寶石也是剛玉，由鉻染成紅色。",
	}
	bad := map[string]string{
		"en-GB": "Sapphire is corundum. Each earring also holds a ruby, which is corundum too.",
		"de-DE": "Saphir ist Korund. Jeder Ohrring ist auch mit einem Rubin besetzt, der ebenfalls Korund ist.",
		"fr-FR": "Le saphir est un corindon. Chaque boucle est aussi sertie d'un rubis, lui aussi un corindon.",
		"es-ES": "El zafiro es corindón. Cada pendiente también está engastado con un rubí, que también es corindón.",
		"it-IT": "Lo zaffiro è corindone. Ogni orecchino è anche incastonato con un rubino, anch'esso corindone.",
		"pt-BR": "A safira é coríndon. Cada brinco também é cravejado com um rubi, que também é coríndon.",
		"nl-NL": "Saffier is korund. Elke oorbel is ook gezet met een robijn, die eveneens korund is.",
		"sv-SE": "Safir är korund. Varje örhänge är också infattat med en rubin, som också är korund.",
		"da-DK": "Safir er korund. Hver ørering er også besat med en rubin, som også er korund.",
		"nb-NO": "Safir er korund. Hver ørering er også besatt med en rubin, som også er korund.",
		"fi-FI": "Safiiri on korundia. Jokaiseen korvakoruun on upotettu myös rubiini, joka on myös korundia.",
		"pl-PL": "Szafir to korund. Każdy kolczyk jest też wysadzany rubinem, który również jest korundem.",
		"cs-CZ": "Safír je korund. Každá náušnice je také osazena rubínem, který je rovněž korund.",
		"el-GR": "Το ζαφείρι είναι κορούνδιο. Κάθε σκουλαρίκι είναι επίσης δεμένο με ένα ρουμπίνι, που είναι κι αυτό κορούνδιο.",
		"tr-TR": "Safir bir korindondur. Her küpe ayrıca bir yakut ile süslenmiştir; yakut da korindondur.",
		"ar-AE": "الياقوت الأزرق من الكوراندوم. وكل قرط مرصع أيضاً بياقوتة حمراء، وهي كوراندوم كذلك.",
		"ja-JP": "サファイアはコランダムです。各ピアスにはルビーもあしらわれており、ルビーもコランダムです。",
		"ko-KR": "사파이어는 커런덤입니다. 각 귀걸이에는 루비도 세팅되어 있으며 루비도 커런덤입니다.",
		"zh-CN": "蓝宝石是刚玉。每只耳环还镶有一颗红宝石，红宝石也是刚玉。",
		"zh-TW": "藍寶石是剛玉。每只耳環還鑲有一顆紅寶石，紅寶石也是剛玉。",
	}
	rows := append(stones41Rows(ok, sa, false), stones41Rows(bad, sa, true)...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsStones41Nickname (#13, stones41; probe 41D's en-AU 41D102
// "It's sometimes nicknamed 'Siberian emerald', though it's a different
// mineral" on chrome diopside): a gem word inside a trade nickname
// (nickname_words) that its sentence disowns (nickname_denials or a
// negator after it) is no stone of the piece (grounding/explained_stone.go
// nicknameStone); before, the emerald blocked grounding.stone. Twins: the
// same denial with no nickname, the emerald set in the studs, still blocks.
func TestKindsStones41Nickname(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	di := core.Product{SKU: "ST41D", Name: "Studs", Category: "earrings", Collection: "Lumière",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "chrome diopside", Colour: "green", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"silver", "green"}}
	ok := map[string]string{
		"en-GB": "Our studs hold chrome diopside. It is sometimes nicknamed 'Siberian emerald', though it is a different mineral and a little softer.",
		"de-DE": "Unsere Ohrstecker tragen Chromdiopsid. Er hat den Spitznamen „sibirischer Smaragd“, ist aber ein anderes Mineral und etwas weicher.",
		"fr-FR": "Nos puces portent un diopside chromifère. On le surnomme parfois « émeraude de Sibérie », mais c'est un autre minéral, un peu plus tendre.",
		"es-ES": "Nuestros pendientes llevan diópsido de cromo. A veces lo llaman «esmeralda siberiana», aunque es otro mineral, algo más blando.",
		"it-IT": "I nostri orecchini portano diopside al cromo. È soprannominato «smeraldo siberiano», ma è un altro minerale, un po' più tenero.",
		"pt-BR": "Nossos brincos têm diopsídio de cromo. Às vezes é apelidado de «esmeralda siberiana», mas é outro mineral, um pouco mais macio.",
		"nl-NL": "Onze oorknopjes hebben chroomdiopside. Het heeft de bijnaam 'Siberische smaragd', maar het is een ander mineraal en iets zachter.",
		"sv-SE": "Våra örhängen har kromdiopsid. Den har smeknamnet 'sibirisk smaragd', men det är ett annat mineral och lite mjukare.",
		"da-DK": "Vores ørestikkere har kromdiopsid. Den har kælenavnet 'sibirisk smaragd', men det er et andet mineral og lidt blødere.",
		"nb-NO": "Våre øreplugger har kromdiopsid. Den har kallenavnet 'sibirsk smaragd', men det er et annet mineral og litt mykere.",
		"fi-FI": "Nappikorvakoruissamme on kromidiopsidia. Sen lempinimi on 'Siperian smaragdi', mutta se on eri mineraali ja hieman pehmeämpi.",
		"pl-PL": "Nasze kolczyki mają diopsyd chromowy. Bywa zwany „syberyjskim szmaragdem”, choć to inny minerał, nieco bardziej miękki.",
		"cs-CZ": "Naše náušnice nesou chromdiopsid. Přezdívá se mu „sibiřský smaragd“, ale je to jiný minerál a je o něco měkčí.",
		"el-GR": "Τα σκουλαρίκια μας έχουν χρωμιούχο διοψίδιο. Αποκαλείται «σιβηρικό σμαράγδι», αν και είναι διαφορετικό ορυκτό και λίγο μαλακότερο.",
		"tr-TR": "Küpelerimizde krom diopsit var. Ona bazen 'Sibirya zümrüdü' lakabı verilir, ama farklı bir mineraldir ve biraz daha yumuşaktır.",
		"ar-AE": "أقراطنا مرصعة بالديوبسيد الكرومي. ويُلقب أحياناً «زمرد سيبيريا»، لكنه معدن مختلف وأكثر ليونة قليلاً.",
		"ja-JP": "私たちのピアスにはクロムダイオプサイドがあしらわれています。「シベリアンエメラルド」と呼ばれることもありますが、別の鉱物で少し柔らかい石です。",
		"ko-KR": "저희 귀걸이에는 크롬 디옵사이드가 있습니다. '시베리안 에메랄드'라는 별칭이 있지만 다른 광물이며 조금 더 무릅니다.",
		"zh-CN": "我们的耳钉镶有铬透辉石。它有时被称为“西伯利亚祖母绿”，但它是不同的矿物，也稍软一些。",
		"zh-TW": "我們的耳針鑲有鉻透輝石。它有時被稱為「西伯利亞祖母綠」，但它是不同的礦物，也稍軟一些。",
	}
	bad := map[string]string{
		"en-GB": "Our studs hold chrome diopside. Each stud also holds an emerald, though it is a different mineral.",
		"de-DE": "Unsere Ohrstecker tragen Chromdiopsid. Jeder Ohrstecker ist auch mit einem Smaragd besetzt, einem anderen Mineral.",
		"fr-FR": "Nos puces portent un diopside chromifère. Chaque puce est aussi sertie d'une émeraude, un autre minéral.",
		"es-ES": "Nuestros pendientes llevan diópsido de cromo. Cada pendiente también está engastado con una esmeralda, otro mineral.",
		"it-IT": "I nostri orecchini portano diopside al cromo. Ogni orecchino è anche incastonato con uno smeraldo, un altro minerale.",
		"pt-BR": "Nossos brincos têm diopsídio de cromo. Cada brinco também é cravejado com uma esmeralda, outro mineral.",
		"nl-NL": "Onze oorknopjes hebben chroomdiopside. Elke oorbel is ook gezet met een smaragd, een ander mineraal.",
		"sv-SE": "Våra örhängen har kromdiopsid. Varje örhänge är också infattat med en smaragd, ett annat mineral.",
		"da-DK": "Vores ørestikkere har kromdiopsid. Hver ørering er også besat med en smaragd, et andet mineral.",
		"nb-NO": "Våre øreplugger har kromdiopsid. Hver ørering er også besatt med en smaragd, et annet mineral.",
		"fi-FI": "Nappikorvakoruissamme on kromidiopsidia. Jokaiseen korvakoruun on upotettu myös smaragdi, eri mineraali.",
		"pl-PL": "Nasze kolczyki mają diopsyd chromowy. Każdy kolczyk jest też wysadzany szmaragdem, innym minerałem.",
		"cs-CZ": "Naše náušnice nesou chromdiopsid. Každá náušnice je také osazena smaragdem, jiným minerálem.",
		"el-GR": "Τα σκουλαρίκια μας έχουν χρωμιούχο διοψίδιο. Κάθε σκουλαρίκι είναι επίσης δεμένο με ένα σμαράγδι, διαφορετικό ορυκτό.",
		"tr-TR": "Küpelerimizde krom diopsit var. Her küpe ayrıca bir zümrüt ile süslenmiştir; farklı bir mineraldir.",
		"ar-AE": "أقراطنا مرصعة بالديوبسيد الكرومي. وكل قرط مرصع أيضاً بزمردة، وهي معدن مختلف.",
		"ja-JP": "私たちのピアスにはクロムダイオプサイドがあしらわれています。各ピアスにはエメラルドもあしらわれていますが、別の鉱物です。",
		"ko-KR": "저희 귀걸이에는 크롬 디옵사이드가 있습니다. 각 귀걸이에는 에메랄드도 세팅되어 있으며 다른 광물입니다.",
		"zh-CN": "我们的耳钉镶有铬透辉石。每只耳钉还镶有一颗祖母绿，它是不同的矿物。",
		"zh-TW": "我們的耳針鑲有鉻透輝石。每只耳針還鑲有一顆祖母綠，它是不同的礦物。",
	}
	rows := append(stones41Rows(ok, di, false), stones41Rows(bad, di, true)...)
	checkKindRows(t, svc, CatGrounding, rows)
}
