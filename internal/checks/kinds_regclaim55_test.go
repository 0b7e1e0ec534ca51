package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The fifty-fifth session's regulatory and claim kinds (#13, regclaim55;
// released 55 and probe 55):
//
//  1. A maker-created qualifier (16 CFR 23.23(c): "[manufacturer
//     name]-created") in each market that accepts it, as market data: a
//     capitalised maker's name with the language's created-by ("un rubí
//     creado por Chatham", "Chatham tarafından üretilmiş bir yakut"), and
//     a qualifier before the stone reaching over its size ("laboratuvarda
//     üretilmiş 4 mm'lik beş beyaz safir", "a lab-created 6 mm round
//     faceted red ruby": measuredWindow). France's decree names
//     "synthétique" only, so fr-FR keeps blocking "créé par Chatham".
//  2. Removal advice that names the water ("take it off for swimming and
//     workouts", "Nehmen Sie ihn zum Schwimmen und zum Sport ab") is care
//     advice, no claim.waterproof: a removal phrase whose last word stands
//     in the form's gap excuses it (sentenceHasPhrase).
//  3. Glass compared with "most precious stones" ("más blando que la
//     mayoría de las piedras preciosas", "أكثر ليونة من معظم الأحجار
//     الكريمة") calls it no gem: up to five fillers between the word of
//     comparison and its standard (grounding.ComparisonStandardAt), Arabic
//     quantifiers as than_fillers.
//  4. A treatment denied with a participle alone ("niepoddanego żadnej
//     obróbce", 処理を一切施していない, "not subjected to any treatment",
//     "non sottoposto ad alcun trattamento", "nepodrobený žádné úpravě")
//     blocks on a treated stone (the Polish entry held a "*" inside a
//     phrase, which a word list never matches).
//  5. Counts: a comma list of adjectives ending on the stone's colour
//     ("osiem drobnych, przejrzystych cyrkonii": Polish "przejrzysty"), a
//     shape noun of crystal glass ("9 geslepen druppels van
//     loodkristalglas", "9 drops of lead crystal glass").
//  6. Gold named with its tone and karat after it ("in oro giallo 18
//     carati", "en or jaune 18 carats") on a gold-plated piece blocks
//     however a care line names "la placcatura". Left: a preposition
//     before the karat ("oro amarillo de 18 quilates"), which as often
//     names a vermeil's layer ("usamos oro de 18 quilates").
//
// Every row of TestKindsRegclaim55 failed before; TestKindsRegclaim55Bad
// holds the attack rows (the same words where they must still block, and
// true copy that must still pass).

var (
	rc55Ruby = core.Product{SKU: "RC55-1", Name: "Heritage Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "ruby", Colour: "red", Count: 2, Origin: core.OriginLabGrown, Treatment: "none"}},
		Colours: []string{"red", "silver"}}
	rc55Sapphire = core.Product{SKU: "RC55-2", Name: "Signature Bracelet", Category: "bracelet", Collection: "Signature",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "white sapphire", Colour: "white", Count: 5, Origin: core.OriginLabGrown, Treatment: "none"}},
		Colours: []string{"white", "silver"}}
	rc55Plated = core.Product{SKU: "RC55-3", Name: "Bar Link Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"silver-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 1}},
		Colours: []string{"silver"}, Features: []string{"lobster clasp"}}
	rc55Glass = core.Product{SKU: "RC55-4", Name: "Collar Destello", Category: "necklace", Collection: "Essence",
		Materials: []string{"sterling silver", "lead crystal glass"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "lead crystal glass", Colour: "clear", Count: 7, Origin: core.OriginSimulant, Treatment: "none"}},
		Colours: []string{"clear", "silver"}}
	rc55Pink = core.Product{SKU: "RC55-5", Name: "Pink Diamond Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"18k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "diamond", Colour: "pink", Count: 1, Origin: core.OriginLabGrown, Treatment: "irradiated and annealed"}},
		Colours: []string{"pink", "rose gold"}}
	rc55HeatedSapphire = core.Product{SKU: "RC55-6", Name: "Pink Sapphire Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"18k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "pink", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"pink", "rose gold"}}
	rc55UntreatedSapphire = core.Product{SKU: "RC55-7", Name: "Pink Sapphire Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"18k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "pink", Count: 1, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"pink", "rose gold"}}
	rc55Zirconia = core.Product{SKU: "RC55-8", Name: "Naszyjnik Kwiat", Category: "necklace", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "green", Count: 1, Origin: core.OriginSimulant, Treatment: "none"},
			{Type: "cubic zirconia", Colour: "clear", Count: 6, Origin: core.OriginSimulant, Treatment: "none"}},
		Colours: []string{"silver", "green", "clear"}}
	rc55GoldPlated = core.Product{SKU: "RC55-9", Name: "Collana Cuore", Category: "necklace", Collection: "Moments",
		Materials: []string{"gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}},
		Colours: []string{"gold"}}
)

