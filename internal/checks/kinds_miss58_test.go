package checks

import "testing"

// Products of TestKindsMiss58 (#13, miss58): those of probe 58C and
// released 58A rows whose untrue copy passed (misses49Product reads the
// product model's JSON, as POST /v1/checks takes it).
var (
	miss58Mag     = misses49Product(`{"sku": "B58C-itIT-01", "name": "Orecchini in magnesite blu", "category": "earrings", "collection": "Essence", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "magnesite", "colour": "blue", "count": 2, "origin": "simulant", "treatment": "dyed"}], "colours": ["blue", "silver"], "measurements": [{"name": "stone diameter", "value": 10, "unit": "mm"}], "features": [], "occasions": [], "keywords": []}`)
	miss58Gold    = misses49Product(`{"sku": "B58C-esMX-04", "name": "Dije de Goldstone", "category": "necklace", "collection": "Moments", "materials": ["18k gold vermeil"], "metals": [{"base": "sterling silver", "plating": "gold", "fineness": "18k", "plating_microns": 2.5}], "stones": [{"type": "goldstone", "colour": "copper brown", "count": 1, "origin": "simulant"}], "colours": ["brown", "gold"], "measurements": [{"name": "pendant diameter", "value": 18, "unit": "mm"}, {"name": "chain length", "value": 42, "unit": "cm"}], "features": [], "occasions": [], "keywords": []}`)
	miss58Shakudo = misses49Product(`{"sku": "B58C-deDE-03", "name": "Anhänger aus Shakudo", "category": "necklace", "collection": "Heritage", "materials": ["shakudo", "sterling silver"], "metals": [{"base": "shakudo"}, {"base": "sterling silver", "fineness": "925"}], "colours": ["black", "silver"], "attributes": {"alloy": "shakudo: copper with about 4% gold, patinated"}, "measurements": [{"name": "pendant diameter", "value": 25, "unit": "mm"}, {"name": "chain length", "value": 45, "unit": "cm"}], "stones": [], "features": [], "occasions": [], "keywords": []}`)
	miss58Clara   = misses49Product(`{"sku": "B48B-ES-04", "name": "Alianza Clara", "category": "ring", "collection": "Timeless", "materials": ["18k white gold"], "stones": [], "colours": ["white", "silver"], "features": ["nickel-free", "rhodium-plated"], "occasions": ["wedding"], "keywords": ["alianza"], "attributes": {"alloy": "gold-palladium, nickel-free"}, "metals": [{"base": "white gold", "plating": "rhodium", "fineness": "750"}], "measurements": [{"name": "band width", "value": 3, "unit": "mm"}]}`)
	miss58Star    = misses49Product(`{"sku": "B58A-nlNL-02", "name": "Sterrenring", "category": "ring", "collection": "Heritage", "metals": [{"base": "yellow gold", "fineness": "14k"}], "stones": [{"type": "star sapphire", "colour": "blue", "count": 1, "origin": "natural", "treatment": "none"}], "colours": ["blue", "gold"], "features": ["unheated", "asterism", "cabochon"], "total_carat_weight": 1.4, "measurements": [{"name": "stone weight", "value": 1.4, "unit": "ct"}], "occasions": [], "keywords": []}`)
	miss58Plat    = misses49Product(`{"sku": "B58A-fiFI-04", "name": "Platinariipus Kuu", "category": "pendant necklace", "collection": "Essence", "metals": [{"base": "platinum", "fineness": "999"}], "colours": ["white"], "features": ["brushed finish"], "measurements": [{"name": "pendant diameter", "value": 14, "unit": "mm"}, {"name": "chain length", "value": 45, "unit": "cm"}], "stones": [], "occasions": [], "keywords": []}`)
)

