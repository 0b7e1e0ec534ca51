package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// figure39Studs is a pair of rhodium-plated sterling silver studs with a
// cubic zirconia each and no anti-tarnish feature: a tarnish-proof claim
// on them is unlicensed.
func figure39Studs() core.Product {
	return core.Product{SKU: "FG39", Name: "Punto Luce Studs", Category: "earrings", Collection: "Lumière",
		Materials: []string{"rhodium-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 2, Origin: "simulant"}}, Colours: []string{"silver"}}
}

// figure39Topaz is a sterling silver pendant with a white topaz and no
// anti-tarnish feature.
func figure39Topaz() core.Product {
	return core.Product{SKU: "FT39", Name: "White Topaz Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"sterling silver", "topaz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "white topaz", Colour: "colourless", Count: 1, Origin: "natural"}}, Colours: []string{"silver", "white"}}
}

// TestKindsFigure39 (#13, figure39; released 38: it-IT 38A102 "Piccoli,
// luminosi, sempre giusti", ar-AE 38B102 "بتصميم لا يبهت مع الزمن", zh-CN
// 38B104 "莫氏硬度8，耐磨且易保持光泽" blocked claim.tarnish_proof): words of
// lasting or shining that promise nothing of the metal's finish. A
// duration adverb in a list of adjectives belongs to its own item
// ("luminosi, sempre giusti": always right, not always bright; a pair's
// half after a comma must end its item, concepts.go matchFrom); a design,
// a style or a line said not to fade is a figure of fashion, and a
// stone's hardness keeping its polish is the stone's (other_subjects of
// tarnish_proof, data/<lang>/concepts-figure39.yaml; a head-final
// relative clause's noun after the match decides too: "色あせないデザイン").
// The reading back stops at a contrast word ("dureza 4 …, pero sus
// ganchos conservan el brillo": released 33 es-MX 33A120-2 stays a
// block). Real claims still block: the plating never fades, it never
// tarnishes, the silver keeps its shine for years, the colour won't fade.
func TestKindsFigure39(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	studs, topaz := figure39Studs(), figure39Topaz()
	tagline := []locText{
		{"en-GB", "Small, bright, always right."},
		{"en-US", "Small, shiny, always in style."},
		{"en-AU", "Tiny, bright, always on point."},
		{"de-DE", "Klein, glänzend, immer passend."},
		{"fr-FR", "Petites, brillantes, toujours justes."},
		{"fr-CA", "Petites, lumineuses, toujours à propos."},
		{"es-ES", "Pequeños, brillantes, siempre acertados."},
		{"es-MX", "Pequeños, brillantes, siempre perfectos."},
		{"it-IT", "Piccoli, luminosi, sempre giusti."},
		{"pt-PT", "Pequenos, brilhantes, sempre certos."},
		{"pt-BR", "Pequenos, brilhantes, sempre certeiros."},
		{"nl-NL", "Klein, stralend, altijd goed."},
		{"sv-SE", "Små, blanka, alltid rätt."},
		{"da-DK", "Små, skinnende, altid rigtige."},
		{"nb-NO", "Små, skinnende, alltid riktige."},
		{"fi-FI", "Pienet, kirkkaat, aina oikeat."},
		{"pl-PL", "Małe, lśniące, zawsze trafione."},
		{"cs-CZ", "Malé, zářivé, vždy správné."},
		{"el-GR", "Μικρά, λαμπερά, πάντα σωστά."},
		{"tr-TR", "Küçük, parlak, her zaman doğru."},
		{"ar-AE", "صغيرة، لامعة، مناسبة دائماً."},
		{"ja-JP", "小さく、きらめいて、いつもぴったり。"},
		{"ko-KR", "작고, 반짝이고, 언제나 잘 어울리는 귀걸이."},
		{"zh-CN", "小巧、闪亮、永远恰到好处。"},
		{"zh-TW", "小巧、閃亮、永遠恰到好處。"},
	}
	design := []locText{
		{"en-GB", "A classic solitaire with a design that never fades."},
		{"en-US", "A timeless design that will never fade with time."},
		{"en-AU", "A classic style that never fades."},
		{"de-DE", "Ein klassischer Solitär mit einem Design, das nie verblasst."},
		{"fr-FR", "Un solitaire classique au design qui ne pâlit jamais."},
		{"fr-CA", "Un style intemporel qui ne se ternit jamais avec le temps."},
		{"es-ES", "Un solitario clásico con un diseño que nunca se apaga."},
		{"es-MX", "Un estilo atemporal que no se desvanece con el tiempo."},
		{"it-IT", "Un solitario classico dal design che non sbiadisce mai."},
		{"pt-PT", "Um solitário clássico com um design que nunca desbota."},
		{"pt-BR", "Um estilo atemporal que não desbota com o tempo."},
		{"nl-NL", "Een klassieke solitair met een ontwerp dat nooit verbleekt."},
		{"sv-SE", "En klassisk solitär med en design som aldrig bleknar."},
		{"da-DK", "En klassisk solitaire med et design, der aldrig falmer."},
		{"nb-NO", "En klassisk solitaire med et design som aldri blekner."},
		{"fi-FI", "Klassinen sormus, jonka muotoilu ei koskaan haalistu."},
		{"pl-PL", "Klasyczny pierścionek o fasonie, który nigdy nie blednie."},
		{"cs-CZ", "Klasický prsten s designem, který nikdy nevybledne."},
		{"el-GR", "Ένα κλασικό μονόπετρο με σχέδιο που δεν ξεθωριάζει ποτέ."},
		{"tr-TR", "Zamanla asla solmayan bir tasarıma sahip klasik bir tektaş."},
		{"ar-AE", "خيار أنيق لمن تبحث عن خاتم خطوبة ذهب أبيض بتصميم لا يبهت مع الزمن."},
		{"ja-JP", "時を経ても色あせないデザインのソリテールです。"},
		{"ko-KR", "시간이 지나도 바래지 않는 디자인의 솔리테어입니다."},
		{"zh-CN", "经典单钻款式，永不褪色的设计。"},
		{"zh-TW", "經典單鑽款式，永不褪色的設計。"},
	}
	hardness := []locText{
		{"en-GB", "With a hardness of 8, topaz is hard enough to keep its polish for years."},
		{"en-US", "Topaz rates 8 on the Mohs scale, so it is hard enough to keep its polish."},
		{"en-AU", "Its Mohs hardness of 8 means it keeps its polish well."},
		{"de-DE", "Mit einer Härte von 8 ist Topas hart genug, um seine Politur lange zu behalten."},
		{"fr-FR", "Avec une dureté de 8, la topaze est assez dure pour garder son poli longtemps."},
		{"fr-CA", "Sa dureté de 8 lui permet de conserver son éclat longtemps."},
		{"es-ES", "Con una dureza de 8, el topacio es lo bastante duro para conservar su pulido durante años."},
		{"es-MX", "Su dureza de 8 le permite conservar su brillo por mucho tiempo."},
		{"it-IT", "Con una durezza di 8, il topazio è abbastanza duro da mantenere a lungo la sua lucentezza."},
		{"pt-PT", "Com dureza 8, o topázio é duro o suficiente para manter o brilho durante anos."},
		{"pt-BR", "A dureza 8 permite que ele mantenha o brilho por muito tempo."},
		{"nl-NL", "Met een hardheid van 8 is topaas hard genoeg om zijn glans lang te behouden."},
		{"sv-SE", "Med hårdheten 8 är topas tillräckligt hård för att behålla sin glans länge."},
		{"da-DK", "Med en hårdhed på 8 er topas hård nok til at bevare sin glans længe."},
		{"nb-NO", "Med en hardhet på 8 er topas hard nok til å beholde glansen lenge."},
		{"fi-FI", "Kovuudeltaan 8 topaasi säilyttää kiiltonsa pitkään."},
		{"pl-PL", "Ma twardość 8, więc dobrze trzyma poler i długo zachowuje połysk."},
		{"cs-CZ", "Díky tvrdosti 8 si topaz dlouho udrží svůj lesk."},
		{"el-GR", "Με σκληρότητα 8, το τοπάζι διατηρεί τη λάμψη του για χρόνια."},
		{"tr-TR", "Mohs ölçeğinde 8 sertliğiyle parlaklığını uzun yıllar korur."},
		{"ar-AE", "بصلابة تبلغ 8 على مقياس موس، يحتفظ التوباز بلمعانه لسنوات."},
		{"ja-JP", "モース硬度8と硬く、長く輝きを保ちます。"},
		{"ko-KR", "모스 경도 8로 단단해 오랫동안 광택을 유지합니다."},
		{"zh-CN", "莫氏硬度8，耐磨且易保持光泽，但具有完全解理，需避免重击。"},
		{"zh-TW", "莫氏硬度8，耐磨且易保持光澤，但具有完全解理，需避免重擊。"},
	}
	plating := []locText{
		{"en-GB", "The plating never fades."},
		{"en-US", "The plating will never fade."},
		{"en-AU", "Its plating never fades."},
		{"de-DE", "Die Beschichtung verblasst nie."},
		{"fr-FR", "Le placage ne pâlit jamais."},
		{"fr-CA", "Le placage ne se ternit jamais."},
		{"es-ES", "El baño nunca se desvanece."},
		{"es-MX", "El chapado nunca se decolora."},
		{"it-IT", "La placcatura non sbiadisce mai."},
		{"pt-PT", "O banho nunca desbota."},
		{"pt-BR", "O banho não desbota nunca."},
		{"nl-NL", "De plating verbleekt nooit."},
		{"sv-SE", "Pläteringen bleknar aldrig."},
		{"da-DK", "Belægningen falmer aldrig."},
		{"nb-NO", "Belegget blekner aldri."},
		{"fi-FI", "Pinnoite ei koskaan haalistu."},
		{"pl-PL", "Powłoka nigdy nie blednie."},
		{"cs-CZ", "Pokovení nikdy nevybledne."},
		{"el-GR", "Η επιμετάλλωση δεν ξεθωριάζει ποτέ."},
		{"tr-TR", "Kaplama asla solmaz."},
		{"ar-AE", "الطلاء لا يبهت مع الزمن."},
		{"ja-JP", "メッキは時を経ても色あせません。"},
		{"ko-KR", "도금은 시간이 지나도 바래지 않습니다."},
		{"zh-CN", "镀层永不褪色。"},
		{"zh-TW", "鍍層永不褪色。"},
	}
	never := []locText{
		{"en-GB", "Small, bright, and it never tarnishes."},
		{"en-US", "It will never tarnish."},
		{"en-AU", "A classic design, and the silver never tarnishes."},
		{"de-DE", "Klein, glänzend, und sie laufen nie an."},
		{"fr-FR", "Un design classique, et l'argent ne ternit jamais."},
		{"fr-CA", "Ils ne ternissent jamais."},
		{"es-ES", "Un diseño clásico, y la plata nunca se oscurece."},
		{"es-MX", "Nunca se oscurecen."},
		{"it-IT", "Piccoli, luminosi, e non si ossidano mai."},
		{"pt-PT", "Nunca escurecem."},
		{"pt-BR", "Um design clássico, e a prata nunca escurece."},
		{"nl-NL", "Ze verkleuren nooit."},
		{"sv-SE", "De mörknar aldrig."},
		{"da-DK", "De anløber aldrig."},
		{"nb-NO", "De anløper aldri."},
		{"fi-FI", "Ne eivät koskaan tummu."},
		{"pl-PL", "Nigdy nie ciemnieją."},
		{"cs-CZ", "Nikdy nezčernají."},
		{"el-GR", "Δεν μαυρίζουν ποτέ."},
		{"tr-TR", "Asla kararmaz."},
		{"ar-AE", "لا تتأكسد أبداً."},
		{"ja-JP", "決して変色しません。"},
		{"ko-KR", "절대 변색되지 않습니다."},
		{"zh-CN", "永不氧化变黑。"},
		{"zh-TW", "永不氧化變黑。"},
	}
	shine := []locText{
		{"en-GB", "The silver keeps its shine for years."},
		{"en-US", "Small, shiny and always bright."},
		{"en-AU", "The silver keeps its shine forever."},
		{"de-DE", "Das Silber behält seinen Glanz für immer."},
		{"fr-FR", "Petites et toujours brillantes."},
		{"fr-CA", "L'argent garde son éclat pour toujours."},
		{"es-ES", "Pequeños y siempre brillantes."},
		{"es-MX", "La plata conserva su brillo para siempre."},
		{"it-IT", "Piccoli e sempre luminosi."},
		{"pt-PT", "Pequenos e sempre brilhantes."},
		{"pt-BR", "A prata mantém o brilho para sempre."},
		{"nl-NL", "Het zilver behoudt zijn glans voor altijd."},
		{"sv-SE", "Silvret behåller sin glans för alltid."},
		{"da-DK", "Sølvet bevarer sin glans for altid."},
		{"nb-NO", "Sølvet beholder glansen for alltid."},
		{"fi-FI", "Hopea säilyttää kiiltonsa ikuisesti."},
		{"pl-PL", "Srebro na zawsze zachowuje swój połysk."},
		{"cs-CZ", "Stříbro si navždy zachová svůj lesk."},
		{"el-GR", "Το ασήμι διατηρεί τη λάμψη του για πάντα."},
		{"tr-TR", "Gümüş parlaklığını sonsuza dek korur."},
		{"ar-AE", "تحافظ الفضة على لمعانها إلى الأبد."},
		{"ja-JP", "シルバーは永遠に輝きを保ちます。"},
		{"ko-KR", "실버는 영원히 광택을 유지합니다."},
		{"zh-CN", "银饰永远保持光泽。"},
		{"zh-TW", "銀飾永遠保持光澤。"},
	}
	colour := []locText{
		{"en-GB", "A design whose colour won't fade."},
		{"en-US", "It won't lose its color."},
		{"en-AU", "A timeless design with a colour that will never fade."},
		{"de-DE", "Ein Design, dessen Farbe nie verblasst."},
		{"fr-FR", "Un design dont la couleur ne pâlit jamais."},
		{"fr-CA", "La couleur ne ternit jamais."},
		{"es-ES", "Un diseño cuyo color nunca se desvanece."},
		{"es-MX", "No pierde su color."},
		{"it-IT", "Un design il cui colore non sbiadisce mai."},
		{"pt-PT", "A cor nunca desbota."},
		{"pt-BR", "Não perde a cor."},
		{"nl-NL", "De kleur verbleekt nooit."},
		{"sv-SE", "En design vars färg aldrig bleknar."},
		{"da-DK", "Farven falmer aldrig."},
		{"nb-NO", "Fargen blekner aldri."},
		{"fi-FI", "Väri ei koskaan haalistu."},
		{"pl-PL", "Kolor nigdy nie blednie."},
		{"cs-CZ", "Barva nikdy nevybledne."},
		{"el-GR", "Το χρώμα δεν ξεθωριάζει ποτέ."},
		{"tr-TR", "Rengi asla solmaz."},
		{"ar-AE", "لونها لا يبهت أبداً."},
		{"ja-JP", "色あせないシルバーです。"},
		{"ko-KR", "색이 바래지 않는 실버입니다."},
		{"zh-CN", "颜色永不褪色。"},
		{"zh-TW", "顏色永不褪色。"},
	}
	contrast := []locText{
		{"en-GB", "With a hardness of 8 it is hard, but the hooks keep their shine for years and never darken."},
		{"en-US", "Topaz rates 8 on the Mohs scale, but the hooks will never tarnish."},
		{"en-AU", "Its hardness is 8, yet the hooks never tarnish."},
		{"de-DE", "Topas hat die Härte 8, aber die Haken laufen nie an."},
		{"fr-FR", "La topaze a une dureté de 8, mais ses crochets ne noircissent jamais."},
		{"fr-CA", "Sa dureté est de 8, mais les crochets ne ternissent jamais."},
		{"es-ES", "Con dureza 8 es resistente, pero sus ganchos nunca se oscurecen."},
		{"es-MX", "Con dureza 4 es más suave que el cuarzo, pero sus ganchos conservan el brillo intacto durante años, sin oscurecerse nunca."},
		{"it-IT", "Ha una durezza di 8, ma i ganci non si ossidano mai."},
		{"pt-PT", "Tem dureza 8, mas os ganchos nunca escurecem."},
		{"pt-BR", "Tem dureza 8, mas os ganchos nunca escurecem."},
		{"nl-NL", "Topaas heeft hardheid 8, maar de haakjes verkleuren nooit."},
		{"sv-SE", "Topas har hårdheten 8, men krokarna mörknar aldrig."},
		{"da-DK", "Topas har hårdhed 8, men krogene anløber aldrig."},
		{"nb-NO", "Topas har hardhet 8, men krokene anløper aldri."},
		{"fi-FI", "Topaasin kovuus on 8, mutta koukut eivät koskaan tummu."},
		{"pl-PL", "Topaz ma twardość 8, ale haczyki nigdy nie ciemnieją."},
		{"cs-CZ", "Topaz má tvrdost 8, ale háčky nikdy nezčernají."},
		{"el-GR", "Το τοπάζι έχει σκληρότητα 8, αλλά τα γαντζάκια δεν μαυρίζουν ποτέ."},
		{"tr-TR", "Topazın sertliği 8'dir, ama kancalar asla kararmaz."},
		{"ar-AE", "صلابة التوباز 8، لكن الخطافات لا تتأكسد أبداً."},
		{"ja-JP", "硬度は8ですが、フックは決して変色しません。"},
		{"ko-KR", "경도는 8이지만 고리는 절대 변색되지 않습니다."},
		{"zh-CN", "莫氏硬度8，但挂钩永不氧化变黑。"},
		{"zh-TW", "莫氏硬度8，但掛鉤永不氧化變黑。"},
	}
	// the figure's words beside a real claim: a list item that is itself
	// the claim, a design clause of its own, a verb of lasting that is
	// spelt like a hardness adjective, an adjective of style before the
	// metal
	near := []locText{
		{"en-GB", "Small, bright, always shiny, always yours."},
		{"en-US", "A classic design, and it never fades."},
		{"en-AU", "Hard-wearing and it never tarnishes."},
		{"de-DE", "Ein klassisches Design, und es verblasst nie."},
		{"fr-FR", "La dorure dure des années et ne ternit jamais."},
		{"fr-CA", "Petites, brillantes, toujours éclatantes, toujours à vous."},
		{"es-ES", "El baño dura años y nunca se oscurece."},
		{"es-MX", "Un diseño clásico, y nunca se decolora."},
		{"it-IT", "Piccoli, luminosi, sempre brillanti, sempre tuoi."},
		{"pt-PT", "O banho dura anos e nunca escurece."},
		{"pt-BR", "Um design clássico, e nunca desbota."},
		{"nl-NL", "Een klassiek ontwerp, en het verkleurt nooit."},
		{"sv-SE", "En klassisk design, och den mörknar aldrig."},
		{"da-DK", "Et klassisk design, og det anløber aldrig."},
		{"nb-NO", "Et klassisk design, og det anløper aldri."},
		{"fi-FI", "Tyylikäs hopea, joka ei koskaan tummu."},
		{"pl-PL", "Stylowe srebro, które nigdy nie ciemnieje."},
		{"cs-CZ", "Designový prsten, který nikdy nezčerná."},
		{"el-GR", "Ένα κλασικό σχέδιο, και δεν μαυρίζει ποτέ."},
		{"tr-TR", "Klasik bir tasarım ve asla kararmaz."},
		{"ar-AE", "تصميم كلاسيكي، ولا يتأكسد أبداً."},
		{"ja-JP", "デザインはクラシックで、決して変色しません。"},
		{"ko-KR", "클래식한 디자인이며, 절대 변색되지 않습니다."},
		{"zh-CN", "经典设计，而且永不氧化变黑。"},
		{"zh-TW", "經典設計，而且永不氧化變黑。"},
	}
	var rows []kindRow
	for _, r := range append(append([]locText{}, tagline...), design...) {
		rows = append(rows, kindRow{r.loc, r.text, studs, false})
	}
	for _, r := range hardness {
		rows = append(rows, kindRow{r.loc, r.text, topaz, false})
	}
	for _, set := range [][]locText{plating, never, shine, colour, near} {
		for _, r := range set {
			rows = append(rows, kindRow{r.loc, r.text, studs, true})
		}
	}
	for _, r := range contrast {
		rows = append(rows, kindRow{r.loc, r.text, topaz, true})
	}
	checkKindRows(t, svc, "claim", rows)
}
