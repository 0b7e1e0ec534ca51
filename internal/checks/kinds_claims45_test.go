package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsClaims45 (#13, claims45), after released 45 and
// probe 45.
var (
	claims45Diamond = core.Product{SKU: "C45D", Name: "Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"18k white gold", "diamond"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver"}}
	claims45Ruby = core.Product{SKU: "C45R", Name: "Ruby Ring", Category: "ring", Collection: "Heritage", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"gold", "red"}}
	claims45Amethyst = core.Product{SKU: "C45A", Name: "Amethyst Pendant", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver", "amethyst"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"purple", "silver"}}
	claims45Vermeil = core.Product{SKU: "C45V", Name: "Knot Earrings", Category: "earrings", Collection: "Moments", Materials: []string{"sterling silver", "18k gold vermeil"},
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}, {Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}},
		Colours: []string{"silver", "gold"}}
	claims45Sapphire = core.Product{SKU: "C45S", Name: "Sapphire Pendant", Category: "pendant", Collection: "Timeless", Materials: []string{"14k yellow gold", "sapphire"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"gold", "blue"}}
	claims45Conch = core.Product{SKU: "C45C", Name: "Conch Pearl Studs", Category: "earrings", Collection: "Lumière", Materials: []string{"18k yellow gold", "conch pearl"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "750"}}, Stones: []core.Stone{{Type: "conch pearl", Colour: "pink", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"pink", "gold"}}
	claims45PlatedBrass = core.Product{SKU: "C45B", Name: "Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 0.5}}, Colours: []string{"gold"}}
	claims45Titanium = core.Product{SKU: "C45T", Name: "Titanium Ring", Category: "ring", Collection: "Timeless", Materials: []string{"anodised titanium"},
		Metals: []core.Metal{{Base: "grade 2 titanium"}}, Colours: []string{"blue"}}
	claims45Silver = core.Product{SKU: "C45K", Name: "Band Ring", Category: "ring", Collection: "Timeless", Materials: []string{"recycled sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}, Features: []string{"recycled"}}
	claims45Moissanite = core.Product{SKU: "C45M", Name: "Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"14k white gold", "moissanite"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "moissanite", Colour: "clear", Count: 1, Origin: core.OriginLabGrown}},
		Colours: []string{"silver"}}
	claims45CZ = core.Product{SKU: "C45Z", Name: "Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"sterling silver", "cubic zirconia"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1, Origin: core.OriginSimulant}},
		Colours: []string{"silver"}}
	claims45SimMoissanite = core.Product{SKU: "C45N", Name: "Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"sterling silver", "moissanite"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "moissanite", Colour: "clear", Count: 1, Origin: core.OriginSimulant}},
		Colours: []string{"silver"}}
	claims45Fine = core.Product{SKU: "C45F", Name: "Fine Gold Hoops", Category: "earrings", Collection: "Heritage", Materials: []string{"24k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "24k"}}, Colours: []string{"gold"}}
	claims45Plated = core.Product{SKU: "C45P", Name: "Wave Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"gold-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k", PlatingMicrons: 1.5}}, Colours: []string{"gold"}}
)

// TestKindsClaims45 (#13, claims45): words read as claims, offers or
// regulated terms where the text makes none, and two holes.
func TestKindsClaims45(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	t.Run("clarity", func(t *testing.T) {
		t.Parallel()
		// the probe's sentence and the stone's clarity in every locale
		checkKindRows(t, svc, "", []kindRow{
			{"el-GR", "Η πέτρα αυτή έχει υποστεί θερμική επεξεργασία, μια καθιερωμένη πρακτική που βαθαίνει το κόκκινο και βελτιώνει τη διαύγεια.", claims45Ruby, false},
			{"el-GR", "Η θέρμανση βελτιώνει τη διαύγεια του ρουμπινιού.", claims45Ruby, false},
			{"en-GB", "Heating improves the clarity of the ruby.", claims45Ruby, false},
			{"de-DE", "Die Erhitzung verbessert die Klarheit des Rubins.", claims45Ruby, false},
			{"fr-FR", "Le chauffage améliore la clarté du rubis.", claims45Ruby, false},
			{"es-ES", "El calentamiento mejora la claridad del rubí.", claims45Ruby, false},
			{"it-IT", "Il riscaldamento migliora la limpidezza del rubino.", claims45Ruby, false},
			{"en-GB", "The diamond is prized for its clarity.", claims45Diamond, false},
			{"en-US", "The diamond is eye-clean, with excellent clarity.", claims45Diamond, false},
			{"en-AU", "The diamond is prized for its clarity.", claims45Diamond, false},
			{"de-DE", "Der Diamant besticht durch seine Klarheit.", claims45Diamond, false},
			{"fr-FR", "Le diamant se distingue par sa clarté.", claims45Diamond, false},
			{"fr-CA", "Le diamant se distingue par sa clarté.", claims45Diamond, false},
			{"es-ES", "El diamante destaca por su claridad.", claims45Diamond, false},
			{"es-MX", "El diamante destaca por su claridad.", claims45Diamond, false},
			{"it-IT", "Il diamante colpisce per la sua limpidezza.", claims45Diamond, false},
			{"it-IT", "Il diamante colpisce per la sua chiarezza.", claims45Diamond, false},
			{"pt-PT", "O diamante destaca-se pela sua limpidez.", claims45Diamond, false},
			{"pt-BR", "O diamante se destaca pela sua clareza.", claims45Diamond, false},
			{"nl-NL", "De diamant valt op door zijn helderheid.", claims45Diamond, false},
			{"nb-NO", "Diamanten er kjent for sin klarhet.", claims45Diamond, false},
			{"da-DK", "Diamanten er kendt for sin klarhed.", claims45Diamond, false},
			{"sv-SE", "Diamanten är känd för sin klarhet.", claims45Diamond, false},
			{"fi-FI", "Timantti on tunnettu kirkkaudestaan.", claims45Diamond, false},
			{"pl-PL", "Diament wyróżnia się przejrzystością.", claims45Diamond, false},
			{"cs-CZ", "Diamant vyniká svou čistotou.", claims45Diamond, false},
			{"el-GR", "Το διαμάντι ξεχωρίζει για τη διαύγειά του.", claims45Diamond, false},
			{"tr-TR", "Pırlanta berraklığıyla öne çıkıyor.", claims45Diamond, false},
			{"ar-AE", "يتميز الألماس بصفائه.", claims45Diamond, false},
			{"ja-JP", "ダイヤモンドは透明度の高さが魅力です。", claims45Diamond, false},
			{"ko-KR", "다이아몬드는 뛰어난 투명도가 돋보입니다.", claims45Diamond, false},
			{"zh-CN", "这颗钻石以净度著称。", claims45Diamond, false},
			{"zh-TW", "這顆鑽石以淨度著稱。", claims45Diamond, false},
		})
		// bad twins: clarity of the mind given to the wearer
		checkKindRows(t, svc, "claim", []kindRow{
			{"en-GB", "Amethyst brings mental clarity.", claims45Amethyst, true},
			{"en-US", "The stone brings clarity of mind.", claims45Amethyst, true},
			{"de-DE", "Der Amethyst bringt Klarheit in Ihre Gedanken.", claims45Amethyst, true},
			{"de-DE", "Der Amethyst schenkt geistige Klarheit.", claims45Amethyst, true},
			{"el-GR", "Ο αμέθυστος φέρνει διαύγεια στο μυαλό.", claims45Amethyst, true},
			{"el-GR", "Ο αμέθυστος χαρίζει διαύγεια και ηρεμία.", claims45Amethyst, true},
			{"el-GR", "Ο αμέθυστος βελτιώνει τη διαύγεια του νου.", claims45Amethyst, true},
			{"fr-FR", "L'améthyste apporte la clarté d'esprit.", claims45Amethyst, true},
			{"es-ES", "La amatista aporta claridad mental.", claims45Amethyst, true},
			{"it-IT", "L'ametista dona chiarezza mentale.", claims45Amethyst, true},
			{"nl-NL", "Amethist brengt mentale helderheid.", claims45Amethyst, true},
			{"da-DK", "Ametyst giver mental klarhed.", claims45Amethyst, true},
			{"sv-SE", "Ametist ger mental klarhet.", claims45Amethyst, true},
			{"nb-NO", "Ametyst gir mental klarhet.", claims45Amethyst, true},
			{"pt-PT", "A ametista traz clareza mental.", claims45Amethyst, true},
		})
	})
	t.Run("courage", func(t *testing.T) {
		t.Parallel()
		// "mod" the preposition (against) read as "mod" the noun (courage)
		checkKindRows(t, svc, "", []kindRow{
			{"da-DK", "Den varme, gyldne knude mod det kølige sølv giver øreringene to toner, der passer til både guld- og sølvsmykker.", claims45Vermeil, false},
			{"da-DK", "Den gyldne knude mod det kølige sølv giver øreringene liv.", claims45Vermeil, false},
			{"da-DK", "Knuden giver en varm glød mod huden.", claims45Vermeil, false},
			{"nb-NO", "Den gylne knuten mot det kjølige sølvet gir øredobbene to toner.", claims45Vermeil, false},
			{"nb-NO", "Knuten gir deg en varm glød mot huden.", claims45Vermeil, false},
		})
		// bad twins: courage given by the stone
		checkKindRows(t, svc, "claim", []kindRow{
			{"da-DK", "Stenen giver dig mod.", claims45Amethyst, true},
			{"da-DK", "Stenen giver bæreren nyt mod.", claims45Amethyst, true},
			{"da-DK", "Ametysten giver mod og styrke.", claims45Amethyst, true},
			{"da-DK", "Ametysten skænker sin bærer mod.", claims45Amethyst, true},
			{"nb-NO", "Steinen gir deg mot.", claims45Amethyst, true},
			{"sv-SE", "Stenen ger dig mod.", claims45Amethyst, true},
		})
	})
	t.Run("fade", func(t *testing.T) {
		t.Parallel()
		checkKindRows(t, svc, "", []kindRow{
			{"en-AU", "The sapphire has been heated to improve its colour and clarity. The result is stable under normal wear, so the colour will not fade.", claims45Sapphire, false},
			{"en-GB", "The sapphire was heated, a long-established treatment. The result is stable, so the colour will not fade.", claims45Sapphire, false},
			{"de-DE", "Da starkes Sonnenlicht das Rosa ausbleichen kann, bewahren Sie die Stecker im Etui auf.", claims45Conch, false},
			{"de-DE", "Weil Sonnenlicht die Farbe ausbleichen kann, bewahren Sie die Ohrstecker dunkel auf.", claims45Conch, false},
			{"nl-NL", "Omdat zonlicht het roze kan laten verbleken, bewaart u de oorknopjes in het etui.", claims45Conch, false},
			{"en-GB", "As strong sunlight can fade the pink, keep the studs in their box.", claims45Conch, false},
		})
		checkKindRows(t, svc, "claim", []kindRow{
			{"en-AU", "The result is stable under normal wear, so the colour will not fade.", claims45PlatedBrass, true},
			{"en-AU", "The hoops are gold plated. The result is stable under normal wear, so the colour will not fade.", claims45PlatedBrass, true},
			{"en-AU", "The plating is stable under normal wear, so the colour will not fade.", claims45PlatedBrass, true},
			{"de-DE", "Damit nichts ausbleichen kann, bewahren Sie die Farbe für immer.", claims45PlatedBrass, true},
			{"de-DE", "Die Beschichtung bewahrt die Farbe, so dass sie nicht ausbleichen kann.", claims45PlatedBrass, true},
		})
	})
	t.Run("offer", func(t *testing.T) {
		t.Parallel()
		checkKindRows(t, svc, "", []kindRow{
			{"nb-NO", "Lyset som brytes i dette laget, gir fargen. Tykkelsen på laget bestemmer nyansen.", claims45Titanium, false},
			{"da-DK", "Tykkelsen på laget bestemmer nuancen.", claims45Titanium, false},
			{"sv-SE", "Tjockleken på lagret bestämmer nyansen.", claims45Titanium, false},
			{"ko-KR", "무료한 일상에 작은 포인트가 되어 줍니다.", claims45Silver, false},
			{"ko-KR", "무료하게 느껴지는 하루에 포인트를 더해 줍니다.", claims45Silver, false},
		})
		checkKindRows(t, svc, "banned_term", []kindRow{
			{"nb-NO", "Ringen er på lager nå.", claims45Titanium, true},
			{"da-DK", "Ringen er på lager nu.", claims45Titanium, true},
			{"sv-SE", "Ringen finns i lager.", claims45Titanium, true},
			{"ko-KR", "무료 배송으로 보내 드립니다.", claims45Silver, true},
			{"ko-KR", "포장은 무료입니다.", claims45Silver, true},
			{"ko-KR", "각인은 무료로 해 드립니다.", claims45Silver, true},
		})
	})
	t.Run("gem", func(t *testing.T) {
		t.Parallel()
		checkKindRows(t, svc, "", []kindRow{
			{"en-US", "One 6.5 mm lab-created moissanite in four prongs. It is one of the hardest gem materials used in jewelry.", claims45Moissanite, false},
			{"en-GB", "A lab-grown moissanite crowns the ring, a gem harder than sapphire.", claims45Moissanite, false},
			{"zh-TW", "一顆實驗室培育莫桑石。它外觀近似鑽石，卻是截然不同的寶石。", claims45Moissanite, false},
			{"de-DE", "Ein im Labor gezüchteter Moissanit ziert den Ring, ein Edelstein von hoher Härte.", claims45Moissanite, false},
		})
		checkKindRows(t, svc, "regulatory", []kindRow{
			{"en-US", "One 6.5 mm cubic zirconia in four prongs. It is one of the hardest gem materials used in jewelry.", claims45CZ, true},
			{"en-US", "One 6.5 mm moissanite simulant in four prongs. It is one of the hardest gem materials used in jewelry.", claims45SimMoissanite, true},
			{"zh-TW", "一顆立方氧化鋯。它外觀近似鑽石，卻是截然不同的寶石。", claims45CZ, true},
			{"en-GB", "This brilliant gem sits on a white gold band.", claims45Moissanite, true},
		})
	})
	t.Run("plating", func(t *testing.T) {
		t.Parallel()
		checkKindRows(t, svc, "", []kindRow{
			{"de-DE", "Ohrringe aus Sterling-Silber, überzogen mit einer 1,5 Mikrometer starken Schicht aus 14-karätigem Gold.", claims45Plated, false},
			{"en-GB", "Sterling silver hoops, coated with a 1.5 micron layer of 14k gold.", claims45Plated, false},
			{"fr-FR", "Créoles en argent sterling, recouvertes d'une couche de 1,5 micron d'or 14 carats.", claims45Plated, false},
			{"es-ES", "Aros de plata de ley, recubiertos con una capa de 1,5 micras de oro de 14 quilates.", claims45Plated, false},
			{"it-IT", "Cerchi in argento sterling, rivestiti da uno strato di 1,5 micron di oro 14 carati.", claims45Plated, false},
			{"nl-NL", "Creolen van sterling zilver, bedekt met een laag van 1,5 micron 14-karaats goud.", claims45Plated, false},
		})
		checkKindRows(t, svc, "regulatory", []kindRow{
			{"de-DE", "Ohrringe aus 14-karätigem Gold.", claims45Plated, true},
			{"de-DE", "Ohrringe aus Sterling-Silber mit 14-karätigem Gold.", claims45Plated, true},
			{"en-GB", "Hoops of 14k gold.", claims45Plated, true},
		})
	})
}

// TestKindsClaims45Open: the piece's own 14k gold called pure ("These
// hoops are pure gold", "aus reinem Gold", 纯金; adv44's open rows). A
// grounding rule (pure_words beside the piece's own gold named as its
// material, every gold below 24k, no number or share in the sentence;
// 16 CFR 23.4(b)(1)) made these rows pass but raised held-out 37's false
// blocks from 9 to 11, so it was not landed. Skipped until fixed.
func TestKindsClaims45Open(t *testing.T) {
	t.Skip("claims45: pure gold on 14k gold, see the comment")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "These hoops are pure gold.", regress44TwoTone, true},
		{"de-DE", "Die Creolen sind aus reinem Gold.", regress44TwoTone, true},
		{"fr-FR", "Ces créoles sont en or pur.", regress44TwoTone, true},
		{"es-ES", "Estos aros son de oro puro.", regress44TwoTone, true},
		{"it-IT", "Questi cerchi sono in oro puro.", regress44TwoTone, true},
		{"zh-CN", "这对耳环是纯金的。", regress44TwoTone, true},
		{"en-US", "These hoops are pure gold.", regress44TwoTone, true},
		{"en-AU", "The hoops are pure gold through and through.", regress44TwoTone, true},
		{"fr-CA", "Ces anneaux sont en or pur.", regress44TwoTone, true},
		{"es-MX", "Estos aros son de oro puro.", regress44TwoTone, true},
		{"pt-PT", "Estas argolas são de ouro puro.", regress44TwoTone, true},
		{"pt-BR", "Essas argolas são de ouro puro.", regress44TwoTone, true},
		{"nl-NL", "Deze creolen zijn van puur goud.", regress44TwoTone, true},
		{"sv-SE", "Örhängena är av rent guld.", regress44TwoTone, true},
		{"da-DK", "Øreringene er af rent guld.", regress44TwoTone, true},
		{"nb-NO", "Øredobbene er av rent gull.", regress44TwoTone, true},
		{"fi-FI", "Korvakorut ovat puhdasta kultaa.", regress44TwoTone, true},
		{"pl-PL", "Te kolczyki są z czystego złota.", regress44TwoTone, true},
		{"cs-CZ", "Náušnice jsou z čistého zlata.", regress44TwoTone, true},
		{"el-GR", "Τα σκουλαρίκια είναι από καθαρό χρυσό.", regress44TwoTone, true},
		{"tr-TR", "Bu küpeler saf altındır.", regress44TwoTone, true},
		{"ar-AE", "هذه الأقراط من الذهب الخالص.", regress44TwoTone, true},
		{"ja-JP", "このピアスは純金です。", regress44TwoTone, true},
		{"zh-TW", "這對耳環是純金的。", regress44TwoTone, true},
	})
	// clean twins: the scale and the share explained, and fine gold
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The hoops are 14k gold, which holds 58.5 per cent pure gold and wears well every day.", regress44TwoTone, false},
		{"en-GB", "Pure gold is too soft for everyday wear, so these hoops are 14k gold.", regress44TwoTone, false},
		{"de-DE", "Diese Creolen sind aus 14 Karat Gold, also zu 58,5 Prozent aus reinem Gold.", regress44TwoTone, false},
		{"en-GB", "These hoops are pure gold.", claims45Fine, false},
		{"de-DE", "Die Creolen sind aus reinem Gold.", claims45Fine, false},
	})
}
