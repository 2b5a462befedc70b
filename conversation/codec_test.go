package conversation

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// The design field keeps section texts out of JSON; whatever the texts hold, they come back as
// they went in, and a design stored as plain JSON (as an operator may write one) still loads.
func TestDesignFieldRoundTrip(t *testing.T) {
	d := &Design{Title: "t", Version: 3, Decisions: []Decision{{Version: 1, Summary: "s"}}, Sections: []Section{
		{ID: Overview, Title: "Overview", Markdown: "{\"looks\": \"like JSON\"}\n"},
		{ID: API, Title: "API", Markdown: ""},
		{ID: DataModel, Title: "Data model", Markdown: "\n\nlines\n| a | b |\n✓ unicode \x1f"},
	}}
	var buf bytes.Buffer
	if err := encodeDesign(&buf, d); err != nil {
		t.Fatal(err)
	}
	got, err := decodeDesign(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(d)
	if have, _ := json.Marshal(got); string(have) != string(want) {
		t.Fatalf("round trip:\n got %s\nwant %s", have, want)
	}

	plain, err := decodeDesign(want)
	if err != nil {
		t.Fatal(err)
	}
	if have, _ := json.Marshal(plain); string(have) != string(want) {
		t.Fatalf("plain JSON design:\n got %s\nwant %s", have, want)
	}

	enc := buf.String()
	for name, bad := range map[string]string{
		"texts cut short": enc[:len(enc)-3],
		"texts too long":  enc + "extra",
		"wrong count":     strings.Replace(enc, `"text_bytes":[`, `"text_bytes":[1,`, 1),
		"negative length": strings.Replace(enc, `"text_bytes":[`, `"text_bytes":[-1,`, 1),
		"junk after JSON": string(want) + "junk",
	} {
		if _, err := decodeDesign([]byte(bad)); err == nil {
			t.Errorf("%s: decoded, want an error", name)
		}
	}
}
