package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the gem synonym rows: a heliotrope signet, a bloodstone
// signet and a morion pendant.
var (
	gemSynHeliotrope = core.Product{SKU: "GS1", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "heliotrope", Colour: "dark green", Count: 1, Origin: "natural"}},
		Colours: []string{"green", "gold"}}
	gemSynBloodstone = core.Product{SKU: "GS2", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "bloodstone", Colour: "dark green", Count: 1, Origin: "natural"}},
		Colours: []string{"green", "gold"}}
	gemSynMorion = core.Product{SKU: "GS3", Name: "Essence", Category: "pendant", Collection: "Essence",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "morion", Colour: "black", Count: 1, Origin: "natural"}},
		Colours: []string{"black", "silver"}}
)

// A gem's trade synonym names the same stone (#13, late67): heliotrope is
// bloodstone (GIA Gem Encyclopedia, "Chalcedony": "bloodstone, also called
// heliotrope"), morion the opaque black smoky quartz (Mindat.org, "Morion").
// Each language's heliotrope and morion words are the value of the stone
// they name, so copy that gives either name of the product's stone grounds.
// Spectrolite (a labradorite) and tanzanite (a zoisite) are already read
// through vocab/canon.yaml's implies.
func TestKindsGemSynonymOk(t *testing.T) {
	t.Parallel()
	rows := pairRows(gemSynHeliotrope, false, [][2]string{
		{"en-GB", "The ring is set with heliotrope, the stone many people know as bloodstone."},
		{"en-US", "The signet is set with a bloodstone."},
		{"de-DE", "Der Ring ist mit einem Heliotrop besetzt, den viele als Blutjaspis kennen."},
		{"fr-FR", "La bague est sertie d'un héliotrope, aussi appelé jaspe sanguin."},
		{"nl-NL", "De ring is gezet met een heliotroop, ook wel bloedjaspis genoemd."},
		{"sv-SE", "Ringen är fattad med en heliotrop, som många känner som blodjaspis."},
		{"nb-NO", "Ringen er besatt med en heliotrop, som mange kjenner som blodjaspis."},
		{"da-DK", "Ringen er besat med en heliotrop, som mange kender som blodjaspis."},
		{"pt-BR", "O anel traz um heliotrópio, a pedra que muitos chamam de jaspe sanguíneo."},
		{"ja-JP", "このリングにはヘリオトロープ（ブラッドストーン）をセットしました。"},
		{"ko-KR", "이 반지에는 헬리오트로프, 흔히 블러드스톤이라 부르는 돌을 세팅했습니다."},
		{"fi-FI", "Sormuksessa on heliotrooppi, jota moni kutsuu verijaspikseksi."},
	}, [][2]string{
		{"es-ES", "El anillo lleva un heliotropo."},
		{"it-IT", "L'anello è incastonato con un eliotropio."},
		{"pl-PL", "Pierścionek ma oczko z heliotropu."},
	})
	rows = append(rows, pairRows(gemSynBloodstone, false, [][2]string{
		{"en-GB", "The signet is set with heliotrope."},
		{"de-DE", "Der Siegelring trägt einen Heliotrop."},
		{"sv-SE", "Sigillringen har en heliotrop."},
	})...)
	rows = append(rows, pairRows(gemSynMorion, false, [][2]string{
		{"en-GB", "The pendant holds a morion, the black variety of smoky quartz."},
		{"de-DE", "Der Anhänger trägt einen Morion, einen schwarzen Rauchquarz."},
		{"fr-FR", "Le pendentif porte un morion, un quartz fumé noir."},
		{"it-IT", "Il pendente ha un morione, un quarzo affumicato nero."},
		{"es-ES", "El colgante lleva un morión, un cuarzo ahumado negro."},
		{"pl-PL", "Wisiorek ma morion, czarny kwarc dymny."},
		{"nl-NL", "De hanger heeft een morion, een zwarte rookkwarts."},
		{"sv-SE", "Hänget har en morion, en svart rökkvarts."},
		{"ja-JP", "ペンダントには黒いスモーキークォーツ、モリオンをあしらいました。"},
		{"ko-KR", "펜던트에는 검은 연수정인 모리온을 세팅했습니다."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}

// TestKindsGemSynonymBad: another stone named as the product's still blocks.
func TestKindsGemSynonymBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The ring is set with an amethyst.", gemSynHeliotrope, true},
		{"de-DE", "Der Ring ist mit einem Amethyst besetzt.", gemSynHeliotrope, true},
		{"en-GB", "The pendant holds a ruby.", gemSynMorion, true},
		{"fr-FR", "Le pendentif porte un rubis.", gemSynMorion, true},
	})
}
