package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsContrast46 (#13, contrast46), after probe 46C/46D
// and released 46A.
var (
	contrast46Titanium = core.Product{SKU: "C46T", Name: "Signature Black Band", Category: "ring", Collection: "Signature", Materials: []string{"titanium"},
		Metals: []core.Metal{{Base: "titanium", Plating: "black PVD"}}, Colours: []string{"black"}, Features: []string{"lightweight"},
		Measurements: []core.Measurement{{Name: "width", Value: 6, Unit: "mm"}}}
	contrast46Carbide = core.Product{SKU: "C46W", Name: "Timeless Band", Category: "ring", Collection: "Timeless", Materials: []string{"tungsten carbide"},
		Metals: []core.Metal{{Base: "tungsten carbide"}}, Colours: []string{"grey"}, Measurements: []core.Measurement{{Name: "width", Value: 8, Unit: "mm"}}}
	contrast46Palladium = core.Product{SKU: "C46P", Name: "Essence Wedding Band", Category: "ring", Collection: "Essence", Materials: []string{"palladium 500"},
		Metals: []core.Metal{{Base: "palladium", Fineness: "500"}}, Colours: []string{"white"}, Measurements: []core.Measurement{{Name: "band width", Value: 4, Unit: "mm"}}}
	contrast46Palladium950 = core.Product{SKU: "C46Q", Name: "Timeless Band", Category: "ring", Collection: "Timeless", Materials: []string{"palladium 950"},
		Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"white"}, Measurements: []core.Measurement{{Name: "band width", Value: 4, Unit: "mm"}}}
	contrast46Diffused = core.Product{SKU: "C46S", Name: "Timeless Sapphire Band", Category: "ring", Collection: "Timeless", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "diffused"},
			{Type: "diamond", Colour: "white", Count: 6, Origin: core.OriginNatural}},
		Colours: []string{"blue", "white"}, Measurements: []core.Measurement{{Name: "band width", Value: 2.5, Unit: "mm"}}}
)

// contrast46Untreated is p with its stones' treatments cleared: the
// control of a diffusion row.
func contrast46Untreated(p core.Product) core.Product {
	q := p
	q.Stones = append([]core.Stone(nil), p.Stones...)
	for i := range q.Stones {
		q.Stones[i].Treatment = ""
	}
	return q
}

