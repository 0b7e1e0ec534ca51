package grounding

import (
	"encoding/binary"
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
)

// factsCache keeps productFacts by the product's content: a launch checks
// each product in every locale and channel, and its facts (the product
// data read with the English vocabulary) are the same each time. The key
// holds every field of core.Product (productKey), so two products share
// facts only when nothing productFacts could read differs. Cached facts
// are never written: their slices are clipped, so an append by a reader
// copies them (factsClipped).
var factsCache struct {
	sync.Mutex
	m map[string]*facts
}

// maxCachedFacts bounds the cache (a few hundred bytes a product); a full
// cache starts again empty.
const maxCachedFacts = 2048

// cachedProductFacts is productFacts(en, cn, p) for the shared English
// lexicon and canon, from the cache where p's content was read before.
func cachedProductFacts(en *lexicon, cn *canon, p *core.Product) facts {
	var kb [512]byte
	key := productKey(kb[:0], p)
	factsCache.Lock()
	f, ok := factsCache.m[string(key)]
	factsCache.Unlock()
	if ok {
		return *f
	}
	nf := factsClipped(productFacts(en, cn, *p))
	factsCache.Lock()
	if factsCache.m == nil || len(factsCache.m) >= maxCachedFacts {
		factsCache.m = make(map[string]*facts, 64)
	}
	factsCache.m[string(key)] = &nf
	factsCache.Unlock()
	return nf
}

// factsClipped returns f with every slice clipped to its length.
func factsClipped(f facts) facts {
	f.materials = slices.Clip(f.materials)
	f.body = slices.Clip(f.body)
	f.plated = slices.Clip(f.plated)
	f.platings = slices.Clip(f.platings)
	f.partMaterials = slices.Clip(f.partMaterials)
	f.karats = slices.Clip(f.karats)
	f.stones = slices.Clip(f.stones)
	f.colours = slices.Clip(f.colours)
	f.stoneInfo = slices.Clip(f.stoneInfo)
	f.unreadMaterials = slices.Clip(f.unreadMaterials)
	f.unreadFeatures = slices.Clip(f.unreadFeatures)
	for i := range f.stoneInfo {
		f.stoneInfo[i].types = slices.Clip(f.stoneInfo[i].types)
		f.stoneInfo[i].colours = slices.Clip(f.stoneInfo[i].colours)
	}
	return f
}

// productKey appends p's content to b: every field of core.Product in
// order, strings with their lengths, the attributes by sorted key
// (TestProductKeyCoversEveryField).
func productKey(b []byte, p *core.Product) []byte {
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	strs := func(ss []string) {
		b = binary.AppendUvarint(b, uint64(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	num := func(n uint64) { b = binary.AppendUvarint(b, n) }
	str(p.SKU)
	str(p.Name)
	str(p.Category)
	str(p.Collection)
	strs(p.Materials)
	num(uint64(len(p.Stones)))
	for _, s := range p.Stones {
		str(s.Type)
		str(s.Colour)
		num(uint64(int64(s.Count)))
		str(s.Origin)
		str(s.Treatment)
	}
	strs(p.Colours)
	strs(p.Features)
	strs(p.Occasions)
	strs(p.Keywords)
	num(uint64(len(p.Attributes)))
	if len(p.Attributes) > 0 {
		for _, k := range slices.Sorted(maps.Keys(p.Attributes)) {
			str(k)
			str(p.Attributes[k])
		}
	}
	num(uint64(len(p.Metals)))
	for _, m := range p.Metals {
		str(m.Base)
		str(m.Plating)
		str(m.Fineness)
		num(math.Float64bits(m.PlatingMicrons))
	}
	num(uint64(len(p.Measurements)))
	for _, m := range p.Measurements {
		str(m.Name)
		num(math.Float64bits(m.Value))
		str(m.Unit)
	}
	num(math.Float64bits(p.TotalCaratWeight))
	str(p.VariantGroup)
	return b
}
