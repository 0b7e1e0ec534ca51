package checks

import "testing"

// TestKindsHedge14: a hedged claim is a claim in the subjunctive or the
// conditional too (#13, the fourteenth session: pt "Acredita-se que proteja
// contra acidentes" passed while "Protege contra acidentes" blocked; FTC
// Act section 5, EU UCPD 2005/29/EC Annex I no. 17, UK CAP Code 12.1). The
// Portuguese and Spanish subjunctives and conditionals of protect, bring and
// attract, whose stems differ from the indicative's, are heads of the
// protect14 pairs; the hedges of the other languages (it protegga, fr
// protégerait, de schütze, nl zou beschermen, fi suojaavan, tr koruduğuna,
// ja 守ってくれると言われて, ko 지켜준다고, zh 据说能保佑) blocked already and
// stay as rows. The patron saint named passes. medal14 is protect14's.
func TestKindsHedge14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"pt-BR", "Acredita-se que proteja contra acidentes.", true},
		{"pt-BR", "Diz-se que traga sorte a quem a usa.", true},
		{"pt-PT", "Acredita-se que proteja o seu portador de todo o mal.", true},
		{"pt-BR", "Dizem que protegeria dos perigos da estrada.", true},
		{"pt-BR", "Segundo a tradição, atraia boa sorte.", true},
		{"es-ES", "Se cree que proteja contra los accidentes.", true},
		{"es-ES", "Se cree que protege contra los accidentes.", true},
		{"es-MX", "Se dice que traiga buena suerte.", true},
		{"es-ES", "Se dice que protegería de todo mal.", true},
		{"es-MX", "Dicen que atraiga la prosperidad.", true},
		{"it-IT", "Si dice che protegga dagli incidenti.", true},
		{"it-IT", "Si crede che porti fortuna a chi la indossa.", true},
		{"it-IT", "Si dice che proteggerebbe dai pericoli del viaggio.", true},
		{"it-IT", "Si crede che attiri la buona sorte.", true},
		{"fr-FR", "On dit qu'elle protège des accidents.", true},
		{"fr-FR", "On dit qu'elle protégerait des accidents.", true},
		{"fr-CA", "On croit qu'elle apporterait chance et protection.", true},
		{"fr-FR", "On dit qu'elle porterait bonheur.", true},
		{"fr-FR", "Elle protégerait des dangers de la route.", true},
		{"de-DE", "Man sagt, er schütze vor Unfällen.", true},
		{"de-DE", "Er soll vor Unfällen schützen.", true},
		{"de-DE", "Man glaubt, dass er vor Gefahren schützen würde.", true},
		{"de-DE", "Er soll Glück bringen.", true},
		{"nl-NL", "Men zegt dat hij zou beschermen tegen ongelukken.", true},
		{"nl-NL", "Hij zou geluk brengen.", true},
		{"sv-SE", "Den sägs skydda mot olyckor.", true},
		{"sv-SE", "Den anses bringa tur.", true},
		{"da-DK", "Den siges at beskytte mod ulykker.", true},
		{"da-DK", "Den menes at bringe held.", true},
		{"nb-NO", "Den sies å beskytte mot ulykker.", true},
		{"nb-NO", "Den skal visstnok bringe lykke.", true},
		{"fi-FI", "Sen sanotaan suojaavan onnettomuuksilta.", true},
		{"fi-FI", "Sen uskotaan tuovan onnea.", true},
		{"pl-PL", "Uważa się, że chroni przed wypadkami.", true},
		{"pl-PL", "Mówi się, że miałby chronić przed nieszczęściem.", true},
		{"pl-PL", "Podobno przynosi szczęście.", true},
		{"cs-CZ", "Říká se, že chrání před nehodami.", true},
		{"cs-CZ", "Prý přináší štěstí.", true},
		{"cs-CZ", "Věří se, že by chránil před neštěstím.", true},
		{"el-GR", "Λέγεται ότι προστατεύει από ατυχήματα.", true},
		{"el-GR", "Πιστεύεται ότι φέρνει καλή τύχη.", true},
		{"tr-TR", "Kazalardan koruduğuna inanılır.", true},
		{"tr-TR", "Şans getirdiği söylenir.", true},
		{"ar-AE", "يقال إنها تحمي من الحوادث.", true},
		{"ar-AE", "يعتقد أنها تجلب الحظ.", true},
		{"ja-JP", "事故から守ってくれると言われています。", true},
		{"ja-JP", "幸運を呼ぶと信じられています。", true},
		{"ko-KR", "사고로부터 지켜준다고 전해집니다.", true},
		{"ko-KR", "행운을 가져다준다고 알려져 있습니다.", true},
		{"zh-CN", "据说能保佑出行平安。", true},
		{"zh-TW", "相傳能帶來好運。", true},
		{"en-GB", "It is believed to protect against accidents.", true},
		{"en-US", "Some say it would keep you safe from harm.", true},
		{"en-AU", "It is said to bring good luck.", true},
		{"pt-BR", "São Cristóvão é o padroeiro dos viajantes.", false},
		{"es-ES", "San Cristóbal es el patrón de los viajeros.", false},
		{"it-IT", "San Cristoforo è il patrono dei viaggiatori.", false},
		{"fr-FR", "Saint Christophe est le saint patron des voyageurs.", false},
		{"de-DE", "Der heilige Christophorus ist der Schutzpatron der Reisenden.", false},
		{"en-GB", "St Christopher is the patron saint of travellers.", false},
		{"pt-BR", "Protege contra acidentes.", true},
		{"es-ES", "Protege contra los accidentes.", true},
		{"pt-BR", "Guarde-a na caixa para protegê-la de riscos.", false},
		{"es-ES", "Guárdala en su estuche para protegerla de los arañazos.", false},
	} {
		blocked, fs := blockedIn(t, svc, CatClaim, medal14, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: claim block %v, want %v: %s", r.locale, r.text, blocked, r.block, describe(fs, "", r.text))
		}
	}
}
