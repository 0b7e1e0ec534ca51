package checks

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// rel9 tables (issue #13, kinds read on the released half of the ninth
// blind set): each fails before its step and passes after, in every
// supported locale.

// rel9Charm is a plain sterling charm: no fact of the brand tables is in
// question, only the words beside the brand.
var rel9Charm = core.Product{SKU: "R91", Name: "Nova", Category: "charm",
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}

// rel9BrandLang is one language's texts beside the example guide's brand
// "Aurelia": common words a couple of letters from it (Portuguese "areia",
// sand; "áurea"/"aurea", golden, in Portuguese, Spanish and Italian;
// Italian "aurei"), which are no misspelling, and slips of the brand
// (a letter doubled, changed, swapped or dropped), which block as
// trademark.
type rel9BrandLang struct {
	words, slips []string
}

var rel9BrandTexts = map[string]rel9BrandLang{
	"en":    {words: []string{"Aurelia borrows the sectio aurea of the old masters.", "Aurelia draws its lines from the sand of the beach."}, slips: []string{"A charm by Aurellia.", "A charm by Auerlia."}},
	"fr":    {words: []string{"Aurelia suit le nombre d'or, la sectio aurea des anciens.", "Aurelia aura plu à votre aïeule."}, slips: []string{"Un charm signé Aurellia.", "Un charm signé Aurelya."}},
	"de":    {words: []string{"Aurelia folgt der sectio aurea der alten Meister.", "Aurelia zeigt ein Areal aus Licht."}, slips: []string{"Ein Charm von Aurellia.", "Ein Charm von Auerlia."}},
	"it":    {words: []string{"Aurelia segue la sezione aurea.", "I numeri aurei ispirano Aurelia."}, slips: []string{"Un charm firmato Aurellia.", "Un charm firmato Aurelya."}},
	"es":    {words: []string{"Aurelia sigue la proporción áurea.", "La sección aurea inspira a Aurelia."}, slips: []string{"Un charm de Aurellia.", "Un charm de Auerlia."}},
	"pt":    {words: []string{"A Aurelia desenha elos como ondas na areia.", "A proporção áurea inspira a Aurelia."}, slips: []string{"Um charm da Aurellia.", "Um charm da Aurelya."}},
	"nl":    {words: []string{"Aurelia volgt de gulden snede, de sectio aurea.", "Aurelia houdt van het zand, de areia van Lissabon."}, slips: []string{"Een bedel van Aurellia.", "Een bedel van Auerlia."}},
	"sv":    {words: []string{"Aurelia följer de gamla mästarnas sectio aurea.", "Aurelia ger ett areal av ljus."}, slips: []string{"En berlock från Aurellia.", "En berlock från Aurelya."}},
	"da":    {words: []string{"Aurelia følger de gamle mestres sectio aurea.", "Aurelia giver et areal af lys."}, slips: []string{"En charm fra Aurellia.", "En charm fra Auerlia."}},
	"nb":    {words: []string{"Aurelia følger de gamle mestrenes sectio aurea.", "Aurelia gir et areal av lys."}, slips: []string{"En charm fra Aurellia.", "En charm fra Aurelya."}},
	"fi":    {words: []string{"Aurelia seuraa vanhojen mestarien sectio aurea -sääntöä.", "Aurelia-riipus sopii jokaiseen päivään."}, slips: []string{"Aurellia-riipus.", "Auerlia-riipus."}},
	"pl":    {words: []string{"Aurelia kieruje się zasadą sectio aurea dawnych mistrzów.", "Aurelia lubi aurę spokoju."}, slips: []string{"Zawieszka od Aurellia.", "Zawieszka od Aurelya."}},
	"cs":    {words: []string{"Aurelia sleduje pravidlo sectio aurea starých mistrů.", "Aurelia má auru klidu."}, slips: []string{"Přívěsek od Aurellia.", "Přívěsek od Auerlia."}},
	"tr":    {words: []string{"Aurelia eski ustaların sectio aurea kuralını izler.", "Aurelia sakin bir aura taşır."}, slips: []string{"Aurellia imzalı bir charm.", "Aurelya imzalı bir charm."}},
	"el":    {words: []string{"Η Aurelia ακολουθεί τον κανόνα sectio aurea των παλιών δασκάλων.", "Η Aurelia έχει μια αύρα ηρεμίας."}, slips: []string{"Ένα charm της Aurellia.", "Ένα charm της Auerlia."}},
	"ar":    {words: []string{"تتبع Aurelia قاعدة sectio aurea عند الأساتذة القدامى.", "هذه القلادة الصغيرة من تصميم Aurelia."}, slips: []string{"تعويذة من Aurellia.", "تعويذة من Aurelya."}},
	"ja":    {words: []string{"Aurelia のチャームは、昔の職人が使った sectio aurea という比率にならって作られています。", "Aurelia のチャームは、毎日のコーディネートに合わせやすいデザインです。"}, slips: []string{"Aurellia のチャームは、毎日のコーディネートに合わせやすいデザインです。", "Auerlia のチャームは、毎日のコーディネートに合わせやすいデザインです。"}},
	"ko":    {words: []string{"Aurelia의 참은 옛 장인들이 쓰던 sectio aurea 비율을 따라 만들었습니다.", "Aurelia의 참은 매일 착용하기 좋은 디자인입니다."}, slips: []string{"Aurellia의 참은 매일 착용하기 좋은 디자인입니다.", "Aurelya의 참은 매일 착용하기 좋은 디자인입니다."}},
	"zh-CN": {words: []string{"Aurelia 的这款吊饰按照古代工匠使用的 sectio aurea 比例设计。", "Aurelia 的这款吊饰适合日常佩戴。"}, slips: []string{"Aurellia 的这款吊饰适合日常佩戴。", "Auerlia 的这款吊饰适合日常佩戴。"}},
	"zh-TW": {words: []string{"Aurelia 的這款吊飾按照古代工匠使用的 sectio aurea 比例設計。", "Aurelia 的這款吊飾適合日常佩戴。"}, slips: []string{"Aurellia 的這款吊飾適合日常佩戴。", "Aurelya 的這款吊飾適合日常佩戴。"}},
}

