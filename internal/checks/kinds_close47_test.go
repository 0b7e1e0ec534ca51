package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// close47Ring is the product of TestKindsClose47 (#13, close47): a plain
// silver band, so that only the language of the copy is in question.
var close47Ring = core.Product{SKU: "CL47", Name: "Axis Band", Category: "ring", Collection: "Timeless", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
	Measurements: []core.Measurement{{Name: "band width", Value: 7, Unit: "mm"}}}

// TestKindsClose47 (#13, close47): a paragraph in a neighbouring language
// or variety, wrong for the locale, blocks with category locale. (1)
// Danish in Bokmål copy written with none of the Danish words the nb-NO
// pack listed (probe 47C nb-NO 47C101-2: "ændres", "almindelig", "tjek",
// "vælger"): Danish verbs, adverbs and care words whose Bokmål forms
// differ, and the spellings "ænd", "ælg", "tjek". (2) Brazilian Portuguese
// in pt-PT copy with no Brazilian word (probe 47C pt-PT 47C102-2 "como em
// um anel comum, então confira sua medida"; probe 39C pt-PT 39C101-3 "O
// tom rosa se deve a", "ela se carrega"): the grammar of the variety,
// "em um" (a strong marker), the possessive without an article after a
// verb or opening a sentence, "se" before the verb of a main clause with
// nothing to draw it there, and the spelling "ô"/"ê" before a nasal and a
// vowel. (3) European Portuguese in pt-BR copy ("fica a brilhar": "ficar"
// and "andar" + "a" + infinitive; "ó"/"é" before a nasal and a vowel).
// Native copy of every locale, with its own variety's grammar and
// spellings, passes.
func TestKindsClose47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := close47Ring
	checkKindRows(t, svc, "locale", []kindRow{
		// failing before: the probe paragraphs and their kind
		{"nb-NO", "Axis-ringen er 7 mm bred og laget av sterlingsølv. Fordi den er så hård, kan ringen ikke ændres i størrelse på almindelig vis, så tjek din ringstørrelse, før du vælger. Vask den med mild sæbe og vand.", p, true},
		{"nb-NO", "Axis-ringen er 7 mm bred og laget av sterlingsølv. Den kan måske ikke tilpasses uden besvær, så vælg gerne en størrelse større.", p, true},
		{"nb-NO", "Axis-ringen er 7 mm bred og laget av sterlingsølv. Rengør den med en stærk børste, og tjek låsen en gang imellem.", p, true},
		{"nb-NO", "Axis-ringen er 7 mm bred og laget av sterlingsølv. Ringen kan ikke ændres, så vælg størrelsen med omhu.", p, true},
		{"nb-NO", "Axis-ringen fra Timeless-kolleksjonen er laget av sterlingsølv. Den tåler ikke kemikalier, så tag den af i brusebadet.", p, true},
		{"nb-NO", "Axis-ringen er laget av sterlingsølv. Hold den unna fugt, så anløber den ikke, og pas på ridser.", p, true},
		{"pt-PT", "O anel Axis da coleção Timeless tem 7 mm de largura e é feito em prata de lei. É naturalmente brilhante, por isso dispensa qualquer banho. Como ele é muito duro, não dá para ajustar o tamanho como em um anel comum, então confira sua medida antes de escolher.", p, true},
		{"pt-PT", "O anel Axis tem 7 mm de largura. O brilho se deve ao polimento. Com o tempo, ela se adapta ao dedo. Limpe com água morna e sabão.", p, true},
		{"pt-PT", "O anel Axis tem 7 mm de largura e é de prata de lei. Seu acabamento polido se destaca em qualquer ocasião. Escolha seu tamanho com calma antes de encomendar.", p, true},
		{"pt-PT", "O anel Axis tem 7 mm de largura e é de prata de lei. Guarde-o em uma bolsinha e escolha sua medida com calma: é o anel ideal para quem gosta de tênis e de um estilo econômico.", p, true},
		{"pt-BR", "O anel Axis tem 7 mm de largura e é de prata 925. Use-o com uma camisola de malha e fica a brilhar o dia todo.", p, true},
		{"pt-BR", "O anel Axis tem 7 mm de largura e é de prata 925. É um clássico que anda a conquistar quem gosta de ténis, num estilo cómodo e económico.", p, true},
	})
	// clean twins: native copy, every locale, with its own variety's forms
	checkKindRows(t, svc, "locale", []kindRow{
		{"nb-NO", "Axis-ringen er 7 mm bred og laget av sterlingsølv. Fordi den er så hard, kan ringen ikke endres i størrelse på vanlig vis, så sjekk ringstørrelsen før du velger. Vask den med mild såpe og vann.", p, false},
		{"nb-NO", "Ringen er laget av sterlingsølv og passer til alt. Den er alminnelig sterk, og du kan gjerne velge mellom tre størrelser. Rengjør den med lunkent såpevann, kanskje en gang i uken.", p, false},
		{"da-DK", "Axis-ringen er 7 mm bred og lavet af sterlingsølv. Fordi den er så hård, kan ringen ikke ændres i størrelse på almindelig vis, så tjek din ringstørrelse, før du vælger. Vask den med mild sæbe og vand.", p, false},
		{"da-DK", "Ringen er lavet af sterlingsølv. Den kan måske ikke tilpasses uden besvær, så vælg gerne en størrelse større, og rengør den med en blød børste.", p, false},
		{"da-DK", "Axis-ringen fra kollektionen Timeless er lavet af sterlingsølv. Den tåler ikke kemikalier, så tag den af i brusebadet, og hold den væk fra fugt.", p, false},
		{"nb-NO", "Axis-ringen fra kolleksjonen Timeless er laget av sterlingsølv. Den tåler ikke kjemikalier, så ta den av i dusjen, og hold den unna fukt, så den ikke anløper eller får riper.", p, false},
		{"nb-NO", "Axis-ringen er en limited edition laget av sterlingsølv for kvinner og menn, og passer til alle anledninger.", p, false},
		{"sv-SE", "Axis-ringen är 7 mm bred och tillverkad i sterlingsilver. Eftersom den är så hård kan ringen inte ändras i storlek, så kontrollera din ringstorlek innan du väljer.", p, false},
		{"pt-PT", "O anel Axis tem 7 mm de largura e é feito em prata de lei. Como é muito resistente, não é possível ajustar o tamanho num anel comum, por isso confirme a sua medida antes de escolher. Para o limpar, basta usar sabão neutro e água.", p, false},
		{"pt-PT", "O anel Axis tem 7 mm de largura. O brilho deve-se ao polimento e, com o tempo, adapta-se ao dedo. Quando se usa todos os dias, que se limpe com água morna. O seu acabamento é hipoalergénico, cómodo e económico, e a escolha é sua.", p, false},
		{"pt-PT", "O anel Axis tem 7 mm de largura e fica bem com ténis ou com um vestido. Se quiser, guarde-o numa bolsa; se preferir, use-o com outros anéis de prata, e sempre que se sujar, limpe-o.", p, false},
		{"pt-BR", "O anel Axis tem 7 mm de largura e é feito em prata 925. Como ele é muito resistente, não dá para ajustar o tamanho como em um anel comum, então confira sua medida antes de escolher. Para limpar, é só usar sabonete neutro e água.", p, false},
		{"pt-BR", "O anel Axis tem 7 mm de largura. O brilho se deve ao polimento, e com o tempo ele se adapta ao dedo. Seu acabamento é hipoalergênico, cômodo e econômico, e fica lindo com tênis.", p, false},
		{"es-ES", "El anillo Axis mide 7 mm de ancho y es de plata de ley. Como es muy resistente, no se puede ajustar la talla, así que comprueba tu medida antes de elegir.", p, false},
		{"es-MX", "El anillo Axis mide 7 mm de ancho y es de plata esterlina. Como es muy resistente, no se puede ajustar la talla, así que revisa tu medida antes de elegir.", p, false},
		{"en-GB", "The Axis Band is 7 mm wide and made of sterling silver. Because it is so hard, it cannot be resized in the usual way, so check your size before you choose.", p, false},
		{"en-US", "The Axis Band is 7 mm wide and made of sterling silver. Because it is so hard, it cannot be resized in the usual way, so check your size before you choose.", p, false},
		{"en-AU", "The Axis Band is 7 mm wide and made of sterling silver. Because it is so hard, it cannot be resized in the usual way, so check your size before you choose.", p, false},
		{"fr-FR", "La bague Axis mesure 7 mm de large et est en argent massif. Comme elle est très dure, elle ne peut pas être mise à la taille, vérifiez donc votre tour de doigt avant de choisir.", p, false},
		{"fr-CA", "La bague Axis mesure 7 mm de large et est en argent sterling. Comme elle est très dure, elle ne peut pas être ajustée, vérifiez donc votre taille avant de choisir.", p, false},
		{"de-DE", "Der Ring Axis ist 7 mm breit und aus Sterlingsilber. Da er sehr hart ist, lässt er sich nicht in der Größe ändern; prüfen Sie daher Ihre Ringgröße vor dem Kauf.", p, false},
		{"it-IT", "L'anello Axis è largo 7 mm ed è in argento sterling. Poiché è molto duro, non si può ridimensionare, quindi verifichi la Sua misura prima di scegliere.", p, false},
		{"nl-NL", "De Axis-ring is 7 mm breed en gemaakt van sterlingzilver. Omdat hij zo hard is, kan de maat niet worden aangepast, dus controleer je ringmaat voordat je kiest.", p, false},
		{"fi-FI", "Axis-sormus on 7 mm leveä ja valmistettu sterlinghopeasta. Koska se on niin kova, sen kokoa ei voi muuttaa, joten tarkista sormuskokosi ennen valintaa.", p, false},
		{"pl-PL", "Pierścionek Axis ma 7 mm szerokości i jest wykonany ze srebra próby 925. Ponieważ jest bardzo twardy, nie da się zmienić jego rozmiaru, więc sprawdź rozmiar przed wyborem.", p, false},
		{"cs-CZ", "Prsten Axis je 7 mm široký a je ze sterlingového stříbra. Protože je velmi tvrdý, nelze změnit jeho velikost, proto si před výběrem ověřte svou velikost.", p, false},
		{"el-GR", "Το δαχτυλίδι Axis έχει πλάτος 7 mm και είναι από ασήμι 925. Επειδή είναι πολύ σκληρό, δεν αλλάζει μέγεθος, γι' αυτό ελέγξτε το νούμερό σας πριν επιλέξετε.", p, false},
		{"tr-TR", "Axis yüzük 7 mm genişliğinde ve 925 ayar gümüştür. Çok sert olduğu için ölçüsü değiştirilemez, bu yüzden seçmeden önce yüzük ölçünüzü kontrol edin.", p, false},
		{"ar-AE", "يبلغ عرض خاتم Axis سبعة مليمترات وهو مصنوع من الفضة الإسترلينية. ولأنه صلب جدًا لا يمكن تغيير مقاسه، لذا تحقق من مقاسك قبل الاختيار.", p, false},
		{"ja-JP", "Axisリングは幅7mmのスターリングシルバー製です。とても硬いためサイズ直しができません。お選びになる前にサイズをご確認ください。", p, false},
		{"ko-KR", "Axis 링은 폭 7mm의 스털링 실버 제품입니다. 매우 단단해 사이즈 조정이 어려우니 선택 전에 사이즈를 꼭 확인해 주십시오.", p, false},
		{"zh-CN", "Axis戒指宽7毫米，采用925银制成。由于质地坚硬，无法调整尺寸，请在选购前确认您的指圈尺寸。", p, false},
		{"zh-TW", "Axis戒指寬7公釐，以925純銀製成。由於質地堅硬，無法調整尺寸，請在選購前確認您的戒圍。", p, false},
	})
}

