package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsExpl51 (#13, expl51): a black oxidised zirconium
// band, an 18k red gold bracelet, an irradiated Swiss blue topaz ring, a
// lab-grown alexandrite pendant, and the indicolite tourmaline bracelet,
// beryllium-diffused orange sapphire studs and heated blue zircon ring of
// released 51B and probe 51C/51D, and probe 51C's mokume-gane bangle of
// sterling silver and copper.
var (
	expl51Zr     = misses49Product(`{"name": "Black Zirconium Band", "category": "ring", "collection": "Moments", "materials": ["black oxidised zirconium"], "stones": [], "colours": ["black"], "features": ["nickel-free"], "sku": "E51-001"}`)
	expl51Red    = misses49Product(`{"name": "Red Gold Bracelet", "category": "bracelet", "collection": "Moments", "materials": ["18k red gold"], "stones": [], "colours": ["red"], "features": ["solid gold"], "sku": "E51-002"}`)
	expl51Topaz  = misses49Product(`{"name": "Blue Topaz Ring", "category": "ring", "collection": "Moments", "materials": ["14k white gold"], "stones": [{"type": "topaz", "colour": "Swiss blue", "count": 1, "origin": "natural", "treatment": "irradiated"}], "colours": ["blue", "white"], "sku": "E51-003"}`)
	expl51Alex   = misses49Product(`{"name": "Alexandrite Pendant", "category": "pendant", "collection": "Moments", "materials": ["sterling silver"], "stones": [{"type": "alexandrite", "colour": "colour-change green to purple", "count": 1, "origin": "lab_grown"}], "colours": ["green", "purple", "silver"], "sku": "E51-004"}`)
	expl51Tour   = misses49Product(`{"name": "Lagün Bileklik", "category": "bracelet", "collection": "Reflexions", "materials": ["14k yellow gold"], "stones": [{"type": "indicolite tourmaline", "colour": "blue-green", "count": 5, "origin": "natural"}], "colours": ["blue-green", "gold"], "sku": "E51-005"}`)
	expl51Saph   = misses49Product(`{"name": "Oorknoppen Zonnegloed", "category": "earrings", "collection": "Moments", "materials": ["14k yellow gold"], "stones": [{"type": "sapphire", "colour": "orange", "count": 2, "origin": "natural", "treatment": "beryllium-diffused"}], "colours": ["orange", "gold"], "sku": "E51-006"}`)
	expl51Zircon = misses49Product(`{"name": "Pierścionek Heritage", "category": "ring", "collection": "Heritage", "materials": ["recycled 925 sterling silver"], "stones": [{"type": "zircon", "colour": "blue", "count": 1, "origin": "natural", "treatment": "heated"}], "colours": ["blue", "silver"], "sku": "E51-007"}`)
	expl51Mokume = misses49Product(`{"name": "Armring Treverk", "category": "bangle", "collection": "Moments", "materials": ["sterling silver", "copper"], "stones": [], "colours": ["silver", "copper"], "sku": "E51-008"}`)
)

// expl51Row is one row of the expl51 tables: a text in a locale on a
// product.
type expl51Row struct {
	p            core.Product
	locale, text string
}

// expl51Rows makes kind rows of rs, each wanting block.
func expl51Rows(rs []expl51Row, block bool) []kindRow {
	out := make([]kindRow, 0, len(rs))
	for _, r := range rs {
		out = append(out, kindRow{r.locale, r.text, r.p, block})
	}
	return out
}

// TestKindsExpl51 (#13, expl51): copy that explains its material named
// other things in the explanation and blocked as grounding.stone or
// grounding.material. (1) "Crystal" as a science word: the crystal of the
// product's own stone grown in a laboratory or changed by its treatment
// ("Each crystal is grown slowly from a melt in a laboratory", "which
// alters the colour centres in the crystal", "które zmienia barwę
// kryształu", "waarna het in het kristal trekt", "Kristal, eriyikten …
// büyütülür"; grounding/science_crystal.go), and tr "Rengi kristale
// bakılan yöne göre değişir" stays open. (2) Another metal named to explain the
// piece's: titanium as zirconium's relative ("related to titanium",
// "parente del titanio", "i samme familie som titan": kinship phrases in
// contrast_before, 18 packs), copper as the member of 18k red gold
// (red gold was no form of rose gold, so the product read as yellow gold
// and nl "roodgoud", fi "punakulta" named nothing; nl "waarin" opens a
// relative clause, not the copula's predicate; fi "saman pitoisuuden"
// fills a comparison). Every row blocked grounding on main d8b2d461.
func TestKindsExpl51(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{expl51Alex, "en-GB", "Each crystal is grown slowly from a melt in a laboratory."},
		{expl51Alex, "en-AU", "These crystals are grown slowly in a laboratory instead."},
		{expl51Alex, "de-DE", "Der Kristall wird im Labor langsam aus einer Schmelze gezüchtet."},
		{expl51Alex, "fr-CA", "Le cristal est cultivé lentement en laboratoire."},
		{expl51Alex, "es-ES", "El cristal se cultiva lentamente en un laboratorio a partir de una masa fundida."},
		{expl51Alex, "it-IT", "Il cristallo viene coltivato lentamente in laboratorio da un fuso."},
		{expl51Alex, "pt-PT", "O cristal é cultivado lentamente em laboratório."},
		{expl51Alex, "nl-NL", "Het kristal wordt in een laboratorium langzaam gekweekt uit een smelt."},
		{expl51Alex, "pl-PL", "Kryształ jest powoli hodowany w laboratorium."},
		{expl51Alex, "cs-CZ", "Krystal se pomalu pěstuje v laboratoři."},
		{expl51Alex, "tr-TR", "Kristal, laboratuvarda eriyikten yavaşça büyütülür."},
		{expl51Topaz, "en-GB", "Irradiation alters the colour centres in the crystal."},
		{expl51Topaz, "en-US", "Irradiating the stone alters the color centers in the crystal."},
		{expl51Topaz, "en-AU", "The blue comes from irradiating the stone, which changes the colour centres in the crystal."},
		{expl51Topaz, "de-DE", "Die Bestrahlung verändert die Farbzentren im Kristall."},
		{expl51Topaz, "fr-FR", "L'irradiation modifie les centres colorés du cristal."},
		{expl51Topaz, "fr-CA", "L'irradiation modifie les centres de couleur dans le cristal."},
		{expl51Topaz, "nl-NL", "Bestraling verandert de kleurcentra in het kristal."},
		{expl51Topaz, "pl-PL", "Napromieniowanie zmienia barwę kryształu."},
		{expl51Topaz, "cs-CZ", "Ozařování mění barevná centra v krystalu."},
		{expl51Topaz, "el-GR", "Η ακτινοβόληση αλλάζει τα κέντρα χρώματος στον κρύσταλλο."},
		{expl51Zr, "en-GB", "Zirconium is a metal related to titanium."},
		{expl51Zr, "en-US", "Zirconium is a close relative of titanium."},
		{expl51Zr, "de-DE", "Zirkonium ist ein Metall, eng verwandt mit Titan."},
		{expl51Zr, "fr-FR", "Ce métal est apparenté au titane."},
		{expl51Zr, "fr-CA", "Ce métal est un proche parent du titane."},
		{expl51Zr, "es-ES", "El circonio es un metal emparentado con el titanio."},
		{expl51Zr, "es-MX", "El circonio es pariente del titanio."},
		{expl51Zr, "it-IT", "Lo zirconio è un metallo parente del titanio."},
		{expl51Zr, "pt-PT", "O zircónio é um metal aparentado com o titânio."},
		{expl51Zr, "pt-BR", "O zircônio é um metal parente do titânio."},
		{expl51Zr, "nl-NL", "Zirkonium is een metaal, verwant aan titanium."},
		{expl51Zr, "nb-NO", "Zirkonium er et metall i samme familie som titan."},
		{expl51Zr, "da-DK", "Zirkonium er et metal i samme familie som titan."},
		{expl51Zr, "sv-SE", "Zirkonium är en metall, släkt med titan."},
		{expl51Zr, "fi-FI", "Zirkonium kuuluu samaan ryhmään kuin titaani."},
		{expl51Zr, "pl-PL", "Ten metal jest spokrewniony z tytanem."},
		{expl51Zr, "cs-CZ", "Zirkonium je kov příbuzný s titanem."},
		{expl51Zr, "el-GR", "Το ζιρκόνιο είναι μέταλλο συγγενές με το τιτάνιο."},
		{expl51Red, "de-DE", "Rotgold verdankt seine Farbe dem Kupfer."},
		{expl51Red, "it-IT", "L'oro rosso deve il suo colore al rame."},
		{expl51Red, "nl-NL", "Roodgoud is goud waarin koper de toon zet."},
		{expl51Red, "nb-NO", "Rødgull får fargen sin fra kobber."},
		{expl51Red, "da-DK", "Rødguld får sin farve fra kobber."},
		{expl51Red, "sv-SE", "Rödguld får sin färg från koppar."},
		{expl51Red, "fi-FI", "Punakulta saa sävynsä kuparista."},
		{expl51Saph, "nl-NL", "Deze stenen hebben hun warme oranje tint gekregen door berylliumdiffusie: ze worden met dit lichte element tot bijna 1800 °C verhit, waarna het in het kristal trekt en de kleur blijvend verandert."},
		{expl51Zircon, "pl-PL", "Ten czysty błękit cyrkon uzyskuje dzięki wygrzewaniu w temperaturze około 1000°C, które zmienia barwę kryształu."},
		{expl51Topaz, "en-AU", "Topaz usually comes out of the ground colourless; this blue is produced by irradiating the stone under controlled conditions, which alters the colour centres in the crystal."},
		{expl51Topaz, "fr-FR", "La topaze sort le plus souvent de terre très pâle, et ce bleu lui est donné par irradiation, qui modifie les centres colorés du cristal."},
		{expl51Alex, "fr-FR", "Le cristal est obtenu en laboratoire par une croissance lente à partir d'un bain en fusion, et présente la composition chimique et la dureté de l'alexandrite."},
		{expl51Alex, "tr-TR", "Kristal, eriyikten kontrollü koşullarda yavaşça büyütülür ve aleksandritin kimyasal yapısını ve 8,5 sertliğini taşır."},
		{expl51Zr, "en-US", "It starts as a ring of zirconium, a silvery metal related to titanium, which is then heated in air."},
		{expl51Zr, "it-IT", "Lo zirconio è un metallo grigio argenteo, parente del titanio."},
		{expl51Zr, "nb-NO", "Ringen er dreid i zirkonium, et gråhvitt metall i samme familie som titan."},
		{expl51Red, "nl-NL", "Roodgoud is goud waarin koper de toon zet. Koper maakt het metaal bovendien iets harder dan geelgoud van hetzelfde gehalte."},
		{expl51Red, "fi-FI", "Punakulta saa sävynsä kuparista. Kupari tekee seoksesta myös hieman kovemman kuin saman pitoisuuden keltakulta."},
	}, false))
}

