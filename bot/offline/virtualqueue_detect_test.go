package offline

import "testing"

// A ride's queue joined from a phone is a virtual queue, though "ride" and "riders" are ride
// hailing's words; a karaoke room's song queue is one too, though "songs" and "tracks" are
// streaming's. A bridge inspected by drone is an inspection platform, though its photos are what
// photo sharing and an imagery archive hold. The near misses keep their designs.
func TestVirtualQueueAndInspectionDetect(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"Virtual ride queue for a state fair: 30 rides, up to 90k visitors on a peak Saturday, each visitor joins about 5 ride queues over the day, and the busiest hour sees a quarter of the day's joins. Each ride loads 24 riders every 4 minutes. Phones get a push notification when their return window opens.",
			[]string{"virtualqueue"}, []string{"ride", "geo", "payments", "tracking"}},
		{"A theme park wants guests to line up virtually: 40 attractions, 60,000 guests a day, each guest holds up to 3 virtual queue spots, and the app notifies them when it's time to come back. Each coaster dispatches a 20-seat train every 90 seconds.",
			[]string{"virtualqueue"}, []string{"ride", "dispatch"}},
		{"Design a virtual queue for DMV offices: 120 offices, customers join from their phone and get notified when a counter is ready for them.",
			[]string{"virtualqueue"}, []string{"generic"}},
		{"Build a song-queue app for a karaoke bar chain: 60 bars, each with 8 private rooms plus a main stage. On Friday nights about 4,000 guests across the chain queue songs from their phones, each room gets through roughly 15 songs an hour, lyrics come from a licensed catalog of 250k tracks, and the stage screen must show the next 10 singers updated within a second.",
			[]string{"virtualqueue"}, []string{"music", "media"}},
		{"Karaoke night app: guests at 200 bars add songs to their room's queue from their phone, the TV shows who sings next, and the host can reorder or skip singers.",
			[]string{"virtualqueue"}, []string{"music"}},
		{"A karaoke venue with 30 rooms wants a singer rotation system: guests pick tracks from a licensed catalog of 100k songs on their phones and the screen shows the upcoming singers live.",
			[]string{"virtualqueue"}, []string{"music"}},
		{"A platform for drone inspection of bridges for a state DOT: 6,800 bridges, each inspected every 2 years. One drone inspection produces about 2,500 photos at 20 MB each, inspectors annotate cracks and corrosion on the images, an ML model pre-flags likely defects, and reports must be kept for the life of the bridge.",
			[]string{"inspection"}, []string{"photo", "moderation", "imagery"}},
		{"Drone-based inspection of wind turbines: 2,000 turbines inspected yearly, each inspection yields 800 images of 30 MB, engineers mark cracks and erosion on the blades, a model flags likely damage first, and records are kept for 25 years.",
			[]string{"inspection"}, []string{"photo"}},
		{"A utility inspects 40,000 transmission towers with drones every 3 years; each flight captures 400 photos, an ML model flags corrosion and inspectors confirm defects before a report is signed.",
			[]string{"inspection"}, []string{"photo", "telematics"}},
		// Near misses keep their designs.
		{"Design a ride-hailing app like Uber with drivers, riders, surge pricing and payments", []string{"ride"}, []string{"virtualqueue"}},
		{"Design a music streaming service like Spotify with 100M songs, playlists and offline downloads", []string{"music"}, []string{"virtualqueue"}},
		{"An Instagram-like photo sharing app where users post photos and follow each other", nil, []string{"inspection"}},
		{"a restaurant waitlist where guests get a text when their table is ready", []string{"waitlist"}, []string{"virtualqueue"}},
		{"players queue for 5v5 matches and parties of friends queue together", nil, []string{"virtualqueue"}},
		{"store aerial imagery from drone surveys and let customers view it as map tiles", nil, []string{"inspection"}},
	})
}
