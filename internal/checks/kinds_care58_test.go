package checks

import "testing"

// Kinds the fifty-second session's helper care58 fixed (#13, tarnish_proof):
//
//  1. Care advice that gives its purpose, the shine or colour kept, is no
//     promise that the metal never tarnishes (held-out 57 it-IT 57A03:
//     "Per conservare la brillantezza dell'oro, la tolga prima di fare il
//     bagno"). The care verbs in the forms advice takes beside the familiar
//     imperative are unless words: the polite imperative, the infinitive
//     after a modal or a recommendation, the passive of obligation, and
//     keeping the piece away from perfume or damp
//     (data/<lang>/concepts-care58.yaml). A shine kept forever stays the
//     claim (carepurpose34's forever phrases).
//  2. A tarnish claim in a negated participle or adjective of dulling,
//     darkening or fading said of the piece (held-out 57 pl-PL 57B01:
//     "chłodny połysk, niematowiejący nawet po latach noszenia") is
//     tarnish_proof (data/<lang>/concepts-dulling58.yaml); an anti-tarnish
//     feature licenses it as it licenses the concept's other forms.

var (
	care58Vermeil       = misses49Product(`{"sku": "B57A-itIT-03", "name": "Collana Anyolite", "category": "necklace", "collection": "Essence", "materials": ["sterling silver with 22k gold vermeil"], "metals": [{"base": "sterling silver", "plating": "gold", "fineness": "22k", "plating_microns": 2.5}], "stones": [{"type": "ruby in zoisite", "colour": "green", "count": 1, "origin": "natural"}], "colours": ["green", "red", "gold"], "features": ["adjustable chain"], "occasions": ["birthday"], "keywords": ["collana con pendente"], "attributes": {"stone_origin": "Longido, Tanzania"}, "measurements": [{"name": "chain length", "value": 42, "unit": "cm"}, {"name": "pendant length", "value": 16, "unit": "mm"}]}`)
	care58Silver        = misses49Product(`{"sku": "S58-1", "name": "Plain Cuff", "category": "bracelet", "collection": "Moments", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [], "colours": ["silver"], "features": [], "occasions": [], "keywords": []}`)
	care58Palladium     = misses49Product(`{"sku": "B57B-plPL-01", "name": "Bransoletka z Unakitem", "category": "bracelet", "collection": "Essence", "materials": ["palladium-plated sterling silver"], "metals": [{"base": "sterling silver", "plating": "palladium", "fineness": "925", "plating_microns": 0.5}], "stones": [{"type": "unakite", "colour": "green and pink", "count": 26, "origin": "natural"}], "colours": ["green", "pink", "silver"], "features": ["nickel-free"], "occasions": [], "keywords": [], "measurements": [{"name": "bracelet length", "value": 18, "unit": "cm"}, {"name": "bead diameter", "value": 6, "unit": "mm"}]}`)
	care58GoldPlated    = misses49Product(`{"sku": "S58-3", "name": "Hoops", "category": "earrings", "collection": "Moments", "materials": ["gold-plated brass"], "metals": [{"base": "brass", "plating": "gold", "plating_microns": 1}], "stones": [], "colours": ["gold"], "features": [], "occasions": [], "keywords": []}`)
	care58AntiTarnish   = misses49Product(`{"sku": "S58-2", "name": "Plain Cuff", "category": "bracelet", "collection": "Moments", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [], "colours": ["silver"], "features": ["anti-tarnish coating"], "occasions": [], "keywords": []}`)
	care58ECoat         = misses49Product(`{"sku": "S58-4", "name": "Plain Cuff", "category": "bracelet", "collection": "Moments", "materials": ["sterling silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [], "colours": ["silver"], "features": ["e-coat"], "occasions": [], "keywords": []}`)
	care58Steel         = misses49Product(`{"sku": "S58-5", "name": "Steel Cuff", "category": "bracelet", "collection": "Moments", "materials": ["stainless steel"], "metals": [{"base": "stainless steel"}], "stones": [], "colours": ["silver"], "features": [], "occasions": [], "keywords": []}`)
	care58PalladiumAnti = misses49Product(`{"sku": "S58-6", "name": "Bransoletka", "category": "bracelet", "collection": "Essence", "materials": ["palladium-plated sterling silver"], "metals": [{"base": "sterling silver", "plating": "palladium", "fineness": "925"}], "stones": [], "colours": ["silver"], "features": ["anti-tarnish"], "occasions": [], "keywords": []}`)
)

