package offline

import "testing"

// "wardens upload 3-5 photos of evidence per fine" puts four photos on each fine: it was read,
// not used, and each fine carried one photo's 2 MB, a quarter of its storage.
func TestMediaCountedPerItemSizesTheItem(t *testing.T) {
	t.Parallel()
	s := "Design a parking-fine portal: 6 million fines a year, wardens upload 3-5 photos of evidence per fine from handheld devices, and citizens pay or appeal within 28 days."
	w, _ := workloadFrom(s, *composed(s).Load)
	f, ok := w.Flow("fine")
	if !ok || f.BlobBytes != 4*typicalMedia["photo"] {
		t.Errorf("fine %+v: want 4 photos of %v bytes each (flows %+v, notes %q)", f, typicalMedia["photo"], w.Flows, w.Notes)
	}
}
