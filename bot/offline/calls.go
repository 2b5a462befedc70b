package offline

import (
	"regexp"

	"github.com/archbot/archbot/conversation"
)

// callMedia is the media plane of live calls, as an archetype's knowledge states it.
type callMedia struct {
	UpKbps   float64 `yaml:"up_kbps"`   // what one person sends: the top simulcast layer and audio
	DownKbps float64 `yaml:"down_kbps"` // what one person receives: the speaker and a few thumbnails
	// MinutesPerDay is how long a day's user spends in calls, used when the statement gives no
	// people online at once.
	MinutesPerDay float64 `yaml:"minutes_per_day"`
	// RecordKbps is one recorded call's composite stream; RecordedShare the share of calls
	// recorded when the statement asks for recording; CallSize the people in a call on average.
	RecordKbps    float64 `yaml:"record_kbps"`
	RecordedShare float64 `yaml:"recorded_share"`
	CallSize      float64 `yaml:"call_size"`
}

var recordingRe = regexp.MustCompile(`(?i)\brecord(?:ing|ings|ed|s)?\b`)

// allRecordedRe finds a statement that has every call or session recorded and kept, not
// recording as an option: "the state requires keeping the full audio-video recording", "every
// consultation is recorded", "recordings must be retained for 7 years".
var allRecordedRe = regexp.MustCompile(`(?i)\b(?:all|every|each|full|entire|complete)\s+(?:[\w-]+\s+){0,3}record(?:ing|ings|ed)\b|` +
	`\b(?:keep|keeping|retain|retaining|store|storing|archive|archiving)\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,2}recordings?\b|` +
	`\brecordings?\s+(?:[\w-]+\s+){0,3}(?:kept|retained|stored|archived)\b|\b(?:is|are|gets|get)\s+recorded\b`)

// add puts the calls' media into the workload as streams: what every person online sends in and
// receives, and the recordings kept when the statement asks for them. These, not the join
// requests, size the media servers and the bandwidth bill.
func (m *callMedia) add(w *conversation.Workload, statement string, note func(string, ...any)) {
	H := conversation.Human
	online := w.Concurrent
	switch {
	case online > 0:
	case w.DAU > 0 && m.MinutesPerDay > 0:
		online = w.DAU * m.MinutesPerDay / 1440
		note("people in calls at once: %s DAU × %s min a day ÷ 1,440 = %s on average (assumed)", H(w.DAU), H(m.MinutesPerDay), H(online))
	default:
		return
	}
	w.Flows = append(w.Flows,
		conversation.Flow{Name: "media sent", Kind: conversation.FlowStream, Concurrency: online, BitsPerSecond: m.UpKbps * 1000,
			Inbound: true, Source: conversation.Assumed},
		conversation.Flow{Name: "media received", Kind: conversation.FlowStream, Concurrency: online, BitsPerSecond: m.DownKbps * 1000,
			Source: conversation.Assumed})
	note("media sent: %s per person in a call, the top simulcast layer and audio (assumed)", conversation.Bitrate(m.UpKbps*1000))
	note("media received: %s per person, the active speaker and a few thumbnails (assumed)", conversation.Bitrate(m.DownKbps*1000))
	if !recordingRe.MatchString(statement) || m.CallSize <= 0 {
		return
	}
	share, how := m.RecordedShare, "assumed"
	if allRecordedRe.MatchString(statement) {
		share, how = 1, "every one kept, as stated"
	}
	recorded := online / m.CallSize * share
	w.Flows = append(w.Flows, conversation.Flow{Name: "call recording", Kind: conversation.FlowStream, Concurrency: recorded,
		BitsPerSecond: m.RecordKbps * 1000, Inbound: true, Recorded: true, Source: conversation.Assumed})
	note("call recording: %s people online ÷ %s a call × %s of calls recorded (%s) = %s recordings at once, %s each (assumed)",
		H(online), H(m.CallSize), H(share), how, H(recorded), conversation.Bitrate(m.RecordKbps*1000))
}
