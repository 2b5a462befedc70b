package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
)

// Draft is the outcome of designing from a problem statement.
type Draft struct {
	Design *conversation.Design
	// Fallbacks names the steps the fallback designer wrote because the designer failed.
	Fallbacks []string
	// Usage is the model tokens the draft spent.
	Usage conversation.TokenUsage
}

// Design drafts a design outside any thread, for the command line and evaluation. progress,
// when not nil, receives status lines.
func (e *Engine) Design(ctx context.Context, problem string, progress func(status string)) (*Draft, error) {
	if err := e.validate(Message{Text: problem, New: true}); err != nil {
		return nil, err
	}
	ctx, meter := withUsageMeter(ctx)
	dr, err := e.draft(ctx, strings.TrimSpace(problem), nil, func(_ context.Context, status string) {
		if progress != nil {
			progress(status)
		}
	}, nil)
	if err != nil {
		return nil, err
	}
	dr.Usage = meter.total()
	return dr, nil
}

// progressFunc reports pipeline progress; sectionFunc receives finished sections in document order.
type (
	progressFunc func(ctx context.Context, status string)
	sectionFunc  func(ctx context.Context, s conversation.Section, title string) error
)

// DefaultLLMConcurrency is how many designer calls a design has in flight at once. A first
// design is requirements → components, the overview and the requirements section → the six
// sections the review reads → the review alongside the other four. At 6 that is four model round
// trips from the start to the last section (at 4 it is five, at 3 six). Six requests at once
// stay inside a standard OpenAI account's limits even where a per-minute limit is enforced per
// second (tier 1 for gpt-4o-mini: 500 requests, about 8 a second, and 200K tokens a minute; a
// design is about 40K tokens); README's configuration section gives the trade-off.
const DefaultLLMConcurrency = 6

// DefaultDesignDeadline bounds the designer's part of a first draft. A model at 5 to 15 s a call
// finishes in five round trips, well inside it; a stalling or rate-limited API does not, and the
// offline designer writes the rest.
const DefaultDesignDeadline = 90 * time.Second

// draft designs from a problem statement: (1) requirements, (2) capacity in Go, (3) components
// and the diagram in Go while the head sections are written, (4) every other section
// concurrently, the ones the review reads first, each delivered to onSection in document order
// as soon as it and all sections before it are ready, (5) the self-review, started as soon as the
// sections it reads are written and appended to the trade-offs. Designer failures fall back to the offline designer step by step, and so does
// everything the designer has not written by the design deadline, so a draft always completes
// unless ctx ends. assume lists what a vague request left open: the requirement set says what
// was assumed for each, whichever designer read it.
func (e *Engine) draft(ctx context.Context, problem string, assume []gap, progress progressFunc, onSection sectionFunc) (*Draft, error) {
	var fb fallbackLog
	mctx, stopModel := e.modelContext(ctx)
	defer stopModel()
	progress(ctx, "Reading the requirements…")
	title, req, err := e.readRequirements(ctx, mctx, problem, assume, fb.note)
	if err != nil {
		return nil, err
	}
	capacity := conversation.Estimate(req.Workload)

	g := Grounding{Title: title, Problem: problem, Requirements: req, Capacity: capacity}
	d := &conversation.Design{Title: title, Problem: problem, Version: 1, Capacity: capacity, Requirements: req}
	var (
		reviewed = make(chan string, 1) // the review, once the body is written
		told     bool                   // the user was told the model ran out of time
	)
	deliver := func(ctx context.Context, s *conversation.Section) error {
		if mctx.Err() != nil && ctx.Err() == nil && !told && fb.any() {
			told = true
			progress(ctx, "The model is taking too long; my offline designer is writing the rest…")
		}
		if s.ID == conversation.Tradeoffs {
			select {
			case review := <-reviewed:
				if review != "" {
					s.Markdown += "\n\n" + review
				}
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if onSection == nil {
			return nil
		}
		return onSection(ctx, *s, title)
	}
	// One bound on model calls in flight for the whole draft, head and body alike.
	sem := make(chan struct{}, e.cfg.LLMConcurrency)

	progress(ctx, "Choosing components…")
	comps, err := e.headAndComponents(ctx, mctx, sem, g, d, deliver, fb.note)
	if err != nil {
		return nil, err
	}
	g.Components = comps
	d.Components = comps
	d.Diagram = diagram.Build(comps)
	d.Decisions = []conversation.Decision{{
		Version:   1,
		Summary:   "Initial design",
		Rationale: fmt.Sprintf("Drafted from the problem statement with %d components.", len(comps)),
	}}
	g.Decisions = d.Decisions

	progress(ctx, "Writing the sections…")
	body := e.startSections(ctx, mctx, sem, g, d, bodySections(), nil, fb.note)
	reviewDone := make(chan struct{})
	go func() {
		defer close(reviewDone)
		reviewed <- e.reviewWhenWritten(body, g, d)
	}()
	sections, err := body.collect(d, deliver)
	<-reviewDone
	if err != nil {
		return nil, err
	}
	d.Sections = append(d.Sections, sections...)
	return &Draft{Design: d, Fallbacks: fb.steps}, nil
}

// modelContext is ctx with the design deadline: the designer's calls use it, the fallback's the
// caller's ctx, so a design whose model is too slow is finished offline rather than abandoned.
func (e *Engine) modelContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if e.cfg.DesignDeadline < 0 || e.designer == e.fallback {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, e.cfg.DesignDeadline)
}

// reviewWhenWritten reviews the draft while it is being delivered and returns the review for the
// trade-offs; "" when there is none. The model reviews the sections its checks read as soon as
// they are written, while the others are still being written; the offline checklist, which
// checks that the whole document agrees with itself, reads every section once all are written.
func (e *Engine) reviewWhenWritten(body *sectionRun, g Grounding, d *conversation.Design) string {
	if e.designer == e.fallback {
		return ""
	}
	var (
		parts [2]string
		wg    sync.WaitGroup
	)
	for i, r := range []struct {
		designer Designer
		heading  string
		ctx      context.Context
		reads    []conversation.SectionID // nil: every section
	}{{e.designer, "### Self-review", body.mctx, reviewReads}, {e.fallback, "### Checklist", body.ctx, nil}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			secs, ok := body.written(d, r.reads)
			if !ok {
				return
			}
			// d.Sections holds the head sections: written before the body started and not
			// changed until the body is delivered, which waits for this review.
			parts[i] = e.review(r.ctx, r.designer, r.heading, g, d, append(slices.Clip(d.Sections), secs...))
		}()
	}
	wg.Wait()
	return strings.Join(slices.DeleteFunc(parts[:], func(p string) bool { return p == "" }), "\n\n")
}

