// Package segment holds the dictionary word segmenters of the scripts
// written without spaces, for text.Words:
//
//   - Japanese: github.com/ikawaha/kagome/v2 with the IPA dictionary
//     (github.com/ikawaha/kagome-dict/ipa, MeCab's IPADIC, ~390k entries);
//     its lattice (Viterbi over connection costs) splits kanji, kana and
//     katakana loan words as MeCab does.
//   - Chinese: github.com/go-ego/gse's segmentation with its dictionary of
//     both scripts ("zh": zh_s, ~350k Simplified words with frequencies,
//     plus zh_t, ~240k Traditional ones, which supplements zh_s and cannot
//     stand alone: on its own it reads 戒指 as 戒|指): a DAG of dictionary
//     words and its most probable path. One segmenter reads zh-CN and
//     zh-TW. The words and the path are gse's; the dictionary is held in a
//     compact form of our own (zhdict.go), ~11 MiB where gse's Segmenter
//     holds ~185 MiB, and TestChineseMatchesGse checks the two agree.
//
// Dictionaries are big (one quiet core, 5 Dec 2026: Japanese 0.5 s to
// load and ~28 MiB of heap without its feature columns, ~16.6 MiB and
// ~0.4 s without its part-of-speech table too (perf51), Chinese 0.6 s and
// ~21 MiB, ~11 MiB in 4-byte slots (perf51)), so each loads on the first text of its language, never at start: a worker that checks
// no Japanese or Chinese pays nothing but binary size. What a load builds
// is kept on disk for the next process (SetCacheDir, cache.go), which
// reads it in ~0.1 s (perf54). Segmenters are safe for concurrent use.
package segment

import (
	"runtime/debug"
	"strings"
	"sync"

	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/copydesk/copydesk/internal/embedpages"
	"github.com/copydesk/copydesk/internal/text"
)

// Japanese is the kagome (IPA dictionary) segmenter.
type Japanese struct{}

// Chinese is gse's segmentation (Simplified and Traditional dictionary)
// over a compact copy of gse's dictionary (zhDict).
type Chinese struct{}

var (
	jaTok = sync.OnceValue(func() *tokenizer.Tokenizer {
		// DictShrink: the IPA dictionary without its feature columns
		// (part of speech, readings, base forms; ipa.dict's content.dict),
		// which Tokenize never reads: the same lattice, the same words and
		// classes, 28.5 MiB of heap instead of 88.5 (measured 5 Dec 2026).
		// loadIPA: ipa.DictShrink's dictionary, read in place, without
		// the part-of-speech table Tokenize never reads (16.6 MiB).
		d, err := loadIPA()
		if err != nil {
			panic("segment: kagome IPA dictionary: " + err.Error()) // embedded data
		}
		t, err := tokenizer.New(d, tokenizer.OmitBosEos())
		if err != nil {
			panic("segment: kagome IPA dictionary: " + err.Error()) // embedded data
		}
		debug.FreeOSMemory() // hand the load's garbage back
		return t
	})
	zhSeg = sync.OnceValue(func() *zhDict {
		// Read back from the cache a previous process wrote, or built
		// (zhcache.go), in gse's loadZh order.
		d, built := loadZhDict(cacheDir(), gseZhS, gseZhT)
		// The text is read once, into d or the cache's key: its pages of
		// the binary need not stay resident (embedpages.ReleaseString).
		embedpages.ReleaseString(gseZhS)
		embedpages.ReleaseString(gseZhT)
		if built {
			debug.FreeOSMemory() // hand the build's garbage back
		}
		return d
	})
)

// Split implements text.Segmenter: byte lengths of the words of run.
func (Japanese) Split(run string) []int {
	toks := jaTok().Tokenize(run)
	out := make([]int, 0, len(toks))
	for _, t := range toks {
		if n := len(t.Surface); n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// Split implements text.Segmenter: byte lengths of the words of run.
func (Chinese) Split(run string) []int {
	return zhSeg().zhSegment(run)
}

var (
	ja = text.Words{Dictionary: map[string]text.Segmenter{"Han": Japanese{}, "Hiragana": Japanese{}, "Katakana": Japanese{}}}
	zh = text.Words{Dictionary: map[string]text.Segmenter{"Han": Chinese{}}}
)

// For returns the word segmentation of a locale or language (BCP 47:
// "ja-JP", "zh-TW", "zh"): the dictionary segmenter for Japanese and
// Chinese, UAX #29 alone for every other language. Nothing loads until a
// text is segmented.
func For(locale string) text.Words {
	lang, _, _ := strings.Cut(strings.ReplaceAll(locale, "_", "-"), "-")
	switch strings.ToLower(lang) {
	case "ja":
		return ja
	case "zh":
		return zh
	}
	return text.Words{}
}

// Uses reports whether a locale or language segments with a dictionary.
func Uses(locale string) bool { return len(For(locale).Dictionary) > 0 }

// JapaneseKnown calls fn with the byte span of every word of run that the
// IPA dictionary knows (kagome's KNOWN class; a run of katakana the
// dictionary does not know comes back as one UNKNOWN word): ネパール and
// ゴールドコースト are dictionary words, ラボグロウンルビー is not.
func JapaneseKnown(run string, fn func(start, end int)) {
	off := 0
	for _, t := range jaTok().Tokenize(run) {
		n := len(t.Surface)
		if n > 0 && t.Class == tokenizer.KNOWN {
			fn(off, off+n)
		}
		off += n
	}
}

// JapaneseAllKnown reports whether the IPA dictionary reads run wholly as
// words it knows, and calls fn with the byte span of each when it does:
// タイガーアイアン is タイガー|アイアン, the longer ラボグロウンルビー is one
// unknown word and calls nothing.
func JapaneseAllKnown(run string, fn func(start, end int)) bool {
	toks := jaTok().Tokenize(run)
	for _, t := range toks {
		if len(t.Surface) > 0 && t.Class != tokenizer.KNOWN {
			return false
		}
	}
	off := 0
	for _, t := range toks {
		if n := len(t.Surface); n > 0 {
			fn(off, off+n)
			off += n
		}
	}
	return true
}