// TestKindsExpl51Pinned (#13, expl51): the same kinds in the locales
// where they already passed on main d8b2d461 (growth and treatment words
// known already, 結晶/결정/晶体 no crystal stone word, a red gold whose
// alloy read as yellow gold's): pinned so the change keeps them passing.
func TestKindsExpl51Pinned(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{expl51Alex, "en-US", "The crystal is grown slowly in a laboratory from a melt."},
		{expl51Alex, "fr-FR", "Le cristal est obtenu en laboratoire par une croissance lente."},
		{expl51Alex, "es-MX", "El cristal crece lentamente en un laboratorio."},
		{expl51Alex, "pt-BR", "O cristal cresce lentamente em laboratório a partir de um material fundido."},
		{expl51Alex, "nb-NO", "Krystallen dyrkes langsomt i et laboratorium."},
		{expl51Alex, "da-DK", "Krystallen dyrkes langsomt i et laboratorium."},
		{expl51Alex, "sv-SE", "Kristallen odlas långsamt i ett laboratorium."},
		{expl51Alex, "fi-FI", "Kide kasvatetaan hitaasti laboratoriossa."},
		{expl51Alex, "el-GR", "Ο κρύσταλλος αναπτύσσεται αργά σε εργαστήριο."},
		{expl51Alex, "ar-AE", "البلورة تُنمّى ببطء في المختبر."},
		{expl51Alex, "ja-JP", "結晶は研究所でゆっくりと育てられます。"},
		{expl51Alex, "ko-KR", "결정은 연구소에서 천천히 성장시킵니다."},
		{expl51Alex, "zh-CN", "晶体在实验室中缓慢生长而成。"},
		{expl51Alex, "zh-TW", "晶體在實驗室中緩慢生長而成。"},
		{expl51Topaz, "es-ES", "La irradiación modifica los centros de color del cristal."},
		{expl51Topaz, "es-MX", "La irradiación cambia los centros de color dentro del cristal."},
		{expl51Topaz, "it-IT", "L'irraggiamento modifica i centri di colore del cristallo."},
		{expl51Topaz, "pt-PT", "A irradiação altera os centros de cor do cristal."},
		{expl51Topaz, "pt-BR", "A irradiação altera os centros de cor do cristal."},
		{expl51Topaz, "nb-NO", "Bestråling endrer fargesentrene i krystallen."},
		{expl51Topaz, "da-DK", "Bestråling ændrer farvecentrene i krystallen."},
		{expl51Topaz, "sv-SE", "Bestrålning ändrar färgcentrumen i kristallen."},
		{expl51Topaz, "fi-FI", "Säteilytys muuttaa kiteen värikeskuksia."},
		{expl51Topaz, "tr-TR", "Işınlama, kristaldeki renk merkezlerini değiştirir."},
		{expl51Topaz, "ar-AE", "يغيّر التشعيع مراكز اللون في البلورة."},
		{expl51Topaz, "ja-JP", "照射処理によって結晶内の色中心が変わります。"},
		{expl51Topaz, "ko-KR", "방사선 처리는 결정 속 색 중심을 바꿉니다."},
		{expl51Topaz, "zh-CN", "辐照处理改变了晶体中的色心。"},
		{expl51Topaz, "zh-TW", "輻照處理改變了晶體中的色心。"},
		{expl51Red, "en-GB", "Red gold takes its colour from copper."},
		{expl51Red, "en-US", "Red gold gets its color from copper."},
		{expl51Red, "en-AU", "Red gold owes its warm tone to copper."},
		{expl51Red, "fr-FR", "L'or rouge doit sa teinte au cuivre."},
		{expl51Red, "fr-CA", "L'or rouge tire sa couleur du cuivre."},
		{expl51Red, "es-ES", "El oro rojo debe su color al cobre."},
		{expl51Red, "es-MX", "El oro rojo obtiene su tono del cobre."},
		{expl51Red, "pt-PT", "O ouro vermelho deve a sua cor ao cobre."},
		{expl51Red, "pt-BR", "O ouro vermelho deve sua cor ao cobre."},
		{expl51Red, "pl-PL", "Czerwone złoto zawdzięcza swój kolor miedzi."},
		{expl51Red, "cs-CZ", "Červené zlato vděčí za svou barvu mědi."},
		{expl51Red, "el-GR", "Ο κόκκινος χρυσός οφείλει το χρώμα του στον χαλκό."},
		{expl51Red, "tr-TR", "Kırmızı altın rengini bakırdan alır."},
		{expl51Red, "ar-AE", "يستمد الذهب الأحمر لونه من النحاس."},
		{expl51Red, "ja-JP", "レッドゴールドの色は銅によるものです。"},
		{expl51Red, "ko-KR", "레드 골드는 구리에서 색을 얻습니다."},
		{expl51Red, "zh-CN", "红金的颜色来自铜。"},
		{expl51Red, "zh-TW", "紅金的顏色來自銅。"},
	}, false))
}

