package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A Korean count with its counter and the locative 에 (or 마다, "each")
// counts the noun before it, the place the stones are set on, never the
// stones after it (#13, ko_locative24; released23a ko-KR H23a07-1 "스털링 실버
// 반지 세 개에 가넷, 자수정, 페리도트를 하나씩", a garnet, an amethyst and a
// peridot, one on each of three rings): Korean quantifies a noun after it
// (noun + numeral + counter) or with the genitive 의 before it ("세 개의
// 가넷", three garnets), which still counts the stones.
func TestKindsKoLocative24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	set := core.Product{SKU: "K24K", Name: "Birthstone Stack", Category: "ring", Collection: "Moments",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "garnet", Colour: "red", Count: 1, Origin: "natural"},
			{Type: "amethyst", Colour: "purple", Count: 1, Origin: "natural"},
			{Type: "peridot", Colour: "green", Count: 1, Origin: "natural"}},
		Features: []string{"set of 3 rings"}}
	pass := func(text string) kindRow { return kindRow{"ko-KR", text, set, false} }
	block := func(text string) kindRow { return kindRow{"ko-KR", text, set, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass("스털링 실버 반지 세 개에 가넷, 자수정, 페리도트를 하나씩 세팅했습니다."),
		pass("반지 세 개마다 가넷, 자수정, 페리도트가 하나씩 놓였습니다."),
		pass("밴드 세 개에는 가넷과 자수정, 페리도트가 각각 하나씩 있습니다."),
		block("세 개의 가넷이 반지를 장식합니다."),
		block("가넷 세 개가 반지를 장식합니다."),
	})
}
