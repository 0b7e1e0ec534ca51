package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// accessory37Products are the pieces of TestKindsAccessory37: a sterling
// silver chain bracelet, a bracelet of seven hemimorphite beads whose data
// names no stringing (released 33B108's product), the same beads where
// the data lists a chain, and a sterling silver chain necklace.
func accessory37Products() (silver, beaded, beadedChain, chainNecklace core.Product) {
	silver = core.Product{SKU: "A37", Name: "Nodo", Category: "bracelet", Collection: "Reflexions",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	beaded = core.Product{SKU: "A37B", Name: "Lagune", Category: "bracelet", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:       []core.Stone{{Type: "hemimorphite", Colour: "light blue", Count: 7, Origin: "natural"}},
		Colours:      []string{"blue", "silver"},
		Measurements: []core.Measurement{{Name: "bead diameter", Value: 8, Unit: "mm"}}}
	beadedChain = beaded
	beadedChain.SKU = "A37C"
	beadedChain.Attributes = map[string]string{"chain": "sterling silver trace chain"}
	chainNecklace = core.Product{SKU: "A37N", Name: "Luna", Category: "necklace", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours:      []string{"silver"},
		Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}}}
	return
}

// TestKindsAccessory37: a material, fineness or colour of a part of
// another thing named beside the piece is that thing's (#13, accessory37;
// released 36A102 "insieme a un orologio con il cinturino in pelle" on a
// sterling silver bracelet blocked grounding.material "pelle"): the part
// (accessory_parts: a strap, a band, a watch's bracelet, handles) joined
// to the fact and its owner (a clothing word: a watch, a bag) joined to
// the part by links (accessory_links, piece_links, head_links) or nothing,
// the body and whole looks (accessory_not_owners: skin, hair, an outfit)
// owning none (grounding/accessory_part.go). And the cord a beaded piece is strung on,
// where its data names no stringing and no chain, is an unlisted
// component, a warning (released 33B108 "enfilées sur un cordon
// élastique"; grounding/stringing.go). Blocking twins: the same leather
// said of the piece itself, a gold chain, a leather bracelet the piece is
// not, the cord on a chain necklace or on beads whose data lists a chain,
// and a leather cord on the beads.
func TestKindsAccessory37(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p, beaded, beadedChain, chainNecklace := accessory37Products()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// a part of a watch or a bag beside the piece
		{"en-GB", "Wear it alone or with a watch with a brown leather strap.", p, false},
		{"en-GB", "Wear it next to the leather strap of your watch.", p, false},
		{"en-GB", "Carry it with a tote with leather handles.", p, false},
		{"en-GB", "Wear it with a watch with an 18k gold bracelet.", p, false},
		{"en-US", "Wear it alone or with a watch on a leather strap.", p, false},
		{"en-AU", "Wear it on its own or next to a watch with a leather band.", p, false},
		{"de-DE", "Es sieht schön aus, auch mit einer Uhr mit einem Armband aus Leder.", p, false},
		{"de-DE", "Tragen Sie es allein oder zu einer Uhr mit braunem Lederarmband.", p, false},
		{"fr-FR", "Portez-le seul ou avec une montre au bracelet en cuir.", p, false},
		{"fr-CA", "Portez-le seul ou avec une montre munie d'un bracelet de cuir brun.", p, false},
		{"es-ES", "Llévala sola o con un reloj con correa de piel.", p, false},
		{"es-MX", "Se ve bien sola o con un reloj con correa de cuero café.", p, false},
		{"it-IT", "Lo porti da solo per un tocco discreto oppure insieme a un orologio con il cinturino in pelle.", p, false},
		{"pt-PT", "Use-a sozinha ou com um relógio com bracelete de couro.", p, false},
		{"pt-BR", "Use-a sozinha ou com um relógio de pulseira de couro marrom.", p, false},
		{"nl-NL", "Mooi alleen of met een horloge met een bruine leren band.", p, false},
		{"sv-SE", "Fint ensamt eller med en klocka med armband i brunt läder.", p, false},
		{"da-DK", "Flot alene eller med et ur med en rem i brunt læder.", p, false},
		{"nb-NO", "Fint alene eller med en klokke med reim i brunt skinn.", p, false},
		{"fi-FI", "Kaunis yksin tai nahkarannekkeisen kellon kanssa.", p, false},
		{"pl-PL", "Pięknie wygląda sama lub obok zegarka z paskiem z brązowej skóry.", p, false},
		{"cs-CZ", "Krásně vypadá sám nebo vedle hodinek s řemínkem z hnědé kůže.", p, false},
		{"tr-TR", "Tek başına ya da kahverengi deri kayışlı bir saatin yanında çok şık durur.", p, false},
		{"el-GR", "Είναι όμορφο μόνο του ή δίπλα σε ένα ρολόι με λουράκι από καφέ δέρμα.", p, false},
		{"ar-AE", "جميل بمفرده أو بجانب ساعة بحزام من الجلد البني.", p, false},
		{"ja-JP", "単体でも、レザーストラップの腕時計と重ねてもおすすめです。", p, false},
		{"ko-KR", "단독으로도 좋고 갈색 가죽 스트랩 시계 옆에서도 멋집니다.", p, false},
		{"zh-CN", "单戴很美，搭配棕色皮革表带的手表也很好看。", p, false},
		{"zh-TW", "單戴很美，與棕色皮革錶帶的手錶並戴也很好看。", p, false},

		// the cord a beaded piece is strung on (a warning)
		{"fr-FR", "Le Bracelet Lagune réunit sept perles d'hémimorphite de 8 mm, enfilées sur un cordon élastique.", beaded, false},
		{"fr-CA", "Sept perles d'hémimorphite de 8 mm, enfilées sur un cordon élastique.", beaded, false},
		{"en-GB", "Seven hemimorphite beads are threaded on an elastic cord.", beaded, false},
		{"en-US", "Seven hemimorphite beads are strung on a stretch cord.", beaded, false},
		{"en-AU", "Seven hemimorphite beads are strung on a stretch cord.", beaded, false},
		{"es-ES", "Siete cuentas de hemimorfita ensartadas en un cordón elástico.", beaded, false},
		{"es-MX", "Siete cuentas de hemimorfita ensartadas en un cordón elástico.", beaded, false},
		{"it-IT", "Sette perle di emimorfite infilate su un cordino elastico.", beaded, false},
		{"de-DE", "Sieben Hemimorphit-Perlen auf einer elastischen Kordel.", beaded, false},

		// twins: the leather, gold or leather bracelet said of the piece
		{"en-GB", "This bracelet sits on a brown leather strap.", p, true},
		{"en-GB", "The bracelet has a leather strap and goes with any watch.", p, true},
		{"en-GB", "Wear this leather bracelet with a watch.", p, true},
		{"en-GB", "Wear it with a watch. Its leather strap is soft.", p, true},
		{"en-GB", "It is a gold chain with a sterling silver clasp.", p, true},
		{"en-US", "This bracelet comes on a leather strap.", p, true},
		{"en-AU", "The bracelet is a leather band with a silver bar.", p, true},
		{"de-DE", "Dieses Armband hat ein Band aus braunem Leder.", p, true},
		{"de-DE", "Dieses Lederarmband passt zu jeder Uhr.", p, true},
		{"fr-FR", "Ce bracelet est monté sur une lanière en cuir.", p, true},
		{"fr-CA", "Portez ce bracelet en cuir avec une montre.", p, true},
		{"es-ES", "Esta pulsera lleva una correa de piel.", p, true},
		{"es-MX", "Esta pulsera de cuero se ve bien con un reloj.", p, true},
		{"it-IT", "Questo bracciale ha un cinturino in pelle.", p, true},
		{"it-IT", "Un bracciale in pelle da abbinare all'orologio.", p, true},
		{"pt-PT", "Esta pulseira tem uma correia de couro.", p, true},
		{"pt-BR", "Esta pulseira tem uma correia de couro.", p, true},
		{"nl-NL", "Deze armband heeft een leren band.", p, true},
		{"sv-SE", "Armbandet har en rem i läder.", p, true},
		{"da-DK", "Armbåndet har en rem i læder.", p, true},
		{"nb-NO", "Armbåndet har en reim i skinn.", p, true},
		{"pl-PL", "Ta bransoletka jest wykonana ze skóry.", p, true},
		{"cs-CZ", "Tento náramek má řemínek z kůže.", p, true},
		{"el-GR", "Αυτό το βραχιόλι έχει λουράκι από δέρμα.", p, true},
		{"ar-AE", "يأتي هذا السوار بحزام من الجلد.", p, true},
		{"ja-JP", "このブレスレットはレザーストラップ仕様です。", p, true},
		{"ko-KR", "이 팔찌는 가죽 스트랩으로 되어 있습니다.", p, true},
		{"zh-CN", "这款手链采用皮革表带。", p, true},
		{"zh-TW", "這款手鏈採用皮革錶帶。", p, true},

		// twins: a strap beside the body (skin, a complexion: accessory_not_owners), the piece's own
		{"fr-FR", "Ce bracelet se pose sur la peau avec sa lanière en cuir.", p, true},
		{"de-DE", "Es liegt auf der Haut mit einem Band aus Leder.", p, true},
		{"es-ES", "Realza la tez con su correa de cuero.", p, true},
		{"pt-BR", "Realça a pele com sua correia de couro.", p, true},

		// twins: a cord where the data lists a chain or no beads, a leather cord
		{"en-GB", "Seven hemimorphite beads are threaded on an elastic cord.", beadedChain, true},
		{"fr-FR", "Sept perles d'hémimorphite de 8 mm, enfilées sur un cordon élastique.", beadedChain, true},
		{"en-GB", "The pendant hangs on an elastic cord.", chainNecklace, true},
		{"es-ES", "El colgante cuelga de un cordón elástico.", chainNecklace, true},
		{"it-IT", "Il ciondolo è appeso a un cordino.", chainNecklace, true},
		{"de-DE", "Der Anhänger hängt an einer Kordel.", chainNecklace, true},
		{"en-GB", "Seven hemimorphite beads are threaded on a leather cord.", beaded, true},
		{"fr-FR", "Sept perles d'hémimorphite enfilées sur un cordon en cuir.", beaded, true},
	})
}
