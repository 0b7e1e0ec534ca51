package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// slRing is a platinum eternity ring of fifteen lab-grown diamonds, 2.2 mm
// wide, made in ring sizes 50 to 58.
var slRing = core.Product{SKU: "L6R", Name: "Meridian Ring", Category: "ring",
	Metals:       []core.Metal{{Base: "platinum", Fineness: "950"}},
	Stones:       []core.Stone{{Type: "diamond", Colour: "clear", Count: 15, Origin: core.OriginLabGrown}},
	Colours:      []string{"silver"},
	Measurements: []core.Measurement{{Name: "band width", Value: 2.2, Unit: "mm"}},
	Attributes:   map[string]string{"ring_size": "50, 52, 54, 56, 58"}}

// slNecklace is a sterling silver necklace on a 45 cm chain, offered in
// 40, 45 and 50 cm.
var slNecklace = core.Product{SKU: "L6N", Name: "Nova Necklace", Category: "necklace",
	Metals:       []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:       []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 3, Origin: core.OriginSimulant}},
	Colours:      []string{"silver", "white"},
	Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}}}

// TestKindsSizeList6 (issue #13, false blocks): a list of sizes offered
// (ring sizes, lengths with one unit after the last, letters) is no count
// and no measurement of the piece; a length said of the piece alone is,
// and so is a list of lengths none of which is the piece's.
func TestKindsSizeList6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	rings := []lt{
		{"en-US", "Fifteen lab-grown diamonds circle the platinum band. Available in sizes 5, 6, 7 and 8."},
		{"en-GB", "Fifteen lab-grown diamonds circle the platinum band, made in sizes N to Q."},
		{"en-AU", "Fifteen lab-grown diamonds on platinum, in ring sizes 50 52 54 56 58."},
		{"fr-FR", "Quinze diamants synthétiques font le tour de l'anneau en platine. Disponible en tailles 50, 52, 54, 56 et 58."},
		{"fr-CA", "Quinze diamants de laboratoire sur un anneau de platine, offert en grandeurs 5 à 8."},
		{"de-DE", "Fünfzehn im Labor gezüchtete Diamanten umlaufen die Platinschiene. Erhältlich in den Größen 50, 52, 54, 56 und 58."},
		{"it-IT", "Quindici diamanti coltivati in laboratorio girano attorno alla fascia in platino. Disponibile nelle misure 10, 12, 14, 16 e 18."},
		{"es-ES", "Quince diamantes creados en laboratorio rodean el aro de platino. Disponible en las tallas 10, 12, 14, 16 y 18."},
		{"es-MX", "Quince diamantes creados en laboratorio rodean la banda de platino. Disponible en medidas 5, 6, 7 y 8."},
		{"pt-BR", "Quinze diamantes cultivados em laboratório contornam o aro de platina. Disponível nos aros 14, 16, 18 e 20."},
		{"pt-PT", "Quinze diamantes criados em laboratório contornam o aro em platina. Disponível nos tamanhos 50, 52, 54, 56 e 58."},
		{"nl-NL", "Vijftien labgekweekte diamanten rondom de platina ring. Verkrijgbaar in de maten 16, 17, 18 en 19."},
		{"da-DK", "Femten laboratoriedyrkede diamanter hele vejen rundt om platinringen. Fås i størrelserne 50, 52, 54, 56 og 58."},
		{"sv-SE", "Femton labbodlade diamanter runt hela platinaringen. Finns i storlekarna 16, 17, 18 och 19."},
		{"nb-NO", "Femten laboratoriedyrkede diamanter rundt hele platinaringen. Finnes i størrelsene 50, 52, 54, 56 og 58."},
		{"fi-FI", "Viisitoista laboratoriossa kasvatettua timanttia kiertää platinarenkaan. Saatavana kooissa 16, 17, 18 ja 19."},
		{"pl-PL", "Piętnaście diamentów z laboratorium otacza platynową obrączkę. Dostępny w rozmiarach 12, 14, 16, 18 i 20."},
		{"cs-CZ", "Patnáct laboratorně vypěstovaných diamantů obepíná platinovou obroučku. K dostání ve velikostech 50, 52, 54, 56 a 58."},
		{"el-GR", "Δεκαπέντε εργαστηριακά διαμάντια περιβάλλουν τη βέρα από πλατίνα. Διατίθεται στα μεγέθη 50, 52, 54, 56 και 58."},
		{"tr-TR", "On beş laboratuvar pırlantası platin halkanın çevresini sarar. 12, 14, 16, 18 ve 20 numara seçenekleriyle."},
		{"ar-AE", "خمس عشرة ماسة مصنّعة في المختبر تحيط بالخاتم البلاتيني. متوفر بالمقاسات 50 و52 و54 و56 و58."},
		{"ja-JP", "15石のラボグロウンダイヤモンドがプラチナのリングを一周します。サイズは9号、11号、13号、15号からお選びいただけます。"},
		{"ko-KR", "랩그로운 다이아몬드 15개가 플래티넘 밴드를 감쌉니다. 사이즈는 9호, 11호, 13호, 15호입니다."},
		{"zh-CN", "十五颗实验室培育钻石环绕铂金戒圈。提供10号、12号、14号、16号四个尺寸。"},
		{"zh-TW", "十五顆實驗室培育鑽石環繞鉑金戒圈。提供10號、12號、14號、16號四個尺寸。"},
	}
	lengths := []lt{
		{"en-US", "Three white cubic zirconia on a sterling silver chain. Choose 16, 18 or 20 inches."},
		{"en-GB", "Three white cubic zirconia on sterling silver; the chain comes in 40, 45 or 50 cm."},
		{"en-AU", "Three white cubic zirconia on a sterling silver chain, in 40/45/50 cm."},
		{"fr-FR", "Trois oxydes de zirconium blancs sur une chaîne en argent 925, au choix en 40, 45 ou 50 cm."},
		{"fr-CA", "Trois oxydes de zirconium blancs sur une chaîne en argent sterling offerte en 40, 45 ou 50 cm."},
		{"de-DE", "Drei weiße Zirkonia an einer Kette aus Sterlingsilber, wahlweise 40, 45 oder 50 cm lang."},
		{"it-IT", "Tre zirconie cubiche bianche su una catena in argento 925, disponibile in 40, 45 o 50 cm."},
		{"es-ES", "Tres circonitas blancas en una cadena de plata de ley, disponible en 40, 45 o 50 cm."},
		{"es-MX", "Tres circonias blancas en una cadena de plata .925, disponible en 40, 45 o 50 cm."},
		{"pt-BR", "Três zircônias brancas em uma corrente de prata 925, disponível em 40, 45 ou 50 cm."},
		{"pt-PT", "Três zircónias brancas numa corrente em prata 925, disponível em 40, 45 ou 50 cm."},
		{"nl-NL", "Drie witte zirkonia's aan een ketting van sterling zilver, verkrijgbaar in 40, 45 of 50 cm."},
		{"da-DK", "Tre hvide zirkonia på en kæde i sterlingsølv, fås i 40, 45 eller 50 cm."},
		{"sv-SE", "Tre vita zirkonior på en kedja i sterlingsilver, finns i 40, 45 eller 50 cm."},
		{"nb-NO", "Tre hvite zirkonia på et kjede i sterlingsølv, finnes i 40, 45 eller 50 cm."},
		{"fi-FI", "Kolme valkoista zirkoniaa sterlinghopeisessa ketjussa, saatavana 40, 45 tai 50 cm pituisena."},
		{"pl-PL", "Trzy białe cyrkonie na łańcuszku ze srebra próby 925, dostępnym w długościach 40, 45 lub 50 cm."},
		{"cs-CZ", "Tři bílé kubické zirkonie na řetízku ze stříbra 925, k dostání v délkách 40, 45 nebo 50 cm."},
		{"el-GR", "Τρία λευκά κυβικά ζιρκόνια σε αλυσίδα από ασήμι 925, διαθέσιμη σε 40, 45 ή 50 εκ."},
		{"tr-TR", "925 ayar gümüş zincir üzerinde üç beyaz kübik zirkonya; 40, 45 veya 50 cm seçenekleriyle."},
		{"ar-AE", "ثلاث زركونيا مكعبة بيضاء على سلسلة من الفضة الإسترليني، متوفرة بطول 40 أو 45 أو 50 سم."},
		{"ja-JP", "スターリングシルバーのチェーンに白いキュービックジルコニアが3つ。長さは40、45、50cmから選べます。"},
		{"ko-KR", "스털링 실버 체인에 화이트 큐빅 지르코니아 3개. 길이는 40, 45, 50cm 중에서 선택할 수 있습니다."},
		{"zh-CN", "925银链上镶有三颗白色立方氧化锆，链长可选40、45或50厘米。"},
		{"zh-TW", "925銀鍊上鑲有三顆白色立方氧化鋯，鍊長可選40、45或50公分。"},
	}
	// Lists of lengths none of which is the piece's (45 cm).
	noneListed := []lt{
		{"en-US", "Three white cubic zirconia on a sterling silver chain. Chain length: 24, 26 or 28 inches."},
		{"en-GB", "Three white cubic zirconia on sterling silver; the chain comes in 60, 70 or 80 cm."},
		{"en-AU", "Three white cubic zirconia on a sterling silver chain, in 60/70/80 cm."},
		{"fr-FR", "Trois oxydes de zirconium blancs sur une chaîne en argent 925, au choix en 60, 70 ou 80 cm."},
		{"fr-CA", "Trois oxydes de zirconium blancs sur une chaîne en argent sterling offerte en 60, 70 ou 80 cm."},
		{"de-DE", "Drei weiße Zirkonia an einer Kette aus Sterlingsilber, wahlweise 60, 70 oder 80 cm lang."},
		{"it-IT", "Tre zirconie cubiche bianche su una catena in argento 925. Lunghezza della catena: 60, 70 o 80 cm."},
		{"es-ES", "Tres circonitas blancas en una cadena de plata de ley. Largo de la cadena: 60, 70 u 80 cm."},
		{"es-MX", "Tres circonias blancas en una cadena de plata .925 de 60, 70 u 80 cm a elegir."},
		{"pt-BR", "Três zircônias brancas em uma corrente de prata 925. Comprimento da corrente: 60, 70 ou 80 cm."},
		{"pt-PT", "Três zircónias brancas numa corrente em prata 925. Comprimento da corrente: 60, 70 ou 80 cm."},
		{"nl-NL", "Drie witte zirkonia's aan een ketting van sterling zilver. Kettinglengte: 60, 70 of 80 cm."},
		{"da-DK", "Tre hvide zirkonia på en kæde i sterlingsølv. Kædelængde: 60, 70 eller 80 cm."},
		{"sv-SE", "Tre vita zirkonior på en kedja i sterlingsilver. Kedjans längd: 60, 70 eller 80 cm."},
		{"nb-NO", "Tre hvite zirkonia på et kjede i sterlingsølv. Kjedelengde: 60, 70 eller 80 cm."},
		{"fi-FI", "Kolme valkoista zirkoniaa sterlinghopeisessa ketjussa. Ketjun pituus: 60, 70 tai 80 cm."},
		{"pl-PL", "Trzy białe cyrkonie na łańcuszku ze srebra próby 925. Długość łańcuszka: 60, 70 lub 80 cm."},
		{"cs-CZ", "Tři bílé kubické zirkonie na řetízku ze stříbra 925. Délka řetízku: 60, 70 nebo 80 cm."},
		{"el-GR", "Τρία λευκά κυβικά ζιρκόνια σε αλυσίδα από ασήμι 925. Μήκος αλυσίδας: 60, 70 ή 80 εκατοστά."},
		{"tr-TR", "925 ayar gümüş zincir üzerinde üç beyaz kübik zirkonya. Zincir uzunluğu: 60, 70 veya 80 cm."},
		{"ar-AE", "ثلاث زركونيا مكعبة بيضاء على سلسلة من الفضة الإسترليني. طول السلسلة: 60 أو 70 أو 80 سم."},
		{"ja-JP", "スターリングシルバーのチェーンに白いキュービックジルコニアが3つ。チェーンの長さは60、70、80cmです。"},
		{"ko-KR", "스털링 실버 체인에 화이트 큐빅 지르코니아 3개. 체인 길이는 60, 70, 80cm입니다."},
		{"zh-CN", "925银链上镶有三颗白色立方氧化锆，链长60、70或80厘米。"},
		{"zh-TW", "925銀鍊上鑲有三顆白色立方氧化鋯，鍊長60、70或80公分。"},
	}
	alsoOther := []lt{
		{"en-GB", "Three white cubic zirconia on a 45 cm sterling silver chain. Also available in 40 and 50 cm."},
		{"de-DE", "Drei weiße Zirkonia an einer 45 cm langen Kette aus Sterlingsilber. Auch in 40 und 50 cm erhältlich."},
		{"fr-FR", "Trois oxydes de zirconium blancs sur une chaîne en argent 925 de 45 cm. Existe aussi en 40 et 50 cm."},
		{"es-ES", "Tres circonitas blancas en una cadena de plata de ley de 45 cm. También en 40 y 50 cm."},
		{"it-IT", "Tre zirconie cubiche bianche su una catena in argento 925 di 45 cm. Anche da 40 e 50 cm."},
		{"pl-PL", "Trzy białe cyrkonie na łańcuszku ze srebra próby 925 o długości 45 cm. Dostępny także w wersji 40 i 50 cm."},
		{"sv-SE", "Tre vita zirkonior på en 45 cm lång kedja i sterlingsilver. Finns även i 40 och 50 cm."},
		{"nl-NL", "Drie witte zirkonia's aan een ketting van sterling zilver van 45 cm. Ook in 40 en 50 cm."},
		{"cs-CZ", "Tři bílé kubické zirkonie na řetízku ze stříbra 925 o délce 45 cm. K dostání i ve 40 a 50 cm."},
		{"ja-JP", "スターリングシルバーの45cmのチェーンに白いキュービックジルコニアが3つ。40cmと50cmもございます。"},
		{"zh-CN", "925银链长45厘米，镶有三颗白色立方氧化锆。另有40厘米和50厘米可选。"},
		{"ko-KR", "45cm 스털링 실버 체인에 화이트 큐빅 지르코니아 3개. 40cm, 50cm도 있습니다."},
		{"ar-AE", "ثلاث زركونيا مكعبة بيضاء على سلسلة من الفضة الإسترليني بطول 45 سم. متوفرة أيضاً بطول 40 و50 سم."},
	}
	wrongLength := []lt{
		{"en-GB", "Three white cubic zirconia on a sterling silver chain of 50 cm."},
		{"fr-FR", "Trois oxydes de zirconium blancs sur une chaîne en argent 925 de 50 cm."},
		{"de-DE", "Drei weiße Zirkonia an einer 50 cm langen Kette aus Sterlingsilber."},
		{"it-IT", "Tre zirconie cubiche bianche su una catena in argento 925 da 50 cm."},
		{"es-ES", "Tres circonitas blancas en una cadena de plata de ley de 50 cm."},
		{"pl-PL", "Trzy białe cyrkonie na łańcuszku ze srebra próby 925 o długości 50 cm."},
		{"ja-JP", "スターリングシルバーの50cmのチェーンに白いキュービックジルコニアが3つ。"},
		{"zh-CN", "925银链长50厘米，镶有三颗白色立方氧化锆。"},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"size list: ring sizes", slRing, "", rings},
		{"size list: chain lengths", slNecklace, "", lengths},
		{"size list: one length said of the chain", slNecklace, CatGrounding, wrongLength},
		{"size list: other lengths offered beside the piece's", slNecklace, "", alsoOther},
		{"size list: no length of the list is the piece's", slNecklace, CatGrounding, noneListed},
	})
}
