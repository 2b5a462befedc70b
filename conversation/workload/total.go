package workload

import (
	"fmt"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A count can be said as the whole system's, beside figures said for each one of a group:
// "9 million transactions from our ledger", "traffic totalling 400,000 requests per second".
// What the whole is said to carry is the load; what each one does is a share of it.

// wholePrepositions attach a count to the whole it is counted in: "from our ledger", "across
// the network", "on our platform".
var wholePrepositions = set(`from across through in on`)

// ofOurWhole reports a count followed by the one whole it belongs to, at toks[k]: "9 million
// transactions from our ledger", "2M orders a day across the platform". Not a stretch of time
// ("in the first minute", "on the busiest day").
func ofOurWhole(toks []string, k int) bool {
	if !wholePrepositions[word(toks, k)] {
		return false
	}
	switch word(toks, k+1) {
	case "our", "the", "its", "their":
	default:
		return false
	}
	for j := k + 2; j < k+5 && j < len(toks); j++ {
		w := toks[j]
		if timeUnits[w] > 0 || partsOfDay[w] || calendarPeriods[w] > 0 || rankWords[w] || periodAdjectives[w] || w == "busiest" || w == "next" {
			return false
		}
	}
	return isWord(word(toks, k+2))
}

// wholeNouns name the whole a count is said across: "across the group", "across all our sites".
var wholeNouns = set(`group chain network company fleet city country state region organisation organization federation system business estate sites branches stores airports clinics schools depots`)

// acrossTheWhole reports a rate said of the whole right after it at toks[k]: "8 reports a week
// across the group", "in total", "altogether", "combined" — the sum, never each one's.
func acrossTheWhole(toks []string, k int) bool {
	switch w := word(toks, k); {
	case w == "altogether" || w == "combined" || w == "in" && word(toks, k+1) == "total":
		return true
	case w != "across":
		return false
	}
	for j := k + 1; j < k+4 && j < len(toks); j++ {
		if wholeNouns[toks[j]] {
			return true
		}
	}
	return false
}

// eachSaid reports "each" or "every" said of the subject in the clause before toks[pos]
// ("reps who each log …", "every store gets …", "each of the 12 warehouses …"), not a period
// ("each night", "every day").
func eachSaid(toks []string, pos int) bool {
	for j := pos - 1; j >= 0 && j >= pos-8; j-- {
		w, n := toks[j], word(toks, j+1)
		if w == "," || w == ";" {
			return false
		}
		if (w == "each" || w == "every" || w == "apiece") && timeUnits[n] == 0 && !partsOfDay[n] && calendarPeriods[n] == 0 {
			return true
		}
	}
	return false
}

// totalWords say a count is everyone's together: "totalling 400,000 requests per second",
// "1.5 million samples a second combined", "overall the service handles …".
var totalWords = set(`total totals totalling totaling totalled totaled overall combined altogether aggregate`)

// saidTotal reports a count said as the sum of everyone's, in its own clause: a total word in
// the few words before it or right after its rate.
func saidTotal(toks []string, m *mention) bool {
	for j := m.pos - 1; j >= 0 && j >= m.pos-5; j-- {
		if w := toks[j]; w == "," || w == ";" || w == "." {
			break
		} else if totalWords[w] {
			return true
		}
	}
	for j := m.end; j < len(toks) && j < m.end+3; j++ {
		if w := toks[j]; w == "," || w == ";" || w == "." {
			break
		} else if totalWords[w] || w == "all" && word(toks, j-1) == "in" {
			return true
		}
	}
	return false
}

// totalWins keeps a stated total as the load of its noun and drops the flows that count the
// same thing for each one of a group: "2,000 accounts each sending 150 requests a second,
// 400,000 requests a second in total" is 400,000 a second, not both added up.
func (r *reader) totalWins() {
	for _, t := range r.ms {
		if !t.used || t.each || t.kind != mEvents && t.kind != mTimes || t.noun == "" || !saidTotal(r.sents[t.sent], t) {
			continue
		}
		i := slices.IndexFunc(r.out.Flows, func(f conversation.Flow) bool { return !f.Each && f.From == t.quote })
		if i < 0 {
			continue
		}
		total := r.out.Flows[i]
		r.out.Flows = slices.DeleteFunc(r.out.Flows, func(f conversation.Flow) bool {
			if !f.Each || f.Source != conversation.Stated || flowNoun(f.Name) != flowNoun(total.Name) {
				return false
			}
			said := fmt.Sprintf("%s: stated (%s)", f.Name, describe(f))
			r.out.Notes = slices.DeleteFunc(r.out.Notes, func(n string) bool { return n == said })
			r.note("%s: %s stated, each one's share; the stated total (%s) is the load, so the share is not added to it",
				f.Name, describe(f), t.quote)
			return true
		})
	}
}

// flowNoun is what a flow counts, by its name's last word: "send message" and "message",
// "location update 2" and "location update" count the same thing.
func flowNoun(name string) string {
	ws := strings.Fields(name)
	if len(ws) > 1 && isNumberStart(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return ""
	}
	return singular(ws[len(ws)-1])
}

// reachVerbs say what a count amounts to, after the noun it counts: "sales total about 5,000 a
// day", "bookings reach 900 an hour", "orders average 2,000 a day".
var reachVerbs = set(`total totals totalled totaled reach reaches hit hits average averages number numbers`)

// totalledBefore is the noun phrase (at most two words) that a count said with no noun after it
// amounts to: "pass sales" in "online pass sales total about 5,000 a day"; nil where none.
func totalledBefore(toks []string, start int) []string {
	j := start - 1
	for approximators[word(toks, j)] {
		j--
	}
	if !reachVerbs[word(toks, j)] {
		return nil
	}
	var words []string
	for k := j - 1; k >= 0 && k >= j-2 && isWordNoun(toks[k]) && !stopWords[toks[k]]; k-- {
		words = append([]string{toks[k]}, words...)
	}
	return words
}

// approximators hedge a count: "about 5,000".
var approximators = set(`about around roughly approximately some nearly almost over under up to`)
