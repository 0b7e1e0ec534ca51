package checks

import (
	"crypto/sha256"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/neardup"
	"github.com/copydesk/copydesk/internal/offline"
)

// TestStoredSignaturesFindTheSame checks 600 of the bench's texts (the
// offline writer's copy of the sample products in two locales, up to 40
// earlier siblings each) twice: with every neighbour's text, and as core
// gives neighbours read back from the store to a checker that has never
// seen them (another worker, or after an eviction): the key and the
// entry stored with the text (StoredSignature, made by another checker),
// the text itself left empty, so that a checker falling back on the text
// would find no duplicate. Every 7th text gets its neighbours with their
// text and an entry of another format, which must be ignored. A third
// checker gets each neighbour as core gives one read from a
// NearEntriesReader (perf39): its entry made from the stored bytes as
// they were read (StoredEntry), or, for another format (StoredEntry nil),
// its text, key and bytes. Every finding must be the same.
func TestStoredSignaturesFindTheSame(t *testing.T) {
	t.Parallel()
	g := guide(t)
	launch := sampleLaunch(t)
	plain, writer, reader, entries := New(nil), New(nil), New(nil), New(nil)
	stored, otherFormat, dups := 0, 0, 0
	for _, loc := range []string{"en-GB", "fr-FR"} {
		var texts, keys []string
		var sigs [][]byte
		var prods []core.Product
		for k := range 300 {
			p := launch.Products[k%len(launch.Products)]
			p.SKU, p.Name = fmt.Sprintf("B%07d", k), fmt.Sprintf("%s %d", p.Name, k)
			text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
			var byText, bySig, byEntry []core.Neighbour
			for j := max(0, len(texts)-40); j < len(texts); j++ {
				n := core.Neighbour{SKU: prods[j].SKU, Text: texts[j]}
				byText = append(byText, n)
				n.Key, n.Sig = keys[j], sigs[j]
				if k%7 == 0 {
					n.Sig = append([]byte{sigFormat + 1}, n.Sig[1:]...)
					n.Key += "\x00other"
					otherFormat++
				} else {
					n.Text = ""
					stored++
				}
				bySig = append(bySig, n)
				// Another format's entry is nil until the checker keeps
				// the text's under its key (from the text, given then).
				if e := entries.StoredEntry(n.Key, n.Sig); e != nil {
					n = core.Neighbour{SKU: n.SKU, Entry: e}
				} else if k%7 != 0 {
					t.Fatalf("%s: its stored entry not read", n.Key)
				}
				if k%7 == 0 {
					if e := New(nil).StoredEntry(n.Key, n.Sig); e != nil {
						t.Fatalf("%s: an entry of another format read: %T", n.Key, e)
					}
				}
				byEntry = append(byEntry, n)
			}
			in := core.CheckInput{Product: p, Locale: loc, Channel: "pdp", Text: text, Guide: g, Neighbours: byText}
			want := plain.Check(in)
			if duplicateFinding(want) != "" {
				dups++
			}
			in.Neighbours = bySig
			if got := reader.Check(in); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s %s: findings with stored entries %+v, with texts %+v", loc, p.SKU, got, want)
			}
			in.Neighbours = byEntry
			if got := entries.Check(in); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s %s: findings with entries made as read %+v, with texts %+v", loc, p.SKU, got, want)
			}
			sig := writer.StoredSignature(text)
			if len(sig) == 0 {
				t.Fatalf("%s %s: no stored entry", loc, p.SKU)
			}
			texts, keys, sigs = append(texts, text), append(keys, fmt.Sprintf("d\x00%s-%s\x001", loc, p.SKU)), append(sigs, sig)
			prods = append(prods, p)
		}
	}
	t.Logf("%d neighbours from stored entries, %d with another format's; %d texts with a duplicate finding", stored, otherFormat, dups)
	if stored == 0 || otherFormat == 0 || dups == 0 {
		t.Errorf("want neighbours of both kinds and some duplicate findings")
	}
}

