package offline

import "testing"

// TestClouds checks knowledge/clouds.yaml: every offer runs a known technology and its label
// names it, so the rest of the designer recognises a hosted product as its technology.
func TestClouds(t *testing.T) {
	t.Parallel()
	cs, err := loadClouds(cloudsYAML)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) == 0 {
		t.Fatal("no clouds")
	}
	if _, err := loadClouds([]byte("clouds:\n  - {id: x, name: X, names: [x], offers: [{tech: oracle, name: O, label: Oracle}]}\n")); err == nil {
		t.Error("an offer of an unknown technology loaded")
	}
	if _, err := loadClouds([]byte("clouds:\n  - {id: x, name: X, names: [x], offers: [{tech: s3, name: B, label: Blob store}]}\n")); err == nil {
		t.Error("a label that does not name its technology loaded")
	}
}
