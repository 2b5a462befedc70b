package discord

import (
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/adapters/markdownsplit"
)

func TestSetAPIURL(t *testing.T) {
	api, root := discordgo.EndpointAPI, discordgo.EndpointDiscord
	t.Cleanup(func() {
		if err := setAPIURL(root + "api/v" + discordgo.APIVersion); err != nil || discordgo.EndpointAPI != api {
			t.Errorf("restore endpoints: %v, EndpointAPI=%s", err, discordgo.EndpointAPI)
		}
	})
	tests := []struct{ in, api, channels, interaction string }{
		{"http://proxy:8080", "http://proxy:8080/api/v9/", "http://proxy:8080/api/v9/channels/", "http://proxy:8080/api/v9/interactions/1/tok/callback"},
		{"https://proxy.internal/discord/", "https://proxy.internal/discord/api/v9/", "https://proxy.internal/discord/api/v9/channels/", "https://proxy.internal/discord/api/v9/interactions/1/tok/callback"},
		{"http://proxy:8080/api/v10", "http://proxy:8080/api/v10/", "http://proxy:8080/api/v10/channels/", "http://proxy:8080/api/v10/interactions/1/tok/callback"},
	}
	for _, tt := range tests {
		if err := setAPIURL(tt.in); err != nil {
			t.Fatalf("setAPIURL(%q): %v", tt.in, err)
		}
		if discordgo.EndpointAPI != tt.api || discordgo.EndpointChannels != tt.channels {
			t.Fatalf("setAPIURL(%q): API=%s channels=%s, want %s %s", tt.in, discordgo.EndpointAPI, discordgo.EndpointChannels, tt.api, tt.channels)
		}
		// Route helpers read the base strings when called, so they follow.
		if got := discordgo.EndpointInteractionResponse("1", "tok"); got != tt.interaction {
			t.Fatalf("setAPIURL(%q): interaction callback %s, want %s", tt.in, got, tt.interaction)
		}
	}
	for _, bad := range []string{"", "proxy:8080", "ftp://proxy", "http://proxy?x=1"} {
		if err := setAPIURL(bad); err == nil {
			t.Fatalf("setAPIURL(%q) accepted", bad)
		}
	}
}

func TestThreadName(t *testing.T) {
	long := "Design a globally distributed, strongly consistent, multi-tenant key-value store with tunable consistency and change streams"
	tests := []struct{ in, want string }{
		{"  Photo   sharing\napp ", "Photo sharing app"},
		{"", "design"},
		{long, "Design a globally distributed, strongly consistent, multi-tenant key-value store with tunable…"},
	}
	for _, tt := range tests {
		got := threadName(tt.in)
		if got != tt.want {
			t.Fatalf("threadName(%q)=%q, want %q", tt.in, got, tt.want)
		}
		if markdownsplit.Width(got) > maxThreadName {
			t.Fatalf("threadName(%q) has %d characters", tt.in, markdownsplit.Width(got))
		}
	}
}
