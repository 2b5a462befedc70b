package workload

import "strings"

// hertzUnits are the frequencies a sample or report rate is said in, in times a second: "telemetry
// at 10Hz", "vibration sampled at 1 kHz".
var hertzUnits = map[string]float64{"hz": 1, "hertz": 1, "khz": 1e3, "kilohertz": 1e3, "mhz": 1e6, "megahertz": 1e6}

// hertz reads the frequency said at toks[start:] with the unit after: how many times a second
// each sender reports, or 0 when it is no rate. A megahertz figure is a radio band ("broadcasting
// at 98.5 MHz") unless a sample is named near it: no sensor reports a million times a second
// otherwise.
func hertz(toks []string, start int, after string, v float64) float64 {
	f := hertzUnits[after]
	if f == 0 || v <= 0 {
		return 0
	}
	if f >= 1e6 && !sampledNear(toks, start) {
		return 0
	}
	return v * f
}

// sampledNear reports a word for sampling within a few words before toks[start].
func sampledNear(toks []string, start int) bool {
	for k := max(start-4, 0); k < start; k++ {
		switch toks[k] {
		case "sampled", "sampling", "sample", "samples", "digitised", "digitized", "acquired":
			return true
		}
	}
	return false
}

// purposeName names a flow sent on a clock by what its rate is said for, when the clause splits
// one sender's rates by purpose ("sampled at 1 kHz for vibration and 1 Hz for everything else"):
// "vibration sample", "other sample". It reports whether toks[end:] says such a purpose.
func purposeName(name string, toks []string, end int) (string, bool) {
	if word(toks, end) != "for" {
		return name, false
	}
	what := word(toks, end+1)
	switch {
	case what == "everything" || what == "all" || what == "anything" || what == "other" || what == "others" ||
		what == "the" && word(toks, end+2) == "rest" || what == "rest":
		what = "other"
	case what == "" || isNumberStart(what) || timeUnits[what] > 0 || what == "each" || what == "every" || what == "a" || what == "an" || what == "the":
		return name, false
	}
	base := orWord(name, "sample")
	if strings.HasPrefix(base, what+" ") {
		return base, true
	}
	return what + " " + lastWord(base), true
}

// splitRates reports another rate said in m's sentence for the same sender a: one sender's
// rates split by purpose, so each is a flow of its own, not one rate said twice.
func (r *reader) splitRates(m, a *mention) bool {
	for _, x := range r.ms {
		if x != m && x.kind == mEvery && x.sent == m.sent && x.value != m.value && r.actorFor(x) == a {
			return true
		}
	}
	return false
}
