package workload

// occasionVerbs say that a scheduled occasion happens: "sales run twice a month", "auctions are
// held 4 times a year", "the market takes place every Saturday".
var occasionVerbs = set(`run runs are is held happen happens take takes occur occurs`)

// occasionCadences reads how often occasions happen where the statement says so ("sales run
// twice a month": one every 15 days), by the occasion's noun, and gives that cadence to the
// rushes said of each of them ("in the last hour of each sale"): a rush that comes twice a
// month, not every day, and not one spread through the day. The cadence is not itself a flow.
func (r *reader) occasionCadences() {
	cadence := map[string]float64{}
	for _, m := range r.ms {
		if m.kind != mTimes && m.kind != mEvents || m.per <= 0 || m.value <= 0 || m.value > 31 || m.used || m.noun != "" && m.noun != "event" {
			continue
		}
		toks := r.sents[m.sent]
		k := m.pos - 1
		if w := word(toks, k); w == "place" && (word(toks, k-1) == "take" || word(toks, k-1) == "takes") {
			k-- // "take place"
		} else if w == "held" && (word(toks, k-1) == "are" || word(toks, k-1) == "is") {
			k--
		}
		if !occasionVerbs[word(toks, k)] {
			continue
		}
		noun := word(toks, k-1)
		if noun == "" || stopWords[noun] || singular(noun) == noun || !isWordNoun(noun) {
			continue // "sales run": a plural subject, the occasions themselves
		}
		cadence[singular(noun)] = m.per / m.value
		m.used, m.kind = true, mOther
		r.note("%s: one every %s: stated, how often the rush of each one comes", plural(singular(noun)), days(m.per/m.value))
	}
	if len(cadence) == 0 {
		return
	}
	var last *mention // the latest rush of an occasion: what "that closing hour" points back to
	for _, m := range r.ms {
		if m.kind != mEvents && m.kind != mWindow || m.season > 0 {
			continue
		}
		toks := r.sents[m.sent]
		if last != nil && last.sent == m.sent && m.kind == mWindow && within(toks, m.pos-3, m.pos, "that", "this", "same") {
			m.season = last.season // "… of each sale and 1,500 bidders bid in that closing hour"
			continue
		}
		for k := m.end; k < len(toks) && k <= m.end+6; k++ {
			if every := cadence[singular(word(toks, k+2))]; ofEach(toks, k) && every > 0 {
				m.season, last = every, m
				break
			}
			if w := toks[k]; w == "," || w == ";" || w == "and" {
				break
			}
		}
	}
}
