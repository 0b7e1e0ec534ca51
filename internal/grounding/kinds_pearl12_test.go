package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A real pearl of natural origin, recorded without a "cultured" treatment
// (issue #13, pearl12): the trade's freshwater pearls are cultured, and the
// FTC Jewelry Guides (16 CFR 23.19) want the word, so "cultured freshwater
// pearl" is the product's stone; and the pearl is nacre, the word most
// languages share with mother-of-pearl (de Perlmutt, nl parelmoer, cs
// perleť), so naming its nacre names the product's own surface. Another
// stone or another material still blocks.
var pearl12Drops = core.Product{SKU: "P12", Name: "Luna Drops", Category: "earrings",
	Metals: []core.Metal{{Base: "sterling silver"}},
	Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 2, Origin: core.OriginNatural}}}

// pearl12Cultured: the pearl called cultured (no stone finding), another stone (blocked).
var pearl12Cultured = map[string][2]string{
	"en": {"Each drop holds a white cultured freshwater pearl.", "Each drop holds a white opal."},
	"fr": {"Chaque pendant porte une perle de culture d'eau douce blanche.", "Chaque pendant porte une opale blanche."},
	"de": {"Jeder Hänger trägt eine weiße Süßwasser-Zuchtperle.", "Jeder Hänger trägt einen weißen Opal."},
	"it": {"Ogni pendente porta una perla coltivata d'acqua dolce bianca.", "Ogni pendente porta un opale bianco."},
	"es": {"Cada pendiente lleva una perla cultivada de agua dulce blanca.", "Cada pendiente lleva un ópalo blanco."},
	"pt": {"Cada brinco tem uma pérola cultivada de água doce branca.", "Cada brinco tem uma opala branca."},
	"nl": {"Elke hanger draagt een witte gekweekte zoetwaterparel.", "Elke hanger draagt een witte opaal."},
	"sv": {"Varje hänge bär en vit odlad sötvattenspärla.", "Varje hänge bär en vit opal."},
	"da": {"Hvert vedhæng bærer en hvid dyrket ferskvandsperle.", "Hvert vedhæng bærer en hvid opal."},
	"nb": {"Hvert anheng har en hvit kultivert ferskvannsperle.", "Hvert anheng har en hvit opal."},
	"fi": {"Kummassakin riipuksessa on valkoinen viljelty makeanveden helmi.", "Kummassakin riipuksessa on valkoinen opaali."},
	"pl": {"Każdy wisiorek zdobi biała hodowlana perła słodkowodna.", "Każdy wisiorek zdobi biały opal."},
	"cs": {"Každý přívěsek zdobí bílá kultivovaná sladkovodní perla.", "Každý přívěsek zdobí bílý opál."},
	"tr": {"Her küpede beyaz bir kültür tatlı su incisi var.", "Her küpede beyaz bir opal var."},
	"el": {"Κάθε σκουλαρίκι φέρει ένα λευκό καλλιεργημένο μαργαριτάρι γλυκού νερού.", "Κάθε σκουλαρίκι φέρει ένα λευκό οπάλιο."},
	"ar": {"يحمل كل قرط لؤلؤة مستزرعة بيضاء من المياه العذبة.", "يحمل كل قرط حجر أوبال أبيض."},
	"ja": {"それぞれに白い淡水養殖パールをあしらいました。", "それぞれに白いオパールをあしらいました。"},
	"ko": {"각각 흰색 담수 양식 진주가 달려 있습니다.", "각각 흰색 오팔이 달려 있습니다."},
	"zh": {"每只耳坠缀有一颗白色淡水养殖珍珠。", "每只耳坠缀有一颗白色蛋白石。"},
}

// pearl12Nacre: the pearl's nacre (no material finding), a material the
// product lacks (blocked).
var pearl12Nacre = map[string][2]string{
	"en": {"The pearl's thick nacre glows softly.", "The leather cord is soft."},
	"fr": {"La nacre épaisse de la perle brille doucement.", "Le cordon en cuir est doux."},
	"de": {"Das dicke Perlmutt der Perle schimmert sanft.", "Die Ohrringe sind aus Leder."},
	"it": {"La spessa madreperla della perla brilla dolcemente.", "Il cordoncino in pelle è morbido."},
	"es": {"El grueso nácar de la perla brilla suavemente.", "El cordón de cuero es suave."},
	"pt": {"O nácar espesso da pérola brilha suavemente.", "O cordão de couro é macio."},
	"nl": {"Het dikke parelmoer van de parel glanst zacht.", "Het leren koord is zacht."},
	"sv": {"Pärlans tjocka pärlemor glänser mjukt.", "Örhängena är gjorda av läder."},
	"da": {"Perlens tykke perlemor skinner blødt.", "Øreringene er lavet af læder."},
	"nb": {"Perlens tykke perlemor skinner mykt.", "Øredobbene er laget av lær."},
	"fi": {"Helmen paksu helmiäinen hohtaa pehmeästi.", "Korvakorut on tehty nahasta."},
	"pl": {"Gruba masa perłowa perły lśni delikatnie.", "Skórzany rzemień jest miękki."},
	"cs": {"Silná perleť perly jemně září.", "Kožená šňůrka je měkká."},
	"tr": {"İncinin kalın sedefi yumuşakça parlar.", "Deri kordon yumuşaktır."},
	"el": {"Το παχύ φίλντισι του μαργαριταριού λάμπει απαλά.", "Το δερμάτινο κορδόνι είναι μαλακό."},
	"ar": {"يلمع عرق اللؤلؤ السميك في اللؤلؤة بنعومة.", "القرطان مصنوعان من الجلد."},
	"ja": {"パールの厚い真珠層がやわらかく輝きます。", "革ひもはやわらかです。"},
	"ko": {"진주의 두꺼운 진주층이 은은하게 빛납니다.", "가죽 끈은 부드럽습니다."},
	"zh": {"珍珠厚厚的珍珠层柔和发光。", "皮绳很柔软。"},
}

func TestKindsPearl12(t *testing.T) {
	t.Parallel()
	checkFactPairs(t, pearl12Drops, pearl12Cultured, 1, RuleStone)
	checkFactPairs(t, pearl12Drops, pearl12Nacre, 1, RuleMaterial)
}

// A simulant pearl gains no cultured form: "cultured" on a glass or shell
// pearl still names a stone the product does not have.
func TestKindsPearl12Simulant(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "P12S", Name: "Luna Drops", Category: "earrings",
		Metals: []core.Metal{{Base: "sterling silver"}},
		Stones: []core.Stone{{Type: "shell pearl", Colour: "white", Count: 2, Origin: core.OriginSimulant}}}
	fs := CheckWith(p.Resolved(), "en-GB", "Each drop holds a white cultured freshwater pearl.", Options{})
	blocked := false
	for _, f := range fs {
		blocked = blocked || f.Severity == core.SeverityBlock && f.Rule == RuleStone
	}
	if !blocked {
		t.Errorf("a shell pearl called a cultured freshwater pearl passes; findings %+v", fs)
	}
}
