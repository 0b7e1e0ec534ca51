package segment

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// smallZh is a dictionary text of a few lines in gse's shape, for the
// cache's checks without a 0.6 s build each.
var smallZh = []string{"戒指 120 n\n项链 80 n\n戒 3 v\n金 50 n\n18K金 20 n\n白金 40 n\n",
	"戒指 7 n\n耳環 30 n\n"}

func sameZhDict(t *testing.T, got, want *zhDict) {
	t.Helper()
	if got.words != want.words || got.mask != want.mask || !slices.Equal(got.slots, want.slots) {
		t.Fatalf("table read back differs from the build: %d/%d slots, %d/%d word bytes", len(got.slots), len(want.slots), len(got.words), len(want.words))
	}
}

// TestZhCacheRoundTrip: the table read back from the cache is the build's
// byte for byte (gse's whole dictionary), the build is the same in every
// process (the fixed hash), and a second load reads instead of building.
func TestZhCacheRoundTrip(t *testing.T) {
	dir := t.TempDir()
	d1, built := loadZhDict(dir, gseZhS, gseZhT)
	if !built {
		t.Fatal("an empty cache directory was read")
	}
	d2, built := loadZhDict(dir, gseZhS, gseZhT)
	if built {
		t.Fatal("the cache written by the first load was not read")
	}
	sameZhDict(t, d2, d1)
	sameZhDict(t, d2, newZhDict(gseZhS, gseZhT))
	for _, w := range []string{"戒指", "项链", "耳環", "钻石", "黄金"} {
		c1, ok1 := d1.cost(w)
		c2, ok2 := d2.cost(w)
		if c1 != c2 || ok1 != ok2 || !ok2 {
			t.Errorf("cost(%q): read back %v %v, built %v %v", w, c2, ok2, c1, ok1)
		}
	}
}

// TestZhCacheRejectsBadFiles: a file that is short, of other texts, of
// another version, corrupted anywhere or pointing outside its word store
// is never used: the table is built again and a good file written.
func TestZhCacheRejectsBadFiles(t *testing.T) {
	want := newZhDict(smallZh...)
	key := zhCacheKey(smallZh...)
	for _, tc := range []struct {
		name  string
		spoil func(b []byte) []byte
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)-1] }},
		{"longer", func(b []byte) []byte { return append(b, 0) }},
		{"header only", func(b []byte) []byte { return b[:zhCacheHeader] }},
		{"magic", func(b []byte) []byte { b[0] ^= 1; return b }},
		{"version", func(b []byte) []byte { b[8]++; return b }},
		{"key", func(b []byte) []byte { b[24] ^= 1; return b }},
		{"slot bit", func(b []byte) []byte { b[zhCacheHeader+5] ^= 0x10; return b }},
		{"word byte", func(b []byte) []byte { b[len(b)-1] ^= 1; return b }},
		{"slot out of bounds, checksum right", func([]byte) []byte {
			// a slot whose word runs past the store, with the file's CRC
			// made to match
			bad := &zhDict{words: want.words, slots: slices.Clone(want.slots), mask: want.mask}
			for i, s := range bad.slots {
				if s != 0 {
					bad.slots[i] = s&^(1<<zhOffBits-1) | zhSlot(len(want.words))
					break
				}
			}
			dir := t.TempDir()
			if err := writeZhCache(dir, zhCachePath(dir, key), key, bad); err != nil {
				t.Fatal(err)
			}
			out, err := os.ReadFile(zhCachePath(dir, key))
			if err != nil {
				t.Fatal(err)
			}
			return out
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, built := loadZhDict(dir, smallZh...); !built {
				t.Fatal("an empty cache directory was read")
			}
			path := zhCachePath(dir, key)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, tc.spoil(b), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := readZhCache(path, key); err == nil {
				t.Fatal("a spoilt file was read")
			}
			d, built := loadZhDict(dir, smallZh...)
			if !built {
				t.Fatal("a spoilt file was used")
			}
			sameZhDict(t, d, want)
			d, built = loadZhDict(dir, smallZh...)
			if built {
				t.Fatal("the file written after the rebuild was not read")
			}
			sameZhDict(t, d, want)
		})
	}
	// Other texts have another key, so another file: never this one.
	if zhCacheKey(smallZh[0]) == key || zhCacheKey(smallZh[1], smallZh[0]) == key {
		t.Fatal("the key does not follow the texts")
	}
}

// TestDictCacheDir: the setting (DICT_CACHE_DIR, passed by the wiring
// through SetCacheDir) moves the cache or turns it off, unset is the
// user's cache directory; a directory that cannot be made only costs the
// build.
func TestDictCacheDir(t *testing.T) {
	def := ""
	if base, err := os.UserCacheDir(); err == nil {
		def = filepath.Join(base, "copydesk")
	}
	for _, c := range []struct{ setting, want string }{{"off", ""}, {"/x/y", "/x/y"}, {"", def}} {
		if got := dictCacheDir(c.setting); got != c.want {
			t.Errorf("dictCacheDir(%q) = %q, want %q", c.setting, got, c.want)
		}
	}
	// SetCacheDir is what a load reads; never called, the default.
	old := cacheSetting.Load()
	t.Cleanup(func() { cacheSetting.Store(old) })
	cacheSetting.Store(nil)
	if got := cacheDir(); got != def {
		t.Errorf("unset: %q, want %q", got, def)
	}
	for _, c := range []struct{ setting, want string }{{"off", ""}, {"/x/y", "/x/y"}, {"", def}} {
		SetCacheDir(c.setting)
		if got := cacheDir(); got != c.want {
			t.Errorf("SetCacheDir(%q): %q, want %q", c.setting, got, c.want)
		}
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	d, built := loadZhDict(filepath.Join(file, "sub"), smallZh...) // under a file: no directory
	if !built {
		t.Fatal("read from a directory that cannot exist")
	}
	sameZhDict(t, d, newZhDict(smallZh...))
	if d, built := loadZhDict("", smallZh...); !built {
		t.Fatal("no directory, yet not built")
	} else {
		sameZhDict(t, d, newZhDict(smallZh...))
	}
}

// BenchmarkZhDictLoad: a process's Chinese dictionary built from gse's
// text against read back from the cache (the key's SHA-256 of the 8.6 MB
// texts, the file's read and checks included), as a worker pays it once
// on its first Chinese text (#17, perf54).
//
//	go test -run '^$' -bench ZhDictLoad -benchtime 5x -benchmem ./internal/text/segment
func BenchmarkZhDictLoad(b *testing.B) {
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			_, _ = loadZhDict("", gseZhS, gseZhT)
		}
	})
	b.Run("cached", func(b *testing.B) {
		dir := b.TempDir()
		loadZhDict(dir, gseZhS, gseZhT)
		for b.Loop() {
			if _, built := loadZhDict(dir, gseZhS, gseZhT); built {
				b.Fatal("built")
			}
		}
	})
}
