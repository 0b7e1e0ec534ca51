package langid

import (
	"runtime"
	"strings"
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

// TestNeighboursOf: the neighbours close to a set of languages.
func TestNeighboursOf(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		langs []string
		want  string
	}{
		{[]string{"es"}, "ca"},
		{[]string{"es", "ca"}, "ca"},
		{[]string{"da", "nb"}, "nn"},
		{[]string{"nb"}, "nn"},
		{[]string{"cs"}, "sk"},
		{[]string{"es", "cs"}, "ca,sk"},
		{[]string{"fr", "de"}, ""},
		{nil, ""},
	} {
		if got := strings.Join(NeighboursOf(tc.langs...), ","); got != tc.want {
			t.Errorf("NeighboursOf(%v) = %q, want %q", tc.langs, got, tc.want)
		}
	}
}

// TestAmong: a detector over a few languages answers among them, is made
// once per set whatever the order, and is the detector itself for fewer
// than two known languages.
func TestAmong(t *testing.T) {
	t.Parallel()
	d := Default(all)
	ca := "Aquest penjoll de plata de llei està encastat amb dotze zirconites transparents i és perfecte per regalar."
	fr := "Ce pendentif en argent massif est serti de douze zircons transparents et fait un très joli cadeau."
	for _, tc := range []struct {
		langs      []string
		text, want string
	}{
		{[]string{"es", "ca"}, ca, "ca"},
		{[]string{"es", "ca"}, "Este colgante de plata de ley está engastado con doce circonitas transparentes y es perfecto para regalar.", "es"},
		{[]string{"es", "ca"}, fr, "es"}, // French is not among them: one of the two
		{[]string{"es", "ca", "fr"}, fr, "fr"},
	} {
		if got := d.Among(tc.langs).Identify(tc.text); got.Lang != tc.want {
			t.Errorf("Among(%v): %q: got %+v, want %s", tc.langs, tc.text, got, tc.want)
		}
	}
	if d.Among([]string{"ca", "es"}) != d.Among([]string{"ES", "ca", "es"}) {
		t.Error("the same set made twice")
	}
	if d.Among([]string{"es"}) != d || d.Among([]string{"es", "xx"}) != d {
		t.Error("fewer than two known languages: want the detector itself")
	}
}
