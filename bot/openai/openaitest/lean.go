package openaitest

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"
)

// A lean server shares the CPUs of the process it measures, so what it spends on a request is
// taken from that process's figures. encoding/json reads a prompt of tens of KB twice over, a
// byte at a time (it validates the whole request before decoding it), and that was the largest
// part of the bench's model server. decodeLean reads only the fields Lean keeps, finding the
// ends of strings with bytes.IndexByte and copying them whole unless they hold an escape; a
// request it cannot read (content as parts, or JSON it does not expect) is decoded by
// encoding/json as before, so it is never less able than that.

// decodeLean decodes what Lean keeps of a request into body.
func decodeLean(raw []byte, body *openai.ChatCompletionRequest) error {
	var lean openai.ChatCompletionRequest
	if err := scanLean(raw, &lean); err != nil {
		return decodeLeanJSON(raw, body)
	}
	*body = lean
	return nil
}

// decodeLeanJSON decodes what Lean keeps of a request with encoding/json. go-openai's message
// type decodes each message twice (its UnmarshalJSON), which a plain struct does not.
func decodeLeanJSON(raw []byte, body *openai.ChatCompletionRequest) error {
	var lean struct {
		Model    string `json:"model"`
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
		Stream        bool                  `json:"stream"`
		StreamOptions *openai.StreamOptions `json:"stream_options"`
	}
	if err := json.Unmarshal(raw, &lean); err != nil {
		return err
	}
	body.Model, body.Stream, body.StreamOptions = lean.Model, lean.Stream, lean.StreamOptions
	body.Messages = make([]openai.ChatCompletionMessage, len(lean.Messages))
	for i, m := range lean.Messages {
		body.Messages[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	return nil
}

var errLean = errors.New("not a request the lean reader reads")

// leanScanner walks one JSON document; every method leaves at on the byte after what it read.
type leanScanner struct {
	b  []byte
	at int
}

func scanLean(raw []byte, body *openai.ChatCompletionRequest) error {
	s := &leanScanner{b: raw}
	err := s.object(func(key string) error {
		var err error
		switch key {
		case "model":
			body.Model, err = s.str()
		case "stream":
			body.Stream, err = s.boolean()
		case "stream_options":
			body.StreamOptions = &openai.StreamOptions{}
			err = s.object(func(key string) error {
				if key != "include_usage" {
					return s.skip()
				}
				var err error
				body.StreamOptions.IncludeUsage, err = s.boolean()
				return err
			})
		case "messages":
			err = s.array(func() error {
				var m openai.ChatCompletionMessage
				err := s.object(func(key string) error {
					var err error
					switch key {
					case "role":
						m.Role, err = s.str()
					case "content":
						m.Content, err = s.str()
					default:
						err = s.skip()
					}
					return err
				})
				body.Messages = append(body.Messages, m)
				return err
			})
		default:
			err = s.skip()
		}
		return err
	})
	if err != nil {
		return err
	}
	if s.space(); s.at != len(s.b) {
		return errLean
	}
	return nil
}

func (s *leanScanner) space() {
	for s.at < len(s.b) && (s.b[s.at] == ' ' || s.b[s.at] == '\n' || s.b[s.at] == '\r' || s.b[s.at] == '\t') {
		s.at++
	}
}

// next skips white space and consumes c, reporting whether it was there.
func (s *leanScanner) next(c byte) bool {
	if s.space(); s.at < len(s.b) && s.b[s.at] == c {
		s.at++
		return true
	}
	return false
}

// object reads an object, calling field with the scanner at each key's value.
func (s *leanScanner) object(field func(key string) error) error {
	if !s.next('{') {
		return errLean
	}
	if s.next('}') {
		return nil
	}
	for {
		key, err := s.str()
		if err != nil {
			return err
		}
		if !s.next(':') {
			return errLean
		}
		if err := field(key); err != nil {
			return err
		}
		if s.next('}') {
			return nil
		}
		if !s.next(',') {
			return errLean
		}
	}
}

// array reads an array, calling elem with the scanner at each element.
func (s *leanScanner) array(elem func() error) error {
	if !s.next('[') {
		return errLean
	}
	if s.next(']') {
		return nil
	}
	for {
		if err := elem(); err != nil {
			return err
		}
		if s.next(']') {
			return nil
		}
		if !s.next(',') {
			return errLean
		}
	}
}

func (s *leanScanner) boolean() (bool, error) {
	s.space()
	switch {
	case bytes.HasPrefix(s.b[s.at:], []byte("true")):
		s.at += 4
		return true, nil
	case bytes.HasPrefix(s.b[s.at:], []byte("false")):
		s.at += 5
		return false, nil
	}
	return false, errLean
}

// rawStr finds the string at the scanner: its bytes between the quotes, and whether they hold
// an escape.
func (s *leanScanner) rawStr() ([]byte, bool, error) {
	if !s.next('"') {
		return nil, false, errLean
	}
	start := s.at
	for {
		i := bytes.IndexByte(s.b[s.at:], '"')
		if i < 0 {
			return nil, false, errLean
		}
		end := s.at + i
		s.at = end + 1
		slashes := 0
		for j := end - 1; j >= start && s.b[j] == '\\'; j-- {
			slashes++
		}
		if slashes%2 == 0 {
			body := s.b[start:end]
			return body, bytes.IndexByte(body, '\\') >= 0, nil
		}
	}
}

func (s *leanScanner) str() (string, error) {
	body, escaped, err := s.rawStr()
	if err != nil {
		return "", err
	}
	if !escaped {
		if !utf8.Valid(body) {
			return "", errLean // encoding/json would replace what is not UTF-8
		}
		return string(body), nil
	}
	return unescape(body)
}

// unescape undoes JSON's escapes in a string's body.
func unescape(body []byte) (string, error) {
	out := make([]byte, 0, len(body))
	for len(body) > 0 {
		i := bytes.IndexByte(body, '\\')
		if i < 0 {
			out = append(out, body...)
			break
		}
		out = append(out, body[:i]...)
		if i+1 >= len(body) {
			return "", errLean
		}
		c := body[i+1]
		body = body[i+2:]
		switch c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, rest, ok := hex4(body)
			if !ok {
				return "", errLean
			}
			if utf16.IsSurrogate(r) {
				// A pair makes one rune; a lone half is U+FFFD, as encoding/json reads it.
				high := r
				r = utf8.RuneError
				if len(rest) >= 2 && rest[0] == '\\' && rest[1] == 'u' {
					if low, rest2, ok := hex4(rest[2:]); ok {
						if pair := utf16.DecodeRune(high, low); pair != utf8.RuneError {
							r, rest = pair, rest2
						}
					}
				}
			}
			out = utf8.AppendRune(out, r)
			body = rest
		default:
			return "", errLean
		}
	}
	if !utf8.Valid(out) {
		return "", errLean
	}
	return string(out), nil
}

// hex4 reads the four hex digits of a \u escape.
func hex4(b []byte) (rune, []byte, bool) {
	if len(b) < 4 {
		return 0, b, false
	}
	n, err := strconv.ParseUint(string(b[:4]), 16, 32)
	if err != nil {
		return 0, b, false
	}
	return rune(n), b[4:], true
}

// skip steps over one value of any kind.
func (s *leanScanner) skip() error {
	s.space()
	if s.at >= len(s.b) {
		return errLean
	}
	switch s.b[s.at] {
	case '"':
		_, _, err := s.rawStr()
		return err
	case '{':
		return s.object(func(string) error { return s.skip() })
	case '[':
		return s.array(s.skip)
	}
	start := s.at
	for s.at < len(s.b) && bytes.IndexByte([]byte(",}] \t\r\n"), s.b[s.at]) < 0 {
		s.at++
	}
	if !json.Valid(s.b[start:s.at]) {
		return errLean
	}
	return nil
}

// A lean server writes its answers from these plain types: go-openai's message type marshals
// itself, and encoding/json then validates and compacts what it wrote, a second pass over every
// answer. What go-openai reads from them is the same.
type leanMessage struct {
	Role    string `json:"role,omitempty"`
	Content string `json:"content"`
}

type leanChoice struct {
	Index        int                 `json:"index"`
	Message      *leanMessage        `json:"message,omitempty"`
	Delta        *leanMessage        `json:"delta,omitempty"`
	FinishReason openai.FinishReason `json:"finish_reason,omitempty"`
}

type leanAnswer struct {
	ID      string        `json:"id"`
	Object  string        `json:"object"`
	Created int64         `json:"created"`
	Model   string        `json:"model"`
	Choices []leanChoice  `json:"choices"`
	Usage   *openai.Usage `json:"usage,omitempty"`
}

func leanCompletion(out openai.ChatCompletionResponse) leanAnswer {
	a := leanAnswer{ID: out.ID, Object: out.Object, Created: out.Created, Model: out.Model, Choices: []leanChoice{}}
	for _, c := range out.Choices {
		a.Choices = append(a.Choices, leanChoice{Index: c.Index, FinishReason: c.FinishReason,
			Message: &leanMessage{Role: c.Message.Role, Content: c.Message.Content}})
	}
	if out.Usage != (openai.Usage{}) {
		a.Usage = &out.Usage
	}
	return a
}

func leanChunk(chunk openai.ChatCompletionStreamResponse) leanAnswer {
	a := leanAnswer{ID: chunk.ID, Object: chunk.Object, Created: chunk.Created, Model: chunk.Model, Choices: []leanChoice{}, Usage: chunk.Usage}
	for _, c := range chunk.Choices {
		lc := leanChoice{Index: c.Index, FinishReason: c.FinishReason}
		if c.Delta.Content != "" || c.Delta.Role != "" {
			lc.Delta = &leanMessage{Role: c.Delta.Role, Content: c.Delta.Content}
		}
		a.Choices = append(a.Choices, lc)
	}
	return a
}
