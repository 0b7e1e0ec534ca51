package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Sensitive skin with a superlative or an intensifier between its words
// (#13, skin_paraphrase19; blind probes 19a and 20b: pt-PT "são suaves
// mesmo para as peles mais sensíveis", es-ES "apta incluso para las pieles
// más sensibles" passed): the forms knew "peles sensíveis", "pieles
// sensibles", 敏感肌 only. Gentle, suitable or safe even for the most
// sensitive skin is a skin-safety claim the features must license
// (data/<lang>/concepts-skin19.yaml). English, German, French, Dutch, the
// Scandinavian languages, Finnish, Turkish, Greek, Arabic and Korean
// already read it ("empfindlichste Haut", "peaux les plus sensibles",
// "känsligaste huden", "herkimmällekin iholle", 가장 민감한 피부에도).
// Licensed by a hypoallergenic feature, or negated, it passes.
func TestKindsSkinParaphrase19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pend := core.Product{SKU: "S19", Name: "Sea Glass Drop Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "sea glass"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sea glass", Colour: "seafoam green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"green", "silver"}, Features: []string{"four-claw cage setting", "hand-finished"}}
	hypo := pend
	hypo.Features = []string{"four-claw cage setting", "hypoallergenic", "nickel-free"}
	checkKindRows(t, svc, "claim", []kindRow{
		{"pt-PT", "Duas rondelas em prata de lei 925 criam pontos de luz entre as pedras e são suaves mesmo para as peles mais sensíveis.", pend, true},
		{"es-ES", "Una jaula de cuatro garras de plata de ley, apta incluso para las pieles más sensibles, lo sujeta sin taparlo.", pend, true},
		{"es-MX", "Suave incluso con la piel más sensible.", pend, true},
		{"es-ES", "Apta para piel muy sensible.", pend, true},
		{"pt-BR", "Indicada até para as peles mais sensíveis.", pend, true},
		{"pt-BR", "Ideal para pele muito sensível.", pend, true},
		{"it-IT", "La montatura in argento è adatta anche alle pelli più sensibili.", pend, true},
		{"it-IT", "Perfetta anche per la pelle particolarmente sensibile.", pend, true},
		{"pl-PL", "Delikatna nawet dla najwrażliwszej skóry.", pend, true},
		{"cs-CZ", "Šetrné i k té nejcitlivější pleti.", pend, true},
		{"cs-CZ", "Vhodné pro citlivou pleť.", pend, true},
		{"ja-JP", "シルバーの台座は、とても敏感な肌にも優しいです。", pend, true},
		{"ja-JP", "どんなに敏感な肌にも安心です。", pend, true},
		{"zh-CN", "银质底座即使是最敏感的肌肤也适合。", pend, true},
		{"zh-TW", "即使是最敏感的肌膚也能安心佩戴。", pend, true},
		// licensed by the features, or negated: still publishable
		{"pt-PT", "Duas rondelas em prata de lei 925 são suaves mesmo para as peles mais sensíveis.", hypo, false},
		{"es-ES", "Apta incluso para las pieles más sensibles.", hypo, false},
		{"it-IT", "Adatta anche alle pelli più sensibili.", hypo, false},
		{"pl-PL", "Delikatna nawet dla najwrażliwszej skóry.", hypo, false},
		{"ja-JP", "敏感な肌にも優しいです。", hypo, false},
		{"zh-CN", "即使是最敏感的肌肤也适合。", hypo, false},
		{"pt-PT", "Não é indicada para peles muito sensíveis ou alérgicas ao níquel.", pend, false},
	})
}
