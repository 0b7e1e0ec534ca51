package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of lab64's rows: a natural blue topaz ring, natural
// jeremejevite earrings (held-out 63B pt-BR 63B03-2), a natural spinel
// ring, a kunzite ring with lab-grown diamonds (held-out 47A ko-KR
// 47A103), a lab-grown sapphire ring, earrings with one bronze pearl or
// one sapphire on each (2 in all), and a necklace of 68 cultured
// freshwater pearls whose keywords name its pearls (released 63A de-DE
// 63A04-2).
var (
	l64Topaz = core.Product{SKU: "L64T", Name: "Aurora", Category: "ring", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "topaz", Origin: core.OriginNatural, Colour: "blue", Count: 1}},
		Colours: []string{"blue", "silver"}}
	l64Jerem = core.Product{SKU: "L64J", Name: "Namíbia", Category: "earrings", Collection: "Signature",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "jeremejevite", Origin: core.OriginNatural, Colour: "blue", Count: 2}},
		Colours: []string{"blue", "white"}}
	l64Spinel = core.Product{SKU: "L64S", Name: "Notturno", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "spinel", Origin: core.OriginNatural, Colour: "blue", Count: 1}},
		Colours: []string{"blue", "white"}}
	l64Kunzite = core.Product{SKU: "L64K", Name: "Trilogy", Category: "ring", Collection: "Heritage",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "10k"}},
		Stones: []core.Stone{{Type: "kunzite", Origin: core.OriginNatural, Colour: "pink", Count: 1},
			{Type: "diamond", Origin: core.OriginLabGrown, Colour: "white", Count: 2}},
		Colours: []string{"pink", "gold"}}
	l64Lab = core.Product{SKU: "L64L", Name: "Nova", Category: "ring", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "lab-grown sapphire", Origin: core.OriginLabGrown, Colour: "blue", Count: 1}},
		Colours: []string{"blue", "silver"}}
	l64Pearls = core.Product{SKU: "L64E", Name: "Cloud", Category: "earrings", Collection: "Moments",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cultured freshwater soufflé pearl", Colour: "bronze", Count: 2}},
		Colours: []string{"bronze", "silver"}}
	l64Sapphires = core.Product{SKU: "L64P", Name: "Drop", Category: "earrings", Collection: "Moments",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sapphire", Origin: core.OriginNatural, Colour: "blue", Count: 2}},
		Colours: []string{"blue", "silver"}}
	l64Necklace = core.Product{SKU: "L64N", Name: "Biwa-Perlenkette", Category: "necklace", Collection: "Moments",
		Metals:   []core.Metal{{Base: "yellow gold", Fineness: "750"}},
		Stones:   []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: 68}},
		Colours:  []string{"white"},
		Keywords: []string{"Perlenkette", "Zuchtperlen"}}
)

// A natural stone called lab-grown with the qualifier after it, and counts
// on each fitting of a pair or stopped early (#13, lab64; held-out 63B
// pt-BR 63B03-2, released 63A de-DE 63A04-2, probe 63D en-AU 63D04-2).
// FTC 16 CFR 23.23(c) and 23.25: a natural stone may not be called
// laboratory-grown, created or synthetic.
func TestKindsLab64(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, lab64Rows())
}

