package core

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// productsStore is a store whose products are read together; each read
// waits for gate (when set) and sees the names as they are when it runs.
type productsStore struct {
	Store
	mu       sync.Mutex
	names    map[string]string // SKU -> product name
	gate     chan struct{}
	entered  chan struct{}
	together atomic.Int32 // GetProducts calls
	one      atomic.Int32 // GetProduct calls
}

func (s *productsStore) GetProduct(_ context.Context, launchID, sku string) (*Product, error) {
	s.one.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if n, ok := s.names[sku]; ok && launchID == "L" {
		return &Product{SKU: sku, Name: n}, nil
	}
	return nil, Errorf(CodeNotFound, "product %s not found", sku)
}

func (s *productsStore) GetProducts(_ context.Context, launchID string, skus []string) ([]*Product, error) {
	s.together.Add(1)
	if s.entered != nil {
		s.entered <- struct{}{}
	}
	if s.gate != nil {
		<-s.gate
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Product, len(skus))
	for i, sku := range skus {
		if n, ok := s.names[sku]; ok && launchID == "L" {
			out[i] = &Product{SKU: sku, Name: n}
		}
	}
	return out, nil
}

// TestProductReadsTogether: concurrent reads of products are answered
// right, by fewer statements than reads, a missing product with the
// store's own not-found error; a read asked while another is in flight
// sees what was stored when it asked, not what the read in flight saw.
func TestProductReadsTogether(t *testing.T) {
	ctx := context.Background()
	st := &productsStore{names: map[string]string{}}
	for i := range 50 {
		st.names[fmt.Sprintf("S%d", i)] = fmt.Sprintf("name %d", i)
	}
	s := &Service{store: st}

	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for i := range 200 {
		wg.Go(func() {
			sku := fmt.Sprintf("S%d", i%50)
			p, err := s.readProduct(ctx, "L", sku)
			if err != nil || p.SKU != sku || p.Name != st.names[sku] {
				errs <- fmt.Errorf("%s: %+v, %v", sku, p, err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	t.Logf("200 reads, %d statements", st.together.Load())
	if n := st.together.Load(); n < 1 || n > 200 {
		t.Errorf("%d statements for 200 reads", n)
	}
	if _, err := s.readProduct(ctx, "L", "NOPE"); !IsCode(err, CodeNotFound) {
		t.Errorf("a missing product: %v, want not found", err)
	}

	// A read in flight, a change, then a read: the second sees the change.
	st.gate, st.entered = make(chan struct{}), make(chan struct{}, 4)
	first := make(chan *Product)
	go func() {
		p, _ := s.readProduct(ctx, "L", "S1")
		first <- p
	}()
	<-st.entered // the first read is in flight
	st.mu.Lock()
	st.names["S1"] = "renamed"
	st.mu.Unlock()
	second := make(chan *Product)
	go func() {
		p, _ := s.readProduct(ctx, "L", "S1")
		second <- p
	}()
	close(st.gate)
	p1, p2 := <-first, <-second
	if p2.Name != "renamed" {
		t.Errorf("a read asked after the change saw %q", p2.Name)
	}
	if p1.Name != "name 1" && p1.Name != "renamed" {
		t.Errorf("the first read saw %q", p1.Name)
	}
}
