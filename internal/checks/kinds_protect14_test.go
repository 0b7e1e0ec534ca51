package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of protect14: a St Christopher medal (copy about it may name the
// patron saint of travellers, never promise protection or luck) and a
// ladybird charm whose keywords say "lucky charm" (the charm may be called
// one: "un petit porte-bonheur", "Glücksbringer", "portafortuna").
var (
	medal14 = core.Product{SKU: "P14c03", Name: "St Christopher Medal Necklace", Category: "necklace", Collection: "Heritage",
		Materials: []string{"9ct yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9ct"}}, Colours: []string{"yellow gold"},
		Features:  []string{"St Christopher motif", "belcher chain", "spring-ring clasp", "engravable plain reverse"},
		Occasions: []string{"travel", "christening", "leaving gift"}, Keywords: []string{"St Christopher necklace", "travel gift", "saint medal"}}
	charm14 = core.Product{SKU: "P14d09", Name: "Ladybird Charm", Category: "charm", Collection: "Moments",
		Materials: []string{"sterling silver", "enamel"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"red", "black", "silver"},
		Features:  []string{"red and black enamel", "seven black spots", "hand-applied enamel", "fits Aurelia charm bracelets"},
		Occasions: []string{"birthday", "spring"}, Keywords: []string{"ladybird charm", "ladybug charm", "nature charm", "lucky charm"}}
)

