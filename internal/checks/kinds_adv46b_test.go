package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsAdv46b (#13, adversarial): an Akoya strand and a
// platinum 950 band beside the session's products.
var (
	adv46bAkoya = core.Product{SKU: "A46K", Name: "Colar de pérolas Akoya", Category: "necklace", Collection: "Lumière", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "Akoya cultured pearl", Colour: "white", Count: 40, Origin: core.OriginNatural}},
		Colours: []string{"white"}, Measurements: []core.Measurement{{Name: "length", Value: 45, Unit: "cm"}}}
	adv46bEnamel = core.Product{SKU: "A46E", Name: "Moments Enamel Bracelet", Category: "bracelet", Collection: "Moments", Materials: []string{"sterling silver", "enamel"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"blue", "silver"}, Measurements: []core.Measurement{{Name: "length", Value: 18, Unit: "cm"}}}
	adv46bPlatinum = core.Product{SKU: "A46P", Name: "Eternity Band", Category: "ring", Collection: "Eternity", Materials: []string{"platinum 950"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"}, Measurements: []core.Measurement{{Name: "band width", Value: 3, Unit: "mm"}}}
)

// TestKindsAdv46b (adversarial, #13): clean twins of this session's new
// block rules, copy a copywriter writes that a rule read as the claim or
// the contradiction it looks for: care advice and warnings, negated and
// general statements, other products, physical tension and protection,
// the idiom "a happy marriage of", a true treatment disclosure that
// shares words with a denial, a hallmark explained.
func TestKindsAdv46b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rose, ti, tour, pearl := miss46Rose, miss46Titanium, miss46Tourm, miss46Pearl
	_ = rose
	// miss46 tension46: physical tension on a clasp or chain, a stiff
	// clasp that eases, a disclaimer
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "A tension setting holds the stone by pressure alone, so never try to release the tension yourself.", rose, false},
		{"en-GB", "This bracelet is jewellery, not a medical device, and it does not relieve muscle tension.", pearl, false},
		{"zh-CN", "柔软的链节消除了传统手镯的僵硬感，戴上十分服帖。", pearl, false},
		{"ja-JP", "留め具の硬さは数日でほぐれ、扱いやすくなります。", pearl, false},
	})
	// miss46 finish46 / coating_peel: care warnings (enamel, plating),
	// a colour kept by storing it away from light
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Avoid knocks against hard surfaces so the enamel does not chip off.", adv46bEnamel, false},
		{"en-GB", "Store it away from strong sunlight so its colour does not change over the years.", tour, false},
		{"de-DE", "Vermeiden Sie Stöße, damit die Emaille nicht abplatzt.", adv46bEnamel, false},
		{"fr-FR", "Évitez les chocs pour que l'émail ne s'écaille pas.", adv46bEnamel, false},
		{"fr-FR", "Rangez-le à l'abri du soleil pour que sa couleur ne change pas.", tour, false},
		{"es-ES", "Evite los golpes para que el esmalte no se desconche.", adv46bEnamel, false},
		{"es-ES", "Guárdelo lejos del sol para que el color no cambie con los años.", tour, false},
		{"sv-SE", "Undvik stötar så att emaljen inte flagnar.", adv46bEnamel, false},
		{"pl-PL", "Unikaj uderzeń, aby emalia nie odpryskiwała.", adv46bEnamel, false},
		{"ja-JP", "コーティングが剥がれないよう、硬いものとの接触は避けてください。", ti, false},
		{"ja-JP", "色が変わらないよう、直射日光を避けて保管してください。", tour, false},
		{"zh-CN", "请避免碰撞，以免珐琅脱落。", adv46bEnamel, false},
		{"ar-AE", "تجنبي الصدمات حتى لا تتقشر المينا.", adv46bEnamel, false},
	})
	// miss46 subjectOfOther: the stone's hardness in a sentence of the ring
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "In this ring, sapphire hardness (9 on the Mohs scale) keeps the stone's polish bright for decades.", treat46Sapphire, false},
		{"ar-AE", "في هذا الخاتم، صلابة الياقوت تحفظ لمعانه لسنوات طويلة.", treat46Sapphire, false},
	})
	// miss46 wearer46: physical protection of the wearer's clothes or of
	// the piece from loss; the idiom "a happy marriage of"; a negation
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "No ring can bring a happy marriage, but this one can mark the start of one.", rose, false},
		{"ja-JP", "セーフティチェーンが持ち主をブレスレットの紛失から守ります。", pearl, false},
	})
	// miss46 close languages: a Danish collection name quoted in Norwegian,
	// a designer's surname Correa in Portuguese
	checkKindRows(t, svc, "", []kindRow{
		{"nb-NO", "Øredobbene er fra kolleksjonen «Guldregn», laget i 14 karat rosé gull med rosa turmalin.", tour, false},
		{"pt-BR", "Design assinado por Lucía Correa, com pérolas de água doce e prata 925.", pearl, false},
	})
	// miss46 pearl kinds: another pearl compared, the piece's own Akoya
	th := miss46Tahiti
	checkKindRows(t, svc, "", []kindRow{
		{"pt-BR", "Mais escuras e maiores que as pérolas cultivadas Akoya, as pérolas do Taiti têm um brilho metálico.", th, false},
		{"es-ES", "Más oscuras y grandes que las perlas cultivadas Akoya, las perlas de Tahití tienen reflejos verdes.", th, false},
		{"pt-BR", "Um colar de pérolas cultivadas Akoya, brancas e de brilho intenso.", adv46bAkoya, false},
		{"it-IT", "Una collana di perle coltivate Akoya, bianche e luminose.", adv46bAkoya, false},
	})
	// treat46: true disclosures and history that share a denial's words
	s, c, a, d := treat46Sapphire, treat46Coral, treat46Amber, treat46Diffused
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Its soft pink, as found in classic Ceylon sapphires, was deepened by gentle heating.", s, false},
		{"en-GB", "It owes its fire to nature and its pink to heat.", s, false},
		{"en-GB", "The coral's red owes nothing to heat: it is dyed.", c, false},
		{"en-GB", "Each pendant is cut from a single block of reconstructed amber.", a, false},
		{"en-GB", "In an untreated sapphire the colour runs all the way through; in this diffused stone it sits in a thin surface layer.", d, false},
		{"de-DE", "Jeder Anhänger ist aus einem Block Pressbernstein geschnitten.", a, false},
		{"de-DE", "Er verdankt sein Feuer der Natur und sein Rosa der Hitze.", s, false},
		{"fr-FR", "Chaque pendentif est taillé dans un seul bloc d'ambre reconstitué.", a, false},
		{"fr-FR", "Il doit son feu à la nature et son rose au chauffage.", s, false},
		{"es-ES", "Cada colgante está tallado de un solo bloque de ámbar prensado.", a, false},
		{"sv-SE", "Varje hänge är slipat ur ett enda stycke pressad bärnsten.", a, false},
		{"pl-PL", "Każdy wisior jest wycięty z jednego bloku bursztynu prasowanego.", a, false},
		{"ja-JP", "圧縮琥珀のひとつの塊から削り出したペンダントです。", a, false},
		{"zh-CN", "每枚吊坠由一整块压制琥珀切割而成。", a, false},
		{"zh-CN", "加热让大自然赋予的颜色更加浓郁。", s, false},
		{"ar-AE", "كل قلادة مقطوعة من كتلة واحدة من الكهرمان المضغوط.", a, false},
		{"ar-AE", "جُلب الياقوت مباشرة من المنجم ثم سُخّن لتعميق لونه الوردي.", s, false},
	})
	// contrast46 innerArm: the generic plural of the piece's kind, another
	// piece of the collection
	pd := contrast46Palladium
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "White gold rings, by contrast, need new rhodium plating every few years.", pd, false},
		{"en-GB", "The matching earrings, by contrast, are set in white gold.", pd, false},
		{"de-DE", "Weißgoldringe brauchen dagegen alle paar Jahre eine neue Rhodinierung.", pd, false},
		{"es-ES", "Los anillos de oro blanco, en cambio, necesitan un nuevo baño de rodio cada pocos años.", pd, false},
		{"fr-FR", "Les bagues en or blanc, en revanche, doivent être rhodiées tous les deux ou trois ans.", pd, false},
		{"sv-SE", "Vitguldsringar behöver däremot ny rodinering med några års mellanrum.", pd, false},
		{"pl-PL", "Pierścionki z białego złota wymagają natomiast ponownego rodowania co kilka lat.", pd, false},
		{"cs-CZ", "Prsteny z bílého zlata naproti tomu potřebují každých pár let nové rhodiování.", pd, false},
	})
	// fineness46: another grade compared, the hallmark explained, history
	pt := adv46bPlatinum
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Palladium 950 is heavier and costlier; this band is palladium 500, light and bright.", pd, false},
		{"en-GB", "Platinum 900, common in Japan, is a little harder; this band is 950 platinum.", pt, false},
		{"de-DE", "Anders als Platin 900 ist dieser Ring aus Platin 950.", pt, false},
		{"fr-FR", "Contrairement au palladium 950, le palladium 500 contient moitié palladium.", pd, false},
		{"es-ES", "A diferencia del paladio 950, este anillo es de paladio 500.", pd, false},
		{"ja-JP", "日本で一般的なプラチナ900より純度の高いプラチナ950を使用しています。", pt, false},
		{"en-GB", "Much older continental silver is 800; this bracelet is 925 sterling.", pearl, false},
	})
}

