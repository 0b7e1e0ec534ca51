package core

import "testing"

// nearTextKeys names each neighbour as nearTextKey does.
func TestNearTextKeysAsOneByOne(t *testing.T) {
	found := []NearRef{{Ref: "01JABC", Version: 3}, {Ref: "01JDEF", Catalogue: true}, {Ref: "x", Version: 0}, {Ref: "01JGHI", Version: 12345}}
	got := nearTextKeys(found)
	for i, f := range found {
		if want := nearTextKey(f.Ref, f.Catalogue, f.Version); got[i] != want {
			t.Errorf("%d: %q, want %q", i, got[i], want)
		}
	}
	if len(nearTextKeys(nil)) != 0 {
		t.Error("nil")
	}
}
