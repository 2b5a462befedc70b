package discord

import (
	"net/url"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// Permissions is what archbot needs in the channels it works in, and nothing more: see the
// channel, post in it (the typing indicator and the odd notice), open public threads and post in
// them, attach the diagram and the document, and read a thread's history. Without Read Message
// History Discord answers a history read with no messages rather than an error, so a job that
// another replica resumes could not see what was already posted and would post it all again.
const Permissions = discordgo.PermissionViewChannel |
	discordgo.PermissionSendMessages |
	discordgo.PermissionReadMessageHistory |
	discordgo.PermissionCreatePublicThreads |
	discordgo.PermissionSendMessagesInThreads |
	discordgo.PermissionAttachFiles

// InviteURL returns the OAuth2 URL that adds the application's bot to a server with Permissions,
// and lets it register slash commands there.
func InviteURL(appID string) string {
	q := url.Values{
		"client_id":   {appID},
		"scope":       {"bot applications.commands"},
		"permissions": {strconv.FormatInt(Permissions, 10)},
	}
	return "https://discord.com/oauth2/authorize?" + q.Encode()
}
