package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An English clause left untranslated inside a sentence of another
// language, among its words (#13, english_fragment34): "Portez-les avec
// un pull à col roulé and your hair pulled back to show off the twist, ou
// …" passed, because the sentence's clause holds French function words
// (the clause test) and the English run's content words ("hair",
// "pulled", "twist") are on no list (the run test), so no run reached
// three English words. checkEnglishClauses now reads the stretch of Latin
// words with no function word of the locale's alone, from its first
// English word: four words or more, an English function word and one in
// four at least, and lingua sure (0.95) it is English beside the locale's
// language. The Latin-script locales' rows fail before; Greek, Arabic,
// Japanese, Korean and Chinese copy already blocked such a clause (Latin
// letters are foreign there) and keep blocking. Twins: the same sentences
// translated, English loanwords the languages use ("look", "must-have",
// "layering", "statement"), the brand, a collection, a quoted stone name
// and the product's own English keyword still pass.
func TestKindsEnglishFragment34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "F34", Name: "Twist", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver"}, Colours: []string{"silver"}, Keywords: []string{"gift for her"}}
	block := map[string][]string{
		"fr-FR": {"Portez-les avec un pull à col roulé and your hair pulled back to show off the twist, ou glissez-les à côté d'une puce dans un second trou.",
			"Glissez-les dans un second trou and pull your hair back behind the ear, pour un look plus sage."},
		"fr-CA": {"Portez-les avec un chandail and your hair pulled back to show off the twist, ou avec une petite puce."},
		"de-DE": {"Tragen Sie sie mit einem Rollkragenpullover and your hair pulled back to show off the twist, oder kombinieren Sie sie mit einem Stecker."},
		"es-ES": {"Llévalos con un jersey de cuello alto and your hair pulled back to show off the twist, o combínalos con un botón."},
		"es-MX": {"Úsalos con un suéter de cuello alto and your hair pulled back to show off the twist, o combínalos con un botón."},
		"it-IT": {"Indossali con un dolcevita and your hair pulled back to show off the twist, oppure abbinali a un punto luce."},
		"pt-PT": {"Use-os com uma camisola de gola alta and your hair pulled back to show off the twist, ou combine-os com um brinco pequeno."},
		"pt-BR": {"Use com uma blusa de gola alta and your hair pulled back to show off the twist, ou combine com um brinco pequeno."},
		"nl-NL": {"Draag ze met een coltrui and your hair pulled back to show off the twist, of combineer ze met een klein knopje.",
			"Mooi bij een blazer when you head out for dinner, of gewoon bij een T-shirt."},
		"sv-SE": {"Bär dem med en polotröja and your hair pulled back to show off the twist, eller kombinera dem med ett litet stift.",
			"Snygga till en kavaj when you head out for dinner, eller till en enkel t-shirt."},
		"da-DK": {"Bær dem med en rullekravesweater and your hair pulled back to show off the twist, eller kombiner dem med en lille stikørering."},
		"nb-NO": {"Bruk dem med en høyhalset genser and your hair pulled back to show off the twist, eller kombiner dem med en liten ørepynt."},
		"fi-FI": {"Käytä niitä poolopaidan kanssa and your hair pulled back to show off the twist, tai yhdistä ne pieneen nappikoruun."},
		"pl-PL": {"Noś je z golfem and your hair pulled back to show off the twist, albo połącz je z małym wkrętem.",
			"Pięknie wyglądają z marynarką when you head out for dinner, albo ze zwykłym T-shirtem."},
		"cs-CZ": {"Noste je s rolákem and your hair pulled back to show off the twist, nebo je zkombinujte s malou pecičkou."},
		"tr-TR": {"Onları balıkçı yaka bir kazakla and your hair pulled back to show off the twist, ya da küçük bir küpeyle birlikte takın."},
		// already blocked before: Latin letters are foreign in these scripts
		"el-GR": {"Φορέστε τα με ένα ζιβάγκο and your hair pulled back to show off the twist, ή συνδυάστε τα με ένα μικρό σκουλαρίκι."},
		"ar-AE": {"ارتديها مع كنزة بياقة عالية and your hair pulled back to show off the twist، أو نسقيها مع قرط صغير."},
		"ja-JP": {"タートルネックと合わせて and your hair pulled back to show off the twist、または小さなピアスと重ね付けして。"},
		"ko-KR": {"터틀넥과 함께 and your hair pulled back to show off the twist 연출하거나 작은 귀걸이와 함께 착용하세요."},
		"zh-CN": {"搭配高领毛衣 and your hair pulled back to show off the twist，或与小耳钉叠戴。"},
		"zh-TW": {"搭配高領毛衣 and your hair pulled back to show off the twist，或與小耳釘疊戴。"},
	}
	pass := map[string][]string{
		"fr-FR": {"Portez-les avec un pull à col roulé et les cheveux attachés pour montrer la torsade, ou glissez-les à côté d'une puce.",
			"Un look effortless et chic, le must-have de la saison, parfait pour le layering et vraiment statement.",
			"Ces créoles sont un vrai statement piece, idéales pour un look casual chic au quotidien.",
			"Les créoles de la collection Essence d'Aurelia, une idée « gift for her »."},
		"fr-CA": {"Ces boucles vont avec tous les vêtements de votre garde-robe, tous les jours."},
		"de-DE": {"Tragen Sie sie mit einem Rollkragenpullover und zurückgebundenem Haar, damit die Drehung zur Geltung kommt.",
			"Ein echtes Must-have für jedes Outfit, perfekt für Layering und einen lässigen Look mit Statement.",
			"Die Ohrringe aus der Kollektion Essence von Aurelia mit einem „London Blue“ Topas."},
		"es-ES": {"Llévalos con un jersey de cuello alto y el pelo recogido para lucir el giro.",
			"Un look total, un must-have de la temporada y perfecto para el layering con estilo."},
		"es-MX": {"Úsalos con un suéter de cuello alto y el cabello recogido para lucir el giro."},
		"it-IT": {"Indossali con un dolcevita e i capelli raccolti per mostrare la torsione.",
			"Un look di tendenza, un must-have per il layering e un vero statement di stile."},
		"pt-PT": {"Use-os com uma camisola de gola alta e o cabelo apanhado para mostrar a torção."},
		"pt-BR": {"Use com uma blusa de gola alta e o cabelo preso para mostrar a torção."},
		"nl-NL": {"Draag ze met een coltrui en je haar naar achteren om de draai te laten zien.",
			"Een echte must-have voor elke outfit, perfect voor layering en een statement look."},
		"sv-SE": {"Bär dem med en polotröja och håret uppsatt för att visa vridningen.",
			"Ett riktigt must-have för varje outfit, perfekt för layering och en avslappnad look."},
		"da-DK": {"Bær dem med en rullekravesweater og håret sat op, så snoningen ses.",
			"Et ægte must-have til ethvert outfit, perfekt til layering og et afslappet look."},
		"nb-NO": {"Bruk dem med en høyhalset genser og håret satt opp, så vridningen synes.",
			"Et ekte must-have til ethvert antrekk, perfekt for layering og en avslappet look."},
		"fi-FI": {"Käytä niitä poolopaidan kanssa ja hiukset kiinni, jotta kierre näkyy.",
			"Todellinen must-have jokaiseen asuun, täydellinen layering-tyyliin."},
		"pl-PL": {"Noś je z golfem i upiętymi włosami, aby pokazać skręt.",
			"Prawdziwy must-have do każdej stylizacji, idealny do layeringu i na co dzień."},
		"cs-CZ": {"Noste je s rolákem a vlasy staženými dozadu, aby vynikl zákrut.",
			"Skutečný must-have ke každému outfitu, ideální pro layering a každodenní look."},
		"tr-TR": {"Onları balıkçı yaka bir kazakla ve toplanmış saçla takın, böylece burgu görünsün.",
			"Her kombin için bir must-have, layering için ideal ve şık bir look."},
		"el-GR": {"Ένα πραγματικό must-have για κάθε look, ιδανικό για layering."},
		"ar-AE": {"قطعة must-have لكل إطلالة، مثالية للتنسيق اليومي."},
		"ja-JP": {"どんなコーデにも合う must-have アイテムで、レイヤリングにもおすすめです。"},
		"ko-KR": {"어떤 룩에도 잘 어울리는 must-have 아이템으로 레이어링에도 좋습니다."},
		"zh-CN": {"这对耳环是百搭的 must-have 单品，适合叠戴。"},
		"zh-TW": {"這對耳環是百搭的 must-have 單品，適合疊戴。"},
	}
	var rows []kindRow
	for loc, texts := range block {
		for _, text := range texts {
			rows = append(rows, kindRow{locale: loc, text: text, p: p, block: true})
		}
	}
	for loc, texts := range pass {
		for _, text := range texts {
			rows = append(rows, kindRow{locale: loc, text: text, p: p, block: false})
		}
	}
	checkKindRows(t, svc, CatLocale, rows)
}
