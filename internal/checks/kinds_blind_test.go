package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the blind-set mechanism tables (issue #13, tune4): a silver
// moonstone pendant whose colours are silver and white, and a gold chain
// of 45 cm that closes at 40, 42 and 45 cm.
var (
	blindMoon = core.Product{SKU: "B1", Name: "Tideline", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "white"}}
	blindChain = core.Product{SKU: "B2", Name: "Rope", Category: "necklace", Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Colours: []string{"gold"},
		Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}},
		Attributes:   map[string]string{"adjustable": "40, 42 and 45 cm"}}
	blindGlass = core.Product{SKU: "B3", Name: "Lagoon", Category: "bracelet", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "green"},
		Stones: []core.Stone{{Type: "crystal", Colour: "green", Count: 7, Origin: core.OriginSimulant}}}
	blindPeridot = core.Product{SKU: "B4", Name: "Lagoon", Category: "bracelet", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "green"},
		Stones: []core.Stone{{Type: "peridot", Colour: "green", Count: 7, Origin: core.OriginNatural}}}
)

// TestKindsBlindMechanisms: the mechanisms behind the released half of the
// third blind set, each in every supported locale with products and
// sentences of its own. A colour of the light a stone or finish gives is a
// warning, not a block (light.go); a length in a list of an attribute
// value that shares one unit is the product's (attrlists.go).
func TestKindsBlindMechanisms(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"colour of light", blindMoon, "warn:" + CatGrounding, []lt{
			{"en-GB", "Tilt it and the moonstone gives off a soft blue sheen."},
			{"en-US", "Under a lamp the stone throws a cool blue gleam."},
			{"en-AU", "Turn it towards the sun for a glimmer of blue and violet."},
			{"fr-FR", "À la lumière, la pierre de lune révèle un reflet bleu très doux."},
			{"fr-CA", "Au soleil, la pierre s'anime de lueurs bleues et violettes."},
			{"de-DE", "Im Licht zeigt der Mondstein einen zarten blauen Schimmer."},
			{"it-IT", "Alla luce, la pietra rivela un riflesso blu."},
			{"es-ES", "Con la luz, la piedra muestra un destello azul muy suave."},
			{"es-MX", "Bajo el sol, la piedra lanza reflejos azules y violetas."},
			{"pt-BR", "Na luz, a pedra mostra um brilho azul suave."},
			{"pt-PT", "Ao sol, a pedra revela reflexos azuis."},
			{"nl-NL", "In het licht geeft de maansteen een zachte blauwe glans."},
			{"sv-SE", "I ljuset visar månstenen ett mjukt blått skimmer."},
			{"da-DK", "I lyset viser månestenen et blødt blåt skær."},
			{"nb-NO", "I lyset gir månesteinen et mykt blått skjær."},
			{"fi-FI", "Valossa kivi näyttää pehmeän sinisen hohteen."},
			{"pl-PL", "W świetle kamień daje delikatny niebieski połysk."},
			{"cs-CZ", "Ve světle vrhá kámen jemný modrý odlesk."},
			{"el-GR", "Στο φως η πέτρα δίνει μια απαλή μπλε λάμψη."},
			{"tr-TR", "Işıkta taş yumuşak mavi bir parıltı verir."},
			{"ar-AE", "في الضوء يمنح الحجر بريقًا أزرق ناعمًا."},
			{"ja-JP", "光に当たると、石がブルーの輝きを見せます。"},
			{"ko-KR", "빛을 받으면 돌이 파란 광채를 띱니다."},
			{"zh-CN", "在光线下，石头泛出柔和的蓝色光泽。"},
			{"zh-TW", "在光線下，石頭泛出柔和的藍色光澤。"},
		}},
		{"control: a colour of the piece beside light words", blindMoon, CatGrounding, []lt{
			{"en-GB", "A blue pendant with a soft sheen."},
			{"en-GB", "The blue moonstone shimmers in the light."},
			{"fr-FR", "Un pendentif bleu au reflet doux."},
			{"de-DE", "Ein blauer Anhänger mit zartem Schimmer."},
			{"es-ES", "Un colgante azul con un brillo suave."},
			{"nl-NL", "Een blauwe hanger met een zachte glans."},
			{"pl-PL", "Niebieska zawieszka o delikatnym połysku."},
		}},
		{"length in an attribute list", blindChain, "", []lt{
			{"en-GB", "Close it at 42 cm to wear it a little higher."},
			{"en-US", "It can also be fastened at 42 cm."},
			{"en-AU", "Shorten it to 40 cm for an open collar."},
			{"fr-FR", "Elle se ferme aussi à 42 cm."},
			{"fr-CA", "On peut aussi la fermer à 40 cm."},
			{"de-DE", "Sie lässt sich auch auf 42 cm schließen."},
			{"it-IT", "Si chiude anche a 42 cm."},
			{"es-ES", "También se cierra a 42 cm."},
			{"es-MX", "También puedes cerrarla a 40 cm."},
			{"pt-BR", "Também fecha em 42 cm."},
			{"pt-PT", "Também pode fechar nos 40 cm."},
			{"nl-NL", "Hij sluit ook op 42 cm."},
			{"sv-SE", "Det går också att stänga på 42 cm."},
			{"da-DK", "Den kan også lukkes ved 42 cm."},
			{"nb-NO", "Det kan også lukkes på 42 cm."},
			{"fi-FI", "Sen voi sulkea myös 42 cm:n kohdalta."},
			{"pl-PL", "Można go też zapiąć na 42 cm."},
			{"cs-CZ", "Lze jej zapnout i na 42 cm."},
			{"el-GR", "Κλείνει και στα 42 cm."},
			{"tr-TR", "42 cm'de de kapatılabilir."},
			{"ar-AE", "يمكن إغلاقها أيضًا عند 42 سم."},
			{"ja-JP", "42cmでも留められます。"},
			{"ko-KR", "42cm에서도 채울 수 있습니다."},
			{"zh-CN", "也可以扣在42厘米处。"},
			{"zh-TW", "也可以扣在42公分處。"},
		}},
		{"control: a length outside the list", blindChain, CatGrounding, []lt{
			{"en-GB", "It closes at 50 cm."}, {"fr-FR", "Elle se ferme à 50 cm."}, {"de-DE", "Sie schließt auf 50 cm."},
			{"it-IT", "Si chiude a 50 cm."}, {"pt-BR", "Fecha em 50 cm."}, {"el-GR", "Κλείνει στα 50 cm."},
		}},
		{"english run inside a clause", blindChain, CatLocale, []lt{
			{"fr-FR", "Une chaîne en or 9 carats, the perfect gift for her, à porter seule."},
			{"fr-CA", "Une chaîne en or 9 carats que vous aimerez, made to be worn every day."},
			{"de-DE", "Eine Kette aus 9 Karat Gold, so easy to wear, für jeden Tag."},
			{"it-IT", "Una catena in oro 9 carati, a little treat for yourself."},
			{"es-ES", "Una cadena de oro de 9 quilates, your new everyday favourite."},
			{"es-MX", "Una cadena de oro de 9 quilates que luce increíble, great for layering."},
			{"pt-BR", "Uma corrente em ouro 9 quilates, a gift she will love."},
			{"pt-PT", "Uma corrente em ouro de 9 quilates, perfect for every season."},
			{"nl-NL", "Een ketting van 9 karaat goud, the perfect finishing touch."},
			{"sv-SE", "Ett halsband i 9 karat guld, made for everyday wear."},
			{"da-DK", "En halskæde i 9 karat guld, made to shine every day."},
			{"nb-NO", "Et halskjede i 9 karat gull, a real wardrobe staple."},
			{"fi-FI", "Kaulaketju on 9 karaatin kultaa, perfect for gifting."},
			{"pl-PL", "Łańcuszek z 9-karatowego złota to a true everyday staple na każdą okazję."},
			{"cs-CZ", "Řetízek z 9karátového zlata, a lovely gift for any occasion."},
			{"tr-TR", "9 ayar altın zincir, perfect for everyday wear."},
			{"el-GR", "Αλυσίδα από χρυσό 9 καρατίων, a timeless gift for her."},
		}},
		{"control: loanwords and names are no English run", blindChain, "", []lt{
			{"de-DE", "Ein echtes Statement-Piece für jeden Look."},
			{"de-DE", "Die Kette ist ein Must-have für Ihren Everyday-Look."},
			{"nl-NL", "Perfect voor elke dag en een echte musthave."},
			{"fr-FR", "Un look casual chic pour le week-end."},
			{"sv-SE", "En perfekt present, snygg till både jeans och kavaj."},
			{"it-IT", "Un regalo perfetto per ogni occasione."},
			{"pl-PL", "Idealny prezent na każdą okazję, do noszenia na co dzień."},
		}},
		{"simulant called a gem", blindGlass, CatRegulatory, []lt{
			{"en-GB", "Seven green gems run along a fine silver bracelet."},
			{"en-US", "A slim silver bracelet set with seven precious stones in green."},
			{"en-AU", "Seven green gemstones line the silver links."},
			{"fr-FR", "Sept gemmes vertes habillent ce bracelet en argent."},
			{"fr-CA", "Un bracelet en argent orné de sept pierres précieuses vertes."},
			{"de-DE", "Sieben grüne Edelsteine zieren das Silberarmband."},
			{"it-IT", "Sette gemme verdi decorano il bracciale in argento."},
			{"es-ES", "Siete piedras preciosas verdes adornan la pulsera de plata."},
			{"es-MX", "Siete gemas verdes adornan esta pulsera de plata."},
			{"pt-BR", "Sete pedras preciosas verdes enfeitam a pulseira de prata."},
			{"pt-PT", "Sete gemas verdes decoram a pulseira de prata."},
			{"nl-NL", "Zeven groene edelstenen sieren de zilveren armband."},
			{"sv-SE", "Sju gröna ädelstenar pryder silverarmbandet."},
			{"da-DK", "Syv grønne ædelstene pryder sølvarmbåndet."},
			{"nb-NO", "Sju grønne edelsteiner pryder sølvarmbåndet."},
			{"fi-FI", "Hopeista rannekorua koristaa seitsemän vihreää jalokiveä."},
			{"pl-PL", "Srebrną bransoletkę zdobi siedem zielonych kamieni szlachetnych."},
			{"cs-CZ", "Stříbrný náramek zdobí sedm zelených drahokamů."},
			{"el-GR", "Επτά πράσινοι πολύτιμοι λίθοι στολίζουν το ασημένιο βραχιόλι."},
			{"tr-TR", "Gümüş bileziği yedi yeşil değerli taş süslüyor."},
			{"ar-AE", "تزين سبعة أحجار كريمة خضراء السوار الفضي."},
			{"ja-JP", "シルバーのブレスレットに7つの緑の宝石をあしらいました。"},
			{"ko-KR", "실버 팔찌에 일곱 개의 초록 보석을 세팅했습니다."},
			{"zh-CN", "银手链上镶嵌七颗绿色宝石。"},
			{"zh-TW", "銀手鍊上鑲嵌七顆綠色寶石。"},
		}},
		{"control: a natural gem may be called one", blindPeridot, "", []lt{
			{"en-GB", "Seven green gemstones line the silver links."},
			{"de-DE", "Sieben grüne Edelsteine zieren das Silberarmband."},
			{"nl-NL", "Zeven groene edelstenen sieren de zilveren armband."},
			{"zh-CN", "银手链上镶嵌七颗绿色宝石。"},
		}},
		{"control: a jewellery box is no gem", blindGlass, "", []lt{
			{"ja-JP", "宝石箱にしまっておきたくなるブレスレットです。"},
			{"zh-CN", "一款值得放进首饰盒的手链，宝石蓝的包装盒也很精美。"},
		}},
		{"count in an oblique case", blindGlass, CatGrounding, []lt{
			{"pl-PL", "Srebrna bransoletka ozdobiona ośmioma zielonymi kryształami."},
			{"pl-PL", "Bransoletka z pięcioma zielonymi kryształami."},
			{"cs-CZ", "Stříbrný náramek se čtyřmi zelenými krystaly."},
		}},
		{"control: the right count in an oblique case", blindGlass, "", []lt{
			{"pl-PL", "Srebrna bransoletka ozdobiona siedmioma zielonymi kryształami."},
			{"cs-CZ", "Stříbrný náramek se sedmi zelenými krystaly."},
		}},
	})
}
