package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A rule's or standard's number counts nothing, nor does "24/7": none is noted as a figure the
// reader could not place, and the statement's load is read as before.
func TestCitationsAreNotFigures(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"A randomisation service with about 200 randomisations a day; it must meet 21 CFR Part 11 and emergency unblinding works 24/7.",
		"A payments API handling 3 million payments a day; PCI DSS 4.0, SOC 2 and ISO/IEC 27001:2022 apply, with support 24x7.",
	} {
		rd := workload.Read(statement)
		for _, n := range rd.Notes {
			if strings.Contains(n, "not used as load") {
				t.Errorf("%q: %s", statement, n)
			}
		}
		if len(rd.Flows) != 1 || rd.Flows[0].Kind != conversation.FlowWrite {
			t.Errorf("%q: flows %+v; want the one stated write", statement, rd.Flows)
		}
	}
}

// What a verb of making counts is made, whatever the noun would name elsewhere: a freight
// board's shippers "post 15,000 loads a day", 15,000 writes, not page loads.
func TestPostedLoadsAreWrites(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A freight load board: shippers post about 15,000 loads a day and carriers search them.")
	if len(rd.Flows) == 0 || rd.Flows[0].Kind != conversation.FlowWrite || rd.Flows[0].Count != 15000 {
		t.Errorf("flows %+v; want 15,000 posted loads a day as writes", rd.Flows)
	}
}
