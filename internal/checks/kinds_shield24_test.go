package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsShield24: a stone said to protect the wearer's energy, energy
// field or aura, or to attract self-confidence, is a metaphysical claim in
// all 25 locales (#13, twenty-fourth session, probe 30 claim_metaphysical:
// pl-PL "a granat chroni Twoją energię" and fr-CA "Elle protège votre
// énergie et attire la confiance en soi" passed; data/<lang>/
// concepts-shield24.yaml; EU UCPD 2005/29/EC Annex I no. 17, FTC Act
// section 5). Pass twins: the same verbs on the setting and the stone
// (protects the stone from knocks), on glances (attracts every glance), and
// confidence as the manner of wearing ("wear them with confidence", "Ziehen
// Sie die Ohrringe mit Selbstvertrauen an").
func TestKindsShield24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	garnet := core.Product{SKU: "SH24G", Name: "Timeless Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"14k yellow gold", "garnet"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "garnet", Colour: "red", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"red", "gold"}}
	claims := map[string][]string{
		"ar-AE": {"يحمي العقيق الأحمر طاقتك.", "يجذب الثقة بالنفس."},
		"cs-CZ": {"Granát chrání vaši energii.", "Přitahuje sebevědomí."},
		"da-DK": {"Granat beskytter din energi.", "Den tiltrækker selvtillid."},
		"de-DE": {"Granat schützt deine Energie.", "Er zieht Selbstvertrauen an."},
		"el-GR": {"Ο γρανάτης προστατεύει την ενέργειά σας.", "Προσελκύει την αυτοπεποίθηση."},
		"en-AU": {"Garnet protects your energy.", "It attracts self-confidence."},
		"en-GB": {"Garnet protects your energy.", "It attracts self-confidence."},
		"en-US": {"Garnet shields your energy field.", "Garnet attracts confidence."},
		"es-ES": {"El granate protege tu energía.", "Atrae la confianza en ti misma."},
		"es-MX": {"El granate protege tu energía.", "Atrae la seguridad en ti misma."},
		"fi-FI": {"Granaatti suojaa energiaasi.", "Se houkuttelee itsevarmuutta."},
		"fr-CA": {"Elle protège votre énergie et attire la confiance en soi.", "Elle protège vos énergies."},
		"fr-FR": {"Le grenat protège votre énergie.", "Elle attire la confiance en soi."},
		"it-IT": {"Il granato protegge la tua energia.", "Attira la fiducia in te stessa."},
		"ja-JP": {"ガーネットはあなたのエネルギーを守ります。", "自信を引き寄せます。"},
		"ko-KR": {"가닛은 당신의 에너지를 보호합니다.", "자신감을 끌어당깁니다."},
		"nb-NO": {"Granat beskytter energien din.", "Den tiltrekker selvtillit."},
		"nl-NL": {"Granaat beschermt je energie.", "Hij trekt zelfvertrouwen aan."},
		"pl-PL": {"A granat chroni Twoją energię.", "Granat przyciąga pewność siebie."},
		"pt-BR": {"A granada protege sua energia.", "Atrai autoconfiança."},
		"pt-PT": {"A granada protege a sua energia.", "Atrai a autoconfiança."},
		"sv-SE": {"Granat skyddar din energi.", "Den drar till sig självförtroende."},
		"tr-TR": {"Garnet enerjinizi korur.", "Özgüveni çeker."},
		"zh-CN": {"石榴石能保护你的能量。", "它能吸引自信。"},
		"zh-TW": {"石榴石能保護你的能量。", "它能吸引自信。"},
	}
	twins := map[string][]string{
		"ar-AE": {"يحمي الإطار الحجر من الصدمات ويجذب لونه الأحمر العميق الأنظار. ارتديه بثقة."},
		"cs-CZ": {"Kotlík chrání kámen před nárazy a sytá červená přitahuje pohledy. Noste je se sebevědomím."},
		"da-DK": {"Indfatningen beskytter stenen mod slag, og den dybe røde farve tiltrækker blikke. Bær dem med selvtillid."},
		"de-DE": {"Die Fassung schützt den Stein vor Stößen, und sein tiefes Rot zieht die Blicke an. Tragen Sie sie mit Selbstvertrauen."},
		"el-GR": {"Η υποδοχή προστατεύει την πέτρα από χτυπήματα και το βαθύ κόκκινο προσελκύει τα βλέμματα. Φορέστε τα με αυτοπεποίθηση."},
		"en-AU": {"The bezel protects the stone from knocks, and its deep red attracts every glance. Wear them with confidence."},
		"en-GB": {"The bezel protects the stone from knocks, and its deep red attracts every glance. Wear them with confidence."},
		"en-US": {"The bezel protects the stone from knocks, and its deep red attracts every glance. Wear them with confidence."},
		"es-ES": {"El engaste protege la piedra de los golpes y su rojo intenso atrae todas las miradas. Llévalos con confianza."},
		"es-MX": {"El engaste protege la piedra de los golpes y su rojo intenso atrae todas las miradas. Llévalos con confianza."},
		"fi-FI": {"Kehys suojaa kiveä iskuilta, ja syvä punainen houkuttelee katseita. Käytä niitä itsevarmasti."},
		"fr-CA": {"Le serti protège la pierre des chocs et son rouge profond attire les regards. Portez-les avec assurance."},
		"fr-FR": {"Le serti protège la pierre des chocs et son rouge profond attire les regards. Portez-les avec assurance."},
		"it-IT": {"La montatura protegge la pietra dagli urti e il suo rosso intenso attira gli sguardi. Indossali con fiducia."},
		"ja-JP": {"石座が石を衝撃から守り、深い赤が視線を引き寄せます。自信を持って身に着けてください。"},
		"ko-KR": {"세팅이 스톤을 충격으로부터 보호하고 깊은 레드가 시선을 끌어당깁니다. 자신감 있게 착용하세요."},
		"nb-NO": {"Innfatningen beskytter steinen mot slag, og den dype røde fargen tiltrekker blikk. Bruk dem med selvtillit."},
		"nl-NL": {"De zetting beschermt de steen tegen stoten en het diepe rood trekt alle blikken. Draag ze met zelfvertrouwen."},
		"pl-PL": {"Oprawa chroni kamień przed uderzeniami, a głęboka czerwień przyciąga spojrzenia. Noś je z pewnością siebie."},
		"pt-BR": {"O engaste protege a pedra dos choques e o seu vermelho intenso atrai todos os olhares. Use-os com confiança."},
		"pt-PT": {"O engaste protege a pedra dos choques e o seu vermelho intenso atrai todos os olhares. Use-os com confiança."},
		"sv-SE": {"Infattningen skyddar stenen mot stötar och den djupröda färgen drar till sig blickar. Bär dem med självförtroende."},
		"tr-TR": {"Yuva taşı darbelere karşı korur ve koyu kırmızısı bakışları çeker. Onları özgüvenle takın."},
		"zh-CN": {"包镶保护宝石免受磕碰，深红色吸引目光。自信地佩戴它。"},
		"zh-TW": {"包鑲保護寶石免受磕碰，深紅色吸引目光。自信地佩戴它。"},
	}
	if len(claims) != 25 || len(twins) != 25 {
		t.Fatalf("%d and %d locales, want 25", len(claims), len(twins))
	}
	// Put on or worn with confidence, an attractive design: no claim
	// ("anziehen", "aantrekken" put on; "attractive", "atractivo",
	// "przyciągający", 吸引人 are adjectives).
	worn := [][2]string{
		{"de-DE", "Ziehen Sie die Ohrringe mit Selbstvertrauen an."},
		{"de-DE", "Zieh sie mit Selbstbewusstsein an und genieße den Tag."},
		{"nl-NL", "Trek ze aan met zelfvertrouwen."},
		{"en-GB", "An attractive pair, worn with quiet confidence."},
		{"es-ES", "Un diseño atractivo que llevarás con confianza."},
		{"pt-BR", "Um design atraente para usar com confiança."},
		{"it-IT", "Un design attraente da indossare con fiducia."},
		{"el-GR", "Ένα ελκυστικό σχέδιο που φοράτε με αυτοπεποίθηση."},
		{"pl-PL", "Przyciągający wzrok design, który nosisz z pewnością siebie."},
		{"zh-CN", "让你自信又吸引人。"},
		{"sv-SE", "Dra på dig dem med självförtroende."},
		{"da-DK", "Drag dem på med selvtillid."},
		{"fr-FR", "Un design attirant, à porter avec assurance."},
	}
	var block, pass []kindRow
	for _, r := range worn {
		pass = append(pass, kindRow{r[0], r[1], garnet, false})
	}
	for loc, ss := range claims {
		for _, s := range ss {
			block = append(block, kindRow{loc, s, garnet, true})
		}
	}
	for loc, ss := range twins {
		for _, s := range ss {
			pass = append(pass, kindRow{loc, s, garnet, false})
		}
	}
	checkKindRows(t, svc, "claim", block)
	checkKindRows(t, svc, "", pass)
}