// TestKindsExpl51Bad (#13, expl51): guard rails that still block as
// grounding: crystals set on the piece, lab-grown or irradiated, beside
// its own lab-grown alexandrite or irradiated topaz; "the ring is
// titanium" on zirconium; a copper bracelet on red gold; copper said of
// the piece after the alloy's explanation; yellow gold said of a red gold
// piece. Arabic crystals (ببلورات) are no crystal form and are left out.
func TestKindsExpl51Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{expl51Alex, "en-GB", "The pendant is set with sparkling crystals."},
		{expl51Alex, "en-US", "Crystals grown in a laboratory are set around the alexandrite."},
		{expl51Alex, "en-AU", "The pendant is set with lab-grown crystals."},
		{expl51Alex, "de-DE", "Der Anhänger ist mit funkelnden Kristallen besetzt."},
		{expl51Alex, "fr-FR", "Le pendentif est serti de cristaux scintillants."},
		{expl51Alex, "fr-CA", "Le pendentif est serti de cristaux scintillants."},
		{expl51Alex, "es-ES", "El colgante está engastado con cristales brillantes."},
		{expl51Alex, "es-MX", "El dije está engastado con cristales brillantes."},
		{expl51Alex, "it-IT", "Il ciondolo è incastonato con cristalli scintillanti."},
		{expl51Alex, "pt-PT", "O pendente está cravejado de cristais cintilantes."},
		{expl51Alex, "pt-BR", "O pingente é cravejado de cristais cintilantes."},
		{expl51Alex, "nl-NL", "De hanger is bezet met fonkelende kristallen."},
		{expl51Alex, "nb-NO", "Anhenget er besatt med glitrende krystaller."},
		{expl51Alex, "da-DK", "Vedhænget er besat med funklende krystaller."},
		{expl51Alex, "sv-SE", "Hängsmycket är besatt med gnistrande kristaller."},
		{expl51Alex, "fi-FI", "Riipukseen on upotettu kimaltavia kristalleja."},
		{expl51Alex, "pl-PL", "Wisiorek jest wysadzany lśniącymi kryształami."},
		{expl51Alex, "cs-CZ", "Přívěsek je osazen třpytivými krystaly."},
		{expl51Alex, "el-GR", "Το μενταγιόν είναι διακοσμημένο με λαμπερούς κρυστάλλους."},
		{expl51Alex, "tr-TR", "Kolye ucu parlak kristallerle süslenmiştir."},
		{expl51Alex, "ja-JP", "ペンダントにはきらめくクリスタルがあしらわれています。"},
		{expl51Alex, "ko-KR", "펜던트에는 반짝이는 크리스털이 세팅되어 있습니다."},
		{expl51Alex, "zh-CN", "吊坠镶嵌着闪亮的水晶。"},
		{expl51Alex, "zh-TW", "吊墜鑲嵌著閃亮的水晶。"},
		{expl51Topaz, "en-GB", "The ring is set with irradiated crystals."},
		{expl51Topaz, "en-US", "The ring is set with sparkling crystals, irradiated for colour."},
		{expl51Topaz, "en-AU", "Irradiated crystals are set along the ring's band."},
		{expl51Topaz, "de-DE", "Der Ring ist mit bestrahlten Kristallen besetzt."},
		{expl51Topaz, "fr-FR", "La bague est sertie de cristaux irradiés."},
		{expl51Topaz, "fr-CA", "La bague est sertie de cristaux irradiés."},
		{expl51Topaz, "es-ES", "El anillo está engastado con cristales irradiados."},
		{expl51Topaz, "es-MX", "El anillo está engastado con cristales irradiados."},
		{expl51Topaz, "it-IT", "L'anello è incastonato con cristalli irradiati."},
		{expl51Topaz, "pt-PT", "O anel está cravejado de cristais irradiados."},
		{expl51Topaz, "pt-BR", "O anel é cravejado de cristais irradiados."},
		{expl51Topaz, "nl-NL", "De ring is bezet met bestraalde kristallen."},
		{expl51Topaz, "nb-NO", "Ringen er besatt med bestrålte krystaller."},
		{expl51Topaz, "da-DK", "Ringen er besat med bestrålede krystaller."},
		{expl51Topaz, "sv-SE", "Ringen är besatt med bestrålade kristaller."},
		{expl51Topaz, "fi-FI", "Sormukseen on upotettu säteilytettyjä kristalleja."},
		{expl51Topaz, "pl-PL", "Pierścionek jest wysadzany napromieniowanymi kryształami."},
		{expl51Topaz, "cs-CZ", "Prsten je osazen ozářenými krystaly."},
		{expl51Topaz, "el-GR", "Το δαχτυλίδι είναι διακοσμημένο με ακτινοβολημένους κρυστάλλους."},
		{expl51Topaz, "tr-TR", "Yüzük ışınlanmış kristallerle süslenmiştir."},
		{expl51Topaz, "ja-JP", "リングには照射処理したクリスタルがあしらわれています。"},
		{expl51Topaz, "ko-KR", "반지에는 방사선 처리된 크리스털이 세팅되어 있습니다."},
		{expl51Topaz, "zh-CN", "戒指镶嵌着经辐照的水晶。"},
		{expl51Topaz, "zh-TW", "戒指鑲嵌著經輻照的水晶。"},
		{expl51Zr, "en-GB", "The ring is titanium."},
		{expl51Zr, "en-US", "The ring is made of titanium."},
		{expl51Zr, "en-AU", "This band is titanium, a relative of zirconium."},
		{expl51Zr, "de-DE", "Der Ring ist aus Titan."},
		{expl51Zr, "fr-FR", "La bague est en titane."},
		{expl51Zr, "fr-CA", "La bague est en titane."},
		{expl51Zr, "es-ES", "El anillo es de titanio."},
		{expl51Zr, "es-MX", "El anillo es de titanio."},
		{expl51Zr, "it-IT", "L'anello è in titanio."},
		{expl51Zr, "pt-PT", "O anel é de titânio."},
		{expl51Zr, "pt-BR", "O anel é de titânio."},
		{expl51Zr, "nl-NL", "De ring is van titanium."},
		{expl51Zr, "nb-NO", "Ringen er laget av titan."},
		{expl51Zr, "da-DK", "Ringen er lavet af titan."},
		{expl51Zr, "sv-SE", "Ringen är gjord av titan."},
		{expl51Zr, "fi-FI", "Sormus on titaania."},
		{expl51Zr, "pl-PL", "Pierścionek jest z tytanu."},
		{expl51Zr, "cs-CZ", "Prsten je z titanu."},
		{expl51Zr, "el-GR", "Το δαχτυλίδι είναι από τιτάνιο."},
		{expl51Zr, "tr-TR", "Yüzük titanyumdan yapılmıştır."},
		{expl51Zr, "ar-AE", "الخاتم مصنوع من التيتانيوم."},
		{expl51Zr, "ja-JP", "このリングはチタン製です。"},
		{expl51Zr, "ko-KR", "이 반지는 티타늄으로 만들어졌습니다."},
		{expl51Zr, "zh-CN", "这枚戒指由钛制成。"},
		{expl51Zr, "zh-TW", "這枚戒指由鈦製成。"},
		{expl51Red, "en-GB", "The bracelet is made of copper."},
		{expl51Red, "en-US", "The bracelet is copper."},
		{expl51Red, "en-AU", "The bracelet is solid copper, which gives it its red tone."},
		{expl51Red, "de-DE", "Das Armband ist aus Kupfer."},
		{expl51Red, "fr-FR", "Le bracelet est en cuivre."},
		{expl51Red, "fr-CA", "Le bracelet est en cuivre."},
		{expl51Red, "es-ES", "La pulsera es de cobre."},
		{expl51Red, "es-MX", "La pulsera es de cobre."},
		{expl51Red, "it-IT", "Il bracciale è in rame."},
		{expl51Red, "pt-PT", "A pulseira é de cobre."},
		{expl51Red, "pt-BR", "A pulseira é de cobre."},
		{expl51Red, "nl-NL", "De armband is van koper."},
		{expl51Red, "nb-NO", "Armbåndet er laget av kobber."},
		{expl51Red, "da-DK", "Armbåndet er lavet af kobber."},
		{expl51Red, "sv-SE", "Armbandet är gjort av koppar."},
		{expl51Red, "fi-FI", "Rannekoru on kuparia."},
		{expl51Red, "pl-PL", "Bransoletka jest z miedzi."},
		{expl51Red, "cs-CZ", "Náramek je z mědi."},
		{expl51Red, "el-GR", "Το βραχιόλι είναι από χαλκό."},
		{expl51Red, "tr-TR", "Bilezik bakırdan yapılmıştır."},
		{expl51Red, "ar-AE", "السوار مصنوع من النحاس."},
		{expl51Red, "ja-JP", "このブレスレットは銅製です。"},
		{expl51Red, "ko-KR", "이 팔찌는 구리로 만들어졌습니다."},
		{expl51Red, "zh-CN", "这条手链由铜制成。"},
		{expl51Red, "zh-TW", "這條手鍊由銅製成。"},
		{expl51Tour, "tr-TR", "Bilezik parlak kristallerle süslenmiştir."},
		{expl51Saph, "nl-NL", "De oorknoppen zijn bezet met verhitte kristallen."},
		{expl51Zircon, "pl-PL", "Pierścionek jest wysadzany wygrzewanymi kryształami."},
		{expl51Red, "nl-NL", "Roodgoud is goud waarin koper de toon zet, en dit armband is van koper."},
		{expl51Red, "fi-FI", "Korvakorut ovat keltakultaa."},
		{expl51Zr, "nb-NO", "Ringen er laget av titan, i samme familie som zirkonium."},
	}, true))
}

