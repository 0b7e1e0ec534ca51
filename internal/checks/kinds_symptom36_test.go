package checks

import "testing"

// TestKindsSymptom36 (#13, symptom36): symptom advice symptomwarn35 did
// not read passes in every locale -- the condition and the instruction in
// two sentences, the second referring back ("Some people may notice
// redness. If so, remove the earrings": conceptDef.WarnBack), Korean and
// Turkish conditions fused to any verb (발진이 심해지면, "Kızarıklık devam
// ederse", "Kaşıntı geçmezse": fusedConditional), and the advice to see a
// dermatologist (皮膚科医に相談, 请咨询皮肤科医生: the concept's idioms).
// The twins stay claim.hypoallergenic blocks: a symptom denied (also by a
// negative determiner: "Ingen klåda", "Żadnego swędzenia", "Nada de
// picor") whatever instruction follows, an instruction that does not
// refer back, a back reference two sentences on, a negated instruction
// after a fused condition, and the dermatologist's approval.
func TestKindsSymptom36(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := symptomWarn35Earring()
	pass := []locText{
		// the symptom in one sentence, the instruction in the next that refers back
		{"en-GB", "Some people may notice redness. If so, remove the earrings and consult a doctor."},
		{"en-US", "Itching is rare. If it happens, take them off."},
		{"en-AU", "A few wearers may feel some itching. In that case, stop wearing them."},
		{"en-GB", "Mild redness can occur with any new earrings. Should this happen, remove them."},
		{"en-US", "Irritation can occur with any new piece. If this occurs, discontinue use."},
		{"de-DE", "Sollte es jucken? Dann bitte abnehmen."},
		{"de-DE", "Hautirritationen sind selten. Nehmen Sie das Schmuckstück in diesem Fall ab."},
		{"de-DE", "Bei manchen Menschen kann Juckreiz auftreten. In diesem Fall bitte einen Arzt aufsuchen."},
		{"fr-FR", "Des démangeaisons peuvent survenir. Dans ce cas, retirez les boucles."},
		{"fr-CA", "Des rougeurs peuvent apparaître. Si c'est le cas, cessez de les porter."},
		{"es-ES", "Algunas personas pueden notar picor. En ese caso, quítatelos."},
		{"es-MX", "Puede aparecer enrojecimiento. En tal caso, suspende su uso y consulta a un médico."},
		{"it-IT", "Alcune persone potrebbero notare prurito. In tal caso, rimuovere gli orecchini."},
		{"pt-PT", "Algumas pessoas podem sentir comichão. Nesse caso, retire os brincos."},
		{"pt-BR", "Pode surgir vermelhidão. Nesse caso, pare de usar e procure um médico."},
		{"nl-NL", "Sommige mensen kunnen jeuk krijgen. In dat geval de oorbellen uitdoen."},
		{"sv-SE", "Vissa kan få klåda. I så fall, ta av örhängena."},
		{"da-DK", "Nogle kan opleve kløe. I så fald skal du tage øreringene af."},
		{"nb-NO", "Noen kan få kløe. I så fall bør du ta av øredobbene."},
		{"fi-FI", "Joillakin voi ilmetä kutinaa. Siinä tapauksessa ota korvakorut pois."},
		{"pl-PL", "U niektórych osób może wystąpić swędzenie. W takim przypadku zdejmij kolczyki."},
		{"cs-CZ", "U některých lidí se může objevit svědění. V takovém případě náušnice sundejte."},
		{"tr-TR", "Bazı kişilerde kaşıntı görülebilir. Bu durumda küpeleri çıkarın."},
		{"el-GR", "Σε ορισμένους μπορεί να εμφανιστεί κνησμός. Σε αυτή την περίπτωση, αφαιρέστε τα σκουλαρίκια."},
		{"ar-AE", "قد يشعر البعض بحكة. في هذه الحالة، انزعي الأقراط."},
		{"ja-JP", "まれにかゆみが出ることがあります。その場合は着用を中止してください。"},
		{"zh-CN", "少数人可能会出现瘙痒。这种情况下，请取下耳环。"},
		{"zh-TW", "少數人可能會出現搔癢。這種情況下，請取下耳環。"},
		{"ko-KR", "드물게 가려움이 생길 수 있습니다. 이 경우 착용을 중단하세요."},
		{"en-GB", "Some wearers may experience itching. If you do, remove them."},
		{"de-DE", "Juckreiz kann vorkommen. Tritt dies auf, nehmen Sie die Ohrringe ab."},
		{"fr-FR", "Des rougeurs peuvent apparaître. Si cela vous arrive, retirez les boucles."},
		{"es-ES", "Puede aparecer picor. Si esto te ocurre, quítatelos."},
		{"it-IT", "Può comparire un arrossamento. Se dovesse capitare, togli gli orecchini."},
		{"nl-NL", "Jeuk kan voorkomen. Gebeurt dat, doe de oorbellen dan uit."},
		{"sv-SE", "Klåda kan förekomma. Händer det, ta av örhängena."},
		{"pl-PL", "Może wystąpić zaczerwienienie. Wówczas zdejmij kolczyki."},
		{"zh-CN", "少数人可能出现皮疹。如有此情况，请停止佩戴。"},
		{"ko-KR", "드물게 발진이 생길 수 있습니다. 그런 경우에는 착용을 중단하세요."},
		{"es-MX", "Si sientes comezón o picazón, deja de usarlos."},
		{"es-MX", "Puede aparecer comezón. En ese caso, quítatelos."},
		// conditions fused to the verb: any verb's conditional
		{"tr-TR", "Kaşıntı varsa küpeleri çıkarın."},
		{"tr-TR", "Kızarıklık olduysa küpeleri çıkarın ve doktora danışın."},
		{"tr-TR", "Cildiniz kaşınırsa ya da kızarıklık devam ederse doktora başvurun."},
		{"ko-KR", "발진이 심해지면 착용을 중단하세요."},
		{"ko-KR", "피부 트러블이 보이면 귀걸이를 빼 주세요."},
		{"ko-KR", "습진이 계속되면 의사와 상담하세요."},
		{"ko-KR", "발진이 있다면 귀걸이를 빼 주세요."},
		{"ko-KR", "피부염이 나타나면 귀걸이를 빼고 의사와 상담하세요."},
		{"ko-KR", "발진이 올라오면 바로 빼 주세요."},
		{"tr-TR", "Kızarıklık devam ederse küpeleri çıkarın."},
		{"tr-TR", "Tahriş meydana gelirse doktora başvurun."},
		{"tr-TR", "Kaşıntı geçmezse doktora danışın."},
		{"tr-TR", "Cildinizde kaşıntı başlarsa küpeleri çıkarın."},
		{"tr-TR", "Kulaklarınızda kızarıklık fark edilirse küpeleri çıkarın."},
		{"tr-TR", "Alerji belirtisi görürseniz küpeleri çıkarın."},
		// the advice to see a dermatologist is no dermatologist's approval
		{"ko-KR", "피부염 증상이 계속되면 피부과 전문의와 상담하세요."},
		{"ja-JP", "かぶれが出た場合は、皮膚科医に相談してください。"},
		{"zh-CN", "如出现皮疹，请咨询皮肤科医生。"},
		{"zh-TW", "如出現皮疹，請諮詢皮膚科醫生。"},
	}
	block := []locText{
		// a real claim, then an unrelated instruction: no warning
		{"en-GB", "They won't irritate sensitive ears. Remove them before swimming."},
		{"en-US", "No itching, ever. In that case, take them off at night."},
		{"de-DE", "Kein Juckreiz, auch nach Stunden. Dann bitte vor dem Duschen abnehmen."},
		{"fr-FR", "Aucune démangeaison, même après une journée. Dans ce cas, retirez-les pour dormir."},
		{"es-ES", "Sin picor en todo el día. En ese caso, quítatelos para dormir."},
		{"it-IT", "Nessun prurito, anche dopo ore. In tal caso, toglili per dormire."},
		{"nl-NL", "Geen jeuk, zelfs na uren. In dat geval de oorbellen uitdoen voor het slapen."},
		{"sv-SE", "Ingen klåda, även efter en hel dag. I så fall, ta av örhängena."},
		{"pl-PL", "Żadnego swędzenia, nawet po wielu godzinach. W takim przypadku zdejmij kolczyki."},
		{"tr-TR", "Gün boyu taksanız bile kaşıntı yapmaz. Bu durumda küpeleri çıkarın."},
		{"el-GR", "Δεν προκαλούν κνησμό. Σε αυτή την περίπτωση, αφαιρέστε τα σκουλαρίκια."},
		{"ja-JP", "一日中着けてもかゆみが出ません。その場合は外してください。"},
		{"ko-KR", "하루 종일 착용해도 가려움이 없습니다. 이 경우 빼 주세요."},
		{"zh-CN", "即使整天佩戴也不会发痒。这种情况下，请取下耳环。"},
		{"ko-KR", "가려움이 없으면 빼지 않아도 됩니다."},
		{"ko-KR", "발진이 없으면 빼지 않아도 됩니다."},
		{"ko-KR", "발진 걱정 없는 표면, 잘 때는 빼 주세요."},
		{"tr-TR", "Kaşıntı olursa bile çıkarmanıza gerek yok."},
		// negative determiners deny the symptom: the claim, whatever follows
		{"sv-SE", "Ingen klåda, även om du bär dem hela dagen. Om så sker, ta av dem."},
		{"da-DK", "Ingen kløe, selv efter en hel dag. I så fald kan du tage dem af."},
		{"nb-NO", "Ingen kløe, selv etter en hel dag. I så fall kan du ta dem av."},
		{"cs-CZ", "Žádné svědění ani po celém dni. V takovém případě náušnice sundejte."},
		{"pt-BR", "Nenhuma coceira, mesmo depois de horas. Nesse caso, tire os brincos."},
		{"es-MX", "Nada de picor en todo el día. En tal caso, quítatelos."},
		{"it-IT", "Niente prurito, neanche dopo ore. In tal caso, toglili."},
		{"tr-TR", "Hiç kaşıntı yok. Bu durumda küpeleri çıkarın."},
		{"cs-CZ", "Nezpůsobují svědění. V takovém případě náušnice sundejte."},
		{"zh-TW", "不會引起皮疹。這種情況下，請取下耳環。"},
		{"de-DE", "Garantiert kein Juckreiz. Dann einfach abnehmen, wenn Sie schlafen."},
		{"fr-FR", "Zéro démangeaison, même après une journée. Le cas échéant, retirez-les pour dormir."},
		{"tr-TR", "Hiç tahriş yok. O zaman küpeleri çıkarın."},
		{"es-MX", "Sin comezón, aunque los uses todo el día."},
		{"es-MX", "Nada de picazón, ni después de horas."},
		// the back reference two sentences on refers to the sentence before it
		{"en-GB", "No itching, even after a day. They are light. If so, remove them."},
		// the dermatologist's approval stays the claim
		{"ja-JP", "皮膚科医も推奨する、肌にやさしいピアスです。"},
		{"zh-CN", "皮肤科医生推荐的耳环。"},
		{"ko-KR", "피부과 전문의가 추천한 귀걸이입니다."},
	}
	checkKindRows(t, svc, "", passBlockRows(p, pass, nil))
	checkKindRows(t, svc, CatClaim, passBlockRows(p, nil, block))
}
