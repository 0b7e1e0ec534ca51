package postgres

import (
	"database/sql/driver"
	"errors"
	"slices"
	"time"

	"github.com/jackc/pgx/v5/pgproto3"
)

// writeReserve is a frontend message of no bytes that makes room for n more
// in the connection's write buffer (pgproto3.Frontend.Send appends a
// message to the buffer with its Encode; this one appends nothing and
// returns the buffer grown). pipeline sends it before a batch, so that the
// batch's Bind messages are appended into one buffer of about their size:
// pgx gives the buffer back to 1 KiB after every flush of more than that,
// and append regrew it a step of ~1.25x at a time (~5x the batch's bytes
// allocated: a group commit's ~50-80 kB, the lookup's few kB; the largest
// allocation of a PostgreSQL worker, #17).
type writeReserve int

func (writeReserve) Frontend() {}

func (writeReserve) Decode([]byte) error {
	return errors.New("postgres: a write reservation is never received")
}

func (r writeReserve) Encode(dst []byte) ([]byte, error) {
	return slices.Grow(dst, int(r)), nil
}

var _ pgproto3.FrontendMessage = writeReserve(0)

// wbufPooled is the estimated size (batchBytes) from which a batch's
// write buffer is taken from wbufs and given back after it: pgx drops a
// buffer of more than 1 KiB at its flush (pgproto3.Frontend.Flush makes a
// new one), so each reservation was a new buffer of the batch's size (the
// group commit's tens of kB; 6-7% of a launch's worker allocations, #17,
// perf37). From 4 kB down to the 1 KiB pgx keeps in perf38: the lookups'
// batches of 1-4 kB made a new buffer each (writeReserve, 18 MB a
// 10,000-draft launch).
const wbufPooled = 1 << 10

// wbufs are write buffers that pgx dropped after sending them, for the
// next batch (pooledReserve); a freeList, which the collector does not
// empty, of 4: each buffer is a whole batch's messages (a group commit's
// tens of kB, live between batches), and a worker runs two group commits
// at once (commitsInFlight).
var wbufs = make(freeList[*[]byte], 4)

// pooledReserve is writeReserve with a buffer of its own: its Encode
// returns buf holding what the frontend's buffer held, with room for n
// more (buf grown when short), and keeps the buffer it returned in buf.
type pooledReserve struct {
	n   int
	buf []byte
}

func (*pooledReserve) Frontend() {}

func (*pooledReserve) Decode([]byte) error {
	return errors.New("postgres: a write reservation is never received")
}

func (r *pooledReserve) Encode(dst []byte) ([]byte, error) {
	if cap(r.buf) < len(dst)+r.n {
		r.buf = make([]byte, 0, len(dst)+r.n)
	}
	r.buf = append(r.buf[:0], dst...)
	return r.buf, nil
}

// wbufProbe is a frontend message of no bytes that tells whether the
// frontend's write buffer is buf's array (pgx still holds it: a flush of
// 1 KiB or less keeps its buffer, an encoding error too); held stays true
// when Encode is not called.
type wbufProbe struct {
	buf  []byte
	held bool
}

func (*wbufProbe) Frontend() {}

func (*wbufProbe) Decode([]byte) error {
	return errors.New("postgres: a probe is never received")
}

func (p *wbufProbe) Encode(dst []byte) ([]byte, error) {
	p.held = cap(dst) > 0 && cap(p.buf) > 0 && &dst[:1][0] == &p.buf[:1][0]
	return dst, nil
}

// reserve makes room in fe's write buffer for a batch of about n bytes:
// from wbufs when n is wbufPooled or more (the buffer returned, to give
// back with giveBack once the batch is read), else as writeReserve.
func reserve(fe *pgproto3.Frontend, n int) *[]byte {
	if n < wbufPooled {
		fe.Send(writeReserve(n))
		return nil
	}
	p, _ := wbufs.get()
	if p == nil {
		p = new([]byte)
	}
	r := &pooledReserve{n: n, buf: *p}
	fe.Send(r)
	*p = r.buf
	return p
}

// giveBack puts reserve's buffer p back into wbufs once the batch is read,
// unless fe still writes into it.
func giveBack(fe *pgproto3.Frontend, p *[]byte) {
	if p == nil || cap(*p) == 0 {
		return
	}
	if !stillHeld(fe, *p) {
		*p = (*p)[:0]
		wbufs.put(p)
	}
}

// stillHeld reports whether fe's write buffer is buf's array.
func stillHeld(fe *pgproto3.Frontend, buf []byte) bool {
	probe := &wbufProbe{buf: buf, held: true}
	fe.Send(probe)
	return probe.held
}

// batchBytes estimates what a batch of queries with args takes in the
// frontend's write buffer once bound: each query's Bind (its prepared
// statement's name, format codes, parameters) and Execute, each argument
// by its type's binary or text encoding; the Sync at the end. An estimate
// short of the real size only lets append grow the buffer once more.
func batchBytes(args [][]any) int {
	n := 5 // Sync
	for _, as := range args {
		// Bind and Execute: headers, the statement cache's name (58
		// bytes), format codes (those of ~20 result columns too),
		// the arguments' lengths.
		n += 128 + 8*len(as)
		for _, a := range as {
			n += argBytes(a)
		}
	}
	return n
}

// argBytes is an argument's encoded size, as pgx encodes the types the
// store passes: text and bytes as they are, arrays in binary (a 20-byte
// header, each element's length and value), scalars at most 8 bytes.
func argBytes(a any) int {
	switch v := a.(type) {
	case nil:
		return 0
	case string:
		return len(v)
	case []byte:
		return len(v)
	case []int64:
		return 20 + 12*len(v)
	case []int32:
		return 20 + 8*len(v)
	case []int:
		return 20 + 12*len(v)
	case textArrayArg:
		n := 2
		for _, s := range v {
			n += 3 + len(s)
		}
		return n
	case []string:
		n := 20
		for _, s := range v {
			n += 4 + len(s)
		}
		return n
	case int, int64, int32, int16, uint32, float64, float32, bool:
		return 8
	case time.Time:
		return 8
	case driver.Valuer:
		return 32
	default:
		return 16
	}
}
