package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// TestPutAwayIsANoun reads "put-away of 30k inbound cartons a day" as 30k inbound cartons, as
// "check-in" is a noun made of a verb: it was a flow named "put inbound carton".
func TestPutAwayIsANoun(t *testing.T) {
	rd := workload.Read("wave picking with zone pickers, put-away of 30k inbound cartons a day, and cycle counts of every bin")
	var names []string
	for _, f := range rd.Flows {
		names = append(names, f.Name)
		if f.Name == "inbound carton" && f.Count == 30000 {
			return
		}
	}
	t.Errorf("flows %q, want 30K inbound cartons a day", names)
}
