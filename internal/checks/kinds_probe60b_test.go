package checks

import (
	"testing"
)

// Products of TestKindsProbe60b (#13, probe60b): those of probe 60C
// fi-FI 60C03, ko-KR 60C01 and nb-NO 60C01, and probe 60D es-ES 60D01.
var (
	probe60bChain  = misses49Product(`{"sku": "B60C-fiFI-03", "name": "Kaulaketju Hiili", "category": "necklace", "collection": "Essence", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [], "measurements": [{"name": "length", "value": 50, "unit": "cm"}], "colours": ["black", "silver"], "features": ["oxidised finish", "nickel-free"]}`)
	probe60bRose   = misses49Product(`{"sku": "B60C-koKR-01", "name": "Raspberry Drops", "category": "earrings", "collection": "Lumière", "metals": [{"base": "rose gold", "fineness": "14k"}], "stones": [{"type": "pezzottaite", "colour": "raspberry pink", "count": 2, "origin": "natural"}], "measurements": [{"name": "drop length", "value": 15, "unit": "mm"}], "total_carat_weight": 0.7, "colours": ["pink", "rose gold"], "features": ["nickel-free"]}`)
	probe60bTopaz  = misses49Product(`{"sku": "B60D-esES-01", "name": "Thames Ring", "category": "ring", "collection": "Timeless", "metals": [{"base": "white gold", "fineness": "18k"}], "stones": [{"type": "London blue topaz", "colour": "blue", "count": 1, "origin": "natural", "treatment": "irradiated"}, {"type": "diamond", "colour": "white", "count": 2, "origin": "natural"}], "total_carat_weight": 2.1, "colours": ["blue", "white gold"]}`)
	probe60bSilver = misses49Product(`{"sku": "B60C-nbNO-01", "name": "Kull Bracelet", "category": "bracelet", "collection": "Heritage", "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [], "measurements": [{"name": "length", "value": 19, "unit": "cm"}], "colours": ["black", "silver"], "features": ["oxidised finish"]}`)
)

// probe60bAvoid are nickel-free claims that name the metal as what the
// wearer avoids ("if you want to avoid nickel"): the metal avoided is the
// allergen, never the piece's material.
var probe60bAvoid = [][2]string{
	{"de-DE", "Die Kette ist nickelfrei und eine gute Wahl, wenn Sie Nickel vermeiden möchten."},
	{"nl-NL", "De ketting is nikkelvrij, een goede keuze als je nikkel wilt vermijden in je sieraden."},
	{"sv-SE", "Kedjan är nickelfri, ett bra val om du vill undvika nickel i dina smycken."},
	{"da-DK", "Kæden er nikkelfri, et godt valg hvis du vil undgå nikkel i dine smykker."},
	{"nb-NO", "Kjedet er nikkelfritt, et godt valg hvis du vil unngå nikkel i smykkene dine."},
	{"fi-FI", "Ketju on nikkelitön, joten se on hyvä valinta, jos haluat välttää nikkeliä koruissasi."},
	{"pl-PL", "Łańcuszek jest wolny od niklu, to dobry wybór, jeśli chcesz unikać niklu w biżuterii."},
	{"cs-CZ", "Řetízek je bez niklu, dobrá volba, pokud se chcete vyhnout niklu ve špercích."},
	{"el-GR", "Η αλυσίδα είναι χωρίς νικέλιο, καλή επιλογή αν θέλετε να αποφύγετε το νικέλιο στα κοσμήματά σας."},
	{"ar-AE", "السلسلة خالية من النيكل، وهي خيار جيد إذا كنت تريد تجنب النيكل في مجوهراتك."},
	{"ja-JP", "ニッケルフリーのチェーンです。ニッケルを避けたい方にもおすすめです。"},
	{"ko-KR", "니켈을 사용하지 않은 니켈 프리 제품이라 니켈을 피하고 싶은 분께도 좋은 선택입니다."},
	{"zh-CN", "这条项链不含镍，适合想要避免镍的人佩戴。"},
}

// probe60bWornWith are other pieces (a chain, a watch) suggested to wear
// with the piece, each in its own metal: the metal is the other piece's.
var probe60bWornWith = [][2]string{
	{"es-ES", "Si busca un conjunto, combínelo con nuestros pendientes de plata de ley con perlas cultivadas, o con una cadena fina de oro amarillo para un contraste cálido."},
	{"nb-NO", "Bruk det alene, eller sammen med vår blankpolerte sølvring for kontrast. Det kler også en klokke med lenke i gull eller et enkelt skinnarmbånd."},
	{"da-DK", "Brug det alene. Det klæder også et ur med lænke i guld eller et enkelt læderarmbånd."},
	{"sv-SE", "Bär det ensamt. Det klär också en klocka med länk i guld eller ett enkelt läderarmband."},
}

// TestKindsProbe60b (#13, probe60b): a metal the wearer avoids in a
// nickel-free claim, and another piece worn with the piece in its own
// metal, must not block as the piece's material. Every row blocked on
// main.
func TestKindsProbe60b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(probe60bChain, false, probe60bAvoid)...)
	rows = append(rows, pairRows(probe60bRose, false, [][2]string{probe60bAvoid[len(probe60bAvoid)-2]})...)
	rows = append(rows, kindRow{probe60bWornWith[0][0], probe60bWornWith[0][1], probe60bTopaz, false})
	rows = append(rows, pairRows(probe60bSilver, false, probe60bWornWith[1:])...)
	checkKindRows(t, svc, "", rows)
}

// TestKindsProbe60bBad (#13, probe60b): the piece's own wrong metal still
// blocks beside those shapes: "set in yellow gold", a nickel chain, a
// chain of yellow gold that is the piece.
func TestKindsProbe60bBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(probe60bChain, true, [][2]string{
		{"en-GB", "The chain is made of nickel silver."},
		{"de-DE", "Die Kette ist aus Nickel gefertigt."},
		{"fi-FI", "Ketju on valmistettu nikkelistä."},
	})
	rows = append(rows, pairRows(probe60bTopaz, true, [][2]string{
		{"es-ES", "El anillo está engastado en oro amarillo de 18 quilates."},
		{"en-GB", "The ring is set in yellow gold."},
		{"es-ES", "El anillo se ofrece en oro amarillo de 18 quilates con diamantes, o con una banda de oro amarillo."},
	})...)
	rows = append(rows, pairRows(probe60bSilver, true, [][2]string{
		{"nb-NO", "Armbåndet er en lenke i gull."},
		{"en-GB", "The bracelet is a chain in yellow gold."},
	})...)
	checkKindRows(t, svc, "", rows)
}
