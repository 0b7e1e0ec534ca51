package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Rare gem species, trade varieties and unusual metals the vocabularies did
// not know (#13, the fourteenth session's unknown14, from the fourteenth
// blind set and probe copy): "seks demantoider", "an inlaid line of osmium",
// "proužkem meteoritu Gibeon", "two tiny taaffeites", "dos pequeñas
// grandidieritas", "okrajem z tombaku", "en lyserød rubellit" passed on
// products without them, since a closed vocabulary compares nothing it does
// not know. The locale packs now know them (vocab.yaml, unknown14), and the
// canon implies each variety's species (vocab/canon.yaml): a rubellite is a
// tourmaline, a demantoid a garnet, tombac a brass, Argentium sterling.
// The same words pass on a product that has them, and a species name passes
// on its variety, never the reverse.
func TestKindsUnknown14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stones := func(metal string, types ...string) core.Product {
		p := core.Product{SKU: "H14U", Name: "Piece", Category: "pendant", Collection: "Rare", Materials: []string{metal}}
		for _, ty := range types {
			p.Stones = append(p.Stones, core.Stone{Type: ty, Count: 1, Origin: "natural"})
		}
		return p
	}
	counted := func(ty, colour string, n int) core.Product {
		return core.Product{SKU: "H14N", Name: "Piece", Category: "pendant", Collection: "Rare", Materials: []string{"sterling silver"},
			Stones: []core.Stone{{Type: ty, Colour: colour, Count: n, Origin: "natural"}}, Colours: []string{colour}}
	}
	kunzite := stones("sterling silver", "kunzite", "morganite")
	sapphire := stones("sterling silver", "sapphire")
	titanium := core.Product{SKU: "H14T", Name: "Band", Category: "ring", Collection: "Rare", Materials: []string{"titanium"}}
	silver := core.Product{SKU: "H14V", Name: "Band", Category: "ring", Collection: "Rare", Materials: []string{"sterling silver"}}
	for _, r := range []struct {
		locale string
		p      core.Product
		text   string
		block  bool
	}{
		// Rare stones the product lacks.
		{"da-DK", sapphire, "Vedhænget har seks demantoider i en krans.", true},
		{"en-US", sapphire, "Two tiny taaffeites flank the centre stone.", true},
		{"es-ES", sapphire, "Dos pequeñas grandidieritas acompañan la piedra.", true},
		{"da-DK", kunzite, "En lyserød rubellit hænger under kunzitten.", true},
		{"de-DE", sapphire, "Ein Anhänger mit einem Paraiba-Turmalin.", true},
		{"fr-FR", sapphire, "Un pendentif serti d'une tsavorite et d'une rubellite.", true},
		{"it-IT", sapphire, "Un ciondolo con uno spessartite arancione.", true},
		{"nl-NL", sapphire, "Een hanger met een demantoïde.", true},
		{"sv-SE", sapphire, "Ett hänge med en liten benitoit och en taaffeit.", true},
		{"fi-FI", sapphire, "Riipuksessa on pieni rubelliitti.", true},
		{"pl-PL", sapphire, "Wisiorek z demantoidem i rubelitem.", true},
		{"cs-CZ", sapphire, "Přívěsek s drobným rubelitem.", true},
		{"pt-BR", sapphire, "Um pingente com uma rubelita cor-de-rosa.", true},
		{"tr-TR", sapphire, "Kolye ucunda küçük bir rubelit var.", true},
		{"el-GR", sapphire, "Μενταγιόν με έναν μικρό ρουμπελίτη.", true},
		{"ja-JP", sapphire, "ペンダントにはデマントイドが輝きます。", true},
		{"ko-KR", sapphire, "펜던트에 루벨라이트가 세팅되어 있습니다.", true},
		{"zh-CN", sapphire, "吊坠镶嵌一颗翠榴石。", true},
		{"ar-AE", sapphire, "قلادة مرصعة بحجر الروبيليت.", true},
		// Metals and alloys the product lacks.
		{"en-US", titanium, "The band carries an inlaid line of osmium.", true},
		{"cs-CZ", titanium, "Prsten s proužkem meteoritu Gibeon.", true},
		{"cs-CZ", silver, "Prsten s okrajem z tombaku.", true},
		{"de-DE", titanium, "Ein Ring mit einer Einlage aus Damaststahl.", true},
		{"fr-FR", silver, "Une bague en maillechort poli.", true},
		{"it-IT", silver, "Un anello in alpacca lucidata.", true},
		{"es-ES", titanium, "Un anillo con incrustación de fibra de carbono.", true},
		{"pl-PL", titanium, "Obrączka z wkładką z meteorytu.", true},
		{"ko-KR", titanium, "이리듐으로 만든 밴드입니다.", true},
		{"zh-CN", titanium, "戒指镶嵌陨石。", true},
		// The same words on products that have them, and species names on
		// their varieties.
		{"da-DK", counted("demantoid", "green", 6), "Vedhænget har seks demantoider i en krans.", false},
		{"da-DK", counted("demantoid", "green", 1), "Demantoid er en grøn granat.", false},
		{"en-US", counted("taaffeite", "mauve", 2), "Two tiny taaffeites flank the stone.", false},
		{"da-DK", counted("rubellite", "red", 1), "En rubellit, en rød turmalin.", false},
		{"de-DE", stones("sterling silver", "paraiba tourmaline"), "Ein leuchtender Paraiba-Turmalin.", false},
		{"cs-CZ", core.Product{SKU: "H14M", Name: "Band", Category: "ring", Collection: "Rare", Materials: []string{"titanium", "Gibeon meteorite"}}, "Prsten s proužkem meteoritu Gibeon.", false},
		{"cs-CZ", core.Product{SKU: "H14B", Name: "Band", Category: "ring", Collection: "Rare", Materials: []string{"tombac"}}, "Prsten s okrajem z tombaku.", false},
		{"en-US", core.Product{SKU: "H14O", Name: "Band", Category: "ring", Collection: "Rare", Materials: []string{"titanium", "osmium"}}, "The band carries an inlaid line of osmium.", false},
		{"en-US", stones("sterling silver", "morganite"), "Morganite is the peach beryl.", false},
		// Never the reverse: a garnet is no demantoid, a tourmaline no rubellite.
		{"en-US", stones("sterling silver", "garnet"), "A pendant with a demantoid.", true},
		{"fr-FR", stones("sterling silver", "tourmaline"), "Un pendentif serti d'une rubellite.", true},
	} {
		blocked, fs := groundingBlocked(t, svc, r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %v %q: blocked %v, want %v: %+v", r.locale, r.p.Materials, r.text, blocked, r.block, fs)
		}
	}
}
