// Package apiclient is a Go client for copydesk's REST API generated from api/openapi.yaml by
// oapi-codegen (client and types only, nothing written by hand). It exists to prove the spec is
// enough for a campaign tool: the test in this package drives a launch from submission to the
// catalogue with this client alone, against the real router.
//
// Regenerate after changing the spec (from this directory, or `go generate ./internal/apiclient`):
//
//	go generate ./internal/apiclient
//
// which runs oapi-codegen at the version pinned below and records the spec's SHA-256 in
// openapi.sha256; TestGeneratedFromCurrentSpec fails when the spec changed without regenerating.
package apiclient

//go:generate go run github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@v2.8.2 -config oapi-codegen.yaml ../../api/openapi.yaml
//go:generate sh -c "sha256sum ../../api/openapi.yaml | cut -c1-64 > openapi.sha256"
