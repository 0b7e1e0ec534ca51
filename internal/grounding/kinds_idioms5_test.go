package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// Colour and metal words inside fixed expressions say nothing of the piece
// (issue #13, colour_sense): a silver or golden wedding anniversary, being
// green with envy. Each language has an inflected wedding idiom and, where
// it has one, the envy idiom; on a yellow gold ring neither may block.
var idiomRing = core.Product{SKU: "I5", Name: "Vow Band", Category: "ring",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Colours: []string{"gold"}}

var idiomTexts = map[string][]string{
	"en":    {"A thoughtful present for their silver wedding anniversary.", "Your friends will be green with envy."},
	"fr":    {"Un cadeau pour leurs noces d'argent.", "Vos amies seront vertes de jalousie."},
	"de":    {"Ein Geschenk zur Silberhochzeit deiner Eltern.", "Ein Geschenk zur goldenen Hochzeit.", "Deine Freundinnen werden grün vor Neid."},
	"it":    {"Un regalo per le nozze d'argento dei tuoi genitori.", "Le amiche saranno verdi d'invidia."},
	"es":    {"Un regalo para sus bodas de plata.", "Tus amigas se pondrán verdes de envidia."},
	"pt":    {"Um presente para as bodas de prata dos seus pais."},
	"nl":    {"Een cadeau voor hun zilveren bruiloft.", "Je vriendinnen worden groen van jaloezie."},
	"sv":    {"En present till deras silverbröllop.", "Dina vänner blir gröna av avund."},
	"da":    {"En gave til deres sølvbryllup.", "Dine veninder bliver grønne af misundelse."},
	"nb":    {"En gave til sølvbryllupet deres.", "Venninnene dine blir grønne av misunnelse."},
	"fi":    {"Lahja hopeahääpäiväksi.", "Ystäväsi ovat vihreinä kateudesta."},
	"pl":    {"Prezent na srebrne wesele rodziców.", "Prezent na srebrną rocznicę ślubu.", "Przyjaciółki będą zielone z zazdrości."},
	"cs":    {"Dárek ke stříbrné svatbě rodičů.", "Dárek na stříbrnou svatbu."},
	"tr":    {"Ailenizin gümüş yıldönümü için bir hediye.", "Gümüş düğün yıldönümünüz için bir hediye."},
	"el":    {"Ένα δώρο για τους ασημένιους γάμους των γονιών σας."},
	"ar":    {"هدية مثالية لليوبيل الفضي لزواجكما."},
	"ja":    {"ご両親の銀婚式の贈り物に。"},
	"ko":    {"부모님 은혼식 선물로 좋습니다."},
	"zh":    {"送给父母银婚纪念的礼物。"},
	"zh-TW": {"送給父母銀婚紀念的禮物。"},
}

func TestKindsColourSenseIdioms(t *testing.T) {
	t.Parallel()
	for _, loc := range locales.Must().Supported() {
		key, ok := factLang(idiomTexts, loc)
		if !ok {
			t.Errorf("no sentences for %s", loc)
			continue
		}
		for _, text := range idiomTexts[key] {
			for _, f := range CheckWith(idiomRing.Resolved(), loc, text, Options{}) {
				if f.Severity == core.SeverityBlock {
					t.Errorf("%s %q: blocked %+v", loc, text, f)
				}
			}
		}
	}
}

// A fact word inside a multi-word proper name (issue #13, proper_noun):
// "Gold Coast", "Silver Lake". Languages that capitalise every noun keep it
// a fact. A fact word capitalised alone still blocks.
var nameEarrings = core.Product{SKU: "N5", Name: "Tide Hoops", Category: "earrings",
	Materials: []string{"sterling silver"}, Colours: []string{"silver"}}

var nameTexts = map[string][2]string{
	"en": {"Designed in our studio on the Gold Coast.", "These hoops are in solid gold."},
	"fr": {"Dessinées dans notre atelier près de Golden Gate.", "Ces créoles sont en or massif."},
	"it": {"Disegnati nel nostro studio vicino a Gold Coast.", "Questi cerchi sono in oro massiccio."},
	"es": {"Diseñados en nuestro taller de Gold Coast.", "Estos aros son de oro macizo."},
	"pt": {"Desenhados no nosso ateliê em Gold Coast.", "Estas argolas são de ouro maciço."},
	"nl": {"Ontworpen in onze studio aan de Gold Coast.", "Deze oorringen zijn van massief goud."},
	"sv": {"Formgivna i vår ateljé vid Gold Coast.", "Örhängena är i massivt guld."},
	"da": {"Designet i vores værksted ved Gold Coast.", "Øreringene er i massivt guld."},
	"nb": {"Designet i vårt verksted ved Gold Coast.", "Øredobbene er i massivt gull."},
	"fi": {"Suunniteltu studiossamme Gold Coastilla.", "Korvarenkaat ovat täyttä kultaa."},
	"pl": {"Zaprojektowane w naszej pracowni w Gold Coast.", "Te kolczyki są ze złota."},
	"cs": {"Navrženo v našem ateliéru v Gold Coast.", "Tyto náušnice jsou ze zlata."},
	"tr": {"Gold Coast'taki atölyemizde tasarlandı.", "Bu küpeler som altından."},
}

