package postgres

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"unsafe"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// binder holds a batch's parameters as pipeline binds them: every
// statement's values encoded into one buffer of its own (buf), their
// slices (values, a statement's a run of it), format codes (formats) and
// the result formats of each statement (results). pgx binds a batch
// through its ExtendedQueryBuilder, whose parameter buffer it gives back
// to 256 bytes before every statement and regrows by append (a text, a
// key array): the largest allocation of a PostgreSQL worker, 17% of a
// 10,000-draft launch's (192 of 1,149 MB, #17, perf38). A binder comes
// from binders and goes back after the batch: the frontend copies each
// Bind's values into its write buffer when it is sent.
type binder struct {
	buf     []byte
	spans   [][2]int // each value's start and end in buf; start -1: NULL, -2: ext[end]
	ext     [][]byte // values sent from the arguments' own bytes (add)
	values  [][]byte
	formats []int16
	results []int16
	sds     []*pgconn.StatementDescription
	firsts  []int // each statement's first value, and one past the last statement's
	rfirsts []int // the same for results
}

// binderKept is the largest buffer a binder keeps when it goes back to
// binders: what it holds stays live between batches, under the worker's
// memory limit where the collector's headroom is a few MiB (#17).
const binderKept = 64 << 10

// binders are binders given back (a freeList, not emptied by the
// collector).
var binders = make(freeList[*binder], 8)

func takeBinder() *binder {
	if b, ok := binders.get(); ok {
		return b
	}
	return &binder{buf: make([]byte, 0, 4<<10)}
}

// give puts b back into binders, empty, unless its buffer grew past
// binderKept.
func (b *binder) give() {
	if cap(b.buf) > binderKept {
		return
	}
	clear(b.values)
	clear(b.ext)
	clear(b.sds)
	b.buf, b.spans, b.values, b.formats, b.results = b.buf[:0], b.spans[:0], b.values[:0], b.formats[:0], b.results[:0]
	b.ext = b.ext[:0]
	b.sds, b.firsts, b.rfirsts = b.sds[:0], b.firsts[:0], b.rfirsts[:0]
	binders.put(b)
}

// add encodes args as sd's parameters, as pgx's ExtendedQueryBuilder
// does (each argument in its type's preferred format for the parameter's
// OID, text for a string, the other format when the preferred one fails;
// a nil encoding is NULL), and sd's result formats (m.FormatCodeForOID of
// each column). The error names the argument that cannot be encoded.
func (b *binder) add(m *pgtype.Map, sd *pgconn.StatementDescription, args []any) error {
	if len(sd.ParamOIDs) != len(args) {
		return fmt.Errorf("postgres: %d arguments for a statement of %d parameters", len(args), len(sd.ParamOIDs))
	}
	b.sds = append(b.sds, sd)
	b.firsts = append(b.firsts, len(b.spans))
	b.rfirsts = append(b.rfirsts, len(b.results))
	for i, arg := range args {
		oid := sd.ParamOIDs[i]
		if v, ok := arg.([]int64); ok && oid == pgtype.Int8ArrayOID {
			b.int8Array(v)
			continue
		}
		if v, ok := arg.(textArrayArg); ok && oid == pgtype.TextArrayOID {
			// Its text form straight into buf (TextValue made a string).
			pos := len(b.buf)
			b.buf = appendTextArray(b.buf, v)
			b.spans = append(b.spans, [2]int{pos, len(b.buf)})
			b.formats = append(b.formats, pgtype.TextFormatCode)
			continue
		}
		// A string in text format is its own bytes, and so is JSON
		// given as []byte for a json or jsonb parameter (their codecs'
		// preferred format is text): sent from the argument itself, not
		// copied into buf first (the group commit's drafts JSON, tens of
		// kB, kept the binders that large between batches).
		switch v := arg.(type) {
		case string:
			b.external(unsafe.Slice(unsafe.StringData(v), len(v)), v == "")
			continue
		case []byte:
			if (oid == pgtype.JSONOID || oid == pgtype.JSONBOID) && m.FormatCodeForOID(oid) == pgtype.TextFormatCode {
				if v == nil {
					b.spans = append(b.spans, [2]int{-1, -1})
					b.formats = append(b.formats, pgtype.TextFormatCode)
				} else {
					b.external(v, len(v) == 0)
				}
				continue
			}
		}
		format := m.FormatCodeForOID(oid)
		switch arg.(type) {
		case string, *string:
			format = pgtype.TextFormatCode
		}
		err := b.encode(m, oid, format, arg)
		if err != nil {
			other := int16(pgtype.TextFormatCode)
			if format == pgtype.TextFormatCode {
				other = pgtype.BinaryFormatCode
			}
			if b.encode(m, oid, other, arg) != nil {
				return fmt.Errorf("postgres: failed to encode args[%d]: %w", i, err)
			}
		}
	}
	for _, f := range sd.Fields {
		b.results = append(b.results, m.FormatCodeForOID(f.DataTypeOID))
	}
	return nil
}

