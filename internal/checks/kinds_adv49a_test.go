package checks

import (
	"testing"
)

// adv49aLeaks (#13, adv49a): untrue or unsafe copy that passed on main
// 144d129f because of the forty-third session's relaxations, each of
// which blocks now.
var adv49aLeaks = []kindRow{
	// claims49 gave allergywarn17 the brand's own advice against a piece
	// (sconsiglia*, desaconsejamos, odradzamy, desaconselhamos) as a head
	// of the warning idiom; denied, the advice says the piece suits
	// allergic wearers (concepts.go idiomDenied).
	{"it-IT", "Non sconsigliamo questo anello alle persone allergiche al nichel.", claims49RoseGold, true},
	{"es-ES", "No desaconsejamos este anillo a personas alérgicas.", claims49RoseGold, true},
	{"es-MX", "No desaconsejamos este anillo a personas alérgicas.", claims49RoseGold, true},
	{"es-ES", "No lo desaconsejamos a personas alérgicas.", claims49RoseGold, true},
	{"pl-PL", "Nie odradzamy tej obrączki osobom uczulonym.", claims49RoseGold, true},
	{"pt-PT", "Não desaconselhamos este anel a pessoas alérgicas.", claims49RoseGold, true},
	{"pt-BR", "Não desaconselhamos este anel a pessoas alérgicas.", claims49RoseGold, true},
	// pools49's share before a pure word said of the plated piece itself
	// (grounding share_pure49.go pieceBeforeShare, checks
	// karat_share49.go pieceBeforeShare).
	{"pt-BR", "As argolas Gold-Filled são 58,5% de ouro puro.", pools49Filled, true},
	{"en-US", "The Gold-Filled Hoops are 14/20 gold-filled and 58.5% pure gold.", pools49Filled, true},
	{"es-MX", "La pulsera Sole es de vermeil, con 75 % de oro puro en todo el metal.", pools49Vermeil, true},
	// pools49's Greek thousandths: a standard fineness before χιλιοστά
	// with no metal or karat in its sentence is a length (millesimalShare).
	{"el-GR", "Η αλυσίδα έχει μήκος 500 χιλιοστά.", pools49Iolite, true},
}

// adv49aTwins are the guards of the same shapes: true copy that must pass
// (the warning, a share of the layer, a fineness in thousandths) and untrue copy that blocked
// before and must still block.
var adv49aTwins = []kindRow{
	{"pl-PL", "Nie polecamy obrączki osobom uczulonym na ten metal.", claims49RoseGold, false},
	{"es-ES", "No recomendamos el anillo a personas alérgicas al níquel.", claims49RoseGold, false},
	{"it-IT", "Sconsigliamo l'anello alle persone allergiche al nichel.", claims49RoseGold, false},
	{"pt-PT", "Desaconselhamos este anel a pessoas alérgicas ao níquel.", claims49RoseGold, false},
	{"el-GR", "Η αλυσίδα έχει μήκος 450 χιλιοστά.", pools49Iolite, false},
	{"en-US", "The Sole Bangle is made of 75% pure gold.", pools49Vermeil, true},
	{"en-US", "The Sole Bangle is gold vermeil. The bangle is 18k gold, 75% gold.", pools49Vermeil, true},
	{"de-DE", "Der Sole Armreif ist aus Goldvermeil. Massives Gold ist es, nicht nur vergoldet.", pools49Vermeil, true},
	{"fr-CA", "Ce n'est pas de l'or laminé, c'est de l'or 14 carats.", pools49Filled, true},
	{"en-US", "The Sole Bangle is covered with at least 2.5 microns of 14k gold.", pools49Vermeil, true},
	{"el-GR", "Η αλυσίδα έχει μήκος 585 χιλιοστά.", pools49Iolite, true},
	{"el-GR", "Η αλυσίδα έχει μήκος 750 χιλιοστά.", pools49Iolite, true},
	{"en-US", "Unlike lab-grown diamonds, these are real diamonds.", claims49LabDiamond, true},
	{"ja-JP", "このエメラルドは天然エメラルドと同じです。", claims49LabEmerald, true},
	{"en-US", "It is far thicker than ordinary plating, so it keeps its colour for a lifetime.", claims49Vermeil, true},
	{"de-DE", "Wir raten Allergikern nicht von diesem Ring ab.", claims49RoseGold, true},
	{"en-GB", "Like many white golds, ours contains nickel.", fineness48WhiteGold, true},
}

