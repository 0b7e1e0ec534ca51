package langid

import (
	"runtime"
	"testing"
)

var all = []string{"en", "fr", "de", "it", "es", "pt", "nl", "da", "sv", "nb", "fi", "pl", "cs", "tr", "el", "ar", "ja", "ko", "zh"}

// TestCloseLanguages tells apart the neighbours the issue names: Catalan
// and Spanish, Danish and Norwegian Bokmål, and the others of the packs.
func TestCloseLanguages(t *testing.T) {
	d := Default(all)
	for _, tc := range []struct{ want, text string }{
		{"es", "Este colgante de plata de ley está engastado con doce circonitas transparentes y es perfecto para regalar."},
		{"ca", "Aquest penjoll de plata de llei està encastat amb dotze zirconites transparents i és perfecte per regalar."},
		{"da", "Denne charm i sterlingsølv er prydet med tolv klare zirkonia og er en fin gave til en, du holder af."},
		{"nb", "Denne charmen i sterlingsølv er pyntet med tolv klare zirkonia og er en fin gave til noen du er glad i."},
		{"sv", "Den här berlocken i sterlingsilver är prydd med tolv klara zirkonia och är en fin present till någon du tycker om."},
		{"pt", "Este pingente de prata 925 é cravejado com doze zircônias incolores e é um presente perfeito."},
		{"nl", "Deze bedel van sterling zilver is gezet met twaalf heldere zirkonia en is een mooi cadeau."},
		{"fi", "Tämä sterlinghopeinen riipus on koristeltu kahdellatoista kirkkaalla zirkonialla ja sopii lahjaksi."},
		{"pl", "Ta zawieszka ze srebra próby 925 jest ozdobiona dwunastoma bezbarwnymi cyrkoniami i jest pięknym prezentem."},
		{"cs", "Tento přívěsek ze stříbra 925 je zdoben dvanácti čirými zirkony a je krásným dárkem."},
		{"tr", "Bu 925 ayar gümüş charm on iki adet şeffaf zirkon taş ile süslenmiştir ve güzel bir hediyedir."},
		{"el", "Αυτό το charm από ασήμι 925 είναι διακοσμημένο με δώδεκα διάφανα ζιργκόν και είναι ένα όμορφο δώρο."},
		{"ar", "هذه التعليقة من الفضة الإسترلينية مرصعة باثني عشر حجر زركونيا شفافا وهي هدية جميلة."},
		{"ja", "このチャームはスターリングシルバー製で、12個のクリアなキュービックジルコニアがあしらわれています。"},
		{"zh", "这款串饰采用925银制作，点缀12颗透明锆石，是送礼的理想之选。"},
		{"ko", "이 참은 스털링 실버로 만들어졌으며 12개의 투명한 큐빅 지르코니아가 세팅되어 있습니다."},
	} {
		if got := d.Identify(tc.text); got.Lang != tc.want {
			t.Errorf("%s: got %+v, want %s", tc.text, got, tc.want)
		}
	}
}

// TestMemory reports the heap the preloaded low-accuracy models take.
func TestMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := New(all)
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("lingua-go, %d languages, low accuracy, preloaded: %.1f MiB heap", len(all)+2, float64(after.HeapAlloc-before.HeapAlloc)/(1<<20))
	_ = d
}

func BenchmarkIdentify(b *testing.B) {
	d := Default(all)
	text := "This sterling silver charm is set with twelve clear cubic zirconia and makes a thoughtful gift for someone you love, worn on its own or with other pieces."
	b.ReportAllocs()
	for b.Loop() {
		d.Identify(text)
	}
}
