package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsSuperlative25: the unsubstantiated superlatives a guide forbids
// (DESIGN.md section 4, claim.superlative: "the best", "the finest", "the
// most beautiful in the world", "unbeatable", "unrivalled", "second to
// none", "number one", "best ever") are read from data/<lang>/
// superlatives.yaml in every language of the 25 locales, not in en, fr,
// de, it and es alone (#13, superlative25; UK CAP Code rules 3.7 and 3.33,
// Directive 2005/29/EC art. 6). Each locale has a blocking row and a pass
// twin holding the same word in another sense: the adjective of size
// ("a fine chain", "fin", "fint"), an idiom of friendship or greeting
// after the superlative (the English rule's "the best friend"; "de beste
// wensen", "mit den besten Wünschen", "les meilleurs vœux", "los mejores
// deseos", "i migliori auguri": the greetings blocked before), the
// adverb ("het beste met", "en iyi ... görünür", 最好避免, "من الأفضل"),
// a way or a state (最好的方法, 최고의 상태로) or another word holding it
// (世界一周, "parhaimmillaan", "at its best").
func TestKindsSuperlative25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "SP25", Name: "Luna Pendant", Category: "pendant", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	type row struct{ locale, block, pass string }
	rows := []row{
		{"en-GB", "This is the finest silver pendant you will find.", "A fine silver chain carries the pendant, a gift for the best friend you have."},
		{"en-US", "Our best-ever pendant, in sterling silver.", "Send it with the best wishes of our workshop."},
		{"en-AU", "A sterling silver pendant that is second to none.", "The pendant looks its best with a white shirt."},
		{"de-DE", "Der schönste Anhänger der Kollektion, aus Sterlingsilber.", "Mit den besten Wünschen zum Geburtstag: ein Anhänger aus Silber."},
		{"fr-FR", "Le meilleur pendentif de la collection, en argent.", "Recevez les meilleurs vœux de notre atelier avec ce pendentif en argent."},
		{"fr-CA", "Un pendentif en argent imbattable.", "Un fin pendentif en argent pour ta meilleure amie."},
		{"es-ES", "La mejor joya para regalar, en plata de ley.", "Con los mejores deseos para el nuevo año, un colgante de plata."},
		{"es-MX", "Un dije de plata sin igual.", "Un colgante fino de plata para la mejor amiga."},
		{"it-IT", "Il ciondolo più bello della collezione, in argento.", "Con i migliori auguri di buon compleanno, un ciondolo in argento."},
		{"pt-PT", "O melhor pendente da coleção, em prata.", "Com os melhores votos de um feliz Natal, um pendente fino em prata."},
		{"pt-BR", "Um pingente de prata inigualável.", "Um pingente fino de prata para a melhor amiga."},
		{"nl-NL", "De beste hanger van de collectie, in zilver.", "De beste wensen voor het nieuwe jaar: je draagt de hanger het beste met een wit overhemd."},
		{"sv-SE", "Världens vackraste hänge i silver.", "Ett fint hänge i silver till den bästa vännen du har."},
		{"da-DK", "Det fineste vedhæng i kollektionen, i sølv.", "Et fint vedhæng i sølv med de bedste hilsner fra vores værksted."},
		{"nb-NO", "Et uslåelig anheng i sølv.", "Et fint anheng i sølv til den beste venninnen din."},
		{"fi-FI", "Maailman kaunein riipus hopeasta.", "Paras ystävä ansaitsee hopeariipuksen, joka hohtaa parhaimmillaan illan valossa."},
		{"pl-PL", "Najlepszy wisiorek w całej kolekcji, ze srebra.", "Najlepsze życzenia z okazji urodzin i srebrny wisiorek."},
		{"cs-CZ", "Nejlepší přívěsek z celé kolekce, ze stříbra.", "Stříbrný přívěsek jako dárek pro nejlepší kamarádku."},
		{"tr-TR", "Dünyanın en güzel gümüş kolyesi.", "Gümüş kolye en iyi sade kıyafetlerle görünür."},
		{"el-GR", "Το καλύτερο μενταγιόν της συλλογής, από ασήμι.", "Ένα ασημένιο μενταγιόν για την καλύτερη φίλη σας."},
		{"ar-AE", "قلادة فضية لا مثيل لها.", "من الأفضل تنظيف القلادة الفضية بقطعة قماش ناعمة."},
		{"ja-JP", "世界一美しいシルバーのペンダントです。", "世界一周の旅の思い出に、シルバーのペンダントを。"},
		{"ko-KR", "최고의 실버 펜던트를 만나보세요.", "최고의 상태로 보관하려면 파우치에 넣어 주세요."},
		{"zh-CN", "这是最好的纯银吊坠。", "最好的方法是用软布轻轻擦拭纯银吊坠。"},
		{"zh-TW", "無與倫比的純銀吊墜。", "最好避免讓純銀吊墜接觸香水。"},
	}
	var block, pass []kindRow
	// The idioms that hold a superlative in another sense.
	for _, r := range [][2]string{
		{"fi-FI", "Korussa ei ole parasta ennen -päiväystä: hopea kestää sukupolvelta toiselle."},
		{"pl-PL", "Srebrny wisiorek to klasyka w najlepszym wydaniu."},
		{"cs-CZ", "Přívěsek ukazuje ruční práci v tom nejlepším světle."},
		{"el-GR", "Το καλύτερο είναι να φυλάτε το ασημένιο μενταγιόν σε θήκη."},
		{"ar-AE", "الأفضل أن تحفظي القلادة الفضية في علبتها."},
	} {
		pass = append(pass, kindRow{r[0], r[1], p, false})
	}
	for _, r := range rows {
		block = append(block, kindRow{r.locale, r.block, p, true})
		pass = append(pass, kindRow{r.locale, r.pass, p, false})
	}
	checkKindRows(t, svc, "claim", block)
	checkKindRows(t, svc, "", pass)
	// The block is the superlative's own, not another claim's.
	for _, r := range block {
		_, fs := blockedIn(t, svc, "claim", r.p, r.locale, r.text)
		found := false
		for _, f := range fs {
			found = found || f.Rule == "claim.superlative"
		}
		if !found {
			t.Errorf("%s %q: no claim.superlative: %s", r.locale, r.text, describe(fs, "", r.text))
		}
	}
}

// TestSuperlativeDataCompiles loads every language's superlatives.yaml
// (superlativesFor panics on one that does not parse) and checks that
// each language of the concept data has one.
func TestSuperlativeDataCompiles(t *testing.T) {
	for _, lang := range conceptDataLangs() {
		s, err := loadSuperlatives(lang)
		if err != nil {
			t.Fatal(err)
		}
		if s == nil || len(s.phrases.phrases) == 0 {
			t.Errorf("%s: no data/%s/superlatives.yaml phrases", lang, lang)
		}
	}
}
