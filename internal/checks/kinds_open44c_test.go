package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	open44cSilver = core.Product{SKU: "OP44S", Name: "Band", Category: "ring", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	open44cPlated = core.Product{SKU: "OP44G", Name: "Hoops", Category: "earrings", Collection: "Essence", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold"}}, Colours: []string{"gold"}}
	open44cLarimar = core.Product{SKU: "OP44L", Name: "Pendant", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "larimar", Colour: "blue", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue", "silver"}}
	open44cGarnet = core.Product{SKU: "OP44R", Name: "Heritage", Category: "ring", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "garnet", Colour: "red", Count: 5, Origin: core.OriginNatural}}, Colours: []string{"red", "silver"}}
)

// TestKindsOpen44FalseBlocks (#13, open44c) collects the kinds of the
// thirty-eighth session's open44c: false blocks and misses the session
// before left on its released and probe cases.
func TestKindsOpen44FalseBlocks(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	t.Run("governed", func(t *testing.T) {
		t.Parallel()
		checkKindRows(t, svc, "", open44cGoverned)
	})
	t.Run("otherMineral", func(t *testing.T) {
		t.Parallel()
		checkKindRows(t, svc, "", open44cOtherMineral)
	})
}

// open44cOtherMineral: a stone that opens its clause and is said to be
// another mineral ("Turquoise is a different mineral", "الفيروز معدن
// مختلف", nickname_denials within three words after it, no word of the
// piece in the sentence) is set apart from the piece's stone, not claimed
// for it (grounding explained_stone.go otherMineralSubject); Arabic
// يذكّر (reminds of) joins looks_like ("لونه يذكّر بالفيروز"). The stone
// said of the piece, or named after a word of the piece, still blocks.
var open44cOtherMineral = []kindRow{
	{"ar-AE", "الفيروز معدن مختلف.", open44cLarimar, false},
	{"ar-AE", "الفيروز معدن آخر.", open44cSilver, false},
	{"ar-AE", "يشبه اللاريمار الفيروز، لكن الفيروز معدن مختلف.", open44cLarimar, false},
	{"ar-AE", "لونه يذكّر بالفيروز.", open44cLarimar, false},
	{"en-GB", "Ruby is a different mineral.", open44cGarnet, false},
	{"fr-FR", "Le rubis est un minéral différent.", open44cGarnet, false},
	{"de-DE", "Rubin ist ein anderes Mineral.", open44cGarnet, false},
	{"es-ES", "El rubí es un mineral distinto.", open44cGarnet, false},
	{"it-IT", "Il rubino è un altro minerale.", open44cGarnet, false},
	{"pt-BR", "O rubi é outro mineral.", open44cGarnet, false},
	{"nl-NL", "Robijn is een ander mineraal.", open44cGarnet, false},
	{"sv-SE", "Rubin är ett annat mineral.", open44cGarnet, false},
	{"pl-PL", "Rubin to inny minerał.", open44cGarnet, false},
	{"ja-JP", "ルビーは別の鉱物です。", open44cGarnet, false},
	{"zh-CN", "红宝石是另一种矿物。", open44cGarnet, false},
	// the stone said of the piece: block
	{"ar-AE", "الخاتم مرصع بالفيروز، وهو معدن مختلف.", open44cSilver, true},
	{"ar-AE", "الفيروز معدن يزين الخاتم.", open44cSilver, true},
	{"ar-AE", "قلادة من الفضة مرصعة بالفيروز.", open44cLarimar, true},
	{"en-GB", "The ring holds a ruby, a different mineral.", open44cGarnet, true},
	{"en-GB", "Ruby is a different mineral set in this ring.", open44cGarnet, true},
	{"fr-FR", "La bague porte un rubis, un minéral différent.", open44cGarnet, true},
}

