package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsCounts47 (#13, counts47), after probe 47C/47D and
// released 47B.
var (
	counts47Signet = core.Product{SKU: "CN47S", Name: "Onyx Signet Ring", Category: "ring", Collection: "Reflexions", Materials: []string{"recycled 18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"},
			{Type: "diamond", Colour: "salt-and-pepper", Count: 6, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"black", "rose gold"}, Features: []string{"recycled gold"}, Measurements: []core.Measurement{{Name: "face width", Value: 11, Unit: "mm"}}}
	counts47Keshi = core.Product{SKU: "CN47K", Name: "Petal Necklace", Category: "necklace", Collection: "Reflexions", Materials: []string{"gold-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "yellow gold", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "Keshi pearl", Colour: "white", Count: 7, Treatment: "bleached"}},
		Colours: []string{"white", "gold"}, Measurements: []core.Measurement{{Name: "chain length", Value: 42, Unit: "cm"}, {Name: "pearl size", Value: 7, Unit: "mm"}}}
	counts47Huggie = core.Product{SKU: "CN47H", Name: "Taşlı Huggie Halka Küpe", Category: "earrings", Collection: "Essence", Materials: []string{"316L stainless steel with gold ion plating (IP)", "cubic zirconia"},
		Metals: []core.Metal{{Base: "316L stainless steel", Plating: "gold", PlatingMicrons: 1.0}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 14, Origin: core.OriginSimulant, Treatment: "none"}},
		Colours: []string{"gold"}, Features: []string{"hinged click closure", "ion-plated (IP) finish", "sold as a pair"},
		Measurements: []core.Measurement{{Name: "hoop diameter", Value: 12, Unit: "mm"}, {Name: "hoop width", Value: 2.5, Unit: "mm"}}}
	counts47Opal = core.Product{SKU: "CN47O", Name: "Tidepool Pendant", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "opal", Colour: "blue-green", Count: 1, Origin: core.OriginNatural, Treatment: "assembled triplet"}},
		Colours: []string{"blue", "green", "silver"}, Measurements: []core.Measurement{{Name: "pendant length", Value: 16, Unit: "mm"}, {Name: "chain length", Value: 45, Unit: "cm"}}}
	counts47Amber = core.Product{SKU: "CN47A", Name: "Amber Drop Earrings", Category: "earrings", Collection: "Essence", Materials: []string{"oxidised sterling silver", "Baltic amber"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "amber", Colour: "cognac", Count: 2, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"cognac", "dark grey"}, Features: []string{"oxidised finish", "lightweight"}, Measurements: []core.Measurement{{Name: "drop length", Value: 30, Unit: "mm"}}}
)

