package memstore

import (
	"context"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// Each primitive outside a transaction runs as a transaction of its own.

func (s *Store) InsertLaunch(ctx context.Context, l *core.Launch) error {
	return do0(s, func(tx *txStore) error { return tx.InsertLaunch(ctx, l) })
}

func (s *Store) GetLaunch(ctx context.Context, id string) (*core.Launch, error) {
	return do(s, func(tx *txStore) (*core.Launch, error) { return tx.GetLaunch(ctx, id) })
}

func (s *Store) LaunchByIdempotencyKey(ctx context.Context, owner, key string) (*core.Launch, error) {
	return do(s, func(tx *txStore) (*core.Launch, error) { return tx.LaunchByIdempotencyKey(ctx, owner, key) })
}

func (s *Store) LaunchProgress(ctx context.Context, id string) (map[core.Status]int, core.Usage, error) {
	var a map[core.Status]int
	var b core.Usage
	err := do0(s, func(tx *txStore) error {
		var err error
		a, b, err = tx.LaunchProgress(ctx, id)
		return err
	})
	return a, b, err
}

func (s *Store) ListLaunches(ctx context.Context, f core.LaunchFilter) ([]*core.Launch, error) {
	return do(s, func(tx *txStore) ([]*core.Launch, error) { return tx.ListLaunches(ctx, f) })
}

func (s *Store) DraftCounts(ctx context.Context, launchIDs, locales []string) (map[string]map[core.Status]int, error) {
	return do(s, func(tx *txStore) (map[string]map[core.Status]int, error) {
		return tx.DraftCounts(ctx, launchIDs, locales)
	})
}

func (s *Store) AddLaunchSpend(ctx context.Context, id string, cost float64) error {
	return do0(s, func(tx *txStore) error { return tx.AddLaunchSpend(ctx, id, cost) })
}

func (s *Store) InsertProducts(ctx context.Context, launchID string, products []core.Product) error {
	return do0(s, func(tx *txStore) error { return tx.InsertProducts(ctx, launchID, products) })
}

func (s *Store) GetProduct(ctx context.Context, launchID, sku string) (*core.Product, error) {
	return do(s, func(tx *txStore) (*core.Product, error) { return tx.GetProduct(ctx, launchID, sku) })
}

func (s *Store) InsertDrafts(ctx context.Context, drafts []*core.Draft) error {
	return do0(s, func(tx *txStore) error { return tx.InsertDrafts(ctx, drafts) })
}

func (s *Store) GetDraft(ctx context.Context, id string) (*core.Draft, error) {
	return do(s, func(tx *txStore) (*core.Draft, error) { return tx.GetDraft(ctx, id) })
}

func (s *Store) LockDraft(ctx context.Context, id string) (*core.Draft, error) {
	return do(s, func(tx *txStore) (*core.Draft, error) { return tx.LockDraft(ctx, id) })
}

func (s *Store) SaveDraft(ctx context.Context, d *core.Draft) error {
	return do0(s, func(tx *txStore) error { return tx.SaveDraft(ctx, d) })
}

func (s *Store) LockDrafts(ctx context.Context, ids []string) ([]*core.Draft, error) {
	return do(s, func(tx *txStore) ([]*core.Draft, error) { return tx.LockDrafts(ctx, ids) })
}

func (s *Store) SaveDrafts(ctx context.Context, ds []*core.Draft) error {
	return do0(s, func(tx *txStore) error { return tx.SaveDrafts(ctx, ds) })
}

func (s *Store) ListDrafts(ctx context.Context, f core.DraftFilter) ([]*core.Draft, error) {
	return do(s, func(tx *txStore) ([]*core.Draft, error) { return tx.ListDrafts(ctx, f) })
}

func (s *Store) StuckDrafts(ctx context.Context, statuses []core.Status, before time.Time, limit int) ([]*core.Draft, error) {
	return do(s, func(tx *txStore) ([]*core.Draft, error) { return tx.StuckDrafts(ctx, statuses, before, limit) })
}

func (s *Store) AppendEvents(ctx context.Context, events []*core.Event) error {
	return do0(s, func(tx *txStore) error { return tx.AppendEvents(ctx, events) })
}

func (s *Store) ListEvents(ctx context.Context, f core.EventFilter) ([]core.Event, error) {
	return do(s, func(tx *txStore) ([]core.Event, error) { return tx.ListEvents(ctx, f) })
}

func (s *Store) InsertCatalogueEntry(ctx context.Context, e *core.CatalogueEntry, draftVersion int) error {
	return do0(s, func(tx *txStore) error { return tx.InsertCatalogueEntry(ctx, e, draftVersion) })
}

func (s *Store) CatalogueEntryForDraft(ctx context.Context, draftID string, draftVersion int) (*core.CatalogueEntry, error) {
	return do(s, func(tx *txStore) (*core.CatalogueEntry, error) {
		return tx.CatalogueEntryForDraft(ctx, draftID, draftVersion)
	})
}

func (s *Store) CatalogueBySKU(ctx context.Context, sku string) ([]core.CatalogueEntry, error) {
	return do(s, func(tx *txStore) ([]core.CatalogueEntry, error) { return tx.CatalogueBySKU(ctx, sku) })
}

func (s *Store) ListCatalogue(ctx context.Context, f core.CatalogueFilter) ([]core.CatalogueEntry, error) {
	return do(s, func(tx *txStore) ([]core.CatalogueEntry, error) { return tx.ListCatalogue(ctx, f) })
}

func (s *Store) WithdrawCatalogue(ctx context.Context, draftID string, at time.Time) (int, error) {
	return do(s, func(tx *txStore) (int, error) { return tx.WithdrawCatalogue(ctx, draftID, at) })
}

func (s *Store) ReinstateCatalogueEntry(ctx context.Context, id string, at time.Time) error {
	return do0(s, func(tx *txStore) error { return tx.ReinstateCatalogueEntry(ctx, id, at) })
}

func (s *Store) CreateToken(ctx context.Context, t *core.Token) error {
	return do0(s, func(tx *txStore) error { return tx.CreateToken(ctx, t) })
}

func (s *Store) TokenByHash(ctx context.Context, hash string) (*core.Token, error) {
	return do(s, func(tx *txStore) (*core.Token, error) { return tx.TokenByHash(ctx, hash) })
}

func (s *Store) ListTokens(ctx context.Context, afterID string, limit int) ([]*core.Token, error) {
	return do(s, func(tx *txStore) ([]*core.Token, error) { return tx.ListTokens(ctx, afterID, limit) })
}

func (s *Store) DeleteToken(ctx context.Context, id string) error {
	return do0(s, func(tx *txStore) error { return tx.DeleteToken(ctx, id) })
}

func (s *Store) SaveStyleGuide(ctx context.Context, doc core.StyleGuideDoc) error {
	return do0(s, func(tx *txStore) error { return tx.SaveStyleGuide(ctx, doc) })
}

func (s *Store) CurrentStyleGuide(ctx context.Context) (*core.StyleGuideDoc, error) {
	return do(s, func(tx *txStore) (*core.StyleGuideDoc, error) { return tx.CurrentStyleGuide(ctx) })
}

func (s *Store) CurrentStyleGuideVersion(ctx context.Context) (string, error) {
	return do(s, func(tx *txStore) (string, error) { return tx.CurrentStyleGuideVersion(ctx) })
}

func (s *Store) StyleGuide(ctx context.Context, version string) (*core.StyleGuideDoc, error) {
	return do(s, func(tx *txStore) (*core.StyleGuideDoc, error) { return tx.StyleGuide(ctx, version) })
}

func (s *Store) ListStyleGuides(ctx context.Context) ([]core.StyleGuideDoc, error) {
	return do(s, func(tx *txStore) ([]core.StyleGuideDoc, error) { return tx.ListStyleGuides(ctx) })
}

func (s *Store) CachedGeneration(ctx context.Context, key string) (*core.Generation, error) {
	return do(s, func(tx *txStore) (*core.Generation, error) { return tx.CachedGeneration(ctx, key) })
}

func (s *Store) PutCachedGeneration(ctx context.Context, key string, g *core.Generation) error {
	return do0(s, func(tx *txStore) error { return tx.PutCachedGeneration(ctx, key, g) })
}

func (s *Store) UpdateProduct(ctx context.Context, launchID string, p core.Product) error {
	return do0(s, func(tx *txStore) error { return tx.UpdateProduct(ctx, launchID, p) })
}

func (s *Store) PutDraftVersion(ctx context.Context, v *core.DraftVersion) error {
	return do0(s, func(tx *txStore) error { return tx.PutDraftVersion(ctx, v) })
}

func (s *Store) PutDraftVersions(ctx context.Context, vs []*core.DraftVersion) error {
	return do0(s, func(tx *txStore) error { return tx.PutDraftVersions(ctx, vs) })
}

func (s *Store) ListDraftVersions(ctx context.Context, draftID string) ([]core.DraftVersion, error) {
	return do(s, func(tx *txStore) ([]core.DraftVersion, error) { return tx.ListDraftVersions(ctx, draftID) })
}