// fallbackLog collects the steps the fallback designer wrote; sections note theirs concurrently.
type fallbackLog struct {
	mu    sync.Mutex
	steps []string
}

func (f *fallbackLog) note(step string) {
	f.mu.Lock()
	f.steps = append(f.steps, step)
	f.mu.Unlock()
}

func (f *fallbackLog) any() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.steps) > 0
}

// readRequirements has a designer read the problem's title and requirements, and records what a
// vague request left to assumption.
func (e *Engine) readRequirements(ctx, mctx context.Context, problem string, assume []gap, noteFallback func(string)) (string, conversation.RequirementSet, error) {
	var (
		title string
		req   conversation.RequirementSet
	)
	err := e.fallbackStep(ctx, mctx, "requirements", noteFallback, func(ctx context.Context, d Designer) error {
		var err error
		title, req, err = d.Requirements(ctx, problem)
		return err
	})
	if err != nil {
		return "", req, err
	}
	if strings.TrimSpace(title) == "" {
		title = clipTitle(problem)
	}
	return title, withAssumptions(req, assume), nil
}

// headAndComponents writes the head sections into d, delivering them, while a designer chooses
// the components, and returns those. The overview needs only the problem, the requirements and
// the capacity (every designer writes it from those alone, see headSections), so it is written
// while the components are chosen and posted as soon as it is ready: the first section comes
// after two model round trips instead of three, and the body has one section fewer to write
// after the components.
func (e *Engine) headAndComponents(ctx, mctx context.Context, sem chan struct{}, g Grounding, d *conversation.Design,
	deliver func(context.Context, *conversation.Section) error, noteFallback func(string)) ([]conversation.Component, error) {
	cctx, cancelComponents := context.WithCancel(ctx)
	defer cancelComponents()
	cmctx, cancelModel := context.WithCancel(mctx)
	defer cancelModel()
	stop := context.AfterFunc(cctx, cancelModel)
	defer stop()
	head := e.startSections(ctx, mctx, sem, g, d, headSections, nil, noteFallback)
	headDone := make(chan error, 1)
	go func() {
		secs, err := head.collect(d, deliver)
		if err != nil {
			cancelComponents() // the draft fails either way; stop waiting for the components
		}
		d.Sections = secs
		headDone <- err
	}()
	var comps []conversation.Component
	err := e.fallbackStep(cctx, cmctx, "components", noteFallback, func(ctx context.Context, des Designer) error {
		var err error
		comps, err = des.Components(ctx, g)
		if err == nil && len(comps) == 0 {
			err = fmt.Errorf("designer %s proposed no components", des.Name())
		}
		return err
	})
	if err != nil {
		head.cancel()
	}
	// A failed overview cut the components call short: its error is the one that explains.
	if herr := <-headDone; herr != nil && (err == nil || errors.Is(err, context.Canceled) && ctx.Err() == nil) {
		err = herr
	}
	if err != nil {
		return nil, err
	}
	return comps, nil
}

