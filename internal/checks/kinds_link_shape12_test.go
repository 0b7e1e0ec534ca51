package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// shape12Rope is a 22k gold rope chain: no cord, no leather.
	shape12Rope = core.Product{SKU: "R12", Name: "Heritage", Category: "necklace", Materials: []string{"22k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "22k"}}, Colours: []string{"gold"},
		Measurements: []core.Measurement{{Name: "length", Value: 50, Unit: "cm"}}}
	// shape12Leather is a silver pendant on a black leather cord.
	shape12Leather = core.Product{SKU: "R12L", Name: "Heritage", Category: "necklace", Materials: []string{"sterling silver", "leather cord"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "black"},
		Measurements: []core.Measurement{{Name: "length", Value: 50, Unit: "cm"}}}
)

// shape12Lang is one language's cord or rope word as the shape of gold
// links or a chain style (shape), a pendant on a leather cord (leather),
// and, where the vocabulary reads a cord word as a material (en, de, es,
// fr, it), a bare cord (cord).
type shape12Lang struct {
	shape   []string
	leather string
	cord    []string
}

var shape12Texts = map[string]shape12Lang{
	"en": {[]string{"Its interlocking links form a cord that catches the light.", "Gold links twisted into a rope.", "A cord of woven gold, 50 cm long.", "A classic rope chain in 22k gold."},
		"Wear the pendant on a leather cord.", []string{"Hung on a black cord."}},
	"de": {[]string{"Die Glieder sind zu einer Kordel gedreht.", "Eine Kordel aus geflochtenem Gold, 50 cm lang.", "Eine klassische Kordelkette aus 22 Karat Gold."},
		"Der Anhänger hängt an einer Kordel aus Leder.", []string{"An einer schwarzen Kordel getragen."}},
	"es": {[]string{"Sus eslabones entrelazados forman un cordón que brilla con la luz.", "Un cordón de oro trenzado de 50 cm.", "Una cadena torzal clásica de oro de 22 quilates."},
		"Se lleva sobre un cordón de cuero.", []string{"Cuelga de un cordón negro."}},
	"fr": {[]string{"Ses maillons entrelacés forment un cordon qui capte la lumière.", "Un cordon d'or tressé de 50 cm.", "Une chaîne torsadée classique en or 22 carats."},
		"Se porte sur un cordon en cuir.", []string{"Suspendu à un cordon noir."}},
	"it": {[]string{"Le maglie intrecciate formano un cordone che cattura la luce.", "Un cordone d'oro intrecciato di 50 cm.", "Una classica catena a corda in oro 22 carati."},
		"Si indossa su un cordino in pelle.", []string{"Appeso a un cordino nero."}},
	"pt": {[]string{"Os elos entrelaçados formam um cordão que reflete a luz.", "Uma corrente cordão clássica em ouro 22k."},
		"Pendurado num cordão de couro.", nil},
	"nl": {[]string{"De in elkaar grijpende schakels vormen een koord dat het licht vangt.", "Een klassieke koordketting van 22 karaat goud."},
		"Gedragen aan een leren koord.", nil},
	"sv": {[]string{"Länkarna är tvinnade till en kordel som fångar ljuset.", "En klassisk kordellänk i 22 karat guld."},
		"Bärs på en snodd av läder.", nil},
	"da": {[]string{"Leddene er snoet til en kordel, der fanger lyset.", "En klassisk kordelkæde i 22 karat guld."},
		"Bæres i en snor af læder.", nil},
	"nb": {[]string{"Leddene er tvunnet til en kordel som fanger lyset.", "En klassisk kordellenke i 22 karat gull."},
		"Bæres i en snor av skinn.", nil},
	"fi": {[]string{"Lenkit on kierretty nauhaksi, joka kimaltaa valossa.", "Klassinen köysiketju 22 karaatin kullasta."},
		"Riipus roikkuu nahkanauhassa.", nil},
	"pl": {[]string{"Splecione ogniwa tworzą sznur, który łapie światło.", "Klasyczny łańcuszek typu kordel z 22-karatowego złota."},
		"Noszony na skórzanym rzemyku.", nil},
	"cs": {[]string{"Propletená očka tvoří šňůru, která zachytává světlo.", "Klasický řetízek typu lano z 22karátového zlata."},
		"Nosí se na kožené šňůrce.", nil},
	"el": {[]string{"Οι πλεγμένοι κρίκοι σχηματίζουν ένα κορδόνι που πιάνει το φως.", "Μια κλασική αλυσίδα κορδόνι από χρυσό 22 καρατίων."},
		"Φοριέται σε δερμάτινο κορδόνι.", nil},
	"tr": {[]string{"Birbirine geçen halkalar ışığı yakalayan bir kordon oluşturur.", "22 ayar altından klasik bir burgu zincir."},
		"Deri bir kordon üzerinde taşınır.", nil},
	"ja": {[]string{"編み込まれたリンクが光を捉えるロープのような形を作ります。", "22金のクラシックなロープチェーン。"},
		"レザーコードに通して身に着けます。", nil},
	"ko": {[]string{"서로 얽힌 링크가 빛을 받는 로프 모양을 이룹니다.", "22K 골드 클래식 로프 체인."},
		"가죽 끈에 걸어 착용합니다.", nil},
	"zh-CN": {[]string{"交错的链节拧成一股绳状，闪耀光芒。", "经典22K金绳链。"},
		"吊坠穿在黑色皮绳上。", nil},
	"zh-TW": {[]string{"交錯的鏈節扭成一股繩狀，閃耀光芒。", "經典22K金繩鏈。"},
		"吊墜穿在黑色皮繩上。", nil},
	"ar": {[]string{"تتشابك الحلقات لتشكّل حبلاً يلتقط الضوء.", "سلسلة حبل كلاسيكية من الذهب عيار 22."},
		"يُعلَّق على حبل من الجلد.", nil},
}

// TestKindsLinkShape12: a cord or rope word as the shape of gold links
// ("forman un cordón", "twisted into a rope", "a cord of woven gold", "zu
// einer Kordel gedreht", "un cordon d'or") or a chain style (rope chain,
// cadena torzal, Kordelkette) passes on a gold rope chain in every
// language (#13, twelfth blind set: es "forman un cordón" blocked
// grounding.material); a pendant on a leather cord still blocks on the
// chain and passes on a leather cord necklace, and where the vocabulary
// reads a cord word as a material (en, de, es, fr, it; the other
// languages name the cord by its leather or not at all), a bare black
// cord still blocks on the chain.
func TestKindsLinkShape12(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var shape, leather, cord []lt
	perLocale(t, shape12Texts, "shape12", func(loc string, x shape12Lang, in func([]string) []lt) {
		shape = append(shape, in(x.shape)...)
		leather = append(leather, in([]string{x.leather})...)
		cord = append(cord, in(x.cord)...)
	})
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"a cord word as the shape of gold links", shape12Rope, "", shape},
		{"a leather cord on a chain without one", shape12Rope, CatGrounding, leather},
		{"a leather cord on a leather cord necklace", shape12Leather, "", leather},
		{"a bare cord on a chain without one", shape12Rope, CatGrounding, cord},
	})
}
