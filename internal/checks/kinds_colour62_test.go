package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of colour62's rows.
var (
	c62Morganite = core.Product{SKU: "C62M", Name: "Flora", Category: "ring", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "morganite", Colour: "pink", Count: 1, Origin: "lab_grown"}},
		Colours: []string{"pink", "gold"}}
	c62Sapphire = core.Product{SKU: "C62S", Name: "Nachtblau", Category: "pendant", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours: []string{"blue", "white"}}
	c62Topaz = core.Product{SKU: "C62T", Name: "Morning Dew", Category: "pendant", Collection: "Moments",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "topaz", Colour: "pink", Count: 1, Origin: "natural", Treatment: "surface coated"}},
		Colours: []string{"pink", "silver"}}
	c62BlueTopaz = core.Product{SKU: "C62B", Name: "Sky", Category: "pendant", Collection: "Moments",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "topaz", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours: []string{"blue", "silver"}}
	c62Unakite = core.Product{SKU: "C62U", Name: "Essence", Category: "ring", Collection: "Essence",
		Metals:  []core.Metal{{Base: "sterling silver", Plating: "palladium", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "unakite", Colour: "green and pink", Count: 1, Origin: "natural"}},
		Colours: []string{"green", "pink", "silver"}}
	c62Pewter = core.Product{SKU: "C62P", Name: "Fjell", Category: "pendant", Collection: "Heritage",
		Metals: []core.Metal{{Base: "pewter"}}, Colours: []string{"grey"}, Features: []string{"lead-free"}}
	c62Argentium = core.Product{SKU: "C62A", Name: "Argentium", Category: "necklace", Collection: "Timeless",
		Metals: []core.Metal{{Base: "Argentium silver", Fineness: "935"}}, Colours: []string{"silver"}}
	c62Gold = core.Product{SKU: "C62G", Name: "Chain", Category: "necklace", Collection: "Timeless",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}
	c62Champagne = core.Product{SKU: "C62C", Name: "Solitario", Category: "pendant", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "lab-grown diamond", Colour: "champagne", Count: 1, Origin: "lab_grown"}},
		Colours: []string{"champagne", "white"}}
)