// TestKindsAdv46bBad (adversarial, #13): bad twins of adv46b's own
// relaxations: the piece's own word before an inner connective still
// blocks, and a coating promised never to peel after an avoiding
// imperative stays the claim (forever).
func TestKindsAdv46bBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pd, ti := contrast46Palladium, miss46Titanium
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The ring, by contrast, is white gold.", pd, true},
		{"en-GB", "Our ring, by contrast, needs new rhodium plating every few years.", pd, true},
		{"es-ES", "El anillo, en cambio, es de oro blanco.", pd, true},
		{"fr-FR", "La bague, en revanche, est en or blanc.", pd, true},
		{"pl-PL", "Pierścionek natomiast jest z białego złota.", pd, true},
		{"en-GB", "Avoid cheap plated rings: this black coating will never peel.", ti, true},
		{"de-DE", "Vermeiden Sie billige Ringe: diese Beschichtung blättert niemals ab.", ti, true},
		{"fr-FR", "Évitez les bagues bon marché : ce revêtement ne s'écaillera jamais.", ti, true},
		{"es-ES", "Evite los anillos baratos: este recubrimiento nunca se pela.", ti, true},
		{"ja-JP", "安価な指輪は避けてください。このコーティングは決して剥がれません。", ti, true},
		{"zh-CN", "避免廉价戒指：这层涂层永不脱落。", ti, true},
		{"ar-AE", "تجنبي الخواتم الرخيصة: هذا الطلاء لن يتقشر أبدًا.", ti, true},
		{"en-GB", "The black coating will not peel.", ti, true},
		{"en-GB", "The sapphire is exactly as it was found.", treat46Sapphire, true},
		{"ar-AE", "القلادة من كتلة واحدة من الكهرمان.", treat46Amber, true},
		{"en-GB", "It owes its deep pink to nature.", treat46Sapphire, true},
		{"de-DE", "Er verdankt sein tiefes Rosa der Natur.", treat46Sapphire, true},
		{"fr-FR", "Il doit son rose profond à la nature.", treat46Sapphire, true},
		{"es-ES", "Debe su rosa intenso a la naturaleza.", treat46Sapphire, true},
		{"en-GB", "This band is palladium 950, light and bright.", pd, true},
		{"en-GB", "Platinum 900 is a little harder, and this band is platinum 900 too.", adv46bPlatinum, true},
		{"ja-JP", "プラチナ900を使用しています。", adv46bPlatinum, true},
		{"en-GB", "This band is palladium 950. Palladium 500 is lighter.", pd, true},
	})
}

