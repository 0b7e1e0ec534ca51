package offline

import (
	"slices"
	"testing"

	localepacks "github.com/copydesk/copydesk/internal/locales"
)

// Every locale with a pack is one the offline writer writes (built-in
// templates or the pack's writer data), so a launch in it is not refused at
// submit while the writer could write it.
func TestSupportedLocalesCoverEveryPack(t *testing.T) {
	t.Parallel()
	set, err := localepacks.Load()
	if err != nil {
		t.Fatal(err)
	}
	got := (&Generator{}).SupportedLocales()
	for _, l := range set.Supported() {
		if !slices.Contains(got, l) {
			t.Errorf("offline writer does not list %s", l)
		}
	}
	for _, l := range []string{"ja-JP", "ar-AE", "zh-TW", "pl-PL"} {
		if !slices.Contains(got, l) {
			t.Errorf("offline writer does not list %s", l)
		}
	}
}
