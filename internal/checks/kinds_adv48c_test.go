package checks

import (
	"testing"
)

// adv48cVersus24: 24 karat said as the chain's own gold in a clause with
// no word of the piece, a versus word opening the next clause with the
// piece's true 22 karat as the usual standard. On main the versus word
// anywhere in the sentence made 24 karat a standard; it must block on the
// 22k chain.
var adv48cVersus24 = [][2]string{
	{"en-GB", "Solid 24ct gold from end to end, while most rope chains stop at 22ct."},
	{"en-US", "Solid 24k gold from end to end, whereas most rope chains stop at 22k."},
	{"en-AU", "Solid 24 carat gold from end to end, where most rope chains stop at 22 carat."},
	{"de-DE", "Massives 24-Karat-Gold von Ende zu Ende, während die meisten Kordelketten bei 22 Karat enden."},
	{"fr-FR", "De l'or massif 24 carats d'un bout à l'autre, alors que la plupart des chaînes corde s'arrêtent à 22 carats."},
	{"fr-CA", "De l'or massif 24 carats d'un bout à l'autre, tandis que la plupart des chaînes torsadées s'arrêtent à 22 carats."},
	{"es-ES", "Oro macizo de 24 quilates de principio a fin, mientras que la mayoría de las cadenas cordón se quedan en 22 quilates."},
	{"it-IT", "Oro massiccio 24 carati da un capo all'altro, mentre la maggior parte delle catene torchon si ferma a 22 carati."},
	{"pt-PT", "Ouro maciço de 24 quilates de ponta a ponta, enquanto a maioria das correntes cordão fica pelos 22 quilates."},
	{"pt-BR", "Ouro maciço 24 quilates de ponta a ponta, enquanto a maioria das correntes cordão fica nos 22 quilates."},
	{"nl-NL", "Massief 24 karaat goud van begin tot eind, terwijl de meeste koordkettingen bij 22 karaat ophouden."},
	{"sv-SE", "Massivt 24 karat guld från ände till ände, medan de flesta kordellänkar stannar vid 22 karat."},
	{"da-DK", "Massivt 24 karat guld fra ende til anden, mens de fleste kordelkæder stopper ved 22 karat."},
	{"nb-NO", "Massivt 24 karat gull fra ende til annen, mens de fleste kordellenker stopper ved 22 karat."},
	{"cs-CZ", "Masivní 24karátové zlato od začátku do konce, zatímco většina kordových řetízků končí u 22 karátů."},
	{"el-GR", "Συμπαγής χρυσός 24 καρατίων από άκρη σε άκρη, ενώ οι περισσότερες αλυσίδες κορδόνι σταματούν στα 22 καράτια."},
	{"tr-TR", "Baştan sona som 24 ayar altın; oysa çoğu burgu zincir 22 ayarda kalır."},
	{"ar-AE", "ذهب عيار 24 خالص من طرف إلى طرف، بينما تتوقف معظم السلاسل المجدولة عند عيار 22."},
	{"ko-KR", "처음부터 끝까지 24K 순금이며, 반면 대부분의 로프 체인은 22K에 그칩니다."},
	{"zh-CN", "从头到尾都是24K实心金，而大多数绳纹链只有22K。"},
	{"zh-TW", "從頭到尾都是24K實心金，而大多數繩紋鍊只有22K。"},
}

// TestKindsAdv48C (#13, adv48c): fineness48's versusStandard read a
// fineness as a standard set against the piece's own wherever its sentence
// held a word of versus_words, so a wrong karat or standard stated of the
// piece in a clause of its own, with the versus word opening the next
// clause, passed: "Solid 24ct gold from end to end, while most rope chains
// stop at 22ct" on a 22k chain. The versus word must now stand in the
// fineness's own clause. The clean rows of TestKindsFineness48 still pass.
func TestKindsAdv48C(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	g22, br, wg := fineness48Gold22, fineness48Britannia, fineness48WhiteGold
	rows := pairRows(g22, true, adv48cVersus24)
	rows = append(rows, []kindRow{
		{"en-GB", "Made in 24 carat gold, compared with the usual 22 carat.", g22, true},
		{"en-GB", "Its gold is 24ct, while the standard is 22ct.", g22, true},
		{"en-GB", "14k white gold, where most rings are 18k.", wg, true},
		{"fr-FR", "De l'or pur 24 carats, alors que la plupart des chaînes sont en 22 carats.", g22, true},
		{"es-ES", "Oro puro de 24 quilates, mientras que la mayoría de cadenas son de 22 quilates.", g22, true},
		// clean twins: the versus word in the standard's own clause
		{"en-GB", "Where sterling is 925 parts per thousand silver, Britannia is 958.", br, false},
	}...)
	checkKindRows(t, svc, "grounding", rows)
}

// TestKindsAdv48COpen (#13, adv48c): leaks left open. (0) A post-positional
// versus word (ja に対し) after the piece's own fineness in a later clause;
// the piece's own fineness after the versus word not read as a match (fi
// "22 karaattiin", pl "22 karatach", en "Britannia's 958").
// (1) A fineness
// stated of a part of the piece that is no word of the piece ("the core")
// in the clause a versus word opens. (The ja row blocks on main cfb74e74
// already. 24 karat beside "too soft" with the piece named after it or by
// a possessive, once (2) here, moved to TestKindsOpen49Soft (open49);
// nickel named by its share on a nickel-free white gold, once (3), blocks
// since nickel49.)
func TestKindsAdv48COpen(t *testing.T) {
	t.Skip("open (#13, adv48c): a part word outside the piece words ('the core'), the piece's own fineness after a versus word not read (fi, pl, en Britannia's)")
	t.Parallel()
	svc := checkService(t)
	g22, br := fineness48Gold22, fineness48Britannia
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The chain is 22k gold on the outside, while the core is 9k.", g22, true},
		{"ja-JP", "端から端まで24金の無垢、一般的なロープチェーンが22金であるのに対し。", g22, true},
		{"fi-FI", "Täyttä 24 karaatin kultaa päästä päähän, kun taas useimmat köysiketjut jäävät 22 karaattiin.", g22, true},
		{"pl-PL", "Lite 24-karatowe złoto od początku do końca, podczas gdy większość łańcuszków typu korda kończy na 22 karatach.", g22, true},
		{"en-GB", "925 parts per thousand silver, compared with Britannia's 958.", br, true},
	})
}
