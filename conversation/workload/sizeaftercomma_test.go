package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// "2.4 million files per day, average file 350 KB": the day is the rate of the files, the size
// after the comma is one file's, not 350 KB a day; and the tenants who upload that many are
// not each uploading once a night.
func TestReadSizeAfterARateIsOneItems(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"about 900 tenants upload 2.4 million files per day, average file 350 KB, with 80% arriving between 1am and 4am.",
		"Design a nightly document ingestion service: about 900 tenants upload 2.4 million files per day, average file 350 KB, with 80% arriving between 1am and 4am.",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Name != "upload file" || rd.Flows[0].Count != 2.4e6 || rd.Flows[0].PerSeconds != day || rd.Flows[0].Each {
			t.Errorf("%q: flows %+v; want only 2.4M file uploads a day", s, rd.Flows)
		}
		if slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool { return f.VolumeBytes > 0 }) {
			t.Errorf("%q: a volume read: %+v", s, rd.Flows)
		}
		if !slices.Contains(rd.Notes, "350 KB per file: stated") {
			t.Errorf("%q: notes %q; want 350 KB per file", s, rd.Notes)
		}
	}
	// A period that leads its own clause still makes bytes a volume.
	rd := workload.Read("Each shooting day produces about 4 TB of footage.")
	if !slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool { return f.VolumeBytes == 4e12 && f.PerSeconds == day }) {
		t.Errorf("4 TB each shooting day: flows %+v, notes %q", rd.Flows, strings.Join(rd.Notes, "; "))
	}
}
