package discord

import (
	"strings"
	"unicode/utf16"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/adapters/markdownsplit"
)

// Names of the slash command and its option.
const (
	commandDesign = "design"
	optionProblem = "problem"
)

// maxOptionLen is the longest string option Discord accepts.
const maxOptionLen = 6000

// commands are archbot's application commands. They are registered by bulk overwrite, so a
// restart with a changed definition replaces the old one instead of adding a twin.
func commands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{{
		Name:        commandDesign,
		Type:        discordgo.ChatApplicationCommand,
		Description: "Design a distributed system with archbot, in a new thread",
		// Threads exist only in servers.
		Contexts: &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		Options: []*discordgo.ApplicationCommandOption{{
			Type:        discordgo.ApplicationCommandOptionString,
			Name:        optionProblem,
			Description: "What to design, e.g. a photo sharing app for 50M daily users",
			Required:    true,
			MaxLength:   maxOptionLen,
		}},
	}}
}

// problemOption returns the problem statement of a /design interaction.
func problemOption(data discordgo.ApplicationCommandInteractionData) string {
	for _, o := range data.Options {
		if o.Name == optionProblem && o.Type == discordgo.ApplicationCommandOptionString {
			// Not StringValue: it panics when a payload carries another JSON type in a string option.
			v, _ := o.Value.(string)
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// maxThreadName is Discord's limit on a thread's name.
const maxThreadName = 100

// threadName turns a title or problem statement into a thread name: one line, at most 100
// characters, cut at a word when it must be cut.
func threadName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "design"
	}
	if markdownsplit.Width(s) <= maxThreadName {
		return s
	}
	cut, w, space := 0, 0, 0
	for i, r := range s {
		rw := utf16.RuneLen(r)      // as markdownsplit.Width counts
		if w+rw > maxThreadName-1 { // room for the ellipsis
			break
		}
		w += rw
		cut = i + len(string(r))
		if r == ' ' && w > maxThreadName/2 {
			space = i
		}
	}
	if space > 0 {
		cut = space
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

// stripMention removes mentions of the bot from a message's content.
func stripMention(content, botID string) string {
	content = strings.ReplaceAll(content, "<@"+botID+">", "")
	content = strings.ReplaceAll(content, "<@!"+botID+">", "")
	return strings.TrimSpace(content)
}

// noMentions is set on every message archbot sends, so none pings @everyone, @here, a role or
// a user, whatever the text it carries (a problem statement is user input).
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
