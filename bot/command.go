package bot

import (
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Command is a follow-up parsed without a model.
type Command struct {
	Name    string // show, export, diagram, status, history, undo, regenerate, help
	Section conversation.SectionID
}

// ParseCommand recognises the fixed commands a user can type in a thread. It accepts an optional
// leading slash or "archbot" and is strict otherwise, so free text is never mistaken for one.
func ParseCommand(text string) (Command, bool) {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(text)))
	if len(f) > 0 && (f[0] == "archbot" || f[0] == "@archbot") {
		f = f[1:]
	}
	if len(f) == 0 {
		return Command{}, false
	}
	name := strings.TrimPrefix(f[0], "/")
	rest := strings.Join(f[1:], " ")
	switch name {
	case "export", "diagram", "status", "history", "undo", "help":
		if rest == "" || (name == "export" && (rest == "md" || rest == "markdown" || rest == "document")) {
			return Command{Name: name}, true
		}
	case "show", "regenerate", "regen":
		if id, ok := conversation.ParseSectionID(rest); ok {
			if name == "regen" {
				name = "regenerate"
			}
			return Command{Name: name, Section: id}, true
		}
	}
	return Command{}, false
}

// HelpText explains what a user can say in a design thread.
const HelpText = `**What you can say in this thread**
- Ask a question: _"how do you handle a cache stampede?"_, _"why Cassandra?"_
- Ask for a change: _"use DynamoDB for posts"_, _"what if we need multi-region?"_, _"scale to 200M DAU"_. I update only the sections it affects and bump the version.
- Commands: ` + "`show <section>`" + `, ` + "`export`" + `, ` + "`diagram`" + `, ` + "`status`" + `, ` + "`history`" + `, ` + "`undo`" + `, ` + "`regenerate <section>`" + `, ` + "`help`" + `
- Sections: overview, requirements, capacity, architecture, data_flow, api, data_model, ui, deep_dive, scalability, reliability, security, tradeoffs`
