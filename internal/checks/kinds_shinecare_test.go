package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The shine, the dark finish and the treated stone's care (issue #13,
// care67; held-out 66B da-DK 66B03-3, probe 65C en-GB 65C03-1): which
// permanence and care phrases promise that the metal will not tarnish and
// which say something true of another subject. The metal's shine kept or
// its loss denied in the words and inflections the earlier files missed
// ("Glansen försvinner aldrig", 光沢を失わない, 광택을 유지합니다) blocks;
// a darkened finish said to keep its dark colour (the designed patina:
// conceptDef.DarkFinish, checks/product.go darkenedFinish) and a stone's
// treatment said to need no care, referred back to by a noun of change
// (resultNouns), pass.

// shineSilver is a plain sterling silver ring: no tarnish feature.
var shineSilver = core.Product{SKU: "SC-1", Name: "Ring Fjäll", Category: "ring", Collection: "Essence",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Colours: []string{"silver"}}

// shineOxidised is an oxidised sterling silver signet ring (held-out 66B).
var shineOxidised = core.Product{SKU: "SC-2", Name: "Oxidised Signet Ring", Category: "ring", Collection: "Heritage",
	Materials: []string{"oxidised sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Colours: []string{"black", "silver"}, Features: []string{"oxidised finish"}}

// shineSapphire is a heated teal sapphire in 9k gold (probe 65C): 9k gold
// licenses no care spared by itself.
var shineSapphire = core.Product{SKU: "SC-3", Name: "Lagoon Teal Sapphire Ring", Category: "ring", Collection: "Heritage",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Colours: []string{"teal", "gold"},
	Stones: []core.Stone{{Type: "sapphire", Origin: "natural", Treatment: "heated", Colour: "teal", Count: 1}}}

// shineCareBad are the metal's shine kept or its loss denied, and water
// named by its verb, by locale: each must block as a claim.
var shineCareBad = [][2]string{
	{"sv-SE", "Glansen försvinner aldrig."},
	{"sv-SE", "Ringen mister inte sin glans."},
	{"sv-SE", "Ringen förlorar inte sin glans."},
	{"sv-SE", "Du kan bära den varje dag utan att den tappar sin glans."},
	{"sv-SE", "Glansen består över tid."},
	{"ja-JP", "シルバーの輝きを保ちます。"},
	{"ja-JP", "光沢を失わないリングです。"},
	{"ja-JP", "ツヤが消えることはありません。"},
	{"ko-KR", "광택이 사라지지 않습니다."},
	{"ko-KR", "광택을 유지합니다."},
	{"ko-KR", "빛을 잃지 않아요."},
	{"ko-KR", "반짝임이 오래 지속됩니다."},
	{"ko-KR", "윤기를 잃지 않습니다."},
	{"en-GB", "It is safe to swim in."},
	{"en-US", "The ring is safe to shower with."},
	{"sv-SE", "Den klarar både havet och poolen."},
	{"ja-JP", "シャワーも大丈夫です。"},
	// the shine noun as the subject of a verb of vanishing denied
	{"en-GB", "The shine never disappears."},
	{"en-US", "Its shine won't disappear."},
	{"de-DE", "Der Glanz verschwindet nie."},
	{"fr-FR", "Son éclat ne disparaît jamais."},
	{"es-ES", "Su brillo nunca desaparece."},
	{"it-IT", "La sua lucentezza non scompare mai."},
	{"pt-BR", "O brilho nunca desaparece."},
	{"nl-NL", "De glans verdwijnt nooit."},
	{"da-DK", "Glansen forsvinder aldrig."},
	{"nb-NO", "Glansen forsvinner aldri."},
	{"fi-FI", "Kiilto ei koskaan katoa."},
	{"pl-PL", "Połysk nigdy nie znika."},
	{"cs-CZ", "Lesk nikdy nezmizí."},
	{"tr-TR", "Parlaklığı asla kaybolmaz."},
	{"el-GR", "Η λάμψη του δεν εξαφανίζεται ποτέ."},
	{"ar-AE", "لا يختفي بريقه أبدًا."},
	{"zh-CN", "光泽永不消失。"},
	{"ko-KR", "광택이 절대 사라지지 않습니다."},
}

// shineOxidisedBad are, on the oxidised ring, promises about the metal
// or a patina said to last for ever: each must block.
var shineOxidisedBad = [][2]string{
	{"en-GB", "The oxidised finish keeps its black colour forever."},
	{"en-GB", "The polished edges never tarnish."},
	{"sv-SE", "Silvret mörknar aldrig."},
	{"da-DK", "Sølvet anløber aldrig."},
	{"da-DK", "Pladen bevarer sin dybe, matte farve for altid."},
}

// shineOxidisedOk are, by locale, the oxidised face said to keep its dark,
// matte colour while the edges are polished: the designed patina.
var shineOxidisedOk = [][2]string{
	{"da-DK", "Sølvet får sin mørke tone i et svovlbad; derefter poleres kanterne, så lyset fanges dér, mens pladen bevarer sin dybe, matte farve."},
	{"en-GB", "The edges are polished to catch the light, while the face keeps its deep, matte black colour."},
	{"de-DE", "Die Kanten werden poliert, während die Platte ihre tiefe, matte Farbe behält."},
	{"fr-FR", "Les bords sont polis, tandis que le plateau garde sa couleur sombre et mate."},
	{"sv-SE", "Kanterna poleras så att ljuset fångas, medan plattan behåller sin djupa, matta färg."},
	{"nb-NO", "Kantene poleres, mens platen beholder sin dype, matte farge."},
	{"nl-NL", "De randen worden gepolijst, terwijl de plaat zijn diepe, matte kleur behoudt."},
	{"it-IT", "I bordi vengono lucidati, mentre la placca mantiene il suo colore scuro e opaco."},
	{"es-ES", "Los bordes se pulen, mientras la placa conserva su color oscuro y mate."},
	{"pt-BR", "As bordas são polidas, enquanto a placa mantém a sua cor escura e fosca."},
	{"pl-PL", "Krawędzie są polerowane, a płytka zachowuje swój ciemny, matowy kolor."},
	{"cs-CZ", "Hrany jsou vyleštěné, zatímco destička si zachovává svou tmavou, matnou barvu."},
	{"fi-FI", "Reunat kiillotetaan, ja levy säilyttää tumman, mattapintaisen värinsä."},
	{"tr-TR", "Kenarlar parlatılır, plaka ise koyu ve mat rengini korur."},
	{"el-GR", "Οι άκρες γυαλίζονται, ενώ η πλάκα διατηρεί το σκούρο, ματ χρώμα της."},
	{"ar-AE", "تُصقل الحواف بينما تحافظ اللوحة على لونها الداكن المطفأ."},
	{"ja-JP", "縁は磨き上げ、面はマットな黒い色を保ちます。"},
	{"ko-KR", "가장자리는 광을 내고, 판은 어두운 무광 색을 유지합니다."},
	{"zh-CN", "边缘经过抛光，戒面则保持深色哑光的颜色。"},
	{"en-GB", "The patina deepens over time and is part of the design."},
}

// shineSapphireOk are, by locale, the stone's heating followed by its
// change said to be permanent and to need no care.
var shineSapphireOk = [][2]string{
	{"en-GB", "Like most sapphires, this one has been heated to even out its colour. The change is permanent and needs no special care."},
	{"de-DE", "Der Saphir wurde erhitzt, um seine Farbe auszugleichen. Die Veränderung ist dauerhaft und braucht keine besondere Pflege."},
	{"fr-FR", "Le saphir a été chauffé pour uniformiser sa couleur. Ce changement est permanent et ne demande aucun soin particulier."},
	{"sv-SE", "Safiren har värmebehandlats för att jämna ut färgen. Förändringen är permanent och kräver ingen särskild skötsel."},
	{"es-ES", "El zafiro se ha calentado para uniformar su color. El cambio es permanente y no necesita ningún cuidado especial."},
	{"ja-JP", "サファイアは色を整えるために加熱処理されています。この変化は永続的で、特別なお手入れは必要ありません。"},
	{"ko-KR", "사파이어는 색을 고르게 하기 위해 가열 처리되었습니다. 이 변화는 영구적이며 특별한 관리가 필요 없습니다."},
	{"zh-CN", "这颗蓝宝石经过加热处理以使颜色均匀。这种变化是永久的，无需特别保养。"},
}

// shineSapphireBad are the care spared said of the ring, not the stone.
var shineSapphireBad = [][2]string{
	{"en-GB", "The ring is 9k gold. It needs no special care."},
	{"en-GB", "The sapphire has been heated. The gold ring needs no special care."},
}

// shineAdviceOk are care advice that keeps the shine: excused.
var shineAdviceOk = [][2]string{
	{"en-GB", "Polish it with a soft cloth to keep its shine."},
	{"sv-SE", "Putsa ringen med en mjuk trasa så behåller den sin glans."},
	{"ja-JP", "柔らかい布で拭いて輝きを保ってください。"},
	{"ko-KR", "부드러운 천으로 닦아 광택을 유지하세요."},
	{"fr-FR", "Rangez-la dans sa pochette pour qu'elle garde son éclat."},
	{"en-GB", "Take it off before you swim in the sea."},
	{"en-GB", "Perfume can make the shine disappear, so put your jewellery on last."},
	{"da-DK", "Hvis glansen forsvinder, kan du pudse ringen med en sølvklud."},
	{"fr-FR", "Si l'éclat disparaît, frottez-la avec une chamoisine."},
	{"zh-CN", "如果光泽消失，请用擦银布擦拭。"},
	{"ja-JP", "シャワーの前に外していただければ大丈夫です。"},
	{"sv-SE", "Ringen klarar vardagen men ta av den innan du badar i havet."},
}

// TestKindsShineCareBad (issue #13, care67): the metal's permanence said
// in the forms the earlier files missed must block as a claim.
func TestKindsShineCareBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(shineSilver, true, shineCareBad)
	rows = append(rows, pairRows(shineOxidised, true, shineOxidisedBad)...)
	rows = append(rows, pairRows(shineSapphire, true, shineSapphireBad)...)
	checkKindRows(t, svc, CatClaim, rows)
}

// TestKindsShineCareOk (issue #13, care67): a designed patina kept, a
// stone's treatment that needs no care and care advice must not block.
func TestKindsShineCareOk(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(shineOxidised, false, shineOxidisedOk)
	rows = append(rows, pairRows(shineSapphire, false, shineSapphireOk)...)
	rows = append(rows, pairRows(shineSilver, false, shineAdviceOk)...)
	checkKindRows(t, svc, "", rows)
}
