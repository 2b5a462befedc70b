package eval

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// NumbersCase is one statement of the numbers suite and the capacity figures it implies.
type NumbersCase struct {
	ID        string             `json:"id"`
	Statement string             `json:"statement"`
	Expect    map[string]float64 `json:"expect"`
}

// figure says which capacity values may answer an expected field and how far off they may be.
type figure struct {
	values func(c conversation.Capacity) []basisValue
	lo, hi float64
}

type basisValue struct {
	basis string
	v     float64
}

// figures are the fields a numbers case may expect. A rate may match the average or the peak,
// since a statement's "50K TPS" may be either; storage allows up to 6x for replication.
var figures = map[string]figure{
	"read_qps": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"average", c.ReadQPS}, {"peak", c.PeakReadQPS}}
	}},
	"write_qps": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"average", c.WriteQPS}, {"peak", c.PeakWriteQPS}}
	}},
	// A stated busy day or hour ("1,500 reports a day rising to 10,000 after a storm") moves only
	// the peak: the average alone would pass either way.
	"peak_read_qps": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"peak", c.PeakReadQPS}}
	}},
	"peak_write_qps": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"peak", c.PeakWriteQPS}}
	}},
	// A rate stated while something runs (a race's 4 hours once a year, a fleet's 10-hour
	// shift) moves only the average: the peak alone would pass either way.
	"average_read_qps": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"average", c.ReadQPS}}
	}},
	"average_write_qps": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"average", c.WriteQPS}}
	}},
	"any_qps": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"read", c.ReadQPS}, {"write", c.WriteQPS}, {"peak read", c.PeakReadQPS}, {"peak write", c.PeakWriteQPS}}
	}},
	"storage_bytes_per_month": {lo: 0.5, hi: 6, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"month", c.StorageBytesPerMonth}}
	}},
	// What is kept over the retention: a stated retention ("deleted after 24h") moves it, not
	// the month's new storage.
	"storage_bytes_kept": {lo: 0.5, hi: 6, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"kept", c.StorageBytesKept}}
	}},
	// Partitions are sized on what lands in a database: GPS updates held in a geo index and
	// archived to object storage partition none.
	"db_shards": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"partitions", float64(c.DBShards)}}
	}},
	// Capacity has no peak ingress or egress; the average answers.
	"ingress_bytes_per_sec": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"average", c.IngressBytesPerSec}}
	}},
	"egress_bytes_per_sec": {lo: 0.5, hi: 2, values: func(c conversation.Capacity) []basisValue {
		return []basisValue{{"average", c.EgressBytesPerSec}}
	}},
}

// LoadNumbersCases reads JSONL numbers cases; an expected field outside the known ones is an
// error, so a typo cannot pass unnoticed.
func LoadNumbersCases(r io.Reader) ([]NumbersCase, error) {
	return loadJSONL(r, "numbers case", func(line int, c NumbersCase) error {
		if c.ID == "" || strings.TrimSpace(c.Statement) == "" || len(c.Expect) == 0 {
			return fmt.Errorf("numbers case on line %d: id, statement and expect are required", line)
		}
		for field, v := range c.Expect {
			if _, ok := figures[field]; !ok {
				return fmt.Errorf("numbers case %s: unknown field %q", c.ID, field)
			}
			if v <= 0 {
				return fmt.Errorf("numbers case %s: %s must be positive", c.ID, field)
			}
		}
		return nil
	})
}

// FigureResult compares one expected figure with the design's capacity. Got is the value that
// matched, or the closest one when none did; Basis names which it is ("average", "peak").
type FigureResult struct {
	Field string  `json:"field"`
	Want  float64 `json:"want"`
	Got   float64 `json:"got"`
	Basis string  `json:"basis"`
	Ok    bool    `json:"ok"`
}

// NumbersResult is one numbers case: it passes when every expected figure does.
type NumbersResult struct {
	ID      string         `json:"id"`
	Figures []FigureResult `json:"figures"`
	Pass    bool           `json:"pass"`
	Error   string         `json:"error,omitempty"`
}

