package workload

import (
	"math"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// namedDays reads days named by what happens on them and counted ("we get about 20 storm days a
// winter", "about 100 market days a year"), and gives what the statement says happens "on storm
// days" that share of a year's days. The count of days is no flow of its own.
func (r *reader) namedDays() {
	for _, m := range r.ms {
		toks := r.sents[m.sent]
		d := m.pos + 2
		for d < m.end && toks[d] != "days" {
			d++
		}
		if m.value < 1 || m.value > 366 || word(toks, d) != "days" {
			continue
		}
		name := word(toks, d-1) // "storm" in "20 storm days"
		if stopWords[name] || isNumberStart(name) {
			continue
		}
		per := m.per
		if k := d + 1; per == 0 && (word(toks, k) == "a" || word(toks, k) == "each" || word(toks, k) == "every" || word(toks, k) == "per") && seasonWords[word(toks, k+1)] {
			per = yearSeconds // "a winter": the season comes once a year
		}
		if per != yearSeconds {
			continue
		}
		share := m.value / 365
		found := false
		for _, x := range r.ms {
			if x != m && (x.kind == mEvery || x.kind == mEvents || x.kind == mTimes) && onDaysAfter(r.sents[x.sent], x.end, name) {
				x.onDays, found = share, true
			}
		}
		if found {
			m.kind, m.used = mOther, true
			r.note("%s days: %s a year: stated, so what happens on them runs %s of the year's days", name, human(m.value), strconv.FormatFloat(math.Round(share*1000)/10, 'f', -1, 64)+"%")
		}
	}
}

// occasionDays reads an occasion a clause counts in days of the year ("during storm surge
// alerts, which happen maybe 10 days a year"): the rate said right before "during" runs on
// those days only, as on named days. The count of days is no flow and no span of its own.
func (r *reader) occasionDays() {
	for si, toks := range r.sents {
		for j := 2; j+2 < len(toks); j++ {
			n, _, _, isNum := number(toks, j-1)
			if toks[j] != "days" || !isNum || n < 1 || n > 366 || !yearLeads[toks[j+1]] || !seasonWords[toks[j+2]] {
				continue
			}
			d := occasionStart(toks, j-1)
			if d < 0 {
				continue
			}
			share, found := n/365, false
			for _, x := range r.ms {
				if x.sent == si && (x.kind == mEvery || x.kind == mEvents || x.kind == mTimes) && x.end <= d && x.end >= d-1 {
					x.onDays, found = share, true
				}
			}
			if !found {
				continue
			}
			for _, x := range r.ms {
				if x.sent == si && x.pos == j-1 {
					x.kind, x.used, x.span = mOther, true, false
				}
			}
			r.note("%s: %s days a year: stated, so what is sent during it runs %s of the year's days", strings.Join(toks[d+1:occasionEnd(toks, d)], " "),
				human(n), strconv.FormatFloat(math.Round(share*1000)/10, 'f', -1, 64)+"%")
		}
	}
}

// yearLeads come between a count of days and the year or season it is counted in: "10 days a
// year", "15 days per year".
var yearLeads = set(`a an per each every`)

// occasionStart finds, before a count of days at toks[k], the "during" that opens the occasion a
// relative clause counts ("during storm surge alerts, which happen maybe 10 days a year"), or -1.
func occasionStart(toks []string, k int) int {
	j := k - 1
	for j >= 0 && j >= k-5 && toks[j] != "which" && toks[j] != "that" {
		if !isWord(toks[j]) {
			return -1
		}
		j--
	}
	if word(toks, j) != "which" && word(toks, j) != "that" {
		return -1
	}
	for d := j - 1; d >= 0 && d >= j-6; d-- {
		switch toks[d] {
		case "during", "throughout":
			return d
		case ";", ".", "and", "but":
			return -1
		}
	}
	return -1
}

// seasonWords name a season of the year: "20 storm days a winter".
var seasonWords = set(`year winter summer spring autumn fall season`)

// onDaysAfter reports "on storm days" within a few words after toks[k].
func onDaysAfter(toks []string, k int, name string) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j] == "on" && word(toks, j+1) == name && word(toks, j+2) == "days" {
			return true
		}
		if toks[j] == ";" || toks[j] == "." {
			return false
		}
	}
	return false
}

// onNamedDays makes a flow said of named days run only on them: at its rate for a day, once
// every so many days.
func onNamedDays(f *conversation.Flow, m *mention) {
	if m.onDays <= 0 || f.Lasts > 0 {
		return
	}
	f.Burst, f.Peak, f.Lasts, f.Recurs = true, true, 86400, 86400/m.onDays
}
