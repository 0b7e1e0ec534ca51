package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// bm14Cross is the fourteenth blind set's men's cross: black IP-plated
	// stainless steel, no precious metal, black.
	bm14Cross = core.Product{SKU: "BM14", Name: "Heritage Cross", Category: "pendant", Materials: []string{"stainless steel"},
		Metals: []core.Metal{{Base: "stainless steel", Plating: "black IP"}}, Colours: []string{"black"}}
	// bm14Tone is the same cross in silver-tone stainless steel.
	bm14Tone = core.Product{SKU: "BM14T", Name: "Heritage Cross", Category: "pendant", Materials: []string{"stainless steel"},
		Metals: []core.Metal{{Base: "stainless steel"}}, Colours: []string{"silver"}}
	// bm14Silver is the same cross in sterling silver (the reverse kind).
	bm14Silver = core.Product{SKU: "BM14S", Name: "Heritage Cross", Category: "pendant", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	// bm14GoldPlated is the cross in gold-plated stainless steel.
	bm14GoldPlated = core.Product{SKU: "BM14G", Name: "Heritage Cross", Category: "pendant", Materials: []string{"gold-plated stainless steel"},
		Metals: []core.Metal{{Base: "stainless steel", Plating: "18k gold"}}, Colours: []string{"gold"}}
	// bm14Leather is the fourteenth probe's leather wrap bracelet on a
	// stainless steel magnetic clasp.
	bm14Leather = core.Product{SKU: "BM14L", Name: "Nomad", Category: "bracelet", Materials: []string{"genuine leather", "stainless steel"},
		Metals: []core.Metal{{Base: "stainless steel"}}, Colours: []string{"black", "steel"}}
	// bm14Coral is the fourteenth probe's coral bead necklace on
	// gold-plated brass.
	bm14Coral = core.Product{SKU: "BM14C", Name: "Red Coral", Category: "necklace", Materials: []string{"bamboo coral", "gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold"}}, Colours: []string{"red", "gold"}}
	// bm14Brass is a gold-tone brass cuff; bm14Brass18 the same cuff
	// plated with 18k gold.
	bm14Brass = core.Product{SKU: "BM14B", Name: "Sun", Category: "bracelet", Materials: []string{"brass"},
		Metals: []core.Metal{{Base: "brass"}}, Colours: []string{"gold"}}
	bm14Brass18 = core.Product{SKU: "BM14P", Name: "Sun", Category: "bracelet", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "18k gold"}}, Colours: []string{"gold"}}
	// bm14Titanium is a titanium ring.
	bm14Titanium = core.Product{SKU: "BM14R", Name: "Orbit", Category: "ring", Materials: []string{"titanium"},
		Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"}}
)

// bm14Lang is one language's cross called solid silver (solid), sterling
// silver (bare), and said truly silver-coloured steel (tone).
type bm14Lang struct{ solid, bare, tone string }

var bm14Texts = map[string]bm14Lang{
	"en":    {"A cross pendant in solid sterling silver.", "A cross pendant in sterling silver.", "A cross pendant in silver-tone stainless steel."},
	"de":    {"Ein Kreuzanhänger aus massivem Silber.", "Ein Kreuzanhänger aus Sterlingsilber.", "Ein Kreuzanhänger aus silberfarbenem Edelstahl."},
	"fr":    {"Un pendentif croix en argent massif.", "Un pendentif croix en argent sterling.", "Un pendentif croix en acier inoxydable couleur argent."},
	"es":    {"Un colgante de cruz de plata maciza.", "Un colgante de cruz de plata de ley.", "Un colgante de cruz de acero inoxidable color plata."},
	"it":    {"Un ciondolo a croce in argento massiccio.", "Un ciondolo a croce in argento sterling.", "Un ciondolo a croce in acciaio inossidabile color argento."},
	"pt":    {"Um pingente de cruz em prata maciça.", "Um pingente de cruz em prata de lei.", "Um pingente de cruz em aço inoxidável cor de prata."},
	"nl":    {"Een kruishanger van massief zilver.", "Een kruishanger van sterling zilver.", "Een kruishanger van zilverkleurig roestvrij staal."},
	"da":    {"Et korsvedhæng i massivt sølv.", "Et korsvedhæng i sterlingsølv.", "Et korsvedhæng i sølvfarvet rustfrit stål."},
	"nb":    {"Et korsanheng i massivt sølv.", "Et korsanheng i sterlingsølv.", "Et korsanheng i sølvfarget rustfritt stål."},
	"sv":    {"Ett korshänge i massivt silver.", "Ett korshänge i sterlingsilver.", "Ett korshänge i silverfärgat rostfritt stål."},
	"fi":    {"Ristiriipus täyshopeaa.", "Ristiriipus 925 hopeaa.", "Ristiriipus hopeanvärisestä ruostumattomasta teräksestä."},
	"pl":    {"Wisiorek w kształcie krzyża z litego srebra.", "Wisiorek w kształcie krzyża ze srebra próby 925.", "Wisiorek w kształcie krzyża ze stali nierdzewnej w kolorze srebrnym."},
	"cs":    {"Přívěsek ve tvaru kříže z masivního stříbra.", "Přívěsek ve tvaru kříže ze stříbra 925.", "Přívěsek ve tvaru kříže z nerezové oceli stříbrné barvy."},
	"el":    {"Σταυρός από μασίφ ασήμι.", "Σταυρός από ασήμι 925.", "Σταυρός από ανοξείδωτο ατσάλι σε ασημί χρώμα."},
	"tr":    {"Som gümüş haç kolye ucu.", "925 ayar gümüş haç kolye ucu.", "Gümüş renkli paslanmaz çelik haç kolye ucu."},
	"ar":    {"قلادة صليب من الفضة الخالصة.", "قلادة صليب من فضة إسترلينية.", "قلادة صليب من الفولاذ المقاوم للصدأ بلون فضي."},
	"ja":    {"純銀のクロスペンダント。", "スターリングシルバーのクロスペンダント。", "シルバーカラーのステンレスのクロスペンダント。"},
	"ko":    {"순은 십자가 펜던트.", "스털링 실버 십자가 펜던트.", "실버 톤 스테인리스 스틸 십자가 펜던트."},
	"zh-CN": {"纯银十字架吊坠。", "925银十字架吊坠。", "银色不锈钢十字架吊坠。"},
	"zh-TW": {"純銀十字架吊墜。", "925銀十字架吊墜。", "銀色不鏽鋼十字架吊墜。"},
}

