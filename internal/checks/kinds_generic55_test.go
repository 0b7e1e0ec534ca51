package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// generic55Bangle is a 24k gold bangle (999.9 fine), the piece of blind set
// 55's writer B pool, and generic55Ring an 18ct rose gold ring (writer A).
var (
	generic55Bangle = core.Product{SKU: "GE55", Name: "Heritage Bangle", Category: "bangle", Collection: "Heritage",
		Materials: []string{"24k gold"}, Metals: []core.Metal{{Base: "gold", Fineness: "24k"}}, Colours: []string{"gold"}}
	generic55Ring = core.Product{SKU: "GE55R", Name: "Aura Ring", Category: "ring",
		Materials: []string{"18k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Colours: []string{"rose gold"}}
)

// TestKindsGeneric55: a fineness said of jewellery in general (#13,
// generic55; explained_other): copy explaining a 24k or 18k piece's gold
// sets it against what most jewellery is made of, and grounding.karat
// blocked the class's 14k or 9k as the piece's in every locale
// (grounding/generic_fineness55.go: a generic word of generic_words before
// the fineness in its clause, the class noun it quantifies, nothing of the
// piece). Every row passes grounding.
func TestKindsGeneric55(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	b := "The Heritage Bangle is 24k gold, 999.9 fine, polished to a deep glow. "
	rows := pairRows(generic55Bangle, false, [][2]string{
		{"en-AU", b + "Most jewellery is made of 18k or 14k gold, mixed with other metals for hardness."},
		{"en-GB", b + "Many rings are 9ct gold."},
		{"en-US", b + "Jewelry is usually 14k gold."},
		{"de-DE", "Der Armreif ist aus 24 Karat Gold. Die meisten Schmuckstücke werden aus 14 Karat Gold gefertigt."},
		{"fr-FR", "Le jonc est en or 24 carats. La plupart des bijoux sont en or 14 carats."},
		{"fr-CA", "Le jonc est en or 24 carats. La plupart des bijoux sont faits d'or 10 carats."},
		{"es-ES", "La pulsera es de oro de 24 quilates. La mayoría de las joyas se hacen en oro de 18 o 14 quilates."},
		{"es-MX", "La pulsera es de oro de 24 quilates. Casi todas las joyas se hacen en oro de 14 quilates."},
		{"it-IT", "Il bracciale è in oro 24 carati. La maggior parte dei gioielli è in oro 18 carati."},
		{"pt-BR", "A pulseira é de ouro 24 quilates. A maioria das joias é feita de ouro 18 quilates."},
		{"nl-NL", "De armband is van 24 karaat goud. De meeste sieraden zijn van 14 karaat goud."},
		{"da-DK", "Armringen er af 24 karat guld. De fleste smykker laves af 18 eller 14 karat guld, blandet med andre metaller."},
		{"sv-SE", "Armringen är av 24 karat guld. De flesta smycken görs av 18 eller 14 karat guld."},
		{"nb-NO", "Armringen er av 24 karat gull. De fleste smykker lages av 14 karat gull."},
		{"fi-FI", "Rannerengas on 24 karaatin kultaa. Useimmat korut tehdään 14 karaatin kullasta."},
		{"pl-PL", "Bransoleta jest z 24-karatowego złota. Większość biżuterii powstaje ze złota 18- lub 14-karatowego."},
		{"cs-CZ", "Náramek je z 24karátového zlata. Většina šperků se vyrábí ze 14karátového zlata."},
		{"el-GR", "Το βραχιόλι είναι από χρυσό 24 καρατίων. Τα περισσότερα κοσμήματα φτιάχνονται από χρυσό 18 ή 14 καρατίων."},
		{"tr-TR", "Bilezik 24 ayar altındır. Çoğu mücevherde 18 veya 14 ayar altın kullanılır."},
		{"ar-AE", "السوار مصنوع من الذهب عيار 24. معظم المجوهرات تُصنع من الذهب عيار 18 أو 14."},
		{"ja-JP", "このバングルは24金です。一般的なジュエリーには硬さを出すために他の金属を混ぜた18金や14金が使われます。"},
		{"ko-KR", "이 뱅글은 24K 순금입니다. 대부분의 주얼리는 14K 또는 18K 골드로 만들어집니다."},
		{"zh-CN", "这款手镯采用24K足金。多数首饰使用18K或14K金，掺入其他金属以提高硬度。"},
		{"zh-TW", "這款手鐲採用24K純金。多數首飾使用18K或14K金。"},
	}, [][2]string{})
	rows = append(rows, pairRows(generic55Ring, false, [][2]string{
		{"en-GB", "The Aura Ring is 18ct rose gold. Most everyday rings are 9ct gold, lighter in colour."},
		{"de-DE", "Der Ring Aura ist aus 18 Karat Roségold. Viele Ringe sind aus 9 Karat Gold."},
	})...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsGeneric55Bad: a fineness said of the piece still blocks, even
// beside a generic word: the piece named in the clause ("this bangle", the
// product's name), ours, the category with its article ("The bangle is
// usually 14k gold"), no generic word.
func TestKindsGeneric55Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(generic55Bangle, true, [][2]string{
		{"en-AU", "Like most jewellery, this bangle is 14k gold."},
		{"en-AU", "Our bangles are usually 14k gold."},
		{"en-AU", "The bangle is usually 14k gold."},
		{"en-AU", "The Heritage Bangle is mostly 14k gold."},
		{"en-GB", "Most of the bangle is 9ct gold."},
		{"de-DE", "Wie die meisten Schmuckstücke ist dieser Armreif aus 14 Karat Gold."},
		{"fr-FR", "Comme la plupart des bijoux, ce jonc est en or 14 carats."},
		{"es-ES", "Como la mayoría de las joyas, esta pulsera es de oro de 14 quilates."},
		{"ja-JP", "このバングルは通常18金です。"},
		{"zh-CN", "这款手镯通常是18K金。"},
		{"sv-SE", "Armringen är av 14 karat guld."},
	})
	checkKindRows(t, svc, CatGrounding, rows)
}
