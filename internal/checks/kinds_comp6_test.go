package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// cpRing is a platinum solitaire whose diamond sits in 18k yellow gold
// prongs, as a PIM lists a part's metal: in the attributes only.
var cpRing = core.Product{SKU: "C6R", Name: "Vega Solitaire Ring", Category: "ring",
	Metals:     []core.Metal{{Base: "platinum", Fineness: "950"}},
	Stones:     []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: core.OriginNatural}},
	Colours:    []string{"silver", "white"},
	Attributes: map[string]string{"prongs": "18k yellow gold"}}

// cpCord is a sterling silver pendant on a black cotton cord closed by a
// sterling silver lobster clasp.
var cpCord = core.Product{SKU: "C6N", Name: "Nova Pendant", Category: "necklace",
	Metals:     []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Colours:    []string{"silver"},
	Attributes: map[string]string{"cord": "black waxed cotton", "clasp": "lobster clasp in sterling silver"}}

// cpFindings is a gold-plated steel necklace whose findings (lobster
// clasp, jump ring, extender) are sterling silver.
var cpFindings = core.Product{SKU: "C6F", Name: "Nova Necklace", Category: "necklace",
	Materials: []string{"18k gold-plated stainless steel", "sterling silver lobster clasp", "sterling silver jump ring", "sterling silver extender"},
	Metals:    []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "18k"}},
	Colours:   []string{"gold"}}

