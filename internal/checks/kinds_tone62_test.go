package checks

import "testing"

// The fifty-sixth session's tone62 kind (issue #13, plating_gold, category
// regulatory): gold named as the tone of a plated piece versus gold named
// as its material. A karat or solid gold whose clause goes on to its tone
// ("solid 12-carat gold, warm in tone", probe 61C en-GB 61C04-2 on rolled
// gold plate) was read as a colour of a list closed by "tone", and the
// tone word after the comma as a plating word that qualified the gold; a
// part's bare gold ("a gold clasp", "ein Verschluss aus Gold", "un fermoir
// en or") on a plated piece whose copy says nowhere that it is plated was
// the part's, and rolled gold plate was no plating to the regulatory
// check. Gold unqualified names the metal, and a plated piece must say so
// (FTC Jewelry Guides 16 CFR 23.4; rolled gold plate 23.5).

var (
	t62Rolled = misses49Product(`{"sku": "T62R", "name": "Oval Locket", "category": "necklace", "metals": [{"base": "brass", "plating": "rolled gold plate", "fineness": "1/20 12k"}], "colours": ["gold"]}`)
	t62PVD    = misses49Product(`{"sku": "T62P", "name": "Nova", "category": "bracelet", "metals": [{"base": "316L stainless steel", "plating": "gold-coloured PVD"}], "colours": ["gold"]}`)
	t62IP     = misses49Product(`{"sku": "T62I", "name": "Nova", "category": "bracelet", "metals": [{"base": "316L stainless steel", "plating": "gold-tone IP"}], "colours": ["gold"]}`)
)

// t62Miss are karat or solid gold, or a part's bare gold, on a rolled gold
// plate piece whose clause goes on to its tone: they passed on main.
func t62Miss() []kindRow {
	return pairRows(t62Rolled, true, [][2]string{
		{"en-GB", "The 22 mm locket has a finely engraved border. It is made in solid 12-carat gold, warm in tone and pleasingly weighty in the hand, a piece to pass down."},
		{"en-GB", "It is made in solid 12-carat gold, warm in tone and pleasingly weighty in the hand."},
		{"en-US", "It is made in 12-karat gold, warm in tone."},
		{"en-GB", "The locket is made of gold, warm in tone."},
		{"en-GB", "The locket hangs from a gold clasp, warm in tone."},
		{"en-GB", "The locket hangs from a gold clasp."},
		{"en-US", "Each photo sits behind a gold hook."},
		{"de-DE", "Das Medaillon ist aus massivem 12-karätigem Gold, warm im Farbton."},
		{"de-DE", "Das Medaillon hat einen Verschluss aus Gold."},
		{"fr-FR", "Le médaillon a un fermoir en or."},
		{"fi-FI", "Medaljongissa on kultainen lukko."},
	})
}

