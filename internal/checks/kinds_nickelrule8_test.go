package checks

import (
	"bufio"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// nickelRule8 are regulatory statements, one or two a locale, that name
// nickel as the subject of a rule, a limit or a release test (#13, f2):
// "Conforme à la réglementation sur le nickel" on fr-CA, "EU nickel
// regulations", "Nickelabgabe", ニッケル規制. They state compliance, not a
// nickel material, and blocked as grounding.material on rhodium-plated
// brass. One line a text: locale, a tab, the text.
const nickelRule8 = `en-GB	Made in line with EU nickel regulations.
en-US	It meets the EU limits on nickel release.
en-AU	Tested for nickel release to EN 1811.
fr-CA	Conforme à la réglementation sur le nickel.
fr-FR	Testée selon la norme EN 1811 sur la libération de nickel.
de-DE	Erfüllt die EU-Grenzwerte für die Nickelabgabe.
de-DE	Entspricht den EU-Vorschriften zu Nickel.
it-IT	Conforme alla normativa europea sul nichel.
es-ES	Cumple la normativa europea sobre el níquel.
es-MX	Cumple con los límites de liberación de níquel de la UE.
pt-BR	Atende às normas europeias sobre níquel.
pt-PT	Cumpre a regulamentação europeia relativa ao níquel.
nl-NL	Voldoet aan de EU-regels voor nikkel.
da-DK	Overholder EU's regler for nikkel.
nb-NO	Oppfyller EUs krav til nikkel.
sv-SE	Uppfyller EU:s regler för nickel.
fi-FI	Täyttää EU:n nikkelimääräykset.
pl-PL	Spełnia unijne normy dotyczące niklu.
cs-CZ	Splňuje evropské předpisy týkající se niklu.
tr-TR	AB nikel yönetmeliğine uygundur.
el-GR	Συμμορφώνεται με τον κανονισμό της ΕΕ για το νικέλιο.
ar-AE	يتوافق مع لوائح الاتحاد الأوروبي الخاصة بالنيكل.
ja-JP	EUのニッケル規制に適合しています。
ko-KR	EU 니켈 규정을 준수합니다.
zh-CN	符合欧盟镍释放标准。
zh-TW	符合歐盟鎳釋放標準。`

// nickelMaterial8 name nickel as the piece's material, with no rule: they
// still block.
var nickelMaterial8 = []lt{
	{"en-GB", "The hoops are made of nickel."}, {"fr-CA", "Les anneaux sont en nickel."},
	{"de-DE", "Die Creolen sind aus Nickel."}, {"it-IT", "I cerchi sono in nichel."},
	{"ko-KR", "후프는 니켈로 만들었습니다."}, {"zh-CN", "耳圈由镍制成。"},
}

// TestKindsNickelUnderRule (#13, f2): nickel as the subject of a
// regulation, limit or release test (pack vocab rule_words) is no material
// claim in any supported locale; nickel as the material still blocks.
func TestKindsNickelUnderRule(t *testing.T) {
	t.Parallel()
	var rule []lt
	seen := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(nickelRule8))
	for sc.Scan() {
		loc, text, _ := strings.Cut(sc.Text(), "\t")
		rule = append(rule, lt{loc, text})
		seen[loc] = true
	}
	for _, loc := range packLocales(t) {
		if !seen[loc] {
			t.Errorf("%s: no nickel rule text", loc)
		}
	}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"nickel under a rule", nickelFreeRhodium, "", rule},
		{"nickel as the material", nickelFreeRhodium, CatGrounding, nickelMaterial8},
	})
}
