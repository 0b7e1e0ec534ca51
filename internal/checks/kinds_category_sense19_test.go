package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A category word in the sense of a shape or part the product's own data
// give it (#13, category_sense19, dev-probe19b): hoop earrings called small
// rings ("Creolerna … är små, tätt sittande ringar på 14 mm", and so in
// English, German, Dutch, Danish, Norwegian, Spanish, Italian, Portuguese,
// Japanese リング, Korean 링) and the drop of a drop earring called its
// pendant ("o pendente acompanha o movimento", the Spanish colgante, French
// pendentif, Greek κρεμαστό, Arabic الدلاية, Finnish riipus, Japanese
// ペンダント, Korean 펜던트, Chinese 吊坠) blocked as the wrong category.
// The sense holds only where the data name the shape (canon shape_senses):
// stud earrings called rings or a pendant, a pendant called a ring, a ring
// called a pendant still block. pt-BR "pendente" is no longer a pt-PT marker.
func TestKindsCategorySense19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	coral := []core.Stone{{Type: "coral", Colour: "red", Count: 6, Origin: "natural"}}
	gold := []core.Metal{{Base: "yellow gold", Fineness: "18k"}}
	hoops := core.Product{SKU: "CS19H", Name: "Rose Vermeil Topaz Hoops", Category: "earrings", Collection: "Lumière",
		Materials: []string{"18k rose gold vermeil", "sterling silver", "white topaz"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "18k", PlatingMicrons: 5}},
		Stones:    []core.Stone{{Type: "topaz", Colour: "white", Count: 10, Origin: "natural"}},
		Colours:   []string{"rose gold", "white"}, Keywords: []string{"huggie hoops", "rose gold hoops"},
		Measurements: []core.Measurement{{Name: "hoop diameter", Value: 14, Unit: "mm"}}}
	drops := core.Product{SKU: "CS19D", Name: "Corallo Bead Drop Earrings", Category: "earrings", Collection: "Timeless",
		Materials: []string{"18k yellow gold", "red coral"}, Metals: gold, Stones: coral,
		Colours: []string{"red", "gold"}, Keywords: []string{"coral earrings", "drop earrings"},
		Measurements: []core.Measurement{{Name: "drop length", Value: 32, Unit: "mm"}}}
	studs := core.Product{SKU: "CS19S", Name: "Coral Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"18k yellow gold", "red coral"}, Metals: gold,
		Stones:  []core.Stone{{Type: "coral", Colour: "red", Count: 2, Origin: "natural"}},
		Colours: []string{"red", "gold"}, Keywords: []string{"coral earrings", "stud earrings"}}
	pendant := core.Product{SKU: "CS19P", Name: "Coral Pendant", Category: "pendant", Collection: "Timeless",
		Materials: []string{"18k yellow gold", "red coral"}, Metals: gold,
		Stones:  []core.Stone{{Type: "coral", Colour: "red", Count: 1, Origin: "natural"}},
		Colours: []string{"red", "gold"}, Keywords: []string{"coral pendant"}}
	ring := core.Product{SKU: "CS19R", Name: "Coral Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"18k yellow gold", "red coral"}, Metals: gold,
		Stones:  []core.Stone{{Type: "coral", Colour: "red", Count: 1, Origin: "natural"}},
		Colours: []string{"red", "gold"}, Keywords: []string{"coral ring"}}
	checkKindRows(t, svc, "", []kindRow{
		// hoops: a ring word is the hoop
		{"sv-SE", "Creolerna är små, tätt sittande ringar på 14 mm, lätta att bära.", hoops, false},
		{"da-DK", "Creolerne er små, tætsiddende ringe på 14 mm.", hoops, false},
		{"nb-NO", "Øreringene er små, tettsittende ringer på 14 mm.", hoops, false},
		{"nl-NL", "Het zijn kleine ringen van 14 mm die nauw aansluiten.", hoops, false},
		{"en-GB", "These are small, close-fitting rings, 14 mm across.", hoops, false},
		{"en-US", "These are small, close-fitting rings, 14 mm across.", hoops, false},
		{"de-DE", "Die Ringe messen 14 mm und liegen eng am Ohrläppchen an.", hoops, false},
		{"es-ES", "Los anillos miden 14 mm y se ajustan al lóbulo.", hoops, false},
		{"es-MX", "Los anillos miden 14 mm y se ajustan al lóbulo.", hoops, false},
		{"it-IT", "Gli anelli misurano 14 mm e aderiscono al lobo.", hoops, false},
		{"pt-BR", "Os anéis medem 14 mm e ficam justos à orelha.", hoops, false},
		{"pt-PT", "Os anéis medem 14 mm e ficam justos à orelha.", hoops, false},
		{"ja-JP", "耳にぴったり沿う直径14mmの小さなリングです。", hoops, false},
		{"ko-KR", "귀에 꼭 맞는 지름 14mm의 작은 링입니다.", hoops, false},
		// drop earrings: a pendant word is the drop
		{"pt-BR", "Com 32 mm de comprimento, o pendente acompanha o movimento sem pesar na orelha.", drops, false},
		{"pt-BR", "O pingente de coral balança a cada movimento, sem pesar na orelha.", drops, false},
		{"pt-PT", "Com 32 mm de comprimento, o pendente acompanha o movimento sem pesar na orelha.", drops, false},
		{"es-ES", "Con 32 mm de largo, el colgante acompaña el movimiento sin pesar en la oreja.", drops, false},
		{"es-MX", "Con 32 mm de largo, el colgante acompaña el movimiento sin pesar en la oreja.", drops, false},
		{"it-IT", "Lungo 32 mm, il ciondolo segue il movimento senza pesare sull'orecchio.", drops, false},
		{"fr-FR", "Long de 32 mm, le pendentif suit chaque mouvement sans alourdir l'oreille.", drops, false},
		{"fr-CA", "Long de 32 mm, le pendentif suit chaque mouvement sans alourdir l'oreille.", drops, false},
		{"en-GB", "At 32 mm long, the pendant moves with you without weighing on the ear.", drops, false},
		{"en-AU", "At 32 mm long, the pendant moves with you without weighing on the ear.", drops, false},
		{"el-GR", "Με μήκος 32 mm, το κρεμαστό κομμάτι ακολουθεί την κίνηση χωρίς να βαραίνει το αυτί.", drops, false},
		{"ar-AE", "بطول 32 مم، تتحرك الدلاية مع كل حركة دون أن تثقل الأذن.", drops, false},
		{"fi-FI", "32 mm pitkä riipus liikkuu mukana painamatta korvaa.", drops, false},
		{"ja-JP", "長さ32mmのペンダントが動きに合わせて揺れます。", drops, false},
		{"ko-KR", "길이 32mm의 펜던트가 움직임에 따라 흔들립니다.", drops, false},
		{"zh-CN", "32毫米长的吊坠随动作轻轻摆动。", drops, false},
		{"zh-TW", "32毫米長的吊墜隨動作輕輕擺動。", drops, false},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		// the same words on studs, whose data name no hoop or drop
		// (sv, da: the hoop word itself now reads as earrings, as en
		// "hoops" and de "Creolen" do; #13, miss60)
		{"sv-SE", "Det är små, tätt sittande ringar på 14 mm.", studs, true},
		{"da-DK", "Det er små, tætsiddende ringe på 14 mm.", studs, true},
		{"nl-NL", "De ringen meten 14 mm en sluiten nauw aan op het oor.", studs, true},
		{"en-GB", "These are small, close-fitting rings, 14 mm across.", studs, true},
		{"de-DE", "Die Ringe messen 14 mm und liegen eng am Ohrläppchen an.", studs, true},
		{"ja-JP", "耳にぴったり沿う直径14mmの小さなリングです。", studs, true},
		{"pt-BR", "O pendente de coral é feito em ouro 18k.", studs, true},
		{"es-ES", "Este colgante de coral está hecho en oro de 18 quilates.", studs, true},
		{"fr-FR", "Ce pendentif en corail est réalisé en or 18 carats.", studs, true},
		{"it-IT", "Questo ciondolo in corallo è realizzato in oro 18 carati.", studs, true},
		{"el-GR", "Αυτό το κρεμαστό είναι φτιαγμένο από χρυσό 18 καρατίων.", studs, true},
		{"zh-CN", "这款珊瑚吊坠采用18K金制作。", studs, true},
		// a ring word on a pendant, a pendant word on a ring or on drops' ring
		{"sv-SE", "Ringen är gjord av 18 karat guld.", pendant, true},
		{"en-GB", "This ring is made in 18k gold with a red coral.", pendant, true},
		{"de-DE", "Dieser Ring ist aus 18 Karat Gold mit rotem Korallenstein.", pendant, true},
		{"nl-NL", "Deze ring is gemaakt van 18 karaat goud.", pendant, true},
		{"ko-KR", "이 링은 18K 골드로 만들어졌습니다.", pendant, true},
		{"pt-BR", "Este pendente é feito em ouro 18k.", ring, true},
		{"es-ES", "Este colgante está hecho en oro de 18 quilates.", ring, true},
		{"en-GB", "This ring is made in 18k gold with red coral beads.", drops, true},
		{"pt-BR", "Este anel é feito em ouro 18k.", drops, true},
	})
	// pt-BR "pendente" is not a pt-PT word in Brazilian copy.
	if _, fs := blockedIn(t, svc, "", drops, "pt-BR", "O pendente acompanha o movimento."); len(fs) > 0 {
		t.Errorf("pt-BR pendente: %s", describe(fs, "", "O pendente acompanha o movimento."))
	}
}
