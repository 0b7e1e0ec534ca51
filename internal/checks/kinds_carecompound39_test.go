package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCareCompound39 (#13, carecompound39; released 39 de-DE
// 39A102-1/-3 "Mit einem Silberputztuch behält es seinen hellen Glanz"):
// care advice excuses a shine kept only by the care (tarnish_proof's unless
// words), but a cloth or pouch named in a compound with its metal or
// jewellery word (de "Silberputztuch", nl "zilverpoetsdoek", sv
// "silverputsduk", da "sølvpudseklud", nb "sølvpussklut", fi
// "hopeankiillotusliina") was no unless word: the words match whole. The
// compounds are unless words now. The shine promised without care, or for
// ever with it, still blocks (16 CFR 23.1).
func TestKindsCareCompound39(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "CC39", Name: "Gliederarmband", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}, Features: []string{"lobster clasp"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"de-DE", "Mit einem Silberputztuch behält es seinen hellen Glanz.", p, false},
		{"de-DE", "Mit dem Schmuckputztuch behält das Armband seinen Glanz.", p, false},
		{"nl-NL", "Met een zilverpoetsdoek behoudt de armband zijn glans.", p, false},
		{"sv-SE", "Med en silverputsduk behåller armbandet sin glans.", p, false},
		{"da-DK", "Med en sølvpudseklud bevarer armbåndet sin glans.", p, false},
		{"nb-NO", "Med en sølvpussklut beholder armbåndet glansen sin.", p, false},
		{"fi-FI", "Hopeankiillotusliinalla rannekoru säilyttää kiiltonsa.", p, false},
		{"en-GB", "With a silver polishing cloth it keeps its bright shine.", p, false},
		{"de-DE", "Es behält seinen hellen Glanz.", p, true},
		{"de-DE", "Mit einem Silberputztuch behält es seinen Glanz für immer.", p, true},
		{"nl-NL", "De armband behoudt altijd zijn glans.", p, true},
		{"sv-SE", "Armbandet behåller alltid sin glans.", p, true},
		{"da-DK", "Armbåndet bevarer altid sin glans.", p, true},
		{"nb-NO", "Armbåndet beholder alltid glansen sin.", p, true},
		{"fi-FI", "Rannekoru säilyttää aina kiiltonsa.", p, true},
	})
}
