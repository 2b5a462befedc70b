package discord

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

var (
	endpointsMu sync.Mutex
	versioned   = regexp.MustCompile(`/api/v[0-9]+$`)
)

// setAPIURL points discordgo's REST endpoints at raw, for a rate-limit proxy or a test server.
// raw is either a root ("http://proxy:8080", under which /api/v9/ is used) or an API base that
// ends in /api/v<N>.
//
// discordgo builds its endpoint strings into package variables when it is initialised, and its
// per-route helpers read them at call time, so this rewrites the base strings. That makes the
// setting process-wide: every discordgo session in the process uses the last URL set. Set it once,
// before any adapter runs.
func setAPIURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("parse DISCORD_API_URL %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" {
		return fmt.Errorf("DISCORD_API_URL %q: want an http(s) URL such as https://discord.com or http://proxy:8080/api/v9", raw)
	}
	base := strings.TrimRight(u.String(), "/")
	root, api := base+"/", base+"/api/v"+discordgo.APIVersion+"/"
	if versioned.MatchString(base) {
		root, api = versioned.ReplaceAllString(base, "")+"/", base+"/"
	}

	endpointsMu.Lock()
	defer endpointsMu.Unlock()
	if discordgo.EndpointAPI == api && discordgo.EndpointDiscord == root {
		return nil // unchanged: do not write what running sessions may be reading
	}
	discordgo.EndpointDiscord = root
	discordgo.EndpointAPI = api
	// The bases discordgo derives its per-route endpoints from, each the API base and a path
	// (as discordgo's own initialisation spells them), then those derived from another base.
	for _, e := range []struct {
		v    *string
		path string
	}{
		{&discordgo.EndpointGuilds, "guilds/"}, {&discordgo.EndpointChannels, "channels/"},
		{&discordgo.EndpointUsers, "users/"}, {&discordgo.EndpointGateway, "gateway"},
		{&discordgo.EndpointWebhooks, "webhooks/"}, {&discordgo.EndpointStickers, "stickers/"},
		{&discordgo.EndpointStageInstances, "stage-instances"}, {&discordgo.EndpointSKUs, "skus"},
		{&discordgo.EndpointVoice, "/voice/"}, {&discordgo.EndpointNitroStickersPacks, "/sticker-packs"},
		{&discordgo.EndpointGuildCreate, "guilds"}, {&discordgo.EndpointApplications, "applications"},
		{&discordgo.EndpointOAuth2, "oauth2/"},
	} {
		*e.v = api + e.path
	}
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointVoiceRegions = discordgo.EndpointVoice + "regions"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
	discordgo.EndpointOauth2 = discordgo.EndpointOAuth2
	discordgo.EndpointOauth2Applications = discordgo.EndpointOAuth2Applications
	return nil
}
