package checks

import "testing"

// gem51CZ is probe 51C's cubic zirconia studs.
var gem51CZ = misses49Product(`{"sku": "P51C-017", "name": "Aretes Estela", "category": "earrings", "collection": "Moments", "materials": ["sterling silver"], "stones": [{"type": "cubic zirconia", "colour": "clear", "count": 2, "origin": "simulant"}], "colours": ["silver", "white"], "features": ["nickel-free"], "metals": [{"base": "sterling silver", "fineness": "925"}], "measurements": [{"name": "stone size", "value": 5, "unit": "mm"}]}`)

// TestKindsGem51 (#13, gem51): a quantifier between a comparison word and
// the gem words ("softer than many gemstones", "weicher als viele
// Edelsteine", "más blanda que muchas gemas", 比许多宝石软) keeps them the
// standard of the comparison, which calls the cubic zirconia no gem (16
// CFR 23.25 forbids the word for an imitation, not the comparison). The
// rows of 22 locales blocked regulatory.simulant_gem on main 7ff2e44a
// (probe 51C es-MX 51C101-1/-3), and on main (7ff2e44a, d0a7995b) the pl, cs and el
// rows panicked: ComparisonStandardAt's checker had no product, and a
// comparison word's arm asked for its name (standaloneChecker).
func TestKindsGem51(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(gem51CZ, false, [][2]string{
		{"en-GB", "It is softer than many gemstones, so store the studs apart."},
		{"en-US", "Cubic zirconia is softer than most gems, so store them separately."},
		{"en-AU", "It scratches more easily than many precious stones, so keep the studs apart."},
		{"de-DE", "Zirkonia ist weicher als viele Edelsteine, bewahren Sie die Ohrstecker daher getrennt auf."},
		{"fr-FR", "Il est plus tendre que bien des pierres précieuses, rangez donc les puces à part."},
		{"fr-CA", "Elle est plus tendre que la plupart des pierres précieuses; rangez les boucles à part."},
		{"es-ES", "Es más blanda que muchas gemas, así que guárdalos por separado."},
		{"es-MX", "Es más blanda que muchas gemas, así que le conviene guardarlos por separado."},
		{"it-IT", "È più tenera di molte gemme, quindi conservali separati."},
		{"pt-PT", "É mais macia do que muitas gemas, por isso guarde-os separados."},
		{"pt-BR", "É mais macia do que muitas gemas, então guarde-os separados."},
		{"nl-NL", "Zirkonia is zachter dan veel edelstenen, bewaar de oorknopjes dus apart."},
		{"nb-NO", "Den er mykere enn mange edelsteiner, så oppbevar øredobbene hver for seg."},
		{"da-DK", "Den er blødere end mange ædelstene, så opbevar ørestikkerne hver for sig."},
		{"sv-SE", "Den är mjukare än många ädelstenar, så förvara örhängena var för sig."},
		{"fi-FI", "Se on pehmeämpi kuin monet jalokivet, joten säilytä korvakorut erillään."},
		{"pl-PL", "Jest bardziej miękka niż wiele kamieni szlachetnych, więc przechowuj kolczyki osobno."},
		{"cs-CZ", "Je měkčí než mnohé drahokamy, proto náušnice ukládejte zvlášť."},
		{"el-GR", "Είναι πιο μαλακή από πολλούς πολύτιμους λίθους, γι' αυτό φυλάξτε τα σκουλαρίκια χωριστά."},
		{"tr-TR", "Birçok değerli taştan daha yumuşaktır, bu yüzden küpeleri ayrı saklayın."},
		{"ar-AE", "وهي أكثر ليونة من كثير من الأحجار الكريمة، لذا احفظي القرطين منفصلين."},
		{"ja-JP", "多くの宝石より柔らかいので、ピアスは別々に保管してください。"},
		{"ko-KR", "많은 보석보다 무르므로 귀걸이는 따로 보관하세요."},
		{"zh-CN", "它比许多宝石软，请将耳钉分开存放。"},
		{"zh-TW", "它比許多寶石軟，請將耳環分開存放。"},
	}))
}

// TestKindsGem51Bad (#13, gem51): the imitation called a gem still blocks:
// "other" is no quantifier of the standard ("more brilliant than other
// gemstones" makes the piece one), and a gem word of the piece itself.
func TestKindsGem51Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatRegulatory, pairRows(gem51CZ, true, [][2]string{
		{"en-GB", "These gemstones sparkle with every turn of the head."},
		{"de-DE", "Sie funkeln stärker als andere Edelsteine."},
		{"es-ES", "Brillan más que otras gemas."},
		{"fr-FR", "Ces gemmes scintillent à chaque mouvement."},
		{"it-IT", "Queste gemme brillano più di molte altre pietre."},
		{"nl-NL", "Deze edelstenen fonkelen bij elke beweging."},
		{"pl-PL", "Te kamienie szlachetne lśnią przy każdym ruchu."},
		{"zh-CN", "这两颗宝石闪耀动人，比其他宝石更亮。"},
	}))
}

// TestKindsGem51Open (#13, gem51): left open. English "than other
// gemstones" on an imitation passes on main (the German, Spanish and
// Chinese "other" rows block): "other" before the standard should make
// the piece one of the gems.
func TestKindsGem51Open(t *testing.T) {
	t.Skip("open (#13, gem51): en 'more brilliant than other gemstones' on cubic zirconia passes")
	svc := checkService(t)
	checkKindRows(t, svc, CatRegulatory, pairRows(gem51CZ, true, [][2]string{
		{"en-GB", "It is more brilliant than other gemstones."},
	}))
}
