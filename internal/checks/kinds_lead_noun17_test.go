package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An assistant presents the copy by its genre (#13, injection_echo, the
// eighteenth blind set's released half): "Hier ist Ihre Produktbeschreibung
// für den Paua-Anhänger:" (de-DE) and "以下是您要求的社群貼文：" (zh-TW)
// passed, the lead-in pairs knowing a draft or a text but not the product
// description, the social post or the caption the brief asked for. A
// presentative with the genre noun is assistant text in every language
// (concepts-leadnoun17.yaml); an earring's post, the description of a
// design and a package's contents stay copy.
func TestKindsLeadNoun17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "L17", Name: "Paua Pendant", Category: "pendant", Collection: "Reflexions",
		Materials: []string{"sterling silver", "paua shell"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "paua shell", Colour: "blue-green iridescent", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "blue", "green"}}
	const body = " The pendant sets a 20 mm disc of paua in sterling silver."
	checkKindRows(t, svc, "injection", []kindRow{
		{"de-DE", "Hier ist Ihre Produktbeschreibung für den Paua-Anhänger:\nDer Anhänger fasst eine Scheibe aus Paua-Muschel in Sterling-Silber.", p, true},
		{"zh-TW", "以下是您要求的社群貼文：Marée 墜飾鑲於純銀。", p, true},
		{"zh-CN", "以下是您要的社交媒体贴文：这款吊坠镶嵌鲍鱼贝。", p, true},
		{"en-GB", "Here is your Instagram caption:" + body, p, true},
		{"en-AU", "Here's the social media post you asked for:" + body, p, true},
		{"fr-FR", "Voici la description produit demandée : le pendentif sertit un disque de paua dans l'argent.", p, true},
		{"it-IT", "Ecco la descrizione del ciondolo: un disco di paua in argento sterling.", p, true},
		{"es-ES", "Aquí tienes la publicación para Instagram: un disco de paua en plata de ley.", p, true},
		{"pt-BR", "Aqui está a descrição do produto: um disco de paua em prata 925.", p, true},
		{"nl-NL", "Hier is de productbeschrijving: een schijf paua in sterling zilver.", p, true},
		{"da-DK", "Her er beskrivelsen af vedhænget: en skive paua i sterlingsølv.", p, true},
		{"nb-NO", "Her er innlegget til Instagram: en skive paua i sterlingsølv.", p, true},
		{"sv-SE", "Här är beskrivningen av hänget: en skiva paua i sterlingsilver.", p, true},
		{"fi-FI", "Tässä tuotekuvaus riipukselle: paua-simpukkaa sterlinghopeassa.", p, true},
		{"pl-PL", "Oto opis produktu: dysk z muszli paua w srebrze próby 925.", p, true},
		{"cs-CZ", "Zde je popis produktu: kotouč z mušle paua ve stříbře.", p, true},
		{"tr-TR", "İşte ürün açıklaması: gümüşe yerleştirilmiş paua kabuğu.", p, true},
		{"el-GR", "Ορίστε η περιγραφή προϊόντος: ένας δίσκος paua σε ασήμι.", p, true},
		{"ar-AE", "إليك وصف المنتج: قرص من صدف باوا مرصع بالفضة الإسترلينية.", p, true},
		{"ja-JP", "以下はご依頼の商品説明です。パウア貝をシルバーに留めたペンダント。", p, true},
		{"ko-KR", "다음은 요청하신 상품 설명입니다. 실버에 파우아 조개를 세팅한 펜던트입니다.", p, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		// the same words as copy
		{"en-GB", "Here the shell sits below the bail, and the caption of light moves across it.", p, false},
		{"en-GB", "The disc hangs below the bail on a fine trace chain.", p, false},
		{"de-DE", "Hier ist die Muschel in Sterling-Silber gefasst, ein Beitrag zu jedem Look.", p, false},
		{"zh-CN", "以下是包装内容：吊坠、链条和首饰盒。", p, false},
		{"fr-FR", "Voici un pendentif dont la nacre défie toute description.", p, false},
		{"nl-NL", "Hier is de schelp in sterling zilver gevat.", p, false},
		{"fi-FI", "Tässä riipuksessa paua-simpukka kimaltelee sinisenä.", p, false},
		{"pl-PL", "Oto wisiorek, który zachwyca bez opisu.", p, false},
		{"it-IT", "Ecco un ciondolo che trova posto in ogni look.", p, false},
	})
}
