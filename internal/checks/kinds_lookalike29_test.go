package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The stone a material is compared with (#13, lookalike29; released 29:
// a peridot "sometimes mistaken for emerald or green tourmaline, though
// its softer golden green sets it apart" in en-GB, fr-CA, pt-PT, a cubic
// zirconia "cut like a diamond" in nb-NO, and the blocking twin "Beside it
// sits a small round peridot, the gem it is most often confused with" on a
// moldavite passed in en-US, fr-CA, it-IT, nl-NL). The look-alike excuse
// is the object's alone: the stones after a word of confusion, an adverb
// between, and the stones coordinated with them, whatever else the
// sentence says of the piece; a stone placed beside the piece ("beside
// it", "à ses côtés", "daneben", その隣) is the piece's whatever comparison
// follows in an apposition; a simulant cut like a diamond or as brilliant
// as one names no diamond, a stone sold as or said to be one does.
func TestKindsLookalike29(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	peridot := core.Product{SKU: "K29L1", Name: "Verde Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones: []core.Stone{{Type: "peridot", Colour: "green", Count: 1, Origin: "natural"}}}
	moldavite := core.Product{SKU: "K29L2", Name: "Vltava Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "moldavite", Colour: "green", Count: 1, Origin: "natural"}}}
	cz := core.Product{SKU: "K29L3", Name: "Linea Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 7, Origin: "simulant"}}}
	// Per locale: the look-alikes in a list after a word of confusion in a
	// sentence that names the piece (pass) and the same stones set in it
	// (block); the stone placed beside the piece with the comparison after
	// it (block) and the stone as the comparison's object (pass); the
	// simulant cut like or as brilliant as a diamond (pass) and said to be
	// one (block).
	rows := map[string][6]string{
		"en-GB": {"Peridot is sometimes mistaken for emerald or green tourmaline, but the green of this ring is softer.", "This ring is set with an emerald and a green tourmaline.",
			"Beside it sits a small round peridot, the gem it is most often confused with.", "It is most often confused with peridot, though its green is deeper.",
			"It is as brilliant as a diamond, yet an entirely different material.", "It is a diamond."},
		"en-US": {"Peridot is sometimes mistaken for emerald or green tourmaline, but the green of this ring is softer.", "This ring is set with an emerald and a green tourmaline.",
			"Beside it sits a small round peridot, the gem it is most often confused with.", "It is most often confused with peridot, though its green is deeper.",
			"It is as brilliant as a diamond, yet an entirely different material.", "It is a diamond."},
		"en-AU": {"Peridot is sometimes mistaken for emerald or green tourmaline, but the green of this ring is softer.", "This ring is set with an emerald and a green tourmaline.",
			"Next to it sits a small round peridot, the gem it is most often confused with.", "It is most often confused with peridot, though its green is deeper.",
			"It is as bright as a diamond, yet an entirely different material.", "It is a diamond."},
		"de-DE": {"Peridot wird manchmal mit Smaragd oder grünem Turmalin verwechselt, doch das Grün dieses Rings ist weicher.", "Der Ring ist mit einem Smaragd und einem grünen Turmalin besetzt.",
			"Daneben sitzt ein kleiner runder Peridot, der Stein, mit dem er am häufigsten verwechselt wird.", "Am häufigsten wird er mit Peridot verwechselt, doch sein Grün ist tiefer.",
			"Er wird wie ein Diamant geschliffen, ist aber ein ganz eigenes Material.", "Er ist ein Diamant."},
		"fr-FR": {"On confond parfois le péridot avec l'émeraude ou la tourmaline verte, mais le vert de cette bague est plus doux.", "La bague est sertie d'une émeraude et d'une tourmaline verte.",
			"À ses côtés brille un petit péridot rond, la pierre avec laquelle on la confond le plus souvent.", "On la confond le plus souvent avec le péridot, mais son vert est plus profond.",
			"Elle est taillée comme un diamant, mais c'est un tout autre matériau.", "C'est un diamant."},
		"fr-CA": {"On confond parfois le péridot avec l'émeraude ou la tourmaline verte, mais le vert de cette bague est plus doux.", "La bague est sertie d'une émeraude et d'une tourmaline verte.",
			"À ses côtés brille un petit péridot rond, la pierre avec laquelle on la confond le plus souvent.", "On la confond le plus souvent avec le péridot, mais son vert est plus profond.",
			"Elle est taillée comme un diamant, mais c'est un tout autre matériau.", "C'est un diamant."},
		"es-ES": {"El peridoto se confunde a veces con la esmeralda o la turmalina verde, pero el verde de este anillo es más suave.", "El anillo lleva engastadas una esmeralda y una turmalina verde.",
			"A su lado brilla un pequeño peridoto redondo, la gema con la que más se confunde.", "Se confunde a menudo con el peridoto, aunque su verde es más profundo.",
			"Se talla como un diamante, pero es un material totalmente distinto.", "Es un diamante."},
		"es-MX": {"El peridoto se confunde a veces con la esmeralda o la turmalina verde, pero el verde de este anillo es más suave.", "El anillo lleva engastadas una esmeralda y una turmalina verde.",
			"A su lado brilla un pequeño peridoto redondo, la gema con la que más se confunde.", "Se confunde a menudo con el peridoto, aunque su verde es más profundo.",
			"Se talla como un diamante, pero es un material totalmente distinto.", "Es un diamante."},
		"it-IT": {"Il peridoto viene talvolta confuso con lo smeraldo o la tormalina verde, ma il verde di questo anello è più morbido.", "L'anello è incastonato con uno smeraldo e una tormalina verde.",
			"Accanto a lei brilla un piccolo peridoto tondo, la gemma con cui viene più spesso confusa.", "Viene spesso confusa con il peridoto, ma il suo verde è più profondo.",
			"Viene tagliata come un diamante, ma è un materiale del tutto diverso.", "È un diamante."},
		"pt-PT": {"O peridoto é por vezes confundido com a esmeralda ou a turmalina verde, mas o verde deste anel é mais suave.", "O anel é cravejado com uma esmeralda e uma turmalina verde.",
			"Ao seu lado brilha um pequeno peridoto redondo, a gema com que é mais confundida.", "É muitas vezes confundida com o peridoto, mas o seu verde é mais profundo.",
			"É lapidada como um diamante, mas é um material totalmente diferente.", "É um diamante."},
		"pt-BR": {"O peridoto às vezes é confundido com a esmeralda ou a turmalina verde, mas o verde deste anel é mais suave.", "O anel é cravejado com uma esmeralda e uma turmalina verde.",
			"Ao seu lado brilha um pequeno peridoto redondo, a gema com que é mais confundida.", "É muitas vezes confundida com o peridoto, mas seu verde é mais profundo.",
			"É lapidada como um diamante, mas é um material totalmente diferente.", "É um diamante."},
		"nl-NL": {"Peridoot wordt soms verward met smaragd of groene toermalijn, maar het groen van deze ring is zachter.", "De ring is bezet met een smaragd en een groene toermalijn.",
			"Ernaast schittert een kleine ronde peridoot, de steen waarmee het het vaakst wordt verward.", "Het wordt het vaakst verward met peridoot, maar het groen is dieper.",
			"Hij wordt geslepen als een diamant, maar is een heel ander materiaal.", "Het is een diamant."},
		"sv-SE": {"Peridot förväxlas ibland med smaragd eller grön turmalin, men ringens gröna ton är mjukare.", "Ringen är infattad med en smaragd och en grön turmalin.",
			"Bredvid den glittrar en liten rund peridot, den sten den oftast förväxlas med.", "Den förväxlas oftast med peridot, men dess gröna ton är djupare.",
			"Den slipas som en diamant, men är ett helt annat material.", "Det är en diamant."},
		"da-DK": {"Peridot forveksles nogle gange med smaragd eller grøn turmalin, men ringens grønne tone er blødere.", "Ringen er indfattet med en smaragd og en grøn turmalin.",
			"Ved siden af den funkler en lille rund peridot, den sten den oftest forveksles med.", "Den forveksles oftest med peridot, men dens grønne tone er dybere.",
			"Den slibes som en diamant, men er et helt andet materiale.", "Det er en diamant."},
		"nb-NO": {"Peridott forveksles noen ganger med smaragd eller grønn turmalin, men ringens grønne tone er mykere.", "Ringen er innfattet med en smaragd og en grønn turmalin.",
			"Ved siden av den glitrer en liten rund peridott, steinen den oftest forveksles med.", "Den forveksles oftest med peridott, men den grønne tonen er dypere.",
			"Den slipes som en diamant, men er et helt annet materiale.", "Det er en diamant."},
		"fi-FI": {"Peridootti sekoitetaan joskus smaragdiin tai vihreään turmaliiniin, mutta tämän sormuksen vihreä on pehmeämpi.", "Sormukseen on upotettu smaragdi ja vihreä turmaliini.",
			"Sen vieressä kimaltaa pieni pyöreä peridootti, kivi, johon moldaviitti useimmin sekoitetaan.", "Se sekoitetaan useimmin peridoottiin, mutta sen vihreä on syvempi.",
			"Se hiotaan kuin timantti, mutta se on aivan eri materiaali.", "Se on timantti."},
		"pl-PL": {"Perydot bywa mylony ze szmaragdem lub zielonym turmalinem, ale zieleń tego pierścionka jest łagodniejsza.", "Pierścionek zdobi szmaragd i zielony turmalin.",
			"Obok niego lśni mały okrągły perydot, kamień, z którym najczęściej bywa mylony.", "Najczęściej bywa mylony z perydotem, choć jego zieleń jest głębsza.",
			"Jest szlifowana jak diament, ale to zupełnie inny materiał.", "To jest diament."},
		"cs-CZ": {"Peridot bývá zaměňován se smaragdem nebo zeleným turmalínem, ale zeleň tohoto prstenu je jemnější.", "Prsten je osazen smaragdem a zeleným turmalínem.",
			"Vedle něj se třpytí malý kulatý peridot, kámen, se kterým bývá nejčastěji zaměňován.", "Nejčastěji bývá zaměňován s peridotem, i když jeho zeleň je hlubší.",
			"Brousí se jako diamant, ale je to úplně jiný materiál.", "Je to diamant."},
		"tr-TR": {"Peridot bazen zümrüt veya yeşil turmalin ile karıştırılır, ancak bu yüzüğün yeşili daha yumuşaktır.", "Yüzüğe bir zümrüt ve yeşil bir turmalin yerleştirilmiştir.",
			"Onun yanında küçük yuvarlak bir peridot parlıyor, en sık karıştırıldığı taş.", "En sık peridot ile karıştırılır, ancak yeşili daha koyudur.",
			"Pırlanta gibi kesilir, ancak tamamen farklı bir malzemedir.", "Bu bir pırlantadır."},
		"el-GR": {"Το περίδοτο μερικές φορές συγχέεται με το σμαράγδι ή την πράσινη τουρμαλίνη, αλλά το πράσινο αυτού του δαχτυλιδιού είναι πιο απαλό.", "Το δαχτυλίδι είναι δεμένο με ένα σμαράγδι και μια πράσινη τουρμαλίνη.",
			"Δίπλα του λάμπει ένα μικρό στρογγυλό περίδοτο, η πέτρα με την οποία συγχέεται πιο συχνά.", "Συχνά συγχέεται με το περίδοτο, αλλά το πράσινό του είναι βαθύτερο.",
			"Κόβεται σαν διαμάντι, αλλά είναι εντελώς διαφορετικό υλικό.", "Είναι διαμάντι."},
		"ar-AE": {"يُخلط الزبرجد أحيانًا مع الزمرد أو التورمالين الأخضر، لكن أخضر هذا الخاتم أنعم.", "الخاتم مرصع بزمرد وتورمالين أخضر.",
			"بجانبه يتلألأ زبرجد صغير مستدير، وهو الحجر الذي يُخلط معه غالبًا.", "يُخلط غالبًا مع الزبرجد، لكن أخضره أعمق.",
			"تُقطع مثل الألماس، لكنها مادة مختلفة تمامًا.", "هذا ألماس."},
		"ja-JP": {"ペリドットはエメラルドやグリーントルマリンと間違われることがありますが、この指輪の緑はより柔らかです。", "この指輪にはエメラルドとグリーントルマリンをセットしました。",
			"その隣には、最もよく間違われる石である小さなペリドットが輝きます。", "最もよくペリドットと間違われますが、その緑はより深い色です。",
			"ダイヤモンドのようにカットされますが、まったく別の素材です。", "これはダイヤモンドです。"},
		"ko-KR": {"페리도트는 에메랄드나 그린 투르말린과 혼동되기도 하지만, 이 반지의 초록빛은 더 부드럽습니다.", "이 반지에는 에메랄드와 그린 투르말린을 세팅했습니다.",
			"그 옆에는 가장 자주 혼동되는 작은 원형 페리도트가 빛납니다.", "페리도트와 가장 자주 혼동되지만, 그 초록빛은 더 깊습니다.",
			"다이아몬드처럼 커팅하지만 전혀 다른 소재입니다.", "이것은 다이아몬드입니다."},
		"zh-CN": {"橄榄石有时被误认为祖母绿或绿色碧玺，但这枚戒指的绿色更柔和。", "这枚戒指镶嵌祖母绿和绿色碧玺。",
			"它旁边闪耀着一颗小圆橄榄石，那是它最常被误认成的宝石。", "它最常被误认为橄榄石，但它的绿色更深。",
			"它像钻石一样切割，但却是完全不同的材料。", "这是一颗钻石。"},
		"zh-TW": {"橄欖石有時被誤認為祖母綠或綠色碧璽，但這枚戒指的綠色更柔和。", "這枚戒指鑲嵌祖母綠和綠色碧璽。",
			"它旁邊閃耀著一顆小圓橄欖石，那是它最常被誤認成的寶石。", "它最常被誤認為橄欖石，但它的綠色更深。",
			"它像鑽石一樣切割，但卻是完全不同的材料。", "這是一顆鑽石。"},
	}
	var grounding, any []kindRow
	for loc, r := range rows {
		grounding = append(grounding,
			kindRow{loc, r[0], peridot, false}, kindRow{loc, r[1], peridot, true},
			kindRow{loc, r[2], moldavite, true}, kindRow{loc, r[3], moldavite, false})
		// The simulant: grounding.stone and the stone qualifier agree.
		any = append(any, kindRow{loc, r[4], cz, false})
		grounding = append(grounding, kindRow{loc, r[5], cz, true})
	}
	checkKindRows(t, svc, "grounding", grounding)
	checkKindRows(t, svc, "", any)
}
