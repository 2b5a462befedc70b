package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A model that misreads the statement's figures is corrected from the statement; what the
// statement leaves open (reads, sizes) stays the model's.
func TestReconcileCorrectsTheModelFromTheStatement(t *testing.T) {
	statement := "Design a photo app: 50 million daily active users who each upload 2 photos a day."
	model := conversation.Workload{DAU: 50e3, Flows: []conversation.Flow{
		{Name: "upload photo", Kind: conversation.FlowWrite, Count: 2, PerSeconds: 86400, StoredBytes: 500, BlobBytes: 3e6, Source: conversation.Stated},
		{Name: "view photo", Kind: conversation.FlowRead, Count: 80, PerSeconds: 86400, Each: true, Bytes: 200e3, Source: conversation.Assumed},
	}}
	w := workload.Reconcile(statement, model)
	if w.DAU != 50e6 {
		t.Errorf("DAU=%v, want the statement's 50M", w.DAU)
	}
	c := conversation.Estimate(w)
	if want := 50e6 * 2 / 86400; !near(c.WriteQPS, want) {
		t.Errorf("writes=%v/s, want %v/s (2 a day each, not 2 a day in total)", c.WriteQPS, want)
	}
	if want := 50e6 * 80 / 86400; !near(c.ReadQPS, want) {
		t.Errorf("reads=%v/s, want the model's assumed %v/s", c.ReadQPS, want)
	}
	up, ok := w.Flow("upload photo")
	if !ok || up.BlobBytes != 3e6 {
		t.Errorf("upload flow %+v: want the model's sizes carried over", up)
	}
	notes := strings.Join(w.Notes, "\n")
	for _, want := range []string{"daily active users corrected from the statement: 50M, not 50K", "write flows corrected"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
}

// A statement with no figures leaves the model's workload as it was.
func TestReconcileKeepsTheModelWhereTheStatementIsSilent(t *testing.T) {
	model := conversation.PerUser(3e6, 4, 40)
	w := workload.Reconcile("Design a recipe sharing site", model)
	if w.DAU != 3e6 || len(w.Flows) != 2 || len(w.Notes) != 0 {
		t.Errorf("workload=%+v, want the model's unchanged", w)
	}
}

// Busy days named in the statement raise a model's peak, which bunches only within a day.
func TestReconcileBusyDays(t *testing.T) {
	model := conversation.PerUser(3000, 1, 10)
	model.PeakFactor = 2
	w := workload.Reconcile("a market app: 20,000 shoppers visit each weekend", model)
	if w.PeakFactor != 7 {
		t.Errorf("peak factor %v, want 3.5 (the weekend) × the model's 2 = 7", w.PeakFactor)
	}
}
