package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Colour words of two senses and companion pieces in inflected or named
// frames (#13, homograph35, the twenty-ninth session).
//
// Da/nb/sv "klar" (ready, obvious; the verb "klare", to manage), and nl
// "helder" (lucid) were free colour words: "en
// lille karabinlås, som er nem at klare med én hånd" blocked as a clear
// colour on a gold piece (released 35's da-DK 35B102-1 and -2). They are
// now stone_only, as de "klar", en "clear", fr "clair", es "claro" and it
// "chiaro" were: the colour only beside a stone, a generic stone noun
// ("klare sten") included, or as the predicate of a stone across a copula
// ("Stenen er klar", "the stone is clear"; stone_predicate.go
// twoSenseStone), compared with that stone's colours.
//
// A piece of the product's own kind followed by a postposition of
// "beside" (vocabulary own_kind_beside_after: fi "valkokultaisen
// vihkisormuksen rinnalla", ko "결혼반지 옆에", ja "リングの隣") is another
// piece, and the metal of its noun phrase is that piece's (released 35's
// fi-FI 35A102-2); a related kind after "with" that bears a name of the
// brand (el "με την αλυσίδα Essence από ροζ επιχρυσωμένο ασήμι", pt "com a
// corrente Essence", nl "met de Essence-ketting") is a named companion
// (released 35's el-GR 35B102-3). Twins: the piece's own wrong colour or
// metal still blocks.
func TestKindsHomograph35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pink := core.Product{SKU: "H35", Name: "Aurora", Category: "ring", Collection: "Signature",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "pink", Count: 1, Origin: "natural"}},
		Colours: []string{"gold", "pink"}}
	neck := pink
	neck.Category, neck.Features = "necklace", []string{"lobster clasp"}
	yellow := core.Product{SKU: "H35Y", Name: "Kide", Category: "ring", Collection: "Signature",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: "natural"}},
		Colours: []string{"gold"}}
	plated := core.Product{SKU: "H35S", Name: "Aurora", Category: "earrings", Collection: "Essence",
		Materials: []string{"18k gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "18k yellow gold"}},
		Colours: []string{"gold"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// Two senses: the other sense passes.
		{"da-DK", "Halskæden lukkes med en lille karabinlås, som er nem at klare med én hånd.", neck, false},
		{"da-DK", "Halskæden er klar til brug, så snart du pakker den ud.", neck, false},
		{"sv-SE", "Halsbandet är klart att bära direkt ur asken.", neck, false},
		{"sv-SE", "Låset är lätt att klara med en hand.", neck, false},
		{"sv-SE", "Det är klart att ringen passar till allt.", pink, false},
		{"nb-NO", "Kjedet er klart til bruk med en gang.", neck, false},
		{"nb-NO", "Låsen er lett å klare med én hånd.", neck, false},
		{"nb-NO", "Det er klart at ringen passer til alt.", pink, false},
		{"nl-NL", "Het ontwerp is helder en tijdloos.", pink, false},
		// Twins: the colour said of the stone still blocks.
		{"da-DK", "Ringen har en klar safir i midten.", pink, true},
		{"da-DK", "Ringen bærer klare sten hele vejen rundt.", pink, true},
		{"da-DK", "Stenen er klar.", pink, true},
		{"sv-SE", "Ringen har en klar safir i mitten.", pink, true},
		{"sv-SE", "Ringen bär klara stenar runt om.", pink, true},
		{"nb-NO", "Ringen bærer klare steiner hele veien rundt.", pink, true},
		{"nl-NL", "De ring heeft een heldere saffier in het midden.", pink, true},
		{"fi-FI", "Sormuksessa on kirkas safiiri.", pink, true},
		{"de-DE", "Der Ring trägt klare Steine.", pink, true},
		{"de-DE", "Der Stein ist klar.", pink, true},
		{"en-GB", "The stone is clear.", pink, true},
		{"da-DK", "Ringen er hvid.", pink, true},
		// Companion pieces: another ring beside this one, a named companion.
		{"fi-FI", "Sormus kulkee luontevasti valkokultaisen vihkisormuksen rinnalla.", yellow, false},
		{"fi-FI", "Sormus näyttää kauniilta valkokultaisen vihkisormuksen vieressä.", yellow, false},
		{"ko-KR", "이 반지는 화이트 골드 결혼반지 옆에 자연스럽게 어울립니다.", yellow, false},
		{"ko-KR", "이 반지는 화이트 골드 반지 옆에 자연스럽게 어울립니다.", yellow, false},
		{"ja-JP", "このリングはホワイトゴールドのリングの隣に重ねても美しく映えます。", yellow, false},
		{"nl-NL", "De ring staat mooi naast een witgouden trouwring.", yellow, false},
		{"el-GR", "Φορέστε τους με την αλυσίδα Essence από ροζ επιχρυσωμένο ασήμι.", plated, false},
		{"pt-BR", "Use-os com a corrente Essence em prata banhada a ouro rosa.", plated, false},
		{"pt-PT", "Use-os com a corrente Essence em prata banhada a ouro rosa.", plated, false},
		{"es-MX", "Úsalos con la cadena Essence de plata bañada en oro rosa.", plated, false},
		{"nl-NL", "Draag ze met de Essence-ketting van roségoud verguld zilver.", plated, false},
		// Twins: the piece's own wrong metal still blocks.
		{"fi-FI", "Sormus on valkokultaa.", yellow, true},
		{"fi-FI", "Valkokultainen sormus kulkee luontevasti vihkisormuksen rinnalla.", yellow, true},
		{"ko-KR", "이 반지는 화이트 골드로 만들어졌습니다.", yellow, true},
		{"el-GR", "Τα σκουλαρίκια είναι από ροζ επιχρυσωμένο ασήμι.", plated, true},
		{"el-GR", "Τα σκουλαρίκια είναι από λευκόχρυσο.", plated, true},
		{"pt-BR", "Os brincos são de prata banhada a ouro rosa.", plated, true},
		{"es-ES", "Los pendientes son de plata bañada en oro rosa.", plated, true},
	})
}
