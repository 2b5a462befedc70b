package main

import (
	"errors"
	"fmt"
)

// platformSetting is a setting that only means something with its platform's token.
type platformSetting struct {
	name, value string
}

// checkPlatforms refuses a platform that is half configured: settings of Slack or Discord
// without the token that enables it would otherwise be ignored without a word, and a user who
// set SLACK_APP_TOKEN would wait for a bot that never connects. It runs before anything
// connects, so the message comes first.
func (c Config) checkPlatforms() error {
	var errs []error
	half := func(platform, token, tokenName, hint string, settings ...platformSetting) {
		if token != "" {
			return
		}
		for _, s := range settings {
			if s.value != "" {
				errs = append(errs, fmt.Errorf("%s is set but %s is not: set %s (%s) to enable %s, or unset %s",
					s.name, tokenName, tokenName, hint, platform, s.name))
			}
		}
	}
	half("Slack", c.SlackBotToken, "SLACK_BOT_TOKEN", "the bot token, xoxb-…", platformSetting{"SLACK_APP_TOKEN", c.SlackAppToken},
		platformSetting{"SLACK_SIGNING_SECRET", c.SlackSigningSecret}, platformSetting{"SLACK_API_URL", c.SlackAPIURL})
	half("Discord", c.DiscordToken, "DISCORD_TOKEN", "the bot token", platformSetting{"DISCORD_APP_ID", c.DiscordAppID},
		platformSetting{"DISCORD_GUILD_ID", c.DiscordGuildID}, platformSetting{"DISCORD_API_URL", c.DiscordAPIURL})
	if c.SlackBotToken != "" && c.SlackAppToken == "" && c.SlackSigningSecret == "" {
		errs = append(errs, errors.New("SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode, xapp-…) "+
			"nor SLACK_SIGNING_SECRET (HTTP events): set one of them (deploy/slack/README.md)"))
	}
	return errors.Join(errs...)
}
