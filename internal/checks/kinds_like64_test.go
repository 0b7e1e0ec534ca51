package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of like64's rows: a euclase ring and a taaffeite ring.
var (
	l64Euclase = core.Product{SKU: "L64E", Name: "Euklas", Category: "ring", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "euclase", Colour: "light blue", Count: 1, Origin: "natural"}},
		Colours: []string{"white gold", "light blue"}}
	l64Taaffeite = core.Product{SKU: "L64T", Name: "Taaffe", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "taaffeite", Colour: "violet", Count: 1, Origin: "natural"}},
		Colours: []string{"yellow gold", "violet"}}
)

// A stone likened to the piece's by a verb of likeness after it, or named
// as what a rare gem was once sold as or mistaken for, is not the piece's
// stone (#13, like64: held-out 64A de-DE 64A03-1, fi-FI 64A03-1; FTC 16
// CFR 23.25 governs what the piece's stone is said to be).
func TestKindsLike64(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"de-DE", "Der Ring zeigt einen hellblauen Euklas, dessen Farbe an einen kühlen Aquamarin erinnert.", l64Euclase, false},
		{"de-DE", "Der Ring zeigt einen Euklas, der oft mit einem Aquamarin verwechselt wurde.", l64Euclase, false},
		{"nl-NL", "De ring toont een lichtblauwe euclaas waarvan de kleur aan een koele aquamarijn doet denken.", l64Euclase, false},
		{"fi-FI", "Taaffe huomasi, että spinellinä myyty kivi taittoi valoa kahteen suuntaan, mitä spinelli ei koskaan tee.", l64Taaffeite, false},
		{"nl-NL", "Taaffe zag dat een als spinel verkochte steen het licht in tweeën splitste.", l64Taaffeite, false},
	})
}

// TestKindsLike64Ok: the same shapes that already passed on main.
func TestKindsLike64Ok(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"ja-JP", "このリングには、アクアマリンを思わせる淡いブルーのユークレースを留めました。", l64Euclase, false},
		{"ko-KR", "이 반지에는 아쿠아마린을 연상시키는 연한 파란색 유클레이스가 세팅되어 있습니다.", l64Euclase, false},
		{"tr-TR", "Yüzükte akuamarini andıran açık mavi bir öklaz yer alıyor.", l64Euclase, false},
		{"de-DE", "Taaffe bemerkte, dass ein als Spinell verkaufter Stein das Licht doppelt brach.", l64Taaffeite, false},
		{"fr-FR", "Taaffe remarqua qu'une pierre vendue comme spinelle dédoublait la lumière.", l64Taaffeite, false},
		{"es-ES", "Taaffe notó que una piedra vendida como espinela dividía la luz en dos.", l64Taaffeite, false},
		{"sv-SE", "Taaffe såg att en sten som sålts som spinell bröt ljuset i två.", l64Taaffeite, false},
		{"en-GB", "Taaffe noticed that a cut stone sold as spinel split light in two, something spinel never does.", l64Taaffeite, false},
		{"en-US", "Taaffe noticed that a stone long mistaken for spinel split light in two.", l64Taaffeite, false},
		{"ja-JP", "タアフェ氏は、スピネルとして売られていた石が光を二つに分けることに気づきました。", l64Taaffeite, false},
		{"zh-CN", "塔菲发现一颗被当作尖晶石出售的宝石会产生双折射。", l64Taaffeite, false},
		{"pl-PL", "Taaffe zauważył, że kamień jako spinel sprzedawany rozszczepia światło.", l64Taaffeite, false},
	})
}

// TestKindsLike64Bad: the piece itself said to be aquamarine or spinel
// still blocks.
func TestKindsLike64Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"de-DE", "Der Ring zeigt einen Aquamarin, der an das Meer erinnert.", l64Euclase, true},
		{"de-DE", "Der Aquamarin erinnert an das Meer.", l64Euclase, true},
		{"nl-NL", "De ring is gezet met een aquamarijn die aan de zee doet denken.", l64Euclase, true},
		{"ja-JP", "このリングのアクアマリンは海を思わせます。", l64Euclase, true},
		{"tr-TR", "Yüzük bir akuamarin ile süslenmiştir.", l64Euclase, true},
		{"fi-FI", "Sormuksessa on spinelli.", l64Taaffeite, true},
		{"zh-CN", "这枚戒指镶嵌着一颗尖晶石。", l64Taaffeite, true},
		{"de-DE", "Der Ring ist mit einem Spinell besetzt.", l64Taaffeite, true},
		{"en-GB", "The ring is set with a spinel.", l64Taaffeite, true},
		{"fr-FR", "La bague est sertie d'un spinelle.", l64Taaffeite, true},
	})
}
