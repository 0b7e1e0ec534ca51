package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The fifty-fourth session's plate60 kind (issue #13, plating_gold,
// category regulatory): a gold-plated, vermeil or gold-coloured
// ion-plated piece that copy calls gold. The probe below names four such
// pieces in all 25 locales in many ways (karat gold, solid, real, pure,
// a fineness, compounds and inflections, lists, after a colon, relative
// clauses) beside the true forms that must pass ("18k gold-plated",
// "vergoldet", "plaqué or", "kullattu", "金メッキ", "镀金", "gold vermeil",
// "gold-tone"). What failed on main was the plating word set against the
// gold: "nicht vergoldet, sondern aus Gold", "ikke forgyldt, men af guld",
// "kaplama değil, altındır", "金メッキではなく18金": the denied plating
// word still qualified the gold (16 CFR 23.4 asks the plating disclosed).

var (
	pl60Silver = core.Product{SKU: "PL60S", Name: "Aurea", Category: "ring", Collection: "Essence", Materials: []string{"sterling silver", "18k gold plating"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}}, Colours: []string{"gold"}}
	pl60Brass = core.Product{SKU: "PL60B", Name: "Luna", Category: "earrings", Collection: "Moments", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 2.5}}, Colours: []string{"gold"}}
	pl60Vermeil = core.Product{SKU: "PL60V", Name: "Halo", Category: "necklace", Collection: "Essence", Materials: []string{"18k gold vermeil"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 2.5}}, Colours: []string{"gold"}}
	pl60Steel = core.Product{SKU: "PL60T", Name: "Cuff", Category: "bracelet", Collection: "Essence", Materials: []string{"stainless steel"},
		Metals: []core.Metal{{Base: "stainless steel", Plating: "gold IP"}}, Colours: []string{"gold"}}
)

// pl60Set makes rows on p in loc from texts, each wanting block.
func pl60Set(block bool, p core.Product, loc string, texts ...string) []kindRow {
	var rows []kindRow
	for _, s := range texts {
		rows = append(rows, kindRow{loc, s, p, block})
	}
	return rows
}

