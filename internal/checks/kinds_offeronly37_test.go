package checks

import "testing"

// TestKindsOfferOnly37 (#13, hostmineral37): a multi-buy offer with the
// feminine count or "only" before what is paid for ("leve duas e pague só
// uma") is an offer (pt/concepts-sale14.yaml); released 36's pt-BR
// 36B104-3 passed once its calcite, a false block, no longer blocked it.
// "Leve" as the adjective light passes.
func TestKindsOfferOnly37(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []kindRow{
		{"pt-BR", "Nesta semana, leve duas e pague só uma.", disc14, true},
		{"pt-BR", "Leve duas peças e pague apenas uma.", disc14, true},
		{"pt-PT", "Esta semana, leve duas e pague somente uma.", disc14, true},
		{"pt-PT", "Leve dois e pague só um.", disc14, true},
		{"pt-BR", "O pingente é leve e confortável para usar todos os dias.", disc14, false},
		{"pt-PT", "Leve e discreto, o pendente acompanha-a todos os dias.", disc14, false},
	}
	checkKindRows(t, svc, CatBannedTerm, rows)
}
