package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// pearl50 (#13): metal words used as the colour of a stone or a pearl, not
// as the piece's metal: a Tahitian pearl "from silver grey to peacock
// green", its "silver overtones", "the rose-gold blush of morganite" on a
// platinum ring (GIA Pearl Description System: body colour and overtone;
// grounding metal_hue.go). They blocked grounding.material as a metal the
// piece lacks; the same metal said of the piece still blocks.
var (
	pearl50Tahitian = core.Product{SKU: "P50T", Name: "Lagoon Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"18k yellow gold", "cultured Tahitian pearl"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "cultured Tahitian pearl", Colour: "dark grey", Count: 1}}, Colours: []string{"yellow gold", "grey", "green"}}
	pearl50Morganite = core.Product{SKU: "P50M", Name: "Blush Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"platinum 950", "morganite"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones: []core.Stone{{Type: "morganite", Colour: "peach pink", Count: 1}}, Colours: []string{"platinum", "pink"}}
	pearl50Citrine = core.Product{SKU: "P50C", Name: "Sunburst Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver", "citrine"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Stones: []core.Stone{{Type: "citrine", Colour: "golden yellow", Count: 1}}, Colours: []string{"silver", "golden yellow"}}
	pearl50SouthSea = core.Product{SKU: "P50S", Name: "Soleil Studs", Category: "earrings", Collection: "Lumière",
		Materials: []string{"18k white gold", "cultured South Sea pearl"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "cultured South Sea pearl", Colour: "golden", Count: 2}}, Colours: []string{"white gold", "golden"}}
	pearl50Chain = core.Product{SKU: "P50K", Name: "Curb Chain", Category: "necklace", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}}, Colours: []string{"silver"}}
	pearl50Vermeil = core.Product{SKU: "P50V", Name: "Aura Hoops", Category: "earrings", Collection: "Essence",
		Materials: []string{"gold vermeil (18k gold over sterling silver, 2.5 microns)"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "18k gold"}}, Colours: []string{"gold"}}
)

// pearl50Range: a Tahitian pearl's colour range, its metal word shading a
// shade word ("silver grey", "gris argent", "Silbergrau", シルバーグレー).
var pearl50Range = [][2]string{
	{"en-GB", "Tahitian pearls range from silver grey to peacock green."},
	{"en-US", "Tahitian pearls range from silver gray to peacock green."},
	{"en-AU", "A platinum-grey pearl with green overtones hangs from the chain."},
	{"de-DE", "Tahiti-Perlen reichen von Silbergrau bis Pfauengrün."},
	{"fr-FR", "Les perles de Tahiti vont du gris argent au vert paon."},
	{"fr-CA", "Les perles de Tahiti vont du gris argent au vert paon."},
	{"es-ES", "Las perlas de Tahití van del gris plata al verde pavo real."},
	{"es-MX", "Las perlas de Tahití van del gris plata al verde pavorreal."},
	{"it-IT", "Le perle di Tahiti vanno dal grigio argento al verde pavone."},
	{"pt-PT", "As pérolas do Taiti vão do cinzento prata ao verde-pavão."},
	{"pt-BR", "As pérolas do Taiti vão do cinza prata ao verde-pavão."},
	{"nl-NL", "Tahitiparels variëren van zilvergrijs tot pauwgroen."},
	{"nb-NO", "Tahitiperler spenner fra sølvgrått til påfuglgrønt."},
	{"da-DK", "Tahitiperler spænder fra sølvgrå til påfuglegrøn."},
	{"sv-SE", "Tahitipärlor går från silvergrått till påfågelgrönt."},
	{"fi-FI", "Tahitinhelmet vaihtelevat hopeanharmaasta riikinkukonvihreään."},
	{"cs-CZ", "Tahitské perly mají barvu od stříbrně šedé po pávově zelenou."},
	{"pl-PL", "Perły tahitańskie mają barwę od srebrnoszarej po pawią zieleń."},
	{"el-GR", "Τα μαργαριτάρια της Ταϊτής κυμαίνονται από ασημί γκρι έως πράσινο του παγωνιού."},
	{"tr-TR", "Tahiti incileri gümüş griden tavus yeşiline kadar uzanır."},
	{"ar-AE", "تتدرج لآلئ تاهيتي من الرمادي الفضي إلى الأخضر الطاووسي."},
	{"ja-JP", "タヒチパールの色はシルバーグレーからピーコックグリーンまで幅広い。"},
	{"ko-KR", "타히티 진주는 실버 그레이부터 피콕 그린까지 다양한 색을 띱니다."},
	{"zh-CN", "大溪地珍珠的颜色从银灰色到孔雀绿不等。"},
	{"zh-TW", "大溪地珍珠的顏色從銀灰色到孔雀綠不等。"},
}

