package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The finish kept for years, or its darkening denied, in the words the
// earlier forms missed (#13, tarnish_paraphrase19; blind probes 19a and
// 20b: de "behalten ihren Glanz über Jahre, ganz ohne Pflege", fi "eivätkä
// ne koskaan tummu", pl "złoty kolor nie zblaknie latami" passed). Three
// shapes, in every language (data/<lang>/concepts-tarnish19.yaml and
// placeWords): a stone named as a place ("zwischen den Steinen", "kivien
// väliin", "between the stones") was read as the subject the claim spoke
// of, so the silver's claim was dropped as the stone's; a stay-shiny or
// keep-the-shine verb beside a years phrase ("bleiben jahrelang glänzend",
// "zůstanou lesklé po léta"); the denial in the tenses and persons not
// written (Polish perfective futures, Greek "δεν θα", Turkish -mayacak,
// Finnish eikä/eivätkä, Dutch "worden nooit dof", German "laufen niemals
// an"). Care advice, licensed claims, a fading said possible and a stone
// that is the subject still pass.
func TestKindsTarnishParaphrase19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	br := core.Product{SKU: "T19", Name: "Rhodonite Bead Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"rhodonite", "sterling silver", "elastic cord"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "rhodonite", Colour: "pink", Count: 21, Origin: core.OriginNatural}},
		Colours: []string{"pink", "silver"}, Features: []string{"stretch fit", "hand-strung"}}
	coated := br
	coated.Features = []string{"stretch fit", "anti-tarnish coating"}
	checkKindRows(t, svc, "claim", []kindRow{
		{"de-DE", "Zwei Rondelle aus Sterlingsilber setzen helle Akzente zwischen den Steinen und behalten ihren Glanz über Jahre, ganz ohne Pflege.", br, true},
		{"fi-FI", "Kaksi 925-sterlinghopeista välirengasta tuo valopilkkuja kivien väliin, eivätkä ne koskaan tummu.", br, true},
		{"pl-PL", "Biżuteria sztuczna z charakterem, której złoty kolor nie zblaknie latami.", br, true},
		{"en-GB", "Two silver rondelles sit between the stones and keep their shine for years, with no care at all.", br, true},
		{"de-DE", "Zwei Silberperlen sitzen zwischen den Steinen, und sie laufen niemals an.", br, true},
		{"de-DE", "Die Silberperlen bleiben jahrelang glänzend, ganz ohne Pflege.", br, true},
		{"fi-FI", "Välirenkaat säilyttävät kiiltonsa vuosia ilman hoitoa.", br, true},
		{"fi-FI", "Hopeahelmet pysyvät kiiltävinä vuosia ilman hoitoa.", br, true},
		{"pl-PL", "Srebrne przekładki między kamieniami nigdy nie ściemnieją.", br, true},
		{"pl-PL", "Srebrne koraliki nigdy nie zmatowieją.", br, true},
		{"pl-PL", "Koraliki zachowają blask na lata bez pielęgnacji.", br, true},
		{"fr-FR", "Les perles d'argent entre les pierres conservent leur éclat pendant des années, sans aucun entretien.", br, true},
		{"fr-FR", "Les perles d'argent entre les pierres ne terniront jamais.", br, true},
		{"it-IT", "Le perline d'argento tra le pietre mantengono la loro lucentezza per anni, senza alcuna cura.", br, true},
		{"it-IT", "Le perline d'argento tra le pietre non si ossideranno mai.", br, true},
		{"es-ES", "Las cuentas de plata entre las piedras conservan su brillo durante años, sin ningún cuidado.", br, true},
		{"es-MX", "Las cuentas de plata entre las piedras nunca se oscurecerán.", br, true},
		{"pt-PT", "As contas de prata entre as pedras mantêm o brilho durante anos, sem qualquer cuidado.", br, true},
		{"pt-BR", "As contas de prata entre as pedras nunca vão escurecer.", br, true},
		{"pt-BR", "As contas continuam brilhando por anos sem nenhum cuidado.", br, true},
		{"nl-NL", "De zilveren kralen tussen de stenen behouden jarenlang hun glans, zonder enig onderhoud.", br, true},
		{"nl-NL", "De zilveren kralen worden nooit dof.", br, true},
		{"nl-NL", "De kralen blijven jarenlang glanzen, zonder onderhoud.", br, true},
		{"sv-SE", "Silverpärlorna mellan stenarna behåller sin glans i åratal, helt utan skötsel.", br, true},
		{"sv-SE", "Silverpärlorna mellan stenarna kommer aldrig att mörkna.", br, true},
		{"da-DK", "Sølvperlerne mellem stenene bevarer deres glans i årevis, helt uden pleje.", br, true},
		{"da-DK", "Sølvperlerne mellem stenene vil aldrig anløbe.", br, true},
		{"nb-NO", "Sølvperlene mellom steinene beholder glansen i årevis, helt uten stell.", br, true},
		{"nb-NO", "Sølvperlene mellom steinene vil aldri mørkne.", br, true},
		{"cs-CZ", "Stříbrné korálky mezi kameny si zachovají lesk po léta, zcela bez péče.", br, true},
		{"cs-CZ", "Stříbrné korálky mezi kameny nikdy nezčernají.", br, true},
		{"cs-CZ", "Korálky zůstanou lesklé po léta bez jakékoli péče.", br, true},
		{"tr-TR", "Taşların arasındaki gümüş boncuklar parlaklıklarını yıllarca korur, hiç bakım gerektirmeden.", br, true},
		{"tr-TR", "Gümüş boncuklar asla kararmayacak.", br, true},
		{"tr-TR", "Altın rengi yıllarca solmayacak.", br, true},
		{"el-GR", "Οι ασημένιες χάντρες ανάμεσα στις πέτρες διατηρούν τη λάμψη τους για χρόνια, χωρίς καμία φροντίδα.", br, true},
		{"el-GR", "Οι ασημένιες χάντρες δεν θα μαυρίσουν ποτέ.", br, true},
		{"el-GR", "Το χρυσό χρώμα δεν θα ξεθωριάσει για χρόνια.", br, true},
		{"el-GR", "Οι χάντρες μένουν λαμπερές για χρόνια χωρίς φροντίδα.", br, true},
		{"ar-AE", "تحافظ الخرزات الفضية بين الأحجار على لمعانها لسنوات دون أي عناية.", br, true},
		{"ar-AE", "الخرزات الفضية بين الأحجار لن تسودّ أبدًا.", br, true},
		{"ko-KR", "비즈는 관리 없이도 수년간 반짝임을 유지합니다.", br, true},
		// still publishable
		{"en-GB", "To keep their shine for years, store the beads dry in their pouch.", br, false},
		{"de-DE", "Damit das Silber jahrelang glänzend bleibt, bewahren Sie es trocken im Beutel auf.", br, false},
		{"pl-PL", "Aby srebro zachowało blask przez lata, przechowuj je w woreczku.", br, false},
		{"nl-NL", "Bewaar de kralen droog in het zakje, zodat ze jarenlang blijven glanzen.", br, false},
		{"de-DE", "Die Steine zwischen den Silberperlen behalten ihren Glanz über Jahre.", br, false},
		{"en-GB", "The stones between the silver beads keep their colour for years.", br, false},
		{"fi-FI", "Välirenkaat tuovat valoa kivien väliin, eivätkä ne koskaan tummu.", coated, false},
		{"pl-PL", "Złoty kolor nie zblaknie latami.", coated, false},
		{"el-GR", "Το ασήμι μπορεί να μαυρίσει με τον καιρό· καθαρίστε το με ένα μαλακό πανί.", br, false},
		{"tr-TR", "Gümüş zamanla kararabilir; yumuşak bir bezle silin.", br, false},
		{"pl-PL", "Srebro może z czasem ściemnieć, dlatego przechowuj je w woreczku.", br, false},
		{"fi-FI", "Hopea voi tummua ajan myötä, eikä se ole vedenkestävä.", br, false},
	})
}
