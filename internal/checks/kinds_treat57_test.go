package checks

import "testing"

// Products of TestKindsTreat57 (#13, treat57), as probe 57C/57D's products
// have them: an Ethiopian opal darkened with smoke, a lab-grown pink
// diamond grown by CVD and HPHT annealed, cultured pearls irradiated grey,
// a quartz quench-crackled, a matrix opal whose data say only that it is
// treated, and a jasper dyed to imitate lapis lazuli.
var (
	treat57Opal    = misses49Product(`{"sku": "T57-01", "name": "Ember Opal Pendant", "category": "pendant", "collection": "Signature", "materials": ["24k gold-plated bronze"], "stones": [{"type": "opal", "colour": "black", "count": 1, "origin": "natural", "treatment": "smoke-treated"}], "colours": ["black", "gold"], "features": [], "occasions": [], "keywords": ["opal pendant"], "attributes": {"stone_source": "Ethiopia"}, "metals": [{"base": "bronze", "plating": "gold", "fineness": "24k", "plating_microns": 3}], "measurements": [{"name": "chain length", "value": 45, "unit": "cm"}], "total_carat_weight": 1.2}`)
	treat57Diamond = misses49Product(`{"sku": "T57-02", "name": "Dawn Pendant", "category": "pendant", "collection": "Signature", "materials": ["14k palladium white gold"], "stones": [{"type": "diamond", "colour": "pink", "count": 1, "origin": "lab_grown", "treatment": "HPHT annealed"}], "colours": ["pink", "silver"], "features": ["nickel-free"], "occasions": [], "keywords": [], "attributes": {"diamond_growth": "CVD (chemical vapour deposition)", "diamond_treatment": "HPHT annealing after growth", "alloy": "palladium white gold", "finish": "unplated"}, "metals": [{"base": "white gold", "fineness": "14k"}], "measurements": [{"name": "chain length", "value": 42, "unit": "cm"}], "total_carat_weight": 0.3}`)
	treat57Pearl   = misses49Product(`{"sku": "T57-03", "name": "Mist Pearl Drop Earrings", "category": "earrings", "collection": "Essence", "materials": ["24k gold-plated bronze"], "stones": [{"type": "cultured freshwater pearl", "colour": "grey", "count": 2, "origin": "natural", "treatment": "irradiated"}], "colours": ["grey", "gold"], "features": [], "occasions": [], "keywords": ["pearl drop earrings"], "attributes": {}, "metals": [{"base": "bronze", "plating": "gold", "fineness": "24k", "plating_microns": 3}], "measurements": [{"name": "drop length", "value": 28, "unit": "mm"}]}`)
	treat57Crackle = misses49Product(`{"sku": "T57-04", "name": "Crackle Quartz Ring", "category": "ring", "collection": "Lumière", "materials": ["sterling silver"], "stones": [{"type": "quartz", "colour": "clear", "count": 1, "origin": "natural", "treatment": "quench-crackled"}], "colours": ["silver"], "features": [], "occasions": [], "keywords": ["cocktail ring"], "attributes": {}, "metals": [{"base": "sterling silver", "fineness": "925"}], "measurements": [{"name": "stone length", "value": 12, "unit": "mm"}]}`)
	treat57Sugar   = misses49Product(`{"sku": "T57-05", "name": "Andamooka Ring", "category": "ring", "collection": "Heritage", "materials": ["sterling silver"], "stones": [{"type": "opal", "colour": "black", "count": 1, "origin": "natural", "treatment": "sugar-acid treated"}], "colours": ["black", "silver"], "features": [], "occasions": [], "keywords": ["opal ring"], "attributes": {}, "metals": [{"base": "sterling silver", "fineness": "925"}], "measurements": []}`)
	treat57Jasper  = misses49Product(`{"sku": "T57-06", "name": "Azure Bead Bracelet", "category": "bracelet", "collection": "Heritage", "materials": ["24k gold-plated bronze"], "stones": [{"type": "jasper", "colour": "blue", "count": 12, "origin": "simulant", "treatment": "dyed"}], "colours": ["blue", "gold"], "features": [], "occasions": [], "keywords": ["beaded bracelet"], "attributes": {"imitates": "lapis lazuli"}, "metals": [{"base": "bronze", "plating": "gold", "fineness": "24k", "plating_microns": 3}], "measurements": [{"name": "length", "value": 18, "unit": "cm"}]}`)
)

