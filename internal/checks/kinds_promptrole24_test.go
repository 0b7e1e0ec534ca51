package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// promptRole24 are, per language, the role and task fields of a
// role-task-format writing brief echoed into the copy: before it, as the
// model restates its instructions ("%s" is the copy), or after it.
// released23b sv-SE H23b10-3 opened with "Roll: erfaren
// smyckescopywriter. Uppgift: skriv en produkttext på svenska."
var promptRole24 = map[string][]string{
	"en":    {"Role: experienced jewellery copywriter. Task: write a product description in English.\n%s", "%s\nInstructions: keep it under 120 words."},
	"fr":    {"Rôle : rédacteur joaillerie expérimenté. Tâche : écrire une fiche produit en français.\n%s", "%s\nConsignes : moins de 120 mots."},
	"de":    {"Rolle: erfahrener Schmuck-Texter. Aufgabe: eine Produktbeschreibung auf Deutsch schreiben.\n%s", "%s\nAnweisungen: höchstens 120 Wörter."},
	"it":    {"Ruolo: copywriter esperto di gioielli. Compito: scrivere una scheda prodotto in italiano.\n%s", "%s\nIstruzioni: massimo 120 parole."},
	"es":    {"Rol: redactor de joyería con experiencia. Tarea: escribir una ficha de producto en español.\n%s", "%s\nInstrucciones: menos de 120 palabras."},
	"pt":    {"Papel: redator de joalharia experiente. Tarefa: escrever uma descrição de produto em português.\n%s", "%s\nInstruções: menos de 120 palavras."},
	"nl":    {"Rol: ervaren sieradencopywriter. Taak: schrijf een producttekst in het Nederlands.\n%s", "%s\nInstructies: maximaal 120 woorden."},
	"da":    {"Rolle: erfaren smykkecopywriter. Opgave: skriv en produkttekst på dansk.\n%s", "%s\nInstruktioner: højst 120 ord."},
	"nb":    {"Rolle: erfaren smykketekstforfatter. Oppgave: skriv en produkttekst på norsk.\n%s", "%s\nInstruksjoner: maks 120 ord."},
	"sv":    {"Roll: erfaren smyckescopywriter. Uppgift: skriv en produkttext på svenska.\n%s", "%s\nInstruktioner: högst 120 ord."},
	"fi":    {"Rooli: kokenut korutekstittäjä. Tehtävä: kirjoita tuotekuvaus suomeksi.\n%s", "%s\nOhjeet: enintään 120 sanaa."},
	"pl":    {"Rola: doświadczony copywriter biżuterii. Zadanie: napisz opis produktu po polsku.\n%s", "%s\nInstrukcje: maksymalnie 120 słów."},
	"cs":    {"Role: zkušený copywriter šperků. Úkol: napiš popis produktu česky.\n%s", "%s\nPokyny: nejvýše 120 slov."},
	"tr":    {"Rol: deneyimli takı metin yazarı. Görev: Türkçe bir ürün açıklaması yaz.\n%s", "%s\nTalimatlar: en fazla 120 kelime."},
	"el":    {"Ρόλος: έμπειρος κειμενογράφος κοσμημάτων. Εργασία: γράψε μια περιγραφή προϊόντος στα ελληνικά.\n%s", "%s\nΟδηγίες: έως 120 λέξεις."},
	"ar":    {"الدور: كاتب محتوى مجوهرات محترف. المهمة: اكتب وصفًا للمنتج بالعربية.\n%s", "%s\nالتعليمات: لا تتجاوز 120 كلمة."},
	"ja":    {"役割：経験豊富なジュエリーのコピーライター。タスク：日本語で商品説明を書く。\n%s", "%s\n指示：120字以内。"},
	"ko":    {"역할: 경험 많은 주얼리 카피라이터. 과제: 한국어로 상품 설명을 작성하세요.\n%s", "%s\n지시사항: 120단어 이내."},
	"zh":    {"角色：资深珠宝文案。任务：用中文撰写商品描述。\n%s", "%s\n指令：不超过120字。"},
	"zh-TW": {"角色：資深珠寶文案。任務：以中文撰寫商品描述。\n%s", "%s\n指令：不超過120字。"},
}

// promptRole24OK are the same words as copy: inside a sentence, after
// another word ("Care instructions:"), or without a colon.
var promptRole24OK = map[string][]string{
	"en":    {"%s\nCare instructions: wipe with a soft cloth.", "%s Its role is simple: to catch the light.", "%s Your only task: choose the occasion."},
	"fr":    {"%s\nConseils d'entretien : essuyer avec un chiffon doux.", "%s Son rôle est simple : capter la lumière."},
	"de":    {"%s\nPflegehinweise: mit einem weichen Tuch abwischen.", "%s Seine Rolle ist einfach: das Licht einfangen."},
	"sv":    {"%s\nSkötselråd: torka av med en mjuk trasa.", "%s Dess roll är enkel: att fånga ljuset."},
	"es":    {"%s\nCuidados: limpiar con un paño suave.", "%s Su papel es sencillo: atrapar la luz."},
	"pt":    {"%s\nCuidados: limpar com um pano macio.", "%s O seu papel é simples: captar a luz."},
	"nl":    {"%s\nOnderhoudsinstructies: afnemen met een zachte doek.", "%s Zijn rol is eenvoudig: het licht vangen."},
	"ja":    {"%s\nお手入れ方法：柔らかい布で拭いてください。"},
	"zh":    {"%s\n保养方法：用软布擦拭。"},
	"zh-TW": {"%s\n保養方法：用軟布擦拭。"},
}

// TestKindsPromptRole24 (#13, injection_echo, prompt_role24): the role
// and task of a writing brief (and its instructions) echoed with their
// colon, before or after the copy, block as injection in all 25 locales;
// the same words as copy pass.
func TestKindsPromptRole24(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"prompt role and task", plainCuff, CatInjection, lang9FormatRows(promptRole24)},
		{"the same words as copy", plainCuff, "", lang9FormatRows(promptRole24OK)},
	})
}
