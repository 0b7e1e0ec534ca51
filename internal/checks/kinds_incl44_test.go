package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	incl44Star = core.Product{SKU: "IN44SS", Name: "Star Sapphire Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"18k white gold", "star sapphire", "diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "star sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 8, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}, Features: []string{"cabochon cut", "six-rayed star"}}
	incl44Cat = core.Product{SKU: "IN44CE", Name: "Cat's-Eye Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"14k yellow gold", "cat's-eye chrysoberyl"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "cat's-eye chrysoberyl", Colour: "honey", Count: 1, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"gold", "honey"}, Features: []string{"cabochon cut", "polished band"}}
	incl44Anda = core.Product{SKU: "IN44AN", Name: "Andalusite Drop Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver", "andalusite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "andalusite", Colour: "green-brown", Count: 2, Origin: core.OriginNatural}, {Type: "cubic zirconia", Colour: "clear", Count: 6, Origin: core.OriginSimulant}},
		Colours: []string{"silver", "green", "brown"}, Features: []string{"hook fastening"}}
	incl44Diamond = core.Product{SKU: "IN44DI", Name: "Solitaire Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"18k white gold", "diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"silver"}}
	incl44Plain = core.Product{SKU: "IN44PS", Name: "Sapphire Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k white gold", "sapphire"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue", "silver"}}
	incl44Soda = core.Product{SKU: "IN44SO", Name: "Sodalite Bar Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"sterling silver", "sodalite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sodalite", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}, Features: []string{"polished bar"}}
)

// TestKindsIncl44 (#13, incl44; probe 44C, released 44B pl-PL 44B104):
// copy that explains a gemstone's phenomenon names the mineral of its
// inclusions and the stone's own crystal. (a) The mineral a stone is known
// to hold (canon hosted_stones: rutile in corundum and chrysoberyl,
// calcite in sodalite), named as its needles or veins in a sentence that
// names the stone by a generic noun ("Inside the stone, tiny needles of
// rutile", "każdy kamień"), is the stone's (hostedStone). (b) A crystal
// word in a clause with a word of inclusions (or the gemmologist's silk),
// after the product's own natural stone in its sentence, is that stone's
// crystal (inclusionCrystal).
func TestKindsIncl44(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	s, c, so := incl44Star, incl44Cat, incl44Soda
	checkKindRows(t, svc, "", []kindRow{
		// the probe's sentences (failed before)
		{"en-GB", "A star sapphire owes its six-rayed star to fine needles of rutile inside the crystal: cut as a smooth dome rather than faceted, the stone gathers light into a star that glides across the surface as you move.", s, false},
		{"en-GB", "Chrysoberyl is a hard gemstone, and in rare crystals parallel inclusions draw a single band of light across a domed cabochon, like the pupil of a cat's eye.", c, false},
		{"en-US", "Inside the stone, tiny needles of rutile line up in three directions; polish it into a dome and they reflect light as a six-rayed star.", s, false},
		{"en-US", "Chrysoberyl is very hard, and when fine, parallel silk runs through the crystal, a cabochon cut brings out one bright line of light, the cat's eye.", c, false},
		{"fr-CA", "À l'intérieur de la pierre, de fines aiguilles de rutile s'alignent dans trois directions; une fois la pierre polie en dôme, elles renvoient la lumière en une étoile à six branches qui glisse à sa surface.", s, false},
		{"fr-CA", "Le chrysobéryl est une gemme très dure; lorsque de fines inclusions parallèles traversent le cristal, la taille en cabochon fait naître une seule ligne de lumière, comme la pupille d'un chat.", c, false},
		{"es-MX", "Dentro de la piedra, finas agujas de rutilo se alinean en tres direcciones; al pulirla en forma de domo, reflejan la luz en una estrella de seis puntas que se desliza por su superficie.", s, false},
		{"it-IT", "Il crisoberillo è una gemma molto dura; quando sottili inclusioni parallele attraversano il cristallo, il taglio a cabochon fa nascere un'unica linea di luce, simile alla pupilla di un gatto.", c, false},
		{"it-IT", "All'interno della pietra, sottili aghi di rutilo si allineano in tre direzioni: levigata a cupola, la pietra riflette la luce in una stella a sei raggi che scorre sulla superficie.", s, false},
		{"nl-NL", "In de steen liggen fijne naaldjes rutiel in drie richtingen; als de steen bol wordt gepolijst, weerkaatsen ze het licht als een zespuntige ster die over het oppervlak glijdt.", s, false},
		{"nb-NO", "Inne i steinen ligger tynne nåler av rutil i tre retninger; når steinen poleres til en kuppel, kaster de lyset tilbake som en seksstrålet stjerne som glir over overflaten.", s, false},
		{"cs-CZ", "Uvnitř kamene leží jemné jehličky rutilu ve třech směrech; když se kámen vyleští do kupole, odrážejí světlo jako šesticípou hvězdu, která klouže po jeho povrchu.", s, false},
		{"zh-TW", "Heritage系列的Star Sapphire Pendant，以一顆藍色星光藍寶石為中心，採弧面切割。寶石內部細小的金紅石針狀內含物沿三個方向排列，打磨成圓頂後，便將光線反射成一道六芒星光，隨您的動作在表面游移。", s, false},
		{"pl-PL", "Sodalit to niebieski minerał bogaty w sód, od którego wziął swoją nazwę. Przecinające go białe żyłki to kalcyt, dlatego każdy kamień ma inny rysunek.", so, false},
	})
}

// TestKindsIncl44Twins: the kinds in every locale, and the bad twins that
// still block: a mineral the stone does not hold, a stone of it set on the
// piece, crystals set beside the stone.
func TestKindsIncl44Twins(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	s, c, so := incl44Star, incl44Cat, incl44Soda
	rutile := []kindRow{
		{"en-GB", "Inside the stone, fine needles of rutile lie in three directions.", s, false},
		{"en-US", "Inside the stone, fine needles of rutile lie in three directions.", s, false},
		{"en-AU", "Inside the stone, fine needles of rutile lie in three directions.", s, false},
		{"de-DE", "Im Stein liegen feine Nadeln aus Rutil in drei Richtungen.", s, false},
		{"fr-FR", "À l'intérieur de la pierre, de fines aiguilles de rutile s'alignent dans trois directions.", s, false},
		{"fr-CA", "À l'intérieur de la pierre, de fines aiguilles de rutile s'alignent dans trois directions.", s, false},
		{"es-ES", "Dentro de la piedra, finas agujas de rutilo se alinean en tres direcciones.", s, false},
		{"es-MX", "Dentro de la piedra, finas agujas de rutilo se alinean en tres direcciones.", s, false},
		{"it-IT", "All'interno della pietra, sottili aghi di rutilo si allineano in tre direzioni.", s, false},
		{"pt-PT", "No interior da pedra, finas agulhas de rutilo alinham-se em três direções.", s, false},
		{"pt-BR", "Dentro da pedra, finas agulhas de rutilo se alinham em três direções.", s, false},
		{"nl-NL", "In de steen liggen fijne naaldjes rutiel in drie richtingen.", s, false},
		{"sv-SE", "Inuti stenen ligger fina nålar av rutil i tre riktningar.", s, false},
		{"da-DK", "Inde i stenen ligger fine nåle af rutil i tre retninger.", s, false},
		{"nb-NO", "Inne i steinen ligger tynne nåler av rutil i tre retninger.", s, false},
		{"fi-FI", "Kiven sisällä on hienoja rutiilineuloja kolmessa suunnassa.", s, false},
		{"pl-PL", "Wewnątrz kamienia cienkie igiełki rutylu układają się w trzech kierunkach.", s, false},
		{"cs-CZ", "Uvnitř kamene leží jemné jehličky rutilu ve třech směrech.", s, false},
		{"el-GR", "Μέσα στην πέτρα, λεπτές βελόνες ρουτιλίου απλώνονται σε τρεις κατευθύνσεις.", s, false},
		{"tr-TR", "Taşın içinde ince rutil iğneleri üç yönde uzanır.", s, false},
		{"ar-AE", "داخل الحجر، تصطف إبر دقيقة من الروتيل في ثلاثة اتجاهات.", s, false},
		{"ja-JP", "宝石の内部には、ルチルの針が三方向に並んでいます。", s, false},
		{"ko-KR", "보석 내부에는 루틸 바늘이 세 방향으로 놓여 있습니다.", s, false},
		{"zh-CN", "宝石内部细小的金红石针状内含物沿三个方向排列。", s, false},
		{"zh-TW", "寶石內部細小的金紅石針狀內含物沿三個方向排列。", s, false},
	}
	crystal := []kindRow{
		{"en-GB", "Chrysoberyl is a hard gemstone, and fine parallel inclusions run through the crystal.", c, false},
		{"en-US", "Chrysoberyl is a hard gemstone, and fine parallel inclusions run through the crystal.", c, false},
		{"en-AU", "Chrysoberyl is a hard gemstone, and fine parallel inclusions run through the crystal.", c, false},
		{"de-DE", "Chrysoberyll ist ein harter Edelstein; feine parallele Einschlüsse durchziehen den Kristall.", c, false},
		{"fr-FR", "Le chrysobéryl est une gemme très dure; de fines inclusions parallèles traversent le cristal.", c, false},
		{"fr-CA", "Le chrysobéryl est une gemme très dure; de fines inclusions parallèles traversent le cristal.", c, false},
		{"es-ES", "El crisoberilo es una gema muy dura; finas inclusiones paralelas atraviesan el cristal.", c, false},
		{"es-MX", "El crisoberilo es una gema muy dura; finas inclusiones paralelas atraviesan el cristal.", c, false},
		{"it-IT", "Il crisoberillo è una gemma molto dura; sottili inclusioni parallele attraversano il cristallo.", c, false},
		{"pt-PT", "O crisoberilo é uma gema muito dura; finas inclusões paralelas atravessam o cristal.", c, false},
		{"pt-BR", "O crisoberilo é uma gema muito dura; finas inclusões paralelas atravessam o cristal.", c, false},
		{"nl-NL", "Chrysoberil is een harde edelsteen; fijne parallelle insluitsels lopen door het kristal.", c, false},
		{"sv-SE", "Krysoberyll är en hård ädelsten; fina parallella inneslutningar löper genom kristallen.", c, false},
		{"da-DK", "Krysoberyl er en hård ædelsten; fine parallelle indeslutninger løber gennem krystallen.", c, false},
		{"nb-NO", "Krysoberyll er en hard edelstein; fine parallelle inneslutninger går gjennom krystallen.", c, false},
		{"fi-FI", "Krysoberylli on kova jalokivi; hienot yhdensuuntaiset sulkeumat kulkevat kiteen läpi.", c, false},
		{"pl-PL", "Chryzoberyl to twardy kamień; cienkie równoległe inkluzje przecinają kryształ.", c, false},
		{"cs-CZ", "Chryzoberyl je tvrdý drahokam; jemné rovnoběžné inkluze procházejí krystalem.", c, false},
		{"el-GR", "Το χρυσοβήρυλλο είναι σκληρός πολύτιμος λίθος· λεπτά παράλληλα εγκλείσματα διασχίζουν τον κρύσταλλο.", c, false},
		{"tr-TR", "Krizoberil sert bir değerli taştır; ince paralel inklüzyonlar kristalin içinden geçer.", c, false},
		{"ar-AE", "الكريسوبيريل حجر كريم صلب، وتخترق شوائب دقيقة متوازية البلورة.", c, false},
		{"ja-JP", "クリソベリルは硬い宝石で、細い平行なインクルージョンが結晶の中を走っています。", c, false},
		{"ko-KR", "크리소베릴은 단단한 보석이며, 가는 평행 내포물이 결정을 가로지릅니다.", c, false},
		{"zh-CN", "金绿宝石是一种坚硬的宝石，细密平行的包裹体贯穿整个晶体。", c, false},
		{"zh-TW", "金綠寶石是一種堅硬的寶石，細密平行的包裹體貫穿整個晶體。", c, false},
	}
	var rows []kindRow
	rows = append(rows, rutile...)
	rows = append(rows, crystal...)
	rows = append(rows,
		kindRow{"en-GB", "White veins of calcite run through the stone.", so, false},
		kindRow{"de-DE", "Weiße Adern aus Calcit durchziehen den Stein.", so, false},
		kindRow{"es-ES", "Vetas blancas de calcita atraviesan la piedra.", so, false},
		kindRow{"pl-PL", "Białe żyłki kalcytu przecinają kamień.", so, false},
		// bad twins
		kindRow{"en-US", "Inside the stone, tiny needles of tourmaline line up in three directions.", s, true},
		kindRow{"en-US", "Inside the stone, tiny needles of rutile line up in three directions.", incl44Diamond, true},
		kindRow{"es-MX", "Dentro de la piedra, finas agujas de turmalina se alinean en tres direcciones.", s, true},
		kindRow{"nl-NL", "In de steen liggen fijne naaldjes toermalijn in drie richtingen; als de steen bol wordt gepolijst, weerkaatsen ze het licht.", s, true},
		kindRow{"pl-PL", "Przecinające go białe żyłki to piryt, dlatego każdy kamień ma inny rysunek.", so, true},
		kindRow{"en-GB", "A rutile cabochon is set on the ring beside the sapphire.", incl44Plain, true},
		kindRow{"en-GB", "The ring is set with quartz beside the chrysoberyl.", c, true},
		kindRow{"en-GB", "Crystals with tiny inclusions surround the chrysoberyl.", c, true},
		kindRow{"en-GB", "The ring is set with sparkling crystals around the chrysoberyl's silk.", c, true},
		kindRow{"en-GB", "The chrysoberyl with its silk sits among sparkling crystals.", c, true},
		kindRow{"en-GB", "The chrysoberyl has fine inclusions and crystal beads.", c, true},
		kindRow{"fr-FR", "La bague est sertie de cristaux autour du chrysobéryl et de ses inclusions.", c, true},
		kindRow{"es-ES", "Dentro de la piedra hay agujas de turmalina.", s, true},
		kindRow{"pl-PL", "Bransoletka ma koraliki z kalcytu.", so, true},
	)
	checkKindRows(t, svc, "", rows)
}

// TestKindsIncl44Leuco: leucosapphire (colourless sapphire) was no stone
// word; eight of them said of eight diamonds block (probe 44C fr-CA
// 44C101-3, which blocked only on the rutile before incl44).
func TestKindsIncl44Leuco(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"fr-CA", "Huit leucosaphirs entourent le cabochon, serti dans l'or blanc 18 carats.", incl44Star, true},
		{"fr-FR", "Huit leucosaphirs entourent le saphir.", incl44Star, true},
		{"en-GB", "Eight leucosapphires surround the cabochon in 18k white gold.", incl44Star, true},
		{"fr-CA", "Huit diamants entourent le cabochon, serti dans l'or blanc 18 carats.", incl44Star, false},
	})
}