// t62Colour are gold as a colour word (compounds, "in the colour of gold",
// a colour noun beside it) on gold-coloured PVD and gold-tone IP steel
// with the coating disclosed, in 19 languages: they passed on main and
// must still pass.
func t62Colour() []kindRow {
	var rows []kindRow
	for _, p := range []struct{ set [][2]string }{{[][2]string{
		{"en-GB", "The Nova bracelet is 316L stainless steel with a gold-coloured PVD coating."},
		{"de-DE", "Das Armband Nova ist aus Edelstahl mit PVD-Beschichtung in Goldfarbe."},
		{"de-DE", "Das Armband Nova ist aus Edelstahl, goldfarben PVD-beschichtet."},
		{"de-DE", "Das goldfarbene Armband Nova ist aus Edelstahl mit PVD-Beschichtung."},
		{"sv-SE", "Armbandet Nova är av rostfritt stål med PVD-beläggning i guldfärg."},
		{"sv-SE", "Det guldfärgade armbandet Nova är av rostfritt stål med PVD-beläggning."},
		{"da-DK", "Armbåndet Nova er af rustfrit stål med PVD-belægning i guldfarve."},
		{"da-DK", "Det guldfarvede armbånd Nova er af rustfrit stål med PVD-belægning."},
		{"nb-NO", "Armbåndet Nova er av rustfritt stål med PVD-belegg i gullfarge."},
		{"nb-NO", "Det gullfargede armbåndet Nova er av rustfritt stål med PVD-belegg."},
		{"nl-NL", "De armband Nova is van roestvrij staal met een PVD-coating in goudkleur."},
		{"nl-NL", "De goudkleurige armband Nova is van roestvrij staal met een PVD-coating."},
		{"fi-FI", "Nova-rannekoru on ruostumatonta terästä, ja siinä on kullanvärinen PVD-pinnoite."},
		{"pl-PL", "Bransoletka Nova jest ze stali nierdzewnej z powłoką PVD w kolorze złota."},
		{"pl-PL", "Bransoletka Nova jest ze stali nierdzewnej z powłoką PVD, złoty kolor."},
		{"cs-CZ", "Náramek Nova je z nerezové oceli s PVD povlakem, zlatá barva."},
		{"fr-FR", "Le bracelet Nova est en acier inoxydable avec un revêtement PVD couleur or."},
		{"es-ES", "La pulsera Nova es de acero inoxidable con recubrimiento PVD color oro."},
		{"pt-PT", "A pulseira Nova é de aço inoxidável com revestimento PVD cor de ouro."},
		{"it-IT", "Il bracciale Nova è in acciaio inossidabile con rivestimento PVD color oro."},
		{"el-GR", "Το βραχιόλι Nova είναι από ανοξείδωτο ατσάλι με επίστρωση PVD σε χρυσό χρώμα."},
		{"tr-TR", "Nova bileklik, altın rengi PVD kaplamalı paslanmaz çeliktir."},
		{"ar-AE", "سوار نوفا مصنوع من الفولاذ المقاوم للصدأ بطلاء PVD بلون الذهب."},
		{"ja-JP", "Novaブレスレットはステンレススチールに、ゴールドカラーのPVDコーティングを施しています。"},
		{"ja-JP", "Novaブレスレットはステンレススチールに、金色のPVDコーティングを施しています。"},
		{"ko-KR", "Nova 팔찌는 스테인리스 스틸에 골드 컬러 PVD 코팅을 입혔습니다."},
		{"ko-KR", "Nova 팔찌는 스테인리스 스틸에 금색 PVD 코팅을 입혔습니다."},
		{"zh-CN", "Nova手链采用不锈钢，表面为金色PVD镀层。"},
	}}} {
		rows = append(rows, pairRows(t62PVD, false, p.set)...)
		rows = append(rows, pairRows(t62IP, false, p.set)...)
	}
	return rows
}

func TestKindsTone62(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatRegulatory, t62Miss())
}

// TestKindsTone62Bad: solid or karat gold on plated pieces still blocks
// as regulatory, a part's gold in a Japanese sentence too; gold as a
// colour word on gold-coloured PVD or gold-tone IP steel (a compound, "in
// the colour of gold", a colour noun beside it), a part's gold where the
// copy says the piece is rolled gold plate, and a tone said of rolled
// gold plate still pass (any category).
func TestKindsTone62Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatRegulatory, append(pairRows(t62Rolled, true, [][2]string{
		{"en-GB", "The locket is solid gold, warm in tone."},
		{"en-GB", "It is made in 14k gold, warm in tone."},
		{"de-DE", "Das Medaillon ist aus massivem Gold, warm im Ton."},
		{"it-IT", "Il medaglione è in oro 18 kt, dal tono caldo."},
		{"fr-FR", "Le médaillon est en or massif 12 carats, d'une teinte chaude."},
		{"nl-NL", "Het medaillon is van massief 14 karaat goud, warm van tint."},
		{"ja-JP", "ロケットには金の留め具が付いています。"},
	}), pairRows(t62PVD, true, [][2]string{
		{"en-GB", "The Nova bracelet is solid gold."},
		{"de-DE", "Das Armband Nova ist aus massivem Gold."},
		{"it-IT", "Il bracciale Nova è in oro 18 kt."},
		{"en-US", "The Nova bracelet is 14k gold."},
	})...))
	pass := append(pairRows(t62Rolled, false, [][2]string{
		{"en-GB", "The locket is rolled gold plate and hangs from a gold clasp."},
		{"en-GB", "The locket is rolled gold plate. The gold clasp closes firmly."},
		{"en-GB", "The locket is rolled gold plate, warm in tone."},
	}), t62Colour()...)
	checkKindRows(t, svc, "", pass)
}
