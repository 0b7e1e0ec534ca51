package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A plating named with its process between the metal and the plating noun
// is a plating (#13, pvd16, the sixteenth blind set's released half): a
// 316L steel bracelet whose materials say "gold PVD coating" was read as
// gold, so "a flat curb chain in solid gold", "en or massif" and 순금 passed
// on it (FTC Jewelry Guides 16 CFR 23.4: gold-plated base metal may not be
// called gold or solid gold). "gold {PVD, IP, ion}{-plated, plating,
// coating}" is the plating in the English vocabulary that reads product
// data; the truthful plating and tone still pass.
func TestKindsPVD16(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	chain := core.Product{SKU: "P16", Name: "Curb Chain Bracelet", Category: "bracelet", Collection: "Signature",
		Materials: []string{"316L stainless steel", "gold PVD coating"}, Metals: []core.Metal{{Base: "stainless steel", Plating: "gold"}},
		Colours: []string{"gold"}, Features: []string{"waterproof", "tarnish-resistant", "PVD coating"}}
	ip := chain
	ip.Materials = []string{"stainless steel", "rose gold IP-plated finish"}
	checkKindRows(t, svc, "", []kindRow{
		{"en-AU", "A flat curb chain in solid gold, 18 cm long.", chain, true},
		{"fr-CA", "Une gourmette plate en or massif, 18 cm.", chain, true},
		{"ko-KR", "순금으로 만든 납작한 커브 체인입니다.", chain, true},
		{"en-GB", "A curb chain in 18k gold.", chain, true},
		{"en-GB", "A rose gold chain, solid through and through.", ip, true},
		{"en-GB", "A flat curb chain in stainless steel with a gold PVD coating, 18 cm long.", chain, false},
		{"en-GB", "Gold-tone stainless steel with a PVD finish.", chain, false},
		{"en-GB", "Stainless steel with a rose gold IP plating.", ip, false},
	})
}
