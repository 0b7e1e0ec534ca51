package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsQualifier47 (#13, qualifier47), after probe 47C/47D
// and released 47B.
var (
	qualifier47Alex = core.Product{SKU: "Q47A", Name: "Twilight Studs", Category: "earrings", Collection: "Moments", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "alexandrite", Colour: "green to purple", Count: 2, Origin: core.OriginLabGrown, Treatment: "none"}},
		Colours: []string{"green", "purple"}, Measurements: []core.Measurement{{Name: "stone diameter", Value: 5, Unit: "mm"}}}
	qualifier47LabDiamond = core.Product{SKU: "Q47D", Name: "Twilight Studs", Category: "earrings", Collection: "Moments", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 2, Origin: core.OriginLabGrown, Treatment: "none"}},
		Colours: []string{"white"}, Measurements: []core.Measurement{{Name: "stone diameter", Value: 5, Unit: "mm"}}}
	qualifier47IP = core.Product{SKU: "Q47I", Name: "Pavé Huggie Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"316L stainless steel with gold ion plating (IP)", "cubic zirconia"},
		Metals: []core.Metal{{Base: "316L stainless steel", Plating: "gold", PlatingMicrons: 1.0}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 14, Origin: "simulant", Treatment: "none"}},
		Colours: []string{"gold"}, Features: []string{"ion-plated (IP) finish"}}
	qualifier47Ruby = core.Product{SKU: "Q47R", Name: "Ember Ring", Category: "ring", Collection: "Heritage", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: core.OriginNatural, Treatment: "glass-filled"}, {Type: "diamond", Colour: "white", Count: 8, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"red", "gold"}}
	qualifier47Jade = core.Product{SKU: "Q47J", Name: "Jade Disc", Category: "pendant", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "jadeite", Colour: "green", Count: 1, Origin: core.OriginNatural, Treatment: "bleached and polymer-impregnated (type B jade)"}},
		Colours: []string{"green", "silver"}}
)

