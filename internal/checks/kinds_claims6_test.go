package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// nickelFreeRhodium is rhodium-plated brass whose only feature is
// nickel-free: the plating licenses no tarnish claim and nickel-free no
// skin-safety claim (#13).
var nickelFreeRhodium = core.Product{SKU: "C7", Name: "Lumen", Category: "earrings", Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}},
	Colours: []string{"silver"}, Features: []string{"nickel-free"}}

// claims6Texts are one language's claims written as a copywriter words
// them (#13, claims in other words): a prevention verb with the darkening
// it prevents ("a treatment stops it darkening", "impede que escureça"),
// protection against tarnish, a negated fading; a negated harm to the skin
// ("won't turn your skin green"), gentleness to sensitive ears, allergy
// sufferers without a reaction; a remedy verb with its ailment behind a
// hedge or an adverb ("would also help against fatigue"), the mind calmed
// and energy balanced, circulation stimulated. ok are look-alikes that
// must pass: care advice (remove before swimming, store it to keep it
// bright), calm as a picture, darkening as a fact with care advice.
type claims6Texts struct {
	tarnish, skin, health, ok [3]string
}

var claims6ByLang = map[string]claims6Texts{
	"en": {
		tarnish: [3]string{"A protective treatment stops the silver from darkening over time.", "The finish is protected against tarnish for years.", "Its colour never fades, wear after wear."},
		skin:    [3]string{"No more green fingers: it won't turn your skin green.", "Gentle on even the most sensitive ears.", "Allergy sufferers can wear it without any reaction."},
		health:  [3]string{"Silver would also help against fatigue.", "Wearing it calms the mind and balances your energy.", "The metal is said to boost circulation."},
		ok:      [3]string{"Remove it before swimming and store it in a pouch to keep it bright.", "Its blue evokes the calm of the sea.", "Silver can darken over time; a soft cloth restores its shine."},
	},
	"fr": {
		tarnish: [3]string{"Un traitement protecteur empêche l'argent de noircir avec le temps.", "La finition est protégée contre le ternissement pendant des années.", "Sa couleur ne passe jamais, même après des années."},
		skin:    [3]string{"Fini les doigts verts : il ne verdit pas la peau.", "Doux même pour les oreilles les plus sensibles.", "Les personnes allergiques peuvent le porter sans aucune réaction."},
		health:  [3]string{"L'argent aiderait aussi à combattre la fatigue.", "Le porter apaise l'esprit et équilibre vos énergies.", "Le métal stimulerait la circulation sanguine."},
		ok:      [3]string{"Retirez-le avant la baignade et rangez-le dans sa pochette pour qu'il reste brillant.", "Son bleu évoque le calme de la mer.", "L'argent peut noircir avec le temps ; un chiffon doux lui rend son éclat."},
	},
	"de": {
		tarnish: [3]string{"Eine Schutzbehandlung verhindert, dass das Silber mit der Zeit dunkel wird.", "Die Oberfläche ist jahrelang vor dem Anlaufen geschützt.", "Die Farbe verblasst nie, auch nach Jahren nicht."},
		skin:    [3]string{"Nie wieder grüne Finger: Er färbt die Haut nicht grün.", "Sanft selbst zu den empfindlichsten Ohren.", "Auch Allergiker können ihn ohne jede Reaktion tragen."},
		health:  [3]string{"Silber soll außerdem gegen Müdigkeit helfen.", "Er beruhigt den Geist und bringt Ihre Energie ins Gleichgewicht.", "Das Metall regt angeblich die Durchblutung an."},
		ok:      [3]string{"Vor dem Schwimmen ablegen und im Beutel aufbewahren, damit er glänzend bleibt.", "Sein Blau erinnert an die Ruhe des Meeres.", "Silber kann mit der Zeit nachdunkeln; ein weiches Tuch bringt den Glanz zurück."},
	},
	"it": {
		tarnish: [3]string{"Un trattamento protettivo impedisce all'argento di annerirsi nel tempo.", "La finitura è protetta dall'ossidazione per anni.", "Il colore non sbiadisce mai, anche dopo anni."},
		skin:    [3]string{"Niente più dita verdi: non fa diventare verde la pelle.", "Delicato anche con le orecchie più sensibili.", "Anche chi soffre di allergie può indossarlo senza alcuna reazione."},
		health:  [3]string{"L'argento aiuterebbe anche contro la stanchezza.", "Indossarlo calma la mente e riequilibra le energie.", "Il metallo stimolerebbe la circolazione."},
		ok:      [3]string{"Toglilo prima di nuotare e riponilo nel sacchetto per mantenerlo brillante.", "Il suo blu evoca la calma del mare.", "L'argento può scurirsi col tempo; un panno morbido gli restituisce la lucentezza."},
	},
	"es": {
		tarnish: [3]string{"Un tratamiento protector evita que la plata se oscurezca con el tiempo.", "El acabado está protegido contra la oxidación durante años.", "Su color nunca se desvanece, ni después de años."},
		skin:    [3]string{"Se acabaron los dedos verdes: no te pone la piel verde.", "Suave incluso con las orejas más sensibles.", "Las personas alérgicas pueden llevarlo sin ninguna reacción."},
		health:  [3]string{"La plata ayudaría además contra el cansancio.", "Llevarlo calma la mente y equilibra tu energía.", "El metal estimularía la circulación."},
		ok:      [3]string{"Quítatelo antes de nadar y guárdalo en su bolsita para que siga brillante.", "Su azul evoca la calma del mar.", "La plata puede oscurecerse con el tiempo; un paño suave le devuelve el brillo."},
	},
	"pt": {
		tarnish: [3]string{"Um banho protetor evita que a prata escureça com o tempo.", "O acabamento fica protegido contra a oxidação por anos.", "A cor nunca desbota, mesmo depois de anos."},
		skin:    [3]string{"Chega de dedos verdes: não deixa a pele verde.", "Suave até com as orelhas mais sensíveis.", "Quem tem alergia pode usar sem nenhuma reação."},
		health:  [3]string{"A prata ajudaria também contra o cansaço.", "Usá-lo acalma a mente e equilibra a sua energia.", "O metal estimularia a circulação."},
		ok:      [3]string{"Retire antes de nadar e guarde no saquinho para que continue brilhante.", "O seu azul evoca a calma do mar.", "A prata pode escurecer com o tempo; um pano macio devolve o brilho."},
	},
	"nl": {
		tarnish: [3]string{"Een beschermende behandeling voorkomt dat het zilver na verloop van tijd donker wordt.", "De afwerking is jarenlang beschermd tegen aanslag.", "De kleur vervaagt nooit, ook niet na jaren."},
		skin:    [3]string{"Nooit meer groene vingers: hij kleurt je huid niet groen.", "Zacht voor zelfs de gevoeligste oren.", "Ook mensen met een allergie kunnen hem zonder enige reactie dragen."},
		health:  [3]string{"Zilver zou daarnaast vermoeidheid tegengaan.", "Hem dragen kalmeert de geest en brengt je energie in balans.", "Het metaal zou de bloedsomloop stimuleren."},
		ok:      [3]string{"Doe hem af voor het zwemmen en bewaar hem in het zakje zodat hij glanzend blijft.", "Het blauw doet denken aan de rust van de zee.", "Zilver kan na verloop van tijd donker worden; een zachte doek geeft de glans terug."},
	},
	"da": {
		tarnish: [3]string{"En beskyttende behandling forhindrer, at sølvet bliver mørkt med tiden.", "Overfladen er beskyttet mod anløbning i årevis.", "Farven falmer aldrig, heller ikke efter flere år."},
		skin:    [3]string{"Slut med grønne fingre: det farver ikke huden grøn.", "Skånsomt selv for de mest følsomme ører.", "Selv allergikere kan bære det uden nogen reaktion."},
		health:  [3]string{"Sølv skulle også hjælpe mod træthed.", "At bære det beroliger sindet og balancerer din energi.", "Metallet siges at stimulere blodcirkulationen."},
		ok:      [3]string{"Tag det af før svømning, og opbevar det i posen, så det forbliver blankt.", "Det blå minder om havets ro.", "Sølv kan blive mørkt med tiden; en blød klud giver glansen tilbage."},
	},
	"nb": {
		tarnish: [3]string{"En beskyttende behandling hindrer at sølvet blir mørkt over tid.", "Overflaten er beskyttet mot anløping i årevis.", "Fargen falmer aldri, heller ikke etter flere år."},
		skin:    [3]string{"Slutt på grønne fingre: det farger ikke huden grønn.", "Skånsomt selv for de mest følsomme ørene.", "Selv allergikere kan bruke det uten noen reaksjon."},
		health:  [3]string{"Sølv skal også hjelpe mot tretthet.", "Å bære det roer sinnet og balanserer energien din.", "Metallet sies å stimulere blodsirkulasjonen."},
		ok:      [3]string{"Ta det av før svømming og oppbevar det i posen så det holder seg blankt.", "Det blå minner om havets ro.", "Sølv kan bli mørkt over tid; en myk klut gir glansen tilbake."},
	},
	"sv": {
		tarnish: [3]string{"En skyddande behandling förhindrar att silvret mörknar med tiden.", "Ytan är skyddad mot oxidering i flera år.", "Färgen bleknar aldrig, inte ens efter flera år."},
		skin:    [3]string{"Slut på gröna fingrar: det färgar inte huden grön.", "Skonsamt även för de känsligaste öronen.", "Även allergiker kan bära det utan någon reaktion."},
		health:  [3]string{"Silver ska också hjälpa mot trötthet.", "Att bära det lugnar sinnet och balanserar din energi.", "Metallen sägs stimulera blodcirkulationen."},
		ok:      [3]string{"Ta av det före simning och förvara det i påsen så att det förblir blankt.", "Det blå påminner om havets lugn.", "Silver kan mörkna med tiden; en mjuk trasa ger glansen tillbaka."},
	},
	"fi": {
		tarnish: [3]string{"Suojakäsittely estää hopeaa tummumasta ajan myötä.", "Pinta on suojattu hapettumiselta vuosiksi.", "Väri ei haalistu koskaan, ei edes vuosien jälkeen."},
		skin:    [3]string{"Ei enää vihreitä sormia: se ei värjää ihoa vihreäksi.", "Hellävarainen herkimmillekin korville.", "Allergikotkin voivat käyttää sitä ilman mitään reaktiota."},
		health:  [3]string{"Hopean sanotaan myös auttavan väsymykseen.", "Sen käyttäminen rauhoittaa mieltä ja tasapainottaa energiaasi.", "Metallin sanotaan vilkastuttavan verenkiertoa."},
		ok:      [3]string{"Riisu se ennen uimista ja säilytä pussissa, niin se pysyy kirkkaana.", "Sen sininen tuo mieleen meren tyyneyden.", "Hopea voi tummua ajan myötä; pehmeä liina palauttaa kiillon."},
	},
	"pl": {
		tarnish: [3]string{"Ochronna powłoka zapobiega ciemnieniu srebra z upływem czasu.", "Wykończenie jest chronione przed matowieniem przez lata.", "Kolor nigdy nie blednie, nawet po latach."},
		skin:    [3]string{"Koniec z zielonymi palcami: nie barwi skóry na zielono.", "Delikatny nawet dla najbardziej wrażliwych uszu.", "Nawet alergicy mogą go nosić bez żadnej reakcji."},
		health:  [3]string{"Srebro miałoby też pomagać na zmęczenie.", "Noszenie go uspokaja umysł i równoważy energię.", "Metal podobno pobudza krążenie."},
		ok:      [3]string{"Zdejmij go przed pływaniem i przechowuj w woreczku, aby pozostał lśniący.", "Jego błękit przywodzi na myśl spokój morza.", "Srebro może z czasem ciemnieć; miękka ściereczka przywróci mu blask."},
	},
	"cs": {
		tarnish: [3]string{"Ochranná úprava zabraňuje tomu, aby stříbro časem tmavlo.", "Povrch je chráněn proti oxidaci po celá léta.", "Barva nikdy nevybledne, ani po letech."},
		skin:    [3]string{"Konec zeleným prstům: nebarví pokožku do zelena.", "Šetrný i k těm nejcitlivějším uším.", "I alergici ho mohou nosit bez jakékoli reakce."},
		health:  [3]string{"Stříbro by navíc mělo pomáhat proti únavě.", "Jeho nošení zklidňuje mysl a vyrovnává vaši energii.", "Kov prý podporuje krevní oběh."},
		ok:      [3]string{"Před plaváním ho sundejte a uložte do sáčku, aby zůstal lesklý.", "Jeho modrá připomíná klid moře.", "Stříbro může časem ztmavnout; jemný hadřík mu vrátí lesk."},
	},
	"tr": {
		tarnish: [3]string{"Koruyucu bir işlem gümüşün zamanla kararmasını önler.", "Yüzey yıllarca oksitlenmeye karşı korunur.", "Rengi yıllar geçse de asla solmaz."},
		skin:    [3]string{"Yeşil parmaklara son: cildinizi yeşile boyamaz.", "En hassas kulaklara bile nazik.", "Alerjisi olanlar bile hiçbir reaksiyon olmadan takabilir."},
		health:  [3]string{"Gümüşün ayrıca yorgunluğa iyi geldiği söylenir.", "Takmak zihni sakinleştirir ve enerjinizi dengeler.", "Metalin kan dolaşımını hızlandırdığı söylenir."},
		ok:      [3]string{"Yüzmeden önce çıkarın ve parlak kalması için kesesinde saklayın.", "Mavisi denizin sakinliğini hatırlatır.", "Gümüş zamanla kararabilir; yumuşak bir bez parlaklığını geri getirir."},
	},
	"el": {
		tarnish: [3]string{"Μια προστατευτική επεξεργασία εμποδίζει το ασήμι να μαυρίσει με τον καιρό.", "Η επιφάνεια προστατεύεται από την οξείδωση για χρόνια.", "Το χρώμα δεν ξεθωριάζει ποτέ, ούτε μετά από χρόνια."},
		skin:    [3]string{"Τέλος τα πράσινα δάχτυλα: δεν πρασινίζει το δέρμα.", "Απαλό ακόμη και για τα πιο ευαίσθητα αυτιά.", "Ακόμη και όσοι έχουν αλλεργία μπορούν να το φορούν χωρίς καμία αντίδραση."},
		health:  [3]string{"Το ασήμι λέγεται επίσης ότι βοηθά στην κούραση.", "Φορώντας το ηρεμεί το μυαλό και εξισορροπεί την ενέργειά σας.", "Το μέταλλο λέγεται ότι τονώνει την κυκλοφορία του αίματος."},
		ok:      [3]string{"Βγάλτε το πριν από το κολύμπι και φυλάξτε το στο πουγκί για να μένει λαμπερό.", "Το μπλε του θυμίζει τη γαλήνη της θάλασσας.", "Το ασήμι μπορεί να μαυρίσει με τον καιρό· ένα μαλακό πανί του επαναφέρει τη λάμψη."},
	},
	"ar": {
		tarnish: [3]string{"معالجة واقية تمنع الفضة من الاسوداد مع مرور الوقت.", "السطح محمي من التأكسد لسنوات.", "لونه لا يبهت أبداً حتى بعد سنوات."},
		skin:    [3]string{"وداعاً للأصابع الخضراء: لا يلوّن البشرة بالأخضر.", "لطيف حتى على أكثر الآذان حساسية.", "يمكن لمن يعانون من الحساسية ارتداؤه دون أي تفاعل."},
		health:  [3]string{"ويقال إن الفضة تساعد أيضاً على مقاومة التعب.", "ارتداؤه يهدئ العقل ويوازن طاقتك.", "يقال إن المعدن ينشّط الدورة الدموية."},
		ok:      [3]string{"انزعه قبل السباحة واحفظه في الكيس ليبقى لامعاً.", "لونه الأزرق يذكّر بهدوء البحر.", "قد تسودّ الفضة مع الوقت؛ وقطعة قماش ناعمة تعيد إليها بريقها."},
	},
	"ja": {
		tarnish: [3]string{"保護加工により、シルバーが時間とともに黒ずむのを防ぎます。", "表面は何年も酸化から守られます。", "色は何年たっても色あせることがありません。"},
		skin:    [3]string{"もう指が緑色になることはありません。", "敏感な耳にもやさしい着け心地です。", "アレルギーのある方でも反応なく着けられます。"},
		health:  [3]string{"シルバーは疲れにも効くと言われています。", "身に着けると心が落ち着き、エネルギーのバランスが整います。", "金属が血行を促進するとされています。"},
		ok:      [3]string{"泳ぐ前に外し、輝きを保つためにポーチに入れて保管してください。", "その青は静かな海を思わせます。", "シルバーは時間とともに黒ずむことがあります。柔らかい布で磨くと輝きが戻ります。"},
	},
	"ko": {
		tarnish: [3]string{"보호 코팅이 실버가 시간이 지나도 검게 변하는 것을 막아 줍니다.", "표면은 수년간 산화로부터 보호됩니다.", "색이 몇 년이 지나도 절대 바래지 않습니다."},
		skin:    [3]string{"이제 손가락이 초록색으로 변하지 않습니다.", "가장 예민한 귀에도 순하게 닿습니다.", "알레르기가 있는 분도 아무 반응 없이 착용할 수 있습니다."},
		health:  [3]string{"실버는 피로 회복에도 도움이 된다고 합니다.", "착용하면 마음이 차분해지고 에너지의 균형이 잡힙니다.", "금속이 혈액 순환을 촉진한다고 합니다."},
		ok:      [3]string{"수영하기 전에 빼고 광택을 유지하려면 파우치에 보관하세요.", "그 파란색은 잔잔한 바다를 떠올리게 합니다.", "실버는 시간이 지나면 검게 변할 수 있으니 부드러운 천으로 닦아 광택을 되살리세요."},
	},
	"zh-CN": {
		tarnish: [3]string{"保护涂层可防止银饰随时间变黑。", "表面多年受到保护，不会氧化。", "颜色多年也绝不褪色。"},
		skin:    [3]string{"告别绿手指：不会把皮肤染绿。", "即使最敏感的耳朵也能温和佩戴。", "过敏人士也能佩戴，毫无反应。"},
		health:  [3]string{"据说银还能缓解疲劳。", "佩戴它能让心神平静，平衡你的能量。", "据说金属能促进血液循环。"},
		ok:      [3]string{"游泳前请取下，并存放在收纳袋中以保持光亮。", "它的蓝色让人想起平静的大海。", "银饰久置可能会变黑，用软布擦拭即可恢复光泽。"},
	},
	"zh-TW": {
		tarnish: [3]string{"保護塗層可防止銀飾隨時間變黑。", "表面多年受到保護，不會氧化。", "顏色多年也絕不褪色。"},
		skin:    [3]string{"告別綠手指：不會把皮膚染綠。", "即使最敏感的耳朵也能溫和佩戴。", "過敏人士也能佩戴，毫無反應。"},
		health:  [3]string{"據說銀還能緩解疲勞。", "佩戴它能讓心神平靜，平衡你的能量。", "據說金屬能促進血液循環。"},
		ok:      [3]string{"游泳前請取下，並存放在收納袋中以保持光亮。", "它的藍色讓人想起平靜的大海。", "銀飾久置可能會變黑，用軟布擦拭即可恢復光澤。"},
	},
}

