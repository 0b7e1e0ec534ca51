package metrics_test

import (
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/checks"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/metrics"
	"github.com/copydesk/copydesk/internal/offline"
)

// TestDecoratorsForwardOptionalInterfaces: every optional interface core
// type-asserts on a Generator (Estimator, ModelFree, LocaleLister) or a
// Checker (NearKeyer, LocaleLister) answers through the metrics wrappers as
// it does on the wrapped value. A wrapper that dropped LocaleLister let
// every locale through (app.go wraps both).
func TestDecoratorsForwardOptionalInterfaces(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	for name, g := range map[string]core.Generator{"offline": offline.New(), "estimating": estGen{}, "plain": gen{}} {
		w := m.Generator(name, g)
		if _, ok := g.(core.Estimator); ok {
			if _, ok := w.(core.Estimator); !ok {
				t.Errorf("%s: the wrapper hides Estimator", name)
			}
		}
		if modelFree(g) != modelFree(w) {
			t.Errorf("%s: ModelFree %v through the wrapper, %v without", name, modelFree(w), modelFree(g))
		}
		if l, ok := g.(core.LocaleLister); ok {
			wl, ok := w.(core.LocaleLister)
			if !ok || !slices.Equal(wl.SupportedLocales(), l.SupportedLocales()) || len(l.SupportedLocales()) == 0 {
				t.Errorf("%s: the wrapper does not forward SupportedLocales", name)
			}
		} else if wl, ok := w.(core.LocaleLister); ok && wl.SupportedLocales() != nil {
			t.Errorf("%s: the wrapper restricts locales the generator does not", name)
		}
	}
	real := checks.New(nil)
	w := m.Checker(real)
	wl, ok := w.(core.LocaleLister)
	if !ok || !slices.Equal(wl.SupportedLocales(), real.SupportedLocales()) || len(real.SupportedLocales()) == 0 {
		t.Error("the checker wrapper does not forward SupportedLocales")
	}
	if _, ok := w.(core.NearKeyer); !ok {
		t.Error("the checker wrapper hides NearKeyer")
	}
	if a, b := w.(core.NearKeyer).NearKeys("a heart charm in sterling silver"), real.NearKeys("a heart charm in sterling silver"); !slices.Equal(a, b) {
		t.Error("the checker wrapper does not forward NearKeys")
	}
}

func modelFree(g core.Generator) bool {
	f, ok := g.(core.ModelFree)
	return ok && f.ModelFree()
}
