package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A health or metaphysical benefit attributed with a hedge is still a
// claim (#13, attributed19, claim_health; dev-probe19b): "Picture jasper
// is said to steady the mind and bring a sense of calm" (en-AU) and
// "Tigerjärn sägs ge styrka, uthållighet och en jordande energi" (sv-SE)
// passed, the hedged forms knowing calm, healing and luck but not
// strength, stamina, courage, grounding, focus, protection or the mind
// steadied, and the Nordic, Slavic and Asian hedges only with calm. The
// concept attributed_benefit (concepts-attributed19.yaml, every language)
// pairs the hedge (reported belief, hearsay, legend, tradition) with the
// benefit: FTC Act section 5 and 16 CFR 23.1, UK CAP Code 3.1 and 12.1 (a
// claim repeated as belief is still made), EU UCPD 2005/29/EC Annex I no.
// 17. A symbol ("said to symbolise strength"), a metal's or a setting's
// property ("titanium is known to offer strength", "the bezel is known to
// protect the stone"), hearsay about a name or a history, a true claim the
// features license, and German "soll" or Dutch "zou" of a design's intent
// stay copy.
func TestKindsAttributed19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "J19", Name: "Picture Jasper Cufflinks", Category: "cufflinks", Collection: "Heritage",
		Materials: []string{"316L stainless steel", "picture jasper"}, Metals: []core.Metal{{Base: "stainless steel"}},
		Stones:   []core.Stone{{Type: "picture jasper", Colour: "brown", Count: 2, Origin: core.OriginNatural}},
		Colours:  []string{"brown", "beige", "silver"},
		Features: []string{"hand-polished", "tarnish-resistant", "hypoallergenic"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-AU", "Picture jasper is said to steady the mind and bring a sense of calm before a big day.", p, true},
		{"en-GB", "Tiger iron is believed to give strength, stamina and courage.", p, true},
		{"en-US", "Legend has it that jasper offers protection and grounding to travelers.", p, true},
		{"en-GB", "Jasper is thought to lend focus and confidence.", p, true},
		{"en-US", "Many believe jasper promotes strength and endurance.", p, true},
		{"sv-SE", "Tigerjärn sägs ge styrka, uthållighet och en jordande energi.", p, true},
		{"sv-SE", "Jaspis anses ge mod och fokus.", p, true},
		{"da-DK", "Jaspis siges at give styrke, udholdenhed og en jordende energi.", p, true},
		{"nb-NO", "Jaspis sies å gi styrke og selvtillit.", p, true},
		{"fi-FI", "Jaspiksen sanotaan antavan rohkeutta ja voimaa.", p, true},
		{"fr-FR", "On dit que le jaspe donne force, endurance et une énergie d'ancrage.", p, true},
		{"fr-CA", "Le jaspe donnerait force et courage.", p, true},
		{"es-ES", "Se dice que el jaspe aporta fuerza, resistencia y una energía de arraigo.", p, true},
		{"es-MX", "Se cree que el jaspe da valor y protección.", p, true},
		{"pt-BR", "Dizem que o jaspe traz força, resistência e uma energia de aterramento.", p, true},
		{"pt-PT", "Diz-se que o jaspe dá coragem e proteção.", p, true},
		{"it-IT", "Si dice che il diaspro doni forza, resistenza e un'energia radicante.", p, true},
		{"it-IT", "Secondo la leggenda, il diaspro dà coraggio a chi lo indossa.", p, true},
		{"de-DE", "Dem Jaspis wird nachgesagt, dass er Kraft und Ausdauer schenkt.", p, true},
		{"de-DE", "Jaspis soll Mut und Konzentration verleihen.", p, true},
		{"nl-NL", "Jaspis zou kracht, uithoudingsvermogen en aardende energie geven.", p, true},
		{"pl-PL", "Mówi się, że jaspis daje odwagę i ochronę.", p, true},
		{"pl-PL", "Jaspis ponoć daje odwagę i pewność siebie.", p, true},
		{"cs-CZ", "Říká se, že jaspis přináší odvahu a ochranu.", p, true},
		{"cs-CZ", "Jaspis prý dodává sílu a odvahu.", p, true},
		{"tr-TR", "Jasperin cesaret ve koruma sağladığı söylenir.", p, true},
		{"tr-TR", "Jasperin güç ve cesaret verdiğine inanılır.", p, true},
		{"el-GR", "Λέγεται ότι ο ίασπις δίνει δύναμη, αντοχή και γειωτική ενέργεια.", p, true},
		{"el-GR", "Πιστεύεται ότι ο ίασπις χαρίζει θάρρος.", p, true},
		{"ar-AE", "يقال إن اليشب يمنح القوة والشجاعة.", p, true},
		{"ja-JP", "ジャスパーは強さと忍耐力を与えると言われています。", p, true},
		{"ja-JP", "ジャスパーは勇気をもたらすとされています。", p, true},
		{"ko-KR", "재스퍼는 힘과 인내심을 준다고 알려져 있습니다.", p, true},
		{"ko-KR", "재스퍼는 용기와 보호의 힘을 준다고 합니다.", p, true},
		{"zh-CN", "据说碧玉能带来力量、耐力和接地的能量。", p, true},
		{"zh-TW", "據說碧玉能帶來勇氣與保護。", p, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The Celtic knot is said to symbolise strength and eternity.", p, false},
		{"en-US", "Stainless steel is known to offer strength without weight.", p, false},
		{"en-GB", "The bezel is known to protect the stone from knocks.", p, false},
		{"en-GB", "The 316L stainless steel is known to be hypoallergenic.", p, false},
		{"en-GB", "The cufflinks are said to be a favourite of grooms.", p, false},
		{"en-AU", "Picture jasper is said to resemble a desert landscape.", p, false},
		{"en-GB", "It is said that no two stones are alike, and the steel offers strength for daily wear.", p, false},
		{"de-DE", "Der Knoten soll Stärke und Ewigkeit symbolisieren.", p, false},
		{"de-DE", "Die Manschettenknöpfe sollen zu jedem Anlass passen und Selbstvertrauen ausstrahlen.", p, false},
		{"de-DE", "Der Stein soll an eine Wüstenlandschaft erinnern.", p, false},
		{"nl-NL", "Wie zou er niet blij zijn met deze manchetknopen?", p, false},
		{"fr-FR", "On dit que le jaspe symbolise la force.", p, false},
		{"fr-FR", "Le jaspe, dit-on, doit son nom au grec iaspis.", p, false},
		{"es-ES", "Se dice que el jaspe simboliza la fuerza.", p, false},
		{"it-IT", "Si dice che il nome derivi dal greco.", p, false},
		{"sv-SE", "Jaspis sägs symbolisera styrka.", p, false},
		{"sv-SE", "Stålet sägs vara starkt och tål vardagen.", p, false},
		{"tr-TR", "Jasper gücün sembolü olarak bilinir.", p, false},
		{"ko-KR", "편안한 착용감을 준다고 많은 고객이 말합니다.", p, false},
		{"ja-JP", "ジャスパーは古代エジプトで使われていたと言われています。", p, false},
		{"zh-CN", "碧玉被认为是力量的象征。", p, false},
		{"pl-PL", "Podobno to ulubione spinki panów młodych.", p, false},
		{"da-DK", "Det siges, at manchetknapperne er brudgommens favorit.", p, false},
	})
}