// ScoreNumbers compares a design's capacity with what c expects.
func ScoreNumbers(c NumbersCase, capa conversation.Capacity) NumbersResult {
	res := NumbersResult{ID: c.ID, Pass: true}
	fields := make([]string, 0, len(c.Expect))
	for f := range c.Expect {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		fr := scoreFigure(f, c.Expect[f], capa)
		res.Pass = res.Pass && fr.Ok
		res.Figures = append(res.Figures, fr)
	}
	return res
}

func scoreFigure(field string, want float64, capa conversation.Capacity) FigureResult {
	fig, known := figures[field]
	fr := FigureResult{Field: field, Want: want}
	if !known {
		fr.Basis = "unknown field"
		return fr
	}
	best := math.Inf(1)
	for _, bv := range fig.values(capa) {
		if bv.v <= 0 {
			continue
		}
		ratio := bv.v / want
		if ratio >= fig.lo-epsilon && ratio <= fig.hi+epsilon {
			fr.Got, fr.Basis, fr.Ok = bv.v, bv.basis, true
			return fr
		}
		if off := math.Abs(math.Log(ratio)); off < best {
			best, fr.Got, fr.Basis = off, bv.v, bv.basis
		}
	}
	return fr
}

// NumbersReport is the outcome of the numbers suite. Score is the share of cases passing.
type NumbersReport struct {
	Provider string          `json:"provider,omitempty"`
	Cases    []NumbersResult `json:"cases"`
	Passed   int             `json:"passed"`
	Score    float64         `json:"score"`
	MinScore float64         `json:"min_score"`
	Pass     bool            `json:"pass"`
	Failures []string        `json:"failures,omitempty"`
}

// NewNumbersReport totals results and checks the score against minScore.
func NewNumbersReport(provider string, results []NumbersResult, minScore float64) NumbersReport {
	r := NumbersReport{Provider: provider, Cases: results, MinScore: minScore}
	for _, c := range results {
		if c.Pass {
			r.Passed++
		}
	}
	if len(results) > 0 {
		r.Score = float64(r.Passed) / float64(len(results))
	} else {
		r.Failures = append(r.Failures, "no numbers cases")
	}
	if r.Score < minScore-epsilon {
		r.Failures = append(r.Failures, fmt.Sprintf("numbers score %.3f below %.2f", r.Score, minScore))
	}
	r.Pass = len(r.Failures) == 0
	return r
}

// Text writes one row per case with each figure's got and want, then the score.
func (r NumbersReport) Text(w io.Writer) error {
	ew := &errWriter{w: w}
	rows := make([]string, 0, len(r.Cases))
	for _, c := range r.Cases {
		mark := "pass"
		if !c.Pass {
			mark = "FAIL"
		}
		rows = append(rows, c.ID+"\t"+mark+"\t"+c.figures())
	}
	table(ew, "numbers case\tresult\tfigures (got / want)", rows)
	fmt.Fprintf(ew, "\nnumbers score %.3f: %d of %d cases (floor %.2f)\n%s\n", r.Score, r.Passed, len(r.Cases), r.MinScore, verdict(r.Pass))
	for _, f := range r.Failures {
		fmt.Fprintf(ew, "  - %s\n", f)
	}
	if ew.err != nil {
		return fmt.Errorf("write numbers report: %w", ew.err)
	}
	return nil
}

// figures lists each figure's got and want, or the case's error.
func (c NumbersResult) figures() string {
	if c.Error != "" {
		return "error: " + c.Error
	}
	var figs []string
	for _, f := range c.Figures {
		ok := "ok"
		if !f.Ok {
			ok = "OFF"
		}
		figs = append(figs, fmt.Sprintf("%s %s / %s (%s) %s", f.Field, conversation.Human(f.Got), conversation.Human(f.Want), f.Basis, ok))
	}
	return strings.Join(figs, "; ")
}

// JSON writes the report as indented JSON.
func (r NumbersReport) JSON(w io.Writer) error { return writeJSON(w, r) }