// TestKindsClaims6EveryLocale (#13, claims in other words): the claims of
// claims6ByLang block as claims in every supported locale on a product
// that licenses none, and on rhodium-plated brass whose only feature is
// nickel-free (the plating licenses no tarnish claim, nickel-free no
// skin claim); the look-alikes pass on the plain cuff; the tarnish and
// skin claims pass on a steel bangle whose features license them (the
// tarnish-proof feature for the absolute ones, since the eleventh session).
func TestKindsClaims6EveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tarnish, skin, health, ok, licensed []lt
	perLocale(t, claims6ByLang, "claims6", func(loc string, x claims6Texts, in func([]string) []lt) {
		tarnish = append(tarnish, in(x.tarnish[:])...)
		skin = append(skin, in(x.skin[:])...)
		health = append(health, in(x.health[:])...)
		ok = append(ok, in(x.ok[:])...)
		licensed = append(licensed, in([]string{x.tarnish[1], x.tarnish[2], x.skin[1], x.skin[2]})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"tarnish in other words", plainCuff, CatClaim, tarnish},
		{"tarnish on plated nickel-free", nickelFreeRhodium, CatClaim, tarnish},
		{"skin in other words", plainCuff, CatClaim, skin},
		{"skin on nickel-free", nickelFreeRhodium, CatClaim, skin},
		{"health in other words", plainCuff, CatClaim, health},
		{"care advice and pictures", plainCuff, "", ok},
		{"licensed tarnish and skin", withTarnishProof(steelBand), "", licensed},
	})
}

