package core

import (
	"context"
	"sync"
	"time"
)

// ProductsReader is implemented by a store that reads several products of
// a launch in one statement (sqlstore: one round trip on PostgreSQL).
type ProductsReader interface {
	// GetProducts returns the products of launchID that skus name, in
	// their order, nil where the launch has no such product. Each element
	// is decoded on its own: a SKU named twice gives two products that
	// share nothing, so callers may change theirs.
	GetProducts(ctx context.Context, launchID string, skus []string) ([]*Product, error)
}

// ProductsGuideReader is implemented by a store that reads, in the same
// statement as the products, the current style guide's version (sqlstore):
// a worker reads both for every draft it generates, so the version costs
// no statement of its own.
type ProductsGuideReader interface {
	// GetProductsWithGuide is GetProducts and CurrentStyleGuideVersion,
	// read at one moment: guideVersion is "" when no guide is stored.
	GetProductsWithGuide(ctx context.Context, launchID string, skus []string) (products []*Product, guideVersion string, err error)
}

// A worker reads the product of every draft it generates, 50 at a time
// at a worker's concurrency: reads that arrive while one is in flight are
// read together in the next statement (at most productReadBatch), which
// begins after each of them asked, so every caller sees the product as
// stored when it asked, as a read of its own would. With one draft at a
// time a read is a statement of its own, as before.

// productReadBatch bounds the products of one statement.
const productReadBatch = 256

// productReadTimeout bounds a shared read: it runs for several callers,
// so on none of their contexts.
const productReadTimeout = 30 * time.Second

type productRead struct {
	launchID, sku string
	p             *Product
	guide         string // the current guide's version, read with p
	guideRead     bool   // whether guide was read (ProductsGuideReader)
	err           error
	done          chan struct{}
}

// productReads is the reads waiting for the next statement.
type productReads struct {
	mu      sync.Mutex
	running bool
	pending []*productRead
}

// readProduct is the store's GetProduct, read together with concurrent
// callers' when the store is a ProductsReader.
func (s *Service) readProduct(ctx context.Context, launchID, sku string) (*Product, error) {
	p, _, err := s.readProductAndGuide(ctx, launchID, sku)
	return p, err
}

// readProductAndGuide is readProduct with the current style guide's
// version read in the same statement where the store reads both
// (ProductsGuideReader; else guide is nil): the version a read that
// began after the caller asked, as CurrentStyleGuide's own.
func (s *Service) readProductAndGuide(ctx context.Context, launchID, sku string) (p *Product, guide *string, err error) {
	pr, ok := s.store.(ProductsReader)
	if !ok {
		p, err := s.store.GetProduct(ctx, launchID, sku)
		return p, nil, err
	}
	r := &productRead{launchID: launchID, sku: sku, done: make(chan struct{})}
	rs := &s.productReads
	rs.mu.Lock()
	rs.pending = append(rs.pending, r)
	lead := !rs.running
	rs.running = true
	rs.mu.Unlock()
	if lead {
		go s.readProducts(pr)
	}
	select {
	case <-r.done:
	case <-ctx.Done():
		return nil, nil, Wrap(CodeUnavailable, ctx.Err(), "reading the product was cancelled")
	}
	if r.err == nil && r.p == nil {
		// Not found (or gone meanwhile): the store's own answer and error.
		p, err := s.store.GetProduct(ctx, launchID, sku)
		return p, nil, err
	}
	if r.err == nil && r.guideRead {
		guide = &r.guide
	}
	return r.p, guide, r.err
}

// readProducts reads the waiting products, a statement a launch, until
// none wait.
func (s *Service) readProducts(pr ProductsReader) {
	rs := &s.productReads
	for {
		rs.mu.Lock()
		n := min(len(rs.pending), productReadBatch)
		if n == 0 {
			rs.running = false
			rs.pending = nil
			rs.mu.Unlock()
			return
		}
		batch := rs.pending[:n:n]
		rs.pending = rs.pending[n:]
		rs.mu.Unlock()

		ctx, cancel := context.WithTimeout(context.Background(), productReadTimeout)
		for len(batch) > 0 {
			// This launch's reads, in one statement; the others' next.
			launch := batch[0].launchID
			var these, rest []*productRead
			var skus []string
			for _, r := range batch {
				if r.launchID == launch {
					these = append(these, r)
					skus = append(skus, r.sku)
				} else {
					rest = append(rest, r)
				}
			}
			var ps []*Product
			var guide string
			var err error
			pg, withGuide := pr.(ProductsGuideReader)
			if withGuide {
				ps, guide, err = pg.GetProductsWithGuide(ctx, launch, skus)
			} else {
				ps, err = pr.GetProducts(ctx, launch, skus)
			}
			for i, r := range these {
				if err != nil {
					r.err = err
				} else if i < len(ps) {
					r.p = ps[i]
					r.guide, r.guideRead = guide, withGuide
				}
				close(r.done)
			}
			batch = rest
		}
		cancel()
	}
}
