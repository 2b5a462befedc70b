package offline

// A word said in passing names something the system uses, not the system: "post alerts to our
// Slack channel" is a rota's notification channel, not a Slack clone; "attach a photo of the
// damage" is a repair report's attachment, not a photo sharing app; "a podcast of the sermon" is a
// church's recording, not a podcast host; "log runs from their Strava account" is a club's data
// source, not a fitness tracker. A capability that names a kind of system (an archetype) and
// whose every word lies in such a role is not the system asked for, and a word in passing is no
// context for one either. Parts (media storage for the photo, notifications for the alert) still
// count from the same words: the system still keeps the photo and sends the alert.
//
// The word lists are patterns in knowledge/capabilities.yaml: passing_prepositions open a
// channel or source ("to", "via", "from"), passing_heads close one ("channel", "account",
// "tablet"), passing_media are the forms a record is captured in ("photo", "podcast"),
// attach_verbs add one to something else, notice_nouns are what a product name may carry ("a
// WhatsApp message"). A product's own names close a channel as a head does.

// passingWords holds the word lists that find words in passing.
type passingWords struct {
	preps, dets, heads, products, media, attach, notices map[string]bool
}

// passing holds the lists; init fills it from the same decoded detection data as the
// capabilities.
var passing passingWords

// passingDeterminers may stand between a preposition and its channel ("to our Slack channel").
var passingDeterminers = []string{"a", "an", "the", "our", "their", "its", "your", "my", "his", "her", "each", "every"}

// clauseEnders end an attachment's clause ("attach a photo of the damage and …").
var clauseEnders = map[string]bool{"and": true, "then": true, "while": true, "when": true, "so": true, "where": true, "which": true, "but": true, "or": true}

// passingWordsOf reads the lists from decoded detection data; single-word product names join the
// heads.
func passingWordsOf(f *detectionFile) (passingWords, error) {
	var p passingWords
	var err error
	for name, dst := range map[string]*map[string]bool{"passing_prepositions": &p.preps, "passing_heads": &p.heads,
		"passing_media": &p.media, "attach_verbs": &p.attach, "notice_nouns": &p.notices} {
		if *dst, err = f.patternSet(name); err != nil {
			return passingWords{}, err
		}
	}
	p.dets = map[string]bool{}
	for _, d := range passingDeterminers {
		p.dets[d] = true
	}
	p.products = map[string]bool{}
	for _, pr := range f.Products {
		for _, n := range pr.Names {
			if words := tokenize(n).words; len(words) == 1 && n == words[0] {
				p.heads[n] = true
				p.products[n] = true
			}
		}
	}
	return p, nil
}

// spans returns the word spans of a statement said in passing.
func (p passingWords) spans(t text) [][2]int {
	var out [][2]int
	n := len(t.words)
	for i, w := range t.words {
		switch {
		// "to our Slack channel", "from their Strava account", "on a tablet": a preposition,
		// at most three words without a break, and a channel's head.
		case p.preps[w]:
			for j := i + 1; j < n && j <= i+4; j++ {
				if t.breakBefore(j) {
					break
				}
				if p.heads[t.words[j]] {
					// "a phone app", "our Slack channel": heads in a row are one channel.
					for j+1 < n && p.heads[t.words[j+1]] && !t.breakBefore(j+1) {
						j++
					}
					out = append(out, [2]int{i + 1, j + 1})
					break
				}
			}
		// "a WhatsApp message", "a Slack alert": a product's name carrying a notice.
		case p.products[w] && i+1 < n && p.notices[t.words[i+1]] && !t.breakBefore(i+1) && !(i+2 < n && subjects.nouns[t.words[i+2]]):
			// "a WhatsApp reminder bot" is the system itself.
			out = append(out, [2]int{i, i + 2})
		// "a podcast of the sermon", "a photo of the damage": a record captured in a medium.
		case p.media[w] && i > 0 && (t.words[i-1] == "a" || t.words[i-1] == "an") && i+1 < n && t.words[i+1] == "of":
			out = append(out, [2]int{i, i + 1})
		// "attach a photo of the damage", "upload a photo to print on the cake": one thing added
		// to another, up to the end of its clause.
		case p.attach[w] && i+2 < n && (t.words[i+1] == "a" || t.words[i+1] == "an") && p.media[t.words[i+2]]:
			j := i + 1
			for j < n && !t.breakBefore(j) && !clauseEnders[t.words[j]] {
				j++
			}
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// inSpans reports whether every span lies inside one of within.
func inSpans(spans, within [][2]int) bool {
	if len(spans) == 0 || len(within) == 0 {
		return false
	}
	for _, sp := range spans {
		inside := false
		for _, w := range within {
			if w[0] <= sp[0] && sp[1] <= w[1] {
				inside = true
				break
			}
		}
		if !inside {
			return false
		}
	}
	return true
}

// passingBytes is spans as byte ranges of s: a name found inside one ("open their locker with
// the gym app", "paged by a phone app") names what the system is reached through, not the system.
func passingBytes(s string) [][2]int {
	t := tokenize(s)
	var out [][2]int
	for _, sp := range passing.spans(t) {
		out = append(out, [2]int{t.spans[sp[0]][0], t.spans[sp[1]-1][1]})
	}
	return out
}