// Words of clarity, brightness or absence read as a colour or a material of
// the piece, and a wrong stone colour read only as a warning (#13,
// colour62). A clear word in a sentence that gives the stone its own hue
// apart is its transparency (GIA Gem Encyclopedia, "Transparency"); the
// colourless host of a coated topaz is its treatment's body colour; a
// white sheen of a white metal is the metal's; lead named beside the
// statement that the pewter is lead-free is what pewter once held (ASTM
// B560); a fineness in a sentence about another standard is that
// standard's; a stone's colour after its weight and origin ("en color
// rosa") is said of the stone.
func TestKindsColour62(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		// clarity beside the stone's hue
		{"en-GB", "The result is a clear stone with a warm, glowing pink tone.", c62Morganite, false},
		{"de-DE", "Das Ergebnis ist ein klarer Stein mit einem warmen, leuchtenden rosa Ton.", c62Morganite, false},
		{"de-DE", "Der Schliff vertieft die Farbe und lässt den Stein klarer wirken.", c62Sapphire, false},
		{"fr-FR", "Le résultat est une pierre transparente d'un rose chaud et lumineux.", c62Morganite, false},
		{"es-ES", "El resultado es una piedra transparente de un cálido y luminoso tono rosa.", c62Morganite, false},
		{"it-IT", "Il risultato è una pietra trasparente dal caldo tono rosa.", c62Morganite, false},
		{"pt-PT", "O resultado é uma pedra transparente com um tom rosa quente e luminoso.", c62Morganite, false},
		{"nl-NL", "Het resultaat is een heldere steen met een warme, gloeiende roze tint.", c62Morganite, false},
		{"da-DK", "Resultatet er en klar sten med en varm, glødende lyserød tone.", c62Morganite, false},
		{"nb-NO", "Resultatet er en klar stein med en varm, glødende rosa tone.", c62Morganite, false},
		{"sv-SE", "Resultatet är en klar sten med varm, lysande rosa ton.", c62Morganite, false},
		{"fi-FI", "Tuloksena on kirkas kivi, jossa on lämmin, hehkuva vaaleanpunainen sävy.", c62Morganite, false},
		{"pl-PL", "Efektem jest przejrzysty kamień o ciepłym, świetlistym różu.", c62Morganite, false},
		{"cs-CZ", "Výsledkem je čirý kámen s teplým, zářivým růžovým odstínem.", c62Morganite, false},
		{"el-GR", "Το αποτέλεσμα είναι μια διάφανη πέτρα με ζεστή ροζ απόχρωση.", c62Morganite, false},
		{"tr-TR", "Sonuç, sıcak pembe tonlu şeffaf bir taştır.", c62Morganite, false},
		{"ar-AE", "والنتيجة حجر شفاف بلون وردي دافئ.", c62Morganite, false},
		{"ja-JP", "仕上がりは、温かく輝くピンクの色合いを持つ透明な石です。", c62Morganite, false},
		{"ko-KR", "그 결과 따뜻하고 빛나는 핑크 톤의 투명한 스톤이 탄생합니다.", c62Morganite, false},
		{"zh-CN", "最终得到一颗透明的宝石，带有温暖而明亮的粉色调。", c62Morganite, false},
		{"zh-TW", "最終得到一顆透明的寶石，帶有溫暖而明亮的粉色調。", c62Morganite, false},
		// the colourless host of a coated topaz
		{"zh-TW", "寶石鮮豔的粉紅色來自表面鍍膜處理：在無色托帕石的刻面上覆以極薄的膜層。", c62Topaz, false},
		{"zh-CN", "宝石鲜艳的粉红色来自表面镀膜处理：在无色托帕石的刻面上覆以极薄的膜层。", c62Topaz, false},
		{"ja-JP", "鮮やかなピンクは表面コーティングによるもので、無色のトパーズのファセットに極薄の膜を施しています。", c62Topaz, false},
		// a white sheen of the white metal
		{"ar-AE", "يتوسّط الخاتمَ حجرُ يوناكيت مثبّت في إطار من الفضة الإسترلينية المطلية بالبلاديوم يمنحه لمعة بيضاء ناعمة.", c62Unakite, false},
		// a bright, almost white silver
		{"el-GR", "Το αποτέλεσμα είναι ένα διάφανο, σχεδόν λευκό ασήμι.", c62Argentium, false},
		{"el-GR", "Το αποτέλεσμα είναι διάφανο και σχεδόν λευκό ασήμι.", c62Argentium, false},
		{"tr-TR", "Sonuç, şeffaf, neredeyse beyaz bir gümüş.", c62Argentium, false},
		{"tr-TR", "Sonuç parlak, neredeyse beyaz bir gümüştür.", c62Argentium, false},
		// lead that pewter once held, beside its absence
		{"nb-NO", "Tidligere inneholdt tinn ofte bly, men dagens smykketinn er blyfritt.", c62Pewter, false},
		{"nb-NO", "Tidligere inneholdt tinn ofte bly. Dagens smykketinn er blyfritt.", c62Pewter, false},
		{"da-DK", "Tidligere indeholdt tin ofte bly, men nutidens smykketin er blyfrit.", c62Pewter, false},
		{"sv-SE", "Förr innehöll tenn ofta bly, men dagens smycketenn är blyfritt.", c62Pewter, false},
		{"de-DE", "Früher enthielt Zinn oft Blei, aber heutiges Schmuckzinn ist bleifrei.", c62Pewter, false},
		{"nl-NL", "Vroeger bevatte tin vaak lood, maar het sieradentin van nu is loodvrij.", c62Pewter, false},
		{"es-ES", "Antes el peltre solía contener plomo, pero el peltre actual no lleva plomo.", c62Pewter, false},
		{"fr-FR", "Autrefois, l'étain contenait souvent du plomb, mais l'étain d'aujourd'hui est sans plomb.", c62Pewter, false},
		{"it-IT", "Un tempo il peltro conteneva spesso piombo, ma il peltro di oggi è senza piombo.", c62Pewter, false},
		{"pt-PT", "Antigamente o estanho continha muitas vezes chumbo, mas o estanho de hoje é isento de chumbo.", c62Pewter, false},
		{"pl-PL", "Dawniej cyna często zawierała ołów, ale dzisiejsza cyna jubilerska jest bezołowiowa.", c62Pewter, false},
		{"cs-CZ", "Dříve cín často obsahoval olovo, ale dnešní šperkařský cín je bezolovnatý.", c62Pewter, false},
		{"el-GR", "Παλαιότερα ο κασσίτερος περιείχε συχνά μόλυβδο, αλλά ο σημερινός κασσίτερος κοσμημάτων είναι χωρίς μόλυβδο.", c62Pewter, false},
		{"fi-FI", "Ennen tina sisälsi usein lyijyä, mutta nykyinen korutina on lyijytöntä.", c62Pewter, false},
		// sterling's fineness in a sentence about sterling, fine silver compared
		{"nb-NO", "Sterlingsølv, som er vanligst i smykker, inneholder 925 promille sølv og resten kobber, som gjør metallet hardere. Finsølv er derfor mykere.", s61Fine, false},
		{"da-DK", "Sterlingsølv, som er mest almindeligt i smykker, indeholder 925 promille sølv og resten kobber, som gør metallet hårdere. Finsølv er derfor blødere.", s61Fine, false},
		{"sv-SE", "Sterlingsilver, som är vanligast i smycken, innehåller 925 promille silver och resten koppar, som gör metallet hårdare. Finsilver är därför mjukare.", s61Fine, false},
		{"de-DE", "Sterlingsilber, das in Schmuck am häufigsten ist, enthält 925 Promille Silber und als Rest Kupfer, das das Metall härter macht. Feinsilber ist daher weicher.", s61Fine, false},
		{"nl-NL", "Sterlingzilver, dat in sieraden het meest voorkomt, bevat 925 promille zilver en verder koper, dat het metaal harder maakt. Fijn zilver is daarom zachter.", s61Fine, false},
		// the reverse: the stone's wrong colour after its weight and origin
		{"es-ES", "El colgante sostiene un diamante creado en laboratorio de 0,50 quilates en color rosa.", c62Champagne, true},
		{"es-ES", "El colgante sostiene un diamante de 0,50 quilates de color rosa.", c62Champagne, true},
		{"pt-PT", "O pendente tem um diamante criado em laboratório de 0,50 quilates de cor rosa.", c62Champagne, true},
		{"fr-FR", "Le pendentif porte un diamant créé en laboratoire de 0,50 carat de couleur rose.", c62Champagne, true},
		{"it-IT", "Il pendente porta un diamante creato in laboratorio da 0,50 carati di colore rosa.", c62Champagne, true},
	})
}

