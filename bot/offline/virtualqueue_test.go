package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

// A ride's virtual queue is an ordered list per ride paced by its throughput, with return windows
// and a push when one opens; a karaoke room's song queue is the same list paced by songs an hour,
// with a screen of the next singers. Neither has drivers, fares, downloads or royalties.
func TestVirtualQueueDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		prompt, kind string
		mentions     []string
	}{
		{
			prompt:   "Virtual ride queue for a state fair: 30 rides, up to 90k visitors on a peak Saturday, each visitor joins about 5 ride queues over the day, and the busiest hour sees a quarter of the day's joins. Each ride loads 24 riders every 4 minutes. Phones get a push notification when their return window opens.",
			kind:     "a virtual queue system",
			mentions: []string{"sorted set", "return window", "360 an hour", "Queue entry", "expire", "closes to new joins"},
		},
		{
			prompt:   "A theme park wants guests to line up virtually: 40 attractions, 60,000 guests a day, each guest holds up to 3 virtual queue spots, and the app notifies them when it's time to come back.",
			kind:     "a virtual queue system",
			mentions: []string{"sorted set", "return window"},
		},
		{
			prompt:   "Museum virtual line for a blockbuster exhibit: 8,000 visitors a day join the queue from their phones, 50 people enter every 10 minutes, and visitors get a text when their return time comes up.",
			kind:     "a virtual queue system",
			mentions: []string{"sorted set", "return window"},
		},
		{
			prompt:   "Build a song-queue app for a karaoke bar chain: 60 bars, each with 8 private rooms plus a main stage. On Friday nights about 4,000 guests across the chain queue songs from their phones, each room gets through roughly 15 songs an hour, lyrics come from a licensed catalog of 250k tracks, and the stage screen must show the next 10 singers updated within a second.",
			kind:     "a song queue system",
			mentions: []string{"sorted set", "next 10", "songs an hour", "WebSocket", "licensed catalog"},
		},
		{
			prompt:   "Karaoke night app: guests at 200 bars add songs to their room's queue from their phone, the TV shows who sings next, and the host can reorder or skip singers.",
			kind:     "a song queue system",
			mentions: []string{"sorted set", "next 10"},
		},
	} {
		t.Run(tc.prompt, func(t *testing.T) {
			d := design(t, tc.prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(firstLines(ov.Markdown, 3), tc.kind) {
				t.Errorf("not %s:\n%s", tc.kind, firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d), tc.mentions, []string{"surge", "driver", "fare", "offline download", "royalt", "playlist", "GPS"})
			checkComponents(t, d)
		})
	}
}

// Drone photos of a bridge are evidence: kept with their EXIF, pre-flagged by a model, annotated
// into defects and signed reports kept for the asset's life, not shared, stripped or moderated.
func TestDroneInspectionDesigns(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"A platform for drone inspection of bridges for a state DOT: 6,800 bridges, each inspected every 2 years. One drone inspection produces about 2,500 photos at 20 MB each, inspectors annotate cracks and corrosion on the images, an ML model pre-flags likely defects, and reports must be kept for the life of the bridge.",
		"Drone-based inspection of wind turbines: 2,000 turbines inspected yearly, each inspection yields 800 images of 30 MB, engineers mark cracks and erosion on the blades, a model flags likely damage first, and records are kept for 25 years.",
		"A utility inspects 40,000 transmission towers with drones every 3 years; each flight captures 400 photos, an ML model flags corrosion and inspectors confirm defects before a report is signed.",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(firstLines(ov.Markdown, 3), "drone inspection and defect reporting platform") {
				t.Errorf("not an inspection design:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d), []string{"EXIF", "pre-flag", "Annotation", "Defect", "object lock", "Glacier"},
				[]string{"strips EXIF", "strip EXIF", "followers", "abuse", "feed"})
			checkComponents(t, d)
		})
	}
}

// A song queue keeps places, not files: the catalog's tracks are named, never uploaded, so no
// join carries media (it was sized at 5 MB a join, 1.3 TB a month).
func TestSongQueueStoresNoMedia(t *testing.T) {
	t.Parallel()
	d := design(t, "Build a song-queue app for a karaoke bar chain: 60 bars, each with 8 private rooms plus a main stage. On Friday nights about 4,000 guests queue songs from their phones, each room gets through roughly 15 songs an hour, and lyrics come from a licensed catalog of 250k tracks.")
	if doc := d.Markdown(); strings.Contains(doc, "of media per") || d.Capacity.StorageBytesPerMonth > 10e9 {
		t.Errorf("the song queue stores media: %s a month", conversation.Bytes(d.Capacity.StorageBytesPerMonth))
	}
}
