package checks

import "testing"

// open49EachBad are weights said of each stone that blocked nowhere on
// main cfb74e74 (adv48b's open rows and their kin in other locales): a
// five-ruby ring of 0.35 ct in all, each stone said to weigh 0.35 ct. The
// each-word opens the weight's clause as its subject three or more words
// before it (grounding measure.go eachSubject, each_words and the new
// each_subject_words), Polish and Czech distributive "po" stands right
// before the number (each_before_words), or a bound of the weight ("or
// more") stands between the weight and its each-phrase (eachDisjunctions).
var open49EachBad = [][2]string{
	{"en-GB", "Each ruby weighs 0.35 ct."},
	{"en-GB", "The five rubies weigh 0.35 ct and each stone weighs 0.35 ct."},
	{"en-US", "Every one of the five rubies weighs 0.35 carats."},
	{"en-AU", "Each of the five rubies weighs 0.35 ct."},
	{"de-DE", "Jeder der fünf Rubine wiegt 0,35 Karat."},
	{"fr-FR", "Chaque rubis pèse 0,35 carat."},
	{"fr-CA", "Chacun des cinq rubis pèse 0,35 carat."},
	{"it-IT", "Ognuno dei cinque rubini pesa 0,35 carati."},
	{"pl-PL", "Pięć rubinów po 0,35 karata."},
	{"pl-PL", "Każdy z pięciu rubinów waży 0,35 karata."},
	{"cs-CZ", "Pět rubínů po 0,35 karátu."},
	{"es-ES", "Cada uno de los cinco rubíes pesa 0,35 quilates."},
	{"es-MX", "Cada rubí pesa 0.35 quilates."},
	{"pt-PT", "Cinco rubis de 0,35 quilates ou mais cada um."},
	{"pt-BR", "Cinco rubis de 0,35 quilate ou mais cada um."},
	{"sv-SE", "Fem rubiner om 0,35 karat eller mer per sten."},
	{"sv-SE", "Varje rubin väger 0,35 karat."},
	{"nl-NL", "Vijf robijnen van 0,35 karaat of meer per steen."},
	{"fi-FI", "Jokainen viidestä rubiinista painaa 0,35 karaattia."},
	{"tr-TR", "Beş yakut, 0,35 karat veya daha fazla her biri."},
	{"el-GR", "Πέντε ρουμπίνια 0,35 καρατίων ή περισσότερο το καθένα."},
	{"el-GR", "Κάθε ρουμπίνι ζυγίζει 0,35 καράτια."},
}

// open49EachClean are their true twins: the total, an each-word that is a
// piece's ("Each ring"), one after the weight that is no stone's ("für
// jede Gelegenheit", a later clause), "po" not before the number, a total
// between or after ("총 0.5캐럿", "in totale").
var open49EachClean = [][2]string{
	{"en-GB", "The five rubies weigh 0.35 ct in total."},
	{"en-GB", "Each ring is set with five rubies weighing 0.35 ct."},
	{"en-GB", "Rubies of 0.35 ct in all, for every occasion."},
	{"de-DE", "Jeder Ring trägt fünf Rubine mit zusammen 0,35 Karat."},
	{"de-DE", "Fünf Rubine mit 0,35 Karat für jede Gelegenheit."},
	{"fr-FR", "Cinq rubis de 0,35 carat au total, pour chaque occasion."},
	{"pl-PL", "Po oszlifowaniu pięć rubinów waży łącznie 0,35 karata."},
	{"pl-PL", "Pięć rubinów o łącznej wadze 0,35 karata."},
	{"cs-CZ", "Pět rubínů o celkové hmotnosti 0,35 karátu."},
	{"pt-PT", "Cinco rubis de 0,35 quilates ou mais, cada um cravado à mão."},
	{"es-ES", "Cinco rubíes de 0,35 quilates en total y cada uno engastado a mano."},
	{"el-GR", "Πέντε ρουμπίνια συνολικά 0,35 καρατίων."},
	// probe 31C ko-KR P31C108-1: each hoop's five stones, 0.5 ct in all
	{"ko-KR", "작은 후프로, 각각 루비 다섯 개를 세팅해 총 0.35캐럿입니다."},
	{"it-IT", "Ciascuno con cinque rubini, per 0,35 carati in totale."},
	{"en-GB", "Each set with five rubies for 0.35 ct in total."},
}

// TestKindsOpen49 (#13, open49): rows earlier sessions left open, now
// fixed; the true twins pass.
func TestKindsOpen49(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(misc48Ruby, false, open49EachClean))
}

// TestKindsOpen49Bad (#13, open49): the leaks among the open rows, each
// stone's weight, must block.
func TestKindsOpen49Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(misc48Ruby, true, open49EachBad))
}

// open49SoftBad state 24 karat as the 22k chain's own beside words of
// softness, the piece named by a possessive before the fineness or by a
// demonstrative after the words of softness (adv48c's open rows); they
// passed on main cfb74e74 as the scale's top (karat_scale.go tooSoftTop).
var open49SoftBad = [][2]string{
	{"en-GB", "Made from 24ct gold, which some say is too soft, this chain wears beautifully."},
	{"en-GB", "Its 24ct gold is too soft for rough wear, so handle the chain gently."},
	{"en-GB", "Pure 24ct gold, too soft for most makers, is what this chain is made of."},
	{"fr-FR", "Son or pur 24 carats est trop mou pour un usage intensif, manipulez la chaîne avec soin."},
	{"de-DE", "Reines 24-karätiges Gold, für viele zu weich, ist das Material dieser Kette."},
}

// open49SoftClean keep 24 karat the scale's: the piece named after the
// words of softness with its own fineness, or only as any such piece.
var open49SoftClean = [][2]string{
	{"en-GB", "Pure 24ct gold would be too soft for a chain worn every day, so a little silver and copper is added."},
	{"en-GB", "24ct gold is too soft for everyday wear, so this chain is made in 22ct."},
	{"en-AU", "24 carat gold on its own is too soft for a chain."},
	{"de-DE", "Reines 24-karätiges Gold wäre für eine Kette zu weich, deshalb ist diese Kette aus 22 Karat Gold."},
}

// TestKindsOpen49Soft (#13, open49): 24 karat said to be too soft.
func TestKindsOpen49Soft(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(fineness48Gold22, true, open49SoftBad)
	rows = append(rows, pairRows(fineness48Gold22, false, open49SoftClean)...)
	checkKindRows(t, svc, "grounding", rows)
}
