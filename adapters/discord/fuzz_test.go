package discord

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/adapters/markdownsplit"
)

// The gateway hands archbot JSON that discordgo decodes into its structs; these targets feed
// arbitrary payloads through that decoding and the adapter's own reading of the result.

func FuzzInteractionPayload(f *testing.F) {
	f.Add([]byte(`{"id":"1","type":2,"guild_id":"9","channel_id":"5","member":{"user":{"id":"7","username":"ana"}},` +
		`"data":{"id":"3","name":"design","type":1,"options":[{"name":"problem","type":3,"value":"a photo app for 50M DAU"}]}}`))
	f.Add([]byte(`{"id":"1","type":2,"user":{"id":"7","username":"ana","global_name":"Ana"},"data":{"name":"design","options":[{"name":"problem","type":3,"value":"  "}]}}`))
	f.Add([]byte(`{"id":"1","type":3,"data":{"custom_id":"x","component_type":2}}`))
	f.Add([]byte(`{"type":2,"data":null}`))
	// A string option carrying a number once crashed the adapter (discordgo's StringValue panics).
	f.Add([]byte(`{"type":2,"data":{"name":"design","options":[{"name":"problem","type":3,"value":12}]}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var ic discordgo.InteractionCreate
		if err := json.Unmarshal(raw, &ic); err != nil || ic.Interaction == nil {
			return
		}
		i := ic.Interaction
		if i.Type != discordgo.InteractionApplicationCommand {
			return
		}
		data := i.ApplicationCommandData()
		problem := problemOption(data)
		name := threadName(problem)
		if name == "" || markdownsplit.Width(name) > maxThreadName || !utf8.ValidString(name) && utf8.ValidString(problem) {
			t.Fatalf("threadName(%q) = %q: empty, too wide or broken", problem, name)
		}
		user := i.User
		if i.Member != nil && i.Member.User != nil {
			user = i.Member.User
		}
		if user != nil {
			_ = displayName(user)
		}
	})
}

func FuzzMessagePayload(f *testing.F) {
	f.Add([]byte(`{"id":"1","channel_id":"5","guild_id":"9","content":"<@111> design a chat app","author":{"id":"7","username":"ana"},"mentions":[{"id":"111"}]}`))
	f.Add([]byte(`{"id":"1","content":"<@!111><@111>","author":{"id":"7","bot":true}}`))
	f.Add([]byte(`{"content":null,"author":null,"embeds":[{}],"referenced_message":{"content":"x"}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var m discordgo.Message
		if err := json.Unmarshal(raw, &m); err != nil {
			return
		}
		text := stripMention(m.Content, "111")
		if len(text) > len(m.Content) || text != strings.TrimSpace(text) {
			t.Fatalf("stripMention(%q) = %q: longer or untrimmed", m.Content, text)
		}
		if m.Author != nil {
			_ = displayName(m.Author)
		}
	})
}
