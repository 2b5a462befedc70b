package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFileListSplitsAndRepeats(t *testing.T) {
	tests := []struct {
		sets []string
		want []string
	}{
		{[]string{"a.jsonl"}, []string{"a.jsonl"}},
		{[]string{"a.jsonl,b.jsonl"}, []string{"a.jsonl", "b.jsonl"}},
		{[]string{"a.jsonl", " b.jsonl , ,c.jsonl"}, []string{"a.jsonl", "b.jsonl", "c.jsonl"}},
	}
	for _, tc := range tests {
		var l fileList
		for _, s := range tc.sets {
			if err := l.Set(s); err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual([]string(l), tc.want) {
			t.Errorf("Set(%q) = %q, want %q", tc.sets, l, tc.want)
		}
	}
}

func TestEvalHelpDescribesTheFlagsAndTheDoc(t *testing.T) {
	cleanEnv(t)
	_, help, err := runArgs(t, "eval", "--help")
	if err != nil {
		t.Fatalf("eval --help: %v", err)
	}
	for _, want := range []string{"docs/EVAL.md", "-cases", "-numbers", "-min-margin", "-max-boilerplate",
		"-max-out-of-place-cases", "-max-paraphrase-drift", "-min-numbers", "-min-recall", "-no-floors"} {
		if !strings.Contains(help, want) {
			t.Errorf("eval --help lacks %q:\n%s", want, help)
		}
	}
	if _, err := os.Stat(filepath.Join("..", "..", "docs", "EVAL.md")); err != nil {
		t.Fatalf("the doc eval --help points to: %v", err)
	}
}

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvalFindsParaphraseOriginalsInAnotherFile(t *testing.T) {
	cleanEnv(t)
	cases := writeFile(t, "cases.jsonl",
		`{"id":"short","statement":"Design a URL shortener like bit.ly for 100M new links a month.","groups":[["base62","hash"],["redirect"]],"negatives":[["geohash"]]}`+"\n"+
			`{"id":"chat","statement":"Design a WhatsApp-like chat app with group chats and read receipts for 50M DAU.","groups":[["websocket"],["receipt"]]}`+"\n")
	paras := writeFile(t, "paraphrases.jsonl",
		`{"id":"short_p1","paraphrase_of":"short","statement":"Build a link-shortening service like TinyURL that creates 100 million short links every month.","groups":[["base62","hash"],["redirect"]]}`+"\n"+
			`{"id":"orphan","paraphrase_of":"nowhere","statement":"Design a pastebin.","groups":[["paste"]]}`+"\n")
	out, _, err := runArgs(t, "eval", "--cases", cases, "--cases", paras, "--format", "json", "--no-floors")
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Cases []struct {
			ID     string `json:"id"`
			Source string `json:"source"`
			Others int    `json:"others"`
		} `json:"cases"`
		Drift []struct {
			Original, Paraphrase string
		} `json:"paraphrase_drift"`
		Notes       []string `json:"notes"`
		Boilerplate struct {
			Pairs int `json:"pairs"`
		} `json:"boilerplate"`
		Pass bool `json:"pass"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%.300s", err, out)
	}
	if len(rep.Cases) != 4 || rep.Cases[2].Source != paras || !rep.Pass {
		t.Fatalf("cases=%+v pass=%v", rep.Cases, rep.Pass)
	}
	// short and chat compare with each other; short_p1 with orphan only (its own file, other family).
	if rep.Cases[0].Others != 1 || rep.Cases[2].Others != 1 {
		t.Errorf("others=%+v", rep.Cases)
	}
	if len(rep.Drift) != 1 || rep.Drift[0].Original != "short" || rep.Drift[0].Paraphrase != "short_p1" {
		t.Errorf("drift=%+v, want short_p1 against short", rep.Drift)
	}
	if len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "orphan") {
		t.Errorf("notes=%q", rep.Notes)
	}
	if rep.Boilerplate.Pairs != 5 { // 4 designs, 6 pairs, less short with short_p1
		t.Errorf("boilerplate pairs=%d, want 5", rep.Boilerplate.Pairs)
	}
}

func TestEvalNumbersFailsBelowItsFloor(t *testing.T) {
	cleanEnv(t)
	good := `{"id":"emails","statement":"Design a transactional email service that sends 2 million emails per minute.","expect":{"write_qps":33333}}` + "\n"
	bad := `{"id":"off","statement":"Design a transactional email service that sends 2 million emails per minute.","expect":{"write_qps":3}}` + "\n"
	out, _, err := runArgs(t, "eval", "--numbers", writeFile(t, "n.jsonl", good), "--min-numbers", "1")
	if err != nil || !strings.Contains(out, "numbers score 1.000: 1 of 1") {
		t.Fatalf("err=%v\n%s", err, out)
	}
	out, _, err = runArgs(t, "eval", "--numbers", writeFile(t, "n.jsonl", good+bad), "--min-numbers", "0.95")
	if err == nil || !strings.Contains(err.Error(), "numbers score 0.500 below 0.95") || !strings.Contains(out, "off ") {
		t.Fatalf("err=%v\n%s", err, out)
	}
	if _, _, err := runArgs(t, "eval", "--numbers", writeFile(t, "n.jsonl", good+bad), "--no-floors"); err != nil {
		t.Fatalf("--no-floors: %v", err)
	}
}
