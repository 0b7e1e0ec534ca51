package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// moonPendant is a silver pendant with one moonstone and no feature that
// licenses a claim; hypoPendant is the same pendant whose features say
// hypoallergenic; moonStuds are silver earrings with two moonstones (#13,
// health7).
var (
	moonPendant = core.Product{SKU: "H7", Name: "Luna", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver", "white"}, Stones: []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: core.OriginNatural}}}
	hypoPendant = core.Product{SKU: "H8", Name: "Luna", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver", "white"}, Stones: []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Features: []string{"hypoallergenic", "nickel-free"}}
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
