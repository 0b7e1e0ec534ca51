package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Fixtures of the fifty-fifth session's false blocks of grounding.material
// and grounding.stone (#13, scope55): a material or stone word that does
// not describe the piece.
var (
	// probe 55C: an unplated 18k white gold band (copy explains the
	// rhodium plating most white gold has and this one has not).
	scope55Unplated = core.Product{
		Name: "Warm White Band", Category: "ring", Collection: "Timeless",
		Materials:  []string{"18k white gold"},
		Metals:     []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Features:   []string{"unplated", "contains nickel"},
		Attributes: map[string]string{"alloy": "18k gold with nickel", "rhodium_plating": "none"},
		Colours:    []string{"white"},
	}
	// probe 55C: a copper-diffused red andesine.
	scope55Andesine = core.Product{
		Name: "Ember Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"14k yellow gold", "andesine"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:    []core.Stone{{Type: "andesine", Colour: "red", Count: 1, Origin: "natural", Treatment: "diffusion-treated"}},
		Colours:   []string{"red", "gold"},
	}
	// The same stone untreated: no treatment's copper.
	scope55AndesineUntreated = core.Product{
		Name: "Ember Ring", Category: "ring",
		Materials: []string{"14k yellow gold", "andesine"},
		Stones:    []core.Stone{{Type: "andesine", Colour: "red", Count: 1, Origin: "natural", Treatment: "none"}},
		Colours:   []string{"red", "gold"},
	}
	// probe 55C: a lead crystal glass drop on sterling silver.
	scope55LeadCrystal = core.Product{
		Name: "Drop Necklace", Category: "necklace", Collection: "Essence",
		Materials: []string{"sterling silver", "lead crystal glass"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "lead crystal glass", Colour: "clear", Count: 1, Origin: "simulant", Treatment: "none"}},
		Colours:   []string{"clear", "silver"},
	}
	// A crystal glass drop that is no lead crystal.
	scope55Crystal = core.Product{
		Name: "Drop Necklace", Category: "necklace",
		Materials: []string{"sterling silver", "crystal glass"},
		Stones:    []core.Stone{{Type: "crystal glass", Colour: "clear", Count: 1, Origin: "simulant"}},
		Colours:   []string{"clear", "silver"},
	}
	// released 55B: tourmalinated quartz beads.
	scope55Tourmalinated = core.Product{
		Name: "Tourmalinated Quartz Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"sterling silver", "elastic cord"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "tourmalinated quartz", Colour: "clear", Count: 21, Origin: "natural", Treatment: "none"}},
		Colours:   []string{"clear", "black", "silver"},
	}
	// probe 55C: red andesine studs, copy contrasting it with ruby.
	scope55AndesineStuds = core.Product{
		Name: "Glow Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver", "andesine"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "andesine", Colour: "red", Count: 2, Origin: "natural", Treatment: "diffusion-treated"}},
		Colours:   []string{"red", "silver"},
	}
	// released 55B ar-AE: a 24k gold bangle, copy offering a pearl
	// necklace of ours beside it.
	scope55Bangle = core.Product{
		Name: "Pure Gold Bangle", Category: "bangle", Collection: "Heritage",
		Materials: []string{"24k gold"},
		Metals:    []core.Metal{{Base: "gold", Fineness: "24k"}},
		Colours:   []string{"gold"},
	}
	// probe 55D da-DK: a gold-plated steel necklace, copy offering our
	// sterling silver necklace to layer with it.
	scope55SteelNecklace = core.Product{
		Name: "Paperclip Necklace", Category: "necklace", Collection: "Essence",
		Materials: []string{"14k gold-plated stainless steel"},
		Metals:    []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "14k", PlatingMicrons: 3}},
		Colours:   []string{"gold"},
	}
)

type scope55Row struct {
	locale string
	p      core.Product
	text   string
}

// scope55Blocks reports whether the text blocks on grounding.material or
// grounding.stone.
func scope55Blocks(p core.Product, locale, text string) bool {
	for _, f := range Check(p, locale, text) {
		if f.Severity == core.SeverityBlock && (f.Rule == RuleMaterial || f.Rule == RuleStone) {
			return true
		}
	}
	return false
}

