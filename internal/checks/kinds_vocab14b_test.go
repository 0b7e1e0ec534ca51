package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

type vocab14bRow struct {
	locale string
	p      core.Product
	text   string
	block  bool
}

func runVocab14bRows(t *testing.T, rows []vocab14bRow) {
	t.Helper()
	svc := checkService(t)
	for _, r := range rows {
		blocked, fs := blockedIn(t, svc, "", r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %v %q: blocked %v, want %v: %+v", r.locale, r.p.Materials, r.text, blocked, r.block, fs)
		}
	}
}

// A family or group named after one of its members is not that member
// (#13, the fourteenth session's groupname14; probe 14e H14b09): palladium
// "gehört zu den Platinmetallen", "è un metallo del gruppo del platino",
// "プラチナ族の金属", "من مجموعة معادن البلاتين" blocked as platinum on a
// palladium band. The platinum group metals (ruthenium, rhodium,
// palladium, osmium, iridium, platinum: IUPAC; FTC Jewelry Guides 16 CFR
// 23.7 names them) are a material value of their own in the 19
// vocabularies, which the canon's platinum-group metals imply. The noble
// metals (貴金属, 贵金属, 귀금속, Edelmetall) and the beryl and corundum
// families already passed on their members and stay rows here. A plain
// platinum on palladium still blocks, and so does a platinum group metal
// on silver.
func TestKindsGroupName14(t *testing.T) {
	t.Parallel()
	band := func(m string) core.Product {
		return core.Product{SKU: "H14G", Name: "Band", Category: "ring", Collection: "Heritage", Materials: []string{m}}
	}
	pd, ag := band("950 palladium"), band("sterling silver")
	wg := core.Product{SKU: "H11b10", Name: "Pendant", Category: "pendant", Collection: "Timeless", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}}
	gem := func(ty string) core.Product {
		return core.Product{SKU: "H14F", Name: "Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"sterling silver"},
			Stones: []core.Stone{{Type: ty, Count: 1, Origin: "natural"}}}
	}
	runVocab14bRows(t, []vocab14bRow{
		{"de-DE", pd, "Palladium gehört zu den Platinmetallen, ist von Natur aus weiß.", false},
		{"de-DE", pd, "Palladium ist ein Platingruppenmetall.", false},
		{"it-IT", pd, "Il palladio è un metallo del gruppo del platino, naturalmente bianco.", false},
		{"ja-JP", pd, "パラジウムはプラチナ族の金属で、もともと白い色をしています。", false},
		{"ja-JP", pd, "パラジウムは白金族元素のひとつです。", false},
		{"ar-AE", pd, "البلاديوم من مجموعة معادن البلاتين، أبيض بطبيعته.", false},
		{"en-GB", pd, "Palladium is one of the platinum group metals.", false},
		{"en-US", pd, "Palladium, a platinum-group metal, is light and hard-wearing.", false},
		{"fr-FR", pd, "Le palladium est un métal du groupe du platine.", false},
		{"es-ES", pd, "El paladio es un metal del grupo del platino.", false},
		{"pt-BR", pd, "O paládio é um metal do grupo da platina.", false},
		{"nl-NL", pd, "Palladium behoort tot de platinagroep.", false},
		{"sv-SE", pd, "Palladium tillhör platinagruppen.", false},
		{"da-DK", pd, "Palladium er et platinmetal.", false},
		{"nb-NO", pd, "Palladium tilhører platinagruppen.", false},
		{"fi-FI", pd, "Palladium on platinaryhmän metalli.", false},
		{"pl-PL", pd, "Pallad to metal z grupy platynowców.", false},
		{"cs-CZ", pd, "Palladium patří mezi platinové kovy.", false},
		{"el-GR", pd, "Το παλλάδιο είναι μέταλλο της ομάδας της πλατίνας.", false},
		{"tr-TR", pd, "Paladyum, platin grubu metallerindendir.", false},
		{"ko-KR", pd, "팔라듐은 백금족 금속입니다.", false},
		{"zh-CN", pd, "钯是铂族金属之一。", false},
		{"zh-TW", pd, "鈀屬於鉑族金屬。", false},
		{"zh-CN", pd, "钯属于白金族。", false},
		// The noble metals named as a group.
		{"ja-JP", ag, "シルバーは貴金属のひとつです。", false},
		{"zh-CN", ag, "银是一种贵金属。", false},
		{"ko-KR", ag, "은은 귀금속입니다.", false},
		{"de-DE", ag, "Silber ist ein Edelmetall.", false},
		// A family named by its species, on a member.
		{"en-GB", gem("aquamarine"), "Aquamarine is a member of the beryl family.", false},
		{"de-DE", gem("aquamarine"), "Der Aquamarin gehört zur Beryllfamilie.", false},
		{"en-GB", gem("ruby"), "Ruby belongs to the corundum family.", false},
		// Still blocks: the eponym itself, and the group on a metal outside it.
		{"en-GB", pd, "A band of pure platinum.", true},
		{"de-DE", pd, "Ein Trauring aus Platin.", true},
		{"ja-JP", pd, "プラチナの結婚指輪です。", true},
		{"it-IT", pd, "Una fede in platino.", true},
		{"en-GB", ag, "A band in a platinum group metal.", true},
		{"en-GB", band("platinum"), "A band of palladium.", true},
		{"zh-CN", wg, "镶嵌于铂金之中。", true},
		{"en-GB", wg, "Set in platinum.", true},
		{"en-GB", wg, "Rhodium, a platinum group metal, gives it a bright finish.", false},
		{"de-DE", ag, "Ein Ring aus Platinmetall.", true},
		{"ja-JP", ag, "白金族金属のリングです。", true},
		{"ko-KR", ag, "백금족 금속으로 만든 반지입니다.", true},
		{"zh-CN", ag, "铂族金属戒指。", true},
	})
}

