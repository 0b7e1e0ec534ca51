package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// galician13Host is a truthful sentence of the locale's own language that
// each Galician sentence follows.
var galician13Host = map[string]string{
	"pt": "Este anel de prata de lei é perfeito para o dia a dia.",
	"es": "Este anillo de plata de ley es perfecto para el día a día.",
}

// galician13 are one language's Galician sentences, written with the
// function words Galician has and the host language lacks (ten/tem,
// en/em, un/um, co/com o, hai/há, miña/minha, quen/quem in Portuguese copy;
// lle, miña, hai/hay, co/con el, agora/ahora, pode/puede in Spanish copy)
// beside at most one word the packs already listed.
var galician13 = map[string][]string{
	"pt": {
		"Está feito a man e ten un acabado brillante que vai con todo.",
		"O anel está feito en prata e pódese levar todos os días.",
		"Hai moitas formas de levalo.",
		"O anel ten un brillo que dura.",
		"A miña peza favorita para levar co vestido.",
		"Podes levalo só ou cos outros aneis da colección.",
		"É o agasallo ideal para quen queres.",
		"Non o leves na ducha nin na piscina.",
	},
	"es": {
		"Hai moitas formas de levalo.",
		"A miña peza favorita para levar co vestido.",
		"Non o leves na ducha nin na piscina.",
		"Pode levarse só ou con outros aneis.",
		"Agora pode ser teu.",
		"É o agasallo ideal para quen queres.",
	},
}

// galician13Own are truthful copy of the host language sharing words with
// Galician (pode, agora, uns, ainda, en vogue; ten, polo, mismo, Ágora).
var galician13Own = []lt{
	{"pt-PT", "Este anel de prata de lei tem um brilho suave. Pode usá-lo todos os dias, em casa ou no trabalho, com um vestido ou com uns jeans."},
	{"pt-PT", "Há muitas formas de o usar: sozinho ou com outros anéis da coleção. É uma peça que fica bem com tudo."},
	{"pt-PT", "O anel tem um design limpo e ainda assim elegante. Combina com os nossos brincos."},
	{"pt-PT", "Este anel fica bem com um vestido en vogue ou com uns jeans."},
	{"pt-BR", "O anel tem um design limpo e ainda assim elegante. Quem o usa não quer mais tirar."},
	{"es-ES", "Este anillo de plata tiene un brillo suave. Ahora puede ser tuyo, el mismo anillo que viste en nuestra tienda."},
	{"es-ES", "Ten cuidado de guardarlo en su cajita después de usarlo. Puedes llevarlo con cualquier look."},
	{"es-ES", "Combínalo con un polo blanco o con una camisa de lino. Queda bien con todo."},
	{"es-ES", "Lo puedes llevar solo o con otros anillos. Puede formar parte de tu colección, como la que vimos en el Ágora de Madrid."},
}

// TestKindsGalician13: a Galician sentence in Portuguese or Spanish copy is
// a close language whose usual function words say so (#13, left13: it was
// found by a few listed words only, "non", "unha"): the gl lists of the
// pt-BR pack (pt-PT inherits it) and of es-ES gain the function words
// the host language does not write, never one it does (not aínda or días,
// which fold to Portuguese ainda, dias; not ten, polo, dos, nos, ata or
// algún in Spanish).
func TestKindsGalician13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var gl []lt
	for _, loc := range []string{"pt-PT", "pt-BR", "es-ES", "es-MX"} {
		lang := langOf(loc)
		for _, s := range galician13[lang] {
			gl = append(gl, lt{loc, galician13Host[lang] + " " + s})
		}
	}
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"a Galician sentence", pn13Silver, CatLocale, gl},
		{"the host language", pn13Silver, "", galician13Own},
	})
}
