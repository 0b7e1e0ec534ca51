package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of electrum62's rows: electrum, the natural alloy of gold
// and silver, recorded with its gold content as a karat or a millesimal.
var (
	e62Electrum18 = core.Product{SKU: "E62", Name: "Heritage", Category: "pendant", Collection: "Heritage",
		Metals: []core.Metal{{Base: "electrum", Fineness: "18k"}}, Colours: []string{"pale gold"}}
	e62Electrum585 = core.Product{SKU: "E62B", Name: "Heritage", Category: "bracelet", Collection: "Heritage",
		Metals: []core.Metal{{Base: "electrum", Fineness: "585"}}, Colours: []string{"pale gold"}}
	e62Electrum750 = core.Product{SKU: "E62C", Name: "Heritage", Category: "pendant", Collection: "Heritage",
		Metals: []core.Metal{{Base: "electrum", Fineness: "750"}}, Colours: []string{"pale gold"}}
)

// Electrum is a natural alloy of gold and silver (Pliny, Naturalis
// Historia 33.23), a precious metal whose fineness is its gold content
// (#13, electrum62: released 62 da-DK, fr-FR, pl-PL, pt-BR, ar-AE 62B04):
// copy explaining it as "a natural alloy of gold and silver" names its
// components, not the piece's material, and "18 karat electrum", "عيار 14"
// state its own fineness. Every row failed on main.
func TestKindsElectrum62(t *testing.T) {
	t.Parallel()
	rows := pairRows(e62Electrum18, false, [][2]string{
		{"en-GB", "The pendant is made of 18 karat electrum, a natural alloy of gold and silver."},
		{"en-US", "Electrum is a natural alloy of gold and silver; this pendant is 18k electrum."},
		{"da-DK", "Vedhænget er i 18 karat elektrum, en naturlig legering af guld og sølv."},
		{"fr-FR", "Le pendentif est en électrum 18 carats, un alliage naturel d'or et d'argent."},
		{"pt-BR", "O pingente é de electrum 18k, uma liga natural de ouro e prata."},
		{"de-DE", "Der Anhänger ist aus 18-karätigem Elektrum, einer natürlichen Legierung aus Gold und Silber."},
		{"es-ES", "El colgante es de electrum de 18 quilates, una aleación natural de oro y plata."},
		{"it-IT", "Il ciondolo è in elettro 18 carati, una lega naturale di oro e argento."},
		{"nl-NL", "De hanger is van 18 karaat elektrum, een natuurlijke legering van goud en zilver."},
		{"sv-SE", "Hänget är i 18 karat elektrum, en naturlig legering av guld och silver."},
		{"nb-NO", "Anhenget er i 18 karat elektrum, en naturlig legering av gull og sølv."},
		{"fi-FI", "Riipus on 18 karaatin elektrumia, kullan ja hopean luonnollista seosta."},
		{"cs-CZ", "Přívěsek je z 18karátového elektra, přírodní slitiny zlata a stříbra."},
		{"el-GR", "Το μενταγιόν είναι από ελέκτρουμ 18 καρατίων, φυσικό κράμα χρυσού και αργύρου."},
		{"tr-TR", "Kolye 18 ayar elektrumdan yapıldı; elektrum, altın ve gümüşün doğal bir alaşımıdır."},
		{"ja-JP", "このペンダントは18Kのエレクトラム製です。エレクトラムは金と銀の天然の合金です。"},
		{"ko-KR", "이 펜던트는 18K 일렉트럼으로 만들었습니다. 일렉트럼은 금과 은의 천연 합금입니다."},
		{"zh-CN", "这款吊坠由18K琥珀金制成，琥珀金是金和银的天然合金。"},
		{"zh-TW", "這款吊墜由18K琥珀金製成，琥珀金是金與銀的天然合金。"},
	})
	rows = append(rows, pairRows(e62Electrum585, false, [][2]string{
		{"ar-AE", "السوار مصنوع من الإلكتروم عيار 14، وهو سبيكة طبيعية من الذهب والفضة."},
		{"pl-PL", "Bransoletka jest wykonana z elektrum 14-karatowego, naturalnego stopu złota i srebra."},
		{"en-GB", "A bracelet of 14 karat electrum, the gold and silver alloy of the first coins."},
	})...)
	rows = append(rows, pairRows(e62Electrum18, false, [][2]string{
		{"pt-BR", "O pingente é de electrum. A presença da prata deixa o tom mais claro e suave do que o do ouro amarelo."},
		{"ar-AE", "القلادة من الإلكتروم عيار 18. تمنحه الفضة لوناً ذهبياً شاحباً أهدأ من لون الذهب الأصفر."},
		{"en-GB", "The pendant is electrum. Its silver gives it a paler tone than yellow gold."},
	})...)
	rows = append(rows, pairRows(e62Electrum750, false, [][2]string{
		{"fr-FR", "Notre médaille, en électrum 18 carats, est un alliage naturel d'or et d'argent."},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}

// TestKindsElectrum62Bad: an electrum piece called solid silver, sterling
// silver, 24k or solid gold, another karat, or set with amber, still
// blocks.
func TestKindsElectrum62Bad(t *testing.T) {
	t.Parallel()
	rows := pairRows(e62Electrum18, true, [][2]string{
		{"en-GB", "The pendant is solid silver."},
		{"en-GB", "The pendant is sterling silver."},
		{"en-GB", "The pendant is 24k gold."},
		{"en-GB", "The pendant is solid gold."},
		{"en-GB", "The pendant is 14 karat electrum."},
		{"de-DE", "Der Anhänger ist aus Sterlingsilber."},
		{"fr-FR", "Le pendentif est en or massif 24 carats."},
		{"fr-FR", "Le pendentif est en argent massif."},
		{"da-DK", "Vedhænget er i 14 karat elektrum."},
		{"zh-CN", "这款吊坠镶嵌一颗琥珀。"},
		{"ja-JP", "このペンダントは純銀製です。"},
		{"pt-BR", "O pingente é de electrum. O pingente é de prata, com um tom claro."},
		{"en-GB", "The pendant is electrum. The pendant is silver with a pale tone."},
	})
	rows = append(rows, pairRows(e62Electrum585, true, [][2]string{
		{"ar-AE", "السوار مصنوع من الفضة الإسترلينية."},
		{"pl-PL", "Bransoletka jest wykonana ze srebra próby 925."},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}
