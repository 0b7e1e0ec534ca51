package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// ---- lang9 (1 Dec, #13): offers, prices and shipping written without a
// currency sign, one table in all 25 locales after lang6ByLang's truthful
// host text. Before lang9, 42 of the 150 rows passed: a multi-buy in
// digits ("2 for 1", "2 με 1", "1+1"), a percentage with a word of saving
// ("Save 20% when you buy two", "立省20%"), a limited-time offer and free
// returns in the newer languages, "Gratisversand", "包邮到家".

// lang9Offers are, per language, offer sentences without a currency sign.
var lang9Offers = map[string][]string{
	"en":    {"Free returns on every order.", "2 for 1 this weekend only.", "A limited-time offer you won't want to miss.", "Save 20% when you buy two.", "Now at half price.", "Free delivery to your door."},
	"fr":    {"Retours gratuits sur toutes les commandes.", "2 pour 1 ce week-end seulement.", "Une offre à durée limitée à ne pas manquer.", "Économisez 20 % pour deux achetés.", "Désormais à moitié prix.", "Livraison offerte à domicile."},
	"de":    {"Kostenlose Rücksendung bei jeder Bestellung.", "2 für 1 nur an diesem Wochenende.", "Ein zeitlich begrenztes Angebot.", "Sparen Sie 20 % beim Kauf von zwei.", "Jetzt zum halben Preis.", "Gratisversand bis an Ihre Tür."},
	"it":    {"Reso gratuito su ogni ordine.", "2 per 1 solo questo weekend.", "Un'offerta a tempo limitato da non perdere.", "Risparmia il 20% acquistandone due.", "Ora a metà prezzo.", "Spedizione gratuita a domicilio."},
	"es":    {"Devoluciones gratuitas en todos los pedidos.", "2x1 solo este fin de semana.", "Una oferta por tiempo limitado.", "Ahorra un 20 % al comprar dos.", "Ahora a mitad de precio.", "Envío gratis a domicilio."},
	"pt":    {"Devoluções gratuitas em todas as encomendas.", "Leve 2, pague 1 só neste fim de semana.", "Uma oferta por tempo limitado.", "Poupe 20% na compra de dois.", "Agora pela metade do preço.", "Frete grátis para todo o país."},
	"nl":    {"Gratis retourneren bij elke bestelling.", "2 halen, 1 betalen, alleen dit weekend.", "Een aanbieding voor beperkte tijd.", "Bespaar 20% als je er twee koopt.", "Nu voor de halve prijs.", "Gratis verzending tot aan je deur."},
	"da":    {"Gratis returnering på alle ordrer.", "2 for 1 kun i weekenden.", "Et tilbud i begrænset tid.", "Spar 20 %, når du køber to.", "Nu til halv pris.", "Fri fragt til døren."},
	"nb":    {"Gratis retur på alle bestillinger.", "2 for 1 bare denne helgen.", "Et tilbud i begrenset tid.", "Spar 20 % når du kjøper to.", "Nå til halv pris.", "Fri frakt helt hjem."},
	"sv":    {"Fri retur på alla beställningar.", "2 för 1 endast i helgen.", "Ett erbjudande under begränsad tid.", "Spara 20 % när du köper två.", "Nu till halva priset.", "Fri frakt hem till dörren."},
	"fi":    {"Ilmaiset palautukset kaikille tilauksille.", "2 yhden hinnalla vain tänä viikonloppuna.", "Rajoitetun ajan tarjous.", "Säästä 20 %, kun ostat kaksi.", "Nyt puoleen hintaan.", "Ilmainen toimitus kotiovelle."},
	"pl":    {"Darmowe zwroty przy każdym zamówieniu.", "2 w cenie 1 tylko w ten weekend.", "Oferta ograniczona czasowo.", "Oszczędzasz 20% przy zakupie dwóch.", "Teraz za pół ceny.", "Darmowa dostawa pod same drzwi."},
	"cs":    {"Vrácení zdarma u každé objednávky.", "2 za cenu 1 jen tento víkend.", "Časově omezená nabídka.", "Ušetříte 20 % při nákupu dvou.", "Nyní za poloviční cenu.", "Doprava zdarma až ke dveřím."},
	"tr":    {"Tüm siparişlerde ücretsiz iade.", "Bu hafta sonuna özel 1 alana 1 bedava.", "Sınırlı süreli bir fırsat.", "İki alana %20 tasarruf.", "Şimdi yarı fiyatına.", "Kapınıza kadar ücretsiz kargo."},
	"el":    {"Δωρεάν επιστροφές σε κάθε παραγγελία.", "2 με 1 μόνο αυτό το Σαββατοκύριακο.", "Προσφορά περιορισμένου χρόνου.", "Κερδίστε 20% αγοράζοντας δύο.", "Τώρα στη μισή τιμή.", "Δωρεάν αποστολή μέχρι την πόρτα σας."},
	"ar":    {"إرجاع مجاني لجميع الطلبات.", "اشترِ واحدة واحصل على الثانية مجانًا هذا الأسبوع.", "عرض لفترة محدودة.", "وفّر 20% عند شراء قطعتين.", "الآن بنصف السعر.", "توصيل مجاني حتى باب منزلك."},
	"ja":    {"全品返品無料。", "今週末限定で2点目無料。", "期間限定のお得なキャンペーンです。", "2点購入で20%お得。", "今なら半額。", "送料無料でお届けします。"},
	"ko":    {"모든 주문 무료 반품.", "이번 주말 한정 1+1.", "기간 한정 특가입니다.", "두 개 구매 시 20% 할인.", "지금 반값.", "무료배송으로 보내 드립니다."},
	"zh":    {"所有订单免费退货。", "本周末买一送一。", "限时优惠，不容错过。", "买两件立省20%。", "现在半价。", "包邮到家。"},
	"zh-TW": {"所有訂單免費退貨。", "本週末買一送一。", "限時優惠，不容錯過。", "買兩件立省20%。", "現在半價。", "免運費寄到府。"},
}

