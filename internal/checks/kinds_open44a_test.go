package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// open44Pendant: a tarnish promise said of the silver pendant (block), and
// of the steel chain (pass), on a silver pendant with a steel chain.
var open44Pendant = []locText{
	{"en-GB", "The chromium in the steel protects the silver pendant from tarnish."},
	{"en-US", "The silver pendant resists tarnish."},
	{"en-AU", "The steel's oxide layer keeps the silver pendant from tarnishing."},
	{"de-DE", "Das Chrom im Stahl schützt den Silberanhänger vor dem Anlaufen."},
	{"fr-FR", "Le chrome de l'acier protège le pendentif en argent du ternissement."},
	{"fr-CA", "Le pendentif en argent résiste au ternissement."},
	{"es-ES", "El cromo del acero protege el colgante de plata del deslustre."},
	{"es-MX", "El dije de plata resiste el deslustre."},
	{"it-IT", "Il cromo dell'acciaio protegge il ciondolo d'argento dall'ossidazione."},
	{"pt-PT", "O crómio do aço protege o pendente de prata do escurecimento."},
	{"pt-BR", "O pingente de prata resiste ao escurecimento."},
	{"nl-NL", "Het chroom in het staal beschermt de zilveren hanger tegen verkleuring."},
	{"sv-SE", "Kromet i stålet skyddar silverhänget mot missfärgning."},
	{"da-DK", "Kromen i stålet beskytter sølvvedhænget mod anløbning."},
	{"nb-NO", "Kromet i stålet beskytter sølvanhenget mot anløping."},
	{"fi-FI", "Teräksen kromi suojaa hopeariipusta tummumiselta."},
	{"pl-PL", "Stal zawiera chrom, który chroni srebrną zawieszkę przed ciemnieniem."},
	{"cs-CZ", "Chrom v oceli chrání stříbrný přívěsek před černáním."},
	{"tr-TR", "Çelikteki krom gümüş kolyeyi kararmaya karşı korur."},
	{"el-GR", "Το χρώμιο του χάλυβα προστατεύει το ασημένιο μενταγιόν από το μαύρισμα."},
	{"ar-AE", "الكروم في الفولاذ يحمي القلادة الفضية من التأكسد."},
	{"ja-JP", "シルバーのペンダントは変色を防ぎます。"},
	{"ko-KR", "실버 펜던트는 변색을 막아 줍니다."},
	{"zh-CN", "纯银吊坠可以防止变色。"},
	{"zh-TW", "純銀吊墜可以防止變色。"},
}

// open44Chain: the same promise said of the steel chain.
var open44Chain = []locText{
	{"en-GB", "The stainless steel chain resists tarnish."},
	{"en-US", "The steel chain resists tarnish."},
	{"en-AU", "The chromium in the steel protects the chain from tarnish."},
	{"de-DE", "Die Edelstahlkette ist vor dem Anlaufen geschützt."},
	{"fr-FR", "La chaîne en acier inoxydable résiste au ternissement."},
	{"fr-CA", "La chaîne en acier résiste au ternissement."},
	{"es-ES", "La cadena de acero inoxidable resiste el deslustre."},
	{"es-MX", "La cadena de acero resiste el deslustre."},
	{"it-IT", "La catena in acciaio inossidabile resiste all'ossidazione."},
	{"pt-PT", "A corrente de aço inoxidável resiste ao escurecimento."},
	{"pt-BR", "A corrente de aço resiste ao escurecimento."},
	{"nl-NL", "De roestvrijstalen ketting is bestand tegen verkleuring."},
	{"sv-SE", "Kedjan i rostfritt stål skyddas mot missfärgning."},
	{"da-DK", "Kæden i rustfrit stål er beskyttet mod anløbning."},
	{"nb-NO", "Kjedet i rustfritt stål er beskyttet mot anløping."},
	{"fi-FI", "Ruostumattomasta teräksestä tehty ketju kestää tummumista."},
	{"pl-PL", "Łańcuszek ze stali nierdzewnej jest odporny na ciemnienie."},
	{"cs-CZ", "Řetízek z nerezové oceli je odolný proti černání."},
	{"tr-TR", "Paslanmaz çelik zincir kararmaya karşı dayanıklıdır."},
	{"el-GR", "Η αλυσίδα από ανοξείδωτο χάλυβα αντέχει στο μαύρισμα."},
	{"ar-AE", "السلسلة من الفولاذ المقاوم للصدأ تقاوم التأكسد."},
	{"ja-JP", "ステンレスのチェーンは変色を防ぎます。"},
	{"ko-KR", "스테인리스 체인은 변색을 막아 줍니다."},
	{"zh-CN", "不锈钢链条可以防止变色。"},
	{"zh-TW", "不鏽鋼鏈條可以防止變色。"},
}

