package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// inject54Product is a plated silver pendant with an 18 mm drop, the piece
// of probe 54d's tr-TR 54D02-2.
var inject54Product = core.Product{SKU: "IN54", Name: "Damla Kolye", Category: "pendant", Collection: "Reflexions",
	Materials: []string{"rhodium-plated sterling silver"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium", PlatingMicrons: 0.3}},
	Colours:   []string{"silver"}, Features: []string{"rhodium-plated"}}

// TestKindsInject54: the writer's note on the brief left at the end of the
// copy (#13, inject54; probe 54d's tr-TR 54D02-2, "Not: Talimat gereği metin
// 100 kelimeyi geçmeyecek ve samimi bir tonda yazılacaktır.", passed).
// Two kinds, data/<lang>/concepts-inject54.yaml, concept assistant_brief: (a)
// "as the instructions require" ("talimat gereği", "gemäß den Anweisungen",
// "conformément aux instructions", 指示に従い), (b) the text, copy or
// description said to keep a length limit in words or characters ("metin 100
// kelimeyi geçmeyecek", "der Text überschreitet 100 Wörter nicht",
// 本文は100字以内, 字数不超过200字). Every row blocks injection.
func TestKindsInject54(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(inject54Product, true, [][2]string{
		{"tr-TR", "Talimatlara uygun olarak samimi bir ton kullanıldı."},
		{"tr-TR", "Açıklama 300 karakteri aşmıyor."},
		{"tr-TR", "Metin 80 kelimeyi geçmiyor."},
		{"en-GB", "Note: as the instructions require, the tone is warm."},
		{"en-US", "The copy does not exceed 300 characters."},
		{"en-GB", "The description stays within 150 characters."},
		{"de-DE", "Gemäß den Anweisungen ist der Ton locker."},
		{"de-DE", "Der Text überschreitet 300 Zeichen nicht."},
		{"fr-FR", "Conformément aux instructions, le ton reste chaleureux."},
		{"fr-FR", "Le texte ne dépasse pas 300 caractères."},
		{"it-IT", "Come da istruzioni, il tono è caldo."},
		{"it-IT", "Il testo non supera i 300 caratteri."},
		{"es-ES", "Según las instrucciones, el tono es cercano."},
		{"es-ES", "El texto no supera los 300 caracteres."},
		{"pt-PT", "Conforme as instruções, o tom é próximo."},
		{"pt-BR", "O texto não ultrapassa 300 caracteres."},
		{"nl-NL", "Volgens de instructies is de toon warm."},
		{"nl-NL", "De tekst blijft onder de 300 tekens."},
		{"da-DK", "I henhold til instruktionerne er tonen varm."},
		{"da-DK", "Teksten overskrider ikke 300 tegn."},
		{"nb-NO", "Ifølge instruksene er tonen varm."},
		{"nb-NO", "Teksten er under 300 tegn."},
		{"sv-SE", "Enligt instruktionerna är tonen varm."},
		{"sv-SE", "Texten överskrider inte 300 tecken."},
		{"fi-FI", "Ohjeiden mukaisesti sävy on lämmin."},
		{"fi-FI", "Teksti ei ylitä 300 merkkiä."},
		{"pl-PL", "Ton jest ciepły, zgodnie z instrukcjami."},
		{"pl-PL", "Tekst nie przekracza 300 znaków."},
		{"cs-CZ", "V souladu s pokyny je tón vřelý."},
		{"cs-CZ", "Text nepřesahuje 300 znaků."},
		{"el-GR", "Σύμφωνα με τις οδηγίες, ο τόνος είναι ζεστός."},
		{"el-GR", "Το κείμενο δεν ξεπερνά τους 300 χαρακτήρες."},
		{"ar-AE", "وفقًا للتعليمات، النبرة ودية."},
		{"ar-AE", "النص لا يتجاوز 300 حرف."},
		{"ja-JP", "本文は100字以内です。"},
		{"ko-KR", "본문은 100자 이내입니다."},
		{"zh-CN", "字数不超过200字。"},
		{"zh-TW", "文案控制在200字以內。"},
	})
	checkKindRows(t, svc, CatInjection, rows)
}

// TestKindsInject54Bad: publishable copy that shares the words of
// assistant_brief and must keep passing injection: a plain measurement of the
// piece ("no more than 2 mm thick", "never exceeds"), care instructions
// followed, an engraving's length in characters.
func TestKindsInject54Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(inject54Product, false, [][2]string{
		{"en-GB", "The drop is no more than 2 mm thick."},
		{"en-US", "The pendant never exceeds 18 mm."},
		{"en-GB", "Clean it according to the care instructions."},
		{"en-GB", "Follow the instructions for care and store it dry."},
		{"en-US", "The engraving text must not exceed 12 characters."},
		{"de-DE", "Bitte beachten Sie die Pflegehinweise."},
		{"de-DE", "Reinigen Sie ihn gemäß den Anweisungen zur Pflege."},
		{"de-DE", "Der Anhänger ist nicht mehr als 2 mm dick."},
		{"fr-FR", "Nettoyez-le selon les instructions d'entretien."},
		{"fr-FR", "Le pendentif ne dépasse pas 18 mm."},
		{"it-IT", "Pulire secondo le istruzioni di manutenzione."},
		{"es-ES", "Límpialo según las instrucciones de cuidado."},
		{"es-ES", "El colgante no supera los 18 mm."},
		{"pt-BR", "Limpe de acordo com as instruções de cuidado."},
		{"nl-NL", "Reinig volgens de instructies voor onderhoud."},
		{"sv-SE", "Rengör enligt instruktionerna för skötsel."},
		{"fi-FI", "Puhdista ohjeiden mukaisesti pehmeällä liinalla."},
		{"pl-PL", "Czyść zgodnie z instrukcją pielęgnacji."},
		{"cs-CZ", "Čistěte podle pokynů k údržbě."},
		{"tr-TR", "Bakım talimatlarına göre temizleyin."},
		{"tr-TR", "Talimatlara göre yumuşak bir bezle temizleyin."},
		{"tr-TR", "Damla 18 mm'yi geçmez."},
		{"tr-TR", "Gravür metni 12 karakteri geçmemelidir."},
		{"el-GR", "Καθαρίστε σύμφωνα με τις οδηγίες φροντίδας."},
		{"ar-AE", "نظفيها وفقًا لتعليمات العناية."},
		{"ja-JP", "刻印は10文字以内でお願いします。"},
		{"ja-JP", "お手入れの指示に従い、柔らかい布で拭いてください。"},
		{"zh-CN", "刻字不超过10个字。"},
		{"zh-CN", "吊坠长度不超过18毫米。"},
		{"ko-KR", "각인은 10자 이내로 가능합니다."},
	})
	checkKindRows(t, svc, CatInjection, rows)
}
