package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsMisc48 (#13, misc48), after released 48B and probe
// 48C/48D.
var (
	misc48Ruby = core.Product{SKU: "M48R", Name: "Bahar Ring", Category: "ring", Collection: "Moments", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "ruby", Colour: "red", Count: 5, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"gold", "red"}, Measurements: []core.Measurement{{Name: "band width", Value: 2, Unit: "mm"}}, TotalCaratWeight: 0.35}
	misc48Topaz = core.Product{SKU: "M48T", Name: "London Blue Topaz Pendant", Category: "necklace", Collection: "Reflexions", Materials: []string{"platinum"},
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Stones: []core.Stone{{Type: "London blue topaz", Colour: "deep blue", Count: 1, Origin: core.OriginNatural, Treatment: "irradiated"}},
		Colours: []string{"blue", "white"}, Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}, {Name: "pendant length", Value: 12, Unit: "mm"}}, TotalCaratWeight: 2.5}
	misc48Silver = core.Product{SKU: "M48S", Name: "Pearl Pendant Necklace", Category: "necklace", Collection: "Moments", Materials: []string{"sterling silver", "freshwater cultured pearl"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "freshwater cultured pearl", Colour: "white", Count: 1, Treatment: "bleached"}},
		Colours: []string{"white", "silver"}}
	misc48Plain = core.Product{SKU: "M48P", Name: "Ruby Earrings", Category: "earrings", Collection: "Moments", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "ruby", Colour: "red", Count: 2, Origin: core.OriginLabGrown}}, Colours: []string{"red", "silver"}}
)

