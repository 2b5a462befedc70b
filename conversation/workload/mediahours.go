package workload

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// mediaHoursRe finds load stated in hours of media: "5,000 hours of uploaded lecture recordings a
// week", "200 hours of video per day". The figure counts hours of media, not how long anything
// lasts.
var mediaHoursRe = regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|million|m)?\s+hours?\s+of\s+((?:[a-z-]+\s+){0,3}?(video|videos|audio|recordings?|footage|lectures?|podcasts?|calls?|meetings?|music|streams?))\b([^.;]{0,40}?)\b(?:a|per|each|every)\s+(day|week|month|year)\b`)

// mediaBitrate is what an hour of each kind of media weighs: video at 2.5 Mbps, sound at 128 kbps.
var mediaBitrate = map[string]float64{"video": 2.5e6, "videos": 2.5e6, "footage": 2.5e6, "lecture": 2.5e6, "lectures": 2.5e6,
	"recording": 2.5e6, "recordings": 2.5e6, "meeting": 2.5e6, "meetings": 2.5e6, "stream": 2.5e6, "streams": 2.5e6,
	"audio": 128e3, "podcast": 128e3, "podcasts": 128e3, "call": 128e3, "calls": 128e3, "music": 128e3}

var periodSeconds = map[string]float64{"day": 86400, "week": 7 * 86400, "month": 30 * 86400, "year": 365 * 86400}

// readMediaHours takes "N hours of <media> a <period>" out of the statement as a flow of uploaded
// hours, each an hour of media in object storage, and returns the statement without it so its
// hours are not read again as how long something lasts.
func readMediaHours(statement string) (string, []conversation.Flow, []string) {
	var flows []conversation.Flow
	var notes []string
	out := mediaHoursRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := mediaHoursRe.FindStringSubmatch(m)
		n, err := strconv.ParseFloat(strings.ReplaceAll(sub[1], ",", ""), 64)
		if err != nil || n <= 0 {
			return m
		}
		switch strings.ToLower(sub[2]) {
		case "k", "thousand":
			n *= 1e3
		case "m", "million":
			n *= 1e6
		}
		kind := strings.ToLower(sub[4])
		bytes := mediaBitrate[kind] / 8 * 3600
		name := "hour of " + singular(strings.ToLower(strings.TrimSpace(strings.Fields(sub[3])[len(strings.Fields(sub[3]))-1])))
		flows = append(flows, conversation.Flow{Name: name, Kind: conversation.FlowWrite, Count: n, PerSeconds: periodSeconds[strings.ToLower(sub[6])],
			StoredBytes: 1000, BlobBytes: bytes, Source: conversation.Stated, From: m})
		notes = append(notes, fmt.Sprintf("%s: stated (%s a %s); %s each at %s (assumed)", name, human(n), strings.ToLower(sub[6]),
			conversation.Bytes(bytes), bitrateWords(mediaBitrate[kind])))
		return strings.Repeat(" ", len(m))
	})
	return out, flows, notes
}

func bitrateWords(bps float64) string {
	if bps >= 1e6 {
		return fmt.Sprintf("%g Mbps", bps/1e6)
	}
	return fmt.Sprintf("%g kbps", bps/1e3)
}
