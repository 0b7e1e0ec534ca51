package openai

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"unicode"
)

// textKeys are the fields a reply's text may sit under, in order of trust:
// the schema's own "text" first, then what models write when they ignore it.
var textKeys = []string{"text", "description", "copy", "product_description", "content", "body"}

// wrapperKeys are objects models nest the reply in.
var wrapperKeys = []string{"result", "response", "output", "data"}

var fence = regexp.MustCompile("(?s)```[a-zA-Z]*[ \t]*\n?(.*?)\n?```")

// ParseReply takes the description out of a model's reply. Providers that
// ignore structured output answer in many shapes; it accepts, in order:
// JSON {"text": ...} (or "description", "copy", ...; also nested one level
// under "result", "response", ...), a fenced ```json block, a JSON object
// embedded in prose, a JSON string, and finally bare prose. Anything that
// looks like JSON but cannot be read is refused rather than published as
// garbage, and an empty text is an error.
func ParseReply(content string) (string, error) {
	s := strings.TrimSpace(strings.TrimPrefix(content, "\ufeff"))
	if s == "" {
		return "", errors.New("the reply is empty")
	}
	if m := fence.FindStringSubmatch(s); m != nil {
		inner := strings.TrimSpace(m[1])
		if text, ok, err := fromJSON(inner); ok || err != nil {
			return text, err
		}
		// A fence around prose: take the prose.
		if inner != "" && !looksLikeJSON(inner) {
			return fromProse(inner)
		}
		return "", errors.New("the reply's code block holds no readable JSON")
	}
	if text, ok, err := fromJSON(s); ok || err != nil {
		return text, err
	}
	// A reply that opens as JSON but does not parse is cut off or broken;
	// an object found inside it would be a fragment, not the reply.
	if strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[") {
		return "", errors.New("the reply looks like JSON but is not valid JSON (cut off or malformed)")
	}
	if text, ok := embeddedJSON(s); ok {
		return text, nil
	}
	if looksLikeJSON(s) {
		return "", errors.New("the reply holds broken JSON")
	}
	return fromProse(s)
}

// fromJSON reads s as a whole JSON value. ok is false when s is not JSON at
// all; err is set when it is JSON without a usable text.
func fromJSON(s string) (text string, ok bool, err error) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return "", false, nil
	}
	switch v := v.(type) {
	case string:
		// A JSON string may itself hold the JSON reply (double-encoded).
		if inner, ok, err := fromJSON(strings.TrimSpace(v)); ok {
			return inner, true, err
		}
		if strings.TrimSpace(v) == "" {
			return "", true, errors.New("the reply's text is empty")
		}
		if looksLikeJSON(v) {
			return "", true, errors.New("the reply's text is malformed JSON")
		}
		return strings.TrimSpace(v), true, nil
	case map[string]any:
		t, found := textOf(v)
		if !found {
			return "", true, errors.New(`the reply's JSON has no "text" field`)
		}
		if t == "" {
			return "", true, errors.New("the reply's text is empty")
		}
		return t, true, nil
	}
	return "", true, errors.New("the reply is JSON but not an object with a text")
}

// textOf finds the text field of a reply object, looking one level into a
// wrapper object. found is false when no candidate key holds a string.
func textOf(obj map[string]any) (string, bool) {
	for _, k := range textKeys {
		if v, ok := lookup(obj, k); ok {
			if s, ok := v.(string); ok {
				return strings.TrimSpace(s), true
			}
		}
	}
	for _, k := range wrapperKeys {
		if v, ok := lookup(obj, k); ok {
			if inner, ok := v.(map[string]any); ok {
				if s, found := textOf(inner); found {
					return s, true
				}
			}
		}
	}
	return "", false
}

// lookup finds key case-insensitively: models write "Text" and "TEXT".
func lookup(obj map[string]any, key string) (any, bool) {
	if v, ok := obj[key]; ok {
		return v, true
	}
	for k, v := range obj {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return nil, false
}

// embeddedJSON finds the first JSON object inside prose ("Sure! Here it
// is: {...} Hope this helps") that carries a text.
func embeddedJSON(s string) (string, bool) {
	for i := strings.IndexByte(s, '{'); i >= 0; {
		dec := json.NewDecoder(strings.NewReader(s[i:]))
		var obj map[string]any
		if dec.Decode(&obj) == nil {
			if t, found := textOf(obj); found && t != "" {
				return t, true
			}
		}
		next := strings.IndexByte(s[i+1:], '{')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return "", false
}

// looksLikeJSON reports whether s was meant to be JSON: it opens like an
// object or array, or it carries the schema's key.
func looksLikeJSON(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[") ||
		strings.Contains(s, `"text":`) || strings.Contains(s, `"text" :`)
}

// fromProse accepts a bare-text reply when it reads as prose: several
// words, mostly letters, no braces. A model's preamble line ("Here is the
// description:") is dropped.
func fromProse(s string) (string, error) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 1 && strings.HasSuffix(strings.TrimSpace(lines[0]), ":") && len(strings.Fields(lines[0])) <= 12 {
		s = strings.TrimSpace(strings.Join(lines[1:], "\n"))
	}
	s = strings.Trim(s, "\"“”")
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "{}") {
		return "", errors.New("the reply is neither JSON nor plain prose")
	}
	if len(strings.Fields(s)) < 3 {
		return "", errors.New("the reply is too short to be a description")
	}
	var letters, others int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsSpace(r):
			letters++
		case unicode.IsPunct(r) || unicode.IsDigit(r):
			// counted as neither: prose has some of both
		default:
			others++
		}
	}
	if letters == 0 || others*10 > letters {
		return "", errors.New("the reply does not read as prose")
	}
	return s, nil
}