// TestKindsContrast46 (#13, contrast46): copy that explains the piece's
// material by comparison names another material, which is not the
// piece's. (1) The standard of a comparison with the piece's metal where
// the sentence leaves the subject out or names a plating the piece does
// not need before it (grounding equative.go ownMetalBefore: "Es un metal
// blanco …, y pesa menos que una alianza de platino", "η βέρα δεν
// χρειάζεται επιμετάλλωση ροδίου όπως ο λευκός χρυσός"), a proportion of a
// measure ("almost half the weight of steel", "metade do peso do aço":
// equative_before/equative_degree), same-family and likeness words (el
// "ίδια … με", ja と同じ, のような, zh 同属), cs "naproti tomu", es
// "alianza" as a ring. (2) The agent of a diffusion treatment (canon
// treatment_agents, diffusion_words): "heated with titanium" on a
// diffused sapphire. (3) nl "leren horlogeband". The piece's own wrong
// material still blocks.
func TestKindsContrast46(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ti, wc, pd, dif := contrast46Titanium, contrast46Carbide, contrast46Palladium, contrast46Diffused
	checkKindRows(t, svc, "", []kindRow{
		// failing on main 099be13a: the probe and released sentences
		{"en-GB", "The Signature Black Band is a 6 mm ring cut from solid titanium. Titanium is a light, strong metal, almost half the weight of steel, so the band is easy to forget you are wearing.", ti, false},
		{"pt-PT", "O anel Signature tem 6 mm de largura e é feito de titânio maciço. O titânio é um metal leve e resistente, com quase metade do peso do aço, por isso mal o sente no dedo.", ti, false},
		{"nl-NL", "De Timeless ring is 8 mm breed en gemaakt van wolfraamcarbide. Draag hem bij een leren horlogeband.", wc, false},
		{"da-DK", "Safiren er diffusionsbehandlet: stenen opvarmes med titanium, som trænger ind i overfladen og giver en jævn, dyb blå farve.", dif, false},
		{"es-ES", "El zafiro ha sido tratado por difusión: se calienta junto con titanio, que penetra en la superficie de la piedra y le da un azul intenso y uniforme.", dif, false},
		{"ja-JP", "サファイアには拡散処理が施されています。チタンとともに加熱し、表面近くに色をしみ込ませ、均一で深い青に仕上げています。", dif, false},
		{"es-ES", "La alianza de la colección Essence está hecha de paladio 500. El paladio es un metal blanco por naturaleza y pesa menos que una alianza de platino del mismo tamaño.", pd, false},
		{"el-GR", "Η βέρα είναι φτιαγμένη από παλλάδιο 500. Το παλλάδιο ανήκει στην ίδια οικογένεια μετάλλων με την πλατίνα.", pd, false},
		{"el-GR", "Η βέρα είναι φτιαγμένη από παλλάδιο 500. Είναι φυσικά λευκό μέταλλο, γι' αυτό η βέρα δεν χρειάζεται επιμετάλλωση ροδίου όπως ο λευκός χρυσός, και είναι ελαφρύτερη από μια βέρα πλατίνας ίδιου μεγέθους.", pd, false},
		{"ja-JP", "マリッジリングはパラジウム500製です。パラジウムはプラチナと同じ白金族の金属です。", pd, false},
		{"ja-JP", "マリッジリングはパラジウム500製です。金属そのものが白いため、ホワイトゴールドのような白さがあり、同サイズのプラチナより軽やかです。", pd, false},
		{"zh-CN", "这枚婚戒以钯金500打造。钯与铂同属铂族金属。", pd, false},
		{"cs-CZ", "Prsten je z palladia 950. Bílé zlato je naproti tomu slitina, která se obvykle rhodiuje.", contrast46Palladium950, false},
	})
	// bad twins: the piece said to be of the other material, or the
	// comparison with no own metal before it
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The ring is steel, almost half the weight of titanium.", ti, true},
		{"en-GB", "Almost half the weight of steel, the ring is easy to wear.", ti, true},
		{"pt-PT", "O anel é de aço, com quase metade do peso do titânio.", ti, true},
		{"nl-NL", "De ring heeft een leren band.", wc, true},
		{"es-ES", "La alianza es de platino.", pd, true},
		{"el-GR", "Η βέρα είναι από πλατίνα, ίδια οικογένεια με το παλλάδιο.", pd, true},
		{"ja-JP", "このリングはプラチナ製で、パラジウムと同じ白金族です。", pd, true},
		{"ja-JP", "ホワイトゴールドのような白さです。", pd, true},
		{"zh-CN", "这枚戒指由铂打造，与钯同属铂族金属。", pd, true},
		{"cs-CZ", "Prsten je naproti tomu z bílého zlata.", contrast46Palladium950, true},
		{"en-GB", "The ring, by contrast, is white gold.", pd, true},
		{"es-ES", "El anillo, en cambio, es de oro blanco.", pd, true},
		{"de-DE", "Der Ring ist dagegen aus Weißgold.", pd, true},
		{"en-GB", "The ring is titanium.", dif, true},
		{"en-GB", "The sapphire is heated and set in titanium.", dif, true},
		{"en-GB", "The heated band is titanium.", dif, true},
		{"da-DK", "Ringen er af titanium og opvarmes.", dif, true},
	})
	// twins: a diffused sapphire heated with titanium, every locale; on the
	// same ring with the treatment cleared the titanium blocks. Clean
	// twins of the inner connective (a stone or metal of another subject
	// set off by it) follow.
	checkOwnAndControl(t, svc, "grounding", []kindRow{
		{"en-GB", "The sapphire is diffusion treated: it is heated with titanium, which gives it an even blue.", dif, false},
		{"en-US", "The sapphire is diffusion treated: it is heated with titanium, which gives it an even blue.", dif, false},
		{"en-AU", "The sapphire is diffusion treated: it is heated with titanium, which gives it an even blue.", dif, false},
		{"de-DE", "Der Saphir ist diffusionsbehandelt: Er wird mit Titan erhitzt, das ihm ein gleichmäßiges Blau gibt.", dif, false},
		{"fr-FR", "Le saphir est traité par diffusion : il est chauffé avec du titane, qui lui donne un bleu uniforme.", dif, false},
		{"fr-CA", "Le saphir est traité par diffusion : il est chauffé avec du titane, qui lui donne un bleu uniforme.", dif, false},
		{"es-ES", "El zafiro está tratado por difusión: se calienta con titanio, que le da un azul uniforme.", dif, false},
		{"es-MX", "El zafiro está tratado por difusión: se calienta con titanio, que le da un azul uniforme.", dif, false},
		{"it-IT", "Lo zaffiro è trattato per diffusione: viene riscaldato con il titanio, che gli dà un blu uniforme.", dif, false},
		{"pt-PT", "A safira foi tratada por difusão: é aquecida com titânio, que lhe dá um azul uniforme.", dif, false},
		{"pt-BR", "A safira foi tratada por difusão: é aquecida com titânio, que lhe dá um azul uniforme.", dif, false},
		{"nl-NL", "De saffier is met diffusie behandeld: hij wordt verhit met titanium, dat hem een egaal blauw geeft.", dif, false},
		{"sv-SE", "Safiren är diffusionsbehandlad: den upphettas med titan, som ger en jämn blå färg.", dif, false},
		{"da-DK", "Safiren er diffusionsbehandlet: den opvarmes med titanium, som giver en jævn blå farve.", dif, false},
		{"nb-NO", "Safiren er diffusjonsbehandlet: den oppvarmes med titan, som gir en jevn blå farge.", dif, false},
		{"fi-FI", "Safiiri on diffuusiokäsitelty: se kuumennetaan titaanin kanssa, joka antaa sille tasaisen sinisen.", dif, false},
		{"pl-PL", "Szafir jest poddany dyfuzji: podgrzewa się go z tytanem, który nadaje mu równy błękit.", dif, false},
		{"cs-CZ", "Safír je upraven difuzí: zahřívá se s titanem, který mu dává rovnoměrnou modrou.", dif, false},
		{"el-GR", "Το ζαφείρι έχει υποστεί διάχυση: θερμαίνεται με τιτάνιο, που του δίνει ομοιόμορφο μπλε.", dif, false},
		{"tr-TR", "Safire difüzyon işlemi uygulanmıştır: taş titanyumla birlikte ısıtılır ve homojen bir mavi kazanır.", dif, false},
		{"ar-AE", "عولج الياقوت الأزرق بالانتشار: يتم تسخينه مع التيتانيوم الذي يمنحه لونًا أزرق متجانسًا.", dif, false},
		{"zh-CN", "这颗蓝宝石经过扩散处理：与钛一起加热，使其呈现均匀的蓝色。", dif, false},
		{"zh-TW", "這顆藍寶石經過擴散處理：與鈦一起加熱，使其呈現均勻的藍色。", dif, false},
		{"ja-JP", "このサファイアには拡散処理が施されています。チタンとともに加熱し、均一な青に仕上げています。", dif, false},
		{"ko-KR", "이 사파이어는 확산 처리되었습니다. 티타늄과 함께 가열하여 균일한 파란색을 냅니다.", dif, false},
	}, func(r kindRow) (core.Product, bool) {
		// de, fi, pl, cs, el, tr, ar read titanium here as the
		// sapphire's own chemistry (iron and titanium) on an untreated
		// stone too, as on main: no control there
		return contrast46Untreated(r.p), !map[string]bool{"de-DE": true, "fi-FI": true, "pl-PL": true, "cs-CZ": true, "el-GR": true, "tr-TR": true, "ar-AE": true}[r.locale]
	})
	checkKindRows(t, svc, "", []kindRow{
		{"es-ES", "El paladio es blanco; el oro blanco, en cambio, suele llevar un baño de rodio.", pd, false},
		{"en-GB", "Palladium is white by nature; white gold, by contrast, is usually rhodium plated.", pd, false},
		{"cs-CZ", "Palladium je přirozeně bílé. Bílé zlato je oproti tomu slitina.", contrast46Palladium950, false},
	})
}

// TestKindsContrast46Open (#13, contrast46): rows left open.
func TestKindsContrast46Open(t *testing.T) {
	t.Skip("open: cs \"oproti\" is a contrast_before preposition, so \"oproti tomu z bílého zlata\" reads the piece's white gold as the contrasted noun phrase (passes on main too); " +
		"es \"el baño de rodio que suele llevar el oro blanco\" (a relative clause of habit, no comparison word); " +
		"fr \"Les perles d'eau douce, elles, sont …\" (a contrast by a detached pronoun)")
	svc := checkService(t)
	tahiti := core.Product{SKU: "C46H", Name: "Lumière Drops", Category: "earrings", Collection: "Lumière", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "Tahitian cultured pearl", Colour: "black", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"black", "white"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"cs-CZ", "Prsten je oproti tomu z bílého zlata.", contrast46Palladium950, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"es-ES", "Es un metal blanco por naturaleza, así que no necesita el baño de rodio que suele llevar el oro blanco.", contrast46Palladium, false},
		{"fr-FR", "Les perles d'eau douce, elles, sont le plus souvent cultivées sans nucléus, dans des moules.", tahiti, false},
	})
}
