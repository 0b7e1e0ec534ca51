// Package faults holds copydesk's real-process fault tests (issue #11): the
// cmd/api and cmd/worker binaries are built once and run as processes
// against PostgreSQL (a fresh schema per test, on TEST_DATABASE_URL) and a
// redis-server of the test's own, with the fake LLM (internal/fakellm)
// served from the test. The tests kill workers, flush and restart Redis,
// terminate database connections and make the model misbehave, then check
// that every draft ends in_review, published or failed with a reason, that
// nothing is published twice and that counters stay bounded. Recovery
// times are logged (t.Logf), never asserted.
//
// The package has no code of its own: everything is in its tests.
package faults
