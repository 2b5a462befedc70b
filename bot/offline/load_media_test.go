package offline

import (
	"context"
	"math"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A CV or a résumé sent with an application is a file for object storage, accented or not at
// the end of a sentence; a game that resumes after a crash stores nothing of the kind.
func TestResumesAndCVsAreFiles(t *testing.T) {
	t.Parallel()
	p := loadProfile{WritesPerUser: 0.5, ReadsPerUser: 20, RecordBytes: 3000, MediaBytes: 200_000, Write: "application", Read: "job search"}
	tests := []struct {
		statement string
		blob      bool
	}{
		{"job seekers apply with a résumé", true},
		{"candidates send their CV and managers shortlist them", true},
		{"seekers keep several résumés, one per kind of job", true},
		{"applicants attach a curriculum vitae", true},
		{"a word game that resumes after a crash", false},
		// Filing is the verb: a bug report filed is a row, not a 2 MB file; a file changed is a file.
		{"testers file 8,000 bug reports a day", false},
		{"drivers file claims with a photo of the damage", true},
		{"players take turns and the game resumes where it stopped", false},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, p)
		f := firstOf(w.Flows, conversation.FlowWrite)
		if got := f.BlobBytes > 0; got != tc.blob {
			t.Errorf("%q: %s carries %v bytes of media, want media=%v", tc.statement, f.Name, f.BlobBytes, tc.blob)
		}
	}
	// A file storage service's assumed flows are files whatever they are named after.
	for name, want := range map[string]bool{"file change": true, "file download": true, "file bug report": false, "file expense claim": false} {
		if got := isMedia(name); got != want {
			t.Errorf("isMedia(%q) = %v, want %v", name, got, want)
		}
	}
}

// A call service's media are streams from the people in calls, not files each join uploads: a
// million people online send 1.5 Mbit/s each and receive 2.5, and recording is a share of calls.
func TestCallsAreStreams(t *testing.T) {
	t.Parallel()
	p := loadProfile{WritesPerUser: 2, ReadsPerUser: 2, Write: "meeting join", Read: "meeting lookup",
		Calls: &callMedia{UpKbps: 1500, DownKbps: 2500, MinutesPerDay: 40, RecordKbps: 1000, RecordedShare: 0.1, CallSize: 8}}
	w, _ := workloadFrom("a video meeting service with 1M concurrent participants at peak and cloud recording", p)
	c := conversation.Estimate(w)
	if got, want := c.StreamIngress, 1e6*1.5e6/8+1e6/8*0.1*1e6/8; math.Abs(got-want) > 1 {
		t.Errorf("stream ingress %s/s, want %s/s (sent plus recorded)", conversation.Bytes(got), conversation.Bytes(want))
	}
	if got, want := c.StreamEgress, 1e6*2.5e6/8; got != want {
		t.Errorf("stream egress %s/s, want %s/s", conversation.Bytes(got), conversation.Bytes(want))
	}
	if j, ok := w.Flow("meeting join"); !ok || j.BlobBytes > 0 {
		t.Errorf("meeting join %+v: a join uploads no media", j)
	}
	// Without people online at once, the day's users spend 40 minutes in calls; no recording asked.
	w, _ = workloadFrom("a video calling app for 3M daily users", p)
	if f, ok := w.Flow("media sent"); !ok || f.Concurrency != 3e6*40/1440 {
		t.Errorf("media sent %+v, want 3M × 40 min ÷ 1,440 people online", f)
	}
	if _, ok := w.Flow("call recording"); ok {
		t.Error("recording sized though the statement asks for none")
	}
}

// A stated largest file of a megabyte or more says the main write carries files: they are blobs
// in object storage, sized on average well below the largest, not 1 KB records and not the
// largest each. A stated largest record ("messages up to 4 KB") is no file.
func TestStatedLargestFileIsABlob(t *testing.T) {
	t.Parallel()
	p := loadProfile{WritesPerUser: 1, ReadsPerUser: 10, RecordBytes: 1000}
	for _, tc := range []struct {
		statement string
		min, max  float64
	}{
		{"an e-filing system for a state court: 2.3 million filings per year, PDFs up to 200 MB", 100e3, 20e6},
		{"a grant portal where 40,000 applicants a year submit proposals, attachments as large as 50 MB", 100e3, 10e6},
		{"a chat for 10,000 staff, messages up to 4 KB", 0, 0},
	} {
		w, _ := workloadFrom(tc.statement, p)
		f := firstOf(w.Flows, conversation.FlowWrite)
		if f.BlobBytes < tc.min || f.BlobBytes > tc.max {
			t.Errorf("%q: %s keeps %s of blob, want between %s and %s", tc.statement, f.Name, conversation.Bytes(f.BlobBytes), conversation.Bytes(tc.min), conversation.Bytes(tc.max))
		}
	}
}