// TestKindsCare58: every row here failed on main (6be894e0).
func TestKindsCare58(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// 1. care advice with its purpose: no claim.
	checkKindRows(t, svc, CatClaim, pairRows(care58Vermeil, false, [][2]string{
		{"it-IT", "Per conservare la brillantezza dell'oro, la tolga prima di fare il bagno."},
		{"da-DK", "For at bevare glansen skal du tage den af før badet."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(care58Silver, false, [][2]string{
		{"da-DK", "For at bevare glansen bør du tage den af før du bader."},
		{"da-DK", "For at bevare glansen anbefaler vi at tage den af før badet."},
		{"da-DK", "For at bevare glansen skal den tages af før badet."},
		{"nb-NO", "For å bevare glansen bør det oppbevares tørt."},
		{"sv-SE", "För att behålla lystern rekommenderar vi att du tar av det före badet."},
		{"sv-SE", "För att behålla glansen ska det förvaras torrt."},
		{"ja-JP", "輝きを保つために、入浴前に外すことをおすすめします。"},
		{"ja-JP", "輝きを保つため、香水との接触は避けてください。"},
		{"zh-CN", "为保持光泽，请避免接触香水。"},
		{"de-DE", "Damit sie ihren Glanz behält, halten Sie sie von Parfum fern."},
		{"es-ES", "Para conservar su brillo, mantenlo lejos del perfume."},
		{"es-ES", "Para conservar su brillo, manténgalo alejado de la humedad."},
		{"pt-PT", "Para conservar o brilho, afaste-o de perfumes."},
		{"da-DK", "For at bevare glansen, hold den væk fra parfume."},
		{"da-DK", "For at bevare glansen bør den opbevares tørt."},
		{"nb-NO", "For å bevare glansen, hold det unna parfyme."},
		{"nb-NO", "For å bevare glansen bør det tas av før dusjing."},
		{"sv-SE", "För att bevara glansen, håll det borta från parfym."},
		{"sv-SE", "För att bevara glansen bör det tas av före badet."},
		{"ja-JP", "輝きを保つために、香水から遠ざけてください。"},
		{"ja-JP", "輝きを保つために、入浴前に外してください。"},
		{"ja-JP", "輝きを保つために、入浴の際は外してください。"},
		{"zh-CN", "为保持光泽，请远离香水。"},
		{"zh-TW", "為保持光澤，請避免接觸香水。"},
		{"zh-CN", "为保持光泽，请勿佩戴洗澡。"},
	}))
	// 2. a negated participle or adjective of dulling: the claim.
	checkKindRows(t, svc, CatClaim, pairRows(care58Palladium, true, [][2]string{
		{"pl-PL", "Pallad nadaje jasny połysk, niematowiejący nawet po latach noszenia."},
		{"nl-NL", "Een nooit dof wordende glans, zelfs na jaren."},
		{"da-DK", "En glans, der aldrig mattes, selv efter mange år."},
		{"fi-FI", "Haalistumaton, viileä kiilto."},
		{"pl-PL", "Nieciemniejące srebro na lata."},
		{"pl-PL", "Nieblaknący, chłodny połysk."},
		{"cs-CZ", "Palladium mu dodává nematnoucí lesk i po letech nošení."},
		{"el-GR", "Το παλλάδιο του δίνει αναλλοίωτη λάμψη."},
		{"en-GB", "An unfading, cool shine."},
		{"en-US", "A non-fading finish."},
		{"en-GB", "Its shine is unfading."},
		{"en-US", "A non-dulling, bright finish."},
		{"de-DE", "Ein unvergänglicher Glanz."},
		{"de-DE", "Ein niemals matt werdender Glanz."},
		{"fr-FR", "Un argent non ternissant."},
		{"es-ES", "Un brillo imperecedero."},
		{"nl-NL", "Niet-aanslaand zilver."},
		{"nb-NO", "En glans som aldri matnes."},
		{"sv-SE", "Icke-anlöpande silver."},
		{"fi-FI", "Himmenemätön kiilto."},
		{"fi-FI", "Hapettumaton hopea."},
		{"fi-FI", "Mustumaton hopea."},
		{"pl-PL", "Niematowiejące srebro."},
		{"pl-PL", "Srebro niematowiejące nawet po latach."},
		{"pl-PL", "Nieczerniejące srebro."},
		{"pl-PL", "Niepłowiejący kolor."},
		{"cs-CZ", "Nematnoucí stříbro."},
		{"el-GR", "Αναλλοίωτη λάμψη."},
		{"ar-AE", "لمعان لا يخفت."},
		{"ja-JP", "褪せない輝き。"},
	}))
	// the participle with an absolute word on an e-coated piece (weak
	// evidence licenses the plain claim only), on a plated piece, on silver.
	checkKindRows(t, svc, CatClaim, pairRows(care58ECoat, true, [][2]string{
		{"pl-PL", "Niematowiejący na zawsze połysk."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(care58GoldPlated, true, [][2]string{
		{"fi-FI", "Himmenemätön kulta."},
		{"cs-CZ", "Nematnoucí zlacení i po letech."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(care58Silver, true, [][2]string{
		{"pl-PL", "Niematowiejący połysk na zawsze."},
	}))
}

// TestKindsCare58Bad: rows near the kinds that must stay as they are.
func TestKindsCare58Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// The shine kept forever, or never lost, blocks with advice or without;
	// care denied ("you never need to take it off") excuses nothing; "lejos
	// de" before a verb is "far from", no keeping away; a shine said
	// forever blocks on an e-coated piece.
	checkKindRows(t, svc, CatClaim, pairRows(care58GoldPlated, true, [][2]string{
		{"en-GB", "It keeps its shine forever."},
		{"en-US", "It never loses its shine."},
		{"en-GB", "The gold stays bright for life."},
		{"en-US", "To keep its shine forever, store it dry."},
		{"fr-FR", "Il garde son éclat pour toujours."},
		{"fr-FR", "Il ne perd jamais son éclat."},
		{"fr-FR", "Rangez-la au sec pour qu'elle garde son éclat pour toujours."},
		{"de-DE", "Sie behält ihren Glanz für immer."},
		{"de-DE", "Das Gold verliert nie seinen Glanz."},
		{"de-DE", "Bewahren Sie sie trocken auf, damit sie ihren Glanz für immer behält."},
		{"it-IT", "Conserva la sua brillantezza per sempre."},
		{"it-IT", "Non perde mai la sua lucentezza."},
		{"it-IT", "Per conservare la brillantezza per sempre, la tolga prima di fare il bagno."},
		{"es-ES", "Conserva su brillo para siempre."},
		{"es-ES", "Nunca pierde su brillo."},
		{"es-MX", "Para que conserve su brillo para siempre, guárdelo en un lugar seco."},
		{"pt-BR", "Mantém o brilho para sempre."},
		{"pt-BR", "Nunca perde o brilho."},
		{"nl-NL", "Hij behoudt zijn glans voor altijd."},
		{"nl-NL", "Hij verliest nooit zijn glans."},
		{"da-DK", "Den bevarer sin glans for altid."},
		{"nb-NO", "Den mister aldri glansen."},
		{"sv-SE", "Den behåller sin lyster för alltid."},
		{"fi-FI", "Se säilyttää kiiltonsa ikuisesti."},
		{"pl-PL", "Zachowuje blask na zawsze."},
		{"pl-PL", "Nigdy nie traci blasku."},
		{"cs-CZ", "Navždy si zachová lesk."},
		{"tr-TR", "Parlaklığını sonsuza dek korur."},
		{"el-GR", "Διατηρεί τη λάμψη του για πάντα."},
		{"ar-AE", "تحافظ على لمعانها إلى الأبد."},
		{"ja-JP", "永遠に輝きを保ちます。"},
		{"ko-KR", "광택이 영원히 유지됩니다."},
		{"zh-CN", "永远保持光泽。"},
		{"zh-CN", "为了永远保持光泽，请存放在干燥处。"},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(care58Silver, true, [][2]string{
		{"es-ES", "Lejos de opacarse, conserva su brillo."},
		{"da-DK", "Du behøver aldrig at tage den af, den bevarer glansen."},
		{"sv-SE", "Den behåller glansen även om den aldrig tas av."},
		{"nb-NO", "Den beholder glansen selv om den aldri tas av."},
		{"it-IT", "Non serve che la tolga mai: conserva la sua lucentezza."},
		{"zh-CN", "无需远离香水，永远保持光泽。"},
		{"ja-JP", "外す必要はなく、いつまでも輝きを保ちます。"},
		// keeping away and avoiding said of tarnish itself is the claim.
		{"en-GB", "The coating keeps tarnish away from the silver, so it stays bright."},
		{"es-ES", "Conserva su brillo, lejos de la oxidación."},
		{"it-IT", "Il rivestimento aiuta a evitare l'ossidazione e conserva la brillantezza."},
		{"da-DK", "Anløb undgås, og den bevarer glansen."},
		{"zh-CN", "镀层可避免氧化，保持光泽。"},
		{"zh-CN", "有效避免变色，长久保持光泽。"},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(care58ECoat, true, [][2]string{
		{"en-GB", "An unfading shine, forever."},
	}))
	// An anti-tarnish feature licenses the participle; an e-coat licenses
	// tarnish slowed; stainless steel is a material, no claim.
	checkKindRows(t, svc, CatClaim, pairRows(care58PalladiumAnti, false, [][2]string{
		{"pl-PL", "Pallad nadaje jasny połysk, niematowiejący nawet po latach noszenia."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(care58AntiTarnish, false, [][2]string{
		{"cs-CZ", "Nematnoucí stříbro s ochranným povlakem."},
		{"en-US", "An unfading, non-tarnishing finish."},
		{"nl-NL", "Dankzij de anti-aanslaglaag een nooit dof wordende glans."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(care58ECoat, false, [][2]string{
		{"en-US", "An e-coat slows tarnish."},
		{"en-GB", "Its e-coat helps it resist tarnish."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(care58Steel, false, [][2]string{
		{"it-IT", "Un bracciale in acciaio inossidabile."},
		{"fi-FI", "Ruostumattomasta teräksestä valmistettu rannekoru."},
	}))
}