// lang9OffersOK are their benign neighbours: a limited edition, the
// fineness of silver as a percentage, "save" as keep, two pieces worn
// together, a dimension.
var lang9OffersOK = map[string][]string{
	"en":    {"A limited edition of 500 pieces.", "Sterling silver is 92.5% pure silver.", "Save it for an evening out.", "Wear 2 for a bolder look.", "The bar measures 2 x 1 cm."},
	"fr":    {"Une édition limitée à 500 pièces.", "L'argent 925 contient 92,5 % d'argent pur.", "Gardez-le pour une soirée.", "Portez-en 2 pour un look affirmé.", "La barrette mesure 2 x 1 cm."},
	"de":    {"Eine limitierte Edition von 500 Stück.", "Sterlingsilber besteht zu 92,5 % aus reinem Silber.", "Heben Sie ihn für einen Abend auf.", "Tragen Sie 2 für einen kräftigeren Look.", "Das Plättchen misst 2 x 1 cm."},
	"it":    {"Un'edizione limitata di 500 pezzi.", "L'argento sterling contiene il 92,5% di argento puro.", "Conservalo per una serata speciale.", "Indossane 2 per un look deciso.", "La barretta misura 2 x 1 cm."},
	"es":    {"Una edición limitada de 500 piezas.", "La plata de ley contiene un 92,5 % de plata pura.", "Guárdalo para una noche especial.", "Lleva 2 para un look más marcado.", "La placa mide 2 x 1 cm."},
	"pt":    {"Uma edição limitada de 500 peças.", "A prata de lei tem 92,5% de prata pura.", "Guarde-a para uma noite especial.", "Use 2 para um visual marcante.", "A placa mede 2 x 1 cm."},
	"nl":    {"Een gelimiteerde editie van 500 stuks.", "Sterling zilver bestaat voor 92,5% uit puur zilver.", "Bewaar hem voor een avondje uit.", "Draag er 2 voor een stoere look.", "Het plaatje meet 2 x 1 cm."},
	"da":    {"En begrænset udgave på 500 stk.", "Sterlingsølv består af 92,5 % rent sølv.", "Gem det til en aften i byen.", "Bær 2 for et markant look.", "Pladen måler 2 x 1 cm."},
	"nb":    {"Et begrenset opplag på 500 stykker.", "Sterlingsølv består av 92,5 % rent sølv.", "Ta det frem til en kveld ute.", "Bruk 2 for et tydeligere uttrykk.", "Platen måler 2 x 1 cm."},
	"sv":    {"En begränsad upplaga på 500 exemplar.", "Sterlingsilver består av 92,5 % rent silver.", "Spara det till en kväll ute.", "Bär 2 för en tydligare look.", "Plattan mäter 2 x 1 cm."},
	"fi":    {"Rajoitettu 500 kappaleen erä.", "Sterlinghopea on 92,5-prosenttista hopeaa, eli 92,5 % puhdasta hopeaa.", "Säästä se illanviettoon.", "Käytä 2 yhdessä näyttävämpään tyyliin.", "Laatta on 2 x 1 cm."},
	"pl":    {"Limitowana edycja 500 sztuk.", "Srebro próby 925 zawiera 92,5% czystego srebra.", "Zachowaj ją na wieczorne wyjście.", "Noś 2 naraz dla mocniejszego efektu.", "Blaszka ma wymiary 2 x 1 cm."},
	"cs":    {"Limitovaná edice 500 kusů.", "Stříbro 925 obsahuje 92,5 % čistého stříbra.", "Schovejte si ho na večer.", "Noste 2 najednou pro výraznější vzhled.", "Destička měří 2 x 1 cm."},
	"tr":    {"500 adetlik sınırlı üretim.", "925 ayar gümüş %92,5 saf gümüş içerir.", "Onu özel bir akşam için saklayın.", "Daha iddialı bir görünüm için 2 tane takın.", "Plaka 2 x 1 cm ölçülerindedir."},
	"el":    {"Περιορισμένη έκδοση 500 τεμαχίων.", "Το ασήμι 925 περιέχει 92,5% καθαρό ασήμι.", "Φυλάξτε το για μια βραδινή έξοδο.", "Φορέστε 2 για πιο έντονο στυλ.", "Η πλακέτα έχει διαστάσεις 2 x 1 cm."},
	"ar":    {"إصدار محدود من 500 قطعة.", "تحتوي الفضة الإسترلينية على 92.5% من الفضة الخالصة.", "احتفظي به لأمسية خاصة.", "ارتدي 2 معًا لإطلالة لافتة.", "تبلغ أبعاد اللوحة 2 x 1 سم."},
	"ja":    {"500点限定のエディションです。", "スターリングシルバーは純銀を92.5%含みます。", "特別な夜のためにとっておいてください。", "2本重ねてつけると印象的です。", "プレートは2 x 1 cmです。"},
	"ko":    {"500개 한정 에디션입니다.", "스털링 실버는 순은을 92.5% 함유합니다.", "특별한 저녁을 위해 아껴 두세요.", "2개를 함께 착용하면 더 돋보입니다.", "플레이트 크기는 2 x 1 cm입니다."},
	"zh":    {"限量500件。", "925银含92.5%的纯银。", "留给一个特别的夜晚。", "两只叠戴更有个性。", "牌面尺寸为2 x 1 cm。"},
	"zh-TW": {"限量500件。", "925銀含92.5%的純銀。", "留給一個特別的夜晚。", "兩只疊戴更有個性。", "牌面尺寸為2 x 1 cm。"},
}

// TestKindsOffer9 (#13, offer_words): an offer, a price term or free
// shipping or returns in words, with no currency sign, blocks in all 25
// locales; a limited edition, silver's fineness as a percentage, "save" as
// keep, two pieces worn together and a dimension pass.
func TestKindsOffer9(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	bad, ok := lang9HostRows(lang9Offers), lang9HostRows(lang9OffersOK)
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"offer in words", plainCuff, CatBannedTerm, bad},
		{"limited edition, fineness, keep, two worn, dimension", plainCuff, "", ok},
	})
}