func TestKindsRegclaim55(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// 1. maker-created and the qualifier over a measurement: pass.
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55Ruby, false, [][2]string{
		{"en-US", "This pendant holds a ruby created by Chatham, set in sterling silver."},
		{"en-GB", "This pendant holds a ruby created by Chatham, set in sterling silver."},
		{"en-US", "This pendant holds a lab-created 6 mm round faceted red ruby, set in sterling silver."},
		{"es-ES", "Este colgante lleva un rubí creado por Chatham de 6 mm, engastado en plata de ley."},
		{"es-ES", "Este colgante lleva un rubí de 6 mm creado por Chatham, engastado en plata de ley."},
		{"es-MX", "Este colgante lleva un rubí creado por Chatham de 6 mm, engastado en plata."},
		{"fr-CA", "Ce pendentif porte un rubis créé par Chatham de 6 mm, serti d'argent."},
		{"it-IT", "Questo ciondolo porta un rubino creato da Chatham di 6 mm, in argento."},
		{"pt-PT", "Este pendente tem um rubi criado pela Chatham de 6 mm, em prata."},
		{"pt-BR", "Este pingente tem um rubi criado por Chatham de 6 mm, em prata."},
		{"de-DE", "Dieser Anhänger trägt einen von Chatham erschaffenen Rubin in Sterlingsilber."},
		{"nl-NL", "Deze hanger draagt een robijn gecreëerd door Chatham, in sterling zilver."},
		{"sv-SE", "Hänget bär en rubin skapad av Chatham, i sterlingsilver."},
		{"da-DK", "Vedhænget bærer en rubin skabt af Chatham, i sterlingsølv."},
		{"nb-NO", "Anhenget bærer en rubin skapt av Chatham, i sterlingsølv."},
		{"fi-FI", "Riipuksessa on Chathamin luoma rubiini sterlinghopeassa."},
		{"pl-PL", "Zawieszka ma rubin stworzony przez Chatham, w srebrze."},
		{"cs-CZ", "Přívěsek nese rubín vytvořený firmou Chatham, ve stříbře."},
		{"tr-TR", "Bu küpelerde, 925 ayar gümüşe yerleştirilmiş, laboratuvarda üretilmiş 4 mm'lik iki Chatham yakutu yer alıyor."},
		{"tr-TR", "Bu kolyede Chatham tarafından üretilmiş bir yakut yer alıyor."},
		{"el-GR", "Το μενταγιόν φέρει ένα ρουμπίνι δημιουργημένο από την Chatham, σε ασήμι."},
	}))
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55Sapphire, false, [][2]string{
		{"tr-TR", "Signature koleksiyonundan ince bir bileklik: 925 ayar gümüş zincir üzerinde, laboratuvarda üretilmiş 4 mm'lik beş beyaz safir."},
	}))
	// 2. removal advice naming the water: pass.
	checkKindRows(t, svc, CatClaim, pairRows(rc55Plated, false, [][2]string{
		{"en-US", "Plating is a thin layer, so treat it kindly: put the bracelet on after lotion, take it off for swimming and workouts, and store it dry."},
		{"en-US", "Take it off for swimming and store it dry in its pouch."},
		{"de-DE", "Nehmen Sie ihn zum Schwimmen und zum Sport ab und bewahren Sie ihn trocken auf."},
	}))
	// 3. glass compared with most gems: pass.
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55Glass, false, [][2]string{
		{"es-MX", "Como el vidrio es más blando que la mayoría de las piedras preciosas, guarde el collar por separado."},
		{"es-ES", "Como el vidrio es más blando que la mayoría de las piedras preciosas, guarde el collar por separado."},
		{"ar-AE", "الزجاج أكثر ليونة من معظم الأحجار الكريمة، لذا احفظي القلادة منفصلة."},
	}))
	// 4. a treated stone said untreated with a participle: block.
	checkKindRows(t, svc, CatGrounding, pairRows(rc55Pink, true, [][2]string{
		{"ja-JP", "このダイヤモンドはCVD法で育成されたもの。処理を一切施していない、育成したままのやわらかなピンクが肌になじみます。"},
		{"pl-PL", "Diament wyhodowano metodą CVD. Delikatny róż kamienia, niepoddanego żadnej obróbce, pięknie kontrastuje z białym złotem."},
		{"pl-PL", "Diament wyhodowano metodą CVD. Delikatny róż kamienia niepoddanego obróbce pięknie kontrastuje z białym złotem."},
		{"en-US", "The lab-grown pink diamond, not subjected to any treatment, glows softly."},
		{"it-IT", "Il diamante rosa creato in laboratorio, non sottoposto ad alcun trattamento, brilla dolcemente."},
		{"cs-CZ", "Laboratorně pěstovaný růžový diamant, nepodrobený žádné úpravě, jemně září."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rc55HeatedSapphire, true, [][2]string{
		{"pl-PL", "Szafir, niepoddany żadnej obróbce, ma delikatny róż."},
		{"pl-PL", "Ten szafir jest niepoddawany obróbce."},
	}))
	// 5. counts: block.
	checkKindRows(t, svc, CatGrounding, pairRows(rc55Zirconia, true, [][2]string{
		{"pl-PL", "W jej środku lśni zielona cyrkonia, a wokół niej osiem drobnych, przejrzystych cyrkonii układa się w płatki."},
		{"pl-PL", "Wokół niej osiem małych, przejrzystych cyrkonii układa się w płatki."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rc55Glass, true, [][2]string{
		{"nl-NL", "De ketting draagt 9 geslepen druppels van loodkristalglas aan een ketting van 42 cm."},
		{"nl-NL", "De ketting draagt negen druppels loodkristalglas aan een ketting."},
		{"en-US", "The necklace carries 9 faceted drops of lead crystal glass on a 42 cm chain."},
		{"en-US", "The necklace carries 9 drops of lead crystal on a chain."},
	}))
	// 6. plated gold named with its tone and karat after it: block.
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55GoldPlated, true, [][2]string{
		{"it-IT", "La collana porta un cuore di 12 mm su una catena sottile di 42 cm, in oro giallo 18 carati. Per conservare a lungo la placcatura, la tolga prima della doccia."},
		{"fr-FR", "Le collier porte un cœur sur une chaîne fine, en or jaune 18 carats. Pour préserver le placage, retirez-le avant la douche."},
		{"pt-PT", "O colar tem um coração numa corrente fina, em ouro amarelo 18 quilates. Para conservar o banho, retire-o antes do duche."},
	}))
}

func TestKindsRegclaim55Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// 1. a maker's name without "created", a lower-case or function word
	// after "created by", and France (synthétique only): still block.
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55Ruby, true, [][2]string{
		{"en-US", "This pendant holds a Chatham ruby, set in sterling silver."},
		{"en-US", "This pendant holds a 6-mm Chatham ruby, set in sterling silver."},
		{"en-US", "This pendant holds a ruby created by hand, set in sterling silver."},
		{"en-US", "This pendant holds a ruby created by our designers, set in sterling silver."},
		{"es-ES", "Este colgante lleva un rubí Chatham de 6 mm, engastado en plata de ley."},
		{"es-ES", "Este colgante lleva un rubí creado por nuestra diseñadora, engastado en plata de ley."},
		{"es-ES", "Este colgante lleva un rubí creado por la naturaleza, engastado en plata de ley."},
		{"fr-FR", "Ce pendentif porte un rubis créé par Chatham de 6 mm, serti d'argent."},
		{"fr-FR", "Ce pendentif porte un rubis Chatham de 6 mm, serti d'argent."},
		{"it-IT", "Questo ciondolo porta un rubino Chatham di 6 mm, in argento."},
		{"it-IT", "Questo ciondolo porta un rubino creato da noi in argento."},
		{"pt-BR", "Este pingente tem um rubi Chatham de 6 mm, em prata."},
		{"de-DE", "Dieser Anhänger trägt einen Chatham Rubin in Sterlingsilber."},
		{"de-DE", "Dieser Anhänger trägt einen Rubin, den die Natur erschaffen hat, in Sterlingsilber."},
		{"nl-NL", "Deze hanger draagt een Chatham robijn in sterling zilver."},
		{"sv-SE", "Hänget bär en Chatham rubin i sterlingsilver."},
		{"fi-FI", "Riipuksessa on Chatham rubiini sterlinghopeassa."},
		{"pl-PL", "Zawieszka ma rubin Chatham, w srebrze."},
		{"tr-TR", "Bu kolyede 4 mm'lik iki Chatham yakutu yer alıyor."},
		{"el-GR", "Το μενταγιόν φέρει ένα ρουμπίνι Chatham σε ασήμι."},
	}))
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55Ruby, false, [][2]string{
		{"en-US", "This pendant holds a Chatham-created 6-mm ruby, set in sterling silver."},
		{"en-US", "This pendant holds a lab-created 6 mm ruby and a sapphire, set in sterling silver."},
	}))
	// 2. the piece worn in the water, or its removal denied: still block.
	checkKindRows(t, svc, CatClaim, pairRows(rc55Plated, true, [][2]string{
		{"en-US", "Wear it swimming, it will stay bright."},
		{"en-US", "You can swim in it and shower with it."},
		{"en-US", "No need to take it off for swimming."},
		{"en-US", "Take it swimming and to the gym: it stays bright."},
		{"de-DE", "Sie können damit schwimmen gehen."},
		{"de-DE", "Tragen Sie ihn beim Schwimmen, er bleibt glänzend."},
		{"fr-FR", "Vous pouvez nager avec, il reste brillant."},
		{"es-ES", "Puede nadar con él sin preocuparse."},
		{"it-IT", "Puoi nuotare con il bracciale senza pensieri."},
		{"pt-BR", "Você pode nadar com ela sem preocupação."},
		{"nl-NL", "Je kunt ermee zwemmen zonder zorgen."},
		{"sv-SE", "Du kan simma med det utan oro."},
		{"da-DK", "Du kan svømme med det uden bekymring."},
		{"nb-NO", "Du kan svømme med det uten bekymring."},
		{"fi-FI", "Voit käydä uimassa koru ranteessa."},
		{"pl-PL", "Możesz w niej pływać bez obaw."},
		{"cs-CZ", "Můžete v něm plavat bez obav."},
		{"tr-TR", "Bileklikle rahatça yüzebilirsiniz."},
		{"el-GR", "Μπορείτε να κολυμπήσετε με αυτό χωρίς έγνοια."},
		{"ar-AE", "يمكنك السباحة به دون قلق."},
		{"ja-JP", "着けたまま泳げます。"},
		{"ko-KR", "착용한 채로 수영할 수 있습니다."},
		{"zh-CN", "戴着它游泳也没问题。"},
	}))
	// Removal advice in the other locales passes, as before.
	checkKindRows(t, svc, CatClaim, pairRows(rc55Plated, false, [][2]string{
		{"en-GB", "Take the bracelet off for swimming and the gym, and keep it dry."},
		{"en-AU", "Slip it off for swimming and store it dry."},
		{"de-DE", "Nimm ihn zum Schwimmen ab und bewahre ihn trocken auf."},
		{"fr-FR", "Retirez-le pour nager et faire du sport, et rangez-le au sec."},
		{"es-ES", "Quíteselo para nadar y hacer deporte, y guárdelo seco."},
		{"it-IT", "Toglilo per nuotare e fare sport e conservalo all'asciutto."},
		{"pt-PT", "Tire-a para nadar e fazer desporto e guarde-a seca."},
		{"nl-NL", "Doe hem af om te zwemmen en te sporten en bewaar hem droog."},
		{"sv-SE", "Ta av armbandet när du simmar och tränar och förvara det torrt."},
		{"da-DK", "Tag armbåndet af, når du svømmer og træner, og opbevar det tørt."},
		{"nb-NO", "Ta av armbåndet når du svømmer og trener, og oppbevar det tørt."},
		{"fi-FI", "Ota rannekoru pois uinnin ja treenin ajaksi ja säilytä se kuivana."},
		{"pl-PL", "Zdejmuj bransoletkę do pływania i na trening, przechowuj ją w suchym miejscu."},
		{"cs-CZ", "Před plaváním a cvičením náramek sundejte a uložte ho v suchu."},
		{"tr-TR", "Yüzmeden ve spordan önce bilekliği çıkarın ve kuru saklayın."},
		{"el-GR", "Βγάλτε το βραχιόλι για κολύμπι και γυμναστική και φυλάξτε το στεγνό."},
		{"ar-AE", "انزعي السوار عند السباحة وممارسة الرياضة واحفظيه جافًا."},
		{"ja-JP", "水泳やトレーニングの際はブレスレットを外してください。"},
		{"ko-KR", "수영할 때는 팔찌를 빼 두세요."},
		{"zh-CN", "游泳和运动时请取下手链，并干燥保存。"},
		{"zh-TW", "游泳和運動時請取下手鍊，並乾燥保存。"},
	}))
	// 3. the glass called a gem, or compared with "other" gems: still
	// block; the comparisons and denials of the other locales pass.
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55Glass, true, [][2]string{
		{"es-MX", "Esta gota es una piedra preciosa de gran brillo."},
		{"es-MX", "Es más brillante que otras piedras preciosas."},
		{"nl-NL", "Deze druppel is een edelsteen met veel vuur."},
		{"it-IT", "Questa goccia è una gemma luminosa."},
		{"en-US", "This drop is a precious stone full of fire."},
		{"fr-FR", "Cette goutte est une pierre précieuse."},
		{"de-DE", "Dieser Tropfen ist ein Edelstein voller Feuer."},
		{"pt-BR", "Esta gota é uma pedra preciosa."},
	}))
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55Glass, false, [][2]string{
		{"es-MX", "El cristal de plomo es vidrio, no una gema: el óxido lo hace más denso."},
		{"nl-NL", "Glas is zachter dan de meeste edelstenen, dus bewaar de ketting apart."},
		{"it-IT", "Il vetro è più tenero della maggior parte delle gemme, quindi conservala a parte."},
		{"it-IT", "Il cristallo al piombo è vetro, non una gemma."},
		{"en-US", "Glass is softer than most precious stones, so store it apart."},
		{"fr-FR", "Le verre est plus tendre que la plupart des pierres précieuses, rangez-le à part."},
		{"de-DE", "Glas ist weicher als die meisten Edelsteine, bewahren Sie die Kette getrennt auf."},
		{"pt-PT", "O vidro é mais macio do que a maioria das pedras preciosas, guarde-o à parte."},
		{"sv-SE", "Glas är mjukare än de flesta ädelstenar, så förvara halsbandet separat."},
		{"da-DK", "Glas er blødere end de fleste ædelsten, så opbevar halskæden for sig."},
		{"nb-NO", "Glass er mykere enn de fleste edelsteiner, så oppbevar kjedet for seg."},
		{"fi-FI", "Lasi on pehmeämpää kuin useimmat jalokivet, joten säilytä kaulakoru erikseen."},
		{"pl-PL", "Szkło jest bardziej miękkie niż większość kamieni szlachetnych, więc przechowuj naszyjnik osobno."},
		{"cs-CZ", "Sklo je měkčí než většina drahokamů, proto náhrdelník ukládejte zvlášť."},
		{"tr-TR", "Cam, çoğu değerli taştan daha yumuşaktır; kolyeyi ayrı saklayın."},
		{"el-GR", "Το γυαλί είναι πιο μαλακό από τους περισσότερους πολύτιμους λίθους."},
		{"ja-JP", "ガラスは多くの宝石より柔らかいため、別々に保管してください。"},
		{"zh-CN", "玻璃比大多数宝石软，请分开存放。"},
		{"ko-KR", "유리는 대부분의 보석보다 무르므로 따로 보관하세요."},
	}))
	// 4. the denial on an untreated stone, and a disclosure: pass.
	checkKindRows(t, svc, CatGrounding, pairRows(rc55UntreatedSapphire, false, [][2]string{
		{"pl-PL", "Szafir, niepoddany żadnej obróbce, ma delikatny róż."},
		{"ja-JP", "このサファイアは処理を一切施していない、自然のままのピンクです。"},
		{"it-IT", "Lo zaffiro rosa, non sottoposto ad alcun trattamento, brilla dolcemente."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rc55Pink, false, [][2]string{
		{"pl-PL", "Diament wyhodowano metodą CVD, a jego róż uzyskano przez napromieniowanie i wygrzewanie."},
		{"ja-JP", "このダイヤモンドは照射とアニールの処理で色を整えています。やわらかなピンクが肌になじみます。"},
	}))
	// 5. the right counts pass; the lead of lead crystal is no metal.
	checkKindRows(t, svc, CatGrounding, pairRows(rc55Zirconia, false, [][2]string{
		{"pl-PL", "W jej środku lśni zielona cyrkonia, a wokół niej sześć drobnych, przejrzystych cyrkonii układa się w płatki."},
		{"en-US", "A green cubic zirconia sits at its heart, ringed by six small, clear cubic zirconia stones."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rc55Glass, false, [][2]string{
		{"nl-NL", "De ketting draagt 7 geslepen druppels van loodkristalglas aan een ketting van 42 cm."},
		{"en-US", "The necklace carries 7 faceted drops of lead crystal glass on a 42 cm chain."},
		{"en-US", "The necklace holds seven drops of lead crystal. Lead oxide added to the glass makes it denser and more brilliant, so every facet sparkles."},
		{"en-GB", "Seven lead crystal drops hang from the chain; the lead in the glass gives them their fire."},
	}))
	// 6. true disclosures of the plating pass.
	checkKindRows(t, svc, CatRegulatory, pairRows(rc55GoldPlated, false, [][2]string{
		{"it-IT", "La collana porta un cuore su una catena in argento sterling placcato oro giallo 18 carati. Per conservare la placcatura, la tolga prima della doccia."},
		{"it-IT", "La collana porta un cuore in argento sterling con placcatura in oro giallo 18 carati."},
		{"fr-FR", "Le collier porte un cœur en argent plaqué or jaune 18 carats. Pour préserver le placage, retirez-le avant la douche."},
		{"es-ES", "El collar lleva un corazón en plata de ley bañada en oro amarillo de 18 quilates."},
		{"pt-BR", "O colar tem um coração em prata banhada a ouro amarelo 18 quilates."},
		{"en-GB", "The necklace carries a heart in sterling silver plated with 18ct yellow gold."},
		{"de-DE", "Die Kette trägt ein Herz aus Sterlingsilber, vergoldet mit 18 Karat Gelbgold."},
	}))
}