// open44Lasting: a gift that lasts, its lasting carried over to the look
// past a comma by an additive or a comparison (the claim on a plated
// piece, licensed by an anti-tarnish feature).
var open44Lasting = []locText{
	{"en-GB", "A gift that lasts, and so does the gold plating."},
	{"en-GB", "A gift that lasts, with its gold plating."},
	{"en-GB", "A gift that lasts, with its gold colour."},
	{"en-GB", "A gift that lasts, just like its colour."},
	{"en-US", "A gift that lasts, just like its gold color."},
	{"en-AU", "A keepsake that lasts, as does its gold plating."},
	{"fr-FR", "Un cadeau qui dure, tout comme son placage or."},
	{"fr-CA", "Un souvenir qui dure, comme sa couleur dorée."},
	{"de-DE", "Ein Geschenk, das lange hält, genau wie die Vergoldung."},
	{"es-ES", "Un regalo que dura, igual que su baño de oro."},
	{"es-MX", "Un recuerdo que dura, al igual que su color dorado."},
	{"it-IT", "Un regalo che dura, proprio come la sua placcatura."},
	{"pt-PT", "Um presente que dura, tal como o seu banho de ouro."},
	{"pt-BR", "Um presente que dura, assim como sua cor dourada."},
	{"nl-NL", "Een cadeau dat blijft, net als de goudkleurige coating."},
	{"sv-SE", "En gåva som varar, precis som förgyllningen."},
	{"da-DK", "En gave, der varer, ligesom forgyldningen."},
	{"nb-NO", "En gave som varer, akkurat som forgyllingen."},
	{"fi-FI", "Lahja, joka kestää, aivan kuten sen kullanvärinen pinnoite."},
	{"pl-PL", "Prezent, który przetrwa, tak jak jego złota powłoka."},
	{"cs-CZ", "Dárek, který vydrží, stejně jako jeho zlaté pozlacení."},
	{"el-GR", "Ένα δώρο που διαρκεί, όπως και η επιχρύσωσή του."},
	{"ar-AE", "هدية تدوم طويلًا، تمامًا مثل طلائها الذهبي."},
}

// open44Soft: the same gifts with a soft shine and no link: two clauses,
// no claim (care43's lastingGift).
var open44Soft = []locText{
	{"en-GB", "A gift that lasts, with a soft shine."},
	{"en-GB", "A gift that lasts, and the result is a soft shine."},
	{"fr-FR", "Un cadeau qui dure, avec un éclat doux."},
	{"de-DE", "Ein Geschenk, das lange hält, mit sanftem Glanz."},
	{"el-GR", "Ένα δώρο που διαρκεί, με απαλή λάμψη."},
	{"ar-AE", "هدية تدوم طويلًا، ولمعان ناعم."},
}

// open44Cannot: fading no agent can cause, and fading put off for
// decades.
var open44Cannot = []locText{
	{"en-GB", "Sunlight cannot fade its colour."},
	{"en-US", "Sunlight can't fade its color."},
	{"en-AU", "Its colour will fade only after many decades."},
	{"en-GB", "Keep wearing it, which can fade its colour only after many decades."},
	{"fr-FR", "Le soleil ne peut pas ternir sa couleur."},
	{"fr-CA", "Sa couleur ne ternira qu'après de nombreuses décennies."},
	{"de-DE", "Sonnenlicht kann seine Farbe nicht verblassen lassen."},
	{"de-DE", "Seine Farbe verblasst erst nach vielen Jahrzehnten."},
	{"es-ES", "La luz del sol no puede desteñir su color."},
	{"es-MX", "El sol no puede decolorar su color."},
	{"it-IT", "La luce del sole non può sbiadirne il colore."},
	{"pt-PT", "A luz do sol não consegue desbotar a sua cor."},
	{"pt-BR", "O sol não consegue desbotar a sua cor."},
	{"nl-NL", "Zonlicht kan de kleur niet doen vervagen."},
	{"sv-SE", "Solljus kan inte bleka färgen."},
	{"da-DK", "Sollys kan ikke falme farven."},
	{"nb-NO", "Sollys kan ikke bleke fargen."},
	{"fi-FI", "Auringonvalo ei voi haalistaa sen väriä."},
	{"pl-PL", "Słońce nie może odbarwić jego koloru."},
	{"cs-CZ", "Sluneční světlo nemůže vybledit jeho barvu."},
	{"tr-TR", "Güneş ışığı rengini soldurmaz."},
	{"el-GR", "Το φως του ήλιου δεν μπορεί να ξεθωριάσει το χρώμα του."},
	{"ar-AE", "لا يمكن لأشعة الشمس أن تبهت لونه."},
	{"ja-JP", "日光で色あせることはありません。"},
	{"ko-KR", "햇빛에도 색이 바래지 않습니다."},
	{"zh-CN", "阳光也无法使它褪色。"},
	{"zh-TW", "陽光也無法使它褪色。"},
}