// open44cGoverned: a preposition or postposition of substitution
// ("instead of", "au lieu de", "zamiast", "sijaan", "yerine", の代わりに,
// 대신) denies the one noun phrase it governs (grounding scan.go
// governed, negators_governed{,_after} in 18 packs). Finnish "sijaan"
// reached back ten tokens and denied the piece's own metal before the
// denied one ("Sormus on platinaa kullan sijaan", platinum instead of
// gold, passed on silver) and forward four ("Sen sijaan sormus on
// platinaa"); a preposition's window reached past its noun to a second
// fact ("Instead of silver it is platinum"); the arm of a contrast ran
// past a word of the piece ("Em vez de ouro o anel é de platina") and
// Italian "invece" read as the clause's connective in "invece dell'oro".
var open44cGoverned = []kindRow{
	// the denied noun phrase, the piece's own metal beside it: pass
	{"fi-FI", "Sormus on hopeaa kullan sijaan.", open44cSilver, false},
	{"fi-FI", "Sormus on hopeaa kullan sijasta.", open44cSilver, false},
	{"fi-FI", "Sormus on hopeaa kullan tai platinan sijaan.", open44cSilver, false},
	{"fi-FI", "Sormus on sterlinghopeaa keltaisen kullan sijaan.", open44cSilver, false},
	{"fi-FI", "Korvarenkaat ovat kullattua messinkiä kiinteän kullan sijaan.", open44cPlated, false},
	{"tr-TR", "Yüzük altın yerine gümüştür.", open44cSilver, false},
	{"tr-TR", "Halkalar som altın yerine altın kaplama pirinçtir.", open44cPlated, false},
	{"ja-JP", "このリングは金の代わりにシルバーです。", open44cSilver, false},
	{"ko-KR", "이 반지는 금 대신 실버입니다.", open44cSilver, false},
	{"en-GB", "The band is sterling silver instead of gold or platinum.", open44cSilver, false},
	{"en-GB", "The band is sterling silver rather than yellow gold.", open44cSilver, false},
	{"en-GB", "The band is sterling silver in place of gold.", open44cSilver, false},
	{"en-US", "Instead of gold it is sterling silver.", open44cSilver, false},
	{"en-AU", "The band is sterling silver instead of gold.", open44cSilver, false},
	{"en-GB", "The hoops are gold-plated brass instead of solid gold.", open44cPlated, false},
	{"en-GB", "The hoops are gold-plated instead of solid gold.", open44cPlated, false},
	{"fr-FR", "La bague est en argent au lieu d'or.", open44cSilver, false},
	{"de-DE", "Der Ring ist aus Sterlingsilber anstelle von Gold.", open44cSilver, false},
	{"de-DE", "Der Ring ist aus Sterlingsilber statt aus Gold.", open44cSilver, false},
	{"it-IT", "L'anello è in argento invece che in oro.", open44cSilver, false},
	{"es-ES", "El anillo es de plata en lugar de oro.", open44cSilver, false},
	{"es-MX", "El anillo es de plata en lugar de oro.", open44cSilver, false},
	{"pt-BR", "O anel é de prata em vez de ouro.", open44cSilver, false},
	{"pt-PT", "O anel é de prata em vez de ouro.", open44cSilver, false},
	{"nl-NL", "De ring is van zilver in plaats van goud.", open44cSilver, false},
	{"sv-SE", "Ringen är av silver i stället för guld.", open44cSilver, false},
	{"da-DK", "Ringen er af sølv i stedet for guld.", open44cSilver, false},
	{"nb-NO", "Ringen er av sølv i stedet for gull.", open44cSilver, false},
	{"pl-PL", "Pierścionek jest ze srebra zamiast złota.", open44cSilver, false},
	{"cs-CZ", "Prsten je ze stříbra místo zlata.", open44cSilver, false},
	{"el-GR", "Το δαχτυλίδι είναι από ασήμι αντί για χρυσό.", open44cSilver, false},
	{"ar-AE", "الخاتم من الفضة بدلًا من الذهب.", open44cSilver, false},
	{"zh-CN", "这枚戒指是纯银的，而不是黄金。", open44cSilver, false},
	// the piece's false metal beside or after the denied one: block
	{"fi-FI", "Sormus on kultaa hopean sijaan.", open44cSilver, true},
	{"fi-FI", "Sormus on platinaa kullan sijaan.", open44cSilver, true},
	{"fi-FI", "Sormus on platinaa kullan sijasta.", open44cSilver, true},
	{"fi-FI", "Kullan sijaan sormus on platinaa.", open44cSilver, true},
	{"fi-FI", "Sen sijaan sormus on platinaa.", open44cSilver, true},
	{"fi-FI", "Hopeiset korvarenkaat ovat kullattuja kiinteän kullan sijaan.", open44cPlated, true},
	{"tr-TR", "Gümüş halkalar som altın yerine altın kaplamadır.", open44cPlated, true},
	{"tr-TR", "Yüzük gümüş yerine altındır.", open44cSilver, true},
	{"tr-TR", "Yüzük altın yerine platin ve gümüştür.", open44cSilver, true},
	{"ja-JP", "このリングは金の代わりにプラチナです。", open44cSilver, true},
	{"ko-KR", "이 반지는 금 대신 플래티넘입니다.", open44cSilver, true},
	{"en-GB", "Instead of silver it is platinum.", open44cSilver, true},
	{"en-US", "Instead of gold it is platinum.", open44cSilver, true},
	{"en-GB", "In place of gold it is platinum.", open44cSilver, true},
	{"en-GB", "The band is platinum rather than silver.", open44cSilver, true},
	{"fr-FR", "Au lieu de l'or, la bague est en platine.", open44cSilver, true},
	{"fr-FR", "Au lieu d'argent c'est du platine.", open44cSilver, true},
	{"fr-CA", "Au lieu d'argent, c'est du platine.", open44cSilver, true},
	{"de-DE", "Statt Gold ist es Platin.", open44cSilver, true},
	{"it-IT", "L'anello è in platino invece dell'oro.", open44cSilver, true},
	{"it-IT", "I cerchi in argento massiccio sono placcati oro invece di oro massiccio.", open44cPlated, true},
	{"es-ES", "En lugar de oro es platino.", open44cSilver, true},
	{"es-MX", "En lugar de oro, es platino.", open44cSilver, true},
	{"pt-BR", "Em vez de ouro o anel é de platina.", open44cSilver, true},
	{"pt-PT", "Em vez de ouro o anel é de platina.", open44cSilver, true},
	{"nl-NL", "In plaats van goud is het platina.", open44cSilver, true},
	{"sv-SE", "I stället för guld är den platina.", open44cSilver, true},
	{"da-DK", "I stedet for guld er den platin.", open44cSilver, true},
	{"nb-NO", "I stedet for gull er den platina.", open44cSilver, true},
	{"pl-PL", "Zamiast złota jest platyna.", open44cSilver, true},
	{"cs-CZ", "Místo zlata je to platina.", open44cSilver, true},
	{"el-GR", "Αντί για χρυσό είναι πλατίνα.", open44cSilver, true},
	{"ar-AE", "بدلًا من الذهب، الخاتم من البلاتين.", open44cSilver, true},
	{"zh-CN", "这枚戒指是铂金的，而不是黄金。", open44cSilver, true},
	{"zh-TW", "這枚戒指是鉑金的，而不是黃金。", open44cSilver, true},
}