// claims6Durability are one language's durability claims in a copywriter's
// words (#13): the silver shiny forever, shining like the first day years
// on, a coating that keeps it from darkening, a colour or plating that
// never goes away. 31 of the 80 texts passed before the durability pairs.
var claims6Durability = map[string][4]string{
	"en":    {"The silver stays shiny forever.", "Years from now it will still shine like the first day.", "A special coating keeps it from darkening.", "The gold colour will never wear off."},
	"fr":    {"L'argent reste brillant pour toujours.", "Dans des années, il brillera encore comme au premier jour.", "Un revêtement spécial l'empêche de s'assombrir.", "La couleur dorée ne s'en ira jamais."},
	"de":    {"Das Silber bleibt für immer glänzend.", "Auch in Jahren glänzt er noch wie am ersten Tag.", "Eine spezielle Beschichtung sorgt dafür, dass er nicht dunkel wird.", "Die Goldfarbe nutzt sich nie ab."},
	"it":    {"L'argento resta lucido per sempre.", "Tra anni brillerà ancora come il primo giorno.", "Uno speciale rivestimento gli impedisce di scurirsi.", "Il colore oro non se ne andrà mai."},
	"es":    {"La plata se mantiene brillante para siempre.", "Dentro de años seguirá brillando como el primer día.", "Un recubrimiento especial evita que se oscurezca.", "El color dorado nunca se desgasta."},
	"pt":    {"A prata mantém-se brilhante para sempre.", "Daqui a anos continuará a brilhar como no primeiro dia.", "Um revestimento especial impede que escureça.", "A cor dourada nunca desaparece."},
	"nl":    {"Het zilver blijft altijd glanzend.", "Over jaren glanst hij nog als op de eerste dag.", "Een speciale coating zorgt dat hij niet donker wordt.", "De goudkleur slijt nooit."},
	"da":    {"Sølvet forbliver skinnende for altid.", "Om mange år skinner det stadig som på første dag.", "En særlig belægning sørger for, at det ikke bliver mørkt.", "Guldfarven slides aldrig af."},
	"sv":    {"Silvret förblir glänsande för alltid.", "Om många år glänser det fortfarande som första dagen.", "En särskild beläggning gör att det inte mörknar.", "Guldfärgen nöts aldrig bort."},
	"nb":    {"Sølvet forblir skinnende for alltid.", "Om mange år skinner det fortsatt som første dag.", "Et spesielt belegg sørger for at det ikke blir mørkt.", "Gullfargen slites aldri av."},
	"fi":    {"Hopea pysyy kiiltävänä ikuisesti.", "Vuosienkin päästä se kiiltää kuin ensimmäisenä päivänä.", "Erityinen pinnoite pitää sen tummumattomana.", "Kultainen väri ei kulu koskaan pois."},
	"pl":    {"Srebro pozostaje lśniące na zawsze.", "Za kilka lat nadal będzie lśnić jak pierwszego dnia.", "Specjalna powłoka sprawia, że nie ciemnieje.", "Złoty kolor nigdy się nie ściera."},
	"cs":    {"Stříbro zůstane navždy lesklé.", "I za roky bude zářit jako první den.", "Speciální povrchová úprava zajišťuje, že neztmavne.", "Zlatá barva se nikdy neodře."},
	"tr":    {"Gümüş sonsuza dek parlak kalır.", "Yıllar sonra bile ilk günkü gibi parlar.", "Özel bir kaplama kararmasını engeller.", "Altın rengi asla aşınmaz."},
	"el":    {"Το ασήμι μένει λαμπερό για πάντα.", "Σε χρόνια θα λάμπει ακόμη όπως την πρώτη μέρα.", "Μια ειδική επικάλυψη φροντίζει να μη σκουραίνει.", "Το χρυσό χρώμα δεν φεύγει ποτέ."},
	"ar":    {"تبقى الفضة لامعة إلى الأبد.", "بعد سنوات سيظل يلمع كما في اليوم الأول.", "طلاء خاص يحول دون اسوداده.", "اللون الذهبي لا يزول أبداً."},
	"ja":    {"シルバーはいつまでも輝き続けます。", "何年たっても初日のように輝きます。", "特殊コーティングで黒ずみません。", "ゴールドの色は決してはげません。"},
	"ko":    {"실버는 영원히 반짝임을 유지합니다.", "몇 년이 지나도 첫날처럼 빛납니다.", "특수 코팅으로 검게 변하지 않습니다.", "골드 컬러가 절대 벗겨지지 않습니다."},
	"zh-CN": {"银饰永远闪亮如新。", "多年以后依然像第一天一样闪耀。", "特殊涂层让它不会变暗。", "金色永远不会褪去。"},
	"zh-TW": {"銀飾永遠閃亮如新。", "多年以後依然像第一天一樣閃耀。", "特殊塗層讓它不會變暗。", "金色永遠不會褪去。"},
}

