package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Taking the piece off to spare its plating is care advice, not the tarnish
// claim (#13, the twelfth session: "손을 씻을 때는 빼 두시면 도금을 더 오래
// 유지할 수 있습니다" blocked as claim.tarnish_proof on rose-gold vermeil;
// the other languages' removal advice passed already and is kept here as
// pass rows). The claim without the advice still blocks, and "빼어난"
// (excellent), which starts with the same syllable, excuses nothing.
func TestKindsRemoveToKeep12(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "R12", Name: "Luna", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver", "rose gold vermeil"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 2.5}},
		Colours:   []string{"rose gold"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"ko-KR", "손을 씻을 때는 빼 두시면 도금을 더 오래 유지할 수 있습니다.", false},
		{"ko-KR", "운동할 때는 빼놓으시면 도금이 오래 유지됩니다.", false},
		{"ko-KR", "도금이 오래 유지되어 변색되지 않습니다.", true},
		{"ko-KR", "빼어난 도금이 오래 유지되어 평생 변색되지 않습니다.", true},
		{"ja-JP", "水仕事の際は外しておくとめっきが長持ちします。", false},
		{"nl-NL", "Doe hem af als je je handen wast, dan blijft de verguldlaag langer mooi.", false},
		{"pl-PL", "Zdejmuj go przed myciem rąk, aby pozłacana warstwa dłużej zachowała urodę.", false},
		{"tr-TR", "Kaplamanın daha uzun süre güzel kalması için ellerinizi yıkarken yüzüğü çıkarın.", false},
	} {
		if claim, fs := blockedIn(t, svc, CatClaim, p, r.locale, r.text); claim != r.block {
			t.Errorf("%s %q: claim block %v, want %v: %+v", r.locale, r.text, claim, r.block, fs)
		}
	}
}
