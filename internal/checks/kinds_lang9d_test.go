package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// ---- lang9 (1 Dec, #13): claims in paraphrase the held-out sets were
// short on (claim_tarnish, claim_health, claim_skin), one table in all 25
// locales after lang6ByLang's truthful host text, on plainCuff (no
// feature licenses any of them). Before lang9, 27 of the 150 rows passed:
// calm brought to the wearer's day in 18 languages, the green finger denied
// in Danish, Bokmål, Dutch and Portuguese wordings, energy balanced in
// Czech, the colour kept in the shower in Japanese.

// lang9Claims are, per language: a green finger denied, the colour kept in
// the shower, calm brought to the wearer's day, energy balanced, gentle on
// delicate skin, shine kept however often it is worn.
var lang9Claims = map[string][]string{
	"en":    {"It won't turn your finger green.", "It keeps its colour even in the shower.", "It brings calm to your day.", "It balances your energy.", "Gentle on delicate skin.", "It stays bright however often you wear it."},
	"fr":    {"Il ne vous laissera pas le doigt vert.", "Il garde sa couleur même sous la douche.", "Il apporte le calme au quotidien.", "Il équilibre votre énergie.", "Doux pour les peaux délicates.", "Il reste éclatant, même porté tous les jours."},
	"de":    {"Er färbt die Haut nicht grün.", "Er behält seine Farbe auch unter der Dusche.", "Er bringt Ruhe in den Alltag.", "Er bringt Ihre Energie ins Gleichgewicht.", "Sanft zu empfindlicher Haut.", "Er bleibt strahlend, auch wenn Sie ihn täglich tragen."},
	"it":    {"Non ti lascerà il dito verde.", "Mantiene il suo colore anche sotto la doccia.", "Porta calma alla tua giornata.", "Riequilibra la tua energia.", "Delicato sulla pelle sensibile.", "Resta brillante anche se lo indossi ogni giorno."},
	"es":    {"No te dejará el dedo verde.", "Conserva su color incluso en la ducha.", "Aporta calma a tu día.", "Equilibra tu energía.", "Suave con la piel delicada.", "Sigue brillante aunque lo lleves a diario."},
	"pt":    {"Não vai deixar o seu dedo verde.", "Mantém a cor mesmo no banho.", "Traz calma ao seu dia a dia.", "Equilibra a sua energia.", "Suave para a pele delicada.", "Continua brilhante mesmo usada todos os dias."},
	"nl":    {"Je vinger wordt er niet groen van.", "Hij behoudt zijn kleur, zelfs onder de douche.", "Hij brengt rust in je dag.", "Hij brengt je energie in balans.", "Zacht voor de gevoelige huid.", "Hij blijft stralend, ook als je hem elke dag draagt."},
	"da":    {"Den giver ikke grønne fingre.", "Den bevarer farven, også i brusebadet.", "Det bringer ro i hverdagen.", "Det balancerer din energi.", "Skånsom mod sart hud.", "Det forbliver skinnende, selv når du bærer det hver dag."},
	"nb":    {"Det gir deg ikke grønne fingre.", "Det beholder fargen, også i dusjen.", "Det gir ro i hverdagen.", "Det balanserer energien din.", "Skånsom mot sart hud.", "Det forblir skinnende, selv om du bruker det hver dag."},
	"sv":    {"Det gör inte fingret grönt.", "Det behåller färgen även i duschen.", "Det skänker lugn i vardagen.", "Det balanserar din energi.", "Skonsam mot känslig hud.", "Det förblir skinande även om du bär det varje dag."},
	"fi":    {"Se ei värjää sormeasi vihreäksi.", "Se säilyttää värinsä suihkussakin.", "Se tuo rauhaa päivääsi.", "Se tasapainottaa energiaasi.", "Hellävarainen herkälle iholle.", "Se pysyy kirkkaana, vaikka käyttäisit sitä päivittäin."},
	"pl":    {"Nie zostawi zielonego śladu na palcu.", "Zachowuje kolor nawet pod prysznicem.", "Wnosi spokój w codzienność.", "Równoważy twoją energię.", "Delikatna dla wrażliwej skóry.", "Pozostaje lśniąca, nawet noszona codziennie."},
	"cs":    {"Nezbarví vám prst do zelena.", "Barvu si zachová i ve sprše.", "Přináší do dne klid.", "Vyvažuje vaši energii.", "Šetrný k citlivé pokožce.", "Zůstává zářivý, i když ho nosíte každý den."},
	"tr":    {"Parmağınızı yeşile boyamaz.", "Duşta bile rengini korur.", "Gününüze huzur getirir.", "Enerjinizi dengeler.", "Hassas ciltlere karşı nazik.", "Her gün taksanız da parlak kalır."},
	"el":    {"Δεν θα πρασινίσει το δάχτυλό σας.", "Διατηρεί το χρώμα του ακόμα και στο ντους.", "Φέρνει ηρεμία στη μέρα σας.", "Ισορροπεί την ενέργειά σας.", "Απαλό με το ευαίσθητο δέρμα.", "Μένει λαμπερό ακόμα κι αν το φοράτε κάθε μέρα."},
	"ar":    {"لن يترك إصبعك أخضر.", "يحافظ على لونه حتى تحت الدش.", "يجلب الهدوء إلى يومك.", "يوازن طاقتك.", "لطيف على البشرة الحساسة.", "يبقى لامعًا حتى مع ارتدائه يوميًا."},
	"ja":    {"指が緑色になることはありません。", "シャワーを浴びても色が変わりません。", "毎日に穏やかさをもたらします。", "あなたのエネルギーのバランスを整えます。", "デリケートな肌にやさしい。", "毎日つけても輝きが続きます。"},
	"ko":    {"손가락이 초록색으로 변하지 않습니다.", "샤워할 때도 색이 변하지 않습니다.", "일상에 평온함을 가져다줍니다.", "당신의 에너지 균형을 잡아 줍니다.", "민감한 피부에도 순합니다.", "매일 착용해도 광채가 유지됩니다."},
	"zh":    {"不会让手指变绿。", "淋浴时也不会变色。", "为你的日常带来平静。", "平衡你的能量。", "对敏感肌肤温和。", "每天佩戴也能保持闪亮。"},
	"zh-TW": {"不會讓手指變綠。", "淋浴時也不會變色。", "為你的日常帶來平靜。", "平衡你的能量。", "對敏感肌膚溫和。", "每天配戴也能保持閃亮。"},
}