// TestStoredEntryRoundTrip: decodeEntry gives back what encode made, and
// nothing for another format, a torn length, unsorted shingles or no
// shingles; a text without shingles stores nothing.
func TestStoredEntryRoundTrip(t *testing.T) {
	t.Parallel()
	var c sigCache
	e := c.get("A fine chain of recycled silver catches the light with every move you make.")
	b := e.encode()
	if got := decodeEntry(b); got == nil || got.sig != e.sig || !slices.Equal(got.shingles, e.shingles) {
		t.Fatalf("decodeEntry(encode) = %+v, want %+v", got, e)
	}
	if len(b) != 1+256+8*len(e.shingles) {
		t.Errorf("encoding of %d shingles is %d bytes", len(e.shingles), len(b))
	}
	swapped := slices.Clone(b)
	copy(swapped[257:265], b[265:273])
	copy(swapped[265:273], b[257:265])
	for name, bad := range map[string][]byte{
		"other format": append([]byte{sigFormat + 1}, b[1:]...),
		"torn":         b[:len(b)-3],
		"no shingles":  b[:257],
		"unsorted":     swapped,
		"empty":        nil,
	} {
		if decodeEntry(bad) != nil {
			t.Errorf("%s: decoded", name)
		}
	}
	if got := c.get("Two words").encode(); got != nil {
		t.Errorf("a text without shingles stores %d bytes", len(got))
	}
	// A stored entry is kept under its name: a second use finds it.
	var r sigCache
	first := r.getStored(b, "d\x00x\x001")
	if first == nil || r.getStored(nil, "d\x00x\x001") != first || r.named([]string{"d\x00x\x001"})[0] != first {
		t.Error("a stored entry is not kept under its name")
	}
}

// TestStoredEntryFormat pins what entries stored with texts hold: a digest
// of the stored entries of the offline writer's copy of the sample
// products in every locale. Entries outlive the process that made them,
// so when the shingles change (the tokeniser's words, the shingles' hash,
// neardup's hash functions), entries already stored would compare
// differently from the same texts tokenised now: then bump sigFormat (so
// stored entries of the old format are not read) and update want here.
func TestStoredEntryFormat(t *testing.T) {
	t.Parallel()
	const want = "format 1, 600 entries, de4ad2408dce26ed"
	g := guide(t)
	c := New(nil)
	h, n := sha256.New(), 0
	for _, loc := range packLocales(t) {
		for _, p := range sampleLaunch(t).Products {
			text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
			b := c.StoredSignature(text)
			if b != nil {
				n++
			}
			h.Write(b)
		}
	}
	got := fmt.Sprintf("format %d, %d entries, %x", sigFormat, n, h.Sum(nil)[:8])
	if got != want {
		t.Errorf("stored entries: %s, want %s: if the shingles changed, bump sigFormat and update want", got, want)
	}
}

// BenchmarkNeighbourEntry is what a neighbour missing from the cache
// costs the duplicate check to make its entry: from its text (tokenised,
// shingled, MinHash signature), and from the entry stored with it
// (decoded). The offline writer's en-GB and fr-FR copy of the sample
// products, one text an op.
//
//	go test -run '^$' -bench NeighbourEntry -benchmem ./internal/checks
func BenchmarkNeighbourEntry(b *testing.B) {
	g := guide(b)
	var texts []string
	var stored [][]byte
	var c sigCache
	for _, loc := range []string{"en-GB", "fr-FR"} {
		for _, p := range sampleLaunch(b).Products {
			text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1})
			texts, stored = append(texts, text), append(stored, c.get(text).encode())
		}
	}
	b.Run("text", func(b *testing.B) {
		i := 0
		for b.Loop() {
			d := docPool.Get().(*document)
			d.text = texts[i%len(texts)]
			d.prepare()
			buf := shingles(d, make([]uint64, 0, max(len(d.toks)-2, 0)))
			_ = &sigEntry{sig: neardup.Of(buf), shingles: slices.Clip(buf)}
			docPool.Put(d)
			i++
		}
	})
	b.Run("stored", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if decodeEntry(stored[i%len(stored)]) == nil {
				b.Fatal("not decoded")
			}
			i++
		}
	})
}