// A crawler's fetched page is its HTML on the wire (some 100 KB) and a gzipped copy in object
// storage: a billion pages a month are tens of MB/s in and tens of TB a month, not 193 KB/s.
func TestCrawledPagesAreHTMLKeptCompressed(t *testing.T) {
	t.Parallel()
	p := *features["crawler"].Load
	for _, s := range []string{
		"Design a web crawler that crawls 1 billion pages per month and respects robots.txt",
		"an archive bot that fetches 30 million web pages a day from news sites for a research corpus",
	} {
		w, _ := workloadFrom(s, p)
		c := conversation.Estimate(w)
		perPage := c.IngressBytesPerSec / c.WriteQPS
		if perPage < 50e3 || perPage > 150e3 {
			t.Errorf("%q: %s per page on the wire, want the HTML's 50-150 KB", s, conversation.Bytes(perPage))
		}
		if kept := c.StorageBytesPerMonth / (c.WriteQPS * 86400 * 30); kept > perPage/2 || kept < 5e3 {
			t.Errorf("%q: %s kept per page, want it compressed, well under the %s fetched", s, conversation.Bytes(kept), conversation.Bytes(perPage))
		}
	}
}

// A scan of a ticket, a badge or a code is an event recorded at a reader, with no image kept,
// and what it records is counted, not read back a hundred times; an X-ray scan is an image.
func TestCodeScansAreEventsNotMedia(t *testing.T) {
	t.Parallel()
	p := loadProfile{WritesPerUser: 1, ReadWrite: 100, RecordBytes: 500, Write: "booking", Read: "seat-map read"}
	for _, tc := range []struct {
		statement string
		media     bool
	}{
		{"80,000 ticket scans on derby day", false},
		{"an expo's lead app: 150,000 badge scans a day", false},
		{"a parcel hub logs 2 million barcode scans a day", false},
		{"a dental chain takes 30,000 X-ray scans a day", true},
		// What is scanned says which: a plate or a blood unit is looked up and logged, a page
		// is imaged.
		{"120 parking officers each scan a licence plate about twice a minute", false},
		{"45 centres each collect 120 units a day and every unit is scanned at six stages", false},
		{"volunteers scan 3,000 pages a week", true},
	} {
		w, _ := workloadFrom(tc.statement, p)
		f := firstOf(w.Flows, conversation.FlowWrite)
		if got := f.BlobBytes > 0; got != tc.media {
			t.Errorf("%q: %s carries %v bytes of media, want media=%v", tc.statement, f.Name, f.BlobBytes, tc.media)
		}
		if tc.media {
			continue
		}
		if r := firstOf(w.Flows, conversation.FlowRead); r.ItemsOf == f.Name && r.Count > 1 {
			t.Errorf("%q: %s reads %v per %s, want the scans counted, not read back", tc.statement, r.Name, r.Count, f.Name)
		}
	}
}

// The one size a statement states is the main write's, whatever it calls the item: "each with a
// 3D scan of about 25 MB" is each case's, "about 200 bytes per reading" each logger report's.
func TestOneStatedSizeIsTheMainWrites(t *testing.T) {
	t.Parallel()
	for statement, want := range map[string]float64{
		"Each of our 8,000 dental practices sends about 3 cases a week, each with a 3D scan of about 25 MB.": 25e6,
		"2,500 truck loggers each report every 30 seconds, about 200 bytes per reading.":                     200,
	} {
		w, _ := workloadFrom(statement, loadProfile{})
		f := firstOf(w.Flows, conversation.FlowWrite)
		if got := math.Max(f.StoredBytes, f.BlobBytes); got != want {
			t.Errorf("%q: %s stores %v B (blob %v); want %v", statement, f.Name, f.StoredBytes, f.BlobBytes, want)
		}
	}
}

// A file said with one flow's items is that flow's, not the main write's: the wardens' scans of
// licence plates are small records, the penalty notices a twentieth of them end in carry the
// photos.
func TestMediaSaidWithAnotherFlowStaysThere(t *testing.T) {
	t.Parallel()
	s := "Design a parking enforcement app for a city: 120 wardens patrol streets and scan licence plates with a handheld, about 40 scans an hour each during 8-hour shifts; one scan in twenty results in a penalty notice with 3 photos of 2 MB. Drivers can pay or appeal notices online."
	w, _ := workloadFrom(s, loadProfile{})
	scan, _ := w.Flow("scan")
	notice, _ := w.Flow("penalty notice")
	if scan.BlobBytes != 0 || scan.StoredBytes > 1000 {
		t.Errorf("scan stores %v B and %v B of media; want a small record", scan.StoredBytes, scan.BlobBytes)
	}
	if notice.BlobBytes != 6e6 {
		t.Errorf("penalty notice keeps %v B of media; want 3 × 2 MB", notice.BlobBytes)
	}
}

// Documents that arrive as PDFs are kept as files: 9,000 invoices a day of ≈ 150 KB are about
// 40 GB a month in object storage, not 1 GB of rows alone.
func TestPDFsArrivingAreKept(t *testing.T) {
	t.Parallel()
	_, req, err := New().Requirements(context.Background(), "Invoice matching for our accounts payable team: about 9,000 supplier invoices a day arrive as PDF or EDI, each gets matched against the purchase order and goods receipt, and mismatches over 2% go to an approver. Month-end runs at 4x normal volume and every decision needs an audit trail kept 7 years.")
	if err != nil {
		t.Fatal(err)
	}
	if c := conversation.Estimate(req.Workload); c.StorageBytesPerMonth < 30e9 {
		t.Errorf("%s a month; want the PDFs kept, ≈ 40 GB", conversation.Bytes(c.StorageBytesPerMonth))
	}
}
