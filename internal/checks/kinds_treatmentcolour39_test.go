package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// treatmentColour39Ring is a stabilised turquoise ring in oxidised sterling
// silver (released 39 tr-TR 39B104).
func treatmentColour39Ring() core.Product {
	return core.Product{SKU: "TC39", Name: "Firuze Yüzük Anadolu", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver", "turquoise"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: "natural", Treatment: "stabilised"}},
		Colours: []string{"blue", "silver"}, Features: []string{"oxidised finish"}}
}

// TestKindsTreatmentColour39 (#13, treatmentcolour39; released 39 tr-TR
// 39B104-1/-2): the colour of a stabilised stone's resin ("renksiz bir
// reçine", a colourless resin) blocked as the piece's colour in Turkish
// alone: the indefinite "bir" stands between the adjective and its noun,
// and the colour was read as no treatment material's (treatment_materials:
// a stabilised turquoise is impregnated with resin, GIA). "bir" is the
// tr pack's head link now, as の, 的 and 의 are. Twins in the other
// locales passed before; ja "無色の樹脂" still blocks (left: "無色樹脂"
// passes, the head link の does not reach it). The piece called colourless
// still blocks.
func TestKindsTreatmentColour39(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := treatmentColour39Ring()
	checkKindRows(t, svc, "grounding", []kindRow{
		{"tr-TR", "Doğası gereği gözeneklidir, bu yüzden bu taş stabilize edilmiştir: basınç altında renksiz bir reçine emdirilerek sertleştirilmiş ve rengi sabitlenmiştir.", p, false},
		{"en-GB", "Turquoise is porous by nature, so this stone is stabilised: a colourless resin is pressed into it to harden it and fix its colour.", p, false},
		{"de-DE", "Türkis ist von Natur aus porös, deshalb ist dieser Stein stabilisiert: ein farbloses Harz wird unter Druck eingebracht, das ihn härtet.", p, false},
		{"fr-FR", "La turquoise est poreuse ; cette pierre est donc stabilisée : une résine incolore y est injectée sous pression pour la durcir.", p, false},
		{"es-ES", "La turquesa es porosa, por eso esta piedra está estabilizada: se le inyecta a presión una resina incolora que la endurece.", p, false},
		{"it-IT", "Il turchese è poroso, perciò questa pietra è stabilizzata: una resina incolore viene fatta penetrare sotto pressione.", p, false},
		{"pt-BR", "A turquesa é porosa, por isso esta pedra é estabilizada: uma resina incolor é injetada sob pressão para endurecê-la.", p, false},
		{"nl-NL", "Turkoois is van nature poreus, daarom is deze steen gestabiliseerd: er wordt onder druk een kleurloze hars in gebracht.", p, false},
		{"sv-SE", "Turkos är poröst, därför är stenen stabiliserad: ett färglöst harts pressas in för att härda den.", p, false},
		{"da-DK", "Turkis er porøs, derfor er stenen stabiliseret: en farveløs harpiks presses ind for at hærde den.", p, false},
		{"nb-NO", "Turkis er porøs, derfor er steinen stabilisert: en fargeløs harpiks presses inn for å herde den.", p, false},
		{"fi-FI", "Turkoosi on huokoinen, joten kivi on stabiloitu: siihen imeytetään paineella väritöntä hartsia.", p, false},
		{"pl-PL", "Turkus jest porowaty, dlatego ten kamień jest stabilizowany: pod ciśnieniem wprowadza się bezbarwną żywicę.", p, false},
		{"cs-CZ", "Tyrkys je porézní, proto je tento kámen stabilizovaný: pod tlakem se do něj vpravuje bezbarvá pryskyřice.", p, false},
		{"el-GR", "Το τιρκουάζ είναι πορώδες, γι' αυτό η πέτρα είναι σταθεροποιημένη: εμποτίζεται υπό πίεση με άχρωμη ρητίνη.", p, false},
		{"ar-AE", "الفيروز مسامي بطبيعته، لذلك ثُبّت هذا الحجر: يُحقن تحت الضغط براتنج عديم اللون يقسّيه.", p, false},
		{"ko-KR", "터키석은 다공질이어서 이 스톤은 안정화 처리되었습니다. 무색 수지를 압력으로 스며들게 해 단단하게 했습니다.", p, false},
		{"zh-CN", "绿松石天生多孔，因此这颗宝石经过稳定化处理：在压力下注入无色树脂使其坚固。", p, false},
		{"zh-TW", "綠松石天生多孔，因此這顆寶石經過穩定化處理：在壓力下注入無色樹脂使其堅固。", p, false},
		{"tr-TR", "Firuze Yüzük Anadolu renksiz bir taş taşır.", p, true},
		{"en-GB", "The ring holds a colourless stone.", p, true},
		{"de-DE", "Der Ring trägt einen farblosen Stein.", p, true},
	})
}
