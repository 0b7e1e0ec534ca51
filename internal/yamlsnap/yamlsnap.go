// Package yamlsnap ships YAML data decoded ahead of time, so that a process
// does not parse the same embedded YAML at every start.
//
// A snapshot holds, for each decoding it was built from, the decoded Go
// value as JSON, keyed by the SHA-256 of the YAML's bytes, the Go type and
// whether unknown keys were refused. A process decodes its YAML through
// the snapshot: when the snapshot holds exactly those bytes decoded into
// that type it decodes the JSON (about ten times faster than gopkg.in/yaml.v3
// parses the YAML), else it parses the YAML as before. Data edited after
// the snapshot was built is therefore never read stale: its hash differs,
// and it is parsed. A package's TestSnapshotIsCurrent rebuilds its
// snapshot (go generate) and fails when the embedded one is out of date;
// Build refuses a value that JSON does not carry exactly (it compares the
// two decodings with reflect.DeepEqual, nil and empty apart).
//
// A package may also keep values it encodes itself under keys of its own
// (RecordRaw, Raw): internal/checks ships each language's compiled concept
// set this way, keyed by the hash of what it was compiled from.
//
// The format is a sequence of records, each a key and a value, each as its
// length (uvarint) and bytes, in key order.
package yamlsnap

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync"

	"github.com/copydesk/copydesk/internal/embedpages"
	jsonv2 "github.com/go-json-experiment/json"
	"gopkg.in/yaml.v3"
)

// Snapshot is a set of decodings (see the package comment), or a
// recorder of them (NewRecorder). Nil holds none.
type Snapshot struct {
	raw  []byte
	once sync.Once
	m    map[string][]byte

	recMu sync.Mutex
	rec   map[string]recorded // a recorder's decodings
}

// New reads a snapshot from raw (embedded data; kept, not copied). A
// snapshot that does not parse holds nothing: every decoding falls back to
// YAML.
func New(raw []byte) *Snapshot { return &Snapshot{raw: raw} }

// NewRecorder returns a snapshot that holds nothing and keeps every
// decoding made through it, for Bytes.
func NewRecorder() *Snapshot { return &Snapshot{rec: map[string]recorded{}} }

func (s *Snapshot) index() map[string][]byte {
	s.once.Do(func() {
		m := map[string][]byte{}
		b := s.raw
		for len(b) > 0 {
			k, rest, ok := field(b)
			if !ok {
				m = nil
				break
			}
			v, rest, ok := field(rest)
			if !ok {
				m = nil
				break
			}
			m[string(k)] = v
			b = rest
		}
		s.m = m
		// Walking the records touched every page of an embedded
		// snapshot: nothing reads them again but a decoding, which
		// reads its own pages back (#17, perf51).
		embedpages.Release(s.raw)
	})
	return s.m
}

func field(b []byte) (f, rest []byte, ok bool) {
	n, w := binary.Uvarint(b)
	if w <= 0 || uint64(len(b)-w) < n {
		return nil, nil, false
	}
	return b[w : w+int(n)], b[w+int(n):], true
}

// Key is the key of a decoding of data into v's type.
func Key(data []byte, v any, strict bool) string { return KeySum(sha256.Sum256(data), v, strict) }

// KeySum is Key for data given by its SHA-256, sum: a caller whose data
// is many files hashes them as it reads them instead of joining them.
func KeySum(sum [sha256.Size]byte, v any, strict bool) string {
	mode := "lax"
	if strict {
		mode = "strict"
	}
	return hex.EncodeToString(sum[:]) + " " + reflect.TypeOf(v).String() + " " + mode
}