// bodySections are the sections written once the components are known: all but the head.
func bodySections() []conversation.SectionID {
	var body []conversation.SectionID
	for _, id := range conversation.SectionOrder {
		if !slices.Contains(headSections, id) {
			body = append(body, id)
		}
	}
	return body
}

// headSections open the document and are written from the problem, the requirements and the
// capacity alone, while the components are being chosen: the offline designer's overview names
// the hard parts from the requirement set's features, as its deep dives do, and a model is told
// the components are still being chosen (prompts/section.tmpl); the requirements section lists
// the requirement set with the capacity's figures and names no component. Writing them in the
// components' round trip posts the first three sections (capacity is Go's) two round trips in.
var headSections = []conversation.SectionID{conversation.Overview, conversation.Requirements}

// reviewReads are the sections the self-review needs: its checks (prompts/review.tmpl: single
// points of failure, replication and backups, cache invalidation and stampedes, idempotency, hot
// partitions, capacity the architecture cannot carry) read the architecture, the API, the data
// model, the deep dives, scalability and reliability. They are written first, and the review
// starts as soon as they are, alongside the sections it does not read (data flow, user
// interface, security, trade-offs): at the default concurrency the body and the review then
// take two round trips instead of three.
var reviewReads = []conversation.SectionID{
	conversation.Architecture, conversation.API, conversation.DataModel,
	conversation.DeepDive, conversation.Scalability, conversation.Reliability,
}

// writeSections writes the sections ids concurrently (at most LLMConcurrency designer calls at
// once) and hands each to deliver in the order of ids as soon as it and its predecessors are
// ready. written holds texts that are already known (a designer's change plan), which skip the
// designer. The capacity section is always rendered in Go from d.Capacity.
func (e *Engine) writeSections(ctx context.Context, g Grounding, d *conversation.Design, ids []conversation.SectionID,
	written map[conversation.SectionID]string, noteFallback func(string), deliver func(context.Context, *conversation.Section) error) ([]conversation.Section, error) {
	return e.startSections(ctx, ctx, make(chan struct{}, e.cfg.LLMConcurrency), g, d, ids, written, noteFallback).collect(d, deliver)
}

// sectionRun is a set of sections being written concurrently.
type sectionRun struct {
	ctx     context.Context
	mctx    context.Context // ctx for the designer's calls: the design deadline, ended with the run
	cancel  context.CancelFunc
	ids     []conversation.SectionID
	results []chan sectionResult
	wg      sync.WaitGroup

	mu   sync.Mutex
	done []sectionResult // each section's result as it is written, for written
	// writtenCh[i] is closed once section i is written (or failed), which can be well before it
	// is delivered; allWritten once every section is.
	writtenCh  []chan struct{}
	allWritten chan struct{}
}

type sectionResult struct {
	text string
	err  error
}

