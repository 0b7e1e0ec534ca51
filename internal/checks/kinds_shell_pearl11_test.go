package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// sp11Pendant is a sterling silver pendant with one white shell pearl (an
// imitation pearl: a shell bead coated with mother-of-pearl).
var sp11Pendant = core.Product{SKU: "SP11", Name: "Luna Pendant", Category: "pendant",
	Materials: []string{"sterling silver", "shell pearl"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:    []core.Stone{{Type: "shell pearl", Colour: "white", Count: 1, Origin: core.OriginSimulant}},
	Colours:   []string{"white", "silver"}}

// sp11GlassPendant is the same pendant with a glass pearl: an imitation
// pearl too, but of glass, so mother-of-pearl is not its material.
var sp11GlassPendant = core.Product{SKU: "SP11G", Name: "Luna Pendant", Category: "pendant",
	Materials: []string{"sterling silver", "glass pearl"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:    []core.Stone{{Type: "glass pearl", Colour: "white", Count: 1, Origin: core.OriginSimulant}},
	Colours:   []string{"white", "silver"}}

// sp11InlayPendant is a sterling silver pendant with a mother-of-pearl
// inlay and no pearl.
var sp11InlayPendant = core.Product{SKU: "SP11M", Name: "Luna Pendant", Category: "pendant",
	Materials: []string{"sterling silver", "mother-of-pearl"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Colours:   []string{"white", "silver"}}

// sp11Texts name the imitation pearl with the market's qualifier and the
// mother-of-pearl (nacre) it is made of, in the language's own word and
// case.
var sp11Texts = []lt{
	{"en-GB", "A white imitation pearl made of mother-of-pearl hangs from the sterling silver pendant."},
	{"en-US", "A white simulated pearl of polished mother of pearl hangs from the sterling silver bail."},
	{"en-AU", "The sterling silver pendant holds one white imitation pearl crafted from mother-of-pearl."},
	{"fr-FR", "Une perle d'imitation blanche en nacre est suspendue au pendentif en argent."},
	{"fr-CA", "Le pendentif en argent porte une perle synthétique blanche en nacre."},
	{"de-DE", "Eine weiße Imitationsperle aus Perlmutt hängt am Anhänger aus Sterlingsilber."},
	{"it-IT", "Una perla sintetica bianca in madreperla pende dal ciondolo in argento."},
	{"es-ES", "Una perla de imitación blanca de nácar cuelga del colgante de plata."},
	{"es-MX", "El dije de plata lleva una perla simulada blanca hecha de nácar."},
	{"pt-BR", "Uma pérola sintética branca de madrepérola pende do pingente de prata."},
	{"pt-PT", "O pendente de prata tem uma pérola de imitação branca feita de madrepérola."},
	{"nl-NL", "Een witte imitatieparel van parelmoer hangt aan de hanger van zilver."},
	{"da-DK", "En hvid kunstig perle af perlemor hænger fra vedhænget i sølv."},
	{"nb-NO", "En hvit imitasjonsperle av perlemor henger fra anhenget i sølv."},
	{"sv-SE", "En vit konstpärla av pärlemor hänger från hänget i silver."},
	{"fi-FI", "Valkoinen helmiäisestä tehty tekohelmi roikkuu hopeisessa riipuksessa."},
	{"pl-PL", "Biała sztuczna perła z masy perłowej zwisa z zawieszki ze srebra."},
	{"cs-CZ", "Bílá umělá perla z perleti visí na přívěsku ze stříbra."},
	{"el-GR", "Ένα λευκό τεχνητό μαργαριτάρι από σεντέφι κρέμεται από το ασημένιο μενταγιόν."},
	{"tr-TR", "Gümüş kolyenin ucunda sedef ile kaplı beyaz bir yapay inci sallanıyor."},
	{"ar-AE", "تتدلى لؤلؤة صناعية بيضاء مصنوعة من الصدف من القلادة الفضية."},
	{"ja-JP", "シルバーのペンダントに、マザーオブパールで作った白いイミテーションパールが揺れます。"},
	{"ko-KR", "실버 펜던트에 자개로 만든 하얀 인조 진주가 달려 있습니다."},
	{"zh-CN", "银色吊坠上垂着一颗贝母制成的白色仿珍珠。"},
	{"zh-TW", "銀色吊墜上垂著一顆貝母製成的白色人造珍珠。"},
}

// TestKindsShellPearl11 (#13, eleventh blind set: false blocks of
// grounding.material): a shell pearl is an imitation pearl made of
// mother-of-pearl (a shell bead coated with nacre; FTC 16 CFR 23.20 has it
// named an imitation), so the product's shell pearl supports the
// mother-of-pearl words of every locale (perleť, helmiäinen, parelmoer,
// Perlmutt, nácar, 자개, 贝母). A pearl of glass does not, and
// mother-of-pearl inlay is no pearl: a piece of it does not support a
// pearl, shell pearl or not.
func TestKindsShellPearl11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"mother-of-pearl of a shell pearl", sp11Pendant, "", sp11Texts},
		{"mother-of-pearl of a shell pearl, more forms", sp11Pendant, "", []lt{
			{"cs-CZ", "Bílá umělá perla je vyrobená z perleti mušlí a visí na přívěsku ze stříbra."},
			{"fi-FI", "Riipuksen valkoinen simpukkahelmi on simpukan helmiäisestä valmistettu jäljitelmähelmi."},
			{"nl-NL", "De hanger heeft een witte schelpparel, een imitatieparel gemaakt van parelmoer."},
			{"de-DE", "Die weiße Muschelkernperle ist eine Imitationsperle mit einem Überzug aus Perlmutt."},
			{"pl-PL", "Biała sztuczna perła z masą perłową zwisa z zawieszki ze srebra."},
			{"ar-AE", "تتدلى لؤلؤة صناعية بيضاء مصنوعة من عرق اللؤلؤ من القلادة الفضية."},
			{"zh-CN", "银色吊坠上垂着一颗珍珠母制成的白色仿珍珠。"},
			{"ja-JP", "シルバーのペンダントに白い貝パールが揺れます。"},
			{"it-IT", "Una perla di conchiglia bianca, sintetica, in madreperla, pende dal ciondolo in argento."},
			{"fr-FR", "Une perle d'imitation blanche en nacre de coquillage est suspendue au pendentif en argent."},
		}},
		{"mother-of-pearl named before the qualified pearl", sp11Pendant, "", []lt{
			{"en-GB", "Polished mother-of-pearl gives this pendant its soft glow. The white imitation pearl hangs on sterling silver."},
			{"en-US", "Polished mother of pearl gives this pendant its soft glow. The white simulated pearl hangs from sterling silver."},
			{"ja-JP", "マザーオブパールがやさしく輝きます。白いイミテーションパールがシルバーのペンダントに揺れます。"},
			{"zh-CN", "珍珠母带来柔和的光泽。白色仿珍珠垂在银色吊坠上。"},
			{"zh-TW", "珍珠母帶來柔和的光澤。白色人造珍珠垂在銀色吊墜上。"},
			{"ar-AE", "يمنح عرق اللؤلؤ القلادة بريقاً ناعماً. تتدلى لؤلؤة صناعية بيضاء من القلادة الفضية."},
			{"pl-PL", "Masa perłowa nadaje zawieszce delikatny blask. Biała sztuczna perła zwisa z zawieszki ze srebra."},
			{"el-GR", "Το σεντέφι δίνει στο μενταγιόν απαλή λάμψη. Ένα λευκό τεχνητό μαργαριτάρι κρέμεται από το ασημένιο μενταγιόν."},
			{"de-DE", "Perlmutt verleiht dem Anhänger seinen sanften Glanz. Eine weiße Imitationsperle hängt am Anhänger aus Sterlingsilber."},
			{"fi-FI", "Helmiäinen antaa riipukselle pehmeän hohteen. Valkoinen tekohelmi roikkuu hopeisessa riipuksessa."},
			{"ko-KR", "자개가 은은한 광택을 더합니다. 실버 펜던트에 하얀 인조 진주가 달려 있습니다."},
			{"it-IT", "La madreperla dona al ciondolo una luce delicata. Una perla sintetica bianca pende dal ciondolo in argento."},
			{"pt-BR", "A madrepérola dá ao pingente um brilho suave. Uma pérola sintética branca pende do pingente de prata."},
			{"sv-SE", "Pärlemor ger hänget en mjuk lyster. En vit konstpärla hänger från hänget i silver."},
			{"da-DK", "Perlemor giver vedhænget en blød glans. En hvid kunstig perle hænger fra vedhænget i sølv."},
			{"nl-NL", "Parelmoer geeft de hanger een zachte glans. Een witte imitatieparel hangt aan de hanger van zilver."},
			{"cs-CZ", "Perleť dodává přívěsku jemný lesk. Bílá umělá perla visí na přívěsku ze stříbra."},
			{"tr-TR", "Sedef ile kaplı yüzey yumuşak bir parıltı verir. Gümüş kolyenin ucunda beyaz bir yapay inci sallanıyor."},
		}},
		{"mother-of-pearl on a glass pearl", sp11GlassPendant, CatGrounding, sp11Texts},
		{"a pearl on mother-of-pearl inlay", sp11InlayPendant, CatGrounding, []lt{
			{"en-GB", "The sterling silver pendant is set with a white shell pearl."},
			{"de-DE", "Der Anhänger aus Sterlingsilber ist mit einer weißen Muschelkernperle besetzt."},
			{"nl-NL", "De zilveren hanger heeft een witte schelpparel."},
			{"cs-CZ", "Přívěsek ze stříbra zdobí bílá mušlová perla."},
			{"ja-JP", "シルバーのペンダントに白い貝パールが揺れます。"},
			{"ko-KR", "실버 펜던트에 하얀 진주가 달려 있습니다."},
			{"zh-CN", "银色吊坠上垂着一颗白色珍珠。"},
		}},
	})
}
