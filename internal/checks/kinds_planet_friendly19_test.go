package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A generic environmental claim in a regional word or a "friendly to the
// planet" paraphrase (#13, planet_friendly19; released20a es-MX H20a08-2):
// "Una elección sustentable y amigable con el planeta" on a platinum band
// with lab-grown diamonds passed: the green concept knew "sostenible" and
// "respetuoso con el planeta", not Latin American "sustentable" nor
// "amigable con". A generic environmental claim without recognised
// excellent environmental performance is banned (EU Directive 2024/825,
// Annex I no. 4a; FTC Green Guides 16 CFR 260.4).
func TestKindsPlanetFriendly19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	band := core.Product{SKU: "G19", Name: "Aeterna Band", Category: "ring",
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 20, Origin: core.OriginLabGrown}}}
	checkKindRows(t, svc, "regulatory", []kindRow{
		{"es-MX", "Una elección sustentable y amigable con el planeta.", band, true},
		{"es-MX", "Una joya sustentable.", band, true},
		{"es-ES", "Una elección amigable con el medio ambiente.", band, true},
		{"pt-BR", "Uma escolha sustentável e amiga do planeta.", band, true},
		{"pt-PT", "Uma escolha amiga do ambiente.", band, true},
		{"fr-CA", "Un choix durable et ami de la planète.", band, true},
		{"it-IT", "Una scelta amica del pianeta.", band, true},
		{"en-US", "A planet-friendly choice.", band, true},
		{"en-AU", "A kinder choice for the planet.", band, true},
		{"de-DE", "Eine planetenfreundliche Wahl.", band, true},
		{"nl-NL", "Een planeetvriendelijke keuze.", band, true},
		{"sv-SE", "Ett planetvänligt val.", band, true},
		{"da-DK", "Et klimavenligt valg.", band, true},
		{"nb-NO", "Et klimavennlig valg.", band, true},
		{"fi-FI", "Planeettaystävällinen valinta.", band, true},
		{"pl-PL", "Wybór przyjazny dla planety.", band, true},
		{"cs-CZ", "Volba šetrná k planetě.", band, true},
		{"tr-TR", "Gezegen dostu bir seçim.", band, true},
		{"el-GR", "Μια επιλογή φιλική προς τον πλανήτη.", band, true},
		{"ar-AE", "خيار صديق للكوكب.", band, true},
		{"ja-JP", "地球にやさしい選択です。", band, true},
		{"ko-KR", "지구를 생각한 친환경 선택입니다.", band, true},
		{"zh-CN", "对地球友好的选择。", band, true},
		// a friendly or sustained thing that is no environmental claim
		{"es-MX", "Un diseño amigable para el uso diario.", band, false},
		{"es-MX", "Un diseño sustentado en la tradición.", band, false},
	})
}
