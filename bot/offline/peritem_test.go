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

// "recipes with up to 10 photos (8 MB each)": the count is a cap, and each recipe carried one
// photo, a fifth of what half the cap gives. About half of it on average, as under a stated
// largest size.
func TestMediaCapSizesHalfOfIt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, flow string
		each            float64
	}{
		{"Design a recipe-sharing app where home cooks post recipes with up to 10 photos (8 MB each); about 20,000 new recipes a day.", "recipe", 8e6},
		{"Design a property listings site: agents post 3,000 listings a day with up to 30 photos each, and 2 million buyers browse.", "listing", typicalMedia["photo"]},
	} {
		w, _ := workloadFrom(tc.statement, *composed(tc.statement).Load)
		var got float64
		for _, f := range w.Flows {
			if f.Kind == "write" && f.BlobBytes > 0 {
				got = f.BlobBytes
				break
			}
		}
		if cap := map[bool]float64{true: 10, false: 30}[tc.flow == "recipe"]; got != tc.each*cap/2 {
			t.Errorf("%q: %v bytes of media per write, want half of %v × %v (flows %+v, notes %q)", tc.statement, got, cap, tc.each, w.Flows, w.Notes)
		}
	}
}