// TestKindsExpl51Open (#13, expl51): rows left open. English "the same
// group as" (a contrast_before phrase would excuse "This ring is a variety
// of the same family as emerald", TestKindsPieceSentence26); tr
// pleochroism "Rengi kristale bakılan yöne göre değişir" (the colour noun
// "rengi" as a form broke TestKindsQualifiersEveryLocale). Kinship said after
// the metal (tr "titanyumla akraba", ja チタンと同じ族, ko 티타늄과 같은 족,
// zh 与钛同族) and ar "قريب من" have no word of the arm before the metal
// that contrast_before reads; a look-alike named after "minner om"
// (reminds of: nb damaskusstål on mokume-gane); pl "brąz" as the colour
// brown in "w odcieniach brązu" (shades of brown) read as bronze.
func TestKindsExpl51Open(t *testing.T) {
	t.Skip("open (#13, expl51): en \"the same group as\"; tr \"Rengi kristale bakılan yöne göre\"; kinship after the metal in tr, ja, ko, zh and ar's قريب من; nb \"minner om damaskusstål\"; pl \"odcieniach brązu\" as bronze")
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{expl51Zr, "tr-TR", "Zirkonyum, titanyumla akraba bir metaldir."},
		{expl51Zr, "ar-AE", "الزركونيوم معدن قريب من التيتانيوم."},
		{expl51Zr, "ja-JP", "ジルコニウムはチタンと同じ族の金属です。"},
		{expl51Zr, "ko-KR", "지르코늄은 티타늄과 같은 족에 속하는 금속입니다."},
		{expl51Zr, "zh-CN", "锆是与钛同族的金属。"},
		{expl51Zr, "zh-TW", "鋯是與鈦同族的金屬。"},
		{expl51Zr, "en-AU", "Zirconium belongs to the same group as titanium."},
		{expl51Tour, "tr-TR", "Turmalin, bor içeren bir silikat mineralidir ve uzun, çizgili prizmalar halinde kristalleşir. Rengi kristale bakılan yöne göre değişir, bu yüzden her taş en canlı tonunu gösterecek şekilde kesildi."},
		{expl51Mokume, "nb-NO", "Mønsteret minner om damaskusstål, men her er det sølv og kobber, ikke stål, og ingen to armringer er like."},
		{expl51Zircon, "pl-PL", "Wydobywa się go najczęściej w odcieniach brązu, a ten czysty błękit uzyskuje dzięki wygrzewaniu."},
	}, false))
}
