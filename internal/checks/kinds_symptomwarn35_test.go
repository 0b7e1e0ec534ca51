package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// symptomWarn35Earring is a gold-plated silver earring with no
// hypoallergenic feature: a skin-safety claim on it is unlicensed.
func symptomWarn35Earring() core.Product {
	return core.Product{SKU: "SW35", Name: "Crescent Drop Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold"}},
		Colours: []string{"gold"}}
}

// TestKindsSymptomWarn35 (#13, symptomwarn35): a symptom named in a
// warning -- a condition and an instruction to take the piece off, stop
// wearing it or see a doctor, in one sentence ("If your skin gets red or
// itchy, take them off", "Bei Rötungen oder Juckreiz bitte abnehmen",
// 如出现皮疹，请停止佩戴) -- is safety advice and passes in every locale
// (data/<lang>/concepts-symptomwarn35.yaml, symptomWarning; the skin of
// the Scandinavian definite "huden" is no colour of the piece: the locale
// packs' clothing). The twins stay claim.hypoallergenic blocks: a negated
// symptom ("no itching or redness", "kein Juckreiz", 不会引起过敏), with
// or without a condition, and a negated instruction ("no need to take
// them off", "inutile de les retirer", 外す必要はありません), and the
// symptom nouns the data lacked (ar "بدون حكة", zh 不会瘙痒, 不會搔癢).
func TestKindsSymptomWarn35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := symptomWarn35Earring()
	pass := []locText{
		{"en-GB", "If your skin gets red or itchy, take them off."},
		{"en-GB", "Remove the earrings if irritation occurs."},
		{"en-US", "If you notice redness or itching, stop wearing them and consult a doctor."},
		{"en-US", "Should a rash appear, remove the earrings."},
		{"en-AU", "In case of itching or redness, take the earrings off."},
		{"en-AU", "If your ears become sore or itchy, remove them."},
		{"de-DE", "Bei Rötungen oder Juckreiz bitte abnehmen."},
		{"de-DE", "Sollte Ihre Haut jucken oder sich röten, nehmen Sie die Ohrringe ab."},
		{"de-DE", "Wenn ein Ausschlag auftritt, die Ohrringe nicht mehr tragen."},
		{"fr-FR", "En cas de démangeaisons, retirez-les."},
		{"fr-FR", "Si votre peau rougit ou vous démange, retirez les boucles."},
		{"fr-CA", "En cas de rougeurs ou de démangeaisons, cessez de les porter."},
		{"es-ES", "Si notas picor o enrojecimiento, quítatelos."},
		{"es-MX", "En caso de comezón o enrojecimiento, suspende su uso."},
		{"it-IT", "In caso di prurito o arrossamento, rimuovere gli orecchini."},
		{"it-IT", "Se compare un'irritazione o prurito, smetti di indossarli."},
		{"pt-PT", "Em caso de comichão ou vermelhidão, retire os brincos."},
		{"pt-BR", "Se notar coceira ou vermelhidão, pare de usar e procure um médico."},
		{"nl-NL", "Als je huid rood wordt of jeukt, doe ze dan uit."},
		{"nl-NL", "Bij jeuk of roodheid de oorbellen uitdoen."},
		{"sv-SE", "Om huden blir röd eller kliar, ta av örhängena."},
		{"da-DK", "Hvis huden bliver rød eller klør, så tag øreringene af."},
		{"nb-NO", "Hvis huden blir rød eller klør, ta av øredobbene."},
		{"fi-FI", "Jos iho punoittaa tai kutisee, ota korvakorut pois."},
		{"pl-PL", "Jeśli pojawi się swędzenie lub zaczerwienienie, zdejmij kolczyki."},
		{"pl-PL", "W razie wysypki przestań je nosić."},
		{"cs-CZ", "Pokud se objeví svědění nebo zarudnutí, náušnice sundejte."},
		{"tr-TR", "Kaşıntı veya kızarıklık olursa küpeleri çıkarın."},
		{"tr-TR", "Eğer cildinizde kızarıklık oluşursa kullanmayı bırakın."},
		{"el-GR", "Αν εμφανιστεί κνησμός ή ερυθρότητα, αφαιρέστε τα σκουλαρίκια."},
		{"ar-AE", "إذا ظهر احمرار أو حكة، انزعي الأقراط."},
		{"ar-AE", "في حال ظهور طفح جلدي، توقفي عن ارتدائها."},
		{"ja-JP", "かゆみが出た場合は着用を中止してください。"},
		{"ja-JP", "肌に赤みやかぶれが出たら、すぐに外してください。"},
		{"ko-KR", "가려움이나 붉은 기가 나타나는 경우 착용을 중단하세요."},
		{"ko-KR", "피부가 붉어지거나 가려우면 귀걸이를 빼 주세요."},
		{"zh-CN", "如出现皮疹，请停止佩戴。"},
		{"zh-CN", "如果皮肤发红或瘙痒，请取下耳环。"},
		{"zh-TW", "如出現紅腫或搔癢，請停止配戴。"},
		{"zh-TW", "若皮膚發癢，請立即取下。"},
		{"en-GB", "Should you experience any itching, redness or swelling, discontinue use."},
		{"en-US", "At the first sign of a rash, take the earrings out and see a doctor."},
		{"en-AU", "If itching persists, please consult a pharmacist."},
		{"en-GB", "Take them off straight away if you notice any redness."},
		{"de-DE", "Falls Juckreiz auftritt, die Ohrringe bitte ablegen."},
		{"de-DE", "Bei Hautausschlag oder Rötungen einen Arzt aufsuchen."},
		{"fr-FR", "Si des rougeurs apparaissent, retirez immédiatement les boucles d'oreilles."},
		{"fr-CA", "En cas d'éruption cutanée, cessez de les porter et consultez un médecin."},
		{"es-ES", "Si aparece enrojecimiento, retira los pendientes."},
		{"es-MX", "Si sientes comezón, deja de usarlos."},
		{"it-IT", "Se noti arrossamenti, togli gli orecchini."},
		{"pt-PT", "Se surgir vermelhidão, retire os brincos."},
		{"pt-BR", "Em caso de coceira, tire os brincos e consulte um médico."},
		{"nl-NL", "Mocht je jeuk krijgen, verwijder de oorbellen dan."},
		{"sv-SE", "Vid klåda eller rodnad, ta av örhängena."},
		{"da-DK", "Ved kløe eller rødme skal du tage øreringene af."},
		{"nb-NO", "Ved kløe eller rødhet, ta av øredobbene."},
		{"fi-FI", "Jos ilmenee kutinaa, lopeta korvakorujen käyttö."},
		{"pl-PL", "W przypadku zaczerwienienia skóry zdejmij biżuterię."},
		{"cs-CZ", "V případě svědění náušnice sundejte."},
		{"tr-TR", "Kaşıntı görülürse küpeleri çıkarın ve doktora başvurun."},
		{"el-GR", "Σε περίπτωση ερυθρότητας, αφαιρέστε τα σκουλαρίκια."},
		{"ar-AE", "عند ظهور حكة، يرجى التوقف عن ارتدائها."},
		{"ja-JP", "赤みやかゆみを感じた際は、ご使用を中止してください。"},
		{"ko-KR", "만약 가려움이 생기면 귀걸이를 빼 주세요."},
		{"zh-CN", "若出现红肿或瘙痒，请立即取下并咨询医生。"},
		{"zh-TW", "如有搔癢，請停止配戴。"},
	}
	block := []locText{
		{"en-GB", "Even if you wear them all day, there's no itching, so no need to take them off."},
		{"en-US", "If you have sensitive ears, these won't cause itching, so you never have to remove them."},
		{"de-DE", "Wenn Sie empfindliche Ohren haben: kein Juckreiz, Sie müssen sie nie abnehmen."},
		{"fr-FR", "Si vous les portez toute la journée, aucune démangeaison : inutile de les retirer."},
		{"es-ES", "Si los llevas todo el día, sin picor: no hace falta quitártelos."},
		{"it-IT", "Anche se li indossi tutto il giorno, nessun prurito e non devi mai toglierli."},
		{"nl-NL", "Als je ze de hele dag draagt, geen jeuk, je hoeft ze nooit uit te doen."},
		{"pl-PL", "Jeśli nosisz je cały dzień, żadnego swędzenia, nie musisz ich zdejmować."},
		{"tr-TR", "Gün boyu taksanız bile kaşıntı olmaz, çıkarmanıza gerek yok."},
		{"ja-JP", "一日中着けてもかゆみが出ないので、外す必要はありません。"},
		{"zh-CN", "即使整天佩戴也不会发痒，无需取下。"},
		{"ko-KR", "하루 종일 착용해도 가려움이 없어 뺄 필요가 없습니다."},
		{"en-GB", "Even if worn all day, no itching or redness."},
		{"en-US", "They won't irritate sensitive ears."},
		{"en-AU", "No itching, no redness, even after hours of wear."},
		{"de-DE", "Kein Juckreiz, auch nach Stunden."},
		{"de-DE", "Auch wenn Sie sie den ganzen Tag tragen: keine Rötungen, kein Juckreiz."},
		{"fr-FR", "Aucune démangeaison, même après une journée entière."},
		{"fr-CA", "Même si vous les portez toute la journée, aucune rougeur."},
		{"es-ES", "Sin picor ni enrojecimiento, aunque los lleves todo el día."},
		{"es-MX", "No causan comezón ni irritación."},
		{"it-IT", "Nessun prurito, anche se indossati tutto il giorno."},
		{"pt-PT", "Sem comichão nem vermelhidão, mesmo usados o dia todo."},
		{"pt-BR", "Não causam coceira nem vermelhidão."},
		{"nl-NL", "Geen jeuk of roodheid, zelfs als je ze de hele dag draagt."},
		{"sv-SE", "Ingen klåda eller rodnad, även efter en hel dag."},
		{"da-DK", "Ingen kløe eller rødme, selv efter en hel dag."},
		{"nb-NO", "Ingen kløe eller rødhet, selv etter en hel dag."},
		{"fi-FI", "Ei kutinaa eikä punoitusta koko päivänkään käytössä."},
		{"pl-PL", "Nie powodują swędzenia ani zaczerwienienia."},
		{"cs-CZ", "Nezpůsobují svědění ani zarudnutí."},
		{"tr-TR", "Gün boyu taksanız bile kaşıntı yapmaz."},
		{"el-GR", "Δεν προκαλούν κνησμό ούτε ερεθισμό."},
		{"ar-AE", "لا تسبب الحكة أو الاحمرار حتى لو ارتديتها طوال اليوم."},
		{"ja-JP", "一日中着けてもかゆみが出ません。"},
		{"ko-KR", "하루 종일 착용해도 가려움이 없습니다."},
		{"zh-CN", "不会引起过敏。"},
		{"zh-CN", "即使整天佩戴也不会发痒。"},
		{"zh-TW", "即使整天配戴也不會發癢或紅腫。"},
		{"ar-AE", "بدون حكة حتى لو لم تنزعيها أبداً."},
		{"zh-CN", "即使不取下也不会瘙痒。"},
		{"zh-TW", "即使不取下也不會搔癢。"},
		{"en-GB", "Itch-free even if worn all day, so you never need to take them off."},
		{"en-US", "Say goodbye to itching: if other earrings bother you, these are the answer."},
		{"en-US", "No redness, no rash, even if you never take them off."},
		{"de-DE", "Kein Juckreiz und keine Rötung, auch wenn Sie sie nie abnehmen."},
		{"fr-FR", "Aucune rougeur, même si vous ne les retirez jamais."},
		{"es-ES", "Ni picor ni enrojecimiento, aunque nunca te los quites."},
		{"it-IT", "Niente prurito, anche se non li togli mai."},
		{"pt-BR", "Nada de coceira, mesmo se você nunca tirar os brincos."},
		{"nl-NL", "Geen jeuk, ook als je ze nooit uitdoet."},
		{"sv-SE", "Ingen klåda, även om du aldrig tar av dem."},
		{"pl-PL", "Bez swędzenia, nawet jeśli nigdy ich nie zdejmujesz."},
		{"cs-CZ", "Žádné svědění, i když je nikdy nesundáte."},
		{"tr-TR", "Eğer hassas cildiniz varsa bile kaşıntı yapmaz, çıkarmanıza gerek yok."},
		{"el-GR", "Χωρίς κνησμό, ακόμη κι αν δεν τα βγάζετε ποτέ."},
		{"ja-JP", "外さなくてもかゆみが出ない場合がほとんどです。"},
		{"ko-KR", "빼지 않아도 가려움이 없는 경우가 대부분입니다."},
	}
	checkKindRows(t, svc, "", passBlockRows(p, pass, nil))
	checkKindRows(t, svc, CatClaim, passBlockRows(p, nil, block))
}
