package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"golang.org/x/sync/errgroup"

	"github.com/archbot/archbot/adapters/discord/discordtest"
	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/cmd/archbot/servetest"
)

// serveConfig scales the serving-path run.
type serveConfig struct {
	archbot   string  // the archbot binary; empty builds cmd/archbot
	replicas  int     // archbot serve processes on the one Redis
	threads   int     // threads per platform in the timed runs
	followUps int     // follow-ups per thread in the throughput run
	inflight  int     // messages in flight at once in the timed runs
	rate      float64 // follow-ups a second in the paced run
	counted   int     // follow-ups per platform sent one at a time through the counting proxy
	turnLimit time.Duration
}

// signingSecret signs the bench's Slack events; the replicas verify them as Slack's.
const signingSecret = "archbot-bench-signing-secret"

// platforms is the local Slack, Discord and model the replicas talk to, and how the bench
// speaks to them: it sends users' messages in and sees archbot's replies arrive.
type platforms struct {
	slack   *slacktest.Server
	discord *discordtest.Server
	model   *openaitest.Server
	track   *tracker
	http    *http.Client

	replicas []replica
	next     atomic.Int64 // round robin over replicas for Slack events, and unique ids
}

func startPlatforms() *platforms {
	p := &platforms{slack: slacktest.Start(), discord: discordtest.NewServer(), track: newTracker(),
		http: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 30 * time.Second}}
	p.slack.Observe(p.track.onSlack)
	p.discord.Observe(p.track.onDiscord)
	fm := &fakeModel{}
	p.model = openaitest.Start(fm.handle)
	// The bench plays the model on the replicas' CPUs: it keeps no requests and decodes little.
	p.model.Lean()
	return p
}

func (p *platforms) close() {
	p.slack.Close()
	p.discord.Close()
	p.model.Close()
}

// replicaEnv is archbot serve's configuration for the bench: Slack over HTTP events and
// Discord over the Gateway against the local servers, the model at the local Chat Completions
// server with the offline designer behind it, and every other setting at its default.
func (p *platforms) replicaEnv(redisURL string) []string {
	return []string{
		"REDIS_URL=" + redisURL, "ARCHBOT_HTTP_ADDR=127.0.0.1:0",
		// The bench's Redis is throwaway and persists nothing, which production mode refuses to
		// be ready on; development mode only warns. The check is one CONFIG GET a minute, off
		// the path measured.
		"ARCHBOT_ENV=development",
		"ARCHBOT_PROVIDER=openai", "OPENAI_API_KEY=bench", "OPENAI_BASE_URL=" + p.model.URL, "OPENAI_MODEL=bench",
		"SLACK_BOT_TOKEN=" + slacktest.BotToken, "SLACK_SIGNING_SECRET=" + signingSecret, "SLACK_API_URL=" + p.slack.APIURL(),
		"SLACK_APP_TOKEN=",
		// Slack allows about a message a second in a channel, and archbot paces itself to
		// that (SLACK_POST_INTERVAL, 1s): that is Slack's limit, not archbot's cost, and would
		// make every latency here a count of messages. Paced at 1ms, the platform is instant.
		"SLACK_POST_INTERVAL=1ms",
		"DISCORD_TOKEN=" + p.discord.Token, "DISCORD_API_URL=" + p.discord.URL, "DISCORD_GUILD_ID=" + p.discord.GuildID,
		"DISCORD_APP_ID=" + p.discord.AppID,
		// The daily limits stay on, so their Redis work is measured, but high enough that
		// the bench's designs never reach them.
		"ARCHBOT_DESIGNS_PER_USER_PER_DAY=1000000", "ARCHBOT_DESIGNS_PER_TEAM_PER_DAY=1000000000",
		"ARCHBOT_TOKENS_PER_USER_PER_DAY=1000000000000", "ARCHBOT_TOKENS_PER_TEAM_PER_DAY=1000000000000",
		"ARCHBOT_LOG_FORMAT=json", "ARCHBOT_LOG_LEVEL=warn",
	}
}

