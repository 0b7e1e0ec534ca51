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
