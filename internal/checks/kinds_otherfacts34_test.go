package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCompanionFacts34: a companion piece suggested beside the
// product, named by its type (and design name) and followed by its own
// description, carries its own counts, metals and stones (#13,
// companionfacts34; released blind set 34, pt-PT 34A102-3 "ou com a
// Pulseira Orvalho, de corrente fina com três peridotos" on earrings with
// two peridots blocked grounding.count «três peridotos»). Blocking twins:
// the earrings' own count wrong.
func TestKindsCompanionFacts34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := dewEarrings()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"pt-PT", "Use-os com o cabelo apanhado num jantar de verão ou com a Pulseira Orvalho, de corrente fina com três peridotos, no escritório.", p, false},
		{"pt-BR", "Use com o cabelo preso ou com a Pulseira Orvalho, de corrente fina com três peridotos.", p, false},
		{"en-GB", "Wear them with your hair up, or with the Dew bracelet, a fine chain set with three peridots.", p, false},
		{"en-US", "Pair them with the Dew Bracelet, which has three peridots on a fine chain.", p, false},
		{"en-AU", "Wear them with the matching Dew necklace, with three peridots on a fine chain.", p, false},
		{"de-DE", "Tragen Sie sie mit hochgestecktem Haar oder mit dem Armband Tau, einer feinen Kette mit drei Peridots.", p, false},
		{"fr-FR", "Portez-les cheveux relevés ou avec le bracelet Rosée, une chaîne fine ornée de trois péridots.", p, false},
		{"fr-CA", "Portez-les avec le bracelet Rosée, qui compte trois péridots sur une chaîne fine.", p, false},
		{"es-ES", "Llévalos con el pelo recogido o con la pulsera Rocío, de cadena fina con tres peridotos.", p, false},
		{"es-MX", "Úsalos con la pulsera Rocío, una cadena fina con tres peridotos.", p, false},
		{"it-IT", "Indossali con i capelli raccolti o con il bracciale Rugiada, una catena sottile con tre peridoti.", p, false},
		{"nl-NL", "Draag ze met opgestoken haar of met de armband Dauw, een fijne ketting met drie peridoten.", p, false},
		{"sv-SE", "Bär dem med uppsatt hår eller med armbandet Dagg, en fin kedja med tre peridoter.", p, false},
		{"da-DK", "Bær dem med sat hår eller med armbåndet Dug, en fin kæde med tre peridoter.", p, false},
		{"nb-NO", "Bruk dem med oppsatt hår eller med armbåndet Dugg, en fin kjede med tre peridoter.", p, false},
		{"fi-FI", "Käytä niitä Kaste-rannekorun kanssa, jonka hienossa ketjussa on kolme peridoottia.", p, false},
		{"pl-PL", "Noś je z upiętymi włosami lub z bransoletką Rosa, cienkim łańcuszkiem z trzema perydotami.", p, false},
		{"cs-CZ", "Noste je s vyčesanými vlasy nebo s náramkem Rosa, jemným řetízkem se třemi peridoty.", p, false},
		{"el-GR", "Φορέστε τα με πιασμένα μαλλιά ή με το βραχιόλι Δροσιά, μια λεπτή αλυσίδα με τρία περίδοτα.", p, false},
		{"ko-KR", "페리도트 세 개가 달린 가는 체인 팔찌 '이슬'과 함께 착용하세요.", p, false},
		{"zh-CN", "可将头发盘起，或搭配镶有三颗橄榄石的细链手链“晨露”。", p, false},
		{"zh-TW", "可將頭髮盤起，或搭配鑲有三顆橄欖石的細鏈手鏈「晨露」。", p, false},

		{"pt-PT", "Os brincos têm três peridotos.", p, true},
		{"pt-BR", "Os brincos têm três peridotos.", p, true},
		{"en-GB", "The earrings are set with three peridots.", p, true},
		{"en-US", "The earrings have three peridots.", p, true},
		{"en-AU", "The earrings have three peridots.", p, true},
		{"de-DE", "Jeder Ohrring trägt drei Peridote.", p, true},
		{"fr-FR", "Les boucles d'oreilles comptent trois péridots.", p, true},
		{"fr-CA", "Les boucles d'oreilles comptent trois péridots.", p, true},
		{"es-ES", "Los pendientes llevan tres peridotos.", p, true},
		{"es-MX", "Los aretes llevan tres peridotos.", p, true},
		{"it-IT", "Gli orecchini hanno tre peridoti.", p, true},
		{"nl-NL", "De oorbellen hebben drie peridoten.", p, true},
		{"sv-SE", "Örhängena har tre peridoter.", p, true},
		{"da-DK", "Øreringene har tre peridotter.", p, true},
		{"nb-NO", "Øredobbene har tre peridoter.", p, true},
		{"fi-FI", "Korvakoruissa on kolme peridoottia.", p, true},
		{"pl-PL", "Kolczyki mają trzy perydoty.", p, true},
		{"cs-CZ", "Náušnice mají tři peridoty.", p, true},
		{"tr-TR", "Küpelerde üç peridot var.", p, true},
		{"el-GR", "Τα σκουλαρίκια έχουν τρία περίδοτα.", p, true},
		{"ar-AE", "يضم القرطان ثلاثة أحجار زبرجد.", p, true},
		{"ja-JP", "このピアスには3つのペリドットがあしらわれています。", p, true},
		{"ko-KR", "이 귀걸이에는 페리도트 세 개가 달려 있습니다.", p, true},
		{"zh-CN", "这对耳环镶有三颗橄榄石。", p, true},
		{"zh-TW", "這對耳環鑲有三顆橄欖石。", p, true},
	})
}

