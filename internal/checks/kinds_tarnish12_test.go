package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// tarn12Lang is one language's permanence of the finish said in other
// words (block: nothing of the shine lost over the years, the look kept
// for ever with or without care) and its publishable twins (care: wiping
// or storing the piece to keep its shine, which is advice, not a promise).
type tarn12Lang struct{ block, care []string }

var tarn12Texts = map[string]tarn12Lang{
	"en": {block: []string{"It loses none of its shine over the years.", "It keeps its look forever, with no care at all."},
		care: []string{"Wipe it with a soft cloth to keep its shine.", "Store it in its pouch to keep it bright longer."}},
	"de": {block: []string{"Ein Armband, das auch nach vielen Jahren nichts von seinem Schimmer verliert.", "Es behält sein Aussehen für immer, ganz ohne Pflege."},
		care: []string{"Mit einem weichen Tuch abwischen, um den Glanz zu erhalten.", "Im Beutel aufbewahren, damit es länger hell bleibt."}},
	"fr": {block: []string{"Il ne perd rien de son éclat au fil des ans.", "Il conserve son allure pour toujours, sans le moindre soin."},
		care: []string{"Essuyez-le avec un chiffon doux pour garder son éclat.", "Rangez-le dans sa pochette pour qu'il reste brillant plus longtemps."}},
	"it": {block: []string{"Non perde nulla della sua lucentezza con gli anni.", "Conserva il suo aspetto originale per sempre, senza bisogno di cure."},
		care: []string{"Passalo con un panno morbido per mantenerne la lucentezza.", "Riponilo nel sacchetto per mantenerlo brillante più a lungo."}},
	"es": {block: []string{"No pierde nada de su brillo con los años.", "Conserva su aspecto para siempre sin ningún cuidado."},
		care: []string{"Límpialo con un paño suave para mantener su brillo.", "Guárdalo en su bolsa para que se mantenga brillante más tiempo."}},
	"pt": {block: []string{"Não perde nada do seu brilho com os anos.", "Mantém a sua aparência para sempre, sem qualquer cuidado."},
		care: []string{"Limpe com um pano macio para manter o brilho.", "Guarde-o na bolsinha para que continue brilhante por mais tempo."}},
	"nl": {block: []string{"Verliest in de loop der jaren niets van zijn glans.", "Behoudt voor altijd zijn uitstraling, zonder enig onderhoud."},
		care: []string{"Veeg hem af met een zachte doek om de glans te behouden.", "Bewaar hem in het zakje zodat hij langer mooi blijft."}},
	"da": {block: []string{"Mister intet af sin glans med årene.", "Bevarer sit udseende for altid uden nogen pleje."},
		care: []string{"Tør den af med en blød klud for at bevare glansen.", "Opbevar den i posen, så den holder sig blank længere."}},
	"nb": {block: []string{"Mister ingenting av glansen med årene.", "Beholder utseendet sitt for alltid uten noe stell."},
		care: []string{"Tørk den av med en myk klut for å bevare glansen.", "Oppbevar den i posen så den holder seg blank lenger."}},
	"sv": {block: []string{"Förlorar inget av sin lyster med åren.", "Behåller sitt utseende för alltid utan någon skötsel."},
		care: []string{"Torka av den med en mjuk trasa för att bevara lystern.", "Förvara den i påsen så håller den sig blank längre."}},
	"fi": {block: []string{"Ei menetä vuosienkaan aikana mitään kiillostaan.", "Säilyttää ulkonäkönsä ikuisesti ilman mitään hoitoa."},
		care: []string{"Pyyhi se pehmeällä liinalla, niin se säilyttää kiiltonsa.", "Säilytä se pussissa, niin se pysyy kirkkaana pidempään."}},
	"pl": {block: []string{"Z biegiem lat nie traci nic ze swojego blasku.", "Zachowuje swój wygląd na zawsze bez żadnej pielęgnacji."},
		care: []string{"Przetrzyj miękką ściereczką, aby zachować blask.", "Przechowuj w woreczku, aby dłużej pozostał lśniący."}},
	"cs": {block: []string{"Ani po letech neztrácí nic ze svého lesku.", "Navždy si zachová svůj vzhled bez jakékoli péče."},
		care: []string{"Otřete ho jemným hadříkem, aby si zachoval lesk.", "Uchovávejte ho v sáčku, aby zůstal déle lesklý."}},
	"tr": {block: []string{"Yıllar geçse de parlaklığından hiçbir şey kaybetmez.", "Hiçbir bakım gerektirmeden görünümünü sonsuza dek korur."},
		care: []string{"Parlaklığını korumak için yumuşak bir bezle silin.", "Daha uzun süre parlak kalması için kesesinde saklayın."}},
	"el": {block: []string{"Δεν χάνει τίποτα από τη λάμψη του με τα χρόνια.", "Διατηρεί την εμφάνισή του για πάντα χωρίς καμία φροντίδα."},
		care: []string{"Σκουπίστε το με ένα μαλακό πανί για να διατηρήσει τη λάμψη του.", "Φυλάξτε το στο πουγκί του για να μείνει λαμπερό περισσότερο."}},
	"ar": {block: []string{"لا يفقد شيئًا من بريقه مع مرور السنين.", "يحافظ على مظهره إلى الأبد دون أي عناية."},
		care: []string{"امسحه بقطعة قماش ناعمة للحفاظ على بريقه.", "احفظه في الكيس ليبقى لامعًا لفترة أطول."}},
	"ja": {block: []string{"年月が経っても輝きを少しも失いません。", "お手入れなしでいつまでも見た目が変わりません。"},
		care: []string{"柔らかい布で拭くと輝きを保てます。", "ポーチに保管すると輝きが長持ちします。"}},
	"ko": {block: []string{"세월이 흘러도 광채를 조금도 잃지 않습니다.", "별도의 관리 없이도 영원히 그 모습을 유지합니다."},
		care: []string{"부드러운 천으로 닦아 광택을 유지하세요.", "파우치에 보관하면 더 오래 반짝입니다."}},
	"zh-CN": {block: []string{"多年之后光泽丝毫不减。", "无需任何保养，永远保持原样。"},
		care: []string{"用软布擦拭以保持光泽。", "存放在首饰袋中可让它更长久地保持光亮。"}},
	"zh-TW": {block: []string{"多年之後光澤絲毫不減。", "無需任何保養，永遠保持原樣。"},
		care: []string{"用軟布擦拭以保持光澤。", "存放在首飾袋中可讓它更長久地保持光亮。"}},
}

// TestKindsTarnish12: the finish's permanence said in other words, nothing
// of the shine lost over the years ("loses none of its shine", "nichts von
// seinem Schimmer verliert", "mister intet af sin glans") or the look kept
// for ever, with or without care ("keeps its look forever", "永远保持原样",
// Japanese "お手入れなしで", where the care word is waved away), is the
// tarnish claim (#13, claim_tarnish; released 12: German verb-final
// "nichts von seinem Glanz verliert", Italian "aspetto per sempre"): it
// blocks on sterling silver and passes where a tarnish-proof feature
// licenses it. Care advice that keeps the shine (wiping, storing) passes.
// The care rows include the Swedish "torka ... trasa" that blocked before.
func TestKindsTarnish12(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var block, care []lt
	perLocale(t, tarn12Texts, "tarnish12", func(loc string, x tarn12Lang, in func([]string) []lt) {
		block = append(block, in(x.block)...)
		care = append(care, in(x.care)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"permanence of the finish on sterling silver", plainCuff, CatClaim, block},
		{"permanence of the finish licensed by tarnish-proof", withTarnishProof(plainCuff), "", block},
		{"care advice keeping the shine", plainCuff, "", care},
	})
}
