package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsAlloy46 (#13, alloy46), after probe 46C/46D and
// released 46B.
var (
	alloy46Sterling = core.Product{SKU: "AL46S", Name: "Iolite Ring", Category: "ring", Collection: "Reflexions", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "iolite", Colour: "violet", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"violet", "silver"}}
	alloy46WhiteGold = core.Product{SKU: "AL46W", Name: "Reflexions Hoops", Category: "earrings", Collection: "Reflexions", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "rhodium", PlatingMicrons: 0.5}}, Colours: []string{"white"},
		Measurements: []core.Measurement{{Name: "diameter", Value: 20, Unit: "mm"}}}
	alloy46RoseGold = core.Product{SKU: "AL46R", Name: "Essence Rose Gold Necklace", Category: "necklace", Collection: "Essence", Materials: []string{"9k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "9k"}}, Colours: []string{"rose gold"}}
	alloy46Palladium = core.Product{SKU: "AL46P", Name: "Essence Wedding Ring", Category: "ring", Collection: "Essence", Materials: []string{"palladium 500"},
		Metals: []core.Metal{{Base: "palladium", Fineness: "500"}}, Colours: []string{"white"}}
	alloy46Platinum = core.Product{SKU: "AL46T", Name: "Essence Platinum Ring", Category: "ring", Collection: "Essence", Materials: []string{"platinum 950"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"}}
	alloy46LabSapphire = core.Product{SKU: "AL46L", Name: "Lab Sapphire Ring", Category: "ring", Collection: "Signature", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "rhodium"}}, Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginLabGrown}},
		Colours: []string{"blue", "white"}, Features: []string{"lab-grown"}}
)

