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
	probe60bPezz   = misses49Product(`{"sku": "B60C-zhTW-04", "name": "Berry Halo Ring", "category": "ring", "collection": "Lumière", "metals": [{"base": "white gold", "fineness": "18k"}], "stones": [{"type": "pezzottaite", "colour": "raspberry pink", "count": 1, "origin": "natural"}, {"type": "diamond", "colour": "white", "count": 10, "origin": "natural"}], "total_carat_weight": 0.85, "colours": ["pink", "white"]}`)
	probe60bPoud   = misses49Product(`{"sku": "B60D-jaJP-01", "name": "Poudretteite Ring", "category": "ring", "collection": "Signature", "metals": [{"base": "yellow gold", "fineness": "18k"}], "stones": [{"type": "poudretteite", "colour": "pink", "count": 1, "origin": "natural"}, {"type": "diamond", "colour": "white", "count": 2, "origin": "natural"}], "total_carat_weight": 0.6, "colours": ["pink", "gold"]}`)
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

// probe60bHistory name other gems in a stone's history: the place it was
// found famous as the source of others, and the stone's own trade name
// holding another's (zh 草莓紅綠柱石, "raspberry red beryl", is pezzottaite).
var probe60bHistory = [][2]string{
	{"ja-JP", "この鉱物はカナダで見つかりました。宝石質の結晶は2000年、ルビーやスピネルの産地として名高いミャンマーのモゴックで初めて発見されました。"},
	{"zh-CN", "这种矿物最早在加拿大发现。宝石级晶体于2000年在以红宝石和尖晶石闻名的缅甸抹谷首次发现。"},
	{"de-DE", "Das Mineral wurde in Kanada entdeckt. Steine in Edelsteinqualität fand man erst im Jahr 2000 in Mogok in Myanmar, einem Tal, das für seine Rubine und Spinelle berühmt ist."},
	{"fr-FR", "Le minéral a été découvert au Canada. Les cristaux gemmes ont été trouvés en 2000 à Mogok, en Birmanie, vallée célèbre pour ses rubis et ses spinelles."},
	{"es-ES", "El mineral se descubrió en Canadá. Los cristales gema se hallaron en 2000 en Mogok, Birmania, valle famoso por sus rubíes y espinelas."},
	{"pt-BR", "O mineral foi descoberto no Canadá. Os cristais gema foram achados em 2000 em Mogok, na Birmânia, vale famoso por seus rubis e espinélios."},
	{"sv-SE", "Mineralet hittades i Kanada. Ädla kristaller hittades år 2000 i Mogok i Myanmar, en dal känd för sina rubiner och spineller."},
	{"nb-NO", "Mineralet ble funnet i Canada. Edle krystaller ble funnet i 2000 i Mogok i Myanmar, en dal kjent for sine rubiner og spineller."},
	{"da-DK", "Mineralet blev fundet i Canada. Ædle krystaller blev fundet i 2000 i Mogok i Myanmar, en dal kendt for sine rubiner og spineller."},
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
	rows = append(rows, pairRows(probe60bPoud, false, probe60bHistory)...)
	rows = append(rows, kindRow{"zh-TW", "莓果光環戒指以18K白金為戒台，中央鑲嵌一顆覆盆子粉色的草莓紅綠柱石，周圍環繞十顆圓形鑽石。草莓紅綠柱石於2002年在馬達加斯加發現。", probe60bPezz, false})
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
	rows = append(rows, pairRows(probe60bPoud, true, [][2]string{
		{"en-GB", "The ring, famous for its ruby centre stone, is set in yellow gold."},
		{"ja-JP", "このリングはルビーをイエローゴールドに留めました。"},
		{"zh-CN", "这枚戒指镶嵌一颗红宝石。"},
	})...)
	rows = append(rows, kindRow{"zh-TW", "戒指中央鑲嵌一顆紅綠柱石。", probe60bPezz, true})
	checkKindRows(t, svc, "", rows)
}