// pearl50Overtone: the pearl's overtone or lustre in a metal's colour.
var pearl50Overtone = [][2]string{
	{"en-GB", "The pearl shows silver overtones."},
	{"en-US", "The pearl has a silver luster and its overtones shift from silver to green."},
	{"en-AU", "Each pearl carries a silver sheen."},
	{"de-DE", "Die Perle schimmert mit silbernen Obertönen."},
	{"fr-FR", "La perle présente un orient argent."},
	{"fr-CA", "La perle offre un lustre argent."},
	{"es-ES", "La perla tiene un oriente plata."},
	{"es-MX", "La perla luce reflejos plata."},
	{"it-IT", "La perla ha un oriente argento."},
	{"pt-PT", "A pérola tem um oriente prata."},
	{"pt-BR", "A pérola exibe reflexos prata."},
	{"nl-NL", "De parel toont zilveren boventonen."},
	{"nb-NO", "Perlen har en sølvglans."},
	{"da-DK", "Perlen har et sølvskær."},
	{"sv-SE", "Pärlan har silverglans och gröna övertoner."},
	{"fi-FI", "Helmessä on hopeinen hohde."},
	{"cs-CZ", "Perla má stříbrný lesk."},
	{"pl-PL", "Perła ma srebrne refleksy."},
	{"el-GR", "Το μαργαριτάρι έχει ασημένιες ανταύγειες."},
	{"tr-TR", "İnci gümüş yansımalar taşır."},
	{"ar-AE", "تظهر على اللؤلؤة انعكاسات فضية."},
	{"ja-JP", "真珠にはシルバーのオーバートーンが見られます。"},
	{"ko-KR", "진주에는 실버 오버톤이 감돕니다."},
	{"zh-CN", "珍珠带有银色伴色。"},
	{"zh-TW", "珍珠帶有銀色伴色。"},
}

// pearl50Blush: morganite's rose-gold blush on a platinum ring.
var pearl50Blush = [][2]string{
	{"en-GB", "The rose-gold blush of morganite meets platinum."},
	{"en-US", "Morganite's rose gold blush glows against platinum."},
	{"en-AU", "The morganite shows a soft rose-gold lustre."},
	{"de-DE", "Der roségoldene Schimmer des Morganits trifft auf Platin."},
	{"fr-FR", "Le reflet or rose de la morganite rencontre le platine."},
	{"fr-CA", "La morganite offre un éclat or rose sur le platine."},
	{"es-ES", "El rubor oro rosa de la morganita se une al platino."},
	{"es-MX", "La morganita tiene un brillo oro rosa sobre el platino."},
	{"it-IT", "Il riflesso oro rosa della morganite incontra il platino."},
	{"pt-PT", "O brilho ouro rosé da morganite encontra a platina."},
	{"pt-BR", "O brilho ouro rosé da morganita encontra a platina."},
	{"nl-NL", "De roségouden gloed van morganiet ontmoet platina."},
	{"nb-NO", "Morganitten har en rosegullglød mot platina."},
	{"da-DK", "Morganitten har en rosaguldglød mod platin."},
	{"sv-SE", "Morganitens roséguldiga skimmer möter platina."},
	{"fi-FI", "Morganiitin ruusukultainen hohde kohtaa platinan."},
	{"cs-CZ", "Morganit má růžovozlatý lesk, který vynikne v platině."},
	{"pl-PL", "Morganit ma różowozłoty połysk na tle platyny."},
	{"el-GR", "Ο μοργκανίτης έχει ροζ χρυσή λάμψη πάνω στην πλατίνα."},
	{"tr-TR", "Morganitin rose altın ışıltısı platinle buluşuyor."},
	{"ar-AE", "يلتقي بريق الذهب الوردي في المورغانيت بالبلاتين."},
	{"ja-JP", "モルガナイトのローズゴールドの輝きがプラチナに映えます。"},
	{"ko-KR", "모거나이트의 로즈골드 광채가 플래티넘과 어우러집니다."},
	{"zh-CN", "摩根石的玫瑰金色光泽与铂金相映。"},
	{"zh-TW", "摩根石的玫瑰金色光澤與鉑金相映。"},
}

