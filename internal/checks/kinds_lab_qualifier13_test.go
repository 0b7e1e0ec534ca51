package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A lab-grown stone of any type is named with a qualifier the market
// accepts, and never called real, genuine or natural (#13, the thirteenth
// session: "A 1 ct cultured moissanite" in en-AU and "en ekte moissanitt",
// a genuine moissanite, in nb-NO passed on a lab-grown moissanite). 16 CFR
// 23.25(b) (23.23(b) before 2018): the name of any precious or
// semi-precious stone describing a laboratory-created one is preceded by
// laboratory-grown, laboratory-created, [manufacturer]-created or
// synthetic; Note 2: "cultured" alone is no such disclosure; 23.27: real,
// genuine, natural, precious, semi-precious never describe a product made
// artificially. Moissanite had no built-in name: every lab-grown stone is
// now read under the grounding vocabulary's names in all 25 locales
// (labGemsFor), and each market lists its natural words (lab_grown.natural,
// market.yaml or the locale pack). "Genuine 14k gold" (the metal) and the
// qualified stone compared with a natural one pass.
func TestKindsLabQualifier13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	moissanite := core.Product{SKU: "H13b02", Name: "Moissanite Solitaire Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "moissanite", Colour: "colourless", Count: 1, Origin: "lab_grown"}},
		Colours: []string{"gold"}, TotalCaratWeight: 1.0}
	ruby := core.Product{SKU: "H13a06", Name: "Ruby Ring", Category: "ring",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: "lab_grown"}},
		Colours: []string{"red", "silver"}}
	type row struct {
		locale, text string
		block        bool
	}
	for _, set := range []struct {
		p    core.Product
		rows []row
	}{
		{moissanite, []row{
			{"en-GB", "A lab-grown moissanite set in genuine 14k gold.", false},
			{"en-GB", "A 1 ct laboratory-created moissanite in 14k gold.", false},
			{"en-GB", "A 1 ct moissanite in 14k gold.", true},
			{"en-GB", "A genuine moissanite in 14k gold.", true},
			{"en-GB", "A real lab-grown moissanite in 14k gold.", true},
			{"en-GB", "A 1 ct cultured moissanite in 14k gold.", true},
			{"en-US", "A lab-created moissanite in real 14k gold.", false},
			{"en-US", "A genuine moissanite in 14k gold.", true},
			{"en-US", "A cultured moissanite in 14k gold.", true},
			{"en-AU", "A 1 ct lab-created moissanite held by six claws of 14-carat yellow gold.", false},
			{"en-AU", "A 1 ct cultured moissanite held by six claws of 14-carat yellow gold.", true},
			{"en-AU", "A natural 1 ct moissanite in 14-carat gold.", true},
			{"nb-NO", "En laboratorieskapt moissanitt i ekte 14 karat gull.", false},
			{"nb-NO", "En syntetisk moissanitt i 14 karat gull.", false},
			{"nb-NO", "En ekte moissanitt i 14 karat gull.", true},
			{"nb-NO", "En moissanitt på 1 karat i 14 karat gull.", true},
			{"da-DK", "En laboratoriedyrket moissanit i ægte 14 karat guld.", false},
			{"da-DK", "En ægte moissanit i 14 karat guld.", true},
			{"da-DK", "En moissanit i 14 karat guld.", true},
			{"sv-SE", "En labbodlad moissanit i äkta 14 karat guld.", false},
			{"sv-SE", "En äkta moissanit i 14 karat guld.", true},
			{"sv-SE", "En moissanit i 14 karat guld.", true},
			{"de-DE", "Ein im Labor gezüchteter Moissanit in echtem 14-Karat-Gold.", false},
			{"de-DE", "Ein echter Moissanit in 14 Karat Gold.", true},
			{"de-DE", "Ein Moissanit in 14 Karat Gold.", true},
			{"fr-FR", "Une moissanite de synthèse sertie d'or véritable 14 carats.", false},
			{"fr-FR", "Une véritable moissanite en or 14 carats.", true},
			{"fr-FR", "Une moissanite naturelle en or 14 carats.", true},
			{"fr-FR", "Une moissanite en or 14 carats.", true},
			{"fr-CA", "Une moissanite synthétique en or 14 carats.", false},
			{"fr-CA", "Une vraie moissanite en or 14 carats.", true},
			{"it-IT", "Una moissanite creata in laboratorio in vero oro 14 carati.", false},
			{"it-IT", "Una vera moissanite in oro 14 carati.", true},
			{"it-IT", "Una moissanite autentica in oro 14 carati.", true},
			{"it-IT", "Una moissanite in oro 14 carati.", true},
			{"es-ES", "Una moissanita creada en laboratorio en oro de 14 quilates.", false},
			{"es-ES", "Una auténtica moissanita en oro de 14 quilates.", true},
			{"es-ES", "Una moissanita natural en oro de 14 quilates.", true},
			{"es-MX", "Una moissanita sintética en oro de 14 quilates.", false},
			{"es-MX", "Una verdadera moissanita en oro de 14 quilates.", true},
			{"pt-PT", "Uma moissanite criada em laboratório em ouro de 14 quilates.", false},
			{"pt-PT", "Uma moissanite genuína em ouro de 14 quilates.", true},
			{"pt-PT", "Uma moissanite em ouro de 14 quilates.", true},
			{"pt-BR", "Uma moissanita sintética em ouro 14k.", false},
			{"pt-BR", "Uma verdadeira moissanita em ouro 14k.", true},
			{"nl-NL", "Een labgekweekte moissaniet in echt 14 karaat goud.", false},
			{"nl-NL", "Een echte moissaniet in 14 karaat goud.", true},
			{"nl-NL", "Een moissaniet in 14 karaat goud.", true},
			{"fi-FI", "Laboratoriossa kasvatettu moissaniitti 14 karaatin kullassa.", false},
			{"fi-FI", "Aito moissaniitti 14 karaatin kullassa.", true},
			{"pl-PL", "Moissanit hodowany w laboratorium w złocie próby 585.", false},
			{"pl-PL", "Prawdziwy moissanit w złocie próby 585.", true},
			{"pl-PL", "Moissanit w złocie próby 585.", true},
			{"cs-CZ", "Laboratorně pěstovaný moissanit ve 14karátovém zlatě.", false},
			{"cs-CZ", "Pravý moissanit ve 14karátovém zlatě.", true},
			{"cs-CZ", "Moissanit ve 14karátovém zlatě.", true},
			{"el-GR", "Συνθετικός μουασανίτης σε χρυσό 14 καρατίων.", false},
			{"el-GR", "Γνήσιος μουασανίτης σε χρυσό 14 καρατίων.", true},
			{"tr-TR", "14 ayar altında laboratuvarda üretilmiş moissanit.", false},
			{"tr-TR", "14 ayar altında gerçek moissanit.", true},
			{"tr-TR", "14 ayar altında moissanit taş.", true},
			{"ar-AE", "مويسانيت مزروع في المختبر في ذهب عيار 14.", false},
			{"ar-AE", "مويسانيت حقيقي في ذهب عيار 14.", true},
			{"ar-AE", "مويسانيت في ذهب عيار 14.", true},
			{"ja-JP", "14金にセットしたラボグロウンのモアサナイト。", false},
			{"ja-JP", "14金にセットした本物のモアサナイト。", true},
			{"ja-JP", "14金にセットしたモアサナイト。", true},
			{"ko-KR", "14K 골드에 세팅한 랩그로운 모이사나이트.", false},
			{"ko-KR", "14K 골드에 세팅한 진짜 모이사나이트.", true},
			{"ko-KR", "14K 골드에 세팅한 모이사나이트.", true},
			{"zh-CN", "镶嵌于14K金的实验室培育莫桑石。", false},
			{"zh-CN", "镶嵌于14K金的天然莫桑石。", true},
			{"zh-CN", "镶嵌于14K金的莫桑石。", true},
			{"zh-TW", "鑲嵌於14K金的實驗室培育莫桑石。", false},
			{"zh-TW", "鑲嵌於14K金的真正的莫桑石。", true},
			{"zh-TW", "鑲嵌於14K金的莫桑石。", true},
		}},
		{ruby, []row{
			{"en-GB", "A lab-grown ruby has the same chemistry as a natural ruby.", false},
			{"en-GB", "A lab-created ruby in sterling silver.", false},
			{"en-GB", "A genuine ruby in sterling silver.", true},
			{"en-GB", "A genuine lab-created ruby in sterling silver.", true},
			{"fr-FR", "Un rubis de synthèse en argent 925.", false},
			{"fr-FR", "Un rubis véritable en argent 925.", true},
			{"fr-FR", "Un vrai rubis de synthèse en argent 925.", true},
			{"de-DE", "Ein synthetischer Rubin in Sterlingsilber.", false},
			{"de-DE", "Ein echter Rubin in Sterlingsilber.", true},
			{"pl-PL", "Syntetyczny rubin w srebrze próby 925.", false},
			{"pl-PL", "Prawdziwy rubin w srebrze próby 925.", true},
			{"tr-TR", "925 ayar gümüşte sentetik yakut.", false},
			{"tr-TR", "925 ayar gümüşte gerçek yakut.", true},
			{"ja-JP", "シルバーにセットした合成ルビー。", false},
			{"ja-JP", "シルバーにセットした天然ルビー。", true},
			{"zh-CN", "镶嵌于925银的合成红宝石。", false},
			{"zh-CN", "镶嵌于925银的天然红宝石。", true},
			{"ko-KR", "실버에 세팅한 합성 루비.", false},
			{"ko-KR", "실버에 세팅한 천연 루비.", true},
			{"ar-AE", "ياقوت صناعي على فضة عيار 925.", false},
			{"ar-AE", "ياقوت طبيعي على فضة عيار 925.", true},
			{"it-IT", "Un rubino sintetico in argento 925.", false},
			{"it-IT", "Un rubino naturale in argento 925.", true},
			{"de-DE", "Ein im Labor gezüchteter Rubin im Ovalschliff. Chemisch und optisch entspricht er einem natürlichen Rubin.", false},
			{"fi-FI", "Sormuksen keskellä on laboratoriossa kasvatettu rubiini. Sen kemiallinen koostumus vastaa luonnon rubiinia.", false},
			{"ar-AE", "يتوسطه ياقوت أحمر مُنمّى في المختبر. الياقوت المُنمّى في المختبر يطابق الياقوت الطبيعي في تركيبه.", false},
			{"fr-FR", "Un rubis de synthèse : il a la même composition qu'un rubis naturel.", false},
			{"en-US", "A lab-grown ruby in genuine sterling silver, as hard as a natural ruby.", false},
		}},
	} {
		for _, r := range set.rows {
			if reg, fs := blockedIn(t, svc, CatRegulatory, set.p, r.locale, r.text); reg != r.block {
				t.Errorf("%s %s %q: regulatory block %v, want %v: %+v", set.p.Name, r.locale, r.text, reg, r.block, fs)
			}
		}
	}
}
