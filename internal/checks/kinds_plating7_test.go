package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the metal7 tables: silver-plated and rhodium-plated brass
// (a ring, a bracelet, a necklace) and their sterling twins.
var (
	m7PlatedRing = core.Product{SKU: "M71", Name: "Halo", Category: "ring",
		Metals: []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 1}}, Colours: []string{"silver"}}
	m7PlatedBracelet = core.Product{SKU: "M72", Name: "Halo", Category: "bracelet",
		Metals: []core.Metal{{Base: "brass", Plating: "rhodium", PlatingMicrons: 0.5}}, Colours: []string{"silver"}}
	m7PlatedNecklace = core.Product{SKU: "M73", Name: "Halo", Category: "necklace",
		Metals: []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 1}}, Colours: []string{"silver"}}
	m7SterlingRing = core.Product{SKU: "M74", Name: "Halo", Category: "ring",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	m7SterlingBracelet = core.Product{SKU: "M75", Name: "Halo", Category: "bracelet",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	m7SterlingNecklace = core.Product{SKU: "M76", Name: "Halo", Category: "necklace",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
)

// m7Lang is one language's texts of the metal7 kinds.
//
// ring, bracelet, necklace: the piece named with a silver word compounded
// or glued to its category word (Silberring, zilveren armband, sølvkjede,
// hopeasormus, gümüş yüzük, 실버 반지, 은반지, シルバーリング, 银手镯, خاتم
// فضي); they block on plated brass (plating_silver) and pass on sterling.
// colour: a silver colour or tone word of the plated ring (silver-tone,
// silberfarben, hopeanvärinen, بلون فضي, 银色), publishable.
// The colour rows failed before in cs, it, pt-BR, pt-PT (tone words
// "odstínu", "tonalità", "cor" not read); the compounds in ar, el, fi, ko,
// nl, zh-CN, zh-TW.
type m7Lang struct {
	ring, bracelet, necklace, colour []string
}

var m7Texts = map[string]m7Lang{
	"en": {
		ring:     []string{"A silver ring for every day.", "This ring is crafted from silver.", "A ring in silver, polished to a soft shine."},
		bracelet: []string{"A silver bracelet for every day.", "This bracelet is made of silver."},
		necklace: []string{"A silver necklace for every day.", "A necklace in silver for every day."},
		colour:   []string{"A silver-tone ring for every day.", "A silver-coloured ring for every day."},
	},
	"fr": {
		ring:     []string{"Une bague argent pour tous les jours.", "Une bague en argent, polie avec douceur.", "Cette bague est façonnée en argent."},
		bracelet: []string{"Un bracelet argent pour tous les jours.", "Un bracelet en argent pour tous les jours."},
		necklace: []string{"Un collier argent pour tous les jours.", "Un collier en argent pour tous les jours."},
		colour:   []string{"Une bague couleur argent pour tous les jours.", "Une bague argentée pour tous les jours."},
	},
	"de": {
		ring:     []string{"Ein Silberring für jeden Tag.", "Dieser Silberring glänzt sanft.", "Ein silberner Ring für jeden Tag."},
		bracelet: []string{"Ein Silberarmband für jeden Tag.", "Ein silbernes Armband für jeden Tag."},
		necklace: []string{"Eine Silberkette für jeden Tag.", "Eine silberne Halskette für jeden Tag."},
		colour:   []string{"Ein silberfarbener Ring für jeden Tag.", "Ein Ring in Silberoptik für jeden Tag."},
	},
	"it": {
		ring:     []string{"Un anello d'argento per tutti i giorni.", "Un anello in argento per tutti i giorni.", "Anello argento, lucidato a mano."},
		bracelet: []string{"Un bracciale d'argento per tutti i giorni.", "Un bracciale in argento per tutti i giorni."},
		necklace: []string{"Una collana d'argento per tutti i giorni.", "Una collana in argento per tutti i giorni."},
		colour:   []string{"Un anello color argento per tutti i giorni.", "Un anello dalla tonalità argento per tutti i giorni."},
	},
	"es": {
		ring:     []string{"Un anillo de plata para cada día.", "Anillo plata, pulido a mano."},
		bracelet: []string{"Una pulsera de plata para cada día."},
		necklace: []string{"Un collar de plata para cada día."},
		colour:   []string{"Un anillo color plata para cada día.", "Un anillo en tono plateado para cada día."},
	},
	"pt": {
		ring:     []string{"Um anel de prata para todos os dias.", "Anel em prata, polido à mão."},
		bracelet: []string{"Uma pulseira de prata para todos os dias."},
		necklace: []string{"Um colar de prata para todos os dias."},
		colour:   []string{"Um anel cor de prata para todos os dias.", "Um anel em tom prateado para todos os dias."},
	},
	"nl": {
		ring:     []string{"Een zilveren ring voor elke dag.", "Een zilverring voor elke dag.", "Deze ring is van zilver."},
		bracelet: []string{"Een zilveren armband voor elke dag.", "Een zilverarmband voor elke dag."},
		necklace: []string{"Een zilveren ketting voor elke dag.", "Een zilverketting voor elke dag."},
		colour:   []string{"Een zilverkleurige ring voor elke dag."},
	},
	"sv": {
		ring:     []string{"En silverring för varje dag.", "Ringen är gjord av silver."},
		bracelet: []string{"Ett silverarmband för varje dag."},
		necklace: []string{"Ett silverhalsband för varje dag.", "En silverkedja för varje dag."},
		colour:   []string{"En silverfärgad ring för varje dag."},
	},
	"da": {
		ring:     []string{"En sølvring til hver dag.", "Ringen er lavet af sølv."},
		bracelet: []string{"Et sølvarmbånd til hver dag."},
		necklace: []string{"En sølvhalskæde til hver dag."},
		colour:   []string{"En sølvfarvet ring til hver dag."},
	},
	"nb": {
		ring:     []string{"En sølvring til hver dag.", "Ringen er laget av sølv."},
		bracelet: []string{"Et sølvarmbånd til hver dag."},
		necklace: []string{"Et sølvkjede til hver dag."},
		colour:   []string{"En sølvfarget ring til hver dag."},
	},
	"fi": {
		ring:     []string{"Hopeasormus jokaiseen päivään.", "Sormus on valmistettu hopeasta.", "Täyshopeinen sormus jokaiseen päivään.", "Sormus on täyshopeaa."},
		bracelet: []string{"Hopearannekoru jokaiseen päivään."},
		necklace: []string{"Hopeakaulakoru jokaiseen päivään.", "Hopeaketju jokaiseen päivään."},
		colour:   []string{"Hopeanvärinen sormus jokaiseen päivään."},
	},
	"pl": {
		ring:     []string{"Srebrny pierścionek na co dzień.", "Pierścionek ze srebra na co dzień."},
		bracelet: []string{"Srebrna bransoletka na co dzień."},
		necklace: []string{"Srebrny naszyjnik na co dzień."},
		colour:   []string{"Pierścionek w kolorze srebra na co dzień."},
	},
	"cs": {
		ring:     []string{"Stříbrný prsten na každý den.", "Prsten ze stříbra na každý den."},
		bracelet: []string{"Stříbrný náramek na každý den."},
		necklace: []string{"Stříbrný náhrdelník na každý den."},
		colour:   []string{"Prsten ve stříbrném odstínu na každý den."},
	},
	"tr": {
		ring:     []string{"Her gün için gümüş yüzük.", "Yüzük gümüşten yapılmıştır."},
		bracelet: []string{"Her gün için gümüş bilezik."},
		necklace: []string{"Her gün için gümüş kolye."},
		colour:   []string{"Her gün için gümüş renkli yüzük."},
	},
	"el": {
		ring:     []string{"Ασημένιο δαχτυλίδι για κάθε μέρα.", "Δαχτυλίδι από ασήμι για κάθε μέρα."},
		bracelet: []string{"Ασημένιο βραχιόλι για κάθε μέρα."},
		necklace: []string{"Ασημένιο κολιέ για κάθε μέρα."},
		colour:   []string{"Δαχτυλίδι σε ασημί απόχρωση για κάθε μέρα."},
	},
	"ar": {
		ring:     []string{"خاتم فضي لكل يوم.", "خاتم من الفضة لكل يوم."},
		bracelet: []string{"سوار فضي لكل يوم."},
		necklace: []string{"قلادة فضية لكل يوم."},
		colour:   []string{"خاتم بلون فضي لكل يوم."},
	},
	"ja": {
		ring:     []string{"毎日使えるシルバーリング。", "毎日使える銀の指輪。"},
		bracelet: []string{"毎日使えるシルバーブレスレット。"},
		necklace: []string{"毎日使えるシルバーネックレス。"},
		colour:   []string{"毎日使えるシルバーカラーのリング。"},
	},
	"ko": {
		ring:     []string{"매일 착용하는 실버 반지.", "매일 착용하는 은반지."},
		bracelet: []string{"매일 착용하는 은팔찌.", "매일 착용하는 실버 팔찌."},
		necklace: []string{"매일 착용하는 실버 목걸이.", "매일 착용하는 은목걸이."},
		colour:   []string{"매일 착용하는 실버 컬러 반지."},
	},
	"zh-CN": {
		ring:     []string{"日常佩戴的银戒指。"},
		bracelet: []string{"日常佩戴的银手镯。", "日常佩戴的银手链。"},
		necklace: []string{"日常佩戴的银项链。"},
		colour:   []string{"日常佩戴的银色戒指。"},
	},
	"zh-TW": {
		ring:     []string{"日常佩戴的銀戒指。"},
		bracelet: []string{"日常佩戴的銀手鐲。", "日常佩戴的銀手鍊。"},
		necklace: []string{"日常佩戴的銀項鍊。"},
		colour:   []string{"日常佩戴的銀色戒指。"},
	},
}

// TestKindsPlatingSilver7 (issue #13: plating_silver) in every supported
// locale.
func TestKindsPlatingSilver7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var ring, bracelet, necklace, colour []lt
	perLocale(t, m7Texts, "metal7", func(loc string, x m7Lang, in func([]string) []lt) {
		ring = append(ring, in(x.ring)...)
		bracelet = append(bracelet, in(x.bracelet)...)
		necklace = append(necklace, in(x.necklace)...)
		colour = append(colour, in(x.colour)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"plated ring called silver", m7PlatedRing, CatRegulatory, ring},
		{"plated bracelet called silver", m7PlatedBracelet, CatRegulatory, bracelet},
		{"plated necklace called silver", m7PlatedNecklace, CatRegulatory, necklace},
		{"sterling ring called silver", m7SterlingRing, "", ring},
		{"sterling bracelet called silver", m7SterlingBracelet, "", bracelet},
		{"sterling necklace called silver", m7SterlingNecklace, "", necklace},
		{"plated ring in a silver colour", m7PlatedRing, "", colour},
	})
}
