package checks

import (
	"testing"
)

// Copy written in the other variety of its locale's language (#13, var63):
// pt-BR copy on pt-PT and back, es-MX copy on es-ES and back, fr-CA copy
// on fr-FR and back, whose markers are phrases ("a gente", "café da
// manhã", "à volta de", "pequeno-almoço", "casa de banho", "lentes de
// sol", "la fin de semaine", "week-end", "e-mail": identity.foreign keys
// of more than one word, read by checks/variety_phrases.go) or words the
// packs did not list ("melocotón", "bañador", "chándal", "mezclilla",
// "durazno", "mancuernillas", "souper", "boulot"), blocks as locale.variety.
// Every row only warned on main.
func TestKindsVar63(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatLocale, pairRows(variant61Product, true, [][2]string{
		{"pt-PT", "Estes brincos de ouro amarelo são leves e a gente usa do café da manhã até a noite, com tênis ou sandália, sem tirar nem para ir ao banheiro."},
		{"pt-PT", "Com estes brincos de ouro amarelo a gente sai de casa pronta: combinam com o celular na mão, o ônibus lotado e o café da manhã corrido."},
		{"pt-BR", "Estes brincos de ouro amarelo medem à volta de 2 cm e fazem lembrar as joias da avó; ficam bem ao pequeno-almoço e cabem na mala ao lado do telemóvel."},
		{"pt-BR", "Leve estes brincos de ouro amarelo da casa de banho para o pequeno-almoço: são leves, custam à volta de 90 euros e não se estragam no duche."},
		{"es-MX", "Estos pendientes de oro amarillo quedan genial con una camiseta blanca, unos vaqueros y un chándal; guárdalos en el bolso junto al móvil."},
		{"es-MX", "Los pendientes de oro amarillo combinan con el color melocotón de tu bañador y caben en la funda del ordenador."},
		{"es-ES", "Estos aretes de oro amarillo combinan con tu pantalón de mezclilla y tus lentes de sol; guárdalos en la bolsa junto al celular."},
		{"es-ES", "Los aretes de oro amarillo en tono durazno lucen con una camisa blanca y unas mancuernillas a juego para la cena."},
		{"es-ES", "Estos aretes de oro amarillo se ven bien padre con cualquier look y están muy padre para regalar."},
		{"fr-FR", "Ces boucles d'oreilles en or jaune sont parfaites pour magasiner la fin de semaine avec un chandail léger."},
		{"fr-FR", "Ces boucles d'oreilles en or jaune ne sont pas dispendieuses et vont avec tout, du souper entre amies aux fins de semaine au chalet."},
		{"fr-CA", "Ces boucles d'oreilles en or jaune vous suivent du shopping au week-end, et se rangent dans une pochette pour le boulot."},
		{"fr-CA", "Un e-mail, et ces boucles d'oreilles en or jaune arrivent avant le week-end : parfaites pour le shopping ou une soirée au resto."},
	}))
}

// TestKindsVar63Ok: native copy with at most one stray word or phrase of
// the other variety, and words both varieties write ("gente", "banho",
// "café", "em volta de", "pendientes", "colgante", "lentes de contacto",
// "padre", "en fin de semaine", "courriel", "chaque fin de semaine"), must
// not block.
func TestKindsVar63Ok(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatLocale, pairRows(variant61Product, false, [][2]string{
		{"pt-PT", "Estes brincos de ouro amarelo medem à volta de 2 cm, ficam bem ao pequeno-almoço e cabem na mala ao lado do celular."},
		{"pt-PT", "Estes brincos de ouro amarelo com banho de ouro agradam a muita gente: do café ao jantar, fazem lembrar a casa da avó."},
		{"pt-PT", "Feitos à mão para a gente do Porto, estes brincos de ouro amarelo ficam bem de manhã à noite, num jantar ou num passeio."},
		{"pt-BR", "Estes brincos de ouro amarelo são leves e a gente usa do café da manhã até a noite, mesmo no pequeno-almoço de um hotel."},
		{"pt-BR", "Estes brincos de ouro amarelo têm banho de ouro, vão do café à noite e fazem muita gente lembrar a casa da avó; dê uma volta com eles."},
		{"pt-BR", "Com pedras em volta do centro, estes brincos de ouro amarelo custam cerca de 90 reais e lembram as joias da avó."},
		{"es-MX", "Estos aretes de oro amarillo se ven lindos con tu playera blanca y caben en la bolsa junto al móvil."},
		{"es-MX", "Estos pendientes de oro amarillo valen la pena: el colgante a juego y una camiseta blanca completan el look del fin de semana."},
		{"es-ES", "Estos pendientes de oro amarillo quedan genial con una camiseta blanca y unas gafas de sol; guárdalos en el bolso junto al celular."},
		{"es-ES", "Estos pendientes de oro amarillo son un regalo para el Día del Padre: un padre muy presente merece lentes nuevas y un detalle de oro."},
		{"es-ES", "Estos pendientes de oro amarillo se limpian con un paño; las lentes de contacto y el sol no los dañan."},
		{"fr-FR", "Ces boucles d'oreilles en or jaune se portent le week-end avec un pull léger, et elles sont présentement en boutique."},
		{"fr-FR", "Commandez avant jeudi pour une livraison en fin de semaine : ces boucles d'oreilles en or jaune arrivent dans un écrin, avec un courriel de suivi."},
		{"fr-FR", "Ces boucles d'oreilles en or jaune vont du bas du lobe au dîner, et se portent avec un souper de fête ou un déjeuner."},
		{"fr-CA", "Ces boucles d'oreilles en or jaune se portent la fin de semaine avec un chandail léger, pour le magasinage ou un souper, même avec des baskets."},
		{"fr-CA", "Ces boucles d'oreilles en or jaune se portent avec un pull ou un chandail, et nos nouveautés arrivent par courriel chaque fin de semaine."},
	}))
}

// TestKindsVar63Bad: whole texts that blocked on main through single words
// and grammar still block now that a phrase covers some of their words
// ("e-mail" read once instead of its "mail"; "está a brilhar" beside
// "telemóvel"; "os" beside "cazadora" and "gafas").
func TestKindsVar63Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatLocale, pairRows(variant61Product, true, [][2]string{
		{"fr-CA", "Un e-mail, et ces boucles d'oreilles en or jaune arrivent pour le shopping, à porter avec un sweat ou un t-shirt."},
		{"pt-BR", "Estes brincos de ouro amarelo estão a brilhar na montra e cabem no bolso ao lado do telemóvel."},
		{"es-MX", "Estos pendientes de oro amarillo os encantarán con una cazadora vaquera y unas gafas de sol."},
	}))
}
