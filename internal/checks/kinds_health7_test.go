package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// moonPendant is a silver pendant with one moonstone and no feature that
// licenses a claim; hypoPendant is the same pendant whose features say
// hypoallergenic; evilEyePendant is the pendant in blue enamel; moonStuds are silver earrings with two moonstones (#13,
// health7).
var (
	moonPendant = core.Product{SKU: "H7", Name: "Luna", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver", "white"}, Stones: []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: core.OriginNatural}}}
	hypoPendant = core.Product{SKU: "H8", Name: "Luna", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver", "white"}, Stones: []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Features: []string{"hypoallergenic", "nickel-free"}}
	evilEyePendant = core.Product{SKU: "H10", Name: "Nazar", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Materials: []string{"sterling silver", "enamel"}, Colours: []string{"silver", "blue", "white"},
		Stones: []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: core.OriginNatural}}}
	moonStuds = core.Product{SKU: "H9", Name: "Luna", Category: "earrings", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver", "white"}, Stones: []core.Stone{{Type: "moonstone", Colour: "white", Count: 2, Origin: core.OriginNatural}}}
)

// health7Texts are one language's metaphysical, health and skin claims by
// kind, as a copywriter words them (#13, health7), and their publishable
// twins. health: a talisman or amulet of protection, clarity of mind
// promoted, the heart opened to love, a "stone of" a virtue or a life
// event, energy balanced, anxiety soothed, luck and healing brought behind
// a hedge, a grounding crystal. skin: kind to sensitive skin, no
// irritation, allergy sufferers, gentle on delicate ears, suitable with a
// metal allergy. ok: named after the moon, a gift for new beginnings (an
// occasion), a piece to fall in love with, calm tones, a protective
// setting, a locket that opens, sensitive to scratches (care advice).
type health7Texts struct {
	health [8]string
	skin   [5]string
	ok     [7]string
}

var health7ByLang = map[string]health7Texts{
	"en": {
		health: [8]string{"Worn close, it is a talisman of protection.", "The stone promotes clarity of mind.", "It opens the heart to love.", "This is a stone of new beginnings.", "It balances your energy.", "The stone soothes anxiety.", "It is said to bring luck and healing.", "A grounding crystal for every day."},
		skin:   [5]string{"Kind to sensitive skin.", "It won't irritate your skin.", "Safe for allergy sufferers.", "Gentle on delicate ears.", "Suitable for those with metal allergies."},
		ok:     [7]string{"Named after the moon, it glows softly.", "A gift for new beginnings.", "A piece to fall in love with.", "Calm blue tones for every day.", "A protective bezel setting holds the stone.", "The heart locket opens to hold a photo.", "The stone is sensitive to scratches, so store it apart."},
	},
	"fr": {
		health: [8]string{"Porté près du corps, c'est un talisman de protection.", "La pierre favorise la clarté d'esprit.", "Elle ouvre le cœur à l'amour.", "C'est une pierre des nouveaux départs.", "Elle harmonise votre énergie.", "La pierre apaise l'anxiété.", "On dit qu'elle apporte chance et guérison.", "Un cristal d'ancrage pour tous les jours."},
		skin:   [5]string{"Douce pour les peaux sensibles.", "Elle n'irrite pas la peau.", "Convient aux personnes allergiques.", "Délicate avec les oreilles fragiles.", "Adaptée aux personnes allergiques aux métaux."},
		ok:     [7]string{"Elle doit son nom à la lune.", "Un cadeau pour les nouveaux départs.", "Un bijou dont on tombe amoureuse.", "Des tons bleus apaisants pour tous les jours.", "Un serti clos protecteur maintient la pierre.", "Le médaillon cœur s'ouvre pour accueillir une photo.", "La pierre est sensible aux rayures : rangez-la à part."},
	},
	"de": {
		health: [8]string{"Der Stein gilt als Talisman des Schutzes.", "Der Stein fördert die Klarheit des Geistes.", "Er öffnet das Herz für die Liebe.", "Er ist ein Stein des Neubeginns.", "Er harmonisiert Ihre Energie.", "Der Stein lindert Ängste.", "Er soll Glück und Heilung bringen.", "Ein erdender Kristall für jeden Tag."},
		skin:   [5]string{"Sanft zu empfindlicher Haut.", "Er reizt die Haut nicht.", "Sicher für Allergiker.", "Schonend für zarte Ohren.", "Geeignet für Menschen mit Metallallergie."},
		ok:     [7]string{"Benannt nach dem Mond.", "Ein Geschenk für Neuanfänge.", "Ein Stück zum Verlieben.", "Ruhige Blautöne für jeden Tag.", "Eine schützende Zargenfassung hält den Stein.", "Das Herzmedaillon lässt sich öffnen und nimmt ein Foto auf.", "Der Stein ist kratzempfindlich, bitte separat aufbewahren."},
	},
	"it": {
		health: [8]string{"È un talismano di protezione.", "La pietra favorisce la chiarezza mentale.", "Apre il cuore all'amore.", "È una pietra dei nuovi inizi.", "Armonizza la tua energia.", "La pietra allevia l'ansia.", "Si dice che porti fortuna e guarigione.", "Un cristallo di radicamento per ogni giorno."},
		skin:   [5]string{"Delicato sulle pelli sensibili.", "Non irrita la pelle.", "Sicuro per chi soffre di allergie.", "Delicato con le orecchie delicate.", "Adatto a chi è allergico ai metalli."},
		ok:     [7]string{"Prende il nome dalla luna.", "Un regalo per i nuovi inizi.", "Un gioiello di cui innamorarsi.", "Calmi toni di blu per ogni giorno.", "Un castone protettivo trattiene la pietra.", "Il medaglione a cuore si apre per contenere una foto.", "La pietra è sensibile ai graffi: conservala a parte."},
	},
	"es": {
		health: [8]string{"Es un talismán de protección.", "La piedra favorece la claridad mental.", "Abre el corazón al amor.", "Es una piedra de nuevos comienzos.", "Armoniza tu energía.", "La piedra calma la ansiedad.", "Se dice que trae suerte y sanación.", "Un cristal de enraizamiento para cada día."},
		skin:   [5]string{"Suave con la piel sensible.", "No irrita la piel.", "Apto para personas alérgicas.", "Delicado con las orejas delicadas.", "Adecuado para quienes tienen alergia a los metales."},
		ok:     [7]string{"Su nombre viene de la luna.", "Un regalo para nuevos comienzos.", "Una pieza de la que enamorarse.", "Tonos azules serenos para cada día.", "Un engaste protector sujeta la piedra.", "El guardapelo de corazón se abre para guardar una foto.", "La piedra es sensible a los arañazos: guárdala aparte."},
	},
	"pt": {
		health: [8]string{"É um talismã de proteção.", "A pedra favorece a clareza mental.", "Abre o coração para o amor.", "É uma pedra de novos começos.", "Harmoniza a sua energia.", "A pedra acalma a ansiedade.", "Diz-se que traz sorte e cura.", "Um cristal de enraizamento para todos os dias."},
		skin:   [5]string{"Suave para peles sensíveis.", "Não irrita a pele.", "Seguro para quem tem alergias.", "Delicado com orelhas sensíveis.", "Indicado para quem tem alergia a metais."},
		ok:     [7]string{"O nome vem da lua.", "Um presente para novos começos.", "Uma peça para se apaixonar.", "Tons de azul calmos para todos os dias.", "Um engaste protetor segura a pedra.", "O medalhão de coração abre para guardar uma foto.", "A pedra é sensível a riscos: guarde-a separada."},
	},
	"nl": {
		health: [8]string{"Het is een talisman ter bescherming.", "De steen bevordert helderheid van geest.", "Hij opent het hart voor de liefde.", "Het is een steen van nieuw begin.", "Hij harmoniseert je energie.", "De steen verzacht angst.", "Er wordt gezegd dat hij geluk en genezing brengt.", "Een aardend kristal voor elke dag."},
		skin:   [5]string{"Zacht voor de gevoelige huid.", "Hij irriteert de huid niet.", "Veilig voor mensen met allergieën.", "Zacht voor tere oren.", "Geschikt voor mensen met een metaalallergie."},
		ok:     [7]string{"Vernoemd naar de maan.", "Een cadeau voor een nieuw begin.", "Een sieraad om verliefd op te worden.", "Rustige blauwe tinten voor elke dag.", "Een beschermende kastzetting houdt de steen vast.", "Het hartmedaillon gaat open voor een foto.", "De steen is gevoelig voor krassen, bewaar hem apart."},
	},
	"da": {
		health: [8]string{"Den er en talisman for beskyttelse.", "Stenen fremmer klarhed i sindet.", "Den åbner hjertet for kærligheden.", "Det er en sten for nye begyndelser.", "Den harmoniserer din energi.", "Stenen dæmper angst.", "Den siges at bringe held og healing.", "En jordende krystal til hverdagen."},
		skin:   [5]string{"Skånsom mod sensitiv hud.", "Den irriterer ikke huden.", "Sikker for allergikere.", "Skånsom mod sarte ører.", "Velegnet til personer med metalallergi."},
		ok:     [7]string{"Opkaldt efter månen.", "En gave til nye begyndelser.", "Et smykke at forelske sig i.", "Rolige blå toner til hverdagen.", "En beskyttende indfatning holder stenen.", "Hjertemedaljonen kan åbnes og rumme et foto.", "Stenen er følsom over for ridser, så opbevar den for sig."},
	},
	"sv": {
		health: [8]string{"Den är en talisman för skydd.", "Stenen främjar klarhet i sinnet.", "Den öppnar hjärtat för kärleken.", "Det är en sten för nya början.", "Den harmoniserar din energi.", "Stenen lindrar ångest.", "Den sägs ge tur och läkning.", "En jordande kristall för vardagen."},
		skin:   [5]string{"Skonsam mot känslig hud.", "Den irriterar inte huden.", "Säker för allergiker.", "Skonsam mot ömtåliga öron.", "Passar personer med metallallergi."},
		ok:     [7]string{"Uppkallad efter månen.", "En present för nya början.", "Ett smycke att förälska sig i.", "Lugna blå toner för vardagen.", "En skyddande infattning håller stenen.", "Hjärtmedaljongen kan öppnas för ett foto.", "Stenen är känslig för repor, så förvara den separat."},
	},
	"nb": {
		health: [8]string{"Den er en talisman for beskyttelse.", "Steinen fremmer klarhet i sinnet.", "Den åpner hjertet for kjærligheten.", "Det er en stein for nye begynnelser.", "Den harmoniserer energien din.", "Steinen demper angst.", "Den sies å bringe lykke og helbredelse.", "En jordende krystall for hverdagen."},
		skin:   [5]string{"Skånsom mot sensitiv hud.", "Den irriterer ikke huden.", "Trygg for allergikere.", "Skånsom mot sarte ører.", "Passer for personer med metallallergi."},
		ok:     [7]string{"Oppkalt etter månen.", "En gave til nye begynnelser.", "Et smykke å forelske seg i.", "Rolige blå toner for hverdagen.", "En beskyttende innfatning holder steinen.", "Hjertemedaljongen kan åpnes for et bilde.", "Steinen er følsom for riper, så oppbevar den for seg selv."},
	},
	"fi": {
		health: [8]string{"Se on suojeluksen talismaani.", "Kivi edistää mielen selkeyttä.", "Se avaa sydämen rakkaudelle.", "Se on uusien alkujen kivi.", "Se harmonisoi energiasi.", "Kivi lievittää ahdistusta.", "Sen sanotaan tuovan onnea ja parantumista.", "Maadoittava kristalli jokaiseen päivään."},
		skin:   [5]string{"Hellävarainen herkälle iholle.", "Se ei ärsytä ihoa.", "Turvallinen allergikoille.", "Hellävarainen herkille korville.", "Sopii metalliallergisille."},
		ok:     [7]string{"Nimetty kuun mukaan.", "Lahja uusiin alkuihin.", "Koru, johon rakastua.", "Rauhallisia sinisiä sävyjä jokaiseen päivään.", "Suojaava kehysistutus pitää kiven paikallaan.", "Sydänmedaljonki aukeaa, ja siihen mahtuu valokuva.", "Kivi on herkkä naarmuille, joten säilytä se erikseen."},
	},
	"pl": {
		health: [8]string{"To talizman ochrony.", "Kamień sprzyja jasności umysłu.", "Otwiera serce na miłość.", "To kamień nowych początków.", "Harmonizuje twoją energię.", "Kamień łagodzi niepokój.", "Mówi się, że przynosi szczęście i uzdrowienie.", "Uziemiający kryształ na co dzień."},
		skin:   [5]string{"Delikatna dla wrażliwej skóry.", "Nie podrażnia skóry.", "Bezpieczna dla alergików.", "Delikatna dla wrażliwych uszu.", "Odpowiednia dla osób z alergią na metale."},
		ok:     [7]string{"Nazwana na cześć księżyca.", "Prezent na nowy początek.", "Biżuteria, w której można się zakochać.", "Spokojne odcienie błękitu na co dzień.", "Ochronna oprawa koszyczkowa trzyma kamień.", "Medalion w kształcie serca otwiera się, by zmieścić zdjęcie.", "Kamień jest wrażliwy na zarysowania, przechowuj go osobno."},
	},
	"cs": {
		health: [8]string{"Je to talisman ochrany.", "Kámen podporuje jasnost mysli.", "Otevírá srdce lásce.", "Je to kámen nových začátků.", "Harmonizuje vaši energii.", "Kámen zmírňuje úzkost.", "Říká se, že přináší štěstí a uzdravení.", "Uzemňující krystal na každý den."},
		skin:   [5]string{"Šetrný k citlivé pokožce.", "Nedráždí pokožku.", "Bezpečný pro alergiky.", "Šetrný k citlivým uším.", "Vhodný pro lidi s alergií na kovy."},
		ok:     [7]string{"Pojmenovaný po měsíci.", "Dárek pro nové začátky.", "Šperk, do kterého se zamilujete.", "Klidné modré tóny na každý den.", "Ochranné lůžko drží kámen.", "Medailonek ve tvaru srdce se otevírá pro fotografii.", "Kámen je citlivý na poškrábání, uchovávejte ho zvlášť."},
	},
	"tr": {
		health: [8]string{"Bir koruma tılsımıdır.", "Taş zihin berraklığını destekler.", "Kalbi sevgiye açar.", "Yeni başlangıçların taşıdır.", "Enerjinizi uyumlu hale getirir.", "Taş kaygıyı yatıştırır.", "Şans ve şifa getirdiği söylenir.", "Her gün için topraklayıcı bir kristal."},
		skin:   [5]string{"Hassas ciltlere nazik.", "Cildi tahriş etmez.", "Alerjisi olanlar için güvenli.", "Hassas kulaklara nazik.", "Metal alerjisi olanlar için uygundur."},
		ok:     [7]string{"Adını aydan alır.", "Yeni başlangıçlar için bir hediye.", "Âşık olacağınız bir parça.", "Her gün için sakin mavi tonlar.", "Koruyucu bir çerçeve yuva taşı tutar.", "Kalp madalyon bir fotoğraf için açılır.", "Taş çizilmeye karşı hassastır, ayrı saklayın."},
	},
	"el": {
		health: [8]string{"Είναι ένα φυλαχτό προστασίας.", "Η πέτρα προάγει τη διαύγεια του νου.", "Ανοίγει την καρδιά στην αγάπη.", "Είναι η πέτρα των νέων ξεκινημάτων.", "Εναρμονίζει την ενέργειά σας.", "Η πέτρα καταπραΰνει το άγχος.", "Λέγεται ότι φέρνει τύχη και θεραπεία.", "Ένας κρύσταλλος γείωσης για κάθε μέρα."},
		skin:   [5]string{"Απαλό για το ευαίσθητο δέρμα.", "Δεν ερεθίζει το δέρμα.", "Ασφαλές για όσους έχουν αλλεργίες.", "Απαλό για ευαίσθητα αυτιά.", "Κατάλληλο για άτομα με αλλεργία στα μέταλλα."},
		ok:     [7]string{"Πήρε το όνομά του από το φεγγάρι.", "Ένα δώρο για νέα ξεκινήματα.", "Ένα κόσμημα για να το ερωτευτείς.", "Ήρεμοι μπλε τόνοι για κάθε μέρα.", "Ένα προστατευτικό πλαίσιο συγκρατεί την πέτρα.", "Το μενταγιόν καρδιά ανοίγει για να χωρέσει μια φωτογραφία.", "Η πέτρα είναι ευαίσθητη στις γρατζουνιές, φυλάξτε την χωριστά."},
	},
	"ar": {
		health: [8]string{"إنه تعويذة للحماية.", "يعزز الحجر صفاء الذهن.", "يفتح القلب للحب.", "إنه حجر البدايات الجديدة.", "يوازن طاقتك.", "يهدئ الحجر القلق.", "يقال إنه يجلب الحظ والشفاء.", "كريستال للتأريض لكل يوم."},
		skin:   [5]string{"لطيف على البشرة الحساسة.", "لا يهيج البشرة.", "آمن لمن يعانون من الحساسية.", "لطيف على الآذان الرقيقة.", "مناسب لمن لديهم حساسية من المعادن."},
		ok:     [7]string{"سمي تيمناً بالقمر.", "هدية لبدايات جديدة.", "قطعة ستقعين في حبها.", "درجات زرقاء هادئة لكل يوم.", "إطار واقٍ يثبت الحجر.", "تنفتح قلادة القلب لتحمل صورة.", "الحجر حساس للخدوش، لذا احفظيه منفصلاً."},
	},
	"ja": {
		health: [8]string{"身を守る守護のお守りです。", "この石は心の明晰さを高めます。", "心を愛に開きます。", "新しい始まりの石です。", "あなたのエネルギーのバランスを整えます。", "石が不安を和らげます。", "幸運と癒しをもたらすと言われています。", "毎日のグラウンディングクリスタル。"},
		skin:   [5]string{"敏感肌にやさしい。", "肌を刺激しません。", "アレルギーのある方にも安心です。", "デリケートな耳にやさしい。", "金属アレルギーの方にもおすすめです。"},
		ok:     [7]string{"月にちなんで名付けられました。", "新しい始まりへの贈り物に。", "恋に落ちるようなジュエリー。", "落ち着いたブルーの色合い。", "石を守るベゼルセッティング。", "ハートのロケットは開いて写真を入れられます。", "石は傷に敏感なので、別々に保管してください。"},
	},
	"ko": {
		health: [8]string{"보호의 부적입니다.", "이 돌은 마음의 명료함을 높여 줍니다.", "마음을 사랑으로 열어 줍니다.", "새로운 시작의 돌입니다.", "당신의 에너지 균형을 잡아 줍니다.", "돌이 불안을 달래 줍니다.", "행운과 치유를 가져다준다고 합니다.", "매일을 위한 그라운딩 크리스털."},
		skin:   [5]string{"민감한 피부에 순합니다.", "피부를 자극하지 않습니다.", "알레르기가 있는 분도 안심하고 착용할 수 있습니다.", "예민한 귀에 부드럽습니다.", "금속 알레르기가 있는 분께 적합합니다."},
		ok:     [7]string{"달에서 이름을 따왔습니다.", "새로운 시작을 위한 선물.", "사랑에 빠질 수밖에 없는 주얼리.", "차분한 블루 톤.", "보호 베젤 세팅이 돌을 고정합니다.", "하트 로켓은 열어서 사진을 넣을 수 있습니다.", "돌은 긁힘에 민감하므로 따로 보관하세요."},
	},
	"zh-CN": {
		health: [8]string{"这是一枚守护平安的护身符。", "这块石头能促进头脑清晰。", "它能让心向爱敞开。", "这是一块象征新开始的石头。", "它能平衡你的能量。", "这块石头能缓解焦虑。", "据说能带来好运和疗愈。", "一款每天佩戴的接地水晶。"},
		skin:   [5]string{"对敏感肌肤温和。", "不会刺激皮肤。", "过敏人群也可放心佩戴。", "对娇嫩的耳朵很温和。", "适合金属过敏的人。"},
		ok:     [7]string{"以月亮命名。", "送给新开始的礼物。", "一件让你一见倾心的作品。", "沉静的蓝色调。", "保护性包镶托住宝石。", "心形吊坠盒可打开放入照片。", "宝石对划痕敏感，请分开存放。"},
	},
	"zh-TW": {
		health: [8]string{"這是一枚守護平安的護身符。", "這塊石頭能促進頭腦清晰。", "它能讓心向愛敞開。", "這是一塊象徵新開始的石頭。", "它能平衡你的能量。", "這塊石頭能緩解焦慮。", "據說能帶來好運和療癒。", "一款每天佩戴的接地水晶。"},
		skin:   [5]string{"對敏感肌膚溫和。", "不會刺激皮膚。", "過敏人群也可放心佩戴。", "對嬌嫩的耳朵很溫和。", "適合金屬過敏的人。"},
		ok:     [7]string{"以月亮命名。", "送給新開始的禮物。", "一件讓你一見傾心的作品。", "沉靜的藍色調。", "保護性包鑲托住寶石。", "心形吊墜盒可打開放入照片。", "寶石對刮痕敏感，請分開存放。"},
	},
}

// health7LookAlikes are design and care sentences that share a word with a
// form or pair of concepts-metaphysical.yaml and must pass: earrings
// called delicate (French and German earrings hold the word for ears), a
// stone's protective setting, a clarity grade, a claw holding the stone
// firmly (Arabic بقوة), care advice that protects the stone (Turkish
// taşı korumak), a gift of love for new beginnings.
var health7LookAlikes = []lt{
	{"en-GB", "The stone's protective bezel keeps it safe from knocks."},
	{"en-GB", "A stone of exceptional clarity in a four-claw setting."},
	{"en-US", "A locket to help you keep a memory close."},
	{"ar-AE", "تثبت المخالب الحجر بقوة في مكانه."},
	{"ar-AE", "هدية جديدة لكل مناسبة."},
	{"tr-TR", "Taşı korumak için yumuşak bir bezle silin."},
	{"ko-KR", "자극적이지 않은 은은한 컬러."},
	{"zh-CN", "打开吊坠盒，放入充满爱的照片。"},
}

// health7Earrings are earrings called delicate, on silver moonstone studs:
// French and German earrings hold the word for ears, Italian earrings
// begin with it.
var health7Earrings = []lt{
	{"fr-FR", "Des boucles d'oreilles délicates et légères pour tous les jours."},
	{"fr-CA", "Ces boucles d'oreilles délicates captent la lumière."},
	{"de-DE", "Zarte Ohrringe mit einem kleinen Stein."},
	{"it-IT", "Orecchini delicati con una piccola pietra."},
}

// TestKindsHealth7EveryLocale (#13, health7): the health and metaphysical
// claims of health7ByLang block as claims in every supported locale on a
// moonstone pendant that licenses none; the skin claims block there and
// on rhodium-plated brass whose only feature is nickel-free, and pass on
// the pendant whose features say hypoallergenic; the publishable twins
// pass.
func TestKindsHealth7EveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var health, skin, ok []lt
	perLocale(t, health7ByLang, "health7", func(loc string, x health7Texts, in func([]string) []lt) {
		health = append(health, in(x.health[:])...)
		skin = append(skin, in(x.skin[:])...)
		ok = append(ok, in(x.ok[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"health by kind", moonPendant, CatClaim, health},
		{"skin by kind", moonPendant, CatClaim, skin},
		{"skin on nickel-free", nickelFreeRhodium, CatClaim, skin},
		{"skin licensed", hypoPendant, "", skin},
		{"publishable twins", moonPendant, "", ok},
		{"look-alikes", moonPendant, "", health7LookAlikes},
		{"delicate earrings", moonStuds, "", health7Earrings},
	})
}

// health7bTexts are one language's second round of kinds (#13, health7):
// health: calm and serenity promoted, the wearer shielded from misfortune,
// a bodily function aided (digestion, metabolism); skin: suitable for
// every skin type, no rash, dermatologically tested. ok: a colour that
// brings calm to an outfit, an evil-eye motif, care advice that protects
// the piece from scratches, a piece that flatters every skin tone.
type health7bTexts struct {
	health [3]string
	skin   [3]string
	ok     [4]string
}

var health7bByLang = map[string]health7bTexts{
	"en": {
		health: [3]string{"The stone promotes calm and serenity.", "It shields the wearer from misfortune.", "It is said to aid digestion and boost metabolism."},
		skin:   [3]string{"Suitable for all skin types.", "It will not cause a rash.", "Dermatologically tested."},
		ok:     [4]string{"The soft blue brings a sense of calm to any outfit.", "An evil eye charm in blue enamel.", "Store it apart to protect it from scratches.", "It flatters every skin tone."},
	},
	"fr": {
		health: [3]string{"La pierre favorise le calme et la sérénité.", "Elle protège celle qui la porte du mauvais sort.", "On dit qu'elle facilite la digestion et stimule le métabolisme."},
		skin:   [3]string{"Convient à tous les types de peau.", "Elle ne provoque aucune éruption cutanée.", "Testé dermatologiquement."},
		ok:     [4]string{"Son bleu doux apporte une touche de calme à toutes les tenues.", "Un pendentif mauvais œil en émail bleu.", "Rangez-le à part pour le protéger des rayures.", "Il sublime toutes les carnations."},
	},
	"de": {
		health: [3]string{"Der Stein fördert Ruhe und Gelassenheit.", "Er schützt seine Trägerin vor Unheil.", "Er soll die Verdauung fördern und den Stoffwechsel anregen."},
		skin:   [3]string{"Für alle Hauttypen geeignet.", "Er verursacht keinen Hautausschlag.", "Dermatologisch getestet."},
		ok:     [4]string{"Das sanfte Blau verleiht jedem Outfit eine ruhige Note.", "Ein Evil-Eye-Anhänger aus blauem Email.", "Separat aufbewahren, um ihn vor Kratzern zu schützen.", "Er schmeichelt jedem Hautton."},
	},
	"it": {
		health: [3]string{"La pietra favorisce la calma e la serenità.", "Protegge chi lo indossa dalla sfortuna.", "Si dice che aiuti la digestione e acceleri il metabolismo."},
		skin:   [3]string{"Adatto a tutti i tipi di pelle.", "Non provoca eruzioni cutanee.", "Dermatologicamente testato."},
		ok:     [4]string{"Il blu tenue porta un tocco di calma a ogni outfit.", "Un ciondolo occhio turco in smalto blu.", "Conservalo a parte per proteggerlo dai graffi.", "Valorizza ogni incarnato."},
	},
	"es": {
		health: [3]string{"La piedra favorece la calma y la serenidad.", "Protege a quien lo lleva de la mala suerte.", "Se dice que ayuda a la digestión y acelera el metabolismo."},
		skin:   [3]string{"Apto para todo tipo de piel.", "No provoca sarpullidos.", "Testado dermatológicamente."},
		ok:     [4]string{"Su azul suave aporta un toque de calma a cualquier look.", "Un colgante de ojo turco en esmalte azul.", "Guárdalo aparte para protegerlo de los arañazos.", "Favorece a todos los tonos de piel."},
	},
	"pt": {
		health: [3]string{"A pedra favorece a calma e a serenidade.", "Protege quem o usa do azar.", "Diz-se que ajuda a digestão e acelera o metabolismo."},
		skin:   [3]string{"Indicado para todos os tipos de pele.", "Não provoca erupções na pele.", "Testado dermatologicamente."},
		ok:     [4]string{"O azul suave traz um toque de calma a qualquer look.", "Um pingente olho grego em esmalte azul.", "Guarde-o separado para o proteger de riscos.", "Valoriza todos os tons de pele."},
	},
	"nl": {
		health: [3]string{"De steen bevordert rust en sereniteit.", "Hij beschermt de drager tegen onheil.", "Hij zou de spijsvertering bevorderen en de stofwisseling stimuleren."},
		skin:   [3]string{"Geschikt voor alle huidtypes.", "Hij veroorzaakt geen huiduitslag.", "Dermatologisch getest."},
		ok:     [4]string{"Het zachte blauw geeft elke outfit een rustige toets.", "Een hanger met boze oog in blauw email.", "Bewaar hem apart om hem tegen krassen te beschermen.", "Hij flatteert elke huidtint."},
	},
	"da": {
		health: [3]string{"Stenen fremmer ro og harmoni.", "Den beskytter bæreren mod ulykke.", "Den siges at fremme fordøjelsen og øge stofskiftet."},
		skin:   [3]string{"Velegnet til alle hudtyper.", "Den giver ikke hududslæt.", "Dermatologisk testet."},
		ok:     [4]string{"Den bløde blå giver ethvert outfit et roligt præg.", "Et vedhæng med det onde øje i blå emalje.", "Opbevar den for sig for at beskytte den mod ridser.", "Den klæder enhver hudtone."},
	},
	"sv": {
		health: [3]string{"Stenen främjar lugn och harmoni.", "Den skyddar bäraren mot olycka.", "Den sägs främja matsmältningen och öka ämnesomsättningen."},
		skin:   [3]string{"Passar alla hudtyper.", "Den orsakar inga hudutslag.", "Dermatologiskt testad."},
		ok:     [4]string{"Den mjuka blå ger varje outfit en lugn känsla.", "Ett hänge med onda ögat i blå emalj.", "Förvara den separat för att skydda den mot repor.", "Den smickrar varje hudton."},
	},
	"nb": {
		health: [3]string{"Steinen fremmer ro og harmoni.", "Den beskytter bæreren mot ulykke.", "Den sies å fremme fordøyelsen og øke forbrenningen."},
		skin:   [3]string{"Passer for alle hudtyper.", "Den gir ikke hudutslett.", "Dermatologisk testet."},
		ok:     [4]string{"Den myke blåfargen gir ethvert antrekk et rolig preg.", "Et anheng med det onde øyet i blå emalje.", "Oppbevar den for seg selv for å beskytte den mot riper.", "Den kler enhver hudtone."},
	},
	"fi": {
		health: [3]string{"Kivi edistää rauhaa ja tyyneyttä.", "Se suojaa kantajaansa epäonnelta.", "Sen sanotaan edistävän ruoansulatusta ja vauhdittavan aineenvaihduntaa."},
		skin:   [3]string{"Sopii kaikille ihotyypeille.", "Se ei aiheuta ihottumaa.", "Dermatologisesti testattu."},
		ok:     [4]string{"Pehmeä sininen tuo jokaiseen asuun rauhallisen sävyn.", "Pahan silmän riipus sinisestä emalista.", "Säilytä se erikseen, jotta se on suojassa naarmuilta.", "Se imartelee jokaista ihonsävyä."},
	},
	"pl": {
		health: [3]string{"Kamień sprzyja spokojowi i pogodzie ducha.", "Chroni noszącą przed nieszczęściem.", "Podobno wspomaga trawienie i przyspiesza metabolizm."},
		skin:   [3]string{"Odpowiednia dla każdego typu skóry.", "Nie powoduje wysypki.", "Testowana dermatologicznie."},
		ok:     [4]string{"Miękki błękit dodaje każdej stylizacji nuty spokoju.", "Zawieszka z okiem proroka w niebieskiej emalii.", "Przechowuj ją osobno, aby chronić ją przed zarysowaniami.", "Pasuje do każdego odcienia skóry."},
	},
	"cs": {
		health: [3]string{"Kámen podporuje klid a vyrovnanost.", "Chrání svou nositelku před neštěstím.", "Prý podporuje trávení a zrychluje metabolismus."},
		skin:   [3]string{"Vhodný pro všechny typy pleti.", "Nezpůsobuje vyrážku.", "Dermatologicky testováno."},
		ok:     [4]string{"Jemná modrá dodá každému outfitu nádech klidu.", "Přívěsek s tureckým okem v modrém smaltu.", "Uchovávejte ho zvlášť, abyste ho chránili před poškrábáním.", "Lichotí každému odstínu pleti."},
	},
	"tr": {
		health: [3]string{"Taş huzuru ve dinginliği destekler.", "Takanı kötü şanstan korur.", "Sindirime yardımcı olduğu ve metabolizmayı hızlandırdığı söylenir."},
		skin:   [3]string{"Tüm cilt tiplerine uygundur.", "Cilt döküntüsüne yol açmaz.", "Dermatolojik olarak test edilmiştir."},
		ok:     [4]string{"Yumuşak mavi her kombine sakin bir hava katar.", "Mavi emaye nazar boncuğu kolye ucu.", "Çizilmelerden korumak için ayrı saklayın.", "Her ten rengine yakışır."},
	},
	"el": {
		health: [3]string{"Η πέτρα προάγει την ηρεμία και τη γαλήνη.", "Προστατεύει αυτόν που το φοράει από την κακοτυχία.", "Λέγεται ότι βοηθά την πέψη και επιταχύνει τον μεταβολισμό."},
		skin:   [3]string{"Κατάλληλο για όλους τους τύπους δέρματος.", "Δεν προκαλεί εξανθήματα.", "Δερματολογικά ελεγμένο."},
		ok:     [4]string{"Το απαλό μπλε δίνει μια νότα ηρεμίας σε κάθε σύνολο.", "Ένα μενταγιόν μάτι σε μπλε σμάλτο.", "Φυλάξτε το χωριστά για να το προστατέψετε από γρατζουνιές.", "Κολακεύει κάθε τόνο δέρματος."},
	},
	"ar": {
		health: [3]string{"يعزز الحجر الهدوء والسكينة.", "يحمي من يرتديه من سوء الحظ.", "يقال إنه يساعد على الهضم ويسرّع الأيض."},
		skin:   [3]string{"مناسب لجميع أنواع البشرة.", "لا يسبب طفحاً جلدياً.", "مختبر من قبل أطباء الجلد."},
		ok:     [4]string{"يضفي الأزرق الناعم لمسة هادئة على أي إطلالة.", "قلادة عين زرقاء من المينا.", "احفظيه منفصلاً لحمايته من الخدوش.", "يليق بجميع درجات لون البشرة."},
	},
	"ja": {
		health: [3]string{"この石は安らぎと平穏を促します。", "身に着ける人を不運から守ります。", "消化を助け、代謝を高めると言われています。"},
		skin:   [3]string{"すべての肌タイプに対応。", "発疹を起こしません。", "皮膚科医によるテスト済み。"},
		ok:     [4]string{"やわらかなブルーがどんな装いにも落ち着いた印象を添えます。", "青いエナメルのイーブルアイチャーム。", "傷から守るため、別々に保管してください。", "どんな肌の色にもなじみます。"},
	},
	"ko": {
		health: [3]string{"이 돌은 평온과 안정을 촉진합니다.", "착용자를 불운으로부터 지켜 줍니다.", "소화를 돕고 신진대사를 높인다고 합니다."},
		skin:   [3]string{"모든 피부 타입에 적합합니다.", "발진을 일으키지 않습니다.", "피부과 테스트 완료."},
		ok:     [4]string{"부드러운 블루가 어떤 룩에도 차분한 분위기를 더합니다.", "블루 에나멜 이블 아이 참.", "긁힘으로부터 보호하려면 따로 보관하세요.", "모든 피부 톤에 잘 어울립니다."},
	},
	"zh-CN": {
		health: [3]string{"这块石头能促进平静与安宁。", "它能保护佩戴者免受厄运。", "据说能帮助消化、促进新陈代谢。"},
		skin:   [3]string{"适合所有肤质。", "不会引起皮疹。", "经皮肤科测试。"},
		ok:     [4]string{"柔和的蓝色为任何造型增添一份沉静。", "蓝色珐琅恶魔之眼吊坠。", "请分开存放，以免刮花。", "衬托各种肤色。"},
	},
	"zh-TW": {
		health: [3]string{"這塊石頭能促進平靜與安寧。", "它能保護佩戴者免受厄運。", "據說能幫助消化、促進新陳代謝。"},
		skin:   [3]string{"適合所有膚質。", "不會引起皮疹。", "經皮膚科測試。"},
		ok:     [4]string{"柔和的藍色為任何造型增添一份沉靜。", "藍色琺瑯惡魔之眼吊墜。", "請分開存放，以免刮花。", "襯托各種膚色。"},
	},
}

// TestKindsHealth7bEveryLocale (#13, health7): the second round of
// health and skin kinds blocks as claims in every supported locale on the
// moonstone pendant; the skin claims pass where the features say
// hypoallergenic; the twins pass.
func TestKindsHealth7bEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var health, skin, ok []lt
	perLocale(t, health7bByLang, "health7b", func(loc string, x health7bTexts, in func([]string) []lt) {
		health = append(health, in(x.health[:])...)
		skin = append(skin, in(x.skin[:])...)
		ok = append(ok, in(x.ok[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"health by kind", moonPendant, CatClaim, health},
		{"skin by kind", moonPendant, CatClaim, skin},
		{"skin licensed", hypoPendant, "", skin},
		{"publishable twins", evilEyePendant, "", ok},
	})
}

// health7cTexts are one language's third round of health kinds (#13,
// health7): a chakra named (in a compound where the language compounds:
// Herzchakra, hartchakra, sydänchakra), evil spirits kept away behind a
// legend, the third eye activated. ok: a third day (no eye), a spirited
// design (spirit as character).
type health7cTexts struct {
	health [3]string
	ok     [2]string
}

var health7cByLang = map[string]health7cTexts{
	"en":    {[3]string{"Rose quartz opens the heart chakra.", "Legend has it that it keeps evil spirits away.", "It activates the third eye."}, [2]string{"The third day of spring inspired its design.", "A spirited design for bold days."}},
	"fr":    {[3]string{"Le quartz rose ouvre le chakra du cœur.", "Selon la légende, elle éloigne les esprits malins.", "Elle active le troisième œil."}, [2]string{"Le troisième jour du printemps a inspiré son dessin.", "Un design plein d'esprit pour les jours audacieux."}},
	"it":    {[3]string{"Il quarzo rosa apre il chakra del cuore.", "Secondo la leggenda tiene lontani gli spiriti maligni.", "Attiva il terzo occhio."}, [2]string{"Il terzo giorno di primavera ha ispirato il suo disegno.", "Un design pieno di spirito per i giorni audaci."}},
	"es":    {[3]string{"El cuarzo rosa abre el chakra del corazón.", "Según la leyenda, aleja los malos espíritus.", "Activa el tercer ojo."}, [2]string{"El tercer día de la primavera inspiró su diseño.", "Un diseño lleno de espíritu para los días atrevidos."}},
	"pt":    {[3]string{"O quartzo rosa abre o chakra do coração.", "Segundo a lenda, afasta os maus espíritos.", "Ativa o terceiro olho."}, [2]string{"O terceiro dia da primavera inspirou o seu desenho.", "Um design cheio de espírito para dias ousados."}},
	"de":    {[3]string{"Der Rosenquarz öffnet das Herzchakra.", "Der Legende nach hält er böse Geister fern.", "Er aktiviert das dritte Auge."}, [2]string{"Der dritte Frühlingstag hat sein Design inspiriert.", "Ein Herzanhänger mit viel Esprit."}},
	"nl":    {[3]string{"Rozenkwarts opent het hartchakra.", "Volgens de legende houdt hij boze geesten op afstand.", "Hij activeert het derde oog."}, [2]string{"De derde lentedag inspireerde het ontwerp.", "Een hartvormige hanger vol karakter."}},
	"da":    {[3]string{"Rosenkvarts åbner hjertechakraet.", "Ifølge legenden holder den onde ånder væk.", "Den aktiverer det tredje øje."}, [2]string{"Den tredje forårsdag inspirerede designet.", "Et hjertevedhæng med masser af ånd."}},
	"sv":    {[3]string{"Rosenkvarts öppnar hjärtchakrat.", "Enligt legenden håller den onda andar borta.", "Den aktiverar det tredje ögat."}, [2]string{"Den tredje vårdagen inspirerade designen.", "Ett hjärthänge med mycket karaktär."}},
	"nb":    {[3]string{"Rosekvarts åpner hjertechakraet.", "Ifølge legenden holder den onde ånder borte.", "Den aktiverer det tredje øyet."}, [2]string{"Den tredje vårdagen inspirerte designet.", "Et hjerteanheng med mye sjel."}},
	"fi":    {[3]string{"Ruusukvartsi avaa sydänchakran.", "Legendan mukaan se karkottaa pahat henget.", "Se aktivoi kolmannen silmän."}, [2]string{"Kevään kolmas päivä inspiroi sen muotoilun.", "Sydänriipus, jossa on paljon henkeä."}},
	"pl":    {[3]string{"Kwarc różowy otwiera czakrę serca.", "Według legendy odpędza złe duchy.", "Aktywuje trzecie oko."}, [2]string{"Trzeci dzień wiosny zainspirował jego projekt.", "Projekt pełen ducha na odważne dni."}},
	"cs":    {[3]string{"Růženín otevírá srdeční čakru.", "Podle legendy odhání zlé duchy.", "Aktivuje třetí oko."}, [2]string{"Třetí jarní den inspiroval jeho design.", "Design plný ducha pro odvážné dny."}},
	"tr":    {[3]string{"Pembe kuvars kalp çakrasını açar.", "Efsaneye göre kötü ruhları uzak tutar.", "Üçüncü gözü aktive eder."}, [2]string{"Tasarımına baharın üçüncü günü ilham verdi.", "Cesur günler için ruh dolu bir tasarım."}},
	"el":    {[3]string{"Ο ροζ χαλαζίας ανοίγει το τσάκρα της καρδιάς.", "Σύμφωνα με τον θρύλο, διώχνει τα κακά πνεύματα.", "Ενεργοποιεί το τρίτο μάτι."}, [2]string{"Η τρίτη μέρα της άνοιξης ενέπνευσε το σχέδιό του.", "Ένα σχέδιο γεμάτο πνεύμα για τολμηρές μέρες."}},
	"ar":    {[3]string{"يفتح الكوارتز الوردي شاكرا القلب.", "تقول الأسطورة إنه يطرد الأرواح الشريرة.", "ينشط العين الثالثة."}, [2]string{"استوحي تصميمه من اليوم الثالث من الربيع.", "تصميم مفعم بالروح للأيام الجريئة."}},
	"ja":    {[3]string{"ローズクォーツはハートチャクラを開きます。", "伝説によると、悪霊を遠ざけると言われています。", "第三の目を活性化します。"}, [2]string{"春の三日目から生まれたデザインです。", "大胆な日のための遊び心あるデザイン。"}},
	"ko":    {[3]string{"로즈 쿼츠는 하트 차크라를 열어 줍니다.", "전설에 따르면 악령을 쫓아낸다고 합니다.", "제3의 눈을 활성화합니다."}, [2]string{"봄의 세 번째 날에서 영감을 받은 디자인입니다.", "대담한 날을 위한 위트 있는 디자인."}},
	"zh-CN": {[3]string{"粉晶能打开心轮。", "传说它能驱赶恶灵。", "它能激活第三只眼。"}, [2]string{"设计灵感来自春天的第三天。", "为大胆日子打造的灵动设计。"}},
	"zh-TW": {[3]string{"粉晶能打開心輪。", "傳說它能驅趕惡靈。", "它能激活第三隻眼。"}, [2]string{"設計靈感來自春天的第三天。", "為大膽日子打造的靈動設計。"}},
}

// TestKindsHealth7cEveryLocale (#13, health7): chakras named in compounds,
// evil spirits kept away and the third eye block as claims in every
// supported locale; a third day and a spirited design pass.
func TestKindsHealth7cEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var health, ok []lt
	perLocale(t, health7cByLang, "health7c", func(loc string, x health7cTexts, in func([]string) []lt) {
		health = append(health, in(x.health[:])...)
		ok = append(ok, in(x.ok[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"chakras, spirits, third eye", moonPendant, CatClaim, health},
		{"third days and spirited designs", moonPendant, "", ok},
	})
}
