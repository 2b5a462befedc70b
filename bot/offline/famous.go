package offline

import (
	"regexp"
	"strings"
)

// famousProduct is a well-known product whose order of magnitude a statement implies when it
// names the product without figures: "Design Twitter" means hundreds of millions of users, not
// the generic default. Figures are rounded public orders of magnitude, labelled as assumptions.
type famousProduct struct {
	Name  string
	Words []string
	DAU   float64
}

var famousProducts = []famousProduct{
	{"Facebook", []string{"facebook"}, 2e9},
	{"WhatsApp", []string{"whatsapp"}, 2e9},
	{"YouTube", []string{"youtube"}, 1e9},
	{"Instagram", []string{"instagram"}, 500e6},
	{"TikTok", []string{"tiktok"}, 1e9},
	{"Gmail", []string{"gmail"}, 1e9},
	{"Google Maps", []string{"google maps"}, 500e6},
	{"Google Translate", []string{"google translate"}, 200e6},
	{"Google Drive", []string{"google drive"}, 300e6},
	{"Messenger", []string{"messenger"}, 500e6},
	{"Telegram", []string{"telegram"}, 400e6},
	{"Snapchat", []string{"snapchat"}, 400e6},
	{"Zoom", []string{"zoom"}, 300e6},
	{"Twitter", []string{"twitter", "x.com"}, 250e6},
	{"Spotify", []string{"spotify"}, 250e6},
	{"Netflix", []string{"netflix"}, 100e6},
	{"Dropbox", []string{"dropbox"}, 100e6},
	{"Amazon", []string{"amazon"}, 100e6},
	{"Pinterest", []string{"pinterest"}, 100e6},
	{"Reddit", []string{"reddit"}, 70e6},
	{"LinkedIn", []string{"linkedin"}, 100e6},
	{"Discord", []string{"discord"}, 50e6},
	{"Slack", []string{"slack"}, 40e6},
	{"Twitch", []string{"twitch"}, 30e6},
	{"Uber", []string{"uber"}, 25e6},
	{"Tinder", []string{"tinder"}, 25e6},
	{"Airbnb", []string{"airbnb"}, 10e6},
	{"Booking.com", []string{"booking.com"}, 10e6},
	{"Yelp", []string{"yelp"}, 10e6},
	{"DoorDash", []string{"doordash"}, 10e6},
	{"Venmo", []string{"venmo"}, 20e6},
	{"PayPal", []string{"paypal"}, 50e6},
	{"Ticketmaster", []string{"ticketmaster"}, 5e6},
	{"Google Docs", []string{"google docs"}, 100e6},
	{"Strava", []string{"strava"}, 10e6},
	{"Chess.com", []string{"chess.com"}, 10e6},
	{"Lichess", []string{"lichess"}, 2e6},
	{"Google Search", []string{"google search", "search engine like google", "google-like search"}, 1e9},
	{"Bing", []string{"bing"}, 100e6},
}

var famousRe = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, p := range famousProducts {
		var alts []string
		for _, w := range p.Words {
			alts = append(alts, regexp.QuoteMeta(w))
		}
		m[p.Name] = regexp.MustCompile(`(?i)\b(` + strings.Join(alts, "|") + `)\b`)
	}
	return m
}()

// channelRe ends the text before a product named as the way something travels ("sign up, maybe
// via WhatsApp"): the statement uses the product, it is not as big as it.
var channelRe = regexp.MustCompile(`(?i)\b(?:via|through|using|into|over|by|on)\s+$`)

// famousScale returns the daily active users of the first famous product the statement names
// (earliest in the text), or 0.
func famousScale(statement string) (string, float64) {
	best, at := -1, len(statement)+1
	for i, p := range famousProducts {
		for _, loc := range famousRe[p.Name].FindAllStringIndex(statement, -1) {
			if loc[0] < at && !channelRe.MatchString(statement[:loc[0]]) {
				best, at = i, loc[0]
			}
		}
	}
	if best < 0 {
		return "", 0
	}
	return famousProducts[best].Name, famousProducts[best].DAU
}
