package checks

import (
	"strings"
	"testing"
)

// space60Product is a plain silver ring: nothing in the rows below is a
// fact of it, so any block comes from the offer, price or prompt-echo
// rules.
var space60Product = misses49Product(`{"sku": "S60-1", "name": "Lune Ring", "category": "ring", "metals": [{"base": "sterling silver", "fineness": "925"}], "colours": ["silver"]}`)

// space60Spaces are the spaces of Unicode's Zs category that copy carries
// between a number and its sign or word (French typography sets U+202F
// before "%", word processors U+00A0; U+2009 thin, U+2007 figure and U+3000
// ideographic spaces come in from pasted layouts). A rule that accepts
// only U+0020 lets an offer through on any of them.
var space60Spaces = []string{"\u00a0", "\u202f", "\u2009", "\u2007", "\u3000"}

// space60Offers are offers that block with an ASCII space; {} is the space.
var space60Offers = [][3]string{
	{"banned_term", "en-GB", "The Lune Ring in sterling silver is a slim band for every day, now 20{}% off this week only."},
	{"banned_term", "en-GB", "The Lune Ring in sterling silver is a slim band for every day: buy 2{}for{}1 this week only."},
	{"banned_term", "fr-FR", "La bague Lune en argent 925 est un anneau fin pour tous les jours, à -20{}% cette semaine seulement."},
	{"banned_term", "fr-FR", "La bague Lune en argent 925 est un anneau fin pour tous les jours : 2{}pour{}1 cette semaine seulement."},
	{"banned_term", "de-DE", "Der Ring Lune aus Sterlingsilber ist ein schmaler Reif für jeden Tag, nur diese Woche −15{}%."},
	{"banned_term", "de-DE", "Der Ring Lune aus Sterlingsilber ist ein schmaler Reif für jeden Tag, nur diese Woche 2{}für{}1."},
	{"banned_term", "es-ES", "El anillo Lune de plata de ley es un aro fino para cada día, con un 20{}% de descuento esta semana."},
	{"banned_term", "it-IT", "L'anello Lune in argento sterling è una fascia sottile per ogni giorno, scontato del 30{}% solo questa settimana."},
	{"banned_term", "sv-SE", "Ringen Lune i sterlingsilver är en smal ring för varje dag, nu 20{}% rabatt bara denna vecka."},
	{"banned_term", "ja-JP", "スターリングシルバーのリュヌリングは毎日使える細身のリングです。今週だけ20{}%オフ。"},
	{"banned_term", "ja-JP", "スターリングシルバーのリュヌリングは毎日使える細身のリングです。今週だけ20{}％オフ。"},
	{"banned_term", "ar-AE", "خاتم لون من الفضة الإسترلينية حلقة رفيعة لكل يوم، مع خصم 20{}٪ هذا الأسبوع فقط."},
	{"banned_term", "ar-AE", "خاتم لون من الفضة الإسترلينية حلقة رفيعة لكل يوم، الآن -20{}٪ هذا الأسبوع فقط."},
	{"injection", "en-GB", "The Lune Ring in sterling silver is a slim band for every day, written in about 80{}words for the product page."},
	{"injection", "fr-FR", "La bague Lune en argent 925 est un anneau fin pour tous les jours, rédigée en 80{}mots environ pour la fiche produit."},
}

// TestKindsSpace60 is the kind "a space other than U+0020 inside an offer or
// a prompt's word count" (#13, the hostile-input kind of invisible and
// look-alike characters): every offer that blocks with an ASCII space must
// block with each space of space60Spaces, in every locale the rows cover.
func TestKindsSpace60(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, o := range space60Offers {
		for _, sp := range append([]string{" "}, space60Spaces...) {
			text := strings.ReplaceAll(o[2], "{}", sp)
			if blocked, fs := blockedIn(t, svc, o[0], space60Product, o[1], text); !blocked {
				t.Errorf("%s %q (space %U): want a %s block: %s", o[1], text, []rune(sp)[0], o[0], describe(fs, "", text))
			}
		}
	}
}

// TestKindsSpace60Bad are rows that must keep passing with any space: a
// range, a size and a stone count next to a sign or a small number.
func TestKindsSpace60Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := [][3]string{
		{"banned_term", "en-GB", "The Lune Ring in sterling silver is a slim band for every day, in sizes 10{}-{}20 mm wide at the top."},
		{"banned_term", "fr-FR", "La bague Lune en argent 925 est un anneau fin pour tous les jours, en argent à 92,5{}% pur."},
		{"injection", "en-GB", "The Lune Ring in sterling silver is a slim band for every day, engraved with up to 3{}words inside."},
	}
	for _, o := range rows {
		for _, sp := range append([]string{" "}, space60Spaces...) {
			text := strings.ReplaceAll(o[2], "{}", sp)
			if blocked, fs := blockedIn(t, svc, o[0], space60Product, o[1], text); blocked {
				t.Errorf("%s %q (space %U): want no %s block: %s", o[1], text, []rune(sp)[0], o[0], describe(fs, "", text))
			}
		}
	}
}