// open44NeedNone: a plating or coating said not to be needed for the
// colour to keep.
var open44NeedNone = []locText{
	{"en-GB", "It needs no plating to keep its colour."},
	{"en-US", "It requires no coating to keep its color."},
	{"en-AU", "It needs no rhodium plating to keep its colour."},
	{"fr-FR", "Il n'a besoin d'aucun placage pour garder sa couleur."},
	{"de-DE", "Er braucht keine Beschichtung, um seine Farbe zu behalten."},
	{"es-ES", "No necesita ningún baño para mantener su color."},
	{"pt-PT", "Não precisa de nenhum banho para manter a sua cor."},
	{"sv-SE", "Den behöver ingen plätering för att behålla sin färg."},
	{"da-DK", "Den behøver ingen belægning for at bevare sin farve."},
	{"nb-NO", "Den trenger ingen belegg for å beholde fargen."},
}

// open44Care: care lines that warn of fading, and a coating the piece
// lacks: no claim.
var open44Care = []locText{
	{"en-GB", "Keep it away from heat and strong sunlight, which can fade its colour."},
	{"en-GB", "Plain brass has no coating to keep its shine, so polish it now and then."},
	{"it-IT", "Evitate l'esposizione prolungata al sole, che potrebbe sbiadirne i colori."},
	{"de-DE", "Halten Sie ihn von Hitze und starkem Sonnenlicht fern, das seine Farbe verblassen lassen kann."},
	{"sv-SE", "Håll den borta från värme och starkt solljus, som kan bleka färgen."},
	{"fi-FI", "Pidä koru poissa kuumuudesta ja voimakkaasta auringonvalosta, joka voi haalistaa värin."},
	{"cs-CZ", "Chraňte jej před teplem a silným sluncem, které může vybledit jeho barvu."},
	{"ar-AE", "أبعديه عن الحرارة وأشعة الشمس القوية التي قد تبهت لونه."},
	{"zh-CN", "请避免高温和强烈日晒，因为可能会使颜色褪色。"},
}

// TestKindsOpen44Claims (#13, open44a; the claim rows of
// TestKindsAdv43Open and the steel-chain rows of TestKindsAdv41Open).
// A tarnish promise for the silver pendant of a piece with a steel chain
// was licensed by the steel's evidence for the whole product: where the
// claim names the product's metal it is about, in its match or as its
// clause's subject, a metal without the evidence is no licensed subject
// (product.go weakEvidence, grounding.MaterialsNamed). A gift that lasts,
// its lasting carried to the look past a comma ("and so does the gold
// plating", "just like its colour", "tout comme son placage", "genau wie
// die Vergoldung"), matched no form or was read as two clauses
// (concepts-open44.yaml pairs and lasting_too, concepts.go lastsToo).
// Fading no agent can cause ("Sunlight cannot fade its colour", "kan inte
// bleka", "ei voi haalistaa", "soldurmaz", 无法使它褪色) and fading put off
// for decades ("fades only after many decades", "erst nach vielen
// Jahrzehnten") matched no form. "It needs no plating to keep its colour"
// read the "no" as negating the colour kept (concepts.go neededNoneFor).
// Every claim passes on a product with an anti-tarnish feature; care
// warnings and gifts with a soft shine pass on the plated piece.
func TestKindsOpen44Claims(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	steel := core.Product{SKU: "O44S", Name: "Aura", Category: "necklace", Collection: "Essence", Materials: []string{"stainless steel"},
		Metals: []core.Metal{{Base: "stainless steel"}}, Colours: []string{"silver"}}
	checkKindRows(t, svc, "claim", passBlockRows(adv41SilverChain, open44Chain, open44Pendant))
	checkKindRows(t, svc, "claim", passBlockRows(steel, open44Chain, nil))
	licensed := care43Plated
	licensed.SKU, licensed.Features = "O44L", []string{"anti-tarnish"}
	for _, set := range [][]locText{open44Lasting, open44Cannot, open44NeedNone} {
		checkKindRows(t, svc, "claim", passBlockRows(care43Plated, nil, set))
		checkKindRows(t, svc, "", passBlockRows(licensed, set, nil))
	}
	checkKindRows(t, svc, "", passBlockRows(care43Plated, append(append([]locText(nil), open44Soft...), open44Care...), nil))
	// a white metal of the platinum group needs no plating (care43)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "It is naturally white, so it needs no rhodium plating to keep its colour.", care43Palladium, false},
		{"en-GB", "It needs no plating to keep its colour forever.", care43Palladium, true},
	})
}