// external adds v as a value in text format, sent from its own bytes;
// empty (a zero-length value, not NULL) when v has none.
func (b *binder) external(v []byte, empty bool) {
	if empty {
		v = []byte{}
	}
	b.spans = append(b.spans, [2]int{-2, len(b.ext)})
	b.ext = append(b.ext, v)
	b.formats = append(b.formats, pgtype.TextFormatCode)
}

// encode appends arg's encoding in format to buf and its span to spans;
// on an error neither moves.
func (b *binder) encode(m *pgtype.Map, oid uint32, format int16, arg any) error {
	pos := len(b.buf)
	out, err := m.Encode(oid, format, arg, b.buf)
	if err != nil {
		return err
	}
	if out == nil {
		b.spans = append(b.spans, [2]int{-1, -1})
	} else {
		b.buf = out
		b.spans = append(b.spans, [2]int{pos, len(out)})
	}
	b.formats = append(b.formats, format)
	return nil
}

// int8Array appends v as a bigint[] in binary format, as pgx encodes it
// (its array header: one dimension, no NULLs, element OID 20, the length
// and lower bound 1; then each element's length and value), without the
// boxing of every element pgx's array codec pays (FlatArray.Index: an
// allocation a key past 255, ~2,000 a group commit); nil is NULL.
func (b *binder) int8Array(v []int64) {
	b.formats = append(b.formats, pgtype.BinaryFormatCode)
	if v == nil {
		b.spans = append(b.spans, [2]int{-1, -1})
		return
	}
	pos := len(b.buf)
	buf := slices.Grow(b.buf, 20+12*len(v))
	buf = binary.BigEndian.AppendUint32(buf, 1)
	buf = binary.BigEndian.AppendUint32(buf, 0)
	buf = binary.BigEndian.AppendUint32(buf, pgtype.Int8OID)
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(v)))
	buf = binary.BigEndian.AppendUint32(buf, 1)
	for _, x := range v {
		buf = binary.BigEndian.AppendUint32(buf, 8)
		buf = binary.BigEndian.AppendUint64(buf, uint64(x))
	}
	b.buf = buf
	b.spans = append(b.spans, [2]int{pos, len(buf)})
}

// done makes values from spans once buf no longer moves, and closes the
// statements' runs.
func (b *binder) done() {
	b.firsts = append(b.firsts, len(b.spans))
	b.rfirsts = append(b.rfirsts, len(b.results))
	for _, s := range b.spans {
		switch {
		case s[0] == -2:
			b.values = append(b.values, b.ext[s[1]])
		case s[0] < 0:
			b.values = append(b.values, nil)
		default:
			b.values = append(b.values, b.buf[s[0]:s[1]:s[1]])
		}
	}
}

// send sends each statement's Bind and Execute on p (SendQueryStatement).
func (b *binder) send(p *pgconn.Pipeline) {
	for i, sd := range b.sds {
		v, r := b.firsts[i], b.rfirsts[i]
		w, s := b.firsts[i+1], b.rfirsts[i+1]
		p.SendQueryStatement(sd, b.values[v:w:w], b.formats[v:w:w], b.results[r:s:s])
	}
}

// prepared is each query's statement on c, prepared once a connection and
// kept among pgx's prepared statements under its SQL (pgx's own Query and
// Exec of the same SQL use it too).
func prepared(ctx context.Context, c *pgx.Conn, b *binder, queries []string, args [][]any) error {
	m := c.TypeMap()
	for i, q := range queries {
		sd, err := c.Prepare(ctx, q, q)
		if err != nil {
			return err
		}
		if err := b.add(m, sd, args[i]); err != nil {
			return err
		}
	}
	b.done()
	return nil
}

// pipeResults reads a pipeline's results in order; the first error is
// every later call's.
type pipeResults struct {
	p   *pgconn.Pipeline
	m   *pgtype.Map
	err error
}

func (r *pipeResults) next() (*pgconn.ResultReader, error) {
	if r.err != nil {
		return nil, r.err
	}
	res, err := r.p.GetResults()
	if err != nil {
		r.err = err
		return nil, err
	}
	rr, ok := res.(*pgconn.ResultReader)
	if !ok {
		r.err = fmt.Errorf("postgres: unexpected pipeline result %T", res)
		return nil, r.err
	}
	return rr, nil
}

func (r *pipeResults) Exec() (int64, error) {
	rr, err := r.next()
	if err != nil {
		return 0, err
	}
	tag, err := rr.Close()
	if err != nil {
		r.err = err
		return 0, err
	}
	return tag.RowsAffected(), nil
}

func (r *pipeResults) Query(scan func(next func() bool, scan func(dest ...any) error) error) error {
	rr, err := r.next()
	if err != nil {
		return err
	}
	rows := pgx.RowsFromResultReader(r.m, rr)
	err = scan(rows.Next, rows.Scan)
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		r.err = err
	}
	return err
}

// stalePlan reports whether err says a prepared statement no longer fits
// the schema ("cached plan must not change result type", SQLSTATE 0A000)
// or is gone (26000): pipeline deallocates the batch's statements, to be
// prepared again by the next.
func stalePlan(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "0A000" || pe.Code == "26000")
}