// treat57Denials are denials of every treatment said of the piece's stone, one
// or more a locale, in all 25.
var treat57Denials = [][2]string{
	{"en-GB", "This one is a rare dark stone, untreated and exactly as it was mined."},
	{"en-US", "The stone has not been treated in any way."},
	{"en-AU", "The opal has had no treatment at all."},
	{"de-DE", "Dieser Stein ist von Natur aus dunkel und völlig unbehandelt."},
	{"fr-FR", "Cette opale n'a subi aucun traitement."},
	{"fr-CA", "Cette pierre est naturellement foncée et n'a reçu aucun traitement."},
	{"es-ES", "Este ópalo no ha recibido ningún tratamiento."},
	{"es-MX", "Estos, en cambio, son oscuros de forma natural y no tienen ningún tratamiento."},
	{"it-IT", "Questo opale non ha subito alcun trattamento."},
	{"pt-PT", "Esta opala não recebeu qualquer tratamento."},
	{"pt-BR", "Esta opala não passou por nenhum tratamento."},
	{"nl-NL", "Deze steen is van nature donker en volledig onbehandeld."},
	{"sv-SE", "Opalen är helt obehandlad."},
	{"da-DK", "Opalen er helt ubehandlet."},
	{"nb-NO", "Opalen er helt ubehandlet."},
	{"fi-FI", "Tämä kivi on kuitenkin luonnostaan tumma, eikä sitä ole käsitelty mitenkään."},
	{"pl-PL", "Ten opal nie był w żaden sposób uszlachetniany."},
	{"cs-CZ", "Tento opál není nijak upravován."},
	{"el-GR", "Αυτό το οπάλιο δεν έχει υποστεί καμία επεξεργασία."},
	{"tr-TR", "Bu opal hiçbir işlem görmemiştir."},
	{"ar-AE", "هذا الأوبال لم يخضع لأي معالجة."},
	{"ja-JP", "このオパールは一切の処理を受けていません。"},
	{"ko-KR", "이 오팔은 어떤 처리도 하지 않았습니다."},
	{"zh-CN", "这颗蛋白石未经任何处理。"},
	{"zh-TW", "這顆則是天然深色、未經任何處理，讓變彩更加鮮明。"},
}

// treat57GrowthDenials deny any treatment after a lab-grown stone's growth
// ("no treatment after growth"), as probe 57D's HPHT annealed diamond's copy
// does, in the forms the packs did not read.
var treat57GrowthDenials = [][2]string{
	{"pl-PL", "Diament powstał metodą CVD i po wyhodowaniu nie był poddawany żadnej obróbce."},
	{"tr-TR", "Elmas CVD yöntemiyle büyütüldü; büyütüldükten sonra hiçbir işlem görmedi, yumuşak pembe rengi tamamen kristalin kendi rengidir."},
	{"ar-AE", "نما هذا الألماس بتقنية الترسيب الكيميائي للبخار، ولم يخضع بعد نموه لأي معالجة."},
	{"ja-JP", "ダイヤモンドはCVD法で育成したもので、その後の処理は一切なく、柔らかなピンクは結晶が育ったままの色です。"},
}

