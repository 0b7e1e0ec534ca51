package sqlstore

import (
	"context"
	"encoding/json"

	"github.com/copydesk/copydesk/internal/core"
)

// PutDraftVersion implements core.TxStore.
func (q *queries) PutDraftVersion(ctx context.Context, v *core.DraftVersion) error {
	if v.Findings == nil {
		v.Findings = []core.Finding{}
	}
	_, err := q.exec(ctx, `INSERT INTO draft_versions (draft_id, version, text, findings, model, event, author, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (draft_id, version) DO UPDATE SET text = excluded.text, findings = excluded.findings,
		model = excluded.model, event = excluded.event, author = excluded.author, at = excluded.at`,
		v.DraftID, v.Version, v.Text, mustJSON(v.Findings), v.Model, v.Event, v.By, q.d.Time(v.At))
	if err != nil {
		return wrap(err, "keeping the draft version failed")
	}
	return nil
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
