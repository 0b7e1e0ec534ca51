package httpapi

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// mediaType returns the lower-case media type of a Content-Type header
// without its parameters, or "" when the header is absent or unparseable.
func mediaType(header string) string {
	if header == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(header)
	if err != nil {
		return ""
	}
	return strings.ToLower(mt)
}

// requireMediaType refuses a body of any type other than allowed with 415.
func requireMediaType(r *http.Request, allowed ...string) error {
	mt := mediaType(r.Header.Get("Content-Type"))
	for _, a := range allowed {
		if mt == a {
			return nil
		}
	}
	got := r.Header.Get("Content-Type")
	if got == "" {
		got = "no Content-Type"
	}
	return core.Errorf(codeUnsupportedMediaType, "the body must be sent as one of %s, not %s", strings.Join(allowed, ", "), got)
}

// readBody reads the whole request body, already capped by the body limit
// middleware, and refuses bodies that are not valid UTF-8: encoding/json
// and YAML would otherwise replace or reject bad bytes in ways that hide
// where they were.
func readBody(r *http.Request) ([]byte, error) {
	body, err := readRaw(r)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(body) {
		off := firstInvalidUTF8(body)
		line, col := lineCol(body, off)
		return nil, core.Errorf(core.CodeInvalid, "the request body is not valid UTF-8 (line %d, column %d, byte %d)", line, col, off)
	}
	return body, nil
}

// readRaw reads a binary body (no UTF-8 check), translating the body cap.
func readRaw(r *http.Request) ([]byte, error) {
	if r.Body == nil {
		return nil, nil
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, core.Errorf(core.CodeTooLarge, "the request body is larger than %d bytes", tooLarge.Limit)
		}
		return nil, core.Wrap(core.CodeInvalid, err, "the request body could not be read")
	}
	return body, nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// lineCol turns a byte offset into a 1-based line and column (in runes).
func lineCol(b []byte, off int) (line, col int) {
	if off > len(b) {
		off = len(b)
	}
	before := b[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	col = utf8.RuneCount(before[lineStart:]) + 1
	return line, col
}

// decodeJSON reads a JSON request body into dst, which must be a pointer to
// a struct. Every way the body can be wrong is a 4xx with a caller-readable
// detail and, where one exists, the JSON path of the offending field.
// With allowEmpty an empty body decodes as {}.
func decodeJSON(r *http.Request, dst any, allowEmpty bool) error {
	// A declared but wrong type is refused before reading the body; an
	// undeclared one only once the body turns out not to be empty, so that
	// an action with optional fields can be posted without any body.
	declared := r.Header.Get("Content-Type") != ""
	if declared {
		if err := requireMediaType(r, "application/json"); err != nil {
			return err
		}
	}
	body, err := readBody(r)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		if allowEmpty {
			return nil
		}
		return core.Invalid("the request body is empty; send a JSON object")
	}
	if !declared {
		return requireMediaType(r, "application/json")
	}
	if err := checkStructure(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return jsonError(body, reflect.TypeOf(dst), err)
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		off := end + len(body[end:]) - len(bytes.TrimLeft(body[end:], " \t\r\n"))
		line, col := lineCol(body, off)
		return core.Errorf(core.CodeInvalid, "the request body has data after the JSON object (line %d, column %d)", line, col)
	}
	return refuseBadStrings(dst)
}

// refuseBadStrings refuses a decoded body holding a string that no field
// may store (core.StringProblem: NUL, control and bidirectional control
// characters; JSON's \u escapes can carry them past the UTF-8 check).
func refuseBadStrings(v any) error {
	fields := core.CheckStrings(v)
	if len(fields) == 0 {
		return nil
	}
	return core.Invalid("the request has an invalid field: "+fields[0].Field+" "+fields[0].Message, fields...)
}