// treat57GrowthBlocked are the same denial in locales whose form was read
// before: they still block.
var treat57GrowthBlocked = [][2]string{
	{"en-GB", "The diamond was grown by CVD and has had no treatment after growth."},
	{"en-US", "It was grown by CVD and was not treated after growth."},
	{"de-DE", "Der Diamant wurde im CVD-Verfahren gezüchtet und danach nicht behandelt."},
	{"fr-FR", "Le diamant a été obtenu par CVD et n'a subi aucun traitement après sa croissance."},
	{"es-ES", "No ha recibido ningún tratamiento tras su crecimiento: su suave tono rosa es tal como se formó."},
	{"it-IT", "Il diamante è cresciuto con il metodo CVD e non ha subito alcun trattamento dopo la crescita."},
	{"pt-BR", "O diamante cresceu pelo método CVD e não recebeu nenhum tratamento depois do crescimento."},
	{"nl-NL", "De diamant is met CVD gekweekt en na de groei niet behandeld."},
	{"sv-SE", "Diamanten har odlats med CVD och har inte behandlats efter odlingen."},
	{"da-DK", "Diamanten er dyrket ved CVD og er ikke behandlet efter væksten."},
	{"el-GR", "Το διαμάντι αναπτύχθηκε με CVD και δεν έχει υποστεί καμία επεξεργασία μετά την ανάπτυξή του."},
	{"ko-KR", "다이아몬드는 CVD 방식으로 성장시켰으며 성장 후 어떤 처리도 하지 않았습니다."},
	{"zh-CN", "钻石以CVD法生长，出炉后未经任何处理。"},
}

// TestKindsTreat57 (#13, treat57; probe 57C/57D treatment_denied): a
// stone whose data record a treatment the canon did not know (smoke,
// annealing, quench-crackling, a treatment named only "treated") passed
// every denial of treatment, and some denials were not read ("その後の処理
// は一切なく", "hiçbir işlem görmedi"). Every row blocks as grounding.
func TestKindsTreat57(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(treat57Opal, true, treat57Denials))
	checkKindRows(t, svc, "grounding", pairRows(treat57Diamond, true, treat57GrowthDenials))
	checkKindRows(t, svc, "grounding", pairRows(treat57Sugar, true, [][2]string{
		{"en-GB", "The opal is completely untreated."},
		{"de-DE", "Der Opal ist völlig unbehandelt."},
		{"fr-FR", "Cette opale n'a subi aucun traitement."},
		{"ja-JP", "このオパールは未処理です。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(treat57Crackle, true, [][2]string{
		{"en-GB", "The quartz is untreated."},
		{"nl-NL", "Het kwarts is volledig onbehandeld."},
		{"zh-TW", "這顆石英未經任何處理。"},
	}))
}

// TestKindsTreat57Disclosed: the same pieces' treatments disclosed, as
// probe 57C/57D's true_treatment rows say them, pass grounding (controls:
// they passed on main and must still pass).
func TestKindsTreat57Disclosed(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(treat57Opal, false, [][2]string{
		{"en-GB", "Opals from Ethiopia are often pale; this one has been darkened with smoke, an enhancement that deepens its body colour."},
		{"de-DE", "Dieser Stein wurde durch Räuchern abgedunkelt, eine Behandlung, die seinen Grundton vertieft."},
		{"fr-CA", "Celle-ci a été assombrie par enfumage, un procédé qui fonce sa couleur de fond."},
		{"nb-NO", "Disse er mørknet med røyk, en behandling som fordyper grunnfargen."},
		{"zh-TW", "這顆蛋白石經過煙熏處理，讓底色更深。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(treat57Diamond, false, [][2]string{
		{"en-AU", "It was grown by chemical vapour deposition and then given an HPHT treatment after growth."},
		{"tr-TR", "Elmas CVD yöntemiyle büyütüldü; ardından yüksek basınç ve yüksek sıcaklık (HPHT) işlemine tabi tutuldu."},
		{"ja-JP", "ダイヤモンドはCVD法で育成した後、HPHT（高温高圧）処理で柔らかなピンクを安定させています。"},
	}))
}

