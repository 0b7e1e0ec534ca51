package checks

import "testing"

// TestCasesProbe25 reports the rare-material probe of the eighteenth
// session alone (dev-probe25a.jsonl and dev-probe25b.jsonl, development
// cases that TestCasesDev scores with the rest): 100 truthful texts, 4 per
// locale in all 25, on sixteen unusual materials (Gibeon meteorite,
// fordite, Roman glass, larvikite, rhodochrosite, seraphinite, Damascus
// steel, opalised wood; lava stone, hessonite, sea glass, pietersite, koa
// wood in tungsten carbide, chiastolite, dumortierite, cuprite), written
// blind by two helpers told to add the mineral facts a knowledgeable
// copywriter would (what the stone is, where it comes from, how it forms).
// Every case is publishable, so the figure that matters is false blocks
// (33 of 100 at 58e77aa, 28 after mineral24): a diagnostic of the kinds the
// held-out halves of sets 19 and 20 suggest (mineral chemistry and stone
// families read as the piece's materials and stones; the cases README,
// "Rare-material probe").
func TestCasesProbe25(t *testing.T) {
	reportHeldOut(t, "probe 25", "dev-probe25*.jsonl")
}