// TestKindsClose47Varieties (#13, close47): copy in another variety of
// the locale's language, written with words the packs did not list:
// Swiss Standard German's "ss" for "ß" and its words in de-DE, Quebec's
// care and slang words in fr-FR and France's in fr-CA, Mexico's words in
// es-ES and Spain's in es-MX, the mainland's words in zh-TW and Taiwan's
// in zh-CN, Brazil's words in pt-PT and Portugal's words and tu verbs in
// pt-BR (identity.foreign; three words, or two strong ones, block as
// locale.variety). The same words in their own variety pass.
func TestKindsClose47Varieties(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := close47Ring
	checkKindRows(t, svc, "locale", []kindRow{
		{"de-DE", "Der Ring Axis ist 7 mm breit und aus Sterlingsilber. Die Grösse lässt sich nicht ändern, deshalb prüfen Sie ausserdem Ihre Ringgrösse, bevor Sie bestellen. Reinigen Sie ihn mit warmem, nicht mit heissem Wasser.", p, true},
		{"de-DE", "Der Ring Axis ist 7 mm breit und aus Sterlingsilber. Er passt zu einer weissen Bluse und einem Jupe; allfällige Fragen beantworten wir gern.", p, true},
		{"fr-FR", "La bague Axis est en argent sterling. Ne la mettez jamais dans la laveuse ni dans la sécheuse, et essuyez-la avec une débarbouillette douce.", p, true},
		{"fr-CA", "La bague Axis est en argent sterling. Offrez-la à votre mec, ou portez-la entre nanas pour une virée shopping.", p, true},
		{"es-ES", "El anillo Axis es de plata de ley. Checa tu talla antes de pedirlo y guárdalo envuelto en una cobija suave, güey.", p, true},
		{"es-MX", "El anillo Axis es de plata esterlina. Cógelo con cuidado: es muy majo y queda genial con un zumo en la terraza.", p, true},
		{"zh-TW", "Axis戒指以925純銀製成，高質量的拋光帶來高顏值，性價比極高。", p, true},
		{"zh-CN", "Axis戒指采用925银制成，表面镀有奈米级保护层，经镭射雕刻，详细资讯请见说明。", p, true},
		{"pt-PT", "O anel Axis é de prata de lei. É ideal pra quem pratica esporte e quer planejar o visual do dia, do trem ao escritório.", p, true},
		{"pt-BR", "O anel Axis é de prata 925. Se gostas de desporto, vais adorar: é fixe e fica bem contigo.", p, true},
	})
	checkKindRows(t, svc, "locale", []kindRow{
		{"de-DE", "Der Ring Axis ist 7 mm breit und aus Sterlingsilber. Die Größe lässt sich nicht ändern, deshalb prüfen Sie außerdem Ihre Ringgröße. Reinigen Sie ihn nicht mit heißem Wasser; der Verschluss ist gegossen und die Masse gering.", p, false},
		{"de-DE", "Der Ring Axis ist 7 mm breit und aus Sterlingsilber. Er passt zu einer weißen Bluse und einem Rock; eventuelle Fragen beantworten wir gern.", p, false},
		{"fr-CA", "La bague Axis est en argent sterling. Ne la mettez jamais dans la laveuse ni dans la sécheuse, et essuyez-la avec une débarbouillette douce.", p, false},
		{"fr-FR", "La bague Axis est en argent sterling. Portez-la avec un pull en laine, entre copines, pour une virée shopping.", p, false},
		{"es-MX", "El anillo Axis es de plata esterlina. Checa tu talla antes de pedirlo y guárdalo envuelto en una cobija suave.", p, false},
		{"es-ES", "El anillo Axis es de plata de ley. Cógelo con cuidado: es muy majo y queda genial con un zumo en la terraza.", p, false},
		{"zh-CN", "Axis戒指采用925银制成，高质量的抛光带来高颜值，性价比极高，表面镀有纳米级保护层，经激光雕刻，详细信息请见说明。", p, false},
		{"zh-TW", "Axis戒指以925純銀製成，高品質的拋光，CP值極高，表面鍍有奈米級保護層，經雷射雕刻，詳細資訊請見說明。", p, false},
		{"pt-BR", "O anel Axis é de prata 925. É ideal pra quem pratica esporte e quer planejar o visual do dia, do trem ao escritório.", p, false},
		{"pt-PT", "O anel Axis é de prata de lei. Se gosta de desporto, vai adorar: é prático, fica bem consigo e pode planear o visual do dia.", p, false},
	})
}
