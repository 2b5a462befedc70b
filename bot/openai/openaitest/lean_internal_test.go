package openaitest

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"
)

func leanCase(content ...string) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{Model: "gpt-test", Temperature: 0.2, MaxCompletionTokens: 900,
		Stream: true, StreamOptions: &openai.StreamOptions{IncludeUsage: true},
		ResponseFormat: &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject},
		Stop:           []string{"\n\n\n"}}
	for i, c := range content {
		role := openai.ChatMessageRoleUser
		if i == 0 {
			role = openai.ChatMessageRoleSystem
		}
		req.Messages = append(req.Messages, openai.ChatCompletionMessage{Role: role, Content: c, Name: "n"})
	}
	return req
}

// The lean reader reads every request go-openai sends itself, and reads it as encoding/json
// does: prompts with the characters go-openai escapes (quotes, backslashes, control characters,
// <, > and & as \u003c..., U+2028), text in any script and emoji.
func TestLeanReadsWhatEncodingJSONReads(t *testing.T) {
	tricky := []string{
		"Task: interpret\nFollow-up message:\n<user_text>Use \"Kafka\" & drop the cache\\queue?</user_text>",
		"plain text with no escape at all",
		"tabs\tand\r\nlines, a form feed \f, a bell \a, NUL \x00, line separator \u2028, é, 日本語, 😀",
		`ends with a backslash \`,
		"",
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("ab \"\\/<>&\n\t\x01é日😀\u2028{}[],:")
	for range 300 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		tricky = append(tricky, b.String())
	}
	for i := 0; i+2 <= len(tricky); i += 2 {
		raw, err := json.Marshal(leanCase(tricky[i], tricky[i+1], tricky[i]))
		if err != nil {
			t.Fatal(err)
		}
		var got, want openai.ChatCompletionRequest
		if err := scanLean(raw, &got); err != nil {
			t.Fatalf("lean reader refused go-openai's request %s: %v", raw, err)
		}
		if err := decodeLeanJSON(raw, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("lean reader read %s\nas %+v\nwant %+v", raw, got, want)
		}
	}
}

// JSON that go-openai does not write but a client may (white space, escaped slashes, surrogate
// pairs written out, lone surrogates) reads the same too, and what the lean reader cannot read is
// read by encoding/json or refused as it refuses it.
func TestLeanReadsOtherClientsJSON(t *testing.T) {
	for _, raw := range []string{
		` { "model" : "m" , "messages" : [ { "role" : "user" , "content" : "a\/b \ud83d\ude00 \ud83d x \udc00" } ] ,
		  "stream" : false , "stream_options" : null , "n" : 1.5e3, "tools": [{"x": [true, null, {"y": "}"}]}] } `,
		`{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"parts"}]}]}`,
		`{"model":"m","messages":[{"role":"user","content":"no end}]}`,
		`{"model":"m","messages":[]} trailing`,
		`{"model":"m","messages":[{"role":"user","content":"bad \x escape"}]}`,
	} {
		var got, want openai.ChatCompletionRequest
		gotErr := decodeLean([]byte(raw), &got)
		wantErr := decodeLeanJSON([]byte(raw), &want)
		if (gotErr != nil) != (wantErr != nil) {
			t.Fatalf("%s: error %v, encoding/json's %v", raw, gotErr, wantErr)
		}
		if gotErr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: read as %+v, want %+v", raw, got, want)
		}
	}
}

// BenchmarkDecodeLean reads a request the size of a follow-up's answer prompt (about 20 KB).
func BenchmarkDecodeLean(b *testing.B) {
	prompt := strings.Repeat("The feed cache keeps the newest 500 posts a user sees; \"hot\" keys <shard> & replicate.\n", 230)
	raw, err := json.Marshal(leanCase("You are archbot.", prompt))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		decode func([]byte, *openai.ChatCompletionRequest) error
	}{{"lean", decodeLean}, {"encoding-json", decodeLeanJSON}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				var req openai.ChatCompletionRequest
				if err := c.decode(raw, &req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// go-openai reads a lean server's answers, whole and streamed, as it reads the full server's.
func TestLeanAnswersReadAsFullOnes(t *testing.T) {
	h := Sequence(Reply("an answer with \"quotes\", <tags> & a line\nbreak, é, 😀"))
	read := func(lean, stream bool) (string, openai.FinishReason, openai.Usage) {
		srv := NewServer(t, h)
		if lean {
			srv.Lean()
		}
		cfg := openai.DefaultConfig("key")
		cfg.BaseURL = srv.URL
		client := openai.NewClientWithConfig(cfg)
		req := leanCase("system", "Task: answer\nhow?")
		req.ResponseFormat, req.Stop, req.Stream = nil, nil, stream
		if !stream {
			req.StreamOptions = nil
			resp, err := client.CreateChatCompletion(t.Context(), req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Created = 0
			return resp.Choices[0].Message.Content, resp.Choices[0].FinishReason, resp.Usage
		}
		st, err := client.CreateChatCompletionStream(t.Context(), req)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var text strings.Builder
		var finish openai.FinishReason
		var usage openai.Usage
		for {
			chunk, err := st.Recv()
			if err != nil {
				break
			}
			for _, c := range chunk.Choices {
				text.WriteString(c.Delta.Content)
				if c.FinishReason != "" {
					finish = c.FinishReason
				}
			}
			if chunk.Usage != nil {
				usage = *chunk.Usage
			}
		}
		return text.String(), finish, usage
	}
	for _, stream := range []bool{false, true} {
		text, finish, usage := read(true, stream)
		wantText, wantFinish, wantUsage := read(false, stream)
		if text != wantText || finish != wantFinish || usage != wantUsage {
			t.Fatalf("stream=%v: lean answer %q %q %+v, full %q %q %+v", stream, text, finish, usage, wantText, wantFinish, wantUsage)
		}
		if text == "" || finish == "" || usage.TotalTokens == 0 {
			t.Fatalf("stream=%v: answer %q %q %+v is missing parts", stream, text, finish, usage)
		}
	}
}