// startSections starts writing the sections ids, the ones the review reads first, each designer
// call holding a slot of sem while it runs; collect delivers them in the order of ids. The
// designer's calls use mctx (the design deadline), the fallback's ctx.
func (e *Engine) startSections(ctx, mctx context.Context, sem chan struct{}, g Grounding, d *conversation.Design, ids []conversation.SectionID,
	written map[conversation.SectionID]string, noteFallback func(string)) *sectionRun {
	ctx, cancel := context.WithCancel(ctx)
	mctx, cancelModel := context.WithCancel(mctx)
	stop := context.AfterFunc(ctx, cancelModel)
	r := &sectionRun{ctx: ctx, mctx: mctx, cancel: func() { cancel(); stop(); cancelModel() }, ids: ids,
		results: make([]chan sectionResult, len(ids)), done: make([]sectionResult, len(ids)),
		writtenCh: make([]chan struct{}, len(ids)), allWritten: make(chan struct{})}
	finish := func(i int, res sectionResult) {
		r.mu.Lock()
		r.done[i] = res
		r.mu.Unlock()
		close(r.writtenCh[i])
		r.results[i] <- res
	}
	var pending []int // sections for a designer, in the order they are started
	for i, id := range ids {
		r.results[i] = make(chan sectionResult, 1)
		r.writtenCh[i] = make(chan struct{})
		switch text, ok := written[id]; {
		case ok:
			finish(i, sectionResult{text: text})
		case id == conversation.CapacityID && !writesCapacity(e.designer):
			finish(i, sectionResult{text: conversation.CapacityMarkdown(d.Capacity)})
		default:
			pending = append(pending, i)
		}
	}
	slices.SortStableFunc(pending, func(a, b int) int {
		return cmp.Compare(startRank(ids[a]), startRank(ids[b]))
	})
	write := func(i int) {
		defer r.wg.Done()
		defer func() { <-sem }()
		var text string
		id := ids[i]
		err := e.fallbackStep(ctx, mctx, "section "+string(id), noteFallback, func(ctx context.Context, des Designer) error {
			var err error
			text, err = des.Section(ctx, g, id)
			if err == nil && strings.TrimSpace(text) == "" {
				err = fmt.Errorf("designer %s wrote an empty %s section", des.Name(), id)
			}
			return err
		})
		finish(i, sectionResult{text: text, err: err})
	}
	r.wg.Add(len(pending))
	go func() {
		// Slots are taken in start order, so the sections the review reads go out first.
		for k, i := range pending {
			select {
			case sem <- struct{}{}:
				go write(i)
			case <-ctx.Done():
				for _, j := range pending[k:] {
					finish(j, sectionResult{err: ctx.Err()})
					r.wg.Done()
				}
				return
			}
		}
	}()
	go func() { r.wg.Wait(); close(r.allWritten) }()
	return r
}

// startRank orders a run's sections: the ones the review reads first.
func startRank(id conversation.SectionID) int {
	if slices.Contains(reviewReads, id) {
		return 0
	}
	return 1
}

// written returns the sections of the run among want (all of them when want is nil), as they
// will be delivered, once they are written; false if any of them failed or the run ended first.
func (r *sectionRun) written(d *conversation.Design, want []conversation.SectionID) ([]conversation.Section, bool) {
	var idx []int
	for i, id := range r.ids {
		if want == nil || slices.Contains(want, id) {
			idx = append(idx, i)
		}
	}
	for _, i := range idx {
		select {
		case <-r.writtenCh[i]:
		case <-r.ctx.Done():
			return nil, false
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]conversation.Section, 0, len(idx))
	for _, i := range idx {
		if r.done[i].err != nil {
			return nil, false
		}
		id := r.ids[i]
		out = append(out, conversation.Section{ID: id, Title: id.Title(), Markdown: finishSection(id, r.done[i].text, d)})
	}
	return out, true
}

