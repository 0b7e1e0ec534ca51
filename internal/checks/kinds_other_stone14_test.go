package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// os14SaltPepper is the fourteenth blind set's salt-and-pepper diamond
// solitaire in 18k yellow gold.
var os14SaltPepper = core.Product{SKU: "OS14", Name: "Salt and Pepper Solitaire", Category: "ring", Collection: "Timeless",
	Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
	Stones:  []core.Stone{{Type: "diamond", Colour: "salt and pepper", Count: 1, Origin: "natural"}},
	Colours: []string{"gold", "grey"}, Features: []string{"four-claw setting"}, TotalCaratWeight: 0.8}

// TestKindsOtherStone14: a colour of other stones of the same species,
// named in a contrast with the piece's ("unlike colourless diamonds",
// "bem diferente dos diamantes incolores", "skiljer den från en klar
// diamant"), is theirs, not the piece's stone's (#13, the fourteenth
// session's otherstone14). The colour said of the piece's own stone
// still blocks.
func TestKindsOtherStone14(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"a contrast with colourless diamonds", os14SaltPepper, "", []lt{
			{"pt-BR", "As inclusões pretas e brancas dão ao diamante um cinza cheio de personalidade, bem diferente dos diamantes incolores."},
			{"pt-PT", "Um cinzento com carácter, ao contrário dos diamantes incolores."},
			{"fr-FR", "Ses inclusions noires et blanches lui donnent un gris profond, loin du diamant incolore classique."},
			{"fr-FR", "Un gris profond, à la différence d'un diamant incolore."},
			{"sv-SE", "De svarta och vita inneslutningarna ger stenen en grå ton som skiljer den från en klar diamant."},
			{"sv-SE", "En grå ton, till skillnad från klara diamanter."},
			{"ar-AE", "تمنحه الشوائب السوداء والبيضاء لونًا رماديًا مميزًا يختلف عن الألماس الشفاف."},
			{"ar-AE", "لون رمادي على عكس الألماس الشفاف."},
			{"en-GB", "A smoky grey stone, unlike colourless diamonds."},
			{"en-GB", "A grey stone with character, rather than a colourless diamond."},
			{"en-US", "A grey stone that looks nothing like the usual colorless diamond, and different from a clear diamond."},
			{"en-GB", "Choose it instead of a white diamond."},
			{"de-DE", "Ein grauer Stein, ganz anders als farblose Diamanten."},
			{"de-DE", "Im Gegensatz zu klaren Diamanten zeigt er ein lebendiges Grau."},
			{"es-ES", "Un gris intenso, muy distinto de los diamantes incoloros."},
			{"es-MX", "A diferencia de los diamantes incoloros, su gris tiene carácter."},
			{"it-IT", "Un grigio vivo, ben diverso dai diamanti incolori."},
			{"it-IT", "A differenza dei diamanti incolori, ha un grigio vivo."},
			{"nl-NL", "Een grijze steen, anders dan kleurloze diamanten."},
			{"nl-NL", "In tegenstelling tot kleurloze diamanten is hij grijs."},
			{"da-DK", "En grå sten, i modsætning til klare diamanter."},
			{"nb-NO", "En grå stein, i motsetning til klare diamanter."},
			{"pl-PL", "Szary kamień, w przeciwieństwie do bezbarwnych diamentów."},
			{"cs-CZ", "Šedý kámen, na rozdíl od bezbarvých diamantů."},
			{"fi-FI", "Harmaa kivi, toisin kuin värittömät timantit."},
			{"tr-TR", "Renksiz pırlantalardan farklı, gri bir taş."},
			{"el-GR", "Μια γκρι πέτρα, σε αντίθεση με τα άχρωμα διαμάντια."},
			{"ja-JP", "無色透明のダイヤモンドとは違う、グレーの奥行きが魅力です。"},
			{"ko-KR", "투명한 다이아몬드와는 다른 그레이 톤이 특징입니다."},
			{"zh-CN", "不同于无色钻石，它呈现灰色调。"},
			{"zh-TW", "有別於透明鑽石，它呈現灰色調。"},
		}},
		{"the piece's own stone called colourless still blocks", os14SaltPepper, wantAnyBlock, []lt{
			{"pt-BR", "Um diamante incolor em ouro amarelo 18k, bem diferente dos anéis comuns."},
			{"fr-FR", "Un diamant incolore sur or jaune, loin des bagues classiques."},
			{"sv-SE", "En klar diamant i gult guld, till skillnad från vanliga ringar."},
			{"ar-AE", "ألماس شفاف على الذهب الأصفر، يختلف عن الخواتم العادية."},
			{"en-GB", "A colourless diamond in yellow gold, unlike ordinary rings."},
			{"de-DE", "Ein farbloser Diamant in Gelbgold, anders als gewöhnliche Ringe."},
		}},
	})
}
