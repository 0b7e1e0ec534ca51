package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// c10GoldRing is the product of the aura table: a yellow gold ring.
var c10GoldRing = core.Product{SKU: "C103", Name: "Ember", Category: "ring",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Colours: []string{"gold"}}

// c10AuraLang is one language's texts of the aura kind: aura as a
// presence or a glow (pass) and health or metaphysical claims (block).
type c10AuraLang struct {
	harmless, claim []string
}

var c10AuraTexts = map[string]c10AuraLang{
	"en": {harmless: []string{"The ring gives any look an aura of elegance.", "Its warm gold casts a golden aura."},
		claim: []string{"The ring balances your aura.", "It opens the heart chakra.", "The stone carries healing energy.", "It reduces stress."}},
	"fr": {harmless: []string{"La bague apporte une aura d'élégance.", "Son or chaud diffuse une aura dorée."},
		claim: []string{"La bague équilibre votre aura.", "Elle ouvre le chakra du cœur.", "La pierre porte une énergie de guérison.", "Elle réduit le stress."}},
	"de": {harmless: []string{"Der Ring verleiht jedem Look eine Aura von Eleganz.", "Sein warmes Gold verbreitet eine goldene Aura."},
		claim: []string{"Der Ring harmonisiert deine Aura.", "Er öffnet das Herzchakra.", "Der Stein trägt heilende Energie.", "Er reduziert Stress."}},
	"it": {harmless: []string{"L'anello dona un'aura di eleganza.", "Il suo oro caldo diffonde un'aura dorata."},
		claim: []string{"L'anello equilibra la tua aura.", "Apre il chakra del cuore.", "La pietra porta un'energia curativa.", "Riduce lo stress."}},
	"es": {harmless: []string{"El anillo aporta un aura de elegancia.", "Su oro cálido desprende un aura dorada."},
		claim: []string{"El anillo equilibra tu aura.", "Abre el chakra del corazón.", "La piedra tiene energía sanadora.", "Reduce el estrés."}},
	"pt": {harmless: []string{"O anel traz uma aura de elegância.", "O ouro quente irradia uma aura dourada."},
		claim: []string{"O anel equilibra a sua aura.", "Abre o chakra do coração.", "A pedra tem energia curativa.", "Ajuda a reduzir a ansiedade."}},
	"nl": {harmless: []string{"De ring geeft elke look een aura van elegantie.", "Het warme goud geeft een gouden aura."},
		claim: []string{"De ring brengt je aura in balans.", "Hij opent het hartchakra.", "De steen draagt helende energie.", "Hij vermindert stress."}},
	"sv": {harmless: []string{"Ringen ger varje look en aura av elegans.", "Det varma guldet sprider en gyllene aura."},
		claim: []string{"Ringen balanserar din aura.", "Den öppnar hjärtchakrat.", "Stenen bär läkande energi.", "Den minskar stress."}},
	"da": {harmless: []string{"Ringen giver ethvert look en aura af elegance.", "Det varme guld giver en gylden aura."},
		claim: []string{"Ringen balancerer din aura.", "Den åbner hjertechakraet.", "Stenen bærer helende energi.", "Den mindsker stress."}},
	"nb": {harmless: []string{"Ringen gir ethvert antrekk en aura av eleganse.", "Det varme gullet gir en gyllen aura."},
		claim: []string{"Ringen balanserer auraen din.", "Den åpner hjertechakraet.", "Steinen bærer helende energi.", "Den reduserer stress."}},
	"fi": {harmless: []string{"Sormus antaa asulle eleganssin auran.", "Lämmin kulta luo kultaisen auran."},
		claim: []string{"Sormus tasapainottaa auraasi.", "Se avaa sydänchakran.", "Kivessä on parantavaa energiaa.", "Se vähentää stressiä."}},
	"pl": {harmless: []string{"Pierścionek nadaje stylizacji aurę elegancji.", "Ciepłe złoto tworzy złotą aurę."},
		claim: []string{"Pierścionek równoważy twoją aurę.", "Otwiera czakrę serca.", "Kamień niesie uzdrawiającą energię.", "Zmniejsza stres."}},
	"cs": {harmless: []string{"Prsten dodá každému outfitu auru elegance.", "Teplé zlato vytváří zlatou auru."},
		claim: []string{"Prsten vyrovnává vaši auru.", "Otevírá srdeční čakru.", "Kámen nese léčivou energii.", "Snižuje stres."}},
	"tr": {harmless: []string{"Yüzük her kombine zarif bir aura katar.", "Sıcak altın rengi altın bir aura yayar."},
		claim: []string{"Yüzük auranızı dengeler.", "Kalp çakrasını açar.", "Taş şifalı enerji taşır.", "Stresi azaltır."}},
	"el": {harmless: []string{"Το δαχτυλίδι δίνει μια αύρα κομψότητας.", "Ο ζεστός χρυσός χαρίζει μια χρυσή αύρα."},
		claim: []string{"Το δαχτυλίδι εξισορροπεί την αύρα σας.", "Ανοίγει το τσάκρα της καρδιάς.", "Η πέτρα φέρει θεραπευτική ενέργεια.", "Μειώνει το άγχος."}},
	"ar": {harmless: []string{"يضفي الخاتم هالة من الأناقة.", "يمنح الذهب الدافئ هالة ذهبية."},
		claim: []string{"يوازن الخاتم الهالة.", "يفتح شاكرا القلب.", "يحمل الحجر طاقة شفائية.", "يخفف التوتر."}},
	"ja": {harmless: []string{"リングがエレガントなオーラをまといます。", "温かなゴールドが華やかなオーラを放ちます。"},
		claim: []string{"リングがオーラを整えます。", "ハートチャクラを開きます。", "石が癒しのエネルギーを持ちます。", "ストレスを軽減します。"}},
	"ko": {harmless: []string{"반지가 우아한 아우라를 더합니다.", "따뜻한 골드가 화사한 아우라를 냅니다."},
		claim: []string{"반지가 오라의 균형을 잡아 줍니다.", "하트 차크라를 엽니다.", "치유 에너지를 담고 있습니다.", "스트레스를 줄여 줍니다."}},
	"zh-CN": {harmless: []string{"戒指为造型增添优雅气场。", "温暖的金色散发迷人光环。"},
		claim: []string{"戒指能平衡你的气场。", "能打开心轮。", "石头蕴含疗愈能量。", "能减轻压力。"}},
	"zh-TW": {harmless: []string{"戒指為造型增添優雅氣場。", "溫暖的金色散發迷人光環。"},
		claim: []string{"戒指能平衡你的氣場。", "能打開心輪。", "石頭蘊含療癒能量。", "能減輕壓力。"}},
}

// TestKindsAura (issue #13: claim_health; FTC Act section 5, EU Regulation
// 2017/745 on medical claims) in every supported locale: an aura as a
// presence or a glow ("an aura of elegance", "a golden aura", "une aura
// d'élégance", "優雅な気場") passes; the aura balanced or cleansed,
// chakras, healing energy and stress relieved block as claims.
func TestKindsAura(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var ok, claim []lt
	perLocale(t, c10AuraTexts, "ctx10 aura", func(loc string, x c10AuraLang, in func([]string) []lt) {
		ok = append(ok, in(x.harmless)...)
		claim = append(claim, in(x.claim)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"aura as a presence or a glow", c10GoldRing, "", ok},
		{"health or metaphysical claim", c10GoldRing, CatClaim, claim},
	})
}
