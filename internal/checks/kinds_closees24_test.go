package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// One sentence of Spanish in Portuguese copy, and of Portuguese in Spanish
// (#13, close_es24; released16a pt-BR H16a08-2 "La galería abierta deja
// pasar la luz desde abajo."): Spanish abierta, deja, pasar, abajo against
// Portuguese aberta, deixa, passar, abaixo (RAE DLE, Priberam) mark the
// sentence as the other language's, in pt-BR and pt-PT (which extends it),
// es-ES and es-MX.
func TestKindsCloseEs24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "K24E", Name: "Verde", Category: "ring", Collection: "Reflexions",
		Materials: []string{"sterling silver", "prasiolite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "prasiolite", Colour: "green", Count: 1, Origin: "natural", Treatment: "heated"}}}
	pt := "O anel Verde, da coleção Reflexions, traz uma prasiolita oval de 10 por 8 mm presa por quatro garras de prata 925. A prasiolita é um quartzo verde de tom suave, de folha nova. "
	es := "El anillo Verde, de la colección Reflexions, lleva una prasiolita oval de 10 por 8 mm sujeta por cuatro garras de plata 925. La prasiolita es un cuarzo verde de tono suave, de hoja nueva. "
	pass := func(loc, text string) kindRow { return kindRow{loc, text, ring, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, ring, true} }
	checkKindRows(t, svc, "locale", []kindRow{
		block("pt-BR", pt+"La galería abierta deja pasar la luz desde abajo."),
		block("pt-PT", pt+"La galería abierta deja pasar la luz desde abajo."),
		block("es-ES", es+"A galeria aberta deixa passar a luz por baixo."),
		block("es-MX", es+"A galeria aberta deixa passar a luz desde abaixo."),
		pass("pt-BR", pt+"A galeria aberta deixa passar a luz por baixo."),
		pass("pt-PT", pt+"A galeria aberta deixa passar a luz por baixo."),
		pass("es-ES", es+"La galería abierta deja pasar la luz desde abajo."),
		pass("es-MX", es+"La galería abierta deja pasar la luz desde abajo."),
	})
}