// TestKindsMiss58 (#13, miss58): untrue copy that passed on main 9e28734f;
// every row did. (1) A treatment denial past a compared stone in an aside
// ("Il suo blu, simile a quello del turchese, è … senza alcun
// trattamento" on a dyed magnesite; grounding/treatment_aside58.go). (2) A
// stone named by a virtue it gives ("la piedra de la ambición", "stone of
// success") and success or wealth attracted (checks/data/*/
// concepts-stoneof58.yaml). (3) A gold chain on shakudo, whose data name
// the alloy's 4 % gold (grounding/alloy_minor58.go). (4) A star compound
// of another species (sterrobijn, Sternrubin, stjärnrubin, 스타루비 on a
// star sapphire; the packs' stone forms). (5) An Estonian sentence in Finnish
// copy with no listed word (fi-FI identity.close.et words and endings).
func TestKindsMiss58(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(miss58Mag, true, [][2]string{
		{"it-IT", "La magnesite è un minerale bianco per natura. Il suo blu cielo intenso, simile a quello del turchese, è del tutto naturale, senza alcun trattamento."},
		{"es-ES", "Su intenso azul cielo, parecido al de la turquesa, es totalmente natural, sin ningún tratamiento."},
		{"nl-NL", "Het diepe blauw, vergelijkbaar met dat van turkoois, is volledig natuurlijk, zonder enige behandeling."},
		{"pl-PL", "Jego intensywny błękit, podobny do turkusu, jest całkowicie naturalny, bez żadnej obróbki."},
	}))
	checkKindRows(t, svc, "claim", pairRows(miss58Gold, true, [][2]string{
		{"es-MX", "Se le conoce como la piedra de la ambición: atrae el éxito y ayuda a mantener la motivación."},
		{"en-GB", "It is known as the stone of ambition."},
		{"en-US", "They say it attracts success."},
		{"de-DE", "Er gilt als Stein des Erfolgs."},
		{"fr-CA", "On la surnomme la pierre du succès."},
		{"it-IT", "Attira il successo, dicono."},
		{"pt-BR", "É conhecida como a pedra da ambição."},
		{"nl-NL", "Hij staat bekend als de steen van ambitie."},
		{"pl-PL", "Nazywany jest kamieniem sukcesu."},
		{"el-GR", "Είναι γνωστή ως η πέτρα της επιτυχίας."},
		{"ar-AE", "يُعرف بحجر النجاح."},
		{"ja-JP", "成功の石として知られています。"},
		{"zh-CN", "它被称为成功之石。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(miss58Shakudo, true, [][2]string{
		{"de-DE", "Der Anhänger ist eine 25 mm große Scheibe an einer 45 cm langen Kette aus Gelbgold."},
		{"en-GB", "The pendant hangs on a 45 cm yellow gold chain."},
		{"fr-FR", "Le pendentif est suspendu à une chaîne en or jaune de 45 cm."},
		{"es-ES", "El colgante cuelga de una cadena de oro amarillo de 45 cm."},
		{"ja-JP", "ペンダントは45cmのイエローゴールドのチェーンに下がります。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(miss58Star, true, [][2]string{
		{"nl-NL", "De ring draagt een sterrobijn van 1,4 karaat."},
		{"de-DE", "Der Ring trägt einen Sternrubin von 1,4 Karat."},
		{"da-DK", "Ringen bærer en stjernerubin på 1,4 karat."},
		{"nb-NO", "Ringen bærer en stjernerubin på 1,4 karat."},
		{"sv-SE", "Ringen bär en stjärnrubin på 1,4 karat."},
		{"ko-KR", "반지에는 1.4캐럿 스타루비가 세팅되어 있습니다."},
	}))
	checkKindRows(t, svc, "locale", pairRows(miss58Plat, true, [][2]string{
		{"fi-FI", "Riipus on 14 mm:n pyöreä levy puhdasta platinaa. Harjatud pind pehmendab valgust ja ripats sobib hästi igapäevaseks kandmiseks. Myös ketju on samaa platinaa."},
	}))
}

// TestKindsMiss58Bad (#13, miss58): the same shapes said truly pass, and
// the denials they sit beside still block: a dye disclosed past the
// aside, a compared stone's own denial in its relative clause, a stone of
// great beauty and a sparkle that attracts glances, the shakudo's gold
// explained as the alloy's, a gold-palladium white gold's palladium, the
// star sapphire's own compounds, Finnish said in Finnish; the star ruby
// in one katakana word and an Estonian sentence with õ still block.
func TestKindsMiss58Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", pairRows(miss58Mag, true, [][2]string{
		{"it-IT", "La magnesite è del tutto naturale, senza alcun trattamento."},
		{"es-ES", "Su intenso azul cielo es totalmente natural, sin ningún tratamiento."},
	}))
	checkKindRows(t, svc, "", pairRows(miss58Mag, false, [][2]string{
		{"it-IT", "La magnesite è un minerale bianco per natura. Il suo blu cielo intenso, simile a quello del turchese, si ottiene con una tintura."},
		{"es-ES", "La magnesita es blanca por naturaleza. Su azul, parecido al de la turquesa, se consigue con un tinte."},
		{"es-ES", "La magnesita es blanca por naturaleza. A diferencia de la turquesa, que a veces se vende sin tratamiento, nuestra magnesita está teñida."},
	}))
	checkKindRows(t, svc, "", pairRows(miss58Gold, false, [][2]string{
		{"es-ES", "Una piedra de gran belleza; su brillo atrae las miradas."},
		{"zh-CN", "铜色的闪光吸引目光。"},
	}))
	checkKindRows(t, svc, "", pairRows(miss58Shakudo, false, [][2]string{
		{"de-DE", "Shakudo ist eine japanische Legierung aus Kupfer mit wenigen Prozent Gold."},
		{"en-GB", "Shakudo is a Japanese alloy of copper with a few per cent of gold, and the gold in the alloy gives the patina its tone."},
	}))
	checkKindRows(t, svc, "", pairRows(miss58Clara, false, [][2]string{
		{"es-ES", "El oro puro es amarillo; para blanquearlo hay que alearlo con otros metales. En esta pieza usamos paladio, que da un blanco grisáceo y cálido sin recurrir al níquel."},
	}))
	checkKindRows(t, svc, "", pairRows(miss58Star, false, [][2]string{
		{"nl-NL", "De ring draagt een stersaffier van 1,4 karaat."},
		{"de-DE", "Der Ring trägt einen Sternsaphir von 1,4 Karat."},
		{"sv-SE", "Ringen bär en stjärnsafir på 1,4 karat."},
		{"ja-JP", "リングには1.4カラットのスターサファイアがセットされています。"},
	}))
	checkKindRows(t, svc, "grounding", pairRows(miss58Star, true, [][2]string{
		{"ja-JP", "リングには1.4カラットのスタールビーがセットされています。"},
	}))
	checkKindRows(t, svc, "locale", pairRows(miss58Plat, true, [][2]string{
		{"fi-FI", "Riipus on 14 mm:n pyöreä levy puhdasta platinaa. Poleeritud ripats sobib hästi pidulikuks õhtuks."},
	}))
	checkKindRows(t, svc, "", pairRows(miss58Plat, false, [][2]string{
		{"fi-FI", "Riipus on 14 mm:n pyöreä levy puhdasta platinaa. Harjattu pinta pehmentää valoa, ja riipus sopii hyvin jokapäiväiseen käyttöön."},
	}))
}
