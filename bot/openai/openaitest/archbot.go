package openaitest

import (
	"fmt"
	"strings"
)

// Archbot returns a handler that answers every step archbot's model-backed designer asks for
// with a valid, recognisable answer, so engine tests can run whole designs and follow-ups against
// a model: each section reads "Model-written <id> section.", a follow-up ending in "?" is a
// question, any other is a change to the scalability section, and answers quote the question.
func Archbot() Handler {
	return func(r Request) Response {
		task := r.Task()
		if task == "repair" {
			task = taskOf(r.User())
		}
		switch {
		case task == "requirements":
			return Reply(archbotRequirements)
		case task == "components":
			return Reply(archbotComponents)
		case strings.HasPrefix(task, "section "):
			id := strings.TrimPrefix(task, "section ")
			return Reply(fmt.Sprintf("Model-written %s section.\n\n- grounded in the capacity figures", id))
		case task == "interpret":
			text := fenced(r.User(), "Follow-up message:")
			if strings.HasSuffix(text, "?") {
				return Reply(`{"intent":"question","sections":[],"decision":"","rationale":"","components":null,"scale":null}`)
			}
			return Reply(fmt.Sprintf(`{"intent":"change","sections":["scalability"],"decision":%q,"rationale":"asked for in the thread","components":null,"scale":null}`,
				"Apply: "+clipRunes(text, 80)))
		case task == "answer":
			return Reply("Model answer to: " + clipRunes(fenced(r.User(), "Question:"), 200))
		}
		return Response{Status: 400, Body: fmt.Sprintf(`{"error":{"message":"unknown task %q","type":"invalid_request_error"}}`, task)}
	}
}

const archbotRequirements = `{"title":"Model test system",
 "functional":["Users create items","Users read a feed of items"],
 "non_functional":["p99 read latency under 200 ms","99.9% availability"],
 "out_of_scope":["Billing"],"entities":["User","Item"],"use_cases":["Create an item","Read the feed"],
 "features":["feed"],
 "scale":{"dau":1000000,"writes_per_user_per_day":2,"reads_per_user_per_day":20,"notes":["1M DAU: stated"]}}`

const archbotComponents = `{"components":[
 {"name":"Client","kind":"client","technology":"Web and mobile","description":"User-facing apps","talks_to":["Load Balancer"],"flows":["HTTPS"]},
 {"name":"Load Balancer","kind":"edge","technology":"Envoy","description":"Terminates TLS and balances","talks_to":["Item Service"],"flows":["requests"]},
 {"name":"Item Service","kind":"service","technology":"Go","description":"Creates and serves items","talks_to":["Item Cache","Item DB","Events"],"flows":["reads","writes","item events"]},
 {"name":"Item Cache","kind":"cache","technology":"Redis","description":"Hot items","talks_to":[]},
 {"name":"Item DB","kind":"database","technology":"PostgreSQL","description":"Items of record","talks_to":[]},
 {"name":"Events","kind":"queue","technology":"Kafka","description":"Item events for fan-out","talks_to":["Feed Worker"]},
 {"name":"Feed Worker","kind":"worker","technology":"Go","description":"Builds feeds","talks_to":["Item Cache"]}]}`

func taskOf(prompt string) string {
	line, _, _ := strings.Cut(prompt, "\n")
	t, _ := strings.CutPrefix(line, "Task: ")
	return strings.TrimSpace(t)
}

// fenced returns the user text fenced after the label in an archbot prompt.
func fenced(prompt, label string) string {
	_, rest, ok := strings.Cut(prompt, label)
	if !ok {
		return ""
	}
	_, rest, ok = strings.Cut(rest, "<user_text>\n")
	if !ok {
		return ""
	}
	text, _, _ := strings.Cut(rest, "\n</user_text>")
	return strings.TrimSpace(text)
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}
