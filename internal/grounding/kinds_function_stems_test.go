package grounding

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Function words of the languages matched through a stemmer are never
// facts (issue #13, a false block of the sixth blind set's released half:
// Polish "między", "between", stripped to "miedz" as "miedzi", copper).
// Each word alone is checked against a product with one brass metal and
// no stones or colours: any material, stone or colour finding is a
// collision of the stemmer with the vocabulary, to be listed as an ignore
// form of the language's vocabulary.
var functionWords = map[string]string{
	"pl-PL": "między przed przez przy pod nad obok około wśród według wobec mimo podczas dzięki zamiast wokół oraz albo lecz jednak także również bardzo zawsze często każdy który która które ten tamten jego jej ich naszej swoim tylko jeszcze już teraz gdzie kiedy dlaczego miedzy",
	"cs-CZ": "mezi před přes při pod nad vedle kolem okolo během díky místo podle proti kromě také jenže však velmi vždy často každý který která které tento jeho její jejich náš svůj jen ještě už teď kde kdy proč",
	"el-GR": "μεταξύ πριν μετά κάτω πάνω δίπλα γύρω κατά χάρη αντί εκτός επίσης όμως πολύ πάντα συχνά κάθε οποίος οποία αυτός αυτή αυτό του της τους μας μόνο ακόμα ήδη τώρα πού όταν γιατί",
	"fi-FI": "välillä ennen jälkeen alla yllä vieressä ympärillä aikana ansiosta sijaan mukaan vastaan lisäksi myös mutta kuitenkin hyvin aina usein jokainen joka jonka tämä tuo hänen heidän meidän oma vain vielä jo nyt missä milloin miksi",
}

func TestKindsFunctionWordStems(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "F1", Name: "Bar", Category: "bracelet", Metals: []core.Metal{{Base: "brass"}}}
	for loc, words := range functionWords {
		for _, w := range strings.Fields(words) {
			for _, f := range CheckWith(p.Resolved(), loc, w, Options{}) {
				switch f.Rule {
				case RuleMaterial, RuleStone, RuleColour:
					t.Errorf("%s %q: %s %s", loc, w, f.Rule, f.Message)
				}
			}
		}
	}
}
