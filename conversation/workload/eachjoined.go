package workload

// eachJoined reports a figure at toks[start] in the second half of an "each" clause joined by
// "and": "9,000 elevators, each emitting an event every 30 seconds and a diagnostic dump of 2 MB
// once a day". The "each" is said of both: the dump is every elevator's, not one a day in all.
func eachJoined(toks []string, start int) bool {
	and := -1
	for j := start - 1; j >= 0 && j >= start-16; j-- {
		switch w := toks[j]; {
		case w == ";" || w == "." || w == ",":
			return false
		case w == "and" && and < 0:
			and = j
		case w == "each" && and > 0:
			return word(toks, j-1) == ","
		}
	}
	return false
}
