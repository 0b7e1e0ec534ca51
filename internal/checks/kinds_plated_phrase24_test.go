package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsPlatedPhrase24: karat gold named as the piece's material on a
// gold-plated piece blocks however another sentence discloses the plating
// (#13, platedphrase24). Outside en, de, fr and it (checks' regulatory
// gold words) a plating word anywhere in the text excused it: "Ringen er
// af forgyldt sterlingsølv. En fin ring i 18 karat guld" passed in da, nb,
// sv and in 17 other locales. The disclosure must qualify the phrase that
// names the gold (16 CFR 23.4: a karat mark on a plated article says it
// is plated): grounding plating.go pieceMaterialPhrase, platingBeside. Each
// blocking row has its twin with the plating word in the gold's phrase,
// or the gold laid over the base ("et lag af 18 karat guld på
// sterlingsølv"), which passes.
func TestKindsPlatedPhrase24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	gp := core.Product{SKU: "PP24", Name: "Stella Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
		Colours: []string{"gold"}}
	rows := []struct{ locale, wrong, twin string }{
		{"en-GB", "The ring is gold-plated sterling silver. A fine ring in 18ct gold for every day.", "The ring is sterling silver. A fine ring plated in 18ct gold for every day."},
		{"en-US", "The ring is gold-plated sterling silver. A fine 14k gold ring for every day.", "The ring is sterling silver with a layer of 18k gold."},
		{"en-AU", "Gold-plated and polished. A slim ring of 18k gold.", "A slim ring of sterling silver plated with 18k gold."},
		{"de-DE", "Der Ring ist aus vergoldetem Sterlingsilber. Ein feiner Ring aus 18 Karat Gold für jeden Tag.", "Der Ring ist aus Sterlingsilber. Ein feiner Ring, mit 18 Karat Gold überzogen, für jeden Tag."},
		{"fr-FR", "La bague est en argent sterling doré à l'or fin. Une bague fine en or 18 carats pour tous les jours.", "La bague est en argent sterling. Une bague fine plaquée or 18 carats pour tous les jours."},
		{"fr-CA", "La bague est plaquée or. Une bague fine en or 18 carats.", "Une bague fine en argent plaqué or 18 carats."},
		{"es-ES", "El anillo es de plata de ley bañada en oro. Un anillo fino de oro de 18 quilates para cada día.", "El anillo es de plata de ley. Un anillo fino bañado en oro de 18 quilates para cada día."},
		{"es-MX", "El anillo está bañado en oro. Un anillo fino de oro de 18 quilates.", "Un anillo fino de plata bañado en oro de 18 quilates."},
		{"it-IT", "L'anello è in argento sterling placcato oro. Un anello sottile in oro 18 carati per ogni giorno.", "L'anello è in argento sterling. Un anello sottile placcato in oro 18 carati per ogni giorno."},
		{"pt-PT", "O anel é de prata de lei banhada a ouro. Um anel fino em ouro de 18 quilates para todos os dias.", "O anel é de prata de lei. Um anel fino banhado a ouro de 18 quilates para todos os dias."},
		{"pt-BR", "O anel é banhado a ouro. Um anel fino de ouro 18k para todos os dias.", "O anel é de prata de lei. Um anel fino banhado a ouro 18k para todos os dias."},
		{"nl-NL", "De ring is van verguld sterling zilver. Een fijne ring van 18 karaat goud voor elke dag.", "De ring is van sterling zilver. Een fijne ring verguld met 18 karaat goud voor elke dag."},
		{"sv-SE", "Ringen är av förgyllt sterlingsilver. En fin ring i 18 karat guld för varje dag.", "Ringen är av sterlingsilver. En fin ring förgylld med 18 karat guld för varje dag."},
		{"da-DK", "Ringen er af forgyldt sterlingsølv. En fin ring i 18 karat guld til hver dag.", "Ringen har et lag af 18 karat guld på sterlingsølv."},
		{"nb-NO", "Ringen er av forgylt sterlingsølv. En fin ring i 18 karat gull til hver dag.", "Ringen er av sterlingsølv. En fin ring forgylt med 18 karat gull til hver dag."},
		{"fi-FI", "Sormus on kullattua sterlinghopeaa. Hieno sormus 18 karaatin kullasta jokaiseen päivään.", "Sormus on sterlinghopeaa. Hieno sormus, joka on kullattu 18 karaatin kullalla, jokaiseen päivään."},
		{"pl-PL", "Pierścionek jest ze złoconego srebra próby 925. Delikatny pierścionek z 18-karatowego złota na co dzień.", "Pierścionek jest ze srebra próby 925. Delikatny pierścionek pokryty 18-karatowym złotem na co dzień."},
		{"cs-CZ", "Prsten je z pozlaceného sterlingového stříbra. Jemný prsten z 18karátového zlata na každý den.", "Prsten je ze sterlingového stříbra. Jemný prsten pozlacený 18karátovým zlatem na každý den."},
		{"tr-TR", "Yüzük altın kaplama gümüştür. Her gün için 18 ayar altından zarif bir yüzük.", "Yüzük gümüştür. Her gün için 18 ayar altın kaplama zarif bir yüzük."},
		{"el-GR", "Το δαχτυλίδι είναι από επιχρυσωμένο ασήμι. Ένα λεπτό δαχτυλίδι από χρυσό 18 καρατίων για κάθε μέρα.", "Το δαχτυλίδι είναι από ασήμι. Ένα λεπτό δαχτυλίδι επιχρυσωμένο με χρυσό 18 καρατίων για κάθε μέρα."},
		{"ar-AE", "الخاتم من الفضة الإسترلينية المطلية بالذهب. خاتم رقيق من الذهب عيار 18 لكل يوم.", "الخاتم من الفضة الإسترلينية. خاتم رقيق مطلي بالذهب عيار 18 لكل يوم."},
		{"ja-JP", "リングは金メッキのスターリングシルバーです。毎日使える18金の繊細なリング。", "リングはスターリングシルバーです。毎日使える18金メッキの繊細なリング。"},
		{"ko-KR", "반지는 금도금 스털링 실버입니다. 매일 착용하는 18K 골드의 섬세한 반지.", "반지는 스털링 실버입니다. 매일 착용하는 18K 금도금의 섬세한 반지."},
		{"zh-CN", "戒指经过镀金处理。一枚适合日常佩戴的18K金精致戒指。", "戒指为925银。一枚适合日常佩戴的18K镀金精致戒指。"},
		{"zh-TW", "戒指經過鍍金處理。一枚適合日常佩戴的18K金精緻戒指。", "戒指為925銀。一枚適合日常佩戴的18K鍍金精緻戒指。"},
	}
	var block, pass []kindRow
	for _, r := range rows {
		block = append(block, kindRow{r.locale, r.wrong, gp, true})
		pass = append(pass, kindRow{r.locale, r.twin, gp, false})
	}
	checkKindRows(t, svc, "regulatory", block)
	checkKindRows(t, svc, "", pass)
	// Vermeil and gold-filled gold is sold by its karat (16 CFR 23.5).
	vermeil := core.Product{SKU: "PP24V", Name: "Stella Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"18k gold vermeil"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
		Colours: []string{"gold"}}
	checkKindRows(t, svc, "", []kindRow{
		{"da-DK", "Ringen er i vermeil. En fin ring i 18 karat guld til hver dag.", vermeil, false},
		{"sv-SE", "Ringen är i vermeil. En fin ring i 18 karat guld för varje dag.", vermeil, false},
	})
}
