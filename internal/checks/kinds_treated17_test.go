package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone coloured by a coating or a dye may be named by its body's colour
// (#13, probe17a, treated17): a "mystic" topaz is a colourless topaz under
// a thin film (GIA Gem Encyclopedia, topaz; FTC 16 CFR 23.22), recorded
// multicolour, and copy that truthfully calls the stone white and its
// coating the colour blocked grounding.colour in en, es, nl, pl and ja. A
// dyed stone's body is likewise white or colourless (howlite, quartz,
// agate dyed blue). The treatment's words give the stone the body colour
// (vocab/canon.yaml treatment_colours); the same words on an untreated
// stone, and another colour on the treated one, still block. A coated
// topaz is also a "mystic topaz" (treatment_varieties), a name an
// uncoated topaz does not have.
func TestKindsTreated17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	mystic := core.Product{SKU: "T17", Name: "Oval Ring", Category: "ring", Collection: "Lumière",
		Materials: []string{"sterling silver", "topaz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "topaz", Colour: "multicolour", Count: 1, Origin: core.OriginNatural, Treatment: "coated"}},
		Colours: []string{"multicolour", "violet", "green", "blue", "silver"}}
	plain := mystic
	plain.Stones = []core.Stone{{Type: "topaz", Colour: "multicolour", Count: 1, Origin: core.OriginNatural}}
	dyed := core.Product{SKU: "T17b", Name: "Bead Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"agate", "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "agate", Colour: "blue", Count: 21, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"blue", "silver"}}
	undyed := dyed
	undyed.Stones = []core.Stone{{Type: "agate", Colour: "blue", Count: 21, Origin: core.OriginNatural}}
	rows := []kindRow{
		{"en-GB", "An oval white topaz under a mystic coating that shifts from violet to green.", mystic, false},
		{"en-US", "The ring holds a white topaz with a mystic coating that shifts from violet to green.", mystic, false},
		{"en-AU", "A colourless topaz wears a thin mystic coating that shifts from violet to green.", mystic, false},
		{"fr-FR", "Une topaze blanche ovale reçoit un revêtement mystique aux reflets violets et verts.", mystic, false},
		{"fr-CA", "Une topaze incolore est recouverte d'un revêtement mystique aux reflets violets et verts.", mystic, false},
		{"de-DE", "Ein weißer Topas mit einer Mystic-Beschichtung schimmert violett und grün.", mystic, false},
		{"it-IT", "Un topazio bianco con un rivestimento mystic che vira dal viola al verde.", mystic, false},
		{"es-ES", "Un topacio blanco con un recubrimiento místico que cambia del violeta al verde.", mystic, false},
		{"es-MX", "Un topacio incoloro con un recubrimiento místico que cambia del violeta al verde.", mystic, false},
		{"pt-PT", "Um topázio branco com um revestimento místico que passa do violeta ao verde.", mystic, false},
		{"pt-BR", "Um topázio incolor com um revestimento místico que passa do violeta ao verde.", mystic, false},
		{"nl-NL", "Een ovale witte topaas met een mystic coating die van violet naar groen verschuift.", mystic, false},
		{"sv-SE", "En vit topas med en mystic-beläggning som skiftar från lila till grönt.", mystic, false},
		{"da-DK", "En hvid topas med en mystic-belægning, der skifter fra violet til grøn.", mystic, false},
		{"nb-NO", "En hvit topas med et mystic-belegg som skifter fra fiolett til grønt.", mystic, false},
		{"fi-FI", "Valkoinen topaasi on päällystetty mystic-pinnoitteella, joka vaihtaa violetista vihreään.", mystic, false},
		{"pl-PL", "Owalny biały topaz pokryty powłoką mystic mieni się od fioletu po zieleń.", mystic, false},
		{"cs-CZ", "Bílý topaz s povrchovou vrstvou mystic hraje od fialové po zelenou.", mystic, false},
		{"el-GR", "Ένα λευκό τοπάζι με επίστρωση mystic αλλάζει από μωβ σε πράσινο.", mystic, false},
		{"tr-TR", "Beyaz topaz, mordan yeşile dönen mystic bir kaplamayla örtülüdür.", mystic, false},
		{"ja-JP", "ホワイトトパーズにミスティックコーティングを施し、紫から緑へと色が移ろいます。", mystic, false},
		{"ko-KR", "화이트 토파즈에 미스틱 코팅을 입혀 보라색에서 초록색으로 빛이 바뀝니다.", mystic, false},
		{"zh-CN", "白色托帕石表面覆有神秘涂层，由紫色变幻为绿色。", mystic, false},
		{"zh-TW", "白色托帕石表面覆有神秘塗層，由紫色變幻為綠色。", mystic, false},
		{"ar-AE", "حجر توباز أبيض مغطى بطبقة ميستيك تتدرج من البنفسجي إلى الأخضر.", mystic, false},
		// a dyed stone's white body
		{"en-GB", "Twenty-one white agate beads are dyed a deep blue.", dyed, false},
		{"fr-FR", "Vingt et une perles d'agate blanche sont teintées d'un bleu profond.", dyed, false},
		{"de-DE", "Einundzwanzig Perlen aus weißem Achat sind tiefblau gefärbt.", dyed, false},
		{"es-ES", "Veintiuna cuentas de ágata blanca teñidas de azul intenso.", dyed, false},
		// the coated topaz by its treatment's trade name
		{"en-GB", "The mystic topaz shimmers from violet to green.", mystic, false},
		{"pl-PL", "Mistyczny topaz mieni się od fioletu po zieleń.", mystic, false},
		{"ja-JP", "ミスティックトパーズが紫から緑へと色を変えます。", mystic, false},
		{"en-GB", "The mystic topaz shimmers from violet to green.", plain, true},
		// the body colour on a stone of no such treatment still blocks
		{"en-GB", "An oval white topaz that shifts from violet to green.", plain, true},
		{"es-ES", "Un topacio blanco que cambia del violeta al verde.", plain, true},
		{"nl-NL", "Een ovale witte topaas die van violet naar groen verschuift.", plain, true},
		{"pl-PL", "Owalny biały topaz mieni się od fioletu po zieleń.", plain, true},
		{"ja-JP", "ホワイトトパーズが紫から緑へと色を変えます。", plain, true},
		{"en-GB", "Twenty-one white agate beads.", undyed, true},
		// another colour on the treated stone still blocks
		{"en-GB", "An oval red topaz under a mystic coating.", mystic, true},
		{"de-DE", "Ein roter Topas mit einer Mystic-Beschichtung.", mystic, true},
		{"en-GB", "Twenty-one red agate beads, dyed.", dyed, true},
	}
	checkKindRows(t, svc, "", rows)
}
