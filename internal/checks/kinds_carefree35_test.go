package checks

import "testing"

// TestKindsCareFree35 (#13, carefree35): a need for care denied with a
// determiner or adjective between ("needs no special care", "No necesita
// ningún cuidado", "Non richiede alcuna manutenzione", "Nie wymaga żadnej
// pielęgnacji", "无需任何保养", "Ei vaadi puhdistusta") passed, while
// "maintenance free" and "sans entretien" blocked: it is the maintenance-free
// claim of tarnish_proof, written per language as ordered forms (a denied need
// then the care noun, or in head-final clauses the care noun then the denied
// need) in data/<lang>/concepts-carefree35.yaml. Rows marked "miss" passed on
// main. The twins are care advice with the care noun first, "without a care
// in the world", and needs that are not care, which pass.
func TestKindsCareFree35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := claimNever34Hoops()
	block := []struct{ loc, text string }{
		{"en-GB", "The hoops need no cleaning or polishing, ever."}, // miss
		{"en-GB", "They stay beautiful forever without any care."},  // miss
		{"en-US", "These hoops require no special care."},           // miss
		{"en-AU", "Polishing is not needed."},                       // miss
		{"de-DE", "Die Creolen brauchen keine besondere Pflege."},   // miss
		{"de-DE", "Sie bleiben für immer schön, ganz ohne Pflege."}, // miss
		{"fr-FR", "Les créoles n'ont besoin d'aucun entretien."},    // miss
		{"fr-CA", "Elles ne nécessitent aucun soin particulier."},   // miss
		{"es-ES", "Los aros no necesitan ningún cuidado."},          // miss
		{"es-MX", "No requieren ningún mantenimiento."},             // miss
		{"it-IT", "I cerchi non richiedono alcuna manutenzione."},   // miss
		{"pt-PT", "As argolas não precisam de nenhum cuidado."},     // miss
		{"pt-BR", "Não exigem nenhuma limpeza."},                    // miss
		{"nl-NL", "De oorringen vragen geen speciaal onderhoud."},   // miss
		{"sv-SE", "Örhängena kräver inget underhåll."},              // miss
		{"sv-SE", "De behöver aldrig putsas."},                      // miss
		{"da-DK", "Øreringene kræver ingen særlig pleje."},          // miss
		{"nb-NO", "Øreringene trenger ingen spesiell pleie."},       // miss
		{"fi-FI", "Korvarenkaat eivät vaadi puhdistusta."},          // miss
		{"fi-FI", "Erityistä hoitoa ei tarvita."},                   // miss
		{"pl-PL", "Koła nie wymagają żadnej pielęgnacji."},          // miss
		{"cs-CZ", "Kruhy nevyžadují žádnou údržbu."},                // miss
		{"tr-TR", "Halkalar hiçbir bakım gerektirmez."},             // miss
		{"el-GR", "Οι κρίκοι δεν χρειάζονται καμία φροντίδα."},      // miss
		{"ar-AE", "لا تحتاج الأقراط إلى أي عناية خاصة."},            // miss
		{"ja-JP", "特別なお手入れは必要ありません。"},                               // miss
		{"ko-KR", "별도의 관리가 필요하지 않습니다."},                             // miss
		{"zh-CN", "耳环无需任何保养。"},                                      // miss
		{"zh-TW", "耳環無需任何保養。"},                                      // miss
	}
	pass := []struct{ loc, text string }{
		{"en-GB", "Wear them without a care in the world."},
		{"en-GB", "When cleaning, no harsh chemicals are needed; a soft cloth is enough."},
		{"en-US", "The clasp needs no tools to fasten."},
		{"en-AU", "Cleaning is simple: warm water and a soft cloth."},
		{"de-DE", "Zur Reinigung genügt ein weiches Tuch; Chemikalien sind nicht nötig."},
		{"fr-FR", "Pour le nettoyage, un chiffon doux suffit."},
		{"es-ES", "Para la limpieza no necesita productos químicos, basta un paño suave."},
		{"it-IT", "Realizzati con cura, nessun dettaglio è lasciato al caso."},
		{"pt-BR", "Para a limpeza, basta um pano macio."},
		{"nl-NL", "Voor het onderhoud volstaat een zachte doek."},
		{"sv-SE", "Vid rengöring behövs bara en mjuk trasa."},
		{"fi-FI", "Puhdistukseen riittää pehmeä liina."},
		{"pl-PL", "Do czyszczenia wystarczy miękka ściereczka."},
		{"tr-TR", "Bakımı kolay, hiçbir şey eksik değil."},
		{"ja-JP", "お手入れの際は柔らかい布で拭いてください。"},
		{"ko-KR", "관리할 때는 부드러운 천으로 닦아 주세요."},
		{"zh-CN", "清洁时不需要化学剂，用软布擦拭即可。"},
	}
	var kr []kindRow
	for _, r := range block {
		kr = append(kr, kindRow{r.loc, r.text, p, true})
	}
	for _, r := range pass {
		kr = append(kr, kindRow{r.loc, r.text, p, false})
	}
	checkKindRows(t, svc, "claim", kr)
}
