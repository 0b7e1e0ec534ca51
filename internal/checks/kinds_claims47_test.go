package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsClaims47 (#13, claims47), after released 47B and
// probe 47C.
var (
	claims47Argentium = core.Product{SKU: "CL47A", Name: "Malachite Disc Pendant", Category: "necklace", Collection: "Heritage", Materials: []string{"Argentium silver (935)", "malachite"},
		Metals: []core.Metal{{Base: "Argentium silver", Fineness: "935"}}, Stones: []core.Stone{{Type: "malachite", Colour: "green", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"green", "silver"}}
	claims47Ceramic = core.Product{SKU: "CL47C", Name: "Orbit Ring", Category: "ring", Collection: "Signature", Materials: []string{"white high-tech ceramic", "sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}}, Colours: []string{"white", "silver"}}
	claims47Kunzite = core.Product{SKU: "CL47K", Name: "Kunzite Drop Earrings", Category: "earrings", Collection: "Reflexions", Materials: []string{"sterling silver", "kunzite"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "kunzite", Colour: "pink", Count: 2, Origin: core.OriginNatural}}, Colours: []string{"pink", "silver"}}
	claims47Gold9 = core.Product{SKU: "CL47G", Name: "Gold Hoop Earrings", Category: "earrings", Collection: "Moments", Materials: []string{"9k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Colours: []string{"gold"}}
	claims47Plated = core.Product{SKU: "CL47P", Name: "Cuff", Category: "bracelet", Collection: "Essence", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 1}}, Colours: []string{"gold"}}
)

// TestKindsClaims47 (#13, claims47): true, qualified or comparative claims
// blocked as absolute ones. (1) A claim word graded by a comparative and
// set against a standard (released 47B en-AU 47B104-1/-3 "so it tarnishes
// more slowly than traditional sterling silver" on Argentium; probe 41D
// tr-TR 41D103-1 "14 ve 18 ayara göre ... çizilmeye daha dayanıklıdır" on
// 9k gold): concepts-graded47.yaml's graded and than words (concepts.go
// thanNear, gradedBefore). (2) A predicate fronted and denied at its
// clause's end (probe 47C nl-NL 47C104-1..3 "Onbreekbaar is keramiek
// niet"): categories.go frontedDenied. (3) A pair whose halves a clause
// of consequence parts ("Kunzite is known to fade in strong sunlight, so
// protect the earrings from the sun": attributed_benefit and
// tarnish_proof read "known to ... protect", "verblassen, also
// schützen"): concepts.go consequenceAt. (4) en "grounding" as written
// ("is said to have been ground into pigment"). Absolute words, forever
// phrases, a coating named, a plated piece, a claim with no standard, a
// fronted claim not denied and a hedged benefit before "so" still block.
func TestKindsClaims47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ag, ce, kz, g9 := claims47Argentium, claims47Ceramic, claims47Kunzite, claims47Gold9
	// comparatives with their standard, every locale
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "Argentium tarnishes more slowly than traditional sterling silver.", ag, false},
		{"en-US", "Argentium is less prone to tarnish than standard sterling silver.", ag, false},
		{"en-AU", "Argentium resists tarnish better than ordinary sterling.", ag, false},
		{"de-DE", "Argentium läuft langsamer an als herkömmliches Sterlingsilber.", ag, false},
		{"de-DE", "Argentium-Silber ist weniger anfällig für Anlaufen als normales Sterlingsilber.", ag, false},
		{"fr-FR", "L'argent Argentium ternit plus lentement que l'argent sterling traditionnel.", ag, false},
		{"fr-CA", "L'Argentium résiste mieux au ternissement que l'argent sterling ordinaire.", ag, false},
		{"es-ES", "La plata Argentium se oscurece más despacio que la plata de ley tradicional.", ag, false},
		{"es-MX", "La plata Argentium resiste mejor el deslustre que la plata esterlina común.", ag, false},
		{"it-IT", "L'argento Argentium si ossida più lentamente dell'argento sterling tradizionale.", ag, false},
		{"pt-BR", "A prata Argentium escurece mais devagar do que a prata de lei tradicional.", ag, false},
		{"pt-PT", "A prata Argentium oxida mais lentamente do que a prata de lei tradicional.", ag, false},
		{"nl-NL", "Argentium-zilver verkleurt langzamer dan gewoon sterling zilver.", ag, false},
		{"sv-SE", "Argentiumsilver mörknar långsammare än vanligt sterlingsilver.", ag, false},
		{"da-DK", "Argentium-sølv anløber langsommere end almindeligt sterlingsølv.", ag, false},
		{"nb-NO", "Argentium-sølv oksiderer saktere enn vanlig sterlingsølv.", ag, false},
		{"fi-FI", "Argentium-hopea tummuu hitaammin kuin tavallinen sterlinghopea.", ag, false},
		{"pl-PL", "Srebro Argentium ciemnieje wolniej niż zwykłe srebro próby 925.", ag, false},
		{"cs-CZ", "Stříbro Argentium černá pomaleji než běžné sterlingové stříbro.", ag, false},
		{"el-GR", "Το ασήμι Argentium μαυρίζει πιο αργά από το κλασικό ασήμι sterling.", ag, false},
		{"tr-TR", "Argentium gümüş, standart sterling gümüşe göre daha yavaş kararır.", ag, false},
		{"ar-AE", "تتأكسد فضة أرجنتيوم ببطء أكبر من الفضة الإسترلينية التقليدية.", ag, false},
		{"ja-JP", "アルジェンティウムシルバーは、一般的なスターリングシルバーより変色がゆっくり進みます。", ag, false},
		{"ko-KR", "아르젠티움 실버는 일반 스털링 실버보다 변색이 더 느리게 진행됩니다.", ag, false},
		{"zh-CN", "Argentium银比传统的925银氧化变色更慢。", ag, false},
		{"zh-TW", "Argentium銀比傳統925銀更不易氧化變色。", ag, false},
		{"tr-TR", "Bu yüzden 9 ayar altın, 14 ve 18 ayara göre daha sert ve çizilmeye daha dayanıklıdır, rengi ise daha yumuşak, açık bir sarıdır.", g9, false},
		{"en-GB", "That makes 9ct gold harder and more resistant to scratches than 18ct gold, and its colour is a softer yellow.", g9, false},
		{"de-DE", "Dadurch ist 9-karätiges Gold härter und kratzfester als 18-karätiges Gold.", g9, false},
		{"fr-FR", "L'or 9 carats est donc plus dur et plus résistant aux rayures que l'or 18 carats.", g9, false},
		{"es-ES", "Por eso el oro de 9 quilates es más duro y más resistente a los arañazos que el de 18 quilates.", g9, false},
		{"sv-SE", "Det gör 9 karat hårdare och tåligare än 18 karat guld.", g9, false},
		{"ja-JP", "そのため9金は18金より硬く、傷がつきにくいのが特長です。", g9, false},
		{"zh-CN", "因此9K金比18K金更硬，也更耐刮擦。", g9, false},
	})
	// a coating named as the term of a contrast or denied is not the piece's
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-AU", "Argentium is a 935 silver with a little germanium in place of some of the copper; unlike silver-plated brass, it is silver all the way through, and it tarnishes more slowly than traditional sterling.", ag, false},
		{"en-GB", "It is solid silver, not plated, so it tarnishes more slowly than ordinary sterling.", ag, false},
		{"de-DE", "Anders als versilbertes Messing ist es durch und durch Silber und läuft langsamer an als Sterlingsilber.", ag, false},
	})
	// fronted and denied
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "Unbreakable it is not: avoid knocking it against tiles.", ce, false},
		{"nl-NL", "Onbreekbaar is keramiek niet: stoot de ring niet tegen stenen.", ce, false},
		{"de-DE", "Unzerbrechlich ist Keramik nicht: Stoßen Sie den Ring nicht gegen Fliesen.", ce, false},
		{"sv-SE", "Okrossbar är keramik inte: slå inte ringen mot stenar.", ce, false},
		{"da-DK", "Uknuselig er keramik ikke: slå ikke ringen mod fliser.", ce, false},
		{"nb-NO", "Uknuselig er keramikk ikke: ikke slå ringen mot fliser.", ce, false},
		{"fr-FR", "La céramique n'est pas incassable : évitez les chocs.", ce, false},
		{"es-ES", "La cerámica no es irrompible: evita los golpes.", ce, false},
		{"it-IT", "La ceramica non è indistruttibile: evita gli urti.", ce, false},
	})
	// a pair parted by a clause of consequence, and grounding as written
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "Kunzite is known to fade in strong sunlight, so protect the earrings from long hours in the sun.", kz, false},
		{"en-US", "Kunzite is known to fade in strong sunlight, so protect your earrings from the sun.", kz, false},
		{"en-AU", "Malachite is said to have been ground into green pigment by the ancient Egyptians.", ag, false},
		{"de-DE", "Kunzit ist dafür bekannt, im Sonnenlicht zu verblassen, also schützen Sie die Ohrringe vor der Sonne.", kz, false},
		{"fr-FR", "La kunzite est connue pour pâlir au soleil, donc protégez vos boucles d'oreilles de la lumière vive.", kz, false},
		{"fr-CA", "On dit que la kunzite pâlit au soleil, alors protégez vos boucles d'oreilles de la lumière vive.", kz, false},
		{"es-ES", "Se sabe que la kunzita pierde color con el sol, así que protege los pendientes de la luz intensa.", kz, false},
		{"es-MX", "Se dice que la kunzita pierde color con el sol, así que protege tus aretes de la luz intensa.", kz, false},
		{"it-IT", "Si dice che la kunzite sbiadisca al sole, quindi proteggi gli orecchini dalla luce intensa.", kz, false},
		{"pt-BR", "Dizem que a kunzita desbota ao sol, então proteja os brincos da luz forte.", kz, false},
		{"pt-PT", "Diz-se que a kunzite desbota ao sol, portanto proteja os brincos da luz forte.", kz, false},
		{"nl-NL", "Kunziet staat erom bekend dat het verbleekt in de zon, dus bescherm de oorbellen tegen fel licht.", kz, false},
		{"sv-SE", "Kunzit sägs blekna i solljus, så skydda örhängena mot starkt ljus.", kz, false},
		{"da-DK", "Kunzit siges at blegne i sollys, så beskyt øreringene mod stærkt lys.", kz, false},
		{"nb-NO", "Kunzitt sies å blekne i sollys, så beskytt øredobbene mot sterkt lys.", kz, false},
		{"fi-FI", "Kunziitin sanotaan haalistuvan auringossa, joten suojaa korvakorut kirkkaalta valolta.", kz, false},
		{"pl-PL", "Mówi się, że kunzyt blaknie na słońcu, więc chroń kolczyki przed mocnym światłem.", kz, false},
		{"cs-CZ", "Říká se, že kunzit na slunci bledne, takže náušnice chraňte před ostrým světlem.", kz, false},
		{"el-GR", "Λέγεται ότι ο κουνζίτης ξεθωριάζει στον ήλιο, οπότε προστατέψτε τα σκουλαρίκια από το δυνατό φως.", kz, false},
		{"tr-TR", "Kunzitin güneşte solduğu bilinir, bu yüzden küpeleri güçlü ışıktan koruyun.", kz, false},
		{"ar-AE", "يُقال إن الكونزيت يبهت في الشمس، لذلك احمي الأقراط من الضوء القوي.", kz, false},
		{"ja-JP", "クンツァイトは日光で色あせると言われているので、強い光から守ってください。", kz, false},
		{"zh-CN", "据说紫锂辉石在阳光下会褪色，所以请保护耳环免受强光照射。", kz, false},
		{"zh-TW", "據說紫鋰輝石在陽光下會褪色，所以請保護耳環免受強光照射。", kz, false},
		{"de-DE", "Kunzit soll Ruhe schenken, also tragen Sie ihn an hektischen Tagen.", kz, false},
	})
}