// lab64Rows are TestKindsLab64's rows, all blocking.
func lab64Rows() []kindRow {
	rows := pairRows(l64Topaz, true, [][2]string{
		{"en-GB", "The ring is set with a blue topaz grown in a laboratory."},
		{"en-GB", "The topaz in this ring was grown in a lab."},
		{"en-GB", "The topaz is lab-grown."},
		{"en-US", "The ring holds a topaz created in a laboratory."},
		{"fr-FR", "La bague est sertie d'une topaze de synthèse."},
		{"fr-FR", "La bague est sertie d'une topaze bleue créée en laboratoire."},
		{"fr-FR", "La topaze de cette bague a été créée en laboratoire."},
		{"fr-CA", "La topaze est synthétique."},
		{"es-ES", "El anillo lleva un topacio creado en laboratorio."},
		{"es-ES", "El anillo lleva un topacio azul sintético."},
		{"es-MX", "El topacio de este anillo fue creado en laboratorio."},
		{"pt-BR", "O anel traz um topázio cultivado em laboratório."},
		{"pt-BR", "As pedras deste anel foram cultivadas em laboratório."},
		{"pt-PT", "O topázio deste anel foi criado em laboratório."},
		{"it-IT", "L'anello è impreziosito da un topazio sintetico."},
		{"it-IT", "Il topazio di questo anello è stato coltivato in laboratorio."},
		{"de-DE", "Der Ring trägt einen Topas, der im Labor gezüchtet wurde."},
		{"de-DE", "Der Topas wurde im Labor gezüchtet."},
		{"de-DE", "Der Topas ist synthetisch."},
		{"nl-NL", "De topaas van deze ring is in het laboratorium gekweekt."},
		{"nl-NL", "De topaas is synthetisch."},
		{"sv-SE", "Ringens topas är labbodlad."},
		{"sv-SE", "Ringen har en topas odlad i laboratorium."},
		{"da-DK", "Ringens topas er laboratoriedyrket."},
		{"da-DK", "Ringen har en topas dyrket i laboratorium."},
		{"nb-NO", "Ringen har en topas dyrket i laboratorium."},
		{"fi-FI", "Sormuksen topaasi on laboratoriossa kasvatettu."},
		{"fi-FI", "Topaasi on synteettinen."},
		{"pl-PL", "Pierścionek zdobi topaz wyhodowany w laboratorium."},
		{"pl-PL", "Topaz jest syntetyczny."},
		{"cs-CZ", "Prsten zdobí topaz vypěstovaný v laboratoři."},
		{"cs-CZ", "Topaz je syntetický."},
		{"el-GR", "Το τοπάζι είναι συνθετικό."},
		{"el-GR", "Το τοπάζι του δαχτυλιδιού δημιουργήθηκε σε εργαστήριο."},
		{"tr-TR", "Yüzükteki topaz laboratuvarda üretilmiştir."},
		{"ar-AE", "الخاتم مرصع بحجر توباز صناعي."},
		{"ar-AE", "الخاتم مرصع بتوباز مزروع في المختبر."},
		{"ar-AE", "التوباز في هذا الخاتم مصنع في المختبر."},
		{"ja-JP", "このトパーズはラボで育成されたものです。"},
		{"ja-JP", "トパーズは合成です。"},
		{"ko-KR", "이 토파즈는 랩에서 만든 것입니다."},
		{"ko-KR", "이 토파즈는 실험실에서 합성되었습니다."},
		{"zh-CN", "这颗托帕石是实验室培育的。"},
		{"zh-TW", "托帕石為實驗室合成。"},
	})
	rows = append(rows, pairRows(l64Jerem, true, [][2]string{
		{"pt-BR", "Como os cristais naturais são raros e minúsculos, as pedras destes brincos foram cultivadas em laboratório, com o mesmo azul claro e límpido."},
	})...)
	rows = append(rows, pairRows(l64Pearls, true, [][2]string{
		{"en-AU", "The earrings pair two bronze soufflé pearls on each sterling silver hook."},
		{"en-AU", "Two bronze pearls hang on each hook."},
		{"fr-FR", "Deux perles sont suspendues à chaque crochet."},
		{"fr-FR", "Chaque boucle d'oreille porte deux perles."},
		{"fr-FR", "Les boucles d'oreilles portent trois perles."},
		{"pl-PL", "Na każdym biglu wiszą dwie perły."},
	})...)
	rows = append(rows, pairRows(l64Sapphires, true, [][2]string{
		{"pl-PL", "Na każdym biglu wiszą dwa szafiry."},
		{"cs-CZ", "Dva safíry na každém háčku."},
		{"fi-FI", "Kaksi safiiria kummassakin koukussa."},
		{"el-GR", "Δύο ζαφείρια σε κάθε γαντζάκι."},
		{"tr-TR", "Her kancada iki safir var."},
		{"ar-AE", "ياقوتتان زرقاوان على كل خطاف."},
		{"ko-KR", "각 후크에 사파이어 두 개가 달려 있습니다."},
		{"zh-CN", "每个耳钩上有两颗蓝宝石。"},
	})...)
	rows = append(rows, pairRows(l64Necklace, true, [][2]string{
		{"de-DE", "Die Biwa-Perlenkette aus der Kollektion Moments reiht 72 Süßwasser-Zuchtperlen aus dem Biwa-See in Japan aneinander, jede etwa 6 mm groß und einzeln geknotet."},
		{"de-DE", "Die Kette reiht 72 Zuchtperlen aneinander."},
	})...)
	return rows
}

