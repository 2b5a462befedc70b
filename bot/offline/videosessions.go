package offline

import (
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// videoSessionRe finds sessions held over video: "join a video session with a notary", "video
// consultations", "adjust devices over a video call".
var videoSessionRe = regexp.MustCompile(`(?i)\bvideo[ -](session|call|consultation|visit|interview|appointment|meeting|hearing|lesson)s?\b`)

// Bitrates of a two-party video session, assumed: what each party sends in, and the composite
// one recording of the session keeps.
const (
	sessionUpBps     = 800e3
	sessionRecordBps = 1e6
)

// videoSessions gives sessions held over video their media where the statement counts them and
// says how long one lasts ("20,000 sessions a month, average 15 minutes"): sessions at once are
// their rate times their length, each party streams in, and a recording the statement asks for
// is kept at a composite bitrate, so storage and the media servers follow from the sessions, not
// from the 1 KB row each one writes. A design whose archetype knows its calls (calls) is given
// the people in calls at once instead.
func videoSessions(w *conversation.Workload, rd workload.Reading, statement string, calls *callMedia, note func(string, ...any)) float64 {
	m := videoSessionRe.FindStringSubmatch(statement)
	if m == nil || w.Concurrent > 0 || slices.ContainsFunc(w.Flows, func(f conversation.Flow) bool { return f.Kind == conversation.FlowStream }) {
		return 0
	}
	kind := strings.ToLower(m[1])
	i := slices.IndexFunc(w.Flows, func(f conversation.Flow) bool {
		return f.Source == conversation.Stated && singularNoun(lastWord(f.Name)) == kind || lastWord(f.Name) == "session"
	})
	span := sessionLength(rd.Spans, kind)
	if i < 0 || span == 0 {
		return 0
	}
	f := w.Flows[i]
	kind = singularNoun(lastWord(f.Name)) // "6,000 fitting sessions a week … over a video call": sessions
	at := w.Rate(f) * span
	H := conversation.Human
	note("%ss at once: %s/s × %s min each = %s on average: stated rate and length", kind, H(w.Rate(f)), H(span/60), H(at))
	parties := 2.0 // a notary and a signer, an audiologist and a patient
	if calls != nil && (kind == "call" || kind == "meeting") {
		parties = max(calls.CallSize, 2)
	}
	if calls != nil {
		w.Concurrent = at * parties
		return parties
	}
	w.Flows = append(w.Flows, conversation.Flow{Name: kind + " video", Kind: conversation.FlowStream, Concurrency: at * parties,
		BitsPerSecond: sessionUpBps, Inbound: true, Source: conversation.Assumed})
	note("%s video: 2 parties a %s, each sending %s (assumed)", kind, kind, conversation.Bitrate(sessionUpBps))
	if !recordingRe.MatchString(statement) {
		return parties
	}
	w.Flows = append(w.Flows, conversation.Flow{Name: kind + " recording", Kind: conversation.FlowStream, Concurrency: at,
		BitsPerSecond: sessionRecordBps, Inbound: true, Recorded: true, Source: conversation.Assumed})
	note("%s recording: every %s recorded as one composite stream of %s (assumed)", kind, kind, conversation.Bitrate(sessionRecordBps))
	return parties
}

// sessionLength is how long one session lasts, in seconds: a span said of the session's noun,
// else one said of nothing ("average 15 minutes"); 0 where none is between a minute and 4 hours.
func sessionLength(spans []workload.Population, kind string) float64 {
	var bare float64
	for _, s := range spans {
		if s.Value < 60 || s.Value > 4*3600 {
			continue
		}
		switch singularNoun(s.Noun) {
		case kind, "session":
			return s.Value
		case "":
			bare = s.Value
		}
	}
	return bare
}
