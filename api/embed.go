// Package api holds copydesk's OpenAPI document. It lives at the repository
// root so that api/openapi.yaml is both the file people read and edit and
// the one the server embeds: go:embed cannot reach a parent directory.
package api

import _ "embed"

// OpenAPIYAML is api/openapi.yaml, the REST contract served at /openapi.json.
//
//go:embed openapi.yaml
var OpenAPIYAML []byte