// TestKindsProtect14: protection and luck promised by a talisman or a
// devotional piece are health claims (#13, the fourteenth session: "it
// keeps you safe from harm on every journey" on a St Christopher medal, tr
// "takan kişiyi her yolculukta kazalardan korur", ja
// "幸運と心の安定をもたらすと言われています" passed; FTC Act section 5, EU UCPD
// 2005/29/EC Annex I no. 17, UK CAP Code 12.1). Protection from harm,
// accidents, danger and the evil eye, luck, prosperity and peace of mind
// brought, hedged or not, block in every language (concepts-protect14.yaml);
// the patron saint of travellers, a symbol of luck and a traditional gift
// pass. A lucky-charm noun ("un petit porte-bonheur", "Glücksbringer",
// "amuleto de la suerte") is the name of the object on a product whose data
// say charm (concept lucky_charm, evidence keywords, name or category), and
// still blocks on the medal; the charm said to bring luck blocks on the
// charm too.
func TestKindsProtect14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range []struct {
		locale, text string
		p            core.Product
		block        bool
	}{
		{"en-GB", "Worn close to the heart, it keeps you safe from harm on every journey.", medal14, true},
		{"en-GB", "This medal protects the wearer from accidents on every trip.", medal14, true},
		{"en-GB", "It is said to bring the wearer good luck and peace of mind.", medal14, true},
		{"en-GB", "According to tradition, it brings luck and prosperity to whoever wears it.", medal14, true},
		{"en-GB", "It shields you from the evil eye.", medal14, true},
		{"en-GB", "It is believed to keep travellers safe on the road.", medal14, true},
		{"en-GB", "St Christopher is the patron saint of travellers, which makes this a classic gift before a journey.", medal14, false},
		{"en-GB", "A traditional gift before a long journey or a christening.", medal14, false},
		{"en-GB", "The medal shows the saint carrying the Christ Child across a river.", medal14, false},
		{"de-DE", "Nah am Herzen getragen, beschützt es dich auf jeder Reise vor Unheil.", medal14, true},
		{"de-DE", "Das Medaillon schützt seinen Träger vor Unfällen auf jeder Reise.", medal14, true},
		{"de-DE", "Es soll seinem Träger Glück und inneren Frieden bringen.", medal14, true},
		{"de-DE", "Der Überlieferung nach bringt es Glück und Wohlstand.", medal14, true},
		{"de-DE", "Es schützt vor dem bösen Blick.", medal14, true},
		{"de-DE", "Der heilige Christophorus ist der Schutzpatron der Reisenden, ein klassisches Geschenk vor einer Reise.", medal14, false},
		{"de-DE", "Ein traditionelles Geschenk zur Taufe oder vor einer langen Reise.", medal14, false},
		{"fr-FR", "Porté près du cœur, il vous protège de tout danger à chaque voyage.", medal14, true},
		{"fr-FR", "Cette médaille protège celui qui la porte des accidents de la route.", medal14, true},
		{"fr-FR", "On dit qu'elle apporte chance et sérénité à celui qui la porte.", medal14, true},
		{"fr-FR", "Selon la tradition, elle porte bonheur et attire la prospérité.", medal14, true},
		{"fr-FR", "Elle éloigne le mauvais œil.", medal14, true},
		{"fr-FR", "Saint Christophe est le saint patron des voyageurs : un cadeau classique avant un départ.", medal14, false},
		{"fr-FR", "Un cadeau traditionnel pour un baptême ou avant un long voyage.", medal14, false},
		{"es-ES", "Llevada cerca del corazón, te protege de todo mal en cada viaje.", medal14, true},
		{"es-ES", "Esta medalla protege a quien la lleva de los accidentes en la carretera.", medal14, true},
		{"es-ES", "Se dice que trae buena suerte y paz interior a quien la lleva.", medal14, true},
		{"es-ES", "Según la tradición, atrae la suerte y la prosperidad.", medal14, true},
		{"es-ES", "Protege contra el mal de ojo.", medal14, true},
		{"es-ES", "San Cristóbal es el patrón de los viajeros: un regalo clásico antes de un viaje.", medal14, false},
		{"es-ES", "Un regalo tradicional para un bautizo o antes de un largo viaje.", medal14, false},
		{"it-IT", "Portata vicino al cuore, ti protegge da ogni male in ogni viaggio.", medal14, true},
		{"it-IT", "Questa medaglia protegge chi la indossa dagli incidenti.", medal14, true},
		{"it-IT", "Si dice che porti fortuna e serenità a chi la indossa.", medal14, true},
		{"it-IT", "Secondo la tradizione, attira fortuna e prosperità.", medal14, true},
		{"it-IT", "Protegge dal malocchio.", medal14, true},
		{"it-IT", "San Cristoforo è il patrono dei viaggiatori: un regalo classico prima di una partenza.", medal14, false},
		{"pt-PT", "Usada junto ao coração, protege-o de todo o mal em cada viagem.", medal14, true},
		{"pt-PT", "Esta medalha protege quem a usa de acidentes na estrada.", medal14, true},
		{"pt-PT", "Diz-se que traz sorte e paz de espírito a quem a usa.", medal14, true},
		{"pt-PT", "Segundo a tradição, atrai sorte e prosperidade.", medal14, true},
		{"pt-PT", "Protege contra o mau-olhado.", medal14, true},
		{"pt-PT", "São Cristóvão é o padroeiro dos viajantes: um presente clássico antes de uma viagem.", medal14, false},
		{"nl-NL", "Dicht bij het hart gedragen, beschermt hij je tegen onheil op elke reis.", medal14, true},
		{"nl-NL", "Deze medaille beschermt de drager tegen ongelukken onderweg.", medal14, true},
		{"nl-NL", "Hij zou de drager geluk en gemoedsrust brengen.", medal14, true},
		{"nl-NL", "Volgens de traditie brengt hij geluk en voorspoed.", medal14, true},
		{"nl-NL", "Hij beschermt tegen het boze oog.", medal14, true},
		{"nl-NL", "Sint-Christoffel is de beschermheilige van reizigers: een klassiek cadeau voor vertrek.", medal14, false},
		{"da-DK", "Båret tæt på hjertet beskytter den dig mod ulykker på hver rejse.", medal14, true},
		{"da-DK", "Medaljen beskytter bæreren mod uheld på rejsen.", medal14, true},
		{"da-DK", "Den siges at bringe held og sindsro til den, der bærer den.", medal14, true},
		{"da-DK", "Ifølge traditionen bringer den lykke og velstand.", medal14, true},
		{"da-DK", "Den beskytter mod det onde øje.", medal14, true},
		{"da-DK", "Sankt Christoffer er de rejsendes skytshelgen, så det er en klassisk gave før en rejse.", medal14, false},
		{"nb-NO", "Båret nær hjertet beskytter den deg mot ulykker på hver reise.", medal14, true},
		{"nb-NO", "Medaljen beskytter den som bærer den, mot uhell.", medal14, true},
		{"nb-NO", "Den sies å bringe lykke og sinnsro til den som bærer den.", medal14, true},
		{"nb-NO", "Ifølge tradisjonen bringer den hell og velstand.", medal14, true},
		{"nb-NO", "Sankt Kristoffer er de reisendes skytshelgen, en klassisk gave før en reise.", medal14, false},
		{"sv-SE", "Buren nära hjärtat skyddar den dig mot olyckor på varje resa.", medal14, true},
		{"sv-SE", "Medaljen skyddar bäraren från olyckor.", medal14, true},
		{"sv-SE", "Den sägs ge bäraren tur och sinnesro.", medal14, true},
		{"sv-SE", "Enligt traditionen för den med sig lycka och välstånd.", medal14, true},
		{"sv-SE", "Sankt Kristoffer är de resandes skyddshelgon, en klassisk present inför en resa.", medal14, false},
		{"fi-FI", "Sydämen lähellä kannettuna se suojelee sinua vahingoilta jokaisella matkalla.", medal14, true},
		{"fi-FI", "Mitali suojaa kantajaansa onnettomuuksilta.", medal14, true},
		{"fi-FI", "Sen sanotaan tuovan kantajalleen onnea ja mielenrauhaa.", medal14, true},
		{"fi-FI", "Perinteen mukaan se tuo onnea ja vaurautta.", medal14, true},
		{"fi-FI", "Pyhä Kristoforos on matkailijoiden suojeluspyhimys, joten mitali on perinteinen lahja ennen matkaa.", medal14, false},
		{"pl-PL", "Noszony blisko serca chroni cię przed nieszczęściem w każdej podróży.", medal14, true},
		{"pl-PL", "Medalik chroni noszącego przed wypadkami.", medal14, true},
		{"pl-PL", "Mówi się, że przynosi szczęście i spokój ducha.", medal14, true},
		{"pl-PL", "Według tradycji przynosi szczęście i dobrobyt.", medal14, true},
		{"pl-PL", "Chroni przed złym urokiem.", medal14, true},
		{"pl-PL", "Święty Krzysztof jest patronem podróżnych, dlatego to klasyczny prezent przed podróżą.", medal14, false},
		{"cs-CZ", "Nošený blízko srdce vás chrání před neštěstím na každé cestě.", medal14, true},
		{"cs-CZ", "Medailon chrání svého nositele před nehodami.", medal14, true},
		{"cs-CZ", "Říká se, že přináší štěstí a klid duše.", medal14, true},
		{"cs-CZ", "Podle tradice přináší štěstí a blahobyt.", medal14, true},
		{"cs-CZ", "Svatý Kryštof je patronem cestovatelů, proto je to klasický dárek před cestou.", medal14, false},
		{"el-GR", "Φορεμένο κοντά στην καρδιά, σας προστατεύει από κάθε κακό σε κάθε ταξίδι.", medal14, true},
		{"el-GR", "Το μενταγιόν προστατεύει αυτόν που το φορά από ατυχήματα.", medal14, true},
		{"el-GR", "Λέγεται ότι φέρνει τύχη και γαλήνη σε όποιον το φορά.", medal14, true},
		{"el-GR", "Σύμφωνα με την παράδοση, φέρνει καλή τύχη και ευημερία.", medal14, true},
		{"el-GR", "Προστατεύει από το κακό μάτι.", medal14, true},
		{"el-GR", "Ο Άγιος Χριστόφορος είναι ο προστάτης των ταξιδιωτών, γι' αυτό είναι ένα κλασικό δώρο πριν από ένα ταξίδι.", medal14, false},
		{"tr-TR", "Bu madalyon, takan kişiyi her yolculukta kazalardan korur.", medal14, true},
		{"tr-TR", "Kalbe yakın taşındığında sizi her türlü kötülükten korur.", medal14, true},
		{"tr-TR", "Takan kişiye şans ve huzur getirdiğine inanılır.", medal14, true},
		{"tr-TR", "Geleneğe göre bolluk ve bereket getirir.", medal14, true},
		{"tr-TR", "Nazara karşı korur.", medal14, true},
		{"tr-TR", "Aziz Kristof yolcuların koruyucu azizidir; yolculuk öncesi klasik bir hediye.", medal14, false},
		{"ar-AE", "عند ارتدائها قريبًا من القلب، تحميك من الأذى في كل رحلة.", medal14, true},
		{"ar-AE", "تحمي هذه الميدالية من يرتديها من الحوادث.", medal14, true},
		{"ar-AE", "يقال إنها تجلب الحظ السعيد وراحة البال لمن يرتديها.", medal14, true},
		{"ar-AE", "وفقًا للتقاليد، تجلب الرزق والبركة.", medal14, true},
		{"ar-AE", "تحمي من العين الحاسدة.", medal14, true},
		{"ar-AE", "القديس كريستوفر هو شفيع المسافرين، لذا فهي هدية تقليدية قبل السفر.", medal14, false},
		{"ja-JP", "身につける人に幸運と心の安定をもたらすと言われています。", medal14, true},
		{"ja-JP", "旅の安全を守り、事故から身を守ってくれます。", medal14, true},
		{"ja-JP", "持ち主を災いから守ってくれます。", medal14, true},
		{"ja-JP", "古くから金運を呼び込むとされています。", medal14, true},
		{"ja-JP", "聖クリストフォロスは旅人の守護聖人で、旅立ちの前の贈り物として定番です。", medal14, false},
		{"ko-KR", "착용한 사람에게 행운과 마음의 평화를 가져다준다고 합니다.", medal14, true},
		{"ko-KR", "모든 여행길에서 사고로부터 당신을 지켜 줍니다.", medal14, true},
		{"ko-KR", "나쁜 기운을 막아 준다고 알려져 있습니다.", medal14, true},
		{"ko-KR", "전통적으로 재물운을 불러온다고 합니다.", medal14, true},
		{"ko-KR", "성 크리스토퍼는 여행자의 수호성인으로, 여행 전 선물로 잘 알려져 있습니다.", medal14, false},
		{"zh-CN", "贴近心口佩戴，在每一次旅途中保佑你平安，远离意外。", medal14, true},
		{"zh-CN", "据说能为佩戴者带来好运和内心的平静。", medal14, true},
		{"zh-CN", "传统上认为它能招财纳福。", medal14, true},
		{"zh-CN", "可以辟邪挡灾。", medal14, true},
		{"zh-CN", "圣克里斯托弗是旅行者的守护圣人，是出行前的经典礼物。", medal14, false},
		{"zh-TW", "據說能為配戴者帶來好運與內心的平靜。", medal14, true},
		{"zh-TW", "保佑你旅途平安，遠離意外。", medal14, true},
		{"zh-TW", "聖克里斯多福是旅人的守護聖人，是出行前的經典禮物。", medal14, false},
		{"en-GB", "This charm brings good luck to whoever wears it.", charm14, true},
		{"en-GB", "A little lucky charm for her bracelet.", charm14, false},
		{"en-GB", "The ladybird is a symbol of luck in many countries.", charm14, false},
		{"fr-CA", "Elle porte chance à celle qui la porte.", charm14, true},
		{"fr-CA", "Une breloque nature, petit porte-bonheur à offrir, qui fait sourire.", charm14, false},
		{"fr-CA", "La coccinelle est un symbole de chance dans de nombreux pays.", charm14, false},
		{"fr-CA", "Un joli porte-bonheur pour son bracelet.", charm14, false},
		{"fr-FR", "Un petit porte-bonheur à glisser sur un bracelet.", charm14, false},
		{"de-DE", "Er bringt seiner Trägerin Glück.", charm14, true},
		{"de-DE", "Ein kleiner Glücksbringer für das Bettelarmband.", charm14, false},
		{"de-DE", "Der Marienkäfer ist in vielen Ländern ein Glückssymbol.", charm14, false},
		{"it-IT", "Porta fortuna a chi lo indossa.", charm14, true},
		{"it-IT", "Un piccolo portafortuna da regalare.", charm14, false},
		{"it-IT", "La coccinella è un simbolo di fortuna in molti paesi.", charm14, false},
		{"es-ES", "Atrae la buena suerte a quien lo lleva.", charm14, true},
		{"es-ES", "Un pequeño amuleto de la suerte para su pulsera.", charm14, false},
		{"es-ES", "La mariquita es símbolo de buena suerte en muchos países.", charm14, false},
		{"es-MX", "Un pequeño amuleto de la suerte para tu pulsera.", charm14, false},
		{"pt-BR", "Um pequeno amuleto da sorte para a sua pulseira.", charm14, false},
		{"pt-BR", "A joaninha é um símbolo de sorte em muitos países.", charm14, false},
		{"nl-NL", "Een kleine geluksbrenger voor je bedelarmband.", charm14, false},
		{"nl-NL", "Het lieveheersbeestje is in veel landen een symbool van geluk.", charm14, false},
		{"da-DK", "En lille lykkebringer til armbåndet.", charm14, false},
		{"da-DK", "Mariehønen er et symbol på held i mange lande.", charm14, false},
		{"nb-NO", "En liten lykkebringer til armbåndet.", charm14, false},
		{"nb-NO", "Marihøna er et symbol på lykke i mange land.", charm14, false},
		{"sv-SE", "En liten lyckobringare till armbandet.", charm14, false},
		{"sv-SE", "Nyckelpigan är en symbol för tur i många länder.", charm14, false},
		{"fi-FI", "Pieni onnenamuletti rannekoruun.", charm14, false},
		{"fi-FI", "Leppäkerttu on monessa maassa onnen symboli.", charm14, false},
		{"pl-PL", "Mały talizman na szczęście do bransoletki.", charm14, false},
		{"pl-PL", "Biedronka jest w wielu krajach symbolem szczęścia.", charm14, false},
		{"cs-CZ", "Malý talisman pro štěstí na náramek.", charm14, false},
		{"cs-CZ", "Beruška je v mnoha zemích symbolem štěstí.", charm14, false},
		{"el-GR", "Ένα μικρό γούρι για το βραχιόλι σας.", charm14, false},
		{"el-GR", "Η πασχαλίτσα είναι σύμβολο καλής τύχης σε πολλές χώρες.", charm14, false},
		{"tr-TR", "Bilekliğiniz için küçük bir şans tılsımı.", charm14, false},
		{"tr-TR", "Uğur böceği birçok ülkede şans sembolüdür.", charm14, false},
		{"ar-AE", "الدعسوقة رمز للحظ السعيد في كثير من البلدان.", charm14, false},
		{"ja-JP", "ブレスレットに付ける小さなラッキーチャーム。", charm14, false},
		{"ja-JP", "てんとう虫は多くの国で幸運のシンボルです。", charm14, false},
		{"ko-KR", "팔찌에 다는 작은 행운의 참입니다.", charm14, false},
		{"ko-KR", "무당벌레는 많은 나라에서 행운의 상징입니다.", charm14, false},
		{"zh-CN", "一枚小小的幸运符，适合挂在手链上。", charm14, false},
		{"zh-CN", "七星瓢虫在许多国家是幸运的象征。", charm14, false},
		{"fr-FR", "Un petit porte-bonheur pour ses voyages.", medal14, true},
		{"de-DE", "Ein kleiner Glücksbringer für jede Reise.", medal14, true},
		{"it-IT", "Un piccolo portafortuna per ogni viaggio.", medal14, true},
		{"es-ES", "Un pequeño amuleto de la suerte para cada viaje.", medal14, true},
		{"nl-NL", "Een kleine geluksbrenger voor elke reis.", medal14, true},
		{"el-GR", "Ένα μικρό γούρι για κάθε ταξίδι.", medal14, true},
		{"tr-TR", "Her yolculuk için küçük bir şans tılsımı.", medal14, true},
		{"fr-FR", "Elle porte bonheur à celle qui la porte.", charm14, true},
		{"pl-PL", "Przynosi szczęście każdemu, kto ją nosi.", charm14, true},
		{"ja-JP", "身につける人に幸運をもたらすと言われています。", charm14, true},
		{"zh-CN", "据说能为佩戴者带来好运。", charm14, true},
	} {
		blocked, fs := blockedIn(t, svc, CatClaim, r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q on %s: claim block %v, want %v: %s", r.locale, r.text, r.p.Name, blocked, r.block, describe(fs, "", r.text))
		}
	}
}
