package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsMaterialModal29: the colours a material can take in general,
// said with a modal of possibility or a condition, are not the product's
// colours (#13, modal29; released 29b 29B110, anodised niobium hoops whose
// colour is blue: "Depending on the layer's thickness, niobium can also
// take golden, purple or green tones" blocked grounding.colour in pt-BR,
// da-DK, tr-TR and ar-AE). grounding/material_modal.go: a word of
// material_modal_words in the sentence, the product's own material or
// stone in the colour's clause, and no word of the piece. Each pass row
// has a blocking twin: the same modal said of THIS piece ("these hoops
// can also take gold tones" promises what the buyer gets) or the piece
// stated in the wrong colour.
func TestKindsMaterialModal29(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	niob := core.Product{SKU: "M29N", Name: "Niobium Hoops", Category: "earrings", Collection: "Essence",
		Materials: []string{"niobium"}, Metals: []core.Metal{{Base: "niobium"}}, Colours: []string{"blue"}, Features: []string{"anodised"}}
	sapphire := core.Product{SKU: "M29S", Name: "Blue Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver", "sapphire"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	pass := []kindRow{
		// failing before
		{"en-US", "Depending on the thickness of the layer, niobium can also turn gold, purple or green.", niob, false},
		{"de-DE", "Je nach Schichtdicke kann Niob auch gold, violett oder grün werden.", niob, false},
		{"es-ES", "Según el grosor de la capa, el niobio también puede adquirir tonos dorados, morados o verdes.", niob, false},
		{"es-MX", "Dependiendo del grosor de la capa, el niobio también puede tomar tonos dorados, morados o verdes.", niob, false},
		{"it-IT", "A seconda dello spessore dello strato, il niobio può assumere anche toni dorati, viola o verdi.", niob, false},
		{"pt-PT", "Consoante a espessura da camada, o nióbio pode também ganhar tons dourados, roxos ou verdes.", niob, false},
		{"pt-BR", "Conforme a espessura da camada, o nióbio também pode ganhar tons dourados, roxos ou verdes.", niob, false},
		{"nl-NL", "Afhankelijk van de dikte van de laag kan niobium ook gouden, paarse of groene tinten krijgen.", niob, false},
		{"sv-SE", "Beroende på skiktets tjocklek kan niob också få gyllene, lila eller gröna toner.", niob, false},
		{"da-DK", "Afhængigt af lagets tykkelse kan niobium også få gyldne, violette eller grønne toner.", niob, false},
		{"nb-NO", "Avhengig av lagets tykkelse kan niob også få gylne, fiolette eller grønne toner.", niob, false},
		{"pl-PL", "W zależności od grubości warstwy niob może też przybrać złote, fioletowe lub zielone odcienie.", niob, false},
		{"cs-CZ", "V závislosti na tloušťce vrstvy může niob získat také zlaté, fialové nebo zelené tóny.", niob, false},
		{"tr-TR", "Tabakanın kalınlığına göre niobyum altın sarısı, mor ya da yeşil tonlar da alabilir.", niob, false},
		{"el-GR", "Ανάλογα με το πάχος του στρώματος, το νιόβιο μπορεί να πάρει και χρυσές, μωβ ή πράσινες αποχρώσεις.", niob, false},
		{"ar-AE", "وبحسب سماكة الطبقة، قد يكتسب النيوبيوم أيضًا درجات ذهبية أو بنفسجية أو خضراء.", niob, false},
		{"ja-JP", "酸化膜の厚さによって、ニオブは金色や紫色、緑色になることもあります。", niob, false},
		{"ko-KR", "산화막 두께에 따라 니오븀은 금색, 보라색, 초록색을 띨 수도 있습니다.", niob, false},
		{"fr-CA", "Selon l'épaisseur de la couche, le niobium peut aussi devenir doré, violet ou vert.", niob, false},
		// passing before, kept
		{"en-GB", "Sapphire can also be pink, yellow or golden, depending on its trace elements.", sapphire, false},
		{"en-GB", "Depending on the layer's thickness, niobium can also take golden, purple or green tones.", niob, false},
		{"en-AU", "Niobium may also appear golden or purple, depending on the layer.", niob, false},
		{"fr-FR", "Selon l'épaisseur de la couche, le niobium peut aussi prendre des reflets dorés, violets ou verts.", niob, false},
		{"fi-FI", "Kerroksen paksuudesta riippuen niobium voi saada myös kullanruskeita, violetteja tai vihreitä sävyjä.", niob, false},
		{"zh-CN", "随着氧化膜厚度不同，铌还可呈现金色、紫色或绿色。", niob, false},
		{"zh-TW", "隨著氧化膜厚度不同，鈮還可呈現金色、紫色或綠色。", niob, false},
	}
	block := []kindRow{
		{"en-US", "Depending on the thickness of the layer, these hoops can also turn gold, purple or green.", niob, true},
		{"en-GB", "These hoops are gold, purple or green.", niob, true},
		{"en-AU", "These hoops may also appear gold or purple, depending on the layer.", niob, true},
		{"de-DE", "Je nach Schichtdicke können diese Creolen auch gold, violett oder grün sein.", niob, true},
		{"fr-FR", "Selon l'épaisseur de la couche, ces créoles peuvent aussi prendre des teintes dorées, violettes ou vertes.", niob, true},
		{"fr-CA", "Selon l'épaisseur de la couche, ces créoles peuvent aussi devenir dorées, violettes ou vertes.", niob, true},
		{"es-ES", "Según el grosor de la capa, estos aros también pueden adquirir tonos dorados, morados o verdes.", niob, true},
		{"es-MX", "Dependiendo del grosor de la capa, estos aros también pueden tomar tonos dorados, morados o verdes.", niob, true},
		{"it-IT", "A seconda dello spessore dello strato, questi orecchini possono assumere anche toni dorati, viola o verdi.", niob, true},
		{"pt-PT", "Consoante a espessura da camada, estas argolas podem também ganhar tons dourados, roxos ou verdes.", niob, true},
		{"pt-BR", "Conforme a espessura da camada, estas argolas também podem ganhar tons dourados, roxos ou verdes.", niob, true},
		{"nl-NL", "Afhankelijk van de dikte van de laag kunnen deze oorringen ook gouden, paarse of groene tinten krijgen.", niob, true},
		{"sv-SE", "Beroende på skiktets tjocklek kan dessa örhängen också få gyllene, lila eller gröna toner.", niob, true},
		{"da-DK", "Afhængigt af lagets tykkelse kan disse creoler også få gyldne, violette eller grønne toner.", niob, true},
		{"nb-NO", "Avhengig av lagets tykkelse kan disse øreringene også få gylne, fiolette eller grønne toner.", niob, true},
		{"fi-FI", "Nämä korvarenkaat voivat olla kullanvärisiä.", niob, true},
		{"pl-PL", "W zależności od grubości warstwy te kolczyki mogą przybrać złote, fioletowe lub zielone odcienie.", niob, true},
		{"cs-CZ", "V závislosti na tloušťce vrstvy mohou tyto náušnice získat také zlaté, fialové nebo zelené tóny.", niob, true},
		{"tr-TR", "Tabakanın kalınlığına göre bu küpeler altın sarısı, mor ya da yeşil tonlar da alabilir.", niob, true},
		{"el-GR", "Ανάλογα με το πάχος του στρώματος, αυτά τα σκουλαρίκια μπορεί να πάρουν και χρυσές, μωβ ή πράσινες αποχρώσεις.", niob, true},
		{"ar-AE", "وبحسب سماكة الطبقة، قد تكتسب هذه الأقراط أيضًا درجات ذهبية أو بنفسجية أو خضراء.", niob, true},
		{"ja-JP", "酸化膜の厚さによって、このピアスは金色や紫色、緑色になることもあります。", niob, true},
		{"ko-KR", "산화막 두께에 따라 이 귀걸이는 금색, 보라색, 초록색을 띨 수도 있습니다.", niob, true},
		{"zh-CN", "这对耳环是金色、紫色或绿色的。", niob, true},
		{"zh-TW", "這對耳環是金色、紫色或綠色的。", niob, true},
		{"en-GB", "The sapphire of this ring can be golden or gold.", sapphire, true},
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, "grounding", block)
}
