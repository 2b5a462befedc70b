package bot

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// A secret is found wherever it is, as strings.Contains finds it: at the start or the end of the
// text, overlapping a near miss, as the whole text, and not in text shorter than it.
func TestSecretFoundWhereverItIs(t *testing.T) {
	secrets := []string{"xoxb-1234567890-abcdefABCDEF", "0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c", "sk-proj-aaaaaaaaaaaa", "eeeeeeee"}
	r := rand.New(rand.NewPCG(3, 4))
	for _, secret := range secrets {
		a := anchoredSecret{s: secret, at: rarestByte(secret)}
		texts := []string{secret, "", secret[:len(secret)-1], "x" + secret, secret + "\n", secret[1:] + secret,
			strings.Repeat(secret[:len(secret)-1]+" ", 3), secret[:a.at] + secret[:len(secret)-1]}
		for range 500 {
			n := r.IntN(80)
			b := make([]byte, n)
			for i := range b {
				b[i] = secret[r.IntN(len(secret))]
			}
			text := string(b)
			if r.IntN(3) == 0 {
				at := r.IntN(n + 1)
				text = text[:at] + secret + text[at:]
			}
			texts = append(texts, text)
		}
		for _, text := range texts {
			if got, want := a.in(text), strings.Contains(text, secret); got != want {
				t.Fatalf("secret %q in %q: %v, want %v", secret, text, got, want)
			}
		}
	}
}

// The byte a secret is looked for by is one prose holds rarely: a capital or a digit rather
// than the common letter a hex or base64 secret often starts with (here the highest digit of a
// hex string, the last listed of the letters).
func TestSecretAnchoredOnARareByte(t *testing.T) {
	for secret, want := range map[string]byte{"e3b0c44298fc1c149afbf4c8996fb924": '9', "abcdefgh": 'b', "sk-live-aQ9": 'Q', "xoxb-11-abc": 'x'} {
		if got := secret[rarestByte(secret)]; got != want {
			t.Errorf("%q is looked for by %q, want %q", secret, got, want)
		}
	}
}

// BenchmarkRedactDocument looks for three secrets in a change's document (60 KB) that holds none.
func BenchmarkRedactDocument(b *testing.B) {
	r := newSecretReplacer([]string{"xoxb-archbot-bench-token", "e3b0c44298fc1c149afbf4c8996fb924", "MTA5ODc2NTQzMjEwOTg3NjU0.Gabc12.ZZyyXXwwVVuu"})
	doc := strings.Repeat("## Data model\nThe feed cache (Redis, 3 shards) keeps the newest 500 posts; a write fans out to 1,200 followers at p99 40 ms.\n", 500)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if r.Replace(doc) != doc {
			b.Fatal("a document without secrets was changed")
		}
	}
}
