package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsGalician29: one Galician sentence in Portuguese copy blocks
// locale (#13, galician29; released 29b pt-BR 29B110-2, "Son lixeiras e
// pódense levar todos os días sen decatarse delas." passed). The gl list
// of pt-BR (pt-PT inherits it) gains Galician's enclitics glued to an
// accented verb (pódense, lévase, úsase; Portuguese podem-se), its x-
// spellings (lixeiro, xente, xogo), son, días, veces, verán, aceiro,
// latón, coiro, peche, auga, poida, sexa, estea, decatarse. The existing
// rule still needs two distinct words of the close language in a
// sentence: Portuguese sentences with one look-alike pass.
func TestKindsGalician29(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "G29", Name: "Argolas Nióbio", Category: "earrings", Collection: "Essence",
		Materials: []string{"niobium"}, Metals: []core.Metal{{Base: "niobium"}}, Colours: []string{"blue"}, Features: []string{"anodised"}}
	base := "As Argolas Nióbio da coleção Essence são aros de 15 mm feitos de nióbio, um metal cinza e raro. O azul intenso não vem de nenhuma tinta. "
	block := []kindRow{
		{"pt-BR", base + "Son lixeiras e pódense levar todos os días sen decatarse delas.", p, true},
		{"pt-PT", base + "Son lixeiras e pódense levar todos os días sen decatarse delas.", p, true},
		// blocking before (other Galician words), kept
		{"pt-BR", base + "Pódense combinar con outras pezas sen problema.", p, true},
		{"pt-PT", base + "O peche é de aceiro e a argola é moi lixeira.", p, true},
		{"pt-BR", base + "Levala é doado: sexa de día ou de noite, vai contigo.", p, true},
		{"pt-PT", base + "Úsase todos os días e non pesa nada na orella.", p, true},
	}
	pass := []kindRow{
		{"pt-BR", base + "São leves e podem ser usadas todos os dias sem que você perceba.", p, false},
		{"pt-PT", base + "São leves e podem usar-se todos os dias sem darem por elas.", p, false},
		{"pt-BR", base + "Leves, elas acompanham você todos os dias, do trabalho ao fim de semana.", p, false},
		{"pt-PT", base + "Usam-se todos os dias e quase não se sentem na orelha.", p, false},
		{"pt-PT", base + "O fecho é simples e a argola é muito leve.", p, false},
		{"pt-BR", base + "Usá-las é fácil: seja de dia ou de noite, vão com você.", p, false},
	}
	checkKindRows(t, svc, "locale", block)
	checkKindRows(t, svc, "", pass)
}
