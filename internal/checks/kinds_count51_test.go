package checks

import "testing"

// count51Jade is a nephrite jade disc pendant: one stone.
var count51Jade = misses49Product(`{"sku": "X51-001", "name": "Jade Disc Pendant", "category": "pendant", "collection": "Heritage", "materials": ["sterling silver"], "stones": [{"type": "nephrite jade", "colour": "green", "count": 1, "origin": "natural", "treatment": "waxed"}], "colours": ["green", "silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "measurements": [{"name": "disc diameter", "value": 20, "unit": "mm"}]}`)

// count51Rows name the two stones sold as jade after a count of a generic
// stone noun.
var count51Rows = [][2]string{
	{"en-GB", "The name jade covers two stones, nephrite and jadeite, which were told apart only in 1863."},
	{"en-US", "Jade is really two stones: nephrite and jadeite."},
	{"fr-FR", "Le nom de jade désigne deux pierres, la néphrite et la jadéite."},
	{"it-IT", "Con il nome giada si indicano due pietre diverse, la nefrite e la giadeite."},
	{"pt-PT", "O nome jade designa duas pedras diferentes: a nefrite e a jadeíte."},
	{"pt-BR", "O nome jade reúne duas pedras: a nefrita e a jadeíta."},
	{"es-ES", "Con el nombre de jade se conocen dos piedras: la nefrita y la jadeíta."},
	{"es-MX", "El nombre jade abarca dos piedras distintas, la nefrita y la jadeíta."},
	{"de-DE", "Unter dem Namen Jade verbergen sich zwei Steine: Nephrit und Jadeit."},
	{"nl-NL", "Onder de naam jade vallen twee stenen: nefriet en jadeïet."},
	{"sv-SE", "Namnet jade rymmer två stenar: nefrit och jadeit."},
	{"da-DK", "Navnet jade dækker to sten: nefrit og jadeit."},
	{"nb-NO", "Navnet jade dekker to steiner: nefritt og jadeitt."},
	{"fi-FI", "Jade-nimi kattaa kaksi kiveä: nefriitin ja jadeiitin."},
	{"pl-PL", "Nazwa jadeit obejmuje dwa kamienie: nefryt i jadeit."},
	{"cs-CZ", "Název jadeit zahrnuje dva kameny: nefrit a jadeit."},
	{"el-GR", "Το όνομα νεφρίτης καλύπτει δύο πέτρες: τον νεφρίτη και τον ιαδεΐτη."},
	{"tr-TR", "Yeşim adı iki taşı kapsar: nefrit ve jadeit."},
	{"ar-AE", "يشمل اسم اليشم حجرين: النفريت والجاديت."},
	{"ja-JP", "翡翠という名は二つの石、ネフライトとジェダイトを指します。"},
	{"ko-KR", "옥이라는 이름은 두 가지 돌, 연옥과 경옥을 가리킵니다."},
	{"zh-CN", "“玉”这个名字涵盖两种石头：软玉和硬玉。"},
	{"zh-TW", "「玉」這個名稱涵蓋兩種石頭：軟玉與硬玉。"},
}

// TestKindsCount51 (#13, count51): a count of a generic stone noun
// followed by the names of as many different stones ("two stones,
// nephrite and jadeite") counts the kinds a trade name covers, not the
// piece's stones, in 25 locales; copy explaining a nephrite jade. The rows
// of 19 locales blocked grounding.count on main 7ff2e44a; ar-AE, ko-KR,
// zh-CN and zh-TW passed already and are pinned.
func TestKindsCount51(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(count51Jade, false, count51Rows))
}

// TestKindsCount51Bad (#13, count51): a count of the piece's stones still
// blocks: names of fewer kinds than the count, or one of them counted.
func TestKindsCount51Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(count51Jade, true, [][2]string{
		{"en-GB", "The pendant holds three stones, nephrite and jadeite."},
		{"en-GB", "The disc is framed by two stones, both nephrite."},
		{"fr-FR", "Le pendentif réunit trois pierres : deux néphrites et une jadéite."},
		{"de-DE", "Der Anhänger trägt zwei Steine aus Nephrit."},
	}))
}

// TestKindsCount51Open (#13, count51): left open. The names after a verb
// rather than right after the noun ("Two different stones share the name
// jade: nephrite and jadeite"), and fr-CA "jadéite" after "deux pierres
// distinctes :" read as the piece's stone (grounding.stone).
func TestKindsCount51Open(t *testing.T) {
	t.Skip("open (#13, count51): kinds named after a verb; fr-CA jadéite as the piece's stone")
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(count51Jade, false, [][2]string{
		{"en-AU", "Two different stones share the name jade: nephrite and jadeite."},
		{"fr-CA", "Le jade regroupe deux pierres distinctes : la néphrite et la jadéite."},
	}))
}
