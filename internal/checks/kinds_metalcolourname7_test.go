package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsMetalColourName7 (issue #13, false blocks, proper_noun): a
// place named by a metal word and a colour word, both capitalised inside
// the sentence where qualifiers follow the noun ("Ouro Preto"), is a
// name, not the piece's metal; the metal alone capitalised, the pair in
// lower case and a metal with its colour read as one fact ("Ouro
// Branco", white gold) still block on a silver piece.
func TestKindsMetalColourName7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	names := []lt{
		{"pt-BR", "Três pérolas brancas em prata 925, inspiradas em Ouro Preto, Minas Gerais."},
		{"pt-BR", "Três pérolas brancas em prata 925, inspiradas na cidade de Ouro Preto."},
		{"pt-PT", "Três pérolas brancas em prata 925, inspiradas nas ladeiras de Ouro Preto."},
	}
	metal := []lt{
		{"pt-BR", "Três pérolas brancas numa corrente de Ouro, inspiradas em Minas Gerais."},
		{"pt-BR", "Três pérolas brancas numa corrente de ouro preto."},
		{"pt-BR", "Três pérolas brancas numa corrente em Ouro Branco."},
		{"pt-PT", "Três pérolas brancas numa corrente de Ouro, inspiradas no Porto."},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"proper noun: a place named by a metal and a colour", dlPearls, "", names},
		{"proper noun: the metal itself", dlPearls, CatGrounding, metal},
	})
}
