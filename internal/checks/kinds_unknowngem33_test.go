package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsUnknownGem33 (#13, unknowngem33; probe 31C's P31C106-2: "holds a
// 2-carat pear-cut euclase" on an aquamarine pendant passed in en-US,
// fr-CA, fi-FI and ko-KR, because euclase was in no vocabulary, and the
// twenty-seventh session's zhnature33 found sillimanite in none either). A
// gem species the copy names as the piece's stone is compared with the
// product's stones only when the vocabulary knows it: euclase (a beryllium
// aluminium silicate, Mohs 7.5) and sillimanite (fibrolite) are now stone
// words in every locale. Each row blocks on an aquamarine pendant and
// passes on the pendant whose stone is the named one.
func TestKindsUnknownGem33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pendant := func(stone, colour string) core.Product {
		return core.Product{SKU: "G33", Name: "Drop", Category: "pendant", Collection: "Essence",
			Materials: []string{"sterling silver"},
			Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones:    []core.Stone{{Type: stone, Colour: colour, Count: 1, Origin: "natural"}},
			Colours:   []string{"silver", "blue"}}
	}
	rows := []struct{ locale, stone, text string }{
		{"en-GB", "euclase", "The pendant holds a pear-cut euclase in a sterling silver frame."},
		{"en-US", "euclase", "The pendant holds a 2-carat pear-cut euclase, 10 mm long."},
		{"en-AU", "sillimanite", "The pendant holds a cabochon of sillimanite in a sterling silver frame."},
		{"de-DE", "euclase", "Der Anhänger trägt einen tropfenförmigen Euklas in einer Fassung aus Sterlingsilber."},
		{"fr-FR", "euclase", "Le pendentif porte une euclase taillée en poire, sertie d'argent sterling."},
		{"fr-CA", "euclase", "Le pendentif porte une euclase de 2 carats taillée en poire."},
		{"es-ES", "euclase", "El colgante lleva una euclasa en forma de pera engastada en plata de ley."},
		{"es-MX", "sillimanite", "El dije lleva un cabujón de sillimanita engastado en plata esterlina."},
		{"it-IT", "euclase", "Il pendente porta un euclasio a goccia in una montatura d'argento sterling."},
		{"pt-PT", "euclase", "O pendente tem um euclásio em forma de pera, engastado em prata de lei."},
		{"pt-BR", "sillimanite", "O pingente tem um cabochão de silimanita engastado em prata 925."},
		{"nl-NL", "euclase", "De hanger draagt een peervormige euklaas in een zetting van sterling zilver."},
		{"sv-SE", "euclase", "Hänget bär en droppslipad euklas i en infattning av sterlingsilver."},
		{"da-DK", "euclase", "Vedhænget bærer en dråbeslebet euklas i en indfatning af sterlingsølv."},
		{"nb-NO", "sillimanite", "Anhenget bærer en cabochon av sillimanitt i en innfatning av sterlingsølv."},
		{"fi-FI", "euclase", "Riipuksessa on 2 karaatin pisaranmuotoinen euklaasi sterlinghopeisessa kehyksessä."},
		{"pl-PL", "euclase", "Zawieszka ma gruszkowy euklaz w oprawie ze srebra próby 925."},
		{"cs-CZ", "euclase", "Přívěsek nese kapkovitý euklas v objímce ze sterlingového stříbra."},
		{"tr-TR", "sillimanite", "Kolye ucunda gümüş bir çerçeve içinde kabaşon bir sillimanit var."},
		{"el-GR", "euclase", "Το μενταγιόν έχει ένα ευκλάσιο σε σχήμα αχλαδιού σε πλαίσιο από ασήμι 925."},
		{"ar-AE", "euclase", "تحمل القلادة حجر اليوكلاز بقطع الكمثرى في إطار من الفضة الإسترلينية."},
		{"ja-JP", "euclase", "このペンダントには、ペアシェイプのユークレースがスターリングシルバーの枠に留められています。"},
		{"ko-KR", "euclase", "이 펜던트는 2캐럿의 페어 컷 유클레이스를 스털링 실버 프레임에 담았습니다."},
		{"zh-CN", "euclase", "这款吊坠在纯银框中镶嵌一颗梨形蓝柱石。"},
		{"zh-TW", "sillimanite", "這款吊墜在純銀框中鑲嵌一顆矽線石弧面寶石。"},
	}
	for _, r := range rows {
		if blocked, fs := groundingBlocked(t, svc, pendant("aquamarine", "blue"), r.locale, r.text); !blocked {
			t.Errorf("%s %q on aquamarine: not blocked by grounding: %+v", r.locale, r.text, fs)
		}
		if blocked, fs := blockedIn(t, svc, "", pendant(r.stone, "blue"), r.locale, r.text); blocked {
			t.Errorf("%s %q on %s: blocked: %+v", r.locale, r.text, r.stone, fs)
		}
	}
}
