package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// qual50Studs is the product of TestKindsQual50 (#13, qual50): stud
// earrings with two lab-grown diamonds in 14k white gold.
var qual50Studs = core.Product{SKU: "QL50", Name: "Aura Studs", Category: "earrings", Collection: "Moments", Materials: []string{"14k white gold", "lab-grown diamond"},
	Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 2, Origin: core.OriginLabGrown, Treatment: "none"}},
	Colours: []string{"white"}}

// TestKindsQual50 (#13, qual50): lab-grown diamonds named with a qualifier
// the trade uses in each language pass regulatory.stone_qualifier (FTC 16
// CFR 23.23(c): "laboratory-grown", "laboratory-created", "synthetic"
// with the stone's name). The short "lab" written as its own word before
// the stone's name, as Korean (랩 다이아몬드) and Turkish (lab pırlanta)
// copy writes it beside "lab diamonds", blocked in ko-KR and tr-TR; the
// packs' lab_grown lists now hold 랩 and lab. The other rows hold each
// locale's own qualified form, with a later unqualified mention of the
// same stones. TestKindsQual50Bad: the same sentences without the
// qualifier still block in every locale.
func TestKindsQual50(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "regulatory", pairRows(qual50Studs, false, qual50True))
}

// TestKindsQual50Bad: the lab-grown diamonds of TestKindsQual50 named
// bare still block as regulatory, in 25 locales.
func TestKindsQual50Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "regulatory", pairRows(qual50Studs, true, qual50Bad))
}

var qual50True = [][2]string{
	{"en-GB", "The Aura Studs set two laboratory-grown diamonds in 14k white gold. Each diamond is held by four claws."},
	{"en-US", "The Aura Studs hold two lab diamonds in 14k white gold. Each diamond is cut with 57 facets."},
	{"en-AU", "Aura Studs: two diamonds (laboratory-grown) set in 14k white gold claws."},
	{"de-DE", "Die Aura-Ohrstecker tragen zwei im Labor gezüchtete Diamanten in 14 Karat Weißgold. Jeder Diamant wird von vier Krappen gehalten."},
	{"fr-FR", "Les puces Aura réunissent deux diamants synthétiques sertis dans de l'or blanc 14 carats. Chaque diamant est tenu par quatre griffes."},
	{"fr-CA", "Les boucles Aura réunissent deux diamants de laboratoire sertis dans de l'or blanc 14 carats. Chaque diamant est tenu par quatre griffes."},
	{"it-IT", "Gli orecchini Aura montano due diamanti creati in laboratorio in oro bianco 14 carati. Ogni diamante è tenuto da quattro griffe."},
	{"es-ES", "Los pendientes Aura llevan dos diamantes creados en laboratorio en oro blanco de 14 quilates. Cada diamante se sujeta con cuatro garras."},
	{"es-MX", "Los aretes Aura llevan dos diamantes cultivados en laboratorio en oro blanco de 14 quilates. Cada diamante se sujeta con cuatro garras."},
	{"pt-PT", "Os brincos Aura têm dois diamantes criados em laboratório em ouro branco de 14 quilates. Cada diamante é seguro por quatro garras."},
	{"pt-BR", "Os brincos Aura têm dois diamantes cultivados em laboratório em ouro branco 14k. Cada diamante é preso por quatro garras."},
	{"nl-NL", "De Aura-oorknopjes hebben twee labdiamanten in 14 karaat witgoud. Elke diamant wordt door vier griffen vastgehouden."},
	{"sv-SE", "Aura-örhängena har två labbodlade diamanter i 14 karat vitguld. Varje diamant hålls av fyra klor."},
	{"da-DK", "Aura-ørestikkerne har to laboratoriedyrkede diamanter i 14 karat hvidguld. Hver diamant holdes af fire kløer."},
	{"nb-NO", "Aura-øreringene har to labdiamanter i 14 karat hvitt gull. Hver diamant holdes av fire klør."},
	{"fi-FI", "Aura-korvakoruissa on kaksi laboratoriossa kasvatettua timanttia 14 karaatin valkokullassa. Jokaista timanttia pitää neljä kynttä."},
	{"pl-PL", "Kolczyki Aura mają dwa diamenty hodowane w laboratorium, osadzone w 14-karatowym białym złocie. Każdy diament trzymają cztery łapki."},
	{"cs-CZ", "Náušnice Aura nesou dva laboratorně vypěstované diamanty ve 14karátovém bílém zlatě. Každý diamant drží čtyři drápky."},
	{"el-GR", "Τα σκουλαρίκια Aura έχουν δύο συνθετικά διαμάντια σε λευκό χρυσό 14 καρατίων. Κάθε διαμάντι συγκρατείται από τέσσερα νύχια."},
	{"tr-TR", "Aura küpelerde 14 ayar beyaz altında iki adet lab pırlanta bulunur. Her pırlanta dört tırnakla tutulur."},
	{"tr-TR", "Aura küpelerde 14 ayar beyaz altına yerleştirilmiş iki lab elmas bulunur."},
	{"ar-AE", "يضم قرطا Aura ماستين مصنّعتين في المختبر مرصّعتين في الذهب الأبيض عيار 14. تُثبَّت كل ماسة بأربعة مخالب."},
	{"ja-JP", "Auraピアスは、2石のラボグロウンダイヤモンドを14Kホワイトゴールドにセットしました。各ダイヤモンドは4本の爪で留めています。"},
	{"ko-KR", "Aura 귀걸이는 랩 다이아몬드 두 개를 14K 화이트 골드에 세팅했습니다. 각 다이아몬드는 네 개의 발로 고정됩니다."},
	{"ko-KR", "Aura 귀걸이는 14K 화이트 골드에 두 개의 랩 다이아몬드를 세팅했습니다."},
	{"zh-CN", "Aura耳钉以14K白金镶嵌两颗培育钻石。每颗钻石均以四爪固定。"},
	{"zh-TW", "Aura耳環以14K白金鑲嵌兩顆實驗室培育鑽石。每顆鑽石均以四爪固定。"},
}

