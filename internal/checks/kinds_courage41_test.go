package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCourage41 (probe 41C en-GB 41C102 "the stone lends its wearer
// fresh courage whenever it is needed", fr-CA 41C101 "Pierre de vitalité,
// la cornaline vous insuffle courage et confiance"): courage given, lent
// or instilled by a stone, and a stone of vitality, are metaphysical
// claims in every locale (data/<lang>/concepts-courage41.yaml). Courage
// said of the wearer's own choice stays copy.
func TestKindsCourage41(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "C41", Name: "Carnelian Signet Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver", "carnelian"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"orange", "silver"}, Stones: []core.Stone{{Type: "carnelian", Colour: "orange", Count: 1, Origin: "natural"}}}
	block := []locText{
		{"en-GB", "The stone lends its wearer fresh courage whenever it is needed."},
		{"en-US", "Carnelian instills courage in whoever wears it."},
		{"en-AU", "A stone of vitality, carnelian fills you with courage."},
		{"de-DE", "Der Karneol verleiht seiner Trägerin neuen Mut."},
		{"fr-FR", "La cornaline vous insuffle courage et confiance au quotidien."},
		{"fr-CA", "Pierre de vitalité, la cornaline vous insuffle courage et confiance au quotidien."},
		{"es-ES", "La cornalina infunde coraje a quien la lleva."},
		{"es-MX", "La cornalina te da coraje cada día."},
		{"it-IT", "La corniola infonde coraggio a chi la indossa."},
		{"pt-PT", "A cornalina transmite coragem a quem a usa."},
		{"pt-BR", "A cornalina dá coragem a quem a usa."},
		{"nl-NL", "De carneool geeft de draagster nieuwe moed."},
		{"sv-SE", "Karneolen ger dig nytt mod varje dag."},
		{"da-DK", "Karneolen giver dig nyt mod hver dag."},
		{"nb-NO", "Karneolen gir deg mot når du trenger det."},
		{"fi-FI", "Karneoli antaa kantajalleen rohkeutta."},
		{"pl-PL", "Karneol dodaje odwagi tej, która go nosi."},
		{"cs-CZ", "Karneol dodává odvahu tomu, kdo ho nosí."},
		{"tr-TR", "Akik taşı takana cesaret verir."},
		{"el-GR", "Ο καρνεόλης δίνει θάρρος σε όποιον τον φορά."},
		{"ar-AE", "يمنح العقيق من ترتديه الشجاعة."},
		{"ja-JP", "カーネリアンは身に着ける人に勇気を与えてくれます。"},
		{"ko-KR", "카넬리안은 착용하는 사람에게 용기를 북돋아 줍니다."},
		{"zh-CN", "红玉髓为佩戴者带来勇气。"},
		{"zh-TW", "紅玉髓為佩戴者帶來勇氣。"},
	}
	pass := []locText{
		{"en-GB", "For anyone with the courage to wear bold colour."},
		{"de-DE", "Für alle, die den Mut zu kräftigen Farben haben."},
		{"fr-FR", "Pour celles qui ont le courage de porter la couleur."},
		{"es-ES", "Para quien tiene el valor de llevar color."},
		{"it-IT", "Per chi ha il coraggio di osare con il colore."},
		{"pt-BR", "Para quem tem coragem de usar cor."},
		{"nl-NL", "Voor wie de moed heeft om kleur te dragen."},
		{"sv-SE", "För dig som har modet att bära färg."},
		{"da-DK", "Til dig, der har modet til at bære farver."},
		{"nb-NO", "Gir en fin kontrast mot huden."},
		{"fi-FI", "Sinulle, jolla on rohkeutta käyttää värejä."},
		{"pl-PL", "Dla tych, którzy mają odwagę nosić kolor."},
		{"cs-CZ", "Pro ty, kdo mají odvahu nosit barvy."},
		{"tr-TR", "Renk giymeye cesareti olanlar için."},
		{"el-GR", "Για όσες έχουν το θάρρος να φορέσουν χρώμα."},
		{"ar-AE", "لمن تملك الشجاعة لارتداء الألوان."},
		{"ja-JP", "色を楽しむ勇気のある方に。"},
		{"ko-KR", "컬러를 즐길 용기가 있는 분께 추천합니다."},
		{"zh-CN", "适合敢于尝试色彩的你。"},
		{"fr-CA", "Le bijou donne de l'éclat à toutes vos tenues."},
		{"es-MX", "Le da un toque de color a tu look."},
		{"pt-PT", "Dá cor a qualquer visual."},
		{"en-US", "Wear it with courage and confidence."},
		{"en-AU", "The colour lends warmth to a neutral outfit."},
		{"zh-TW", "為日常穿搭帶來一抹暖色。"},
	}
	checkKindRows(t, svc, "claim", passBlockRows(p, pass, block))
}
