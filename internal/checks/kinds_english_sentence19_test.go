package checks

import "testing"

// An English sentence with a number in copy of another language is
// untranslated English (#13, english_sentence19, the probe 20b): "... It
// comes on a 50 cm box chain. ..." in French copy passed, because a number
// and its unit counted as words of neither language in the clause test
// (five words, two English: "It comes on a box chain" blocks, with "50 cm"
// the English share fell under a third), ended a run of English words, and
// made a short sentence no sentence in Latin letters. A number and the unit
// after it ("50 cm", "925", "18k") now neither count nor end a run in the
// three English tests (checkEnglishFragment, checkEnglishRuns,
// checkEnglishSentences), in every locale written in Latin letters (in
// Greek, Arabic, Japanese, Korean and Chinese copy every Latin sentence was
// already foreign); a number still counts toward a clause's length, so no
// clause blocked before passes now. The locale's own sentences with
// numbers, and quoted keywords, still pass.
func TestKindsEnglishSentence19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := pendantSized
	p.Keywords = []string{"star pendant", "45 cm chain"}
	checkKindRows(t, svc, CatLocale, []kindRow{
		{"fr-FR", "Un pendentif étoile en argent sterling. It comes on a 45 cm box chain. Une touche de lumière au quotidien.", p, true},
		{"fr-CA", "Un pendentif étoile en argent sterling. Now on a 45 cm chain. Une touche de lumière au quotidien.", p, true},
		{"es-ES", "Un colgante de estrella en plata de ley. It comes on a 45 cm box chain. Un toque de luz para cada día.", p, true},
		{"es-MX", "Un dije de estrella en plata. Hangs from a 45 cm box chain. Un toque de luz para cada día.", p, true},
		{"it-IT", "Un ciondolo a stella in argento sterling. Perfect on a 45 cm chain. Un tocco di luce per ogni giorno.", p, true},
		{"pt-BR", "Um pingente de estrela em prata 925. It comes on a 45 cm box chain. Um toque de brilho para o dia a dia.", p, true},
		{"pt-PT", "Um pendente de estrela em prata de lei. Hangs from a 45 cm box chain. Um toque de brilho para o dia a dia.", p, true},
		{"fi-FI", "Tähtiriipus sterlinghopeaa. Now on a 45 cm chain. Ripaus kimallusta arkeen.", p, true},
		{"cs-CZ", "Přívěsek ve tvaru hvězdy ze stříbra. Comes on a 45 cm chain. Trocha lesku pro každý den.", p, true},
		{"de-DE", "Ein Sternanhänger aus Sterlingsilber. Supplied on a 45 cm sterling silver chain. Ein Hauch von Glanz für jeden Tag.", p, true},
		{"da-DK", "Et stjernevedhæng i sterlingsølv. Supplied on a 45 cm sterling silver chain. Et strejf af glans til hverdagen.", p, true},
		{"nb-NO", "Et stjerneanheng i sterlingsølv. Supplied on a 45 cm sterling silver chain. Et snev av glans til hverdags.", p, true},
		{"sv-SE", "Ett stjärnhänge i sterlingsilver. Supplied on a 45 cm sterling silver chain. En touch av glans till vardags.", p, true},
		{"nl-NL", "Een sterhanger van sterling zilver. It is 12 mm across. Een vleugje glans voor elke dag.", p, true},
		{"pl-PL", "Zawieszka w kształcie gwiazdy ze srebra próby 925. Supplied on a 45 cm sterling silver chain. Odrobina blasku na co dzień.", p, true},
		{"tr-TR", "Gümüş yıldız kolye ucu. Supplied on a 45 cm sterling silver chain. Her gün için biraz ışıltı.", p, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		// the locale's own sentences with numbers, and a quoted keyword
		{"fr-FR", "Un pendentif étoile en argent sterling de 12 mm, sur une chaîne de 45 cm.", p, false},
		{"de-DE", "Ein Sternanhänger aus Sterlingsilber von 12 mm an einer 45 cm langen Kette.", p, false},
		{"nl-NL", "Een sterhanger van 12 mm in sterling zilver, aan een ketting van 45 cm.", p, false},
		{"da-DK", "Et stjernevedhæng på 12 mm i sterlingsølv på en 45 cm kæde.", p, false},
		{"fr-FR", "Un pendentif étoile en argent sterling, livré avec sa « 45 cm chain ».", p, false},
	})
}
