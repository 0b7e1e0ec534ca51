package checks

import (
	"strings"
	"unicode/utf8"
)

// fusedConditional reports whether the word w (folded as the copy's
// words are) is a verb with its conditional suffix fused to it, in the
// languages that write the condition so (#13, symptom36): any verb's
// conditional is a condition, so the data need not list them verb by
// verb.
//
// Korean: the connective ending -(으)면 after a verb or adjective stem
// (생기면, 나타나면, 가려우면, 붉어지면, 있으면, 심해지면, 만들면, -다면,
// -라면): a word of two or more syllables ending in 면 whose syllable
// before it has no final consonant or a final ㄹ (the stem's ㄹ, or the
// 으 the ending takes after other consonants); the nouns of 面 and the
// like that end so (표면, 화면, 수면, 가면, …: koNounsInMyeon) are none. A
// noun with another final consonant before 면 (측면, 정면, 반면) is never
// read as one.
//
// Turkish: the conditional -sA after the aorist (-r, -Ar, -Ir: olursa,
// kızarırsa, kaşınırsa, görülürse, başlarsa, ederseniz, and varsa), its
// negative (-mAz: geçmezse) and the past (-DI-ysA: olduysa), with the
// person endings; the nouns whose dative ends so (kursa, derse, kuvarsa:
// trNounsInRsa) are none. Plain -sA (olsa) is left out: too many nouns
// end in -sa/-se (masa, kasa).
//
// Other languages: false (their conditions are words of their own).
func fusedConditional(lang, w string) bool {
	switch lang {
	case "ko":
		return koConditional(w)
	case "tr":
		return trConditional(w)
	}
	return false
}

// koNounsInMyeon are Korean nouns (whole words) that end in 면 after a
// syllable with no final consonant or a final ㄹ, so look like a
// conditional (표면 surface, 화면 screen, 수면 sleep, 가면 mask, 라면
// ramen, 일면 one side, …).
var koNounsInMyeon = map[string]bool{
	"표면": true, "내면": true, "외면": true, "화면": true, "수면": true, "가면": true, "라면": true,
	"지면": true, "이면": true, "후면": true, "체면": true, "도면": true, "사면": true, "해면": true,
	"세면": true, "노면": true, "일면": true, "대면": true, "서면": true, "우면": true, "모면": true,
}

func koConditional(w string) bool {
	rest, ok := strings.CutSuffix(w, "면")
	if !ok || rest == "" || koNounsInMyeon[w] {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	final := (r - 0xAC00) % 28
	return final == 0 || final == 8 // no final consonant, or ㄹ
}

// trNounsInRsa are Turkish nouns (whole words, folded) whose dative ends
// like an aorist conditional: kurs, ders, ters, burs, hırs, kuvars (a
// stone), mors, fors, Fars; and the city Bursa and borsa.
var trNounsInRsa = map[string]bool{
	"kursa": true, "derse": true, "terse": true, "bursa": true, "borsa": true, "hırsa": true,
	"kuvarsa": true, "morsa": true, "forsa": true, "farsa": true,
}

// trPersons are the person endings a Turkish conditional takes (folded:
// -nüz is -nuz).
var trPersons = []string{"", "m", "n", "k", "niz", "nız", "nuz", "lar", "ler"}

func trConditional(w string) bool {
	if trNounsInRsa[w] {
		return false
	}
	for _, p := range trPersons {
		stem, ok := strings.CutSuffix(w, p)
		if !ok {
			continue
		}
		base, ok := strings.CutSuffix(stem, "sa")
		if !ok {
			base, ok = strings.CutSuffix(stem, "se")
		}
		if !ok {
			continue
		}
		if trConditionalBase(base) {
			return true
		}
	}
	return false
}

// trConditionalBase reports whether base (a word less its -sA and person
// ending) ends in the aorist (a vowel then r, after at least one letter),
// the negative aorist (-maz, -mez, after at least two letters) or the
// past with its copula (-dIy, -tIy, after at least two letters).
func trConditionalBase(base string) bool {
	rs := []rune(base)
	n := len(rs)
	isVowel := func(r rune) bool { return strings.ContainsRune("aeıiou", r) }
	switch {
	case n >= 3 && rs[n-1] == 'r' && isVowel(rs[n-2]):
		return true
	case n >= 5 && rs[n-1] == 'z' && (rs[n-2] == 'a' || rs[n-2] == 'e') && rs[n-3] == 'm':
		return true
	case n >= 5 && rs[n-1] == 'y' && strings.ContainsRune("ıiu", rs[n-2]) && (rs[n-3] == 'd' || rs[n-3] == 't'):
		return true
	}
	return false
}