// A stone's own substance stated is no other material of the piece (#13,
// the fourteenth session's definition14; probe 14e H14a03): ja
// "琥珀は樹脂が長い年月をかけて化石になったもので" blocked resin on Baltic
// amber. Amber is fossilised tree resin (CIBJO Gemstone Book, organic
// substances; GIA "Amber"): the canon's stone_substances give amber its
// resin, without what resin implies. Synthetic resin (Kunstharz, 合成樹脂,
// résine synthétique) is a value of its own which a resin product has and
// amber has not, so an amber piece called synthetic resin still blocks.
func TestKindsDefinition14(t *testing.T) {
	t.Parallel()
	amber := core.Product{SKU: "H14A", Name: "Baltic Amber Drop Earrings", Category: "earrings", Collection: "Heritage",
		Materials: []string{"Baltic amber", "18k gold-plated sterling silver"},
		Stones:    []core.Stone{{Type: "amber", Colour: "cognac", Count: 2, Origin: "natural"}}, Colours: []string{"cognac", "gold"}}
	resin := core.Product{SKU: "H14R", Name: "Resin Drops", Category: "earrings", Collection: "Heritage", Materials: []string{"resin", "stainless steel"}}
	silver := core.Product{SKU: "H14S", Name: "Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"sterling silver"}}
	runVocab14bRows(t, []vocab14bRow{
		{"ja-JP", amber, "琥珀は樹脂が長い年月をかけて化石になったもので、ひとつひとつ表情が異なります。", false},
		{"zh-CN", amber, "琥珀是树脂经过数百万年形成的化石。", false},
		{"zh-TW", amber, "琥珀是樹脂經過數百萬年形成的化石。", false},
		{"de-DE", amber, "Bernstein ist fossiles Harz.", false},
		{"fr-FR", amber, "L'ambre est une résine fossile.", false},
		{"es-ES", amber, "El ámbar es resina fosilizada.", false},
		{"it-IT", amber, "L'ambra è una resina fossile.", false},
		{"en-GB", amber, "Amber is fossilised tree resin.", false},
		// Resin pieces may be called synthetic resin.
		{"de-DE", resin, "Ohrringe aus Kunstharz.", false},
		{"ja-JP", resin, "合成樹脂のイヤリングです。", false},
		{"en-GB", resin, "Drops of synthetic resin.", false},
		// Still blocks: synthetic resin on amber, resin on a piece of neither.
		{"en-GB", amber, "Drops of synthetic resin.", true},
		{"de-DE", amber, "Ohrringe aus Kunstharz.", true},
		{"ja-JP", amber, "合成樹脂のイヤリングです。", true},
		{"zh-CN", amber, "合成树脂耳环。", true},
		{"fr-FR", amber, "Des gouttes en résine synthétique.", true},
		{"es-ES", amber, "Gotas de resina sintética.", true},
		{"it-IT", amber, "Gocce in resina sintetica.", true},
		{"en-GB", silver, "A pendant of resin.", true},
		{"ja-JP", silver, "樹脂のペンダントです。", true},
	})
}

// Electrum and shell named in copy (#13, the fourteenth session's
// electrum14 and shell14; probe 14c P14c02): nl "een dunne inleg van
// elektrum" on a 22k gold bangle passed, electrum (a natural gold-silver
// alloy; Pliny, Naturalis Historia 33.23) being unknown; shell cameo
// material was known in English and Arabic only. Both are values of the
// 19 vocabularies: a shell cameo (camée coquillage, camafeo de concha,
// cammeo in conchiglia, Muschelkamee, 貝のカメオ, 조개껍데기) passes on a
// shell cameo and blocks on a piece without shell.
func TestKindsElectrumShell14(t *testing.T) {
	t.Parallel()
	bangle := core.Product{SKU: "P14c02", Name: "Classic 22ct Gold Bangle", Category: "bangle", Collection: "Timeless",
		Materials: []string{"22k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "22k"}}}
	electrum := core.Product{SKU: "H14E", Name: "Band", Category: "ring", Collection: "Timeless", Materials: []string{"electrum"}}
	cameo := core.Product{SKU: "H14a07", Name: "Shell Cameo Brooch", Category: "brooch", Collection: "Heritage",
		Materials: []string{"carved shell", "gold-plated sterling silver"},
		Stones:    []core.Stone{{Type: "shell cameo", Colour: "cream", Count: 1, Origin: "natural"}}}
	agate := core.Product{SKU: "H14a08", Name: "Cameo Brooch", Category: "brooch", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Stones: []core.Stone{{Type: "agate", Colour: "white", Count: 1, Origin: "natural"}}}
	runVocab14bRows(t, []vocab14bRow{
		{"nl-NL", bangle, "Een armband van massief 22-karaats geelgoud met een dunne inleg van elektrum.", true},
		{"en-GB", bangle, "A 22k gold bangle with a thin electrum inlay.", true},
		{"de-DE", bangle, "Ein Armreif aus 22 Karat Gold mit einer Einlage aus Elektrum.", true},
		{"fr-FR", bangle, "Un jonc en or 22 carats incrusté d'électrum.", true},
		{"sv-SE", bangle, "Ett armband i 22 karat guld med en inläggning av elektrum.", true},
		{"pl-PL", bangle, "Bransoleta z 22-karatowego złota z wkładką z elektrum.", true},
		{"ja-JP", bangle, "22金のバングルにエレクトラムを象嵌しました。", true},
		{"zh-CN", bangle, "22K金手镯镶嵌琥珀金。", true},
		{"ko-KR", bangle, "22K 금 뱅글에 일렉트럼을 상감했습니다.", true},
		{"en-GB", electrum, "A band of electrum.", false},
		{"nl-NL", electrum, "Een ring van elektrum.", false},
		// Shell cameos.
		{"fr-FR", agate, "Un camée coquillage sculpté à la main.", true},
		{"es-ES", agate, "Un camafeo de concha tallado a mano.", true},
		{"it-IT", agate, "Un cammeo in conchiglia inciso a mano.", true},
		{"de-DE", agate, "Eine handgeschnitzte Muschelkamee.", true},
		{"pt-BR", agate, "Um camafeu de concha entalhado à mão.", true},
		{"nl-NL", agate, "Een met de hand gesneden schelpcamee.", true},
		{"ja-JP", agate, "手彫りの貝殻のカメオです。", true},
		{"ko-KR", agate, "조개껍데기를 손으로 조각한 카메오입니다.", true},
		{"zh-CN", agate, "手工雕刻的贝壳浮雕胸针。", true},
		{"fr-FR", cameo, "Un camée coquillage sculpté à la main.", false},
		{"es-ES", cameo, "Un camafeo de concha tallado a mano.", false},
		{"it-IT", cameo, "Un cammeo in conchiglia inciso a mano.", false},
		{"de-DE", cameo, "Eine handgeschnitzte Muschelkamee.", false},
		{"pt-BR", cameo, "Um camafeu de concha entalhado à mão.", false},
		{"nl-NL", cameo, "Een met de hand gesneden schelpcamee.", false},
		{"ja-JP", cameo, "手彫りの貝殻のカメオです。", false},
		{"ko-KR", cameo, "조개껍데기를 손으로 조각한 카메오입니다.", false},
		{"zh-CN", cameo, "手工雕刻的贝壳浮雕胸针。", false},
	})
}
