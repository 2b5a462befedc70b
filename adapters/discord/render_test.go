package discord

import "testing"

func TestLinksShowTheirURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"[click here](https://evil.example/login)", "click here (<https://evil.example/login>)"},
		{"see [https://bank.example](https://evil.example) now", "see https://bank.example (<https://evil.example>) now"},
		{"![logo](https://i.example/x.png)", "logo (<https://i.example/x.png>)"},
		{"[https://x.io](https://x.io)", "<https://x.io>"},
		{"[](<https://x.io/a>)", "<https://x.io/a>"},
		{"a [note] (not a link) and https://plain.example", "a [note] (not a link) and https://plain.example"},
	} {
		posts := texts(tt.in, MaxMessageLen)
		if len(posts) != 1 || posts[0].content != tt.want {
			t.Errorf("texts(%q) = %+v, want %q", tt.in, posts, tt.want)
		}
	}
}
