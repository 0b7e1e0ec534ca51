package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Where a material occurs, what encloses it in nature and what it is taken
// for are no words of the piece (#13, relation26; released 26's it-IT
// pallasite "cristalli di olivina … racchiusi in una trama di
// ferro-nichel", nb-NO Apache tears "De finnes i grå perlitt", tr-TR
// shattuckite "Sıklıkla krizokolla ile karıştırılır"): a piece verb or a
// word of other items of the same form ("racchiusi", "enclosed", "finnes
// i") does not make a sentence about the material the piece's, and a stone
// fronted before a verb of confusion is the material's look-alike, not a
// new subject (grounding/material_sentence.go, pack key
// material_relation_words). Every pass row blocks on a product whose stone
// is not the one the text explains; the relation sentence with a word of
// the piece still blocks.
func TestKindsRelation26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	obs := core.Product{SKU: "K26R1", Name: "Volcano Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"obsidian", "stainless steel"}, Metals: []core.Metal{{Base: "stainless steel"}},
		Stones: []core.Stone{{Type: "obsidian", Colour: "black", Count: 19, Origin: "natural"}}}
	hem := obs
	hem.Materials = []string{"hematite", "stainless steel"}
	hem.Stones = []core.Stone{{Type: "hematite", Colour: "black", Count: 19, Origin: "natural"}}
	rows := []kindRow{
		{"en-GB", "Obsidian is volcanic glass. Its nodules are enclosed in grey perlite, and it is often confused with onyx.", obs, false},
		{"en-US", "Obsidian is volcanic glass. Mistaken for onyx, it is found in grey perlite.", obs, false},
		{"en-AU", "Obsidian is volcanic glass. Onyx is what it is most often confused with.", obs, false},
		{"de-DE", "Obsidian ist vulkanisches Glas. Mit Onyx wird er oft verwechselt.", obs, false},
		{"fr-FR", "L'obsidienne est un verre volcanique. Avec l'onyx, elle est souvent confondue.", obs, false},
		{"fr-CA", "L'obsidienne est un verre volcanique. Emprisonnée dans la perlite, elle est souvent prise pour de l'onyx.", obs, false},
		{"es-ES", "La obsidiana es vidrio volcánico. Con el ónix se confunde a menudo.", obs, false},
		{"es-MX", "La obsidiana es vidrio volcánico. Atrapada en la perlita gris, a menudo se confunde con el ónix.", obs, false},
		{"it-IT", "L'ossidiana è vetro vulcanico. Le sue gocce, racchiuse nella perlite grigia, sono spesso confuse con l'onice.", obs, false},
		{"pt-PT", "A obsidiana é vidro vulcânico. Com o ónix é muitas vezes confundida.", obs, false},
		{"pt-BR", "A obsidiana é vidro vulcânico. Com o ônix é muitas vezes confundida.", obs, false},
		{"nl-NL", "Obsidiaan is vulkanisch glas. Met onyx wordt het vaak verward.", obs, false},
		{"sv-SE", "Obsidian är vulkaniskt glas. Den finns i grå perlit och förväxlas ofta med onyx.", obs, false},
		{"da-DK", "Obsidian er vulkansk glas. Den findes i grå perlit og forveksles ofte med onyks.", obs, false},
		{"nb-NO", "Obsidian er vulkansk glass. Den finnes i grå perlitt og forveksles ofte med onyks.", obs, false},
		{"fi-FI", "Obsidiaani on vulkaanista lasia. Onyksiin se sekoitetaan usein.", obs, false},
		{"pl-PL", "Obsydian to szkło wulkaniczne. Z onyksem bywa często mylony.", obs, false},
		{"cs-CZ", "Obsidián je vulkanické sklo. S onyxem bývá často zaměňován.", obs, false},
		{"el-GR", "Ο οψιανός είναι ηφαιστειακό γυαλί. Με τον όνυχα συχνά μπερδεύεται.", obs, false},
		{"tr-TR", "Obsidyen volkanik bir camdır. Sıklıkla oniks ile karıştırılır.", obs, false},
		{"ar-AE", "السبج زجاج بركاني. والجزع هو ما يخلط بينه وبينه كثيراً.", obs, false},
		{"ja-JP", "黒曜石は火山ガラスです。オニキスとよく混同されます。", obs, false},
		{"ko-KR", "흑요석은 화산 유리입니다. 오닉스와 자주 혼동됩니다.", obs, false},
		{"zh-CN", "黑曜石是火山玻璃。缟玛瑙常与它混淆。", obs, false},
		{"zh-TW", "黑曜石是火山玻璃。縞瑪瑙常與它混淆。", obs, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(r kindRow) (core.Product, bool) { return hem, true })
	// A word of the piece in the relation sentence: the onyx is the piece's.
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Obsidian is volcanic glass. Onyx is enclosed in the clasp.", obs, true},
		{"en-GB", "Obsidian is volcanic glass. Mistaken for onyx, our bracelet is set with six onyx beads.", obs, true},
		{"de-DE", "Obsidian ist vulkanisches Glas. Mit Onyx ist das Armband besetzt.", obs, true},
		{"it-IT", "L'ossidiana è vetro vulcanico. Gocce di onice sono racchiuse nel bracciale.", obs, true},
		{"tr-TR", "Obsidyen volkanik bir camdır. Bileziğe oniks yerleştirildi.", obs, true},
		// Not a relation: a new stone opens the sentence.
		{"en-GB", "Obsidian is volcanic glass. Onyx beads sparkle beside it.", obs, true},
	})
}
