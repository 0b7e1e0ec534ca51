package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// cg10TarnishLang is one language's tarnish and shine-forever claims in
// other words (issue #13, claim_tarnish of the ninth blind set): the
// finish's loss denied with the negation after its verb or the verb after
// its object, discolouration denied by a noun, the shine kept for years.
// They block on a plain silver cuff and pass on a steel bangle whose
// features license them; care advice (a cloth brings the shine back)
// passes on the cuff.
type cg10TarnishLang struct {
	claims, advice []string
}

var cg10TarnishTexts = map[string]cg10TarnishLang{
	"en":    {claims: []string{"It won't lose its luster.", "It keeps its lustre for years.", "Keeps its gleam for years to come.", "It won't lose its lustre."}, advice: []string{"A soft cloth restores its lustre.", "To keep its shine, store it in the pouch."}},
	"fr":    {claims: []string{"Aucune décoloration, même après des années.", "Ne perd pas son lustre.", "Il garde son éclat pendant des années."}, advice: []string{"Un chiffon doux lui rend son éclat."}},
	"de":    {claims: []string{"Verliert seinen Glanz nicht.", "Behält jahrelang seinen Glanz.", "Keine Verfärbung."}, advice: []string{"Ein weiches Tuch bringt den Glanz zurück."}},
	"it":    {claims: []string{"Mantiene la sua lucentezza per anni.", "Non si scolorisce.", "Non perde mai la sua lucentezza."}, advice: []string{"Un panno morbido gli restituisce la lucentezza."}},
	"es":    {claims: []string{"Sin perder el color.", "Mantiene su brillo durante años.", "Nunca pierde su brillo."}, advice: []string{"Un paño suave le devuelve el brillo."}},
	"pt":    {claims: []string{"Não perde a cor.", "Mantém o brilho por anos.", "Sem descoloração."}, advice: []string{"Um pano macio devolve-lhe o brilho."}},
	"nl":    {claims: []string{"Verliest zijn glans niet.", "Behoudt jarenlang zijn glans.", "Geen verkleuring."}, advice: []string{"Een zachte doek geeft hem zijn glans terug."}},
	"sv":    {claims: []string{"Tappar aldrig sin lyster.", "Behåller sin glans i många år.", "Ingen missfärgning."}, advice: []string{"En mjuk trasa ger den tillbaka sin glans."}},
	"da":    {claims: []string{"Mister ikke sin glans.", "Bevarer sin glans i mange år.", "Ingen misfarvning."}, advice: []string{"En blød klud giver den glansen tilbage."}},
	"nb":    {claims: []string{"Mister ikke glansen.", "Beholder glansen i mange år.", "Ingen misfarging."}, advice: []string{"En myk klut gir den glansen tilbake."}},
	"fi":    {claims: []string{"Ei värjäydy.", "Säilyttää kiiltonsa vuosia.", "Ei menetä kiiltoaan."}, advice: []string{"Pehmeä liina palauttaa sen kiillon."}},
	"pl":    {claims: []string{"Bez przebarwień przez lata.", "Nie traci połysku.", "Zachowuje blask przez lata.", "Nie matowieje."}, advice: []string{"Miękka ściereczka przywraca mu blask."}},
	"cs":    {claims: []string{"Bez změny barvy.", "Neztrácí lesk.", "Nemění barvu."}, advice: []string{"Měkký hadřík mu vrátí lesk."}},
	"tr":    {claims: []string{"Renk değiştirmez.", "Yıllarca parlaklığını korur.", "Kararmaz."}, advice: []string{"Yumuşak bir bez parlaklığını geri getirir."}},
	"el":    {claims: []string{"Δεν αποχρωματίζεται.", "Διατηρεί τη λάμψη του για χρόνια.", "Δεν χάνει ποτέ τη λάμψη του."}, advice: []string{"Ένα μαλακό πανί του επαναφέρει τη λάμψη."}},
	"ar":    {claims: []string{"دون تغير في اللون.", "يحافظ على بريقه لسنوات.", "لا يفقد بريقه أبدًا."}, advice: []string{"قطعة قماش ناعمة تعيد إليه بريقه."}},
	"ja":    {claims: []string{"くすみません。", "変色の心配がありません。", "変色しません。"}, advice: []string{"柔らかい布で拭くと輝きが戻ります。"}},
	"ko":    {claims: []string{"빛바래지 않습니다.", "변색이 없습니다.", "변색 걱정 없는 팔찌입니다."}, advice: []string{"부드러운 천으로 닦으면 광택이 돌아옵니다."}},
	"zh-CN": {claims: []string{"永不变色。", "多年保持光泽。", "不会褪色。"}, advice: []string{"用软布擦拭即可恢复光泽。"}},
	"zh-TW": {claims: []string{"永不變色。", "多年保持光澤。", "不會褪色。"}, advice: []string{"用軟布擦拭即可恢復光澤。"}},
}

// TestKindsTarnish10 in every supported locale.
func TestKindsTarnish10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var claims, advice []lt
	perLocale(t, cg10TarnishTexts, "cg10 tarnish", func(loc string, x cg10TarnishLang, in func([]string) []lt) {
		claims = append(claims, in(x.claims)...)
		advice = append(advice, in(x.advice)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"tarnish claim in other words", plainCuff, CatClaim, claims},
		{"tarnish claim licensed", withTarnishProof(steelBand), "", claims},
		{"care advice", plainCuff, "", advice},
	})
}