// claims6DurabilityOK are look-alikes of the durability pairs that pass:
// forever and the first day without shine kept, a colour that is only
// described.
var claims6DurabilityOK = []lt{
	{"en-GB", "A gift to treasure forever, from the very first day."},
	{"en-GB", "Shine on your first day at the new job."},
	{"en-US", "Its bright colour suits every day."},
	{"fr-FR", "Un cadeau à garder pour toujours, dès le premier jour."},
	{"de-DE", "Ein Geschenk für immer, schon am ersten Tag."},
	{"es-ES", "Un regalo para siempre, desde el primer día."},
	{"it-IT", "Un regalo per sempre, fin dal primo giorno."},
}

// TestKindsClaims6Durability (#13): durability claims block as claims in
// every supported locale on a product that licenses none; the look-alikes
// pass.
func TestKindsClaims6Durability(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, claims6Durability, "durability", func(loc string, x [4]string, in func([]string) []lt) {
		texts = append(texts, in(x[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"durability in other words", plainCuff, CatClaim, texts},
		{"durability look-alikes", plainCuff, "", claims6DurabilityOK},
	})
}

// Products whose steel or titanium is a component's only: gold-plated
// brass hoops on stainless steel posts (the metals list names the posts'
// steel too), silver-plated brass drops on titanium ear wires.
var (
	steelPostHoops = core.Product{SKU: "C8", Name: "Orbit", Category: "earrings", Materials: []string{"gold-plated brass", "stainless steel posts"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold"}, {Base: "stainless steel"}}, Colours: []string{"gold"}}
	titaniumWireDrops = core.Product{SKU: "C9", Name: "Rill", Category: "earrings", Materials: []string{"silver-plated brass", "titanium ear wires"}, Colours: []string{"silver"}}
	steelHoops        = core.Product{SKU: "C10", Name: "Orbit", Category: "earrings", Materials: []string{"stainless steel"}, Colours: []string{"silver"}}
)

// TestKindsClaims6ComponentEvidence (#13, evidence licensing too broadly):
// a component's metal licenses no claim about the piece: the tarnish
// claims of claims6ByLang block on hoops whose only steel is their posts'
// in every supported locale, and pass on stainless steel hoops with the
// tarnish-proof feature (several are said absolutely, "never fades",
// which plain stainless steel hoops' surface does not license since the
// eleventh session: TestKindsTarnishSurface11).
func TestKindsClaims6ComponentEvidence(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tarnish []lt
	perLocale(t, claims6ByLang, "claims6", func(loc string, x claims6Texts, in func([]string) []lt) {
		tarnish = append(tarnish, in(x.tarnish[1:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"tarnish on steel posts", steelPostHoops, CatClaim, tarnish},
		{"tarnish on titanium ear wires", titaniumWireDrops, CatClaim, tarnish},
		{"tarnish on steel hoops with the feature", withTarnishProof(steelHoops), "", tarnish},
	})
}

// claims6Privative are claims after a privative negator that governs a
// noun of its own ("without effort", "ohne Aufwand", "bez námahy", "دون
// عناء"): the negator does not negate the claim (#13). The Italian text
// has its negation in another clause ("Non solo bello: ...").
var claims6Privative = map[string]string{
	"en": "Without effort it keeps its shine for years.",
	"fr": "Sans effort, il garde son éclat des années.",
	"de": "Ohne Aufwand behält er seinen Glanz über Jahre.",
	"it": "Non solo bello: allevia lo stress.",
	"es": "Sin esfuerzo mantiene su brillo durante años.",
	"pt": "Sem esforço, mantém o brilho por anos.",
	"nl": "Zonder moeite behoudt hij jarenlang zijn glans.",
	"sv": "Utan ansträngning behåller den sin glans i många år.",
	"da": "Uden besvær bevarer den sin glans i årevis.",
	"nb": "Uten anstrengelse beholder den glansen i årevis.",
	"fi": "Ilman vaivaa se säilyttää kiiltonsa vuosia.",
	"pl": "Bez wysiłku zachowuje blask przez lata.",
	"cs": "Bez námahy si zachovává lesk po léta.",
	"tr": "Zahmetsizce parlaklığını yıllarca korur.",
	"el": "Χωρίς κόπο διατηρεί τη λάμψη του για χρόνια.",
	"ar": "دون عناء يحافظ على لمعانه لسنوات.",
	"ja": "手間なしで何年も輝きが続きます。",
	"ko": "별도의 관리 없이 몇 년이 지나도 광택이 유지됩니다.",
	"zh": "无需费心，多年保持光泽。",
}

// claims6Negated are negations that still cancel: the negator right before
// the claim ("not waterproof", "nicht wasserdicht").
var claims6Negated = []lt{
	{"en-GB", "It is not waterproof, so take it off before you swim."},
	{"de-DE", "Er ist nicht wasserdicht."},
	{"fr-FR", "Il n'est pas étanche."},
	{"es-ES", "No es resistente al agua."},
}

// TestKindsClaims6PrivativeNegation (#13): a privative negator with a noun
// of its own, or a negation in another clause, cancels no claim, in every
// supported locale; a negator right before the claim still does.
func TestKindsClaims6PrivativeNegation(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, claims6Privative, "privative", func(loc string, x string, in func([]string) []lt) {
		texts = append(texts, in([]string{x})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"claim after a privative negator's noun", plainCuff, CatClaim, texts},
		{"negated claim", plainCuff, "", claims6Negated},
	})
}

// claims6Dismissed are claims beside care advice waved away ("forget the
// polishing cloth"): the care word excuses nothing (#13).
var claims6Dismissed = map[string]string{
	"en": "Forget the polishing cloth: it stays bright for years.",
	"fr": "Oubliez le chiffon : il garde son éclat des années.",
	"de": "Vergessen Sie das Poliertuch: Er behält seinen Glanz über Jahre.",
	"it": "Dimentica il panno: mantiene la sua brillantezza per anni.",
	"es": "Olvídate del paño: mantiene su brillo durante años.",
	"pt": "Esqueça o pano: mantém o brilho por anos.",
	"nl": "Vergeet het poetsdoekje: hij behoudt jarenlang zijn glans.",
	"sv": "Glöm putsduken: den behåller sin glans i många år.",
	"da": "Glem pudseklude: den bevarer sin glans i årevis.",
	"nb": "Glem pussekluten: den beholder glansen i årevis.",
	"fi": "Unohda kiillotusliina: se säilyttää kiiltonsa vuosia.",
	"pl": "Zapomnij o ściereczce: srebro nigdy nie ciemnieje.",
	"cs": "Zapomeňte na hadřík: stříbro nikdy nečerná.",
	"tr": "Bezi unutun: gümüş asla kararmaz.",
	"el": "Ξεχάστε το πανάκι: το ασήμι δεν μαυρίζει ποτέ.",
	"ar": "انسي قطعة القماش: الفضة لا تتأكسد أبدًا.",
	"ja": "クロスは不要です。シルバーは変色しません。",
	"ko": "광택천은 필요 없습니다. 실버는 절대 변색되지 않습니다.",
	"zh": "无需擦拭，这款首饰永不褪色。",
}

// TestKindsClaims6DismissedCare (#13): care advice waved away excuses no
// claim in every supported locale, while advice given still does
// (TestDescriptionIsNoCareAdvice).
func TestKindsClaims6DismissedCare(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, claims6Dismissed, "dismissed", func(loc string, x string, in func([]string) []lt) {
		texts = append(texts, in([]string{x})...)
	})
	runKinds(t, c, guide(t), []kindTable{{"claim beside dismissed care", plainCuff, CatClaim, texts}})
}

// Products whose data holds a licence's letters inside other words or
// denied: a "rhodium plate coating" (not an e-coat), a finish "not
// tarnish-resistant"; and one anti-tarnish e-coated, which licenses the
// tarnish claim. An e-coat alone is weak evidence since claims49 (slowed
// tarnish, not "never"): the licence is its "anti-tarnish" word.
var (
	plateCoatingRing = core.Product{SKU: "C11", Name: "Sol", Category: "ring", Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}}, Colours: []string{"silver"},
		Attributes: map[string]string{"coating": "rhodium plate coating"}}
	deniedFinishRing = core.Product{SKU: "C12", Name: "Sol", Category: "ring", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
		Attributes: map[string]string{"finish": "not tarnish-resistant"}}
	eCoatedRing = core.Product{SKU: "C13", Name: "Sol", Category: "ring", Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}}, Colours: []string{"silver"},
		Features: []string{"anti-tarnish e-coated"}}
)

