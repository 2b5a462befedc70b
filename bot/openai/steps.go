package openai

import (
	"context"
	"errors"
	"fmt"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
	"github.com/archbot/archbot/prompts"
)

// Requirements reads a problem statement into a title and a requirement set; capacity is then
// computed from its scale in Go.
func (d *Designer) Requirements(ctx context.Context, problem string) (string, conversation.RequirementSet, error) {
	user, err := prompts.Requirements(prompts.RequirementsData{Problem: problem})
	if err != nil {
		return "", conversation.RequirementSet{}, err
	}
	type result struct {
		title string
		req   conversation.RequirementSet
	}
	r, err := jsonStep(ctx, d, "requirements", user, func(text string) (result, error) {
		title, req, err := parseRequirements(text)
		return result{title, req}, err
	})
	if err != nil {
		return "", conversation.RequirementSet{}, err
	}
	// Numbers are never left to the model: what the statement states wins over what it read.
	r.req.Workload = workload.Reconcile(problem, r.req.Workload)
	return r.title, r.req, nil
}

// Components proposes the architecture's components.
func (d *Designer) Components(ctx context.Context, g bot.Grounding) ([]conversation.Component, error) {
	user, err := prompts.Components(prompts.ComponentsData{Grounding: d.grounding(g)})
	if err != nil {
		return nil, err
	}
	return jsonStep(ctx, d, "components", user, parseComponents)
}

// Section writes one section's Markdown body, streamed. When g.Change is set the section is being
// rewritten for that change, and its current text is given to the model to revise.
func (d *Designer) Section(ctx context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	data := prompts.SectionData{Grounding: d.grounding(g), ID: id, Change: g.Change}
	if g.Change != "" && g.Design != nil {
		if cur, ok := g.Design.Section(id); ok {
			data.Current = cur.Markdown
		}
	}
	user, err := prompts.Section(data)
	if err != nil {
		return "", err
	}
	return d.markdownStep(ctx, call{step: "section " + string(id), messages: d.messages(user), stream: true}, id.Title())
}

// Interpret classifies a follow-up as a question or a change and plans the change.
func (d *Designer) Interpret(ctx context.Context, g bot.Grounding, text string) (bot.Interpretation, error) {
	user, err := prompts.Interpret(prompts.InterpretData{Grounding: d.grounding(g), Text: text})
	if err != nil {
		return bot.Interpretation{}, err
	}
	it, err := jsonStep(ctx, d, "interpret", user, func(answer string) (interpretation, error) {
		return parseInterpretation(answer, g.Requirements)
	})
	if err != nil {
		return bot.Interpretation{}, err
	}
	if it.question {
		return bot.Interpretation{Intent: bot.IntentQuestion}, nil
	}
	if it.pushback {
		return bot.Interpretation{Intent: bot.IntentPushback, Reply: it.reply}, nil
	}
	return bot.Interpretation{
		Reply:        it.reply,
		Intent:       bot.IntentChange,
		Sections:     it.sections,
		Decision:     it.decision,
		Rationale:    it.rationale,
		Requirements: it.requirements,
		Components:   it.components,
	}, nil
}

// Answer answers a question from the current design, in Markdown.
func (d *Designer) Answer(ctx context.Context, g bot.Grounding, question string) (string, error) {
	data := prompts.AnswerData{Grounding: d.grounding(g), Question: question}
	if g.Design != nil {
		data.Sections = g.Design.Sections
	}
	user, err := prompts.Answer(data)
	if err != nil {
		return "", err
	}
	return d.markdownStep(ctx, call{step: "answer", messages: d.messages(user)}, "")
}

func (d *Designer) messages(user string) []goopenai.ChatCompletionMessage {
	return []goopenai.ChatCompletionMessage{
		{Role: goopenai.ChatMessageRoleSystem, Content: d.system},
		{Role: goopenai.ChatMessageRoleUser, Content: user},
	}
}

// markdownStep makes c, a step answered in Markdown, and tidies the answer (cleanMarkdown): a
// leading heading repeating title goes.
func (d *Designer) markdownStep(ctx context.Context, c call, title string) (string, error) {
	text, err := d.complete(ctx, c)
	if err != nil {
		return "", err
	}
	return cleanMarkdown(text, title), nil
}

// jsonStep asks for a JSON answer and parses it; an answer that fails parse is sent back once
// with the error, and a second failure is ErrInvalidAnswer.
func jsonStep[T any](ctx context.Context, d *Designer, step, user string, parse func(string) (T, error)) (T, error) {
	var zero T
	msgs := d.messages(user)
	answer, err := d.complete(ctx, call{step: step, messages: msgs, json: true})
	if err != nil {
		return zero, err
	}
	v, perr := parse(answer)
	if perr == nil {
		return v, nil
	}
	d.log.WarnContext(ctx, "model answer invalid; asking for a repair", "step", step, "err", perr)
	repair, err := prompts.Repair(prompts.RepairData{Error: perr.Error()})
	if err != nil {
		return zero, err
	}
	msgs = append(msgs,
		goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleAssistant, Content: clipAnswer(answer)},
		goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: repair})
	answer, err = d.complete(ctx, call{step: step + " repair", messages: msgs, json: true})
	if err != nil {
		return zero, err
	}
	v, perr = parse(answer)
	if perr != nil {
		return zero, fmt.Errorf("model call %s: %w", step, errors.Join(ErrInvalidAnswer, perr))
	}
	return v, nil
}

func clipAnswer(s string) string {
	s, _ = prompts.Truncate(s, prompts.MaxAnswerChars)
	return s
}

// grounding converts the engine's grounding into the prompts' view of it, with the knowledge
// base's facts when there is one.
func (d *Designer) grounding(g bot.Grounding) prompts.Grounding {
	pg := prompts.Grounding{
		DesignFacts: prompts.DesignFacts{Title: g.Title, Problem: g.Problem, Requirements: g.Requirements,
			Capacity: g.Capacity, Components: g.Components},
		Decisions: g.Decisions,
		Summary:   g.Summary,
		Recent:    g.Recent,
	}
	if g.Design != nil {
		pg.Version = g.Design.Version
	}
	if d.cfg.Knowledge != nil {
		pg.Facts = d.cfg.Knowledge.Facts(g)
	}
	return pg
}

// Review asks the model to review the finished design for gaps; the engine appends the findings
// to the trade-offs section.
func (d *Designer) Review(ctx context.Context, g bot.Grounding, design *conversation.Design) (string, error) {
	user, err := prompts.Review(prompts.ReviewData{Grounding: d.grounding(g), Sections: design.Sections})
	if err != nil {
		return "", err
	}
	return d.markdownStep(ctx, call{step: "review", messages: d.messages(user)}, "")
}
