package checks

import "testing"

// explainOpen48Rows: clean rows of TestKindsExplainOpen48. The first five
// were TestKindsExplain48Open's (fi-FI tsavorite, ko-KR hessonite,
// chrysoprase and pearls, ar-AE labradorite); the rest are the session's
// own copy of the same kinds.
var explainOpen48Rows = []kindRow{
	{"fi-FI", "Verde-sormuksessa on pyöreä vihreä tsavoriitti 18 karaatin keltakultaan istutettuna. Tsavoriitti on vihreä grossulaaria oleva granaatti, joka löydettiin vuonna 1967 Tsavon läheltä Keniasta ja Tansaniasta. Granaatista tulee useimmille mieleen tummanpunainen pyrooppi tai almandiini, mutta granaatteja on kaikissa väreissä sinistä lukuun ottamatta, ja puhdas vihreä tsavoriitti on harvinaisempi kuin smaragdi. Se on smaragdia vähemmän hauras, joten se sopii päivittäin käytettävään sormukseen.", explain48Tsav, false},
	{"ko-KR", "Canela 펜던트는 오벌 모양의 주황색 헤소나이트 가닛을 스털링 실버에 세팅했습니다. 헤소나이트는 그로슐라 가닛의 한 종류로, 꿀빛에서 주황빛에 이르는 따뜻한 색 때문에 시나몬 스톤이라고도 불립니다. 가닛은 하나의 보석이 아니라 한 가족으로, 짙은 빨간색의 알만딘과 파이로프가 가장 잘 알려져 있고 초록색 차보라이트도 같은 종에 속합니다. 루페로 보면 헤소나이트 특유의 소용돌이 무늬가 보입니다.", explain48Hess, false},
	{"ko-KR", "Mint 펜던트는 매끄러운 초록색 크리소프레이즈 카보숑을 스털링 실버에 세팅했습니다. 크리소프레이즈는 칼세도니의 일종으로 마노, 카넬리안, 오닉스와 같은 미세한 석영이지만, 사과 같은 초록색은 니켈 성분에서 나옵니다. 대부분 호주 퀸즐랜드에서 채굴됩니다. 비취로 오해받기도 하지만 더 반투명합니다.", explain48Chry, false},
	{"ar-AE", "يضم خاتم Aurora حجر لابرادوريت رماديًا بيضاويًا مثبتًا في الفضة الإسترلينية. اللابرادوريت من الفلسبار، وهو قريب لحجر القمر وحجر الشمس، ويشتهر بظاهرة اللابرادورية: عندما يتحرك الخاتم تمر على الحجر ومضات زرقاء وخضراء وذهبية. وينشأ هذا التأثير من انعكاس الضوء بين طبقات رقيقة داخل البلورة.", explain48Labr, false},
	{"ko-KR", "Baroque 귀걸이는 두 개의 흰색 담수 양식 진주를 18K 옐로 골드에 달았습니다. 담수 진주는 주로 중국의 호수와 강에 사는 조개에서 자라며, 핵을 넣어 바다의 아코야 조개에서 키우는 아코야 진주와 달리 거의 전체가 진주층으로 이루어져 있습니다. 바로크 모양은 자유롭게 자라서 똑같은 쌍이 없습니다. 남양 진주와 타히티 진주는 더 크고 희귀합니다.", explain48Pearl, false},
	// fi: the partitive standard before vähemmän / enemmän
	{"fi-FI", "Verde-sormuksessa on pyöreä vihreä tsavoriitti 18 karaatin keltakultaan istutettuna. Tsavoriitti on vihreä granaatti, joka löydettiin vuonna 1967 Tsavon läheltä Keniasta ja Tansaniasta. Puhdas vihreä tsavoriitti on harvinainen, ja sen tulessa on enemmän loistoa kuin monessa muussa vihreässä kivessä. Tsavoriitti on smaragdia vähemmän hauras ja sopii siksi hyvin sormukseen, jota käytetään joka päivä.", explain48Tsav, false},
	{"fi-FI", "Marina-sormuksessa on vaaleansininen akvamariini 14 karaatin valkokultaan istutettuna. Akvamariini on berylliä, samaa mineraalia kuin smaragdi, ja sen sininen sävy on kuumennettu pysyväksi. Akvamariini on smaragdia vähemmän hauras, koska siinä on vähemmän sulkeumia, joten se kestää hyvin päivittäistä käyttöä. Puhdista sormus haalealla vedellä ja pehmeällä harjalla.", explain48Aqua, false},
	// ko: mistaken for jade, the garnet family
	{"ko-KR", "Mint 펜던트는 초록색 크리소프레이즈 카보숑을 스털링 실버에 세팅했습니다. 크리소프레이즈는 칼세도니의 한 종류로, 사과 같은 초록색은 니켈 성분에서 나옵니다. 색이 비슷해서 비취로 오해받는 경우가 많지만 크리소프레이즈가 더 밝고 반투명합니다. 대부분 호주 퀸즐랜드에서 채굴되며, 햇빛에 오래 두지 않는 것이 좋습니다.", explain48Chry, false},
	{"ko-KR", "Verde 반지는 둥근 초록색 차보라이트를 18K 옐로 골드에 세팅했습니다. 차보라이트는 1967년 케냐와 탄자니아에서 발견된 초록색 가닛입니다. 가닛은 여러 광물이 모인 큰 가족으로, 짙은 빨간색의 파이로프와 알만딘이 가장 흔하지만 맑은 초록색 차보라이트는 훨씬 희귀합니다. 에메랄드보다 덜 깨지기 때문에 매일 끼는 반지에 잘 어울립니다.", explain48Tsav, false},
	// ar: a relative (قريب) of moonstone and sunstone
	{"ar-AE", "يضم خاتم Aurora حجر لابرادوريت رماديًا بيضاويًا مثبتًا في الفضة الإسترلينية. اللابرادوريت معدن من الفلسبار، قريب لحجر القمر وحجر الشمس، ويشتهر بومضات زرقاء تظهر عندما يتحرك الخاتم تحت الضوء. ويصنع الخاتم يدويًا بتصميم بسيط يناسب الارتداء اليومي، ويمكن تنظيفه بقطعة قماش ناعمة وجافة بعد كل استخدام.", explain48Labr, false},
	// pearls: a sibling compared with no copula (tr daha, ko 더, zh 更)
	{"tr-TR", "Baroque küpeler, 18 ayar sarı altına asılı iki beyaz kültür tatlı su incisi taşır. Tatlı su incileri göl ve nehirlerdeki midyelerde, çoğunlukla Çin'de büyür ve neredeyse tamamen sedeften oluşur. Barok biçimleri serbestçe oluşur, bu yüzden hiçbir çift birbirinin aynısı değildir. Güney Denizi ve Tahiti incileri daha büyük ve daha nadirdir. Küpeleri parfümden sonra takın.", explain48Pearl, false},
	{"ko-KR", "Baroque 귀걸이는 두 개의 흰색 담수 양식 진주를 18K 옐로 골드에 달았습니다. 담수 진주는 주로 중국의 호수와 강에 사는 조개에서 자라며 거의 전체가 진주층으로 이루어져 있습니다. 바로크 모양은 자유롭게 자라서 똑같은 쌍이 없습니다. 타히티 진주는 더 크고 어두운 색을 띱니다. 향수를 뿌린 뒤에 착용하세요.", explain48Pearl, false},
	{"zh-CN", "Baroque耳坠以18K黄金垂挂两颗白色淡水养殖珍珠。淡水珍珠主要生长在中国湖泊和河流的河蚌中，几乎全由珍珠层构成，光泽柔和。巴洛克形状自然生长，每一对都独一无二。南洋珍珠和大溪地珍珠则更大、更稀有，而淡水珍珠更适合日常佩戴。请在喷香水之后再佩戴。", explain48Pearl, false},
	{"zh-TW", "Baroque耳墜以18K黃金垂掛兩顆白色淡水養殖珍珠。淡水珍珠主要生長在中國湖泊和河流的河蚌中，幾乎全由珍珠層構成，光澤柔和。巴洛克形狀自然生長，每一對都獨一無二。南洋珍珠和大溪地珍珠則更大、更稀有，而淡水珍珠更適合日常佩戴。請在噴香水之後再佩戴。", explain48Pearl, false},
}

