package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// disc14 is a sterling silver pendant whose features say a gift box is
// included, the reverse engravable and the piece nickel-free: copy may say
// so, never that anything is free of charge, on offer or shipped for
// nothing.
var disc14 = core.Product{SKU: "O14", Name: "Luna Disc Pendant", Category: "pendant", Collection: "Moments",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
	Features: []string{"gift box included", "engravable reverse", "nickel-free"}, Occasions: []string{"birthday"}, Keywords: []string{"disc pendant"}}

// TestKindsOffer14: offers, prices and shipping terms in words are banned
// terms in every locale (#13, the fourteenth session: nl "Bestel vandaag en
// betaal niets voor de verzending" passed; the style guide's no-price rule;
// EU UCPD 2005/29/EC Annex I no. 20, UK CAP Code 3.17-3.26, FTC 16 CFR
// 251.1). Paying nothing for shipping, no shipping or delivery costs,
// shipping on us, half price, two for one, today only, order now block
// (concepts-sale14.yaml); a gift box included, engraving as a feature and
// "free from nickel" on a nickel-free piece pass.
func TestKindsOffer14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"nl-NL", "Bestel vandaag en betaal niets voor de verzending.", true},
		{"nl-NL", "Geen verzendkosten op deze hanger.", true},
		{"nl-NL", "De verzending is voor onze rekening.", true},
		{"nl-NL", "Twee halen, één betalen.", true},
		{"nl-NL", "Alleen vandaag voor de halve prijs.", true},
		{"en-GB", "Order today and pay nothing for delivery.", true},
		{"en-GB", "Delivery is on us.", true},
		{"en-US", "Shipping's on us this week.", true},
		{"en-US", "No delivery costs on this pendant.", true},
		{"en-AU", "Grab it at half price, today only.", true},
		{"en-GB", "Buy one, get one half off.", true},
		{"en-US", "Order now while the offer lasts.", true},
		{"de-DE", "Heute bestellen und nichts für den Versand zahlen.", true},
		{"de-DE", "Keine Versandkosten für diesen Anhänger.", true},
		{"de-DE", "Der Versand geht auf uns.", true},
		{"de-DE", "Zum halben Preis, nur heute.", true},
		{"de-DE", "Jetzt bestellen und sparen.", true},
		{"fr-FR", "Commandez aujourd'hui et ne payez rien pour la livraison.", true},
		{"fr-FR", "Les frais de port sont offerts.", true},
		{"fr-FR", "La livraison est à nos frais.", true},
		{"fr-CA", "À moitié prix, aujourd'hui seulement.", true},
		{"fr-FR", "Deux achetés, le troisième offert.", true},
		{"es-ES", "Pide hoy y no pagues nada por el envío.", true},
		{"es-ES", "Sin gastos de envío.", true},
		{"es-MX", "El envío corre por nuestra cuenta.", true},
		{"es-ES", "A mitad de precio, solo hoy.", true},
		{"es-MX", "Compra uno y llévate otro.", true},
		{"it-IT", "Ordina oggi e non paghi nulla per la spedizione.", true},
		{"it-IT", "Nessun costo di spedizione.", true},
		{"it-IT", "La spedizione è a carico nostro.", true},
		{"it-IT", "A metà prezzo, solo per oggi.", true},
		{"it-IT", "Prendi due, paghi uno.", true},
		{"pt-BR", "Peça hoje e não pague nada pelo frete.", true},
		{"pt-BR", "Frete por nossa conta.", true},
		{"pt-PT", "Sem custos de envio.", true},
		{"pt-BR", "Pela metade do preço, só hoje.", true},
		{"pt-BR", "Compre um e leve dois.", true},
		{"sv-SE", "Beställ idag och betala ingenting för frakten.", true},
		{"sv-SE", "Inga fraktkostnader.", true},
		{"sv-SE", "Halva priset, bara idag.", true},
		{"sv-SE", "Köp två, betala för en.", true},
		{"da-DK", "Bestil i dag og betal intet for fragten.", true},
		{"da-DK", "Ingen fragtomkostninger.", true},
		{"da-DK", "Til halv pris, kun i dag.", true},
		{"da-DK", "Køb to, betal for én.", true},
		{"nb-NO", "Bestill i dag og betal ingenting for frakten.", true},
		{"nb-NO", "Ingen fraktkostnader.", true},
		{"nb-NO", "Til halv pris, kun i dag.", true},
		{"nb-NO", "Kjøp to, betal for én.", true},
		{"fi-FI", "Tilaa tänään, etkä maksa mitään toimituksesta.", true},
		{"fi-FI", "Ei toimituskuluja.", true},
		{"fi-FI", "Puoleen hintaan, vain tänään.", true},
		{"fi-FI", "Osta kaksi, maksa yksi.", true},
		{"pl-PL", "Zamów dziś i nie płać nic za wysyłkę.", true},
		{"pl-PL", "Bez kosztów wysyłki.", true},
		{"pl-PL", "Za pół ceny, tylko dziś.", true},
		{"pl-PL", "Kup jeden, drugi dostaniesz gratis.", true},
		{"cs-CZ", "Objednejte dnes a za dopravu nic neplaťte.", true},
		{"cs-CZ", "Bez poštovného.", true},
		{"cs-CZ", "Za poloviční cenu, jen dnes.", true},
		{"cs-CZ", "Kupte dva, zaplaťte jeden.", true},
		{"el-GR", "Παραγγείλτε σήμερα χωρίς χρέωση αποστολής.", true},
		{"el-GR", "Χωρίς έξοδα αποστολής.", true},
		{"el-GR", "Στη μισή τιμή, μόνο σήμερα.", true},
		{"el-GR", "Αγοράστε δύο, πληρώστε ένα.", true},
		{"tr-TR", "Bugün sipariş verin, kargo için hiçbir şey ödemeyin.", true},
		{"tr-TR", "Kargo bizden.", true},
		{"tr-TR", "Yarı fiyatına, sadece bugün.", true},
		{"tr-TR", "İki al, bir öde.", true},
		{"ar-AE", "اطلبي اليوم ولا تدفعي شيئاً مقابل الشحن.", true},
		{"ar-AE", "بدون رسوم توصيل.", true},
		{"ar-AE", "بنصف السعر، اليوم فقط.", true},
		{"ar-AE", "اشتري واحدة واحصلي على الثانية مجاناً.", true},
		{"ja-JP", "今日ご注文いただくと送料はかかりません。", true},
		{"ja-JP", "送料は当店が負担します。", true},
		{"ja-JP", "本日限り半額。", true},
		{"ja-JP", "1つ買うともう1つ無料。", true},
		{"ko-KR", "오늘 주문하시면 배송비가 없습니다.", true},
		{"ko-KR", "배송비는 저희가 부담합니다.", true},
		{"ko-KR", "오늘만 반값.", true},
		{"ko-KR", "1+1 행사 중.", true},
		{"zh-CN", "今天下单，运费全免。", true},
		{"zh-CN", "运费由我们承担。", true},
		{"zh-CN", "仅限今日，半价优惠。", true},
		{"zh-TW", "買一送一。", true},
		{"zh-TW", "免運費寄送。", true},
		{"en-GB", "Comes in a gift box.", false},
		{"en-GB", "A gift box is included.", false},
		{"en-US", "Free from nickel.", false},
		{"de-DE", "Mit Geschenkbox.", false},
		{"de-DE", "Frei von Nickel.", false},
		{"fr-FR", "Livré dans son écrin cadeau.", false},
		{"fr-FR", "Sans nickel.", false},
		{"es-ES", "Incluye caja de regalo.", false},
		{"es-ES", "Libre de níquel.", false},
		{"it-IT", "Confezione regalo inclusa.", false},
		{"nl-NL", "Geleverd in een cadeaudoosje.", false},
		{"nl-NL", "Vrij van nikkel.", false},
		{"pt-BR", "Acompanha caixa de presente.", false},
		{"sv-SE", "Levereras i presentask.", false},
		{"pl-PL", "W zestawie pudełko prezentowe.", false},
		{"ja-JP", "ギフトボックス付き。", false},
		{"zh-CN", "附赠礼盒。", false},
		{"ko-KR", "선물 상자가 포함되어 있습니다.", false},
		{"tr-TR", "Hediye kutusuyla birlikte gelir.", false},
		{"cs-CZ", "Dodáváno v dárkové krabičce.", false},
		{"en-GB", "The reverse can be engraved with a date.", false},
		{"de-DE", "Die Rückseite lässt sich gravieren.", false},
	} {
		blocked, fs := blockedIn(t, svc, CatBannedTerm, disc14, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: banned_term block %v, want %v: %s", r.locale, r.text, blocked, r.block, describe(fs, "", r.text))
		}
	}
}
