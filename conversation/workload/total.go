package workload

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