// Decode decodes the YAML data into v, a pointer to a zero value: from the
// snapshot when it holds this decoding, else by parsing data. Strict is
// yaml.NewDecoder with KnownFields(true) (unknown keys are errors, and so
// is an empty document: io.EOF); lax is yaml.Unmarshal. Errors are the
// YAML decoder's.
func (s *Snapshot) Decode(data []byte, v any, strict bool) error {
	return s.Load(Key(data, v, strict), v, func() error {
		if !strict {
			return yaml.Unmarshal(data, v)
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		return dec.Decode(v)
	})
}

// Load fills v, a pointer to a zero value, from the snapshot's value under
// key, else by build (which must leave in v what the snapshot would hold
// under key).
//
// The JSON is read with github.com/go-json-experiment/json (the prototype
// of encoding/json/v2): one pass over the bytes where encoding/json
// validates them first and decodes them again, about a quarter of a
// check process's start. Bytes checks that every value the recorder keeps
// comes back from it reflect.DeepEqual to the YAML's decoding, so what it
// reads here is what the YAML says.
func (s *Snapshot) Load(key string, v any, build func() error) error {
	if s != nil && s.rec == nil {
		if j, ok := s.index()[key]; ok {
			err := jsonv2.Unmarshal(j, v)
			s.Release(j) // read once: v holds copies (perf51, perf66)
			if err == nil {
				return nil
			}
			// A snapshot this binary cannot read: zero v again and parse.
			reflect.ValueOf(v).Elem().SetZero()
		}
	}
	if err := build(); err != nil {
		return err
	}
	if s != nil && s.rec != nil {
		s.record(key, v)
	}
	return nil
}

// Raw returns the bytes the snapshot holds under key as they are, for a
// value a package encodes itself (RecordRaw): nil and false when it holds
// none, or when s is a recorder. The bytes are the embedded data's own:
// never written to. A caller that has read them all may hand them to
// s.Release.
func (s *Snapshot) Raw(key string) ([]byte, bool) {
	if s == nil || s.rec != nil {
		return nil, false
	}
	b, ok := s.index()[key]
	return b, ok
}

// Release hands back to the kernel the pages of the embedded snapshot
// that reading b, a value Raw or Load gave, may have made resident: b's
// own and the rest of the fault-around windows it touched, within the
// snapshot (embedpages.ReleaseRead). A caller calls it once it has read b
// and holds copies of what it needs. Nothing for a recorder or a snapshot
// not embedded.
func (s *Snapshot) Release(b []byte) {
	if s != nil && s.rec == nil {
		embedpages.ReleaseRead(b, s.raw)
	}
}

// RecordRaw keeps b under key in a recorder's snapshot as it is (Raw gives
// it back); err, when not nil, fails Bytes instead.
func (s *Snapshot) RecordRaw(key string, b []byte, err error) {
	s.recMu.Lock()
	defer s.recMu.Unlock()
	s.rec[key] = recorded{j: slices.Clone(b), err: err}
}

// recorded is a decoding as JSON, taken at once (a caller may change the
// value afterwards), or why it cannot be kept.
type recorded struct {
	j   []byte
	err error
}

func (s *Snapshot) record(key string, v any) {
	r := recorded{}
	r.j, r.err = json.Marshal(v)
	if r.err == nil {
		back := reflect.New(reflect.TypeOf(v).Elem())
		if r.err = jsonv2.Unmarshal(r.j, back.Interface()); r.err == nil && !reflect.DeepEqual(back.Interface(), v) {
			r.err = errors.New("the value does not survive JSON")
		}
	}
	s.recMu.Lock()
	defer s.recMu.Unlock()
	s.rec[key] = r
}

// Bytes returns the snapshot of every decoding a recorder made. It fails
// when a value does not survive JSON: decoded from its JSON it must be
// reflect.DeepEqual to the value the YAML gave.
func (s *Snapshot) Bytes() ([]byte, error) {
	s.recMu.Lock()
	defer s.recMu.Unlock()
	keys := make([]string, 0, len(s.rec))
	for k := range s.rec {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out []byte
	var errs []error
	for _, k := range keys {
		r := s.rec[k]
		if r.err != nil {
			errs = append(errs, fmt.Errorf("yamlsnap: %s: %w", k, r.err))
			continue
		}
		out = binary.AppendUvarint(out, uint64(len(k)))
		out = append(out, k...)
		out = binary.AppendUvarint(out, uint64(len(r.j)))
		out = append(out, r.j...)
	}
	return out, errors.Join(errs...)
}
