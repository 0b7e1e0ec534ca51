//go:build !linux

package segment

// releasePages is a no-op outside Linux (release_linux.go).
func releasePages(string) {}
