package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsPlatingLayer29: gold named as the material of a layer, coat or
// coating on a plated piece is the plating stated truthfully (#13,
// layer29; released 29a 29A104 de-DE, "Das Messing trägt eine Auflage aus
// 18 Karat Gold von einem Mikrometer" blocked regulatory.plating). The
// layer nouns the languages lacked (Auflage, coat of, película, toplaag,
// warstwę, vrstvu, tabaka, 금층), a compound of the metal and a layer word
// (guldlag, gullag, guldskikt, kultakerros) and a thickness between the
// layer and its metal ("una capa de un micrón de oro") now say it is
// plated, in checks' plating words and grounding's tone_words. Blocking
// twins: the same piece called solid gold, or the gold named as the
// piece's material.
func TestKindsPlatingLayer29(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	gp := core.Product{SKU: "L29", Name: "Bracelet Linea", Category: "bracelet", Collection: "Essence",
		Materials: []string{"gold-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}},
		Colours: []string{"gold"}}
	pass := []kindRow{
		// failing before
		{"de-DE", "Das Messing trägt eine Auflage aus 18 Karat Gold von einem Mikrometer.", gp, false},
		{"de-DE", "Das Messing ist mit einer Auflage aus Gold versehen.", gp, false},
		{"en-AU", "The brass has a coat of 18ct gold, one micron thick.", gp, false},
		{"es-MX", "El latón lleva una capa de un micrón de oro de 18 quilates.", gp, false},
		{"pt-BR", "O latão leva uma película de ouro 18k.", gp, false},
		{"nl-NL", "Het messing heeft een toplaag van 18 karaat goud.", gp, false},
		{"sv-SE", "Ett guldskikt på en mikrometer täcker mässingen.", gp, false},
		{"da-DK", "Et guldlag på én mikrometer dækker messingen.", gp, false},
		{"nb-NO", "Et gullag på én mikrometer dekker messingen.", gp, false},
		{"fi-FI", "Mikrometrin kultakerros peittää messingin.", gp, false},
		{"pl-PL", "Mosiądz ma warstwę 18-karatowego złota.", gp, false},
		{"cs-CZ", "Mosaz nese vrstvu 18karátového zlata o tloušťce jednoho mikronu.", gp, false},
		{"tr-TR", "Pirincin üzerinde 18 ayar altın bir tabaka vardır.", gp, false},
		{"ko-KR", "황동 위에는 1마이크론 두께의 18K 금층이 있습니다.", gp, false},
		// passing before, kept
		{"en-GB", "The brass carries a layer of 18k gold one micron thick.", gp, false},
		{"en-US", "The brass is covered with a one-micron coating of 18k gold.", gp, false},
		{"fr-FR", "Le laiton porte une couche d'or 18 carats d'un micron.", gp, false},
		{"fr-CA", "Le laiton est revêtu d'une couche d'or 18 carats d'un micron d'épaisseur.", gp, false},
		{"es-ES", "El latón lleva una capa de oro de 18 quilates de una micra.", gp, false},
		{"it-IT", "L’ottone è rivestito da uno strato d’oro 18 carati di un micron.", gp, false},
		{"pt-PT", "O latão tem uma camada de ouro de 18 quilates com um mícron.", gp, false},
		{"el-GR", "Ο ορείχαλκος φέρει στρώση χρυσού 18 καρατίων πάχους ενός μικρού.", gp, false},
		{"ar-AE", "يحمل النحاس الأصفر طبقة من الذهب عيار 18 بسماكة ميكرون واحد.", gp, false},
		{"ja-JP", "真鍮には厚さ1ミクロンの18Kゴールドの層が施されています。", gp, false},
		{"zh-CN", "黄铜表面覆有一层1微米厚的18K金层。", gp, false},
		{"zh-TW", "黃銅表面覆有一層1微米厚的18K金層。", gp, false},
	}
	block := []kindRow{
		{"de-DE", "Eine feine Kette aus 18 Karat Gold. Das Messing trägt eine Auflage aus 18 Karat Gold von einem Mikrometer.", gp, true},
		{"de-DE", "Das Armband ist aus massivem Gold. Das Messing ist mit einer Auflage aus Gold versehen.", gp, true},
		{"en-AU", "The bracelet is a fine chain of 18ct gold. The brass has a coat of 18ct gold.", gp, true},
		{"es-MX", "El brazalete es de oro macizo. El latón lleva una capa de un micrón de oro de 18 quilates.", gp, true},
		{"pt-BR", "Uma corrente fina de ouro 18k. O latão leva uma película de ouro 18k.", gp, true},
		{"nl-NL", "Een fijne ketting van 18 karaat goud. Het messing heeft een toplaag van 18 karaat goud.", gp, true},
		{"sv-SE", "Armbandet är av massivt guld. Ett guldskikt på en mikrometer täcker mässingen.", gp, true},
		{"da-DK", "Armbåndet er af massivt guld. Et guldlag på én mikrometer dækker messingen.", gp, true},
		{"nb-NO", "Armbåndet er av massivt gull. Et gullag på én mikrometer dekker messingen.", gp, true},
		{"fi-FI", "Rannekoru on täyttä kultaa. Mikrometrin kultakerros peittää messingin.", gp, true},
		{"pl-PL", "Bransoletka jest z litego złota. Mosiądz ma warstwę 18-karatowego złota.", gp, true},
		{"cs-CZ", "Náramek je z masivního zlata. Mosaz nese vrstvu 18karátového zlata o tloušťce jednoho mikronu.", gp, true},
		{"tr-TR", "Bileklik som altındır. Pirincin üzerinde 18 ayar altın bir tabaka vardır.", gp, true},
		{"ko-KR", "팔찌는 순금입니다. 황동 위에는 1마이크론 두께의 18K 금층이 있습니다.", gp, true},
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, "", block)
}