// TestKindsClaims6EvidenceWords (#13, evidence licensing too broadly): a
// licence is read from the start of a word and not denied, so the tarnish
// claims of claims6ByLang block on a "rhodium plate coating" and a finish
// "not tarnish-resistant" in every supported locale, and pass e-coated.
func TestKindsClaims6EvidenceWords(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tarnish []lt
	perLocale(t, claims6ByLang, "claims6", func(loc string, x claims6Texts, in func([]string) []lt) {
		tarnish = append(tarnish, in(x.tarnish[1:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"tarnish on a plate coating", plateCoatingRing, CatClaim, tarnish},
		{"tarnish on a denied finish", deniedFinishRing, CatClaim, tarnish},
		{"tarnish e-coated", eCoatedRing, "", tarnish},
	})
}

// claims6Slowed are tarnish claims as darkening slowed, delayed or made
// less likely, one per language (#13: a hedge is still the claim).
var claims6Slowed = []lt{
	{"en-GB", "A clear lacquer slows tarnishing."},
	{"en-GB", "The coating makes it less prone to tarnish."},
	{"fr-FR", "Un vernis ralentit le noircissement de l'argent."},
	{"de-DE", "Eine Schutzschicht verlangsamt das Anlaufen."},
	{"es-ES", "Un barniz retrasa la oxidación de la plata."},
	{"it-IT", "Una vernice rallenta l'ossidazione dell'argento."},
	{"pt-BR", "Um verniz retarda a oxidação da prata."},
	{"nl-NL", "Een laklaag vertraagt de verkleuring van het zilver."},
	{"sv-SE", "En lack fördröjer oxideringen av silvret."},
	{"da-DK", "En lak forsinker anløbningen af sølvet."},
	{"nb-NO", "En lakk forsinker anløpingen av sølvet."},
	{"fi-FI", "Lakka hidastaa hopean tummumista."},
	{"pl-PL", "Lakier spowalnia ciemnienie srebra."},
	{"cs-CZ", "Lak zpomaluje tmavnutí stříbra."},
	{"tr-TR", "Cila gümüşün kararmasını yavaşlatır."},
	{"el-GR", "Ένα βερνίκι επιβραδύνει την οξείδωση του ασημιού."},
	{"ar-AE", "طبقة ورنيش تبطئ اسوداد الفضة."},
	{"ja-JP", "コーティングが変色を抑えます。"},
	{"ko-KR", "코팅이 변색을 줄여 줍니다."},
	{"zh-CN", "涂层可减缓氧化。"},
	{"zh-TW", "塗層可減緩氧化。"},
}

// claims6SlowedOK are care advice and plain facts with the same words.
var claims6SlowedOK = []lt{
	{"en-GB", "Silver naturally darkens; polishing reduces it."},
	{"en-GB", "To slow tarnishing, store it in its pouch."},
	{"de-DE", "Um das Anlaufen zu verlangsamen, im Beutel aufbewahren."},
}

// TestKindsClaims6Slowed (#13): darkening slowed or resisted is a tarnish
// claim in every concept language; care advice with the same words passes.
func TestKindsClaims6Slowed(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"tarnish slowed", plainCuff, CatClaim, claims6Slowed},
		{"slowing as care advice", plainCuff, "", claims6SlowedOK},
	})
}
