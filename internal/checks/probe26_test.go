package checks

import "testing"

// TestCasesProbe26 reports the nineteenth session's rare-material probe
// (testdata/cases/probes/probe26a.jsonl and probe26b.jsonl): 100 truthful
// texts, 4 per locale in all 25, on sixteen materials whose copy explains
// what they are (goldstone, pyrite, tiger iron, titanium aura quartz,
// rainbow moonstone, emerald, moldavite, Libyan desert glass; marcasite,
// hematite, chrysoprase, Baltic amber, nephrite jade, aquamarine, citrine,
// tiger's eye), written blind by two helpers told to add two or three
// sentences on the material's family, chemistry, formation and trade
// names. Every case is publishable, so the figure is false blocks: 66 of
// 100 on the session's first checker (b919053). A diagnostic kept out of
// the development cases (TestCasesDev) until its kinds are fixed: the
// cases README, "Rare-material probe 26". Tuners may read it.
func TestCasesProbe26(t *testing.T) {
	reportHeldOut(t, "probe 26", "probes/probe26*.jsonl")
}
