package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// demoRun is what runDemo needs of the command line.
type demoRun struct {
	adminToken string
	generated  bool // the admin token was made for this run (ADMIN_TOKEN unset)
	base       string
	locales    []string // the launch's; the sample's own when empty
	exit       bool     // -demo-exit: the server stops after the demo
	store      string   // where the launch stays (DATABASE_URL, or "PostgreSQL")
}

// runDemo submits the bundled sample launch (in locales when given, else
// in the sample's own en-GB, fr-FR and de-DE), prints its progress until
// every draft is written, says how many drafts a check blocked in each
// locale, approves a few clean drafts so that they reach the catalogue,
// and says where to look: on the running server, or, with -demo-exit,
// where the launch stays and how to serve it again.
func runDemo(ctx context.Context, svc *core.Service, run demoRun, out io.Writer) error {
	adminToken, base, locales := run.adminToken, run.base, run.locales
	var in core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		return fmt.Errorf("sample launch: %w", err)
	}
	if len(locales) > 0 {
		in.Locales = locales
	}
	admin, err := svc.Authenticate(ctx, adminToken)
	if err != nil {
		return err
	}
	start := time.Now()
	l, _, err := svc.SubmitLaunch(ctx, admin, in, "")
	if err != nil {
		return fmt.Errorf("submit sample launch: %s", core.ErrorMessage(err))
	}
	total := len(in.Products) * len(in.Locales) * len(in.Channels)
	fmt.Fprintf(out, "demo: submitted launch %q (%s): %d products x %d locales = %d drafts\n", l.Name, l.ID, len(in.Products), len(in.Locales), total)
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	last := ""
	for {
		l, err = svc.GetLaunch(ctx, l.ID)
		if err != nil {
			return err
		}
		c := l.Counts
		line := fmt.Sprintf("demo: queued %d, generating %d, in review %d, failed %d", c[core.StatusQueued], c[core.StatusGenerating], c[core.StatusInReview], c[core.StatusFailed])
		if line != last {
			fmt.Fprintln(out, line)
			last = line
		}
		if c[core.StatusQueued]+c[core.StatusGenerating] == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
	fmt.Fprintf(out, "demo: all %d drafts written and checked in %s\n", total, time.Since(start).Round(time.Millisecond))

	// Approve one product in every locale, so that its copy reaches the
	// catalogue; the rest waits for reviewers.
	var drafts []*core.Draft
	for cursor := ""; ; {
		page, next, err := svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Limit: 500}, cursor)
		if err != nil {
			return err
		}
		drafts = append(drafts, page...)
		if next == "" || len(page) == 0 {
			break
		}
		cursor = next
	}
	inReview, blocked, reviewIn := 0, map[string]int{}, map[string]int{}
	for _, d := range drafts {
		if d.Status == core.StatusInReview {
			inReview++
			reviewIn[d.Locale]++
		}
		if core.Verdict(d.Findings) == core.VerdictBlock {
			blocked[d.Locale]++
		}
	}
	fmt.Fprintf(out, "demo: %d drafts in review in %d locales, %d with a block finding%s\n", inReview, len(in.Locales), sumCounts(blocked), perLocale(blocked))
	if len(in.Locales) > 1 {
		// One line a locale, blocked or not: with -demo-locales all the
		// reader looks for their own locale, and "0" is an answer too.
		for _, loc := range in.Locales {
			fmt.Fprintf(out, "demo:   %-5s %d in review, %d with a block finding\n", loc, reviewIn[loc], blocked[loc])
		}
	}
	clean := map[string][]*core.Draft{}
	var order []string
	for _, d := range drafts {
		if d.Status != core.StatusInReview || core.Verdict(d.Findings) == core.VerdictBlock {
			continue
		}
		if clean[d.SKU] == nil {
			order = append(order, d.SKU)
		}
		clean[d.SKU] = append(clean[d.SKU], d)
	}
	var published string
	for _, sku := range order {
		if len(clean[sku]) != len(in.Locales)*len(in.Channels) {
			continue
		}
		ids := map[string]bool{}
		for _, d := range clean[sku] {
			if _, err := svc.Approve(ctx, admin, d.ID, "approved by the demo"); err != nil {
				return err
			}
			ids[d.ID] = true
		}
		entries, err := waitPublished(ctx, svc, sku, ids)
		if err != nil {
			return err
		}
		for _, e := range entries {
			fmt.Fprintf(out, "\ndemo: published %s %s %s v%d:\n  %s\n", e.SKU, e.Locale, e.Channel, e.Version, e.Text)
		}
		published = sku
		break
	}
	if run.exit {
		// The server stops with the demo: its URLs and, when it was made
		// for this run, its token are gone. Say where the launch stays.
		token := adminToken
		fmt.Fprintf(out, "\ndemo: done; the server stops now (-demo-exit). The launch stays in %s; to look at it, serve it again", run.store)
		if run.generated {
			token = "YOUR_TOKEN"
			fmt.Fprintf(out, " with an admin token of your own (the one above was for this run only)")
		}
		fmt.Fprintf(out, ":\n")
		if run.generated {
			fmt.Fprintf(out, "  ADMIN_TOKEN=%s go run ./cmd/api\n", token)
		} else {
			fmt.Fprintf(out, "  go run ./cmd/api\n")
		}
		fmt.Fprintf(out, "  curl -H 'Authorization: Bearer %s' %s/v1/launches/%s\n", token, base, l.ID)
		if published != "" {
			fmt.Fprintf(out, "  curl -H 'Authorization: Bearer %s' %s/v1/catalogue/%s\n", token, base, published)
		}
		return nil
	}
	fmt.Fprintf(out, "\nWhere to look (token above):\n")
	fmt.Fprintf(out, "  curl -H 'Authorization: Bearer %s' %s/v1/launches/%s\n", adminToken, base, l.ID)
	fmt.Fprintf(out, "  curl -H 'Authorization: Bearer %s' '%s/v1/launches/%s/drafts?status=in_review'\n", adminToken, base, l.ID)
	if published != "" {
		fmt.Fprintf(out, "  curl -H 'Authorization: Bearer %s' %s/v1/catalogue/%s\n", adminToken, base, published)
	}
	fmt.Fprintf(out, "  approve a draft: curl -X POST -H 'Authorization: Bearer %s' %s/v1/drafts/DRAFT_ID/approve\n", adminToken, base)
	fmt.Fprintf(out, "  review in a browser: %s/review/ (sign in with the token above, or a reviewer token)\n", base)
	return nil
}

