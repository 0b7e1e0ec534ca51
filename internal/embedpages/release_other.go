//go:build !linux

package embedpages

// release is a no-op outside Linux (release_linux.go).
func release(base, n uintptr) {}