// TestKindsColour62Bad: a clear word alone on a coloured stone, or in a
// sentence with a hue the stone lacks, a colourless topaz on a blue one,
// lead said of the piece, the piece said to be 925 when it is 999, a clear
// and white word before stones or on a gold piece still block; a colour of
// another thing after the stone's weight does not.
func TestKindsColour62Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The result is a clear stone.", c62Sapphire, true},
		{"en-GB", "The result is a clear stone with a warm yellow tone.", c62Sapphire, true},
		{"de-DE", "Das Ergebnis ist ein klarer Stein.", c62Sapphire, true},
		{"de-DE", "Der Saphir ist klar und gelb.", c62Sapphire, true},
		{"da-DK", "Resultatet er en klar sten med en varm gul tone.", c62Sapphire, true},
		{"sv-SE", "En klar sten med gul ton.", c62Sapphire, true},
		{"en-GB", "A clear yellow sapphire hangs from the chain.", c62Sapphire, true},
		{"zh-CN", "这款吊坠镶嵌一颗无色托帕石。", c62BlueTopaz, true},
		{"nb-NO", "Anhenget er støpt i bly.", c62Pewter, true},
		{"nb-NO", "Anhenget inneholder bly, men selges som blyfritt.", c62Pewter, true},
		{"de-DE", "Der Anhänger enthält Blei, obwohl er als bleifrei verkauft wird.", c62Pewter, true},
		{"pl-PL", "Zawieszka jest odlana z ołowiu.", c62Pewter, true},
		{"nb-NO", "Armringen er laget av 925 promille sølv, som er hardere.", s61Fine, true},
		{"nb-NO", "Armringen er 925 sterlingsølv.", s61Fine, true},
		{"en-GB", "This bangle is 925 sterling silver.", s61Fine, true},
		{"el-GR", "Το αποτέλεσμα είναι ένα διάφανο, σχεδόν λευκό ασήμι.", c62Gold, true},
		{"tr-TR", "Sonuç, şeffaf, neredeyse beyaz bir gümüş.", c62Gold, true},
		{"tr-TR", "Şeffaf, neredeyse beyaz bir taş zinciri süslüyor.", c62Argentium, true},
		{"es-ES", "El colgante sostiene un diamante creado en laboratorio de 0,50 quilates en color champán.", c62Champagne, false},
		{"es-ES", "El colgante sostiene un diamante de 0,50 quilates, a juego con un bolso en color rosa.", c62Champagne, false},
	})
}