// TestKindsAlloy46 (#13, alloy46): copy that explains the piece's own
// metal names the metals inside it, and grounding.material read each as
// the piece's material. (1) Yellow gold as what white gold is made from,
// with a participle of the alloy ("White gold is yellow gold alloyed with
// paler metals", canon alloy_metals: white gold holds yellow gold), the
// participle also past a comma or a relative pronoun ("Weißgold ist
// Gelbgold, legiert mit …", contrast.go alloyParticipleAfter), cs "slité".
// (2) Copper in sterling silver beside a share of the silver with no word
// of the alloy ("92.5% pure silver with copper added", alloyShare), and
// after a pure word with Arabic "و" ("فضة نقية ونحاس", solidAdjacent).
// (3) Copper in rose gold named as the colour's source in the sentence
// before the one that names it as the alloy's (alloyRecalled reaches the
// next sentence). (4) The platinum group as a Czech adjective ("kovu z
// platinové skupiny"). (5) Rhodium plating not needed (ja "ロジウムめっきを
// 必要とせず": the negation window starts after a plating word). (6)
// Aluminium oxide, the lab sapphire's chemistry (ja 酸化アルミニウム). The
// same metals said to be the piece, or claimed for a metal that cannot
// hold them, still block.
func TestKindsAlloy46(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ss, wg, rg, pd, pt, ls := alloy46Sterling, alloy46WhiteGold, alloy46RoseGold, alloy46Palladium, alloy46Platinum, alloy46LabSapphire
	checkKindRows(t, svc, "grounding", []kindRow{
		// failing before: the probe and released sentences
		{"en-AU", "Sterling silver is 92.5% pure silver with copper added for strength.", ss, false},
		{"ar-AE", "أما الفضة الإسترلينية فهي سبيكة من 92.5% فضة نقية ونحاس يمنحها الصلابة.", ss, false},
		{"en-GB", "White gold is yellow gold alloyed with paler metals such as palladium or silver, which leaves it a soft, warm grey.", wg, false},
		{"de-DE", "Weißgold ist Gelbgold, legiert mit helleren Metallen wie Palladium oder Silber, und hat deshalb einen leicht warmen Grauton.", wg, false},
		{"es-MX", "El oro blanco es oro amarillo aleado con metales más claros, como paladio o plata, por eso tiene un gris suave y cálido.", wg, false},
		{"pt-PT", "O ouro branco é ouro amarelo ligado a metais mais claros, como paládio ou prata, por isso tem um cinzento suave e quente.", wg, false},
		{"nb-NO", "Hvitt gull er gult gull legert med lysere metaller som palladium eller sølv, og har derfor en myk, varm gråtone.", wg, false},
		{"cs-CZ", "Bílé zlato je žluté zlato slité se světlejšími kovy, jako je palladium nebo stříbro, a proto má jemný, teplý šedý tón.", wg, false},
		{"cs-CZ", "Navrch se nanáší tenká vrstva rhodia, kovu z platinové skupiny, která dává chladný bílý lesk.", wg, false},
		{"ja-JP", "Essenceコレクションのネックレスは、9金ローズゴールドで仕立てました。やさしいピンク色の理由は銅にあります。9金は金の含有率が37.5%で、残りの多くを銅、少量を銀が占めるため、黄色い金が淡いピンクに変わります。銅は地金を硬くする働きもあり、日常使いにも向いています。", rg, false},
		{"ja-JP", "金属そのものが白いため、ロジウムめっきを必要とせず、軽やかです。", pd, false},
		{"ja-JP", "この石は、溶かした酸化アルミニウムから管理された環境で育てられ、採掘されたサファイアと同じ化学組成、硬度、輝きを持ちます。", ls, false},
		// failing before too: variants
		{"fi-FI", "Valkokulta on keltakultaa, joka on seostettu vaaleampien metallien, kuten palladiumin tai hopean, kanssa.", wg, false},
		{"ja-JP", "金属そのものが白いため、ロジウムめっきを必要としません。", pd, false},
		{"ja-JP", "ロジウムめっきは施していません。", pd, false},
	})
	// twins: yellow gold as white gold's, every locale
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "White gold is yellow gold alloyed with paler metals such as palladium or silver.", wg, false},
		{"en-US", "White gold is yellow gold alloyed with paler metals such as palladium or silver.", wg, false},
		{"en-AU", "White gold is yellow gold alloyed with paler metals such as palladium or silver.", wg, false},
		{"de-DE", "Weißgold ist Gelbgold, legiert mit helleren Metallen wie Palladium oder Silber.", wg, false},
		{"fr-FR", "L'or blanc est de l'or jaune allié à des métaux plus clairs comme le palladium ou l'argent.", wg, false},
		{"fr-CA", "L'or blanc est de l'or jaune allié à des métaux plus clairs comme le palladium ou l'argent.", wg, false},
		{"es-ES", "El oro blanco es oro amarillo aleado con metales más claros, como paladio o plata.", wg, false},
		{"es-MX", "El oro blanco es oro amarillo aleado con metales más claros, como paladio o plata.", wg, false},
		{"it-IT", "L'oro bianco è oro giallo legato con metalli più chiari come palladio o argento.", wg, false},
		{"pt-PT", "O ouro branco é ouro amarelo ligado a metais mais claros, como paládio ou prata.", wg, false},
		{"pt-BR", "O ouro branco é ouro amarelo ligado a metais mais claros, como paládio ou prata.", wg, false},
		{"nl-NL", "Witgoud is geelgoud gelegeerd met lichtere metalen zoals palladium of zilver.", wg, false},
		{"sv-SE", "Vitguld är gult guld legerat med ljusare metaller som palladium eller silver.", wg, false},
		{"da-DK", "Hvidguld er gult guld legeret med lysere metaller som palladium eller sølv.", wg, false},
		{"nb-NO", "Hvitt gull er gult gull legert med lysere metaller som palladium eller sølv.", wg, false},
		{"fi-FI", "Valkokulta on keltakultaa, joka on seostettu vaaleampien metallien kanssa.", wg, false},
		{"pl-PL", "Białe złoto to żółte złoto stopione z jaśniejszymi metalami, takimi jak pallad lub srebro.", wg, false},
		{"cs-CZ", "Bílé zlato je žluté zlato slité se světlejšími kovy, jako je palladium nebo stříbro.", wg, false},
		{"tr-TR", "Beyaz altın, paladyum veya gümüş gibi daha açık metallerle alaşımlanmış sarı altındır.", wg, false},
		{"el-GR", "Ο λευκός χρυσός είναι κίτρινος χρυσός σε κράμα με πιο ανοιχτόχρωμα μέταλλα, όπως παλλάδιο ή ασήμι.", wg, false},
		{"ar-AE", "الذهب الأبيض هو ذهب أصفر في سبيكة مع معادن أفتح لوناً مثل البلاديوم أو الفضة.", wg, false},
		{"ja-JP", "ホワイトゴールドは、イエローゴールドにパラジウムや銀などの白い金属を混ぜた合金です。", wg, false},
		{"ko-KR", "화이트 골드는 옐로 골드에 팔라듐이나 은 같은 밝은 금속을 섞은 합금입니다.", wg, false},
		{"zh-CN", "白K金是黄K金与钯或银等浅色金属熔合而成的合金。", wg, false},
		{"zh-TW", "白K金是黃K金與鈀或銀等淺色金屬熔合而成的合金。", wg, false},
	})
	// twins: copper beside the share of sterling's silver, every locale
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Sterling silver is 92.5% pure silver with copper added for strength.", ss, false},
		{"en-US", "Sterling silver is 92.5% pure silver with copper added for strength.", ss, false},
		{"de-DE", "Sterlingsilber ist 92,5 % reines Silber mit etwas Kupfer für mehr Härte.", ss, false},
		{"fr-FR", "L'argent sterling contient 92,5 % d'argent pur et du cuivre pour la solidité.", ss, false},
		{"fr-CA", "L'argent sterling contient 92,5 % d'argent pur et du cuivre pour la solidité.", ss, false},
		{"es-ES", "La plata de ley es plata pura al 92,5 % con cobre añadido para darle resistencia.", ss, false},
		{"es-MX", "La plata esterlina es plata pura al 92.5 % con cobre añadido para darle resistencia.", ss, false},
		{"it-IT", "L'argento sterling è argento puro al 92,5% con rame aggiunto per la resistenza.", ss, false},
		{"pt-PT", "A prata de lei é 92,5% prata pura com cobre adicionado para dar resistência.", ss, false},
		{"pt-BR", "A prata esterlina é 92,5% prata pura com cobre adicionado para dar resistência.", ss, false},
		{"nl-NL", "Sterling zilver is 92,5% puur zilver met koper voor extra stevigheid.", ss, false},
		{"sv-SE", "Sterlingsilver är 92,5 % rent silver med koppar tillsatt för styrka.", ss, false},
		{"da-DK", "Sterlingsølv er 92,5 % rent sølv med kobber tilsat for styrke.", ss, false},
		{"nb-NO", "Sterlingsølv er 92,5 % rent sølv med kobber tilsatt for styrke.", ss, false},
		{"fi-FI", "Sterlinghopeassa on 92,5 % puhdasta hopeaa ja kuparia lujuuden vuoksi.", ss, false},
		{"pl-PL", "Srebro próby 925 to 92,5% czystego srebra z dodatkiem miedzi dla wytrzymałości.", ss, false},
		{"cs-CZ", "Sterlingové stříbro je z 92,5 % čisté stříbro s přídavkem mědi pro pevnost.", ss, false},
		{"tr-TR", "925 ayar gümüş, sağlamlık için bakır eklenmiş %92,5 saf gümüştür.", ss, false},
		{"el-GR", "Το ασήμι στερλίνα είναι 92,5% καθαρό ασήμι με προσθήκη χαλκού για αντοχή.", ss, false},
		{"ar-AE", "الفضة الإسترلينية هي 92.5% فضة نقية مع نحاس مضاف لزيادة الصلابة.", ss, false},
		{"ja-JP", "スターリングシルバーは純銀92.5%に強度のための銅を加えたものです。", ss, false},
		{"ko-KR", "스털링 실버는 순은 92.5%에 강도를 위해 구리를 더한 것입니다.", ss, false},
		{"zh-CN", "925银是92.5%纯银加入少量铜以增加硬度。", ss, false},
		{"zh-TW", "925銀是92.5%純銀加入少量銅以增加硬度。", ss, false},
		// the platinum group's other forms (cs) and the plating denied (ja)
		{"cs-CZ", "Rhodium je kov z platinové skupiny.", wg, false},
		{"ja-JP", "金属そのものが白いため、ロジウムめっきは不要です。", pd, false},
	})
	// bad twins: the same metals said to be the piece, or in a metal that
	// cannot hold them
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The hoops are yellow gold alloyed with palladium.", wg, true},
		{"de-DE", "Die Creolen sind aus Gelbgold.", wg, true},
		{"de-DE", "Die Creolen sind Gelbgold, legiert mit Palladium.", wg, true},
		{"es-MX", "Los aretes son de oro amarillo aleado con paladio.", wg, true},
		{"cs-CZ", "Náušnice jsou ze žlutého zlata.", wg, true},
		{"ja-JP", "このピアスはイエローゴールド製です。", wg, true},
		{"zh-CN", "这对耳环是黄K金制成的。", wg, true},
		{"en-GB", "Platinum is yellow gold alloyed with paler metals such as palladium.", pt, true},
		{"de-DE", "Platin ist Gelbgold, legiert mit helleren Metallen wie Palladium.", pt, true},
		{"en-AU", "The band is 92.5% silver with copper inside.", ss, true},
		{"en-AU", "Sterling silver is 92.5% silver, the clasp copper.", ss, true},
		{"en-AU", "Sterling silver is 92.5% pure silver with nickel added for strength.", ss, true},
		{"en-AU", "The ring is copper.", ss, true},
		{"ar-AE", "الخاتم من فضة نقية ونحاس.", ss, true},
		{"ar-AE", "الخاتم من نحاس نقي.", ss, true},
		{"ja-JP", "このネックレスは銅製です。9金は金の含有率が37.5%で、残りの多くを銅、少量を銀が占めます。", rg, true},
		{"ja-JP", "やさしいピンク色の理由は銅にあります。", rg, true},
		{"ja-JP", "このリングはロジウムめっき仕上げです。", pd, true},
		{"ja-JP", "このリングはアルミニウム製です。", ls, true},
		{"cs-CZ", "Rhodium je kov z platinové skupiny.", ss, true},
		{"cs-CZ", "Náušnice jsou ze žlutého zlata slitého s palladiem.", wg, true},
		{"fi-FI", "Korvakorut ovat keltakultaa, joka on seostettu palladiumin kanssa.", wg, true},
		{"en-GB", "The hoops are yellow gold, which is alloyed with palladium.", wg, true},
		{"ja-JP", "ロジウムめっき仕上げで、ニッケルは使用していません。", pd, true},
	})
}

// TestKindsAlloy46Open holds the rows alloy46 did not reach (#13).
func TestKindsAlloy46Open(t *testing.T) {
	t.Skip("open (#13, alloy46): zh 无需 before a likeness frame (像白K金那样, contrast46's kind) does not reach the rhodium plating after the frame: the negation window counts the frame's characters")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"zh-CN", "钯金本身呈白色，因此无需像白K金那样镀铑。", alloy46Palladium, false},
	})
}