// TestKindsBaseMetal14: a precious metal named as the material of a piece
// of base metal is a misdescription under the trading rules, not only an
// untrue fact (FTC Jewelry Guides 16 CFR 23.4 on gold and karat, 23.6 on
// silver and sterling, 23.7 on platinum; the Hallmarking Act 1973 s.1 and
// the EU hallmarking laws: "silver" is 800/925 and up). The fourteenth
// blind set's ko "브러시드 순은" on a stainless steel tie bar, zh-TW 純銀磁扣
// on a leather bracelet's steel clasp, en-AU "solid sterling silver" and
// el "μασίφ ασήμι" on a black IP-plated steel cross were found only as
// grounding (#13, basemetal14). The same words pass on the sterling silver
// cross; silver-coloured steel said so, gold-plated steel said so, a
// comparison with silver (the German words of comparison, than_before:
// "Alternative zu Sterlingsilber", "im Vergleich zu Silber") and a negation
// pass; "sterling silver" on silver-tone steel, and beside a comparison
// with another thing, still blocks. A karat on gold-tone brass marks base
// metal with a fineness (16 CFR 23.4) however plainly the tone is said;
// the plating's own karat on gold-plated brass passes.
func TestKindsBaseMetal14(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var solid, bare, tone []lt
	perLocale(t, bm14Texts, "basemetal14", func(loc string, x bm14Lang, in func([]string) []lt) {
		solid = append(solid, in([]string{x.solid})...)
		bare = append(bare, in([]string{x.bare})...)
		tone = append(tone, in([]string{x.tone})...)
	})
	clasp := []lt{
		{"en-AU", "A black leather wrap bracelet with a sterling silver magnetic clasp."},
		{"de-DE", "Ein schwarzes Lederarmband mit einem Magnetverschluss aus Sterlingsilber."},
		{"fr-FR", "Un bracelet en cuir noir avec un fermoir magnétique en argent sterling."},
		{"zh-TW", "黑色真皮手環，純銀磁扣會自動吸合。"},
		{"ko-KR", "블랙 가죽 팔찌에 순은 마그네틱 잠금장치를 더했습니다."},
	}
	gold := []lt{
		{"en-GB", "A ring in solid 18k gold."},
		{"de-DE", "Ein Ring aus massivem 18 Karat Gold."},
		{"fr-FR", "Une bague en or massif 18 carats."},
		{"es-ES", "Un anillo de oro macizo de 18 quilates."},
		{"ja-JP", "18金無垢のリング。"},
		{"zh-CN", "实心18K金戒指。"},
		{"en-US", "A platinum ring."},
		{"de-DE", "Ein Ring aus Platin."},
		{"fr-FR", "Une bague en platine."},
	}
	// A part of a plated piece called solid: the plating called solid.
	solidPart := []lt{
		{"pt-BR", "O colar tem 45 cm e fecha com um mosquetão de ouro maciço."},
		{"en-GB", "The necklace is 45 cm long and closes with a solid gold lobster clasp."},
		{"de-DE", "Die Kette ist 45 cm lang und schließt mit einem Karabinerverschluss aus massivem Gold."},
		{"fr-FR", "Le collier mesure 45 cm et se ferme par un fermoir mousqueton en or massif."},
		{"es-ES", "El collar mide 45 cm y se cierra con un mosquetón de oro macizo."},
	}
	platedPart := []lt{
		{"pt-BR", "Colar banhado a ouro de 45 cm, que fecha com um mosquetão dourado."},
		{"en-GB", "A gold-plated brass necklace that closes with a gold-plated lobster clasp."},
	}
	// A karat on gold-tone brass, the tone said: a fineness marked on base
	// metal (16 CFR 23.4).
	karatTone := []lt{
		{"en-GB", "A gold-tone brass cuff in 18k gold."},
		{"de-DE", "Ein goldfarbener Armreif aus Messing, 18 Karat Gold."},
		{"fr-FR", "Une manchette en laiton couleur or, en or 18 carats."},
		{"es-ES", "Un brazalete de latón color oro, de oro de 18 quilates."},
		{"it-IT", "Un bracciale in ottone color oro, in oro 18 carati."},
		{"nl-NL", "Een goudkleurige armband van messing, van 18 karaat goud."},
		{"sv-SE", "Ett guldfärgat armband i mässing, i 18 karat guld."},
		{"ja-JP", "ゴールドカラーの真鍮バングル、18金。"},
		{"zh-CN", "金色黄铜手镯，18K金。"},
		{"ko-KR", "골드 톤 황동 뱅글, 18K 금."},
		{"tr-TR", "Altın renkli pirinç bilezik, 18 ayar altın."},
	}
	toneSaid := []lt{
		{"en-GB", "A gold-tone brass cuff."},
		{"de-DE", "Ein goldfarbener Armreif aus Messing."},
		{"fr-FR", "Une manchette en laiton couleur or."},
		{"es-ES", "Un brazalete de latón color oro."},
		{"nl-NL", "Een goudkleurige armband van messing."},
		{"ja-JP", "ゴールドカラーの真鍮バングル。"},
		{"zh-CN", "金色黄铜手镯。"},
	}
	platedKarat := []lt{
		{"en-GB", "A brass cuff plated with 18k gold."},
		{"de-DE", "Ein Armreif aus Messing mit 18 Karat Gold vergoldet."},
		{"fr-FR", "Une manchette en laiton plaqué or 18 carats."},
	}
	others := []lt{
		{"en-US", "A cross pendant in black stainless steel, not silver."},
		{"en-GB", "A cross pendant in black stainless steel. Wear it with a silver satin shirt."},
		{"de-DE", "Ein Kreuzanhänger aus schwarzem Edelstahl, nicht aus Silber."},
		{"en-GB", "An affordable alternative to sterling silver: a cross pendant in black stainless steel."},
		{"de-DE", "Eine günstige Alternative zu Sterlingsilber: ein Kreuzanhänger aus schwarzem Edelstahl."},
		{"de-DE", "Im Vergleich zu Silber ist Edelstahl robuster: ein Kreuzanhänger aus schwarzem Edelstahl."},
		{"de-DE", "Ein Kreuzanhänger aus schwarzem Edelstahl, verglichen mit Silber pflegeleicht."},
		{"fr-FR", "Un pendentif croix en acier inoxydable noir, pas en argent."},
	}
	plated := []lt{
		{"en-GB", "A cross pendant in gold-plated stainless steel."},
		{"de-DE", "Ein Kreuzanhänger aus vergoldetem Edelstahl."},
		{"fr-FR", "Un pendentif croix en acier inoxydable plaqué or."},
		{"es-ES", "Un colgante de cruz de acero inoxidable chapado en oro."},
		{"ja-JP", "ゴールドメッキのステンレスのクロスペンダント。"},
	}
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"solid silver on base metal", bm14Cross, CatRegulatory, solid},
		{"sterling silver on base metal", bm14Cross, CatRegulatory, bare},
		{"a silver clasp on leather and steel", bm14Leather, CatRegulatory, clasp},
		{"gold and platinum on titanium", bm14Titanium, CatRegulatory, gold},
		{"a part of a plated piece called solid", bm14Coral, CatRegulatory, solidPart},
		{"a part of a plated piece said plated", bm14Coral, "", platedPart},
		{"a karat on gold-tone brass", bm14Brass, CatRegulatory, karatTone},
		{"gold-tone brass said so", bm14Brass, "", toneSaid},
		{"the plating's karat on gold-plated brass", bm14Brass18, "", platedKarat},
		{"solid silver on sterling silver", bm14Silver, "", solid},
		{"sterling silver on sterling silver", bm14Silver, "", bare},
		{"silver-coloured steel said so", bm14Tone, "", tone},
		{"a comparison, a negation, clothing", bm14Cross, "", others},
		{"gold-plated steel said so", bm14GoldPlated, "", plated},
		{"sterling silver on silver-tone steel", bm14Tone, CatRegulatory, bare},
		// The German words of comparison name what is compared, not the
		// piece's metal said beside them.
		{"sterling silver beside a comparison", bm14Cross, CatRegulatory, []lt{
			{"de-DE", "Ein Kreuzanhänger aus Sterlingsilber, eine Alternative zu Gold."},
			{"de-DE", "Ein Kreuzanhänger aus massivem Silber im Vergleich zu anderen Kreuzen."},
			{"en-GB", "A cross pendant in sterling silver, an alternative to gold."},
		}},
	})
}