// TestKindsQualifier47 (#13, qualifier47). (1) regulatory.stone_qualifier:
// where the language puts a stone's shape and size after its noun (fr,
// es, it, pt), the lab-grown qualifier after them ("deux alexandrites
// rondes de 5 mm créées en laboratoire") is in immediate conjunction with
// the name (16 CFR 23.23(c)); lab-grown diamonds read the same way. A
// comma, a setting or a metal between, or no qualifier, still block, as
// the bare name does in 25 locales. (2) regulatory.plating: ion plating
// and PVD named in their own words (jonpläterade, ionenplattiert,
// イオンプレーティング, recubrimiento iónico, ionipinnoite, powlekanie
// jonowe) say the gold is a plating; solid, karat or bare gold still
// block. (3) grounding.treatment: a treatment denied by the verb of
// undergoing ("non ha subito alcun trattamento", "has not undergone any
// treatment", "keiner Behandlung unterzogen", 一切の処理を受けていません)
// and Japanese denials of bleaching and resin impregnation (漂白も樹脂含浸
// もしていない) block where the stone has the treatment; the same words of
// the untreated diamonds beside the treated ruby, and true disclosures,
// pass.
func TestKindsQualifier47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	al, di, ip, ru, jd := qualifier47Alex, qualifier47LabDiamond, qualifier47IP, qualifier47Ruby, qualifier47Jade
	checkKindRows(t, svc, "regulatory", []kindRow{
		{"en-GB", "The Twilight Studs hold two round 5 mm lab-grown alexandrites in 14k white gold.", al, false},
		{"en-US", "The Twilight Studs hold two round 5 mm lab-grown alexandrites in 14k white gold.", al, false},
		{"en-AU", "The Twilight Studs hold two round 5 mm lab-grown alexandrites in 14k white gold.", al, false},
		{"de-DE", "Die Twilight-Ohrstecker tragen zwei runde, im Labor gezüchtete Alexandrite von 5 mm in 14 Karat Weißgold.", al, false},
		{"fr-FR", "Les boucles Twilight réunissent deux alexandrites rondes de 5 mm synthétiques, serties dans de l'or blanc 14 carats.", al, false},
		{"fr-CA", "Les boucles Twilight réunissent deux alexandrites rondes de 5 mm créées en laboratoire, serties dans de l'or blanc 14 carats.", al, false},
		{"es-ES", "Los pendientes Twilight llevan dos alejandritas redondas de 5 mm creadas en laboratorio, en oro blanco de 14 quilates.", al, false},
		{"es-MX", "Los aretes Twilight llevan dos alejandritas ovaladas de 5 mm cultivadas en laboratorio, en oro blanco de 14 quilates.", al, false},
		{"it-IT", "Gli orecchini Twilight montano due alessandriti rotonde di 5 mm create in laboratorio, in oro bianco 14 carati.", al, false},
		{"pt-PT", "Os brincos Twilight têm duas alexandritas redondas de 5 mm criadas em laboratório, em ouro branco de 14 quilates.", al, false},
		{"pt-BR", "Os brincos Twilight têm duas alexandritas redondas de 5 mm criadas em laboratório, em ouro branco 14k.", al, false},
		{"nl-NL", "De Twilight-oorknopjes hebben twee ronde, in het lab gekweekte alexandrieten van 5 mm in 14 karaat witgoud.", al, false},
		{"sv-SE", "Twilight-örhängena har två runda labbodlade alexandriter på 5 mm i 14 karat vitguld.", al, false},
		{"da-DK", "Twilight-ørestikkerne har to runde laboratoriedyrkede alexandritter på 5 mm i 14 karat hvidguld.", al, false},
		{"nb-NO", "Twilight-øreringene har to runde laboratoriedyrkede alexandritter på 5 mm i 14 karat hvitt gull.", al, false},
		{"fi-FI", "Twilight-nappikorvakoruissa on kaksi pyöreää 5 mm:n laboratoriossa kasvatettua aleksandriittia 14 karaatin valkokullassa.", al, false},
		{"pl-PL", "Kolczyki Twilight mają dwa okrągłe, syntetyczne aleksandryty o średnicy 5 mm w 14-karatowym białym złocie.", al, false},
		{"cs-CZ", "Náušnice Twilight nesou dva kulaté syntetické alexandrity o průměru 5 mm v 14karátovém bílém zlatě.", al, false},
		{"el-GR", "Τα σκουλαρίκια Twilight έχουν δύο στρογγυλούς συνθετικούς αλεξανδρίτες 5 mm σε λευκό χρυσό 14 καρατίων.", al, false},
		{"tr-TR", "Twilight küpelerde 14 ayar beyaz altına yerleştirilmiş iki adet 5 mm yuvarlak laboratuvarda üretilmiş aleksandrit bulunur.", al, false},
		{"ar-AE", "يضم قرطا Twilight حجرين مستديرين من الألكسندريت المُنمّى في المختبر بقطر 5 مم، في الذهب الأبيض عيار 14.", al, false},
		{"ja-JP", "Twilightピアスは、直径5mmのラウンドのラボグロウンアレキサンドライト2石を14Kホワイトゴールドにセットしました。", al, false},
		{"ko-KR", "Twilight 귀걸이는 지름 5mm의 라운드 랩그로운 알렉산드라이트 두 개를 14K 화이트 골드에 세팅했습니다.", al, false},
		{"zh-CN", "Twilight耳钉以14K白金镶嵌两颗直径5毫米的圆形实验室培育变石。", al, false},
		{"zh-TW", "Twilight耳環以14K白金鑲嵌兩顆直徑5毫米的圓形實驗室培育變石。", al, false},
		{"en-GB", "The Twilight Studs hold two round 5 mm alexandrites in 14k white gold.", al, true},
		{"de-DE", "Die Twilight-Ohrstecker tragen zwei runde Alexandrite von 5 mm in 14 Karat Weißgold.", al, true},
		{"fr-FR", "Les boucles Twilight réunissent deux alexandrites rondes de 5 mm créées en laboratoire, serties dans de l'or blanc 14 carats.", al, true},
		{"fr-CA", "Les boucles Twilight réunissent deux alexandrites rondes de 5 mm, serties dans de l'or blanc 14 carats.", al, true},
		{"fr-CA", "Les boucles Twilight réunissent deux alexandrites rondes de 5 mm serties dans de l'or blanc, créées en laboratoire.", al, true},
		{"es-ES", "Los pendientes Twilight llevan dos alejandritas redondas de 5 mm, en oro blanco de 14 quilates.", al, true},
		{"es-MX", "Los aretes Twilight llevan dos alejandritas redondas de 5 mm engastadas en oro blanco hecho en laboratorio.", al, true},
		{"it-IT", "Gli orecchini Twilight montano due alessandriti rotonde di 5 mm, in oro bianco 14 carati.", al, true},
		{"pt-PT", "Os brincos Twilight têm duas alexandritas redondas de 5 mm, em ouro branco de 14 quilates.", al, true},
		{"pt-BR", "Os brincos Twilight têm duas alexandritas redondas de 5 mm em ouro branco 14k.", al, true},
		{"nl-NL", "De Twilight-oorknopjes hebben twee ronde alexandrieten van 5 mm in 14 karaat witgoud.", al, true},
		{"sv-SE", "Twilight-örhängena har två runda alexandriter på 5 mm i 14 karat vitguld.", al, true},
		{"da-DK", "Twilight-ørestikkerne har to runde alexandritter på 5 mm i 14 karat hvidguld.", al, true},
		{"nb-NO", "Twilight-øreringene har to runde alexandritter på 5 mm i 14 karat hvitt gull.", al, true},
		{"pl-PL", "Kolczyki Twilight mają dwa okrągłe aleksandryty o średnicy 5 mm w 14-karatowym białym złocie.", al, true},
		{"cs-CZ", "Náušnice Twilight nesou dva kulaté alexandrity o průměru 5 mm v 14karátovém bílém zlatě.", al, true},
		{"el-GR", "Τα σκουλαρίκια Twilight έχουν δύο στρογγυλούς αλεξανδρίτες 5 mm σε λευκό χρυσό 14 καρατίων.", al, true},
		{"tr-TR", "Twilight küpelerde 14 ayar beyaz altına yerleştirilmiş iki adet 5 mm yuvarlak aleksandrit bulunur.", al, true},
		{"ar-AE", "يضم قرطا Twilight حجرين مستديرين من الألكسندريت بقطر 5 مم، في الذهب الأبيض عيار 14.", al, true},
		{"ja-JP", "Twilightピアスは、直径5mmのラウンドのアレキサンドライト2石を14Kホワイトゴールドにセットしました。", al, true},
		{"ko-KR", "Twilight 귀걸이는 지름 5mm의 라운드 알렉산드라이트 두 개를 14K 화이트 골드에 세팅했습니다.", al, true},
		{"zh-CN", "Twilight耳钉以14K白金镶嵌两颗直径5毫米的圆形变石。", al, true},
		{"zh-TW", "Twilight耳環以14K白金鑲嵌兩顆直徑5毫米的圓形變石。", al, true},
		{"fr-CA", "Les boucles Twilight réunissent deux diamants ronds de 5 mm créés en laboratoire, sertis dans de l'or blanc.", di, false},
		{"es-MX", "Los aretes Twilight llevan dos diamantes redondos de 5 mm creados en laboratorio, en oro blanco de 14 quilates.", di, false},
		{"pt-PT", "Os brincos Twilight têm dois diamantes redondos de 5 mm criados em laboratório, cravejados em ouro branco.", di, false},
		{"it-IT", "Gli orecchini Twilight montano due diamanti rotondi di 5 mm creati in laboratorio, in oro bianco.", di, false},
		{"fr-CA", "Les boucles Twilight réunissent deux diamants ronds de 5 mm, sertis dans de l'or blanc.", di, true},
		{"it-IT", "Gli orecchini Twilight montano due diamanti rotondi di 5 mm, in oro bianco.", di, true},
		{"es-ES", "Los pendientes Twilight llevan dos alejandritas redondas de 5 mm en oro blanco de laboratorio.", al, true},
		// the mined stone explained after the qualified name passes; with
		// no qualified name it is no disclosure
		{"es-MX", "Los aretes llevan dos alejandritas redondas de 5 mm creadas en laboratorio. La alejandrita extraída de minas es de las gemas más escasas del mundo.", al, false},
		{"fr-CA", "Les boucles réunissent deux alexandrites rondes de 5 mm créées en laboratoire. Les gisements naturels d'alexandrite sont rarissimes.", al, false},
		{"fr-CA", "Les boucles réunissent deux vraies alexandrites rondes de 5 mm créées en laboratoire.", al, true},
		{"es-MX", "Los aretes llevan dos auténticas alejandritas redondas de 5 mm creadas en laboratorio.", al, true},
		{"en-US", "The studs hold two 5 mm round alexandrites. Mined alexandrite is among the scarcest gems in the world.", al, true},
		{"pt-BR", "Os brincos têm duas alexandritas redondas de 5 mm. A alexandrita extraída de minas é rara.", al, true},
	})
	checkKindRows(t, svc, "regulatory", []kindRow{
		{"ja-JP", "Essenceコレクションのピアスは、316Lステンレススチールにゴールドのイオンプレーティング（IP）を施したピアスです。", ip, false},
		{"ja-JP", "316Lステンレススチールにゴールドのイオンプレーティングを施しています。", ip, false},
		{"ja-JP", "316Lステンレススチールにゴールドのイオンプレーティング加工を施したピアスです。", ip, false},
		{"ja-JP", "316Lステンレススチールにゴールドカラーのイオンプレーティング（IP）を施しました。", ip, false},
		{"ja-JP", "316LステンレススチールにゴールドのIP加工を施したピアスです。", ip, false},
		{"ja-JP", "316Lステンレススチールにゴールドのイオンめっきを施したピアスです。", ip, false},
		{"ja-JP", "316Lステンレススチールにゴールドの PVDコーティングを施しました。", ip, false},
		{"ja-JP", "ゴールドのピアスです。", ip, true},
		{"ja-JP", "18金ゴールドのピアスです。", ip, true},
		{"sv-SE", "Örhängena är tillverkade i rostfritt stål 316L och jonpläterade (IP) med guld.", ip, false},
		{"sv-SE", "Örhängena är tillverkade i rostfritt stål 316L och jonpläterade med guld.", ip, false},
		{"sv-SE", "Örhängena är tillverkade i rostfritt stål 316L med en jonplätering av guld.", ip, false},
		{"sv-SE", "Örhängena är tillverkade i rostfritt stål och guldfärgade.", ip, false},
		{"sv-SE", "Örhängena är tillverkade av massivt guld.", ip, true},
		{"sv-SE", "Örhängena är tillverkade av 18 karat guld.", ip, true},
		{"sv-SE", "Örhängena är tillverkade av guld.", ip, true},
		{"en-GB", "The hoops are 316L stainless steel, ion-plated with gold.", ip, false},
		{"en-GB", "The hoops are 316L stainless steel with a gold ion plating (IP).", ip, false},
		{"en-GB", "The hoops are 316L stainless steel with a gold PVD coating.", ip, false},
		{"en-GB", "The hoops are 316L stainless steel with a gold-tone finish.", ip, false},
		{"en-GB", "The hoops are solid gold.", ip, true},
		{"en-GB", "The hoops are 18k gold.", ip, true},
		{"en-US", "The hoops are stainless steel finished in gold by ion plating (IP).", ip, false},
		{"en-AU", "The hoops are stainless steel with gold IP plating.", ip, false},
		{"de-DE", "Die Creolen bestehen aus Edelstahl 316L mit einer Gold-Ionenbeschichtung (IP).", ip, false},
		{"de-DE", "Die Creolen bestehen aus Edelstahl 316L, ionenplattiert mit Gold.", ip, false},
		{"de-DE", "Die Creolen bestehen aus Edelstahl 316L mit goldfarbener IP-Beschichtung.", ip, false},
		{"de-DE", "Die Creolen bestehen aus massivem Gold.", ip, true},
		{"fr-FR", "Les créoles sont en acier inoxydable 316L avec un placage ionique (IP) or.", ip, false},
		{"fr-FR", "Les créoles sont en acier inoxydable 316L doré à l'or par placage ionique (IP).", ip, false},
		{"fr-CA", "Les anneaux sont en acier inoxydable 316L recouvert d'or par placage ionique (IP).", ip, false},
		{"fr-FR", "Les créoles sont en or massif.", ip, true},
		{"es-ES", "Los aros son de acero inoxidable 316L con recubrimiento iónico (IP) de oro.", ip, false},
		{"es-MX", "Los aros son de acero inoxidable 316L con chapado iónico en oro (IP).", ip, false},
		{"es-ES", "Los aros son de oro macizo.", ip, true},
		{"it-IT", "I cerchi sono in acciaio inossidabile 316L con placcatura ionica (IP) in oro.", ip, false},
		{"it-IT", "I cerchi sono in acciaio inossidabile 316L con rivestimento ionico (IP) color oro.", ip, false},
		{"it-IT", "I cerchi sono in oro massiccio.", ip, true},
		{"pt-BR", "As argolas são de aço inoxidável 316L com acabamento dourado por banho iônico (IP).", ip, false},
		{"pt-PT", "As argolas são de aço inoxidável 316L com revestimento iónico (IP) a ouro.", ip, false},
		{"pt-PT", "As argolas são de ouro maciço.", ip, true},
		{"nl-NL", "De oorringen zijn van 316L roestvrij staal met een gouden ionenplating (IP).", ip, false},
		{"nl-NL", "De oorringen zijn van 316L roestvrij staal met een goudkleurige IP-coating.", ip, false},
		{"nl-NL", "De oorringen zijn van massief goud.", ip, true},
		{"da-DK", "Øreringene er lavet af 316L rustfrit stål med guld-ionplettering (IP).", ip, false},
		{"da-DK", "Øreringene er lavet af 316L rustfrit stål, ionbelagt med guld.", ip, false},
		{"da-DK", "Øreringene er lavet af massivt guld.", ip, true},
		{"nb-NO", "Øreringene er laget av 316L rustfritt stål med ionebelegg (IP) i gull.", ip, false},
		{"nb-NO", "Øreringene er laget av 316L rustfritt stål, ioneplettert med gull.", ip, false},
		{"nb-NO", "Øreringene er laget av massivt gull.", ip, true},
		{"fi-FI", "Renkaat ovat 316L-ruostumatonta terästä, jossa on kultainen ionipinnoite (IP).", ip, false},
		{"fi-FI", "Renkaat ovat täyttä kultaa.", ip, true},
		{"pl-PL", "Kolczyki wykonano ze stali nierdzewnej 316L ze złotą powłoką nakładaną metodą jonową (IP).", ip, false},
		{"pl-PL", "Kolczyki wykonano ze stali nierdzewnej 316L ze złotym powlekaniem jonowym (IP).", ip, false},
		{"pl-PL", "Kolczyki wykonano z litego złota.", ip, true},
		{"cs-CZ", "Náušnice jsou z nerezové oceli 316L se zlatým iontovým pokovením (IP).", ip, false},
		{"cs-CZ", "Náušnice jsou z nerezové oceli 316L se zlatou IP vrstvou.", ip, false},
		{"cs-CZ", "Náušnice jsou z ryzího zlata.", ip, true},
		{"el-GR", "Τα σκουλαρίκια είναι από ανοξείδωτο ατσάλι 316L με χρυσή ιοντική επιμετάλλωση (IP).", ip, false},
		{"el-GR", "Τα σκουλαρίκια είναι από συμπαγή χρυσό.", ip, true},
		{"tr-TR", "Küpeler altın iyon kaplamalı (IP) 316L paslanmaz çelikten üretilmiştir.", ip, false},
		{"tr-TR", "Küpeler som altından üretilmiştir.", ip, true},
		{"ar-AE", "الأقراط مصنوعة من الفولاذ المقاوم للصدأ 316L بطلاء أيوني ذهبي (IP).", ip, false},
		{"ar-AE", "الأقراط مصنوعة من الذهب الخالص.", ip, true},
		{"ko-KR", "이 귀걸이는 316L 스테인리스 스틸에 골드 이온 플레이팅(IP)을 입혔습니다.", ip, false},
		{"ko-KR", "이 귀걸이는 316L 스테인리스 스틸에 골드 IP 도금을 했습니다.", ip, false},
		{"ko-KR", "이 귀걸이는 순금으로 만들었습니다.", ip, true},
		{"zh-CN", "耳环采用316L不锈钢，表面经金色离子镀（IP）处理。", ip, false},
		{"zh-CN", "耳环采用316L不锈钢，表面为金色真空离子电镀。", ip, false},
		{"zh-CN", "耳环采用纯金打造。", ip, true},
		{"zh-TW", "耳環採用316L不鏽鋼，表面經金色離子鍍（IP）處理。", ip, false},
		{"zh-TW", "耳環採用純金打造。", ip, true},
		{"de-DE", "Die Creolen sind ionenplattiert und aus massivem Gold.", ip, true},
		{"da-DK", "Øreringene er ionpletterede og lavet af massivt guld.", ip, true},
		{"nl-NL", "De oorringen hebben een ionenplating en zijn van massief goud.", ip, true},
	})
	// karat gold beside an ion plating: untrue (grounding.karat) whatever
	// the plating word says
	checkKindRows(t, svc, "", []kindRow{
		{"sv-SE", "Örhängena är jonpläterade och tillverkade av 18 karat guld.", ip, true},
		{"ja-JP", "316Lステンレススチールにイオンプレーティングを施した18金のピアスです。", ip, true},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"it-IT", "Il rubino non ha subito alcun trattamento: il suo rosso profondo è del tutto naturale.", ru, true},
		{"it-IT", "Il rubino non è stato sottoposto ad alcun trattamento.", ru, true},
		{"en-GB", "The ruby has not undergone any treatment.", ru, true},
		{"en-US", "The ruby hasn't been subjected to any treatment.", ru, true},
		{"en-AU", "The ruby has not received any treatment.", ru, true},
		{"de-DE", "Der Rubin wurde keiner Behandlung unterzogen.", ru, true},
		{"pt-PT", "O rubi não sofreu qualquer tratamento.", ru, true},
		{"pt-BR", "O rubi não foi submetido a nenhum tratamento.", ru, true},
		{"sv-SE", "Rubinen har inte genomgått någon behandling.", ru, true},
		{"da-DK", "Rubinen har ikke gennemgået nogen behandling.", ru, true},
		{"nb-NO", "Rubinen har ikke gjennomgått noen behandling.", ru, true},
		{"pl-PL", "Rubin nie został poddany żadnej obróbce.", ru, true},
		{"cs-CZ", "Rubín neprošel žádnou úpravou.", ru, true},
		{"ar-AE", "لم يخضع الياقوت لأي معالجة.", ru, true},
		{"ja-JP", "このルビーは一切の処理を受けていません。", ru, true},
		{"fr-FR", "Le rubis n'a subi aucun traitement.", ru, true},
		{"fr-CA", "Le rubis n'a fait l'objet d'aucun traitement.", ru, true},
		{"es-ES", "El rubí no ha recibido ningún tratamiento.", ru, true},
		{"es-MX", "El rubí no ha sido sometido a ningún tratamiento.", ru, true},
		{"nl-NL", "De robijn heeft geen enkele behandeling ondergaan.", ru, true},
		{"fi-FI", "Rubiinia ei ole käsitelty millään tavalla.", ru, true},
		{"el-GR", "Το ρουμπίνι δεν έχει υποστεί καμία επεξεργασία.", ru, true},
		{"tr-TR", "Yakut hiçbir işlem görmemiştir.", ru, true},
		{"ko-KR", "이 루비는 어떠한 처리도 거치지 않았습니다.", ru, true},
		{"zh-CN", "这颗红宝石未经任何处理。", ru, true},
		{"zh-TW", "這顆紅寶石未經任何處理。", ru, true},
		{"en-GB", "The eight diamonds have not undergone any treatment; the ruby is glass-filled.", ru, false},
		{"en-US", "The ruby is glass-filled, while the eight diamonds have not been subjected to any treatment.", ru, false},
		{"it-IT", "Gli otto diamanti non hanno subito alcun trattamento; il rubino è riempito di vetro.", ru, false},
		{"it-IT", "Il rubino è stato riempito di vetro al piombo per migliorarne la limpidezza.", ru, false},
		{"de-DE", "Die acht Diamanten wurden keiner Behandlung unterzogen; der Rubin ist mit Bleiglas gefüllt.", ru, false},
		{"pt-PT", "Os oito diamantes não sofreram qualquer tratamento; o rubi foi preenchido com vidro.", ru, false},
		{"pt-BR", "Os oito diamantes não passaram por nenhum tratamento; o rubi é preenchido com vidro.", ru, false},
		{"sv-SE", "De åtta diamanterna har inte genomgått någon behandling; rubinen är fylld med blyglas.", ru, false},
		{"da-DK", "De otte diamanter har ikke gennemgået nogen behandling; rubinen er fyldt med blyglas.", ru, false},
		{"nb-NO", "De åtte diamantene har ikke gjennomgått noen behandling; rubinen er fylt med blyglass.", ru, false},
		{"cs-CZ", "Osm diamantů neprošlo žádnou úpravou; rubín je vyplněn olovnatým sklem.", ru, false},
		{"ja-JP", "8石のダイヤモンドは一切の処理を受けていません。ルビーはガラス充填です。", ru, false},
		{"ja-JP", "このジェダイトは漂白も樹脂含浸もしていない無処理のAジェードで、緑は完全に天然の色です。", jd, true},
		{"ja-JP", "このジェダイトは漂白も樹脂含浸もしていません。", jd, true},
		{"ja-JP", "このジェダイトは漂白していません。", jd, true},
		{"ja-JP", "このジェダイトは樹脂含浸されていません。", jd, true},
		{"ja-JP", "このジェダイトは漂白と樹脂含浸を施したBジェードです。", jd, false},
		{"ja-JP", "このジェダイトは漂白し、樹脂を含浸させています。染色はしていません。", jd, false},
		{"en-GB", "This jadeite is Type B jade: it has been bleached and impregnated with polymer.", jd, false},
	})
}

// TestKindsQualifier47Open (#13, qualifier47): rows left. fi-FI: the bare
// partitive "aleksandriittia" on a lab-grown alexandrite is not read as
// the stone (on main too).
func TestKindsQualifier47Open(t *testing.T) {
	t.Skip("open: fi-FI partitive aleksandriittia not read as the lab-grown stone")
	svc := checkService(t)
	checkKindRows(t, svc, "regulatory", []kindRow{
		{"fi-FI", "Twilight-nappikorvakoruissa on kaksi pyöreää 5 mm:n aleksandriittia 14 karaatin valkokullassa.", qualifier47Alex, true},
	})
}
