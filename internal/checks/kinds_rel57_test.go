package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the rel57 rows.
var (
	rel57Earrings = core.Product{SKU: "RL57E", Name: "Clear Studs", Category: "earrings", Collection: "Lumière",
		Materials: []string{"10k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "10k"}},
		Stones: []core.Stone{{Type: "danburite", Colour: "colourless", Count: 2, Origin: "natural"}}, Colours: []string{"gold"}}
	rel57Pendant = core.Product{SKU: "RL57P", Name: "Danburite Pendant", Category: "necklace", Collection: "Signature",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "danburite", Colour: "colourless", Count: 1, Origin: "natural"}}, Colours: []string{"silver"}}
	rel57TwoKinds = core.Product{SKU: "RL57K", Name: "Constellation Ring", Category: "ring", Collection: "Lumière",
		Materials: []string{"10k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "10k"}},
		Stones:  []core.Stone{{Type: "scapolite", Colour: "purple", Count: 1, Origin: "natural"}, {Type: "danburite", Colour: "colourless", Count: 4, Origin: "natural"}},
		Colours: []string{"purple", "gold"}}
	rel57Pearls = core.Product{SKU: "RL57D", Name: "Mist Drops", Category: "earrings", Collection: "Essence",
		Materials: []string{"24k gold-plated bronze"}, Metals: []core.Metal{{Base: "bronze", Plating: "gold", Fineness: "24k"}},
		Stones: []core.Stone{{Type: "cultured freshwater pearl", Colour: "grey", Count: 2, Origin: "natural"}}, Colours: []string{"grey", "gold"}}
	rel57Sapphire = core.Product{SKU: "RL57S", Name: "Umba Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "orange-pink", Count: 1, Origin: "natural"}}, Colours: []string{"orange", "pink", "gold"},
		Features: []string{"unheated sapphire"}}
	rel57Quartz = core.Product{SKU: "RL57Q", Name: "Craquelé Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "quartz", Colour: "pink", Count: 1, Origin: "natural"}}, Colours: []string{"pink", "silver"}}
)

func TestKindsRel57(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// 1. A metal's colour or warmth against the skin: no skin-safety claim.
	checkKindRows(t, svc, CatClaim, pairRows(rel57Earrings, false, [][2]string{
		{"ar-AE", "يلتقط الحجر الضوء مع كل حركة، بينما يضفي الذهب دفئًا لطيفًا على البشرة."},
		{"ar-AE", "يمنح الذهب الأصفر توهجًا لطيفًا على البشرة."},
		{"ar-AE", "يضفي الذهب لونًا دافئًا لطيفًا على البشرة."},
		{"en-GB", "The yellow gold sits warm against the skin."},
		{"en-US", "The gold gives a gentle warmth against the skin."},
		{"en-GB", "The gold casts a soft glow on the skin."},
		{"fr-FR", "L'or jaune réchauffe le teint."},
		{"fr-FR", "L'or apporte une douce chaleur sur la peau."},
		{"de-DE", "Das Gelbgold wirkt warm auf der Haut."},
		{"de-DE", "Das Gold verleiht der Haut einen sanften, warmen Schimmer."},
		{"es-ES", "El oro aporta una calidez suave sobre la piel."},
		{"es-MX", "El oro da un brillo suave a la piel."},
		{"it-IT", "L'oro dona un calore delicato alla pelle."},
		{"it-IT", "L'oro regala un riflesso caldo e delicato sulla pelle."},
		{"pt-PT", "O ouro dá um brilho suave à pele."},
		{"pt-BR", "O ouro traz um calor suave para a pele."},
		{"nl-NL", "Het goud geeft een zachte gloed op de huid."},
		{"sv-SE", "Guldet ger en mjuk, varm glöd mot huden."},
		{"da-DK", "Guldet giver en blød, varm glød mod huden."},
		{"nb-NO", "Gullet gir en myk, varm glød mot huden."},
		{"fi-FI", "Kulta luo iholle pehmeän, lämpimän hehkun."},
		{"pl-PL", "Złoto nadaje skórze delikatny, ciepły blask."},
		{"cs-CZ", "Zlato dodává pleti jemný, teplý lesk."},
		{"tr-TR", "Altın cilde yumuşak, sıcak bir ışıltı katar."},
		{"el-GR", "Ο χρυσός δίνει μια απαλή, ζεστή λάμψη στο δέρμα."},
		{"ja-JP", "ゴールドが肌にやさしい温かみを添えます。"},
		{"ko-KR", "골드가 피부에 부드러운 따스함을 더합니다."},
		{"zh-CN", "金色为肌肤增添柔和的暖意。"},
		{"zh-TW", "金色為肌膚增添柔和的暖意。"},
	}))
	// 2. A superlative of the material's sources, the verb before it.
	checkKindRows(t, svc, CatClaim, pairRows(rel57Pendant, false, [][2]string{
		{"sv-SE", "Stenen har fått sitt namn efter Danbury i Connecticut; i dag kommer de finaste stenarna från Mexiko."},
		{"sv-SE", "I dag hittas de finaste exemplaren i Mexiko."},
		{"da-DK", "I dag kommer de fineste sten fra Mexico."},
		{"nb-NO", "I dag kommer de fineste steinene fra Mexico."},
		{"de-DE", "Heute kommen die feinsten Steine aus Mexiko."},
		{"nl-NL", "Tegenwoordig komen de mooiste stenen uit Mexico."},
		{"nl-NL", "Tegenwoordig komen de beste stenen uit Mexico."},
		{"en-GB", "Today the finest stones come from Mexico."},
		{"fr-FR", "Aujourd'hui, les plus belles pierres viennent du Mexique."},
		{"es-ES", "Hoy, los mejores ejemplares proceden de México."},
		{"it-IT", "Oggi i migliori esemplari provengono dal Messico."},
		{"pt-BR", "Hoje os melhores exemplares vêm do México."},
		{"fi-FI", "Nykyään parhaat kivet tulevat Meksikosta."},
	}))
	// 3. Two kinds of stone after a verb of combining.
	checkKindRows(t, svc, CatGrounding, pairRows(rel57TwoKinds, false, [][2]string{
		{"pl-PL", "Pierścionek Konstelacja z kolekcji Lumière łączy dwa rzadko spotykane kamienie w delikatnym projekcie."},
		{"sv-SE", "Ringen Konstellation från Lumière-kollektionen förenar två ovanliga stenar i en skir design."},
		{"en-GB", "The ring combines two rare stones in a delicate design."},
		{"en-US", "The ring pairs two unusual stones."},
		{"de-DE", "Der Ring vereint zwei seltene Steine."},
		{"fr-FR", "La bague associe deux pierres rares."},
		{"es-ES", "El anillo combina dos piedras poco comunes."},
		{"it-IT", "L'anello unisce due pietre rare."},
		{"nl-NL", "De ring combineert twee zeldzame stenen."},
		{"da-DK", "Ringen forener to sjældne sten."},
		{"nb-NO", "Ringen forener to sjeldne steiner."},
		{"fi-FI", "Sormus yhdistää kaksi harvinaista kiveä."},
		{"cs-CZ", "Prsten spojuje dva vzácné kameny."},
		{"pt-PT", "O anel combina duas pedras raras."},
		{"tr-TR", "Yüzük iki nadir taşı bir araya getiriyor."},
		{"el-GR", "Το δαχτυλίδι συνδυάζει δύο σπάνιες πέτρες."},
		{"ar-AE", "يجمع الخاتم بين حجرين نادرين في تصميم رقيق."},
		{"zh-CN", "这枚戒指结合了两颗罕见的宝石。"},
		{"es-MX", "El anillo reúne dos piedras poco comunes."},
		{"fr-CA", "La bague réunit deux pierres rares."},
	}))
	// 4. A count split one on each side.
	checkKindRows(t, svc, CatGrounding, pairRows(rel57Pearls, false, [][2]string{
		{"ko-KR", "브론즈 바에 회색 담수 양식 진주 두 알을 한쪽에 하나씩 매달았습니다."},
		{"en-GB", "Two grey pearls hang from the bars, one on each side."},
		{"fr-FR", "Deux perles grises, une de chaque côté."},
		{"de-DE", "Zwei graue Perlen, eine auf jeder Seite."},
	}))
	// 5. Another stone compared inside a general statement.
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"nb-NO", "De fleste safirer, i likhet med rubiner, varmebehandles for å forsterke fargen, men ikke denne.", rel57Sapphire, false},
		{"en-GB", "Most sapphires, like rubies, are heated to deepen their colour, but not this one.", rel57Sapphire, false},
		{"de-DE", "Die meisten Saphire werden, ähnlich wie Rubine, erhitzt, um die Farbe zu vertiefen, dieser aber nicht.", rel57Sapphire, false},
		{"sv-SE", "Denna sten skiftar från orange till rosa. De flesta safirer värmebehandlas, i likhet med rubiner, men inte den här.", rel57Sapphire, false},
		{"da-DK", "Denne sten skifter fra orange til rosa. De fleste safirer varmebehandles, i lighed med rubiner, men ikke denne.", rel57Sapphire, false},
		{"es-ES", "Esta piedra pasa del naranja al rosa. Casi todos los zafiros se calientan, al igual que los rubíes, pero este no.", rel57Sapphire, false},
		{"fr-FR", "Cette pierre passe de l'orange au rose. Presque tous les saphirs sont chauffés, à l'instar des rubis, mais pas celui-ci.", rel57Sapphire, false},
		{"it-IT", "Questa pietra passa dall'arancio al rosa. Quasi tutti gli zaffiri sono riscaldati, al pari dei rubini, ma non questo.", rel57Sapphire, false},
		{"pt-BR", "Esta pedra passa do laranja ao rosa. Quase todas as safiras são aquecidas, à semelhança dos rubis, mas esta não.", rel57Sapphire, false},
		{"en-GB", "This stone shifts from orange to pink. As with rubies, nearly all sapphires are heated, but not this one.", rel57Sapphire, false},
		{"nb-NO", "I Umba Safir Ring fra kolleksjonen Signature sitter en safir på 0,85 karat fra Umba-dalen i Tanzania, en forekomst kjent for varme, uvanlige farger. Denne steinen går fra oransje til rosa, alt etter lyset. De fleste safirer, i likhet med rubiner, varmebehandles for å forsterke fargen, men ikke denne: Den er naturlig og ubehandlet, bare slipt og polert.", rel57Sapphire, false},
	})
	// 6. An assistant's offer to revise the text, in the first person.
	checkKindRows(t, svc, CatInjection, pairRows(rel57Quartz, true, [][2]string{
		{"de-DE", "Ein Ring für jeden Tag. Gerne passe ich den Text noch an, falls Sie eine kürzere Fassung wünschen."},
		{"de-DE", "Ein Ring für jeden Tag. Ich passe den Text gern an, wenn Sie eine kürzere Fassung möchten."},
		{"en-GB", "A ring for every day. I'm happy to adjust the text if you'd like a shorter version."},
		{"fr-FR", "Une bague pour tous les jours. J'adapte volontiers le texte si vous souhaitez une version plus courte."},
		{"es-ES", "Un anillo para cada día. Con gusto adapto el texto si prefiere una versión más corta."},
		{"it-IT", "Un anello per ogni giorno. Adatto volentieri il testo se desidera una versione più breve."},
		{"nl-NL", "Een ring voor elke dag. Ik pas de tekst graag aan als u een kortere versie wilt."},
		{"sv-SE", "En ring för varje dag. Jag anpassar gärna texten om du vill ha en kortare version."},
		{"da-DK", "En ring til hver dag. Jeg tilpasser gerne teksten, hvis du ønsker en kortere version."},
		{"nb-NO", "En ring for hver dag. Jeg tilpasser gjerne teksten hvis du ønsker en kortere versjon."},
		{"fi-FI", "Sormus joka päivälle. Muokkaan tekstiä mielelläni, jos haluat lyhyemmän version."},
		{"pl-PL", "Pierścionek na co dzień. Chętnie dostosuję tekst, jeśli chcesz krótszą wersję."},
		{"cs-CZ", "Prsten na každý den. Rád text upravím, pokud chcete kratší verzi."},
		{"pt-PT", "Um anel para todos os dias. Com todo o gosto adapto o texto se preferir uma versão mais curta."},
		{"pt-BR", "Um anel para todos os dias. Fico feliz em ajustar o texto se preferir uma versão mais curta."},
		{"tr-TR", "Her gün için bir yüzük. Daha kısa bir versiyon isterseniz metni memnuniyetle düzenlerim."},
		{"el-GR", "Ένα δαχτυλίδι για κάθε μέρα. Ευχαρίστως προσαρμόζω το κείμενο αν θέλετε μια πιο σύντομη εκδοχή."},
		{"ar-AE", "خاتم لكل يوم. يسعدني تعديل النص إذا كنت تفضل نسخة أقصر."},
		{"ja-JP", "毎日使える指輪です。もっと短いバージョンがご希望でしたら、喜んで文章を調整いたします。"},
		{"ko-KR", "매일 끼기 좋은 반지입니다. 더 짧은 버전을 원하시면 기꺼이 문구를 수정해 드리겠습니다."},
		{"zh-CN", "一枚适合日常佩戴的戒指。如果您希望更简短的版本，我很乐意调整文案。"},
	}))
}

