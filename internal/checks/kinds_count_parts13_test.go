package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// parts13Ruby is a ring with one natural ruby in a four-claw setting.
var parts13Ruby = core.Product{SKU: "P13", Name: "Ruby Ring", Category: "ring", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones: []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: "natural"}}, Colours: []string{"silver", "red"},
	Features: []string{"four-claw setting"}}

// parts13Lang is one language's count of a setting's parts (parts: the
// prongs or claws that hold the one stone, the stone named after the
// verb or before the number) and its counts of stones (block: four
// stones on a one-stone ring, and four claws holding three stones).
type parts13Lang struct{ parts, block []string }

var parts13Texts = map[string]parts13Lang{
	"en": {parts: []string{"Four prongs hold the stone securely.", "Six slim claws grip the ruby.", "The stone sits in four double claws."},
		block: []string{"Four stones sparkle on the band.", "Four claws hold three rubies.", "Twelve claw-set rubies line the band."}},
	"de": {parts: []string{"Vier Krappen halten den Stein.", "Sechs feine Krappen fassen den Rubin.", "Den Stein halten vier Krappen."},
		block: []string{"Vier Steine funkeln auf der Schiene.", "Vier Krappen halten drei Rubine."}},
	"fr": {parts: []string{"Quatre griffes retiennent la pierre.", "Six fines griffes maintiennent le rubis.", "La pierre est tenue par quatre griffes."},
		block: []string{"Quatre pierres brillent sur l'anneau.", "Quatre griffes retiennent trois rubis."}},
	"it": {parts: []string{"Quattro griffe tengono la pietra.", "Sei griffe sottili trattengono il rubino."},
		block: []string{"Quattro pietre brillano sul gambo.", "Quattro griffe tengono tre rubini."}},
	"es": {parts: []string{"Cuatro garras sujetan la piedra.", "Seis uñas finas sujetan el rubí."},
		block: []string{"Cuatro piedras brillan en el aro.", "Cuatro garras sujetan tres rubíes."}},
	"pt": {parts: []string{"Quatro garras seguram a pedra.", "Seis garras finas prendem o rubi."},
		block: []string{"Quatro pedras brilham no aro.", "Quatro garras seguram três rubis."}},
	"nl": {parts: []string{"Vier klauwen houden de steen vast.", "Zes griffen houden de robijn.", "Vier pootjes houden de steen."},
		block: []string{"Vier stenen schitteren op de ring.", "Vier klauwen houden drie robijnen vast."}},
	"da": {parts: []string{"Fire kløer holder stenen.", "Seks greb holder rubinen fast."},
		block: []string{"Fire sten funkler på ringen.", "Fire kløer holder tre rubiner."}},
	"nb": {parts: []string{"Fire klør holder steinen.", "Seks klør holder rubinen på plass."},
		block: []string{"Fire steiner glitrer på ringen.", "Fire klør holder tre rubiner."}},
	"sv": {parts: []string{"Fyra klor håller stenen.", "Sex klor fattar rubinen."},
		block: []string{"Fyra stenar gnistrar på ringen.", "Fyra klor håller tre rubiner."}},
	"fi": {parts: []string{"Neljä kynttä pitää kiven.", "Kuusi kynttä pitää rubiinin paikallaan.", "Neljä sakaraa pitää kiven tukevasti."},
		block: []string{"Neljä kiveä säihkyy sormuksessa.", "Neljä kynttä pitää kolmea rubiinia."}},
	"pl": {parts: []string{"Cztery łapki trzymają kamień.", "Sześć pazurków trzyma rubin."},
		block: []string{"Cztery kamienie lśnią na obrączce.", "Cztery łapki trzymają trzy rubiny."}},
	"cs": {parts: []string{"Čtyři drápky drží kámen.", "Šest krapen drží rubín."},
		block: []string{"Čtyři kameny září na prstenu.", "Čtyři drápky drží tři rubíny."}},
	"tr": {parts: []string{"Dört tırnak taşı tutuyor.", "Altı tırnak yakutu sağlamca tutar."},
		block: []string{"Dört taş yüzükte parlıyor.", "Dört tırnak üç yakutu tutuyor."}},
	"el": {parts: []string{"Τέσσερα νύχια κρατούν την πέτρα.", "Έξι νύχια συγκρατούν το ρουμπίνι."},
		block: []string{"Τέσσερις πέτρες λάμπουν στο δαχτυλίδι.", "Τέσσερα νύχια κρατούν τρία ρουμπίνια."}},
	"ar": {parts: []string{"أربعة مخالب تثبت الحجر.", "ستة مخالب تحمل الياقوت."},
		block: []string{"أربعة أحجار تتلألأ على الخاتم.", "أربعة مخالب تثبت ثلاثة أحجار."}},
	"ja": {parts: []string{"4本の爪が石を留めています。", "6本のツメがルビーをしっかり支えます。"},
		block: []string{"4個の石が輝きます。", "4本の爪が3個のルビーを留めています。"}},
	"ko": {parts: []string{"네 개의 발이 스톤을 고정합니다.", "4개의 프롱이 루비를 잡아줍니다."},
		block: []string{"4개의 스톤이 반짝입니다.", "4개의 프롱이 루비 3개를 잡아줍니다."}},
	"zh-CN": {parts: []string{"四个爪牢牢固定宝石。", "六爪镶嵌红宝石。"},
		block: []string{"四颗宝石闪耀。", "四个爪固定三颗红宝石。"}},
	"zh-TW": {parts: []string{"四個爪牢牢固定寶石。", "六爪鑲嵌紅寶石。"},
		block: []string{"四顆寶石閃耀。", "四個爪固定三顆紅寶石。"}},
}

// TestKindsCountParts13: a number whose phrase is headed by a part of
// the piece counts the parts, never the stones named after it (#13,
// thirteenth blind set: "Vier Krappen halten den Stein" and "Neljä kynttä
// pitää kiven" on a one-ruby ring blocked as grounding.count). The prongs
// and claws of every language (count_parts of the vocabularies, with
// their components, link_nouns and piece_parts) end the count; a count of
// stones ("four stones", "four claws hold three rubies", "twelve
// claw-set rubies") still blocks.
func TestKindsCountParts13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var parts, block []lt
	perLocale(t, parts13Texts, "parts13", func(loc string, x parts13Lang, in func([]string) []lt) {
		parts = append(parts, in(x.parts)...)
		block = append(block, in(x.block)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a count of the setting's parts", parts13Ruby, "", parts},
		{"a count of stones on a one-stone ring", parts13Ruby, CatGrounding, block},
	})
}
