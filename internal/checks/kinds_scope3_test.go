package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsScopeCrossSell (issue #13, false blocks: "another product
// suggested alongside"): each locale's ways to suggest another piece of the
// brand beside this one, a sterling silver necklace: an imperative of
// combining or pairing, "looks good with / together with our …", and the
// grammar that carries them (a possessive suffix and the instrumental or
// comitative case in fi, tr, pl, cs, el, ar; a postposition after the noun
// in ja, ko, zh). The gold and the karat belong to the other piece. The
// control keeps the scope honest: the same metal said of the necklace
// itself, in a sentence with a first-person possessive, still blocks.
func TestKindsScopeCrossSell(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"cross-sell: another piece of ours beside it", silverNecklace, "", []lt{
			{"en-GB", "Combine it with our 14k gold bracelet for evenings out."},
			{"en-GB", "It sits beautifully beside our 9k gold bangle."},
			{"en-GB", "It looks just as pretty on our 9k gold curb bracelet."},
			{"en-US", "Mix and match it with our 14k gold tennis bracelet."},
			{"en-US", "It looks great worn with our yellow gold signet ring."},
			{"en-AU", "Team it up with our 9k gold bangle."},
			{"en-AU", "It also looks gorgeous with our 9k gold signet ring."},
			{"fr-FR", "Associez-le à notre bracelet en or 18 carats."},
			{"fr-FR", "Il se marie aussi très bien avec notre bague en or jaune."},
			{"fr-CA", "Agencez-le avec notre bracelet en or 14 carats."},
			{"fr-CA", "Il s'harmonise à merveille avec notre bague en or jaune."},
			{"de-DE", "Kombinieren Sie sie mit unserem Armband aus 14 Karat Gold."},
			{"de-DE", "Sie harmoniert auch wunderbar mit unserem Siegelring aus Gelbgold."},
			{"it-IT", "Abbinala al nostro bracciale in oro 18 carati."},
			{"it-IT", "Sta benissimo anche insieme al nostro anello in oro giallo."},
			{"es-ES", "Combínalo con nuestra pulsera de oro de 18 quilates."},
			{"es-ES", "También queda precioso junto a nuestro anillo de oro amarillo."},
			{"es-MX", "Combínalo con nuestra pulsera de oro de 14 kilates."},
			{"es-MX", "Se ve increíble acompañado de nuestro anillo de oro amarillo."},
			{"pt-BR", "Combine com a nossa pulseira de ouro 18k."},
			{"pt-BR", "Também fica lindo junto com o nosso anel de ouro amarelo."},
			{"pt-PT", "Conjugue-o com a nossa pulseira em ouro de 18 quilates."},
			{"pt-PT", "Fica também muito bem ao lado do nosso anel em ouro amarelo."},
			{"nl-NL", "Combineer hem met onze armband van 14 karaat goud."},
			{"nl-NL", "Hij staat ook prachtig samen met onze gouden ring."},
			{"da-DK", "Kombinér den med vores armbånd i 14 karat guld."},
			{"da-DK", "Den ser også smuk ud sammen med vores ring i guld."},
			{"sv-SE", "Kombinera det med vårt armband i 18 karat guld."},
			{"sv-SE", "Det passar också fint ihop med vår guldring."},
			{"nb-NO", "Kombiner det med vårt armbånd i 14 karat gull."},
			{"nb-NO", "Det passer også fint sammen med vår gullring."},
			{"fi-FI", "Yhdistä se 14 karaatin kultaiseen rannekoruumme."},
			{"fi-FI", "Kultaisen sormuksemme kanssa se näyttää upealta."},
			{"fi-FI", "Sen kanssa sopii myös kultainen rannekorumme."},
			{"fi-FI", "Kultainen Luna-kihlasormuksemme sopii sen pariksi."},
			{"fi-FI", "Yhdistä se kultaiseen helmirannekoruumme."},
			{"pl-PL", "Połącz go z naszą bransoletką z 14-karatowego złota."},
			{"pl-PL", "Świetnie wygląda też w parze z naszym złotym pierścionkiem."},
			{"cs-CZ", "Zkombinujte jej s naším náramkem ze 14karátového zlata."},
			{"cs-CZ", "Skvěle vypadá také spolu s naším zlatým prstenem."},
			{"tr-TR", "Onu 14 ayar altın bileziğimizle kombinleyin."},
			{"tr-TR", "Altın yüzüğümüzle birlikte de çok şık durur."},
			{"el-GR", "Συνδυάστε το με το χρυσό βραχιόλι μας 14 καρατίων."},
			{"el-GR", "Ταιριάζει υπέροχα και μαζί με το χρυσό δαχτυλίδι μας."},
			{"ar-AE", "نسّقيها مع سوارنا المصنوع من الذهب عيار 14."},
			{"ar-AE", "وتبدو رائعة أيضًا إلى جانب خاتمنا الذهبي."},
			{"ja-JP", "当店の14金ブレスレットと組み合わせてもすてきです。"},
			{"ja-JP", "ゴールドのリングと一緒に着けるのもおすすめです。"},
			{"ko-KR", "14K 골드 팔찌와 매치해 보세요."},
			{"ko-KR", "골드 반지와 함께 레이어드해도 멋집니다."},
			{"zh-CN", "可搭配我们的14K金手链。"},
			{"zh-CN", "与我们的黄金戒指一起佩戴也很好看。"},
			{"zh-TW", "可搭配我們的14K金手鍊。"},
			{"zh-TW", "與我們的黃金戒指一起佩戴也很好看。"},
		}},
		{"control: our necklace itself in gold", silverNecklace, CatGrounding, []lt{
			{"en-GB", "Our 14k gold necklace goes with everything."},
			{"en-US", "Our 14k gold necklace goes with everything."},
			{"en-AU", "Our 9k gold necklace goes with everything."},
			{"fr-FR", "Notre collier en or 18 carats va avec tout."},
			{"fr-CA", "Notre collier en or 14 carats va avec tout."},
			{"de-DE", "Unsere Kette aus 14 Karat Gold passt zu allem."},
			{"it-IT", "La nostra collana in oro 18 carati sta bene con tutto."},
			{"es-ES", "Nuestro collar de oro de 18 quilates combina con todo."},
			{"es-MX", "Nuestro collar de oro de 14 kilates combina con todo."},
			{"pt-BR", "Nosso colar de ouro 18k combina com tudo."},
			{"pt-PT", "O nosso colar em ouro de 18 quilates combina com tudo."},
			{"nl-NL", "Onze ketting van 14 karaat goud past bij alles."},
			{"da-DK", "Vores halskæde i 14 karat guld passer til alt."},
			{"sv-SE", "Vårt halsband i 18 karat guld passar till allt."},
			{"nb-NO", "Vårt halskjede i 14 karat gull passer til alt."},
			{"fi-FI", "Kultainen kaulakorumme sopii kaikkeen."},
			{"pl-PL", "Nasz naszyjnik z 14-karatowego złota pasuje do wszystkiego."},
			{"cs-CZ", "Náš náhrdelník ze 14karátového zlata se hodí ke všemu."},
			{"tr-TR", "Altın kolyemiz her şeyle uyum sağlar."},
			{"el-GR", "Το χρυσό κολιέ μας ταιριάζει με όλα."},
			{"ar-AE", "قلادتنا الذهبية تناسب كل شيء."},
			{"ja-JP", "当店の14金ネックレスは何にでも合います。"},
			{"ko-KR", "저희 14K 골드 목걸이는 어디에나 잘 어울립니다."},
			{"zh-CN", "我们的14K金项链百搭。"},
			{"zh-TW", "我們的14K金項鍊百搭。"},
		}},
		{"control: our other piece as the subject is the piece miscalled", silverNecklace, CatGrounding, []lt{
			{"en-GB", "Our bracelet is crafted in 14k gold."},
			{"fr-FR", "Notre bracelet est en or 18 carats."},
			{"de-DE", "Unser Armband ist aus 14 Karat Gold."},
			{"es-ES", "Nuestra pulsera es de oro de 18 quilates."},
			{"fi-FI", "Rannekorumme on 14 karaatin kultaa."},
			{"tr-TR", "Bileziğimiz 14 ayar altından yapılmıştır."},
			{"el-GR", "Το βραχιόλι μας είναι από χρυσό 14 καρατίων."},
			{"ar-AE", "سوارنا مصنوع من الذهب عيار 14."},
			{"ja-JP", "当店のブレスレットは14金製です。"},
			{"ko-KR", "저희 팔찌는 14K 골드로 만들어졌습니다."},
			{"zh-CN", "我们的手链由14K金制成。"},
		}},
	})
}

