package discord_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/discord/discordtest"
)

// Twelve designs at once while Discord rate-limits every 7th message post and fails every 5th
// upload with a 500 after storing it (so only an idempotent retry avoids a second copy): every
// design arrives whole, and nothing is posted twice.
func TestDesignsSurviveRateLimitsAndServerErrors(t *testing.T) {
	h := start(t)
	h.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Every: 7,
		Fault: discordtest.RateLimited(500*time.Millisecond, false)})
	h.srv.Inject(discordtest.Rule{Route: discordtest.RouteCreateMessage, Only: discordtest.Uploads, Every: 5,
		Fault: commit(discordtest.ServerError(http.StatusInternalServerError))})

	problems := []string{
		"Design an Instagram-like photo sharing app for 50M DAU",
		"Design a URL shortener handling 100M new links a month",
		"Design a chat app like WhatsApp for 20M daily users",
		"Design a ride-hailing service for 5M rides a day",
		"Design a news feed for 30M daily users",
		"Design a video streaming service for 10M viewers",
		"Design an online marketplace with 2M sellers",
		"Design a food delivery platform for 1M orders a day",
		"Design a hotel booking site with 500K bookings a day",
		"Design a metrics monitoring system ingesting 1M points a second",
		"Design a collaborative document editor for 5M users",
		"Design a payments service handling 10K transactions a second",
	}
	user := h.srv.User("ada")
	for _, p := range problems {
		h.srv.SlashCommand(h.srv.ChannelID, user, "design", map[string]string{"problem": p})
	}
	h.waitFor("12 threads", func() bool { return len(h.srv.Threads()) == len(problems) })
	for _, th := range h.srv.Threads() {
		d := h.waitForDocument(th.ID, 1)
		h.checkOnce(th.ID, d)
	}

	var limited, failed, uploads int
	for _, c := range h.srv.Calls() {
		if c.Route != discordtest.RouteCreateMessage {
			continue
		}
		switch {
		case c.Status == http.StatusTooManyRequests:
			limited++
		case c.Status == http.StatusInternalServerError:
			failed++
		}
		if len(c.Files) > 0 {
			uploads++
		}
	}
	if limited == 0 || failed == 0 {
		t.Fatalf("faults not exercised: %d 429s, %d 500s", limited, failed)
	}
	t.Logf("%d of %d designs complete, each section once; %d posts rate-limited, %d uploads failed with 500 after storing (%d upload calls)",
		len(h.srv.Threads()), len(problems), limited, failed, uploads)
}

func commit(f discordtest.Fault) discordtest.Fault { f.Commit = true; return f }
