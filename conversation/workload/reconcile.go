package workload

import (
	"fmt"
	"math"

	"github.com/archbot/archbot/conversation"
)

// Reconcile corrects a workload a model read from a statement against what the statement says.
// Every figure the reader finds stated wins: populations, the flows of each kind the statement
// gives, a stated peak factor and retention. The model's flows stay where the statement is
// silent (the reads of a statement that only gives writes), and its sizes carry over to the
// stated flows of the same kind, since the reader rarely knows sizes. Each correction is noted.
func Reconcile(statement string, model conversation.Workload) conversation.Workload {
	rd := Read(statement)
	w := model.Clone()
	var fixes []string
	fix := func(what string, got, want float64) {
		if want > 0 && !close(got, want) {
			fixes = append(fixes, fmt.Sprintf("%s corrected from the statement: %s, not %s", what, human(want), human(got)))
		}
	}
	fix("daily active users", w.DAU, rd.DAU)
	fix("users", w.Users, rd.Users)
	fix("concurrent users", w.Concurrent, rd.Concurrent)
	if rd.DAU > 0 {
		w.DAU = rd.DAU
	}
	if rd.Users > 0 {
		w.Users = rd.Users
	}
	if rd.Concurrent > 0 {
		w.Concurrent = rd.Concurrent
	}
	if fix := reconcilePeak(&w, rd); fix != "" {
		fixes = append(fixes, fix)
	}
	if rd.RetentionYears > 0 {
		w.RetentionYears = rd.RetentionYears
	}
	for _, kind := range []conversation.FlowKind{conversation.FlowWrite, conversation.FlowRead, conversation.FlowStream} {
		stated := ofKind(rd.Flows, kind)
		if len(stated) == 0 {
			continue
		}
		modelled := ofKind(w.Flows, kind)
		var before, after float64
		for _, f := range modelled {
			before += rateOrBytes(w, f)
		}
		for i := range stated {
			f := &stated[i]
			if len(modelled) > 0 {
				sizes := modelled[0]
				if f.Bytes == 0 {
					f.Bytes = sizes.Bytes
				}
				if f.StoredBytes == 0 && f.BlobBytes == 0 {
					f.StoredBytes, f.BlobBytes = sizes.StoredBytes, sizes.BlobBytes
				}
				if f.FanOut == 0 {
					f.FanOut = sizes.FanOut
				}
			}
		}
		w.Flows = append(without(w.Flows, kind), stated...)
		for _, f := range stated {
			after += rateOrBytes(w, f)
		}
		if !close(before, after) {
			fixes = append(fixes, fmt.Sprintf("%s flows corrected from the statement: %s/s, not %s/s", kind, human(after), human(before)))
		}
	}
	// A model's per-item flow may point at a flow the statement's flows replaced.
	for i := range w.Flows {
		if f := w.Flows[i]; f.ItemsOf != "" {
			if _, ok := w.Flow(f.ItemsOf); !ok {
				w.Flows[i].ItemsOf = ""
				w.Flows[i].PerSeconds = math.Max(f.PerSeconds, 1)
			}
		}
	}
	w.Notes = append(w.Notes, fixes...)
	return w
}

// reconcilePeak takes a peak the statement gives; busy days it names ("each weekend") raise the
// model's bunching within a day (3 where it gave none) by their share of the week.
func reconcilePeak(w *conversation.Workload, rd Reading) string {
	switch {
	case rd.PeakFactor > 0:
		w.PeakFactor = rd.PeakFactor
	case rd.WeekPeak > 0:
		within := w.PeakFactor
		if within <= 0 {
			within = 3
		}
		w.PeakFactor = math.Round(rd.WeekPeak*within*10) / 10
		return fmt.Sprintf("peak factor from the statement's busy days: %s × %s within a day = %s", human(rd.WeekPeak), human(within), human(w.PeakFactor))
	}
	return ""
}

func rateOrBytes(w conversation.Workload, f conversation.Flow) float64 {
	if f.Kind == conversation.FlowStream {
		return f.Concurrency * f.BitsPerSecond / 8
	}
	return w.Rate(f)
}

func ofKind(fs []conversation.Flow, k conversation.FlowKind) []conversation.Flow {
	var out []conversation.Flow
	for _, f := range fs {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

func without(fs []conversation.Flow, k conversation.FlowKind) []conversation.Flow {
	var out []conversation.Flow
	for _, f := range fs {
		if f.Kind != k {
			out = append(out, f)
		}
	}
	return out
}

// close reports whether two figures agree within 10%.
func close(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 0.1*math.Max(math.Abs(a), math.Abs(b))
}