// TestKindsMaterialSuperlative34: a superlative whose subject is the
// material's specimens or sources in general ("the finest pieces have
// come from the Urals") states where a material is found, not a grade of
// the product (#13, materialsuperlative34; released blind set 34, en-AU
// 34B104 "The finest pieces have come from the Ural Mountains and central
// Africa" in an explanation of malachite blocked claim.superlative).
// Blocking twins: the superlative said of the earrings.
func TestKindsMaterialSuperlative34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "M34", Name: "Malachite Round Studs", Category: "earrings", Collection: "Heritage",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "malachite", Colour: "green", Count: 2, Origin: "natural"}},
		Colours: []string{"green", "gold"}}
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"en-AU", "Malachite forms in bands. The finest pieces have come from the Ural Mountains and central Africa, and in ancient Egypt it was ground into eye paint.", p, false},
		{"en-GB", "Malachite forms in bands. The finest pieces have been found in the Urals.", p, false},
		{"en-US", "Malachite forms in bands. The best malachite has come from the Congo.", p, false},
		{"de-DE", "Malachit bildet Bänder. Die besten Stücke stammen aus dem Ural und aus Zentralafrika.", p, false},
		{"fr-FR", "La malachite se forme en bandes. Les meilleures pièces proviennent de l'Oural et d'Afrique centrale.", p, false},
		{"fr-CA", "La malachite se forme en bandes. Les meilleures pièces viennent de l'Oural.", p, false},
		{"es-ES", "La malaquita se forma en bandas. Las mejores piezas proceden de los Urales y de África central.", p, false},
		{"es-MX", "La malaquita se forma en bandas. Las mejores piezas vienen de los Urales.", p, false},
		{"it-IT", "La malachite si forma a bande. I pezzi migliori provengono dagli Urali e dall'Africa centrale.", p, false},
		{"pt-PT", "A malaquite forma-se em camadas. As melhores peças vieram dos Montes Urais e da África Central.", p, false},
		{"pt-BR", "A malaquita se forma em camadas. As melhores peças vêm dos Montes Urais e da África Central.", p, false},
		{"nl-NL", "Malachiet vormt zich in banden. De beste stukken komen uit de Oeral en Centraal-Afrika.", p, false},
		{"sv-SE", "Malakit bildas i band. De finaste bitarna kommer från Uralbergen och centrala Afrika.", p, false},
		{"da-DK", "Malakit dannes i bånd. De fineste stykker kommer fra Uralbjergene og Centralafrika.", p, false},
		{"nb-NO", "Malakitt dannes i bånd. De fineste stykkene kommer fra Uralfjellene og Sentral-Afrika.", p, false},
		{"fi-FI", "Malakiitti muodostuu kerroksittain. Parhaat kappaleet ovat peräisin Uralilta ja Keski-Afrikasta.", p, false},
		{"pl-PL", "Malachit tworzy się warstwami. Najlepsze kawałki pochodzą z Uralu i Afryki Środkowej.", p, false},
		{"cs-CZ", "Malachit vzniká ve vrstvách. Nejlepší kusy pocházejí z Uralu a střední Afriky.", p, false},
		{"el-GR", "Ο μαλαχίτης σχηματίζεται σε στρώσεις. Τα καλύτερα κομμάτια προέρχονται από τα Ουράλια και την κεντρική Αφρική.", p, false},
		{"ar-AE", "يتكون الملكيت في طبقات. وتأتي أفضل القطع من جبال الأورال ووسط أفريقيا.", p, false},
		{"ja-JP", "マラカイトは層状に形成されます。最高の原石はウラル山脈と中央アフリカ産です。", p, false},
		{"ko-KR", "말라카이트는 층을 이루며 형성됩니다. 최고의 원석은 우랄 산맥과 중앙아프리카에서 나옵니다.", p, false},
		{"zh-CN", "孔雀石呈层状形成。最好的孔雀石产自乌拉尔山脉和中非。", p, false},
		{"zh-TW", "孔雀石呈層狀形成。最好的孔雀石產自烏拉爾山脈和中非。", p, false},

		{"en-AU", "These are the finest earrings you will own.", p, true},
		{"en-AU", "The finest pieces come from our Sydney workshop.", p, true},
		{"en-GB", "The finest pieces have come from our own bench in Hatton Garden.", p, true},
		{"fr-FR", "Les meilleures pièces viennent de notre atelier.", p, true},
		{"es-ES", "Las mejores piezas salen de nuestro taller.", p, true},
		{"de-DE", "Der beste Malachit stammt aus unserer Werkstatt.", p, true},
		{"en-GB", "The finest earrings you will ever own.", p, true},
		{"en-US", "The best gift for anyone who loves green.", p, true},
		{"de-DE", "Die schönsten Ohrringe, die Sie je besitzen werden.", p, true},
		{"fr-FR", "Les meilleures boucles d'oreilles que vous porterez.", p, true},
		{"fr-CA", "Les meilleures boucles d'oreilles que vous porterez.", p, true},
		{"es-ES", "Los mejores pendientes que tendrás.", p, true},
		{"es-MX", "Los mejores aretes que tendrás.", p, true},
		{"it-IT", "I migliori orecchini che avrai mai.", p, true},
		{"pt-PT", "Os melhores brincos que vai ter.", p, true},
		{"pt-BR", "Os melhores brincos que você vai ter.", p, true},
		{"nl-NL", "De beste oorbellen die je ooit zult hebben.", p, true},
		{"sv-SE", "De finaste örhängen du någonsin kommer att äga.", p, true},
		{"da-DK", "De fineste øreringe, du nogensinde vil eje.", p, true},
		{"nb-NO", "De fineste øredobbene du noen gang vil eie.", p, true},
		{"fi-FI", "Parhaat korvakorut, jotka tulet koskaan omistamaan.", p, true},
		{"pl-PL", "Najlepsze kolczyki, jakie kiedykolwiek będziesz mieć.", p, true},
		{"cs-CZ", "Nejlepší náušnice, jaké kdy budete mít.", p, true},
		{"el-GR", "Τα καλύτερα σκουλαρίκια που θα αποκτήσετε ποτέ.", p, true},
		{"ar-AE", "هذه الأقراط هي الأفضل على الإطلاق.", p, true},
		{"ja-JP", "世界一のピアスです。", p, true},
		{"ko-KR", "최고의 귀걸이입니다.", p, true},
		{"zh-CN", "这是最好的耳环。", p, true},
		{"zh-TW", "這是最好的耳環。", p, true},
	})
}

// dewEarrings are the companion-count kinds' product: gold-plated sterling
// silver earrings with two green peridots.
func dewEarrings() core.Product {
	return core.Product{SKU: "C34", Name: "Dew Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold"}},
		Stones:  []core.Stone{{Type: "peridot", Colour: "green", Count: 2, Origin: "natural"}},
		Colours: []string{"green", "gold"}}
}
