package sqlstore

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// PutDraftVersion implements core.TxStore.
func (q *queries) PutDraftVersion(ctx context.Context, v *core.DraftVersion) error {
	if v.Findings == nil {
		v.Findings = []core.Finding{}
	}
	return q.execCheck(ctx, "keeping the draft version failed", nil, `INSERT INTO draft_versions (draft_id, version, text, findings, model, event, author, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (draft_id, version) DO UPDATE SET text = excluded.text, findings = excluded.findings,
		model = excluded.model, event = excluded.event, author = excluded.author, at = excluded.at`,
		v.DraftID, v.Version, v.Text, mustJSON(v.Findings), v.Model, v.Event, v.By, q.d.Time(v.At))
}

// versionRow is one row of PutDraftVersions' JSON document (PostgreSQL).
type versionRow struct {
	DraftID  string         `json:"draft_id"`
	Version  int            `json:"version"`
	Text     string         `json:"text"`
	Findings []core.Finding `json:"findings"` // as savedDraft's
	Model    string         `json:"model"`
	Event    string         `json:"event"`
	Author   string         `json:"author"`
	At       time.Time      `json:"at"`
}

// PutDraftVersions implements core.TxStore: on PostgreSQL one statement
// (jsonb_to_recordset); elsewhere PutDraftVersion for each, whose
// statements cost no round trip.
func (q *queries) PutDraftVersions(ctx context.Context, vs []*core.DraftVersion) error {
	// The last of a draft's version given twice, as one put after the
	// other would leave (one statement cannot upsert a row twice).
	type dv struct {
		id string
		v  int
	}
	at := make(map[dv]int, len(vs))
	uniq := make([]*core.DraftVersion, 0, len(vs))
	for _, v := range vs {
		k := dv{v.DraftID, v.Version}
		if i, seen := at[k]; seen {
			uniq[i] = v
			continue
		}
		at[k] = len(uniq)
		uniq = append(uniq, v)
	}
	j, ok := q.d.(jsonRecords)
	if !ok || !j.JSONRecords() || len(uniq) == 1 {
		return q.atomically(ctx, func(tx *queries) error {
			for _, v := range uniq {
				if err := tx.PutDraftVersion(ctx, v); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if len(uniq) == 0 {
		return nil
	}
	// In (draft, version) order: the rows enter draft_versions_pkey in the
	// document's order, so transactions writing overlapping versions take
	// their locks in one order and cannot deadlock on them.
	slices.SortStableFunc(uniq, func(a, b *core.DraftVersion) int {
		return cmp.Or(strings.Compare(a.DraftID, b.DraftID), cmp.Compare(a.Version, b.Version))
	})
	rows := make([]versionRow, len(uniq))
	for i, v := range uniq {
		if v.Findings == nil {
			v.Findings = []core.Finding{}
		}
		rows[i] = versionRow{DraftID: v.DraftID, Version: v.Version, Text: v.Text,
			Findings: v.Findings, Model: v.Model, Event: v.Event, Author: v.By, At: v.At.UTC()}
	}
	b := pooledJSON(rows) // as SaveDrafts' rows
	return q.execCheckDone(ctx, "keeping the draft versions failed", func() { givePooledJSON(b) }, nil, `INSERT INTO draft_versions (draft_id, version, text, findings, model, event, author, at)
		SELECT draft_id, version, text, findings, model, event, author, at
		FROM jsonb_to_recordset(?::jsonb) AS v(draft_id text, version integer, text text, findings jsonb,
			model text, event text, author text, at timestamptz)
		ON CONFLICT (draft_id, version) DO UPDATE SET text = excluded.text, findings = excluded.findings,
		model = excluded.model, event = excluded.event, author = excluded.author, at = excluded.at`, b.Bytes())
}

// ListDraftVersions implements core.TxStore.
func (q *queries) ListDraftVersions(ctx context.Context, draftID string) ([]core.DraftVersion, error) {
	rows, err := q.query(ctx, `SELECT draft_id, version, text, findings, model, event, author, at
		FROM draft_versions WHERE draft_id = ? ORDER BY version`, draftID)
	if err != nil {
		return nil, wrap(err, "listing draft versions failed")
	}
	defer rows.Close()
	out := []core.DraftVersion{}
	for rows.Next() {
		var v core.DraftVersion
		var findings string
		if err := rows.Scan(&v.DraftID, &v.Version, &v.Text, &findings, &v.Model, &v.Event, &v.By, q.d.ScanTime(&v.At)); err != nil {
			return nil, wrap(err, "listing draft versions failed")
		}
		if err := json.Unmarshal([]byte(findings), &v.Findings); err != nil {
			return nil, wrap(err, "listing draft versions failed")
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "listing draft versions failed")
	}
	return out, nil
}
