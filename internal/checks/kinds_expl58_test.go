package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// expl58 products: a lab-grown star sapphire pendant in rhodium-plated
// white gold (probe 58D's), a natural zircon pendant (probe 58D's pl-PL
// and tr-TR one) and dyed magnesite earrings sold as a simulant (probe
// 58C's it-IT one).
var (
	expl58Star = core.Product{SKU: "EX58S", Name: "Star Pendant", Category: "necklace", Collection: "Signature", Materials: []string{"rhodium-plated 10k white gold"},
		Metals: []core.Metal{{Base: "white gold", Plating: "rhodium", Fineness: "10k"}}, Stones: []core.Stone{{Type: "star sapphire", Colour: "blue", Count: 1, Origin: core.OriginLabGrown}}, Colours: []string{"silver", "blue"}}
	expl58Zircon = core.Product{SKU: "EX58Z", Name: "Clarity Pendant", Category: "necklace", Collection: "Reflexions", Materials: []string{"rhodium-plated 10k white gold"},
		Metals: []core.Metal{{Base: "white gold", Plating: "rhodium", Fineness: "10k"}}, Stones: []core.Stone{{Type: "zircon", Colour: "colourless", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}}, Colours: []string{"silver", "colourless"}}
	expl58Magnesite = core.Product{SKU: "EX58M", Name: "Sky Earrings", Category: "earrings", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "magnesite", Colour: "blue", Count: 2, Origin: core.OriginSimulant, Treatment: "dyed"}}, Colours: []string{"blue", "silver"}}
)

// TestKindsExpl58 (#13, expl58): copy that explains its material names
// what causes an optical effect and what a quality is likened to, and
// each was read as the piece's stone or material:
//   - the needles of rutile whose light makes a star sapphire's star, and
//     the titanium they form from, in a sentence with no word of the piece
//     (grounding/optical58.go opticalInclusion and opticalElement, read by
//     hostedStone and stoneChromophore; the packs' light_nouns now hold
//     asterism);
//   - a diamond word as the kind of a zircon's lustre, glued to the
//     noun of light in one compound ("Diamantglanz": light.go likeStone)
//     or after a Turkish word of closeness ("Elmasa yakın parlaklığı":
//     tr looks_like_after yakın);
//   - turquoise as what a dyed magnesite's blue is similar to, with a
//     pronoun of "that of" between ("simile a quello del turchese",
//     "semblable à celui de la turquoise": the packs' looks_like).
func TestKindsExpl58(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(expl58Star, false, [][2]string{
		{"es-ES", "Una pequeña cantidad de titanio forma después, con el calor, agujas finísimas de rutilo que reflejan la luz en una estrella de seis puntas."},
		{"pt-BR", "Uma pequena quantidade de titânio forma, com o aquecimento, agulhas finíssimas de rutilo, que refletem a luz em uma estrela de seis raios."},
		{"pl-PL", "Niewielki dodatek tytanu tworzy podczas wygrzewania cieniutkie igiełki rutylu, które odbijają światło w sześcioramienną gwiazdę."},
		{"ar-AE", "وتُضاف إليه نسبة صغيرة من التيتانيوم تتحول بالتسخين إلى إبر دقيقة من الروتيل، تعكس الضوء في نجمة سداسية الأشعة."},
		{"zh-CN", "加入的少量钛在加热后析出细密的金红石针状包体，将光线反射成六射星光。"},
		{"ja-JP", "石は火炎溶融法で育成され、少量のチタンが加熱によって針状のルチルとなり、光を受けると六条の星を描きます。"},
		{"ko-KR", "여섯 갈래의 별빛은 스타 효과(애스터리즘)라고 부르며, 결정 속 가느다란 루틸 바늘이 빛을 반사해 생깁니다."},
		{"it-IT", "Una piccola quantità di titanio forma, con il calore, sottilissimi aghi di rutilo che riflettono la luce in una stella a sei raggi."},
		{"en-GB", "A little titanium forms fine needles of rutile, and their sheen draws the six-rayed asterism."},
	}))
	checkKindRows(t, svc, "", pairRows(expl58Zircon, false, [][2]string{
		{"tr-TR", "Zirkon doğal bir mineraldir. Elmasa yakın parlaklığı ve güçlü dispersiyonu sayesinde ışığı renkli pırıltılara ayırır."},
		{"de-DE", "Zirkon ist ein natürliches Mineral mit fast Diamantglanz."},
	}))
	checkKindRows(t, svc, "", pairRows(expl58Magnesite, false, [][2]string{
		{"it-IT", "Essendo porosa assorbe bene il colore, ed è stata tinta di un blu cielo intenso, simile a quello del turchese."},
		{"fr-FR", "Poreuse, elle absorbe bien la couleur et a été teinte d'un bleu ciel intense, semblable à celui de la turquoise."},
		{"es-ES", "Al ser porosa absorbe bien el color y se ha teñido de un azul cielo intenso, semejante a la de la turquesa."},
	}))
}

// TestKindsExpl58Bad: the same words naming the piece's stone or
// material still block: a pendant of rutile (with its needles' light
// beside it), a titanium piece, rutile's needles on a stone that holds
// none (a zircon), diamond pieces on a zircon, turquoise earrings on
// dyed magnesite, and earrings likened to other pieces with turquoise
// named as theirs.
func TestKindsExpl58Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(expl58Star, true, [][2]string{
		{"en-GB", "A pendant of rutile with a bright sheen."},
		{"es-ES", "Un colgante de rutilo con agujas que reflejan la luz."},
		{"es-ES", "El colgante es de titanio y tiene un brillo intenso."},
		{"zh-CN", "钛制吊坠反射光线。"},
		{"en-GB", "The pendant has a titanium chain that reflects light like needles of rutile."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(expl58Zircon, true, [][2]string{
		{"es-ES", "Una pequeña cantidad de titanio forma agujas finísimas de rutilo que reflejan la luz en una estrella."},
		{"en-GB", "Fine needles of rutile reflect the light as a star."},
		{"pl-PL", "Diamentowy wisiorek."},
		{"pl-PL", "Wisiorek z diamentem, który ma piękny połysk."},
		{"cs-CZ", "Diamantový přívěsek."},
		{"tr-TR", "Elmas kolye."},
		{"en-GB", "A diamond pendant."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(expl58Magnesite, true, [][2]string{
		{"it-IT", "Orecchini di turchese blu."},
		{"it-IT", "Orecchini simili a quelli della collezione, con turchese blu."},
		{"es-ES", "Pendientes de turquesa azul."},
		{"pt-BR", "Brincos de turquesa azul."},
	}))
}