var qual50Bad = [][2]string{
	{"en-GB", "The Aura Studs set two diamonds in 14k white gold. Each diamond is held by four claws."},
	{"en-US", "The Aura Studs hold two diamonds in 14k white gold, each cut with 57 facets."},
	{"en-AU", "Aura Studs: two diamonds set in 14k white gold claws."},
	{"de-DE", "Die Aura-Ohrstecker tragen zwei Diamanten in 14 Karat Weißgold. Jeder Diamant wird von vier Krappen gehalten."},
	{"fr-FR", "Les puces Aura réunissent deux diamants sertis dans de l'or blanc 14 carats. Chaque diamant est tenu par quatre griffes."},
	{"fr-CA", "Les boucles Aura réunissent deux diamants sertis dans de l'or blanc 14 carats."},
	{"it-IT", "Gli orecchini Aura montano due diamanti in oro bianco 14 carati. Ogni diamante è tenuto da quattro griffe."},
	{"es-ES", "Los pendientes Aura llevan dos diamantes en oro blanco de 14 quilates. Cada diamante se sujeta con cuatro garras."},
	{"es-MX", "Los aretes Aura llevan dos diamantes en oro blanco de 14 quilates."},
	{"pt-PT", "Os brincos Aura têm dois diamantes em ouro branco de 14 quilates."},
	{"pt-BR", "Os brincos Aura têm dois diamantes em ouro branco 14k."},
	{"nl-NL", "De Aura-oorknopjes hebben twee diamanten in 14 karaat witgoud."},
	{"sv-SE", "Aura-örhängena har två diamanter i 14 karat vitguld."},
	{"da-DK", "Aura-ørestikkerne har to diamanter i 14 karat hvidguld."},
	{"nb-NO", "Aura-øreringene har to diamanter i 14 karat hvitt gull."},
	{"fi-FI", "Aura-korvakoruissa on kaksi timanttia 14 karaatin valkokullassa."},
	{"pl-PL", "Kolczyki Aura mają dwa diamenty osadzone w 14-karatowym białym złocie."},
	{"cs-CZ", "Náušnice Aura nesou dva diamanty ve 14karátovém bílém zlatě."},
	{"el-GR", "Τα σκουλαρίκια Aura έχουν δύο διαμάντια σε λευκό χρυσό 14 καρατίων."},
	{"tr-TR", "Aura küpelerde 14 ayar beyaz altında iki adet pırlanta bulunur. Her pırlanta dört tırnakla tutulur."},
	{"tr-TR", "Aura küpelerde laboratuvar tarzı bir tasarımla 14 ayar beyaz altına iki elmas yerleştirildi."},
	{"ar-AE", "يضم قرطا Aura ماستين مرصّعتين في الذهب الأبيض عيار 14."},
	{"ja-JP", "Auraピアスは、2石のダイヤモンドを14Kホワイトゴールドにセットしました。"},
	{"ko-KR", "Aura 귀걸이는 다이아몬드 두 개를 14K 화이트 골드에 세팅했습니다."},
	{"zh-CN", "Aura耳钉以14K白金镶嵌两颗钻石。"},
	{"zh-TW", "Aura耳環以14K白金鑲嵌兩顆鑽石。"},
}

// TestKindsQual50Open: 랩 (lab, also wrap) a few words before the stone's
// name counts as its qualifier, as the Korean qualifier window does for
// every qualifier (qualifier adjacency in Korean is not checked word by
// word); a wrap-style design word before bare diamonds passes.
func TestKindsQual50Open(t *testing.T) {
	t.Skip("open (#13, qual50): Korean qualifier window reaches 랩 of 랩 스타일 two words before 다이아몬드")
	checkKindRows(t, checkService(t), "regulatory", pairRows(qual50Studs, true, [][2]string{
		{"ko-KR", "Aura 귀걸이는 랩 스타일의 디자인에 다이아몬드 두 개를 14K 화이트 골드에 세팅했습니다."},
	}))
}
