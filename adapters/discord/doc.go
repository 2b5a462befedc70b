// Package discord runs archbot on Discord: it registers the /design command, answers mentions,
// opens a thread per design and turns the engine's replies into Discord messages, files and a
// typing indicator. It speaks to Discord through bwmarrin/discordgo; no Discord type leaves it.
package discord
