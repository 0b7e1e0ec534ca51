package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A colour-fast claim's words side by side in another sense (#13,
// claimidiom24; released24a nl-NL H24a04-0): "Een mooi cadeau voor iemand die
// van kleur houdt" (someone who loves colour: Dutch "houden van", the verb
// last in the subordinate clause) was blocked by claim.tarnish_proof on
// "kleur houdt" (keeps its colour). The claim's subject is the piece, its
// metal, finish or colour, never a person: data/<lang>/concepts-idiom24.yaml
// names the person-only relative and indefinite pronouns as other subjects
// (who, wie, iemand, wer, quien, quem, chi, kto, kdo, όσες) and holds the
// idioms whose words a form can take (nl "van kleur houdt", "houdt van
// kleur"; de "viel von Glanz halten"); the claim in its own syntax is kept
// or added where the love idiom takes a preposition the claim lacks (de
// "das seine Farbe hält", sv "håller färgen", da "holder farven", nb
// "holder fargen", fi "pitää värinsä" beside "håller av färg", "holder af
// farver", "pitää väreistä"). Real claims still block: "de kleur houdt
// jarenlang", "behoudt zijn kleur", "verkleurt niet". A claim licensed by the
// product's data is Directive 2005/29/EC art. 6 (misleading actions): the
// idiom claims nothing of the piece.
func TestKindsClaimIdiom24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bracelet := core.Product{SKU: "K24I", Name: "Essence", Category: "bracelet", Collection: "Essence",
		Materials: []string{"charoite", "sterling silver", "elastic cord"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "charoite", Colour: "purple", Count: 22, Origin: "natural"}},
		Colours:   []string{"purple", "silver"}, Features: []string{"stretch fit"}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, bracelet, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, bracelet, true} }
	checkKindRows(t, svc, "claim", []kindRow{
		// blocked before: a person who loves, values or keeps colour in their life
		pass("nl-NL", "Een mooi cadeau voor iemand die van kleur houdt."),
		pass("nl-NL", "Een mooi cadeau voor iemand die van felle kleuren houdt."),
		pass("nl-NL", "Een cadeau voor wie van kleur en glans houdt."),
		pass("nl-NL", "Voor de vrouw die van glans houdt."),
		pass("es-ES", "Para quien mantiene el color en su vida."),
		pass("es-MX", "Un regalo para quien mantiene el color en su estilo."),
		pass("pt-BR", "Para quem mantém a cor no dia a dia."),
		pass("pt-PT", "Um presente para quem mantém a cor no guarda-roupa."),
		pass("it-IT", "Per chi mantiene il colore anche in inverno."),
		pass("pl-PL", "Dla kogoś, kto zachowuje kolor w codziennych stylizacjach."),
		pass("cs-CZ", "Pro každého, kdo si zachovává barvu i v zimě."),
		pass("el-GR", "Για όποιον διατηρεί το χρώμα στη ζωή του."),
		pass("nl-NL", "Houdt u van glans die jaren meegaat?"),
		pass("en-US", "For anyone who keeps their colors bright."),
		pass("de-DE", "Für alle, die viel von Glanz halten."),
		pass("fr-CA", "Pour quiconque garde sa couleur préférée toute l'année."),
		// publishable before and after: the love idioms
		pass("el-GR", "Για όσες διατηρούν το χρώμα στη ζωή τους."),
		pass("nl-NL", "Voor wie houdt van kleur."),
		pass("en-GB", "A lovely gift for someone who holds colour dear."),
		pass("en-AU", "For anyone who loves colour."),
		pass("de-DE", "Ein Geschenk für jemanden, der viel von Farbe hält."),
		pass("de-DE", "Für alle, die gern Farbe tragen."),
		pass("fr-FR", "Un joli cadeau pour celle qui tient à la couleur."),
		pass("it-IT", "Un regalo per chi tiene al colore."),
		pass("sv-SE", "En fin present till den som håller av färg."),
		pass("sv-SE", "För den som tycker om färg."),
		pass("da-DK", "En fin gave til den, der holder af farver."),
		pass("nb-NO", "En fin gave til den som holder av farger."),
		pass("fi-FI", "Kaunis lahja sille, joka pitää väreistä."),
		pass("tr-TR", "Renkleri seven biri için güzel bir hediye."),
		pass("ja-JP", "色が好きな方へのギフトに。"),
		pass("ko-KR", "색을 사랑하는 분께 좋은 선물입니다."),
		pass("zh-CN", "送给热爱色彩的人。"),
		pass("zh-TW", "送給熱愛色彩的人。"),
		pass("ar-AE", "هدية لمن يحب الألوان."),
		// the claim, said of the piece, its metal or its colour, still blocks
		block("nl-NL", "De kleur houdt jarenlang."),
		block("nl-NL", "De armband behoudt zijn kleur."),
		block("nl-NL", "Het zilver verkleurt niet."),
		block("nl-NL", "Een armband die zijn kleur jarenlang houdt."),
		block("nl-NL", "Voor wie een armband zoekt die zijn kleur houdt."),
		block("en-GB", "A bracelet for someone who wants a piece that keeps its colour."),
		block("en-US", "It holds its color."),
		block("de-DE", "Das Silber behält seine Farbe."),
		block("es-ES", "Para quien busca una pulsera que mantiene su color."),
		block("pt-BR", "Para quem quer uma pulseira que mantém a cor."),
		block("it-IT", "Il bracciale mantiene il suo colore."),
		block("fr-FR", "Le bracelet garde sa couleur."),
		block("pl-PL", "Bransoletka zachowuje kolor."),
		block("cs-CZ", "Náramek si zachovává barvu."),
		block("el-GR", "Το βραχιόλι κρατά το χρώμα του."),
		block("sv-SE", "Silvret behåller sin färg."),
		block("tr-TR", "Bilezik rengini korur."),
		block("ar-AE", "يحتفظ بلونه."),
		// passed before: the claim in its own syntax, beside the idiom that takes a preposition
		block("de-DE", "Ein Armband, das seine Farbe hält."),
		block("de-DE", "Die Kette hält ihre Farbe über Jahre."),
		block("sv-SE", "Armbandet håller färgen."),
		block("da-DK", "Armbåndet holder farven."),
		block("da-DK", "Armbåndet holder på farven i mange år."),
		block("nb-NO", "Armbåndet holder fargen."),
		block("fi-FI", "Rannekoru pitää värinsä."),
	})
	// licensed by the product's data: the claim is the piece's and its evidence stands
	coated := bracelet
	coated.Features = []string{"stretch fit", "tarnish-proof e-coating"}
	checkKindRows(t, svc, "claim", []kindRow{
		{"nl-NL", "De armband behoudt zijn kleur.", coated, false},
		{"sv-SE", "Armbandet håller färgen.", coated, false},
	})
}