func TestKindsRel57Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatClaim, pairRows(rel57Earrings, true, [][2]string{
		{"ar-AE", "الذهب لطيف على البشرة الحساسة."},
		{"ar-AE", "يضفي الذهب دفئًا، وهو لطيف على البشرة."},
		{"en-GB", "The gold is gentle on the skin."},
		{"fr-FR", "L'or est doux pour la peau."},
		{"it-IT", "L'oro dona calore, ed è delicato sulla pelle."},
		{"pt-BR", "O ouro é suave para a pele."},
		{"ja-JP", "肌にやさしい素材です。"},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(rel57Pendant, true, [][2]string{
		{"sv-SE", "I dag kommer de finaste stenarna från vår egen verkstad."},
		{"sv-SE", "Här kommer de finaste smyckena."},
		{"de-DE", "Heute kommen die feinsten Ringe aus unserer Werkstatt."},
		{"sv-SE", "Det här är de finaste stenarna vi har."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel57TwoKinds, true, [][2]string{
		{"en-GB", "The ring combines three rare stones."},
		{"en-GB", "The ring holds two rare stones."},
		{"pl-PL", "Pierścionek ma dwa rzadkie kamienie."},
		{"sv-SE", "Ringen förenar tre ovanliga stenar."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(rel57Pearls, true, [][2]string{
		{"ko-KR", "브론즈 바에 회색 담수 양식 진주 두 알을 한쪽에 매달았습니다."},
		{"ko-KR", "브론즈 바에 회색 담수 양식 진주 세 알을 한쪽에 하나씩 매달았습니다."},
		{"en-GB", "Three grey pearls hang from the bars, one on each side."},
	}))
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"nb-NO", "Ringen har en safir og to rubiner.", rel57Sapphire, true},
		{"sv-SE", "Ringen har en safir och två rubiner.", rel57Sapphire, true},
		{"es-ES", "El anillo lleva un zafiro y, al igual que su pareja, dos rubíes.", rel57Sapphire, true},
	})
	checkKindRows(t, svc, CatInjection, pairRows(rel57Quartz, false, [][2]string{
		{"de-DE", "Gerne passen wir die Ringgröße in unserer Werkstatt an."},
		{"de-DE", "Gerne kürzen wir die Kette für Sie."},
	}))
}
