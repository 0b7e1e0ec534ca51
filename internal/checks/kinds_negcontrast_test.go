package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// negContrastPlated is the gold-plated sterling silver hoop of probe 67C
// cs-CZ 67C01.
var negContrastPlated = core.Product{SKU: "NC67", Name: "Essence Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"gold-plated sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 1}}, Colours: []string{"gold"}}

// TestKindsNegContrast (#13, facts67): "it is not X but Y" and "X it is
// not" deny X, however the denial is interrupted. Probe 67C cs-CZ
// 67C01-1's "Nejde tedy o masivní zlato, ale o ..." (so it is not solid
// gold but ...) was read as claiming solid gold (claim.solid_metal,
// grounding.material), as were a sentence adverb inside a negator phrase
// ("Non si tratta quindi di", "No se trata pues de"), one set off by
// commas ("No se trata, por tanto, de oro macizo", "This is not, in fact,
// solid gold"; negation_parentheticals, grounding scan.go negBridge) and
// the fact fronted before a denying copula ("Solid gold they are not",
// "Oro macizo no es"; fronted_negation_tails, frontedNegated). The
// denials pass in the 19 base languages; the same words without the
// denial, and a parenthetical after a denial of something else ("not
// plated, in fact, solid gold"), still block.
func TestKindsNegContrast(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := negContrastPlated
	checkKindRows(t, svc, "", pairRows(p, false, [][2]string{
		{"cs-CZ", "Náušnice jsou z pozlaceného stříbra. Nejde tedy o masivní zlato, ale o kvalitní stříbro."},
		{"cs-CZ", "Náušnice jsou z pozlaceného stříbra. Nejedná se tedy o masivní zlato, ale o stříbro."},
		{"cs-CZ", "Náušnice jsou z pozlaceného stříbra. Nejde totiž o masivní zlato."},
		{"pl-PL", "Kolczyki są z pozłacanego srebra. Nie chodzi zatem o lite złoto, lecz o srebro."},
		{"de-DE", "Die Ohrringe sind aus vergoldetem Silber. Es handelt sich also nicht um massives Gold, sondern um Silber."},
		{"fr-FR", "Les boucles sont en argent plaqué or. Il ne s'agit donc pas d'or massif, mais d'argent."},
		{"fr-FR", "Les boucles sont en argent plaqué or. Il ne s'agit pas, en fait, d'or massif."},
		{"it-IT", "Gli orecchini sono in argento placcato oro. Non si tratta quindi di oro massiccio, ma di argento."},
		{"it-IT", "Gli orecchini sono in argento placcato oro. Non si tratta, quindi, di oro massiccio, ma di argento."},
		{"it-IT", "Gli orecchini sono in argento placcato oro. Oro massiccio non è."},
		{"es-ES", "Los aros son de plata bañada en oro. No se trata pues de oro macizo, sino de plata."},
		{"es-ES", "Los aros son de plata bañada en oro. No se trata, por tanto, de oro macizo, sino de plata."},
		{"es-ES", "Los aros son de plata bañada en oro. Oro macizo no es."},
		{"pt-BR", "Os brincos são de prata banhada a ouro. Não se trata portanto de ouro maciço, mas de prata."},
		{"pt-BR", "Os brincos são de prata banhada a ouro. Não se trata, portanto, de ouro maciço, mas de prata."},
		{"nl-NL", "De oorringen zijn van verguld zilver. Het gaat dus niet om massief goud, maar om zilver."},
		{"sv-SE", "Örhängena är av förgyllt silver. Det handlar alltså inte om massivt guld, utan om silver."},
		{"da-DK", "Øreringene er af forgyldt sølv. Der er altså ikke tale om massivt guld, men om sølv."},
		{"nb-NO", "Øredobbene er av forgylt sølv. Det er altså ikke snakk om massivt gull, men om sølv."},
		{"fi-FI", "Korvakorut ovat kullattua hopeaa. Kyse ei siis ole täyskullasta vaan hopeasta."},
		{"el-GR", "Τα σκουλαρίκια είναι από επιχρυσωμένο ασήμι. Δεν πρόκειται λοιπόν για συμπαγή χρυσό, αλλά για ασήμι."},
		{"tr-TR", "Küpeler altın kaplama gümüştür. Yani söz konusu olan som altın değil, gümüştür."},
		{"ar-AE", "الأقراط من الفضة المطلية بالذهب. فلا يتعلق الأمر إذن بالذهب الخالص، بل بالفضة."},
		{"ja-JP", "このピアスは金メッキのシルバーです。つまり無垢の金ではなく、シルバーです。"},
		{"ko-KR", "이 귀걸이는 금도금 실버입니다. 즉 순금이 아니라 실버입니다."},
		{"zh-CN", "这对耳环是镀金纯银。因此并非实心金，而是纯银。"},
		{"en-GB", "The hoops are gold-plated silver. It is therefore not solid gold but silver."},
		{"en-GB", "The hoops are gold-plated silver. So this is not, in fact, solid gold."},
		{"en-GB", "The hoops are gold-plated silver. Solid gold they are not."},
	}))
	checkKindRows(t, svc, "claim", pairRows(p, true, [][2]string{
		{"cs-CZ", "Náušnice jsou z pozlaceného stříbra. Jde tedy o masivní zlato."},
		{"it-IT", "Gli orecchini sono in argento placcato oro. Si tratta quindi di oro massiccio."},
		{"es-ES", "Los aros son de plata bañada en oro. Se trata, por tanto, de oro macizo."},
		{"en-GB", "The hoops are gold-plated silver. This is, in fact, solid gold."},
		{"en-GB", "The hoops are not plated, in fact, solid gold."},
		{"es-ES", "Los aros son de plata bañada en oro. Oro macizo es."},
		{"en-GB", "The hoops are gold-plated silver. Solid gold it is."},
	}))
}
