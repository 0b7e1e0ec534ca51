package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestDescriptionIsNoCareAdvice: a tarnish or water claim beside a word that only
// looks like care advice ("polished", "pulida", "poliertem", "poli",
// "made with care", "pulsera", "removable", "shows off") still blocks; real care advice (an
// imperative, an infinitive, a polishing cloth) still excuses it. Unless
// words were matched by stem or broad prefix, so descriptions of the
// piece excused the claim (#13).
func TestDescriptionIsNoCareAdvice(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"description beside a claim", plainCuff, CatClaim, []lt{
			{"en-GB", "Its polished surface stays bright."},
			{"en-US", "Finished with care, it stays shiny."},
			{"en-AU", "With clean lines, it stays bright."},
			{"fr-FR", "Son argent poli ne ternit jamais."},
			{"fr-CA", "Un fini poli qui ne ternit jamais."},
			{"de-DE", "Das polierte Silber verblasst nie."},
			{"es-ES", "Su plata pulida nunca se oscurece."},
			{"es-MX", "Una pulsera hecha con cuidado que nunca se oscurece."},
			{"it-IT", "L'argento lucidato non sbiadisce."},
			{"pt-BR", "A prata polida nunca escurece."},
			{"pt-PT", "Uma pulseira polida que nunca escurece."},
			{"nl-NL", "Het zilver is gepoetst en verkleurt nooit."},
			{"sv-SE", "Det putsade silvret mörknar aldrig."},
			{"da-DK", "Det polerede sølv anløber aldrig."},
			{"nb-NO", "Det polerte sølvet mørkner aldri."},
			{"fi-FI", "Kiillotettu hopea ei koskaan tummu."},
			{"pl-PL", "Polerowane srebro nigdy nie ciemnieje."},
			{"cs-CZ", "Leštěné stříbro nikdy nečerná."},
			{"el-GR", "Το γυαλισμένο ασήμι δεν μαυρίζει ποτέ."},
			{"tr-TR", "Parlatılmış gümüş asla kararmaz."},
			{"ar-AE", "الفضة اللامعة لا تتأكسد أبدًا."},
			{"ja-JP", "磨き上げたシルバーは変色しません。"},
			{"ko-KR", "광택 나는 실버는 절대 변색되지 않습니다."},
			{"zh-CN", "这款首饰永不褪色。"},
			{"zh-TW", "這款首飾永不褪色。"},
		}},
		{"removable part beside a water claim", plainCuff, CatClaim, []lt{
			{"en-GB", "A removable charm, and it is shower safe."},
			{"en-US", "It shows off your wrist and is shower safe."},
			{"de-DE", "Mit abnehmbarem Anhänger und wasserdicht."},
			{"pt-BR", "Com tira de couro, usa-se no mar."},
			{"it-IT", "Con ciondolo rimovibile, resiste all'acqua."},
			{"da-DK", "Med fjernbar vedhæng: bær den i vandet."},
			{"nl-NL", "Met verwijderbare bedel: draag hem in zee."},
		}},
		{"removal advice beside a water claim", plainCuff, "", []lt{
			{"en-GB", "Remove it before you shower, even if it is shower safe."},
			{"it-IT", "Toglilo prima del bagno, anche se resiste all'acqua."},
		}},
		{"care advice beside a claim", plainCuff, "", []lt{
			{"en-GB", "Polish it with a soft cloth and it stays bright."},
			{"en-US", "Store it in its pouch and it stays shiny."},
			{"en-AU", "Wipe it after wearing and it stays bright."},
			{"fr-FR", "Rangez-la dans sa pochette : elle ne ternit jamais."},
			{"fr-CA", "Essuyez-la avec un chiffon et elle ne ternit jamais."},
			{"de-DE", "Mit einem Tuch polieren: Der Glanz verblasst nie."},
			{"es-ES", "Púlela con un paño y nunca se oscurece."},
			{"es-MX", "Guárdala en su bolsita y nunca se oscurece."},
			{"it-IT", "Puliscilo con un panno e non sbiadisce."},
			{"pt-BR", "Guarde no estojo e nunca escurece."},
			{"pt-PT", "Limpe com um pano e nunca escurece."},
			{"nl-NL", "Bewaar het in een zakje en het verkleurt nooit."},
			{"sv-SE", "Förvara det i en påse så mörknar det aldrig."},
			{"da-DK", "Opbevar det i en pose, så anløber det aldrig."},
			{"nb-NO", "Oppbevar det i en pose, så mørkner det aldri."},
			{"fi-FI", "Säilytä pussissa, niin hopea ei koskaan tummu."},
			{"pl-PL", "Przechowuj w woreczku, a srebro nigdy nie ciemnieje."},
			{"cs-CZ", "Uchovávejte v sáčku a stříbro nikdy nečerná."},
			{"el-GR", "Φυλάξτε το στο πουγκί και δεν μαυρίζει ποτέ."},
			{"tr-TR", "Kesesinde saklayın, gümüş asla kararmaz."},
			{"ar-AE", "احفظي القطعة في كيس ولن تتأكسد أبدًا."},
			{"ja-JP", "柔らかいクロスで磨けば変色しません。"},
			{"ko-KR", "파우치에 보관하면 절대 변색되지 않습니다."},
			{"zh-CN", "用软布擦拭后存放，永不褪色。"},
			{"zh-TW", "用軟布擦拭後存放，永不褪色。"},
		}},
	})
}