func TestKindsFactWordInName(t *testing.T) {
	t.Parallel()
	for _, loc := range locales.Must().Supported() {
		key, ok := factLang(nameTexts, loc)
		if !ok {
			continue // German capitalises nouns; no-space scripts have no capitals
		}
		for i, text := range nameTexts[key] {
			want := i == 1
			got := false
			for _, f := range CheckWith(nameEarrings.Resolved(), loc, text, Options{}) {
				got = got || f.Severity == core.SeverityBlock
			}
			if got != want {
				t.Errorf("%s %q: block %v, want %v", loc, text, got, want)
			}
		}
	}
}

// A category word that also names a part of other pieces (issue #13):
// nl "ketting" (necklace, chain), de "Kette", pl "zawieszka" (pendant, an
// earring's drop). Said of an anklet of chain or earrings with a drop, it
// is the part, not another category.
var partAnklet = core.Product{SKU: "P5", Name: "Shore Anklet", Category: "anklet",
	Materials: []string{"sterling silver"}}
var partEarrings = core.Product{SKU: "P6", Name: "Rain Earrings", Category: "earrings",
	Materials: []string{"sterling silver"}}

var partTexts = map[string][2]string{
	"nl": {"De enkelband heeft een fijne ketting van 25 cm.", "De oorbellen hebben een kleine hanger."},
	"de": {"Das Fußkettchen hat eine feine Kette von 25 cm.", "Die Ohrringe haben einen kleinen Anhänger."},
	"pl": {"Bransoletka na kostkę ma delikatny łańcuszek.", "Kolczyki mają małe zawieszki w kształcie kropli."},
	"en": {"The anklet is a fine 25 cm chain.", "The earrings each end in a small drop."},
	"fr": {"La chaîne de cheville est une fine chaîne de 25 cm.", "Les boucles d'oreilles ont une petite pampille."},
	"cs": {"Nánožník má jemný řetízek.", "Náušnice mají malé přívěsky."},
	"nb": {"Ankelsmykket er et fint kjede på 25 cm.", "Øredobbene har små anheng."},
	"sv": {"Fotlänken är en fin kedja på 25 cm.", "Örhängena har små hängen."},
	"da": {"Ankelkæden er en fin kæde på 25 cm.", "Øreringene har små vedhæng."},
}

func TestKindsCategoryPartSense(t *testing.T) {
	t.Parallel()
	for lang, texts := range partTexts {
		loc := map[string]string{"nl": "nl-NL", "de": "de-DE", "pl": "pl-PL", "en": "en-GB", "fr": "fr-FR", "cs": "cs-CZ", "nb": "nb-NO", "sv": "sv-SE", "da": "da-DK"}[lang]
		for i, text := range texts {
			p := partAnklet
			if i == 1 {
				p = partEarrings
			}
			for _, f := range CheckWith(p.Resolved(), loc, text, Options{}) {
				if f.Severity == core.SeverityBlock {
					t.Errorf("%s %q: blocked %+v", loc, text, f)
				}
			}
		}
	}
}

// The part sense makes the word the piece itself, so a wrong metal said of
// it still blocks.
func TestKindsCategoryPartSenseKeepsFacts(t *testing.T) {
	t.Parallel()
	for loc, text := range map[string]string{
		"nl-NL": "De enkelband is een fijne ketting van 14 karaat goud.",
		"nb-NO": "Ankelsmykket er et fint kjede i 14 karat gull.",
	} {
		got := false
		for _, f := range CheckWith(partAnklet.Resolved(), loc, text, Options{}) {
			got = got || f.Rule == RuleMaterial && f.Severity == core.SeverityBlock
		}
		if !got {
			t.Errorf("%s %q: no material block", loc, text)
		}
	}
}