// TestKindsBrandCommonWord (issue #13, rel9: pt-PT "areia" blocked as a
// misspelt "Aurelia") in every supported locale: a word two letters
// shorter or longer than the brand at two edits is a word of its own,
// a slip of the brand still blocks.
func TestKindsBrandCommonWord(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var words, slips []lt
	perLocale(t, rel9BrandTexts, "rel9 brand", func(loc string, x rel9BrandLang, in func([]string) []lt) {
		words = append(words, in(x.words)...)
		slips = append(slips, in(x.slips)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"common word near the brand", rel9Charm, "", words},
		{"brand slip", rel9Charm, CatTrademark, slips},
	})
}

// TestKindsBrandVocabWord: a guide whose brand is near a stone word of the
// languages ("Saphira") does not read the stone word as a misspelt brand
// ("sapphire", "saphir", "Saphir", "safira" are the locale's vocabulary);
// slips of the brand still block.
func TestKindsBrandVocabWord(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../../testdata/styleguide.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := styleguide.Parse([]byte(strings.Replace(string(src), "brand: Aurelia", "brand: Saphira", 1)))
	if err != nil {
		t.Fatal(err)
	}
	p := core.Product{SKU: "R92", Name: "Nova", Category: "ring", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1}}}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, g, []kindTable{
		{"stone word near the brand", p, "", []lt{
			{"en-GB", "A Saphira ring set with a blue sapphire."}, {"en-US", "A Saphira ring with a blue sapphire."}, {"en-AU", "A Saphira ring with a blue sapphire."},
			{"fr-FR", "Une bague Saphira ornée d'un saphir bleu."}, {"fr-CA", "Une bague Saphira ornée d'un saphir bleu."},
			{"de-DE", "Ein Ring von Saphira mit einem blauen Saphir."},
			{"pt-BR", "Um anel Saphira com uma safira azul."}, {"pt-PT", "Um anel Saphira com uma safira azul."},
		}},
		{"brand slip", p, CatTrademark, []lt{
			{"en-GB", "A Sapphira ring set with a blue sapphire."}, {"fr-FR", "Une bague Saphyra ornée d'un saphir bleu."},
			{"de-DE", "Ein Ring von Saphirra mit einem blauen Saphir."}, {"pt-BR", "Um anel Safhira com uma safira azul."},
		}},
	})
}