// TestKindsCounts47 (#13, counts47): (a) counts given per part that add
// up: "trois de chaque côté" after six diamonds of a signet ring whose
// sentence's verb ("associe", "łączy") was read as a cross-sell cue
// (grounding pieceSubjectCue), a signet ring's own word (chevalière,
// sygnet, zegelring, signetring, klackring), "salt and pepper" after its
// stone read as a colour named after the stone (ownTradeColourAfter), "une
// au centre et trois de chaque côté" (oneOpensPart), Turkish "ön" (front)
// folded to "on" (ten), Korean "세 개의 층" (three layers,
// counterOfPieceNoun); and a miss, "Os brincos …, têm cada um duas peças
// de âmbar" (each of the pair: partsCounted reads the piece as the
// subject). (b) Arabic "المشبك المفصلي" and "يُغلق المشبك" (the hinged
// clasp, the clasp closes) on earrings are a finding, not a clip. (c)
// "salt and pepper" and other English trade names kept as they stand in
// every language (englishTradeTerms). (d) The colours of stones the
// piece's are contrasted with, in the second member of the list ("ou dos
// diamantes negros tratados", contrast.go looseMember). Wrong totals,
// a clip the piece is said to be, English sentences and the piece's own
// black diamonds still block.
func TestKindsCounts47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	sg, ks, hg, ha, op, am := counts47Signet, counts47Keshi, counts47Huggie, counts47Huggie, counts47Opal, counts47Amber
	ha.Name = "أقراط هاغي المرصعة"
	// (a) counts per part, per side, of layers; the pair as subject
	checkKindRows(t, svc, "grounding", []kindRow{
		{"fr-FR", "La chevalière Onyx Signet de la collection Reflexions associe un plateau d’onyx noir de 11 mm de large à six diamants salt and pepper, trois de chaque côté du plateau, sertis dans de l’or rose recyclé 18 carats.", sg, false},
		{"pl-PL", "Pierścień Onyx Signet z kolekcji Reflexions łączy płytkę czarnego onyksu o szerokości 11 mm z sześcioma diamentami salt and pepper, po trzy z każdej strony płytki, osadzonymi w 18-karatowym różowym złocie.", sg, false},
		{"fr-FR", "La chevalière associe un plateau d’onyx noir à six diamants, trois de chaque côté.", sg, false},
		{"pl-PL", "Sygnet łączy płytkę onyksu z sześcioma diamentami, po trzy z każdej strony.", sg, false},
		{"de-DE", "Der Siegelring verbindet eine Onyxplatte mit sechs Diamanten salt and pepper, drei auf jeder Seite.", sg, false},
		{"nl-NL", "De zegelring combineert een plaat van onyx met zes diamanten salt and pepper, drie aan elke kant.", sg, false},
		{"it-IT", "L'anello abbina una placca di onice a sei diamanti salt and pepper, tre per lato.", sg, false},
		{"es-ES", "El anillo combina una placa de ónix con seis diamantes salt and pepper, tres a cada lado.", sg, false},
		{"pt-BR", "O anel combina uma placa de ônix com seis diamantes salt and pepper, três de cada lado.", sg, false},
		{"en-GB", "The signet ring pairs an onyx plate with six salt and pepper diamonds, three on each side.", sg, false},
		{"fr-FR", "La chevalière associe un plateau d’onyx noir à six diamants salt and pepper, quatre de chaque côté du plateau.", sg, true},
		{"pl-PL", "Pierścień łączy płytkę czarnego onyksu z ośmioma diamentami salt and pepper, po cztery z każdej strony płytki.", sg, true},
		{"fr-FR", "La chevalière associe un plateau d’onyx noir à huit diamants salt and pepper.", sg, true},
		{"pl-PL", "Sygnet zdobi osiem diamentów.", sg, true},
		{"fr-CA", "Le collier Petal de la collection Reflexions aligne sept perles Keshi blanches d'environ 7 mm, une au centre et trois de chaque côté, sur une chaîne de 42 cm.", ks, false},
		{"fr-FR", "Le collier aligne sept perles Keshi, une au centre et trois de chaque côté.", ks, false},
		{"es-ES", "El collar reúne siete perlas Keshi, una en el centro y tres a cada lado.", ks, false},
		{"it-IT", "La collana allinea sette perle Keshi, una al centro e tre per lato.", ks, false},
		{"pt-BR", "O colar reúne sete pérolas Keshi, uma no centro e três de cada lado.", ks, false},
		{"de-DE", "Die Kette trägt sieben Keshi-Perlen, eine in der Mitte und drei auf jeder Seite.", ks, false},
		{"en-GB", "The necklace holds seven Keshi pearls, one in the centre and three on each side.", ks, false},
		{"fr-CA", "Le collier aligne sept perles Keshi, une au centre et quatre de chaque côté.", ks, true},
		{"es-ES", "El collar reúne siete perlas Keshi, una en el centro y cuatro a cada lado.", ks, true},
		{"it-IT", "La collana allinea sette perle Keshi, una al centro e quattro per lato.", ks, true},
		{"pt-BR", "O colar reúne sete pérolas Keshi, uma no centro e quatro de cada lado.", ks, true},
		{"tr-TR", "Essence koleksiyonundaki Taşlı Huggie Halka Küpeler, altın iyon kaplamalı (IP) 316L paslanmaz çelikten üretilmiştir. Her halkanın ön yüzünü şeffaf kübik zirkonya taşlar süsler; menteşeli kilit hafif bir tık sesiyle kapanır.", hg, false},
		{"tr-TR", "Halkaların ön tarafında şeffaf kübik zirkonya taşlar parlar.", hg, false},
		{"tr-TR", "Her halkanın ön yüzünde yedi, çiftte toplam on dört şeffaf kübik zirkonya taş bulunur.", hg, false},
		{"tr-TR", "Halkaların ön ve arka yüzünde kübik zirkonya taşlar vardır.", hg, false},
		{"tr-TR", "Küpelerde on şeffaf kübik zirkonya taş bulunur.", hg, true},
		{"tr-TR", "Her halkanın ön yüzünde on şeffaf kübik zirkonya taş bulunur.", hg, true},
		{"ko-KR", "이 오팔은 세 개의 층을 접합한 어셈블드 스톤, 즉 트리플렛입니다.", op, false},
		{"ko-KR", "트리플렛은 두 개의 층이 아니라 세 개의 층으로 이루어집니다.", op, false},
		{"ko-KR", "이 펜던트에는 세 개의 오팔이 있습니다.", op, true},
		{"ko-KR", "오팔 세 개가 세팅되어 있습니다.", op, true},
		{"ja-JP", "このオパールは3つの層を貼り合わせたトリプレットです。", op, false},
		{"pt-BR", "Os brincos Amber Drop, da coleção Essence, têm cada um duas peças de âmbar báltico, cravadas em prata 925 oxidada.", am, true},
		{"pt-BR", "Os brincos Amber Drop, da coleção Essence, têm cada um duas peças de âmbar báltico cor de conhaque, cravadas em prata 925 oxidada.", am, true},
		{"es-ES", "Los pendientes llevan cada uno dos piezas de ámbar báltico.", am, true},
		{"fr-FR", "Les boucles d'oreilles portent chacune deux morceaux d'ambre balte.", am, true},
		{"de-DE", "Die Ohrringe tragen je zwei Stücke Bernstein in oxidiertem Silber.", am, true},
		{"pt-BR", "Os brincos Amber Drop têm cada um uma peça de âmbar báltico, cravada em prata 925 oxidada.", am, false},
		{"es-ES", "Los pendientes llevan cada uno una pieza de ámbar báltico.", am, false},
		{"pt-BR", "Os brincos têm duas peças de âmbar báltico, uma em cada.", am, false},
		{"pt-BR", "Os brincos têm duas peças de âmbar báltico.", am, false},
	})
	// (c) English trade terms kept in English
	checkKindRows(t, svc, "locale", []kindRow{
		{"el-GR", "Το δαχτυλίδι συνδυάζει μια πλάκα μαύρου όνυχα με έξι διαμάντια salt and pepper, δεμένα σε ροζ χρυσό.", sg, false},
		{"el-GR", "Τα διαμάντια salt and pepper είναι φυσικά διαμάντια με ορατά μαύρα και λευκά εγκλείσματα.", sg, false},
		{"ar-AE", "يجمع الخاتم بين لوح من الأونيكس الأسود وستة ألماسات salt and pepper مرصعة في الذهب الوردي.", sg, false},
		{"ko-KR", "이 반지는 블랙 오닉스 플레이트와 여섯 개의 salt and pepper 다이아몬드를 로즈 골드에 세팅했습니다.", sg, false},
		{"ja-JP", "このリングはブラックオニキスのプレートに、6石のsalt and pepperダイヤモンドをローズゴールドで留めています。", sg, false},
		{"el-GR", "Τα διαμάντια salt-and-pepper είναι φυσικά διαμάντια με ορατά εγκλείσματα.", sg, false},
		{"ar-AE", "ألماس salt & pepper طبيعي بشوائب مرئية.", sg, false},
		{"fr-FR", "Les diamants salt and pepper sont des diamants naturels aux inclusions visibles.", sg, false},
		{"de-DE", "Die Diamanten salt and pepper sind natürliche Diamanten mit sichtbaren Einschlüssen.", sg, false},
		{"it-IT", "I diamanti salt and pepper sono diamanti naturali con inclusioni visibili.", sg, false},
		{"es-ES", "Los diamantes salt and pepper son diamantes naturales con inclusiones visibles.", sg, false},
		{"pt-PT", "Os diamantes salt and pepper são diamantes naturais com inclusões visíveis.", sg, false},
		{"nl-NL", "De salt and pepper diamanten zijn natuurlijke diamanten met zichtbare insluitsels.", sg, false},
		{"pl-PL", "Diamenty salt and pepper to naturalne diamenty z widocznymi inkluzjami.", sg, false},
		{"cs-CZ", "Diamanty salt and pepper jsou přírodní diamanty s viditelnými inkluzemi.", sg, false},
		{"sv-SE", "Diamanterna salt and pepper är naturliga diamanter med synliga inneslutningar.", sg, false},
		{"da-DK", "Salt and pepper-diamanterne er naturlige diamanter med synlige indeslutninger.", sg, false},
		{"nb-NO", "Salt and pepper-diamantene er naturlige diamanter med synlige inneslutninger.", sg, false},
		{"fi-FI", "Salt and pepper -timantit ovat luonnontimantteja, joissa on näkyviä sulkeumia.", sg, false},
		{"tr-TR", "Salt and pepper pırlantalar, görünür inklüzyonları olan doğal pırlantalardır.", sg, false},
		{"zh-CN", "这枚戒指的六颗salt and pepper钻石是带有可见内含物的天然钻石，镶嵌在玫瑰金上，与黑色缟玛瑙相映成趣。", sg, false},
		{"zh-TW", "這枚戒指的六顆salt and pepper鑽石是帶有可見內含物的天然鑽石，鑲嵌在玫瑰金上，與黑色縞瑪瑙相映成趣。", sg, false},
		{"el-GR", "Τα διαμάντια salt and pepper are perfect for every day and every outfit.", sg, true},
		{"ar-AE", "ألماس salt and pepper is perfect for every day and every outfit.", sg, true},
		{"ko-KR", "salt and pepper 다이아몬드, perfect for every day and every outfit.", sg, true},
		{"fr-FR", "Les diamants salt and pepper, perfect for every day and every outfit.", sg, true},
	})
	// (b) the clasp of earrings, no clip
	checkKindRows(t, svc, "grounding", []kindRow{
		{"ar-AE", "تزيّن أحجار الزركونيا المكعبة الشفافة واجهة كل حلقة، ويُغلق المشبك المفصلي بنقرة خفيفة.", ha, false},
		{"ar-AE", "يُغلق المشبك بنقرة خفيفة، ويبلغ قطر كل حلقة 12 مم.", ha, false},
		{"ar-AE", "تأتي الأقراط مع مشبك مغناطيسي يسهل فتحه.", ha, false},
		{"ar-AE", "تُثبت الأقراط بمشبك الفراشة.", ha, false},
		{"ar-AE", "هذا مشبك أنيق من مجموعة Essence.", ha, true},
		{"ar-AE", "مشبك ذهبي اللون للملابس.", ha, true},
	})
	// (d) colours of the stones contrasted with the piece's
	checkKindRows(t, svc, "grounding", []kindRow{
		{"pt-BR", "Diferentes dos diamantes brancos de alta pureza ou dos diamantes negros tratados, os salt and pepper são diamantes naturais com inclusões pretas e brancas visíveis.", sg, false},
		{"es-ES", "A diferencia de los diamantes blancos de gran pureza o de los diamantes negros tratados, los salt and pepper son diamantes naturales.", sg, false},
		{"fr-FR", "Contrairement aux diamants blancs de grande pureté ou aux diamants noirs traités, les salt and pepper sont des diamants naturels.", sg, false},
		{"it-IT", "A differenza dei diamanti bianchi di grande purezza o dei diamanti neri trattati, i salt and pepper sono diamanti naturali.", sg, false},
		{"de-DE", "Anders als hochreine weiße Diamanten oder behandelte schwarze Diamanten sind Salt-and-Pepper-Diamanten natürliche Diamanten.", sg, false},
		{"nl-NL", "Anders dan witte diamanten van hoge zuiverheid of behandelde zwarte diamanten zijn salt-and-pepperdiamanten natuurlijke diamanten.", sg, false},
		{"pl-PL", "W przeciwieństwie do białych diamentów o wysokiej czystości czy barwionych czarnych diamentów, diamenty salt and pepper są naturalne.", sg, false},
		{"pt-PT", "Ao contrário dos diamantes brancos de elevada pureza ou dos diamantes negros tratados, os salt and pepper são diamantes naturais.", sg, false},
		{"pt-BR", "Diferentes dos diamantes brancos de alta pureza, o anel tem seis diamantes negros.", sg, true},
		{"pt-BR", "Diferentes dos diamantes brancos, estes seis diamantes negros são naturais.", sg, true},
		{"pt-BR", "O anel tem seis diamantes negros.", sg, true},
		{"es-ES", "El anillo lleva seis diamantes negros tratados.", sg, true},
		{"fr-FR", "La bague porte six diamants noirs traités.", sg, true},
	})
}
