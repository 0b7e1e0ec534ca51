package checks

import "testing"

// TestCasesProbe25 reports the rare-material probe of the eighteenth
// session (probe25a.jsonl and probe25b.jsonl): 100 truthful texts, 4 per
// locale in all 25, on sixteen unusual materials (Gibeon meteorite,
// fordite, Roman glass, larvikite, rhodochrosite, seraphinite, Damascus
// steel, opalised wood; lava stone, hessonite, sea glass, pietersite, koa
// wood in tungsten carbide, chiastolite, dumortierite, cuprite), written
// blind by two helpers told to add the mineral facts a knowledgeable
// copywriter would (what the stone is, where it comes from, how it forms).
// Every case is publishable: the figure that matters is false blocks
// (26 of 48 and 7 of 52 at 58e77aa). Not gated; a diagnostic of the kind
// the held-out halves of sets 19 and 20 suggest (mineral chemistry and
// stone families read as materials and stones of the piece; see the cases
// README, "Rare-material probe").
func TestCasesProbe25(t *testing.T) {
	reportHeldOut(t, "probe 25", "probe25*.jsonl")
}