// TestKindsTreat57Imitation (#13, treat57; probe 57C labgrown_unqualified):
// a simulant called plainly by the gem it imitates (its data's attribute
// "imitates") passed: the attribute made the gem a product stone. Each row
// blocks as regulatory (FTC 16 CFR 23.25(a), (e); CIBJO Gemstone Book).
func TestKindsTreat57Imitation(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "regulatory", pairRows(treat57Jasper, true, [][2]string{
		{"en-GB", "The beads are lapis lazuli, the deep blue stone that painters once ground for ultramarine."},
		{"en-US", "Twelve lapis lazuli beads line the bracelet."},
		{"fr-CA", "Il s'agit de lapis-lazuli d'un bleu intense, la pierre que les peintres broyaient autrefois pour obtenir l'outremer."},
		{"fr-FR", "Le bracelet aligne douze perles de lapis-lazuli."},
		{"cs-CZ", "Kameny jsou z lapisu lazuli, tedy z kamene, z něhož malíři kdysi třeli ultramarín."},
		{"de-DE", "Die Perlen sind aus Lapislazuli."},
		{"es-ES", "Las cuentas son de lapislázuli."},
		{"it-IT", "Le perle sono di lapislazzuli."},
		{"nl-NL", "De kralen zijn van lapis lazuli."},
		{"pt-BR", "As contas são de lápis-lazúli."},
	}))
}

// TestKindsTreat57ImitationDisclosed: the same gem named as what the
// stones imitate passes every category (controls: they passed on main and
// must still pass).
func TestKindsTreat57ImitationDisclosed(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(treat57Jasper, false, [][2]string{
		{"en-GB", "The beads are an imitation of lapis lazuli: jasper, dyed a deep blue."},
		{"en-GB", "The beads are imitation lapis: jasper dyed a deep blue."},
		{"en-US", "The stones are simulated lapis lazuli, cut from jasper and dyed a deep, even blue."},
		{"fr-CA", "Il s'agit d'une imitation de lapis-lazuli, faite de jaspe teint en bleu."},
		{"cs-CZ", "Kameny jsou imitací lapisu lazuli: jde o jaspis barvený namodro."},
		{"de-DE", "Die Steine sind Lapislazuli-Imitationen: Jaspis, der blau gefärbt wird."},
		{"es-MX", "Las piedras son una imitación de lapislázuli: jaspe teñido de azul intenso."},
		{"zh-TW", "石材為仿青金石，以碧玉染成藍色製成。"},
	}))
}

// TestKindsTreat57Bad: untrue copy near the change blocks as grounding:
// another chalcedony named as what the imitation is made of or as the
// stones' material (agate for the jasper: "agata tinta di blu" read as a
// colour name, then as the jasper's relative; probe 57C it-IT stone_wrong;
// these failed on main), and denials of treatment that blocked before and
// still do (an HPHT diamond's "no treatment after growth" in the other
// locales, irradiated pearls said untreated).
func TestKindsTreat57Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(treat57Diamond, true, treat57GrowthBlocked))
	checkKindRows(t, svc, "grounding", pairRows(treat57Pearl, true, [][2]string{
		{"en-GB", "The pearls are untreated."},
		{"es-ES", "Las perlas no tienen ningún tratamiento."},
		{"fi-FI", "Helmiä ei ole käsitelty mitenkään."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(treat57Jasper, true, [][2]string{
		{"it-IT", "Le pietre sono un'imitazione del lapislazzuli: agata tinta di blu, scelta perché assorbe il colore in modo uniforme."},
		{"en-GB", "The beads are an imitation of lapis lazuli: agate dyed a deep blue."},
		{"fr-FR", "Les perles sont une imitation de lapis-lazuli : de l'agate teinte en bleu."},
		{"es-ES", "Las cuentas son una imitación de lapislázuli: ágata teñida de azul."},
		{"pt-PT", "A pedra é uma imitação de lápis-lazúli: ágata tingida de azul."},
		{"de-DE", "Die Steine sind Lapislazuli-Imitationen: Achat, der blau gefärbt wird."},
		{"nl-NL", "De stenen zijn een imitatie van lapis lazuli: agaat die blauw is geverfd."},
	}))
}
