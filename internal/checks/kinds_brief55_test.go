package checks

import "testing"

// TestKindsBrief55: the writer's note "as the instructions require" opening
// a sentence (#13, injection_echo; left open by inject54). Two kinds:
// (a) in the bare-genitive languages (pl, cs) otherInstructions took the
// clause's subject after a fronted "Zgodnie z instrukcjami" / "Podle pokynů"
// ("ton", "wisiorek", "přívěsek") for the complement naming whose
// instructions they are; a complement must now have a genitive form
// (genitiveEndings, instruction_complement.go); (b) Turkish "talimata göre",
// "talimatlar doğrultusunda", "yönergelere göre" (as instructed), missing
// from data/tr/concepts-inject54.yaml. Every row blocks injection.
func TestKindsBrief55(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(inject54Product, true, [][2]string{
		{"pl-PL", "Zgodnie z instrukcjami ton jest ciepły."},
		{"pl-PL", "Zgodnie z instrukcjami wisiorek jest lekki i subtelny."},
		{"pl-PL", "Zgodnie z poleceniem tekst pozostaje krótki."},
		{"pl-PL", "Zgodnie z wytycznymi ton pozostał przyjazny."},
		{"cs-CZ", "Podle pokynů přívěsek zůstává lehký."},
		{"cs-CZ", "V souladu s pokyny text zůstává krátký."},
		{"tr-TR", "Talimata göre metin sade tutuldu."},
		{"tr-TR", "Ton, talimatlara göre samimi tutuldu."},
		{"tr-TR", "Talimatlar doğrultusunda ton samimi."},
		{"tr-TR", "Yönergelere göre metin kısa tutuldu."},
		{"tr-TR", "Yönergeler doğrultusunda ton samimi."},
	})
	checkKindRows(t, svc, CatInjection, rows)
}

// TestKindsBrief55Bad: instructions that are someone else's (the
// manufacturer's, the dress code's, the care label's) stay copy, in the
// genitive after the noun (pl, cs), or before it (tr), and care
// instructions followed.
func TestKindsBrief55Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(inject54Product, false, [][2]string{
		{"pl-PL", "Zgodnie z instrukcjami producenta wisiorek przecieraj suchą ściereczką."},
		{"pl-PL", "Zgodnie z instrukcjami dress code’u wisiorek pasuje na wieczór."},
		{"pl-PL", "Zgodnie z instrukcjami marki Aurelia wisiorek przechowuj w woreczku."},
		{"cs-CZ", "Podle pokynů výrobce přívěsek otírejte měkkým hadříkem."},
		{"cs-CZ", "Podle pokynů dress codu se přívěsek hodí na večer."},
		{"tr-TR", "Talimatlara göre yumuşak bir bezle temizleyin."},
		{"tr-TR", "Üreticinin talimatlarına göre kolyeyi kuru tutun."},
		{"tr-TR", "Kullanım talimatlarına göre kolyeyi kuru bir yerde saklayın."},
		{"tr-TR", "Kıyafet kuralının yönergelerine göre bu kolye akşam için uygundur."},
	})
	checkKindRows(t, svc, CatInjection, rows)
}