// startReplicas runs n archbot serve processes against redisURL, named with prefix.
func (p *platforms) startReplicas(ctx context.Context, bin, dir, prefix, redisURL string, n int) error {
	p.replicas = nil
	for i := range n {
		// Each replica's gateway session is a shard of its own, as the README tells operators
		// running replicas to configure them, so each Discord message reaches one replica.
		env := append(p.replicaEnv(redisURL), "DISCORD_SHARD_ID="+strconv.Itoa(i), "DISCORD_SHARD_COUNT="+strconv.Itoa(n))
		name := fmt.Sprintf("%s-%d", prefix, i+1)
		r, err := servetest.Start(ctx, bin, name, filepath.Join(dir, name+".log"), env)
		if err != nil {
			p.stopReplicas()
			return err
		}
		p.replicas = append(p.replicas, replica{r})
	}
	// Every replica's Discord session must be receiving before the first message: a session
	// that connects later never sees it.
	return waitUntil(ctx, 30*time.Second, func() bool { return p.discord.Sessions() >= n })
}

func (p *platforms) stopReplicas() {
	var wg sync.WaitGroup
	for _, r := range p.replicas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.stop()
		}()
	}
	wg.Wait()
}

// cpu is the CPU time all replicas have used.
func (p *platforms) cpu() (time.Duration, error) {
	var sum time.Duration
	for _, r := range p.replicas {
		d, err := r.cpu()
		if err != nil {
			return 0, err
		}
		sum += d
	}
	return sum, nil
}

func (p *platforms) id() int64 { return p.next.Add(1) }

// newThread makes a thread the bench will open on platform; its n-th is i.
func (p *platforms) newThread(platform string, i int) *chatThread {
	th := &chatThread{platform: platform, user: fmt.Sprintf("U%06d", i), uid: strconv.Itoa(900000000000000000 + i)}
	if platform == "slack" {
		th.id = fmt.Sprintf("CB%06d", i)
		th.key = "slack:" + th.id
	}
	return th
}