// TestKindsScope55: words of a material or stone that does not describe
// the piece must not block: a plating denied or said of a class in
// general, a treatment's agent, the product's own compound stone name,
// a stone the piece's is contrasted with, another product of ours.
func TestKindsScope55(t *testing.T) {
	rows := []scope55Row{
		// 1. Plating said of a class in general, or denied (generic_class55.go;
		// contrast_before "instead of"; negators).
		{"en-GB", scope55Unplated, "Most white gold is coated with rhodium for a bright, cold finish; ours is not plated, so you see the metal itself."},
		{"en-US", scope55Unplated, "Most white gold jewelry is rhodium-plated for a cold, bright finish."},
		{"en-AU", scope55Unplated, "Instead of the cold white of rhodium, it shows the warm tone of the alloy itself."},
		{"fr-CA", scope55Unplated, "La plupart des bijoux en or blanc reçoivent une couche de rhodium qui les rend d'un blanc froid et brillant."},
		{"fr-FR", scope55Unplated, "La majorité des bagues en or blanc reçoivent une couche de rhodium."},
		{"pt-PT", scope55Unplated, "A maior parte do ouro branco recebe um banho de ródio que o torna branco e frio; aqui vê o próprio metal."},
		{"pt-BR", scope55Unplated, "A maior parte das joias de ouro branco recebe um banho de ródio."},
		{"es-ES", scope55Unplated, "La mayor parte del oro blanco recibe un baño de rodio que lo vuelve blanco y frío."},
		{"it-IT", scope55Unplated, "L'oro bianco non è rodiato: al posto del bianco freddo del rodio, mostra il tono caldo della lega stessa."},
		{"it-IT", scope55Unplated, "La maggior parte dell'oro bianco riceve un bagno di rodio."},
		{"de-DE", scope55Unplated, "Das Weißgold ist bewusst nicht rhodiniert: Statt des kühlen Glanzes einer Rhodiumschicht zeigt es den warmen Ton der Legierung selbst."},
		{"ko-KR", scope55Unplated, "대부분의 화이트 골드는 차갑고 밝은 흰색을 내기 위해 로듐으로 도금하지만, 이 반지는 합금 본연의 따뜻한 흰빛을 보여 줍니다."},
		{"ko-KR", scope55Unplated, "이 반지는 폭 2mm의 18K 화이트 골드 반지로, 로듐 도금을 하지 않았습니다."},
		{"zh-TW", scope55Unplated, "多數白K金會鍍上一層銠，呈現冷白亮光；這枚戒指則保留合金本身柔和溫暖的白色。"},
		{"zh-TW", scope55Unplated, "這枚戒指以18K白K金打造，未經鍍銠處理。"},
		{"zh-CN", scope55Unplated, "这枚戒指未经镀铑处理。"},
		{"ar-AE", scope55Unplated, "معظم الذهب الأبيض مطلي بالروديوم."},
		{"ja-JP", scope55Unplated, "ほとんどのホワイトゴールドはロジウムメッキが施されています。"},
		{"nl-NL", scope55Unplated, "De meeste witgouden sieraden krijgen een laagje rodium."},
		{"sv-SE", scope55Unplated, "De flesta smycken i vitguld får ett lager rodium."},
		{"da-DK", scope55Unplated, "De fleste smykker i hvidguld får et lag rhodium."},
		{"nb-NO", scope55Unplated, "De fleste smykker i hvitt gull får et lag rhodium."},
		{"cs-CZ", scope55Unplated, "Většina bílého zlata se pokovuje rhodiem."},
		{"tr-TR", scope55Unplated, "Çoğu beyaz altın rodyumla kaplanır."},
		{"el-GR", scope55Unplated, "Τα περισσότερα κοσμήματα από λευκόχρυσο επιμεταλλώνονται με ρόδιο."},
		{"de-DE", scope55Unplated, "Die meisten Schmuckstücke aus Weißgold werden rhodiniert."},
		{"es-MX", scope55Unplated, "La mayoría de las joyas de oro blanco llevan un baño de rodio."},
		{"zh-CN", scope55Unplated, "大多数白K金会镀上一层铑。"},
		{"en-GB", scope55Unplated, "Many white gold rings are rhodium-plated."},
		// 2. A treatment's agent (canon treatment_agents: copper of a
		// diffused andesine); the product's own lead crystal.
		{"nl-NL", scope55Andesine, "Zijn rode kleur is verkregen door koperdiffusie, waarbij de lichte steen met koper wordt verhit tot de kleur erin is doorgedrongen."},
		{"ko-KR", scope55Andesine, "밝은 색의 원석을 구리와 함께 가열하면 구리가 스톤 안으로 스며들어 색을 냅니다."},
		{"es-MX", scope55LeadCrystal, "El collar sostiene una gota facetada de cristal de plomo sobre una cadena de plata de ley de 45 cm."},
		{"es-ES", scope55LeadCrystal, "El cristal de plomo es vidrio, no una gema, por eso cada faceta refleja destellos tan vivos."},
		{"it-IT", scope55LeadCrystal, "Il pendente sospende una goccia sfaccettata di cristallo al piombo a una catena in argento sterling."},
		{"pt-BR", scope55LeadCrystal, "O colar traz uma gota facetada de cristal de chumbo numa corrente de prata."},
		{"fr-FR", scope55LeadCrystal, "Le collier porte une goutte facettée de cristal au plomb sur une chaîne en argent."},
		// 3. A stone the piece's is contrasted with.
		{"de-DE", scope55AndesineStuds, "Andesin gehört zur Familie der Feldspate; mit Rubin, einem Korund, hat er trotz der ähnlichen Farbe nichts zu tun."},
		{"ko-KR", scope55Andesine, "크롬으로 붉은색을 띠는 루비와는 전혀 다른 보석입니다."},
		{"ja-JP", scope55Andesine, "クロムで赤く色づくルビーとは全く異なる宝石です。"},
		{"en-GB", scope55Andesine, "It has nothing to do with ruby."},
		{"fr-FR", scope55Andesine, "Elle n'a rien à voir avec le rubis."},
		{"es-ES", scope55Andesine, "No tiene nada que ver con el rubí."},
		{"it-IT", scope55Andesine, "Non ha niente a che vedere con il rubino."},
		{"pt-BR", scope55Andesine, "Não tem nada a ver com o rubi."},
		{"pl-PL", scope55Andesine, "Nie ma nic wspólnego z rubinem."},
		{"cs-CZ", scope55Andesine, "Nemá nic společného s rubínem."},
		{"nb-NO", scope55Andesine, "Den har ingenting å gjøre med rubin."},
		{"nl-NL", scope55Andesine, "Met robijn heeft hij niets te maken."},
		{"tr-TR", scope55Andesine, "Yakuttan tamamen farklı bir taştır."},
		// 4. The product's own compound stone name, inflected.
		{"fr-FR", scope55Tourmalinated, "Ce bracelet aligne vingt et une perles de quartz tourmaliné de 8 mm."},
		{"tr-TR", scope55Tourmalinated, "Bu bileklikte 8 mm'lik turmalinli kuvars boncuklar dizilidir."},
		{"ja-JP", scope55Tourmalinated, "トルマリンクォーツのブレスレット。"},
		// 5. Another product of ours offered beside the piece.
		{"ar-AE", scope55Bangle, "ويُلبس وحده، أو مع قلادتنا من الفضة الإسترلينية المزيّنة باللؤلؤ في المناسبات العائلية."},
		{"da-DK", scope55SteelNecklace, "Bær den alene, eller lag den med vores tynde halskæde i sterlingsølv."},
		{"da-DK", scope55SteelNecklace, "Den er også smuk med vores tynde halskæde i sterlingsølv."},
		{"nb-NO", scope55SteelNecklace, "Det er også vakkert med vårt tynne halskjede i sterlingsølv."},
		{"sv-SE", scope55SteelNecklace, "Det är också vackert med vårt tunna halsband i sterlingsilver."},
		{"nl-NL", scope55SteelNecklace, "Hij is ook mooi met onze dunne ketting van sterling zilver."},
		{"pt-BR", scope55SteelNecklace, "Fica lindo também com o nosso colar fino de prata de lei."},
		{"pl-PL", scope55SteelNecklace, "Wygląda pięknie także z naszym cienkim naszyjnikiem ze srebra próby 925."},
		{"cs-CZ", scope55SteelNecklace, "Vypadá krásně i s naším tenkým náhrdelníkem ze sterlingového stříbra."},
	}
	for _, r := range rows {
		if scope55Blocks(r.p, r.locale, r.text) {
			t.Errorf("%s: %q blocks: %+v", r.locale, r.text, Check(r.p, r.locale, r.text))
		}
	}
}

