package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// cw33Kyanite is blind 32A's 32A112: one natural blue kyanite in silver.
var cw33Kyanite = core.Product{SKU: "CW33", Name: "Drop Pendant", Category: "pendant", Collection: "Lumière",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "kyanite", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
	Colours: []string{"silver", "blue"}}

// cw33CZ is a cubic zirconia piece with no crystal stone.
var cw33CZ = core.Product{SKU: "CW33Z", Name: "Solitaire Ring", Category: "ring", Collection: "Essence",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1, Origin: core.OriginSimulant}},
	Colours: []string{"silver", "clear"}}

// TestKindsCrystalWord33: "crystal" as a term of mineralogy, not a
// (lead glass) crystal stone set in the piece (#13, crystalword33; blind
// 32A's 32A112 "längs des Kristalls etwa 4,5, quer dazu fast 7" on
// kyanite, probe 31C's P31C104 "cubic zirconia is a crystal made in the
// laboratory", nb "en krystall laget i laboratorium", cs "krystal vyrobený
// v laboratoři", which blocked grounding.stone). grounding/own_crystal.go
// crystalAxis (the packs' crystal_axis_before, crystal_axis_after) and
// madeCrystal (laboratory_words). The direction rows occur where a
// language's crystal word has the form after its preposition (en, de, fr,
// es, it, pt, nl, tr); the predicate rows where its crystal word is the
// predicate's form (not pl "kryształem", nor ar, ja, ko, zh, whose
// crystal word is the glass crystal's loan and the mineral's word,
// 結晶, 결정, 晶体, no stone). Blocking twins: crystals set on the piece,
// a crystal without the laboratory, a generic noun as the subject, a
// crystal joined to the stone.
func TestKindsCrystalWord33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	k, z, sc := cw33Kyanite, cw33CZ, ds33SapphireCZ
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Its hardness depends on direction: about 4.5 along the crystal and almost 7 across it.", k, false},
		{"en-US", "Its hardness is about 4.5 along the crystal and close to 7 across it.", k, false},
		{"en-AU", "Measured along the crystal, it is about 4.5 on the Mohs scale.", k, false},
		{"de-DE", "Die Härte hängt von der Richtung ab: längs des Kristalls etwa 4,5, quer dazu fast 7.", k, false},
		{"fr-FR", "Sa dureté dépend de la direction : environ 4,5 le long du cristal, près de 7 en travers.", k, false},
		{"fr-CA", "Mesurée le long du cristal, sa dureté n'atteint que 4,5.", k, false},
		{"es-ES", "Su dureza depende de la dirección: unos 4,5 a lo largo del cristal y casi 7 a lo ancho.", k, false},
		{"es-MX", "Medida a lo largo del cristal, su dureza es de apenas 4,5.", k, false},
		{"it-IT", "La durezza dipende dalla direzione: circa 4,5 lungo il cristallo, quasi 7 di traverso.", k, false},
		{"pt-PT", "A dureza depende da direção: cerca de 4,5 ao longo do cristal e quase 7 na transversal.", k, false},
		{"pt-BR", "Medida ao longo do cristal, a dureza é de apenas 4,5.", k, false},
		{"nl-NL", "De hardheid hangt af van de richting: ongeveer 4,5 langs het kristal en bijna 7 dwars erop.", k, false},
		{"tr-TR", "Sertliği yöne bağlıdır: kristal boyunca yaklaşık 4,5, enine ise neredeyse 7'dir.", k, false},
		{"en-GB", "Sapphire is the hardest gem in jewellery after diamond, while cubic zirconia is a crystal made in the laboratory, not a mined stone.", sc, false},
		{"en-US", "Cubic zirconia is a crystal made in a laboratory, not a mined stone.", z, false},
		{"en-AU", "Cubic zirconia is a crystal grown in the lab.", z, false},
		{"de-DE", "Zirkonia ist ein im Labor hergestellter Kristall und kein abgebauter Stein.", z, false},
		{"fr-FR", "La zircone cubique est un cristal créé en laboratoire, et non une pierre extraite.", z, false},
		{"fr-CA", "La zircone est un cristal de synthèse, et non une pierre extraite.", z, false},
		{"es-ES", "La circonita es un cristal creado en laboratorio, no una piedra extraída.", z, false},
		{"es-MX", "El zafiro es, después del diamante, la gema más dura de la joyería, mientras que la circonita es un cristal creado en laboratorio, no una piedra extraída de la tierra.", sc, false},
		{"it-IT", "La zirconia cubica è un cristallo creato in laboratorio, non una pietra estratta.", z, false},
		{"pt-PT", "A safira é, depois do diamante, a gema mais dura da joalharia, enquanto a zircónia cúbica é um cristal criado em laboratório, não uma pedra extraída.", sc, false},
		{"pt-BR", "A zircônia é um cristal criado em laboratório, não uma pedra extraída.", z, false},
		{"nl-NL", "Zirkonia is een kristal dat in een laboratorium wordt gemaakt, geen gedolven steen.", z, false},
		{"sv-SE", "Zirkonia är en kristall som tillverkas i laboratorium, inte en bruten sten.", z, false},
		{"da-DK", "Zirkonia er en krystal fremstillet i laboratoriet, ikke en udvundet sten.", z, false},
		{"nb-NO", "Safir er den hardeste smykkesteinen etter diamant, mens kubisk zirkonia er en krystall laget i laboratorium, ikke en utvunnet stein.", sc, false},
		{"fi-FI", "Zirkonia on laboratoriossa valmistettu kristalli, ei louhittu kivi.", z, false},
		{"cs-CZ", "Safír je po diamantu nejtvrdším drahokamem v klenotnictví, zatímco kubická zirkonie je krystal vyrobený v laboratoři, nikoli vytěžený kámen.", sc, false},
		{"tr-TR", "Kübik zirkonya laboratuvarda üretilen bir kristaldir.", z, false},
		{"el-GR", "Η ζιρκονία είναι ένας κρύσταλλος που παράγεται στο εργαστήριο.", z, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "Clear crystals are set along the chain.", k, true},
		{"en-US", "Along the bail sits a sparkling crystal.", k, true},
		{"en-GB", "Cubic zirconia is a sparkling crystal.", z, true},
		{"en-GB", "The stones are crystals made in the laboratory.", z, true},
		{"en-US", "The ring holds cubic zirconia and crystals made in the laboratory.", z, true},
		{"en-AU", "Cubic zirconia is a crystal made in the laboratory.", k, true},
		{"de-DE", "Klare Kristalle sitzen längs der Kette.", k, true},
		{"de-DE", "Zirkonia ist ein funkelnder Kristall.", z, true},
		{"de-DE", "Der Ring trägt Zirkonia und im Labor hergestellte Kristalle.", z, true},
		{"fr-FR", "Des cristaux clairs sont sertis le long de la chaîne.", k, true},
		{"fr-FR", "La bague porte des zircons cubiques et des cristaux créés en laboratoire.", z, true},
		{"es-ES", "Unos cristales transparentes brillan a lo largo de la cadena.", k, true},
		{"es-MX", "Las piedras son cristales creados en laboratorio.", z, true},
		{"it-IT", "Cristalli trasparenti sono incastonati lungo la catena.", k, true},
		{"pt-BR", "Cristais transparentes brilham ao longo da corrente.", k, true},
		{"pt-PT", "As pedras são cristais criados em laboratório.", z, true},
		{"nl-NL", "Heldere kristallen zitten langs de ketting.", k, true},
		{"sv-SE", "Stenarna är kristaller tillverkade i laboratorium.", z, true},
		{"da-DK", "Ringen har zirkonia og krystaller fremstillet i laboratoriet.", z, true},
		{"nb-NO", "Steinene er krystaller laget i laboratorium.", z, true},
		{"fi-FI", "Sormuksessa on zirkonia ja kristalleja.", z, true},
		{"cs-CZ", "Kameny jsou krystaly vyrobené v laboratoři.", z, true},
		{"tr-TR", "Kolyede kristaller ve zirkonya var.", z, true},
		{"el-GR", "Το δαχτυλίδι έχει ζιρκονία και κρυστάλλους.", z, true},
	})
}