// pl60Rows are the first pass of the probe: the gold named plainly.
func pl60Rows() []kindRow {
	var r []kindRow
	add := func(rows []kindRow) { r = append(r, rows...) }
	S, B, V, T := pl60Silver, pl60Brass, pl60Vermeil, pl60Steel
	// en
	add(pl60Set(true, S, "en-GB", "The Aurea ring is crafted in 18k gold.", "The Aurea ring is solid gold.", "The Aurea ring is made of real 18k gold.", "The Aurea ring, in 750 gold, suits every day.", "Details: 18k gold, 2 mm band, polished finish.", "Material: 18 kt gold.", "A ring that is made of 18ct gold for every day.", "The Aurea 18k Gold Ring is polished by hand."))
	add(pl60Set(false, S, "en-GB", "The Aurea ring is 18k gold-plated sterling silver.", "The Aurea ring is sterling silver plated with 18k gold.", "A gold-coloured ring in sterling silver with 18ct gold plating."))
	add(pl60Set(true, B, "en-US", "The Luna earrings are pure gold.", "The Luna earrings are 14k gold hoops.", "Luna gold hoops: solid gold, light and bright.", "The Luna earrings are crafted from genuine gold."))
	add(pl60Set(false, B, "en-US", "The Luna earrings are gold-plated brass with 2.5 microns of gold.", "Gold-tone hoops in brass with a 2.5 micron gold plating."))
	add(pl60Set(true, V, "en-AU", "The Halo necklace is 18ct gold.", "The Halo necklace is solid 18k gold.", "The Halo necklace, made of real gold, layers well."))
	add(pl60Set(false, V, "en-AU", "The Halo necklace is 18k gold vermeil: sterling silver with 2.5 microns of 18k gold."))
	add(pl60Set(true, T, "en-US", "The Cuff bracelet is 18k gold.", "The Cuff is a solid gold bracelet."))
	add(pl60Set(false, T, "en-US", "The Cuff bracelet is gold-coloured stainless steel with IP plating.", "A gold-tone stainless steel cuff."))
	// de
	add(pl60Set(true, S, "de-DE", "Der Goldring Aurea ist aus 18-karätigem Gold.", "Der Ring Aurea ist aus massivem Gold.", "Der Ring Aurea ist aus echtem Gold.", "Der Ring Aurea ist aus 750er Gold.", "Material: 18 Karat Gold.", "Ein Ring, der aus 18 Karat Gold gefertigt ist.", "Der Aurea Goldring glänzt.", "Der Ring Aurea ist aus reinem Gold."))
	add(pl60Set(false, S, "de-DE", "Der Ring Aurea ist aus Sterlingsilber, mit 18 Karat Gold vergoldet.", "Der Ring Aurea ist vergoldet.", "Ein goldfarbener Ring aus Sterlingsilber, 18 Karat vergoldet."))
	add(pl60Set(true, T, "de-DE", "Der Armreif Cuff ist aus Gold.", "Der goldene Armreif Cuff ist aus 14 Karat Gold."))
	add(pl60Set(false, T, "de-DE", "Der Armreif Cuff ist aus Edelstahl mit goldfarbener IP-Beschichtung."))
	// fr
	add(pl60Set(true, S, "fr-FR", "La bague Aurea est en or 18 carats.", "La bague Aurea est en or massif.", "La bague Aurea est en véritable or 18 carats.", "La bague Aurea est en or 750.", "Matière : or 18 carats.", "Une bague qui est en or jaune 18 carats.", "La bague Aurea est en or pur."))
	add(pl60Set(false, S, "fr-FR", "La bague Aurea est en argent sterling plaqué or 18 carats.", "La bague Aurea est en argent doré à l'or fin 18 carats.", "Une bague couleur or en argent plaqué or."))
	add(pl60Set(true, B, "fr-CA", "Les boucles d'oreilles Luna sont en or 14 carats.", "Les boucles d'oreilles Luna sont en or massif.", "Les boucles d'oreilles Luna sont en or véritable."))
	add(pl60Set(false, B, "fr-CA", "Les boucles d'oreilles Luna sont en laiton plaqué or, 2,5 microns."))
	// es
	add(pl60Set(true, S, "es-ES", "El anillo Aurea es de oro de 18 quilates.", "El anillo Aurea es de oro macizo.", "El anillo Aurea es de oro auténtico.", "El anillo Aurea es de oro 750.", "Material: oro de 18 k.", "Un anillo que está hecho de oro de 18 quilates.", "El anillo Aurea es de oro puro."))
	add(pl60Set(false, S, "es-ES", "El anillo Aurea es de plata de ley bañada en oro de 18 quilates.", "El anillo Aurea es de plata chapada en oro.", "Un anillo de color dorado en plata de ley."))
	add(pl60Set(true, B, "es-MX", "Los aretes Luna son de oro de 14 kilates.", "Los aretes Luna son de oro sólido.", "Los aretes Luna son de oro real."))
	add(pl60Set(false, B, "es-MX", "Los aretes Luna son de latón chapado en oro de 2,5 micras."))
	// it
	add(pl60Set(true, S, "it-IT", "L'anello Aurea è in oro 18 carati.", "L'anello Aurea è in oro massiccio.", "L'anello Aurea è in vero oro.", "L'anello Aurea è in oro 750.", "Materiale: oro 18 kt.", "Un anello che è realizzato in oro 18 carati.", "L'anello Aurea è in oro puro."))
	add(pl60Set(false, S, "it-IT", "L'anello Aurea è in argento sterling placcato oro 18 carati.", "L'anello Aurea è in argento dorato.", "Un anello color oro in argento 925."))
	// pt
	add(pl60Set(true, S, "pt-PT", "O anel Aurea é em ouro de 18 quilates.", "O anel Aurea é em ouro maciço.", "O anel Aurea é em ouro verdadeiro.", "O anel Aurea é em ouro 750.", "Material: ouro de 18 k."))
	add(pl60Set(false, S, "pt-PT", "O anel Aurea é em prata de lei banhada a ouro de 18 quilates."))
	add(pl60Set(true, B, "pt-BR", "Os brincos Luna são de ouro 18k.", "Os brincos Luna são de ouro maciço.", "Os brincos Luna são de ouro legítimo.", "Os brincos Luna são de ouro puro.", "Brincos Luna: ouro 750, leves e brilhantes."))
	add(pl60Set(false, B, "pt-BR", "Os brincos Luna são de latão banhado a ouro, com 2,5 mícrons.", "Brincos dourados de latão folheado a ouro."))
	// nl
	add(pl60Set(true, S, "nl-NL", "De gouden ring Aurea is van 18 karaat goud.", "De ring Aurea is van massief goud.", "De ring Aurea is van echt goud.", "De ring Aurea is van 750 goud.", "Materiaal: 18 karaat goud.", "Een ring die van 18 karaat goud is gemaakt.", "De Aurea is een gouden ring.", "De ring Aurea is van puur goud."))
	add(pl60Set(false, S, "nl-NL", "De ring Aurea is van sterling zilver, verguld met 18 karaat goud.", "De ring Aurea is verguld.", "Een goudkleurige ring van verguld zilver."))
	// nb, da, sv
	add(pl60Set(true, S, "nb-NO", "Ringen Aurea er i 18 karat gull.", "Ringen Aurea er i massivt gull.", "Ringen Aurea er i ekte gull.", "Ringen Aurea er i 750 gull.", "Materiale: 18 karat gull.", "Aurea er en gullring.", "Ringen Aurea er i rent gull."))
	add(pl60Set(false, S, "nb-NO", "Ringen Aurea er i sterlingsølv, forgylt med 18 karat gull.", "Ringen Aurea er forgylt.", "En gullfarget ring i forgylt sølv."))
	add(pl60Set(true, S, "da-DK", "Ringen Aurea er i 18 karat guld.", "Ringen Aurea er i massivt guld.", "Ringen Aurea er i ægte guld.", "Ringen Aurea er i 750 guld.", "Materiale: 18 karat guld.", "Aurea er en guldring.", "Ringen Aurea er i rent guld."))
	add(pl60Set(false, S, "da-DK", "Ringen Aurea er i sterlingsølv, forgyldt med 18 karat guld.", "Ringen Aurea er forgyldt.", "En guldfarvet ring i forgyldt sølv."))
	add(pl60Set(true, S, "sv-SE", "Ringen Aurea är i 18 karat guld.", "Ringen Aurea är i massivt guld.", "Ringen Aurea är i äkta guld.", "Ringen Aurea är i 750 guld.", "Material: 18 karat guld.", "Aurea är en guldring.", "Ringen Aurea är i rent guld."))
	add(pl60Set(false, S, "sv-SE", "Ringen Aurea är i sterlingsilver, förgylld med 18 karat guld.", "Ringen Aurea är förgylld.", "En guldfärgad ring i förgyllt silver."))
	// fi
	add(pl60Set(true, S, "fi-FI", "Aurea-sormus on 18 karaatin kultaa.", "Aurea-sormus on täyttä kultaa.", "Aurea-sormus on aitoa kultaa.", "Aurea on kultainen sormus.", "Materiaali: 18 karaatin kulta.", "Aurea-kultasormus kiiltää.", "Aurea-sormus on puhdasta kultaa."))
	add(pl60Set(false, S, "fi-FI", "Aurea-sormus on sterlinghopeaa, kullattu 18 karaatin kullalla.", "Aurea-sormus on kullattu.", "Kullanvärinen sormus kullattua hopeaa."))
	// cs, pl
	add(pl60Set(true, S, "cs-CZ", "Prsten Aurea je z 18karátového zlata.", "Prsten Aurea je z masivního zlata.", "Prsten Aurea je z pravého zlata.", "Aurea je zlatý prsten.", "Materiál: zlato 750.", "Prsten Aurea je z ryzího zlata."))
	add(pl60Set(false, S, "cs-CZ", "Prsten Aurea je ze stříbra, pozlacený 18karátovým zlatem.", "Prsten Aurea je pozlacený.", "Zlatě zbarvený prsten z pozlaceného stříbra."))
	add(pl60Set(true, S, "pl-PL", "Pierścionek Aurea jest z 18-karatowego złota.", "Pierścionek Aurea jest z litego złota.", "Pierścionek Aurea jest z prawdziwego złota.", "Aurea to złoty pierścionek.", "Materiał: złoto próby 750.", "Pierścionek Aurea jest z czystego złota."))
	add(pl60Set(false, S, "pl-PL", "Pierścionek Aurea jest ze srebra, pozłacany 18-karatowym złotem.", "Pierścionek Aurea jest pozłacany.", "Pierścionek w kolorze złota ze srebra pozłacanego."))
	// el, tr
	add(pl60Set(true, S, "el-GR", "Το δαχτυλίδι Aurea είναι από χρυσό 18 καρατίων.", "Το δαχτυλίδι Aurea είναι από συμπαγή χρυσό.", "Το δαχτυλίδι Aurea είναι από αληθινό χρυσό.", "Το Aurea είναι ένα χρυσό δαχτυλίδι.", "Υλικό: χρυσός 750.", "Το δαχτυλίδι Aurea είναι από καθαρό χρυσό."))
	add(pl60Set(false, S, "el-GR", "Το δαχτυλίδι Aurea είναι από ασήμι, επιχρυσωμένο με χρυσό 18 καρατίων.", "Το δαχτυλίδι Aurea είναι επιχρυσωμένο.", "Ένα δαχτυλίδι σε χρυσαφί χρώμα από επιχρυσωμένο ασήμι."))
	add(pl60Set(true, S, "tr-TR", "Aurea yüzük 18 ayar altındır.", "Aurea yüzük som altındır.", "Aurea yüzük gerçek altındır.", "Aurea bir altın yüzük.", "Malzeme: 750 altın.", "Aurea yüzük saf altındır."))
	add(pl60Set(false, S, "tr-TR", "Aurea yüzük gümüş üzerine 18 ayar altın kaplamadır.", "Aurea yüzük altın kaplama gümüştür.", "Altın renkli, altın kaplama gümüş yüzük."))
	// ar
	add(pl60Set(true, S, "ar-AE", "خاتم Aurea من ذهب عيار 18.", "خاتم Aurea من الذهب الخالص.", "خاتم Aurea من الذهب الحقيقي.", "خاتم Aurea من الذهب الصلب.", "المادة: ذهب 750."))
	add(pl60Set(false, S, "ar-AE", "خاتم Aurea من الفضة الإسترليني مطلي بالذهب عيار 18.", "خاتم Aurea مطلي بالذهب.", "خاتم بلون ذهبي من الفضة المطلية بالذهب."))
	// ja ko zh
	add(pl60Set(true, S, "ja-JP", "Aureaリングは18金です。", "Aureaリングは18Kゴールドです。", "Aureaリングは純金製です。", "Aureaリングは本物の金です。", "素材：K18。", "Aureaリングは無垢の18金です。"))
	add(pl60Set(false, S, "ja-JP", "Aureaリングはシルバー925に18金メッキを施しています。", "Aureaリングは金メッキです。", "ゴールドカラーの金メッキリング。"))
	add(pl60Set(true, S, "ko-KR", "Aurea 반지는 18K 골드입니다.", "Aurea 반지는 순금입니다.", "Aurea 반지는 진짜 금입니다.", "Aurea 반지는 18K 금 반지입니다.", "소재: 18K 골드."))
	add(pl60Set(false, S, "ko-KR", "Aurea 반지는 스털링 실버에 18K 금도금을 했습니다.", "Aurea 반지는 금도금입니다.", "골드 컬러 금도금 반지."))
	add(pl60Set(true, S, "zh-CN", "Aurea戒指采用18K金。", "Aurea戒指为纯金。", "Aurea戒指为实心金。", "Aurea戒指是真金。", "材质：18K金。", "Aurea金戒指闪亮。"))
	add(pl60Set(false, S, "zh-CN", "Aurea戒指采用925银镀18K金。", "Aurea戒指为镀金。", "金色镀金戒指。"))
	add(pl60Set(true, S, "zh-TW", "Aurea戒指採用18K金。", "Aurea戒指為純金。", "Aurea戒指是真金。"))
	add(pl60Set(false, S, "zh-TW", "Aurea戒指採用925銀鍍18K金。", "Aurea戒指為鍍金。"))
	return r
}