// explainOpen48Bad: another stone set in the piece, the piece's own stone
// given a wrong colour, the sibling pearls said of the piece; each must
// still block in grounding.
var explainOpen48Bad = []kindRow{
	{"fi-FI", "Verde-sormuksessa on vihreä tsavoriitti ja pieni smaragdi 18 karaatin keltakullassa. Tsavoriitti on smaragdia vähemmän hauras.", explain48Tsav, true},
	{"fi-FI", "Verde-sormuksen tsavoriitti on punainen. Se on smaragdia vähemmän hauras.", explain48Tsav, true},
	{"ko-KR", "Mint 펜던트는 초록색 크리소프레이즈와 비취를 스털링 실버에 세팅했습니다. 비취로 오해받기도 하지만 더 반투명합니다.", explain48Chry, true},
	{"ko-KR", "Mint 펜던트의 크리소프레이즈는 빨간색입니다. 비취로 오해받기도 하지만 더 반투명합니다.", explain48Chry, true},
	{"ko-KR", "Canela 펜던트는 헤소나이트와 알만딘을 스털링 실버에 세팅했습니다. 가닛은 하나의 보석이 아니라 한 가족입니다.", explain48Hess, true},
	{"ar-AE", "يضم خاتم Aurora حجر لابرادوريت رماديًا وحجر القمر مثبتين في الفضة الإسترلينية. اللابرادوريت قريب لحجر القمر.", explain48Labr, true},
	{"tr-TR", "Baroque küpeler, 18 ayar sarı altına asılı iki Tahiti incisi taşır. Tahiti incileri daha büyük ve daha nadirdir.", explain48Pearl, true},
	{"tr-TR", "Baroque küpeler iki beyaz inci taşır. Tahiti incileri daha büyük, bu yüzden bu küpelerde onları kullandık.", explain48Pearl, true},
	{"ko-KR", "Baroque 귀걸이는 타히티 진주 두 개를 18K 옐로 골드에 달았습니다. 타히티 진주는 더 크고 희귀합니다.", explain48Pearl, true},
	{"ko-KR", "Baroque 귀걸이는 흰색 진주를 달았습니다. 타히티 진주는 더 크고 희귀해서 이 귀걸이에 사용했습니다.", explain48Pearl, true},
	{"zh-CN", "Baroque耳坠以18K黄金垂挂两颗大溪地珍珠。大溪地珍珠更大、更稀有。", explain48Pearl, true},
	{"zh-CN", "Baroque耳坠垂挂两颗白色珍珠。大溪地珍珠更大，所以这对耳坠采用了大溪地珍珠。", explain48Pearl, true},
}

// TestKindsExplainOpen48 (#13, explainopen48): TestKindsExplain48Open's
// rows fixed by kind, with the session's own copy and bad twins. (1) fi
// partitive standard before vähemmän / enemmän ("smaragdia vähemmän
// hauras", less brittle than emerald): than_after. (2) ko 오해받기도
// (mistaken for jade): looks_like_after, material_relation_words. (3) ko
// 가족 (family) and ar قريب (a relative: "قريب لحجر القمر", related to
// moonstone): stone_nature_words. (4) A sibling pearl compared with no
// copula, the comparative right after the subject (tr "Tahiti incileri
// daha büyük", ko 타히티 진주는 더 크고, zh 大溪地珍珠则更大): new
// subject_comparatives read by comparedSubject. Bad twins (the other stone
// set in the piece, the piece's stone given a wrong colour, the sibling
// pearls said of the piece) still block in grounding.
func TestKindsExplainOpen48(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	fb46PDP(t, svc, "", explainOpen48Rows)
	fb46PDP(t, svc, "grounding", explainOpen48Bad)
}