// pearl50Golden: golden stones on a piece of another metal (these passed
// on main too; kept as guard rails of the colour reading).
var pearl50Golden = []kindRow{
	{"en-GB", "Golden citrine glows against sterling silver.", pearl50Citrine, false},
	{"de-DE", "Goldener Citrin leuchtet vor Sterlingsilber.", pearl50Citrine, false},
	{"fr-FR", "La citrine dorée brille sur l'argent sterling.", pearl50Citrine, false},
	{"ja-JP", "黄金色のシトリンがスターリングシルバーに映えます。", pearl50Citrine, false},
	{"en-GB", "Golden South Sea pearls sit in 18k white gold.", pearl50SouthSea, false},
	{"zh-CN", "金色南洋珍珠镶嵌于18K白金之上。", pearl50SouthSea, false},
	{"en-US", "Morganite comes in shades from pale pink to champagne and cognac.", pearl50Morganite, false},
}

// TestKindsPearl50 (#13, pearl50): a metal word said as the colour of a
// stone, a pearl, its overtone or lustre passes, in 25 locales.
func TestKindsPearl50(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(pearl50Tahitian, false, pearl50Range, pearl50Overtone)
	rows = append(rows, pairRows(pearl50Morganite, false, pearl50Blush)...)
	rows = append(rows, pearl50Golden...)
	checkKindRows(t, svc, "", rows)
}

// pearl50SilverPendant: the same silver-grey pearl on a pendant called
// silver, on an 18k yellow gold piece.
var pearl50SilverPendant = [][2]string{
	{"en-GB", "A silver pendant holds the silver-grey pearl."},
	{"en-US", "A silver pendant holds the silver-gray pearl."},
	{"en-AU", "The pendant is set in sterling silver, with silver overtones in the pearl."},
	{"de-DE", "Ein Silberanhänger hält die silbergraue Perle."},
	{"fr-FR", "Un pendentif en argent porte la perle gris argent."},
	{"fr-CA", "Un pendentif en argent porte la perle gris argent."},
	{"es-ES", "Un colgante de plata sostiene la perla gris plata."},
	{"es-MX", "Un colgante de plata sostiene la perla gris plata."},
	{"it-IT", "Un ciondolo in argento regge la perla grigio argento."},
	{"pt-PT", "Um pendente de prata segura a pérola cinzento prata."},
	{"pt-BR", "Um pingente de prata segura a pérola cinza prata."},
	{"nl-NL", "Een zilveren hanger draagt de zilvergrijze parel."},
	{"nb-NO", "Et sølvanheng bærer den sølvgrå perlen."},
	{"da-DK", "Et sølvvedhæng bærer den sølvgrå perle."},
	{"sv-SE", "Ett silverhänge bär den silvergrå pärlan."},
	{"fi-FI", "Hopeariipus kantaa hopeanharmaata helmeä."},
	{"cs-CZ", "Stříbrný přívěsek nese stříbrně šedou perlu."},
	{"pl-PL", "Srebrny wisiorek trzyma srebrnoszarą perłę."},
	{"el-GR", "Ένα ασημένιο μενταγιόν κρατά το ασημί γκρι μαργαριτάρι."},
	{"tr-TR", "Gümüş kolye ucu gümüş gri inciyi taşır."},
	{"ar-AE", "قلادة من الفضة تحمل اللؤلؤة الرمادية الفضية."},
	{"ja-JP", "シルバーのペンダントがシルバーグレーの真珠を支えます。"},
	{"ko-KR", "실버 펜던트가 실버 그레이 진주를 받치고 있습니다."},
	{"zh-CN", "银吊坠托着一颗银灰色珍珠。"},
	{"zh-TW", "銀吊墜托著一顆銀灰色珍珠。"},
}

