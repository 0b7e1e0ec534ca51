package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsTarnishParaphrase33 (#13, tarnishparaphrase33; released blind
// 33A142: cs-CZ "stříbro si svůj lesk udrží po léta, aniž by kdy ztmavlo"
// passed on plain sterling silver). The shine kept for years and darkening
// denied for good ("without ever tarnishing") are the tarnish-proof claim
// (data/<lang>/concepts-tarnish33.yaml); an anti-tarnish feature licenses
// them, and care advice ("to keep its shine, store it in its pouch") stays
// advice.
func TestKindsTarnishParaphrase33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "T33", Name: "Wave Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	proof := p
	proof.Features = []string{"anti-tarnish"}
	rows := []struct{ loc, text string }{
		{"cs-CZ", "Stříbro si svůj lesk udrží po léta, aniž by kdy ztmavlo."},
		{"cs-CZ", "Prsten si udrží lesk po mnoho let."},
		{"cs-CZ", "Stříbro nikdy neztmavne."},
		{"en-GB", "The silver keeps its shine for years without ever tarnishing."},
		{"en-US", "It holds its shine for years and never darkens."},
		{"en-AU", "The ring will keep its lustre for years, without ever going dark."},
		{"de-DE", "Das Silber behält seinen Glanz über Jahre, ohne je nachzudunkeln."},
		{"de-DE", "Der Ring läuft niemals an."},
		{"fr-FR", "L'argent garde son éclat pendant des années sans jamais noircir."},
		{"fr-CA", "La bague conserve son éclat des années, sans jamais ternir."},
		{"es-ES", "La plata mantiene su brillo durante años sin oscurecerse nunca."},
		{"es-MX", "Conserva su brillo por años y nunca se oscurece."},
		{"it-IT", "L'argento mantiene la sua lucentezza per anni senza mai annerire."},
		{"pt-PT", "A prata mantém o seu brilho durante anos sem nunca escurecer."},
		{"pt-BR", "A prata conserva o brilho por anos, sem jamais escurecer."},
		{"nl-NL", "Het zilver behoudt jarenlang zijn glans zonder ooit dof te worden."},
		{"nl-NL", "De ring wordt nooit donker."},
		{"sv-SE", "Silvret behåller sin glans i åratal utan att någonsin mörkna."},
		{"da-DK", "Sølvet bevarer sin glans i årevis uden nogensinde at blive mørkt."},
		{"nb-NO", "Sølvet beholder glansen i årevis uten noen gang å mørkne."},
		{"fi-FI", "Hopea säilyttää kiiltonsa vuosia tummumatta koskaan."},
		{"pl-PL", "Srebro zachowa swój blask przez lata i nigdy nie ściemnieje."},
		{"tr-TR", "Gümüş yıllarca parlaklığını korur ve asla kararmaz."},
		{"el-GR", "Το ασήμι διατηρεί τη λάμψη του για χρόνια χωρίς να μαυρίσει ποτέ."},
		{"ar-AE", "تحافظ الفضة على لمعانها لسنوات دون أن تسود أبدًا."},
		{"ja-JP", "シルバーは何年も輝きを保ち、決して黒ずみません。"},
		{"ko-KR", "실버는 수년간 광택을 유지하며 절대 변색되지 않습니다."},
		{"zh-CN", "纯银多年保持光泽，永远不会发黑。"},
		{"zh-TW", "純銀多年保持光澤，永遠不會發黑。"},
		{"cs-CZ", "Prsten je hladký, aniž by kdy ztmavl."},
		{"de-DE", "Der Ring ist glatt, ohne jemals dunkel zu werden."},
		{"nl-NL", "De ring is glad, zonder ooit donker te worden."},
		{"nb-NO", "Ringen er glatt uten noen gang å mørkne."},
		{"el-GR", "Η λάμψη κρατά χρόνια."},
		{"zh-TW", "光澤持續多年。"},
		{"zh-CN", "光泽持续多年。"},
	}
	var kr []kindRow
	for _, r := range rows {
		kr = append(kr, kindRow{r.loc, r.text, p, true}, kindRow{r.loc, r.text, proof, false})
	}
	// care advice keeps the shine: no claim
	for _, r := range []struct{ loc, text string }{
		{"en-GB", "To keep its shine for years, store it in its pouch and polish it with a soft cloth."},
		{"cs-CZ", "Aby si stříbro udrželo lesk po léta, čistěte ho jemným hadříkem."},
		{"de-DE", "Damit das Silber seinen Glanz über Jahre behält, polieren Sie es mit einem weichen Tuch."},
	} {
		kr = append(kr, kindRow{r.loc, r.text, p, false})
	}
	checkKindRows(t, svc, "claim", kr)
}
