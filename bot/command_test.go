package bot_test

import (
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

func TestParseCommand(t *testing.T) {
	cases := []struct {
		in   string
		want bot.Command
		ok   bool
	}{
		{"export", bot.Command{Name: "export"}, true},
		{"  /Export markdown ", bot.Command{Name: "export"}, true},
		{"@archbot undo", bot.Command{Name: "undo"}, true},
		{"show data model", bot.Command{Name: "show", Section: conversation.DataModel}, true},
		{"show capacity", bot.Command{Name: "show", Section: conversation.CapacityID}, true},
		{"regen trade-offs", bot.Command{Name: "regenerate", Section: conversation.Tradeoffs}, true},
		{"regenerate deep dives", bot.Command{Name: "regenerate", Section: conversation.DeepDive}, true},
		{"show me how caching works", bot.Command{}, false},
		{"undo the cassandra change please", bot.Command{}, false},
		{"help me design a chat app", bot.Command{}, false},
		{"", bot.Command{}, false},
	}
	for _, c := range cases {
		got, ok := bot.ParseCommand(c.in)
		if ok != c.ok || got != c.want {
			t.Errorf("ParseCommand(%q) = %+v, %v; want %+v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
