package checks

import (
	"testing"
)

// TestKindsAdv47B (#13, adv47b): the adversary of close47's new variety
// blocks and of claims47's and qualifier47's relaxations and blocks.
// (1) close47: correct native copy of pt-PT, pt-BR, nb-NO, da-DK, de-DE,
// fr-FR, fr-CA, es-ES, es-MX, zh-CN and zh-TW written with the ordinary
// words and constructions the new markers might catch (a "se" that is the
// conjunction "whether" after a verb of checking, "ficar a par", words
// both varieties write, Bokmål words that share a Danish letter string,
// brand and designer names) must pass; a paragraph truly in the
// neighbouring variety must block. (2) claims47: a comparative joined to
// an absolute ("more durable than any other metal, it never scratches"),
// a forever phrase after a comparison, a comparison against nothing real
// ("than ever"), a real claim before ", so" and a fronted predicate not
// denied still block; comparisons with a standard pass. (3) qualifier47:
// the verb of undergoing said of the piece's metal or of stones in
// general, beside a treated stone, passes; said of the treated stone, it
// blocks.
func TestKindsAdv47B(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := close47Ring
	// (1) close47 clean twins: native copy that must pass
	checkKindRows(t, svc, "locale", []kindRow{
		// pt-PT: "se" = whether after a verb of checking (not proclisis)
		{"pt-PT", "O anel Axis da coleção Timeless tem 7 mm de largura e é feito em prata de lei polida à mão. Antes de encomendar, verifique se encaixa bem no dedo e confirme se ajusta ao tamanho que usa habitualmente; se tiver dúvidas, a nossa equipa ajuda-o a escolher. O acabamento espelhado conserva o brilho com uma limpeza suave e combina com outros anéis da coleção, sozinho ou em conjunto.", p, false},
		{"pt-PT", "O anel Axis tem 7 mm de largura e é feito em prata de lei. Experimente-o com outros anéis e observe se destaca o tom da sua pele, e depois decida se mantém o visual minimalista ou se prefere algo mais arrojado. Limpe-o com um pano macio e guarde-o na bolsa de algodão que o acompanha, longe da humidade.", p, false},
		{"pt-PT", "O anel Axis tem 7 mm de largura e é feito em prata de lei, com um acabamento polido que reflete a luz. Se tiver dúvidas, pode perguntar se ajusta ao tamanho que usa, e teremos todo o gosto em ver consigo se encaixa antes de o gravar. A prata de lei pode escurecer com o tempo; basta um pano de polir para lhe devolver o brilho original.", p, false},
		// pt-PT: "se" = if after a clause whose verb took its pronoun after it, or after "connosco"
		{"pt-PT", "O anel Axis tem 7 mm de largura e é feito em prata de lei polida à mão. Troque-o por outro tamanho se parece apertado, e fale connosco se mantém dúvidas sobre a medida. Limpe-o com um pano macio e guarde-o na bolsa de algodão que o acompanha, longe da humidade e dos perfumes.", p, false},
		// pt-PT: careful European prose with "em uma" alone, its own possessives, "deve-se"
		{"pt-PT", "O anel Axis tem 7 mm de largura e é feito em prata de lei. O seu brilho deve-se ao polimento manual, e a sua forma adapta-se ao dedo com o uso. Chega embalado em uma caixa de cartão reciclado, pronta para oferecer. Para o limpar, use um pano macio e guarde-o longe de perfumes e cremes.", p, false},
		// pt-BR: "fique a par", "miúdo" (small) and "castanho" (hair) are Brazilian too
		{"pt-BR", "O anel Axis tem 7 mm de largura e é feito em prata 925, com detalhes miúdos gravados à mão. Fica lindo com cabelo castanho e pele dourada, e combina com outros anéis da coleção Timeless. Cadastre-se na nossa newsletter e fique a par dos lançamentos. Para limpar, use um pano macio e guarde a peça em um saquinho de tecido.", p, false},
		{"pt-BR", "O anel Axis tem 7 mm de largura e é feito em prata 925. Você pode usá-lo sozinho ou com outros anéis, e ele se adapta ao seu estilo. Confira se a medida está certa antes de comprar: a escolha do tamanho fica a seu critério, mas nossa equipe pode ajudar. O acabamento polido mantém o brilho com uma flanela.", p, false},
		// nb-NO: Bokmål words near the Danish list, a Danish designer quoted by name
		{"nb-NO", "Axis-ringen er 7 mm bred og laget av sterlingsølv. Den tåler ikke kjemikalier, så ta den av før du pusser sølvtøy eller bruker rengjøringsmidler. Sjekk gjerne ringstørrelsen før du velger, og endre den kanskje hos en gullsmed senere. Dessuten kan du pusse den blank med en myk klut uten å bruke sterke midler. Den passer til både kvinner og menn.", p, false},
		{"nb-NO", "Axis-ringen er 7 mm bred og laget av sterlingsølv. Den danske designeren Mette Ærø tegnet den etter formene i gamle edelsmykker, og den kjemiske sammensetningen i sølvet gjør den slitesterk i hverdagen. Ringen kan endres i størrelse, men vi anbefaler å velge riktig fra start. Oppbevar den tørt, gjerne i en pose.", p, false},
		// da-DK: its own Danish words
		{"da-DK", "Axis-ringen er 7 mm bred og lavet af sterlingsølv. Den tåler ikke kemikalier, så tag den af, før du pudser sølvtøj, og tjek gerne din ringstørrelse, før du vælger. Ringen kan ændres hos en guldsmed, men vælg helst rigtigt fra starten. Opbevar den tørt, måske i en lille pose uden fugt.", p, false},
		// de-DE: "ß" where Germany writes it, "ss" where it writes "ss", a designer named Weiss
		{"de-DE", "Der Ring Axis ist 7 mm breit und aus Sterlingsilber gegossen. Die Designerin Anna Weiss hat ihn mit einem massiven Verschluss und weißen Emaille-Details gestaltet; die Maße passen zu fast jeder Hand. Außerdem lässt er sich in der Größe anpassen. Reinigen Sie ihn regelmäßig mit einem weichen Tuch und bewahren Sie ihn trocken auf.", p, false},
		// fr-FR and fr-CA: their own words
		{"fr-FR", "La bague Axis mesure 7 mm de large et est en argent massif. Elle se porte aussi bien le week-end qu'au bureau, avec un pull ou une chemise. Pour l'entretenir, un chiffon doux suffit ; évitez le contact avec les parfums et les crèmes. Livrée dans un écrin, elle fait un joli cadeau pour un anniversaire.", p, false},
		{"fr-CA", "La bague Axis mesure 7 mm de large et est en argent sterling. Elle se porte aussi bien la fin de semaine qu'au bureau, avec un chandail ou une chemise. Pour l'entretenir, un linge doux suffit; évitez le contact avec les parfums et les crèmes. Abonnez-vous à notre infolettre pour magasiner nos nouveautés en primeur.", p, false},
		// es-ES and es-MX
		{"es-ES", "El anillo Axis mide 7 mm de ancho y es de plata de ley. Queda bien con pendientes de aro y con un jersey de punto fino, y puedes cogerlo para diario sin miedo. Para limpiarlo, usa un paño suave y guárdalo en su bolsita, lejos de la humedad. Llega en una caja lista para regalar.", p, false},
		{"es-MX", "El anillo Axis mide 7 mm de ancho y es de plata esterlina. Combina con aretes de aro y con un suéter ligero, y puedes usarlo a diario. Para limpiarlo, usa un paño suave y guárdalo en su bolsita, lejos de la humedad. Llega en una caja lista para regalar; checa tu talla antes de comprar.", p, false},
		// zh-CN: 镭射 (iridescent film) and 资讯 are mainland words too
		{"zh-CN", "Axis 戒指宽 7 毫米，采用 925 纯银打造，表面抛光，内圈可激光刻字。包装盒采用镭射膜设计，送礼更显心意。日常佩戴请避免接触香水和化学品，清洁时用软布轻轻擦拭即可。关注我们的品牌资讯，第一时间了解 Timeless 系列新品。", p, false},
		// zh-TW: 顏值 and 性價比 are Taiwan's too
		{"zh-TW", "Axis 戒指寬 7 公釐，採用 925 純銀打造，表面拋光，內圈可雷射刻字。高顏值的簡約設計，性價比也很高，單戴或疊戴都好看。日常配戴請避免接觸香水與化學品，清潔時以軟布輕輕擦拭即可。訂閱電子報，掌握 Timeless 系列最新資訊。", p, false},
	})
	// (1) close47 bad twins: a paragraph truly in the neighbouring variety
	checkKindRows(t, svc, "locale", []kindRow{
		{"pt-PT", "O anel Axis tem 7 mm de largura e é feito em prata 925. Seu acabamento polido se destaca em qualquer ocasião, e ele se adapta ao dedo com o uso. Confira sua medida antes de comprar e guarde a peça em um saquinho de tecido.", p, true},
		{"pt-PT", "O anel Axis tem 7 mm de largura e é feito em prata 925. Guarde-o na caixinha e o brilho se mantém por muito mais tempo; o tom se deve ao polimento, e confira sua medida antes de comprar.", p, true},
		{"pt-PT", "O anel Axis tem 7 mm de largura e é feito em prata 925. Seu brilho se mantém por muito tempo, e você pode usá-lo em uma festa ou no dia a dia.", p, true},
		{"pt-BR", "O anel Axis tem 7 mm de largura e é feito em prata de lei. Quando o usas, fica a brilhar o dia todo; se gostas de um visual discreto, combina com a tua camisola preferida e com ténis.", p, true},
		{"nb-NO", "Axis-ringen er 7 mm bred og lavet af sterlingsølv. Den tåler ikke kemikalier, så tag den af, før du pudser sølvtøj, og tjek gerne din ringstørrelse, før du vælger.", p, true},
		{"da-DK", "Axis-ringen er 7 mm bred og laget av sterlingsølv. Den tåler ikke kjemikalier, så ta den av før du pusser sølvtøy, og sjekk gjerne ringstørrelsen før du velger.", p, true},
		{"de-DE", "Der Ring Axis ist 7 mm breit und aus Sterlingsilber. Ausserdem lässt er sich in der Grösse anpassen, und er passt schliesslich zu jedem Look, ob zu Jupe oder Gilet.", p, true},
		{"es-ES", "El anillo Axis mide 7 mm de ancho y es de plata esterlina. Checa tu talla antes de comprar, güey, y combínalo con tus aretes favoritos.", p, true},
		{"zh-TW", "Axis 戒指寬 7 毫米，採用 925 純銀。高質量的拋光工藝，內圈可激光刻字，性價比超高，更多信息請關注官方網絡。", p, true},
	})

	ag, ce, kz, g9 := claims47Argentium, claims47Ceramic, claims47Kunzite, claims47Gold9
	// (2) claims47 bad twins: must still block
	checkKindRows(t, svc, "claim", []kindRow{
		// a comparative joined to an absolute promise
		{"en-GB", "Ceramic is more durable than any other material, and it never scratches.", ce, true},
		{"en-US", "Argentium tarnishes less than sterling silver and will last forever.", ag, true},
		{"de-DE", "Argentium läuft weniger an als Sterlingsilber und behält für immer seinen Glanz.", ag, true},
		{"fr-FR", "L'argent Argentium ternit moins que l'argent sterling et ne ternira jamais.", ag, true},
		{"es-ES", "La plata Argentium se oscurece menos que la plata de ley y nunca perderá su brillo.", ag, true},
		{"it-IT", "L'argento Argentium si ossida meno dell'argento sterling e non perderà mai la sua lucentezza.", ag, true},
		{"nl-NL", "Argentium-zilver verkleurt minder dan sterling zilver en zal nooit dof worden.", ag, true},
		// a comparison with nothing real: "than ever", "than before"
		{"en-GB", "Argentium is now more tarnish-resistant than ever.", ag, true},
		{"fr-FR", "L'argent Argentium résiste mieux au ternissement que jamais.", ag, true},
		// a superlative said as a comparative
		{"en-AU", "Argentium is more tarnish-resistant than any other silver.", ag, true},
		{"en-US", "Argentium tarnishes more slowly than any other metal.", ag, true},
		{"fr-CA", "L'Argentium résiste mieux au ternissement que tout autre argent.", ag, true},
		{"zh-CN", "Argentium银比任何其他银都更不易氧化变色。", ag, true},
		// a claim sitting before ", so"
		{"en-GB", "Kunzite heals anxiety, so wear the earrings every day.", kz, true},
		{"en-US", "Kunzite protects the wearer from negative energy, so keep the earrings close.", kz, true},
		{"de-DE", "Kunzit heilt Angstzustände, also tragen Sie die Ohrringe jeden Tag.", kz, true},
		{"fr-FR", "La kunzite guérit l'anxiété, donc portez les boucles chaque jour.", kz, true},
		{"zh-CN", "紫锂辉石能治愈焦虑，所以请每天佩戴这对耳环。", kz, true},
		// a fronted predicate not denied
		{"nl-NL", "Onbreekbaar is keramiek niet alleen: de ring is ook krasvrij.", ce, true},
		{"de-DE", "Unzerbrechlich ist die Keramik, und kratzfest ist sie auch.", ce, true},
	})
	// (2) claims47 clean twins: comparisons with a standard pass
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "Nine-carat gold is less soft than 18k gold, so it resists everyday scratches a little better than finer golds.", g9, false},
		{"de-DE", "Argentium läuft deutlich langsamer an als herkömmliches Sterlingsilber, daher genügt ein weiches Tuch.", ag, false},
	})

	ru := qualifier47Ruby
	// (3) qualifier47: undergoing said of the metal or of stones in general passes
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Very few rubies on the market have not undergone any treatment, and this one is no exception: it is glass-filled.", ru, false},
		{"en-US", "The 14k gold band has not undergone any treatment; the ruby is glass-filled to improve its clarity.", ru, false},
		{"it-IT", "Pochissimi rubini sul mercato non hanno subito alcun trattamento, e questo non fa eccezione: è riempito di vetro.", ru, false},
		{"de-DE", "Nur wenige Rubine im Handel wurden keiner Behandlung unterzogen; dieser ist mit Bleiglas gefüllt.", ru, false},
		{"pt-PT", "Poucos rubis no mercado não sofreram qualquer tratamento; este foi preenchido com vidro.", ru, false},
		{"sv-SE", "Få rubiner på marknaden har inte genomgått någon behandling; den här är glasfylld.", ru, false},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-AU", "Few rubies are untreated, and this one is no exception: it is glass-filled.", ru, false},
		{"de-DE", "Die meisten Rubine im Handel sind behandelt; nur wenige Rubine sind unbehandelt. Auch dieser ist mit Bleiglas gefüllt.", ru, false},
		{"fr-FR", "Très peu de rubis sur le marché sont non traités ; celui-ci est rempli de verre au plomb.", ru, false},
		{"es-ES", "Muy pocos rubíes del mercado no han recibido ningún tratamiento; este está relleno de vidrio.", ru, false},
		{"nl-NL", "Maar weinig robijnen op de markt zijn onbehandeld; deze is gevuld met loodglas.", ru, false},
		{"da-DK", "Meget få rubiner på markedet har ikke gennemgået nogen behandling; denne er fyldt med glas.", ru, false},
		{"nb-NO", "Svært få rubiner på markedet har ikke gjennomgått noen behandling; denne er fylt med glass.", ru, false},
		{"pl-PL", "Niewiele rubinów na rynku nie zostało poddanych żadnej obróbce; ten jest wypełniony szkłem.", ru, false},
		{"fi-FI", "Harvat rubiinit markkinoilla ovat käsittelemättömiä; tämä on täytetty lasilla.", ru, false},
		{"cs-CZ", "Jen málo rubínů na trhu je neošetřených; tento je vyplněn sklem.", ru, false},
		{"el-GR", "Ελάχιστα ρουμπίνια στην αγορά δεν έχουν υποστεί καμία επεξεργασία· αυτό είναι γεμισμένο με γυαλί.", ru, false},
		{"tr-TR", "Piyasadaki çok az yakut işlem görmemiştir; bu yakut camla doldurulmuştur.", ru, false},
		{"pt-BR", "Poucos rubis no mercado não passaram por nenhum tratamento; este foi preenchido com vidro.", ru, false},
	})
	// (3) said of the treated ruby, it blocks
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The ruby in this ring has not undergone any treatment.", ru, true},
		{"en-US", "Unlike most rubies, this ruby has not undergone any treatment.", ru, true},
		{"de-DE", "Anders als die meisten Rubine wurde dieser Rubin keiner Behandlung unterzogen.", ru, true},
		{"en-AU", "Like many rubies, this one has not undergone any treatment.", ru, true},
		{"en-GB", "Few rubies are this clear, and this ruby has not undergone any treatment.", ru, true},
		{"it-IT", "Come molti rubini, questo non ha subito alcun trattamento.", ru, true},
		{"sv-SE", "Rubinen har inte genomgått någon behandling, vilket få rubiner på marknaden kan visa.", ru, true},
		{"en-US", "Our rubies have not undergone any treatment.", ru, true},
		{"en-GB", "All our rubies are untreated.", ru, true},
		{"fi-FI", "Rubiini on käsittelemätön.", ru, true},
		{"cs-CZ", "Rubín je neošetřený.", ru, true},
		{"el-GR", "Το ρουμπίνι δεν έχει υποστεί καμία επεξεργασία.", ru, true},
		{"tr-TR", "Yakut işlem görmemiştir.", ru, true},
		{"pt-BR", "O rubi não passou por nenhum tratamento.", ru, true},
	})
}