// pl60Rows2 are the harder forms: tones, hallmarks, contrasts with a
// plating, products of the other metals.
func pl60Rows2() []kindRow {
	var r []kindRow
	add := func(rows []kindRow) { r = append(r, rows...) }
	S, B, V, T := pl60Silver, pl60Brass, pl60Vermeil, pl60Steel
	add(pl60Set(true, S, "en-GB", "The Aurea ring is 18k gold-plated. Inside, it is solid gold through and through.", "Unlike gold-plated pieces, the Aurea ring is 18k gold.", "Not gold-plated: the Aurea ring is 18 karat gold.", "The Aurea ring is yellow gold.", "Sterling silver and 18 karat gold, the Aurea ring is made to last.", "The Aurea ring: 18 carats of gold.", "A ring of 18k gold, the Aurea is polished by hand.", "The Aurea ring is 18 karat."))
	add(pl60Set(false, S, "en-GB", "The Aurea ring is sterling silver plated in 18k gold.", "The Aurea ring is sterling silver with a layer of 18k gold plating.", "The Aurea ring has an 18k gold finish over sterling silver.", "The Aurea ring is gold plated sterling silver.", "The Aurea ring is dipped in 18k gold plating over sterling silver."))
	add(pl60Set(true, B, "en-US", "The Luna earrings are 14 karat yellow gold.", "Made from gold, the Luna earrings are light.", "The Luna earrings, which are 18k gold, are light.", "The Luna earrings are 2.5 microns of gold plating? No: they are solid 14k gold."))
	add(pl60Set(false, B, "en-US", "The Luna earrings are brass plated with 2.5 microns of gold.", "The Luna earrings are heavy gold-plated brass (2.5 microns)."))
	add(pl60Set(true, V, "en-AU", "The Halo necklace is 18ct yellow gold.", "The Halo necklace is sterling silver and 18k gold.", "Vermeil? No, the Halo necklace is solid 18k gold."))
	add(pl60Set(false, V, "en-AU", "The Halo necklace is gold vermeil.", "The Halo necklace is 18k gold vermeil over sterling silver."))
	add(pl60Set(true, T, "en-GB", "The Cuff bracelet is 18 karat gold.", "The Cuff bracelet is gold, 750."))
	add(pl60Set(false, T, "en-GB", "The Cuff bracelet is gold IP-plated stainless steel.", "The Cuff bracelet is stainless steel with a gold PVD coating.", "The Cuff bracelet is gold-coloured."))
	add(pl60Set(true, S, "de-DE", "Der Ring Aurea ist aus Gelbgold.", "Der Ring Aurea ist nicht vergoldet, sondern aus Gold.", "Goldschmuck: der Ring Aurea aus 18 Karat Gold.", "Der Ring Aurea ist aus Gold gefertigt.", "Der Ring Aurea ist aus Sterlingsilber und 18 Karat Gold."))
	add(pl60Set(false, S, "de-DE", "Der Ring Aurea ist aus 18 Karat vergoldetem Sterlingsilber.", "Der Ring Aurea ist mit 18 Karat Gold plattiert.", "Der Ring Aurea hat eine Vergoldung aus 18 Karat Gold."))
	add(pl60Set(true, B, "de-DE", "Die goldenen Ohrringe Luna sind aus 14 Karat Gold.", "Die Ohrringe Luna sind Goldohrringe aus echtem Gold."))
	add(pl60Set(false, B, "de-DE", "Die Ohrringe Luna sind aus Messing, vergoldet mit 2,5 Mikron Gold.", "Die Ohrringe Luna sind aus vergoldetem Messing."))
	add(pl60Set(true, V, "de-DE", "Die Kette Halo ist aus 18 Karat Gold."))
	add(pl60Set(false, V, "de-DE", "Die Kette Halo ist aus Gold-Vermeil: Sterlingsilber mit 18 Karat Vergoldung."))
	add(pl60Set(true, S, "fr-FR", "La bague Aurea est en or jaune.", "La bague Aurea n'est pas plaquée : elle est en or 18 carats.", "La bague Aurea est en argent et or 18 carats."))
	add(pl60Set(false, S, "fr-FR", "La bague Aurea est en argent plaqué or jaune 18 carats."))
	add(pl60Set(true, B, "fr-FR", "Les boucles d'oreilles Luna sont en or.", "Boucles d'oreilles en or 18 carats Luna."))
	add(pl60Set(false, B, "fr-FR", "Les boucles d'oreilles Luna sont en laiton doré à l'or fin (2,5 microns)."))
	add(pl60Set(true, S, "es-ES", "El anillo Aurea es de oro amarillo.", "El anillo Aurea no es chapado: es de oro de 18 quilates.", "Anillo de oro Aurea."))
	add(pl60Set(false, S, "es-ES", "El anillo Aurea es de plata de ley con baño de oro de 18 quilates."))
	add(pl60Set(true, B, "es-MX", "Los aretes Luna son de oro amarillo de 14 kilates.", "Aretes de oro Luna."))
	add(pl60Set(false, B, "es-MX", "Los aretes Luna son de latón con baño de oro de 2.5 micras."))
	add(pl60Set(true, S, "it-IT", "L'anello Aurea è in oro giallo.", "L'anello Aurea non è placcato: è in oro 18 carati.", "Anello d'oro Aurea.", "L'anello Aurea è in argento e oro 18 kt."))
	add(pl60Set(false, S, "it-IT", "L'anello Aurea è in argento con bagno in oro 18 kt."))
	add(pl60Set(true, B, "it-IT", "Gli orecchini Luna sono d'oro.", "Orecchini Luna in oro 18 carati."))
	add(pl60Set(false, B, "it-IT", "Gli orecchini Luna sono in ottone placcato oro da 2,5 micron."))
	add(pl60Set(true, S, "pt-PT", "O anel Aurea é em ouro amarelo.", "Anel de ouro Aurea.", "O anel Aurea não é banhado: é de ouro de 18 quilates."))
	add(pl60Set(false, S, "pt-PT", "O anel Aurea é em prata dourada.", "O anel Aurea é em prata com banho de ouro de 18 quilates."))
	add(pl60Set(true, B, "pt-BR", "Os brincos Luna são de ouro amarelo 18k.", "Brincos de ouro Luna.", "Os brincos Luna não são folheados: são de ouro 18k."))

	add(pl60Set(true, S, "nl-NL", "De ring Aurea is van geelgoud.", "De ring Aurea is niet verguld maar van goud.", "De goudring Aurea glanst.", "De ring Aurea is van sterling zilver en 18 karaat goud."))
	add(pl60Set(false, S, "nl-NL", "De ring Aurea is van 18 karaat verguld sterling zilver."))
	add(pl60Set(true, B, "nl-NL", "De gouden oorbellen Luna zijn van 14 karaat goud.", "De oorbellen Luna zijn van goud."))
	add(pl60Set(false, B, "nl-NL", "De oorbellen Luna zijn van verguld messing met 2,5 micron goud."))
	add(pl60Set(true, S, "sv-SE", "Ringen Aurea är i gult guld.", "Ringen Aurea är av guld.", "Guldringen Aurea glänser."))
	add(pl60Set(false, S, "sv-SE", "Ringen Aurea är i förgyllt sterlingsilver.", "Ringen Aurea är guldpläterad."))
	add(pl60Set(true, B, "sv-SE", "Guldörhängena Luna är i 14 karat guld.", "Örhängena Luna är av äkta guld."))
	add(pl60Set(false, B, "sv-SE", "Örhängena Luna är i förgylld mässing med 2,5 mikron guld."))
	add(pl60Set(true, S, "da-DK", "Ringen Aurea er i gult guld.", "Ringen Aurea er ikke forgyldt, men af guld.", "Guldringen Aurea skinner."))
	add(pl60Set(false, S, "da-DK", "Ringen Aurea er i forgyldt sterlingsølv.", "Ringen Aurea er guldbelagt."))
	add(pl60Set(true, S, "nb-NO", "Ringen Aurea er i gult gull.", "Ringen Aurea er ikke forgylt, men av gull.", "Gullringen Aurea skinner."))
	add(pl60Set(false, S, "nb-NO", "Ringen Aurea er i forgylt sterlingsølv.", "Ringen Aurea er gullbelagt."))
	add(pl60Set(true, S, "fi-FI", "Aurea-sormus on keltakultaa.", "Aurea-sormus on valmistettu kullasta.", "Aurea-sormus ei ole kullattu vaan kultaa.", "Aurea-sormus on 750-kultaa."))
	add(pl60Set(false, S, "fi-FI", "Aurea-sormus on kullattua sterlinghopeaa.", "Aurea-sormus on 18 karaatin kullalla päällystettyä hopeaa."))
	add(pl60Set(true, B, "fi-FI", "Luna-korvakorut ovat kultaiset.", "Lunan kultaiset korvakorut ovat 14 karaatin kultaa."))
	add(pl60Set(false, B, "fi-FI", "Luna-korvakorut ovat kullattua messinkiä, kultakerros 2,5 mikronia."))
	add(pl60Set(true, S, "cs-CZ", "Prsten Aurea je ze žlutého zlata.", "Prsten Aurea není pozlacený, je ze zlata.", "Prsten Aurea je vyroben ze zlata.", "Prsten Aurea je ze stříbra a 18karátového zlata."))
	add(pl60Set(false, S, "cs-CZ", "Prsten Aurea je z pozlaceného stříbra."))
	add(pl60Set(true, B, "cs-CZ", "Zlaté náušnice Luna jsou ze 14karátového zlata."))
	add(pl60Set(false, B, "cs-CZ", "Náušnice Luna jsou z pozlacené mosazi."))
	add(pl60Set(true, S, "pl-PL", "Pierścionek Aurea jest z żółtego złota.", "Pierścionek Aurea nie jest pozłacany, jest ze złota.", "Pierścionek Aurea wykonano ze złota.", "Złoty pierścionek Aurea błyszczy."))
	add(pl60Set(false, S, "pl-PL", "Pierścionek Aurea jest z pozłacanego srebra.", "Pierścionek Aurea jest pokryty 18-karatowym złotem."))
	add(pl60Set(true, B, "pl-PL", "Złote kolczyki Luna są z 14-karatowego złota."))
	add(pl60Set(false, B, "pl-PL", "Kolczyki Luna są z mosiądzu pozłacanego warstwą 2,5 mikrona."))
	add(pl60Set(true, S, "el-GR", "Το δαχτυλίδι Aurea είναι από κίτρινο χρυσό.", "Το δαχτυλίδι Aurea δεν είναι επιχρυσωμένο, είναι από χρυσό.", "Το δαχτυλίδι Aurea είναι κατασκευασμένο από χρυσό."))
	add(pl60Set(false, S, "el-GR", "Το δαχτυλίδι Aurea είναι από επιχρυσωμένο ασήμι 925.", "Το δαχτυλίδι Aurea έχει επιχρύσωση 18 καρατίων."))
	add(pl60Set(true, B, "el-GR", "Τα χρυσά σκουλαρίκια Luna είναι από χρυσό 14 καρατίων."))
	add(pl60Set(false, B, "el-GR", "Τα σκουλαρίκια Luna είναι από επιχρυσωμένο ορείχαλκο."))
	add(pl60Set(true, S, "tr-TR", "Aurea yüzük sarı altındır.", "Aurea yüzük kaplama değil, altındır.", "Aurea yüzük altından yapılmıştır.", "Aurea yüzük 18 ayar altından üretildi."))
	add(pl60Set(false, S, "tr-TR", "Aurea yüzük altın kaplamalı gümüştür.", "Aurea yüzük 18 ayar altın kaplıdır."))
	add(pl60Set(true, B, "tr-TR", "Luna altın küpeler 14 ayar altındır."))
	add(pl60Set(false, B, "tr-TR", "Luna küpeler 2,5 mikron altın kaplama pirinçtir."))
	add(pl60Set(true, S, "ar-AE", "خاتم Aurea مصنوع من الذهب.", "خاتم Aurea من الذهب الأصفر.", "خاتم Aurea ليس مطليًا بل من الذهب عيار 18.", "خاتم ذهب Aurea."))
	add(pl60Set(false, S, "ar-AE", "خاتم Aurea من فضة مطلية بالذهب عيار 18.", "خاتم Aurea من الفضة المطلية بماء الذهب."))
	add(pl60Set(true, B, "ar-AE", "أقراط Luna من ذهب عيار 14."))
	add(pl60Set(false, B, "ar-AE", "أقراط Luna من النحاس الأصفر المطلي بالذهب بسماكة 2.5 ميكرون."))
	add(pl60Set(true, S, "ja-JP", "Aureaリングはイエローゴールドです。", "Aureaリングは金メッキではなく18金です。", "Aureaリングは金製です。", "AureaはK18のリングです。", "Aureaリングは18K金です。"))
	add(pl60Set(false, S, "ja-JP", "Aureaリングは18Kゴールドメッキのシルバーです。", "Aureaリングはゴールドコーティングのシルバーです。"))
	add(pl60Set(true, B, "ja-JP", "Lunaピアスは14金です。"))
	add(pl60Set(false, B, "ja-JP", "Lunaピアスは真鍮に2.5ミクロンの金メッキです。"))
	add(pl60Set(true, S, "ko-KR", "Aurea 반지는 옐로우 골드입니다.", "Aurea 반지는 금도금이 아니라 18K 금입니다.", "Aurea 반지는 금으로 만들었습니다.", "Aurea 골드 반지는 14K입니다."))
	add(pl60Set(false, S, "ko-KR", "Aurea 반지는 18K 골드 도금 실버입니다.", "Aurea 반지는 금 도금 은입니다."))
	add(pl60Set(true, B, "ko-KR", "Luna 귀걸이는 14K 금입니다."))
	add(pl60Set(false, B, "ko-KR", "Luna 귀걸이는 황동에 2.5미크론 금도금입니다."))
	add(pl60Set(true, S, "zh-CN", "Aurea戒指为黄金材质。", "Aurea戒指不是镀金，是18K金。", "Aurea戒指为足金。", "Aurea戒指采用K金。", "Aurea戒指由18K黄金制成。"))
	add(pl60Set(false, S, "zh-CN", "Aurea戒指为925银镀18K金。", "Aurea戒指采用银镀金工艺。"))
	add(pl60Set(true, B, "zh-CN", "Luna耳环采用14K金。"))
	add(pl60Set(false, B, "zh-CN", "Luna耳环为黄铜镀金，镀层2.5微米。"))
	add(pl60Set(true, S, "zh-TW", "Aurea戒指為黃金材質。", "Aurea戒指為足金。", "Aurea戒指不是鍍金，是18K金。"))
	add(pl60Set(false, S, "zh-TW", "Aurea戒指為925銀鍍18K金。"))
	add(pl60Set(true, T, "zh-CN", "Cuff手镯为18K金。"))
	add(pl60Set(false, T, "zh-CN", "Cuff手镯为不锈钢IP镀金。"))
	add(pl60Set(true, V, "ja-JP", "Haloネックレスは18金です。"))
	add(pl60Set(false, V, "ja-JP", "Haloネックレスはゴールドヴェルメイユです。"))
	// A vermeil needs 2.5 microns (16 CFR 23.4(c)); this plating is 1 micron.
	add(pl60Set(true, S, "fr-FR", "La bague Aurea est en vermeil."))
	add(pl60Set(true, S, "es-ES", "El anillo Aurea es de vermeil."))
	add(pl60Set(true, S, "it-IT", "L'anello Aurea è in vermeil."))
	add(pl60Set(true, S, "nl-NL", "De ring Aurea is van vermeil."))
	// Luna's plating states no karat.
	add(pl60Set(true, B, "pt-BR", "Os brincos Luna têm banho de ouro 18k de 2,5 mícrons sobre latão."))
	_ = V
	return r
}

