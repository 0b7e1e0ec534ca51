package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	cut43Champagne = core.Product{SKU: "CU43C", Name: "Trilogy ring", Category: "ring", Collection: "Signature", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "champagne", Count: 3, Origin: core.OriginNatural}}, Colours: []string{"champagne", "white"}}
	cut43LabSapphire = core.Product{SKU: "CU43S", Name: "Solitaire", Category: "ring", Collection: "Signature", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "sapphire", Colour: "yellow", Count: 1, Origin: core.OriginLabGrown}}, Colours: []string{"yellow", "gold"}}
	cut43Garnet = core.Product{SKU: "CU43G", Name: "Heritage ring", Category: "ring", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "garnet", Colour: "red", Count: 5, Origin: core.OriginNatural}}, Colours: []string{"red", "silver"}}
)

// cut43Rows are the rose, brilliant and emerald cuts of a red garnet in
// every locale (must pass), and the bad twins: the colour pink, a
// brilliant alone where it names a diamond, an emerald beside the garnets
// (must block).
var cut43Rows = []kindRow{
	// rose cut
	{"en-GB", "Five rose-cut garnets sit along the band. The rose cut dates from the sixteenth century.", cut43Garnet, false},
	{"en-US", "Five rose cut garnets sit along the band, each in a rose cut.", cut43Garnet, false},
	{"en-AU", "Five garnets in a rose cut sit along the band.", cut43Garnet, false},
	{"fr-FR", "Cinq grenats taille rose ornent l'anneau. La taille rose remonte au XVIe siècle.", cut43Garnet, false},
	{"fr-CA", "Cinq grenats taillés en rose ornent l'anneau, une taille rose ancienne.", cut43Garnet, false},
	{"es-ES", "Cinco granates de talla rosa adornan el anillo. La talla rosa nació en el siglo XVI.", cut43Garnet, false},
	{"es-MX", "Cinco granates en talla rosa adornan el anillo, tallados en rosa.", cut43Garnet, false},
	{"pt-BR", "Cinco granadas em lapidação rosa enfeitam o anel. A lapidação rosa surgiu no século XVI.", cut43Garnet, false},
	{"pt-PT", "Cinco granadas de corte rosa enfeitam o anel, com lapidação rosa antiga.", cut43Garnet, false},
	{"it-IT", "Cinque granati con taglio a rosa decorano l'anello. Il taglio rosa risale al Cinquecento.", cut43Garnet, false},
	{"de-DE", "Fünf Granate im Rosenschliff zieren den Ring. Der Rosenschliff stammt aus dem 16. Jahrhundert.", cut43Garnet, false},
	{"nl-NL", "Vijf granaten met roosslijpsel sieren de ring. Het roosslijpsel stamt uit de zestiende eeuw.", cut43Garnet, false},
	{"sv-SE", "Fem rosenslipade granater pryder ringen. Rosenslipningen kommer från 1500-talet.", cut43Garnet, false},
	{"da-DK", "Fem rosenslebne granater pryder ringen. Rosenslibningen stammer fra 1500-tallet.", cut43Garnet, false},
	{"nb-NO", "Fem roseslipte granater pryder ringen. Rosesliping stammer fra 1500-tallet.", cut43Garnet, false},
	{"fi-FI", "Sormuksessa on viisi ruusuhiottua granaattia. Ruusuhionta on peräisin 1500-luvulta.", cut43Garnet, false},
	{"pl-PL", "Pięć granatów w szlifie różanym zdobi pierścionek. Szlif różany pochodzi z XVI wieku.", cut43Garnet, false},
	{"pl-PL", "Pięć granatów o szlifie różyczkowym zdobi pierścionek.", cut43Garnet, false},
	{"cs-CZ", "Prsten zdobí pět granátů v růžicovém brusu. Růžicový brus pochází z 16. století.", cut43Garnet, false},
	{"el-GR", "Πέντε γρανάτες κοπής ροζέτας στολίζουν το δαχτυλίδι. Η κοπή ροζέτας εμφανίστηκε τον 16ο αιώνα.", cut43Garnet, false},
	{"tr-TR", "Yüzükte beş gül kesim garnet var. Gül kesim 16. yüzyıldan kalmadır.", cut43Garnet, false},
	{"ar-AE", "يضم الخاتم خمس حبات من العقيق الأحمر بقطع الوردة.", cut43Garnet, false},
	{"ja-JP", "ローズカットのガーネットが5つ並びます。ローズカットは16世紀に生まれました。", cut43Garnet, false},
	{"ko-KR", "로즈 컷 가넷 다섯 개가 밴드를 장식합니다. 로즈 컷은 16세기에 등장했습니다.", cut43Garnet, false},
	{"zh-CN", "戒圈上镶有五颗玫瑰切工石榴石。玫瑰切工起源于16世纪。", cut43Garnet, false},
	{"zh-TW", "戒圈上鑲有五顆玫瑰切工石榴石。玫瑰切工起源於16世紀。", cut43Garnet, false},
	// bad twins: the colour pink said of the red garnets
	{"en-GB", "Five pink garnets sit along the band.", cut43Garnet, true},
	{"fr-FR", "Cinq grenats roses ornent l'anneau.", cut43Garnet, true},
	{"fr-FR", "Cinq grenats roses taille brillant ornent l'anneau.", cut43Garnet, true},
	{"es-ES", "Cinco granates rosas adornan el anillo.", cut43Garnet, true},
	{"es-ES", "Cinco granates rosa de talla brillante adornan el anillo.", cut43Garnet, true},
	{"pt-BR", "Cinco granadas cor-de-rosa enfeitam o anel.", cut43Garnet, true},
	{"pt-BR", "Cinco granadas rosa enfeitam o anel.", cut43Garnet, true},
	{"it-IT", "Cinque granati rosa decorano l'anello.", cut43Garnet, true},
	{"de-DE", "Fünf rosa Granate zieren den Ring.", cut43Garnet, true},
	{"pl-PL", "Pięć różowych granatów zdobi pierścionek.", cut43Garnet, true},
	{"pl-PL", "Pięć różowych granatów w szlifie brylantowym zdobi pierścionek.", cut43Garnet, true},
	{"cs-CZ", "Prsten zdobí pět růžových granátů.", cut43Garnet, true},
	{"el-GR", "Πέντε ροζ γρανάτες στολίζουν το δαχτυλίδι.", cut43Garnet, true},
	{"tr-TR", "Yüzükte beş pembe garnet var.", cut43Garnet, true},
	{"ja-JP", "ピンクのガーネットが5つ並びます。", cut43Garnet, true},
	{"ko-KR", "분홍색 가넷 다섯 개가 밴드를 장식합니다.", cut43Garnet, true},
	{"zh-CN", "戒圈上镶有五颗粉色石榴石。", cut43Garnet, true},
	{"zh-TW", "戒圈上鑲有五顆粉紅色石榴石。", cut43Garnet, true},
	// brilliant cut
	{"en-GB", "Five brilliant-cut garnets sit along the band, brighter than a rose cut.", cut43Garnet, false},
	{"fr-FR", "Cinq grenats taille brillant ornent l'anneau, plus vifs qu'une taille brillant classique.", cut43Garnet, false},
	{"es-ES", "Cinco granates de talla brillante adornan el anillo.", cut43Garnet, false},
	{"pt-BR", "Cinco granadas em lapidação brilhante enfeitam o anel.", cut43Garnet, false},
	{"it-IT", "Cinque granati con taglio brillante decorano l'anello.", cut43Garnet, false},
	{"de-DE", "Fünf Granate im Brillantschliff zieren den Ring.", cut43Garnet, false},
	{"nl-NL", "Vijf briljant geslepen granaten sieren de ring.", cut43Garnet, false},
	{"sv-SE", "Fem briljantslipade granater pryder ringen.", cut43Garnet, false},
	{"da-DK", "Fem brillantslebne granater pryder ringen.", cut43Garnet, false},
	{"nb-NO", "Fem briljantslipte granater pryder ringen.", cut43Garnet, false},
	{"fi-FI", "Sormuksessa on viisi briljanttihiottua granaattia.", cut43Garnet, false},
	{"pl-PL", "Pięć granatów w szlifie brylantowym zdobi pierścionek.", cut43Garnet, false},
	{"cs-CZ", "Prsten zdobí pět granátů v briliantovém brusu.", cut43Garnet, false},
	{"el-GR", "Πέντε γρανάτες κοπής μπριγιάν στολίζουν το δαχτυλίδι.", cut43Garnet, false},
	{"el-GR", "Η κοπή ροζέτας δίνει απαλή λάμψη, διαφορετική από τη ζωηρή σπίθα της κοπής μπριγιάν.", cut43Garnet, false},
	{"el-GR", "Η λάμψη της είναι πιο απαλή από την κοπή μπριγιάν.", cut43Garnet, false},
	{"tr-TR", "Yüzükte beş pırlanta kesim garnet var.", cut43Garnet, false},
	{"ja-JP", "ブリリアントカットのガーネットが5つ並びます。", cut43Garnet, false},
	{"ko-KR", "브릴리언트 컷 가넷 다섯 개가 밴드를 장식합니다.", cut43Garnet, false},
	{"zh-CN", "戒圈上镶有五颗明亮式切工石榴石。", cut43Garnet, false},
	{"zh-TW", "戒圈上鑲有五顆明亮式切工石榴石。", cut43Garnet, false},
	// bad twins: a brilliant alone, a diamond, beside the garnets
	{"de-DE", "Neben den Granaten trägt der Ring einen Brillanten.", cut43Garnet, true},
	{"fr-FR", "Un brillant orne l'anneau, près des grenats taille rose.", cut43Garnet, true},
	{"el-GR", "Πέντε γρανάτες και ένα μπριγιάν στολίζουν το δαχτυλίδι.", cut43Garnet, true},
	{"el-GR", "Ένα μπριγιάν στολίζει το δαχτυλίδι.", cut43Garnet, true},
	{"en-GB", "Five garnets and a brilliant-cut diamond sit along the band.", cut43Garnet, true},
	// emerald cut
	{"en-GB", "Five emerald-cut garnets sit along the band.", cut43Garnet, false},
	{"fr-FR", "Cinq grenats taille émeraude ornent l'anneau.", cut43Garnet, false},
	{"es-ES", "Cinco granates de talla esmeralda adornan el anillo.", cut43Garnet, false},
	{"pt-BR", "Cinco granadas em lapidação esmeralda enfeitam o anel.", cut43Garnet, false},
	{"it-IT", "Cinque granati con taglio smeraldo decorano l'anello.", cut43Garnet, false},
	{"de-DE", "Fünf Granate im Smaragdschliff zieren den Ring.", cut43Garnet, false},
	{"pl-PL", "Pięć granatów w szlifie szmaragdowym zdobi pierścionek.", cut43Garnet, false},
	{"el-GR", "Πέντε γρανάτες κοπής σμαραγδιού στολίζουν το δαχτυλίδι.", cut43Garnet, false},
	{"ja-JP", "エメラルドカットのガーネットが5つ並びます。", cut43Garnet, false},
	{"zh-CN", "戒圈上镶有五颗祖母绿切工石榴石。", cut43Garnet, false},
	// bad twins: an emerald beside the garnets
	{"en-GB", "Five garnets and an emerald sit along the band.", cut43Garnet, true},
	{"fr-FR", "Cinq grenats et une émeraude ornent l'anneau.", cut43Garnet, true},
	{"es-ES", "Cinco granates y una esmeralda adornan el anillo.", cut43Garnet, true},
	{"de-DE", "Fünf Granate und ein Smaragd zieren den Ring.", cut43Garnet, true},
	{"ja-JP", "エメラルドが輝きます。", cut43Garnet, true},
	{"es-ES", "Cinco granates de talla rosa y una esmeralda adornan el anillo.", cut43Garnet, true},
	{"pt-BR", "Cinco granadas em lapidação rosa e um diamante enfeitam o anel.", cut43Garnet, true},
}

