package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// claims40 (#13, the thirty-fourth session's claims40): the claim and
// locale failures of released 40A/40B and probes 40C/40D, fixed as kinds.

// claims40Plated is an 18k gold-plated silver bracelet with no water or
// tarnish feature.
func claims40Plated() core.Product {
	return core.Product{SKU: "W40", Name: "Star Bracelet", Category: "bracelet", Collection: "Lumière",
		Materials: []string{"18k gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
		Colours: []string{"gold"}}
}

// TestKindsWaterRemove40 (released 40A fi-FI 40A102 "Riisu koru suihkun ja
// uinnin ajaksi"): the piece taken off for the shower, a swim or a bath is
// care advice, no promise that it resists water, in every locale: the
// removal imperatives are waterproof's unless words (the separable ones as
// phrases, concepts.go sentenceHasPhrase) and the water pairs take their
// removal heads only denied (data/<lang>/concepts-waterremove40.yaml).
// Removal denied ("no need to take it off", "riisumatta", "bez
// zdejmowania", "دون خلعها") and the piece kept on stay claims.
func TestKindsWaterRemove40(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pass := []locText{
		{"en-GB", "Take the bracelet off for the shower and for swimming, so the plating stays lovely for longer."},
		{"en-US", "Take it off when you shower or swim so the plating looks good longer."},
		{"en-AU", "Take it off during a swim or a shower to keep the plating looking its best."},
		{"de-DE", "Nimm das Armband zum Duschen und Schwimmen ab, damit die Vergoldung länger schön bleibt."},
		{"fr-FR", "Retirez le bracelet pour la douche et la baignade : la dorure restera belle plus longtemps."},
		{"fr-CA", "Enlevez-le pendant la douche et la baignade pour garder le placage beau plus longtemps."},
		{"es-ES", "Quítate la pulsera para ducharte o nadar y el baño se mantendrá bonito más tiempo."},
		{"es-MX", "Retírala al bañarte o nadar para que el chapado luzca bien por más tiempo."},
		{"it-IT", "Togli il bracciale durante la doccia e il nuoto, così la placcatura resta bella più a lungo."},
		{"pt-PT", "Tire a pulseira durante o duche e a natação, para que o banho se mantenha bonito durante mais tempo."},
		{"pt-BR", "Tire a pulseira na hora do banho e da piscina para o banho durar mais."},
		{"nl-NL", "Doe de armband af tijdens het douchen en zwemmen, dan blijft het verguldsel langer mooi."},
		{"sv-SE", "Ta av armbandet när du duschar eller simmar, så håller sig förgyllningen fin längre."},
		{"da-DK", "Tag armbåndet af, når du går i bad eller svømmer, så holder forgyldningen sig pæn længere."},
		{"nb-NO", "Ta av armbåndet når du dusjer eller svømmer, så holder forgyllingen seg fin lenger."},
		{"fi-FI", "Ota rannekoru pois suihkun ajaksi, niin kullattu pinta kestää kauniina pidempään."},
		{"fi-FI", "Riisu rannekoru suihkun ja saunan ajaksi."},
		{"fi-FI", "Riisu se uinnin ja kylvyn ajaksi."},
		{"fi-FI", "Riisu koru aina suihkussa ja uidessa."},
		{"pl-PL", "Zdejmuj bransoletkę na czas kąpieli i pływania, a pozłacana powierzchnia dłużej pozostanie piękna."},
		{"pl-PL", "Zdejmij bransoletkę pod prysznicem i w basenie."},
		{"cs-CZ", "Při sprchování a plavání náramek sundejte, pozlacený povrch tak vydrží krásný déle."},
		{"cs-CZ", "Náramek sundejte ve sprše i v bazénu."},
		{"tr-TR", "Duş alırken ve yüzerken bileziği çıkarın; böylece kaplama daha uzun süre güzel kalır."},
		{"el-GR", "Βγάζετε το βραχιόλι στο ντους και στο κολύμπι, για να μείνει η επιχρύσωση όμορφη περισσότερο."},
		{"el-GR", "Βγάλτε το βραχιόλι στο ντους και στην πισίνα."},
		{"ar-AE", "اخلعي السوار أثناء الاستحمام والسباحة ليبقى الطلاء جميلًا لفترة أطول."},
		{"ar-AE", "انزعي السوار في الحمام وفي المسبح."},
		{"ja-JP", "シャワーや水泳のときはブレスレットを外してください。"},
		{"ko-KR", "샤워나 수영할 때는 팔찌를 빼 주세요."},
		{"zh-CN", "洗澡和游泳时请摘下手链，镀层可以保持更久。"},
		{"zh-TW", "洗澡和游泳時請摘下手鍊，鍍層可以保持更久。"},
		{"en-GB", "Remove it in the shower and in the pool."},
		{"de-DE", "Leg das Armband unter der Dusche und im Pool ab."},
		{"fr-FR", "Enlevez-le sous la douche et à la piscine."},
		{"es-ES", "Quítatela en la ducha y en la piscina."},
		{"it-IT", "Toglilo sotto la doccia e in piscina."},
		{"pt-BR", "Tire a pulseira no banho e na piscina."},
		{"nl-NL", "Doe hem af onder de douche en in het zwembad."},
		{"sv-SE", "Ta av det i duschen och i poolen."},
		{"da-DK", "Tag det af i badet og i poolen."},
		{"nb-NO", "Ta det av i dusjen og i bassenget."},
		{"tr-TR", "Duşta ve havuzda bileziği çıkarın."},
	}
	block := []locText{
		{"en-GB", "You never need to take it off for the shower or a swim."},
		{"de-DE", "Du musst es zum Duschen oder Schwimmen nie abnehmen."},
		{"fr-FR", "Inutile de le retirer sous la douche ou à la piscine."},
		{"es-ES", "No hace falta quitártela en la ducha ni en la piscina."},
		{"it-IT", "Non serve toglierlo sotto la doccia o in piscina."},
		{"pt-BR", "Não precisa tirar no banho nem na piscina."},
		{"nl-NL", "Je hoeft hem onder de douche of in het zwembad niet af te doen."},
		{"sv-SE", "Du behöver inte ta av det i duschen eller i poolen."},
		{"da-DK", "Du behøver ikke tage det af i badet eller i poolen."},
		{"nb-NO", "Du trenger ikke ta det av i dusjen eller i bassenget."},
		{"fi-FI", "Korua ei tarvitse riisua suihkussa eikä uidessa."},
		{"fi-FI", "Voit käydä suihkussa riisumatta korua."},
		{"pl-PL", "Nie musisz jej zdejmować pod prysznicem ani w basenie."},
		{"pl-PL", "Noś ją pod prysznicem bez zdejmowania."},
		{"cs-CZ", "Ve sprše ani v bazénu ho nemusíte sundávat."},
		{"tr-TR", "Duşta ve havuzda çıkarmadan takabilirsiniz."},
		{"el-GR", "Δεν χρειάζεται να το βγάζετε στο ντους ή στην πισίνα."},
		{"el-GR", "Κολυμπήστε χωρίς να το βγάλετε στη θάλασσα."},
		{"ar-AE", "لا داعي لخلعه أثناء الاستحمام أو السباحة."},
		{"ar-AE", "يمكنك السباحة بها دون خلعها في البحر."},
		{"ja-JP", "シャワーや水泳のときも外す必要はありません。"},
		{"ko-KR", "샤워나 수영할 때도 뺄 필요가 없습니다."},
		{"zh-CN", "洗澡和游泳时都无需摘下。"},
		{"zh-TW", "洗澡和游泳時都無需摘下。"},
		{"en-US", "Keep it on in the shower and in the pool."},
		{"en-AU", "It can stay on for the shower and a swim."},
		{"fr-CA", "Vous pouvez le garder dans la piscine et sous la douche."},
		{"es-MX", "Puedes usarla en la regadera y en la alberca sin quitártela."},
		{"pt-PT", "Pode usá-la no duche e na piscina sem a tirar."},
		{"en-GB", "No need to take it off in the shower or the pool."},
		{"da-DK", "Du behøver ikke at tage det af, når du går i bad eller svømmer."},
		{"sv-SE", "Du behöver aldrig ta av det i duschen."},
	}
	checkKindRows(t, svc, "claim", passBlockRows(claims40Plated(), pass, block))
}

func claims40Metal(sku, material, base, plating, fineness, colour string) core.Product {
	return core.Product{SKU: sku, Name: "Ring", Category: "ring", Collection: "Timeless", Materials: []string{material},
		Metals: []core.Metal{{Base: base, Plating: plating, Fineness: fineness}}, Colours: []string{colour}}
}

// TestKindsAlloyColour40 (probe 40C it-IT 40C102 "non è un rivestimento:
// per questo non sbiadisce", cs-CZ 40C101 "neodře jako povlak", ko-KR 40C104
// "도금이 아니라 ... 벗겨지지 않습니다"; probe 40D es-ES 40D102 "sino esmalte,
// que mantiene un color"; released 40B ar-AE 40B104 "حجرًا ... لون ثابت لا
// يبهت"): a colour said to be the alloy's own and no plating is true of
// solid karat gold of 14k or finer (tarnish_proof's coating words,
// product.go solidKaratGoldOnly), and a colour kept by enamel or a stone
// is the enamel's or the stone's (other subjects). The same words block on
// a plated piece, on 10k gold, and "not a plating, so it never tarnishes"
// on silver.
func TestKindsAlloyColour40(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rose := claims40Metal("T40", "18k rose gold", "rose gold", "", "750", "rose gold")
	plated := claims40Metal("T41", "18k rose gold-plated sterling silver", "sterling silver", "rose gold", "18k", "rose gold")
	gold10 := claims40Metal("T43", "10k rose gold", "rose gold", "", "10k", "rose gold")
	silver := claims40Metal("T42", "sterling silver", "sterling silver", "", "925", "silver")
	enamel := core.Product{SKU: "T44", Name: "Signet", Category: "ring", Collection: "Heritage", Materials: []string{"sterling silver", "vitreous enamel"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"black", "silver"}, Features: []string{"kiln-fired enamel"}}
	topaz := core.Product{SKU: "T45", Name: "Topaz Ring", Category: "ring", Collection: "Heritage", Materials: []string{"18k white gold", "London blue topaz"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Colours: []string{"blue"},
		Stones: []core.Stone{{Type: "London blue topaz", Colour: "blue", Count: 1, Origin: "natural", Treatment: "irradiated and heated"}}}
	solid := []locText{
		{"en-GB", "The warm colour runs through the whole alloy and is not a plating, so it will not fade or wear off."},
		{"en-US", "The rose color comes from copper in the alloy, not from a plating, so it won't fade or rub off."},
		{"en-AU", "Its colour goes right through the metal rather than sitting on top as a coating, so it won't fade."},
		{"de-DE", "Der warme Farbton geht durch die ganze Legierung und ist keine Beschichtung, deshalb verblasst er nicht und reibt sich nicht ab."},
		{"fr-FR", "La teinte chaude traverse tout l'alliage et n'est pas un placage : elle ne s'estompe donc pas et ne s'use pas."},
		{"fr-CA", "La couleur vient du cuivre de l'alliage, pas d'un placage, alors elle ne pâlit pas avec le temps."},
		{"es-ES", "El tono cálido atraviesa toda la aleación y no es un baño, así que no se desgasta ni pierde el color."},
		{"es-MX", "El color viene del cobre de la aleación y no de un chapado, por eso no se decolora ni se desgasta."},
		{"it-IT", "La tonalità calda attraversa tutta la lega e non è una placcatura: per questo non sbiadisce e non si consuma."},
		{"pt-PT", "O tom quente atravessa toda a liga e não é um banho, por isso não desbota nem se gasta."},
		{"pt-BR", "A cor vem do cobre da liga, não de um banho, então não desbota nem descasca com o tempo."},
		{"nl-NL", "De warme tint zit door de hele legering heen en is geen coating, dus hij vervaagt niet en slijt niet weg."},
		{"sv-SE", "Den varma tonen går genom hela legeringen och är ingen plätering, så den bleknar inte och nöts inte bort."},
		{"da-DK", "Den varme tone går gennem hele legeringen og er ikke en belægning, så den falmer ikke og slides ikke af."},
		{"nb-NO", "Den varme tonen går gjennom hele legeringen og er ikke et belegg, så den blekner ikke og slites ikke av."},
		{"fi-FI", "Lämmin sävy kulkee koko seoksen läpi eikä ole pinnoite, joten se ei haalistu eikä kulu pois."},
		{"pl-PL", "Ciepły odcień przenika cały stop i nie jest powłoką, więc nie blaknie i się nie ściera."},
		{"cs-CZ", "Teplý tón prostupuje celou slitinou a není to povlak, takže nevybledne a neodře se."},
		{"tr-TR", "Sıcak ton alaşımın tamamına işler ve bir kaplama değildir, bu yüzden solmaz ve aşınıp gitmez."},
		{"el-GR", "Ο ζεστός τόνος διαπερνά όλο το κράμα και δεν είναι επιμετάλλωση, γι' αυτό δεν ξεθωριάζει ούτε φθείρεται."},
		{"ar-AE", "يتخلل اللون الدافئ السبيكة كلها وليس طلاءً، لذلك لا يبهت ولا يزول."},
		{"ja-JP", "温かな色味はメッキではなく合金そのものの色なので、色あせたり剥がれたりしません。"},
		{"ko-KR", "따뜻한 색감은 도금이 아니라 합금 전체에 배어 있어 바래거나 벗겨지지 않습니다."},
		{"zh-CN", "温暖的色调来自合金本身，而不是镀层，因此不会褪色或脱落。"},
		{"zh-TW", "溫暖的色調來自合金本身，而不是鍍層，因此不會褪色或脫落。"},
	}
	var rows []kindRow
	rows = append(rows, passBlockRows(rose, solid, nil)...)
	rows = append(rows, passBlockRows(plated, nil, solid)...)
	rows = append(rows, passBlockRows(rose, nil, []locText{
		{"en-GB", "The colour runs through the whole alloy and is not a plating, so it will never lose its shine."},
		{"de-DE", "Die Farbe geht durch die ganze Legierung und ist keine Beschichtung, deshalb verliert sie niemals ihren Glanz."},
		{"it-IT", "Il colore attraversa tutta la lega e non è una placcatura: per questo non perde mai la sua lucentezza."},
		{"es-ES", "El color atraviesa toda la aleación y no es un baño, así que nunca pierde su brillo."},
		{"fr-FR", "La couleur traverse tout l'alliage et n'est pas un placage : elle ne perd jamais son éclat."},
	})...)
	rows = append(rows, passBlockRows(gold10, nil, []locText{
		{"en-GB", "The warm colour runs through the whole alloy and is not a plating, so it will not fade or wear off."},
		{"de-DE", "Der warme Farbton geht durch die ganze Legierung und ist keine Beschichtung, deshalb verblasst er nicht und reibt sich nicht ab."},
		{"it-IT", "La tonalità calda attraversa tutta la lega e non è una placcatura: per questo non sbiadisce e non si consuma."},
		{"cs-CZ", "Teplý tón prostupuje celou slitinou a není to povlak, takže nevybledne a neodře se."},
		{"ko-KR", "따뜻한 색감은 도금이 아니라 합금 전체에 배어 있어 바래거나 벗겨지지 않습니다."},
	})...)
	rows = append(rows, passBlockRows(silver, nil, []locText{
		{"en-GB", "It is solid silver, not a plating, so it will never tarnish."},
		{"de-DE", "Es ist massives Silber, keine Beschichtung, deshalb läuft es nie an."},
		{"fr-FR", "C'est de l'argent massif, pas un placage : il ne noircit jamais."},
		{"es-ES", "Es plata maciza, no un baño, así que nunca se oscurece."},
		{"it-IT", "È argento massiccio, non una placcatura: non si ossida mai."},
		{"pt-BR", "É prata maciça, não um banho, então nunca escurece."},
		{"nl-NL", "Het is massief zilver, geen coating, dus het verkleurt nooit."},
		{"sv-SE", "Det är massivt silver, ingen plätering, så det mörknar aldrig."},
		{"da-DK", "Det er massivt sølv, ikke en belægning, så det anløber aldrig."},
		{"nb-NO", "Det er massivt sølv, ikke et belegg, så det anløper aldri."},
		{"fi-FI", "Se on täyttä hopeaa eikä pinnoite, joten se ei koskaan tummu."},
		{"pl-PL", "To lite srebro, a nie powłoka, więc nigdy nie ciemnieje."},
		{"cs-CZ", "Je to masivní stříbro, ne povlak, takže nikdy nezčerná."},
		{"tr-TR", "Bu bir kaplama değil, som gümüştür; asla kararmaz."},
		{"el-GR", "Είναι συμπαγές ασήμι, όχι επιμετάλλωση, γι' αυτό δεν μαυρίζει ποτέ."},
		{"ar-AE", "إنها فضة خالصة وليست طلاءً، لذلك لا تتأكسد أبداً."},
		{"ja-JP", "メッキではなく純銀なので、決して変色しません。"},
		{"ko-KR", "도금이 아닌 순은이라 절대 변색되지 않습니다."},
		{"zh-CN", "这是纯银，不是镀层，所以永远不会变色。"},
	})...)
	rows = append(rows, passBlockRows(enamel, []locText{
		{"en-GB", "The enamel is fired glass and keeps a deep, even colour that does not fade."},
		{"en-US", "There is no onyx stone in it, only enamel, which keeps a deep, even color."},
		{"en-AU", "The kiln-fired enamel holds its deep colour and won't fade."},
		{"de-DE", "Es ist kein Onyx, sondern Emaille, die ihre tiefe, gleichmäßige Farbe behält."},
		{"fr-FR", "Ce n'est pas un onyx mais de l'émail, qui garde une couleur profonde et uniforme."},
		{"fr-CA", "L'émail cuit au four garde une couleur profonde qui ne pâlit pas."},
		{"es-ES", "No lleva ninguna piedra de ónice, sino esmalte, que mantiene un color uniforme y profundo."},
		{"es-MX", "El esmalte horneado conserva un color profundo y parejo que no se decolora."},
		{"it-IT", "Non c'è onice, ma smalto, che mantiene un colore uniforme e profondo."},
		{"pt-PT", "Não tem pedra de ónix, mas esmalte, que mantém uma cor uniforme e profunda."},
		{"pt-BR", "Não há pedra de ônix, e sim esmalte, que mantém uma cor uniforme e profunda."},
		{"nl-NL", "Er zit geen onyx in, maar emaille, dat een diepe, egale kleur behoudt."},
		{"sv-SE", "Det är ingen onyx utan emalj, som behåller en djup och jämn färg."},
		{"da-DK", "Det er ikke onyks, men emalje, som bevarer en dyb og jævn farve."},
		{"nb-NO", "Det er ikke onyks, men emalje, som beholder en dyp og jevn farge."},
		{"fi-FI", "Siinä ei ole onyksia vaan emalia, joka säilyttää syvän ja tasaisen värinsä."},
		{"pl-PL", "Nie ma w nim onyksu, tylko emalia, która zachowuje głęboki, równy kolor."},
		{"cs-CZ", "Není v něm onyx, ale smalt, který si zachovává hlubokou a rovnoměrnou barvu."},
		{"tr-TR", "İçinde oniks yok, rengini koruyan derin ve düzgün bir emaye var."},
		{"el-GR", "Δεν έχει όνυχα αλλά σμάλτο, που διατηρεί ένα βαθύ και ομοιόμορφο χρώμα."},
		{"ar-AE", "لا يحتوي على حجر الجزع، بل على مينا تحافظ على لون عميق ومتجانس لا يبهت."},
		{"ja-JP", "オニキスではなくエナメルで、深く均一な色を保ちます。"},
		{"ko-KR", "오닉스가 아니라 깊고 균일한 색을 유지하는 에나멜입니다."},
		{"zh-CN", "这不是缟玛瑙，而是能保持深邃均匀色彩、不褪色的珐琅。"},
		{"zh-TW", "這不是縞瑪瑙，而是能保持深邃均勻色彩、不褪色的琺瑯。"},
	}, []locText{
		{"en-GB", "The enamel sits in a silver frame that will never tarnish."},
		{"es-ES", "El esmalte va en un marco de plata que nunca se oscurece."},
		{"ar-AE", "المينا مثبتة في إطار من الفضة لا يبهت أبدا."},
		{"it-IT", "Lo smalto è incastonato in argento che non si ossida mai."},
		{"en-GB", "The silver and the enamel keep their shine for years without tarnishing."},
		{"de-DE", "Silber und Emaille behalten jahrelang ihren Glanz."},
		{"fr-FR", "L'argent et l'émail gardent leur éclat pendant des années."},
		{"es-ES", "La plata y el esmalte mantienen su brillo durante años."},
		{"it-IT", "L'argento e lo smalto mantengono la loro lucentezza per anni."},
		{"ko-KR", "실버와 에나멜은 수년이 지나도 변색 없이 처음의 광택을 유지합니다."},
		{"ja-JP", "シルバーとエナメルは何年も輝きを保ちます。"},
		{"zh-CN", "银和珐琅多年保持光泽。"},
	})...)
	rows = append(rows, passBlockRows(topaz, []locText{
		{"en-GB", "London blue topaz is a natural stone; irradiation and heating give it a stable colour that does not fade."},
		{"de-DE", "Der London-Blue-Topas ist ein natürlicher Stein, der durch Bestrahlung und Erhitzen eine stabile Farbe erhält, die nicht verblasst."},
		{"fr-FR", "La topaze London Blue est une pierre naturelle ; l'irradiation puis la chauffe lui donnent une couleur stable qui ne pâlit pas."},
		{"es-ES", "El topacio London Blue es una piedra natural; la irradiación y el calor le dan un color estable que no se apaga."},
		{"it-IT", "Il topazio London Blue è una pietra naturale; irraggiamento e riscaldamento gli danno un colore stabile che non sbiadisce."},
		{"pt-BR", "O topázio London Blue é uma pedra natural; a irradiação e o aquecimento lhe dão uma cor estável que não desbota."},
		{"nl-NL", "London blue topaas is een natuurlijke steen; bestraling en verhitting geven hem een stabiele kleur die niet vervaagt."},
		{"sv-SE", "London blue-topas är en naturlig sten; bestrålning och upphettning ger den en stabil färg som inte bleknar."},
		{"pl-PL", "Topaz London Blue to naturalny kamień; napromieniowanie i wygrzewanie nadają mu trwały kolor, który nie blaknie."},
		{"cs-CZ", "Topaz London Blue je přírodní kámen; ozařování a zahřívání mu dají stálou barvu, která nevybledne."},
		{"tr-TR", "London mavi topaz doğal bir taştır; ışınlama ve ısıl işlem ona solmayan kalıcı bir renk verir."},
		{"el-GR", "Το τοπάζι London Blue είναι μια φυσική πέτρα· η ακτινοβόληση και η θέρμανση του δίνουν ένα σταθερό χρώμα που δεν ξεθωριάζει."},
		{"ar-AE", "يبدأ توباز لندن الأزرق حجرًا طبيعيًا، ثم يكتسب لونه بعد تعريضه للإشعاع ومعالجته حراريًا، وهو لون ثابت لا يبهت."},
		{"ar-AE", "التوباز حجر طبيعي يكتسب لونه الأزرق بالمعالجة الحرارية، وهو لون ثابت لا يبهت مع الزمن."},
		{"ja-JP", "ロンドンブルートパーズは天然石で、照射と加熱によって色あせない安定した色になります。"},
		{"ko-KR", "런던 블루 토파즈는 천연 원석으로, 방사선 조사와 가열로 바래지 않는 안정된 색을 얻습니다."},
		{"zh-CN", "伦敦蓝托帕石是天然宝石，经辐照和加热后获得稳定、不褪色的颜色。"},
	}, nil)...)
	rows = append(rows, passBlockRows(plated, nil, []locText{
		{"ar-AE", "يتخلل اللون الدافئ السبيكة كلها وليس طلاءً، لذلك لا يبهت ولا يزول."},
		{"ar-AE", "يحتضن الذهب الأبيض حجرًا بيضاويًا، والذهب لا يبهت أبدا."},
		{"en-GB", "The topaz sits in white gold plating that never fades."},
	})...)
	checkKindRows(t, svc, "claim", rows)
}

// TestKindsCareSpared40 (released 40B sv-SE 40B102-3 "Silvret behåller sin
// lyster i många år utan att mörkna, så du behöver knappt putsa armbandet
// och förvara det i en tät påse"): care named after a conjunction of
// consequence in a clause that waves care away ("so you hardly need to
// polish it and just store it in a pouch") is the care the claim spares,
// not advice giving it a purpose (concepts.go sparedByClaim; "hardly",
// "knappt", "kaum" join dismissWords). Care advice before or without the
// claim passes.
func TestKindsCareSpared40(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := core.Product{SKU: "T42", Name: "Bracelet", Category: "bracelet", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}, Features: []string{"polished"}}
	pass := []locText{
		{"en-GB", "Silver darkens naturally over time, so polish the bracelet with a silver cloth now and then and store it in a pouch."},
		{"de-DE", "Silber läuft mit der Zeit an, also polieren Sie das Armband ab und zu und bewahren Sie es im Beutel auf."},
		{"fr-FR", "L'argent noircit avec le temps, donc polissez le bracelet de temps en temps et rangez-le dans sa pochette."},
		{"es-ES", "La plata se oscurece con el tiempo, así que pule la pulsera de vez en cuando y guárdala en su bolsita."},
		{"it-IT", "L'argento si ossida col tempo, quindi lucida il bracciale ogni tanto e riponilo nel sacchetto."},
		{"pt-BR", "A prata escurece com o tempo, então limpe a pulseira com um pano de vez em quando e guarde na bolsinha."},
		{"nl-NL", "Zilver verkleurt na verloop van tijd, dus poets de armband af en toe en bewaar hem in een zakje."},
		{"sv-SE", "Silver mörknar naturligt med tiden, så putsa armbandet med en silverduk då och då och förvara det i en tät påse när du inte bär det."},
		{"da-DK", "Sølv anløber med tiden, så puds armbåndet en gang imellem og opbevar det i en pose."},
		{"nb-NO", "Sølv mørkner med tiden, så puss armbåndet av og til og oppbevar det i en pose."},
		{"fi-FI", "Hopea tummuu ajan myötä, joten kiillota rannekoru silloin tällöin ja säilytä sitä pussissa."},
		{"pl-PL", "Srebro z czasem ciemnieje, więc od czasu do czasu wypoleruj bransoletkę i przechowuj ją w woreczku."},
		{"cs-CZ", "Stříbro časem tmavne, takže náramek občas vyleštěte a uložte ho do sáčku."},
		{"en-US", "Store it in its pouch and polish it now and then so it keeps its luster for years."},
	}
	block := []locText{
		{"en-GB", "The silver keeps its shine for years without tarnishing, so you hardly need to polish it and can simply store it in a pouch."},
		{"en-US", "This silver keeps its luster for years, so you barely need to polish it and just store it in its pouch."},
		{"en-AU", "It keeps its shine for years, so forget the polishing cloth and just keep it in its pouch."},
		{"de-DE", "Das Silber behält jahrelang seinen Glanz, sodass Sie es kaum polieren müssen und nur im Beutel aufbewahren."},
		{"fr-FR", "L'argent garde son éclat pendant des années, donc inutile de le polir, rangez-le simplement dans sa pochette."},
		{"fr-CA", "L'argent conserve son éclat pendant des années, alors oubliez le chiffon et rangez-le simplement dans sa pochette."},
		{"es-ES", "La plata conserva su brillo durante años, así que es innecesario pulirla y basta con guardarla en su bolsita."},
		{"es-MX", "La plata conserva su brillo por años, así que olvídate de pulirla y solo guárdala en su bolsita."},
		{"it-IT", "L'argento mantiene la sua lucentezza per anni, quindi dimentica il panno e riponilo semplicemente nel sacchetto."},
		{"pt-PT", "A prata mantém o brilho durante anos, portanto é desnecessário poli-la e basta guardá-la na bolsa."},
		{"pt-BR", "A prata mantém o brilho por anos, então esqueça o paninho e só guarde a pulseira na bolsinha."},
		{"nl-NL", "Het zilver behoudt jarenlang zijn glans, dus je hoeft het nauwelijks te poetsen en bewaart het gewoon in een zakje."},
		{"sv-SE", "Silvret behåller sin lyster i många år, så du behöver knappt putsa det och förvara det bara i en påse."},
		{"da-DK", "Sølvet bevarer sin glans i mange år, så du behøver næppe at pudse det og kan blot opbevare det i en pose."},
		{"nb-NO", "Sølvet beholder glansen i mange år, så du trenger knapt å pusse det og kan bare oppbevare det i en pose."},
		{"fi-FI", "Hopea säilyttää kiiltonsa vuosia, joten sitä tuskin tarvitsee kiillottaa ja sen voi vain säilyttää pussissa."},
		{"pl-PL", "Srebro zachowuje blask przez lata, więc ledwo trzeba je polerować i wystarczy przechowywać je w woreczku."},
		{"cs-CZ", "Stříbro si uchovává lesk po léta, takže ho sotva musíte leštit a stačí ho uložit do sáčku."},
		{"tr-TR", "Gümüş yıllarca parlaklığını korur, bu yüzden parlatmak gereksiz olur ve sadece kesesinde saklamanız yeter."},
		{"el-GR", "Το ασήμι διατηρεί τη λάμψη του για χρόνια, οπότε το γυάλισμα είναι περιττό και αρκεί να το φυλάτε στο πουγκί του."},
		{"ar-AE", "تحافظ الفضة على لمعانها لسنوات، لذلك بالكاد تحتاجين إلى تلميعها ويكفي حفظها في كيسها."},
		{"ja-JP", "シルバーは何年も輝きを保つので、お手入れなしでポーチに保管するだけで十分です。"},
		{"ko-KR", "실버는 수년간 광택을 유지하므로 닦을 필요 없이 파우치에 보관하기만 하면 됩니다."},
		{"zh-CN", "银饰多年保持光泽，所以无需擦拭，只需放在收纳袋里即可。"},
		{"zh-TW", "銀飾多年保持光澤，所以無需擦拭，只需放在收納袋裡即可。"},
	}
	checkKindRows(t, svc, "claim", passBlockRows(silver, pass, block))
}

// TestKindsVariety40 (released 40B pt-BR 40B104-3, probe 40D pt-BR 40D101-3):
// a whole text in European Portuguese on pt-BR blocks (Portugal's spellings
// "directo", "icónico", "ténue", its "duche" and "pormenor", and the
// pronoun between a preposition and its infinitive, "depois de os usar":
// variety_grammar.go prepositionCliticInfinitive); Brazilian copy on pt-BR
// and Portuguese copy on pt-PT pass.
func TestKindsVariety40(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "V40", Name: "Brincos Pérola", Category: "earrings", Collection: "Timeless", Materials: []string{"14k yellow gold", "cultured Akoya pearl"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Colours: []string{"white", "gold"},
		Stones: []core.Stone{{Type: "cultured Akoya pearl", Colour: "white", Count: 2, Origin: "natural"}}}
	pass := []locText{
		{"pt-BR", "Estes brincos da coleção Timeless trazem duas pérolas Akoya em ouro amarelo 14k. As pérolas se formam em ostras no litoral do Japão. Guarde os brincos em uma bolsinha e limpe com um pano macio depois de usar."},
		{"pt-BR", "As pérolas Akoya destes brincos ganham um brilho direto sob a luz, um detalhe que faz toda a diferença. Para mantê-las bonitas, evite o banho com elas e limpe com um pano macio."},
		{"pt-BR", "Um presente icônico: duas pérolas Akoya em ouro amarelo 14k, com um tom tênue e luminoso. Guarde os brincos separados para protegê-los de riscos e limpe depois de usar."},
		{"pt-BR", "Para o colar combinar com os brincos, escolha pérolas Akoya do mesmo tom. Guarde tudo em um porta-joias e limpe com um pano macio depois de usar as peças."},
		{"pt-PT", "Estes brincos da colecção Timeless trazem duas pérolas Akoya em ouro amarelo 14k. As pérolas formam-se em ostras na costa do Japão. Guarde-os numa bolsa e limpe-os com um pano macio depois de os usar."},
		{"pt-PT", "As pérolas Akoya destes brincos ganham um brilho directo à luz, um pormenor que faz toda a diferença. Para as manter bonitas, evite o duche com elas e limpe-as com um pano macio."},
		{"pt-PT", "Um presente icónico: duas pérolas Akoya em ouro amarelo 14k, com um tom ténue e luminoso. Guarde os brincos separados para os proteger de riscos e limpe-os depois de os usar."},
	}
	block := []locText{
		{"pt-BR", "Estes brincos da colecção Timeless trazem duas pérolas Akoya em ouro amarelo 14k. As pérolas formam-se em ostras na costa do Japão. Guarde-os numa bolsa e limpe-os com um pano macio depois de os usar."},
		{"pt-BR", "As pérolas Akoya destes brincos ganham um brilho directo à luz, um pormenor que faz toda a diferença. Para as manter bonitas, evite o duche com elas e limpe-as com um pano macio."},
		{"pt-BR", "Um presente icónico: duas pérolas Akoya em ouro amarelo 14k, com um tom ténue e luminoso. Guarde os brincos separados para os proteger de riscos e limpe-os depois de os usar."},
	}
	// The other close pairs where the same count applies: a whole text
	// of the other variety blocks, the locale's own passes.
	pass = append(pass, []locText{
		{"es-ES", "Este colgante de plata de ley es perfecto para el día a día. Queda genial con un jersey o una camiseta blanca; quítatelo antes de la ducha y guárdalo en su estuche."},
		{"es-MX", "Este dije de plata 925 es perfecto para diario. Se ve padrísimo con un suéter o una playera blanca; quítatelo antes de entrar a la regadera y guárdalo en su estuche."},
		{"fr-CA", "Ce pendentif en argent se porte toute la fin de semaine avec un chandail ou une chemise. Pour magasiner comme pour le bureau, il reste discret; rangez-le ensuite dans sa pochette."},
		{"fr-FR", "Ce pendentif en argent, pas cher, se porte tout le week-end avec un pull ou un sweat. Pour le shopping comme pour le bureau, il reste discret."},
		{"pt-PT", "Este pendente de prata de lei é óptimo para o dia-a-dia. Guarde-o na caixa e limpe-o com um pano macio. Fica bonito com uma camisola castanha."},
		{"pt-BR", "Este pingente de prata 925 é ótimo para o dia a dia. Guarde na caixinha e limpe com um pano macio. Fica lindo com uma blusa marrom."},
	}...)
	block = append(block, []locText{
		{"es-ES", "Este dije de plata 925 es perfecto para diario. Se ve padrísimo con un suéter o una playera blanca; quítatelo antes de entrar a la regadera y guárdalo en su estuche."},
		{"fr-CA", "Ce pendentif en argent se porte tout le week-end avec un sweat ou une chemise. Pour le shopping comme pour le parking du bureau, il reste discret; rangez-le ensuite dans sa pochette."},
		{"fr-FR", "Ce pendentif en argent, pas dispendieux, se porte toute la fin de semaine avec un chandail. Pour magasiner comme pour le bureau, il reste discret."},
		{"pt-PT", "Este pingente de prata 925 é ótimo para o dia a dia. Guarde na caixinha e limpe com um pano macio. Fica lindo com uma blusa marrom. Entre em contato com a nossa equipe."},
		{"en-GB", "This pendant is a favorite for everyday wear; the color stays bright if you store it in its jewelry box."},
		{"en-US", "This pendant is a favourite for everyday wear; the colour stays bright if you store it in its jewellery box."},
	}...)
	checkKindRows(t, svc, "locale", passBlockRows(p, pass, block))
}