// TestKindsAdv46bOpen (adversarial, #13): clean copy this session's block
// rules still block, left open. Skipped until fixed.
func TestKindsAdv46bOpen(t *testing.T) {
	t.Skip("adv46b: open holes, see the rows' comments")
	svc := checkService(t)
	rose, tour, pearl := miss46Rose, miss46Tourm, miss46Pearl
	s, pd := treat46Sapphire, contrast46Palladium
	_, _, _, _, _ = rose, tour, pearl, s, pd
	checkKindRows(t, svc, "", []kindRow{
		// tension46 and wearer46 (health pairs): physical tension on a
		// chain or clasp and a clasp's stiffness easing ("reduce la tensión
		// sobre la cadena", "stiffness eases"), the wearer guarded from
		// snags or from losing the piece, and the idiom "a happy marriage
		// of" two materials: the pairs hold no object or complement of the
		// body; the health concept has no unless words safe to add (any
		// would excuse "it relieves tension" beside them)
		{"en-GB", "The clasp's slight stiffness eases after a few days of wear.", pearl, false},
		{"es-ES", "El cierre de resorte reduce la tensión sobre la cadena y evita que se rompa.", pearl, false},
		{"fr-FR", "Le fermoir à ressort réduit les tensions sur la chaîne et évite qu'elle ne casse.", pearl, false},
		{"de-DE", "Die anfängliche Steifheit des Verschlusses lockert sich nach wenigen Tagen.", pearl, false},
		{"sv-SE", "Fjäderlåset minskar spänningar i kedjan så att den inte går av.", pearl, false},
		{"pl-PL", "Zapięcie sprężynowe zmniejsza napięcia na łańcuszku, więc ten się nie zrywa.", pearl, false},
		{"ar-AE", "يخفف المشبك النابضي الشد على السلسلة فلا تنقطع بسهولة.", pearl, false},
		{"en-GB", "The smooth closed bezel guards the wearer against snagged sweaters.", tour, false},
		{"en-GB", "Call it a happy marriage of rose gold and pink tourmaline.", tour, false},
		{"fr-FR", "Ce bijou apporte un heureux mariage entre l'or rose et la tourmaline.", tour, false},
		{"de-DE", "Die abgerundete Innenkante schützt die Trägerin vor Druckstellen.", rose, false},
		{"es-ES", "El cierre de seguridad protege a quien la lleva de perder la pulsera.", pearl, false},
		{"sv-SE", "Säkerhetslåset skyddar bäraren från att tappa armbandet.", pearl, false},
		{"pl-PL", "Zapięcie zabezpieczające chroni właściciela przed zgubieniem bransoletki.", pearl, false},
		{"zh-CN", "安全扣能保护佩戴者不弄丢手链。", pearl, false},
		{"ar-AE", "يحمي الإطار الحجر ويحمي ملابس صاحبها من التعلق.", tour, false},
		// coating_peel: a negated imperative of care ("do not rub off the
		// patina"); ar tarnish_proof "لكي لا يبهت لونه" blocked on e6ee973a
		// too. treat46: a provenance phrase ("straight from the mine",
		// "direkt aus der Mine", "prosto z kopalni") in a sentence that
		// itself discloses the heating, and "it grew with" of inclusions
		// (the plain colour entry wants a colour word before it, which a
		// list of words cannot say). contrast: ja/zh sentence-initial
		// connectives (一方、, 相比之下) and ar "أما … في المقابل" blocked on
		// e6ee973a too (rhodium plating of white gold read as the piece's)
		{"en-GB", "The oxidised recesses are part of the design: do not rub off the dark patina when polishing.", pearl, false},
		{"ar-AE", "لكي لا يبهت لونه، احفظيه بعيدًا عن أشعة الشمس.", tour, false},
		{"en-GB", "Traced straight from the mine to our workshop, the sapphire was heated to deepen its pink.", s, false},
		{"en-GB", "The sapphire keeps the fine silk it grew with, a sign that it was heated only gently.", s, false},
		{"de-DE", "Direkt aus der Mine in unsere Werkstatt: Der Saphir wurde erhitzt, um sein Rosa zu vertiefen.", s, false},
		{"es-ES", "Traído directamente de la mina, el zafiro se calentó para intensificar su rosa.", s, false},
		{"sv-SE", "Köpt direkt från gruvan upphettades safiren för att fördjupa den rosa färgen.", s, false},
		{"pl-PL", "Prosto z kopalni szafir trafił do pieca: podgrzewanie pogłębiło jego róż.", s, false},
		{"ja-JP", "一方、ホワイトゴールドの指輪は数年ごとにロジウムメッキの掛け直しが必要です。", pd, false},
		{"zh-CN", "相比之下，白金戒指每隔几年就需要重新镀铑。", pd, false},
		{"ar-AE", "أما خواتم الذهب الأبيض فتحتاج في المقابل إلى إعادة طلاء بالروديوم كل بضع سنوات.", pd, false},
		// fineness46: a hypothetical other grade beside the piece's
		// hallmark explained, the own fineness not beside a metal word
		{"en-GB", "The 500 hallmark means half the alloy is palladium; a 950 palladium ring would carry the 950 mark.", pd, false},
	})
}