// pl60Rows3 are true copy with a denied or instructed plating word that
// must keep passing.
func pl60Rows3() []kindRow {
	var r []kindRow
	add := func(rows []kindRow) { r = append(r, rows...) }
	S, B := pl60Silver, pl60Brass
	add(pl60Set(false, S, "en-GB", "Do not wear your gold-plated ring in the pool, or the gold will fade.", "The Aurea ring is 18k gold-plated sterling silver. Never polish the gold plating with an abrasive cloth.", "The Aurea ring is not solid gold: it is sterling silver plated with 18k gold."))
	add(pl60Set(false, S, "de-DE", "Der Ring Aurea ist vergoldet. Tragen Sie den vergoldeten Ring nicht beim Schwimmen, sonst verblasst das Gold.", "Der Ring Aurea ist nicht aus massivem Gold, sondern aus vergoldetem Sterlingsilber."))
	add(pl60Set(false, S, "fi-FI", "Aurea-sormus ei ole täyttä kultaa vaan kullattua hopeaa."))
	add(pl60Set(false, S, "da-DK"))
	add(pl60Set(false, S, "pl-PL", "Pierścionek Aurea nie jest ze złota, lecz ze srebra pozłacanego.", "Pierścionek Aurea jest pozłacany. Nie noś pozłacanego pierścionka pod prysznicem, aby złoto nie zblakło."))
	add(pl60Set(false, S, "tr-TR", "Aurea yüzük som altın değil, altın kaplama gümüştür."))
	add(pl60Set(false, S, "ja-JP", "Aureaリングは18金ではなく、シルバーに18金メッキです。"))
	add(pl60Set(false, B, "el-GR", "Τα σκουλαρίκια Luna δεν είναι από χρυσό, είναι επιχρυσωμένος ορείχαλκος."))
	add(pl60Set(false, S, "cs-CZ"))
	add(pl60Set(false, S, "nl-NL", "De ring Aurea is verguld. Draag de vergulde ring niet tijdens het zwemmen, zodat het goud mooi blijft."))
	return r
}