// collect hands each section to deliver (when not nil) in the order of ids as soon as it and its
// predecessors are ready, and returns them. Whatever it returns, the run is over: on an error the
// sections still being written are cancelled and waited for.
func (r *sectionRun) collect(d *conversation.Design, deliver func(context.Context, *conversation.Section) error) ([]conversation.Section, error) {
	defer func() { r.cancel(); r.wg.Wait() }()
	ctx := r.ctx
	out := make([]conversation.Section, 0, len(r.ids))
	for i, id := range r.ids {
		var res sectionResult
		select {
		case res = <-r.results[i]:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if res.err != nil {
			return nil, fmt.Errorf("write section %s: %w", id, res.err)
		}
		s := conversation.Section{ID: id, Title: id.Title(), Markdown: finishSection(id, res.text, d)}
		if deliver != nil {
			if err := deliver(ctx, &s); err != nil {
				return nil, fmt.Errorf("deliver section %s: %w", id, err)
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// finishSection adds what Go owns to a designer's text: the diagram under the architecture, so
// its syntax is always the generated one.
func finishSection(id conversation.SectionID, text string, d *conversation.Design) string {
	text = strings.TrimSpace(stripHeading(text, id))
	if id == conversation.Architecture && d.Diagram.Mermaid != "" {
		text = stripMermaid(text)
		text += "\n\n### Diagram\n\n```mermaid\n" + strings.TrimSpace(d.Diagram.Mermaid) + "\n```"
	}
	return text
}

// stripHeading drops a leading heading that repeats the section title: the document adds its own.
func stripHeading(text string, id conversation.SectionID) string {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "#") {
		return t
	}
	line, rest, _ := strings.Cut(t, "\n")
	h := strings.ToLower(strings.TrimSpace(strings.TrimLeft(line, "#")))
	if h == strings.ToLower(id.Title()) || h == string(id) {
		return strings.TrimSpace(rest)
	}
	return t
}

// stripMermaid removes mermaid blocks and a trailing "Diagram" heading a designer may have added.
func stripMermaid(text string) string {
	for {
		i := strings.Index(text, "```mermaid")
		if i < 0 {
			break
		}
		j := strings.Index(text[i+3:], "```")
		if j < 0 {
			text = text[:i]
			break
		}
		text = text[:i] + text[i+3+j+3:]
	}
	text = strings.TrimSpace(text)
	for _, h := range []string{"### Diagram", "## Diagram"} {
		text = strings.TrimSpace(strings.TrimSuffix(text, h))
	}
	return text
}

// withFallback runs step with the designer and, if it fails and a different fallback designer
// exists, with the fallback. ctx ending is never papered over.
func (e *Engine) withFallback(ctx context.Context, step string, noteFallback func(string), run func(Designer) error) error {
	return e.fallbackStep(ctx, ctx, step, noteFallback, func(_ context.Context, d Designer) error { return run(d) })
}

// capacityWriter is a designer trusted with the capacity section: it renders the figures it is
// handed (conversation.CapacityMarkdown) and adds what they mean for its design. The engine
// writes the section itself for any other designer, so a model never states a number.
type capacityWriter interface {
	WritesCapacity() bool
}

func writesCapacity(d Designer) bool {
	w, ok := d.(capacityWriter)
	return ok && w.WritesCapacity()
}

// fallbackStep runs step with the designer under mctx and, if it fails (the design deadline
// passing included) and a different fallback designer exists, with the fallback under ctx.
// ctx ending is never papered over.
func (e *Engine) fallbackStep(ctx, mctx context.Context, step string, noteFallback func(string), run func(context.Context, Designer) error) error {
	var err error
	if err = mctx.Err(); err == nil {
		err = e.timed(mctx, step, e.designer, func(d Designer) error { return run(mctx, d) })
	} else if ctx.Err() == nil {
		err = fmt.Errorf("design deadline passed before the step started: %w", err)
	}
	if err == nil || ctx.Err() != nil || e.fallback == e.designer {
		if err != nil {
			return fmt.Errorf("%s with %s: %w", step, e.designer.Name(), err)
		}
		return nil
	}
	e.log.WarnContext(ctx, "designer failed; using fallback", "step", step, "designer", e.designer.Name(),
		"fallback", e.fallback.Name(), "deadline_passed", mctx.Err() != nil, "err", err)
	if ferr := e.timed(ctx, step, e.fallback, func(d Designer) error { return run(ctx, d) }); ferr != nil {
		return fmt.Errorf("%s with %s after %s failed (%v): %w", step, e.fallback.Name(), e.designer.Name(), err, ferr)
	}
	e.cfg.Metrics.fallback(step)
	noteFallback(step)
	return nil
}

// timed runs one designer step and records its latency and outcome.
func (e *Engine) timed(ctx context.Context, step string, d Designer, run func(Designer) error) error {
	start := time.Now()
	err := run(d)
	e.cfg.Metrics.modelCall(d.Name(), step, time.Since(start), err)
	return err
}

func clipTitle(problem string) string {
	p := strings.TrimSpace(problem)
	for _, pre := range []string{"Design an ", "Design a ", "Design the ", "Design ", "design an ", "design a ", "design "} {
		p = strings.TrimPrefix(p, pre)
	}
	if i := strings.IndexAny(p, ".:\n"); i > 0 {
		p = p[:i]
	}
	if len(p) > 60 {
		p = p[:60]
		if i := strings.LastIndexByte(p, ' '); i > 20 {
			p = p[:i]
		}
	}
	if p == "" {
		return "System design"
	}
	return strings.ToUpper(p[:1]) + p[1:]
}

// review has designer review the draft with the given sections for gaps, under heading: the
// model reviews a model-written draft and the offline designer's rules check it too (an offline
// draft carries its rules in its trade-offs already). A failed or late review only drops its
// part: the design is complete without it.
func (e *Engine) review(ctx context.Context, designer Designer, heading string, g Grounding, d *conversation.Design, sections []conversation.Section) string {
	rv, ok := designer.(Reviewer)
	if !ok || ctx.Err() != nil {
		return ""
	}
	draft := *d
	draft.Sections = sections
	g.Design = &draft
	var text string
	err := e.timed(ctx, "review", designer, func(Designer) error {
		var err error
		text, err = rv.Review(ctx, g, &draft)
		return err
	})
	if err != nil {
		e.log.WarnContext(ctx, "self-review failed", "designer", designer.Name(), "err", err)
		return ""
	}
	if text = strings.TrimSpace(text); text != "" {
		return heading + "\n\n" + text
	}
	return ""
}