// TestKindsClaims47Bad (#13, claims47): the absolute forms and the claims
// the relaxations must not reach still block.
func TestKindsClaims47Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ag, ce, kz, g9, pl := claims47Argentium, claims47Ceramic, claims47Kunzite, claims47Gold9, claims47Plated
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "Argentium never tarnishes, so it stays brighter than sterling silver.", ag, true},
		{"en-US", "Argentium is tarnish-proof, unlike standard sterling silver.", ag, true},
		{"en-AU", "Argentium resists tarnish.", ag, true},
		{"en-GB", "Argentium tarnishes more slowly than sterling because of its protective coating.", ag, true},
		{"en-GB", "The cuff tarnishes more slowly than sterling silver.", pl, true},
		{"en-GB", "Thanks to its coating, it tarnishes far more slowly than ordinary silver.", ag, true},
		{"en-GB", "Its plating tarnishes more slowly than ordinary silver.", ag, true},
		{"de-DE", "Deshalb verliert sie niemals ihren Glanz, anders als Sterlingsilber.", ag, true},
		{"de-DE", "Argentium läuft nie an, anders als herkömmliches Sterlingsilber.", ag, true},
		{"fr-FR", "L'Argentium ne ternit jamais, contrairement à l'argent sterling.", ag, true},
		{"fr-CA", "L'Argentium est inaltérable, contrairement à l'argent sterling.", ag, true},
		{"es-ES", "La plata Argentium nunca se oscurece, a diferencia de la plata de ley.", ag, true},
		{"es-MX", "La plata Argentium jamás se oscurece, a diferencia de la plata esterlina.", ag, true},
		{"it-IT", "L'argento Argentium non si ossida mai, a differenza dello sterling.", ag, true},
		{"pt-BR", "A prata Argentium nunca escurece, ao contrário da prata de lei.", ag, true},
		{"pt-PT", "A prata Argentium nunca escurece, ao contrário da prata de lei.", ag, true},
		{"nl-NL", "Argentium-zilver verkleurt nooit, in tegenstelling tot sterling zilver.", ag, true},
		{"sv-SE", "Argentiumsilver mörknar aldrig, till skillnad från sterlingsilver.", ag, true},
		{"da-DK", "Argentium-sølv anløber aldrig, i modsætning til sterlingsølv.", ag, true},
		{"nb-NO", "Argentium-sølv oksiderer aldri, i motsetning til sterlingsølv.", ag, true},
		{"fi-FI", "Argentium-hopea ei koskaan tummu, toisin kuin sterlinghopea.", ag, true},
		{"pl-PL", "Srebro Argentium nigdy nie ciemnieje, w przeciwieństwie do srebra próby 925.", ag, true},
		{"cs-CZ", "Stříbro Argentium nikdy nečerná, na rozdíl od sterlingového stříbra.", ag, true},
		{"el-GR", "Το ασήμι Argentium δεν μαυρίζει ποτέ, σε αντίθεση με το ασήμι sterling.", ag, true},
		{"tr-TR", "Argentium gümüş, sterling gümüşün aksine asla kararmaz.", ag, true},
		{"ar-AE", "فضة أرجنتيوم لا تتأكسد أبدًا، على عكس الفضة الإسترلينية.", ag, true},
		{"ja-JP", "アルジェンティウムシルバーはスターリングシルバーと違って、決して変色しません。", ag, true},
		{"ko-KR", "아르젠티움 실버는 스털링 실버와 달리 절대 변색되지 않습니다.", ag, true},
		{"zh-CN", "与925银不同，Argentium银永不变色。", ag, true},
		{"zh-TW", "與925銀不同，Argentium銀永不變色。", ag, true},
		{"en-GB", "The ring is unbreakable.", ce, true},
		{"nl-NL", "Onbreekbaar is deze ring.", ce, true},
		{"nl-NL", "Deze ring is onbreekbaar.", ce, true},
		{"de-DE", "Unzerbrechlich ist der Ring.", ce, true},
		{"de-DE", "Unzerbrechlich ist der Ring nicht nur, er ist auch leicht.", ce, true},
		{"de-DE", "Der Ring ist unzerbrechlich.", ce, true},
		{"sv-SE", "Ringen är okrossbar.", ce, true},
		{"sv-SE", "Okrossbar är ringen.", ce, true},
		{"en-GB", "Unbreakable is the word.", ce, true},
		{"en-GB", "Kunzite is said to bring calm, so wear it on busy days.", kz, true},
		{"fr-FR", "On dit que la kunzite apporte le calme, donc portez-la les jours chargés.", kz, true},
		{"en-GB", "Kunzite is said to offer grounding and calm.", kz, true},
		{"en-GB", "Kunzite is believed to protect the wearer, so keep it close.", kz, true},
		{"it-IT", "Si dice che la kunzite porti calma, quindi indossala nei giorni intensi.", kz, true},
		{"es-ES", "Se dice que la kunzita aporta calma, así que llévala en los días ajetreados.", kz, true},
		{"tr-TR", "Bu küpeler asla çizilmez ve rengi hiç solmaz.", g9, true},
		{"en-GB", "9ct gold never scratches and will last forever.", g9, true},
	})
}

// TestKindsClaims47Open (#13, claims47): rows not reached.
func TestKindsClaims47Open(t *testing.T) {
	t.Skip("open: ko -어서 (so) glued to the verb before a comma is no consequence word; sv \"nöts inte bort\" on solid 9k gold (probe 41D sv-SE 41D104-3) and rhodium keeping silver's shine (probe 37D ar-AE, zh-TW) are other kinds")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", []kindRow{
		{"ko-KR", "쿤자이트는 햇빛에 색이 바랜다고 알려져 있어서, 강한 빛으로부터 보호해 주세요.", claims47Kunzite, false},
	})
}
