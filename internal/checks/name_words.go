package checks

import (
	"slices"
	"strings"
	"sync"

	utext "github.com/copydesk/copydesk/internal/text"
)

// nameWordsCache keeps productNameWords by name: maskProductName split the
// product's name into a document of its own on every check, a launch
// checks each name in every locale and channel (#17).
var nameWordsCache struct {
	sync.RWMutex
	m map[string][]string
}

// productNameWords is splitWordsSeg(name, seg), from nameWordsCache where
// seg has no dictionary (every language but those written without spaces,
// whose words the dictionary decides). The words are shared: read them,
// never write them.
func productNameWords(name string, seg utext.Words) []string {
	if len(seg.Dictionary) > 0 {
		return splitWordsSeg(name, seg)
	}
	nameWordsCache.RLock()
	w, ok := nameWordsCache.m[name]
	nameWordsCache.RUnlock()
	if ok {
		return w
	}
	w = slices.Clip(splitWordsSeg(name, seg))
	nameWordsCache.Lock()
	if nameWordsCache.m == nil || len(nameWordsCache.m) >= maxLowerFolded {
		nameWordsCache.m = map[string][]string{}
	}
	nameWordsCache.m[strings.Clone(name)] = w
	nameWordsCache.Unlock()
	return w
}