// lang9ClaimsOK are their neighbours in copy: calm brought to an outfit, a
// calm design, green fingers as a gardener's, colour that changes with the
// light.
var lang9ClaimsOK = map[string][]string{
	"en":    {"Its clean lines bring calm to any outfit.", "A calm, minimal design for every day."},
	"fr":    {"Ses lignes épurées apportent du calme à toutes vos tenues.", "Un design calme et minimaliste pour tous les jours."},
	"de":    {"Seine klaren Linien bringen Ruhe in jedes Outfit.", "Ein ruhiges, minimalistisches Design für jeden Tag."},
	"it":    {"Le sue linee pulite portano calma a ogni outfit.", "Un design calmo e minimale per tutti i giorni."},
	"es":    {"Sus líneas limpias aportan calma a cualquier look.", "Un diseño sereno y minimalista para cada día."},
	"pt":    {"As suas linhas limpas trazem calma a qualquer visual.", "Um design sereno e minimalista para todos os dias."},
	"nl":    {"De strakke lijnen brengen rust in elke outfit.", "Een rustig, minimalistisch ontwerp voor elke dag."},
	"da":    {"De rene linjer bringer ro i ethvert outfit.", "Et roligt, minimalistisk design til hverdagen.", "Til dig med grønne fingre og kærlighed til haven."},
	"nb":    {"De rene linjene gir ro til ethvert antrekk.", "Et rolig, minimalistisk design til hverdagen.", "Til deg med grønne fingre og kjærlighet til hagen."},
	"sv":    {"De rena linjerna skänker lugn åt varje outfit.", "En lugn, minimalistisk design för vardagen."},
	"fi":    {"Sen selkeät linjat tuovat rauhaa mihin tahansa asuun.", "Rauhallinen, minimalistinen muotoilu arkeen."},
	"pl":    {"Czyste linie wnoszą spokój do każdej stylizacji.", "Spokojny, minimalistyczny design na co dzień."},
	"cs":    {"Čisté linie vnášejí klid do každého outfitu.", "Klidný, minimalistický design pro každý den."},
	"tr":    {"Sade çizgileri her kombine huzurlu bir hava katar.", "Her gün için sakin ve minimal bir tasarım."},
	"el":    {"Οι καθαρές γραμμές του φέρνουν ηρεμία σε κάθε σύνολο.", "Ένα ήρεμο, μίνιμαλ σχέδιο για κάθε μέρα."},
	"ar":    {"خطوطه البسيطة تضفي هدوءًا على أي إطلالة.", "تصميم هادئ وبسيط لكل يوم."},
	"ja":    {"すっきりしたラインがどんな装いにも落ち着きを添えます。", "毎日に合う穏やかでミニマルなデザイン。", "光の角度によって色が変わって見えます。"},
	"ko":    {"깔끔한 라인이 어떤 옷차림에도 차분함을 더합니다.", "매일 착용하기 좋은 차분하고 미니멀한 디자인."},
	"zh":    {"简洁的线条为任何穿搭增添沉静气质。", "适合每天佩戴的简约设计。"},
	"zh-TW": {"簡潔的線條為任何穿搭增添沉靜氣質。", "適合每天配戴的簡約設計。"},
}

// TestKindsClaims9 (#13, claim_tarnish, claim_health, claim_skin): the
// claims in other words block as claim in all 25 locales; calm brought to
// an outfit, a calm design, a gardener's green fingers pass.
func TestKindsClaims9(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	bad, ok := lang9HostRows(lang9Claims), lang9HostRows(lang9ClaimsOK)
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"claim in other words", plainCuff, CatClaim, bad},
		{"calm outfits, calm designs, gardeners", plainCuff, "", ok},
	})
}
