package checks

import "testing"

// TestKindsCompanion36: the facts of a companion piece belong to it when
// the copy, having offered the piece beside the product, goes on about it
// in a sentence of its own with the companion as topic ("Pair them with
// the Dew bracelet. The bracelet has three peridots on a rose gold
// chain", "…ブレスレット「しずく」と合わせて。「しずく」ブレスレットは3つの
// ペリドットをあしらい…", "نسّقيهما مع سوار ندى. يضم سوار ندى ثلاثة أحجار";
// grounding/companion_topic.go), and a chain of a related kind in that
// sentence is the companion's chain (#13, companion36). Blocking twins:
// the earrings' own count or metal in the next sentence or after the
// piece is named again, and another kind's word with no companion offered
// before it.
func TestKindsCompanion36(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := dewEarrings()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// the companion as the topic of the next sentence (all blocked before)
		{"en-GB", "Pair them with the Dew bracelet. The bracelet has three peridots on a rose gold chain.", p, false},
		{"en-GB", "Pair them with the Dew bracelet. The Dew bracelet has three peridots and a rose gold chain.", p, false},
		{"en-US", "Pair them with the Dew bracelet. The bracelet has three peridots on a rose gold chain.", p, false},
		{"en-US", "Pair them with the Dew bracelet. The Dew bracelet has three peridots and a rose gold chain.", p, false},
		{"en-AU", "Pair them with the Dew bracelet. The bracelet has three peridots on a rose gold chain.", p, false},
		{"en-AU", "Pair them with the Dew bracelet. The Dew bracelet has three peridots and a rose gold chain.", p, false},
		{"de-DE", "Kombinieren Sie sie mit dem Armband Tau. Das Armband hat drei Peridote an einer Kette aus Roségold.", p, false},
		{"de-DE", "Kombinieren Sie sie mit dem Armband Tau. Das Armband Tau hat drei Peridote und eine Kette aus Roségold.", p, false},
		{"fr-FR", "Associez-les au bracelet Rosée. Le bracelet compte trois péridots sur une chaîne en or rose.", p, false},
		{"fr-FR", "Associez-les au bracelet Rosée. Le bracelet Rosée compte trois péridots et une chaîne en or rose.", p, false},
		{"fr-CA", "Associez-les au bracelet Rosée. Le bracelet compte trois péridots sur une chaîne en or rose.", p, false},
		{"fr-CA", "Associez-les au bracelet Rosée. Le bracelet Rosée compte trois péridots et une chaîne en or rose.", p, false},
		{"es-ES", "Combínalos con la pulsera Rocío. La pulsera tiene tres peridotos en una cadena de oro rosa.", p, false},
		{"es-ES", "Combínalos con la pulsera Rocío. La pulsera Rocío tiene tres peridotos y una cadena de oro rosa.", p, false},
		{"es-MX", "Combínalos con la pulsera Rocío. La pulsera tiene tres peridotos en una cadena de oro rosa.", p, false},
		{"es-MX", "Combínalos con la pulsera Rocío. La pulsera Rocío tiene tres peridotos y una cadena de oro rosa.", p, false},
		{"it-IT", "Abbinali al bracciale Rugiada. Il bracciale ha tre peridoti su una catena in oro rosa.", p, false},
		{"it-IT", "Abbinali al bracciale Rugiada. Il bracciale Rugiada ha tre peridoti e una catena in oro rosa.", p, false},
		{"pt-PT", "Combine-os com a pulseira Orvalho. A pulseira tem três peridotos numa corrente de ouro rosa.", p, false},
		{"pt-PT", "Combine-os com a pulseira Orvalho. A pulseira Orvalho tem três peridotos e uma corrente de ouro rosa.", p, false},
		{"pt-BR", "Combine-os com a pulseira Orvalho. A pulseira tem três peridotos em uma corrente de ouro rosa.", p, false},
		{"pt-BR", "Combine-os com a pulseira Orvalho. A pulseira Orvalho tem três peridotos e uma corrente de ouro rosa.", p, false},
		{"nl-NL", "Combineer ze met de armband Dauw. De armband heeft drie peridoten aan een ketting van roségoud.", p, false},
		{"nl-NL", "Combineer ze met de armband Dauw. De armband Dauw heeft drie peridoten en een ketting van roségoud.", p, false},
		{"sv-SE", "Kombinera dem med armbandet Dagg. Armbandet har tre peridoter på en kedja i roséguld.", p, false},
		{"sv-SE", "Kombinera dem med armbandet Dagg. Armbandet Dagg har tre peridoter och en kedja i roséguld.", p, false},
		{"da-DK", "Kombiner dem med armbåndet Dug. Armbåndet har tre peridotter på en kæde i rosaguld.", p, false},
		{"da-DK", "Kombiner dem med armbåndet Dug. Armbåndet Dug har tre peridotter og en kæde i rosaguld.", p, false},
		{"nb-NO", "Kombiner dem med armbåndet Dugg. Armbåndet har tre peridoter på en kjede i rosegull.", p, false},
		{"nb-NO", "Kombiner dem med armbåndet Dugg. Armbåndet Dugg har tre peridoter og en kjede i rosegull.", p, false},
		{"fi-FI", "Yhdistä ne Kaste-rannekorun kanssa. Rannekorussa on kolme peridoottia ruusukultaisessa ketjussa.", p, false},
		{"fi-FI", "Yhdistä ne Kaste-rannekorun kanssa. Kaste-rannekorussa on kolme peridoottia ja ruusukultainen ketju.", p, false},
		{"pl-PL", "Połącz je z bransoletką Rosa. Bransoletka ma trzy perydoty na łańcuszku z różowego złota.", p, false},
		{"pl-PL", "Połącz je z bransoletką Rosa. Bransoletka Rosa ma trzy perydoty i łańcuszek z różowego złota.", p, false},
		{"cs-CZ", "Zkombinujte je s náramkem Rosa. Náramek má tři peridoty na řetízku z růžového zlata.", p, false},
		{"cs-CZ", "Zkombinujte je s náramkem Rosa. Náramek Rosa má tři peridoty a řetízek z růžového zlata.", p, false},
		{"tr-TR", "Onları Çiy bilekliğiyle kombinleyin. Bileklikte rose altın bir zincir üzerinde üç peridot bulunuyor.", p, false},
		{"tr-TR", "Onları Çiy bilekliğiyle kombinleyin. Çiy bilekliğinde üç peridot ve rose altın bir zincir var.", p, false},
		{"el-GR", "Συνδυάστε τα με το βραχιόλι Δροσιά. Το βραχιόλι έχει τρία περίδοτα σε αλυσίδα από ροζ χρυσό.", p, false},
		{"el-GR", "Συνδυάστε τα με το βραχιόλι Δροσιά. Το βραχιόλι Δροσιά έχει τρία περίδοτα και αλυσίδα από ροζ χρυσό.", p, false},
		{"ar-AE", "نسّقيهما مع سوار ندى. ويضم السوار ثلاثة أحجار زبرجد على سلسلة من الذهب الوردي.", p, false},
		{"ar-AE", "نسّقيهما مع سوار ندى. يضم سوار ندى ثلاثة أحجار زبرجد وسلسلة من الذهب الوردي.", p, false},
		{"ja-JP", "ブレスレット「しずく」と合わせて。ブレスレットはピンクゴールドのチェーンに3つのペリドットをあしらっています。", p, false},
		{"ja-JP", "ブレスレット「しずく」と合わせて。「しずく」ブレスレットは3つのペリドットをあしらい、チェーンはピンクゴールドです。", p, false},
		{"zh-CN", "可搭配“晨露”手链。手链在玫瑰金链上镶有三颗橄榄石。", p, false},
		{"zh-CN", "可搭配“晨露”手链。“晨露”手链镶有三颗橄榄石，链身为玫瑰金。", p, false},
		{"zh-TW", "可搭配「晨露」手鏈。手鏈在玫瑰金鏈上鑲有三顆橄欖石。", p, false},
		{"zh-TW", "可搭配「晨露」手鏈。「晨露」手鏈鑲有三顆橄欖石，鏈身為玫瑰金。", p, false},
		{"ko-KR", "'이슬' 팔찌와 함께 착용하세요. 팔찌는 로즈 골드 체인에 페리도트 세 개가 달려 있습니다.", p, false},
		{"ko-KR", "'이슬' 팔찌와 함께 착용하세요. '이슬' 팔찌는 페리도트 세 개와 로즈 골드 체인으로 되어 있습니다.", p, false},
		// a companion named with a cue of the same collection, as topic (blocked before)
		{"ja-JP", "このピアスには2つのペリドットがあしらわれています。同じシリーズのブレスレットは3つのペリドットをピンクゴールドにあしらっています。", p, false},

		// a cue of another piece as a compound's first part (Schwester-, sisar-), or a cue
		// the locale lacked (kardeş, αδελφό, الشقيقة, της ίδιας συλλογής, من المجموعة نفسها,
		// saman malliston, 同系列的), and the Arabic dual of the pairing verb (all blocked before)
		{"de-DE", "Die Ohrringe tragen zwei Peridote. Ihre Schwesterkette trägt Amethyste in Weißgold.", p, false},
		{"fi-FI", "Korvakoruissa on kaksi peridoottia. Saman malliston rannekorussa on kolme peridoottia ruusukullassa.", p, false},
		{"fi-FI", "Korvakoruissa on kaksi peridoottia. Niiden sisarkaulakorussa on ametisteja valkokullassa.", p, false},
		{"tr-TR", "Küpelerde iki peridot var. Kardeş kolyede beyaz altın üzerinde ametistler yer alıyor.", p, false},
		{"el-GR", "Τα σκουλαρίκια έχουν δύο περίδοτα. Το αδελφό τους κολιέ έχει αμέθυστους σε λευκό χρυσό.", p, false},
		{"el-GR", "Φορέστε τα με το βραχιόλι της ίδιας συλλογής, με τρία περίδοτα.", p, false},
		{"ar-AE", "نسّقيهما مع سوار ندى المرصع بثلاثة أحجار زبرجد.", p, false},
		{"ar-AE", "يضم القرطان حجري زبرجد. وتضم القلادة الشقيقة أحجار جمشت من الذهب الأبيض.", p, false},
		{"ar-AE", "ارتديهما مع السوار من المجموعة نفسها المرصع بثلاثة أحجار زبرجد.", p, false},
		{"zh-CN", "这对耳环镶有两颗橄榄石。同系列的手链则以玫瑰金镶嵌三颗橄榄石。", p, false},
		{"zh-TW", "這對耳環鑲有兩顆橄欖石。同系列的手鏈則以玫瑰金鑲嵌三顆橄欖石。", p, false},
		// twins: the same cues with the piece's own wrong fact
		{"de-DE", "Die Ohrringe tragen Amethyste; ihre Schwesterkette ist schlichter.", p, true},
		{"fi-FI", "Korvakoruissa on ametisteja, ja sisarkaulakoru on yksinkertaisempi.", p, true},
		{"tr-TR", "Küpelerde ametistler var. Kardeş kolye daha sade.", p, true},
		{"el-GR", "Τα σκουλαρίκια έχουν αμέθυστους. Το αδελφό τους κολιέ είναι πιο απλό.", p, true},
		{"ar-AE", "يضم القرطان أحجار جمشت. والقلادة الشقيقة أبسط.", p, true},
		{"ar-AE", "يضم القرطان ثلاثة أحجار زبرجد. نسّقيهما مع سوار ندى.", p, true},
		{"zh-CN", "这对耳环镶有紫水晶。同系列的项链更简约。", p, true},

		// twins: the piece's own count or metal after the companion's sentence, or in
		// the same sentence once the piece is named again
		{"en-GB", "Pair them with the Dew bracelet. The earrings have three peridots.", p, true},
		{"en-GB", "Pair them with the Dew bracelet. The bracelet is longer, while the earrings are rose gold.", p, true},
		{"en-US", "Pair them with the Dew bracelet. The earrings have three peridots.", p, true},
		{"en-US", "Pair them with the Dew bracelet. The bracelet is longer, while the earrings are rose gold.", p, true},
		{"en-AU", "Pair them with the Dew bracelet. The earrings have three peridots.", p, true},
		{"en-AU", "Pair them with the Dew bracelet. The bracelet is longer, while the earrings are rose gold.", p, true},
		{"de-DE", "Kombinieren Sie sie mit dem Armband Tau. Die Ohrringe tragen drei Peridote.", p, true},
		{"de-DE", "Kombinieren Sie sie mit dem Armband Tau. Das Armband ist länger. Die Ohrringe tragen drei Peridote.", p, true},
		{"fr-FR", "Associez-les au bracelet Rosée. Les boucles d'oreilles comptent trois péridots.", p, true},
		{"fr-FR", "Associez-les au bracelet Rosée. Le bracelet est plus long, tandis que les boucles d'oreilles sont en or rose.", p, true},
		{"fr-CA", "Associez-les au bracelet Rosée. Les boucles d'oreilles comptent trois péridots.", p, true},
		{"fr-CA", "Associez-les au bracelet Rosée. Le bracelet est plus long, tandis que les boucles d'oreilles sont en or rose.", p, true},
		{"es-ES", "Combínalos con la pulsera Rocío. Los pendientes llevan tres peridotos.", p, true},
		{"es-ES", "Combínalos con la pulsera Rocío. La pulsera es más larga, mientras que los pendientes son de oro rosa.", p, true},
		{"es-MX", "Combínalos con la pulsera Rocío. Los aretes llevan tres peridotos.", p, true},
		{"es-MX", "Combínalos con la pulsera Rocío. La pulsera es más larga, mientras que los aretes son de oro rosa.", p, true},
		{"it-IT", "Abbinali al bracciale Rugiada. Gli orecchini hanno tre peridoti.", p, true},
		{"it-IT", "Abbinali al bracciale Rugiada. Il bracciale è più lungo, mentre gli orecchini sono in oro rosa.", p, true},
		{"pt-PT", "Combine-os com a pulseira Orvalho. Os brincos têm três peridotos.", p, true},
		{"pt-PT", "Combine-os com a pulseira Orvalho. A pulseira é mais comprida, enquanto os brincos são de ouro rosa.", p, true},
		{"pt-BR", "Combine-os com a pulseira Orvalho. Os brincos têm três peridotos.", p, true},
		{"pt-BR", "Combine-os com a pulseira Orvalho. A pulseira é mais comprida, enquanto os brincos são de ouro rosa.", p, true},
		{"nl-NL", "Combineer ze met de armband Dauw. De oorbellen hebben drie peridoten.", p, true},
		{"nl-NL", "Combineer ze met de armband Dauw. De armband is langer, terwijl de oorbellen van roségoud zijn.", p, true},
		{"sv-SE", "Kombinera dem med armbandet Dagg. Örhängena har tre peridoter.", p, true},
		{"sv-SE", "Kombinera dem med armbandet Dagg. Armbandet är längre, medan örhängena är i roséguld.", p, true},
		{"da-DK", "Kombiner dem med armbåndet Dug. Øreringene har tre peridotter.", p, true},
		{"da-DK", "Kombiner dem med armbåndet Dug. Armbåndet er længere, mens øreringene er i rosaguld.", p, true},
		{"nb-NO", "Kombiner dem med armbåndet Dugg. Øredobbene har tre peridoter.", p, true},
		{"nb-NO", "Kombiner dem med armbåndet Dugg. Armbåndet er lengre, mens øredobbene er i rosegull.", p, true},
		{"fi-FI", "Yhdistä ne Kaste-rannekorun kanssa. Korvakoruissa on kolme peridoottia.", p, true},
		{"fi-FI", "Yhdistä ne Kaste-rannekorun kanssa. Rannekoru on pidempi, kun taas korvakorut ovat ruusukultaa.", p, true},
		{"pl-PL", "Połącz je z bransoletką Rosa. Kolczyki mają trzy perydoty.", p, true},
		{"pl-PL", "Połącz je z bransoletką Rosa. Bransoletka jest dłuższa, a kolczyki są z różowego złota.", p, true},
		{"cs-CZ", "Zkombinujte je s náramkem Rosa. Náušnice mají tři peridoty.", p, true},
		{"cs-CZ", "Zkombinujte je s náramkem Rosa. Náramek je delší, zatímco náušnice jsou z růžového zlata.", p, true},
		{"tr-TR", "Onları Çiy bilekliğiyle kombinleyin. Küpelerde üç peridot var.", p, true},
		{"tr-TR", "Onları Çiy bilekliğiyle kombinleyin. Bileklik daha uzun, küpeler ise rose altın.", p, true},
		{"el-GR", "Συνδυάστε τα με το βραχιόλι Δροσιά. Τα σκουλαρίκια έχουν τρία περίδοτα.", p, true},
		{"el-GR", "Συνδυάστε τα με το βραχιόλι Δροσιά. Το βραχιόλι είναι πιο μακρύ, ενώ τα σκουλαρίκια είναι από ροζ χρυσό.", p, true},
		{"ar-AE", "نسّقيهما مع سوار ندى. يضم القرطان ثلاثة أحجار زبرجد.", p, true},
		{"ar-AE", "نسّقيهما مع سوار ندى. السوار أطول، بينما القرطان من الذهب الوردي.", p, true},
		{"ja-JP", "ブレスレット「しずく」と合わせて。このピアスには3つのペリドットがあしらわれています。", p, true},
		{"ja-JP", "ブレスレット「しずく」と合わせて。ブレスレットは長めで、ピアスはピンクゴールドです。", p, true},
		{"zh-CN", "可搭配“晨露”手链。这对耳环镶有三颗橄榄石。", p, true},
		{"zh-CN", "可搭配“晨露”手链。手链更长，而耳环为玫瑰金。", p, true},
		{"zh-TW", "可搭配「晨露」手鏈。這對耳環鑲有三顆橄欖石。", p, true},
		{"zh-TW", "可搭配「晨露」手鏈。手鏈更長，而耳環為玫瑰金。", p, true},
		{"ko-KR", "'이슬' 팔찌와 함께 착용하세요. 이 귀걸이에는 페리도트 세 개가 달려 있습니다.", p, true},
		{"ko-KR", "'이슬' 팔찌와 함께 착용하세요. 팔찌는 더 길고, 귀걸이는 로즈 골드입니다.", p, true},
		// a category word of another kind with no companion offered before, or after a
		// demonstrative, is the piece
		{"en-GB", "The Dew bracelet has two peridots.", p, true},
		{"en-GB", "Pair them with the Dew bracelet. This bracelet is made of rose gold.", p, true},
	})
}