// TestKindsMisc48 (#13, misc48). (1) A total carat weight whose clause is
// followed by a conjunction and an each-word opening the next clause
// ("Beş taşın toplam ağırlığı 0,35 karattır ve her biri ince tırnaklarla
// tutturulmuştur", released 48B tr-TR 48B102-1/-2) was read as each
// stone's weight (grounding measure.go eachNear); the unit's suffixes
// ("karattır", "karatlık", "mm'dir", "karaatin") were read already. A
// weight said each, before or after, still blocks. (2) Greek "εκ." and
// "χιλ." (probe 48D el-GR 48D103-3 "αλυσίδα 50 εκ.") were no unit: the
// measure_units abbreviations ending in a full stop; "300 εκ. χρόνια" is
// millions of years. (3) Swedish "hållbarhet", Dutch "duurzaamheid" are
// durability beside copper, an alloy, wear or strength in one clause
// (probe 48D sv-SE 48D101-3 "med lite koppar för hållbarhetens skull"):
// idiom_pairs of environmental (concepts-durability48.yaml); "ett
// hållbart smycke" and German "Nachhaltigkeit" stay the claim. (4) pt
// varieties: a subject pronoun after a gerund ("usando eles"), a bare
// possessive after com/para/sem ("com seu look") in pt-PT (probe 48C pt-PT
// 48C103-1) and Portugal's "giro"/"gira" after an intensifier or copula in
// pt-BR (probe 48D pt-BR 48D104-3 "fica muito gira").
func TestKindsMisc48(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rb, tp, ag, pl := misc48Ruby, misc48Topaz, misc48Silver, misc48Plain
	// (1) the total, then each stone's setting
	checkKindRows(t, svc, "grounding", pairRows(rb, false, [][2]string{
		{"tr-TR", "Beş taşın toplam ağırlığı 0,35 karattır ve her biri ince tırnaklarla tutturulmuştur."},
		{"tr-TR", "Beş taşın toplam ağırlığı 0,35 karat ve her biri ince tırnaklarla tutturulmuştur."},
		{"tr-TR", "Yüzükte toplam 0,35 karatlık beş yakut var; gövde 2 mm'dir."},
		{"tr-TR", "2 mm'lik gövde, 0,35 karatlık yakutları taşır."},
		{"en-GB", "The five rubies weigh 0.35 ct in total and each is held by a fine claw."},
		{"en-US", "Five rubies total 0.35 carats, and each sits in a slim prong."},
		{"de-DE", "Die fünf Rubine wiegen zusammen 0,35 Karat und jeder sitzt in einer feinen Krappe."},
		{"es-ES", "Los cinco rubíes pesan 0,35 quilates y cada uno va sujeto con una garra fina."},
		{"fr-FR", "Les cinq rubis pèsent 0,35 carat au total et chacun est tenu par une griffe fine."},
		{"it-IT", "I cinque rubini pesano 0,35 carati in totale e ciascuno è fissato da un'unghia sottile."},
		{"sv-SE", "De fem rubinerna väger 0,35 karat tillsammans och varje sten hålls av en fin klo."},
		{"fi-FI", "Viiden rubiinin yhteispaino on 0,35 karaattia ja kukin on kiinnitetty hienoin kynsin."},
		{"fi-FI", "Viiden rubiinin yhteispaino on 0,35 karaatin verran."},
		{"pl-PL", "Pięć rubinów waży łącznie 0,35 karata i każdy jest osadzony w cienkim pazurku."},
		{"el-GR", "Τα πέντε ρουμπίνια ζυγίζουν συνολικά 0,35 καράτια και το καθένα κρατιέται από λεπτό νύχι."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(rb, true, [][2]string{
		{"tr-TR", "Beş yakutun her biri 0,35 karattır."},
		{"tr-TR", "Beş yakut, her biri 0,35 karat."},
		{"tr-TR", "Taşların toplamı 0,5 karattır ve her biri ince tırnaklarla tutturulmuştur."},
		{"tr-TR", "Yüzükte 0,5 karatlık beş yakut var."},
		{"tr-TR", "Gövde 3 mm'dir."},
		{"tr-TR", "3 mm'lik gövde."},
		{"en-GB", "Five rubies of 0.35 ct each."},
		{"es-ES", "Cinco rubíes de 0,35 quilates cada uno."},
		{"fi-FI", "Viiden rubiinin yhteispaino on 0,5 karaatin verran."},
		{"fi-FI", "Nauha on 3 millin levyinen."},
	}))
	// (2) Greek abbreviated units
	checkKindRows(t, svc, "grounding", pairRows(tp, false, [][2]string{
		{"el-GR", "Κρέμεται από αλυσίδα 45 εκ."},
		{"el-GR", "Κρέμεται από αλυσίδα 45 εκ. και είναι από πλατίνα."},
		{"el-GR", "Σταγόνα μήκους 12 χιλ. σε πλατίνα."},
		{"el-GR", "Το τοπάζι σχηματίστηκε πριν από 300 εκ. χρόνια."},
		{"el-GR", "Το τοπάζι σχηματίστηκε πριν από 300 χιλ. χρόνια."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(tp, true, [][2]string{
		{"el-GR", "Κρέμεται από αλυσίδα 50 εκ."},
		{"el-GR", "Κρέμεται από αλυσίδα 50 εκ. και είναι από πλατίνα."},
		{"el-GR", "Σταγόνα μήκους 15 χιλ. σε πλατίνα."},
		{"el-GR", "Αλυσίδα 50 εκατοστών."},
	}))
	// (3) durability, not sustainability
	checkKindRows(t, svc, "claim", pairRows(ag, false, [][2]string{
		{"sv-SE", "Sterlingsilvret består av 92,5 procent rent silver med lite koppar för hållbarhetens skull."},
		{"sv-SE", "Kopparen ger silvret hållbarhet och styrka."},
		{"sv-SE", "Kedjan är stark och hållbar för vardagsbruk."},
		{"nl-NL", "Sterling zilver bestaat uit 92,5 procent zilver met wat koper voor de duurzaamheid."},
		{"nl-NL", "Een sterk en duurzaam sieraad voor elke dag."},
		{"da-DK", "Sterlingsølv består af 92,5 procent rent sølv med lidt kobber for holdbarhedens skyld."},
		{"nb-NO", "Sterlingsølv består av 92,5 prosent rent sølv med litt kobber for holdbarhetens skyld."},
		{"de-DE", "Sterlingsilber besteht aus 92,5 Prozent Feinsilber und etwas Kupfer für mehr Haltbarkeit."},
		{"en-GB", "Sterling silver is 92.5 per cent pure silver with a little copper for durability."},
		{"fi-FI", "Sterlinghopeassa on 92,5 prosenttia puhdasta hopeaa ja hieman kuparia kestävyyden vuoksi."},
		{"fr-FR", "L'argent sterling contient 92,5 % d'argent pur et un peu de cuivre pour la solidité."},
		{"es-ES", "La plata de ley tiene un 92,5 % de plata pura y algo de cobre para darle resistencia."},
		{"it-IT", "L'argento sterling contiene il 92,5% di argento puro e un po' di rame per la resistenza."},
		{"pt-PT", "A prata de lei tem 92,5% de prata pura e um pouco de cobre para lhe dar resistência."},
		{"pl-PL", "Srebro próby 925 to 92,5% czystego srebra i trochę miedzi dla wytrzymałości."},
		{"cs-CZ", "Sterlingové stříbro obsahuje 92,5 % čistého stříbra a trochu mědi pro pevnost."},
		{"tr-TR", "Sterling gümüş, dayanıklılık için %92,5 saf gümüş ve biraz bakırdan oluşur."},
		{"el-GR", "Το ασήμι sterling περιέχει 92,5% καθαρό ασήμι και λίγο χαλκό για αντοχή."},
	}))
	checkKindRows(t, svc, "claim", pairRows(ag, true, [][2]string{
		{"sv-SE", "Ett hållbart smycke för dig."},
		{"sv-SE", "Smycket är hållbart producerat."},
		{"sv-SE", "Vi arbetar för hållbarhet."},
		{"sv-SE", "Ett hållbart och miljövänligt smycke med lite koppar."},
		{"nl-NL", "Een duurzaam sieraad voor jou."},
		{"nl-NL", "Wij kiezen voor duurzaamheid."},
		{"de-DE", "Sterlingsilber besteht aus 92,5 Prozent Feinsilber und etwas Kupfer für mehr Nachhaltigkeit."},
		{"da-DK", "Et bæredygtigt smykke med lidt kobber."},
		{"nb-NO", "Et bærekraftig smykke med litt kobber."},
	}))
	// (4) the other variety's grammar
	checkKindRows(t, svc, "locale", pairRows(pl, true, [][2]string{
		{"pt-PT", "Os brincos Cereja da coleção Moments têm, cada um, um rubi criado em laboratório, cravado em prata de lei. Você vai arrasar usando eles no dia a dia, combinando com seu look favorito de trabalho."},
		{"pt-BR", "Os brincos da coleção Moments têm um rubi criado em laboratório, cravado em prata. É uma peça que está a conquistar quem procura algo diferente e fica muito gira com um vestido claro."},
	}))
	checkKindRows(t, svc, "locale", pairRows(pl, false, [][2]string{
		{"pt-PT", "Os brincos Cereja da coleção Moments têm, cada um, um rubi criado em laboratório. Vai adorar usá-los no dia a dia, combinando-os com o seu look favorito de trabalho."},
		{"pt-PT", "Sendo ela tão delicada, combine-a com a sua roupa preferida; por sua vez, o rubi dá cor ao conjunto."},
		{"pt-PT", "Os brincos ficam muito giros com um vestido claro e estão a conquistar quem procura algo diferente."},
		{"pt-BR", "Os brincos ficam lindos com seu look favorito; use eles no dia a dia, combinando com seu estilo."},
		{"pt-BR", "A pedra gira em torno do próprio eixo quando a luz muda, e o giro do anel é suave."},
		{"pt-BR", "É uma peça que está conquistando quem procura algo diferente e fica muito bonita com um vestido claro."},
		{"es-ES", "Los pendientes quedan muy bonitos con tu look favorito para el trabajo."},
		{"es-MX", "Los aretes se ven muy bonitos con tu look favorito para el trabajo."},
	}))
}

// TestKindsMisc48Open (#13, misc48): rows left open.
func TestKindsMisc48Open(t *testing.T) {
	t.Skip("nl-NL: \"en\" (and) is also Spanish and French \"en\" (in: \"en cada piedra\"), so it does not part the weight from an each-word after it; grounding has no language at eachNear. probe 48C nb-NO 48C103-1: a Danish sentence in Bokmål copy with two Danish words only (let, uanset; \"at bære\", \"dine andre ringe\" are Danish grammar with Bokmål words) is two words in a long sentence and lingua does not agree; a Danish 'at' + infinitive after an adjective is not read")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{{"nl-NL", "De vijf robijnen wegen samen 0,35 karaat en elke steen zit in een fijne greep.", misc48Ruby, false}})
	checkKindRows(t, svc, "locale", pairRows(misc48Plain, true, [][2]string{
		{"nb-NO", "Kontrollert vekst gir en renere krystall med klar og jevn farge. Den er let at bære hver dag, og den passer fint sammen med dine andre ringe, uanset anledningen."},
	}))
}
