package workload

// elidedRise reports a count said right after a rate, joined by a comma or a conjunction with no
// word of rising, and followed by the busy time it holds on or the event that brings it: "maybe 150
// orders a day, 600 on the days before holidays", "about 40 bookings an hour but 300 on a sunny
// Saturday", "1,200 a day, 5,000 after a big storm". The busier count is the same flow on its busy
// days, as "rising to 600" would say.
func elidedRise(toks []string, start, k int) bool {
	j := start - 1
	for j >= 0 && approxWords[toks[j]] {
		j--
	}
	switch word(toks, j) {
	case ",", ";", "and", "but", "or", "while":
	default:
		return false
	}
	switch word(toks, k) {
	case "after", "during", "when", "whenever":
		return true // "5,000 after a big storm", "900 during a sale": an event, whatever it is called
	}
	for i := k; i < occasionEnd(toks, k); i++ {
		if busyTimeWords[toks[i]] || busyDays[toks[i]] {
			return true
		}
	}
	return false
}

// busyTimeWords name a day or a time that may run busier than the rest: the rate said for it is
// that day's.
var busyTimeWords = set(`day days night nights eve eves week weeks morning mornings evening evenings weekend weekends
holiday holidays christmas easter thanksgiving valentine's valentines launch sale sales peak busiest busy rush season`)
