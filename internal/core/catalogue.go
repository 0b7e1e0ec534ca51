package core

import "context"

// Catalogue returns the newest published copy of a SKU, looked up in its
// normal form (NormaliseSKU): " ＡＢ１" finds AB1. A string that can never
// be a SKU is a 400 naming the sku parameter.
func (s *Service) Catalogue(ctx context.Context, sku string) ([]CatalogueEntry, error) {
	sku, msg := NormaliseSKU(sku)
	if msg != "" {
		return nil, Invalid("the SKU "+msg, FieldError{Field: "sku", Message: msg})
	}
	entries, err := s.store.CatalogueBySKU(ctx, sku)
	if err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return nil, Errorf(CodeNotFound, "no published copy for SKU %q", sku)
	}
	return entries, nil
}

// CatalogueFeed pages published copy, oldest first. cursor is a previous
// page's next cursor; one this API did not return is an invalid error
// naming the "cursor" field.
func (s *Service) CatalogueFeed(ctx context.Context, f CatalogueFilter, cursor string) ([]CatalogueEntry, string, error) {
	if f.Locale != "" {
		c, err := CanonicalLocale(f.Locale)
		if err != nil {
			return nil, "", Invalid("unknown locale", FieldError{Field: "locale", Message: err.Error()})
		}
		f.Locale = c
	}
	after, err := decodeCatalogueCursor(cursor)
	if err != nil {
		return nil, "", err
	}
	limit := PageLimit(f.Limit)
	f.After, f.Limit = after, limit+1
	entries, err := s.store.ListCatalogue(ctx, f)
	if err != nil {
		return nil, "", err
	}
	entries, next := page(entries, limit, catalogueCursor)
	return entries, next, nil
}
