package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsClaims48 (#13, claims48): true catalogue copy written
// blind for the held-out half of set 48's claim.superlative false blocks.
var (
	claims48Diamond = core.Product{SKU: "CL48D", Name: "Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"18k white gold", "diamond"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}, Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: core.OriginNatural}}, TotalCaratWeight: 0.5,
		Colours: []string{"white"}, Features: []string{"round brilliant cut", "four-claw setting"}, Keywords: []string{"diamond solitaire ring", "engagement ring"}}
	claims48LabDiamond = core.Product{SKU: "CL48L", Name: "Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"18k white gold", "lab-grown diamond"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}, Stones: []core.Stone{{Type: "lab-grown diamond", Colour: "white", Count: 1, Origin: core.OriginLabGrown}}, TotalCaratWeight: 0.5,
		Colours: []string{"white"}, Features: []string{"round brilliant cut"}, Keywords: []string{"lab-grown diamond ring"}}
	claims48Tsavorite = core.Product{SKU: "CL48T", Name: "Tsavorite Ring", Category: "ring", Collection: "Essence", Materials: []string{"18k yellow gold", "tsavorite garnet"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "tsavorite garnet", Colour: "green", Count: 1, Origin: core.OriginNatural}}, TotalCaratWeight: 1.2,
		Colours: []string{"green", "gold"}, Features: []string{"cushion cut"}, Keywords: []string{"green gemstone ring", "statement ring"}}
	claims48Britannia = core.Product{SKU: "CL48B", Name: "Britannia Bangle", Category: "bangle", Collection: "Heritage", Materials: []string{"Britannia silver"},
		Metals: []core.Metal{{Base: "Britannia silver", Fineness: "958"}}, Colours: []string{"silver"}, Features: []string{"hallmarked", "polished"}, Keywords: []string{"silver bangle"}}
	claims48Tantalum = core.Product{SKU: "CL48N", Name: "Tantalum Band", Category: "ring", Collection: "Essence", Materials: []string{"tantalum"},
		Metals: []core.Metal{{Base: "tantalum"}}, Colours: []string{"grey"}, Features: []string{"brushed finish"}, Keywords: []string{"men's wedding band"}}
	claims48Platinum = core.Product{SKU: "CL48P", Name: "Platinum Band", Category: "ring", Collection: "Signature", Materials: []string{"platinum 950"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"}, Features: []string{"comfort fit"}, Keywords: []string{"platinum wedding band"}}
	claims48Silver = core.Product{SKU: "CL48S", Name: "Curb Chain", Category: "necklace", Collection: "Essentials", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}, Features: []string{"lobster clasp"}, Keywords: []string{"silver chain", "bestseller"}}
)

// TestKindsClaims48 (#13, claims48): true copy a brand copywriter writes
// about the material, run through the checker. Superlatives of a method
// ("the best way to clean silver is a soft cloth", "la mejor manera de
// limpiar la plata", "Paras tapa puhdistaa hopea") and grades of the
// material in general ("The best tsavorites are a pure, vivid green",
// "Die besten Tsavorite zeigen ein reines Grün") blocked as the
// superlative the guide forbids: superlatives.yaml general (method nouns,
// verbs of description, not_with words of the brand or this piece) and
// superlatives.go generalSuperlative. The other rows (facts of comparison,
// "one of the rarest garnets", best-selling keyword copy, "a real
// diamond" on a natural one) passed before and guard the change.
func TestKindsClaims48(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	dm, ts, br, pt, sv := claims48Diamond, claims48Tsavorite, claims48Britannia, claims48Platinum, claims48Silver
	var rows []kindRow
	// a superlative of a method of care, every locale
	rows = append(rows, pairRows(sv, false, [][2]string{
		{"en-GB", "The best way to clean silver is with a soft polishing cloth."},
		{"en-US", "The best way to keep sterling silver bright is to wear it often and polish it with a soft cloth."},
		{"en-AU", "The best method for cleaning silver is warm soapy water and a soft cloth."},
		{"de-DE", "Die beste Methode, Silber zu reinigen, ist ein weiches Poliertuch."},
		{"fr-FR", "La meilleure façon d'entretenir l'argent est de le frotter avec un chiffon doux."},
		{"fr-CA", "La meilleure manière de nettoyer l'argent, c'est un chiffon doux."},
		{"es-ES", "La mejor manera de limpiar la plata es con un paño suave."},
		{"es-MX", "La mejor forma de cuidar la plata es guardarla en una bolsa cerrada."},
		{"it-IT", "Il modo migliore per pulire l'argento è un panno morbido."},
		{"pt-PT", "A melhor forma de limpar a prata é com um pano macio."},
		{"pt-BR", "A melhor maneira de limpar prata é com uma flanela macia."},
		{"nl-NL", "De beste manier om zilver schoon te maken is een zachte poetsdoek."},
		{"sv-SE", "Det bästa sättet att rengöra silver är med en mjuk putsduk."},
		{"da-DK", "Den bedste måde at rengøre sølv på er med en blød pudseklud."},
		{"nb-NO", "Den beste måten å rengjøre sølv på er med en myk pusseklut."},
		{"fi-FI", "Paras tapa puhdistaa hopea on pehmeä kiillotusliina."},
		{"cs-CZ", "Nejlepší způsob, jak čistit stříbro, je jemný leštící hadřík."},
		{"pl-PL", "Najlepszy sposób na czyszczenie srebra to miękka ściereczka."},
		{"el-GR", "Ο καλύτερος τρόπος να καθαρίσετε το ασήμι είναι με ένα μαλακό πανί."},
		{"tr-TR", "Gümüşü temizlemenin en iyi yolu yumuşak bir bezdir."},
		{"ar-AE", "أفضل طريقة لتنظيف الفضة هي قطعة قماش ناعمة."},
		{"ja-JP", "シルバーのお手入れには、柔らかいクロスで磨くのが最適です。"},
		{"ko-KR", "은을 관리하는 가장 좋은 방법은 부드러운 천으로 닦는 것입니다."},
		{"zh-CN", "清洁银饰最好的方法是用软布擦拭。"},
		{"zh-TW", "清潔銀飾最好的方法是用軟布擦拭。"},
	})...)
	// a grade of the stone in general
	rows = append(rows, pairRows(ts, false, [][2]string{
		{"en-GB", "The best tsavorites are a pure, vivid green with no brown tint."},
		{"de-DE", "Die besten Tsavorite zeigen ein reines, lebhaftes Grün."},
		{"fr-FR", "Les meilleures tsavorites sont d'un vert pur et vif."},
		{"es-ES", "Las mejores tsavoritas son de un verde puro y vivo."},
		{"pt-BR", "As melhores tsavoritas têm um verde puro e vivo."},
		{"nl-NL", "De beste tsavorieten zijn zuiver en levendig groen."},
		{"sv-SE", "De bästa tsavoriterna är rent och klart gröna."},
		{"pl-PL", "Najlepsze tsaworyty mają czystą, żywą zieleń."},
		{"cs-CZ", "Nejlepší tsavority mají čistou, živou zelenou barvu."},
		{"el-GR", "Οι καλύτεροι τσαβορίτες έχουν καθαρό, ζωηρό πράσινο χρώμα."},
	})...)
	// guards: true facts of comparison and keyword copy that passed before
	rows = append(rows, pairRows(dm, false, [][2]string{
		{"en-GB", "Diamond is the hardest natural material known, so the stone keeps its polish for generations."},
		{"en-US", "The round brilliant is the most popular diamond cut, designed to return as much light as possible."},
		{"en-AU", "This is a real diamond, natural and certified, and diamond is the hardest natural substance on Earth."},
		{"de-DE", "Diamant ist das härteste natürliche Material, deshalb behält der Stein seinen Schliff über Generationen."},
		{"fr-FR", "Le diamant est le matériau naturel le plus dur, ce qui lui permet de garder son poli."},
		{"fr-CA", "La taille brillant rond est la taille la plus populaire pour le diamant."},
		{"es-ES", "El diamante es el material natural más duro que se conoce."},
		{"es-MX", "La talla brillante redonda es la talla de diamante más popular."},
		{"it-IT", "Il diamante è il materiale naturale più duro che si conosca."},
		{"pt-PT", "O diamante é o material natural mais duro que se conhece."},
		{"pt-BR", "A lapidação brilhante redonda é a mais popular para diamantes."},
		{"nl-NL", "Diamant is het hardste natuurlijke materiaal dat we kennen."},
		{"nb-NO", "Diamant er det hardeste naturlige materialet vi kjenner."},
		{"da-DK", "Diamant er det hårdeste naturlige materiale, man kender."},
		{"sv-SE", "Diamant är det hårdaste naturliga materialet som finns."},
		{"fi-FI", "Timantti on kovin tunnettu luonnon materiaali."},
		{"cs-CZ", "Diamant je nejtvrdší přírodní materiál."},
		{"pl-PL", "Diament to najtwardszy naturalny materiał na Ziemi."},
		{"el-GR", "Το διαμάντι είναι το σκληρότερο φυσικό υλικό."},
		{"tr-TR", "Elmas, doğadaki en sert malzemedir."},
		{"ar-AE", "الألماس هو أصلب مادة طبيعية معروفة."},
		{"ja-JP", "ダイヤモンドは天然で最も硬い物質です。"},
		{"ko-KR", "다이아몬드는 자연에서 가장 단단한 물질입니다."},
		{"zh-CN", "钻石是自然界最坚硬的物质。"},
		{"zh-TW", "鑽石是自然界最堅硬的物質。"},
		{"en-GB", "It is a real diamond, natural and untreated, graded by an independent laboratory."},
		{"de-DE", "Es ist ein echter Diamant, natürlich gewachsen."},
		{"fr-FR", "C'est un vrai diamant, d'origine naturelle."},
		{"es-ES", "Es un diamante auténtico, de origen natural."},
		{"it-IT", "È un vero diamante, di origine naturale."},
		{"nl-NL", "Het is een echte diamant, van natuurlijke oorsprong."},
		{"pl-PL", "To prawdziwy diament naturalnego pochodzenia."},
		{"tr-TR", "Bu gerçek bir doğal elmastır."},
		{"ja-JP", "本物の天然ダイヤモンドです。"},
		{"zh-CN", "这是一颗真正的天然钻石。"},
	})...)
	rows = append(rows, pairRows(sv, false, [][2]string{
		{"en-US", "Sterling silver tarnishes naturally over time; a soft polishing cloth brings back its shine."},
		{"de-DE", "Silber läuft mit der Zeit an; ein weiches Poliertuch bringt den Glanz zurück."},
		{"fr-CA", "L'argent ternit naturellement avec le temps; un chiffon doux lui redonne son éclat."},
		{"es-MX", "La plata se oscurece con el tiempo; un paño suave le devuelve el brillo."},
		{"pt-BR", "A prata escurece com o tempo; um pano macio devolve o brilho."},
		{"en-AU", "Our best-selling chain, in sterling silver."},
		{"en-GB", "This curb chain is our bestseller."},
		{"de-DE", "Unser Bestseller: die Panzerkette aus Sterlingsilber."},
		{"fr-FR", "Notre best-seller : la chaîne gourmette en argent."},
		{"es-ES", "Nuestra cadena más vendida, en plata de ley."},
		{"it-IT", "La nostra catena più venduta, in argento sterling."},
		{"pt-BR", "Nossa corrente mais vendida, em prata 925."},
		{"nl-NL", "Onze best verkochte ketting, in sterling zilver."},
		{"sv-SE", "Vår mest sålda kedja, i sterlingsilver."},
		{"da-DK", "Vores mest solgte kæde i sterlingsølv."},
		{"nb-NO", "Vårt mest solgte kjede i sterlingsølv."},
		{"fi-FI", "Myydyin hopeaketjumme."},
		{"pl-PL", "Nasz najlepiej sprzedający się łańcuszek ze srebra."},
		{"cs-CZ", "Náš nejprodávanější řetízek ze stříbra."},
		{"el-GR", "Η πιο δημοφιλής ασημένια αλυσίδα μας."},
		{"tr-TR", "En çok satan gümüş zincirimiz."},
		{"ar-AE", "سلسلتنا الفضية الأكثر مبيعًا."},
		{"ja-JP", "当店で一番人気のシルバーチェーンです。"},
		{"ko-KR", "가장 많이 팔린 실버 체인입니다."},
		{"zh-CN", "这是我们最畅销的银链。"},
	})...)
	rows = append(rows, pairRows(ts, false, [][2]string{
		{"en-GB", "Tsavorite is one of the rarest members of the garnet family."},
		{"en-US", "Tsavorite is among the rarest and most brilliant garnets."},
		{"de-DE", "Tsavorit gehört zu den seltensten Granaten."},
		{"fr-FR", "La tsavorite est l'un des grenats les plus rares."},
		{"es-ES", "La tsavorita es uno de los granates más raros."},
		{"it-IT", "La tsavorite è uno dei granati più rari."},
		{"pt-PT", "A tsavorite é uma das granadas mais raras."},
		{"nl-NL", "Tsavoriet is een van de zeldzaamste granaten."},
		{"sv-SE", "Tsavorit är en av de sällsyntaste granaterna."},
		{"da-DK", "Tsavorit er en af de sjældneste granater."},
		{"nb-NO", "Tsavoritt er en av de sjeldneste granatene."},
		{"fi-FI", "Tsavoriitti on yksi harvinaisimmista granaateista."},
		{"cs-CZ", "Tsavorit patří k nejvzácnějším granátům."},
		{"pl-PL", "Tsaworyt należy do najrzadszych granatów."},
		{"el-GR", "Ο τσαβορίτης είναι ένας από τους σπανιότερους γρανάτες."},
		{"tr-TR", "Tsavorit, en nadir granatlardan biridir."},
		{"ar-AE", "التسافوريت من أندر أنواع العقيق."},
		{"ja-JP", "ツァボライトはガーネットの中でも最も希少な種類のひとつです。"},
		{"ko-KR", "차보라이트는 가장 희귀한 가넷 중 하나입니다."},
		{"zh-CN", "沙弗莱石是最稀有的石榴石之一。"},
		{"zh-TW", "沙弗萊石是最稀有的石榴石之一。"},
		{"en-GB", "The finest tsavorite comes from the Tsavo region of Kenya."},
		{"en-GB", "Tsavorite is prized for its brilliance, which is higher than emerald's."},
	})...)
	rows = append(rows, pairRows(br, false, [][2]string{
		{"en-GB", "Britannia silver, at 958 parts per thousand, is the highest standard of silver hallmarked in the UK."},
		{"en-US", "At 95.8 percent pure, Britannia is the highest fineness of silver in common use."},
		{"de-DE", "Britanniasilber hat mit 958 Tausendsteln den höchsten Feingehalt, der in Großbritannien punziert wird."},
		{"fr-CA", "L'argent Britannia, à 958 millièmes, est le titre le plus élevé poinçonné au Royaume-Uni."},
		{"es-MX", "La plata Britannia, con 958 milésimas, es la ley de plata más alta que se contrasta en el Reino Unido."},
		{"it-IT", "L'argento Britannia, a 958 millesimi, è il titolo più alto punzonato nel Regno Unito."},
		{"pt-PT", "A prata Britannia, com 958 milésimas, é o toque mais alto marcado no Reino Unido."},
		{"nl-NL", "Britannia-zilver is met 958 duizendste het hoogste zilvergehalte dat in het Verenigd Koninkrijk wordt gekeurd."},
		{"nb-NO", "Britanniasølv har med 958 tusendeler det høyeste sølvinnholdet som stemples i Storbritannia."},
		{"cs-CZ", "Stříbro Britannia má s ryzostí 958 nejvyšší ryzost, jakou britské puncovní úřady značí."},
		{"ko-KR", "브리타니아 실버는 순도 958로 영국에서 각인되는 은 중 가장 높은 순도입니다."},
		{"zh-TW", "不列顛銀含銀958‰，是英國檢驗所標記的最高銀純度。"},
		{"en-GB", "Silver tarnishes in time; polish it with a soft cloth and it comes back bright."},
	})...)
	rows = append(rows, pairRows(pt, false, [][2]string{
		{"en-GB", "Platinum is denser than gold and one of the rarest precious metals."},
		{"en-US", "Platinum is the densest of the precious metals used in jewelry."},
		{"de-DE", "Platin ist dichter als Gold und eines der seltensten Edelmetalle."},
		{"fr-FR", "Le platine est plus dense que l'or et l'un des métaux précieux les plus rares."},
		{"es-MX", "El platino es más denso que el oro y uno de los metales preciosos más raros."},
		{"it-IT", "Il platino è più denso dell'oro e uno dei metalli preziosi più rari."},
		{"nl-NL", "Platina is dichter dan goud en een van de zeldzaamste edelmetalen."},
		{"ko-KR", "플래티넘은 금보다 밀도가 높고 가장 희귀한 귀금속 중 하나입니다."},
		{"zh-TW", "鉑金比黃金密度更高，是最稀有的貴金屬之一。"},
		{"ja-JP", "プラチナは金より密度が高く、最も希少な貴金属のひとつです。"},
	})...)
	checkKindRows(t, svc, "", rows)
}

// TestKindsClaims48Bad (#13, claims48): superlatives of the piece or the
// brand, a method tied to our piece, manner idioms grading the making, a
// grade of stones set in this piece, and the other claims of the brief
// (never tarnishes, heals, a real diamond on a lab-grown stone) still block.
func TestKindsClaims48Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ts, sv, lab := claims48Tsavorite, claims48Silver, claims48LabDiamond
	checkKindRows(t, svc, "claim", append(pairRows(sv, true, [][2]string{
		{"en-GB", "The best way to treat yourself is our curb chain."},
		{"en-GB", "This is the best way to wear silver."},
		{"en-GB", "It is made in the best way."},
		{"en-GB", "It is the best choice for everyday wear."},
		{"en-US", "It is the best quality you can buy."},
		{"en-GB", "The best chain for everyday wear."},
		{"en-AU", "This is the most beautiful chain in the collection."},
		{"en-GB", "Sterling silver will never tarnish."},
		{"de-DE", "Die beste Methode, sich zu verwöhnen, ist unsere Panzerkette."},
		{"fr-FR", "La meilleure façon de se faire plaisir : notre chaîne."},
		{"fr-FR", "Elle est fabriquée de la meilleure façon."},
		{"es-ES", "La mejor manera de brillar es nuestra cadena."},
		{"es-MX", "Está hecha de la mejor manera."},
		{"pt-PT", "A melhor forma de brilhar é a nossa corrente."},
		{"nl-NL", "De beste manier om te stralen is onze ketting."},
		{"sv-SE", "Det bästa sättet att glänsa är vår kedja."},
		{"da-DK", "Den bedste måde at skinne på er vores kæde."},
		{"nb-NO", "Den beste måten å skinne på er vårt kjede."},
		{"fi-FI", "Paras tapa loistaa on meidän ketjumme."},
		{"cs-CZ", "Nejlepší způsob, jak zazářit, je náš řetízek."},
		{"cs-CZ", "Je vyrobený nejlepším způsobem."},
		{"pl-PL", "Najlepszy sposób, by zabłysnąć, to nasz łańcuszek."},
		{"pl-PL", "Jest wykonany w najlepszy sposób."},
		{"el-GR", "Ο καλύτερος τρόπος να λάμψετε είναι η αλυσίδα μας."},
		{"el-GR", "Είναι φτιαγμένο με τον καλύτερο τρόπο."},
	}), pairRows(ts, true, [][2]string{
		{"en-GB", "The best tsavorites are set in this ring."},
		{"en-GB", "Our tsavorite ring is the best."},
		{"de-DE", "Die besten Tsavorite sind in diesem Ring gefasst."},
		{"fr-FR", "Les meilleures tsavorites sont dans notre collection."},
		{"es-ES", "Las mejores tsavoritas son las de nuestro anillo."},
		{"zh-CN", "最好的沙弗莱石镶嵌在这枚戒指上。"},
		{"en-GB", "Tsavorite heals the heart and calms the mind."},
	})...))
	checkKindRows(t, svc, "", pairRows(lab, true, [][2]string{
		{"en-GB", "It is a real diamond, mined from the earth."},
		{"de-DE", "Es ist ein echter, natürlicher Diamant."},
		{"fr-FR", "C'est un vrai diamant naturel."},
	}))
}

// TestKindsClaims48Open (#13, claims48): rows not reached. Its rows of a
// corrosion word graded among metals pass now and moved to
// TestKindsCorrosion48 (corrosion48).
func TestKindsClaims48Open(t *testing.T) {
	t.Skip("open: a grade of the stone as the object (\"produce the best tsavorite\"), fi plural stone words (tsavoriitit), ko 최상의 and zh 沙弗莱石 not read as stone heads")
	t.Parallel()
	svc := checkService(t)
	ts := claims48Tsavorite
	checkKindRows(t, svc, "claim", pairRows(ts, false, [][2]string{
		{"en-US", "Kenya and Tanzania produce the best tsavorite."},
		{"fi-FI", "Parhaat tsavoriitit ovat puhtaan ja kirkkaan vihreitä."},
		{"ko-KR", "최상의 차보라이트는 순수하고 선명한 녹색을 띱니다."},
		{"zh-CN", "最好的沙弗莱石呈纯正鲜艳的绿色。"},
	}))
}
