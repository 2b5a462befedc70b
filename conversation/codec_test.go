package conversation

import (
	"bytes"
	stdgzip "compress/gzip"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"
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

// A thread awaiting answers to archbot's questions keeps them through a save and a load, and a
// thread stored before clarifications existed loads without one.
func TestClarificationRoundTrip(t *testing.T) {
	asked := time.Date(2026, 11, 29, 20, 0, 0, 0, time.UTC)
	for name, c := range map[string]*Clarification{
		"awaiting": {Statement: "make it scale", AskedAt: asked},
		"answered": {Statement: "make it scale", AskedAt: asked, Answer: "a bike marketplace", AnswerID: "job-2"},
	} {
		th := &Thread{Ref: ThreadRef{Platform: "test", Channel: "C", ThreadID: name}, Problem: c.Statement, Clarify: c}
		op, err := PlanSave(th, th.Ref.Key())
		if err != nil {
			t.Fatal(err)
		}
		fields := map[string]string{}
		for i := 0; i+1 < len(op.Set); i += 2 {
			fields[op.Set[i]] = op.Set[i+1]
		}
		got, err := DecodeRecord(th.Ref.Key(), 1, fields)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.Clarify == nil || *got.Clarify != *c || got.Clarify.Awaiting() != (c.Answer == "") {
			t.Fatalf("%s: loaded clarification %+v, want %+v", name, got.Clarify, c)
		}
	}

	old := `{"ref":{"platform":"test","channel":"C","thread_id":"old"},"owner":"ana","problem":"Design Twitter","usage":{"prompt_tokens":0,"completion_tokens":0,"calls":0},"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z","rev":3}`
	for field, data := range map[string]string{fieldMeta: old, fieldLegacy: old} {
		got, err := DecodeRecord("test:C:old", 3, map[string]string{field: data})
		if err != nil {
			t.Fatalf("%s: %v", field, err)
		}
		if got.Clarify != nil || got.Clarify.Awaiting() || got.Problem != "Design Twitter" {
			t.Fatalf("%s: stored before clarifications, loaded clarify %+v problem %q; want none", field, got.Clarify, got.Problem)
		}
	}
}

// The fields are gzip as RFC 1952 defines it, whichever implementation writes them: a record
// written by Go's own compress/gzip (every record before the codec moved to klauspost/compress)
// loads, and one written now reads with compress/gzip, as a replica still on the older code
// reads it during a rolling upgrade.
func TestRecordGzipIsStandard(t *testing.T) {
	d := &Design{Title: "t", Version: 2, Sections: []Section{
		{ID: Overview, Title: "Overview", Markdown: strings.Repeat("the feed service reads the cache first. ", 60)},
	}}
	th := &Thread{Ref: ThreadRef{Platform: "test", Channel: "C", ThreadID: "gz"}, Problem: "p", Design: d}
	op, err := PlanSave(th, th.Ref.Key())
	if err != nil {
		t.Fatal(err)
	}
	ours, stdlib := map[string]string{}, map[string]string{}
	for i := 0; i+1 < len(op.Set); i += 2 {
		name, data := op.Set[i], op.Set[i+1]
		ours[name], stdlib[name] = data, data
		if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
			if name == fieldDesign {
				t.Fatalf("the design field is not gzip: %.20q", data)
			}
			continue // small fields are stored as plain JSON
		}
		zr, err := stdgzip.NewReader(strings.NewReader(data))
		if err != nil {
			t.Fatalf("compress/gzip reading field %s: %v", name, err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("compress/gzip reading field %s: %v", name, err)
		}
		var b bytes.Buffer
		zw, _ := stdgzip.NewWriterLevel(&b, stdgzip.BestSpeed)
		zw.Write(raw)
		zw.Close()
		stdlib[name] = b.String()
	}
	for name, fields := range map[string]map[string]string{"ours": ours, "compress/gzip's": stdlib} {
		got, err := DecodeRecord(th.Ref.Key(), 1, fields)
		if err != nil {
			t.Fatalf("%s record: %v", name, err)
		}
		if got.Design == nil || got.Design.Sections[0].Markdown != d.Sections[0].Markdown || got.Problem != "p" {
			t.Fatalf("%s record loaded %+v, want the design saved", name, got.Design)
		}
	}
}

// Meta is rewritten by every turn and read by every load: it is stored as plain JSON, never
// gzip'd, however large its turns make it, and a record whose meta an earlier version gzip'd
// still loads.
func TestMetaStoredAsJSON(t *testing.T) {
	th := &Thread{Ref: ThreadRef{Platform: "test", Channel: "C", ThreadID: "meta"}, Problem: "a ride-hailing dispatch service", Owner: "U1"}
	for i := range MaxTurns {
		th.AddTurn(Turn{Author: "U1", Intent: "question", At: time.Date(2026, 3, 4, 5, i, 0, 0, time.UTC),
			Text:  strings.Repeat("how does a driver's location reach the matcher when the region fails over? ", 4),
			Reply: strings.Repeat("Each driver app posts its position to the nearest region's gateway. ", 5)})
	}
	op, err := PlanSave(th, th.Ref.Key())
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]string{}
	for i := 0; i+1 < len(op.Set); i += 2 {
		fields[op.Set[i]] = op.Set[i+1]
	}
	meta := fields[fieldMeta]
	raw, err := unpack(new(bytes.Buffer), meta)
	if err != nil || len(raw) < packMin {
		t.Fatalf("meta is %d bytes of JSON (%v), want a thread whose meta is at least %d", len(raw), err, packMin)
	}
	if meta != string(raw) {
		t.Fatalf("meta stored as %.20q, want plain JSON", meta)
	}
	var gz bytes.Buffer
	zw := stdgzip.NewWriter(&gz)
	zw.Write([]byte(meta))
	zw.Close()
	for name, stored := range map[string]string{"plain": meta, "gzip'd": gz.String()} {
		fields[fieldMeta] = stored
		got, err := DecodeRecord(th.Ref.Key(), 1, fields)
		if err != nil {
			t.Fatalf("%s meta: %v", name, err)
		}
		if len(got.Turns) != MaxTurns || got.Turns[MaxTurns-1].Reply != th.Turns[MaxTurns-1].Reply || got.Problem != th.Problem {
			t.Fatalf("%s meta loaded %d turns, problem %q; want the thread saved", name, len(got.Turns), got.Problem)
		}
	}
}