// pl60Rows4 set the plating against the gold without a karat.
func pl60Rows4() []kindRow {
	var r []kindRow
	add := func(rows []kindRow) { r = append(r, rows...) }
	S, B := pl60Silver, pl60Brass
	add(pl60Set(true, S, "en-GB", "The Aurea ring is not gold-plated but gold."))
	add(pl60Set(true, S, "fr-FR", "La bague Aurea n'est pas plaquée or mais en or."))
	add(pl60Set(true, S, "es-ES", "El anillo Aurea no está bañado en oro sino que es de oro."))
	add(pl60Set(true, S, "it-IT", "L'anello Aurea non è placcato oro ma d'oro."))
	add(pl60Set(true, S, "pt-BR", "O anel Aurea não é banhado a ouro, é de ouro."))
	add(pl60Set(true, B, "de-DE", "Die Ohrringe Luna sind nicht vergoldet, sondern aus Gold."))
	add(pl60Set(true, B, "nl-NL", "De oorbellen Luna zijn niet verguld maar van goud."))
	add(pl60Set(true, B, "nb-NO", "Øredobbene Luna er ikke forgylt, men av gull."))
	add(pl60Set(true, B, "fi-FI", "Luna-korvakorut eivät ole kullattuja vaan kultaa."))
	add(pl60Set(true, B, "pl-PL", "Kolczyki Luna nie są pozłacane, są ze złota."))
	add(pl60Set(true, B, "cs-CZ", "Náušnice Luna nejsou pozlacené, jsou ze zlata."))
	add(pl60Set(true, B, "el-GR", "Τα σκουλαρίκια Luna δεν είναι επιχρυσωμένα, είναι από χρυσό."))
	add(pl60Set(true, B, "tr-TR", "Luna küpeler altın kaplama değil, altındır."))
	add(pl60Set(true, B, "ja-JP", "Lunaピアスは金メッキではなく金です。"))
	add(pl60Set(true, B, "ko-KR", "Luna 귀걸이는 금도금이 아니라 금입니다."))
	add(pl60Set(true, B, "zh-CN", "Luna耳环不是镀金，是金的。"))
	add(pl60Set(true, B, "ar-AE", "أقراط Luna ليست مطلية بالذهب بل من الذهب."))
	return r
}

