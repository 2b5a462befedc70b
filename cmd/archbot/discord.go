package main

import (
	"fmt"
	"io"

	"github.com/archbot/archbot/adapters/discord"
)

func runDiscordInvite(args []string, stdout io.Writer) error {
	c, err := loadConfig()
	if err != nil {
		return err
	}
	if c.DiscordAppID == "" {
		return fmt.Errorf("set DISCORD_APP_ID to the application id from the Discord developer portal")
	}
	fmt.Fprintln(stdout, discord.InviteURL(c.DiscordAppID))
	return nil
}
