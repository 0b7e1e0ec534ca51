package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// False blocks of the released half of the fifteenth blind set (#13,
// rel15a), fixed by kind:
//   - noseRing15: a nose ring, nose stud, nose hoop or septum ring is its
//     own type in every vocabulary (ar حلق الأنف, fr anneau de nez, de
//     Nasenring, ja ノーズリング, zh 鼻环 ...), so its head word (ring, earring,
//     حلق) is compared as no other category; earrings said of it block.
//   - oxidised15: an oxidised design's contrast ("darkens the recesses while
//     the raised surfaces stay bright") is no tarnish promise:
//     the raised parts staying bright are an idiom (concepts-oxidised15.yaml); "stays
//     bright for years", "never tarnishes" still block.
//   - ringOf15: "the ring of lights around the reservoir" is a circle, no
//     piece (circle_sense.go: a ring word, a head link and a plural that is
//     no fact; de Lichterring, fr anneau de lumière as idioms); "a ring of
//     14k gold", "this ring" on a necklace still block.
//   - clothing: the dress of the Gulf (abaya, thobe, kaftan, shayla, hijab,
//     jalabiya, kandura) and embroidery threads are clothing, whose colour
//     is not the piece's.
func TestKindsRel15a(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	nose := core.Product{SKU: "H15N", Name: "Petite Nose Hoop", Category: "nose ring", Collection: "Essence",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Colours: []string{"gold"}, Features: []string{"nickel-free", "solid gold", "seamless hoop"}}
	cuff := core.Product{SKU: "H15C", Name: "Engraved Cuff", Category: "bangle", Collection: "Heritage",
		Materials: []string{"oxidised sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Colours: []string{"silver"}, Features: []string{"oxidised finish", "engraved pattern"}}
	necklace := core.Product{SKU: "H15L", Name: "Reservoir Necklace", Category: "necklace", Collection: "City",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Colours: []string{"silver"}}
	for _, r := range []struct {
		locale, text string
		p            core.Product
		block        bool
	}{
		// noseRing15
		{"ar-AE", "حلق الأنف Petite Nose Hoop من الذهب الأصفر عيار 14 قيراط، بقطر 8 ملم.", nose, false},
		{"ar-AE", "حلقة الأنف هذه من الذهب الأصفر عيار 14 قيراط.", nose, false},
		{"fr-FR", "Cet anneau de nez en or jaune 14 carats se porte au quotidien.", nose, false},
		{"es-ES", "Este aro de nariz de oro amarillo de 14 quilates es perfecto a diario.", nose, false},
		{"pt-BR", "Esta argola de nariz em ouro amarelo 14k é discreta.", nose, false},
		{"it-IT", "Questo anello al naso in oro giallo 14 carati è discreto.", nose, false},
		{"tr-TR", "Bu burun halkası 14 ayar sarı altından.", nose, false},
		{"el-GR", "Αυτό το σκουλαρίκι μύτης είναι από κίτρινο χρυσό 14 καρατίων.", nose, false},
		{"en-US", "This nose stud in 14k yellow gold is made for everyday wear.", nose, false},
		{"ja-JP", "この鼻ピアスは14金イエローゴールドです。", nose, false},
		{"en-US", "This tiny stud in 14k yellow gold sits close to the nostril.", nose, false},
		{"zh-CN", "这款鼻环采用14K黄金制成。", nose, false},
		{"ko-KR", "이 코걸이는 14K 옐로 골드로 만들었습니다.", nose, false},
		// earrings said of a nose ring still block
		{"ar-AE", "هذه الأقراط من الذهب الأصفر عيار 14 قيراط.", nose, true},
		{"pl-PL", "Te kolczyki są z żółtego złota 14 karatów.", nose, true},
		{"en-US", "These earrings are made of 14k yellow gold.", nose, true},
		{"fr-FR", "Ces boucles d'oreilles sont en or jaune 14 carats.", nose, true},
		// oxidised15
		{"ar-AE", "تُعتِّم المعالجة المؤكسدة تجاويف النقوش بينما تبقى الأسطح البارزة لامعة.", cuff, false},
		{"en-US", "The oxidised finish darkens the recesses while the raised surfaces stay bright.", cuff, false},
		{"de-DE", "Die Oxidation dunkelt die Vertiefungen ab, während die erhabenen Flächen glänzend bleiben.", cuff, false},
		{"fr-FR", "La finition oxydée assombrit les creux tandis que les reliefs restent brillants.", cuff, false},
		{"es-ES", "El acabado oxidado oscurece los huecos mientras los relieves siguen brillantes.", cuff, false},
		{"it-IT", "La finitura ossidata scurisce gli incavi mentre i rilievi restano brillanti.", cuff, false},
		// a tarnish promise still blocks
		{"ar-AE", "تبقى الأسطح لامعة لسنوات ولا تسود أبداً.", cuff, true},
		{"en-US", "The silver stays bright for years and never tarnishes.", cuff, true},
		{"de-DE", "Das Silber läuft nie an.", cuff, true},
		// the contrast is an idiom of its own words: a promise in the same
		// sentence as the recesses still blocks (oxid16)
		{"en-GB", "The oxidised recesses set off the engraving, and the silver never tarnishes.", cuff, true},
		{"en-GB", "The recesses are oxidised and this cuff stays shiny for years without polishing.", cuff, true},
		{"en-GB", "The recesses are oxidised while the raised surfaces stay bright for years.", cuff, true},
		{"fr-FR", "Les creux sont oxydés et le bracelet ne ternit jamais.", cuff, true},
		{"es-ES", "Los huecos están oxidados y la pulsera nunca se oscurece.", cuff, true},
		{"ar-AE", "تُعتِّم المعالجة المؤكسدة تجاويف النقوش ولا تسود الفضة أبداً.", cuff, true},
		{"de-DE", "Die Vertiefungen sind oxidiert, und das Silber wird niemals anlaufen.", cuff, true},
		// ringOf15
		{"en-US", "The idea came from the ring of lights around the Silver Lake Reservoir.", necklace, false},
		{"en-GB", "Inspired by the ring of trees around the old park.", necklace, false},
		{"en-US", "It recalls a ring of fire over the water.", necklace, false},
		{"de-DE", "Die Idee stammt vom Lichterring um den See.", necklace, false},
		{"fr-FR", "L'idée vient de l'anneau de lumières autour du lac.", necklace, false},
		// a ring of metal, this ring still block
		{"en-US", "This ring of sterling silver catches the light.", necklace, true},
		{"en-US", "This ring is made of sterling silver.", necklace, true},
		{"fr-FR", "Cette bague en argent massif brille.", necklace, true},
		// clothing and embroidery threads
		{"ar-AE", "تبدو رائعة مع عباءة سوداء مطرزة بخيوط فضية.", nose, false},
		{"ar-AE", "تبدو رائعة مع قفطان أبيض وشيلة فضية.", nose, false},
		{"en-US", "Looks lovely with a black abaya embroidered with silver threads.", nose, false},
		{"fr-FR", "Superbe avec une robe noire et une broderie argentée.", nose, false},
		// the piece called silver still blocks
		{"ar-AE", "حلق الأنف هذا بلون فضي لامع.", nose, true},
		{"en-US", "This silver nose ring is made for everyday wear.", nose, true},
	} {
		blocked, fs := blockedIn(t, svc, "", r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}