// jsonError explains a decoding error. encoding/json reports type errors
// without array indices and unknown fields without any path, so the body
// is walked again alongside the target type to name the exact field.
func jsonError(body []byte, t reflect.Type, err error) error {
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		line, col := lineCol(body, int(syntax.Offset))
		return core.Errorf(core.CodeInvalid, "the request body is not valid JSON: %s (line %d, column %d, byte %d)",
			strings.TrimPrefix(syntax.Error(), "json: "), line, col, syntax.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return core.Errorf(core.CodeInvalid, "the request body is not valid JSON: it ends before the JSON value is complete")
	case errors.As(err, &typeErr):
		if field, msg, ok := locate(body, t); ok {
			return fieldInvalid(field, msg)
		}
		return fieldInvalid(typeErr.Field, "must be "+kindName(typeErr.Type))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		if field, msg, ok := locate(body, t); ok {
			return fieldInvalid(field, msg)
		}
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		return fieldInvalid(name, "is not a known field")
	}
	return core.Errorf(core.CodeInvalid, "the request body could not be decoded")
}

func fieldInvalid(field, msg string) error {
	if field == "" {
		return core.Invalid("the request body " + msg)
	}
	return core.Invalid("the request has an invalid field: "+field+" "+msg, core.FieldError{Field: field, Message: msg})
}

// locate walks body alongside t and returns the first field, in document
// order, that is unknown to t or whose JSON type cannot fill it.
func locate(body []byte, t reflect.Type) (field, msg string, found bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	w := walker{dec: dec}
	w.value(t, "")
	return w.field, w.msg, w.found
}

type walker struct {
	dec   *json.Decoder
	found bool
	field string
	msg   string
	// broken is set when the token stream ends early; the walk stops.
	broken bool
}

func (w *walker) report(path, msg string) {
	if !w.found {
		w.found, w.field, w.msg = true, path, msg
	}
}

// value consumes one JSON value, checking it against t (nil: anything).
func (w *walker) value(t reflect.Type, path string) {
	if w.found || w.broken {
		w.skipValue()
		return
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	tok, err := w.dec.Token()
	if err != nil {
		w.broken = true
		return
	}
	if t != nil && (t.Kind() == reflect.Interface || decodesItself(t)) {
		t = nil // any JSON may fill it; encoding/json had the last word
	}
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{':
			w.object(t, path)
		case '[':
			w.array(t, path)
		}
	case nil:
		// null leaves any Go value as it is.
	case string:
		if t != nil && t.Kind() != reflect.String {
			w.report(path, "must be "+kindName(t))
		}
	case bool:
		if t != nil && t.Kind() != reflect.Bool {
			w.report(path, "must be "+kindName(t))
		}
	case json.Number:
		if t != nil {
			if msg := numberFits(v, t); msg != "" {
				w.report(path, msg)
			}
		}
	}
}

func (w *walker) object(t reflect.Type, path string) {
	isStruct := t != nil && t.Kind() == reflect.Struct
	isMap := t != nil && t.Kind() == reflect.Map
	if t != nil && !isStruct && !isMap {
		w.report(path, "must be "+kindName(t))
		t = nil
	}
	for w.dec.More() && !w.broken {
		tok, err := w.dec.Token()
		if err != nil {
			w.broken = true
			return
		}
		key, _ := tok.(string)
		child := joinField(path, key)
		var ct reflect.Type
		switch {
		case isStruct:
			f, ok := jsonField(t, key)
			if !ok {
				w.report(child, "is not a known field")
			} else {
				ct = f.Type
			}
		case isMap:
			ct = t.Elem()
		}
		w.value(ct, child)
	}
	w.closeDelim()
}

func (w *walker) array(t reflect.Type, path string) {
	var elem reflect.Type
	if t != nil {
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			elem = t.Elem()
		} else {
			w.report(path, "must be "+kindName(t))
		}
	}
	for i := 0; w.dec.More() && !w.broken; i++ {
		w.value(elem, fmt.Sprintf("%s[%d]", path, i))
	}
	w.closeDelim()
}

func (w *walker) closeDelim() {
	if _, err := w.dec.Token(); err != nil {
		w.broken = true
	}
}