// adv49aOpen are leaks left for the next helper, with the reason.
var adv49aOpen = []kindRow{
	// metal_subject49: another metal the subject, the piece named later in its clause or the sentence
	{"en-GB", "The Palladium Band is palladium 950. Platinum 950 is the same: it is what this band is made of.", pools49Palladium, true},
	{"en-GB", "The Palladium Band is palladium 950. Platinum, the same precious metal, forms the band.", pools49Palladium, true},
	{"de-DE", "Der Palladium Ring ist aus Palladium 950. Platin ist doppelt so schwer und bildet den Kern des Rings.", pools49Palladium, true},
	// claims49 thickGoldLayer: the layer compared with solid gold, not with plating
	{"en-US", "It is far thicker than ordinary plating, so it keeps its colour longer than solid gold.", claims49Vermeil, true},
	// claims49 allergy: fr "ne déconseillons pas" (no claim form read), the advice given about other pieces
	{"fr-FR", "Nous ne déconseillons pas cette alliance aux personnes allergiques.", claims49RoseGold, true},
	{"fr-FR", "Nous ne recommandons pas d'autres alliances aux personnes allergiques : celle-ci leur convient.", claims49RoseGold, true},
	{"pl-PL", "Nie polecamy innych obrączek osobom uczulonym, ta jest dla nich bezpieczna.", claims49RoseGold, true},
	// nickel49 deniedReplaced: part of the nickel replaced (passed on bfae3270 too)
	{"en-GB", "Palladium replaces some of the nickel found in many white golds.", fineness48WhiteGold, true},
	{"en-GB", "Palladium replaces the nickel found in many white golds, though a little nickel remains.", fineness48WhiteGold, true},
	// passed on bfae3270 too
	{"en-US", "Stabilised, the colour holds better and will never fade.", claims49Turquoise, true},
}

// adv49aCheck checks rows through blockedIn without the length rules: the rows are single sentences.
func adv49aCheck(t *testing.T, rows []kindRow) {
	t.Helper()
	svc := checkService(t)
	for _, r := range rows {
		blocked, fs := blockedIn(t, svc, "", r.p, r.locale, r.text)
		if blocked {
			blocked = false
			for _, f := range fs {
				blocked = blocked || f.Severity == "block" && f.Category != CatLength
			}
		}
		if blocked != r.block {
			t.Errorf("%s %q on %s: block %v, want %v: %s", r.locale, r.text, r.p.Name, blocked, r.block, describe(fs, "", r.text))
		}
	}
}

// TestKindsAdv49A (#13, adv49a): the guards (adv49aTwins).
func TestKindsAdv49A(t *testing.T) {
	t.Parallel()
	adv49aCheck(t, adv49aTwins)
}

// TestKindsAdv49ABad: the leaks (adv49aLeaks), each of which passed on
// main 144d129f and blocks now.
func TestKindsAdv49ABad(t *testing.T) {
	t.Parallel()
	adv49aCheck(t, adv49aLeaks)
}

// TestKindsAdv49AOpen: leaks left (adv49aOpen).
func TestKindsAdv49AOpen(t *testing.T) {
	t.Skip("adv49a: metal subject with the piece later, layer vs solid gold, fr denial, partial nickel (adv49aOpen)")
	adv49aCheck(t, adv49aOpen)
}
