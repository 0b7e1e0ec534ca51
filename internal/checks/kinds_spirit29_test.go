package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsSpirit29: a metaphysical claim in paraphrase blocks as a claim
// in all 25 locales (#13, released 29 claim_health: moldavite "versnelt je
// persoonlijke transformatie en heelt het hart" and "nopeuttaa henkistä
// muutosta ja parantaa sydämen" passed; data/<lang>/concepts-spirit29.yaml;
// EU UCPD 2005/29/EC Annex I no. 17, FTC Act section 5). A stone said to
// speed up or bring about a personal, inner or spiritual transformation,
// spiritual growth or awakening, to heal the heart or the soul, or to raise
// the wearer's vibration or energy. Pass twins: the same verbs in a design
// or a formation sense (heat and pressure accelerated the transformation of
// wood into jet; the colour transforms an outfit, the light changes through
// the day; the setting raises the stone).
func TestKindsSpirit29(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	mold := core.Product{SKU: "SP29M", Name: "Vltava Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "moldavite", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "green"}}
	jet := core.Product{SKU: "SP29J", Name: "Abbey Bracelet", Category: "bracelet", Collection: "Timeless",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "jet", Colour: "black", Count: 12, Origin: core.OriginNatural}},
		Colours: []string{"gold", "black"}}
	claims := map[string][]string{
		"en-GB": {"Moldavite speeds up your personal transformation.", "Moldavite heals the heart.", "Moldavite accelerates spiritual growth.", "Moldavite raises your vibration.", "Moldavite awakens your spiritual side."},
		"de-DE": {"Moldavit beschleunigt deine persönliche Transformation.", "Moldavit heilt das Herz.", "Moldavit fördert spirituelles Wachstum.", "Moldavit erhöht deine Schwingung.", "Moldavit weckt deine spirituelle Seite."},
		"fr-FR": {"La moldavite accélère votre transformation personnelle.", "La moldavite guérit le cœur.", "La moldavite favorise la croissance spirituelle.", "La moldavite élève vos vibrations.", "La moldavite éveille votre côté spirituel."},
		"es-ES": {"La moldavita acelera tu transformación personal.", "La moldavita sana el corazón.", "La moldavita impulsa el crecimiento espiritual.", "La moldavita eleva tu vibración.", "La moldavita despierta tu lado espiritual."},
		"pt-BR": {"A moldavita acelera a sua transformação pessoal.", "A moldavita cura o coração.", "A moldavita promove o crescimento espiritual.", "A moldavita eleva a sua vibração.", "A moldavita desperta o seu lado espiritual."},
		"it-IT": {"La moldavite accelera la tua trasformazione personale.", "La moldavite guarisce il cuore.", "La moldavite favorisce la crescita spirituale.", "La moldavite eleva la tua vibrazione.", "La moldavite risveglia il tuo lato spirituale."},
		"nl-NL": {"Moldaviet versnelt je persoonlijke transformatie.", "Moldaviet heelt het hart.", "Moldaviet bevordert spirituele groei.", "Moldaviet verhoogt je trilling.", "Moldaviet maakt je spirituele kant wakker."},
		"sv-SE": {"Moldavit påskyndar din personliga förvandling.", "Moldavit helar hjärtat.", "Moldavit främjar andlig tillväxt.", "Moldavit höjer din vibration.", "Moldavit väcker din andliga sida."},
		"da-DK": {"Moldavit fremskynder din personlige forvandling.", "Moldavit heler hjertet.", "Moldavit fremmer åndelig vækst.", "Moldavit hæver din vibration.", "Moldavit vækker din åndelige side."},
		"nb-NO": {"Moldavitt fremskynder din personlige forvandling.", "Moldavitt heler hjertet.", "Moldavitt fremmer åndelig vekst.", "Moldavitt hever vibrasjonen din.", "Moldavitt vekker din åndelige side."},
		"fi-FI": {"Moldaviitti nopeuttaa henkistä muutosta.", "Moldaviitti parantaa sydämen.", "Moldaviitti edistää henkistä kasvua.", "Moldaviitti nostaa värähtelyäsi.", "Moldaviitti herättää henkisen puolesi."},
		"pl-PL": {"Mołdawit przyspiesza twoją osobistą przemianę.", "Mołdawit leczy serce.", "Mołdawit wspiera rozwój duchowy.", "Mołdawit podnosi twoje wibracje.", "Mołdawit budzi twoją duchową stronę."},
		"cs-CZ": {"Vltavín urychluje vaši osobní proměnu.", "Vltavín léčí srdce.", "Vltavín podporuje duchovní růst.", "Vltavín zvyšuje vaše vibrace.", "Vltavín probouzí vaši duchovní stránku."},
		"tr-TR": {"Moldavit kişisel dönüşümünüzü hızlandırır.", "Moldavit kalbi iyileştirir.", "Moldavit ruhsal gelişimi destekler.", "Moldavit titreşiminizi yükseltir.", "Moldavit ruhsal yanınızı uyandırır."},
		"el-GR": {"Ο μολδαβίτης επιταχύνει την προσωπική σας μεταμόρφωση.", "Ο μολδαβίτης θεραπεύει την καρδιά.", "Ο μολδαβίτης ενισχύει την πνευματική ανάπτυξη.", "Ο μολδαβίτης ανεβάζει τη δόνησή σας.", "Ο μολδαβίτης αφυπνίζει την πνευματική σας πλευρά."},
		"ar-AE": {"يسرّع المولدافيت تحولك الشخصي.", "يشفي المولدافيت القلب.", "يعزز المولدافيت النمو الروحي.", "يرفع المولدافيت اهتزازاتك.", "يوقظ المولدافيت جانبك الروحي."},
		"ja-JP": {"モルダバイトはあなたの自己変容を加速させます。", "モルダバイトは心を癒します。", "モルダバイトは精神的な成長を促します。", "モルダバイトはあなたの波動を高めます。", "モルダバイトはあなたの霊性を目覚めさせます。"},
		"ko-KR": {"몰다바이트는 개인의 변화를 앞당깁니다.", "몰다바이트는 마음을 치유합니다.", "몰다바이트는 영적 성장을 돕습니다.", "몰다바이트는 당신의 진동을 높입니다.", "몰다바이트는 영성을 일깨웁니다."},
		"zh-CN": {"绿玻陨石能加速你的个人蜕变。", "绿玻陨石能疗愈心灵。", "绿玻陨石促进灵性成长。", "绿玻陨石能提升你的振动频率。", "绿玻陨石能唤醒你的灵性。"},
		"en-US": {"Moldavite speeds up your personal transformation.", "Moldavite heals the heart.", "Moldavite accelerates spiritual growth.", "Moldavite raises your vibration.", "Moldavite awakens your spiritual side."},
		"en-AU": {"Moldavite speeds up your personal transformation.", "Moldavite heals the heart.", "Moldavite accelerates spiritual growth.", "Moldavite raises your vibration.", "Moldavite awakens your spiritual side."},
		"fr-CA": {"La moldavite accélère votre transformation personnelle.", "La moldavite guérit le cœur.", "La moldavite favorise la croissance spirituelle.", "La moldavite élève vos vibrations.", "La moldavite éveille votre côté spirituel."},
		"es-MX": {"La moldavita acelera tu transformación personal.", "La moldavita sana el corazón.", "La moldavita impulsa el crecimiento espiritual.", "La moldavita eleva tu vibración.", "La moldavita despierta tu lado espiritual."},
		"pt-PT": {"A moldavita acelera a sua transformação pessoal.", "A moldavita cura o coração.", "A moldavita promove o crescimento espiritual.", "A moldavita eleva a sua vibração.", "A moldavita desperta o seu lado espiritual."},
		"zh-TW": {"綠玻隕石能加速你的個人蛻變。", "綠玻隕石能療癒心靈。", "綠玻隕石促進靈性成長。", "綠玻隕石能提升你的振動頻率。", "綠玻隕石能喚醒你的靈性。"},
	}
	twins := map[string][]string{
		"en-GB": {"Heat and pressure accelerated the transformation of wood into jet over millions of years.", "The deep green colour transforms a simple outfit, and the light changes through the day.", "The setting raises the stone so that light enters from the sides."},
		"de-DE": {"Hitze und Druck beschleunigten die Umwandlung des Holzes in Gagat.", "Das tiefe Grün verwandelt ein schlichtes Outfit, und das Licht verändert sich im Laufe des Tages.", "Die Fassung hebt den Stein an, damit Licht von den Seiten eintritt."},
		"fr-FR": {"La chaleur et la pression ont accéléré la transformation du bois en jais.", "Le vert profond transforme une tenue simple, et la lumière change au fil de la journée.", "La monture élève la pierre pour que la lumière entre par les côtés."},
		"es-ES": {"El calor y la presión aceleraron la transformación de la madera en azabache.", "El verde intenso transforma un conjunto sencillo y la luz cambia a lo largo del día.", "El engaste eleva la piedra para que la luz entre por los lados."},
		"pt-BR": {"O calor e a pressão aceleraram a transformação da madeira em azeviche.", "O verde intenso transforma um visual simples e a luz muda ao longo do dia.", "O engaste eleva a pedra para que a luz entre pelas laterais."},
		"it-IT": {"Il calore e la pressione hanno accelerato la trasformazione del legno in giaietto.", "Il verde intenso trasforma un outfit semplice e la luce cambia nel corso della giornata.", "La montatura eleva la pietra perché la luce entri dai lati."},
		"nl-NL": {"Hitte en druk versnelden de omzetting van hout in git.", "Het diepe groen transformeert een eenvoudige outfit en het licht verandert in de loop van de dag.", "De zetting verhoogt de steen zodat het licht van opzij binnenvalt."},
		"sv-SE": {"Värme och tryck påskyndade förvandlingen av trä till gagat.", "Den djupt gröna färgen förvandlar en enkel outfit och ljuset skiftar under dagen.", "Infattningen höjer stenen så att ljuset kommer in från sidorna."},
		"da-DK": {"Varme og tryk fremskyndede forvandlingen af træ til gagat.", "Den dybe grønne farve forvandler et enkelt outfit, og lyset skifter i løbet af dagen.", "Indfatningen hæver stenen, så lyset kommer ind fra siderne."},
		"nb-NO": {"Varme og trykk fremskyndet forvandlingen av tre til gagat.", "Den dype grønne fargen forvandler et enkelt antrekk, og lyset skifter gjennom dagen.", "Innfatningen hever steinen slik at lyset kommer inn fra sidene."},
		"fi-FI": {"Lämpö ja paine nopeuttivat puun muutosta gagaatiksi.", "Syvä vihreä muuttaa yksinkertaisen asun, ja valo vaihtuu päivän mittaan.", "Istutus nostaa kiven, jotta valo pääsee sisään sivuilta."},
		"pl-PL": {"Ciepło i ciśnienie przyspieszyły przemianę drewna w gagat.", "Głęboka zieleń odmienia prostą stylizację, a światło zmienia się w ciągu dnia.", "Oprawa podnosi kamień, aby światło wpadało z boków."},
		"cs-CZ": {"Teplo a tlak urychlily proměnu dřeva v gagát.", "Sytá zelená promění jednoduchý outfit a světlo se během dne mění.", "Kotlík zvedá kámen, aby světlo vnikalo ze stran."},
		"tr-TR": {"Isı ve basınç ahşabın oltu taşına dönüşümünü hızlandırdı.", "Derin yeşil renk sade bir kombini dönüştürür ve ışık gün boyunca değişir.", "Yuva, ışığın yanlardan girmesi için taşı yükseltir."},
		"el-GR": {"Η θερμότητα και η πίεση επιτάχυναν τη μετατροπή του ξύλου σε γαγάτη.", "Το βαθύ πράσινο μεταμορφώνει ένα απλό σύνολο και το φως αλλάζει μέσα στη μέρα.", "Η υποδοχή ανυψώνει την πέτρα ώστε το φως να μπαίνει από τα πλάγια."},
		"ar-AE": {"سرّعت الحرارة والضغط تحول الخشب إلى كهرمان أسود.", "يحول اللون الأخضر العميق الإطلالة البسيطة، ويتغير الضوء على مدار اليوم.", "يرفع الترصيع الحجر ليدخل الضوء من الجوانب."},
		"ja-JP": {"熱と圧力が木からジェットへの変化を加速させました。", "深いグリーンがシンプルな装いを一変させ、光は一日の中で移ろいます。", "石座が石を高く持ち上げ、側面から光を取り込みます。"},
		"ko-KR": {"열과 압력이 나무가 제트로 바뀌는 과정을 앞당겼습니다.", "깊은 초록빛이 심플한 옷차림을 바꿔 주고, 빛은 하루 동안 달라집니다.", "세팅이 스톤을 높여 옆에서 빛이 들어옵니다."},
		"zh-CN": {"高温和压力加速了木材变成煤玉的过程。", "深绿色让简单的穿搭焕然一新，光线随一天变化。", "镶座将宝石抬高，让光线从侧面进入。"},
		"en-US": {"Heat and pressure accelerated the transformation of wood into jet over millions of years.", "The deep green colour transforms a simple outfit, and the light changes through the day.", "The setting raises the stone so that light enters from the sides."},
		"en-AU": {"Heat and pressure accelerated the transformation of wood into jet over millions of years.", "The deep green colour transforms a simple outfit, and the light changes through the day.", "The setting raises the stone so that light enters from the sides."},
		"fr-CA": {"La chaleur et la pression ont accéléré la transformation du bois en jais.", "Le vert profond transforme une tenue simple, et la lumière change au fil de la journée.", "La monture élève la pierre pour que la lumière entre par les côtés."},
		"es-MX": {"El calor y la presión aceleraron la transformación de la madera en azabache.", "El verde intenso transforma un conjunto sencillo y la luz cambia a lo largo del día.", "El engaste eleva la piedra para que la luz entre por los lados."},
		"pt-PT": {"O calor e a pressão aceleraram a transformação da madeira em azeviche.", "O verde intenso transforma um visual simples e a luz muda ao longo do dia.", "O engaste eleva a pedra para que a luz entre pelas laterais."},
		"zh-TW": {"高溫和壓力加速了木材變成煤玉的過程。", "深綠色讓簡單的穿搭煥然一新，光線隨一天變化。", "鑲座將寶石抬高，讓光線從側面進入。"},
	}
	var block, pass []kindRow
	for loc, ss := range claims {
		for _, s := range ss {
			block = append(block, kindRow{loc, s, mold, true})
		}
	}
	for loc, ss := range twins {
		for _, s := range ss {
			pass = append(pass, kindRow{loc, s, jet, false})
		}
	}
	if len(claims) != 25 || len(twins) != 25 {
		t.Fatalf("%d and %d locales, want 25", len(claims), len(twins))
	}
	checkKindRows(t, svc, "claim", block)
	checkKindRows(t, svc, "", pass)
}
