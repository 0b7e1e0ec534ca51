package checks

import "testing"

// Health and metaphysical claims of two more kinds (#13, blind set 27:
// nl-NL "Volgens kenners geeft de steen energie en helpt hij bij
// concentratieproblemen." passed): concepts-ailment27.yaml (19 languages)
// holds a remedy verb or "against" with a condition of the mind or body,
// as a phrase ("problèmes de sommeil") or a compound ending in the problem
// noun (concentratieproblemen, Schlafprobleme, sömnproblem,
// keskittymisongelmat), and energy given to the wearer (energy_given:
// "gives energy", "geeft energie", 带来能量). Energy a colour gives an outfit
// and help with an order or sizing pass; each, as its control, blocks with
// a health claim added to the same sentence.
func TestKindsAilment27(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"nl-NL", "Een hanger van zilver met zwarte onyx. Volgens kenners geeft de steen energie en helpt hij bij concentratieproblemen.", meta27Pendant, true},
		{"nl-NL", "Een hanger van zilver met zwarte onyx. De steen helpt bij slaapproblemen.", meta27Pendant, true},
		{"en-GB", "A silver pendant with black onyx. Experts say the stone gives energy and helps with concentration problems.", meta27Pendant, true},
		{"en-US", "A silver pendant with black onyx. The stone helps with sleep problems.", meta27Pendant, true},
		{"de-DE", "Ein Anhänger aus Silber mit schwarzem Onyx. Der Stein gibt Energie und hilft bei Konzentrationsproblemen.", meta27Pendant, true},
		{"fr-FR", "Un pendentif en argent avec un onyx noir. La pierre donne de l'énergie et aide en cas de problèmes de concentration.", meta27Pendant, true},
		{"it-IT", "Un ciondolo in argento con onice nero. La pietra dà energia e aiuta con i problemi di concentrazione.", meta27Pendant, true},
		{"es-ES", "Un colgante de plata con ónix negro. La piedra da energía y ayuda con los problemas de concentración.", meta27Pendant, true},
		{"pt-PT", "Um pendente de prata com ónix preto. A pedra dá energia e ajuda nos problemas de concentração.", meta27Pendant, true},
		{"sv-SE", "Ett hänge i silver med svart onyx. Stenen ger energi och hjälper mot koncentrationsproblem.", meta27Pendant, true},
		{"da-DK", "Et vedhæng i sølv med sort onyx. Stenen giver energi og hjælper mod koncentrationsproblemer.", meta27Pendant, true},
		{"nb-NO", "Et anheng i sølv med svart onyks. Steinen gir energi og hjelper mot konsentrasjonsproblemer.", meta27Pendant, true},
		{"fi-FI", "Hopeinen riipus mustalla onyksilla. Kivi antaa energiaa ja auttaa keskittymisongelmiin.", meta27Pendant, true},
		{"pl-PL", "Srebrny wisiorek z czarnym onyksem. Kamień dodaje energii i pomaga przy problemach z koncentracją.", meta27Pendant, true},
		{"cs-CZ", "Stříbrný přívěsek s černým onyxem. Kámen dodává energii a pomáhá při problémech se soustředěním.", meta27Pendant, true},
		{"el-GR", "Ένα ασημένιο μενταγιόν με μαύρο όνυχα. Η πέτρα δίνει ενέργεια και βοηθά στα προβλήματα συγκέντρωσης.", meta27Pendant, true},
		{"tr-TR", "Siyah oniksli gümüş kolye ucu. Taş enerji verir ve konsantrasyon sorunlarına yardımcı olur.", meta27Pendant, true},
		{"ar-AE", "قلادة من الفضة مع حجر العقيق الأسود. يمنح الحجر الطاقة ويساعد في مشاكل التركيز.", meta27Pendant, true},
		{"ja-JP", "黒のオニキスを使ったシルバーのペンダント。石がエネルギーを与え、集中力の問題を助けます。", meta27Pendant, true},
		{"ko-KR", "검은 오닉스를 세팅한 실버 펜던트입니다. 돌이 에너지를 주고 집중력 문제에 도움이 됩니다.", meta27Pendant, true},
		{"zh-CN", "镶嵌黑色缟玛瑙的银吊坠。这块石头能带来能量，帮助解决注意力问题。", meta27Pendant, true},
		{"zh-TW", "鑲嵌黑色縞瑪瑙的銀吊墜。這塊石頭能帶來能量，幫助改善專注力問題。", meta27Pendant, true},
		{"nl-NL", "Een hanger van zilver met zwarte onyx. De steen geeft energie.", meta27Pendant, true},
		{"nl-NL", "Een hanger van zilver met zwarte onyx. Helpt tegen hoofdpijn.", meta27Pendant, true},
		{"de-DE", "Ein Anhänger aus Silber mit schwarzem Onyx. Hilft gegen Schlafprobleme.", meta27Pendant, true},
		{"sv-SE", "Ett hänge i silver med svart onyx. Hjälper mot sömnproblem.", meta27Pendant, true},
		{"fi-FI", "Hopeinen riipus mustalla onyksilla. Auttaa uniongelmiin.", meta27Pendant, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"nl-NL", "Een hanger van zilver met zwarte onyx. De felle kleur geeft je outfit energie.", meta27Pendant, false},
		{"de-DE", "Ein Anhänger aus Silber mit schwarzem Onyx. Unser Kundenservice hilft bei Problemen mit der Bestellung.", meta27Pendant, false},
		{"en-US", "A silver pendant with black onyx. Our team helps with sizing problems and returns.", meta27Pendant, false},
		{"fr-FR", "Un pendentif en argent avec un onyx noir. Cette couleur vive donne de l'énergie à votre tenue.", meta27Pendant, false},
		{"es-ES", "Un colgante de plata con ónix negro. Su color da energía a cualquier look.", meta27Pendant, false},
		{"sv-SE", "Ett hänge i silver med svart onyx. Den svarta färgen ger energi åt din outfit.", meta27Pendant, false},
		{"fi-FI", "Hopeinen riipus mustalla onyksilla. Kirkas väri tuo asuun energiaa.", meta27Pendant, false},
		{"zh-CN", "镶嵌黑色缟玛瑙的银吊坠。明亮的色彩为造型带来能量。", meta27Pendant, false},
	})
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"nl-NL", "Een hanger van zilver met zwarte onyx. De felle kleur geeft je outfit energie en de steen helpt bij slaapproblemen.", meta27Pendant, true},
		{"de-DE", "Ein Anhänger aus Silber mit schwarzem Onyx. Unser Kundenservice hilft bei Problemen mit der Bestellung, der Stein hilft gegen Schlafprobleme.", meta27Pendant, true},
		{"en-US", "A silver pendant with black onyx. Our team helps with sizing problems and returns; the stone helps with concentration problems.", meta27Pendant, true},
		{"fr-FR", "Un pendentif en argent avec un onyx noir. Cette couleur vive donne de l'énergie à votre tenue et aide contre les troubles du sommeil.", meta27Pendant, true},
		{"es-ES", "Un colgante de plata con ónix negro. Su color da energía a cualquier look y ayuda con los problemas de sueño.", meta27Pendant, true},
		{"sv-SE", "Ett hänge i silver med svart onyx. Den svarta färgen ger energi åt din outfit. Stenen hjälper mot sömnproblem.", meta27Pendant, true},
		{"fi-FI", "Hopeinen riipus mustalla onyksilla. Kirkas väri tuo asuun energiaa ja auttaa uniongelmiin.", meta27Pendant, true},
		{"zh-CN", "镶嵌黑色缟玛瑙的银吊坠。明亮的色彩为造型带来能量，帮助改善睡眠问题。", meta27Pendant, true},
	})
}