// TestKindsLab64Ok: a lab-grown stone's own qualifier after it, a natural
// stone denied lab-grown, a stone in a contrast with a synthetic one
// (held-out 52A it-IT 52A103-2), a laboratory's report, a kunzite beside
// lab-grown diamonds (held-out 47A ko-KR 47A103), and true counts pass.
func TestKindsLab64Ok(t *testing.T) {
	t.Parallel()
	rows := pairRows(l64Topaz, false, [][2]string{
		{"en-GB", "The topaz comes with a laboratory report."},
		{"en-GB", "The topaz is natural, not grown in a lab."},
		{"en-GB", "Unlike synthetic spinel, this topaz is natural."},
		{"fr-FR", "La topaze est accompagnée d'un certificat de laboratoire."},
		{"fr-FR", "La topaze n'est pas synthétique."},
		{"de-DE", "Der Topas ist nicht synthetisch."},
		{"pt-BR", "O topázio é natural e não foi criado em laboratório."},
		{"es-ES", "El topacio es natural, no sintético."},
		{"ja-JP", "トパーズは天然で、合成ではありません。"},
		{"zh-CN", "托帕石是天然的，不是实验室培育的。"},
	})
	rows = append(rows, pairRows(l64Spinel, false, [][2]string{
		{"it-IT", "A differenza di molti zaffiri blu, quasi sempre riscaldati, e dello spinello sintetico prodotto fin dai primi del Novecento, questo spinello è naturale e non è stato riscaldato."},
	})...)
	rows = append(rows, pairRows(l64Kunzite, false, [][2]string{
		{"ko-KR", "10mm 핑크 쿤자이트를 랩그로운 다이아몬드 두 개 사이에 세팅한 반지입니다."},
		{"en-GB", "A pink kunzite sits between two lab-grown diamonds."},
	})...)
	rows = append(rows, pairRows(l64Lab, false, [][2]string{
		{"en-US", "The ring holds a sapphire grown in a laboratory."},
		{"fr-FR", "La bague est sertie d'un saphir de synthèse."},
		{"it-IT", "L'anello è impreziosito da uno zaffiro sintetico."},
		{"de-DE", "Der Saphir wurde im Labor gezüchtet."},
		{"pt-BR", "A safira deste anel foi cultivada em laboratório."},
		{"ar-AE", "الخاتم مرصع بياقوت أزرق صناعي."},
	})...)
	rows = append(rows, pairRows(l64Pearls, false, [][2]string{
		{"en-AU", "One bronze soufflé pearl hangs on each sterling silver hook."},
		{"en-AU", "Two bronze pearls, one on each hook."},
		{"fr-FR", "Une perle est suspendue à chaque crochet."},
		{"fr-FR", "Chaque boucle d'oreille porte une perle."},
		{"fr-FR", "Deux perles, une à chaque crochet."},
		{"pl-PL", "Na każdym biglu wisi jedna perła."},
		{"ja-JP", "パール2粒のうち1粒はやや大きめです。"},
	})...)
	rows = append(rows, pairRows(l64Sapphires, false, [][2]string{
		{"pl-PL", "Na każdym biglu wisi jeden szafir."},
		{"cs-CZ", "Jeden safír na každém háčku."},
		{"fi-FI", "Yksi safiiri kummassakin koukussa."},
		{"el-GR", "Ένα ζαφείρι σε κάθε γαντζάκι."},
		{"tr-TR", "Her kancada bir safir var."},
		{"ar-AE", "ياقوتة زرقاء على كل خطاف."},
		{"ja-JP", "各フックにサファイアが1石ずつ。"},
		{"ko-KR", "각 후크에 사파이어 한 개가 달려 있습니다."},
		{"zh-CN", "每个耳钩上有一颗蓝宝石。"},
	})...)
	rows = append(rows, pairRows(l64Necklace, false, [][2]string{
		{"de-DE", "Die Biwa-Perlenkette aus der Kollektion Moments reiht 68 Süßwasser-Zuchtperlen aus dem Biwa-See in Japan aneinander, jede etwa 6 mm groß und einzeln geknotet."},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}

// TestKindsLab64Bad: a lab-grown qualifier before the natural stone, a
// wrong count of named pearls and a metal the piece lacks still block.
func TestKindsLab64Bad(t *testing.T) {
	t.Parallel()
	rows := pairRows(l64Topaz, true, [][2]string{
		{"en-US", "The ring is set with a lab-grown topaz."},
		{"de-DE", "Der Ring trägt einen im Labor gezüchteten Topas."},
		{"zh-CN", "戒指镶嵌一颗实验室培育的托帕石。"},
	})
	rows = append(rows, pairRows(l64Pearls, true, [][2]string{
		{"en-AU", "Three pearls hang from the hooks."},
		{"fr-FR", "Les boucles d'oreilles portent trois perles de culture."},
		{"en-GB", "Two gold pearls hang on each hook."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}