// TestKindsScope55Bad: the same words claimed of the piece still block.
func TestKindsScope55Bad(t *testing.T) {
	rows := []scope55Row{
		// Plating said of the piece, or of a class that holds it.
		{"en-GB", scope55Unplated, "This ring is coated with rhodium for a bright finish."},
		{"en-GB", scope55Unplated, "Most of our white gold rings are coated with rhodium."},
		{"en-GB", scope55Unplated, "Like most white gold, this ring is coated with rhodium."},
		{"en-GB", scope55Unplated, "Like most white gold this ring is coated with rhodium."},
		{"en-GB", scope55Unplated, "Most white gold, including ours, is rhodium-plated."},
		{"en-GB", scope55Unplated, "Most white gold is rhodium-plated, and so is this ring."},
		{"de-DE", scope55Unplated, "Die meisten Weißgoldringe sind rhodiniert, so auch dieser Ring."},
		{"en-US", scope55Unplated, "The band is rhodium-plated."},
		{"fr-CA", scope55Unplated, "Cette bague reçoit une couche de rhodium qui la rend d'un blanc froid."},
		{"de-DE", scope55Unplated, "Der Ring trägt eine Rhodiumschicht."},
		{"it-IT", scope55Unplated, "L'anello è rodiato."},
		{"pt-PT", scope55Unplated, "A aliança recebe um banho de ródio."},
		{"ko-KR", scope55Unplated, "이 반지는 로듐으로 도금했습니다."},
		{"ko-KR", scope55Unplated, "대부분의 화이트 골드처럼 이 반지도 로듐으로 도금했습니다."},
		{"zh-TW", scope55Unplated, "這枚戒指經過鍍銠處理。"},
		{"zh-TW", scope55Unplated, "和多數白K金一樣，這枚戒指也鍍上一層銠。"},
		{"ja-JP", scope55Unplated, "このリングにはロジウムメッキが施されています。"},
		{"nl-NL", scope55Unplated, "Deze ring krijgt een laagje rodium."},
		{"tr-TR", scope55Unplated, "Bu yüzük rodyumla kaplanmıştır."},
		{"da-DK", scope55Unplated, "Ringen har et lag rhodium."},
		{"cs-CZ", scope55Unplated, "Prsten je pokoven rhodiem."},
		{"es-MX", scope55Unplated, "El anillo lleva un baño de rodio."},
		// Copper of the piece, or heated into a stone with no such
		// treatment.
		{"nl-NL", scope55Andesine, "De ring is van koper."},
		{"ko-KR", scope55Andesine, "이 반지는 구리로 만들었습니다."},
		{"de-DE", scope55AndesineStuds, "Die Ohrstecker sind aus Kupfer."},
		{"nl-NL", scope55AndesineUntreated, "De lichte steen wordt met koper verhit."},
		// Lead as the piece's material, or a lead crystal the piece's
		// crystal is not.
		{"es-MX", scope55LeadCrystal, "El colgante es de plomo."},
		{"es-MX", scope55LeadCrystal, "Una gota de cristal sobre plomo."},
		{"it-IT", scope55LeadCrystal, "Il pendente è in piombo."},
		{"es-MX", scope55Crystal, "Una gota facetada de cristal de plomo."},
		// Ruby said of the piece, an apposition and all.
		{"de-DE", scope55AndesineStuds, "Die Ohrstecker sind mit Rubin besetzt."},
		{"de-DE", scope55AndesineStuds, "Die Ohrstecker sind mit Rubin, einem Korund, besetzt."},
		{"ko-KR", scope55Andesine, "이 반지는 루비로 장식되었습니다."},
		{"en-GB", scope55Andesine, "The ring is set with ruby."},
		{"fr-FR", scope55Andesine, "La bague est sertie d'un rubis."},
		{"es-ES", scope55Andesine, "El anillo lleva un rubí."},
		{"tr-TR", scope55Andesine, "Yüzük yakut ile süslenmiştir."},
		{"nl-NL", scope55Andesine, "De ring is gezet met robijn."},
		{"ja-JP", scope55Tourmalinated, "トルマリンのブレスレット。"},
		// Tourmaline as a stone of its own.
		{"fr-FR", scope55Tourmalinated, "Un bracelet de quartz et de tourmaline."},
		{"fr-FR", scope55Tourmalinated, "Des perles de tourmaline noire."},
		{"tr-TR", scope55Tourmalinated, "Bileklik turmalin ile süslenmiştir."},
		// Sterling silver said of the piece.
		{"ar-AE", scope55Bangle, "السوار من الفضة الإسترلينية."},
		{"da-DK", scope55SteelNecklace, "Halskæden er lavet af sterlingsølv."},
		{"nl-NL", scope55SteelNecklace, "Onze ketting is van sterling zilver."},
		{"sv-SE", scope55SteelNecklace, "Halsbandet är gjort av sterlingsilver."},
	}
	for _, r := range rows {
		if !scope55Blocks(r.p, r.locale, r.text) {
			t.Errorf("%s: %q passes: %+v", r.locale, r.text, Check(r.p, r.locale, r.text))
		}
	}
}