func (w *walker) skipValue() {
	var discard json.RawMessage
	if err := w.dec.Decode(&discard); err != nil {
		w.broken = true
	}
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// decodesItself reports whether t takes JSON its own way (time.Time takes
// a string), so that its kind says nothing about the JSON it accepts.
func decodesItself(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(jsonUnmarshaler) || p.Implements(textUnmarshaler)
}

func joinField(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// jsonField finds the struct field that encoding/json fills from key:
// exact name first, then case-insensitive, as encoding/json does.
func jsonField(t reflect.Type, key string) (reflect.StructField, bool) {
	var fold *reflect.StructField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if name == key {
			return f, true
		}
		if fold == nil && strings.EqualFold(name, key) {
			fold = &f
		}
	}
	if fold != nil {
		return *fold, true
	}
	return reflect.StructField{}, false
}

// numberFits reports why a JSON number cannot fill t, or "".
func numberFits(n json.Number, t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if _, err := strconv.ParseInt(n.String(), 10, t.Bits()); err != nil {
			if errors.Is(err, strconv.ErrRange) {
				return "is out of range"
			}
			return "must be a whole number"
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if _, err := strconv.ParseUint(n.String(), 10, t.Bits()); err != nil {
			if errors.Is(err, strconv.ErrRange) {
				return "is out of range"
			}
			return "must be a non-negative whole number"
		}
	case reflect.Float32, reflect.Float64:
		if _, err := strconv.ParseFloat(n.String(), t.Bits()); err != nil {
			return "must be a number within range"
		}
	default:
		return "must be " + kindName(t)
	}
	return ""
}

// kindName says what JSON a Go type expects, for "must be ..." messages.
func kindName(t reflect.Type) string {
	if t == nil {
		return "a valid value"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "a valid value"
}

// MaxJSONDepth bounds how deeply a request body's arrays and objects may
// nest; the deepest valid launch nests 4 levels.
const MaxJSONDepth = 32

// checkStructure refuses a body that repeats a key within one object, in
// any letter case (encoding/json would keep the last silently; RFC 8259
// §4 leaves the meaning undefined) or nests deeper than MaxJSONDepth, naming the path.
// Syntax errors are left to the decoder, which explains them better.
func checkStructure(body []byte) error {
	type frame struct {
		path   string // of the container
		object bool
		keys   map[string]bool
		key    string // the member being read; "" while a key is expected
		index  int
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	var stack []*frame
	top := func() *frame {
		if len(stack) == 0 {
			return nil
		}
		return stack[len(stack)-1]
	}
	childPath := func() string {
		f := top()
		switch {
		case f == nil:
			return ""
		case f.object:
			return joinField(f.path, f.key)
		}
		return fmt.Sprintf("%s[%d]", f.path, f.index)
	}
	valueDone := func() {
		if f := top(); f != nil {
			if f.object {
				f.key = ""
			} else {
				f.index++
			}
		}
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil // io.EOF, or a syntax error the decoder reports
		}
		if f := top(); f != nil && f.object && f.key == "" {
			if key, ok := tok.(string); ok {
				// encoding/json matches struct fields case-insensitively,
				// so "name" and "Name" would fill one field: a repeat.
				folded := strings.ToLower(key)
				if f.keys[folded] {
					field := joinField(f.path, key)
					return core.Invalid("the request body repeats the key "+strconv.Quote(field),
						core.FieldError{Field: field, Message: "is given more than once (keys are compared case-insensitively)"})
				}
				f.keys[folded] = true
				f.key = key
				if key == "" {
					f.key = "\x00" // an empty key is still a key
				}
				continue
			}
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				path := childPath()
				if len(stack) >= MaxJSONDepth {
					return core.Invalid(fmt.Sprintf("the request body nests deeper than %d levels", MaxJSONDepth),
						core.FieldError{Field: path, Message: fmt.Sprintf("nests deeper than %d levels", MaxJSONDepth)})
				}
				stack = append(stack, &frame{path: path, object: v == '{', keys: map[string]bool{}})
			case '}', ']':
				stack = stack[:len(stack)-1]
				valueDone()
			}
		default:
			valueDone()
		}
	}
}