// pl60FailedOnMain are the probe's texts that passed on main though they
// call the plated piece gold (plate60: a denied plating word).
var pl60FailedOnMain = map[string]bool{
	"Der Ring Aurea ist nicht vergoldet, sondern aus Gold.": true, "De ring Aurea is niet verguld maar van goud.": true,
	"Ringen Aurea er ikke forgyldt, men af guld.": true, "Ringen Aurea er ikke forgylt, men av gull.": true,
	"Aurea-sormus ei ole kullattu vaan kultaa.": true, "Prsten Aurea není pozlacený, je ze zlata.": true,
	"Pierścionek Aurea nie jest pozłacany, jest ze złota.": true, "Το δαχτυλίδι Aurea δεν είναι επιχρυσωμένο, είναι από χρυσό.": true,
	"Aurea yüzük kaplama değil, altındır.": true, "Aureaリングは金メッキではなく18金です。": true,
	"The Aurea ring is not gold-plated but gold.": true, "Die Ohrringe Luna sind nicht vergoldet, sondern aus Gold.": true,
	"De oorbellen Luna zijn niet verguld maar van goud.": true, "Øredobbene Luna er ikke forgylt, men av gull.": true,
	"Luna-korvakorut eivät ole kullattuja vaan kultaa.": true, "Kolczyki Luna nie są pozłacane, są ze złota.": true,
	"Náušnice Luna nejsou pozlacené, jsou ze zlata.": true, "Τα σκουλαρίκια Luna δεν είναι επιχρυσωμένα, είναι από χρυσό.": true,
	"Luna küpeler altın kaplama değil, altındır.": true, "Lunaピアスは金メッキではなく金です。": true,
	"Luna耳环不是镀金，是金的。": true, "أقراط Luna ليست مطلية بالذهب بل من الذهب.": true,
}

