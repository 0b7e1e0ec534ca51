package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A vermeil piece said to be made of karat gold (#13, vermeilsolid33):
// "Riipus on valmistettu 18-karaatin kullasta, ei ohuesti kullatusta
// messingistä" (made of 18-karat gold, not thinly gilded brass) on 18k
// gold vermeil over sterling silver names karat gold as the piece's
// material and sets it against a plating it denies. Vermeil's gold is a
// layer (16 CFR 23.5; a karat mark on it must say so, 23.4): the copy may
// name it with its karat (platedphrase24), but beside a plating denied
// ("ei kullatusta", "not plating") the karat gold phrase calls the layer
// solid, and the denied plating qualifies nothing (platingDeniedBeside). Probe 31C101-3 (fi-FI)
// wanted regulatory and passed. "18k gold vermeil over sterling silver",
// "plated in 18k gold", "a layer of 18k gold" and the Finnish and Swedish
// plating and layer words beside the gold still pass.
func TestKindsVermeilSolid33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	vermeil := core.Product{SKU: "V33", Name: "Halo", Category: "pendant", Materials: []string{"sterling silver", "18k gold vermeil"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, Colours: []string{"gold"}}
	var rows []kindRow
	for _, r := range [][2]string{
		{"fi-FI", "Riipus on valmistettu 18-karaatin kullasta, ei ohuesti kullatusta messingistä."},
		{"en-GB", "The pendant is made of 18k gold, not thin plating over brass."},
		{"sv-SE", "Hänget är tillverkat av 18 karats guld, inte tunt förgyllt mässing."},
		{"es-ES", "El colgante está hecho de oro de 18 quilates, no de latón bañado."},
		{"de-DE", "Der Anhänger ist aus 18 Karat Gold gefertigt, nicht aus dünn vergoldetem Messing."},
		{"fr-FR", "Le pendentif est façonné en or 18 carats, et non en simple placage sur laiton."},
	} {
		rows = append(rows, kindRow{r[0], r[1], vermeil, true})
	}
	for _, r := range [][2]string{
		{"en-GB", "The pendant is 18k gold vermeil over sterling silver."},
		{"en-GB", "The pendant is plated in 18k gold over sterling silver."},
		{"en-GB", "The pendant has a layer of 18k gold over sterling silver."},
		{"fi-FI", "Riipus on päällystetty 18-karaatin kullalla."},
		{"fi-FI", "Riipus on 18-karaatin kultavermeiliä."},
		{"sv-SE", "Hänget har ett lager av 18 karats guld på sterlingsilver."},
	} {
		rows = append(rows, kindRow{r[0], r[1], vermeil, false})
	}
	checkKindRows(t, svc, CatRegulatory, rows[:6])
	checkKindRows(t, svc, "", rows[6:])
}
