package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsChem32: a metal named in a mineral's chemistry by a compound
// noun with a multiplier (dioxide, dióxido, dioxyde, biossido, dwutlenek,
// ditlenek, dioxid, dioksidi, τριοξείδιο, 二酸化, 이산화, 二氧化) is the
// mineral's, not a metal of the piece (#13, chem32; blind set 31B's
// 31B109: "agulhas finas de rutilo, um mineral de dióxido de titânio" and
// "igiełek rutylu, minerału z dwutlenku tytanu" on a silver ring blocked
// grounding.material). The packs' mineral_nouns now hold the multiplied
// oxides and sulfides that mineral_chem.go reads. Rows name the piece
// (its quartz), so the material-sentence reading cannot pass them; each
// failed before. de-DE, tr-TR, ar-AE, zh-CN and zh-TW passed already
// (compounds such as Titandioxid name no metal; ثاني أكسيد and 二氧化钛
// were read). Every locale's blocking twin says the titanium of the ring.
func TestKindsChem32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "C32R", Name: "Rutilated Quartz Ring", Category: "ring", Collection: "Reflexions",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "rutilated quartz", Colour: "clear", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "clear"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The ring's quartz holds needles of rutile, which is titanium dioxide.", ring, false},
		{"en-US", "The quartz in this ring holds needles of rutile, a dioxide of titanium.", ring, false},
		{"en-AU", "This ring's quartz holds rutile, titanium dioxide that grew as needles.", ring, false},
		{"fr-FR", "Le quartz de cette bague renferme des aiguilles de rutile, un minéral de dioxyde de titane.", ring, false},
		{"fr-CA", "Le quartz de la bague renferme du rutile, un dioxyde de titane.", ring, false},
		{"es-ES", "El cuarzo de este anillo encierra agujas de rutilo, un mineral de dióxido de titanio.", ring, false},
		{"es-MX", "El cuarzo del anillo guarda agujas de rutilo, un dióxido de titanio natural.", ring, false},
		{"it-IT", "Il quarzo di questo anello racchiude aghi di rutilo, un minerale di biossido di titanio.", ring, false},
		{"it-IT", "Il quarzo di questo anello racchiude aghi di rutilo, un diossido di titanio.", ring, false},
		{"pt-PT", "O quartzo deste anel encerra agulhas de rutilo, um mineral de dióxido de titânio.", ring, false},
		{"pt-BR", "O quartzo do anel cresceu em volta de agulhas finas de rutilo, um mineral de dióxido de titânio.", ring, false},
		{"nl-NL", "Het kwarts van deze ring bevat naalden van rutiel, een dioxide van titanium.", ring, false},
		{"pl-PL", "Kwarc w tym pierścionku kryje igiełki rutylu, minerału z dwutlenku tytanu.", ring, false},
		{"pl-PL", "Kwarc w tym pierścionku kryje igiełki rutylu, czyli ditlenku tytanu.", ring, false},
		{"cs-CZ", "Křemen v prstenu skrývá jehličky rutilu, minerálu z dioxidu titanu.", ring, false},
		{"el-GR", "Ο χαλαζίας του δαχτυλιδιού κρύβει βελόνες ρουτιλίου, ενός τριοξειδίου του τιτανίου.", ring, false},
		{"ja-JP", "このリングのクォーツには、二酸化チタンでできたルチルの針が入っています。", ring, false},
		{"ko-KR", "이 반지의 쿼츠에는 이산화 티타늄 광물인 루틸 바늘이 들어 있습니다.", ring, false},
		{"ko-KR", "이 반지의 쿼츠에는 이산화 티타늄으로 된 루틸 바늘이 들어 있습니다.", ring, false},
		{"ja-JP", "このリングのクォーツには、ルチルすなわち二酸化チタンの針が入っています。", ring, false},
		{"sv-SE", "Kvartsen i ringen rymmer nålar av rutil, en dioxid av titan.", ring, false},
		{"fi-FI", "Sormuksen kvartsissa on rutiilin neulasia, titaanin dioksidia.", ring, false},
		{"cs-CZ", "Křemen v prstenu skrývá jehličky rutilu, tedy dioxidu titanu.", ring, false},
		{"es-ES", "El cuarzo de este anillo encierra agujas de rutilo, es decir, dióxido de titanio.", ring, false},
		{"fr-FR", "Le quartz de cette bague renferme des aiguilles de rutile, soit du dioxyde de titane.", ring, false},
		{"da-DK", "Kvartsen i ringen rummer nåle af rutil, en dioxid af titan.", ring, false},
		{"nb-NO", "Kvartsen i ringen rommer nåler av rutil, en dioksid av titan.", ring, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The ring is made of titanium.", ring, true},
		{"en-US", "The ring is made of titanium.", ring, true},
		{"en-AU", "The ring is made of titanium.", ring, true},
		{"de-DE", "Der Ring ist aus Titan.", ring, true},
		{"fr-FR", "La bague est en titane.", ring, true},
		{"fr-CA", "La bague est en titane.", ring, true},
		{"es-ES", "El anillo es de titanio.", ring, true},
		{"es-MX", "El anillo es de titanio.", ring, true},
		{"it-IT", "L'anello è in titanio.", ring, true},
		{"pt-PT", "O anel é de titânio.", ring, true},
		{"pt-BR", "O anel é de titânio.", ring, true},
		{"nl-NL", "De ring is van titanium.", ring, true},
		{"sv-SE", "Ringen är av titan.", ring, true},
		{"da-DK", "Ringen er af titan.", ring, true},
		{"nb-NO", "Ringen er av titan.", ring, true},
		{"fi-FI", "Sormus on titaania.", ring, true},
		{"pl-PL", "Pierścionek jest z tytanu.", ring, true},
		{"cs-CZ", "Prsten je z titanu.", ring, true},
		{"tr-TR", "Yüzük titanyumdan yapılmıştır.", ring, true},
		{"el-GR", "Το δαχτυλίδι είναι από τιτάνιο.", ring, true},
		{"ar-AE", "الخاتم مصنوع من التيتانيوم.", ring, true},
		{"ja-JP", "リングはチタン製です。", ring, true},
		{"ko-KR", "반지는 티타늄으로 만들어졌습니다.", ring, true},
		{"zh-CN", "这枚戒指由钛制成。", ring, true},
		{"zh-TW", "這枚戒指由鈦製成。", ring, true},
	})
}
