package conversation

import "testing"

// FuzzDecodeRecord feeds arbitrary stored fields to the thread decoder: the record comes from
// Redis, which an operator may edit by hand, and a bad record must fail its Load, not the process.
func FuzzDecodeRecord(f *testing.F) {
	f.Add(`{"ref":{"platform":"slack","channel":"C1","thread_id":"1.2"},"owner":"ana"}`,
		`{"title":"x","version":2,"sections":[{"id":"api","markdown":"m"}]}`, "undo:1", `{"version":1,"summary":"s"}`, "")
	f.Add("", "", "", "", `{"owner":"ana","revisions":[{"version":1}]}`)
	f.Add("\x1f\x8b", "{", "undo:x", "", "")
	f.Fuzz(func(t *testing.T, meta, design, undoField, undoValue, legacy string) {
		fields := map[string]string{}
		for k, v := range map[string]string{fieldMeta: meta, fieldDesign: design, undoField: undoValue, fieldLegacy: legacy} {
			if k != "" && v != "" {
				fields[k] = v
			}
		}
		th, err := DecodeRecord("test:key", 3, fields)
		if err != nil {
			return
		}
		if th.Rev != 3 {
			t.Fatalf("decoded rev %d, want 3", th.Rev)
		}
		for i := range th.undo {
			_, _ = th.undo[i].revision() // may fail, must not panic
		}
	})
}
