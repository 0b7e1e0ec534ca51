package checks

import "testing"

// Products of TestKindsTreat56 (#13, treat56): a natural sapphire whose
// fractures are filled with cobalt glass (a composite), a magnesite dyed
// to imitate turquoise, and a lab-grown padparadscha sapphire, as probe
// 56C/56D's products have them (misses49Product reads the product model's
// JSON, as POST /v1/checks takes it).
var (
	treat56Glass = misses49Product(`{"sku": "T56-01", "name": "Nachtblau Ring", "category": "ring", "collection": "Signature", "materials": ["14k white gold", "cobalt-glass-filled sapphire"], "metals": [{"base": "white gold", "fineness": "14k"}], "stones": [{"type": "sapphire", "colour": "blue", "count": 1, "origin": "natural", "treatment": "cobalt glass filled (composite)"}], "colours": ["blue", "white"], "features": [], "occasions": ["evening"], "keywords": ["sapphire ring"], "measurements": [{"name": "stone length", "value": 7, "unit": "mm"}]}`)
	treat56Mag   = misses49Product(`{"sku": "T56-02", "name": "Lagoon Pendant", "category": "pendant", "collection": "Heritage", "materials": ["sterling silver", "dyed magnesite"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "magnesite", "colour": "blue", "count": 1, "origin": "natural", "treatment": "dyed"}], "colours": ["blue", "silver"], "features": [], "occasions": ["summer"], "keywords": ["blue pendant"], "measurements": [{"name": "pendant length", "value": 18, "unit": "mm"}]}`)
	treat56Pad   = misses49Product(`{"sku": "T56-03", "name": "Lotus Earrings", "category": "earrings", "collection": "Lumière", "materials": ["14k rose gold"], "metals": [{"base": "rose gold", "fineness": "14k"}], "stones": [{"type": "lab-grown padparadscha sapphire", "colour": "pink-orange", "count": 2, "origin": "lab_grown", "treatment": "none"}], "colours": ["pink", "orange", "rose gold"], "features": [], "occasions": ["party"], "keywords": ["sapphire earrings"], "measurements": [{"name": "drop length", "value": 20, "unit": "mm"}]}`)
)

// TestKindsTreat56 (#13, treat56): publishable copy that blocked on main
// 22b4378a; every row did. (1) A denial of treatment in the standard of
// a comparison is the standard's, not the piece's stone's: "more fragile
// than an untreated sapphire" on a glass-filled sapphire discloses the
// filling (grounding/treatment_compared56.go). (2) An imitation named with
// its noun of imitation after the gem and 的 (zh 的仿品, 的仿制品): the gem
// imitated, not the piece's (looks_like_after). (3) A lab-grown variety named by a
// compound with its species ("labbodlad padparadschasafir",
// "labgekweekte padparadschasaffier"): the qualified gem, so a later bare
// "Padparadscha" explained is disclosed (checks/labgems_compound56.go).
func TestKindsTreat56(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", expl51Rows([]expl51Row{
		{treat56Glass, "en-GB", `The glass in its fractures makes the stone softer and more fragile than an untreated sapphire, so keep it away from heat.`},
		{treat56Glass, "en-US", `Because of the glass filling, it is more delicate than an untreated sapphire.`},
		{treat56Glass, "de-DE", `Die Glasfüllung macht den Stein zerbrechlicher als einen unbehandelten Saphir.`},
		{treat56Glass, "it-IT", `Il vetro nelle fratture lo rende più fragile di uno zaffiro non trattato.`},
		{treat56Glass, "nb-NO", `Glasset i sprekkene gjør steinen skjørere enn ubehandlet safir.`},
		{treat56Glass, "cs-CZ", `Skleněná výplň dělá kámen měkčím a citlivějším než neupravený safír.`},
		{treat56Glass, "ko-KR", `유리를 채웠기 때문에 처리하지 않은 사파이어보다 더 약합니다.`},
		{treat56Mag, "zh-TW", `這顆染色菱鎂礦是綠松石的仿品，不是真正的綠松石。`},
		{treat56Mag, "zh-CN", `这颗染色菱镁矿是绿松石的仿制品。`},
		{treat56Pad, "sv-SE", `Varje örhänge bär en labbodlad padparadschasafir. Padparadscha betyder lotusblomma på singalesiska.`},
		{treat56Pad, "da-DK", `Hver ørering har en laboratoriedyrket padparadschasafir. Padparadscha betyder lotusblomst.`},
		{treat56Pad, "nb-NO", `Hver ørering har en labdyrket padparadschasafir. Padparadscha betyr lotusblomst.`},
		{treat56Pad, "nl-NL", `Elke oorbel draagt een labgekweekte padparadschasaffier. Padparadscha betekent lotusbloem.`},
		{treat56Pad, "fi-FI", `Kummassakin korvakorussa on laboratoriossa kasvatettu padparadschasafiiri. Padparadscha tarkoittaa lootuksenkukkaa.`},
	}, false))
}

// TestKindsTreat56Bad (#13, treat56): the same kinds' untrue copy still
// blocks: the piece's stone said untreated before a comparison, the
// imitated gem set in the piece, and the lab-grown compound with no
// qualifier.
func TestKindsTreat56Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{treat56Glass, "en-GB", `The sapphire is untreated and harder than glass.`},
		{treat56Glass, "de-DE", `Der Saphir ist unbehandelt und härter als Glas.`},
		{treat56Glass, "en-US", `This untreated sapphire is harder than quartz.`},
		{treat56Glass, "it-IT", `Lo zaffiro è naturale e non trattato, più duro del vetro.`},
		{treat56Mag, "zh-TW", `這款吊墜鑲有一顆綠松石。`},
		{treat56Mag, "zh-CN", `这款吊坠镶嵌一颗绿松石。`},
		{treat56Mag, "pl-PL", `Wisiorek zdobi turkus.`},
	}, true))
	checkKindRows(t, svc, "regulatory", expl51Rows([]expl51Row{
		{treat56Pad, "sv-SE", `Varje örhänge bär en padparadschasafir.`},
		{treat56Pad, "da-DK", `Hver ørering har en padparadschasafir.`},
		{treat56Pad, "nl-NL", `Elke oorbel draagt een padparadschasaffier.`},
	}, true))
}