// pearl50RoseSetting: the morganite said to be set in rose gold, on a
// platinum ring: a stone in the sentence excuses no metal without a noun
// of its colour.
var pearl50RoseSetting = [][2]string{
	{"en-GB", "The morganite is set in rose gold."},
	{"en-US", "The morganite sits in rose gold."},
	{"en-AU", "The morganite is framed in rose gold."},
	{"de-DE", "Der Morganit ist in Roségold gefasst."},
	{"fr-FR", "La morganite est sertie d'or rose."},
	{"fr-CA", "La morganite est sertie en or rose."},
	{"es-ES", "La morganita está engastada en oro rosa."},
	{"es-MX", "La morganita está montada en oro rosa."},
	{"it-IT", "La morganite è incastonata in oro rosa."},
	{"pt-PT", "A morganite está cravada em ouro rosé."},
	{"pt-BR", "A morganita está cravejada em ouro rosé."},
	{"nl-NL", "De morganiet is gezet in roségoud."},
	{"nb-NO", "Morganitten er innfattet i rosegull."},
	{"da-DK", "Morganitten er indfattet i rosaguld."},
	{"sv-SE", "Morganiten är infattad i roséguld."},
	{"fi-FI", "Morganiitti on istutettu ruusukultaan."},
	{"cs-CZ", "Morganit je zasazen do růžového zlata."},
	{"pl-PL", "Morganit osadzono w różowym złocie."},
	{"el-GR", "Ο μοργκανίτης είναι δεμένος σε ροζ χρυσό."},
	{"tr-TR", "Morganit rose altına yerleştirilmiştir."},
	{"ar-AE", "المورغانيت مرصع في الذهب الوردي."},
	{"ja-JP", "モルガナイトはローズゴールドにセットされています。"},
	{"ko-KR", "모거나이트는 로즈골드에 세팅되어 있습니다."},
	{"zh-CN", "摩根石镶嵌于玫瑰金之中。"},
	{"zh-TW", "摩根石鑲嵌於玫瑰金之中。"},
}

// TestKindsPearl50Bad (#13, pearl50): real metal claims beside the colour
// readings still block, in 25 locales.
func TestKindsPearl50Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(pearl50Tahitian, true, pearl50SilverPendant)
	rows = append(rows, pairRows(pearl50Morganite, true, pearl50RoseSetting)...)
	rows = append(rows,
		kindRow{"en-GB", "The pendant is set in sterling silver.", pearl50Tahitian, true},
		kindRow{"en-GB", "The gold chain is 45 cm long.", pearl50Chain, true},
		kindRow{"en-GB", "The gold chain has a silver-grey sheen.", pearl50Chain, true},
		kindRow{"en-GB", "The hoops are solid gold.", pearl50Vermeil, true},
		kindRow{"en-GB", "The pearl is set in silver.", pearl50Tahitian, true},
		kindRow{"en-GB", "The pendant itself is silver grey.", pearl50Tahitian, true},
		kindRow{"de-DE", "Der Anhänger ist silbergrau.", pearl50Tahitian, true},
		kindRow{"en-GB", "Silver glows around the pearl.", pearl50Tahitian, true},
		kindRow{"en-GB", "The silver setting's sheen lifts the pearl.", pearl50Tahitian, true},
		kindRow{"fr-FR", "L'éclat de l'argent met la perle en valeur.", pearl50Tahitian, true},
	)
	checkKindRows(t, svc, "grounding", rows)
}

// TestKindsPearl50Open (#13, pearl50): left open. A metal after a noun of
// light and a preposition ("overtones of silver", "reflejos de plata",
// "overtoner av sølv") still blocks: the same shape names the metal of the
// piece ("l'éclat de l'or", the gleam of the gold), and the clause does not
// say which is meant; all blocked on main too.
func TestKindsPearl50Open(t *testing.T) {
	t.Skip("open (#13, pearl50): a metal after a noun of light and a preposition")
	t.Parallel()
	checkKindRows(t, checkService(t), "", pairRows(pearl50Tahitian, false, [][2]string{
		{"en-GB", "The pearl carries overtones of silver."},
		{"es-ES", "La perla muestra reflejos de plata."},
		{"it-IT", "La perla mostra riflessi d'argento."},
		{"pt-PT", "A pérola mostra reflexos de prata."},
		{"nb-NO", "Perlen har overtoner av sølv."},
		{"da-DK", "Perlen har overtoner af sølv."},
		{"sv-SE", "Pärlan har övertoner av silver."},
	}))
}