// TestKindsCut43 (#13, probe 43D): a cut named after a flower, a gem or
// the brilliant, beside the market's word for a cut, names the cut of
// the product's own stone, not a colour or another stone.
func TestKindsCut43(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", cut43Rows)
	checkKindRows(t, svc, "", cut43CrystalRows)
}

// cut43CrystalRows: the crystal a stone grows as (its lattice, a crystal
// grown from a melt, formed deep in the earth) on a natural or lab-grown
// stone is the stone's own (must pass); crystals set on the piece beside
// it still block.
var cut43CrystalRows = []kindRow{
	{"en-AU", "A lab-grown sapphire is corundum. Each crystal is grown from molten aluminium oxide over a few weeks, rather than deep underground.", cut43LabSapphire, false},
	{"en-GB", "Its colour comes from tiny distortions in the crystal lattice, made by the pressure the crystal met deep underground.", cut43Champagne, false},
	{"es-ES", "Su color nace de pequeñas deformaciones en la red cristalina, provocadas por la presión que soportó el cristal en las profundidades de la Tierra.", cut43Champagne, false},
	{"es-MX", "El cristal se forma a partir de óxido de aluminio fundido en pocas semanas.", cut43LabSapphire, false},
	{"fr-FR", "Leur teinte vient de minuscules déformations du réseau cristallin, nées des pressions subies par le cristal dans les profondeurs de la Terre.", cut43Champagne, false},
	{"fr-CA", "Le cristal se forme à partir d'oxyde d'aluminium fondu en quelques semaines.", cut43LabSapphire, false},
	{"pt-BR", "A diferença está na origem: o cristal se forma a partir de óxido de alumínio fundido, em poucas semanas.", cut43LabSapphire, false},
	{"pt-PT", "A cor nasce de pequenas deformações na rede cristalina, que o cristal sofreu nas profundezas da Terra.", cut43Champagne, false},
	{"it-IT", "Il colore nasce da piccole deformazioni del reticolo cristallino, subite dal cristallo nelle profondità della Terra.", cut43Champagne, false},
	{"de-DE", "Die Farbe entsteht durch winzige Verformungen im Kristallgitter, die der Kristall tief in der Erde unter hohem Druck erfuhr.", cut43Champagne, false},
	{"nl-NL", "De kleur ontstaat door kleine vervormingen in het kristalrooster, die het kristal diep in de aarde onderging.", cut43Champagne, false},
	{"pl-PL", "Barwa powstaje dzięki odkształceniom sieci krystalicznej, które kryształ zyskał głęboko pod ziemią.", cut43Champagne, false},
	{"cs-CZ", "Barva vzniká drobnými deformacemi krystalové mřížky, které krystal získal hluboko pod zemí.", cut43Champagne, false},
	{"da-DK", "Farven skyldes små forskydninger i krystalgitteret, som krystallen fik dybt under jorden.", cut43Champagne, false},
	{"nb-NO", "Fargen skyldes små forskyvninger i krystallgitteret, som krystallen fikk dypt under jorden.", cut43Champagne, false},
	{"sv-SE", "Färgen kommer från små förskjutningar i kristallgittret, som kristallen fick djupt under jorden.", cut43Champagne, false},
	{"fi-FI", "Väri syntyy pienistä kidehilan vääristymistä, jotka kide sai syvällä maan alla.", cut43Champagne, false},
	{"el-GR", "Το χρώμα οφείλεται σε μικρές παραμορφώσεις του κρυσταλλικού πλέγματος, που υπέστη ο κρύσταλλος βαθιά μέσα στη γη.", cut43Champagne, false},
	{"ko-KR", "색은 다이아몬드가 땅속 깊은 곳에서 받은 압력으로 생긴 결정 격자의 작은 변형에서 나옵니다.", cut43Champagne, false},
	{"tr-TR", "Renk, kristalin yerin derinliklerinde uğradığı kristal kafesteki küçük bozulmalardan gelir.", cut43Champagne, false},
	// bad twins: glass crystals set on the piece beside its own stone
	{"en-AU", "The ring is set with sparkling crystals around the lab-grown sapphire.", cut43LabSapphire, true},
	{"en-GB", "Three diamonds and a row of crystals sit on the band.", cut43Champagne, true},
	{"es-ES", "El anillo lleva tres diamantes y cristales brillantes.", cut43Champagne, true},
	{"fr-FR", "La bague est ornée de trois diamants et de cristaux scintillants.", cut43Champagne, true},
	{"pt-BR", "O anel traz uma safira e cristais brilhantes ao redor.", cut43LabSapphire, true},
	{"de-DE", "Der Ring trägt drei Diamanten und funkelnde Kristalle.", cut43Champagne, true},
	{"pl-PL", "Pierścionek zdobią trzy diamenty i lśniące kryształy.", cut43Champagne, true},
	{"en-GB", "The ring is set with crystals around a sapphire that is grown in a lab.", cut43LabSapphire, true},
	{"en-GB", "The ring is set with crystals around a lab-grown sapphire grown from molten alumina.", cut43LabSapphire, true},
	{"es-ES", "El anillo lleva cristales alrededor del zafiro cultivado en laboratorio, que se forma a partir de óxido de aluminio.", cut43LabSapphire, true},
	{"es-ES", "El anillo lleva cristales alrededor del zafiro cultivado en laboratorio, que crece en pocas semanas.", cut43LabSapphire, true},
	{"fr-FR", "La bague est sertie de cristaux autour des diamants formés dans les profondeurs de la Terre.", cut43Champagne, true},
}
