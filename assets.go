// Package copydesk bundles the assets the binaries ship with: the example
// style guide (the default when STYLE_GUIDE is unset) and the sample launch
// that `copydesk-api -demo` submits.
package copydesk

import _ "embed"

// ExampleStyleGuide is the style guide of the fictional brand Aurelia.
//
//go:embed testdata/styleguide.yaml
var ExampleStyleGuide []byte

// SampleLaunch is a launch of 24 products in three locales.
//
//go:embed testdata/sample-launch.json
var SampleLaunch []byte