// TestKindsComponent6 (issue #13, false blocks): the metal or colour of a
// part of the piece (prongs, cord, clasp) is the part's, true when the
// product lists it for that part; a word for a ring in one list with the
// findings ("karabinlås, ring og forlængerkæde") is a jump ring, not the
// piece's type; the same part in a metal the product does not list still
// blocks.
func TestKindsComponent6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"component: the part's own metal", cpRing, "", []lt{
			{"en-US", "The Vega ring is platinum, and its diamond is held in 18k yellow gold prongs."},
			{"en-GB", "The Vega ring is made of platinum; the prongs holding the diamond are 18ct yellow gold."},
			{"en-AU", "A platinum band with a diamond set in yellow gold prongs."},
			{"fr-FR", "La bague Vega est en platine et son diamant est tenu par des griffes en or jaune 18 carats."},
			{"fr-CA", "La bague Vega en platine retient son diamant dans des griffes en or jaune."},
			{"de-DE", "Der Ring Vega ist aus Platin, der Diamant sitzt in Krappen aus 18 Karat Gelbgold."},
			{"it-IT", "L'anello Vega è in platino e il diamante è trattenuto da griffe in oro giallo 18 carati."},
			{"es-ES", "El anillo Vega es de platino y su diamante está sujeto por garras de oro amarillo de 18 quilates."},
			{"es-MX", "El anillo Vega es de platino, con el diamante montado en garras de oro amarillo."},
			{"pt-BR", "O anel Vega é de platina e o diamante fica preso por garras de ouro amarelo 18k."},
			{"pt-PT", "O anel Vega é em platina e o diamante está preso por garras em ouro amarelo."},
			{"nl-NL", "De ring Vega is van platina; de diamant zit in zettingpootjes van 18 karaat geelgoud."},
			{"da-DK", "Ringen Vega er af platin, og diamanten holdes af greb i 18 karat gult guld."},
			{"sv-SE", "Ringen Vega är i platina, och diamanten hålls av klor i 18 karat gult guld."},
			{"nb-NO", "Ringen Vega er i platina, og diamanten holdes av klør i 18 karat gult gull."},
			{"fi-FI", "Vega-sormus on platinaa, ja timantti on kiinnitetty 18 karaatin keltakultaisilla kynsillä."},
			{"pl-PL", "Pierścionek Vega jest z platyny, a diament trzymają łapki z żółtego złota próby 750."},
			{"cs-CZ", "Prsten Vega je z platiny a diamant drží drápky ze žlutého zlata."},
			{"el-GR", "Το δαχτυλίδι Vega είναι από πλατίνα και το διαμάντι κρατιέται από νύχια από κίτρινο χρυσό 18 καρατίων."},
			{"tr-TR", "Vega yüzük platindir; pırlanta 18 ayar sarı altın tırnaklarla tutulur."},
			{"ar-AE", "خاتم Vega مصنوع من البلاتين، والماسة مثبتة بمخالب من الذهب الأصفر عيار 18."},
			{"ja-JP", "Vegaリングはプラチナ製で、ダイヤモンドを18金イエローゴールドの爪で留めています。"},
			{"ko-KR", "Vega 반지는 플래티넘으로 만들었고, 다이아몬드는 18K 옐로우 골드 프롱으로 고정했습니다."},
			{"zh-CN", "Vega戒指采用铂金打造，钻石由18K黄金爪镶固定。"},
			{"zh-TW", "Vega戒指以鉑金打造，鑽石由18K黃金爪鑲固定。"},
		}},
		{"component: a part's metal the product does not list", cpRing, CatGrounding, []lt{
			{"en-US", "The Vega ring is platinum, and its diamond is held in rose gold prongs."},
			{"fr-FR", "La bague Vega est en platine et son diamant est tenu par des griffes en or rose."},
			{"de-DE", "Der Ring Vega ist aus Platin, der Diamant sitzt in Krappen aus Roségold."},
			{"it-IT", "L'anello Vega è in platino e il diamante è trattenuto da griffe in oro rosa."},
			{"es-ES", "El anillo Vega es de platino y su diamante está sujeto por garras de oro rosa."},
			{"pt-BR", "O anel Vega é de platina e o diamante fica preso por garras de ouro rosé."},
			{"nl-NL", "De ring Vega is van platina; de diamant zit in zettingpootjes van roségoud."},
			{"sv-SE", "Ringen Vega är i platina, och diamanten hålls av klor i roséguld."},
			{"pl-PL", "Pierścionek Vega jest z platyny, a diament trzymają łapki z różowego złota."},
			{"ja-JP", "Vegaリングはプラチナ製で、ダイヤモンドをローズゴールドの爪で留めています。"},
			{"zh-CN", "Vega戒指采用铂金打造，钻石由玫瑰金爪镶固定。"},
		}},
		{"component: cord and clasp", cpCord, "", []lt{
			{"en-US", "The Nova pendant is sterling silver and hangs on a black cotton cord with a sterling silver lobster clasp."},
			{"en-GB", "A sterling silver pendant on a black cord; the clasp is sterling silver too."},
			{"en-AU", "The Nova pendant in sterling silver hangs on a black waxed cord."},
			{"fr-FR", "Le pendentif Nova en argent 925 est suspendu à un cordon noir en coton, avec un fermoir mousqueton en argent."},
			{"fr-CA", "Le pendentif Nova en argent sterling pend à un cordon noir."},
			{"de-DE", "Der Anhänger Nova aus Sterlingsilber hängt an einer schwarzen Baumwollkordel mit Karabinerverschluss aus Silber."},
			{"it-IT", "Il ciondolo Nova in argento 925 pende da un cordino nero in cotone con chiusura a moschettone in argento."},
			{"es-ES", "El colgante Nova de plata de ley cuelga de un cordón negro de algodón con cierre de mosquetón de plata."},
			{"es-MX", "El dije Nova de plata .925 cuelga de un cordón negro con broche de plata."},
			{"pt-BR", "O pingente Nova de prata 925 pende de um cordão preto de algodão com fecho de prata."},
			{"pt-PT", "O pendente Nova em prata 925 pende de um cordão preto com fecho em prata."},
			{"nl-NL", "De hanger Nova van sterling zilver hangt aan een zwart katoenen koord met een karabijnsluiting van zilver."},
			{"da-DK", "Vedhænget Nova i sterlingsølv hænger i en sort bomuldssnor med karabinlås i sølv."},
			{"sv-SE", "Hänget Nova i sterlingsilver hänger i ett svart bomullssnöre med karbinlås i silver."},
			{"nb-NO", "Anhenget Nova i sterlingsølv henger i en svart bomullssnor med karabinlås i sølv."},
			{"fi-FI", "Sterlinghopeinen Nova-riipus roikkuu mustassa puuvillanauhassa, jossa on hopeinen hakaslukko."},
			{"pl-PL", "Zawieszka Nova ze srebra próby 925 wisi na czarnym bawełnianym sznurku z zapięciem ze srebra."},
			{"cs-CZ", "Přívěsek Nova ze stříbra 925 visí na černé bavlněné šňůrce se stříbrným zapínáním."},
			{"el-GR", "Το μενταγιόν Nova από ασήμι 925 κρέμεται από ένα μαύρο βαμβακερό κορδόνι με ασημένιο κούμπωμα."},
			{"tr-TR", "925 ayar gümüş Nova kolye ucu, gümüş klipsli siyah pamuk bir ipe asılıdır."},
			{"ar-AE", "قلادة Nova من الفضة الإسترليني معلقة على حبل قطني أسود بمشبك من الفضة."},
			{"ja-JP", "スターリングシルバーのNovaペンダントは、シルバーの留め具が付いた黒いコットンコードに下がっています。"},
			{"ko-KR", "스털링 실버 Nova 펜던트는 실버 잠금장치가 달린 검은색 면 끈에 걸려 있습니다."},
			{"zh-CN", "Nova吊坠采用925银打造，挂在配有银质扣头的黑色棉绳上。"},
			{"zh-TW", "Nova墜飾以925銀打造，掛在配有銀質扣頭的黑色棉繩上。"},
		}},
		{"component: a ring listed with the findings is a jump ring", cpFindings, "", []lt{
			{"en-GB", "Gold-plated stainless steel with a silver lobster clasp, jump ring and extender."},
			{"en-US", "Gold-plated stainless steel, finished with a sterling silver clasp, ring and extender."},
			{"en-AU", "Gold-plated stainless steel with a silver clasp and ring."},
			{"fr-FR", "Acier inoxydable plaqué or, avec fermoir mousqueton, anneau et chaînette d'extension en argent."},
			{"fr-CA", "Acier inoxydable plaqué or, avec un fermoir, un anneau et une rallonge en argent."},
			{"de-DE", "Vergoldeter Edelstahl mit Karabiner, Biegering und Verlängerungskette aus Silber."},
			{"it-IT", "Acciaio placcato oro con moschettone, anellino e catenella di prolunga in argento."},
			{"es-ES", "Acero chapado en oro con mosquetón, anilla y cadena extensora de plata."},
			{"es-MX", "Acero chapado en oro con broche, argolla y extensor de plata."},
			{"pt-BR", "Aço banhado a ouro com fecho lagosta, argola e extensor de prata."},
			{"pt-PT", "Aço banhado a ouro com fecho, argola e extensor em prata."},
			{"nl-NL", "Verguld edelstaal met karabijnsluiting, ringetje en verlengketting van zilver."},
			{"da-DK", "Forgyldt rustfrit stål med karabinlås, ring og forlængerkæde i sølv."},
			{"sv-SE", "Förgyllt rostfritt stål med karbinlås, ring och förlängningskedja i silver."},
			{"nb-NO", "Forgylt rustfritt stål med karabinlås, ring og forlengerkjede i sølv."},
			{"fi-FI", "Kullattua ruostumatonta terästä, hopeinen hakaslukko, rengas ja jatkoketju."},
			{"pl-PL", "Pozłacana stal nierdzewna z karabińczykiem, kółkiem i przedłużką ze srebra."},
			{"cs-CZ", "Pozlacená ocel se stříbrnou karabinkou, kroužkem a prodlužovacím řetízkem."},
			{"el-GR", "Επιχρυσωμένος ανοξείδωτος χάλυβας με ασημένιο κούμπωμα, κρικάκι και προέκταση."},
			{"tr-TR", "Altın kaplama paslanmaz çelik; gümüş istakoz kilit, halka ve uzatma zinciri."},
			{"ar-AE", "فولاذ مقاوم للصدأ مطلي بالذهب مع مشبك وحلقة وسلسلة تمديد من الفضة."},
			{"ja-JP", "金メッキのステンレスに、シルバーのカニカン、丸カン、アジャスターを組み合わせました。"},
			{"ko-KR", "금도금 스테인리스 스틸에 실버 랍스터 잠금장치, 오링, 연장 체인을 더했습니다."},
			{"zh-CN", "镀金不锈钢，配银质龙虾扣、开口圈和延长链。"},
			{"zh-TW", "鍍金不鏽鋼，配銀質龍蝦扣、開口圈與延長鍊。"},
		}},
		{"component: a clasp in a metal the product does not list", cpCord, CatGrounding, []lt{
			{"en-US", "The Nova pendant is sterling silver and hangs on a black cotton cord with a 14k gold clasp."},
			{"fr-FR", "Le pendentif Nova en argent 925 est suspendu à un cordon noir, avec un fermoir en or 14 carats."},
			{"de-DE", "Der Anhänger Nova aus Sterlingsilber hängt an einer schwarzen Kordel mit Verschluss aus 14 Karat Gold."},
			{"es-ES", "El colgante Nova de plata de ley cuelga de un cordón negro con cierre de oro de 14 quilates."},
			{"it-IT", "Il ciondolo Nova in argento 925 pende da un cordino nero con chiusura in oro 14 carati."},
			{"ja-JP", "スターリングシルバーのNovaペンダントは、14金の留め具が付いた黒いコードに下がっています。"},
			{"zh-CN", "Nova吊坠采用925银打造，挂在配有14K金扣头的黑色棉绳上。"},
		}},
	})
}
