package memstore_test

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/memstore"
	"github.com/copydesk/copydesk/internal/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) core.Store { return memstore.New() })
}

func TestNearIndexConformance(t *testing.T) {
	storetest.RunNearIndex(t, func(t *testing.T) (core.NearIndex, func()) {
		x := memstore.NewNearIndex()
		return x, x.Lose
	})
}