// TestKindsScopeChainLinks (issue #13, false blocks: "a component of the
// piece"): in most languages the word for a ring or a hoop also names the
// rings a chain is made of (anneaux, Ringe, anelli, aros, argolas, ringen,
// kroužky, halkalar, κρίκοι, حلقات, リング, 링, 圆环). On a necklace, a ring
// word after the chain or the links it describes, in its sentence, is a part
// of the piece, not its type; the control, the necklace called a ring, still
// blocks.
func TestKindsScopeChainLinks(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"links of the chain called rings", silverNecklace, "", []lt{
			{"en-GB", "The chain is made of small round rings linked by hand."},
			{"en-US", "Its links are tiny hoops joined one to the next."},
			{"en-AU", "A fine chain of small linked rings in sterling silver."},
			{"fr-FR", "Ses maillons sont de petits anneaux ronds soudés à la main."},
			{"fr-CA", "La chaîne est formée de petits anneaux entrelacés."},
			{"de-DE", "Die Kette besteht aus kleinen, ineinandergreifenden Ringen."},
			{"de-DE", "Ihre Glieder sind winzige Ringe aus Sterlingsilber."},
			{"it-IT", "La catena è formata da piccoli anelli intrecciati."},
			{"es-ES", "La cadena se compone de pequeños aros enlazados."},
			{"es-MX", "Sus eslabones son pequeños anillos soldados a mano."},
			{"pt-BR", "A corrente é formada por pequenas argolas entrelaçadas."},
			{"pt-PT", "A corrente é feita de pequenas argolas ligadas entre si."},
			{"nl-NL", "De ketting bestaat uit kleine ringen die in elkaar grijpen."},
			{"da-DK", "Kæden består af små ringe, der griber ind i hinanden."},
			{"sv-SE", "Kedjan består av små ringar som griper in i varandra."},
			{"nb-NO", "Kjedet består av små ringer som griper inn i hverandre."},
			{"fi-FI", "Ketju koostuu pienistä renkaista, jotka on liitetty toisiinsa."},
			{"pl-PL", "Łańcuszek składa się z małych kółek połączonych ze sobą."},
			{"cs-CZ", "Řetízek tvoří drobné kroužky spojené do sebe."},
			{"tr-TR", "Zincir, birbirine geçmiş küçük halkalardan oluşur."},
			{"el-GR", "Η αλυσίδα αποτελείται από μικρούς κρίκους δεμένους μεταξύ τους."},
			{"ar-AE", "تتكون السلسلة من حلقات صغيرة متشابكة."},
			{"ja-JP", "小さなリングをつなぎ合わせたチェーンです。"},
			{"ko-KR", "작은 링을 하나하나 연결한 체인입니다."},
			{"zh-CN", "链条由一个个小圆环相扣而成。"},
			{"zh-TW", "鏈條由一個個小圓環相扣而成。"},
		}},
		{"control: the necklace called a ring", silverNecklace, CatGrounding, []lt{
			{"en-GB", "This ring is made of sterling silver."},
			{"en-US", "This ring is made of sterling silver."},
			{"en-AU", "This ring is made of sterling silver."},
			{"fr-FR", "Cette bague en argent se porte tous les jours."},
			{"fr-CA", "Cet anneau en argent se porte tous les jours."},
			{"de-DE", "Dieser Ring aus Silber passt zu allem."},
			{"it-IT", "Questo anello in argento si porta ogni giorno."},
			{"es-ES", "Este anillo de plata se lleva a diario."},
			{"es-MX", "Este anillo de plata se lleva a diario."},
			{"pt-BR", "Este anel de prata combina com tudo."},
			{"pt-PT", "Este anel de prata combina com tudo."},
			{"nl-NL", "Deze ring van zilver past bij alles."},
			{"da-DK", "Denne ring i sølv passer til alt."},
			{"sv-SE", "Den här ringen i silver passar till allt."},
			{"nb-NO", "Denne ringen i sølv passer til alt."},
			{"fi-FI", "Tämä hopeinen sormus sopii kaikkeen."},
			{"pl-PL", "Ten srebrny pierścionek pasuje do wszystkiego."},
			{"cs-CZ", "Tento stříbrný prsten se hodí ke všemu."},
			{"tr-TR", "Bu gümüş yüzük her şeye uyar."},
			{"el-GR", "Αυτό το ασημένιο δαχτυλίδι ταιριάζει με όλα."},
			{"ar-AE", "هذا الخاتم الفضي يناسب كل شيء."},
			{"ja-JP", "このシルバーの指輪は毎日使えます。"},
			{"ko-KR", "이 실버 반지는 매일 착용하기 좋습니다."},
			{"zh-CN", "这枚银戒指适合日常佩戴。"},
			{"zh-TW", "這枚銀戒指適合日常佩戴。"},
		}},
	})
}
