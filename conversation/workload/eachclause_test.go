package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "Each" makes a short window a rush only in the window's own clause: "students watching an hour
// each, video starts in under 3s" says how long each watches and how fast playback starts, not
// every student acting within 3 seconds.
func TestReadEachInAnotherClauseMakesNoRush(t *testing.T) {
	for _, statement := range []string{
		"a lecture streaming site with 800k daily students watching ~1 hour each, video starts in under 3s",
		"a music video service: 3M daily fans watching about 20 minutes each, clips must begin playing within 2 seconds",
		"a video platform: 5M daily viewers watching ~40 min each, start playback in under 2s",
	} {
		rd := workload.Read(statement)
		for _, f := range rd.Flows {
			if f.Burst {
				t.Errorf("%q: %s read as a burst\n%s", statement, f.Name, strings.Join(rd.Notes, "\n"))
			}
		}
	}
}
