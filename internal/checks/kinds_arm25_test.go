package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsArm25: the material after a preposition of place that
// completes the compared noun of a contrast arm is the compared thing's
// (#13, arm25; probe 31's P31C101 and P31C109: "which sets it apart from
// a thin gold plating over brass", "ce qui le distingue d'un mince placage
// d'or sur laiton", "o que o distingue de um fino banho de ouro sobre
// latão", "sets it apart from morganite, a clear pink beryl").
// grounding/contrast.go npArmHolds with the packs' arm_complements (over,
// on, auf, sur, sobre, su, op, på, na, σε, على) and en-GB's "sets it
// apart" among the distinction_verbs. Every pass row has a blocking twin:
// the brass or the morganite said of the piece ("This bracelet is a thin
// gold plating over brass", "The bracelet is set with morganite").
// Locales with no preposition of place (fi-FI, tr-TR, ja-JP, ko-KR, zh-CN,
// zh-TW put the material before the noun, which the arm already holds) and
// ar-AE (its distinction arm is not read yet) have no row; es-ES and
// es-MX read "un fino baño de oro sobre latón" as a plating already
// (their pack holds "sobre" for the arm all the same).
func TestKindsArm25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	vermeil := core.Product{SKU: "A25V", Name: "Clip Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"gold vermeil", "sterling silver"}, Metals: []core.Metal{{Base: "gold vermeil"}, {Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"gold"}}
	quartz := core.Product{SKU: "A25Q", Name: "Rose Quartz Bead Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "rose quartz", Colour: "pink", Count: 18, Origin: core.OriginNatural}},
		Colours: []string{"pink", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Its thickness separates vermeil from a thin gold plating over brass.", vermeil, false},
		{"en-US", "The thick layer sets it apart from a thin gold plating over brass.", vermeil, false},
		{"en-AU", "That thickness distinguishes vermeil from ordinary gold plating on brass.", vermeil, false},
		{"de-DE", "Die Schichtdicke unterscheidet Vermeil von einer dünnen Vergoldung auf Messing.", vermeil, false},
		{"fr-FR", "Cette épaisseur distingue le vermeil d'un mince placage d'or sur laiton.", vermeil, false},
		{"fr-CA", "Le vermeil est de l’argent sterling recouvert d’une épaisse couche d’or, ce qui le distingue d’un mince placage d’or sur laiton.", vermeil, false},
		{"it-IT", "Lo spessore distingue il vermeil da una sottile doratura su ottone.", vermeil, false},
		{"pt-PT", "O vermeil é prata de lei revestida com uma camada espessa de ouro, o que o distingue de um fino banho de ouro sobre latão.", vermeil, false},
		{"pt-BR", "Essa espessura diferencia o vermeil de um fino banho de ouro sobre latão.", vermeil, false},
		{"nl-NL", "Die dikte onderscheidt vermeil van een dun laagje goud op messing.", vermeil, false},
		{"sv-SE", "Tjockleken skiljer vermeil från en tunn förgyllning på mässing.", vermeil, false},
		{"da-DK", "Tykkelsen adskiller vermeil fra en tynd forgyldning på messing.", vermeil, false},
		{"nb-NO", "Tykkelsen skiller vermeil fra en tynn forgylling på messing.", vermeil, false},
		{"pl-PL", "Grubość odróżnia vermeil od cienkiego złocenia na mosiądzu.", vermeil, false},
		{"cs-CZ", "Tloušťka odlišuje vermeil od tenkého zlacení na mosazi.", vermeil, false},
		{"el-GR", "Το πάχος διακρίνει το βερμέιγ από μια λεπτή επιχρύσωση σε ορείχαλκο.", vermeil, false},
		{"en-GB", "Its cloudy blush sets it apart from morganite, a clear pink beryl.", quartz, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "This bracelet is a thin gold plating over brass.", vermeil, true},
		{"en-US", "The thick layer sets this bracelet on brass.", vermeil, true},
		{"en-AU", "This bracelet has ordinary gold plating on brass.", vermeil, true},
		{"de-DE", "Dieses Armband ist eine dünne Vergoldung auf Messing.", vermeil, true},
		{"fr-FR", "Ce bracelet est un mince placage d'or sur laiton.", vermeil, true},
		{"fr-CA", "Ce bracelet est un mince placage d’or sur laiton.", vermeil, true},
		{"it-IT", "Questo bracciale è una sottile doratura su ottone.", vermeil, true},
		{"pt-PT", "Esta pulseira é um fino banho de ouro sobre latão.", vermeil, true},
		{"pt-BR", "Esta pulseira é um fino banho de ouro sobre latão.", vermeil, true},
		{"nl-NL", "Deze armband is een dun laagje goud op messing.", vermeil, true},
		{"sv-SE", "Det här armbandet är en tunn förgyllning på mässing.", vermeil, true},
		{"da-DK", "Dette armbånd er en tynd forgyldning på messing.", vermeil, true},
		{"nb-NO", "Dette armbåndet er en tynn forgylling på messing.", vermeil, true},
		{"pl-PL", "Ta bransoletka to cienkie złocenie na mosiądzu.", vermeil, true},
		{"cs-CZ", "Tento náramek je tenké zlacení na mosazi.", vermeil, true},
		{"el-GR", "Αυτό το βραχιόλι είναι λεπτή επιχρύσωση σε ορείχαλκο.", vermeil, true},
		{"en-GB", "The bracelet is set with morganite, a clear pink beryl.", quartz, true},
	})
}
