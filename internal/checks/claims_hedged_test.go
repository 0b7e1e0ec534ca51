package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// hedgedHealthTexts are one language's health or metaphysical claims made
// with a hedge (conditional, modal, "is said/thought/believed to"), in the
// order such clauses take (the verb last in Dutch and German modal and
// subordinate clauses, participles in Finnish, object first in Turkish),
// and a sentence that only uses the claim's noun (pass).
type hedgedHealthTexts struct{ claims, harmless []string }

var hedgedHealthByLang = map[string]hedgedHealthTexts{
	"en":    {[]string{"Moonstone is thought to calm the mind.", "It may help lower stress levels.", "Wear its protective energy every day."}, []string{"No stress about sizing: it fits every wrist."}},
	"fr":    {[]string{"La pierre de lune aiderait à réduire le stress.", "On lui prête le pouvoir d'apaiser les émotions.", "Elle serait porteuse d'une énergie protectrice."}, []string{"Pas de stress pour la taille : il s'adapte à chaque poignet."}},
	"de":    {[]string{"Der Mondstein soll Stress lindern.", "Er könnte helfen, die Nerven zu beruhigen.", "Ein Anhänger, der Glück bringen soll."}, []string{"Kein Stress mit der Größe: Er passt an jedes Handgelenk."}},
	"it":    {[]string{"La pietra di luna ridurrebbe lo stress.", "Si crede che protegga chi la indossa.", "Un ciondolo dall'energia protettiva."}, []string{"Niente stress per la misura: si adatta a ogni polso."}},
	"es":    {[]string{"La piedra luna reduciría el estrés.", "Se cree que protege a quien la lleva.", "Un colgante con energía protectora."}, []string{"Sin estrés con la talla: se adapta a cada muñeca."}},
	"pt":    {[]string{"A pedra da lua diminuiria o estresse.", "Acredita-se que protege quem a usa.", "Um pingente com energia protetora."}, []string{"Sem estresse com o tamanho: ajusta-se a qualquer pulso."}},
	"nl":    {[]string{"De maansteen zou stress verminderen.", "Hij kan je helpen de geest te kalmeren.", "Een hanger die geluk zou brengen."}, []string{"Geen stress over de maat: hij past om elke pols."}},
	"sv":    {[]string{"Månstenen sägs lindra stress.", "Den skulle kunna minska stress.", "Ett hänge med skyddande energi."}, []string{"Ingen stress med storleken: det passar varje handled."}},
	"da":    {[]string{"Månestenen siges at dæmpe stress.", "Den kan måske mindske stress.", "Et vedhæng med beskyttende energi."}, []string{"Ingen stress med størrelsen: det passer til ethvert håndled."}},
	"nb":    {[]string{"Månesteinen sies å dempe stress.", "Den skal visstnok lindre angst.", "Et anheng med beskyttende energi."}, []string{"Ikke noe stress med størrelsen: det passer til alle håndledd."}},
	"fi":    {[]string{"Kuukiven sanotaan lievittävän stressiä.", "Stressiä lievittävä riipus.", "Sen uskotaan suojaavan kantajaansa."}, []string{"Ei stressiä koosta: se sopii jokaiseen ranteeseen."}},
	"pl":    {[]string{"Kamień księżycowy podobno łagodzi stres.", "Może pomóc zmniejszyć stres.", "Wisiorek o ochronnej energii."}, []string{"Bez stresu z rozmiarem: pasuje na każdy nadgarstek."}},
	"cs":    {[]string{"Měsíční kámen by měl snižovat stres.", "Údajně chrání toho, kdo ho nosí.", "Přívěsek s ochrannou energií."}, []string{"Žádný stres s velikostí: padne na každé zápěstí."}},
	"tr":    {[]string{"Ay taşının stresi azaltabileceği söylenir.", "Şans getireceğine inanılır.", "Koruyucu enerjisiyle bir kolye."}, []string{"Beden konusunda stres yok: her bileğe uyar."}},
	"el":    {[]string{"Η πέτρα του φεγγαριού θα μπορούσε να μειώσει το στρες.", "Πιστεύεται ότι προστατεύει όποιον το φορά.", "Ένα μενταγιόν με προστατευτική ενέργεια."}, []string{"Ένα δώρο για καλή αρχή."}},
	"ar":    {[]string{"يقال إنه قد يساعد على تخفيف التوتر.", "يعتقد أنه يهدئ المشاعر.", "قلادة ذات طاقة واقية."}, []string{"يناسب كل معصم بسهولة."}},
	"ja":    {[]string{"ストレスを和らげると言われています。", "心を安定させるといわれています。", "守護のエネルギーを宿したペンダントです。"}, []string{"サイズ調整ができるので、ストレスなく着けられます。"}},
	"ko":    {[]string{"스트레스를 완화해 준다고 알려져 있습니다.", "마음을 안정시켜 준다고 합니다.", "보호 에너지를 담은 펜던트입니다."}, []string{"길이 조절이 가능해 스트레스 없이 착용할 수 있습니다."}},
	"zh":    {[]string{"据说能减轻压力。", "据说可以安定情绪。", "蕴含守护能量的吊坠。"}, []string{"长度可调，佩戴毫无压力。"}},
	"zh-TW": {[]string{"據說能減輕壓力。", "據說可以安定情緒。", "蘊含守護能量的墜飾。"}, []string{"長度可調，佩戴毫無壓力。"}},
}

// TestHedgedHealthClaimsBlock: a health or metaphysical claim blocks in
// every locale however it is hedged (a conditional, a modal, "is said to",
// a participle) and whichever order the clause puts its verb in; the
// claim's noun alone ("no stress about sizing") passes.
func TestHedgedHealthClaimsBlock(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, hedgedHealthByLang, "hedged health", func(loc string, tx hedgedHealthTexts, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"hedged health claim " + loc, plainCuff, CatClaim, in(tx.claims)},
			kindTable{"claim noun, no claim " + loc, plainCuff, "", in(tx.harmless)})
	})
	runKinds(t, c, guide(t), tables)
}
