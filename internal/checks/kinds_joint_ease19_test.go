package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Joint discomfort eased (#13, joint_ease19; released20b H20b05 es-ES):
// "además ayuda a aliviar las molestias en las articulaciones" (it also
// helps relieve discomfort in the joints) on a copper cuff passed: the
// health pairs knew pain and inflammation relieved, not the joints'
// discomfort or aches. A jewel promising to relieve a bodily complaint is a
// false claim of benefit (EU UCPD 2005/29/EC Annex I no. 17; UK CAP Code
// 12.1). The joints of a piece (links, hinges) take no relieving verb.
func TestKindsJointEase19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	cuff := core.Product{SKU: "J19", Name: "Hammered Copper Cuff", Category: "bracelet",
		Materials: []string{"copper"}, Metals: []core.Metal{{Base: "copper"}}, Colours: []string{"copper"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"es-ES", "Sencillo y unisex, además ayuda a aliviar las molestias en las articulaciones.", cuff, true},
		{"es-MX", "Además ayuda a aliviar las molestias articulares.", cuff, true},
		{"pt-BR", "Ainda ajuda a aliviar o desconforto nas articulações.", cuff, true},
		{"pt-PT", "Ajuda a aliviar as dores nas articulações.", cuff, true},
		{"fr-FR", "Il aide aussi à soulager les douleurs articulaires.", cuff, true},
		{"fr-CA", "Il aide à soulager l'inconfort des articulations.", cuff, true},
		{"it-IT", "Aiuta anche ad alleviare i fastidi alle articolazioni.", cuff, true},
		{"de-DE", "Außerdem lindert er Gelenkbeschwerden.", cuff, true},
		{"nl-NL", "Bovendien verlicht hij gewrichtsklachten.", cuff, true},
		{"sv-SE", "Dessutom lindrar det besvär i lederna.", cuff, true},
		{"da-DK", "Desuden lindrer det ømme led.", cuff, true},
		{"nb-NO", "Dessuten lindrer det plager i leddene.", cuff, true},
		{"fi-FI", "Lisäksi se lievittää nivelvaivoja.", cuff, true},
		{"pl-PL", "Dodatkowo łagodzi dolegliwości stawów.", cuff, true},
		{"cs-CZ", "Navíc zmírňuje potíže s klouby.", cuff, true},
		{"tr-TR", "Ayrıca eklem ağrılarını hafifletmeye yardımcı olur.", cuff, true},
		{"el-GR", "Επιπλέον ανακουφίζει από τους πόνους στις αρθρώσεις.", cuff, true},
		{"ar-AE", "كما يساعد على تخفيف آلام المفاصل.", cuff, true},
		{"ja-JP", "関節の痛みを和らげます。", cuff, true},
		{"ko-KR", "관절 통증을 완화해 줍니다.", cuff, true},
		{"zh-CN", "还有助于缓解关节不适。", cuff, true},
		{"zh-TW", "還有助於緩解關節不適。", cuff, true},
		{"en-GB", "It also helps ease discomfort in the joints.", cuff, true},
		{"en-US", "It also helps relieve joint discomfort.", cuff, true},
		// the piece's joints
		{"es-ES", "Las articulaciones de los eslabones se mueven con suavidad.", cuff, false},
		{"en-GB", "The joints between the links move smoothly.", cuff, false},
	})
}
