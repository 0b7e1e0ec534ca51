package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// larimar28 is released 28's larimar pendant (28B109): rhodium-plated brass
// with one natural blue larimar, no water feature.
var larimar28 = core.Product{SKU: "28B109", Name: "Larimar Pendant", Category: "necklace", Collection: "Essence",
	Materials: []string{"rhodium-plated brass", "larimar"}, Metals: []core.Metal{{Base: "brass", Plating: "rhodium", PlatingMicrons: 0.5}},
	Stones:  []core.Stone{{Type: "larimar", Colour: "blue", Count: 1, Origin: "natural"}},
	Colours: []string{"silver", "blue"}, Features: []string{"bezel setting"}, Keywords: []string{"Dominican Republic"}}

// TestKindsWater28: water as imagery is no water-resistance claim (#13,
// imagery28; released 28's el-GR "με απαλές νευρώσεις σαν φως πάνω στο νερό",
// veins like light on the water, blocked as claim.waterproof). A colour
// likened to a dive into the sea and light that dances even in the water
// pass in every locale (concepts-imagery28.yaml: a simile or a light noun
// with the water, the sea or the pool, as the average consumer reads it:
// EU UCPD 2005/29/EC art. 5(2) and recital 18; FTC Policy Statement on
// Deception, 1983); each pass row has a control in its locale, a claim
// that the piece goes into or stands water, most with a simile beside it,
// which still blocks (EU UCPD art. 6(1)(b); FTC Act section 5).
func TestKindsWater28(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p, q := larimar28, name14
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"en-GB", "Its blue is like a dive into the sea on a still day.", p, false},
		{"en-GB", "You can swim in it, like in any pool.", q, true},
		{"en-US", "Light plays across it like sunlight that goes into the water.", p, false},
		{"en-US", "It can go into the sea with you, just like your swimsuit.", q, true},
		{"en-AU", "The blue of the lagoon: like you could dive into the ocean.", p, false},
		{"en-AU", "Like the sea itself, it is waterproof.", q, true},
		{"de-DE", "Sein Blau ist wie ein Licht, das sogar im Wasser tanzt.", p, false},
		{"de-DE", "Sein Blau wirkt, als würde man ins Meer springen.", p, false},
		{"de-DE", "Sie können damit im Meer schwimmen wie ein Fisch.", q, true},
		{"fr-FR", "Son bleu donne l'impression de plonger dans la mer par un jour calme.", p, false},
		{"fr-FR", "Son bleu rappelle la lumière qui danse même dans l'eau.", p, false},
		{"fr-FR", "Vous pouvez nager avec, comme dans n'importe quelle piscine.", q, true},
		{"fr-CA", "Son bleu profond donne l'impression de plonger dans la mer par un jour calme.", p, false},
		{"fr-CA", "Comme un poisson dans l'eau, il est étanche.", q, true},
		{"es-ES", "Su azul es como sumergirse en el mar en un día tranquilo.", p, false},
		{"es-ES", "Su azul recuerda la luz que baila incluso en el agua.", p, false},
		{"es-ES", "Puedes nadar con él, como en cualquier piscina.", q, true},
		{"es-MX", "Su azul profundo es como sumergirse en el mar en un día tranquilo.", p, false},
		{"es-MX", "Puedes nadar con él como en cualquier alberca.", q, true},
		{"it-IT", "Il suo blu è come tuffarsi nel mare in una giornata calma.", p, false},
		{"it-IT", "Il suo blu ricorda la luce che danza anche nell'acqua.", p, false},
		{"it-IT", "Puoi nuotarci come in qualsiasi piscina.", q, true},
		{"pt-PT", "O seu azul é como mergulhar no mar num dia calmo.", p, false},
		{"pt-PT", "Pode nadar com ele, como em qualquer piscina.", q, true},
		{"pt-BR", "Seu azul lembra a luz que dança até na água.", p, false},
		{"pt-BR", "Você pode nadar com ele, como em qualquer piscina.", q, true},
		{"nl-NL", "Het blauw voelt als een duik in de zee op een windstille dag.", p, false},
		{"nl-NL", "Het blauw doet denken aan licht dat zelfs in het water danst.", p, false},
		{"nl-NL", "Je kunt ermee zwemmen, net als in elk zwembad.", q, true},
		{"sv-SE", "Det blå känns som att hoppa i havet en stilla dag.", p, false},
		{"sv-SE", "Det blå är som ljus som dansar även i vattnet.", p, false},
		{"sv-SE", "Du kan simma med det, som en fisk i vattnet.", q, true},
		{"da-DK", "Det blå føles som at hoppe i havet en stille dag.", p, false},
		{"da-DK", "Det blå minder om lys, der danser også i vandet.", p, false},
		{"da-DK", "Du kan svømme med den, som en fisk i vandet.", q, true},
		{"nb-NO", "Det blå føles som å hoppe i havet en stille dag.", p, false},
		{"nb-NO", "Det blå minner om lys som danser også i vannet.", p, false},
		{"nb-NO", "Du kan svømme med den, som en fisk i vannet.", q, true},
		{"fi-FI", "Sen sininen on kuin hypätä mereen tyynenä päivänä.", p, false},
		{"fi-FI", "Sen sininen muistuttaa valoa, joka tanssii myös vedessä.", p, false},
		{"fi-FI", "Voit uida sen kanssa kuin kala vedessä.", q, true},
		{"pl-PL", "Jego błękit jest jak wskoczyć do morza w spokojny dzień.", p, false},
		{"pl-PL", "Jego błękit przypomina światło tańczące nawet w wodzie.", p, false},
		{"pl-PL", "Możesz w nim pływać jak ryba w wodzie.", q, true},
		{"cs-CZ", "Jeho modř je jako skočit do moře za klidného dne.", p, false},
		{"cs-CZ", "Jeho modř připomíná světlo, které tančí také ve vodě.", p, false},
		{"cs-CZ", "Můžete se v něm koupat jako ryba ve vodě.", q, true},
		{"el-GR", "Το μενταγιόν έχει ένα οβάλ λαρίμαρ με απαλές νευρώσεις σαν φως πάνω στο νερό.", p, false},
		{"el-GR", "Το μπλε του είναι σαν μια βουτιά στη θάλασσα μια ήρεμη μέρα.", p, false},
		{"el-GR", "Το μπλε του θυμίζει φως που χορεύει ακόμα και στη θάλασσα.", p, false},
		{"el-GR", "Μπορείτε να κολυμπήσετε με αυτό σαν ψάρι στο νερό.", q, true},
		{"el-GR", "Είναι αδιάβροχο σαν τη θάλασσα.", q, true},
		{"el-GR", "Μπορεί να έρθει μαζί σας στη θάλασσα.", q, true},
		{"tr-TR", "Mavisi, sakin bir günde denize girebilir gibi hissettirir.", p, false},
		{"tr-TR", "Mavisi, denizde bile dans eden ışığı hatırlatır.", p, false},
		{"tr-TR", "Onunla balık gibi denizde yüzebilirsiniz.", q, true},
		{"ar-AE", "لونه الأزرق كالغطس في البحر في يوم هادئ.", p, false},
		{"ar-AE", "يذكّر لونه بالضوء الذي يرقص حتى في البحر.", p, false},
		{"ar-AE", "يمكنك السباحة به مثل سمكة في الماء.", q, true},
		{"ja-JP", "その青は、海で泳ぐような穏やかな気分にさせてくれます。", p, false},
		{"ja-JP", "カリブの海水浴にも似た、明るい青です。", p, false},
		{"ja-JP", "魚のように海で泳ぐときも着けたままで大丈夫です。", q, true},
		{"ko-KR", "그 푸른빛은 바다에 들어가는 것처럼 시원합니다.", p, false},
		{"ko-KR", "그 푸른빛은 잔잔한 바다에 함께 갈 것 같은 느낌입니다.", p, false},
		{"ko-KR", "물고기처럼 바다에 함께 갈 수 있어요.", q, true},
		{"zh-CN", "柔和的纹理如同水面上的光。", p, false},
		{"zh-CN", "可以像鱼一样戴着它在海里游泳，完全防水。", q, true},
		{"zh-TW", "它的藍色就像在海裡游泳一樣清涼。", p, false},
		{"zh-TW", "完全防水，可以像魚一樣在海裡游泳。", q, true},
	})
}
