package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// ig11Ring is a titanium ring inlaid with lapis lazuli: no gold anywhere.
var ig11Ring = core.Product{SKU: "IG11", Name: "Atlas Ring", Category: "ring",
	Materials: []string{"titanium", "lapis lazuli"},
	Metals:    []core.Metal{{Base: "titanium"}},
	Stones:    []core.Stone{{Type: "lapis lazuli", Count: 1, Colour: "blue", Origin: "natural"}},
	Colours:   []string{"grey", "blue"}}

// TestKindsInclusionGold11 (#13, eleventh blind set: false blocks of
// grounding.material): where the gold adjective also means golden, a gold
// word qualifying a stone's inclusions (golden veins or flecks of pyrite
// in lapis lazuli, "z drobnymi złotymi żyłkami pirytu", "goldene
// Pyriteinschlüsse", "paillettes dorées de pyrite", 金色の内包物) names
// their colour, not the metal: at most a warning. The same gold word of
// the band or the setting, gold named as a metal noun ("flecks of gold",
// "veines d'or"), a karat, or gold flecks in a sentence that names no
// stone and no mineral still block on the titanium ring.
func TestKindsInclusionGold11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"gold as the colour of a stone's inclusions", ig11Ring, "", []lt{
			{"en-GB", "The titanium band holds blue lapis lazuli with fine golden flecks of pyrite."},
			{"en-US", "Blue lapis lazuli with gold veins of pyrite runs through the titanium band."},
			{"en-AU", "The titanium ring is inlaid with lapis lazuli, its deep blue scattered with gold specks."},
			{"de-DE", "Im Titanring liegt blauer Lapislazuli mit feinen goldenen Pyriteinschlüssen."},
			{"fr-FR", "La bague en titane est incrustée de lapis-lazuli bleu aux paillettes dorées de pyrite."},
			{"fr-CA", "Le lapis-lazuli bleu de la bague en titane est parsemé de veines dorées de pyrite."},
			{"it-IT", "L'anello in titanio ha un intarsio di lapislazzuli blu con pagliuzze dorate di pirite."},
			{"es-ES", "El anillo de titanio lleva lapislázuli azul con vetas doradas de pirita."},
			{"es-MX", "El anillo de titanio tiene una incrustación de lapislázuli azul con motas doradas de pirita."},
			{"pt-BR", "O anel de titânio tem lápis-lazúli azul com pintas douradas de pirita."},
			{"pt-PT", "O anel em titânio tem lápis-lazúli azul com veios dourados de pirite."},
			{"nl-NL", "De titanium ring heeft blauwe lapis lazuli met fijne gouden spikkels van pyriet."},
			{"sv-SE", "Titanringen har blå lapis lazuli med gyllene prickar av pyrit."},
			{"da-DK", "Titaniumringen har blå lapis lazuli med gyldne prikker af pyrit."},
			{"nb-NO", "Titanringen har blå lapis lazuli med gylne flekker av pyritt."},
			{"fi-FI", "Titaanisormuksessa on sinistä lapislatsulia, jossa on kultaisia rikkikiisun pilkkuja."},
			{"pl-PL", "W obrączce z tytanu biegnie inkrustacja z niebieskiego lapis lazuli z drobnymi złotymi żyłkami pirytu."},
			{"cs-CZ", "Titanový prsten zdobí modrý lapis lazuli se zlatými žilkami pyritu."},
			{"el-GR", "Το δαχτυλίδι από τιτάνιο έχει μπλε λάπις λάζουλι με χρυσές φλέβες πυρίτη."},
			{"tr-TR", "Titanyum yüzükte altın pirit damarlı mavi lapis lazuli var."},
			{"ar-AE", "يضم الخاتم المصنوع من التيتانيوم حجر اللازورد الأزرق بعروق ذهبية من البيريت."},
			{"ja-JP", "チタンのリングに、金色の黄鉄鉱の内包物が入った青いラピスラズリをはめ込みました。"},
			{"ja-JP", "青いラピスラズリに金の筋が走る、チタンのリングです。"},
			{"nl-NL", "In de titanium ring zit lapis lazuli met gouden adertjes."},
			{"pl-PL", "Niebieski lazuryt w tytanowej obrączce ma złote drobinki pirytu."},
			{"cs-CZ", "Modrý lapis lazuli v titanovém prstenu protínají zlaté žilky."},
			{"tr-TR", "Mavi lapis lazulinin altın benekleri titanyum yüzükte parlıyor."},
			{"fi-FI", "Sininen lapislatsuli, jonka kultaiset suonet ovat rikkikiisua, on upotettu titaanisormukseen."},
			{"ko-KR", "티타늄 반지에 금빛 황철석 내포물이 있는 파란 라피스 라줄리를 박았습니다."},
			{"zh-CN", "钛金属戒指镶嵌蓝色青金石，带有金色的黄铁矿包裹体。"},
			{"zh-TW", "鈦金屬戒指鑲嵌藍色青金石，帶有金色的黃鐵礦包裹體。"},
		}},
		{"gold of the band or setting still blocks", ig11Ring, CatGrounding, []lt{
			{"en-GB", "The gold band holds blue lapis lazuli with fine flecks of pyrite."},
			{"de-DE", "Der Goldring trägt blauen Lapislazuli mit feinen Pyriteinschlüssen."},
			{"pl-PL", "Złota obrączka kryje niebieski lapis lazuli z drobnymi żyłkami pirytu."},
			{"cs-CZ", "Zlatý prsten zdobí modrý lapis lazuli s žilkami pyritu."},
			{"nl-NL", "De gouden ring heeft blauwe lapis lazuli met spikkels van pyriet."},
			{"fi-FI", "Kultainen sormus kätkee sinistä lapislatsulia ja rikkikiisun pilkkuja."},
			{"tr-TR", "Altın yüzükte pirit damarlı mavi lapis lazuli var."},
			{"el-GR", "Το χρυσό δαχτυλίδι έχει μπλε λάπις λάζουλι με φλέβες πυρίτη."},
		}},
		{"gold as a metal noun or a karat still blocks", ig11Ring, CatGrounding, []lt{
			{"en-GB", "The lapis lazuli in the titanium band is set with real flecks of gold."},
			{"en-US", "The lapis lazuli in the titanium band shows 14k gold flecks."},
			{"fr-FR", "Le lapis-lazuli de la bague en titane est parcouru de veines d'or."},
			{"es-ES", "El lapislázuli del anillo de titanio tiene vetas de oro."},
		}},
		{"gold flecks with no stone or mineral still block", ig11Ring, CatGrounding, []lt{
			{"en-GB", "The titanium band is finished with gold flecks."},
			{"pl-PL", "Tytanowa obrączka ma złote drobinki na całej powierzchni."},
			{"de-DE", "Der Titanring ist mit Goldsprenkeln verziert."},
		}},
	})
}
