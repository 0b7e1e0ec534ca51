// Package text is copydesk's one text platform: Unicode normalisation at
// the boundary, folding for matching, detection of characters that hide or
// reorder text, script counts and word segmentation. It is pure (no I/O,
// no configuration) and used by the HTTP and core edges (Clean, Unsafe),
// the checker and grounding (Fold), and length limits (Count).
//
// Offsets are in runes (Unicode code points) of the text they describe,
// as core.Finding spans are.
//
// Sources of the rules:
//   - NFC for storage and NFKC for matching: UAX #15.
//   - Default-ignorable code points: Unicode DerivedCoreProperties
//     (Default_Ignorable_Code_Point), listed in ignorable below.
//   - Bidi controls: UAX #9 (embeddings, overrides, isolates, marks).
//   - Confusables: UTS #39 confusables.txt through
//     github.com/mtibben/confusables (its Skeleton), restricted to
//     characters whose prototype is one ASCII letter, derived by the tests
//     into prototypes_table.go (TestPrototypeTableIsCurrent).
//   - Mixed-script detection: UTS #39 §5.1, with the "highly restrictive"
//     allowance for Han with Hiragana, Katakana, Bopomofo or Hangul.
//   - Word boundaries: UAX #29 through github.com/rivo/uniseg.
package text
