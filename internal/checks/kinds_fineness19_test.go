package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A millesimal fineness beside a metal word read as a stone count (#13,
// fineness19; probe19b tr-TR and ja-JP P19b02): "her taş 950 ayar platine
// elle yerleştirildi" (each stone hand-set in 950 platinum) and
// 一石ずつプラチナ950に留めました blocked grounding.count as 950 stones per
// part. A hallmark fineness in parts per thousand (platinum 950, 900, 850;
// silver 925, 800, 958; gold 375, 585, 750, 916, 999; FTC Jewelry Guides
// 16 CFR 23.6-23.7, the Vienna Convention's common control mark) written
// next to a metal word or a word of fineness (ayar, próby, ryzost, 純度,
// 品位, K, ‰, pureza, Feingehalt) names the metal's purity, not how many
// stones there are; the same number before a stone noun still counts them.
func TestKindsFineness19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pt := core.Product{SKU: "P19b02", Name: "Ceylon Sapphire Halo Pendant", Category: "pendant", Collection: "Signature",
		Materials: []string{"platinum", "blue sapphire", "lab-grown diamond"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"},
			{Type: "diamond", Colour: "white", Count: 12, Origin: core.OriginLabGrown}},
		Colours: []string{"blue", "white", "silver"}}
	au := core.Product{SKU: "G19", Name: "Garnet Cluster Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"14k yellow gold", "garnet"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "garnet", Colour: "red", Count: 7, Origin: core.OriginNatural}},
		Colours: []string{"red", "gold"}}
	ag := core.Product{SKU: "S19", Name: "Topaz Stud Earrings", Category: "earrings", Collection: "Shore",
		Materials: []string{"sterling silver", "blue topaz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "blue topaz", Colour: "blue", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// failed before: the fineness beside the metal read as a count
		{"tr-TR", "Safiri on iki pırlantadan oluşan bir hale çevreliyor ve her taş 950 ayar platine elle yerleştirildi.", pt, false},
		{"ja-JP", "その周りをラボグロウンダイヤモンドが囲み、一石ずつプラチナ950に手作業で留めました。", pt, false},
		{"en-GB", "Twelve lab-grown diamonds surround the sapphire, each stone hand-set in 950 platinum.", pt, false},
		{"en-US", "Twelve lab-grown diamonds surround the sapphire, each stone hand-set in Pt950.", pt, false},
		{"de-DE", "Zwölf Labordiamanten umgeben den Saphir, jeder Stein von Hand in Platin 950 gefasst.", pt, false},
		{"de-DE", "Zwölf Labordiamanten umgeben den Saphir, jeder Stein von Hand in 950er Platin gefasst.", pt, false},
		{"fr-FR", "Douze diamants de laboratoire entourent le saphir, chaque pierre sertie à la main dans du platine 950.", pt, false},
		{"es-ES", "Doce diamantes de laboratorio rodean el zafiro, cada piedra engastada a mano en platino 950.", pt, false},
		{"es-MX", "Doce diamantes de laboratorio rodean el zafiro, cada piedra engastada a mano en platino de pureza 950.", pt, false},
		{"it-IT", "Dodici diamanti di laboratorio circondano lo zaffiro, ogni pietra incastonata a mano in platino 950.", pt, false},
		{"pt-BR", "Doze diamantes de laboratório cercam a safira, cada pedra cravejada à mão em platina 950.", pt, false},
		{"nl-NL", "Twaalf labdiamanten omringen de saffier, elke steen met de hand gezet in 950 platina.", pt, false},
		{"sv-SE", "Tolv labbodlade diamanter omger safiren, varje sten handfattad i platina 950.", pt, false},
		{"da-DK", "Tolv laboratoriedyrkede diamanter omkranser safiren, hver sten håndfattet i platin 950.", pt, false},
		{"nb-NO", "Tolv laboratoriedyrkede diamanter omkranser safiren, hver stein håndfattet i platina 950.", pt, false},
		{"fi-FI", "Kaksitoista laboratoriotimanttia ympäröi safiiria, jokainen kivi käsin istutettuna platinaan 950.", pt, false},
		{"pl-PL", "Dwanaście diamentów laboratoryjnych otacza szafir, każdy kamień osadzony ręcznie w platynie próby 950.", pt, false},
		{"cs-CZ", "Dvanáct laboratorních diamantů obklopuje safír, každý kámen je ručně zasazen do platiny ryzosti 950.", pt, false},
		{"el-GR", "Δώδεκα εργαστηριακά διαμάντια περιβάλλουν το ζαφείρι, κάθε πέτρα δεμένη με το χέρι σε πλατίνα 950.", pt, false},
		{"ar-AE", "تحيط اثنتا عشرة ماسة مختبرية بالياقوت الأزرق، وكل حجر مرصع يدويًا في بلاتين 950.", pt, false},
		{"zh-CN", "十二颗培育钻石环绕蓝宝石，每颗宝石均手工镶嵌于950铂金之上。", pt, false},
		{"zh-TW", "十二顆培育鑽石環繞藍寶石，每顆寶石皆以手工鑲嵌於Pt950鉑金。", pt, false},
		{"ko-KR", "12개의 랩그로운 다이아몬드가 사파이어를 감싸고, 각 스톤을 950 플래티넘에 손으로 세팅했습니다.", pt, false},
		{"ja-JP", "ラボグロウンダイヤモンドを一石ずつ純度950のプラチナに留めました。", pt, false},
		{"ja-JP", "ラボグロウンダイヤモンドを一石ずつPt950に留めました。", pt, false},
		{"pl-PL", "Siedem granatów, każdy kamień osadzony ręcznie w złocie próby 585.", au, false},
		{"cs-CZ", "Sedm granátů, každý kámen ručně zasazený do zlata 585.", au, false},
		{"tr-TR", "Yedi granat, her biri 585 ayar altına elle yerleştirildi.", au, false},
		{"de-DE", "Sieben Granate, jeder einzeln in 585er Gelbgold gefasst.", au, false},
		{"it-IT", "Sette granati, ognuno incastonato a mano in oro 585.", au, false},
		{"en-GB", "Two blue topaz studs, each set in 925 silver.", ag, false},
		{"fr-FR", "Deux topazes bleues, chacune sertie dans de l'argent 925.", ag, false},
		{"es-ES", "Dos topacios azules, cada uno engastado en plata de ley 925.", ag, false},
		{"ja-JP", "ブルートパーズを一粒ずつシルバー925に留めました。", ag, false},
		{"zh-CN", "两颗蓝色托帕石，每颗均镶嵌于925银之上。", ag, false},
		{"en-AU", "Each of the twelve diamonds is hand-set, one by one, in 950 platinum.", pt, false},
		{"zh-TW", "十二顆培育鑽石，每一顆都以手工鑲嵌於鉑金950之中。", pt, false},
		{"ko-KR", "다이아몬드 하나하나를 플래티넘 950에 손으로 세팅했습니다.", pt, false},
		{"ko-KR", "각 다이아몬드는 순도 950의 플래티넘에 세팅되었습니다.", pt, false},
		{"ja-JP", "ダイヤモンドは一石ずつ、950プラチナの爪で留めています。", pt, false},
		{"tr-TR", "Her bir pırlanta 950 ayarlık platine tek tek yerleştirildi.", pt, false},
		{"tr-TR", "Her granat 585 ayar altına elle yerleştirildi.", au, false},
		{"tr-TR", "Her iki topaz da 925 ayar gümüşe yerleştirildi.", ag, false},
		{"ja-JP", "ガーネットを一粒ずつ585の金に留めました。", au, false},
		{"ko-KR", "각 토파즈를 925 실버에 세팅했습니다.", ag, false},
		{"ar-AE", "كل حجر مرصع بعيار 950 من البلاتين.", pt, false},
		{"el-GR", "Κάθε πέτρα δένεται σε πλατίνα 950 με το χέρι.", pt, false},
		{"pl-PL", "Każdy z kamieni osadzono w platynie 950.", pt, false},
		{"fi-FI", "Jokainen kivi on istutettu 950-platinaan.", pt, false},
		{"nl-NL", "Elke steen is gezet in platina met een gehalte van 950.", pt, false},
		// still blocks: a false count before a stone noun
		{"en-GB", "A halo of 950 lab-grown diamonds in platinum.", pt, true},
		{"tr-TR", "Safiri 950 pırlantadan oluşan bir hale çevreliyor.", pt, true},
		{"ja-JP", "ダイヤモンド950石をプラチナに留めました。", pt, true},
		{"de-DE", "Ein Kranz aus 585 Granaten in Gelbgold.", au, true},
		{"zh-CN", "950颗培育钻石环绕蓝宝石。", pt, true},
		{"ko-KR", "950개의 다이아몬드가 플래티넘 위에서 빛납니다.", pt, true},
		{"en-GB", "A cluster of 585 garnets, each set in 14k gold.", au, true},
		{"ja-JP", "ガーネットを一粒ずつ、585粒を金に留めました。", au, true},
	})
}
