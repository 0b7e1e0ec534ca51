package offline

import (
	"regexp"
	"strings"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// A PIM rarely lists plating and base apart: it writes one combined value
// ("14k rose gold-plated sterling silver", "sterling silver with 14k gold
// plating", "two-tone sterling silver and 14k gold-plated"). parseMaterial
// reads such a value into its base substances and its plating, so that
// each can be translated and placed in the sentence where it belongs.

// plating is a metal plated over a base: "14k rose gold-plated".
type plating struct {
	metal    string // gold, rhodium, silver
	shade    string // rose, white, yellow or ""
	karat    string // "14", or ""
	karatRaw string // as written: "14k", "18ct", "9 carat"
}

// parsedMaterial is one material value read into its parts.
type parsedMaterial struct {
	bases   []string // substance keys, normalised ("sterling silver")
	plating *plating
	vermeil *plating // gold vermeil: gold over sterling silver
	twoTone bool     // only part of the piece is plated
}

const karatRe = `(?:(\d{1,2})\s*(k|kt|ct|carat|karat)\s+)?`

var (
	platingRe = regexp.MustCompile(`^` + karatRe + `(?:(rose|white|yellow)\s+)?(gold|rhodium|silver)[\s-](?:plated|plating|plate)(?:\s+(?:over|on)?\s*(.+))?$`)
	vermeilRe = regexp.MustCompile(`^` + karatRe + `(?:(rose|white|yellow)\s+)?(?:gold\s+)?vermeil(?:\s+(?:over|on)\s+(.+))?$`)
	twoTone   = regexp.MustCompile(`^(?:two[\s-]tone|bicolou?r|bi[\s-]colou?r)\s+`)
)

// isBase reports whether key is a substance the writer can translate.
func isBase(key string) bool {
	if _, ok := substances[key]; ok {
		return true
	}
	if m := goldPattern.FindStringSubmatch(key); m != nil && m[3] == "" {
		return true
	}
	return false
}

func karatText(m []string) (karat, raw string) {
	if m[1] == "" {
		return "", ""
	}
	return m[1], m[1] + map[bool]string{true: "", false: " "}[len(m[2]) <= 2] + m[2]
}

// parseMaterial reads a normalised material value; ok is false when the
// value is not one the writer understands.
func parseMaterial(key string) (pm parsedMaterial, ok bool) {
	key = strings.TrimSpace(strings.Trim(key, ".,;"))
	if key == "" {
		return pm, false
	}
	if isBase(key) {
		return parsedMaterial{bases: []string{key}}, true
	}
	if m := twoTone.FindStringSubmatch(key); m != nil {
		pm, ok = parseMaterial(key[len(m[0]):])
		if ok && pm.plating != nil {
			pm.twoTone = true
		}
		return pm, ok
	}
	if m := platingRe.FindStringSubmatch(key); m != nil {
		k, raw := karatText(m)
		pm.plating = &plating{metal: m[4], shade: m[3], karat: k, karatRaw: raw}
		if m[5] != "" {
			if !isBase(m[5]) {
				return pm, false
			}
			pm.bases = []string{m[5]}
		}
		return pm, true
	}
	if m := vermeilRe.FindStringSubmatch(key); m != nil {
		k, raw := karatText(m)
		pm.vermeil = &plating{metal: "gold", shade: m[3], karat: k, karatRaw: raw}
		base := "sterling silver"
		if m[4] != "" {
			if !isBase(m[4]) {
				return pm, false
			}
			base = m[4]
		}
		pm.bases = []string{base}
		return pm, true
	}
	for _, sep := range []string{" with ", " and ", " & ", ", "} {
		i := strings.LastIndex(key, sep)
		if i < 0 {
			continue
		}
		left, lok := parseMaterial(key[:i])
		right, rok := parseMaterial(key[i+len(sep):])
		if !lok || !rok {
			continue
		}
		if left.plating != nil && right.plating != nil || left.vermeil != nil || right.vermeil != nil {
			continue
		}
		pm = left
		pm.bases = append(pm.bases, right.bases...)
		if right.plating != nil {
			pm.plating = right.plating
		}
		return pm, true
	}
	return pm, false
}

// substanceText renders a base substance in lang.
func substanceText(lang, key string, guide *styleguide.Guide, locale string) string {
	if lang == "en" {
		return key
	}
	if t, ok := preferredTranslation(guide, locale, key); ok {
		return t
	}
	if forms, ok := substances[key]; ok {
		return forms[lang]
	}
	if m := goldPattern.FindStringSubmatch(key); m != nil && m[3] == "" {
		karat, shade := m[1], m[2]
		base := goldShade[shade][lang]
		if karat == "" {
			return base
		}
		switch lang {
		case "fr":
			return base + " " + karat + " carats"
		case "de":
			return karat + " Karat " + base
		case "it":
			return base + " " + karat + " carati"
		case "es":
			return base + " de " + karat + " quilates"
		}
	}
	return key
}

// platingText renders a plating as a predicate, with the agreement marks
// of its language ("plaqué{e}{s} or rose 14 carats").
func platingText(lang string, p plating) string {
	shade := func() string {
		if p.shade == "" {
			return ""
		}
		return p.shade + " "
	}
	switch lang {
	case "en":
		k := ""
		if p.karatRaw != "" {
			k = p.karatRaw + " "
		}
		return k + shade() + p.metal + "-plated"
	case "fr":
		switch p.metal {
		case "rhodium":
			return "rhodié{e}{s}"
		case "silver":
			return "plaqué{e}{s} argent"
		}
		s := "plaqué{e}{s} " + goldShade[p.shade]["fr"]
		if p.karat != "" {
			s += " " + p.karat + " carats"
		}
		return s
	case "de":
		switch p.metal {
		case "rhodium":
			return "rhodiniert"
		case "silver":
			return "versilbert"
		}
		s := deGoldPlated[p.shade]
		if p.karat != "" {
			s = p.karat + " Karat " + s
		}
		return s
	case "it":
		switch p.metal {
		case "rhodium":
			return "rodiat{o}"
		case "silver":
			return "placcat{o} argento"
		}
		s := "placcat{o} " + goldShade[p.shade]["it"]
		if p.karat != "" {
			s += " " + p.karat + " carati"
		}
		return s
	case "es":
		switch p.metal {
		case "rhodium":
			return "rodiad{o}"
		case "silver":
			return "chapad{o} en plata"
		}
		s := "chapad{o} en " + goldShade[p.shade]["es"]
		if p.karat != "" {
			s += " de " + p.karat + " quilates"
		}
		return s
	}
	return ""
}

// twoToneText renders a partial plating as a predicate that agrees with
// the piece: "two-tone, with 14k gold-plated details".
func twoToneText(lang string, p plating, n noun) string {
	switch lang {
	case "en":
		return "two-tone, with " + platingText(lang, p) + " details"
	case "fr":
		return agree(lang, "bicolore{s}", n.gender, n.isPlural) + ", avec des détails " + agree(lang, platingText(lang, p), masculine, true)
	case "de":
		// Attributive dative plural: mit vergoldeten Details.
		return "zweifarbig, mit " + platingText(lang, p) + "en Details"
	case "it":
		adj := "bicolore"
		if n.isPlural {
			adj = "bicolori"
		}
		return adj + ", con dettagli " + agree(lang, platingText(lang, p), masculine, true)
	case "es":
		// Spanish templates say "está": the piece is finished in two tones.
		return agree(lang, "acabad{o} en dos tonos", n.gender, n.isPlural) + ", con detalles " + agree(lang, platingText(lang, p), masculine, true)
	}
	return ""
}

// vermeilText renders gold vermeil with its base, as a substance:
// "14k gold vermeil over sterling silver".
func vermeilText(lang string, p plating, base string) string {
	switch lang {
	case "en":
		s := "gold vermeil over " + base
		if p.shade != "" {
			s = p.shade + " " + s
		}
		if p.karatRaw != "" {
			s = p.karatRaw + " " + s
		}
		return s
	case "fr":
		s := "vermeil"
		if p.shade != "" {
			s += " " + goldShade[p.shade]["fr"]
		}
		if p.karat != "" {
			s += " " + p.karat + " carats"
		}
		return s + " sur " + base
	case "de":
		s := "Vermeil"
		if p.shade != "" {
			s = goldShade[p.shade]["de"] + "-Vermeil"
		}
		if p.karat != "" {
			s = p.karat + " Karat " + s
		}
		return s + " auf " + base
	case "it":
		s := "vermeil"
		if p.shade != "" {
			s += " " + goldShade[p.shade]["it"]
		}
		if p.karat != "" {
			s += " " + p.karat + " carati"
		}
		return s + " su " + base
	case "es":
		s := "vermeil"
		if p.shade != "" {
			s += " " + goldShade[p.shade]["es"]
		}
		if p.karat != "" {
			s += " de " + p.karat + " quilates"
		}
		return s + " sobre " + base
	}
	return base
}

// renderMaterial renders one material value as substances (after a
// preposition) and platings (predicates, already agreed with the noun).
func renderMaterial(lang, value string, guide *styleguide.Guide, locale string, n noun) (subs, plats []string) {
	key := normalise(value)
	if lang != "en" {
		// The guide's own rendering of the whole value wins.
		if t, ok := preferredTranslation(guide, locale, key); ok {
			if strings.Contains(key, "plated") || strings.Contains(key, "plating") {
				return nil, []string{t}
			}
			return []string{t}, nil
		}
	}
	pm, ok := parseMaterial(key)
	if !ok {
		if forms, ok := platings[key]; ok && lang != "en" {
			return nil, []string{agree(lang, forms[lang], n.gender, n.isPlural)}
		}
		v := strings.TrimSpace(value)
		if strings.Contains(key, "plated") || strings.Contains(key, "plating") {
			return nil, []string{v}
		}
		return []string{v}, nil
	}
	if pm.vermeil != nil {
		return []string{vermeilText(lang, *pm.vermeil, substanceText(lang, pm.bases[0], guide, locale))}, nil
	}
	for _, b := range pm.bases {
		subs = append(subs, substanceText(lang, b, guide, locale))
	}
	if pm.plating != nil {
		if pm.twoTone {
			plats = append(plats, twoToneText(lang, *pm.plating, n))
		} else {
			plats = append(plats, agree(lang, platingText(lang, *pm.plating), n.gender, n.isPlural))
		}
	}
	return subs, plats
}