// send delivers the thread's next message, text, as its platform does, and returns its turn.
func (p *platforms) send(ctx context.Context, th *chatThread, text string, kind turnKind) (*turn, error) {
	th.k++
	if kind == kindChange {
		th.changes++
	}
	if th.platform == "discord" {
		return p.sendDiscord(th, text, kind), nil
	}
	ts := fmt.Sprintf("1800000000.%06d", p.id())
	var inner map[string]any
	if kind == kindDesign {
		th.ts = ts
		inner = slacktest.Mention(th.id, th.user, "<@"+slacktest.BotUserID+"> "+text, ts, "")
	} else {
		inner = slacktest.ChatMessage(th.id, "channel", th.user, text, ts, th.ts)
	}
	body := slacktest.JSON(slacktest.EventCallback("Ev"+strconv.FormatInt(p.id(), 10), inner))
	r := p.replicas[int(p.id())%len(p.replicas)]
	req := slacktest.SignedRequest(r.URL+"/slack/events", signingSecret, "application/json", body, time.Now())
	tu := p.track.start(th.key, kind)
	resp, err := p.http.Do(req.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("deliver a slack event to %s: %w", r.Name, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("deliver a slack event to %s: status %d", r.Name, resp.StatusCode)
	}
	return tu, nil
}

// sendDiscord posts a user's message. The replica whose shard holds the server receives it; the
// job queue lets any replica's workers answer it.
func (p *platforms) sendDiscord(th *chatThread, text string, kind turnKind) *turn {
	user := &discordgo.User{ID: th.uid, Username: th.user, GlobalName: th.user}
	if kind != kindDesign {
		tu := p.track.start(th.key, kind)
		p.discord.Post(th.id, user, text)
		return tu
	}
	// A mention in the channel opens a thread on the message: the thread's id is the message's.
	// Replies that race ahead of start are kept by the tracker until it knows the thread.
	m := p.discord.Post(p.discord.ChannelID, user, "<@"+p.discord.Bot.ID+"> "+text, p.discord.Bot)
	th.id, th.key = m.ID, "discord:"+m.ID
	tu := p.track.start(th.key, kind)
	tu.sent = m.Timestamp
	return tu
}

// drive sends each thread's messages, at most inflight turns at a time and one at a time per
// thread, and returns every turn's latency. msg gives a thread's next text and kind.
func (p *platforms) drive(ctx context.Context, threads []*chatThread, perThread, inflight int, limit time.Duration,
	msg func(th *chatThread) (string, turnKind)) ([]time.Duration, error) {
	idle := make(chan *chatThread, len(threads))
	left := map[*chatThread]int{}
	for _, th := range threads {
		idle <- th
		left[th] = perThread
	}
	var (
		mu        sync.Mutex
		lat       []time.Duration
		remaining = int64(len(threads) * perThread)
	)
	g, gctx := errgroup.WithContext(ctx)
	for range min(inflight, len(threads)) {
		g.Go(func() error {
			for {
				if atomic.LoadInt64(&remaining) <= 0 {
					return nil
				}
				var th *chatThread
				select {
				case th = <-idle:
				case <-gctx.Done():
					return gctx.Err()
				case <-time.After(10 * time.Millisecond):
					continue
				}
				text, kind := msg(th)
				tu, err := p.send(gctx, th, text, kind)
				if err != nil {
					return err
				}
				d, err := tu.wait(limit)
				if err != nil {
					return fmt.Errorf("%s turn %d (%.40q…): %w (%d replies had arrived)", th.key, th.k, text, err, p.track.replies(tu))
				}
				atomic.AddInt64(&remaining, -1)
				mu.Lock()
				lat = append(lat, d)
				left[th]--
				more := left[th] > 0
				mu.Unlock()
				if more {
					idle <- th
				}
			}
		})
	}
	err := g.Wait()
	return lat, err
}

// followUpKind says what the fake model makes of a follow-up: a question when it ends in "?".
func followUpKind(text string) turnKind {
	if strings.HasSuffix(text, "?") {
		return kindQuestion
	}
	return kindChange
}

// nextFollowUp is a thread's next follow-up: questions and changes alternating.
func nextFollowUp(th *chatThread) (string, turnKind) {
	text := followUp(th.k + 1)
	return text, followUpKind(text)
}

// problemFor is a thread's first message, a design request.
func problemFor(*chatThread) (string, turnKind) { return problem, kindDesign }

// logsOf returns the replicas' log tails, for a failed run.
func (p *platforms) logsOf() string {
	var b strings.Builder
	for _, r := range p.replicas {
		fmt.Fprintf(&b, "--- %s (%s)\n%s\n", r.Name, r.Log, r.Tail(3000))
	}
	return b.String()
}

// mustTempDir makes the directory of the run's binary and logs.
func mustTempDir() (string, error) {
	dir, err := os.MkdirTemp("", "archbot-bench-serve-")
	if err != nil {
		return "", fmt.Errorf("make a work directory: %w", err)
	}
	return dir, nil
}

// verify checks, from what the platform servers hold rather than from the calls the tracker
// saw, that each thread got every reply once: one closing message of its design, one document
// per version (the design's and one per change), and no message twice.
func (p *platforms) verify(threads []*chatThread) error {
	var errs []error
	slackMsgs := map[string][]slacktest.Message{}
	for _, m := range p.slack.Messages() {
		if m.ThreadTS != "" && m.ThreadTS != m.TS {
			slackMsgs[m.Channel] = append(slackMsgs[m.Channel], m)
		}
	}
	slackDocs := map[string]int{}
	for _, f := range p.slack.Files() {
		if f.Complete && strings.HasSuffix(f.Name, ".md") {
			slackDocs[f.Channel]++
		}
	}
	for _, th := range threads {
		var texts []string
		// Discord's closing message is plain text, checked for duplicates with the rest.
		docs, closing := 0, 1
		switch th.platform {
		case "slack":
			closing = 0
			for _, m := range slackMsgs[th.id] {
				blocks, _ := json.Marshal(m.Blocks)
				texts = append(texts, m.Text+string(blocks))
				if m.Text == "What next?" {
					closing++
				}
			}
			docs = slackDocs[th.id]
		case "discord":
			for _, m := range p.discord.Messages(th.id) {
				if !m.API {
					continue
				}
				texts = append(texts, m.Content)
				for _, f := range m.Files {
					if strings.HasSuffix(f.Name, ".md") {
						docs++
					}
				}
			}
		}
		if closing != 1 {
			errs = append(errs, fmt.Errorf("%s: %d closing messages, want 1", th.key, closing))
		}
		if docs != 1+th.changes {
			errs = append(errs, fmt.Errorf("%s: %d documents, want %d (the design and %d changes)", th.key, docs, 1+th.changes, th.changes))
		}
		seen := map[string]bool{}
		for _, t := range texts {
			if seen[t] {
				errs = append(errs, fmt.Errorf("%s: posted twice: %.80q", th.key, t))
			}
			seen[t] = true
		}
	}
	return errors.Join(errs...)
}