// waitPublished waits until the drafts ids are the catalogue's copy of
// sku and returns those entries: on a database an earlier demo run filled,
// the SKU's older entries are not this run's copy.
func waitPublished(ctx context.Context, svc *core.Service, sku string, ids map[string]bool) ([]core.CatalogueEntry, error) {
	for {
		entries, err := svc.Catalogue(ctx, sku)
		var mine []core.CatalogueEntry
		for _, e := range entries {
			if ids[e.DraftID] {
				mine = append(mine, e)
			}
		}
		if err == nil && len(mine) == len(ids) {
			return mine, nil
		}
		if err != nil && !core.IsCode(err, core.CodeNotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// perLocale formats counts by locale as " (fr-FR 2, ja-JP 1)", sorted by
// locale, or "" when there are none.
func perLocale(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	keys := slices.Sorted(maps.Keys(m))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func sumCounts(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// demoLocaleList reads -demo-locales: "" (the sample's own locales), "all"
// (every locale with a pack), or a comma-separated list of locales that
// have a pack.
func demoLocaleList(flag string) ([]string, error) {
	flag = strings.TrimSpace(flag)
	if flag == "" {
		return nil, nil
	}
	set, err := locales.Load()
	if err != nil {
		return nil, err
	}
	if flag == "all" {
		return set.Supported(), nil
	}
	var out []string
	for _, l := range strings.Split(flag, ",") {
		l = strings.TrimSpace(l)
		p, ok := set.Get(l)
		if !ok {
			return nil, fmt.Errorf("-demo-locales: %q has no locale pack; supported: %s", l, strings.Join(set.Supported(), ", "))
		}
		out = append(out, p.Locale)
	}
	return out, nil
}
