package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsAdv48A (#13, adv48a): copy an adversary wrote against the
// forty-second session's relaxations, in the brand's catalogue voice.
// Each bad row passed on main ade34206 and states something false or
// unsafe about the piece: (1) claims48's generalSuperlative read a
// marketing superlative dressed as a method ("The best way to treat
// yourself is with sterling silver", "Handcrafted using the finest
// methods", "Made the best way: by hand") or as a grade of the stone in
// general that the brand's choosing makes the piece's ("Only the finest
// tsavorites are chosen for Verde", "The best tsavorites are set in 18k
// yellow gold"): a method must be one for a material named
// (superlatives.go methodOfMaterial) and superlatives.yaml general.not_with
// gains the words of the brand's choosing (only, here, chosen, selected,
// set). (2) explain48's words of position within one crystal read a
// crystal set in the piece as the labradorite's own ("within a crystal
// halo", "dentro de un cristal tallado", "binnenin een kristallen koepel",
// "kristaller içinde"): they move to crystal_inside_before/after, read
// with a definite determiner or none, the crystal ending its sentence, and
// after the crystal (tr, fi) on its singular forms only (own_crystal.go
// crystalInside). (3) comparedSubject read a sibling pearl said to be set
// in the piece, in a clause after the comparative, as compared with the
// explained material ("Tahitian pearls are bigger and rarer, which is why
// we chose them", "and two hang from 18k gold hooks"): the comparative
// must end its sentence or come back to the piece's own stone
// (compared_stone.go comparisonEnds). Clean twins pass.
func TestKindsAdv48A(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	sv, ts, labr, pearl := claims48Silver, claims48Tsavorite, explain48Labr, explain48Pearl
	var rows []kindRow
	// (1) a marketing superlative dressed as a method, passed on main
	rows = append(rows, pairRows(sv, true, [][2]string{
		{"en-GB", "The best way to treat yourself is with sterling silver."},
		{"en-US", "The best way to treat yourself? Sterling silver, every day."},
		{"en-AU", "Handcrafted in Sydney using the finest methods."},
		{"en-GB", "Made the best way: by hand, in London."},
		{"en-GB", "The best way to shine is to wear it every day."},
		{"de-DE", "Die beste Methode, sich etwas zu gönnen, ist Sterlingsilber."},
		{"fr-FR", "La meilleure façon de se faire plaisir, c'est l'argent sterling."},
		{"fr-CA", "Façonnée selon la meilleure méthode, à la main."},
		{"es-ES", "La mejor manera de darse un capricho es la plata de ley."},
		{"es-MX", "Hecha con el mejor método artesanal."},
		{"pt-PT", "A melhor forma de se mimar é a prata de lei."},
		{"pt-BR", "A melhor maneira de se presentear é com prata 925."},
		{"nl-NL", "De beste manier om jezelf te verwennen is sterling zilver."},
		{"sv-SE", "Det bästa sättet att unna sig något är sterlingsilver."},
		{"da-DK", "Den bedste måde at forkæle sig selv på er sterlingsølv."},
		{"nb-NO", "Den beste måten å unne seg noe på er sterlingsølv."},
		{"fi-FI", "Paras tapa hemmotella itseään on sterlinghopea."},
		{"pl-PL", "Najlepszy sposób, by sprawić sobie przyjemność, to srebro próby 925."},
		{"el-GR", "Ο καλύτερος τρόπος να κακομάθετε τον εαυτό σας είναι το ασήμι."},
		// guard: blocked before and after
		{"cs-CZ", "Nejlepší způsob, jak si udělat radost, je stříbro."},
	})...)
	// (1) a grade of the stone the brand's choosing makes the piece's, passed on main
	rows = append(rows, pairRows(ts, true, [][2]string{
		{"en-GB", "Only the finest tsavorites are chosen for Verde."},
		{"en-US", "The best tsavorites are set in 18k yellow gold."},
		{"en-AU", "The best tsavorites are the one you see here."},
		{"de-DE", "Nur die besten Tsavorite sind gut genug für Essence."},
		{"fr-FR", "Seules les meilleures tsavorites sont retenues pour Essence."},
		{"fr-CA", "Les meilleures tsavorites sont choisies une à une pour Essence."},
		{"es-ES", "Solo las mejores tsavoritas son elegidas para Essence."},
		{"es-MX", "Las mejores tsavoritas son seleccionadas a mano para Essence."},
		{"pt-BR", "Só as melhores tsavoritas são escolhidas para a Essence."},
		{"nl-NL", "Alleen de beste tsavorieten zijn goed genoeg voor Essence."},
		{"sv-SE", "Bara de bästa tsavoriterna är utvalda för Essence."},
		{"pl-PL", "Tylko najlepsze tsaworyty mają miejsce w Essence."},
		{"el-GR", "Μόνο οι καλύτεροι τσαβορίτες είναι επιλεγμένοι για το Essence."},
		// guard: blocked before and after
		{"cs-CZ", "Jen nejlepší tsavority mají místo v kolekci Essence."},
	})...)
	// (2) a crystal set in the piece read as the labradorite's own, passed on main
	rows = append(rows, pairRows(labr, true, [][2]string{
		{"en-GB", "The oval labradorite sits within a crystal halo."},
		{"en-US", "The labradorite is framed within crystal pavé."},
		{"en-AU", "Within the crystal surround, the labradorite flashes blue."},
		{"fr-FR", "La labradorite est sertie au cœur du cristal taillé qui l'entoure."},
		{"fr-CA", "La labradorite brille à l'intérieur du cristal taillé qui l'entoure."},
		{"es-ES", "Un fragmento de labradorita flota dentro de un cristal tallado."},
		{"es-MX", "La labradorita brilla dentro del cristal tallado que la rodea."},
		{"it-IT", "Un frammento di labradorite è racchiuso all'interno di un cristallo sfaccettato."},
		{"pt-BR", "A labradorita brilha dentro do cristal lapidado que a envolve."},
		{"pt-PT", "A labradorite brilha no interior do cristal lapidado que a envolve."},
		{"nl-NL", "De labradoriet zit binnenin een kristallen koepel."},
		{"pl-PL", "Labradoryt lśni wewnątrz kryształu, który go otacza."},
		{"cs-CZ", "Labradorit září uvnitř krystalu, který ho obklopuje."},
		{"el-GR", "Ο λαμπραδορίτης λάμπει μέσα στον κρύσταλλο που τον περιβάλλει."},
		{"tr-TR", "Oval labradorit, parlak kristaller içinde yer alır."},
	})...)
	// (3) a sibling pearl said to be in the piece after the comparative, passed on main
	rows = append(rows, pairRows(pearl, true, [][2]string{
		{"en-GB", "Tahitian pearls are bigger and rarer, which is why we chose them."},
		{"en-US", "Tahitian pearls are bigger and rarer, and two hang from 18k gold hooks."},
		{"en-AU", "Akoya pearls are rounder and brighter, and both are hand-knotted in gold."},
		{"de-DE", "Tahiti-Perlen sind größer und seltener, deshalb haben wir sie gewählt."},
		{"fr-FR", "Les perles de Tahiti sont plus grosses et plus rares, c'est pourquoi nous les avons choisies."},
		{"fr-CA", "Les perles de Tahiti sont plus grosses et plus rares, et deux pendent à des crochets en or."},
		{"es-ES", "Las perlas de Tahití son más grandes y escasas, y dos cuelgan de ganchos de oro."},
		{"es-MX", "Las perlas de Tahití son más grandes y escasas, por eso las elegimos."},
		{"it-IT", "Le perle di Tahiti sono più grandi e più rare, per questo le abbiamo scelte."},
		{"pt-PT", "As pérolas do Taiti são maiores e mais raras, por isso escolhemo-las."},
		{"pt-BR", "As pérolas do Taiti são maiores e mais raras, por isso as escolhemos."},
		{"nl-NL", "Tahiti-parels zijn groter en zeldzamer, daarom kozen we ze."},
		{"sv-SE", "Tahitipärlor är större och mer sällsynta, därför valde vi dem."},
		{"da-DK", "Tahiti-perler er større og sjældnere, derfor valgte vi dem."},
		{"nb-NO", "Tahiti-perler er større og sjeldnere, derfor valgte vi dem."},
		{"fi-FI", "Tahitin helmet ovat suurempia ja harvinaisempia, siksi valitsimme ne."},
		{"pl-PL", "Perły z Tahiti są większe i rzadsze, dlatego je wybraliśmy."},
		{"cs-CZ", "Perly z Tahiti jsou větší a vzácnější, proto jsme je vybrali."},
		{"el-GR", "Τα μαργαριτάρια της Ταϊτής είναι μεγαλύτερα και σπανιότερα, γι' αυτό τα επιλέξαμε."},
	})...)
	// clean twins
	rows = append(rows, pairRows(sv, false, [][2]string{
		{"en-GB", "For everyday care, the best way to clean silver is a soft cloth."},
		{"en-US", "The best way to store sterling silver is in an airtight pouch."},
		{"de-DE", "Die beste Methode, Silber aufzubewahren, ist ein luftdichter Beutel."},
		{"es-ES", "La mejor manera de guardar la plata es en una bolsa hermética."},
		{"nl-NL", "De beste manier om zilver te bewaren is in een afgesloten zakje."},
		{"pl-PL", "Najlepszy sposób na czyszczenie srebra to miękka ściereczka."},
		{"zh-CN", "保存银饰最好的方法是放入密封袋。"},
	})...)
	rows = append(rows, pairRows(ts, false, [][2]string{
		{"en-US", "The finest tsavorites show a pure, vivid green."},
		{"de-DE", "Die besten Tsavorite sind rein grün, ohne Braunstich."},
	})...)
	rows = append(rows, pairRows(labr, false, [][2]string{
		{"en-GB", "The flashes come from light bouncing between thin layers inside the crystal."},
		{"fr-FR", "Les reflets viennent de la lumière réfléchie entre de fines lamelles à l'intérieur du cristal."},
		{"tr-TR", "Parıltılar, ışığın kristalin içindeki ince katmanlarda yansımasından doğar."},
	})...)
	rows = append(rows, pairRows(pearl, false, [][2]string{
		{"en-GB", "Tahitian pearls are bigger and rarer."},
		{"en-US", "Akoya pearls are rounder and more lustrous."},
		{"de-DE", "Akoya-Perlen sind runder und glänzender."},
		{"fr-FR", "Les perles Akoya sont plus rondes et plus brillantes."},
	})...)
	checkKindRows(t, svc, "", rows)
}

// TestKindsAdv48AOpen (#13, adv48a): leaks not reached.
func TestKindsAdv48AOpen(t *testing.T) {
	t.Skip("open: fi crystal_inside_after reads a cut crystal in its singular (\"hiotun kristallin sisällä\"); a natural stone called a man-made or laboratory crystal (\"The sapphire is a crystal made in a laboratory\", \"Le saphir est un cristal créé par l'homme\") passes madeCrystal's neighbours already on e637b4c5 (no origin check of the subject); de/sv/da/nb \"inside the crystal, which surrounds it\" passed before explain48 too; it \"Il modo migliore per concedersi un regalo\", pl/zh/tr/ar/ja/ko \"treat yourself\" superlatives are read by no superlative phrase")
	t.Parallel()
	svc := checkService(t)
	sapph := claims48Diamond
	sapph.Stones = []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}}
	checkKindRows(t, svc, "", append(pairRows(explain48Labr, true, [][2]string{
		{"fi-FI", "Labradoriitti lepää hiotun kristallin sisällä."},
		{"de-DE", "Der Labradorit leuchtet im Inneren des Kristalls, der ihn umgibt."},
		{"sv-SE", "Labradoriten glimmar inne i kristallen som omger den."},
		{"da-DK", "Labradoritten glimter inde i krystallen, der omgiver den."},
		{"nb-NO", "Labradoritten glinser inne i krystallen som omgir den."},
	}), append(pairRows(sapph, true, [][2]string{
		{"en-GB", "The sapphire is a crystal made in a laboratory."},
		{"fr-FR", "Le saphir est un cristal créé par l'homme."},
		{"de-DE", "Der Saphir ist ein künstlicher Kristall."},
	}), pairRows(claims48Silver, true, [][2]string{
		{"it-IT", "Il modo migliore per concedersi un regalo è l'argento sterling."},
		{"zh-CN", "犒赏自己最好的方法就是纯银。"},
		{"tr-TR", "Kendinizi şımartmanın en iyi yolu gümüştür."},
		{"ko-KR", "자신에게 선물하는 가장 좋은 방법은 실버입니다."},
	})...)...))
}
