package core

import "context"

// Catalogue returns the newest published copy of a SKU.
func (s *Service) Catalogue(ctx context.Context, sku string) ([]CatalogueEntry, error) {
	entries, err := s.store.CatalogueBySKU(ctx, sku)
	if err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return nil, Errorf(CodeNotFound, "no published copy for SKU %q", sku)
	}
	return entries, nil
}

// CatalogueFeed pages published copy.
func (s *Service) CatalogueFeed(ctx context.Context, f CatalogueFilter) ([]CatalogueEntry, string, error) {
	if f.Locale != "" {
		c, err := CanonicalLocale(f.Locale)
		if err != nil {
			return nil, "", Invalid("unknown locale", FieldError{Field: "locale", Message: err.Error()})
		}
		f.Locale = c
	}
	return s.store.ListCatalogue(ctx, f)
}