// pl60Split returns the probe's rows that failed on main, and the others.
func pl60Split() (failed, kept []kindRow) {
	all := append(append(append(pl60Rows(), pl60Rows2()...), pl60Rows3()...), pl60Rows4()...)
	for _, r := range all {
		if pl60FailedOnMain[r.text] {
			failed = append(failed, r)
		} else {
			kept = append(kept, r)
		}
	}
	return failed, kept
}

// checkPl60 checks rows: a row wanting a block must block in the
// regulatory category, one wanting a pass must have no block at all.
func checkPl60(t *testing.T, rows []kindRow) {
	t.Helper()
	svc := checkService(t)
	for _, r := range rows {
		cat := ""
		if r.block && r.p.SKU != "" && !pl60Grounding[r.text] {
			cat = CatRegulatory
		}
		checkKindRows(t, svc, cat, []kindRow{r})
	}
}

// pl60Grounding are block rows whose block is grounding's, not the
// plating rule's: a vermeil said of a 1-micron plating, a karat of a
// plating that states none.
var pl60Grounding = map[string]bool{
	"La bague Aurea est en vermeil.": true, "El anillo Aurea es de vermeil.": true, "L'anello Aurea è in vermeil.": true,
	"De ring Aurea is van vermeil.": true, "Os brincos Luna têm banho de ouro 18k de 2,5 mícrons sobre latão.": true,
}

// TestKindsPlate60 (issue #13, plate60): a plating word the copy denies
// and sets against the gold qualifies nothing; the gold blocks as
// regulatory.plating in every locale that has the contrast.
func TestKindsPlate60(t *testing.T) {
	t.Parallel()
	failed, _ := pl60Split()
	if len(failed) != len(pl60FailedOnMain) {
		t.Fatalf("%d rows failed on main, want %d", len(failed), len(pl60FailedOnMain))
	}
	checkPl60(t, failed)
}

// TestKindsPlate60Bad (issue #13, plate60): the probe's rows that were
// right on main stay so: gold named plainly, solid, real, pure or with a
// fineness on a plated piece blocks as regulatory; the plating words of
// each language, vermeil, gold-tone and a denied plating in a care line
// pass.
func TestKindsPlate60Bad(t *testing.T) {
	t.Parallel()
	_, kept := pl60Split()
	checkPl60(t, kept)
}
